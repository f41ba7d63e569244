"""Split a document's body into sentences and find its quotations, as offsets only."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.documents import dateline_end
from checker.model import Document, Sentence

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr gen lt col maj capt sgt cmdr adm gov sen rep rev hon pres no "
    "supt insp det cpl const cst brig "
    "nos vs etc inc ltd co corp dept est approx fig jan feb mar apr jun jul aug sep sept oct "
    "nov dec mon tue wed thu fri sat sun a.m p.m u.s u.k u.n e.g i.e mt ft ave blvd".split()
)
# a sentence ends at . ! ? (plus closing quotes/brackets) followed by space and a capital,
# digit or opening quote; or at a blank line
# (written to start with the set of characters a boundary can start with, which the regex
# engine skips to instead of trying both branches at every character)
_BOUNDARY = re.compile(
    r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])|(?<=\n)\s*\n|"
    # a list item on its own line: "* Launched: ...", "• 12 killed", "▪️ 9 air strikes"
    r"(?<=\n)(?=[ \t]*(?:[*\u2022\u25aa\u25e6\u2023\u2013\u2014-]|\u25aa\ufe0f)[ \t\ufe0f]))")
_QUOTE = re.compile(r"\u201c[^\u201d\n]{1,3000}\u201d|\"[^\"\n]{1,3000}\"")


@dataclass(frozen=True, slots=True)
class Segmented:
    """Sentences, paragraph number of each sentence, and quotation spans of a document."""

    sentences: tuple[Sentence, ...]
    paragraphs: tuple[int, ...]
    quotes: tuple[tuple[int, int], ...]


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at `dot` ends an abbreviation or an initial ("U.S.", "J. Smith")."""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower().rstrip(".")
    if not word:
        return False
    if word in ("a.m", "p.m"):  # "between 11 p.m. and 4 a.m. Air defence units destroyed ...": an end
        follower = _NEXT_WORD.match(text, dot + 1)
        return follower is None or follower.group(1).lower() in _DATE_WORDS
    return word in _ABBREVIATIONS or (len(word) == 1 and text[start].isupper())


_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]+)")
# after "4 a.m." a capital word that goes on the sentence: "4 a.m. Monday", "11 p.m. GMT"
# (whole words: "4 a.m. Mayor Serhiy Tkach said" starts a sentence)
_DATE_WORDS = frozenset("mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday "
                        "sunday jan feb mar apr jun jul aug sep sept oct nov dec january february march "
                        "april may june july august september october november december gmt utc bst est "
                        "edt pst cet eet loc local".split())


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end], whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group().startswith((".",)) and len(m.group()) == 1 and _is_abbreviation(text, m.start()):
            continue
        _append(text, spans, pos, m.end() if not m.group().startswith("\n") else m.start())
        pos = m.end()
    _append(text, spans, pos, end)
    return spans


def _append(text: str, spans: list[tuple[int, int]], a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append((a, b))


def _lines_are_units(text: str, start: int) -> bool:
    """Whether a line break ends what is on the line ("Key events" bullets, a live page's
    headlines: "Louisiana death toll rises to five" over its post), as in text written a paragraph
    a line; not in text hard-wrapped at a width, whose unpunctuated lines mostly go on in lower case."""
    ends = 0
    wrapped = 0
    for m in _LINE_BREAK.finditer(text, start):
        last = m.start() - 1
        while last >= start and text[last] in " \t":
            last -= 1
        if last >= start and not text[last].isspace() and text[last] not in _LINE_END_PUNCTUATION:
            ends += 1
            wrapped += m.group("next").islower()
    return ends > 0 and wrapped * 3 < ends


# a line break with text on the line after it, and the first letter of that line; a line ends
# unpunctuated unless its last character is one of these
_LINE_BREAK = re.compile(r"\n(?=[ \t]*(?P<next>\S))")
_LINE_END_PUNCTUATION = frozenset(".!?:;,\"'\u201d\u2019)]")
# searched for, so that a line ending punctuated ("Jul 27, 2026 14:05 (IST)") stays with the headline
# under it, and the headline apart from the post
_LINE_GOES_ON = re.compile(r"[^\s.!?:;,\"'\u201d\u2019)\]][ \t]*\n[ \t]*(?=[\"'\u201c\u2018(]?[A-Z0-9])")


def _split_at_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each span cut after every line that ends with no punctuation before a capital or a digit."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if "\n" not in text[a:b]:
            out.append((a, b))
            continue
        pos = a
        while (m := _LINE_GOES_ON.search(text, pos, b)) is not None:
            _append(text, out, pos, m.end())
            pos = m.end()
        _append(text, out, pos, b)
    return out


def segment(doc: Document) -> Segmented:
    text = doc.text
    spans = sentences(text, dateline_end(text, doc.body_start))
    if "\n" in text[doc.body_start:] and _lines_are_units(text, doc.body_start):
        spans = _split_at_lines(text, spans)
    paragraph_of: list[int] = []
    paragraph, last_end = 0, doc.body_start
    for a, _ in spans:
        if "\n" in text[last_end:a]:
            paragraph += 1
        paragraph_of.append(paragraph)
        last_end = a
    quotes = tuple((m.start(), m.end()) for m in _QUOTE.finditer(text, doc.body_start))
    return Segmented(
        sentences=tuple(Sentence(i, a, b) for i, (a, b) in enumerate(spans)),
        paragraphs=tuple(paragraph_of),
        quotes=quotes,
    )
