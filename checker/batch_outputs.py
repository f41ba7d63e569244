"""The outputs of a batch audit, built from its journal: tables, errors.csv and index.html.

This runs in the main process after the workers are done, so it is serial time that no worker
can share: it reads the journal in slices of units in unit id order and lets pyarrow do the
per-value work in C++ (see checker.batch_tables). Memory stays bounded by one slice, the
running totals and the article list of the index.
"""

from __future__ import annotations

import contextlib
import io
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from checker import batch_journal as journal
from checker.batch_inputs import InputFailure
from checker.batch_tables import ERRORS, TABLES, TableWriter, csv_text, record_schema
from checker.batch_work import atomic_write_bytes
from checker.errors import CheckerError

# units read from the journal and written at a time: larger slices parse no faster, and each
# leaves more memory in the allocator arenas of the parsing threads (peak +55 MB at 10k for 1,000)
SLICE_UNITS = 250
INDEX_PASSING_LIMIT = 2000  # passing articles listed in index.html; all are in articles.csv
INDEX_LIST_LIMIT = 300  # new / resolved findings and errors listed in index.html
INDEX_ARTICLE_FIELDS = ["article_id", "title", "source", "date", "event", "claims", "failed",
                        "failed_error", "failed_warning", "failed_info", "page"]

Baseline = dict[str, dict[str, Any]]  # last run's failed findings, by finding key


def preload() -> None:
    """Import and compile what building the outputs needs (pyarrow, the index template: ~0.25 s
    of CPU). Run in a thread while the workers check, it shares the CPUs with them instead of
    adding serial time at the end."""
    import pyarrow.compute
    import pyarrow.json
    import pyarrow.parquet  # noqa: F401

    from checker.report_audit import index_template

    index_template()


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


# --------------------------------------------------------------------------- baseline


def baseline_file(folder: Path) -> Path:
    path = folder / "findings.parquet"
    if not path.is_file():
        raise CheckerError(f"{folder}: not an audit folder (no findings.parquet) for --baseline")
    return path


def load_baseline(folder: Path) -> Baseline:
    """Last run's failed findings (not those it already called resolved), by finding key."""
    import pyarrow.parquet as pq

    rows = pq.read_table(baseline_file(folder)).to_pylist()
    return {row["key"]: row for row in rows if row["status"] == "fail" and row.get("change") != "resolved"}


def mark_changes(findings: Any, baseline: Baseline, seen: set[str]) -> Any:
    """The findings with `new` or `persisting` for every failed one."""
    import pyarrow as pa

    status, keys = findings.column("status").to_pylist(), findings.column("key").to_pylist()
    failed = [k for s, k in zip(status, keys, strict=True) if s == "fail"]
    seen.update(failed)
    change = [("persisting" if k in baseline else "new") if s == "fail" else c
              for s, k, c in zip(status, keys, findings.column("change").to_pylist(), strict=True)]
    index = findings.schema.get_field_index("change")
    return findings.set_column(index, "change", pa.array(change, pa.string()))


def resolved_rows(baseline: Baseline, seen: set[str], schema: Any) -> Any:
    """Last run's failures that no longer fail: kept as rows, with change = resolved."""
    import pyarrow as pa

    rows = [{**row, "change": "resolved"} for key, row in baseline.items() if key not in seen]
    rows.sort(key=lambda r: (r["unit_id"] or "", r["key"]))
    return pa.Table.from_pylist(rows, schema=schema)


# --------------------------------------------------------------------------- building


def build_outputs(out: Path, keys: Sequence[journal.Key], input_errors: Sequence[InputFailure],
                  baseline: Baseline | None) -> dict[str, int]:
    """Tables, errors.csv and index.html from the journal, a slice of units at a time."""
    with system_memory():
        return _build_outputs(out, keys, input_errors, baseline)


@contextlib.contextmanager
def system_memory() -> Iterator[None]:
    """pyarrow's default allocator (mimalloc) keeps the pages every slice touched, in every
    parsing thread: peak memory grew by ~7 MB per 1,000 units, while Arrow held 12 MB live.
    The C allocator gives them back, so the peak stays that of one slice."""
    import pyarrow as pa

    previous = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(previous)


