"""Batch audits: thousands of articles -> report pages, pandas tables and an audit index.

The only module that imports pandas. The pipeline streams:

    inputs (lazy) -> units (articles, or events) -> chunks -> workers -> journal (+ pages)
                                                                           |
                          tables, errors.csv, index.html, audit.json  <- journal

Workers run in-process (`workers=1`), in a local process pool, or on a Dask cluster
(`scheduler=ADDRESS`). Every finished chunk is journaled durably, so a killed run resumed with
`resume=True` loses and repeats nothing; the final tables are built from the journal, in unit
id order, so every way of running gives the same tables.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import multiprocessing
import os
import socket
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from checker import batch_journal as journal
from checker import events
from checker.batch_inputs import InputFailure, discover, estimate_articles, read_inputs
from checker.batch_work import Unit, atomic_write_bytes, init_worker, make_unit, process_chunk
from checker.errors import CheckerError
from checker.model import Document

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
ARTICLES_DIR = "articles"
INDEX_PASSING_LIMIT = 2000  # passing articles listed in index.html; all are in articles.csv
INDEX_LIST_LIMIT = 300  # new / resolved findings and errors listed in index.html
FLUSH_ROWS = 5_000

Progress = Callable[[int, int], None]  # (articles done, articles expected)
Records = list[dict[str, Any]]
Runner = Callable[[Iterator[list[Unit]]], Iterator[Records]]

# --------------------------------------------------------------------------- table schemas

STR, INT, FLOAT, BOOL = pa.string(), pa.int64(), pa.float64(), pa.bool_()
_DOC = [("article_id", STR), ("unit_id", STR), ("path", STR), ("source", STR), ("date", STR),
        ("event", STR), ("title", STR), ("content_hash", STR)]
CLAIMS = pa.schema([("claim_id", STR), *_DOC, ("sentence", INT), ("start", INT), ("end", INT),
                    ("text", STR), ("value", FLOAT), ("low", FLOAT), ("high", FLOAT), ("qualifier", STR),
                    ("unit", STR), ("entity", STR), ("category", STR), ("attribution", STR),
                    ("place", STR), ("time", STR), ("negated", BOOL), ("role", STR), ("failed", BOOL),
                    ("failed_rules", STR)])
FINDINGS = pa.schema([*_DOC, ("articles", STR), ("rule", STR), ("kind", STR), ("status", STR),
                      ("severity", STR), ("message", STR), ("claims", STR), ("claim_texts", STR),
                      ("key", STR), ("change", STR), ("page", STR)])
ARTICLES = pa.schema([*_DOC, ("place", STR), ("claims", INT), ("failed", INT), ("failed_error", INT),
                      ("failed_warning", INT), ("failed_info", INT), ("page", STR)])
ERROR_COLUMNS = ("id", "path", "reason")


@dataclass(frozen=True)
class AuditOptions:
    """One batch audit, as the command line (or a test) asks for it."""

    inputs: tuple[str, ...]
    out: Path
    rules: Any  # a checker.rules.RuleSet
    workers: int = 1
    scheduler: str | None = None
    baseline: Path | None = None
    resume: bool = False
    chunk_size: int = 16
    fail_on: str = "error"
    group_window: int | None = None  # days; None: only `event` keys group articles


@dataclass
class AuditResult:
    out: Path
    counts: dict[str, int]
    exit_code: int
    workers: int
    scheduler: str

    def summary_line(self) -> str:
        c = self.counts
        change = (f", {c['new']} new, {c['persisting']} persisting, {c['resolved']} resolved"
                  if c.get("baseline") else "")
        return (f"{c['articles']} articles ({c['units']} units), {c['errors']} unreadable, "
                f"{c['claims']} claims, {c['failed']} failed findings in {c['failed_articles']} articles"
                f"{change} -> {self.out}")


# --------------------------------------------------------------------------- grouping


def group_events(docs: Sequence[Document], window_days: int | None = None) -> list[list[Document]]:
    """Articles sharing an `event` key form one group, checked together; others stand alone,
    unless `window_days` asks for the heuristic of checker.events (published within that many
    days of each other and naming a shared place)."""
    if window_days is not None:
        return events.group_events(docs, events.EventOptions(window_days=window_days))
    groups: dict[str, list[Document]] = {}
    out: list[list[Document]] = []
    for doc in docs:
        if doc.event is None:
            out.append([doc])
        elif doc.event in groups:
            groups[doc.event].append(doc)
        else:
            groups[doc.event] = [doc]
            out.append(groups[doc.event])
    return [sorted(g, key=events.sort_key) if len(g) > 1 else g for g in out]


def holds_for_grouping(doc: Document, window_days: int | None = None) -> bool:
    """Articles that must wait for the whole input before grouping; the rest stream through.

    With the date-window heuristic every article may join a later one, so all are held.
    """
    return window_days is not None or doc.event is not None


@dataclass
class Plan:
    """What the input stream produced: the units in order, and the articles that failed to read."""

    keys: list[journal.Key] = field(default_factory=list)
    sizes: dict[str, int] = field(default_factory=dict)
    errors: list[InputFailure] = field(default_factory=list)


def plan_units(items: Iterable[Document | InputFailure], plan: Plan,
               window_days: int | None = None) -> Iterator[Unit]:
    """Units from the lazy input stream; event articles are held and grouped at the end."""
    held: list[Document] = []
    for item in items:
        if isinstance(item, InputFailure):
            plan.errors.append(item)
        elif holds_for_grouping(item, window_days):
            held.append(item)
        else:
            yield from _planned(group_events([item]), plan)
    yield from _planned(group_events(held, window_days), plan)


def _planned(groups: list[list[Document]], plan: Plan) -> Iterator[Unit]:
    for group in groups:
        unit = make_unit(group)
        plan.keys.append((unit.id, unit.hash))
        plan.sizes[unit.id] = unit.size
        yield unit


def chunked(units: Iterable[Unit], size: int) -> Iterator[list[Unit]]:
    it = iter(units)
    while chunk := list(islice(it, size)):
        yield chunk


# --------------------------------------------------------------------------- runners


def run_in_process(rules: Any, pages_dir: Path) -> Runner:
    def run(chunks: Iterator[list[Unit]]) -> Iterator[Records]:
        for chunk in chunks:
            yield process_chunk(chunk, rules, str(pages_dir))

    return run


def run_pool(rules: Any, workers: int, window: int, pages_dir: Path) -> Runner:
    """A local pool of spawned processes, rules set once per process, at most `window` chunks out;
    the workers write the report pages themselves."""

    def run(chunks: Iterator[list[Unit]]) -> Iterator[Records]:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=context, initializer=init_worker,
                                 initargs=(rules,)) as pool:
            pending: set[Future[Records]] = set()
            try:
                for chunk in chunks:
                    pending.add(pool.submit(process_chunk, chunk, None, str(pages_dir)))
                    while len(pending) >= window:
                        done, pending = wait(pending, return_when=FIRST_COMPLETED)
                        yield from (f.result() for f in done)
                while pending:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    yield from (f.result() for f in done)
            finally:
                for f in pending:
                    f.cancel()

    return run


def connect(address: str) -> Any:
    """A Dask client, or a one-line error when the scheduler cannot be reached."""
    from dask.distributed import Client

    _probe(address)
    try:
        return Client(address, timeout="15s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise CheckerError(f"cannot reach the Dask scheduler at {address} ({exc})") from None


def _probe(address: str) -> None:
    """Fail fast on a refused TCP address instead of retrying until the client's timeout."""
    host, _, port = address.removeprefix("tcp://").rpartition(":")
    if not address.startswith("tcp://") or not port.isdigit():
        return
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=5).close()
    except OSError as exc:
        raise CheckerError(f"cannot reach the Dask scheduler at {address} ({exc.strerror or exc})") from None


