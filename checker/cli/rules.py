"""`check rules ...`: list, document and test rule packs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from checker.config import load_config
from checker.errors import CheckerError
from checker.paths import DEFAULT_PACK
from checker.rules import RuleSet, load_rules
from checker.rules.doc import render_reference
from checker.testing import CaseResult, run_pack

F = TypeVar("F", bound=Callable[..., Any])


def _one_line_errors(func: F) -> F:
    """A rule or configuration problem is one line on stderr and exit code 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except CheckerError as exc:
            click.echo(f"error: {exc}", err=True)
            raise SystemExit(2) from None

    return wrapper  # type: ignore[return-value]


@click.group()
def rules() -> None:
    """List, document and test rule packs."""


@rules.command("list")
@click.option("--rules", "packs", multiple=True, type=click.Path(path_type=Path),
              help="A rule pack folder or rule file, in addition to the default pack.")
@click.option("--no-default", is_flag=True, help="Leave out the default pack.")
@_one_line_errors
def list_rules(packs: tuple[Path, ...], no_default: bool) -> None:
    """Every rule: id, kind, severity and what it checks."""
    ruleset = load_config(Path.cwd()).ruleset(packs, include_default=not no_default)
    for line in rule_table(ruleset):
        click.echo(line)


def rule_table(ruleset: RuleSet) -> list[str]:
    """An aligned table of the rules, one per line."""
    rows = [("ID", "KIND", "SEVERITY", "DESCRIPTION")]
    rows += [(r.id, r.kind, r.severity, " ".join(r.description.split())) for r in ruleset]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    return [f"{a:<{widths[0]}}  {b:<{widths[1]}}  {c:<{widths[2]}}  {d}".rstrip()
            for a, b, c, d in rows]


@rules.command("doc")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the reference to this file (docs/rules.md) instead of printing it.")
@_one_line_errors
def doc(output: Path | None) -> None:
    """The rule reference in Markdown, generated from the kinds and the default pack."""
    text = render_reference(load_rules())
    if output is None:
        click.echo(text, nl=False)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    click.echo(f"wrote {output}")


@rules.command("test")
@click.argument("pack", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--cases", "cases_dir", type=click.Path(file_okay=False, path_type=Path),
              help="The folder of case files (default: the pack's cases/ folder).")
@click.option("-k", "select", help="Run only cases whose id contains this text.")
@_one_line_errors
def test(pack: Path | None, cases_dir: Path | None, select: str | None) -> None:
    """Run a pack's rule cases (default: the default pack); exit 1 if any case fails."""
    results = run_pack(pack or DEFAULT_PACK, cases_dir)
    if select:
        results = [r for r in results if select in r.case.id]
    for line in result_lines(results):
        click.echo(line)
    if any(not r.ok for r in results):
        raise SystemExit(1)


def result_lines(results: Sequence[CaseResult]) -> list[str]:
    marks = {"ok": "PASS", "failed": "FAIL", "skipped": "SKIP"}
    lines = []
    for r in results:
        lines.append(f"{marks[r.outcome]}  {r.case.id}")
        if r.detail:
            lines.append(f"      {r.case.path}:{r.case.line}: {r.detail}")
    counts = {o: sum(r.outcome == o for r in results) for o in marks}
    lines.append(f"{len(results)} cases: {counts['ok']} passed, {counts['failed']} failed, "
                 f"{counts['skipped']} skipped")
    return lines
