"""Number mentions: every figure an article states, as an interval with a qualifier.

`find_mentions(text, start, end)` scans text[start:end] once with a single compiled regular
expression that finds numerals (digits, number words, vague counts) and then looks at a
bounded window around each numeral: qualifiers before ("at least", "nearly"), a currency sign
before ("$", "USD"), a scale word after ("million", "bn"), a unit after ("km", "per cent"),
a range partner ("10 to 15"), a trailing qualifier ("or more", "or so").  Every look-around
is bounded, so the scan is linear in the length of the text.

Qualifiers and intervals (DESIGN.md; v = value as written)

| written                                       | qualifier | interval                      |
|-----------------------------------------------|-----------|-------------------------------|
| "12"                                          | exact     | [v, v]                        |
| "at least 12", "12 or more", "12+", "no fewer than", "a minimum of" | at_least | [v, ∞) |
| "more than 70", "over", "upwards of", "in excess of", "70-plus" | more_than | [v+1, ∞) (*) |
| "about 40", "around", "some", "roughly", "approximately", "an estimated", "40 or so",
  "40-odd", "circa"                             | approx    | [0.9v, 1.1v]                  |
| "nearly 100", "almost", "just under", "close to", "just shy of" | nearly | [0.9v, v] |
| "up to 10", "as many as", "at most", "no more than", "a maximum of", "10 or fewer" | up_to | [0, v] |
| "fewer than 10", "less than", "under", "below"  | less_than | [0, v-1] (*)                  |
| "10 to 15", "10-15", "between 10 and 15", "from 10 to 15" | range | [lo, hi], value None |

(*) v+1 / v-1 for a count (no unit) written as an integer; otherwise v.

Vague counts (qualifier "vague", value None)

| written                              | interval            |
|--------------------------------------|---------------------|
| "a couple of" → not vague: exact 2   |                     |
| "a few"                              | [2, 5]              |
| "a handful of"                       | [2, 9]              |
| "several"                            | [3, 9]              |
| "dozens of"                          | [24, 99]            |
| "scores of"                          | [40, 99]            |
| "tens of"                            | [20, 99]            |
| "hundreds"                           | [200, 999]          |
| "thousands"                          | [2000, 9999]        |
| "tens of thousands"                  | [20000, 99999]      |
| "hundreds of thousands"              | [200000, 999999]    |
| "millions" / "billions"              | [2e6, 999e6] / [2e9, 999e9] |
| "several hundred", "a few thousand"  | the vague factor times the scale: [300, 900], [2000, 5000] |

Other choices:

* "one in five" / "1 in 5" / "one out of five" → a proportion: value 20, unit "percent".
* "half" → 0.5, "a quarter" → 0.25, "two-thirds" → 0.6667 (plain numbers); "half a dozen" → 6,
  "half a million" → 500000; "one and a half" → 1.5.
* "one" is a number ("one person died") but not in "one of", "no one", "at one point",
  "one another", "the one", "this one", "which one"; "a" alone is never a number.
* Ages ("a 5-year-old", "aged 34", "ten months old") ARE returned, with unit "year_of_age"
  (or month_/week_/day_of_age): the claims layer drops them (`checker.units.AGE_UNITS`).
* Not returned at all: years ("in 2022", "2019-20", "the 1990s"), dates ("April 24",
  "24 April", "2025-04-25", "4/24/2025"), clock times ("00:36", "10 pm", "3 o'clock"),
  ordinals ("22nd", "third"), designations ("KN-23", "Tu-95MS", "F-16", "Boeing 777",
  "G7", "A320", "Covid-19"), numbers after a keyword ("Article 5", "Route 66", "No. 1",
  "page 12"), numbers in names ("S&P 500", "World War Two"), phone numbers, street
  addresses ("123 Main Street") and list markers ("1)").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import itemgetter

from checker.model import Mention
from checker.units import Unit, currency_before, get_unit, unit_after

__all__ = ["AGE_UNITS", "find_mentions", "number_adapter", "parse_number_word", "product_adapter",
           "score_adapter"]

AGE_UNITS = ("year_of_age", "month_of_age", "week_of_age", "day_of_age")

# ---------------------------------------------------------------- vocabulary

ONES = {"zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3,
        "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5,
          "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
FRACTION_WORDS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                  "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
                  "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9,
                  "ninths": 9, "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
                  "thousandth": 1000, "thousandths": 1000}
# Ordinals used as denominators ("three fifths", "one twenty-fifth", "a hundredth") and the
# cardinal each one is built on.  "second" is left out: "two seconds" is a time.
_ORDINAL_BASE: dict[str, str] = {
    "first": "one", "third": "three", "fourth": "four", "fifth": "five", "sixth": "six",
    "seventh": "seven", "eighth": "eight", "ninth": "nine", "tenth": "ten", "eleventh": "eleven",
    "twelfth": "twelve", "thirteenth": "thirteen", "fourteenth": "fourteen",
    "fifteenth": "fifteen", "sixteenth": "sixteen", "seventeenth": "seventeen",
    "eighteenth": "eighteen", "nineteenth": "nineteen", "twentieth": "twenty",
    "thirtieth": "thirty", "fortieth": "forty", "fiftieth": "fifty", "sixtieth": "sixty",
    "seventieth": "seventy", "eightieth": "eighty", "ninetieth": "ninety",
    "hundredth": "hundred", "thousandth": "thousand", "millionth": "million",
    "billionth": "billion", "trillionth": "trillion", "quarter": "four", "half": "two",
}
_ORDINALS: dict[str, str] = {
    **_ORDINAL_BASE, **{w + "s": b for w, b in _ORDINAL_BASE.items() if w != "half"},
    "halves": "two"}
# Abbreviated scales written after digits: "3bn", "$5m", "10k", "1.2b", "2mil", "10 bln".
SCALE_ABBREV = {"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
                "MM": 1e6, "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12, "tln": 1e12,
                "trn": 1e12, "G": 1e9}

_WORD_VALUES: dict[str, float] = {**ONES, **TEENS, **TENS, "hundred": 100.0, **SCALES,
                                  "dozen": 12.0, "dozens": 12.0, "dozs": 12.0, "dzs": 12.0}
_DOZEN_WORDS = frozenset({"dozen", "dozens", "dz", "dzs", "doz", "dozs"})
# the words after which "a"/"an" means "one": "a hundred", "a dozen", "a million"
_A_MULTIPLIES = frozenset({"hundred", "dozen", *SCALES})
_NOT_DENOMINATOR_START = frozenset({"and", "hundred", *SCALES})


def _alt(words: Iterable[object]) -> str:
    return "|".join(sorted((str(w) for w in words), key=len, reverse=True))


def _trie(words: Iterable[object]) -> str:
    """The words as one prefix tree ("s(?:ix(?:t(?:een|y))?|...)"): the same matches as
    `_alt(words)` wherever a word must be followed by a non-letter (a \\b or a separator),
    since then at most one word fits, but the regex engine tries a handful of branches at a
    word start instead of every word."""
    def build(suffixes: list[str]) -> str:
        groups: dict[str, list[str]] = {}
        for w in suffixes:
            if w:
                groups.setdefault(w[0], []).append(w[1:])
        alts = [re.escape(c) + build(groups[c])
                for c in sorted(groups, key=lambda c: -max(map(len, groups[c])))]
        if not alts:
            return ""
        if "" in suffixes:
            return "(?:" + "|".join(alts) + ")?"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return build(sorted({str(w) for w in words}))


_W = _alt(_WORD_VALUES)
_W_TRIE = _trie(_WORD_VALUES)  # for the scanner, where a \b or a separator follows each word
_VAGUE = (r"tens\s+of\s+(?:thousands|millions)|hundreds\s+of\s+(?:thousands|millions)"
          r"|dozens|scores(?=\s+of\b)|tens(?=\s+of\b)|hundreds|thousands|millions|billions"
          r"|several(?:\s+(?:hundred|thousand|million|billion|dozen))?"
          r"|a\s+few(?:\s+(?:hundred|thousand|million|billion|dozen))?"
          r"|a\s+handful(?=\s+of\b)")

_SEP = r"(?:[ \t]{1,3}|[ \t]{0,3}-[ \t]{0,3})"
_WORD_INITIALS = "zonetfsehdmblcaqZONETFSEHDMBLCAQ"  # where a word numeral of `_SCAN` starts
_ORD = _alt(_ORDINALS)
_A_ORDINAL = re.compile(r"(?i:an?" + _SEP + r"(?:(?:" + _W + r")" + _SEP + r"){0,3}(?:" + _ORD
                        + r"))\b")
# Matches the alternatives in order at each position: things to skip first (dates, times,
# phone numbers, versions), then numerals.  Quantifiers are bounded or possessive, and no two
# adjacent repeated groups can match the same characters: no catastrophic backtracking.
# The alternatives that start with a digit or a sign and those that start with a letter are
# two branches behind a first-character test; number words are prefix trees (`_trie`).
_SCAN = re.compile(
    r"(?=[\d.+(½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞\-−])(?:"
    r"(?P<skip>(?<![\w.])"
    r"(?=[+(]|\d++(?:[-–/.:]\d|\)?[ .-]\d))"  # what all the forms below need (fails fast)
    r"(?:\d{4}-\d{1,2}-\d{1,2}(?:T\d\d:\d\d(?::\d\d)?)?"  # ISO date
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?![\d/])"  # 4/24/2025, 24.04.2025
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\b\.?)?"  # 00:36, 1:00 a.m.
    r"|\+?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?!\d)|\+\d{1,3}[ -]\d[\d -]{6,14}\d"  # phones
    r"|1[89]00-\d{3}-\d{4}(?!\d)"  # toll-free lines: "1800-180-4133"
    # "8 800 100-12-34", "8-800-200-34-34", "44-12-90": a line's groups of two joined by hyphens
    r"|(?:\d{1,2}[ -]\d{3}[ -])?\d{2,3}-\d\d-\d\d(?![\d-])"
    r"|\d++(?:\.\d++){2,}"  # versions, IP addresses
    r"|(?:1[89]|20)\d\d[-–/]\d\d(?![\d,.])(?![ \t]?(?:%|per))"  # 2019-20 season
    r"|\d{1,4}-0\d(?![\d,.])"  # "longwall 17-02", "Block 3-01": a code (no range starts at zero)
    r"))"
    r"|(?P<digits>(?:(?<![\w.,\-−–])[-−](?=\d))?(?:(?<![\w.,])|(?<=\b[A-Z]{3})|(?<=\b[NR])"
    r"|(?<=\b(?:Sh|Rs|Tk|Rp|RM))|(?<=\b(?:Shs|KSh|Ksh|USh|TSh|Rs\.|Tk\.|Rp\.))|(?<=\b(?:KShs|UShs|TShs)))"
    r"(?:(?=\d{1,3}[, \u202f\u00a0\u2009]\d)"  # what the grouped forms need (fails fast)
    r"(?:\d{1,3}(?:,\d{3})++(?!\d)"
    r"|\d{1,2},(?:\d\d,)++\d{3}(?!\d)"  # Indian grouping: 12,34,567
    r"|\d{1,3}(?:[\u202f\u00a0\u2009]\d{3})++(?!\d)"  # 1 234 567 with narrow/no-break spaces
    r"|\d{1,3}(?: \d{3}){2,}+(?!\d|[.,]\d)|[1-9]\d{0,2} 000(?!\d|[.,]\d))"  # 1 234 567, 40 000
    r"|\d++)(?:\.\d++)?+"
    r"(?:[eE][-+]?\d{1,3}(?!\w)|[ \t]?[x×][ \t]?10\^[-+]?\d{1,3}(?!\d)|\^[-+]?\d{1,3}(?!\d))?+)"
    r"|(?P<dot>(?<![\w.,])\.\d++)"
    r"|(?P<frac>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])"
    r")|\b(?=[" + _WORD_INITIALS + r"])(?:"
    r"(?P<vague>(?i:" + _VAGUE + r")\b)"
    r"|(?P<words>(?i:(?:" + _W_TRIE + r")\b(?:(?:\s{0,3}-\s{0,3}|\s{1,3})(?:and\s{1,3})?(?:"
    + _W_TRIE + r")\b)*+))"
    r"|(?P<half>(?i:half|a\s+quarter|quarter(?=\s+(?:million|billion|thousand)\b))\b)"
    r"|(?P<aord>(?i:an?" + _SEP + r"(?:(?:" + _W_TRIE + r")" + _SEP + r"){0,3}(?:"
    + _trie(_ORDINALS) + r"))\b)"
    r"|(?P<couple>(?i:a\s+couple)(?=\s+of\b))"
    r")"
)

_UNICODE_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2,
                      "⅖": 0.4, "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125,
                      "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}

# Where `_SCAN` can start.  `_SCAN` begins with a look-ahead, so re tries all of it at every
# position; `_CANDIDATE` begins with a character class, so re skips in C to the few places
# where `_SCAN` may match, and `_search` runs `_SCAN` only there.  It runs on the lower-cased
# text (`_folded`), and a hit at q is a start at q (a digit with no word character or "."
# before it unless a letter, a vulgar fraction, one of ".+(-" before a digit) or, group
# `word`, at q + 1 (the first word of a word numeral: a number word, a vague count, "half",
# "quarter", "a"/"an" before a space or "-" and a word `_SCAN` reads after it).  It finds a
# superset of `_SCAN`'s starts.
_FRACTION_CHARS = "".join(_UNICODE_FRACTIONS)
_WORD_STARTS = (*_WORD_VALUES, "dozens", "scores", "tens", "hundreds", "thousands", "millions",
                "billions", "several", "half", "quarter")
# The words `_SCAN` reads after "a"/"an": "a few", "a handful", "a quarter", "a couple", "a
# fifth", "a twenty-first".  Only "a" or "an" before one of them is a candidate, not every
# article.
_AFTER_A = (*_WORD_VALUES, *_ORDINALS, "few", "handful", "quarter", "couple")
_CANDIDATE = re.compile(
    r"[^a-z_](?:(?<=\d)(?:(?<![\w.]\d)|(?<=[a-zA-Z]\d)"
    r"|(?<=\b[rt][sk]\.\d)|(?<=\brp\.\d))|(?<=[" + _FRACTION_CHARS + r"])"
    r"|(?<=[.+(\-−])(?=\(?\d)"
    r"|(?:" + _trie(_WORD_STARTS) + r"(?![a-z0-9_])"
    r"|an?[\s-](?=[\s-]*" + _trie(_AFTER_A) + r"(?![a-z0-9_])))(?P<word>))"
)


# Texts up to this length are scanned by `_SCAN.search` alone: the prefilter would cost more
# than it saves.
_SHORT = 40


def _folded(text: str, lo: int, hi: int) -> str | None:
    """text[lo:hi] lower-cased for `_CANDIDATE`, or None where that would miss a start.

    Lower-casing keeps the offsets when it keeps the length, leaves digits and non-word
    characters non-word, and maps every letter that case-insensitively matches an ASCII
    letter to it, except "ı" and "ſ" (and "İ", which grows to two characters).
    """
    part = text[lo:hi]
    low = part.lower()
    if len(low) != len(part) or (not part.isascii() and ("ı" in part or "ſ" in part)):
        return None
    return low


def _search(text: str, low: str, lo: int, pos: int, hi: int) -> re.Match[str] | None:
    """`_SCAN.search(text, pos, hi)`, trying `_SCAN.match` only where `_CANDIDATE` hits in
    `low` (= `_folded(text, lo, hi)`), in order."""
    match = _SCAN.match
    if pos == lo:
        c = text[lo:lo + 1]  # a letter that starts no word numeral starts nothing
        m = match(text, pos, hi) if not c.isalpha() or c in _WORD_INITIALS else None
        if m is not None:
            return m
        q = 0
    else:
        q = pos - 1 - lo
    find = _CANDIDATE.search
    while True:
        hit = find(low, q)
        if hit is None:
            return None
        q = hit.start()
        p = lo + q + 1 if hit.lastgroup is not None else lo + q
        q += 1
        if p >= pos:
            m = match(text, p, hi)
            if m is not None:
                return m


_VAGUE_BASE = {"dozens": (24.0, 99.0), "scores": (40.0, 99.0), "tens": (20.0, 99.0),
               "hundreds": (200.0, 999.0), "thousands": (2000.0, 9999.0),
               "millions": (2e6, 999e6), "billions": (2e9, 999e9), "several": (3.0, 9.0),
               "a few": (2.0, 5.0), "a handful": (2.0, 9.0)}

# ---------------------------------------------------------------- qualifiers

_QUALIFIER_BEFORE: dict[str, tuple[str, ...]] = {
    "at_least": ("at least", "no fewer than", "no less than", "not fewer than", "not less than",
                 "a minimum of", "minimum of", "at a minimum"),
    "more_than": ("more than", "over", "upwards of", "upward of", "in excess of", "greater than",
                  "exceeding", "above", "well over", "well above", "just over", "just above",
                  "higher than", "north of", "beyond"),
    "nearly": ("nearly", "almost", "just under", "just below", "close to", "just shy of",
               "not quite", "approaching", "getting on for"),
    "approx": ("about", "around", "some", "roughly", "approximately", "approx", "approx.",
               "an estimated", "estimated", "circa", "c.", "ca.", "an approximate",
               "in the region of", "on the order of", "of the order of", "give or take",
               "more or less", "something like", "round about", "nearly about"),
    "up_to": ("up to", "as many as", "as much as", "at most", "no more than", "not more than",
              "a maximum of", "maximum of", "at the most", "as high as"),
    "less_than": ("fewer than", "less than", "under", "below", "lower than", "short of",
                  "well under", "well below"),
    "range": ("between", "from"),
}
_QUALIFIER_PHRASES: dict[str, str] = {
    phrase: name for name, phrases in _QUALIFIER_BEFORE.items() for phrase in phrases}
# last word of a qualifier phrase -> the word counts of the phrases ending in it, longest first
_QUAL_LENGTHS: dict[str, tuple[int, ...]] = {
    last: tuple(sorted({p.count(" ") + 1 for p in _QUALIFIER_PHRASES
                        if p.rsplit(" ", 1)[-1] == last}, reverse=True))
    for last in {p.rsplit(" ", 1)[-1] for p in _QUALIFIER_PHRASES}}
_QUAL_SIGNS = frozenset("+-")
_QUAL_AFTER_SPACE = frozenset("+oO")  # "+", "or ...", "odd"
_QUAL_AFTER = re.compile(
    r"(?P<at_least>[ \t]?\+(?![\d\w])|[ \t]{1,2}or[ \t]{1,2}(?:more|above|higher|greater)\b|-plus\b)"
    r"|(?P<approx>[ \t]{1,2}or[ \t]{1,2}so\b|-odd\b|[ \t]odd\b(?=[ \t]\w))"
    r"|(?P<up_to>[ \t]{1,2}or[ \t]{1,2}(?:fewer|less|below|under)\b)",
    re.I,
)

# ---------------------------------------------------------------- context patterns

_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_MONTH_BEFORE = re.compile(r"(?<![\w])(?i:" + _MONTHS + r")\.?,?[ \t\u00a0]{1,2}(?:the[ \t])?\Z")
# "Stade du 28 Septembre", "Avenida 9 de Julio", "Rua 25 de Março": a date, in a name
_ROMANCE_MONTHS = (r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|"
                   r"d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?tiembre|octubre|"
                   r"noviembre|diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|"
                   r"novembro|dezembro")
_MONTH_AFTER = re.compile(r"(?:(?i:(?:st|nd|rd|th)?,?[ \t\u00a0]{1,2}(?:of[ \t]{1,2})?(?:" + _MONTHS
                          + r"))|(?i:[ \t\u00a0](?:de[ \t])?(?:" + _ROMANCE_MONTHS + r")))\b")
_DAY_RANGE_AFTER = re.compile(r"(?:[-\u2013]|[ \t](?:and|or|to)[ \t])(?:[1-9]|[12]\d|3[01])"
                              + _MONTH_AFTER.pattern)
_DAY_RANGE_BEFORE = re.compile(r"(?<![\w])(?i:" + _MONTHS + r")\.?[ \t\u00a0]{1,2}"
                               r"(?:[1-9]|[12]\d|3[01])(?:[-\u2013]|[ \t](?:and|or|to)[ \t])\Z")
_FULL_DATE_BEFORE = re.compile(r"(?<![\w])(?i:" + _MONTHS + r")\.?[ \t\u00a0]\d{1,2},[ \t]\Z")
_MONTH_WORD = re.compile(r"(?i:" + _MONTHS + r")\.?")
_ORDINAL_AFTER = re.compile(r"(?i:st|nd|rd|th)\b")
_ORDINAL_INITIALS = frozenset("sSnNrRtTſ")  # "ſ" matches "s" case-insensitively
_ZONES = r"GMT|UTC|BST|EST|EDT|PST|CET|CEST|EET|WIB|WITA|WIT|IST|PKT|MSK"
_TIME_AFTER = re.compile(r"[ \t\u00a0]?(?:[AaPp]\.[Mm]\.|[AaPp][Mm]\b|o'clock|o’clock|noon\b|midnight\b|"
                         r"(?:" + _ZONES + r"|hrs|hours?\s+GMT)\b)")
_DOTTED_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_TIME_INITIALS = frozenset("AaPpohnm") | {z[0] for z in _ZONES.split("|")}
_TIME_SPACES = frozenset(" \t\u00a0")


def _time_may_follow(after: str) -> bool:
    """False when `_TIME_AFTER` cannot match: no "am", "pm", "o'clock", zone or "hours" next."""
    c = after[:1]
    return (after[1:2] if c in _TIME_SPACES else c) in _TIME_INITIALS


_AGE_AFTER = re.compile(
    r"(?i:(?:[ \t]|-)(?P<u>year|month|week|day)s?(?:[ \t]|-)old\b"
    r"|[ \t](?P<u2>year|month|week|day)s?[ \t]of[ \t]age\b|[ \t]?(?P<yo>yo|y\.o\.|yrs?[ \t]old)\b)"
)
_A_PERSON_OF = re.compile(r"\b(?i:an?|the)[ \t]+(?:[a-z]+[ \t]+)?"
                          r"(?i:man|woman|boy|girl|person|pensioner|resident)"
                          r"[ \t]+of[ \t]+(?i:about|around|some|nearly|roughly)?[ \t]*\Z")
_AGE_BEFORE = re.compile(r"(?<![\w])(?i:aged|age|ages)[ \t]\Z")
_AGED_ABOUT_BEFORE = re.compile(r"(?<![\w])(?i:aged|ages)[ \t]+"
                                r"(?i:(?:about|around|roughly|some|approximately)[ \t]+)?"
                                # "two sisters, aged seven and 10": both ages
                                r"(?:(?:\d{1,3}|(?i:" + _W + r")(?:-(?i:" + _W + r"))?)[ \t]*"
                                r"(?:,|and|or|to|-)[ \t]*)?\Z")
_ZONE_AFTER = re.compile(
    r"[ \t\u00a0]?(?:(?:" + _ZONES + r"|Z|hrs|hours)\b|(?i:local[ \t]time))")
# a number that names a thing rather than counting: an address block, a resolution, a phone line
_NAME_AFTER = re.compile(
    r"(?i:[ \t](?:block[ \t]+of|resolution|emergency[ \t]+(?:number|line|service|services)|"
    r"hotline|helpline|line\b|number\b))|"
    # "the Army's 1 Division", "6 Brigade": a unit's name
    r"[ \t](?:Division|Brigade|Battalion|Regiment|Corps|Squadron|Fleet)\b"
)
# the letters that may start a word of `_NAME_AFTER` (after its space or tab)
_NAME_INITIALS = frozenset("bBrReEhHlLnNDCSF")
_TABS = frozenset(" \t")
_DIAL_WORDS = ("call", "calling", "dial", "dialled", "dialed", "dialling", "phone", "text")
# "(0542) 61-30-47"; "8 (4712) 58-21-04", a Russian number with its trunk prefix
_PHONE_WITH_AREA_CODE = re.compile(r"(?:(?<![\d,.])\+?\d{1,3}[ \t]*)?\((?:0\d{1,5}|\d{3,5})\)[ \t]*\d{2,4}"
                                   r"(?:[ \t-]\d{2,4}){1,3}(?!\d)")
# "0372 252 00 00", and a landline's area code and number: "0477 2252636"
_PHONE_GROUPS_AFTER = re.compile(r"(?:[ \t-]\d{2,4}){2,}(?!\d)|[ \t-]\d{6,8}(?![\d,.]?\d)")
_PHONE_GROUPS_BEFORE = re.compile(r"(?<![\w,.])0\d{1,4}(?:[ \t-]\d{2,4})*[ \t-]\Z")
_DIAL_BEFORE = re.compile(r"(?<![\w])(?i:" + "|".join(_DIAL_WORDS) + r")[ \t]\Z")
_DIAL_LONGEST = max(map(len, _DIAL_WORDS)) + 1
_US_ROUTE_BEFORE = re.compile(r"\b(?:on|along|off|via|near|of|at|onto)[ \t]+(?:US|U\.S\.)[ \t]\Z")
# "call 103 or 101": the second number to dial
_DIAL_ANOTHER_BEFORE = re.compile(r"(?<![\w])(?i:" + "|".join(_DIAL_WORDS) + r")[ \t]\d{2,6}"
                                  r"(?:,[ \t]\d{2,6})*,?[ \t](?:or|and)[ \t]\Z")
# the last letters of the dial words: `_DIAL_BEFORE` needs one just before the final space
_DIAL_ENDS = frozenset(c for w in _DIAL_WORDS for c in (w[-1], w[-1].upper()))
_PERIOD_PART_BEFORE = re.compile(
    r"(?<![\w])(?i:first|second|third|fourth|last|latter|former|final|opening|closing)[ \t]\Z"
)
_KEYWORDS: frozenset[str] = frozenset("""
article art. section sec. chapter ch. page pages p. pp. resolution route highway interstate no.
nos. number nr. nrs. room flight platform gate exit level grade phase stage version episode
season volume vol. paragraph para. clause rule item figure fig. table line bus channel apartment
apt. suite block seat row ward district class model mark mk mk. category code form title
amendment psalm verse act scene part size lot plot terminal pier lane track division league
squadron regiment brigade battalion corps army unit appendix annex schedule footnote note step
pavilion cellblock wing module berth hangar
game match round day week version v. ver. id pin tier band zone sector area bay berth cell wing
floor storey building house door box bed window term # no number: chapter: ward: reactor
kilometre kilometer milepost marker sections articles clauses paragraphs chapters amendments
""".split())
# the later numbers of a list after one of those words: "Sections 302, 307 and 120B"
_KEYWORD_LIST_BEFORE = re.compile(
    r"\b(?i:sections?|articles?|clauses?|paragraphs?|chapters?|amendments?|nos?\.|numbers)[ \t]+"
    r"\d+[A-Z]?(?:\(\w+\))*(?:[ \t]*\([^()\d]{3,80}\))?"  # "125 (act endangering life)"
    r"(?:[ \t]*(?:,|and|&|/|or)[ \t]*\d+[A-Z]?(?:\(\w+\))*(?:[ \t]*\([^()\d]{3,80}\))?)*"
    r"[ \t]*(?:,|and|&|/|or|-|\u2013|to)[ \t]*\Z")  # "in paragraphs 3-4": the 4 too
_KEYWORD_LIST_WORDS = ("section", "article", "clause", "paragraph", "chapter", "amendment", "no.",
                       "nos.", "numbers")  # "taken to hospitals Nos. 4 and 17"


def _in_a_list_of_sections(before: str) -> bool:
    """"under sections 106(1) (causing death by negligence), 125 (...) and": the number that
    follows is one more section (looked for only where such a word is near)."""
    low = before.lower()
    return any(w in low for w in _KEYWORD_LIST_WORDS) and bool(_KEYWORD_LIST_BEFORE.search(before))


_KEYWORD_LIST_ITEM_END = re.compile(r"[A-Z]?(?:\(\w+\))*"
                                    r"(?:[ \t]+(?:of|in|under|and|or|read)\b|[ \t]*[,.;()/&]|[ \t]+[A-Z]|\Z)")
_STREET_AFTER = re.compile(
    r"[ \t](?:[A-Z][a-z]+[ \t]){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|"
    r"Drive|Dr|Way|Place|Pl|Court|Ct|Square|Sq|Terrace|Highway|Hwy|Parkway|Pkwy|Close|"
    r"Crescent|Row|Alley|Plaza|Circle)\b"
)
_CAP_WORD_BEFORE = re.compile(r"(?:^|(?<=[^\w'’]))([A-Za-z&][\w&'’.]*)[ \t\u00a0]\Z")
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;]['\"’”)]?[ \t\u00a0\r\n]+|[\r\n][ \t]*|[\"“‘(][ \t]*)\Z")
_NOT_NAME_WORDS = frozenset({
    "The", "A", "An", "And", "But", "Or", "Of", "In", "On", "At", "By", "For", "To", "From",
    "With", "About", "Around", "Over", "Under", "Some", "Nearly", "Almost", "Only", "Just",
    "All", "Another", "Those", "These", "Its", "Their", "His", "Her", "Our", "Up", "As",
    "Than", "Since", "Until", "After", "Before", "During", "Between", "Among", "Least",
    "More", "Less", "Fewer", "Most", "Killing", "Killed", "Wounded", "Injured", "Including",
    "Plus", "Minus", "Each", "Every", "Top", "First", "Last", "Next", "Past",
    "Total", "Totalling", "Totaling", "Reuters", "AP", "AFP", "I", "We", "They", "He", "She",
    "It", "You", "Said", "Says", "Were", "Was", "Are", "Is", "Had", "Has", "Have", "Launched",
    "Estimated", "Approximately", "Roughly", "Exactly", "Down",
    "Out", "Within", "Across", "Per", "Like", "Unlike", "Toward", "Towards",
})
_YEAR_PREFIX_WORDS = (
    "in", "since", "by", "from", "of", "until", "till", "to", "before", "after", "during",
    "through", "throughout", "circa", "mid", "early", "late", "year", "years", "season", "fiscal",
    "fy", "class", "summer", "winter", "spring", "autumn", "fall", "election", "elections",
    "census", "budget", "end", "start", "beginning", "between", "and", "or", "–", "-")
_YEAR_PREFIX = re.compile(
    r"(?<![\w])(?i:" + "|".join(_YEAR_PREFIX_WORDS) + r")[ \t\u00a0-]\Z|(?:'|’)\Z")
_YEAR_PREFIX_LONGEST = max(map(len, _YEAR_PREFIX_WORDS)) + 1
_PLURAL_NOUN_AFTER = re.compile(
    r"[ \t\u00a0](?:(?:[a-z]+|[A-Z][a-z]+(?:an|ish|ese|i))[ \t\u00a0](?=[a-z]+(?<!ss)s\b)){0,2}"
    r"(?:[a-z]+(?<!ss)(?<!'s)s|people|"
    r"children|men|women|police|staff|personnel|troops|cattle|ha|km|civilians|residents)\b")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_COUNT_VERB_AFTER = re.compile(
    r"[ \t\u00a0](?:were|are|have|had|died|fled|remain|remained|more|others|of[ \t]+(?:them|whom|"
    r"those|these|the[ \t]+\w+s)\b)\b")
_ONE_NOT_NUMBER_AFTER = re.compile(
    r"(?i:[ \t]+(?:of|another|who|whom|whose|which|that|thing|anything|day\b(?=[ \t]*,)|"
    r"family|household|home|house|car|vehicle|village|room|incident|side|"  # "5 children from one family"
    r"or[ \t]+(?:another|the[ \t]+other|two)|and[ \t]+only|and[ \t]+all|hand\b|too[ \t]+(?:many|much)|"
    r"(?:[a-z]+[ \t]+)?at[ \t]+a[ \t]+time\b|by[ \t]+one\b|"  # "one stretcher at a time", "one by one"
    r"(?:death|life|casualty|victim|crash|accident)[ \t]+is[ \t]+one[ \t]+too[ \t]+many|"  # a maxim
    r"point(?![ \t]+(?:" + "|".join(list(ONES) + list(TEENS) + list(TENS)) + r")\b))\b"
    r"|[’']s\b|[ \t]*[.,;:!?)\"”]|[ \t]*\Z)"
)
_ONE_NOT_NUMBER_BEFORE = re.compile(
    r"(?<![\w])(?i:no|any|every|some|the|this|that|which|each|little|last|such|a|an|one|"
    r"no-|loved|only|another|right|wrong|first|same|big|new|other|good|bad|old|young|"
    r"at|at[ \t]+some|the[ \t]+only|the[ \t]+last|the[ \t]+first|one[ \t]+by)[ \t\u00a0-]{1,2}\Z"
)
_ONE_COMPARED_BEFORE = re.compile(r"(?<![\w])(?i:the|a|an|this|that)[ \t]+[a-z]+(?:est|er)[ \t]+\Z")
_LIST_MARKER_BEFORE = re.compile(r"(?:\A|[\r\n;:]|[\r\n][ \t]*)[ \t]*\Z")
_LINE_START_BEFORE = re.compile(r"(?:\A|[\r\n])[ \t]*\Z")
_NUMBERED_ITEM_AFTER = re.compile(r"\.[ \t]+[A-Z]")
_SPACE = re.compile(r"[ \t\u00a0]{0,2}")
_SCALE_AFTER = re.compile(
    r"(?P<sp>[ \t\u00a0]{0,2}|-(?=[a-z]{4}))"
    r"(?P<w>(?i:hundred|thousand|million|billion|trillion|lakh(?:[ \t]+crores?)?|crore)"
    r"|(?i:dozens?|dozs?|dzs?)|mn|mln|bln|tln|trn|bn|MM|mil|tn|[kKmMbBG])(?![\w])"
)
_RANGE_GAP = re.compile(r"[ \t\u00a0]{0,2}(?:-|–|—|to|and|through|or)[ \t\u00a0]{0,2}\Z", re.I)
_RANGE_SEP = re.compile(r"[ \t\u00a0]{0,2}(?:-|–|—|to|and|through|or)[ \t\u00a0]{0,2}", re.I)
# "rose by 9,000 to 166,000", "climbed from 12 to 15": a change (or an earlier level) and the
# level reached, not a range
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|jumps|increased|increases|grew|"
    r"grows|soared|surged|swelled|mounted|fell|falls|fallen|dropped|drops|declined|declines|"
    r"decreased|decreases|slipped|slid|plunged|tumbled|shrank|(?:went|gone|edged|ticked)\s+(?:up|down)|"
    r"revised\s+(?:up|down)(?:ward)?|raised|lowered|cut|widened|narrowed|"
    # "bringing the toll from 14 to 17", "taking the number of dead from 9 to 12"
    r"(?:bringing|taking|pushing|raising|lifting)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:toll|tally|count|number|figure)"
    r"(?:\s+of\s+(?:the\s+)?[\w-]+)?)"
    r"[ \t\u00a0]+(?P<by>by|from)[ \t\u00a0]+$", re.I)
_IN_RATIO = re.compile(r"[ \t\u00a0]{1,2}(?:in|out[ \t]of)[ \t\u00a0]{1,2}\Z", re.I)
_HYPHEN_UNIT = re.compile(r"-(?=[^\W\d_])")
_MIXED = re.compile(r"[ \t]{1,2}(\d)[ \t]?/[ \t]?(\d{1,2})(?![\d/])")
_FRACTION_SLASH = re.compile(r"[ \t]?/[ \t]?(\d{1,3})(?![\d/])")
_DECADE_AFTER = re.compile(r"(?:'|’)?s\b")
_TRAILING_LETTERS = re.compile(r"[^\W\d_][\w]*")
_HALF_A = re.compile(r"(?i:[ \t]+an?[ \t]+)(?P<w>dozen|hundred|thousand|million|billion)\b")
_A_BEFORE = re.compile(r"(?<![\w])(?i:an?)[ \t\u00a0]{1,2}\Z")
_COUPLE = re.compile(r"(?<![\w])(?i:a[ \t]+couple)(?=[ \t]+of\b)")
_POINT_AFTER = re.compile(r"(?i:[ \t]+point[ \t]+(?P<d>(?:(?:" + _alt([*ONES, *TEENS, *TENS])
                          + r")(?:[ \t]+|[ \t]?-[ \t]?|\b))+))")
# Cardinal words then an ordinal after a cardinal: " fifths", " twenty-fifth", " and a half".
_ORD_TRIE = _trie(_ORDINALS)
_ORD_TAIL = re.compile(r"(?i:(?:" + _SEP + r"(?:" + _W_TRIE + r"|and|an?)\b){0,6}?" + _SEP + r"(?:"
                       + _ORD_TRIE + r"))\b")
_OF_A_SCALE = re.compile(r"(?i:[ \t]+of[ \t]+an?[ \t]+(?P<w>hundred|thousand|million|billion|dozen))\b")
_SCALE_WORD_AFTER = re.compile(r"(?i:[ \t]+(?P<w>thousand|million|billion|trillion))\b")
_DIGIT_AND_FRACTION = re.compile(r"(?i:[ \t]+and[ \t]+(?:an?|one|" + _W_TRIE + r")" + _SEP
                                 + r"(?:" + _ORD_TRIE + r"))\b")
_OVER = re.compile(r"(?i:[ \t]+over[ \t]+)(?:(?P<d>\d+(?:\.\d+)?)|(?P<w>(?:" + _W + r")(?:"
                   + _SEP + r"(?:and[ \t]+)?(?:" + _W + r")){0,5}))\b(?![ \t]*[^\W\d_])")
_SIGN_WORD_BEFORE = re.compile(r"(?<![\w-])(?i:minus|negative)[ \t\u00a0]{1,2}\Z")
_SIGN_WORD_LONGEST = len("negative") + 2
_SPACED_MINUS_BEFORE = re.compile(r"(?:\A|(?<=[\s(:=]))(?<![\d%][ \t])[-−][ \t]{1,2}\Z")


_YEAR_STRONG: frozenset[str] = frozenset("""
in since until till before after during throughout circa mid early late fy fiscal
""".split())
# Words before a number that make it a count, not a year: "killed 2000", "some 1500".
_COUNT_BEFORE: frozenset[str] = frozenset("""
killed killing kill wounded wounding injured injuring evacuated evacuating displaced arrested
detained deployed deploying launched launching fired firing sent sending lost losing hired
employs employed employing houses housed hosts hosted destroyed damaged rescued captured
downed intercepted shot total totalling totaling numbered numbering reached reaching
counted some another additional extra only just nearly almost about around
""".split())
_DETERMINERS: frozenset[str] = frozenset({"the", "this", "that", "last", "next", "its", "their"})
_YEAR_WORDS: frozenset[str] = frozenset("""
in since by from of until till to before after during through throughout circa mid early late
year years season fiscal fy class summer winter spring autumn fall election elections census
budget end start beginning between and or
""".split())
_MONTH_NAMES: frozenset[str] = frozenset("""
jan january feb february mar march apr april may jun june jul july aug august sep sept september
oct october nov november dec december
""".split())
_ONE_PREV: frozenset[str] = frozenset("""
no any every some the this that which each little last such a an one no- loved only another right
wrong first same big new other good bad old young at by
""".split())
_WORD_BREAKS = " \t\n\r\u00a0(\"“'‘"


def _ends_with(pattern: re.Pattern[str], window: str, longest: int) -> bool:
    """`pattern.search(window)` for a pattern anchored at \\Z whose matches are at most
    `longest` characters long: tried only at the last `longest` positions (its look-behind
    still sees the characters before them)."""
    return pattern.search(window, len(window) - longest if len(window) > longest else 0) is not None


def _last_word(window: str) -> str:
    """The last whitespace-delimited word of window (its trailing spaces ignored), as written."""
    w = window.rstrip(" \t\u00a0")
    stop = len(w) - 30 if len(w) > 30 else 0
    # the common case, without the regex: only letters after the last space (or at all)
    i = w.rfind(" ", stop)
    word = w[i + 1:] if i >= 0 else w[stop:]
    if word.isalpha():  # so no other word break is in it
        return word
    m = _UP_TO_LAST_BREAK.match(w, stop)
    return w[m.end() if m is not None else stop:]


# everything up to and including the last word break (empty when there is none)
_UP_TO_LAST_BREAK = re.compile(r"(?s:.*[" + re.escape(_WORD_BREAKS) + r"])?")


# ---------------------------------------------------------------- number words

def _split_word_tokens(phrase: str) -> list[str]:
    """The words of phrase, lower-cased, split at whitespace and hyphens (str.split and re's
    \\s agree on what whitespace is)."""
    return phrase.lower().replace("-", " ").split()


# Each number word's kind and value, for `_parse_tokens` (one look-up per token).
_TOKEN_KIND: dict[str, tuple[str, float]] = {
    **{w: ("ones", v) for w, v in ONES.items()}, **{w: ("teens", v) for w, v in TEENS.items()},
    **{w: ("tens", v) for w, v in TENS.items()}, "hundred": ("hundred", 100),
    **{w: ("scale", v) for w, v in SCALES.items()}, **{w: ("dozen", 12) for w in _DOZEN_WORDS},
    "and": ("and", 0)}
_NO_KIND = ("", 0)


def _parse_tokens(tokens: list[str]) -> tuple[float, int] | None:
    """Parse the longest valid number at the start of tokens: (value, tokens used)."""
    total = 0.0
    cur = 0.0
    last = ""  # kind of the last token: ones | teens | tens | hundred | scale | and | dozen
    last_scale = math.inf
    best: tuple[float, int] | None = None
    for i, tok in enumerate(tokens):
        kind, v = _TOKEN_KIND.get(tok, _NO_KIND)
        if kind == "and":
            if last not in ("hundred", "scale") or i + 1 >= len(tokens):
                break
            last = "and"
            continue
        if kind == "ones" or kind == "teens":
            if last in ("ones", "teens", "dozen") or (last == "tens" and kind == "teens"):
                break
            if last == "tens" and v == 0:
                break
            cur += v
            last = kind
        elif kind == "tens":
            if last in ("ones", "teens", "tens", "dozen"):
                break
            if (last == "hundred" and cur % 100) or (last == "and" and cur % 100):
                break
            cur += v
            last = "tens"
        elif kind == "hundred":
            if last == "hundred" or cur >= 100 or (last == "" and i > 0):
                break
            cur = (cur or 1) * 100
            last = "hundred"
        elif kind == "scale":
            if v >= last_scale or last in ("scale", "and", "dozen"):
                break
            total += (cur or (1 if last == "" else 0)) * v
            if cur == 0 and last != "":
                break
            cur = 0.0
            last = "scale"
            last_scale = v
        elif kind == "dozen":
            if last in ("dozen", "scale", "and"):
                break
            cur = cur - cur % 100 + (cur % 100 or 1) * 12  # "three hundred and two dozen" = 324
            last = "dozen"
        elif tok.isdigit() and last in ("", "scale", "and") and 0 < int(tok) < 1000:
            cur += int(tok)  # "4 thousand 3 hundred and 21"
            last = "tens" if int(tok) >= 10 else "ones"
        else:
            break
        best = (total + cur, i + 1)
    return best


def parse_number_word(s: str) -> float | None:
    """"sixty-eight" -> 68, "one hundred and twelve" -> 112, "a dozen" -> 12, "half" -> 0.5.

    None if the whole string is not one number.
    """
    s = s.strip().lower()
    if s in ("half", "a half"):
        return 0.5
    if s in ("a quarter", "quarter"):
        return 0.25
    if s in ("a couple", "couple"):
        return 2.0
    tokens = _split_word_tokens(s)
    if tokens and tokens[0] in ("a", "an"):
        tokens = tokens[1:]
        if not tokens or tokens[0] not in _A_MULTIPLIES:
            return None
    parsed = _parse_tokens(tokens)
    if parsed is None or parsed[1] != len(tokens):
        return None
    return parsed[0]


def _runs_end(text: str, pos: int, runs: list[str], used: int) -> int:
    """Where the first `used` of `runs` end, given that `runs` are the successive letter runs
    of `text` from `pos` on (`_LETTER_RUN.findall`): only non-letters lie between two runs,
    so each one is the first occurrence of its letters after the one before."""
    for run in runs[:used]:
        pos = text.find(run, pos) + len(run)
    return pos


_LETTER_RUN = re.compile(r"[A-Za-z]+")


# ---------------------------------------------------------------- the scanner

@dataclass(slots=True)
class _Num:
    """A numeral being built into a mention; offsets absolute."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: float
    is_word: bool
    digits: str = ""  # the digits as written ("5,000"), "" for words
    scaled: bool = False
    unit: Unit | None = None
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None
    kind: str = "num"  # num | vague | age | ratio


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Every number mention in text[start:end], sorted by start, non-overlapping.

    Offsets are absolute into `text`.  See the module docstring for what is returned and
    what is dropped.
    """
    return [_to_mention(n) for n in _scan(text, start, end) if math.isfinite(n.value)]


# `bench` levels: 0 the product; BENCH also reads rare forms ("- 20", "2.33 k", "one over
# three"); KEEP_ALL also keeps what the product drops (years, dates, codes) for rt-number.
BENCH, KEEP_ALL = 1, 2


def _scan(text: str, start: int = 0, end: int | None = None, *, bench: int = 0,
          join: bool = True) -> list[_Num]:
    """The numerals of text[start:end] built into mentions, ranges joined, overlaps dropped."""
    stop = len(text) if end is None else min(end, len(text))
    nums = _numeral_list(text, start, stop, bench)
    if not nums:
        return nums
    if join:
        nums = _join_ranges(text, nums, start)
    out: list[_Num] = []
    last_end = start
    for n in nums:
        if n.start < last_end:
            continue
        if out and _restates(text, out[-1], n):
            out[-1].end = n.end + 1  # "seventeen (17) persons", "5 (five) persons": one figure, written twice
            last_end = out[-1].end
            continue
        out.append(n)
        last_end = n.end
    return out


def _restates(text: str, first: _Num, again: _Num) -> bool:
    """The same value in brackets right after, once in words and once in digits: "five (5)
    vessels", "5 (five) persons" (a police release's habit)."""
    return (first.is_word != again.is_word and first.value == again.value and first.unit is None
            and again.unit is None and text[first.end:again.start].strip() == "("
            and text[again.end:again.end + 1] == ")")