def _build_outputs(out: Path, keys: Sequence[journal.Key], input_errors: Sequence[InputFailure],
                   baseline: Baseline | None) -> dict[str, int]:
    index = journal.scan(out)
    writers = {t.name: TableWriter(out, t) for t in TABLES}
    stats = AuditStats()
    errors = [{"id": e.id, "path": e.path, "reason": e.reason} for e in input_errors]
    seen: set[str] = set()
    reader = journal.Reader()
    try:
        for records in read_slices(reader, [index[k] for k in sorted(set(keys))]):
            rows = {t.name: unnest(records, t.name) for t in TABLES}
            texts = {t.name: joined(records, t.name) for t in TABLES}
            if baseline is not None:
                rows["findings"], texts["findings"] = mark_changes(rows["findings"], baseline, seen), None
            for name, writer in writers.items():
                writer.write(rows[name], texts[name])
            errors.extend(unnest(records, ERRORS.name).to_pylist())
            stats.add(records, rows)
        if baseline is not None:
            resolved = resolved_rows(baseline, seen, writers["findings"].schema)
            writers["findings"].write(resolved)
            stats.add_resolved(resolved.to_pylist())
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    finally:
        reader.close()
    for writer in writers.values():
        writer.close()
    errors.sort(key=lambda e: e["id"])
    atomic_write_text(out / "errors.csv", csv_text([ERRORS.names, *map(ERRORS.row, errors)]))
    stats.errors = errors
    counts = stats.counts(len(keys), len(errors))
    render_index(out, stats, counts)
    return counts


def read_slices(reader: journal.Reader, entries: Sequence[journal.Entry]) -> Iterator[Any]:
    """The journal records, SLICE_UNITS at a time, as pyarrow Tables (parsed in C++)."""
    import pyarrow.json as pj

    schema = record_schema()
    it = iter(entries)
    while chunk := list(islice(it, SLICE_UNITS)):
        lines = [reader.read_line(e) for e in chunk]
        # a block must hold the longest line; several blocks let pyarrow parse on every CPU
        block = max(1 << 20, 2 * max(map(len, lines)))
        options = pj.ParseOptions(explicit_schema=schema, unexpected_field_behavior="ignore")
        yield pj.read_json(io.BytesIO(b"".join(lines)), read_options=pj.ReadOptions(block_size=block),
                           parse_options=options)


