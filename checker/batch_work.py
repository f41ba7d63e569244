"""Batch work units and what a worker does with a chunk of them. No pandas or pyarrow here.

A unit is one article, or all the articles of one event (checked together). A worker checks
each unit of a chunk with `checker.check`, renders its report page, and makes one JSON-ready
record of table rows, with the rows also rendered as CSV text (checker.batch_tables). A local worker
writes the pages and journals the records itself (`audit_chunk`); a Dask worker returns them
(`process_chunk`) for the main process to write. The main process builds the tables from the
journal at the end. Rules are set once per worker process (`init_worker`, or the first chunk).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker import batch_journal
from checker.batch_tables import ARTICLES, CLAIMS, FINDINGS, TABLES, csv_text
from checker.model import Claim, Document, Finding, Report

_RULES: list[Any] = []  # the RuleSet of this worker process, set once
_JOURNALS: dict[str, batch_journal.Journal] = {}  # this process's journal part, by output folder
ARTICLES_DIR = "articles"  # report pages, under the output folder
_TABLES = [t.name for t in TABLES]


@dataclass(frozen=True, slots=True)
class Unit:
    """What one `check` call sees: one article, or the articles of one event."""

    id: str
    documents: tuple[Document, ...]
    hash: str

    @property
    def size(self) -> int:
        return len(self.documents)


def content_hash(doc: Document) -> str:
    """The article's text and header fields, hashed: what `--resume` and `--baseline` key on."""
    payload = json.dumps([doc.text, doc.date, doc.source, doc.title, doc.event, doc.url])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def make_unit(docs: Sequence[Document]) -> Unit:
    """A unit from a group: its id is the article id, or `event:<key>` for an event's articles."""
    docs = tuple(docs)
    hashes = [content_hash(d) for d in docs]
    if len(docs) == 1 and docs[0].event is None:
        return Unit(docs[0].id, docs, hashes[0])
    key = docs[0].event or docs[0].id
    digest = hashlib.sha256("\n".join(sorted(hashes)).encode()).hexdigest()
    return Unit(f"event:{key}", docs, digest)


def page_name(unit_id: str) -> str:
    """A file name for the unit's report page that is safe everywhere and unique per id."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", unit_id).strip("._")[-80:]
    return f"{slug or 'article'}-{hashlib.sha1(unit_id.encode()).hexdigest()[:10]}.html"


# --------------------------------------------------------------------------- worker side


def init_worker(rules: Any) -> None:
    """Process-pool initializer: keep the RuleSet for every chunk this process runs."""
    _RULES[:] = [rules]


def warm_up() -> None:
    """Check and render a tiny article once, so a new worker compiles its patterns and templates
    while the main process is still listing the inputs, not on its first real chunk."""
    from checker.documents import from_text

    process_unit(make_unit([from_text(WARM_UP_TEXT, "warm-up", None)]), _rules())


WARM_UP_TEXT = ("date 2025-05-01\nsource Wire\n\nKYIV - A strike killed 12 people and injured 30, "
                "officials said on Thursday. Later 4 people had been killed, police said.\n")


def _rules() -> Any:
    if not _RULES:
        from checker.rules import load_rules

        init_worker(load_rules())
    return _RULES[0]


def process_chunk(units: Sequence[Unit], rules: Any = None) -> list[dict[str, Any]]:
    """Check every unit of a chunk; a unit that fails to check becomes an error record.

    The records carry each report page's HTML: for workers (a Dask cluster) that cannot write
    the output folder. Local workers use `audit_chunk`.
    """
    if rules is not None and (not _RULES or _RULES[0] is not rules):
        init_worker(rules)
    return [process_unit(unit, _rules()) for unit in units]


def audit_chunk(units: Sequence[Unit], out_dir: str, rules: Any = None) -> int:
    """Check a chunk, write its report pages and journal it, all from this process; the number
    of articles done.

    Local workers do their own writing so the main process — which shares the CPUs with them —
    neither receives the rows nor encodes them: it only hands out chunks and counts.
    """
    records = process_chunk(units, rules)
    write_pages(records, Path(out_dir) / ARTICLES_DIR)
    _journal(out_dir).append(records)
    return articles_done(records)


def write_pages(records: Sequence[dict[str, Any]], pages_dir: Path) -> None:
    """Write the records' report pages and drop the HTML from them."""
    for record in records:
        html = record.pop("html", None)
        if html is not None:
            atomic_write_bytes(pages_dir / record["page"], html.encode("utf-8"))


def articles_done(records: Sequence[dict[str, Any]]) -> int:
    return sum(max(len(r["articles"]), len(r["errors"])) for r in records)


def _journal(out_dir: str) -> batch_journal.Journal:
    """This process's journal part for `out_dir`, kept open across chunks."""
    log = _JOURNALS.get(out_dir)
    if log is None:
        log = _JOURNALS[out_dir] = batch_journal.Journal(Path(out_dir))
    return log


def close_journal(out_dir: str) -> None:
    """Flush and fsync this process's journal part for `out_dir` (in-process runs, at the end)."""
    log = _JOURNALS.pop(out_dir, None)
    if log is not None:
        log.close()


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Readers see the old file or the new one, never half of one."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def process_unit(unit: Unit, rules: Any) -> dict[str, Any]:
    from checker.api import check
    from checker.report import render_html

    try:
        report = check(list(unit.documents), rules=rules)
        html = render_html(report)
    except Exception as exc:  # one bad article must not stop an audit of thousands
        return error_record(unit, f"the check failed ({type(exc).__name__}: {exc})")
    return unit_record(unit, report, html)