def _numeral_list(text: str, lo: int, hi: int, bench: int = 0) -> list[_Num]:
    """`_numerals` without the Nones, as a list (the scanner's hot loop: no generator)."""
    out: list[_Num] = []
    pos = floor = lo
    low = _folded(text, lo, hi) if hi - lo > _SHORT else None
    while True:
        m = _search(text, low, lo, pos, hi) if low is not None else _SCAN.search(text, pos, hi)
        if m is None:
            return out
        pos = m.end()
        kind = m.lastgroup
        if kind == "digits":
            num = _digits(text, m, floor, hi, bench)
        elif kind == "skip":
            continue
        elif kind == "words":
            num = _words(text, m, floor, hi, bench)
        else:
            num = _other_numeral(text, m, kind, floor, hi, bench)
        if num is not None:
            floor = num.end
            pos = floor if floor > pos or (bench and num.is_word) else pos
            out.append(num)


def _other_numeral(text: str, m: re.Match[str], kind: str | None, floor: int, hi: int,
                   bench: int) -> _Num | None:
    if kind == "vague":
        return _vague(text, m, floor, hi)
    if kind == "dot":
        return _plain(text, m, float("0" + m.group()), floor, hi)
    if kind == "couple":
        return _plain(text, m, 2.0, floor, hi, is_word=True)
    if kind == "frac":
        return _plain(text, m, _UNICODE_FRACTIONS[m.group()], floor, hi, is_word=False)
    if kind == "aord":
        return _a_ordinal(text, m, floor, hi, bench)
    return _half(text, m, floor, hi)


