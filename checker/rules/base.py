"""What every rule shares: common YAML fields, tolerance, filters, scope and wording helpers.

A rule *kind* is a pydantic model that subclasses `RuleBase`, is registered with `@kind`, and
implements `check(ctx)`, which returns `Verdict`s. The engine turns verdicts into findings.
Each field is documented with `param(...)`: that text is the rule reference (`check rules doc`).
"""

from __future__ import annotations

import itertools
import re
import string
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from typing import Annotated, Any, ClassVar, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from checker.claims import NIGHT_COUNTRIES
from checker.lexicon import Lexicon
from checker.model import DAY_PARTS, QUALIFIERS, Claim, Document, Interval, ReferenceFigure

Within = Literal["sentence", "document", "event"]
GroupKey = Literal["place", "time", "attribution"]
SeverityName = Literal["error", "warning", "info"]
StatusName = Literal["pass", "fail", "skip"]

KEBAB = r"^[a-z0-9]+(-[a-z0-9]+)*$"
MAX_COMBINATIONS = 256  # figures per article are few; this only guards against pathologies


def param(description: str, type_label: str, default: Any = ..., **kw: Any) -> Any:
    """A documented rule field: `description` and `type_label` feed the rule reference."""
    return Field(default, description=description, json_schema_extra={"yaml": type_label}, **kw)


def _categories(value: object) -> tuple[str, ...]:
    if isinstance(value, str) and value:
        return (value,)
    if isinstance(value, list | tuple) and value and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ValueError("must be a category name or a list of category names")


def _one_or_many(value: object) -> tuple[str, ...]:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return (str(value),)
    if isinstance(value, list | tuple) and all(isinstance(v, str | int | float) for v in value):
        return tuple(str(v) for v in value)
    raise ValueError("must be a word or a list of words")


def _limit(value: object) -> float | tuple[str, ...]:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    try:
        return _categories(value)
    except ValueError:
        raise ValueError("must be a number, a category or a list of categories") from None


Categories = Annotated[tuple[str, ...], BeforeValidator(_categories)]
Words = Annotated[tuple[str, ...], BeforeValidator(_one_or_many)]
Limit = Annotated[float | tuple[str, ...], BeforeValidator(_limit)]


class Strict(BaseModel):
    """Frozen, and refuses keys it does not know (so misspellings are caught)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@lru_cache(maxsize=4096)
def normalise(text: str | None) -> str | None:
    """Lower-case, single-spaced, without a leading "the": how names are compared."""
    if text is None:
        return None
    # "Kobanê" and "Kobani", "Zambézia" and "Zambezia": one name, written with and without accents
    folded = unicodedata.normalize("NFKD", text.lower().replace("\u2019", "'"))
    words = " ".join("".join(ch for ch in folded if not unicodedata.combining(ch)).split())
    # "Saada governorate" and "Saada province": one area, translated two ways
    words = words.replace(" governorate", " province")
    return words.removeprefix("the ") or None


class Tolerance(Strict):
    """Widen every figure's interval by the larger of the two, then compare."""

    relative: float = param("Fraction of the figure (0.1 = 10%).", "number ≥ 0", 0.0, ge=0)
    absolute: float = param("Fixed amount in the figure's unit.", "number ≥ 0", 0.0, ge=0)

    def widen(self, interval: Interval) -> Interval:
        return interval.widen(self.relative, self.absolute)

    @property
    def zero(self) -> bool:
        return self.relative == 0 and self.absolute == 0

    def describe(self) -> str:
        parts = [f"{num(self.relative * 100)}%" if self.relative else "",
                 num(self.absolute) if self.absolute else ""]
        return " or ".join(p for p in parts if p)


