"""Regexes behind a cheap test that lets them go when their window cannot hold a match.

A regex that opens with `\\b` and an alternation, or is anchored at its end (`\\s+$`), is tried at
every position of its window; a `str.find` or `str.endswith` on the lower-cased window is far
cheaper.  The test only ever lets a window go that the regex would not match in, so `search`
returns exactly what the regex's own `search` returns.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

# Letters that IGNORECASE matches to an ASCII letter but `str.lower` does not map to it: "ſ"
# matches "s", "ı" matches "i", and "İ" lower-cases to two characters.  ("K", the Kelvin sign,
# lower-cases to "k".)  A window with one of them always runs the regex.
_ODD_FOLDS = ("\u017f", "\u0131", "\u0130")


def _has_odd_fold(window: str) -> bool:
    return not window.isascii() and any(ch in window for ch in _ODD_FOLDS)


class EndsWith:
    """An end-anchored regex whose every match ends with one of `words`, then only whitespace:
    a window that, right-stripped and lower-cased, ends with none of them is let go.

    `words` are lower-case, each at most 32 characters long.
    """

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        assert all(w == w.lower() and len(w) <= 32 for w in words)
        self.pattern = pattern
        self.words = words

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pos, endpos = max(pos, 0), max(endpos, 0)  # as re reads them, not as slicing does
        tail = text[pos:endpos].rstrip()[-32:]
        if not tail.lower().endswith(self.words) and not _has_odd_fold(tail):
            return None
        return self.pattern.search(text, pos, endpos)


class Contains:
    """A regex whose every match holds one of `words`: a window that, lower-cased, holds none of
    them is let go.  `words` are lower-case."""

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        assert all(w == w.lower() for w in words)
        self.pattern = pattern
        self.words = words

    def may_match(self, text: str, pos: int, endpos: int) -> bool:
        """Whether text[pos:endpos] holds one of the words (or a letter that folds oddly)."""
        window = text[max(pos, 0):max(endpos, 0)]
        low = window.lower()
        for word in self.words:  # a loop, not any(): this runs for most sentences
            if word in low:
                return True
        return _has_odd_fold(window)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if self.may_match(text, pos, endpos) else iter(())

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self.may_match(text, pos, endpos) else None


def positions_folded(text: str, words: tuple[str, ...], pattern: re.Pattern[str]) -> tuple[int, ...]:
    """Where `pattern` (the case-insensitive alternation of `words`, lower-case, none inside
    another) matches in `text`, found with `str.find` on the lower-cased text: the same starts
    as `pattern.finditer`, at a fraction of the cost of trying the pattern at every position.
    A text with a letter that case-folds unlike `str.lower` is left to the pattern."""
    if _has_odd_fold(text):
        return tuple(m.start() for m in pattern.finditer(text))
    low = text.lower()
    found: list[int] = []
    for word in words:
        at = low.find(word)
        while at >= 0:
            found.append(at)
            at = low.find(word, at + len(word))
    return tuple(sorted(found))
