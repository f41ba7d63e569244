"""Helpers for tests that read one sentence or a short article: the claim at a figure, the
failed checks as (rule, severity)."""

from __future__ import annotations

import checker
from checker.model import Claim


def claim_at(text: str, figure: str) -> Claim:
    """The claim whose span overlaps the first occurrence of `figure` in `text`."""
    start = text.index(figure)
    hits = [c for c in checker.extract(text) if c.start < start + len(figure) and start < c.end]
    assert hits, f"no claim at {figure!r} in {[c.text for c in checker.extract(text)]}"
    return hits[0]


def failed(text: str) -> list[tuple[str, str]]:
    """The checks that fail on `text` checked as one article, as (rule id, severity)."""
    return [(f.rule, f.severity) for f in checker.check([text]).failed]


def claim_told(text: str, figure: str) -> Claim:
    """The claim whose text is exactly `figure` (checked as one article, so its roles are final)."""
    return next(c for c in checker.check([text]).claims if c.text == figure)


def alarms(text: str) -> list[str]:
    """The errors and warnings on `text` checked as one article, as "rule: message"."""
    return [f"{f.rule}: {f.message}" for f in checker.check([text]).failed
            if f.severity in ("error", "warning")]


def errors(text: str) -> list[str]:
    """The ids of the rules that fail as errors on `text` checked as one article."""
    return [f.rule for f in checker.check([text]).failed if f.severity == "error"]