class Where(Strict):
    """Keep only claims whose fields match; a list means any of its values."""

    unit: Words | None = param("Unit: `count`, `percent`, `1/week`...", "word | [words]", None)
    attribution: Words | None = param("Who the figure is attributed to.", "word | [words]", None)
    qualifier: Words | None = param(
        f"Qualifier: {', '.join(QUALIFIERS)}.", "word | [words]", None)
    entity: Words | None = param("The counted noun (`drones`, `people`).", "word | [words]", None)
    place: Words | None = param("The claim's place (`Kyiv`).", "word | [words]", None)

    def matches(self, claim: Claim) -> bool:
        for name, wanted in self.filters():
            actual = claim.scope.place if name == "place" else getattr(claim, name)
            if normalise(actual) not in wanted:
                return False
        return True

    def filters(self) -> tuple[tuple[str, frozenset[str | None]], ...]:
        """The filters in use, normalised once per rule rather than once per claim.

        Two `where`s with equal filters keep the same claims.
        """
        cached = self.__dict__.get("_wanted_cache")
        if cached is None:
            cached = tuple((name, frozenset(normalise(w) for w in values))
                           for name in ("unit", "attribution", "qualifier", "entity", "place")
                           if (values := getattr(self, name)) is not None)
            object.__setattr__(self, "_wanted_cache", cached)
        return cached


# --------------------------------------------------------------------------- wording


def num(x: float) -> str:
    """12.0 -> "12", 68.57 -> "68.6"."""
    if float(x).is_integer():
        return f"{int(x)}"
    return f"{x:.1f}" if abs(x) >= 10 else f"{x:.2g}" if abs(x) < 1 else f"{x:.2f}".rstrip("0")


def interval_text(iv: Interval) -> str:
    """[12, ∞), (−∞, 9], [36, 44]; a single value prints as itself."""
    if iv.low is not None and iv.low == iv.high:
        return num(iv.low)
    low = "(−∞" if iv.low is None else f"[{num(iv.low)}"
    high = "∞)" if iv.high is None else f"{num(iv.high)}]"
    return f"{low}, {high}"


def is_point(iv: Interval) -> bool:
    return iv.low is not None and iv.low == iv.high


_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def written_interval(claim: Claim) -> Interval:
    """A figure as written stands for what rounds to it: "$4.2 billion" is 4.15 to 4.25 billion,
    "7.5 miles" 7.45 to 7.55 miles. Qualified figures keep their own interval."""
    if claim.qualifier != "exact" or claim.value is None:
        return claim.interval
    m = _DIGITS.search(claim.text)
    if m is None or not m.group().replace(",", "").replace(".", "").isdigit():
        return claim.interval
    written = float(m.group().replace(",", ""))
    if written == 0:
        return claim.interval
    half = 0.5 * 10 ** -len(m.group(1) or "") * claim.value / written
    return Interval(claim.value - half, claim.value + half)


def figure(claim: Claim) -> str:
    """A figure as the article writes it, with its interval unless that is one number."""
    quoted = f'"{claim.text}"'
    return quoted if is_point(claim.interval) else f"{quoted} {interval_text(claim.interval)}"


def label(category: str) -> str:
    return category.replace("_", " ")


def total(intervals: Iterable[Interval]) -> Interval:
    out = Interval(0.0, 0.0)
    for iv in intervals:
        out = out + iv
    return out


def side(categories: Sequence[str], claims: Sequence[Claim]) -> str:
    """One side of a comparison: `intercepted "112 targets"`, or a sum with its arithmetic."""
    if len(claims) == 1:
        return f"{label(categories[0])} {figure(claims[0])}"
    names = " + ".join(label(c) for c in categories)
    figures = " + ".join(figure(c) for c in claims)
    return f"{names} = {interval_text(total(c.interval for c in claims))} ({figures})"


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


# --------------------------------------------------------------------------- evaluation


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a kind concluded about some claims; severity None means the rule's own."""

    status: StatusName
    message: str
    claims: tuple[Claim, ...] = ()
    severity: SeverityName | None = None


