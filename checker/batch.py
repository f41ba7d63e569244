"""Batch audits: thousands of articles -> report pages, Parquet/CSV tables and an audit index.

The pipeline streams:

    inputs (lazy) -> units (articles, or events) -> chunks -> workers -> journal (+ pages)
                                                                           |
                          tables, errors.csv, index.html, audit.json  <- journal

Workers run in-process (`workers=1`), in a local process pool, or on a Dask cluster
(`scheduler=ADDRESS`). Every finished chunk is journaled durably — by the local workers
themselves, or by the main process for Dask — so a killed run resumed with `resume=True` loses
and repeats nothing; the final tables are built from the journal, in unit id order, so every
way of running gives the same tables.

The main process shares the CPUs with the local workers, so it does as little per article as
it can: it reads the inputs and hands out chunks, and workers check, render, write pages and
journal. Building the tables at the end reads the journal without pandas (checker.batch_tables).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import multiprocessing
import os
import socket
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from checker import batch_journal as journal
from checker import events
from checker.batch_inputs import InputFailure, discover, estimate_articles, read_inputs
from checker.batch_tables import ARTICLES, CLAIMS, FINDINGS, TABLES, Row, TableWriter, rows_of
from checker.batch_work import (
    ARTICLES_DIR,
    Unit,
    articles_done,
    atomic_write_bytes,
    audit_chunk,
    close_journal,
    init_worker,
    make_unit,
    process_chunk,
    warm_up,
    write_pages,
)
from checker.errors import CheckerError
from checker.model import Document

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
INDEX_PASSING_LIMIT = 2000  # passing articles listed in index.html; all are in articles.csv
INDEX_LIST_LIMIT = 300  # new / resolved findings and errors listed in index.html
# modules a forkserver loads once, so its workers start with the checker imported
PRELOAD = ["checker.batch_work", "checker.api", "checker.report"]

Progress = Callable[[int, int], None]  # (articles done, articles expected)
Runner = Callable[[Iterator[list[Unit]]], Iterator[int]]  # chunks in, articles done per chunk out
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


def run_in_process(rules: Any, out: Path) -> Runner:
    def run(chunks: Iterator[list[Unit]]) -> Iterator[int]:
        try:
            for chunk in chunks:
                yield audit_chunk(chunk, str(out), rules)
        finally:
            close_journal(str(out))

    return run


def pool_context() -> multiprocessing.context.BaseContext:
    """How local workers start: forked from this process when that is safe, so they begin with
    the checker imported and the rules loaded, at no CPU cost; otherwise from a forkserver that
    imports the checker once.

    Forking is safe on Linux from a process with a single thread (the command line); a process
    with other threads (a test runner, a Dask client, a web server) might fork while one of them
    holds a lock, so it gets the forkserver.
    """
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def start_pool(rules: Any, workers: int) -> ProcessPoolExecutor:
    """A local pool, started now and warming up while the main process lists its inputs."""
    pool = ProcessPoolExecutor(workers, mp_context=pool_context(), initializer=init_worker,
                               initargs=(rules,))
    for _ in range(workers):
        pool.submit(warm_up)
    return pool


def run_pool(pool: ProcessPoolExecutor, window: int, out: Path) -> Runner:
    """At most `window` chunks out at a time; the workers write the pages and journal."""

    def run(chunks: Iterator[list[Unit]]) -> Iterator[int]:
        pending: set[Future[int]] = set()
        try:
            for chunk in chunks:
                pending.add(pool.submit(audit_chunk, chunk, str(out)))
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


def run_dask(client: Any, rules: Any, window: int, out: Path) -> Runner:
    """The same chunks on a Dask cluster: rules broadcast once, `as_completed` over a window.

    Dask workers may not see the output folder: they return the records, and this process
    writes the pages and journals them."""
    from dask.distributed import as_completed

    def run(chunks: Iterator[list[Unit]]) -> Iterator[int]:
        log = journal.Journal(out)
        try:
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
                write_pages(records, out / ARTICLES_DIR)
                log.append(records)
                yield articles_done(records)
        finally:
            log.close()

    return run


# --------------------------------------------------------------------------- the audit


def run_audit(options: AuditOptions, progress: Progress | None = None) -> AuditResult:
    """Run a whole audit into `options.out`; see the module docstring."""
    started = _now()
    out = prepare_out(options.out, options.resume)
    paths = discover(options.inputs)
    if options.baseline:
        baseline_file(options.baseline)
    with _runner(options) as (runner, workers, scheduler):  # local workers start here
        done = journal.scan(out) if options.resume else {}
        plan = Plan()
        # the progress bar's total; counting JSON-lines records reads those files twice
        tracker = _Tracker(estimate_articles(paths) if progress else len(paths), progress)
        units = _skip_done(plan_units(read_inputs(paths), plan, options.group_window), done, tracker)
        for n in runner(chunked(units, options.chunk_size)):
            tracker.add(n)
    journal.sync(out)
    tracker.add(len(plan.errors))
    baseline = load_baseline(options.baseline) if options.baseline else None
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
            yield (run_dask(client, options.rules, max(window, workers * 3), options.out),
                   workers, options.scheduler)
        finally:
            client.close()
    elif options.workers > 1:
        with start_pool(options.rules, options.workers) as pool:
            yield run_pool(pool, window, options.out), options.workers, "local-processes"
    else:
        yield run_in_process(options.rules, options.out), 1, "in-process"


def _skip_done(units: Iterable[Unit], done: dict[journal.Key, journal.Entry],
               tracker: _Tracker) -> Iterator[Unit]:
    for unit in units:
        if (unit.id, unit.hash) in done:
            tracker.skip(unit.size)
        else:
            yield unit


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


# --------------------------------------------------------------------------- baseline


_STATUS, _KEY, _CHANGE, _UNIT = (FINDINGS.index[c] for c in ("status", "key", "change", "unit_id"))


def baseline_file(folder: Path) -> Path:
    path = folder / "findings.parquet"
    if not path.is_file():
        raise CheckerError(f"{folder}: not an audit folder (no findings.parquet) for --baseline")
    return path


def load_baseline(folder: Path) -> dict[str, Row]:
    """Last run's failed findings (not those it already called resolved), by finding key."""
    import pyarrow.parquet as pq

    table = pq.read_table(baseline_file(folder))
    missing = [None] * table.num_rows
    columns = [table.column(n).to_pylist() if n in table.column_names else missing for n in FINDINGS.names]
    return {row[_KEY]: row for row in map(list, zip(*columns, strict=True))
            if row[_STATUS] == "fail" and row[_CHANGE] != "resolved"}


