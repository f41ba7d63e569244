"""Writers over one Report: JSON contract, plain text, CSV, full HTML page, HTML fragment."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from functools import lru_cache
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from checker.model import Claim, Document, Finding, Report
from checker.paths import TEMPLATES_DIR as TEMPLATES
from checker.report_context import (
    SEVERITY_ORDER,
    STATUS_ORDER,
    PageContext,
    interval_text,
    number,
    ordered_findings,
    page_context,
    plural,
    summary,
)

__all__ = [
    "CONTRACT_VERSION", "CSV_COLUMNS", "FORMATS", "SEVERITY_ORDER", "STATUS_ORDER", "interval_text",
    "ordered_findings", "page_context", "render_csv", "render_fragment", "render_html", "render_json",
    "render_text", "summary", "to_contract",
]

CONTRACT_VERSION = 1
_number = number


def claim_dict(c: Claim) -> dict[str, Any]:
    return {
        "id": c.id, "document": c.document, "sentence": c.sentence,
        "start": c.start, "end": c.end, "text": c.text,
        "value": _number(c.value), "low": _number(c.low), "high": _number(c.high),
        "qualifier": c.qualifier, "unit": c.unit, "entity": c.entity, "category": c.category,
        "attribution": c.attribution,
        "scope": {"place": c.scope.place, "time": c.scope.time, "place_inferred": c.scope.place_inferred},
        "negated": c.negated, "role": c.role,
    }


def document_dict(d: Document) -> dict[str, Any]:
    return {"id": d.id, "path": d.path, "date": d.date, "source": d.source, "title": d.title,
            "url": d.url, "event": d.event, "place": d.place}


def finding_dict(f: Finding) -> dict[str, Any]:
    return {"rule": f.rule, "kind": f.kind, "status": f.status, "severity": f.severity,
            "message": f.message, "claims": list(f.claims)}


def to_contract(report: Report) -> dict[str, Any]:
    """The versioned JSON contract CMS integrations and audits read (see README)."""
    return {
        "version": CONTRACT_VERSION,
        "documents": [document_dict(d) for d in report.documents],
        "claims": [claim_dict(c) for c in report.claims],
        "findings": [finding_dict(f) for f in report.findings],
        "summary": summary(report),
    }


def render_json(report: Report) -> str:
    contract = to_contract(report)
    try:
        return dumps_indented(contract) + "\n"
    except _NotPlainJson:
        return json.dumps(contract, ensure_ascii=False, indent=2) + "\n"


class _NotPlainJson(TypeError):
    """A value dumps_indented leaves to the json module (a non-string key, an unknown type)."""


def _float_text(x: float) -> str:
    if x != x:
        return "NaN"
    if x in (float("inf"), float("-inf")):
        return "Infinity" if x > 0 else "-Infinity"
    return float.__repr__(x)


def dumps_indented(value: Any) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)`, byte for byte, for plain JSON data.

    With `indent` the json module falls back to its pure-Python encoder, which took a fifth
    of a check's time; this writer knows only str keys and the JSON types, so it is several
    times faster. Anything else raises _NotPlainJson.
    """
    out: list[str] = []
    _write(value, "\n", out)
    return "".join(out)


def _write(o: Any, newline: str, out: list[str]) -> None:
    if isinstance(o, str):
        out.append(encode_basestring(o))
    elif o is None:
        out.append("null")
    elif o is True:
        out.append("true")
    elif o is False:
        out.append("false")
    elif isinstance(o, int):
        out.append(int.__repr__(o))
    elif isinstance(o, float):
        out.append(_float_text(o))
    elif isinstance(o, list | tuple):
        _write_list(o, newline, out)
    elif isinstance(o, dict):
        _write_dict(o, newline, out)
    else:
        raise _NotPlainJson(type(o).__name__)


def _write_list(items: list[Any] | tuple[Any, ...], newline: str, out: list[str]) -> None:
    if not items:
        out.append("[]")
        return
    inner = newline + "  "
    separator = "[" + inner
    for item in items:
        out.append(separator)
        _write(item, inner, out)
        separator = "," + inner
    out.append(newline + "]")


