"""The colour terminal summary (rich): verdict, claims table, then checks, failed first."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from checker.model import Claim, Finding, Report
from checker.report import interval_text, ordered_findings, summary
from checker.report_context import document_name

_STYLE = {"fail": "bold red", "skip": "dim", "pass": "green"}
_SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold blue"}
_ICON = {"fail": "\u2716 FAIL", "skip": "\u2013 skip", "pass": "\u2714 pass"}


def print_report(report: Report, quiet: bool = False, verbose: bool = False,
                 console: Console | None = None) -> None:
    """Claims and checks with colour; `quiet`: failed checks only; `verbose`: every skip's reason.

    Colour is never the only signal: every line carries its icon and its word (FAIL, pass, skip).
    """
    console = console or Console(highlight=False)
    claims = {c.id: c for c in report.claims}
    many = len(report.documents) > 1
    failed_ids = {cid for f in report.failed for cid in f.claims}
    if not quiet:
        for doc in report.documents:
            head = " · ".join(x for x in (doc.path or doc.id, doc.date, doc.source, doc.place) if x)
            console.rule(Text(f"{doc.id} {head}" if many else head, style="bold"))
        table = Table(show_edge=False, header_style="bold", pad_edge=False)
        for col in ("id", "figure", "interval", "category", "attribution", "place"):
            table.add_column(col, overflow="fold")
        for c in report.claims:
            style = "red" if c.id in failed_ids else ("dim" if c.note else "")
            mark = "\u2716 " if c.id in failed_ids else ""
            table.add_row(mark + (c.id if many else c.id.split(".")[-1]), c.text,
                          interval_text(c.low, c.high),
                          c.category + (f" ({c.note})" if c.note else ""),
                          c.attribution or "", c.scope.place or "", style=style)
        console.print(table)
        console.print()
    findings = ordered_findings(report.findings)
    skipped = [f for f in findings if f.status == "skip"]
    for f in findings:
        if skipped and f is skipped[0] and not quiet and not verbose:
            line = Text(f"{_ICON['skip']:<7} {len(skipped)} checks not run: the figures they compare "
                        "are not in the text", style="dim")
            line.append("  (--verbose lists them)", style="dim italic")
            console.print(line, overflow="ellipsis", no_wrap=True)
        if (quiet and f.status != "fail") or (f.status == "skip" and not verbose):
            continue
        console.print(_finding_line(f))
        if f.status == "fail":
            for cid in f.claims:
                if cid in claims:
                    console.print(_figure_line(claims[cid], report), soft_wrap=False)
    console.print(_summary_line(report))


def _finding_line(f: Finding) -> Text:
    line = Text()
    line.append(f"{_ICON[f.status]:<7}", style=_STYLE[f.status])
    line.append(f" {f.severity:<7} ", style=_SEVERITY_STYLE[f.severity] if f.status == "fail" else "dim")
    line.append(f"{f.rule}: ", style="bold")
    line.append(f.message, style="" if f.status != "skip" else "dim")
    return line


def _figure_line(c: Claim, report: Report) -> Text:
    doc = next((d for d in report.documents if d.id == c.document), None)
    line = Text("        \u2192 ")
    line.append(f'"{c.text}"', style="bold")
    line.append(f" {interval_text(c.low, c.high)} {c.category}", style="")
    who = f" · according to {c.attribution}" if c.attribution else " · no attribution"
    where = f" · {document_name(doc)}" if doc and len(report.documents) > 1 else ""
    line.append(who + where + f" ({c.id})", style="dim")
    return line


def _summary_line(report: Report) -> Text:
    s = summary(report)
    sev = s["failed_by_severity"]
    line = Text("\n")
    if s["failed"]:
        line.append(f"\u2716 {s['failed']} failed", style="bold red")
    elif s["checks"]:
        line.append(f"\u2714 all {s['checks']} checks passed", style="bold green")
    else:
        line.append("\u2013 no check could run", style="bold")
    line.append(f" · {s['claims']} claims, {s['checks']} checks, {s['failed']} failed "
                f"({sev['error']} errors, {sev['warning']} warnings, {sev['info']} info), "
                f"{s['skipped']} skipped")
    return line