def run_dask(client: Any, rules: Any, window: int) -> Runner:
    """The same chunks on a Dask cluster: rules broadcast once, `as_completed` over a window."""
    from dask.distributed import as_completed

    def run(chunks: Iterator[list[Unit]]) -> Iterator[Records]:
        shared = client.scatter(rules, broadcast=True)
        first = [client.submit(process_chunk, c, shared, pure=False) for c in islice(chunks, window)]
        if not first:
            return
        futures = as_completed(first, loop=client.loop)
        for future in futures:
            records = future.result()
            future.release()
            nxt = next(chunks, None)
            if nxt is not None:
                futures.add(client.submit(process_chunk, nxt, shared, pure=False))
            yield records

    return run


# --------------------------------------------------------------------------- the audit


def run_audit(options: AuditOptions, progress: Progress | None = None) -> AuditResult:
    """Run a whole audit into `options.out`; see the module docstring."""
    started = _now()
    out = prepare_out(options.out, options.resume)
    paths = discover(options.inputs)
    expected = estimate_articles(paths)
    baseline = load_baseline(options.baseline) if options.baseline else None
    done = journal.scan(out) if options.resume else {}
    plan = Plan()
    tracker = _Tracker(expected, progress)
    units = _skip_done(plan_units(read_inputs(paths), plan, options.group_window), done, tracker)
    with _runner(options) as (runner, workers, scheduler):
        _execute(runner(chunked(units, options.chunk_size)), out, tracker)
    tracker.add(len(plan.errors))
    counts = build_outputs(out, plan, baseline)
    counts.update(input_files=len(paths), resumed=tracker.skipped, baseline=int(baseline is not None))
    code = audit_exit_code(counts, options.fail_on)
    write_metadata(out, options, counts, started, workers, scheduler)
    return AuditResult(out, counts, code, workers, scheduler)


