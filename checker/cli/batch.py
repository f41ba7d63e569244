"""`check batch INPUT... --out DIR`: audit many articles; registered by checker.cli._register()."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from checker.cli import FAIL_ON, friendly_errors


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Folder for index.html, report pages, tables and audit.json.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Local worker processes [default: CPU count]; 1 runs in this process.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Run on an existing Dask cluster (e.g. tcp://10.0.0.5:8786) instead of locally.")
@click.option("--baseline", type=click.Path(path_type=Path, file_okay=False, exists=True),
              help="An earlier audit folder: mark failed findings new, persisting or resolved.")
@click.option("--resume", is_flag=True, help="Skip articles already done by an interrupted run.")
@click.option("--rules", "rule_paths", multiple=True, type=click.Path(path_type=Path),
              help="Add a rule pack (folder or YAML file); repeatable.")
@click.option("--disable", multiple=True, metavar="RULE", help="Turn off a rule by id; repeatable.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Lowest severity of a failed check that makes the exit code 1 [default: error].")
@click.option("--group-window", type=click.IntRange(min=0), default=None, metavar="DAYS",
              help="Also group articles without an `event` key: published within DAYS of each "
                   "other and naming a shared place (holds every article in memory).")
@click.option("--chunk-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="Articles per task sent to a worker.")
@friendly_errors
def batch(inputs: tuple[str, ...], out: Path, workers: int | None, scheduler: str | None,
          baseline: Path | None, resume: bool, rule_paths: tuple[Path, ...], disable: tuple[str, ...],
          fail_on: str | None, group_window: int | None, chunk_size: int) -> None:
    """Audit many articles: files, folders (searched recursively) or globs of .txt, .md, .html,
    CMS JSON and JSON-lines exports. Articles sharing an `event` key are checked together.

    \b
    check batch exports/2025-w18/ --out audits/2025-w18
    check batch 'exports/**/*.jsonl' --out audits/w19 --baseline audits/2025-w18
    check batch exports/ --out audits/w19 --resume          after an interruption
    check batch exports/ --out audits/w19 --scheduler tcp://dask-scheduler:8786
    """
    from checker.batch import AuditOptions, run_audit
    from checker.config import load_config

    config = load_config(Path.cwd())
    ruleset = config.ruleset(rule_paths)
    if disable:
        ruleset = ruleset.only(*(r for r in ruleset.ids if r not in set(disable)))
    options = AuditOptions(
        inputs=inputs, out=out, rules=ruleset, workers=workers or os.cpu_count() or 1,
        scheduler=scheduler, baseline=baseline, resume=resume, chunk_size=chunk_size,
        fail_on=fail_on or config.fail_on or "error", group_window=group_window,
    )
    with progress_reporter() as progress:
        result = run_audit(options, progress)
    click.echo(f"check batch: {result.summary_line()}", err=True)
    sys.exit(result.exit_code)


@contextmanager
def progress_reporter() -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar with ETA on a terminal; nothing in a pipe or a log."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("auditing"), BarColumn(), MofNCompleteColumn(), TextColumn("ETA"),
               TimeRemainingColumn())
    # no refresh thread: the bar is redrawn on each update, so the audit may fork its workers
    # from a process with a single thread (see checker.batch.pool_context)
    with Progress(*columns, console=Console(stderr=True), transient=True, auto_refresh=False) as bar:
        task = bar.add_task("audit", total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, refresh=True)

        yield update
