"""The data model every stage shares: frozen values, offsets into the decoded text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Qualifier = Literal[
    "exact", "at_least", "more_than", "approx", "nearly", "up_to", "less_than", "range", "vague"
]
QUALIFIERS: tuple[str, ...] = (
    "exact", "at_least", "more_than", "approx", "nearly", "up_to", "less_than", "range", "vague",
)
Status = Literal["pass", "fail", "skip"]
Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval of possible true values; None is an open end."""

    low: float | None
    high: float | None

    def overlaps(self, other: Interval) -> bool:
        if self.high is not None and other.low is not None and self.high < other.low:
            return False
        return not (other.high is not None and self.low is not None and other.high < self.low)

    def widen(self, relative: float = 0.0, absolute: float = 0.0) -> Interval:
        """Widen both ends by the larger of a relative and an absolute tolerance."""

        def pad(x: float) -> float:
            return max(abs(x) * relative, absolute)

        low = None if self.low is None else self.low - pad(self.low)
        high = None if self.high is None else self.high + pad(self.high)
        return Interval(low, high)

    def __add__(self, other: Interval) -> Interval:
        low = None if self.low is None or other.low is None else self.low + other.low
        high = None if self.high is None or other.high is None else self.high + other.high
        return Interval(low, high)


# the parts of a day an update may be told at ("By evening, ..."), as a scope's time, with the
# minute after midnight each stands for when updates are put in order
DAY_PARTS = {"dawn": 6 * 60, "morning": 9 * 60, "midday": 12 * 60, "afternoon": 15 * 60,
             "evening": 19 * 60, "nightfall": 20 * 60}


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read: its decoded text and the header fields found in it."""

    id: str
    text: str
    path: str | None = None
    url: str | None = None
    date: str | None = None  # ISO date or date-time of publication
    source: str | None = None  # the outlet
    title: str | None = None
    event: str | None = None  # documents with one event key are compared with each other
    place: str | None = None  # the dateline's place ("KYIV -" -> "Kyiv")
    body_start: int = 0  # offset where the article body begins, after header lines


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document, as offsets only: text[start:end]."""

    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A number as written, with its qualifier and any unit of measurement attached to it.

    `start`/`end` cover the qualifier, the number and the unit ("at least 12", "$48.2 million",
    "10 to 15 km"); `num_start`/`num_end` cover the numeral alone.
    """

    start: int
    end: int
    num_start: int
    num_end: int
    value: float | None  # the number as written; None for ranges and vague counts
    low: float | None
    high: float | None
    qualifier: str = "exact"
    unit: str | None = None  # canonical unit name ("percent", "USD", "kilometer"); None: a count
    unit_aliases: tuple[str, ...] = ()
    is_word: bool = False  # written in words ("Forty", "a dozen")

    @property
    def interval(self) -> Interval:
        return Interval(self.low, self.high)


@dataclass(frozen=True, slots=True)
class Scope:
    place: str | None = None
    time: str | None = None
    place_inferred: bool = False  # the place is the dateline's or the lede's, not the sentence's


@dataclass(frozen=True, slots=True)
class Claim:
    """A figure the article states, with what it counts and who says so."""

    id: str
    document: str
    sentence: int
    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str  # "count" for plain counts, "1/week" for rates, else a unit name
    entity: str | None
    category: str
    attribution: str | None = None
    scope: Scope = field(default_factory=Scope)
    negated: bool = False  # "did not kill", "could kill": not a claim of fact, kept out of checks
    # "total"; "subset" ("six of them children"); "increment" ("two more bodies");
    # "background" (a toll of another period: "floods in 2022 killed 1,700");
    # "with_attacker" ("five people died, including the gunman": not the victims' toll);
    # "attackers" ("two of the attackers were also killed": the attackers' own dead)
    role: str = "total"

    @property
    def interval(self) -> Interval:
        return Interval(self.low, self.high)

    @property
    def note(self) -> str:
        """Why the figure is not checked, in editor words ('' when it is)."""
        if self.negated:
            return "not a claim of fact"
        return ROLE_NOTES.get(self.role, "")


ROLE_NOTES = {
    "subset": "a part of another figure",
    "increment": "an addition to another figure",
    "background": "an earlier figure or another period",
    "with_attacker": "counts the attacker too",
    "attackers": "counts the attackers only",
}


@dataclass(frozen=True, slots=True)
class Finding:
    """The verdict of one rule on one group of claims."""

    rule: str
    status: Status
    severity: Severity
    message: str
    claims: tuple[str, ...] = ()
    kind: str = ""


@dataclass(frozen=True, slots=True)
class Report:
    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]

    @property
    def failed(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.status == "fail")


@dataclass(frozen=True, slots=True)
class ReferenceFigure:
    """One row of a reference table of official figures (`--against figures.csv`)."""

    id: str  # "ref1", "ref2", ... in file order
    date: str | None
    place: str | None  # None: the event as a whole
    category: str
    low: float | None
    high: float | None
    value: float | None = None
    qualifier: str = "exact"
    source: str | None = None
    url: str | None = None
    event: str | None = None

    @property
    def interval(self) -> Interval:
        return Interval(self.low, self.high)