def unnest(records: Any, name: str) -> Any:
    """One table's rows of a slice of records.

    Column by column: `Table.from_struct_array` would make pyarrow import pandas (0.2 s).
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    rows = pc.list_flatten(records.column(name))
    schema = pa.schema(list(rows.type))
    return pa.Table.from_arrays([pc.struct_field(rows, [i]) for i in range(len(schema))], schema=schema)


def joined(records: Any, name: str) -> str | None:
    """The workers' CSV text of one table for a slice; None when a record has none (a journal
    written before records carried it), and the writer renders the rows itself."""
    import pyarrow.compute as pc

    texts = pc.struct_field(records.column("csv"), name)
    return None if texts.null_count else "".join(texts.to_pylist())


# --------------------------------------------------------------------------- totals and the index


@dataclass
class AuditStats:
    """Running totals for the index and audit.json, kept small while the tables stream by."""

    failing: list[dict[str, Any]] = field(default_factory=list)  # every failing article
    passing: list[dict[str, Any]] = field(default_factory=list)  # the first passing ones, by id
    n_articles: int = 0
    n_passing: int = 0
    by_rule: Counter[str] = field(default_factory=Counter)
    by_category: Counter[str] = field(default_factory=Counter)
    failed_by_category: Counter[str] = field(default_factory=Counter)
    by_outlet: Counter[str] = field(default_factory=Counter)
    failed_by_outlet: Counter[str] = field(default_factory=Counter)
    by_day: Counter[str] = field(default_factory=Counter)
    failed_by_day: Counter[str] = field(default_factory=Counter)
    totals: Counter[str] = field(default_factory=Counter)
    changes: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)

    def add(self, records: Any, rows: dict[str, Any]) -> None:
        """A slice of records and its rows (pyarrow Tables), read column by column."""
        import pyarrow.compute as pc

        claims, findings, articles = rows["claims"], rows["findings"], rows["articles"]
        self.totals["claims"] += claims.num_rows
        self.totals["findings"] += findings.num_rows
        units = records.column("unit").to_pylist()
        sizes = pc.list_value_length(records.column("articles")).to_pylist()
        self.totals["events"] += sum(1 for u, n in zip(units, sizes, strict=True)
                                     if u.startswith("event:") and n)
        for category, failed in zip(*_columns(claims, "category", "failed"), strict=True):
            self.by_category[category] += 1
            self.failed_by_category[category] += int(failed)
        for i, (status, severity, rule, change) in enumerate(
                zip(*_columns(findings, "status", "severity", "rule", "change"), strict=True)):
            self._add_finding(status, severity, rule, change, findings, i)
        for a in articles.select(INDEX_ARTICLE_FIELDS).to_pylist():
            self._add_article(a)

    def _add_finding(self, status: str, severity: str, rule: str, change: str | None, findings: Any,
                     i: int) -> None:
        self.totals["checks"] += int(status != "skip")
        if status == "fail":
            self.totals["failed"] += 1
            self.totals[f"failed_{severity}"] += 1
            self.by_rule[rule] += 1
        if change:
            self.totals[change] += 1
            if change == "new" and len(self.changes) < INDEX_LIST_LIMIT:
                self.changes.append(findings.slice(i, 1).to_pylist()[0])

    def _add_article(self, a: dict[str, Any]) -> None:
        outlet, day, failing = a["source"] or "(unknown)", (a["date"] or "(undated)")[:10], a["failed"] > 0
        self.by_outlet[outlet] += 1
        self.by_day[day] += 1
        self.failed_by_outlet[outlet] += int(failing)
        self.failed_by_day[day] += int(failing)
        self.totals["failed_articles"] += int(failing)
        self.n_articles += 1
        if failing:
            self.failing.append(a)
            return
        # the index lists the first INDEX_PASSING_LIMIT passing articles by id: keep only those
        self.n_passing += 1
        self.passing.append(a)
        if len(self.passing) >= 2 * INDEX_PASSING_LIMIT:
            self.passing = _first_passing(self.passing)

    def add_resolved(self, rows: list[dict[str, Any]]) -> None:
        self.totals["resolved"] += len(rows)
        self.changes.extend(rows[:INDEX_LIST_LIMIT])

    def counts(self, units: int, errors: int) -> dict[str, int]:
        keys = ("claims", "findings", "checks", "failed", "failed_error", "failed_warning", "failed_info",
                "failed_articles", "events", "new", "persisting", "resolved")
        return {"articles": self.n_articles, "units": units, "errors": errors,
                **{k: int(self.totals[k]) for k in keys}}


def _columns(table: Any, *names: str) -> list[list[Any]]:
    return [table.column(n).to_pylist() for n in names]


def ordered_articles(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Failing articles in the order the index lists them: most errors, then warnings, then info,
    then by id."""
    return sorted(articles, key=lambda a: (a["failed"] == 0, -a["failed_error"], -a["failed_warning"],
                                           -a["failed_info"], a["article_id"]))


def _first_passing(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(articles, key=lambda a: a["article_id"])[:INDEX_PASSING_LIMIT]


def render_index(out: Path, stats: AuditStats, counts: dict[str, int]) -> None:
    from checker.report_audit import AuditIndex, render_audit_index

    passing = _first_passing(stats.passing)
    context = AuditIndex(
        counts=counts, failing=ordered_articles(stats.failing), passing=passing,
        passing_hidden=stats.n_passing - len(passing),
        by_rule=stats.by_rule.most_common(),
        by_category=[(k, v, stats.failed_by_category[k]) for k, v in stats.by_category.most_common()],
        by_outlet=[(k, v, stats.failed_by_outlet[k]) for k, v in stats.by_outlet.most_common()],
        by_day=[(k, stats.by_day[k], stats.failed_by_day[k]) for k in sorted(stats.by_day)],
        changes=stats.changes, errors=stats.errors[:INDEX_LIST_LIMIT],
        errors_hidden=max(0, len(stats.errors) - INDEX_LIST_LIMIT),
    )
    atomic_write_text(out / "index.html", render_audit_index(context))