def _numerals(text: str, lo: int, hi: int, bench: int = 0) -> Iterator[_Num | None]:
    """Numerals in order; each one's look-behind stops at the end of the previous one."""
    pos = floor = lo
    search = _SCAN.search
    while True:
        m = search(text, pos, hi)
        if m is None:
            return
        pos = m.end()
        kind = m.lastgroup
        if kind == "skip":
            continue
        if kind == "digits":
            num = _digits(text, m, floor, hi, bench)
        elif kind == "words":
            num = _words(text, m, floor, hi, bench)
        elif kind == "vague":
            num = _vague(text, m, floor, hi)
        elif kind == "dot":
            num = _plain(text, m, float("0" + m.group()), floor, hi)
        elif kind == "couple":
            num = _plain(text, m, 2.0, floor, hi, is_word=True)
        elif kind == "frac":
            num = _plain(text, m, _UNICODE_FRACTIONS[m.group()], floor, hi, is_word=False)
        elif kind == "aord":
            num = _a_ordinal(text, m, floor, hi, bench)
        else:
            num = _half(text, m, floor, hi)
        if num is not None:
            pos = max(pos, num.end) if not (bench and num.is_word) else num.end
            floor = num.end
        yield num


def _digits(text: str, m: re.Match[str], lo: int, hi: int, bench: int = 0) -> _Num | None:
    raw = m.group()
    ns, ne = m.span()
    digits = raw.lstrip("-−")
    if len(digits) > 40:
        return None
    value = float(digits) if digits.isdigit() else _digit_value(digits)
    if value is None:
        return None
    if raw[0] in "-−":
        value = -value
    nxt = text[ne:ne + 2]
    run = _DIGIT_WORD_RUN.match(text, ne, hi) if (
        nxt[1:] in _SCALE_INITIALS and nxt and digits.isdigit() and len(digits) <= 3) else None
    if run is not None:
        return _digit_words(text, ns, run, lo, hi, bench)
    if ne < hi and text[ne] == "/" and _looks_like_fraction(text, ne, hi):
        return _slash_fraction(text, ns, ne, value, lo, hi, bench)
    mixed = _MIXED.match(text, ne, hi) if nxt[1:].isdigit() else None
    if mixed is not None and 0 < int(mixed.group(1)) < int(mixed.group(2)) and "." not in digits:
        value += int(mixed.group(1)) / int(mixed.group(2))
        num = _Num(ns, mixed.end(), ns, mixed.end(), value, False, text[ns:mixed.end()])
        return _finish(text, num, lo, hi, bench)
    if _is_not_claim_digits(text, ns, ne, digits, lo, hi, bench):
        return None
    num = _Num(ns, ne, ns, ne, value, False, digits)
    return _finish(text, num, lo, hi, bench)


