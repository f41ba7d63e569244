"""`check serve`: the CMS preview service (checker/service.py) in uvicorn."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import click

from checker.cli import friendly_errors
from checker.cli.serve_workers import serve as run_workers


class Size(click.ParamType):
    """5MB, 512KB or a number of bytes."""

    name = "size"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        from checker.service import parse_size

        if isinstance(value, int):
            return value
        try:
            return parse_size(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


def settings_env(rule_paths: tuple[Path, ...], disable: tuple[str, ...], max_body: int, timeout: float,
                 cors: tuple[str, ...], token: str | None, cache_size: int) -> dict[str, str]:
    """The CHECKER_* variables `checker.service:app_from_env` reads in every worker."""
    from checker import service as s

    env = {s.ENV_RULES: os.pathsep.join(str(p.resolve()) for p in rule_paths),
           s.ENV_DISABLE: ",".join(disable), s.ENV_MAX_BODY: str(max_body),
           s.ENV_TIMEOUT: repr(timeout), s.ENV_CACHE: str(cache_size)}
    if cors:
        env[s.ENV_CORS] = ",".join(cors)
    if token:
        env[s.ENV_TOKEN] = token
    return env


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes.")
@click.option("--max-body", default="5MB", show_default=True, type=Size(),
              help="Largest request body (413 above it).")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Seconds one check may take (504 above it).")
@click.option("--cors", multiple=True, metavar="ORIGIN", envvar="CHECKER_CORS_ORIGINS",
              help="An origin allowed to call the API from a browser; repeatable "
                   "[env CHECKER_CORS_ORIGINS, space-separated].")
@click.option("--token", envvar="CHECKER_TOKEN", default=None, show_envvar=True,
              help="Require `Authorization: Bearer TOKEN` on /v1/*; prefer the variable to the flag.")
@click.option("--rules", "rule_paths", multiple=True, type=click.Path(path_type=Path),
              help="Add a rule pack (folder or YAML file); repeatable.")
@click.option("--disable", multiple=True, metavar="RULE", help="Turn off a rule by id; repeatable.")
@click.option("--cache", "cache_size", default=256, show_default=True, type=click.IntRange(0),
              help="Rendered reports kept for repeated identical requests (0: none).")
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
@friendly_errors
def serve(host: str, port: int, workers: int, max_body: int, timeout: float, cors: tuple[str, ...],
          token: str | None, rule_paths: tuple[Path, ...], disable: tuple[str, ...], cache_size: int,
          log_level: str) -> None:
    """Serve the report over HTTP: POST /v1/check returns the JSON contract or the HTML fragment."""
    from checker.service import ruleset_from_env

    cors = tuple(o for item in cors for o in item.replace(",", " ").split())
    env = settings_env(rule_paths, disable, max_body, timeout, cors, token, cache_size)
    os.environ.update(env)
    ruleset_from_env(os.environ)  # a wrong rule pack is one line and exit 2, before listening
    click.echo(f"check serve: http://{host}:{port}/ ({workers} worker{'s' if workers > 1 else ''})",
               err=True)
    run_workers(host, port, workers, log_level)
