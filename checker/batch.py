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
journal. Building the outputs at the end (checker.batch_outputs) leaves the per-value work to
pyarrow's C++ and to the CSV text the workers rendered.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import socket
import sys
import threading
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
from checker.batch_outputs import atomic_write_text, baseline_file, build_outputs, load_baseline, preload
from checker.batch_work import (
    ARTICLES_DIR,
    Unit,
    articles_done,
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
# modules a forkserver loads once, so its workers start with the checker imported
PRELOAD = ["checker.batch_work", "checker.api", "checker.report"]

Progress = Callable[[int, int], None]  # (articles done, articles expected)
Runner = Callable[[Iterator[list[Unit]]], Iterator[int]]  # chunks in, articles done per chunk out


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
    # the held groups are the last work of the run: largest first, so that the run does not end
    # with one worker checking a big event while the others wait (the tables are sorted anyway)
    groups = sorted(group_events(held, window_days), key=len, reverse=True)
    yield from _planned(groups, plan)


def _planned(groups: list[list[Document]], plan: Plan) -> Iterator[Unit]:
    for group in groups:
        unit = make_unit(group)
        plan.keys.append((unit.id, unit.hash))
        plan.sizes[unit.id] = unit.size
        yield unit


def chunked(units: Iterable[Unit], size: int) -> Iterator[list[Unit]]:
    """Chunks of about `size` articles (a larger unit goes alone): the held event units come
    last, and chunks of 16 of them would leave one worker busy long after the others are done."""
    chunk: list[Unit] = []
    articles = 0
    for unit in units:
        if chunk and articles + unit.size > size:
            yield chunk
            chunk, articles = [], 0
        chunk.append(unit)
        articles += unit.size
    if chunk:
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
    if options.baseline:
        baseline_file(options.baseline)
    with _runner(options) as (runner, workers, scheduler):  # local workers start here
        preloading = _preload_outputs() if scheduler != "in-process" else None
        paths = discover(options.inputs)
        done = journal.scan(out) if options.resume else {}
        plan = Plan()
        # the progress bar's total; counting JSON-lines records reads those files twice
        tracker = _Tracker(estimate_articles(paths) if progress else len(paths), progress)
        units = _skip_done(plan_units(read_inputs(paths), plan, options.group_window), done, tracker)
        for n in runner(chunked(units, options.chunk_size)):
            tracker.add(n)
    journal.sync(out)
    if preloading is not None:
        preloading.join()
    tracker.add(len(plan.errors))
    baseline = load_baseline(options.baseline) if options.baseline else None
    counts = build_outputs(out, plan.keys, plan.errors, baseline)
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


def _preload_outputs() -> threading.Thread:
    """Started after the workers: a process must not fork while it runs other threads."""
    thread = threading.Thread(target=preload, name="preload-outputs", daemon=True)
    thread.start()
    return thread


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