@contextlib.contextmanager
def _runner(options: AuditOptions) -> Iterator[tuple[Runner, int, str]]:
    window = max(2, options.workers * 3)
    if options.scheduler:
        client = connect(options.scheduler)
        try:
            workers = len(client.scheduler_info().get("workers", {}))
            yield run_dask(client, options.rules, max(window, workers * 3)), workers, options.scheduler
        finally:
            client.close()
    elif options.workers > 1:
        yield (run_pool(options.rules, options.workers, window, options.out / ARTICLES_DIR),
               options.workers, "local-processes")
    else:
        yield run_in_process(options.rules, options.out / ARTICLES_DIR), 1, "in-process"


def _skip_done(units: Iterable[Unit], done: dict[journal.Key, journal.Entry],
               tracker: _Tracker) -> Iterator[Unit]:
    for unit in units:
        if (unit.id, unit.hash) in done:
            tracker.skip(unit.size)
        else:
            yield unit


def _execute(results: Iterator[Records], out: Path, tracker: _Tracker) -> None:
    """Write each finished chunk's pages, then journal it durably."""
    log = journal.Journal(out)
    try:
        for records in results:
            for record in records:
                if record["html"] is not None:
                    atomic_write_text(out / ARTICLES_DIR / record["page"], record["html"])
                record["html"] = None
            log.append(records)
            tracker.add(sum(max(len(r["articles"]), len(r["errors"])) for r in records))
    finally:
        log.close()


class _Tracker:
    def __init__(self, expected: int, progress: Progress | None) -> None:
        self.expected, self.done, self.skipped, self.progress = expected, 0, 0, progress

    def add(self, n: int) -> None:
        self.done += n
        self.expected = max(self.expected, self.done)
        if self.progress:
            self.progress(self.done, self.expected)

    def skip(self, n: int) -> None:
        self.skipped += n
        self.add(n)


def audit_exit_code(counts: dict[str, int], fail_on: str) -> int:
    if fail_on == "never":
        return 0
    limit = SEVERITY_RANK[fail_on]
    return int(any(counts[f"failed_{s}"] for s, rank in SEVERITY_RANK.items() if rank <= limit))


# --------------------------------------------------------------------------- output folder


def prepare_out(out: Path, resume: bool) -> Path:
    """Create the output folder and prove it is writable; a fresh run forgets earlier journals."""
    try:
        (out / ARTICLES_DIR).mkdir(parents=True, exist_ok=True)
        probe = out / f".write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise CheckerError(f"{out}: cannot write the audit there ({exc.strerror or exc})") from None
    if not resume:
        journal.clear(out)
    return out


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))




