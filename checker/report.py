"""Writers over one Report: JSON contract, plain text, CSV, full HTML page, HTML fragment."""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker.model import Claim, Document, Finding, Report
from checker.paths import TEMPLATES_DIR as TEMPLATES

CONTRACT_VERSION = 1
STATUS_ORDER = {"fail": 0, "skip": 1, "pass": 2}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def _number(x: float | None) -> int | float | None:
    if x is None or (isinstance(x, float) and math.isinf(x)):
        return None
    return int(x) if float(x).is_integer() else x


def claim_dict(c: Claim) -> dict[str, Any]:
    return {
        "id": c.id, "document": c.document, "sentence": c.sentence,
        "start": c.start, "end": c.end, "text": c.text,
        "value": _number(c.value), "low": _number(c.low), "high": _number(c.high),
        "qualifier": c.qualifier, "unit": c.unit, "entity": c.entity, "category": c.category,
        "attribution": c.attribution,
        "scope": {"place": c.scope.place, "time": c.scope.time},
        "negated": c.negated, "role": c.role,
    }


def document_dict(d: Document) -> dict[str, Any]:
    return {"id": d.id, "path": d.path, "date": d.date, "source": d.source, "title": d.title,
            "url": d.url, "event": d.event, "place": d.place}


def finding_dict(f: Finding) -> dict[str, Any]:
    return {"rule": f.rule, "kind": f.kind, "status": f.status, "severity": f.severity,
            "message": f.message, "claims": list(f.claims)}


def summary(report: Report) -> dict[str, Any]:
    failed = report.failed
    return {
        "documents": len(report.documents),
        "claims": len(report.claims),
        "checks": sum(1 for f in report.findings if f.status != "skip"),
        "failed": len(failed),
        "failed_by_severity": {s: sum(1 for f in failed if f.severity == s) for s in SEVERITY_ORDER},
        "skipped": sum(1 for f in report.findings if f.status == "skip"),
    }


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
    return json.dumps(to_contract(report), ensure_ascii=False, indent=2) + "\n"


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


def interval_text(low: float | None, high: float | None) -> str:
    lo = "0" if low is None else f"{_number(low):,}"
    hi = "\u221e" if high is None else f"{_number(high):,}"
    if low is not None and high is not None and low == high:
        return f"[{lo}]"
    return f"[{lo}, {hi}" + ("]" if high is not None else ")")


def ordered_findings(findings: Sequence[Finding]) -> list[Finding]:
    """Failed first (errors, then warnings, then info), then skipped, then passed."""
    return sorted(findings, key=lambda f: (STATUS_ORDER[f.status], SEVERITY_ORDER[f.severity]))


def render_text(report: Report, quiet: bool = False) -> str:
    """A plain-text summary for pipes and logs: claims, then findings, failed first."""
    lines: list[str] = []
    s = summary(report)
    if not quiet:
        for doc in report.documents:
            head = " · ".join(x for x in (doc.path or doc.id, doc.date, doc.source, doc.place) if x)
            lines.append(f"== {head}")
        lines.append("")
        lines.append(f"{'claim':<8} {'figure':<30} {'interval':<16} {'category':<20} attribution")
        for c in report.claims:
            flag = " (not a fact)" if c.negated else ""
            lines.append(f"{c.id.split('.')[-1]:<8} {c.text[:30]:<30} {interval_text(c.low, c.high):<16} "
                         f"{c.category:<20} {c.attribution or ''}{flag}")
        lines.append("")
    for f in ordered_findings(report.findings):
        if quiet and f.status != "fail":
            continue
        mark = {"fail": "FAIL", "skip": "skip", "pass": "pass"}[f.status]
        lines.append(f"{mark:<4} {f.severity:<7} {f.rule}: {f.message}")
    lines.append("")
    sev = s["failed_by_severity"]
    lines.append(f"{s['claims']} claims, {s['checks']} checks, {s['failed']} failed "
                 f"({sev['error']} errors, {sev['warning']} warnings, {sev['info']} info), "
                 f"{s['skipped']} skipped")
    return "\n".join(lines) + "\n"


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of article text, highlighted when it is a claim."""

    text: str
    claim: Claim | None = None
    failed: bool = False


def article_segments(doc: Document, claims: Sequence[Claim], failed_ids: set[str]) -> list[Segment]:
    """The document's body cut into plain runs and claim highlights, in order."""
    out: list[Segment] = []
    pos = doc.body_start
    for c in sorted((c for c in claims if c.document == doc.id), key=lambda c: c.start):
        if c.start < pos:
            continue
        out.append(Segment(doc.text[pos:c.start]))
        out.append(Segment(doc.text[c.start:c.end], c, c.id in failed_ids))
        pos = c.end
    out.append(Segment(doc.text[pos:]))
    return out


def _page_context(report: Report) -> dict[str, Any]:
    failed_ids = {cid for f in report.failed for cid in f.claims}
    findings_of: dict[str, list[str]] = {}
    for f in report.findings:
        for cid in f.claims:
            if f.status == "fail":
                findings_of.setdefault(cid, []).append(f.rule)
    return {
        "report": report,
        "summary": summary(report),
        "documents": [(d, article_segments(d, report.claims, failed_ids)) for d in report.documents],
        "findings": ordered_findings(report.findings),
        "claims": report.claims,
        "findings_of": findings_of,
        "interval": interval_text,
        "finding_index": {id(f): i for i, f in enumerate(ordered_findings(report.findings), 1)},
    }


def _environment(templates: Path | None = None) -> Any:
    import jinja2

    search = [str(templates)] if templates else []
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([*search, str(TEMPLATES)]),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def render_html(report: Report, templates: Path | None = None) -> str:
    return _environment(templates).get_template("page.html.j2").render(**_page_context(report))


def render_fragment(report: Report, templates: Path | None = None) -> str:
    return _environment(templates).get_template("fragment.html.j2").render(**_page_context(report))


FORMATS: dict[str, Callable[..., str]] = {
    "json": render_json,
    "text": render_text,
    "csv": render_csv,
    "html": render_html,
    "fragment": render_fragment,
}
