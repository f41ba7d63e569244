"""A table of official figures (`--against figures.csv`) -> ReferenceFigure rows."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from checker.documents import decode, read_bytes
from checker.errors import InputError
from checker.model import QUALIFIERS, ReferenceFigure

COLUMNS = ("date", "place", "category", "value", "low", "high", "qualifier", "source", "url", "event")
REQUIRED = ("category",)


def _number(raw: str | None, where: str) -> float | None:
    raw = (raw or "").strip().replace(",", "")
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        raise InputError(f"{where}: {raw!r} is not a number") from None


def _row(n: int, row: dict[str, str], name: str) -> ReferenceFigure:
    where = f"{name}:{n}"
    category = (row.get("category") or "").strip()
    if not category:
        raise InputError(f"{where}: the row has no category")
    value = _number(row.get("value"), where)
    low = _number(row.get("low"), where)
    high = _number(row.get("high"), where)
    qualifier = (row.get("qualifier") or "").strip() or ("exact" if value is not None else "range")
    if qualifier not in QUALIFIERS:
        raise InputError(f"{where}: unknown qualifier {qualifier!r} (one of {', '.join(QUALIFIERS)})")
    if value is None and low is None and high is None:
        raise InputError(f"{where}: give a value, or low and high")
    if value is not None and low is None and high is None:
        low, high = _interval(value, qualifier)
    return ReferenceFigure(
        id=f"ref{n - 1}", date=(row.get("date") or "").strip() or None,
        place=(row.get("place") or "").strip() or None, category=category,
        low=low, high=high, value=value, qualifier=qualifier,
        source=(row.get("source") or "").strip() or None, url=(row.get("url") or "").strip() or None,
        event=(row.get("event") or "").strip() or None,
    )


def _interval(value: float, qualifier: str) -> tuple[float | None, float | None]:
    """The interval a reference figure stands for, per the qualifier table of DESIGN.md."""
    return {
        "at_least": (value, None),
        "more_than": (value + 1, None),
        "approx": (value * 0.9, value * 1.1),
        "nearly": (value * 0.9, value),
        "up_to": (0.0, value),
        "less_than": (0.0, value - 1),
    }.get(qualifier, (value, value))


def parse_reference(text: str, name: str = "reference") -> list[ReferenceFigure]:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in header]
    if missing or not ({"value", "low", "high"} & set(header)):
        raise InputError(f"{name}: a reference table needs the columns category and value (or low/high);"
                         f" it has {', '.join(header) or 'none'}")
    reader.fieldnames = header
    return [_row(n, row, name) for n, row in enumerate(reader, start=2) if any((v or "").strip()
                                                                             for v in row.values())]


def load_reference(path: Path) -> list[ReferenceFigure]:
    return parse_reference(decode(read_bytes(path), str(path)), str(path))