_DIGIT_WORD_RUN = re.compile(r"(?i:[ \t]+(?:hundred|thousand|million|billion|crore|lakh)(?:"
                             + _SEP + r"(?:and" + _SEP + r")?(?:\d{1,3}(?![\d.,])|(?:" + _W
                             + r")))+)\b")
_POWER = re.compile(r"(?:[ \t]?[x×][ \t]?(?P<ten>10)|)\^(?P<exp>[-+]?\d{1,3})$")


def _digit_value(digits: str) -> float | None:
    """"5,000" 5000, "1 234" 1234, "1.2e5", "1.3x10^6", "1.1^23"; None on overflow."""
    if digits.isdigit():
        return float(digits)
    plain = digits.replace(",", "").replace(" ", "").replace("\u202f", "").replace(
        "\u00a0", "").replace("\u2009", "")
    if "^" not in plain:
        return float(plain)
    p = _POWER.search(plain)
    if p is None:
        return None
    base = float(plain[:p.start()])
    try:
        if p.group("ten"):
            return base * 10.0 ** int(p.group("exp"))
        return float(base ** int(p.group("exp")))
    except (OverflowError, ZeroDivisionError):
        return None


def _digit_words(text: str, ns: int, run: re.Match[str], lo: int, hi: int,
                 bench: int) -> _Num | None:
    """"3 hundred and 21", "4 thousand 3 hundred", "6 crore and two hundred": digits and
    number words read together."""
    tokens = _split_word_tokens(text[ns:run.end()])
    parsed = _parse_tokens(tokens)
    if parsed is None or parsed[1] < 3:
        return None
    offsets = [mm.end() for mm in _WORD_TOKEN.finditer(text, ns, run.end())]
    ne = offsets[parsed[1] - 1]
    num = _Num(ns, ne, ns, ne, parsed[0], True)
    return _finish(text, num, lo, hi, bench)


_SCALE_INITIALS = frozenset("hHtTmMbBcClL")
_WORD_TOKEN = re.compile(r"[A-Za-z]+|\d+")


def _looks_like_fraction(text: str, ne: int, hi: int) -> bool:
    m = _FRACTION_SLASH.match(text, ne, hi)
    return m is not None


def _slash_fraction(text: str, ns: int, ne: int, value: float, lo: int,
                    hi: int, bench: int = 0) -> _Num | None:
    """"1/2", "3/4", "10 1/2" (a whole number and a fraction): one numeral."""
    m = _FRACTION_SLASH.match(text, ne, hi)
    assert m is not None
    den = float(m.group(1))
    if den == 0 or (abs(value) >= den and not float(value).is_integer()):
        return None
    if not bench and (not 0 < value < den <= 10 or _designation_before(text, ns, lo)):
        return None  # "Kh-59/69", "S-300/400", "24/7", "9/11": codes and names, not fractions
    frac = value / den
    start = ns
    whole = re.search(r"(?<![\w.,])(\d{1,4})[ \t]{1,2}\Z", text[max(lo, ns - 7):ns])
    if whole is not None and value < den:
        start = ns - len(whole.group(0))
        frac = float(whole.group(1)) + frac
    num = _Num(start, m.end(), start, m.end(), frac, False, text[start:m.end()])
    return _finish(text, num, lo, hi, bench)


def _designation_before(text: str, ns: int, lo: int) -> bool:
    return ns - 2 >= lo and text[ns - 1] == "-" and text[ns - 2].isalpha()


def _a_ordinal(text: str, m: re.Match[str], lo: int, hi: int, bench: int) -> _Num | None:
    """"a fifth" 0.2, "a hundredth", "a twenty-first" (benchmark path), "a third of"."""
    tokens = _split_word_tokens(m.group())
    if not bench and (len(tokens) != 2 or not _FRACTION_OF.match(text, m.end(), hi)
                      or _OF_A_MONTH.match(text, m.end(), hi)):
        return None  # "a third time", "a twenty-first century problem", "a Fourth of July show"
    value = _split_fraction(tokens, bench)
    if value is None:
        return None
    num = _Num(m.start(), m.end(), m.start(), m.end(), value, True)
    return _finish(text, num, lo, hi, bench)


_FRACTION_OF = re.compile(r"[ \t]+of\b|[ \t]*(?:[.,;:!?)]|\Z)")
_OF_A_MONTH = re.compile(r"[ \t]+of[ \t]+(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December)\b")


def _plain(text: str, m: re.Match[str], value: float, lo: int, hi: int, *,
           is_word: bool = False) -> _Num | None:
    num = _Num(m.start(), m.end(), m.start(), m.end(), value, is_word, m.group())
    return _finish(text, num, lo, hi)


_CALL_SOMEONE_ON_BEFORE = re.compile(r"\b(?:call|calling|contact|phone|ring|dial|text)\b[^.;,\d]{0,60}?"
                                     # "contact the District Police Office, Dhading, on 100"
                                     r"(?:,[ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?,)?"
                                     r"[ \t](?:on|at)[ \t]$", re.IGNORECASE)
_LEVEL_AFTER = re.compile(r"[ \t]*(?:-?(?:metres?|meters?|m)[ \t]+)?(?:level|horizon)\b", re.IGNORECASE)
_AT_A_CLOCK_BEFORE = re.compile(r"\b(?:at|by|from|until|till|after|before)[ \t]+(?:about[ \t]+|around[ \t]+|"
                                r"approximately[ \t]+|roughly[ \t]+|just[ \t]+(?:after|before)[ \t]+)?$",
                                re.IGNORECASE)
_PART_OF_DAY_AFTER = re.compile(r"[ \t]+(?:this|that|on|in|yesterday|today|tomorrow|last)[ \t]+"
                                r"(?:morning|afternoon|evening|night|[A-Z][a-z]+day)\b|"
                                r"[ \t]+(?:yesterday|today|tonight)\b", re.IGNORECASE)
# "By six in the morning the governor was reporting nine drones downed": an hour of the clock
_AN_HOUR_OF_THE_DAY_AFTER = re.compile(
    r"[ \t]+(?:in[ \t]+the[ \t]+(?:morning|afternoon|evening)|at[ \t]+night)\b", re.IGNORECASE)
# "the toll rose by six in the morning", "down from 11 in the morning": a change, not the hour
_CHANGED_BY_BEFORE = re.compile(
    r"\b(?:rose|risen|rises|rising|increased|increases|grew|grown|climbed|jumped|fell|fallen|falls|dropped|"
    r"declined|up|down|more|less|higher|lower|cut|reduced)[ \t]+(?:by|from)[ \t]+$", re.IGNORECASE)


def _an_hour_of_the_day(before: str, after: str, value: float) -> bool:
    """"at six in the morning", "from 5 in the afternoon", "until ten at night": a clock time."""
    return (1 <= value <= 12 and value == int(value) and _AN_HOUR_OF_THE_DAY_AFTER.match(after) is not None
            and _AT_A_CLOCK_BEFORE.search(before) is not None and _CHANGED_BY_BEFORE.search(before) is None)


_HOTLINE_BEFORE = re.compile(r"\b(?:hot|help|emergency|phone|tele(?:phone)?|toll-free|free)[ \t-]?line"
                             r"(?:[ \t]+number)?[ \t]+"
                             r"(?:on|at|is|:)?[ \t]*$|\bcall[ \t]+cent(?:re|er)[ \t]+(?:on|at)[ \t]*$|"
                             r"\b(?:tele)?phone[ \t]+number[ \t]+(?:is[ \t]+|:[ \t]*)?$",
                             re.IGNORECASE)
_OR_AFTER = re.compile(r"[ \t]+(?:or|and)[ \t]")
_DIGIT_GROUP_RUN = re.compile(r"(?<![\d,.])\d{1,5}(?:[ \t]\d{2,5}){2,}(?![\d,.]\d)")


def _in_a_run_of_digit_groups(text: str, ns: int, ne: int, lo: int, hi: int) -> bool:
    """Four or more groups of digits apart by single spaces, not all of three digits after the
    first ("12 392 11 00"), or three that open with a zero ("09 7865 43210"): a phone number, never
    a figure (a number with thin-space thousands has only three-digit groups after the first, and
    none opens with a zero)."""
    for run in _DIGIT_GROUP_RUN.finditer(text, max(lo, ns - 18), min(hi, ne + 18)):
        groups = run.group().split()
        if run.start() <= ns and ne <= run.end() and (
                (len(groups) >= 4 and any(len(g) != 3 for g in groups[1:]))
                or (len(groups[0]) >= 2 and groups[0].startswith("0"))
                or any(len(g) > 4 for g in groups[1:])):
            return True
    return False


_NUMBERED_PLACE_WORDS = frozenset("camp block sector zone ward gate pavilion building platform terminal "
                                   "route highway unit phase hall bay pier berth lane bunker shelter".split())
_MODEL_BEFORE_THE_VARIANT = re.compile(
    r"(?:\b(?:[A-Z]{2,}|Boeing|Airbus|Embraer|Antonov|Ilyushin|Tupolev|Sukhoi|Cessna|Beechcraft|Bombardier|"
    r"Dash|Dornier|Fokker|Saab|Mil|Kamov|Sikorsky|Bell|Let)[ \t]+\d{1,4}|\b[A-Z]{1,3}\d{2,4})-$")