# a live blog update's time, "14:30"; or the part of a day an article's update is told at ("By
# evening, ..." after "At 07:15 ...")
# "14:30"; "Apr 11 22:30", a live page's post of a day before the page's own
CLOCK = re.compile(r"(?:(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[ \t]"
                   r"(?P<day>[1-9]|[12]\d|3[01])[ \t])?"
                   r"(?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)|"
                   r"(?P<part>dawn|morning|midday|afternoon|evening|nightfall)")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def clock_date(time: str | None, page: date) -> date:
    """The day of an update's time: its own ("Apr 11 22:30"), else the page's."""
    if not time or time[:3] not in _MONTHS:
        return page  # "22:30", "evening": the page's day, read without the regex
    clock = CLOCK.fullmatch(time)
    if clock is None or not clock["month"]:
        return page
    try:
        day = page.replace(month=_MONTHS.index(clock["month"]) + 1, day=int(clock["day"]))
    except ValueError:
        return page
    return day if day <= page else day.replace(year=day.year - 1)


def clock_minutes(time: str | None) -> int | None:
    """Minutes after midnight of an update's time ("14:30", "evening"); None for other times."""
    clock = CLOCK.fullmatch(time or "")
    if clock is None:
        return None
    if clock["part"]:
        return DAY_PARTS[clock["part"]]
    return int(clock["h"]) * 60 + int(clock["m"])


@dataclass(frozen=True)
class Context:
    """The claims one rule sees (negated and `where`-filtered ones removed) and their documents."""

    claims: tuple[Claim, ...]
    documents: Mapping[str, Document]
    reference: tuple[ReferenceFigure, ...]
    lexicon: Lexicon
    parts: tuple[Claim, ...] = ()  # figures read as parts of another ("six of them children")
    # a live blog's earlier updates, stamped with their time ("14:30"): the toll's history
    history: tuple[Claim, ...] = ()
    # figures of another period or event ("launched 5,412 drones in October"): compared with
    # nothing of this event, but a share may still be worked out from them
    background: tuple[Claim, ...] = ()
    # figures added to a count told before them ("a further 196 died, bringing the toll to 1,341")
    increments: tuple[Claim, ...] = ()

    def of(self, *categories: str) -> tuple[Claim, ...]:
        if len(categories) == 1:
            return self._by_category.get(categories[0], ())
        return tuple(c for c in self.claims if c.category in categories)

    @cached_property
    def _by_category(self) -> dict[str, tuple[Claim, ...]]:
        """The claims of each category, in order: kinds ask for one category many times."""
        index: dict[str, list[Claim]] = {}
        for c in self.claims:
            index.setdefault(c.category, []).append(c)
        return {category: tuple(claims) for category, claims in index.items()}

    def told_in(self, document: str, first: int, last: int | None = None) -> tuple[Claim, ...]:
        """The claims and parts of a document's sentences `first` to `last` (or `first` alone), in
        the order `(*claims, *parts)` holds them. Looked up rather than scanned, so that a kind
        asking for every figure's neighbours stays linear on a live blog of thousands of figures."""
        index = self._by_sentence
        if last is None or last == first:
            return tuple(c for _, c in index.get((document, first), ()))
        found = sorted(e for s in range(first, last + 1) for e in index.get((document, s), ()))
        return tuple(c for _, c in found)

    @cached_property
    def _by_sentence(self) -> dict[tuple[str, int], list[tuple[int, Claim]]]:
        index: dict[tuple[str, int], list[tuple[int, Claim]]] = {}
        for k, c in enumerate((*self.claims, *self.parts)):
            index.setdefault((c.document, c.sentence), []).append((k, c))
        return index

    def document(self, doc_id: str) -> Document:
        return self.documents.get(doc_id) or Document(id=doc_id, text="")

    def doc_label(self, doc_id: str) -> str:
        doc = self.document(doc_id)
        name = doc.source or doc.path or doc.title or doc.id
        return f"{name} ({doc.date})" if doc.date else name

    @property
    def where_text(self) -> str:
        return "in this article" if len(self.documents) <= 1 else "in these articles"

    def cumulative(self, category: str) -> bool:
        cat = self.lexicon.category(category)
        return bool(cat and cat.cumulative)