class TableWriter:
    """A table written in slices as Parquet (pyarrow, fixed schema) and CSV, then moved into place."""

    def __init__(self, out: Path, name: str, schema: pa.Schema) -> None:
        self.schema, self.rows, self.written = schema, [], 0
        self.final = (out / f"{name}.parquet", out / f"{name}.csv")
        self.tmp = tuple(p.with_name(f".{p.name}.{os.getpid()}.tmp") for p in self.final)
        self._parquet = pq.ParquetWriter(self.tmp[0], schema)
        self._csv = self.tmp[1].open("w", encoding="utf-8", newline="")

    def add(self, rows: Iterable[dict[str, Any]]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        if not self.rows and self.written:
            return
        frame = pd.DataFrame.from_records(self.rows, columns=self.schema.names)
        table = pa.Table.from_pandas(frame, schema=self.schema, preserve_index=False)
        self._parquet.write_table(table)
        frame.to_csv(self._csv, header=self.written == 0, index=False, lineterminator="\n")
        self.written += len(self.rows)
        self.rows = []

    def close(self) -> None:
        self.flush()
        self._parquet.close()
        self._csv.close()
        for tmp, final in zip(self.tmp, self.final):
            os.replace(tmp, final)


# --------------------------------------------------------------------------- baseline


def load_baseline(folder: Path) -> dict[str, dict[str, Any]]:
    """Last run's failed findings (not those it already called resolved), by finding key."""
    path = folder / "findings.parquet"
    if not path.is_file():
        raise CheckerError(f"{folder}: not an audit folder (no findings.parquet) for --baseline")
    frame = pd.read_parquet(path)
    failed = frame[(frame["status"] == "fail") & (frame["change"].fillna("") != "resolved")]
    rows = failed.astype(object).where(failed.notna(), None).to_dict("records")
    return {row["key"]: row for row in rows}


def mark_changes(rows: list[dict[str, Any]], baseline: dict[str, dict[str, Any]] | None,
                 seen: set[str]) -> None:
    """`new` or `persisting` for every failed finding, when there is a baseline."""
    if baseline is None:
        return
    for row in rows:
        if row["status"] == "fail":
            row["change"] = "persisting" if row["key"] in baseline else "new"
            seen.add(row["key"])


def resolved_rows(baseline: dict[str, dict[str, Any]], seen: set[str]) -> list[dict[str, Any]]:
    """Last run's failures that no longer fail: kept as rows, with change = resolved."""
    rows = [{**row, "change": "resolved"} for key, row in baseline.items() if key not in seen]
    return sorted(rows, key=lambda r: (r["unit_id"] or "", r["key"]))


# --------------------------------------------------------------------------- building outputs


def build_outputs(out: Path, plan: Plan, baseline: dict[str, dict[str, Any]] | None) -> dict[str, int]:
    """Tables, errors.csv and index.html from the journal, reading one unit at a time."""
    index = journal.scan(out)
    writers = {name: TableWriter(out, name, schema)
               for name, schema in (("claims", CLAIMS), ("findings", FINDINGS), ("articles", ARTICLES))}
    stats = AuditStats()
    errors: list[dict[str, str]] = [{"id": e.id, "path": e.path, "reason": e.reason} for e in plan.errors]
    seen: set[str] = set()
    reader = journal.Reader()
    try:
        for key in sorted(set(plan.keys)):
            record = reader.read(index[key])
            mark_changes(record["findings"], baseline, seen)
            for name in ("claims", "findings", "articles"):
                writers[name].add(record[name])
            errors.extend(record["errors"])
            stats.add(record)
        resolved = resolved_rows(baseline, seen) if baseline is not None else []
        writers["findings"].add(resolved)
        stats.add_resolved(resolved)
    finally:
        reader.close()
        for writer in writers.values():
            writer.close()
    errors.sort(key=lambda e: e["id"])
    write_errors(out, errors)
    stats.errors = errors
    render_index(out, stats, plan)
    return stats.counts(len(plan.keys), len(errors))


def write_errors(out: Path, errors: list[dict[str, str]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, ERROR_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(errors)
    atomic_write_text(out / "errors.csv", buffer.getvalue())


@dataclass
class AuditStats:
    """Running totals for the index and audit.json, kept small while the tables stream by."""

    articles: list[dict[str, Any]] = field(default_factory=list)
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

    def add(self, record: dict[str, Any]) -> None:
        self.totals["claims"] += len(record["claims"])
        self.totals["findings"] += len(record["findings"])
        self.totals["events"] += int(record["unit"].startswith("event:") and bool(record["articles"]))
        for claim in record["claims"]:
            self.by_category[claim["category"]] += 1
            self.failed_by_category[claim["category"]] += int(claim["failed"])
        for f in record["findings"]:
            self._add_finding(f)
        for a in record["articles"]:
            self._add_article(a)

    def _add_finding(self, f: dict[str, Any]) -> None:
        self.totals["checks"] += int(f["status"] != "skip")
        if f["status"] == "fail":
            self.totals["failed"] += 1
            self.totals[f"failed_{f['severity']}"] += 1
            self.by_rule[f["rule"]] += 1
        if f["change"]:
            self.totals[f["change"]] += 1
            if f["change"] == "new" and len(self.changes) < INDEX_LIST_LIMIT:
                self.changes.append(f)

    def _add_article(self, a: dict[str, Any]) -> None:
        outlet, day, failing = a["source"] or "(unknown)", (a["date"] or "(undated)")[:10], a["failed"] > 0
        self.by_outlet[outlet] += 1
        self.by_day[day] += 1
        self.failed_by_outlet[outlet] += int(failing)
        self.failed_by_day[day] += int(failing)
        self.totals["failed_articles"] += int(failing)
        keep = ("article_id", "title", "source", "date", "event", "claims", "failed", "failed_error",
                "failed_warning", "failed_info", "page")
        self.articles.append({k: a[k] for k in keep})

    def add_resolved(self, rows: list[dict[str, Any]]) -> None:
        self.totals["resolved"] += len(rows)
        self.changes.extend(rows[:INDEX_LIST_LIMIT])

    def counts(self, units: int, errors: int) -> dict[str, int]:
        keys = ("claims", "findings", "checks", "failed", "failed_error", "failed_warning", "failed_info",
                "failed_articles", "events", "new", "persisting", "resolved")
        return {"articles": len(self.articles), "units": units, "errors": errors,
                **{k: int(self.totals[k]) for k in keys}}


def ordered_articles(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Failing articles first (most errors, then warnings, then info), then by id."""
    return sorted(articles, key=lambda a: (a["failed"] == 0, -a["failed_error"], -a["failed_warning"],
                                           -a["failed_info"], a["article_id"]))


def render_index(out: Path, stats: AuditStats, plan: Plan) -> None:
    from checker.report_audit import AuditIndex, render_audit_index

    articles = ordered_articles(stats.articles)
    failing = [a for a in articles if a["failed"]]
    passing = [a for a in articles if not a["failed"]]
    context = AuditIndex(
        counts=stats.counts(len(plan.keys), len(stats.errors)),
        failing=failing, passing=passing[:INDEX_PASSING_LIMIT],
        passing_hidden=max(0, len(passing) - INDEX_PASSING_LIMIT),
        by_rule=stats.by_rule.most_common(),
        by_category=[(k, v, stats.failed_by_category[k]) for k, v in stats.by_category.most_common()],
        by_outlet=[(k, v, stats.failed_by_outlet[k]) for k, v in stats.by_outlet.most_common()],
        by_day=[(k, stats.by_day[k], stats.failed_by_day[k]) for k in sorted(stats.by_day)],
        changes=stats.changes, errors=stats.errors[:INDEX_LIST_LIMIT],
        errors_hidden=max(0, len(stats.errors) - INDEX_LIST_LIMIT),
    )
    atomic_write_text(out / "index.html", render_audit_index(context))


# --------------------------------------------------------------------------- run metadata


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def write_metadata(out: Path, options: AuditOptions, counts: dict[str, int], started: str,
                   workers: int, scheduler: str) -> None:
    from checker import __version__

    meta = {
        "version": __version__, "started": started, "finished": _now(),
        "inputs": list(options.inputs), "out": str(out), "counts": counts,
        "rules": [{"id": r.id, "kind": r.kind, "severity": r.severity} for r in options.rules],
        "workers": workers, "scheduler": scheduler, "chunk_size": options.chunk_size,
        "resume": options.resume, "baseline": str(options.baseline) if options.baseline else None,
        "fail_on": options.fail_on,
    }
    atomic_write_text(out / "audit.json", json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