def _write_dict(mapping: dict[Any, Any], newline: str, out: list[str]) -> None:
    if not mapping:
        out.append("{}")
        return
    inner = newline + "  "
    separator = "{" + inner
    for key, item in mapping.items():
        if not isinstance(key, str):
            raise _NotPlainJson(type(key).__name__)
        out.append(separator)
        out.append(encode_basestring(key))
        out.append(": ")
        _write(item, inner, out)
        separator = "," + inner
    out.append(newline + "}")


CSV_COLUMNS = ("id", "document", "sentence", "start", "end", "text", "value", "low", "high",
               "qualifier", "unit", "entity", "category", "attribution", "place", "time",
               "negated", "role")


def render_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for c in report.claims:
        d = claim_dict(c)
        d["place"], d["time"] = c.scope.place, c.scope.time
        writer.writerow(["" if d[k] is None else d[k] for k in CSV_COLUMNS])
    return out.getvalue()


def render_text(report: Report, quiet: bool = False, verbose: bool = False) -> str:
    """A plain-text summary for pipes and logs: claims, then checks, failed first.

    Skipped checks take one line unless `verbose`; `quiet` keeps only the failed checks.
    """
    lines: list[str] = []
    s = summary(report)
    many = len(report.documents) > 1
    if not quiet:
        for doc in report.documents:
            head = " · ".join(x for x in (doc.path or doc.id, doc.date, doc.source, doc.place) if x)
            lines.append(f"== {doc.id + ' ' if many else ''}{head}")
        lines.append("")
        lines.append(f"{'claim':<8} {'figure':<30} {'interval':<16} {'category':<20} attribution")
        for c in report.claims:
            flag = f" ({c.note})" if c.note else ""
            cid = c.id if many else c.id.split(".")[-1]
            lines.append(f"{cid:<8} {c.text[:30]:<30} {interval_text(c.low, c.high):<16} "
                         f"{c.category:<20} {c.attribution or ''}{flag}")
        lines.append("")
    findings = ordered_findings(report.findings)
    skipped = [f for f in findings if f.status == "skip"]
    for f in findings:
        if f is (skipped[0] if skipped else None) and not quiet and not verbose:
            lines.append(skipped_line(skipped))  # in the place of the skipped checks
        if (f.status == "skip" and (quiet or not verbose)) or (quiet and f.status != "fail"):
            continue
        mark = {"fail": "FAIL", "skip": "skip", "pass": "pass"}[f.status]
        lines.append(f"{mark:<4} {f.severity:<7} {f.rule}: {f.message}")
    lines.append("")
    lines.append(summary_line(s))
    return "\n".join(lines) + "\n"


def skipped_line(skipped: list[Finding]) -> str:
    """All skipped checks on one line: they did not run, usually for want of figures."""
    return (f"skip {plural(len(skipped), 'check')} not run: "
            + ", ".join(f.rule for f in skipped) + " (--verbose says why)")


def summary_line(s: dict[str, Any]) -> str:
    sev = s["failed_by_severity"]
    return (f"{s['claims']} claims, {s['checks']} checks, {s['failed']} failed "
            f"({sev['error']} errors, {sev['warning']} warnings, {sev['info']} info), "
            f"{s['skipped']} skipped")


@lru_cache(maxsize=8)
def environment(templates: Path | None = None) -> Any:
    """The Jinja environment: `templates` (a newsroom's folder) first, then the built-in ones."""
    import jinja2

    search = [str(templates)] if templates else []
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([*search, str(TEMPLATES)]),
        autoescape=True,  # every article, title, source and message is untrusted text
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        auto_reload=False,  # templates are read once per process: a request does no disk I/O
    )


def render_page(context: PageContext, template: str, templates: Path | None = None) -> str:
    return environment(templates).get_template(template).render(**context.as_template_vars())


def render_html(report: Report, templates: Path | None = None) -> str:
    """The full HTML page: one file, no script, no request leaves it."""
    return render_page(page_context(report), "page.html.j2", templates)


def render_fragment(report: Report, templates: Path | None = None) -> str:
    """One self-contained `<section class="nc-report">` with scoped CSS, for a CMS preview pane."""
    return render_page(page_context(report, fragment=True), "fragment.html.j2", templates)

FORMATS: dict[str, Callable[..., str]] = {
    "json": render_json,
    "text": render_text,
    "csv": render_csv,
    "html": render_html,
    "fragment": render_fragment,
}
