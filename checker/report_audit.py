"""The audit index page of a batch run: summary, small inline-SVG charts, articles failing first.

Jinja rendering lives in checker.report* modules only; checker.batch builds the plain data
(`AuditIndex`) and calls `render_audit_index`. The page makes no external request and runs no
script; every untrusted string (titles, outlets, messages, paths) is escaped by autoescape.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.paths import TEMPLATES_DIR

INDEX_TEMPLATE = "audit/index.html.j2"
CHART_ROWS = 15
BAR_WIDTH = 240  # px of the longest bar


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    failed: int
    width: int  # px
    failed_width: int  # px


@dataclass
class AuditIndex:
    """Everything the index page shows; rows are plain dicts from the batch tables."""

    counts: dict[str, int]
    failing: list[dict[str, Any]]
    passing: list[dict[str, Any]]
    passing_hidden: int = 0
    by_rule: list[tuple[str, int]] = field(default_factory=list)
    by_category: list[tuple[str, int, int]] = field(default_factory=list)  # (label, claims, failed)
    by_outlet: list[tuple[str, int, int]] = field(default_factory=list)  # (label, articles, failing)
    by_day: list[tuple[str, int, int]] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)  # new and resolved findings
    errors: list[dict[str, str]] = field(default_factory=list)
    errors_hidden: int = 0


def bars(rows: list[tuple[str, int, int]], limit: int = CHART_ROWS) -> list[Bar]:
    """Rows of (label, total, failed) scaled to pixel widths for a horizontal bar chart."""
    top = max((total for _, total, _ in rows), default=0) or 1
    return [Bar(label, total, failed, round(BAR_WIDTH * total / top), round(BAR_WIDTH * failed / top))
            for label, total, failed in rows[:limit]]


@functools.lru_cache(maxsize=8)
def _environment(templates: Path | None = None) -> Any:
    """One Jinja environment per template folder, so the index template compiles once."""
    import jinja2

    search = [str(templates)] if templates else []
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([*search, str(TEMPLATES_DIR)]),
        autoescape=True, trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
    )


def index_template(templates: Path | None = None) -> Any:
    """The compiled index template (a batch audit compiles it while its workers run)."""
    return _environment(templates).get_template(INDEX_TEMPLATE)


def render_audit_index(index: AuditIndex, templates: Path | None = None) -> str:
    charts = {
        "Failed findings by rule": bars([(r, n, n) for r, n in index.by_rule]),
        "Claims by category (failed in red)": bars(index.by_category),
        "Articles by outlet (failing in red)": bars(index.by_outlet),
        "Articles by day (failing in red)": bars(index.by_day, limit=60),
    }
    return index_template(templates).render(index=index, counts=index.counts, charts=charts,
                                            bar_width=BAR_WIDTH)