def _is_not_claim_digits(text: str, ns: int, ne: int, digits: str, lo: int, hi: int,
                         bench: int = 0) -> bool:
    """Dates, years, times, ordinals, designations, keyword numbers, addresses, list markers.

    With ``bench=KEEP_ALL`` (the Number benchmark) only ordinals and glued codes ("KN-23A")
    are dropped here.
    """
    after = text[ne:ne + 40 if ne + 40 < hi else hi]
    a0 = after[:1]
    if a0.isalpha() or (a0 == "-" and after[1:2].isalpha()):
        if _ORDINAL_AFTER.match(after):
            return True
        if _code_suffix(text, ne, hi) and not (bench and a0 == "G"):
            return True
    if bench >= KEEP_ALL:
        return False
    before = text[ns - 40 if ns - 40 > lo else lo:ns]
    b1, b2 = before[-1:], before[-2:-1]  # the last two characters before the number
    if b1 == "-" and b2.isalpha():
        return True  # KN-23, Covid-19, F-16
    if b1 == "/" and b2.isdigit():
        return True  # the second half of "Kh-59/69", "24/7", "9/11"
    if b1 == "-" and b2.isdigit() and _MODEL_BEFORE_THE_VARIANT.search(before):
        return True  # the variant of "ATR 72-600", "A320-200", "Boeing 737-800"
    if (a0 == "\u00b7" and after[1:2].isdigit()) or (b1 == "\u00b7" and b2.isdigit()):
        return True  # "the '9·27' incident": a date as the name of an event
    if ("\u00a7" in before and before.rstrip(" \u00a0")[-1:] == "\u00a7") or (
            b1 == "(" and (b2 == ")" or (b2.isdigit() and a0 == ")"))) or (
            a0 in _TABS and after[1:2] in _CITATION_INITIALS and _CITATION_AFTER.match(after)):
        return True  # statutes: "8 U.S.C. § 1324(a)(1)(B)"
    if b1.isalpha() and not _currency_attached(text, ns, lo):
        return True  # G7, A320, USD115 handled by the currency check
    if len(digits) <= 2 and digits.isdigit() and int(digits) <= 24 and _time_may_follow(after) and \
            _TIME_AFTER.match(after):
        return True
    if len(digits) <= 2 and digits.isdigit() and a0 in _TABS and _an_hour_of_the_day(
            before, after, int(digits)):
        return True  # "by 6 in the morning"
    if (len(digits) == 4 and digits.isdigit() and int(digits[:2]) < 24 and int(digits[2:]) < 60
            and _ZONE_AFTER.match(after)):
        return True  # "0949 GMT"
    if "." in digits and _DOTTED_CLOCK.fullmatch(digits) and (
            (_time_may_follow(after) and _TIME_AFTER.match(after)) or _ZONE_AFTER.match(after)):
        return True  # "at around 8.45 p.m.", "20.45 local time"
    if "." in digits and _DOTTED_CLOCK.fullmatch(digits) and _AT_A_CLOCK_BEFORE.search(before) and (
            _PART_OF_DAY_AFTER.match(after)):
        return True  # "collided with a freight train at about 11.05 this morning"
    if (b1 in _TABS or b1 == "-") and b2.isdigit() and _PHONE_GROUPS_BEFORE.search(before):
        return True  # "0800 722 203": the later groups of a phone number
    if "(" in text[max(lo, ns - 16):ns + 3] and any(
            m.start() <= ns < m.end()
            for m in _PHONE_WITH_AREA_CODE.finditer(text, max(lo, ns - 16), min(hi, ne + 16))):
        return True  # "(0542) 61-30-47", "8 (4712) 58-21-04": a phone number with its area code in brackets
    if digits[:1] == "0" and len(digits) >= 3 and a0 in _TABS and _PHONE_GROUPS_AFTER.match(after):
        return True  # "0372 252 00 00": the first group of a phone number
    if digits[:1] == "0" and len(digits) >= 4 and a0 == "-" and after[1:2].isdigit():
        return True  # "01700-555123": a phone number's first group, never a range
    if b1 in _TABS and before[-4:-1] in (" on", " at") and digits.isdigit() and len(digits) >= 3 and (
            after[:1] in ("", ".", ",", ";", "\n", ")") or _OR_AFTER.match(after)) and (
            _CALL_SOMEONE_ON_BEFORE.search(text, max(lo, ns - 90), ns)):
        return True  # "call the Kenya Red Cross on 1199.", "call CONRED at 1566 or go to ...": a phone number
    if text[ns:ns + 1] in ("-", "\u2212") and _LEVEL_AFTER.match(after):
        return True  # "trapped at the -340 level": a mine's level, not a count
    if b1 in _TABS and any(word in before for word in ("line", "centre", "center", "number")) and (
            _HOTLINE_BEFORE.search(before)):
        return True  # "can call the Restoring Family Links hotline on 1415", "to telephone number 1566"
    if (a0 in _TABS or b1 in _TABS) and _in_a_run_of_digit_groups(text, ns, ne, lo, hi):
        return True  # "on 12 392 11 00": a phone number's groups, whatever the first digit
    if (after[1:2] in _NAME_INITIALS and _NAME_AFTER.match(after)) or (
            b1 in _TABS and b2 in _DIAL_ENDS and _ends_with(_DIAL_BEFORE, before, _DIAL_LONGEST)):
        return True  # "the 1400 block of", "the 1701 resolution", "call 112", "the 911 line"
    if b1 in _TABS and before[-3:-1] in ("or", "nd") and _DIAL_ANOTHER_BEFORE.search(before[-40:]):
        return True  # "call 103 or 101"
    if b1 in _TABS and before[-3:-1] in ("US", "S.") and _US_ROUTE_BEFORE.search(before[-24:]):
        return True  # "an icy stretch of U.S. 301": a road
    lw = _last_word(before)
    if _is_date(before, after, digits, lw):
        return True
    if _is_year(text, ns, ne, digits, before, after, lw):
        return True
    if (lw.lower() in _KEYWORDS and b1 in (" ", "\t", "\u00a0", "#")) or b1 == "#":
        return True
    if (lw.lower() in ("and", "or", "&", "to") or b1 in (",", "/", "-", "\u2013")
            or before.endswith(", ")) and (
            _KEYWORD_LIST_ITEM_END.match(after) and _in_a_list_of_sections(text[max(lo, ns - 300):ns])):
        return True
    if lw and not lw.islower() and _is_name_number(text, ns, before, lo, lw) and not _named_place_item(
            text[max(0, ns - 200):ns], after) and not (
            _counted_after(after) and _IN_A_PLACE_BEFORE.search(before)
            and lw.lower() not in _NUMBERED_PLACE_WORDS):  # but "in Camp 15 died in hospital": the camp's
        return True  # not "in Bangou Koirey 14 died", "in Gadabo 11 villagers were shot dead"
    if after[1:2].isupper() and _STREET_AFTER.match(after):
        return True
    if a0 == "." and _NUMBERED_ITEM_AFTER.match(after) and _LINE_START_BEFORE.search(before):
        return True  # "1. Persons rescued alive from debris: 15": a numbered list's marker
    return a0 == ")" and "(" not in before[-3:] and bool(_LIST_MARKER_BEFORE.search(before))


# "in Bangou Koirey" before a figure: a place, whose own figure follows it
_IN_A_PLACE_BEFORE = re.compile(r"\b(?:in|at)[ \t]+(?:[A-Z][\w\-']*[ \t]+){1,3}$")
_CITATION_INITIALS = frozenset("UC")  # what follows the space in `_CITATION_AFTER`
_CITATION_AFTER = re.compile(r"[ \t\u00a0](?:U\.\s?S\.\s?C\.|USC\b|C\.\s?F\.\s?R\.|CFR\b|U\.\s?S\.\s?\d)")


def _currency_attached(text: str, ns: int, lo: int) -> bool:
    return currency_before(text, ns, lo) is not None


def _code_suffix(text: str, ne: int, hi: int) -> bool:
    """Letters glued to the digits that are neither a unit nor a scale: "23A", "95MS", "5G"."""
    m = _TRAILING_LETTERS.match(text, ne + (1 if text[ne] == "-" else 0), hi)
    if m is None:
        return False
    word = m.group()
    if text[ne] == "-":
        return False  # "12-hour", "5-year-old": an adjective; handled later
    if (word in SCALE_ABBREV and word != "G") or word.lower() in ("bn", "mn", "mln", "bln", "tn", "mil"):
        return False
    if word in ("s", "S") or word.startswith(("s'", "s’")):
        return False  # decades, handled by the year check
    if _unit_word(word) is not None:
        return False
    return word.lower() not in ("x", "yo")


@lru_cache(maxsize=4096)
def _unit_word(word: str) -> Unit | None:
    from checker.units import lookup

    return lookup(word)


def _month_may_follow(after: str) -> bool:
    """False when `_MONTH_AFTER` cannot match: neither an ordinal suffix, a comma nor a space
    then a month or "of" starts `after`."""
    c = after[:1]
    if c in _MONTH_SPACES:
        c = after[1:2]
        if c in _MONTH_SPACES:
            c = after[2:3]
        return c in _MONTH_INITIALS
    return c in _MONTH_AFTER_FIRST


_MONTH_SPACES = frozenset(" \t\u00a0")
_WEEKDAY_PAREN_BEFORE = re.compile(r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                                   r"(?:[ \t]+(?i:morning|afternoon|evening|night))?[ \t]?\(\Z")
# "ſ" matches "s" case-insensitively
_MONTH_INITIALS = frozenset("jJfFmMaAsSoOnNdDſ")
_MONTH_AFTER_FIRST = frozenset("sSnNrRtTſ,")


def _is_date(before: str, after: str, digits: str, lw: str) -> bool:
    if not digits.isdigit() or len(digits) > 4:
        return False
    v = int(digits)
    day = 1 <= v <= 31
    if day and _month_may_follow(after) and _MONTH_AFTER.match(after):
        return True
    if day and after[:1] in ("-", "\u2013", " ") and _DAY_RANGE_AFTER.match(after):
        return True  # "the night of 17-18 June", "29 and 30 July"
    if day and before[-1:] in ("-", "\u2013", " ") and _DAY_RANGE_BEFORE.search(before):
        return True  # "June 17-18", "July 29 and 30"
    if day and before[-1:] == "(" and after[:1] == ")" and _WEEKDAY_PAREN_BEFORE.search(before[-26:]):
        return True  # "this Tuesday (23)": the day of the month, as Brazilian and Portuguese papers give it
    if lw.lower().rstrip(".,") not in _MONTH_NAMES:
        return False
    if not _MONTH_BEFORE.search(before):
        return False
    # "in November, 14 in December": after a month and a comma only a year is the date's ("November, 2024")
    return 1000 <= v <= 2100 or (day and not before.rstrip().endswith(","))


_AND_A_YEAR_AFTER = re.compile(r"(?:,[ \t]+when\b|[ \t]+and[ \t]+(?:1[89]|20)\d\d\b(?![ \t]+[a-z]))")


_A_SPAN_OF_BEFORE = re.compile(r"\b(?:whole|rest|end|start|beginning|middle|course|half|months|weeks|summer|"
                               r"winter|spring|autumn)[ \t]+of[ \t]+$", re.IGNORECASE)


def _is_year(text: str, ns: int, ne: int, digits: str, before: str, after: str,
             last_word: str | None = None) -> bool:
    """A 4-digit number 1000-2100 is a year in year context, a count before a counted noun.

    Year context: "in/since/by/until 2022", "of 2019", "April 2025", "2022's", "the 1990s",
    "the 2022 election", "'22".  Count context: a currency, qualifier, scale or unit around it,
    a counted noun after it ("2000 people", "1500 new homes", "2000 were killed"), or a
    counting word before it ("killed 2000", "some 1500").  With neither, a number from 1800
    on is a year ("in a statement, 2025 ...", a bare "2025") and an older one a count.
    """
    if len(digits) != 4 or not digits.isdigit():
        return (len(digits) == 2 and digits.isdigit() and before[-1:] in ("'", "’")
                and not before[-2:-1].isalnum())  # '90s, '22
    v = int(digits)
    if not 1000 <= v <= 2100:
        return False
    if _DECADE_AFTER.match(after) or _POSSESSIVE_AFTER.match(after):
        return True  # the 1990s, 2022's
    if before[-2:] == ", " and _FULL_DATE_BEFORE.search(before[-16:]):
        return True  # "from February 24, 2022 to June 9, 2026 have amounted to ...": a date's year
    if before[-8:].lower() == "between " and _AND_A_YEAR_AFTER.match(after):
        return True  # "to halve road deaths between 2019, when 22,700 people died, and 2030"
    if before[-1:] in ("$", "€", "£", "¥") or _qualifier_before(before) is not None:
        return False
    scale = _SCALE_AFTER.match(after) if _scale_may_follow(after, 0) else None
    if after[:1] == "%" or (scale is not None and scale.group("w").lower() in SCALES):
        return False
    lw = (_last_word(before) if last_word is None else last_word).lower()
    if lw in _YEAR_STRONG and _ends_with(_YEAR_PREFIX, before, _YEAR_PREFIX_LONGEST):
        return True  # "in 2022", "since 2014 soldiers have ...": the preposition decides
    if lw == "of" and _A_SPAN_OF_BEFORE.search(before):
        return True  # "The toll for the whole of 2025 was 641": a year, whatever verb follows
    if _counted_after(after):
        # "the 2019 floods" is a year, "the 2000 people who ..." a count: after a determiner
        # only a round figure counts.
        return lw in _DETERMINERS and v % 50 != 0
    if lw in _COUNT_BEFORE and before[-1:] in " \t\u00a0":
        return False  # "killed 2000", "evacuated 2000."
    if (lw in _YEAR_WORDS or before[-1:] in ("'", "’", "-", "–")) and \
            _ends_with(_YEAR_PREFIX, before, _YEAR_PREFIX_LONGEST):
        return True
    return v >= 1800


def _counted_after(after: str) -> bool:
    """A counted noun, a non-time unit or a verb of a count follows: "2000 people", "2000 km",
    "1500 new homes", "2000 were killed", "2000 of them"."""
    if _COUNT_VERB_AFTER.match(after):
        return True
    m = _PLURAL_NOUN_AFTER.match(after)
    if m is not None:
        hit = unit_after(after, 0)
        return hit is None or hit[0].kind != "time" or hit[1] >= m.end()
    hit = unit_after(after, 0)
    return hit is not None and hit[0].kind not in ("time", "currency")


# "Injured by prefecture: Okinawa 6, Kagoshima 31, Miyazaki 12", "Dead: 3 (Kagoshima 2,
# Miyazaki 1)": places, each with its figure, in a list introduced as one
# "Okinawa", "Khyber Pakhtunkhwa", "Azad Jammu and Kashmir"
# "Arroio do Meio", "Santa Cruz de la Sierra", "Vila Nova dos Martírios": small words inside a name
_PLACE_NAME = (r"[A-Z][a-z][\w\-]*(?:[ \t]+(?:(?:and|of|del?|la|las|los|do|da|dos|das|di|du|des|el)[ \t]+)?"
               r"[A-Z][a-z][\w\-]*){0,3}")
# "Dnipro district – 9": an area's kind after its name, a dash before its figure
_AREA_KIND = r"(?:[ \t]+(?:district|region|oblast|province|county|state|governorate|prefecture))?"
_PLACE_REPORTED = r"(?:reported|recorded|registered|logged|confirmed|counted|had|saw|accounted[ \t]+for)"
# "followed by Chichaoua with 39": a figure told with the place
_ITEM_GAP = r"(?:[ \t]+(?:with[ \t]+)?|[ \t]*[\u2013\u2014-][ \t]*)"
# an item's figure in digits or words: "Quang Ngai recorded nine deaths, Gia Lai six, Da Nang four"
_UNITS_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ITEM_FIGURE = (r"(?:\d[\d,]*|" + _TENS_WORD + r"(?:-" + _UNITS_WORD + r")?|" + _UNITS_WORD
                + r"|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen)(?![\w-])")