def error_record(unit: Unit, reason: str) -> dict[str, Any]:
    errors = [{"id": d.id, "path": d.path or d.id, "reason": reason} for d in unit.documents]
    return {"unit": unit.id, "hash": unit.hash, "page": None, "html": None,
            "articles": [], "claims": [], "findings": [], "errors": errors, "csv": dict.fromkeys(_TABLES, "")}


# --------------------------------------------------------------------------- rows


def unit_record(unit: Unit, report: Report, html: str) -> dict[str, Any]:
    """Rows of one checked unit, with the report's d1, d2... ids mapped back to article ids."""
    doc_ids = {r.id: d.id for r, d in zip(report.documents, unit.documents)}
    docs = {d.id: d for d in unit.documents}
    claim_article = {c.id: doc_ids[c.document] for c in report.claims}
    failed_rules = _failed_rules_by_claim(report.findings)
    page = page_name(unit.id)
    claims = [claim_row(c, docs[claim_article[c.id]], unit, failed_rules.get(c.id, []))
              for c in report.claims]
    texts = {c.id: c.text for c in report.claims}
    # a skipped check says only that a category is absent: the article page shows why, and
    # keeping ~25 such rows per article would make the audit tables mostly noise
    findings = [finding_row(f, unit, docs, claim_article, texts, page) for f in report.findings
                if f.status != "skip"]
    articles = [article_row(d, unit, claims, findings, page) for d in unit.documents]
    return {"unit": unit.id, "hash": unit.hash, "page": page, "html": html,
            "articles": articles, "claims": claims, "findings": findings, "errors": [],
            "csv": {t.name: csv_text(map(t.row, rows))
                    for t, rows in ((CLAIMS, claims), (FINDINGS, findings), (ARTICLES, articles))}}


def _failed_rules_by_claim(findings: Sequence[Finding]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in findings:
        if f.status == "fail":
            for cid in f.claims:
                if f.rule not in out.setdefault(cid, []):
                    out[cid].append(f.rule)
    return out


def _doc_fields(doc: Document, unit: Unit) -> dict[str, Any]:
    return {"article_id": doc.id, "unit_id": unit.id, "path": doc.path, "source": doc.source,
            "date": doc.date, "event": doc.event, "title": doc.title, "content_hash": content_hash(doc)}


def _number(x: float | None) -> float | None:
    """A float, or None for no value and for NaN (a missing value in Parquet and CSV alike)."""
    return None if x is None or x != x else float(x)


def claim_row(c: Claim, doc: Document, unit: Unit, failed_rules: list[str]) -> dict[str, Any]:
    local = c.id.split(".", 1)[-1]
    return {"claim_id": f"{doc.id}::{local}", **_doc_fields(doc, unit),
            "sentence": c.sentence, "start": c.start, "end": c.end, "text": c.text,
            "value": _number(c.value), "low": _number(c.low), "high": _number(c.high),
            "qualifier": c.qualifier, "unit": c.unit, "entity": c.entity, "category": c.category,
            "attribution": c.attribution, "place": c.scope.place, "time": c.scope.time,
            "negated": c.negated, "role": c.role, "failed": bool(failed_rules),
            "failed_rules": ";".join(failed_rules) or None}


def finding_row(f: Finding, unit: Unit, docs: dict[str, Document], claim_article: dict[str, str],
                texts: dict[str, str], page: str) -> dict[str, Any]:
    """One finding; its article is the first article its claims come from (or the unit's first)."""
    involved = list(dict.fromkeys(claim_article[c] for c in f.claims if c in claim_article))
    first = docs[involved[0]] if involved else unit.documents[0]
    claim_texts = [texts.get(c, "") for c in f.claims]
    claim_ids = [f"{claim_article[c]}::{c.split('.', 1)[-1]}" for c in f.claims if c in claim_article]
    fields = _doc_fields(first, unit)
    fields["content_hash"] = unit.hash
    return {**fields, "articles": ";".join(involved) or None, "rule": f.rule, "kind": f.kind,
            "status": f.status, "severity": f.severity, "message": f.message,
            "claims": ";".join(claim_ids) or None, "claim_texts": " | ".join(claim_texts) or None,
            "key": finding_key(unit.hash, f.rule, claim_texts), "change": None, "page": page}


def finding_key(unit_hash: str, rule: str, claim_texts: Sequence[str]) -> str:
    """Week-over-week identity of a finding: article content + rule + the claims' texts."""
    payload = json.dumps([unit_hash, rule, sorted(claim_texts)])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def article_row(doc: Document, unit: Unit, claims: list[dict[str, Any]], findings: list[dict[str, Any]],
                page: str) -> dict[str, Any]:
    mine = [f for f in findings if f["status"] == "fail" and doc.id in (f["articles"] or "").split(";")]
    if unit.size > 1:  # an event finding without claims still concerns every article of it
        mine += [f for f in findings if f["status"] == "fail" and not f["articles"]]
    return {**_doc_fields(doc, unit), "place": doc.place,
            "claims": sum(1 for c in claims if c["article_id"] == doc.id),
            "failed": len(mine),
            "failed_error": sum(1 for f in mine if f["severity"] == "error"),
            "failed_warning": sum(1 for f in mine if f["severity"] == "warning"),
            "failed_info": sum(1 for f in mine if f["severity"] == "info"),
            "page": page}