class RuleBase(Strict):
    """Fields every rule has, whatever its kind."""

    kind_name: ClassVar[str] = ""
    default_message: ClassVar[str] = ""
    placeholders: ClassVar[dict[str, str]] = {}
    category_fields: ClassVar[tuple[str, ...]] = ()

    id: str = param("Kebab-case name that says what should hold.", "kebab-case", pattern=KEBAB)
    kind: str = param("Which check this is (see the kinds below).", "kind name")
    description: str = param("One sentence a desk editor understands.", "text", min_length=1)
    severity: SeverityName = param("How bad a failure is.", "error | warning | info")
    message: str | None = param(
        "Template for a failure; `{placeholders}` are listed per kind.", "text", None)
    where: Where = param("Filters on claim fields (see below).", "mapping", Where())
    within: Within = param("Compare figures of one sentence, one document, or all "
                           "documents of the event.", "sentence | document | event", "document")
    group_by: tuple[GroupKey, ...] = param(
        "Claims differing in these fields are not compared; an unknown (empty) value "
        "matches any.", "[place | time | attribution]", ("place",))
    tolerance: Tolerance = param("Widen intervals before comparing (see below).", "mapping",
                                 Tolerance())
    unplaced_across_reports: Literal["matches", "apart"] = param(
        "Across reports, whether a figure with no place is compared with one that names a place "
        "(`apart`: a governor's count for the region and an air force's count for the country "
        "are kept apart).", "matches | apart", "matches")

    def categories(self) -> tuple[str, ...]:
        """Every category the rule names, for checking against the lexicon."""
        names: list[str] = []
        for field_name in self.category_fields:
            value = getattr(self, field_name)
            if isinstance(value, str):
                names.append(value)
            elif isinstance(value, tuple):
                names.extend(value)
        return tuple(dict.fromkeys(names))

    def check(self, ctx: Context) -> Iterable[Verdict]:
        raise NotImplementedError

    # helpers for kinds ------------------------------------------------------

    def fail_text(self, **values: str) -> str:
        template = self.message or self.default_message
        return template.format_map(_Blank(values))

    def widened(self, claim: Claim) -> Interval:
        return self.tolerance.widen(claim.interval)

    def tolerance_note(self) -> str:
        return "" if self.tolerance.zero else f" (tolerance {self.tolerance.describe()})"

    def scope_key(self, claim: Claim, within: Within | None = None) -> tuple[str, ...]:
        """Claims with different scope keys are never compared."""
        within = within or self.within
        if within == "sentence":
            return (claim.document, str(claim.sentence))
        if within == "document":
            return (claim.document,)
        return ()

    def group_key(self, claim: Claim) -> tuple[str | None, ...]:
        """Across the documents of an event a dateline is where the reporter was, not where
        the figure happened: a place taken from it is unknown there, and matches any."""
        place = None if self.within == "event" and claim.scope.place_inferred else claim.scope.place
        values = {"place": place, "time": claim.scope.time, "attribution": claim.attribution}
        return tuple(normalise(values[g]) for g in self.group_by)

    def comparable(self, claims: Sequence[Claim], within: Within | None = None) -> bool:
        """Same unit, same scope, and no two different known group values."""
        first = claims[0]
        if any(c.unit != first.unit for c in claims):
            return False
        if len({self.scope_key(c, within) for c in claims}) > 1:
            return False
        if len({side for c in claims if (side := side_of(c.entity))}) > 1:
            return False  # "3 civilians" killed on one side of the border, "one soldier" on the other
        return self.same_group(claims)

    def same_group(self, claims: Sequence[Claim]) -> bool:
        """No two different known values of any `group_by` field (unknown matches any)."""
        keys = [self.group_key(c) for c in claims]
        if not keys_agree(keys):
            return False
        if self.unplaced_across_reports == "matches" or "place" not in self.group_by:
            return True
        at = self.group_by.index("place")
        # a whole country's figure ("over Ukraine", as its air force tells it) is no narrower than
        # another report's figure of the night that names no place
        national = {normalise(c) for c in NIGHT_COUNTRIES}
        placed = {c.document for c, k in zip(claims, keys, strict=True) if k[at] is not None
                  and k[at] not in national}
        unplaced = {c.document for c, k in zip(claims, keys, strict=True)
                    if k[at] is None or k[at] in national}
        return not placed or not unplaced or placed == unplaced == {claims[0].document}

    def combinations(self, ctx: Context, categories: Sequence[str]) -> Iterator[tuple[Claim, ...]]:
        """One claim per category (in that order), all comparable with each other."""
        pools = [ctx.of(c) for c in categories]
        found = itertools.product(*pools)
        usable = (combo for combo in found if _distinct(combo) and self.comparable(combo))
        return itertools.islice(usable, MAX_COMBINATIONS)

    def where_note(self) -> str:
        """` (unit percent)` when the rule's `where` narrows the claims, for skip reasons."""
        used = {k: v for k, v in self.where.model_dump().items() if v is not None and
                not (k == "unit" and tuple(v) == ("count",))}
        if not used:
            return ""
        return " (" + ", ".join(f"{k} {' or '.join(v)}" for k, v in used.items()) + ")"

    def absent_reason(self, ctx: Context, categories: Sequence[str]) -> str:
        """Why no combination of these categories could be compared."""
        missing = [c for c in dict.fromkeys(categories) if not ctx.of(c)]
        if missing:
            names = " or ".join(f"{m}" for m in missing)
            return f"no {names} figure{self.where_note()} {ctx.where_text}"
        unit = {"sentence": "one sentence", "document": "one article", "event": "one event"}
        group = f" about the same {'/'.join(self.group_by)}" if self.group_by else ""
        return (f"the {', '.join(dict.fromkeys(categories))} figures are not in "
                f"{unit[self.within]}{group} with the same unit")


