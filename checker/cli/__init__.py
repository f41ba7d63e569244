"""The `check` command: the only place that parses arguments and prints."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click
from click_default_group import DefaultGroup

from checker.errors import CheckerError

F = TypeVar("F", bound=Callable[..., Any])
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
FAIL_ON = ("error", "warning", "info", "never")


def fail(message: str) -> None:
    """One clear line on stderr and exit code 2: the input or the rules could not be used."""
    click.echo(f"check: {message}", err=True)
    sys.exit(2)


def friendly_errors(func: F) -> F:
    """Turn every error into one line and exit code 2; never show a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except CheckerError as exc:
            fail(str(exc))
        except MemoryError:
            fail("out of memory: the input is too large")
        except KeyboardInterrupt:
            click.echo("check: interrupted", err=True)
            sys.exit(130)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:  # a bug: still one line, the traceback on request
            if os.environ.get("CHECKER_DEBUG"):
                raise
            fail(f"internal error: {type(exc).__name__}: {exc} (set CHECKER_DEBUG=1 for details)")
        return None

    return wrapper  # type: ignore[return-value]


def exit_code(findings: Sequence[Any], fail_on: str) -> int:
    if fail_on == "never":
        return 0
    limit = SEVERITY_RANK[fail_on]
    return int(any(f.status == "fail" and SEVERITY_RANK[f.severity] <= limit for f in findings))


@click.group(cls=DefaultGroup, default="run", default_if_no_args=False,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="numeric-claim-checker", prog_name="check")
def main() -> None:
    """Check the figures of news articles: every number, what it counts, and where two disagree.

    \b
    check article.txt                 terminal summary
    check article.txt --format json   the JSON contract
    check draft.txt wire1.txt         several reports of one event, compared
    check rules list                  the rules in force
    """


@main.command("run")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["auto", "text", "json", "html", "fragment", "csv"]),
              default="auto", show_default=True,
              help="Output format; auto is a colour summary on a terminal, plain text in a pipe.")
@click.option("--html", "html_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Also write the full HTML report to this file.")
@click.option("--rules", "rule_paths", multiple=True, type=click.Path(path_type=Path),
              help="Add a rule pack (folder or YAML file); repeatable.")
@click.option("--disable", multiple=True, metavar="RULE", help="Turn off a rule by id; repeatable.")
@click.option("--against", "against", type=click.Path(path_type=Path, dir_okay=False),
              help="A CSV table of official figures to compare with.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Lowest severity of a failed check that makes the exit code 1 [default: error].")
@click.option("--quiet", "-q", is_flag=True, help="Show failed checks only.")
@click.option("--verbose", "-v", is_flag=True, help="List every skipped check with its reason.")
@click.option("--templates", type=click.Path(path_type=Path, file_okay=False),
              help="A folder of Jinja templates searched before the built-in ones.")
@friendly_errors
def run(files: tuple[Path, ...], fmt: str, html_path: Path | None, rule_paths: tuple[Path, ...],
        disable: tuple[str, ...], against: Path | None, fail_on: str | None, quiet: bool,
        verbose: bool, templates: Path | None) -> None:
    """Check one article, or several reports of one event compared with each other."""
    from checker.api import check
    from checker.config import load_config
    from checker.report import FORMATS, render_html

    config = load_config(Path.cwd())
    if disable:
        config = replace(config, disable=(*config.disable, *disable))
    ruleset = config.ruleset(rule_paths)
    reference = _load_reference(against)
    report = check(list(files), rules=ruleset, reference=reference)
    if html_path:
        _write(html_path, render_html(report, templates))
    if fmt == "auto":
        if sys.stdout.isatty():
            from checker.cli.terminal import print_report

            print_report(report, quiet=quiet, verbose=verbose)
        else:
            click.echo(FORMATS["text"](report, quiet=quiet, verbose=verbose), nl=False)
    elif fmt == "text":
        click.echo(FORMATS["text"](report, quiet=quiet, verbose=verbose), nl=False)
    elif fmt in ("html", "fragment"):
        click.echo(FORMATS[fmt](report, templates), nl=False)
    else:
        click.echo(FORMATS[fmt](report), nl=False)
    sys.exit(exit_code(report.findings, fail_on or config.fail_on or "error"))


def _load_reference(path: Path | None) -> tuple[Any, ...]:
    if path is None:
        return ()
    from checker.reference import load_reference

    return tuple(load_reference(path))


def _write(path: Path, text: str) -> None:
    """Write atomically, so a reader never sees half a report."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise CheckerError(f"{path}: cannot write ({exc.strerror or exc})") from None


def _register() -> None:
    """Subcommands live in their own modules; a missing one must not break `check FILE`."""
    import importlib

    for module, name in (("checker.cli.rules", "rules"), ("checker.cli.batch", "batch"),
                         ("checker.cli.serve", "serve")):
        try:
            command = getattr(importlib.import_module(module), name)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        main.add_command(command)


_register()
