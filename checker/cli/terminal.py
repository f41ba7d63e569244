"""The colour terminal summary (rich): claims table, then checks, failed first."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from checker.model import Report
from checker.report import interval_text, ordered_findings, summary

_STYLE = {"fail": "bold red", "skip": "dim", "pass": "green"}
_ICON = {"fail": "\u2716 FAIL", "skip": "\u2013 skip", "pass": "\u2714 pass"}


def print_report(report: Report, quiet: bool = False, console: Console | None = None) -> None:
    console = console or Console()
    if not quiet:
        for doc in report.documents:
            head = " · ".join(x for x in (doc.path or doc.id, doc.date, doc.source, doc.place) if x)
            console.rule(Text(head, style="bold"))
        table = Table(show_edge=False, header_style="bold")
        for col in ("id", "figure", "interval", "category", "attribution", "place"):
            table.add_column(col, overflow="fold")
        failed = {cid for f in report.failed for cid in f.claims}
        for c in report.claims:
            style = "red" if c.id in failed else ("dim" if c.negated else "")
            table.add_row(c.id, c.text, interval_text(c.low, c.high),
                          c.category + (" (not a fact)" if c.negated else ""),
                          c.attribution or "", c.scope.place or "", style=style)
        console.print(table)
    for f in ordered_findings(report.findings):
        if quiet and f.status != "fail":
            continue
        line = Text()
        line.append(f"{_ICON[f.status]:<7}", style=_STYLE[f.status])
        line.append(f" {f.severity:<7} ", style="bold" if f.status == "fail" else "dim")
        line.append(f"{f.rule}: ", style="bold")
        line.append(f.message)
        console.print(line)
    s = summary(report)
    sev = s["failed_by_severity"]
    console.print(
        f"\n{s['claims']} claims, {s['checks']} checks, "
        f"[{'bold red' if s['failed'] else 'green'}]{s['failed']} failed[/] "
        f"({sev['error']} errors, {sev['warning']} warnings, {sev['info']} info), {s['skipped']} skipped"
    )