# the scanner sees the words from the last list break on: "and Oldonyo " of "..., two and Oldonyo one."
# "..., Mandoro two and Oldonyo one"; "..., Tanahun (two) and Parbat (one)"
_ONE_ENDS_A_PLACE_LIST = re.compile(rf"(?:\A|[,)])[ \t]*and[ \t]+{_PLACE_NAME}(?:[ \t]+|[ \t]*\()\Z")
_PLACE_LIST_SO_FAR = re.compile(
    r"(?:\b(?P<by>[Bb]y[ \t]+(?:prefecture|province|region|state|district|county|oblast|city|country|area|"
    # "By province, the reported deaths are:", "Province-wise, the deaths are:"
    r"governorate|municipality|department)s?|(?i:prefecture|province|region|state|district|county|city)-wise|"
    # a sitrep's "Deaths: Punjab 19, Khyber Pakhtunkhwa 14, ...": a factbox label's items by place
    r"\b(?:Deaths|Dead|Killed|Injured|Injuries|Wounded|Missing|Fatalities)(?=[ \t]*:[ \t]*[A-Z]))"
    # "distributed by governorate as follows: Gaza City 38, ..."
    r"(?:[ \t]*,[^:.\n\d]{0,40}|[ \t]+as[ \t]+follows)?[ \t]*:|"
    r"\d[^()\n]{0,20}\(|"
    # "38 people have died across five states: Okpara 21, Ruwan 9"
    r"\d[^:.\n]{0,60}\b(?:states|provinces|regions|districts|counties|municipalities|prefectures|oblasts)"
    r"[ \t]*:|"
    # "Punjab reported 91 deaths, Khyber Pakhtunkhwa 64, Sindh 27": the verb and noun left out
    rf"(?P<told>\b{_PLACE_NAME}{_AREA_KIND}[ \t]+{_PLACE_REPORTED}[ \t]+"
    rf"{_ITEM_FIGURE}(?:[ \t]+[a-z][\w-]*){{1,3}}[ \t]*,))[ \t]*(?:followed[ \t]+by[ \t]+)?"
    rf"(?:(?:the[ \t]+)?{_PLACE_NAME}{_AREA_KIND}{_ITEM_GAP}{_ITEM_FIGURE}"
    r"(?:[ \t]*[,;][ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+))*"
    rf"(?:(?:the[ \t]+)?(?P<place>{_PLACE_NAME}){_AREA_KIND}|(?P<rest>other[ \t]+[a-z]+|elsewhere))"
    rf"{_ITEM_GAP}$")
_PLACE_ITEM_END = re.compile(r"[ \t]*(?:[,;)]|$|\n|\.(?:\s|$)|and\b)")


# the first item of such a list: "Punjab reported 91 deaths, Khyber Pakhtunkhwa 64"
# "Ngarua has also recorded five of the deaths"
FIRST_PLACE_ITEM_BEFORE = re.compile(rf"\b(?P<place>{_PLACE_NAME})[ \t]+(?:(?:has|have|had)[ \t]+)?"
                                     rf"(?:also[ \t]+)?{_PLACE_REPORTED}[ \t]+$")
FIRST_PLACE_ITEM_AFTER = re.compile(
    rf"(?:[ \t]+[a-z][\w-]*){{1,3}}[ \t]*,[ \t]*(?:followed[ \t]+by[ \t]+)?"
    rf"{_PLACE_NAME}{_AREA_KIND}{_ITEM_GAP}" + _ITEM_FIGURE)


def place_list_item(before: str, after: str) -> re.Match[str] | None:
    """An item of a list of places and their figures ("Injured by prefecture: Okinawa 6,
    Kagoshima 31, other prefectures 9"), whose figure is between `before` and `after`: groups
    `place` (None for "other prefectures"), `by` (a list by area, not in brackets) and `told` (a
    list whose first item tells the verb and noun the others leave out: "Punjab reported 91
    deaths, Sindh 27")."""
    if not _PLACE_ITEM_END.match(after):
        return None
    return _PLACE_LIST_SO_FAR.search(before)


def _named_place_item(before: str, after: str) -> bool:
    item = place_list_item(before, after)
    return item is not None and item.group("place") is not None


def _is_name_number(text: str, ns: int, before: str, lo: int,
                    last_word: str | None = None) -> bool:
    """"Boeing 777", "Fortune 500", "S&P 500", "Formula 1": a capitalised word (not the
    first of a sentence) just before the number."""
    lw = _last_word(before) if last_word is None else last_word
    if not lw or lw == lw.lower():
        return False
    m = _CAP_WORD_BEFORE.search(before[-len(lw) - 4:])
    if m is None:
        return False
    word = m.group(1)
    if word.endswith(("'s", "’s", ".")) and not word.endswith("No."):
        return False
    if not any(c.isupper() for c in word) or word in _NOT_NAME_WORDS:
        return False
    if _MONTH_WORD.fullmatch(word):
        return False
    word_start = ns - (min(len(before), len(lw) + 4) - m.start(1))
    if currency_before(text, ns, lo) is not None or (
            word.isupper() and 2 <= len(word) <= 4 and get_unit(word) is not None):
        return False  # "USD 5", "MAUD 60", "of Rs 10 lakh"
    if word.endswith("ly") and word[0].isupper() and word[1:].islower():
        return False  # "Roughly 40"
    if word[0].isupper() and word[1:].islower() and _SENTENCE_START.search(
            text[max(lo, word_start - 4):word_start]):
        return _named_so_elsewhere(text, word, ns)  # "Later 15 died": the first word of a sentence
    return word_start >= lo


def _named_so_elsewhere(text: str, word: str, ns: int) -> bool:
    """"Rescue 1122 district emergency officer ... said", first in its sentence, after "According
    to Rescue 1122," earlier: the same word and number inside a sentence make them a name."""
    digits = _DIGIT_RUN.match(text, ns)
    if digits is None:
        return False
    name = f"{word} {digits.group()}"
    at = text.find(name)
    while at != -1:
        if at != ns - len(word) - 1 and not text[at + len(name):at + len(name) + 1].isdigit() and (
                not _SENTENCE_START.search(text[max(0, at - 4):at])):
            return True
        at = text.find(name, at + 1)
    return False


_DIGIT_RUN = re.compile(r"\d+")


# a capitalised word after a capitalised number word: "the Seven Forks dams", "Three Gorges"
_NAME_WORD_AFTER = re.compile(r"[ \t\u00a0]+(?!(?:Of|And|The|In)\b)[A-Z][a-z]+")


def _word_in_a_name(text: str, ws: int, ne: int, before: str, hi: int) -> bool:
    """A number word written with a capital inside a sentence, before another capitalised word:
    part of a name ("the Seven Forks dams"), not a figure."""
    if _SENTENCE_START.search(before) or not before.strip():
        return False
    after = _NAME_WORD_AFTER.match(text, ne, hi)
    return after is not None and get_unit(after.group().strip()) is None


def _words(text: str, m: re.Match[str], lo: int, hi: int, bench: int = 0) -> _Num | None:
    """A run of number words: parse the longest number at its start."""
    ws = m.start()
    runs = _LETTER_RUN.findall(text, ws, m.end())
    words = [w.lower() for w in runs]
    parsed = _parse_tokens(words)
    if parsed is None:
        return None
    value, used = parsed
    ne = _runs_end(text, ws, runs, used)
    ns = ws
    before = text[ns - 40 if ns - 40 > lo else lo:ns]
    after = text[ne:ne + 40 if ne + 40 < hi else hi]
    first = words[0]
    if first in ("dozens", "dozs", "dzs"):
        return None
    if first in _A_MULTIPLIES:  # "a hundred", "a dozen", "a million"
        a = _A_BEFORE.search(before) if _last_word(before).lower() in ("a", "an") else None
        if a is not None:
            ns -= len(a.group(0))
            before = text[ns - 40 if ns - 40 > lo else lo:ns]
    if used == 1 and first == "one" and _one_is_pronoun(before, after) and \
            _ORD_TAIL.match(text, ne, hi) is None:
        return None
    if after[:1] in _ORDINAL_INITIALS and _ORDINAL_AFTER.match(after):
        return None
    if not bench and used == len(words) and after[:1] in _TABS and _an_hour_of_the_day(before, after, value):
        return None  # "By six in the morning the governor was reporting nine drones downed"
    if not bench and text[ws].isupper() and (_is_name_number(text, ws, before, lo) or _word_in_a_name(
            text, ws, ne, before, hi)):
        return None
    if used == 1 and first == "nil" and not _unit_follows(text, ne, hi):
        return None
    num = _Num(ns, ne, ns, ne, value, True)
    used_words = words[:used] if ns == ws else ["a", *words[:used]]
    num = _word_extras(text, num, used_words, hi, bench)
    return _finish(text, num, lo, hi, bench)


def _unit_follows(text: str, ne: int, hi: int) -> bool:
    return unit_after(text, ne, hi) is not None


def _one_is_pronoun(before: str, after: str) -> bool:
    if _ends_with(_SIGN_WORD_BEFORE, before, _SIGN_WORD_LONGEST):
        return False  # "minus one"
    if _ONE_NOT_NUMBER_AFTER.match(after):
        return not _ONE_ENDS_A_PLACE_LIST.search(before)  # "..., Mandoro two and Oldonyo one."
    last = _last_word(before).lower()
    if last.endswith(("est", "er")) and _ONE_COMPARED_BEFORE.search(before[-40:]):
        return True  # "the lowest one", "a bigger one"
    return last in _ONE_PREV and bool(_ONE_NOT_NUMBER_BEFORE.search(before))


_POINT_SECOND = frozenset(" \tpP")  # `_POINT_AFTER` is spaces, then "point"
_SEP_FIRST = frozenset(" \t-")  # what `_SEP`, and so `_ORD_TAIL`, starts with


def _word_extras(text: str, num: _Num, tokens: list[str], hi: int, bench: int) -> _Num:
    """"one and a half", "two-thirds", "five point five", "one hundred and three quarters",
    "three million and a half", "two thirds of a million", "one over three" (bench)."""
    ne = num.num_end
    m = _POINT_AFTER.match(text, ne, hi) if text[ne:ne + 1] in _TABS and \
        text[ne + 1:ne + 2] in _POINT_SECOND else None
    if m is not None and math.isfinite(num.value):
        num.value = float(f"{int(num.value)}.{_decimal_digits(m.group('d'))}")
        num.end = num.num_end = m.end() - (len(m.group(0)) - len(m.group(0).rstrip(" \t-")))
        return num
    m = _ORD_TAIL.match(text, ne, hi) if text[ne:ne + 1] in _SEP_FIRST else None
    if m is not None:
        tail = _split_word_tokens(m.group())
        scale = _SCALE_WORD_AFTER.match(text, m.end(), hi) if "and" in tokens + tail else None
        factor = _WORD_VALUES[scale.group("w").lower()] if scale is not None else None
        value = _fraction_value([*tokens, *tail], bench, factor)
        if value is not None:
            num.value = value
            num.end = num.num_end = m.end() if scale is None else scale.end()
            _scale_fraction(text, num, hi)
            return num
    return num


def _decimal_digits(words: str) -> str:
    """"seventy-one" -> "71", "five five" -> "55", "seventy" -> "70"."""
    out: list[str] = []
    toks = _split_word_tokens(words)
    i = 0
    while i < len(toks):
        v = int(_WORD_VALUES[toks[i]])
        if toks[i] in TENS and i + 1 < len(toks) and toks[i + 1] in ONES and ONES[toks[i + 1]]:
            v += ONES[toks[i + 1]]
            i += 1
        out.append(str(v))
        i += 1
    return "".join(out)


def _scale_fraction(text: str, num: _Num, hi: int) -> None:
    """"two thirds of a million", "a quarter million": a fraction times a scale word."""
    if num.value >= 1 or text[num.end:num.end + 1] not in _TABS:
        return  # both patterns start with a space or a tab
    m = _OF_A_SCALE.match(text, num.end, hi) or _SCALE_WORD_AFTER.match(text, num.end, hi)
    if m is not None:
        num.value *= _WORD_VALUES[m.group("w").lower()]
        num.end = num.num_end = m.end()


_OVER_SECOND = frozenset(" \toO")


def _attach_over(text: str, num: _Num, hi: int) -> None:
    """"one over three", "1 over 20": a fraction (benchmark path only: "won 3 over 2 ...")."""
    if text[num.num_end:num.num_end + 1] not in _TABS or \
            text[num.num_end + 1:num.num_end + 2] not in _OVER_SECOND:
        return
    m = _OVER.match(text, num.num_end, hi)
    if m is None:
        return
    den = float(m.group("d")) if m.group("d") else parse_number_word(m.group("w"))
    if den:
        num.value /= den
        num.end = num.num_end = m.end()


def _cardinal(tokens: list[str]) -> tuple[float, str] | None:
    """The value of tokens that are one whole cardinal ("a" alone is 1), and its last kind."""
    if len(tokens) == 1 and tokens[0] in ("a", "an", "one"):
        return 1.0, "ones"
    if tokens and tokens[0] in ("a", "an"):
        tokens = tokens[1:]
        if not tokens or tokens[0] not in _A_MULTIPLIES:
            return None
    parsed = _parse_tokens(tokens)
    if parsed is None or parsed[1] != len(tokens):
        return None
    last = tokens[-1]
    kind = "tens" if last in TENS else ("scale" if last in SCALES else "other")
    return parsed[0], kind


def _denominator(tokens: list[str]) -> float | None:
    """"fifth" 5, "twenty-fifth" 25, "one hundred and fifth" 105, "quarter" 4."""
    base = _ORDINALS.get(tokens[-1])
    if base is None:
        return None
    word = tokens[-1].rstrip("s") if tokens[-1] != "halves" else "half"
    if len(tokens) == 1:
        return None if word == "first" else _WORD_VALUES[base]
    if word in ("quarter", "half") or tokens[0] in _NOT_DENOMINATOR_START:
        return None
    parsed = _parse_tokens([*tokens[:-1], base])
    return parsed[0] if parsed is not None and parsed[1] == len(tokens) else None


def _split_fraction(tokens: list[str], bench: int) -> float | None:
    """numerator words + ordinal words: the split with the longest denominator that reads.

    "one hundred thirty fifths" = 100/35, "one hundred thirty two fifths" = 132/5,
    "twenty twenty fifths" = 20/25.  A tens word and the ones word after it are one number
    ("ninety - five hundred fifths" = 9500/5).  Outside the benchmark path only the plain
    "<number> <fraction word>" form is read ("two thirds", "five eighths", "a fifth").
    """
    first_split = 1 if bench else len(tokens) - 1
    last = len(tokens) - 1
    for k in range(max(first_split, 1), len(tokens)):
        if tokens[k - 1] in TENS and tokens[k] in ONES:
            continue
        if k < last and tokens[k] in _NOT_DENOMINATOR_START:
            continue  # what `_denominator` rejects first, without the slice and the call
        den = _denominator(tokens[k:])
        if not den:
            continue
        num = _cardinal(tokens[:k])
        if num is None:
            continue
        singular = not tokens[-1].endswith("s") or tokens[-1] == "halves"
        if not bench and (singular != (num[0] == 1) or tokens[-1].rstrip("s") == "first"):
            return None  # "the two third-party ...", "one first"
        return num[0] / den
    return None