def mark_changes(rows: list[Row], baseline: dict[str, Row] | None, seen: set[str]) -> None:
    """`new` or `persisting` for every failed finding, when there is a baseline."""
    if baseline is None:
        return
    for row in rows:
        if row[_STATUS] == "fail":
            row[_CHANGE] = "persisting" if row[_KEY] in baseline else "new"
            seen.add(row[_KEY])


def resolved_rows(baseline: dict[str, Row], seen: set[str]) -> list[Row]:
    """Last run's failures that no longer fail: kept as rows, with change = resolved."""
    rows = [[*row[:_CHANGE], "resolved", *row[_CHANGE + 1:]] for key, row in baseline.items()
            if key not in seen]
    return sorted(rows, key=lambda r: (r[_UNIT] or "", r[_KEY]))


# --------------------------------------------------------------------------- building outputs


def build_outputs(out: Path, plan: Plan, baseline: dict[str, Row] | None) -> dict[str, int]:
    """Tables, errors.csv and index.html from the journal, reading one unit at a time."""
    index = journal.scan(out)
    writers = {t.name: TableWriter(out, t) for t in TABLES}
    stats = AuditStats()
    errors: list[dict[str, str]] = [{"id": e.id, "path": e.path, "reason": e.reason} for e in plan.errors]
    seen: set[str] = set()
    reader = journal.Reader()
    try:
        for key in sorted(set(plan.keys)):
            record = reader.read(index[key])
            rows = {t.name: rows_of(t, record[t.name]) for t in TABLES}
            mark_changes(rows["findings"], baseline, seen)
            for name, writer in writers.items():
                writer.add(rows[name])
            errors.extend(record["errors"])
            stats.add(record["unit"], rows["claims"], rows["findings"], rows["articles"])
        resolved = resolved_rows(baseline, seen) if baseline is not None else []
        writers["findings"].add(resolved)
        stats.add_resolved(resolved)
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
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

    def add(self, unit: str, claims: list[Row], findings: list[Row], articles: list[Row]) -> None:
        self.totals["claims"] += len(claims)
        self.totals["findings"] += len(findings)
        self.totals["events"] += int(unit.startswith("event:") and bool(articles))
        category, failed = CLAIMS.index["category"], CLAIMS.index["failed"]
        for claim in claims:
            self.by_category[claim[category]] += 1
            self.failed_by_category[claim[category]] += int(claim[failed])
        for f in findings:
            self._add_finding(f)
        for a in articles:
            self._add_article(ARTICLES.as_dict(a))

    def _add_finding(self, row: Row) -> None:
        status, change = row[_STATUS], row[_CHANGE]
        self.totals["checks"] += int(status != "skip")
        if status == "fail":
            f = FINDINGS.as_dict(row)
            self.totals["failed"] += 1
            self.totals[f"failed_{f['severity']}"] += 1
            self.by_rule[f["rule"]] += 1
        if change:
            self.totals[change] += 1
            if change == "new" and len(self.changes) < INDEX_LIST_LIMIT:
                self.changes.append(FINDINGS.as_dict(row))

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

    def add_resolved(self, rows: list[Row]) -> None:
        self.totals["resolved"] += len(rows)
        self.changes.extend(FINDINGS.as_dict(r) for r in rows[:INDEX_LIST_LIMIT])

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
