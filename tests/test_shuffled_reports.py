"""Real reporting, recombined: sentences and paragraphs of the labelled sets in new orders and
company. The reading passes hand claims to one another; no order of real sentences may make one
of them fail (a blind set once did, in a sentence no synthetic text had), and every claim must
still slice back to its text."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import checker

HERE = Path(__file__).resolve().parent
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])")


@cache
def _paragraphs() -> tuple[str, ...]:
    found: list[str] = []
    for path in sorted(HERE.glob("heldout*/*.txt")) + sorted(HERE.glob("events*/*/*.txt")):
        body = path.read_text(encoding="utf-8").split("\n\n", 1)[-1]
        found += [p.strip() for p in body.split("\n\n") if p.strip()]
    return tuple(found)


@cache
def _sentences() -> tuple[str, ...]:
    return tuple(s for p in _paragraphs() for s in _SENTENCE_BREAK.split(p) if len(s) > 20)


_documents = st.one_of(
    st.lists(st.sampled_from(_sentences()), min_size=2, max_size=8).map(" ".join),
    st.lists(st.sampled_from(_paragraphs()), min_size=2, max_size=4).map("\n\n".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_documents)
def test_recombined_reports_are_read_whole(body: str) -> None:
    text = "date 2025-06-01\nsource Recombined\n\n" + body
    report = checker.check([text])
    for claim in report.claims:
        assert text[claim.start:claim.end] == claim.text