def _fraction_value(tokens: list[str], bench: int, factor: float | None = None) -> float | None:
    """Words ending in an ordinal: a fraction, or a whole number "and" a proper fraction.

    "one hundred and three quarters" = 100.75, "three million and a half" = 3.5 million,
    "two and fifty-four hundredths" = 2.54; "one hundred and thirty fifths" = 130/5 (the
    part after "and" is not a proper fraction, so "and" belongs to the numerator).  `factor`
    is a scale word written after the fraction: "one billion and a half million".
    """
    if "and" in tokens:
        i = len(tokens) - 1 - tokens[::-1].index("and")
        frac = _split_fraction(tokens[i + 1:], True)
        head = _cardinal(tokens[:i]) if frac is not None and frac < 1 else None
        if head is not None:
            if head[1] == "scale":  # "one billion and a half (million)"
                return head[0] + frac * (factor or SCALES.get(tokens[i - 1], 1.0))  # type: ignore[operator]
            return (head[0] + frac) * (factor or 1.0)  # type: ignore[operator]  # "five and a half (million)"
    return _split_fraction(tokens, bench)


def _half(text: str, m: re.Match[str], lo: int, hi: int) -> _Num | None:
    """"half" (0.5), "half a dozen" (6), "half a million" (500000), "a quarter" (0.25)."""
    word = m.group().lower()
    value = 0.25 if "quarter" in word else 0.5
    ns, ne = m.span()
    if _PERIOD_PART_BEFORE.search(text, max(lo, ns - 12), ns):
        return None  # "the second half", "the first quarter": a part of a period, not a share
    tail = _HALF_A.match(text, ne, hi)
    if tail is None:
        tail = re.compile(r"(?i:[ \t]+)(?P<w>million|billion|thousand)\b").match(text, ne, hi)
    if tail is not None:
        value *= _WORD_VALUES[tail.group("w").lower()]
        ne = tail.end()
    elif "quarter" not in word:
        a = _A_BEFORE.search(text[max(lo, ns - 4):ns])
        if a is not None:
            ns -= len(a.group(0))
    num = _Num(ns, ne, ns, ne, value, True)
    return _finish(text, num, lo, hi)


def _vague(text: str, m: re.Match[str], lo: int, hi: int) -> _Num | None:
    phrase = " ".join(m.group().lower().split())
    low, high = _vague_interval(phrase)
    ns, ne = m.span()
    num = _Num(ns, ne, ns, ne, 0.0, True, kind="vague", qualifier="vague", low=low, high=high)
    return _finish(text, num, lo, hi)


def _vague_interval(phrase: str) -> tuple[float, float]:
    # case-insensitive matching lets "\u017f" (long s) and "\u212a" (Kelvin sign) stand for s, k
    phrase = phrase.replace("\u017f", "s").replace("\u212a", "k")
    if phrase.startswith(("tens of", "hundreds of")):
        base, _, scale = phrase.partition(" of ")
        lo, hi = _VAGUE_BASE[base]
        mult = SCALES[scale.rstrip("s")]
        return lo * mult, (hi + 1) * mult - 1
    for key in ("several", "a few"):
        if phrase.startswith(key):
            lo, hi = _VAGUE_BASE[key]
            rest = phrase[len(key):].strip()
            mult = 12.0 if rest == "dozen" else (100.0 if rest == "hundred" else SCALES.get(rest, 1.0))
            return lo * mult, hi * mult
    return _VAGUE_BASE[phrase]


# ---------------------------------------------------------------- around the numeral

def _finish(text: str, num: _Num, lo: int, hi: int, bench: int = 0) -> _Num | None:
    """Attach sign, scale, unit, age, qualifiers and the interval."""
    if num.kind != "vague":
        ns = num.num_start
        if not (num.value <= 0 or ns - lo < 2 or text[ns - 1] not in " \t\u00a0" or
                text[ns - 2] not in "eEsS-−"):
            _attach_sign(text, num, lo, bench)
        # At the end of the text nothing can attach after the number: every look-ahead
        # below needs a character before `hi`.
        follows = num.end < hi
        if follows and _scale_may_follow(text, num.num_end):
            _attach_scale(text, num, hi, bench)
        # an age needs a word after the number, or "aged" before it (and so room for it)
        age = _age(text, num, lo, hi) if follows or num.start - lo > 3 else None
        if age is not None:
            return age
        if num.start > lo:  # at the start of the text nothing can come before the number
            _attach_currency_before(text, num, lo)
        if follows:
            if bench:
                _attach_over(text, num, hi)
            _attach_unit_after(text, num, hi)
            _attach_ratio(text, num, lo, hi, bench)
    else:
        _attach_unit_after(text, num, hi)
    _attach_qualifier(text, num, lo, hi)
    return num


def _attach_sign(text: str, num: _Num, lo: int, bench: int) -> None:
    """"minus 5", "negative one"; on the benchmark path also a spaced "- 5"."""
    ns = num.num_start
    if num.value <= 0 or ns - lo < 2 or text[ns - 1] not in " \t\u00a0" or \
            text[ns - 2] not in "eEsS-−":
        return  # the cheap test first: "minus 5", "negative 5", "- 5"
    window = text[max(lo, num.num_start - 10):num.num_start]
    m = _SIGN_WORD_BEFORE.search(window)
    if m is None and bench:  # searched in text: its look-behind must see a number before
        m = _SPACED_MINUS_BEFORE.search(text, max(lo, num.num_start - 10), num.num_start)
        if m is not None:
            num.value = -num.value
            num.start = num.num_start = m.start()
        return
    if m is not None:
        num.value = -num.value
        num.start = num.num_start = num.num_start - (len(window) - m.start())


def _scale_may_follow(text: str, pos: int) -> bool:
    """False when `_SCALE_AFTER` cannot match at pos: the first character after at most two
    spaces cannot start a scale word."""
    c = text[pos:pos + 1]
    if c in _SCALE_SPACES:
        c = text[pos + 1:pos + 2]
        if c in _SCALE_SPACES:
            c = text[pos + 2:pos + 3]
    return c in _SCALE_INITIALS_AFTER


_SCALE_SPACES = frozenset(" \t\u00a0-")
_SCALE_INITIALS_AFTER = frozenset("hHtTmMbBlLcCdDkKG")


def _attach_scale(text: str, num: _Num, hi: int, bench: int = 0) -> None:
    """"5 million", "3bn", "a dozen": called where `_scale_may_follow`."""
    m = _SCALE_AFTER.match(text, num.num_end, hi)
    if m is None:
        return
    w = m.group("w")
    if num.is_word and w.lower() not in SCALES and w.lower() != "hundred":
        return
    if w == "G" and not bench:
        return  # "5G": a designation in news; "10G" = 10 giga on the benchmark path
    if w in ("m", "M", "b", "B", "k", "K", "G") and m.group("sp") and w not in ("M", "B") and \
            not (bench and w in ("k", "K", "G")):
        return  # "5 m" is five metres; "10 k" stays a number
    if w == "m" and not _money_context(text, num):
        return  # "1.8m" is a length unless money is meant
    if w == "B" and not _money_context(text, num):
        return
    if w.lower() == "hundred":
        if num.is_word:
            return
        factor = 100.0
    elif w.lower() in _DOZEN_WORDS:
        factor = 12.0
    else:
        factor = (SCALES["lakh"] * SCALES["crore"] if " " in w  # "Rs 1.08 lakh crore"
                  else SCALES.get(w.lower()) or SCALE_ABBREV.get(w) or SCALE_ABBREV.get(w.lower(), 1.0))
    num.value *= factor
    num.num_end = num.end = m.end()
    num.scaled = True
    if factor >= 1e3:
        _and_fraction_of_scale(text, num, factor, hi)


def _and_fraction_of_scale(text: str, num: _Num, factor: float, hi: int) -> None:
    """"3 million and a half" = 3.5 million, "5 billion and three quarters"."""
    m = _DIGIT_AND_FRACTION.match(text, num.num_end, hi)
    if m is None:
        return
    frac = _split_fraction(_split_word_tokens(m.group())[1:], True)
    if frac is not None and frac < 1:
        num.value += frac * factor
        num.num_end = num.end = m.end()


def _money_context(text: str, num: _Num) -> bool:
    return currency_before(text, num.num_start, max(0, num.num_start - 8)) is not None


def _attach_currency_before(text: str, num: _Num, lo: int) -> None:
    hit = currency_before(text, num.start, lo)
    if hit is None:
        return
    unit, ustart = hit
    if unit.name in ("satoshi",):
        return
    num.unit = unit
    num.start = ustart
    if _MULT_PREFIX.match(text, ustart, num.num_start):
        num.value *= 1e6  # "MAUD 60", "MUSD 5": millions of the currency
        num.scaled = True


_MULT_PREFIX = re.compile(r"M(?:USD|EUR|GBP|AUD)\b")


_DIGIT_NEXT = re.compile(r"[ \t\u00a0]{0,2}\d")
_MULT_CODES = re.compile(r"[ \t]?M(USD|EUR|GBP|AUD)\b")


def _attach_unit_after(text: str, num: _Num, hi: int) -> None:
    ne = num.end
    if ne < hi and text[ne] == "-" and ne + 1 < hi and text[ne + 1].isalpha():
        hit = unit_after(text, ne + 1, hi)  # "12-hour shift", "a 10-gallon cooler"
        if hit is not None:
            num.unit, num.end = hit[0], hit[1]
        return
    mult = _MULT_CODES.match(text, ne, hi) if "M" in text[ne:ne + 2] else None
    if mult is not None:
        num.unit = get_unit(mult.group(1))
        num.value *= 1e6
        num.end = mult.end()
        return
    hit = unit_after(text, ne, hi)
    if hit is None:
        return
    unit, uend = hit
    if unit.kind == "currency" and not text[uend - 1].isalpha() and \
            _DIGIT_NEXT.match(text, uend, hi):
        return  # "$ 20.00 $ 37.97", "1 $ 10": the sign belongs to the next number
    if num.unit is not None and (unit.kind != "currency" or unit.name != num.unit.name):
        if unit.name == "USD" and num.unit.kind == "currency" and \
                text[ne:uend].strip().lower() in ("dollar", "dollars"):
            num.end = uend  # "$ 10 dollars"
        return
    if not _unit_ok(text, num, unit, ne, uend):
        return
    num.unit = unit
    num.end = uend
    _attach_subunit(text, num, hi)
    if not num.scaled:
        m = _SCALE_AFTER.match(text, uend, hi) if _scale_may_follow(text, uend) else None  # "75 USD million"
        if m is not None and m.group("w").lower() in SCALES and unit.kind == "currency":
            num.value *= SCALES[m.group("w").lower()]
            num.end = m.end()


_SUBUNITS: dict[str, tuple[float, re.Pattern[str]]] = {
    "foot": (12.0, re.compile(r"[ \t](?:and[ \t])?(\d{1,2}(?:\.\d+)?)[ \t]?(?:in\b\.?|inch(?:es)?\b|\"|″)")),
    "pound": (16.0, re.compile(r"[ \t](?:and[ \t])?(\d{1,2}(?:\.\d+)?)[ \t]?(?:oz\b|ounces?\b)")),
}
_CENTS = re.compile(r"[ \t](?:and[ \t])?(?:(\d{1,2})|(" + _W + r")(?:[ \t-](" + _W + r"))?)"
                    r"(?:[ \t](?:cents?|pence|p)\b|(?=[ \t]*(?:[.,;!?]|\Z|[ \t]and\b)))", re.I)


def _attach_subunit(text: str, num: _Num, hi: int) -> None:
    """"5 feet 2 inches", "3 dollars 50 cents", "thirteen dollars and forty-five cents"."""
    unit = num.unit
    if unit is None or num.scaled:
        return
    if unit.kind == "currency" and text[num.end - 1:num.end].isalpha():
        m = _CENTS.match(text, num.end, hi)
        if m is None:
            return
        if m.group(1):
            cents = float(m.group(1))
        else:
            words = " ".join(w for w in (m.group(2), m.group(3)) if w)
            parsed = parse_number_word(words)
            if parsed is None:
                return
            cents = parsed
        if 0 < cents < 100:
            num.value += cents / 100
            num.end = m.end()
        return
    sub = _SUBUNITS.get(unit.name)
    if sub is not None:
        m = sub[1].match(text, num.end, hi)
        if m is not None and float(m.group(1)) < sub[0]:
            num.value += float(m.group(1)) / sub[0]
            num.end = m.end()


def _unit_ok(text: str, num: _Num, unit: Unit, ne: int, uend: int) -> bool:
    """Reject unit readings that are ordinary words in context."""
    surface = text[ne:uend].strip()
    attached = ne < len(text) and not text[ne].isspace()
    if len(surface) == 1 and surface.isalpha() and not attached:
        # "5 m", "3 C": a lone letter after a space counts only for a few symbols.
        return surface in ("m", "C", "F", "g", "t", "h", "l", "L", "p") and not (
            uend < len(text) and text[uend:uend + 1] == "." and surface in ("p",))
    if surface.lower() in ("in", "in.") and not attached:
        return False
    if unit.kind == "time" and num.is_word and num.value == 1 and surface.lower() == "day":
        return True
    return True


# what `_AGE_AFTER` can start with: "yo", or a separator then "year", "month", "week", "day"
_AGE_FIRST = frozenset("yY")
_AGE_SEPARATORS = frozenset(" \t-")
_AGE_INITIALS = frozenset("yYmMwWdD")


def _age_unit(word: str) -> Unit:
    name = f"{word}_of_age"
    return Unit(name, (name, word, "year of age" if word == "year" else word, "age"), "age")


# built once: a frozen Unit is slow to create, and ages are common
_AGE_UNIT: dict[str, Unit] = {w: _age_unit(w) for w in ("year", "month", "week", "day")}


_NAME_BEFORE_BRACKET = re.compile(r"[A-Z][a-z'\u2019\-]+(?:[ \t]+[A-Z][a-z'\u2019\-]+){1,3}[ \t]*\($")
_NAMES_INTRO = re.compile(r"\b(?:names?[ \t]+of|named|identified[ \t]+(?:as|them[ \t]+as)|"
                          r"(?:victims|the[ \t]+(?:dead|deceased))[ \t]+(?:are|were|as)\b"
                          # not "The dead were recorded in four provinces: Mayo-Kebbi Est (96)": places
                          r"(?![ \t]+(?:recorded|registered|reported|counted|found|located|spread|"
                          r"distributed|in|from|across)\b))\b[^.]*$", re.IGNORECASE)


def _named_person_age(text: str, num: _Num) -> bool:
    """A bracketed number after a person's name in a list of the people named: their age."""
    start, end = num.start, num.end
    if not (start > 0 and text[start - 1] == "(" and text[end:end + 1] == ")" and num.value is not None
            and float(num.value).is_integer() and num.value > 0 and num.value <= 110):
        return False
    return bool(_NAME_BEFORE_BRACKET.search(text, max(0, start - 50), start)) and bool(
        _NAMES_INTRO.search(text, max(0, start - 400), start))