# a state's forces and the armed men they fight are counted apart: "11 soldiers had been
# killed", "its troops had killed over 200 Taliban"
_FORCES_NOUNS = frozenset("soldiers soldier troops servicemen serviceman policemen policeman peacekeepers "
                          "peacekeeper".split())
_FIGHTERS_NOUNS = frozenset("militants militant fighters fighter rebels rebel gunmen gunman attackers "
                            "attacker terrorists terrorist insurgents insurgent jihadists jihadist "
                            "taliban".split())
_CIVILIAN_NOUNS = frozenset("civilians civilian residents resident villagers villager".split())


def side_of(entity: str | None) -> str | None:
    """Whether a count of people names a state's forces, the armed men they fight, or
    civilians; None for anyone ("12 people")."""
    words = (entity or "").lower().split()
    noun = words[-1] if words else ""
    if noun in _FORCES_NOUNS:
        return "forces"
    return "fighters" if noun in _FIGHTERS_NOUNS else "civilian" if noun in _CIVILIAN_NOUNS else None


def keys_agree(keys: Sequence[tuple[str | None, ...]]) -> bool:
    """Group keys agree when each position holds at most one known value."""
    width = len(keys[0]) if keys else 0
    return all(len({k[i] for k in keys} - {None}) <= 1 for i in range(width))


def _distinct(combo: Sequence[Claim]) -> bool:
    return len({c.id for c in combo}) == len(combo)


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def template_fields(template: str) -> list[str]:
    """Placeholder names used in a message template; ValueError if it is malformed."""
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


R = TypeVar("R", bound=type[RuleBase])
KINDS: dict[str, type[RuleBase]] = {}


def kind(name: str, *, message: str, placeholders: Mapping[str, str]) -> Callable[[R], R]:
    """Register a rule kind under its YAML name, with its default failure message."""

    def register(cls: R) -> R:
        cls.kind_name = name
        cls.default_message = message
        cls.placeholders = dict(placeholders)
        KINDS[name] = cls
        return cls

    return register
