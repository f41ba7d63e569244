"""The prefilters in front of the readers' regexes never change what the regexes find.

A `Contains` lets a window go when it holds none of its words; the words are written by hand from
the regex's alternatives, so a word left out would silently lose matches. Every sentence of every
article in the test sets is run through each filtered regex both ways.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from checker import claims
from checker.documents import from_text
from checker.prefilter import Contains
from checker.segment import segment

HERE = Path(__file__).parent
FILTERED = sorted(name for name, value in vars(claims).items() if isinstance(value, Contains))


@cache
def sentences() -> tuple[tuple[str, int, int], ...]:
    """(text, start, end) of every sentence of the articles under tests/, each text once."""
    out: list[tuple[str, int, int]] = []
    for path in sorted(HERE.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if not text.strip():
            continue
        doc = from_text(text, "d1")
        out.extend((doc.text, s.start, s.end) for s in segment(doc).sentences)
    return tuple(out)


def test_the_readers_have_filtered_regexes() -> None:
    assert "_PERIOD" in FILTERED


@pytest.mark.parametrize("name", FILTERED)
def test_a_filtered_regex_finds_what_its_regex_finds(name: str) -> None:
    filtered: Contains = getattr(claims, name)
    for text, start, end in sentences():
        found = [m.span() for m in filtered.finditer(text, start, end)]
        assert found == [m.span() for m in filtered.pattern.finditer(text, start, end)], text[start:end]