def _age(text: str, num: _Num, lo: int, hi: int) -> _Num | None:
    """"5-year-old", "34 years old", "ten months of age", "aged 34", "87 yo"."""
    ne = num.end
    c = text[ne:ne + 1]
    m = _AGE_AFTER.match(text, ne, hi) if c in _AGE_FIRST or (
        c in _AGE_SEPARATORS and text[ne + 1:ne + 2] in _AGE_INITIALS) else None
    if m is not None:
        unit_word = "year" if m.lastgroup == "yo" else m.group(m.lastgroup).lower()  # type: ignore[arg-type]
        num.end = m.end()
    elif _named_person_age(text, num):
        unit_word = "year"  # "the names of the six people killed: Gordon Lafleur (61), ..."
    elif num.start - lo > 6 and text[num.start - 2:num.start] in ("t ", "f ", "e ", "d ", "y ") and (
            _A_PERSON_OF.search(text, max(lo, num.start - 48), num.start)):
        unit_word = "year"  # "a man of about 50 hit by shrapnel": his age
    elif num.start - lo > 3 and text[num.start - 2] in "dDeEsS" and \
            _last_word(text[max(lo, num.start - 6):num.start]).lower() in ("aged", "age", "ages") and (
            a := _AGE_BEFORE.search(text[max(lo, num.start - 6):num.start])) is not None:
        unit_word = "year"
        num.start -= len(a.group(0))
    elif num.start > 8 and "age" in text[max(0, num.start - 30):num.start].lower() and (
            _AGED_ABOUT_BEFORE.search(text, max(0, num.start - 30), num.start)):
        unit_word = "year"  # "two men, aged about 60 and 45": both ages
    else:
        return None
    num.unit = _AGE_UNIT[unit_word]
    num.kind = "age"
    _attach_qualifier(text, num, lo, hi)
    return num


_RATIO = re.compile(r"[ \t]{1,2}(?i:in|out[ \t]of)[ \t]{1,2}(?:(?P<d>\d{1,3}(?:,\d{3})*)|(?P<w>(?:"
                    + _W + r")(?:[ \t-](?:and[ \t])?(?:" + _W + r")){0,4}))\b")


def _attach_ratio(text: str, num: _Num, lo: int, hi: int, bench: int = 0) -> None:
    """"one in five", "1 in 5", "one out of three" -> a proportion in percent.

    The product reads a share only for a denominator up to ten ("64 out of 145 drones" are
    two counts); the benchmark path reads any ("1 in twenty-one", "two out of five hundred").
    """
    if num.unit is not None:
        return
    m = _RATIO.match(text, num.end, hi) if text[num.end + 1:num.end + 2] in ("i", "I", "o", "O") \
        else None
    if m is None or not (float(num.value).is_integer() and 1 <= num.value <= 10):
        return
    if m.group("d"):
        den = float(m.group("d").replace(",", ""))
    else:
        den = parse_number_word(m.group("w")) or 0.0
    if den <= num.value or (den > 10 and not bench):
        return
    pct = get_unit("percent")
    if pct is None:
        return
    num.value = 100.0 * num.value / den
    num.unit = pct
    num.end = m.end()
    num.kind = "ratio"


_QUAL_GAP = frozenset(" \t\u00a0\n")


_OPENERS = "\"\u201c\u2018'("


def _qualifier_before(window: str) -> tuple[str, int] | None:
    """The qualifier phrase that ends `window` (then whitespace): (qualifier, its length back)."""
    if not window or window[-1] not in _QUAL_GAP:
        return None
    last = window.rsplit(None, 1)
    lengths = _QUAL_LENGTHS.get(last[-1].lstrip(_OPENERS).lower()) if last else None
    if lengths is None:
        return None  # the common case, without splitting the whole window
    # the last words, as many as the longest phrase has (`split` gives no more of them)
    words = window.rsplit(None, lengths[0])
    for k in lengths:
        if k > len(words):
            continue
        first = words[-k].lstrip(_OPENERS)  # 'the caption "Over 100 devotees': the quote is no part of it
        phrase = " ".join([first, *words[-k + 1:]] if k > 1 else [first]).lower()
        qual = _QUALIFIER_PHRASES.get(phrase)
        if qual is not None and first:
            body = window.rstrip()
            limit = len(body) - len(" ".join(words[-k + 1:])) if k > 1 else len(body)
            idx = body.rfind(first, 0, limit)
            if idx > 0 and (window[idx - 1].isalnum() or window[idx - 1] == "-"):
                continue
            return qual, len(window) - idx
    return None


def _qual_may_follow(text: str, pos: int) -> bool:
    """False when `_QUAL_AFTER` cannot match at pos."""
    c = text[pos:pos + 1]
    if c in _TABS:
        c = text[pos + 1:pos + 2]
        if c in _TABS:
            c = text[pos + 2:pos + 3]
        return c in _QUAL_AFTER_SPACE
    return c in _QUAL_SIGNS


def _attach_qualifier(text: str, num: _Num, lo: int, hi: int) -> None:
    ns = num.start
    # `_qualifier_before` wants a space before the number: test that before cutting the window
    found = _qualifier_before(text[ns - 40 if ns - 40 > lo else lo:ns]) \
        if ns > lo and text[ns - 1] in _QUAL_GAP else None
    if found is not None and found[0] == "more_than" and _over_places(text, ns - found[1], num.end, hi):
        found = None  # "destroyed 84 drones over six regions": where, not how many more
    if found is not None:
        qual, back = found
        if num.kind == "vague":
            num.start -= back
        elif qual == "range":
            num.qualifier = "range_open"  # resolved by _join_ranges
            num.low = float(num.start - back)
        else:
            num.qualifier = qual
            num.start -= back
    if num.kind == "vague":
        return
    if num.qualifier in ("exact", "range_open"):
        after = _QUAL_AFTER.match(text, num.end, hi) \
            if num.end < hi and _qual_may_follow(text, num.end) else None
        plus_after_unit = after is not None and after.group().strip() == "+" and num.unit
        if after is not None and after.lastgroup is not None and not plus_after_unit:
            num.qualifier = after.lastgroup
            num.end = after.end()


_COUNT_BEFORE_OVER = re.compile(r"\d[\d,]*[ \t]+(?:[\w-]+[ \t]+){0,2}?[\w-]+s[ \t]+$")
_PLACES_AFTER = re.compile(r"[ \t]+(?:[\w-]+[ \t]+)?(?:regions|oblasts|provinces|districts|areas|states|"
                           r"countries|cities|towns|villages|governorates|counties|municipalities)\b",
                           re.IGNORECASE)


def _over_places(text: str, over: int, end: int, hi: int) -> bool:
    """"84 drones over six regions": "over" after a count of things, before a count of places, says
    where the things were, not that there were more than six places."""
    if text[over:over + 4].lower() != "over" or not _PLACES_AFTER.match(text, end, hi):
        return False
    return bool(_COUNT_BEFORE_OVER.search(text, max(0, over - 40), over))


def _join_ranges(text: str, nums: list[_Num], lo: int) -> list[_Num]:
    """Merge "10 to 15", "10-15", "between 10 and 15", "$10-15 million" into one range."""
    if len(nums) < 2:
        for a in nums:
            if a.qualifier == "range_open":
                a.qualifier = "exact"
                a.low = None
        return nums
    out: list[_Num] = []
    i = 0
    while i < len(nums):
        a = nums[i]
        b = nums[i + 1] if i + 1 < len(nums) else None
        if b is not None and _is_range(text, a, b):
            out.append(_merge(a, b))
            i += 2
            continue
        if a.qualifier == "range_open":
            a.qualifier = "exact"
            a.low = None
        out.append(a)
        i += 1
    return out


def _is_range(text: str, a: _Num, b: _Num) -> bool:
    if a.kind not in ("num",) or b.kind not in ("num",):
        return False
    if b.qualifier not in ("exact",) and not (b.qualifier in ("at_least", "approx") and b.end > b.num_end):
        return False
    if a.qualifier in ("range", "vague"):
        return False
    gap = text[a.end:b.start]
    if len(gap) > 12 or _RANGE_SEP.fullmatch(gap) is None:
        return False
    sep = gap.strip().lower()
    if sep == "and" and a.qualifier != "range_open":
        return False
    if sep == "or" and a.qualifier != "exact":
        return False
    if a.unit is not None and b.unit is not None and a.unit.name != b.unit.name:
        return False
    if a.unit is not None and a.unit.name == "percent" and b.unit is None and b.value > 100:
        return False  # "fell 20% to 8,000": a change and the level it reached
    if sep == "to" and _moves_to(text, a, b):
        return False
    lo_v = a.value * (_scale_of(b) if not a.scaled and b.scaled and a.value < b.value else 1)
    if lo_v >= b.value and (sep == "-" or lo_v > b.value):
        return False
    return not (sep == "or" and b.value - lo_v > max(2.0, lo_v))


def _moves_to(text: str, a: _Num, b: _Num) -> bool:
    """"rose from 12 to 15": an earlier level and the new one; "rose by 9 to 40": a change and
    the level it reached, unless b is too close to a to be that level ("fell by 10 to 15
    percent" is a range of changes)."""
    m = _CHANGE_BEFORE.search(text, max(0, a.start - 40), a.start)
    if m is None:
        return False
    return m.group("by").lower() == "from" or b.value > 2 * abs(a.value)


def _scale_of(b: _Num) -> float:
    plain = b.digits.replace(",", "")
    base = float(plain) if plain and plain.replace(".", "").isdigit() else 0.0
    return b.value / base if base else 1.0


def _merge(a: _Num, b: _Num) -> _Num:
    lo_v = a.value * (_scale_of(b) if not a.scaled and b.scaled and a.value < b.value else 1)
    start = int(a.low) if a.qualifier == "range_open" and a.low is not None else a.start
    unit = b.unit or a.unit
    if a.qualifier not in ("exact", "range_open"):
        # "about 10 to 15", "up to 10-15": keep the range; the qualifier widens nothing.
        pass
    return _Num(start, b.end, a.num_start, b.num_end, 0.0, a.is_word or b.is_word, unit=unit,
                qualifier="range", low=lo_v, high=b.value, kind="range")


def _interval(n: _Num) -> tuple[float | None, float | None, float | None]:
    """(value, low, high) per the qualifier table."""
    v = n.value
    q = n.qualifier
    count = n.unit is None and float(v).is_integer()
    if q == "exact":
        return v, v, v
    if q == "at_least":
        return v, v, None
    if q == "more_than":
        return v, (v + 1 if count else v), None
    if q == "approx":
        a, b = v * 0.9, v * 1.1
        return v, min(a, b), max(a, b)
    if q == "nearly":
        return v, min(v * 0.9, v), max(v * 0.9, v)
    if q == "up_to":
        return v, min(0.0, v), v
    if q == "less_than":
        return v, min(0.0, v), (v - 1 if count and v >= 1 else v)
    return v, v, v


def _to_mention(n: _Num) -> Mention:
    unit = n.unit.name if n.unit is not None else None
    aliases = n.unit.aliases if n.unit is not None else ()
    if n.kind in ("vague", "range"):
        return Mention(n.start, n.end, n.num_start, n.num_end, None, n.low, n.high, n.qualifier,
                       unit, aliases, n.is_word)
    value, low, high = _interval(n)
    value = _tidy(value)
    return Mention(n.start, n.end, n.num_start, n.num_end, value, _tidy(low), _tidy(high),
                   n.qualifier, unit, aliases, n.is_word)


def _tidy(x: float | None) -> float | None:
    """Round away float noise from scaling (48.2 * 1e6 = 48200000.00000001), keeping the
    precision of real fractions (1/6, 1e-12)."""
    if x is None or x.is_integer():  # an integer is finite
        return x
    if not math.isfinite(x):
        return x
    r = round(x)
    if abs(x - r) <= 1e-9 * max(1.0, abs(x)) and abs(r) < 1e18:
        return float(r)
    return float(f"{x:.12g}")


# ---------------------------------------------------------------- benchmark adapters
# Three views of one scanner, so that BENCHMARKS.md can say what the product leaves out:
#
# * `product_adapter`: exactly what `find_mentions` returns (the claims the product sees).
# * `score_adapter`: quantities with units, for the NumberWithUnit sets (currency, dimension,
#   age, temperature).  It adds forms the product skips on purpose because they are rare or
#   ambiguous in news ("- 20 degrees" with a spaced minus, "2.33 k", "10G", "one over three",
#   "a twenty-first").
# * `number_adapter`: bare numerals without units, for the Recognizers-Text *Number* set,
#   which labels every number, including the years, dates, phone numbers, IP addresses and
#   numbers inside codes that the product must not report as claims.

def product_adapter(text: str) -> list[dict[str, object]]:
    """find_mentions as `score.py` wants it (vague counts, which have no value, left out)."""
    return [_as_dict(n) for n in _scan(text) if n.qualifier != "vague"]


def score_adapter(text: str) -> list[dict[str, object]]:
    """Quantities for the NumberWithUnit benchmarks: the product's mentions plus the forms
    only the benchmark path reads.  Ages are kept (their aliases carry the time unit the
    benchmark labels them with)."""
    return [_as_dict(n) for n in _scan(text, bench=BENCH) if n.qualifier != "vague"]


def number_adapter(text: str) -> list[dict[str, object]]:
    """Bare numerals for the Recognizers-Text Number benchmark.

    Every numeral the scanner reads, without its unit, qualifier or range partner ("$20" is
    the number 20, "one in five" is 0.2), then every run of digits nothing covered: years,
    dates ("5/17/2018" is 5, 17 and 2018), phone numbers, IP addresses, "SCP-173".
    """
    out: list[dict[str, object]] = []
    covered: list[tuple[int, int]] = []
    for n in _scan(text, bench=KEEP_ALL, join=False):
        kind = n.kind
        if kind == "vague":
            continue
        if kind == "ratio":
            out.append({"start": n.num_start, "end": n.end, "value": _tidy(n.value / 100.0),
                        "unit": None})
        else:
            out.append({"start": n.num_start, "end": n.num_end, "value": _tidy(n.value),
                        "unit": None})
        covered.append((n.start, n.end))
    i = 0
    read = n_covered = len(covered)
    for m in _BARE_DIGITS.finditer(text):
        start, end = m.span()
        while i < n_covered and covered[i][1] <= start:
            i += 1
        if i < n_covered and covered[i][0] < end:
            continue
        out.append({"start": start, "end": end,
                    "value": float(m.group().replace(",", "")), "unit": None})
    if len(out) > read:  # the scanner's numerals come in order, and do not overlap
        out.sort(key=itemgetter("start"))
    return out


# "\d{1,3}(?:,\d{3})+(?!\d)|\d+" with the first digit taken out of the alternatives, so that
# the pattern starts with a character class and re skips to the next digit in C.
_BARE_DIGITS = re.compile(r"\d(?:\d{0,2}(?:,\d{3})+(?!\d)|\d*)")


def _as_dict(n: _Num) -> dict[str, object]:
    unit = n.unit
    if n.kind != "range":
        if unit is None:
            return {"start": n.start, "end": n.end, "unit": None, "unit_aliases": (),
                    "value": _tidy(n.value)}
        return {"start": n.start, "end": n.end, "unit": unit.name, "unit_aliases": unit.aliases,
                "value": _tidy(n.value)}
    lo, hi = n.low, n.high
    return {"start": n.start, "end": n.end, "unit": unit.name if unit is not None else None,
            "unit_aliases": unit.aliases if unit is not None else (), "range": [lo, hi],
            "value": (lo + hi) / 2 if lo is not None and hi is not None else None}


def _debug(text: str) -> list[tuple[str, float | None, float | None, float | None, str, str | None]]:
    return [(text[m.start:m.end], m.value, m.low, m.high, m.qualifier, m.unit)
            for m in find_mentions(text)]


_ = replace  # kept for callers that copy mentions
