"""Which documents report the same event, and which reference figures apply to them.

Documents with an `event` key belong to that event. Documents without one are grouped by a
documented heuristic: published within `window_days` of each other AND sharing a place (the
dateline's place, or a place named in their first paragraph). The heuristic is deliberately
conservative: two reports left apart are only checked alone, while two unrelated reports
put together could raise false alarms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from checker.model import Document, ReferenceFigure

DEFAULT_WINDOW_DAYS = 2
_PLACE_WORD = re.compile(
    r"\b(?:in|across|near|on|of)\s+(?:the\s+)?([A-Z][a-z\u00C0-\u024F'\-]{2,}(?:\s+[A-Z][a-z]+)?)"
)


@dataclass(frozen=True, slots=True)
class EventOptions:
    window_days: int = DEFAULT_WINDOW_DAYS
    require_shared_place: bool = True


def publication_day(doc: Document) -> date | None:
    """The publication date of a document, from its `date` header (ISO date or date-time)."""
    if not doc.date:
        return None
    try:
        return datetime.fromisoformat(doc.date.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(doc.date[:10])
        except ValueError:
            return None


def sort_key(doc: Document) -> tuple[int, str, str]:
    """Order documents by publication time; undated ones last, in input order."""
    return (0, doc.date, doc.id) if doc.date else (1, "", doc.id)


def places(doc: Document) -> frozenset[str]:
    """The dateline's place and places named in the lede paragraph."""
    lede_end = doc.text.find("\n\n", doc.body_start)
    lede = doc.text[doc.body_start: lede_end if lede_end > 0 else doc.body_start + 600]
    found = {m.group(1) for m in _PLACE_WORD.finditer(lede)}
    if doc.place:
        found.add(doc.place)
    return frozenset(p.lower() for p in found)


def group_events(docs: Sequence[Document], options: EventOptions = EventOptions()) -> list[list[Document]]:
    """Documents grouped into events, each event's documents in publication order."""
    keyed: dict[str, list[Document]] = {}
    loose: list[Document] = []
    for doc in docs:
        if doc.event:
            keyed.setdefault(doc.event, []).append(doc)
        else:
            loose.append(doc)
    groups = list(keyed.values()) + _cluster(loose, options)
    ordered = [sorted(g, key=sort_key) for g in groups]
    return sorted(ordered, key=lambda g: sort_key(g[0]))


def _related(a: Document, b: Document, options: EventOptions) -> bool:
    day_a, day_b = publication_day(a), publication_day(b)
    if day_a is None or day_b is None or abs((day_a - day_b).days) > options.window_days:
        return False
    return not options.require_shared_place or bool(places(a) & places(b))


def _cluster(docs: Sequence[Document], options: EventOptions) -> list[list[Document]]:
    """Single-link clusters of related documents (union-find)."""
    parent = list(range(len(docs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            if _related(docs[i], docs[j], options):
                parent[root(j)] = root(i)
    clusters: dict[int, list[Document]] = {}
    for i, doc in enumerate(docs):
        clusters.setdefault(root(i), []).append(doc)
    return list(clusters.values())


def applicable_reference(rows: Sequence[ReferenceFigure], docs: Sequence[Document],
                         window_days: int = DEFAULT_WINDOW_DAYS) -> list[ReferenceFigure]:
    """Reference rows that speak of these documents' event.

    A row applies when it names the documents' event key, or when a document was published
    from the row's date to `window_days` later (reports of a night attack are dated the next
    day). A row with neither event nor date applies to every document.
    """
    events = {d.event for d in docs if d.event}
    days = [d for d in (publication_day(doc) for doc in docs) if d is not None]
    out = []
    for row in rows:
        if row.event:
            if row.event in events:
                out.append(row)
            continue
        if not row.date:
            out.append(row)
            continue
        try:
            row_day = date.fromisoformat(row.date[:10])
        except ValueError:
            continue
        if any(0 <= (day - row_day).days <= window_days for day in days):
            out.append(row)
    return out
