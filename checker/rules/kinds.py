"""The rule kinds. Each docstring is the reference an editor reads: checks / passes / fails."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise
from typing import Literal

from pydantic import model_validator

from checker.attribution import SOURCE_NOUNS, statement_author
from checker.claims import (
    A_CHANGE_OF_BEFORE,
    A_COUNT_S_VERB_THEN_A_COMMA,
    ABOARD,
    ALL_ACCOUNTED_FOR_AFTER,
    AS_FOLLOWS,
    AS_FOLLOWS_LINE,
    BREAKDOWN_BY_PLACE,
    BRINGING,
    CARE_PLACE_NOUNS,
    CLAIMED_BEFORE,
    COUNTRIES,
    IN_ALL_AFTER,
    INCLUDING_BEFORE,
    N_OF_THEM,
    NATIONWIDE,
    OF_WHOM_AFTER,
    OVERALL_WORDS,
    SAID_THAT_BEFORE,
    SMALL_NUMBER_WORDS,
    TAKEN_TO_A_HOSPITAL_AFTER,
    THE_PEOPLE_LISTED,
    THINGS_NAMED_AGAIN_BEFORE_A_COLON,
    TITLES,
    TOLLS,
    UNPLACED,
    WEAPON_GROUPS,
    is_care_place,
)
from checker.lexicon import Lexicon
from checker.model import Claim, Interval, ReferenceFigure
from checker.numbers import parse_number_word, place_list_item
from checker.rules.base import (
    CLOCK,
    Categories,
    Context,
    Limit,
    RuleBase,
    SeverityName,
    Verdict,
    Within,
    clock_date,
    clock_minutes,
    figure,
    interval_text,
    is_point,
    keys_agree,
    kind,
    label,
    normalise,
    num,
    param,
    sentence_case,
    side,
    side_of,
    total,
    written_interval,
)
from checker.units import convert, same_dimension, unit_after

# --------------------------------------------------------------------------- consistent


@kind("consistent", message="{a} and {b} cannot both be true",
      placeholders={"a": "the first figure, quoted, with its interval",
                    "b": "the second figure", "category": "the category name"})
class Consistent(RuleBase):
    """Every figure for one thing can be true at the same time.

    Checks: each pair of figures of `category` in the same scope (`within`), about the same
    place (`group_by`) and in the same unit. Negated figures ("no one was killed") and rates
    ("5000 a week") against counts are never compared. With `within: event`, a cumulative
    category (a toll) is compared inside each article only: a higher toll in a later report
    is an update, which `monotonic` checks.
    Two counts of different groups of people ("12 soldiers", "5 civilians") are not
    compared; a count of anyone ("people", "victims") is compared with all.
    Passes: all the figures' intervals overlap ("at least 12" and "12 dead").
    Fails: two intervals cannot both hold ("at least 12" and "9 dead"); one failure per pair.
    When the two figures come from different named sources the failure is reported as
    `info`, "disputed: X says a, Y says b". Figures the article dates to two different days
    ("On Monday, 27 were missing"; "On Wednesday, 22") are a series, not rivals.

        - id: killed-consistent
          kind: consistent
          category: killed
          severity: error
          description: Every death toll in one article can be true at the same time.
    """

    category_fields = ("category",)
    category: str = param("The category whose figures must agree.", "category")

    def check(self, ctx: Context) -> Iterator[Verdict]:
        claims = ctx.of(self.category)
        within = self._within(ctx)
        groups = _groups(self, claims, within)
        if not any(len(g) > 1 for g in groups):
            yield Verdict("skip", self._skip_reason(ctx, claims))
            return
        failed: set[tuple[str, str]] = set()
        for group in groups:
            conflicts = [p for p in _pairs(group) if not self._agree(*p) and not self._not_rivals(ctx, *p)]
            for a, b in conflicts:
                if (a.id, b.id) not in failed:
                    failed.add((a.id, b.id))
                    yield self._conflict(ctx, a, b)
            if len(group) > 1 and not conflicts:
                yield self._agreement(group)

    def _within(self, ctx: Context) -> Within:
        return "document" if self.within == "event" and ctx.cumulative(self.category) else \
            self.within

    def _not_rivals(self, ctx: Context, a: Claim, b: Claim) -> bool:
        """Two figures that disagree but need not both be the one count: two groups of people,
        a group within everyone, a night within a longer tally, a vague few of many, two days
        of a series, a documented count below an estimate of the full toll, those still missing
        of those ever reported, others besides those counted."""
        return (_different_people(ctx, a, b) or self._some_of_everyone(ctx, a, b)
                or self._night_of_a_longer_tally(a, b) or self._a_few_of_many(a, b)
                or _on_different_days(ctx, a, b) or _below_the_full_toll(ctx, a, b)
                or _still_missing_of_those_reported(ctx, a, b) or _others_besides(ctx, a, b)
                or _fates_of_a_counted_group(ctx, a, b) or _within_a_tally_since(ctx, a, b)
                or _a_day_within_a_running_tally(ctx, a, b) or _two_spans(a, b)
                or _risen_since_an_earlier_day(ctx, a, b) or _parts_adding_up_to_it(ctx, a, b)
                or _fates_of_the_people_counted_before(ctx, a) or _fates_of_the_people_counted_before(ctx, b)
                or _a_change(ctx, a) or _a_change(ctx, b) or _bombs_and_missiles(a, b)
                or _two_models_in_one_list(ctx, a, b))

    def _agree(self, a: Claim, b: Claim) -> bool:
        return self.widened(a).overlaps(self.widened(b))

    def _some_of_everyone(self, ctx: Context, a: Claim, b: Claim) -> bool:
        """"25 inmates" of "at least 31 people" killed: a group's count can be part of the
        count of everyone, so the two are rivals only if the group's is the larger. A toll that
        names no one ("17 dead") counts everyone."""
        if not a.entity and not b.entity:
            return False
        everyone_a, everyone_b = (not a.entity or a.entity.lower() in _ANYONE,
                                  not b.entity or b.entity.lower() in _ANYONE)
        if everyone_a == everyone_b:
            return False
        group, everyone = (b, a) if everyone_a else (a, b)
        if ctx.lexicon.entity_group((group.entity or "").lower()) != "person":
            return False
        low, high = self.widened(group).low, self.widened(everyone).high
        return low is None or high is None or low <= high

    def _a_few_of_many(self, a: Claim, b: Claim) -> bool:
        """"At least 17 martyrs" and "several bodies arrived in pieces": a vague small count in
        the telling is some of them, not a rival toll."""
        few, many = (a, b) if a.qualifier == "vague" else (b, a) if b.qualifier == "vague" else (None, None)
        if few is None or many is None:
            return False
        if many.qualifier == "vague" and (self.widened(many).low or 0) < (self.widened(few).low or 0):
            few, many = many, few  # "several bodies" carried to a clinic, of a raid where "dozens" died
        high, low = self.widened(few).high, self.widened(many).low
        return high is not None and low is not None and high < low

    def _night_of_a_longer_tally(self, a: Claim, b: Claim) -> bool:
        """"87 drones overnight" and, later, "164 drones over the past 24 hours": the night's count
        is part of the day's, so the two are rivals only if the night's is the larger."""
        night, day = (a, b) if _within_a_day(a, b) and _is_longer_tally(b) else (b, a) if (
            _within_a_day(b, a) and _is_longer_tally(a)) else (None, None)
        if night is None or day is None:
            return False
        low, high = self.widened(night).low, self.widened(day).high
        return low is None or high is None or low <= high

    def _conflict(self, ctx: Context, a: Claim, b: Claim) -> Verdict:
        fa, fb = _placed(ctx, a, b), _placed(ctx, b, a)
        sides = _two_sides(ctx, a, b)
        if sides:
            text = f"disputed: {sides[0]} says {fa}, {sides[1]} says {fb}"
            return Verdict("fail", text + self.tolerance_note(), (a, b), "info")
        text = self.fail_text(a=fa, b=fb, category=self.category)
        return Verdict("fail", text + self.tolerance_note(), (a, b))

    def _agreement(self, group: Sequence[Claim]) -> Verdict:
        figures = ", ".join(figure(c) for c in group)
        text = f"{len(group)} {label(self.category)} figures agree: {figures}"
        return Verdict("pass", text + self.tolerance_note(), tuple(group))

    def _skip_reason(self, ctx: Context, claims: Sequence[Claim]) -> str:
        if not claims:
            return f"no {self.category} figure{self.where_note()} {ctx.where_text}"
        if len(claims) == 1:
            return f"only one {self.category} figure {ctx.where_text}: nothing to compare"
        return f"no two {self.category} figures are about the same scope and unit"


def _within_a_tally_since(ctx: Context, a: Claim, b: Claim) -> bool:
    """"One Cambodian surveillance drone" in Monday's statement and "11 Cambodian drones since
    Monday" in Wednesday's report: a count of a day the tally covers is part of it, so the two
    are rivals only if the day's is the larger."""
    tally, day = (a, b) if _SINCE_A_DAY.match(a.scope.time or "") else (
        (b, a) if _SINCE_A_DAY.match(b.scope.time or "") else (None, None))
    if tally is None or day is None or _is_longer_tally(day):
        return False
    told = _article_date(ctx, tally)
    when = _day(ctx, day)
    if when is None and (stated := _article_date(ctx, day)) is not None:
        when = stated.date()
    start = _since_day(tally.scope.time or "", told.date()) if told else None
    if start is None or not isinstance(when, date) or not start <= when <= told.date():
        return False
    low, high = day.interval.low, tally.interval.high
    return low is None or high is None or low <= high


def _a_day_within_a_running_tally(ctx: Context, a: Claim, b: Claim) -> bool:
    """"389 people have lost their lives ... since 26 June 2026. During the last 24 hours, 17
    deaths ...": a day's count is part of the running tally its report gives, so the two are rivals
    only if the day's is the larger."""
    day, tally = (a, b) if _ONE_DAY_S_TALLY.fullmatch(a.scope.time or "") else (
        (b, a) if _ONE_DAY_S_TALLY.fullmatch(b.scope.time or "") else (None, None))
    if day is None or tally is None or day.document != tally.document:
        return False
    text = ctx.document(tally.document).text
    end = text.find(". ", tally.end)
    line_start = text.rfind("\n", 0, tally.start) + 1
    if not text or not (_SINCE_IN_SENTENCE.search(text, tally.end, end if end >= 0 else len(text))
                        # "2. Cumulative losses (26 May to 18 June). Deaths: 41.": a running tally too
                        or _A_RUNNING_TALLY_LABEL.search(text, line_start, tally.start)):
        return False
    low, high = day.interval.low, tally.interval.high
    return low is None or high is None or low <= high


_A_RUNNING_TALLY_LABEL = re.compile(r"\b(?:cumulative|to\s+date|so\s+far|since)\b", re.IGNORECASE)
_SINCE_IN_SENTENCE = re.compile(
    r"\bsince\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|the\s+(?:start|onset|beginning))",
    re.IGNORECASE)


_SINCE_A_DAY = re.compile(r"since\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$")


def _since_day(time: str, told: date) -> date | None:
    """The day a "since Monday" tally starts: the last Monday up to the day it was told."""
    weekday = time.split()[-1]
    if weekday not in _WEEKDAYS:
        return None
    return told - timedelta(days=(told.weekday() - _WEEKDAYS.index(weekday)) % 7)


def _others_besides(ctx: Context, a: Claim, b: Claim) -> bool:
    """"9 workers trapped alive ... and 2 others remain missing", "The two other deceased were
    workers of the night shift": the others are people besides those counted before them in the
    report, never a rival count of them."""
    if a.document != b.document:
        return False
    later = b if b.start > a.start else a
    text = ctx.document(later.document).text
    return bool(_OTHERS.search(later.text)) or bool(text and _OTHER_AFTER.match(text, later.end))


_OTHER_AFTER = re.compile(r"[ \t]+other[ \t]+(?:deceased|dead|victims|fatalities)\b", re.IGNORECASE)


def _parts_adding_up_to_it(ctx: Context, a: Claim, b: Claim) -> bool:
    """"Medics treated 14 people ... Eleven were hurt while rushing to shelters, and three others
    were treated for anxiety": the smaller figure is one of the parts a later sentence breaks the
    earlier whole into, and with the others of its sentence adds up to it exactly."""
    if a.document != b.document or a.sentence == b.sentence:
        return False
    whole, part = (a, b) if a.start < b.start else (b, a)
    if whole.value is None or part.high is None or whole.low is None or part.high >= whole.low:
        return False
    told = [c for c in ctx.told_in(part.document, part.sentence)
            if c.category == part.category and c.unit == part.unit]
    if len(told) < 2 or any(c.value is None for c in told):
        return False
    return sum(c.value or 0 for c in told) == whole.value


def _fates_of_the_people_counted_before(ctx: Context, claim: Claim) -> bool:
    """"49 people had been admitted since the leak ... By evening 17 had been discharged, two had
    died and 30 remained in hospital": the two are the fate of some of the 49, told in a sentence
    whose figures add up to those 49 exactly, not the toll."""
    text = ctx.document(claim.document).text
    told = [c for c in (*ctx.claims, *ctx.parts, *ctx.background) if c.document == claim.document
            and c.sentence == claim.sentence and c.unit == "count" and c.value is not None
            and not (text and N_OF_THEM.match(text, c.start))]
    if len(told) < 3 or claim not in told or len({c.category for c in told}) < 2:
        return False  # fates of several kinds, not one toll and its parts
    total = sum(c.value or 0 for c in told)
    return any(c.document == claim.document and claim.sentence - 2 <= c.sentence < claim.sentence
               and c.value == total and c.category != claim.category
               for c in (*ctx.claims, *ctx.parts, *ctx.background))


_OTHERS = re.compile(r"\bothers\b|\bother\s+(?:people|persons|victims|workers|passengers)\b", re.IGNORECASE)


def _fates_of_a_counted_group(ctx: Context, a: Claim, b: Claim) -> bool:
    """"Of those 24 [on the bus], five have died, 12 were rescued and seven are missing" beside "7
    people dead": what befell a group counted on its own is that group's share of the toll, which
    may count others besides (a truck driver, a motorcyclist); a rival only if it is the larger."""
    def of_the_group(c: Claim) -> bool:
        text = ctx.document(c.document).text
        if not text or not _OF_THE_COUNTED_GROUP.match(text, _sentence_start(text, c.start), c.start):
            return False
        # the article says elsewhere that the group's share is part of a larger count ("Of the dead,
        # five were passengers on the bus, one was the driver of the coffee truck ..."); without
        # that, "Of the 48 people on board, 38 were killed" is the toll itself
        fates = [f for f in (*ctx.claims, *ctx.parts)
                 if f.document == c.document and f.sentence == c.sentence]
        return any(p.document == c.document and p.sentence != c.sentence and p.role == "subset"
                   and any(p.category == f.category and p.value == f.value for f in fates) for p in ctx.parts)

    share, toll = (a, b) if of_the_group(a) else (b, a) if of_the_group(b) else (None, None)
    if share is None or toll is None or of_the_group(toll):
        return False
    low, high = share.interval.low, toll.interval.high
    return low is None or high is None or low <= high


_OF_THE_COUNTED_GROUP = re.compile(r"[ \t\"\u201c]*(?:Of|Among)[ \t]+(?:the|those|these|all)[ \t]+\d[\d,]*\b"
                                   r"[^,.;\d]{0,60},")


def _still_missing_of_those_reported(ctx: Context, a: Claim, b: Claim) -> bool:
    """"31 people had been reported missing" and "Thirteen people remain unaccounted for": those
    ever reported and those not found yet are two measures; the second is some of the first."""
    def words(c: Claim, pattern: re.Pattern[str]) -> bool:
        text = ctx.document(c.document).text
        return bool(text) and bool(pattern.search(text[max(0, c.start - 40):c.end + 50]))

    if a.category != "missing" or b.category != "missing":
        return False
    still, reported = (a, b) if words(a, _STILL_MISSING) and words(b, _REPORTED_MISSING) else (
        (b, a) if words(b, _STILL_MISSING) and words(a, _REPORTED_MISSING) else (None, None))
    if still is None or reported is None or words(reported, _STILL_MISSING):
        return False
    low, high = still.interval.low, reported.interval.high
    return low is None or high is None or low <= high


_STILL_MISSING = re.compile(r"\b(?:remain|remains|remained|still|yet\s+to\s+be\s+found)\b[^.;]{0,20}"
                            r"\b(?:missing|unaccounted|found|unknown)\b|\bstill\s+missing\b", re.IGNORECASE)
_REPORTED_MISSING = re.compile(r"\breported\s+(?:as\s+)?missing\b", re.IGNORECASE)


def _below_the_full_toll(ctx: Context, a: Claim, b: Claim) -> bool:
    """"The names of 1,870 people" and "the full toll lies between 1,900 and 2,300": a count
    of those documented is no rival of an estimate of the whole, unless it is the larger."""
    def full(c: Claim) -> bool:
        text = ctx.document(c.document).text
        return bool(text) and bool(_FULL_TOLL_BEFORE.search(text, max(0, c.start - 50), c.start))

    estimate, count = (a, b) if full(a) else (b, a) if full(b) else (None, None)
    if estimate is None or count is None or full(count):
        return False
    low, high = count.interval.low, estimate.interval.high
    return low is None or high is None or low <= high


_FULL_TOLL_BEFORE = re.compile(
    r"\b(?:full|true|real|actual)\s+(?:death\s+)?(?:toll|number|figure)\b[^.;]{0,30}$", re.IGNORECASE)


def _risen_since_an_earlier_day(ctx: Context, a: Claim, b: Claim) -> bool:
    """"The number of people killed ... has risen to four" and "On Tuesday, the authorities reported
    three dead" in Wednesday's report: the day's count before the rise, not a rival of the toll."""
    if a.document != b.document:
        return False
    for earlier, later in ((a, b), (b, a)):
        day = _day(ctx, earlier)
        told = _article_date(ctx, later)
        if not isinstance(day, date) or told is None or day >= told.date() or later.scope.time:
            continue
        text = ctx.document(later.document).text
        if _RISEN_TO_BEFORE.search(text, max(_sentence_start(text, later.start), later.start - 80),
                                   later.start) and not _certainly_below(earlier, later):
            return True
    return False


def _certainly_below(earlier: Claim, later: Claim) -> bool:
    """The later figure is certainly below the earlier one."""
    return (later.high is not None and earlier.low is not None and later.high < earlier.low)


_TAKEN_TO_HOSPITAL_AFTER = re.compile(r"[ \t]+(?:people[ \t]+|others[ \t]+)?"
                                      r"(?:(?:were|have[ \t]+been|had[ \t]+been)[ \t]+)?"
                                      r"(?:taken|admitted|brought|rushed)[ \t]+to[ \t]+(?:the[ \t]+)?"
                                      r"hospitals?\b|"
                                      r"[ \t]+(?:were[ \t]+)?hospitali[sz]ed\b")
_IN_ALL_TREATED = re.compile(r"\btreated\b[^.;]{0,40}\bin[ \t]+all\b|\bin[ \t]+all\b[^.;]{0,20}\btreated\b")


def _two_spans(a: Claim, b: Claim) -> bool:
    """"1,327 people killed ... in the 12 months to the end of March" and "11 people killed ... over
    the four days" of Easter: tallies of two spans of days, not rival counts of one."""
    span_a, span_b = a.scope.time or "", b.scope.time or ""
    return (span_a != span_b and bool(_A_SPAN.search(span_a)) and bool(_A_SPAN.search(span_b)))


_A_SPAN = re.compile(r"^(?:in|over|during)\s+the\s+(?:past\s+|last\s+)?\S+\s+"
                     r"(?:days|nights|weeks|months|years)\b|-day\b")


def _on_different_days(ctx: Context, a: Claim, b: Claim) -> bool:
    """"On Monday, 27 people were missing"; "On Wednesday, ... 22 were still unaccounted for":
    figures the article dates to two different days are a series, not rivals (`monotonic`
    follows a toll through them); so are two reports' nights, told on two days."""
    day_a, day_b = _day(ctx, a), _day(ctx, b)
    if a.document != b.document and (day_a is not None or day_b is not None or (
            _told_of_last_night(ctx, a) and _told_of_last_night(ctx, b))):
        # "overnight" in Monday's report and in Tuesday's are two nights; a report's figure told
        # at no time is of its own day, not of the Wednesday another report names
        day_a = day_a if day_a is not None else _report_s_day(ctx, a)
        day_b = day_b if day_b is not None else _report_s_day(ctx, b)
    elif a.document == b.document and a.category == b.category == "missing" and (
            (day_a is None) != (day_b is None)) and (
            not a.attribution or not b.attribution or _same_source(a.attribution, b.attribution)):
        # "Twenty-seven people were unaccounted for on Saturday morning" in Sunday's report, beside its
        # "11 people were still missing": the day before's count and the report's own, which falls as
        # the missing are found
        told = day_a if day_a is not None else day_b
        own = _report_s_day(ctx, b if day_a is not None else a)
        if isinstance(told, date) and isinstance(own, date) and told < own:
            day_a, day_b = (day_a, own) if day_a is not None else (own, day_b)
    return day_a is not None and day_b is not None and day_a != day_b


_A_NIGHT_S_ATTACK = ("drones_", "missiles_", "ballistic_", "cruise_", "targets_", "intercepted")


def _told_of_last_night(ctx: Context, claim: Claim) -> bool:
    """"overnight"; or an attack's figure told with no time of its own beside the night's ("launched 64
    drones ... overnight into Wednesday, of which 41 were shot down"; "Air defence shot down 71
    targets", the sentence after "attacked overnight with 118 air attack means")."""
    if claim.scope.time in _LAST_NIGHT:
        return True
    if claim.scope.time is not None or not claim.category.startswith(_A_NIGHT_S_ATTACK):
        return False
    doc = ctx.document(claim.document)
    if _A_NIGHT_S_REPORT.search(doc.title or "") or _A_NIGHT_S_REPORT.match(doc.text):
        return True  # "Results of the overnight air attack"; "On the night of 9 October, the enemy attacked"
    return any(o.document == claim.document and o.sentence in (claim.sentence, claim.sentence - 1)
               and o.scope.time in _LAST_NIGHT and o.category.startswith(_A_NIGHT_S_ATTACK)
               for o in ctx.claims)


_A_NIGHT_S_REPORT = re.compile(r"\bovernight\b|\bnight[ \t-]+(?:attack|strike|raid)|"
                               r"^\s*(?:(?:On|During)[ \t]+the[ \t]+night|Overnight|Last[ \t]+night)\b",
                               re.IGNORECASE)


def _one_period(ctx: Context, combo: Sequence[Claim]) -> bool:
    """Figures held against each other are of one period: not a tally of days against one day's
    ("53 over the two nights" is no bound on "28 on Tuesday"), nor two reports' different days."""
    longer = [_is_longer_tally(c) for c in combo]
    if any(longer) and not all(longer):
        return False
    since = {c.scope.time for c in combo if (c.scope.time or "").startswith("since ")}
    if since and len({c.scope.time for c in combo}) > 1:
        return False  # "about 620 ... since June 9" holds no "eight ... over the past 24 hours"
    return not any(_on_different_days(ctx, a, b) for a, b in itertools.combinations(combo, 2))


def _report_s_day(ctx: Context, claim: Claim) -> date | None:
    if claim.scope.time and claim.scope.time not in _LAST_NIGHT:
        return None
    when = _article_date(ctx, claim)
    return when.date() if when else None


_LAST_NIGHT = frozenset({"overnight", "last night", "over the past night", "over the last night",
                         "during the night", "during the past night", "during the last night",
                         "the past night"})


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _day(ctx: Context, claim: Claim) -> date | str | None:
    """The day a figure's own words date it to: "on Monday" (the last Monday up to the article's
    date), "yesterday", "today", a live page's clock time (the page's day); the words themselves
    when the article has no date; None when they name no day."""
    time = claim.scope.time or ""
    words = time.split()
    base = _article_date(ctx, claim)
    if base is not None and CLOCK.fullmatch(time):
        return clock_date(time, base.date())  # a live page's "21:30" update is of its own day
    if time in ("today", "yesterday"):
        back = 1 if time == "yesterday" else 0
    elif len(words) == 2 and words[0] == "on" and words[1] in _WEEKDAYS:
        back = (base.weekday() - _WEEKDAYS.index(words[1])) % 7 if base else 0
    else:
        return None
    return time if base is None else (base - timedelta(days=back)).date()


def _within_a_day(claim: Claim, tally: Claim) -> bool:
    """A night's count; or, in another report, one with no time of its own beside a day's tally
    ("destroyed 27 attack drones" in the morning post, "31 over the past day" in the evening's)."""
    time = claim.scope.time or ""
    if _DAYS_TALLY.search(tally.scope.time or "") and (
            time in ("today", "yesterday") or (time.startswith("on ") and time[3:] in _WEEKDAYS)):
        return True  # "52 killed on Monday" within "since Friday there have been ..."
    return time in _LAST_NIGHT or time.startswith("the night of") or (
        not time and (claim.document != tally.document or _A_LONG_TALLY.search(tally.scope.time or "")))


# "since friday", "the seven-day new year road safety campaign", "during the 15 days": a tally of days
_DAYS_TALLY = re.compile(r"^since\s|\bdays\b|\bnights\b|-day\b")
# "23 road deaths this year" beside the weekend's 4; "60 UAVs since the beginning of the current campaign"
_A_LONG_TALLY = re.compile(r"\b(?:year|month|season|campaign|war|conflict|invasion|offensive)\b")


def _is_longer_tally(claim: Claim) -> bool:
    """A count over a day or more ("over the past 24 hours", "this week"), which holds a night's."""
    time = claim.scope.time or ""
    return any(word in time for word in ("24 hours", "48 hours", "past day", "last day", "two days", "week",
                                         "month", "year")) or bool(_DAYS_TALLY.search(time)) or (
        time.startswith("since "))


# nouns that count anyone: a figure of these may be compared with any other
_ANYONE = frozenset("people person persons individuals victims others dead casualties bodies body "
                    "fatalities deaths lives injuries injured wounded".split())


def _group_after_everyone(ctx: Context, earlier: Claim, later: Claim) -> bool:
    """"At least 5 people" killed, then an army's "2 soldiers lost their lives": a later count of
    one group of people is not the toll of everyone, and may be lower."""
    if not earlier.entity or not later.entity or later.entity.lower() in _ANYONE:
        return False
    return earlier.entity.lower() in _ANYONE and ctx.lexicon.entity_group(later.entity.lower()) == "person"


def _a_change(ctx: Context, claim: Claim) -> bool:
    """"the figure was a drop of 15 deaths, or 8.7 per cent, compared with 173": a change, no rival toll."""
    text = ctx.document(claim.document).text
    return A_CHANGE_OF_BEFORE.search(text, max(0, claim.start - 30), claim.start) is not None


def _bombs_and_missiles(a: Claim, b: Claim) -> bool:
    """"64 guided aerial bombs, more than 400 drones and 17 missiles": bombs, counted with missiles,
    are no count of the missiles."""
    return ("bomb" in (a.entity or "").lower()) != ("bomb" in (b.entity or "").lower())


_WITH_THE_DEAD_AFTER = re.compile(
    r"[^.;]{0,40}?,[ \t]+including[ \t]+[^.;]{0,60}?\b"
    r"(?:who[ \t]+(?:later[ \t]+|since[ \t]+|has[ \t]+since[ \t]+)?"
    r"died|(?:was|were)[ \t]+killed)\b", re.IGNORECASE)


def _two_models_in_one_list(ctx: Context, a: Claim, b: Claim) -> bool:
    """"41 air-launched Kh-101 cruise missiles, 14 Iskander-M ballistic missiles and seven Kalibr
    cruise missiles": two items of one list, named apart, are two models, not rival counts of one."""
    if a.document != b.document or a.sentence != b.sentence or not a.entity or not b.entity:
        return False
    if not {ctx.lexicon.entity_group(c.entity.lower()) for c in (a, b)} <= WEAPON_GROUPS:
        return False
    first, second = sorted((a, b), key=lambda c: c.start)
    between = ctx.document(a.document).text[first.end:second.start]
    return len(between) < 120 and (", " in between or " and " in between) and (
        _model_name(first.text) != _model_name(second.text))


def _model_name(text: str) -> str:
    """A figure's words without its number: "Kalibr cruise missiles" of "seven Kalibr cruise missiles"."""
    return text.split(None, 1)[1].lower() if " " in text else ""


def _different_people(ctx: Context, a: Claim, b: Claim) -> bool:
    """"14 crew members" and "41 passengers", "12 soldiers" and "5 civilians": counts of two
    different groups of people are not rival counts of one."""
    if not a.entity or not b.entity:
        return False
    ea, eb = a.entity.lower(), b.entity.lower()
    if ea.rstrip("s") == eb.rstrip("s") and ea not in _ANYONE and _demonym(a.text) != _demonym(b.text):
        return True  # "two soldiers were martyred", says the ISPR; it killed "more than 20 Indian soldiers"
    if ea in _ANYONE or eb in _ANYONE or ea.rstrip("s") == eb.rstrip("s"):
        return False
    if _kin(ctx, a, ea) and _kin(ctx, b, eb):
        return False  # "11 members of his family", then "the 13 relatives killed": one family, told two ways
    lexicon = ctx.lexicon
    return lexicon.entity_group(ea) == lexicon.entity_group(eb) == "person"


_KIN_NOUNS = frozenset({"relatives", "relations", "family members", "kin", "kinsmen", "kinfolk"})
_OF_A_FAMILY_AFTER = re.compile(r"[ \t]+of[ \t]+(?:his|her|their|the|one|a|my|our)[ \t]+(?:\w+[ \t]+)?"
                                r"family\b")


def _kin(ctx: Context, claim: Claim, entity: str) -> bool:
    """Whether a figure counts relatives: "13 relatives", "11 members of his family"."""
    if entity in _KIN_NOUNS:
        return True
    text = ctx.document(claim.document).text
    return entity == "members" and bool(_OF_A_FAMILY_AFTER.match(text, claim.end))


def _demonym(text: str) -> str | None:
    """The nationality a figure's words give its people: "more than 20 Indian soldiers"."""
    m = _DEMONYM.search(text)
    return m.group(1) if m else None


_DEMONYM = re.compile(r"\b([A-Z][a-z]+(?:ian|an|ese|ish|i|ic))[ \t]+[a-z]+$")


def _two_sides(ctx: Context, a: Claim, b: Claim) -> tuple[str, str] | None:
    """The two sources of a and b when both are named and are not one ("the ministry says 3,
    the rights group at least 17"): a dispute, not an error."""
    who_a, who_b = _source(ctx, a, b), _source(ctx, b, a)
    if not who_a or not who_b:
        return None
    same = _same_source(who_a, who_b) if a.document != b.document else (
        normalise(_body_of(who_a)) == normalise(_body_of(who_b))
        or _one_body(who_a, who_b, ctx.document(a.document).text)
        or _bare_plural_of(who_a, who_b) or _bare_plural_of(who_b, who_a)
        or (_bare_body(who_a) or "a") == (_bare_body(who_b) or "b")
        or _the_one_country_s(who_a, who_b, ctx.document(a.document).text)
        or _a_title_and_its_holder(who_a, who_b) or _one_army(who_a, who_b)
        or _one_surname_with_a_title(who_a, who_b))
    return None if same else (who_a, who_b)


_ARMED_FORCES = re.compile(r"\b(?:military|army|armed[ \t]+forces|defen[cs]e[ \t]+forces|IDF)\b",
                           re.IGNORECASE)
_NOT_A_NATION = frozenset("The Defense Defence Forces Armed Army Military IDF".split())
_OTHER_THAN_ARMED_FORCES = re.compile(r"\b(?![Tt]he\b|[Mm]ilitary\b|[Aa]rmy\b|[Aa]rmed\b|[Ff]orces\b|"
                                      r"[Dd]efen[cs]e\b|IDF\b|[A-Z][a-z]+\b)[a-z]+")


def _one_army(a: str, b: str) -> bool:
    """"The Israel Defense Forces" and "the Israeli military": one country's armed forces, named two ways."""
    if not (_ARMED_FORCES.search(a) and _ARMED_FORCES.search(b)) or any(
            _OTHER_THAN_ARMED_FORCES.search(x) for x in (a, b)):
        return False  # not "the military government's information team"
    nations = [[w.lower() for w in re.findall(r"[A-Z][a-z]+", x) if w not in _NOT_A_NATION] for x in (a, b)]
    return all(len(n) <= 1 for n in nations) and (
        not nations[0] or not nations[1] or _one_nation(nations[0][0], nations[1][0]))


def _a_title_and_its_holder(a: str, b: str) -> bool:
    """"District Magistrate Rakesh Kumar Tiwari" and, later, "the District Magistrate": one person, named
    once with the title and then by it alone."""
    short, full = sorted((a.removeprefix("the ").removeprefix("The "),
                          b.removeprefix("the ").removeprefix("The ")), key=len)
    name = full.removeprefix(short + " ").split() if full.startswith(short + " ") else []
    return bool(name) and short[:1].isupper() and len(name) <= 4 and all(w[:1].isupper() for w in name)


def _one_surname_with_a_title(a: str, b: str) -> bool:
    """"Deputy Superintendent of Police Hari Prasad Adhikari" and, later, "DSP Adhikari": one person,
    named in full and then by an abbreviated title and the surname (not "Joe Biden" and "Hunter Biden")."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1] or a == b:
        return False
    surname = wa[-1]
    if len(surname) < 3 or not surname.isalpha() or not surname[0].isupper() or (
            surname.lower() in SOURCE_NOUNS):
        return False
    return any(w[-2].isupper() or w[-2].rstrip(".").lower() in TITLES for w in (wa, wb))


def _the_one_country_s(a: str, b: str, text: str) -> bool:
    """"The Israeli military" and "Military spokesman Brig. Gen. Yoav Ronen": the body without its
    country is that country's when the article names the body of no other."""
    body_a, body_b = _bare_body(a) or "", _bare_body(b) or ""
    for bare, full in ((body_a, body_b), (body_b, body_a)):
        words = full.split()
        if not bare or len(words) != len(bare.split()) + 1 or not full.endswith(f" {bare}"):
            continue
        named = _words_before_the_body(bare, text)
        return bool(named) and all(_one_nation(n, words[0]) for n in named)
    return False


@lru_cache(maxsize=64)
def _words_before_the_body(bare: str, text: str) -> frozenset[str]:
    """The capitalised words an article puts before a body's name ("Lebanon's", "the Lebanese"), found
    once per article and body rather than for every pair of figures compared."""
    before = rf"\b([A-Z][\w-]+)(?:['\u2019]s)?[ \t]+(?i:{re.escape(bare)})\b"
    return frozenset(m.lower() for m in re.findall(before, text)) - {"the", "a", "its", "their"}


def _one_nation(a: str, b: str) -> bool:
    """"lebanon" and "lebanese", "iran" and "iranian": a country and its adjective."""
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a == b or (common >= 4 and common >= min(len(a), len(b)) - 2)


def _bare_body(source: str) -> str | None:
    """"Egypt's health ministry" and "Health ministry spokesman Khaled Mansour": the body, without
    its country's possessive or its named spokesperson."""
    body = _SPOKESPERSON_NAMED.sub("", source).strip()
    return normalise(_POSSESSIVE_OPENING.sub("", body))


_POSSESSIVE_OPENING = re.compile(r"^(?:the[ \t]+)?[A-Z][\w-]+['\u2019]s[ \t]+")


def _bare_plural_of(bare: str, named: str) -> bool:
    """"officials" beside "hospital officials" in one article: the bare word names no side of
    its own, so it is the one the article named more fully."""
    head = bare.lower().removeprefix("the ")
    return head in _BARE_PLURAL_SOURCES and named.lower().endswith(f" {head}")


_BARE_PLURAL_SOURCES = frozenset({"officials", "authorities"})


def _body_of(source: str) -> str:
    """"the police spokesperson", "a spokesman for Nasser Hospital": the body they speak for."""
    return _SPOKESPERSON_FOR.sub("", _SPOKESPERSON.sub("", source))


_SPOKESPERSON_FOR = re.compile(r"^(?:an?|the)[ \t]+spokes(?:person|man|woman)[ \t]+(?:for|of)[ \t]+",
                               re.IGNORECASE)
_SPOKESPERSON_WORD = r"[ \t]+(?:spokes(?:person|man|woman)|press[ \t]+officer)"
_SPOKESPERSON_NAMED = re.compile(_SPOKESPERSON_WORD + r"\b.*$", re.IGNORECASE)


_UNNAMED_SPOKESPERSON = re.compile(r"an?[ \t]+(?:[\w'\u2019.-]+[ \t]+){0,4}spokes(?:man|woman|person)",
                                   re.IGNORECASE)
_NAMED_SPOKESPERSON = re.compile(r"spokes(?:man|woman|person)[ \t]+((?:[A-Z][\w'\u2019-]+[ \t]+){0,3}"
                                 r"[A-Z][\w'\u2019-]+)")


_A_MEMBER_OF_BEFORE = re.compile(r"(?:[A-Z][\w.'\u2019-]*[ \t]+){1,4}of[ \t]+the[ \t]+(?P<abbr>[A-Z]{2,8})"
                                 r"(?:['\u2019]s)?\b")


_OF_THESE_PATIENTS_OPENING = re.compile(
    r"[ \t\"\u201c]*(?:Of|Among)[ \t]+(?:these|those|the)[ \t]+patients\b")
_BODY_HEADS = frozenset("ministry department agency police office authority service directorate commission "
                        "council army government hospital organisation organization committee administration "
                        "command secretariat".split())


def _one_body(a: str, b: str, text: str = "") -> bool:
    """"the Haitian National Police (PNH)" and "PNH spokeswoman Inspector Marie-Lourdes Célestin":
    a body and its named spokesperson, the body abbreviated."""
    def org(name: str) -> str:
        return _SPOKESPERSON_NAMED.sub("", name).strip()

    def initials(name: str) -> str:
        return "".join(w[0] for w in re.findall(r"[A-Z][\w'\u2019-]*", name) if w not in ("The",))

    for unnamed, other in ((a, b), (b, a)):
        if _UNNAMED_SPOKESPERSON.fullmatch(unnamed):
            named = set(_NAMED_SPOKESPERSON.findall(text))
            if len(named) == 1 and other.split()[-1] in next(iter(named)).split():
                return True  # "a National Guard spokesman said", then "spokesman Slim Ben Amor told Reuters"
    for short, full in ((a, b), (b, a)):
        bare = short.removeprefix("the ").removeprefix("The ")
        if bare.isupper() and 2 <= len(bare) <= 8 and f"{full.removeprefix('the ')} ({bare})" in text:
            return True  # "... Deprived of Liberty (SNAI) said", then "the SNAI said"
        member = _A_MEMBER_OF_BEFORE.match(short)
        if member and f"{full.removeprefix('the ').removeprefix('The ')} ({member.group('abbr')})" in text:
            return True  # "the Department of Disease Control (DDC)", then "Dr X of the DDC's Division of ..."
    for person, body in ((a, b), (b, a)):
        head = body.rsplit(" ", 1)[-1].lower()
        if head in _BODY_HEADS and person[:1].isupper() and text and re.search(
                rf"\b{head}['\u2019]s[ \t]+(?:[\w-]+[ \t]+){{0,4}}?[\w-]+,?[ \t]+{re.escape(person)}\b",
                text, re.IGNORECASE):
            # "the state health ministry", then "the ministry's director general, Dr Kamal Ibrahim"
            return True
    oa, ob = org(a), org(b)
    if oa == a and ob == b:
        return False  # neither is a spokesperson
    for short, full in ((oa, ob), (ob, oa)):
        if short.isupper() and 2 <= len(short) <= 6 and (
                initials(full).endswith(short) or short in full or f"{full} ({short})" in text):
            return True  # "the Haitian National Police (PNH)", then "PNH spokeswoman ..."
    return normalise(oa) == normalise(ob)


# "the police spokesperson" speaks for "the police"
_SPOKESPERSON = re.compile(_SPOKESPERSON_WORD + r"s?$", re.IGNORECASE)


def _source(ctx: Context, claim: Claim, other: Claim) -> str | None:
    """Who says a figure: its attribution, or, against a figure of another report or one the
    report gives to someone else, the report's own source when it names no one (a ministry's
    statement speaks for itself: "an armed group claimed ... more than 50 people")."""
    if claim.attribution:
        return claim.attribution
    if claim.document == other.document and not other.attribution:
        return None
    if claim.document == other.document and (_DISPUTES_THE_OFFICIAL_COUNT.search(
            ctx.document(other.document).text, max(0, other.start - 300), other.start)
            or _A_LAY_GROUP.search(other.attribution)):
        # "The union disputed the official injury count. ... said at least 15"; "A group of victims'
        # relatives ... said at least 13 people had died": a rival of the count the article gives
        return "the official count"
    source = ctx.document(claim.document).source
    return source if source and statement_author(source) else None


_A_LAY_GROUP = re.compile(r"\b(?:relatives|families|residents|villagers|witnesses|survivors|neighbou?rs|"
                          r"community\s+leaders?|mourners)\b", re.IGNORECASE)
_DISPUTES_THE_OFFICIAL_COUNT = re.compile(
    r"\b(?:disputed|disputes|contested|contests|challenged|challenges|rejected|rejects|questioned|questions)"
    r"\s+(?:the\s+)?(?:official|government's|authorities'|police)\s+(?:[a-z]+\s+){0,2}"
    r"(?:count|toll|figures?|tally|numbers?)\b|"
    # "The ward councillor has repeated his claim that the toll is higher, saying at least 15 people died"
    r"\b(?:claim|claims|claimed|insists?|insisted|maintains?|maintained)\s+that\s+the\s+(?:real\s+|actual\s+|"
    r"true\s+)?(?:death\s+)?(?:toll|number|figure|count)\s+(?:is|was)\s+(?:much\s+|far\s+)?(?:higher|lower)\b",
    re.IGNORECASE)
_SOURCE_FILLER = frozenset("the a an 's of on in said says statement telegram x people".split())
# "the Zibo city government" and "the Zibo Municipal People's Government": one body
_SOURCE_SYNONYMS = {"municipal": "city", "municipality": "city"}


def _same_source(a: str | None, b: str | None) -> bool:
    """Across reports, "the air force" and "Ukraine's Air Force (Telegram)" name one source:
    the words of one are all among the other's. (Within one article names are compared as
    written: "police" and "the police commander" may be two people.)"""
    if not a or not b:
        return False
    def words(name: str) -> set[str]:
        cleaned = re.sub(r"[^\w\s]", " ", (normalise(name) or "").replace("'s", " "))
        return {_SOURCE_SYNONYMS.get(w, w) for w in cleaned.split() if w not in _SOURCE_FILLER}
    wa, wb = words(a), words(b)
    if bool(wa and wb) and (wa <= wb or wb <= wa):
        return True
    name = _person_named(a)
    return name is not None and name == _person_named(b)


def _person_named(source: str) -> str | None:
    """"Governor Viktor Lazarev", "Kursk Gov. Viktor Lazarev": the person's name, its last two
    words when both are capitalised and neither is a body's ("Air Force", "Emergency Service")."""
    words = source.replace("'s", "").split()
    if len(words) < 2 or not all(w[:1].isupper() and w.isalpha() for w in words[-2:]):
        return None
    if any(w.lower() in SOURCE_NOUNS or w.lower() in _BODY_WORDS for w in words[-2:]):
        return None
    return " ".join(words[-2:])


_BODY_WORDS = frozenset("air emergency national state regional defence defense health interior "
                        "ministry services agency red cross crescent nations".split())


def _placed(ctx: Context, claim: Claim, other: Claim) -> str:
    """A figure, naming its article when the other figure is in a different one."""
    if claim.document == other.document:
        return figure(claim)
    return f"{figure(claim)} in {ctx.doc_label(claim.document)}"


def _pairs(claims: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            yield a, b


def _groups(rule: RuleBase, claims: Sequence[Claim], within: Within) -> list[list[Claim]]:
    """Claims that are compared together: same scope and unit, one known value per group key.

    A claim with an unknown place (or time, or source) joins every group it could belong to.
    """
    Key = tuple[tuple[str, ...], str, tuple[str | None, ...]]

    def key(c: Claim) -> Key:
        return (rule.scope_key(c, within), c.unit, rule.group_key(c))

    def fits(k: Key, home: Key) -> bool:
        return k[:2] == home[:2] and keys_agree([k[2], home[2]])

    concrete = list(dict.fromkeys(key(c) for c in claims if None not in rule.group_key(c)))
    groups: dict[Key, list[Claim]] = {k: [] for k in concrete}
    for claim in claims:
        homes = [k for k in concrete if fits(key(claim), k)]
        for home in homes or [key(claim)]:
            groups.setdefault(home, []).append(claim)
    return list(groups.values())


# --------------------------------------------------------------------------- part_of


@kind("part_of", message="{part} cannot be more than {whole}",
      placeholders={"part": "the part's category and figure",
                    "whole": "the whole's category and figure (a sum shows its arithmetic)"})
class PartOf(RuleBase):
    """A part cannot be larger than the whole it belongs to.

    Checks: each figure of `part` against the figure of `whole` (or the sum of the `whole`
    categories) in the same article, about the same place and in the same unit.
    Passes: the part can be at most the whole ("11 ballistic missiles" of "70 missiles").
    Fails: the part is certainly larger: its lowest possible value exceeds the whole's
    highest ("80 ballistic missiles" of "70 missiles").
    Skips: when either category is absent ("no ballistic_launched figure in this article").

        - id: ballistic-within-missiles
          kind: part_of
          part: ballistic_launched
          whole: missiles_launched
          severity: error
          description: Ballistic missiles are counted among all missiles launched.
    """

    category_fields = ("part", "whole")
    part: str = param("The category that is a part.", "category")
    whole: Categories = param("The whole; a list means the sum of those categories.",
                              "category | [categories]")

    def check(self, ctx: Context) -> Iterator[Verdict]:
        cats = (self.part, *self.whole)
        combos = list(self.combinations(ctx, cats))
        if not combos:
            yield Verdict("skip", self.absent_reason(ctx, cats))
            return
        combos = [combo for combo in combos if self.within != "event" or _one_period(ctx, combo)]
        for verdict in _relations(self, combos, self._holds, self._words):
            yield self._disputed(ctx, verdict) if verdict.status == "fail" and len(verdict.claims) == 2 \
                else verdict

    @staticmethod
    def _disputed(ctx: Context, verdict: Verdict) -> Verdict:
        """The part said by one side and the whole by another ("shot down four drones", says
        Centcom; "two drones", says the Houthis' spokesman): a dispute, shown as info."""
        a, b = verdict.claims
        sides = _two_sides(ctx, a, b)
        if not sides:
            return verdict
        return replace(verdict, message=f"disputed: {sides[0]} says {figure(a)}, {sides[1]} says {figure(b)}",
                       severity="info")

    def _holds(self, combo: tuple[Claim, ...]) -> bool:
        part = self.widened(combo[0])
        whole = total(self.widened(c) for c in combo[1:])
        return not (part.low is not None and whole.high is not None and part.low > whole.high)

    def _words(self, combo: tuple[Claim, ...], ok: bool) -> str:
        part, whole = side([self.part], combo[:1]), side(self.whole, combo[1:])
        if ok:
            return f"{part} ≤ {whole}"
        return self.fail_text(part=part, whole=whole)


Combo = tuple[Claim, ...]


def _relations(rule: RuleBase, combos: Sequence[Combo], holds: Callable[[Combo], bool],
               words: Callable[[Combo, bool], str]) -> Iterator[Verdict]:
    """One verdict per combination of figures: pass or fail."""
    for combo in combos:
        ok = holds(combo)
        yield Verdict("pass" if ok else "fail", words(combo, ok) + rule.tolerance_note(), combo)


@kind("place_within", message="{part} cannot be more than {whole}",
      placeholders={"part": "the figure for a place", "whole": "the figure for the area named after it"})
class PlaceWithin(RuleBase):
    """A place's figure cannot be larger than the figure for the area that holds it.

    Checks: two figures of `category` in one article, at the same time, one for a place ("29
    people were injured in Zaporizhzhia") and one for the region, oblast, province, district
    or county named after that place ("injured 26 in the Zaporizhzhia region"); and one place's
    figure against a figure of all the areas the article counts together ("642 houses damaged
    across the three wilayas", "705 damaged houses" in El Tarf).
    Passes: the place's figure can be at most the area's.
    Fails: it is certainly larger (29 injured in the city, 26 in the region that holds it).
    Skips: when the article gives no such pair.

        - id: injured-place-within-region
          kind: place_within
          category: injured
          severity: error
          description: A city's injured cannot outnumber those of the region named after it.
    """

    category_fields = ("category",)
    category: str = param("The category compared between a place and its area.", "category")

    def check(self, ctx: Context) -> Iterator[Verdict]:
        def placed(claims: Iterable[Claim]) -> list[Claim]:
            return [c for c in claims if c.category == self.category and c.unit == "count" and c.scope.place
                    and not c.scope.place_inferred]

        wholes = [w for w in placed(ctx.of(self.category)) if not _OVERALL_BEFORE.search(
            ctx.document(w.document).text, max(0, w.start - 80), w.start)]
        by_place: dict[str, list[Claim]] = {}
        for whole in wholes:
            if (held := _place_in_the_area(whole.scope.place or "")) is not None:
                by_place.setdefault(held, []).append(whole)
        candidates = placed((*ctx.of(self.category), *ctx.parts))
        pairs = [(part, whole) for part in candidates
                 for whole in by_place.get((part.scope.place or "").lower(), ())
                 if part.document == whole.document and part is not whole
                 and _same_time(part, whole) and not _an_area_around_the_city(ctx, whole)]
        spans = self._across_the_areas(ctx)
        pairs += [(part, whole) for whole in spans for part in candidates
                  if part.document == whole.document and not is_care_place(part.scope.place)
                  and _same_time(part, whole)]
        if not pairs:
            yield Verdict("skip", f"no {label(self.category)} figure for a place and for its area "
                                  f"{ctx.where_text}")
            return
        for part, whole in pairs:
            a, b = self.widened(part), self.widened(whole)
            ok = not (a.low is not None and b.high is not None and a.low > b.high)
            part_text = f"{figure(part)} in {part.scope.place}"
            whole_text = f"{figure(whole)} {spans[whole]}" if whole in spans else \
                f"{figure(whole)} in {whole.scope.place}"
            if ok:
                yield Verdict("pass", f"{part_text} ≤ {whole_text}" + self.tolerance_note(), (part, whole))
                continue
            sides = _two_sides(ctx, part, whole)
            if sides:
                yield Verdict("fail", f"disputed: {sides[0]} says {part_text}, {sides[1]} says {whole_text}",
                              (part, whole), "info")
            else:
                text = self.fail_text(part=part_text, whole=whole_text)
                yield Verdict("fail", text + self.tolerance_note(), (part, whole))


    def _across_the_areas(self, ctx: Context) -> dict[Claim, str]:
        """"642 houses damaged across the three wilayas": a figure of every area the article tells,
        which no one area's figure can exceed; the words that say so, by figure."""
        found: dict[Claim, str] = {}
        for whole in ctx.of(self.category):
            if whole.unit == "count" and whole.role == "total" and not whole.scope.place and (
                    across := _ACROSS_THE_AREAS_AFTER.match(ctx.document(whole.document).text, whole.end)):
                found[whole] = across.group("words")
        return found


_ACROSS_THE_AREAS_AFTER = re.compile(
    r"[ \t]+(?:[\w-]+[ \t]+){0,3}?(?P<words>(?:across|in|throughout)[ \t]+(?:all[ \t]+)?the[ \t]+"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|affected)[ \t]+(?:affected[ \t]+)?"
    r"(?:wilayas|provinces|regions|districts|states|governorates|counties|oblasts|prefectures|departments|"
    r"municipalities|islands))\b")


# "bringing the overall death toll from the attack to 8": the city's dead and the region's, not
# the region's alone
_OVERALL_BEFORE = re.compile(r"\b(?:overall|combined|bringing|raising|taking)\b[^.;]*$", re.IGNORECASE)
_AREA_KINDS_AFTER = re.compile(r"(?:region|oblast|province|district|county|governorate|state)", re.IGNORECASE)


_TAKEN_TO_AFTER = re.compile(r"[ \t]+of[ \t]+the[ \t]+(?:[\w-]+[ \t]+)?(?:wounded|injured|dead|bodies)"
                             r"(?:,[^,.;]{1,40},)?[ \t]+"
                             r"(?:were|was|had[ \t]+been|have[ \t]+been)[ \t]+"
                             r"(?:taken|brought|rushed|admitted)\b")


def _same_time(a: Claim, b: Claim) -> bool:
    """Not two different stamps of a timeline or a live page: its "Friday, Oct. 24:" and
    "Sunday, Oct. 26:" entries count different days. (Times read from the words, such as
    "overnight" and "over the past day", may nest.)"""
    return a.scope.time == b.scope.time or not (_stamped(a) and _stamped(b))


def _stamped(claim: Claim) -> bool:
    """Whether the claim's time is a live page's clock stamp or a timeline's day ("Oct 24")."""
    time = claim.scope.time or ""
    return bool(CLOCK.fullmatch(time) or _DAY_STAMP.fullmatch(time))


_DAY_STAMP = re.compile(r"[A-Z][a-z]{2} \d{1,2}")


def _place_in_the_area(area: str) -> str | None:
    """"Zaporizhzhia region" (or "the Zaporizhzhia Oblast") holds "zaporizhzhia" (lower-cased);
    None for a place that names no area of another."""
    words = area.removeprefix("the ").split()
    if len(words) >= 2 and _AREA_KINDS_AFTER.fullmatch(words[-1]):
        return " ".join(words[:-1]).lower()
    return None


# --------------------------------------------------------------------------- breakdown


@kind("breakdown", message="the parts {parts} add up to more than {whole}",
      placeholders={"parts": "the parts given together and their sum",
                    "whole": "the whole figure they belong to"})
class Breakdown(RuleBase):
    """The parts an article gives of a figure cannot add up to more than the figure.

    Checks: figures read as parts of `category` ("six of them children"; "Of the injured, 21
    were employees, 12 contractors and six firefighters"), those of one sentence added up,
    against each whole figure of the category in the same article, about the same place; parts
    that add up exactly to a whole told before them are held to that whole, and the figures after
    a colon that follows two parts or more, which break down the last of them, are left out.
    Passes: the parts add up to at most the whole.
    Fails: they certainly add up to more ("Among the dead were 21 women" of "18 killed";
    21 + 12 + 6 = 39 of "37 injured"); or a list that ends with "the remaining N", or a
    breakdown by place the sentence calls one ("The district-wise breakdown showed 12 deaths
    in Swat, seven in Buner, ..."), or kinds of person that are everyone ("Of the dead, 19 were
    adults and 5 were children"), and so tells every one, adds up to less.
    Skips: when the article gives no parts of the category, or no whole to hold them against.

        - id: killed-breakdown
          kind: breakdown
          category: killed
          severity: error
          description: The dead an article breaks down cannot outnumber its death toll.
    """

    category_fields = ("category",)
    category: str = param("The category whose figures are broken down.", "category")

    def _whole_of(self, ctx: Context, parts: Sequence[Claim], wholes: Sequence[Claim]) -> Claim | None:
        text = ctx.document(parts[0].document).text
        if _fates_of_these(ctx, parts[0]):
            # "The death toll has risen to 17 ... Of them, 12 died in the nine-storey building in
            # Novokodatskyi district, four at the stop ...": the toll just told, wherever each part died
            told = [w for w in wholes if w.document == parts[0].document and w.end <= parts[0].start
                    and parts[0].sentence - 2 <= w.sentence]
            if told:
                return max(told, key=lambda w: w.end)
        # "Of those killed, 118 were drivers, ...": the whole was named before, not after
        of_those = _OF_THOSE_NAMED_BEFORE.match(text, _sentence_start(text, parts[0].start), parts[0].start)
        by_place = _a_list_by_place(parts)
        named_split = by_place and (_split_by_area(ctx, parts[0]) or of_those is not None)
        # "Nine workers were killed ... at Achankulam. ... The dead — six women and four men —":
        # the kinds of person the toll's people were, told without a place, are the toll's
        the_dead_were = _THE_DEAD_WERE_BEFORE.search(text, max(0, parts[0].start - 110), parts[0].start)
        placeless = all((the_dead_were or _own_place(p).scope.place in (None, UNPLACED))
                        and (p.entity or "").lower() in _KINDS_OF_PERSON for p in parts) or (
            # "the dead were 17 passengers, three railway employees and two farmers": whoever they
            # were, when the sentence names no place of theirs
            the_dead_were is not None and not any(
                p.scope.place and p.scope.place in text[_sentence_start(text, parts[0].start):parts[-1].end]
                for p in parts)) or (
            # "At Laquintinie Hospital, where 19 of the dead were taken", "Thirty of the wounded were
            # taken to Jenin Government Hospital": the toll's, wherever it was
            len(parts) == 1 and is_care_place(parts[0].scope.place)
            and ((parts[0].scope.place or "") in text[_sentence_start(text, parts[0].start):parts[0].start]
                 or bool(_TAKEN_TO_AFTER.match(text, parts[0].end)))
            and bool(_OF_THE_HARMED_AFTER.match(text, parts[0].end))) or (
            # "Of the injured, 42 were brought to Lady Reading Hospital": the toll's, wherever it was
            len(parts) == 1 and of_those is not None and is_care_place(parts[0].scope.place)) or (
            # "Twenty-seven of the dead were shot ... near a distribution site north of Rafah": the toll's
            len(parts) == 1 and bool(_OF_THE_DEAD_AFTER.match(text, parts[0].end))) or (
            # "640 of the dead were in Zindajan district, 310 in Injil and 90 in Kohsan": the toll's, by place
            by_place and len(parts) >= 2 and bool(_OF_THE_HARMED_AFTER.match(text, parts[0].end))
            and not any(is_care_place(p.scope.place) for p in parts)) or (
            # "The bodies were taken to three hospitals -- 11 to Laquintinie, ...": the toll's, by hospital
            _all_the_places(text, parts, care=True)) or (
            # "Four of the injured workers were taken to Memorial Hermann ..., two to Ben Taub Hospital and
            # two to HCA Houston ...": the toll's, hospital by hospital
            len(parts) >= 2 and bool(_OF_THE_HARMED_AFTER.search(f" {parts[0].text}"))
            and all(is_care_place(p.scope.place) for p in parts)
            and all(text.startswith(" to ", p.end) for p in parts[1:]))
        sides = {side for p in parts if (side := side_of(p.entity))}
        if "fighters" in sides and len(sides) > 1:
            return None  # "killed 14 terrorists ..., while three soldiers ... were martyred": two sides' dead
        compatible = [w for w in wholes if (placeless or self.same_group([_own_place(c) for c in (*parts, w)])
                                            or (by_place and (_wider_than(w, parts, named_split)
                                                              or _itemised_after_its_colon(text, w, parts)))
                                            or _opens_the_parts_sentence(text, w, parts))
                      and _may_hold(w, parts) and all(_same_time(p, w) for p in parts)]
        if of_those or _OF_THE_HARMED_AFTER.match(text, parts[0].end) or _OF_THE_HARMED_AFTER.search(
                f" {parts[0].text}") or the_dead_were:
            # "33 of the martyrs fell in Nabatieh", "some 17,000 of the dead were militants", "the dead
            # were 14 men and 5 women": a toll's, told before
            compatible = [w for w in compatible if w.start < parts[0].start]
            latest = max((w.sentence for w in compatible if w.document == parts[0].document), default=None)
            if latest is not None and (uncounted := self._a_count_of_no_kind_just_before(ctx, parts[0])) and (
                    uncounted.sentence > latest):
                return None  # "the count kept by Gaza's Health Ministry rose ... to more than 45,500 ...;
                # the army says some 17,000 of the dead were militants": that count's dead
        # "22 British nationals were among the injured": everyone injured, not one hospital's "14 patients"
        if any((w.entity or "").lower() != "patients" for w in compatible) and not any(
                (p.entity or "").lower() == "patients" for p in parts) and (
                not _OF_THESE_PATIENTS_OPENING.match(  # "Of these patients, 41 were adults"
                    text, _sentence_start(text, parts[0].start))):
            compatible = [w for w in compatible if (w.entity or "").lower() != "patients"]
        # "Three others ... were treated for cuts": people besides those counted before, no whole of them
        compatible = [w for w in compatible if not (w.start > parts[0].start and _OTHERS.search(w.text))]
        if any(_WITH_THE_DEAD_AFTER.match(text, p.end) for p in parts):
            # "Eight other people were injured ... nine with gunshot wounds, including the woman who later
            # died": the others are besides the dead, the nine are not
            compatible = [w for w in compatible if not _OTHERS.search(w.text)]
        if parts[0].attribution and (same_source := [w for w in compatible
                                                     if _same_source(w.attribution, parts[0].attribution)]):
            compatible = same_source  # a ministry's regions break down its own total, not a governor's

        named = _OF_THE_N_AFTER.match(text, parts[0].end) if len(parts) == 1 else None
        if named:  # "six of the eight were aged 65 or older": the eight's parts, whatever else was told
            told = named.group("n")
            value = float(told.replace(",", "")) if told[0].isdigit() else parse_number_word(told)
            if value is not None:
                compatible = [w for w in compatible if w.value == value]
        whole = _nearest_whole(parts, compatible)
        if whole is not None and whole.start < parts[0].start and whole.scope.place not in (
                None, UNPLACED) and all(p.scope.place in (None, UNPLACED) for p in parts) and any(
                w.sentence == whole.sentence and w.scope.place not in (None, UNPLACED, whole.scope.place)
                for w in wholes if w.document == whole.document) and (unplaced := [
                w for w in wholes if w.document == whole.document and w.start < parts[0].start
                and w.scope.place in (None, UNPLACED) and _may_hold(w, parts)
                and all(_same_time(p, w) for p in parts)]):
            # "... and one person was killed in Faryab's Kohistan district. Four children are among the
            # dead": the toll of no one place, not the last place's
            whole = unplaced[-1]
        if whole is not None and _ONE_DAY_S_TALLY.fullmatch(whole.scope.time or "") and (
                running := [w for w in compatible if w.document == whole.document and w.start < whole.start
                            and not _ONE_DAY_S_TALLY.fullmatch(w.scope.time or "")]):
            # "389 ... since 26 June. During the last 24 hours, 17 deaths ...": the 389's kinds
            whole = running[-1]
        first = parts[0]
        if whole is not None and whole.start < first.start and any(
                b.document == first.document and b.category == self.category
                and whole.end <= b.start < first.start and _A_PERIOD.match(b.scope.time or "")
                and b.sentence != whole.sentence  # not "killed 147, down from the 193 last year"
                for b in ctx.background):
            return None  # "1,327 killed since January 1 ... Pedestrians accounted for 512 of the deaths"
        return whole

    @staticmethod
    def _a_count_of_no_kind_just_before(ctx: Context, part: Claim) -> Claim | None:
        """The last figure before the part, in its sentence or the one before, when it counts people
        the extractor could give no category and could hold the part."""
        before = [c for c in (*ctx.claims, *ctx.background) if c.document == part.document
                  and part.sentence - 1 <= c.sentence and c.end <= part.start and c.unit == "count"]
        if not before:
            return None
        last = max(before, key=lambda c: c.end)
        held = last.high is None or part.low is None or last.high >= part.low
        return last if last.category == "other" and last.entity is None and held else None

    def _counts_its_kind(self, ctx: Context, part: Claim) -> bool:
        """"1,326 homes had been damaged, 412 of them left uninhabitable, and ... 3,870 people had
        been affected": a part that counts what the category never counts is no part of it."""
        if part.entity is None:
            return True
        group = ctx.lexicon.entity_group(part.entity)
        category = ctx.lexicon.category(self.category)
        return group is None or category is None or group in category.counts

    def _included_in_another_count(self, ctx: Context, part: Claim) -> bool:
        """"21 countries have reported 14,320 confirmed mpox cases, including 62 deaths": parts
        of the figure just before them, which counts something else, not of this category's whole."""
        text = ctx.document(part.document).text
        if not INCLUDING_BEFORE.search(text, max(0, part.start - 16), part.start):
            return False
        before = [c for c in (*ctx.claims, *ctx.background) if c.document == part.document
                  and c.sentence == part.sentence and c.end <= part.start]
        return bool(before) and max(before, key=lambda c: c.end).category not in (self.category, "casualties")

    def _of_those_others(self, ctx: Context, part: Claim) -> bool:
        """"187 workers were underground. Of those, 143 reached the surface": parts of the figure
        before, which counts something else, not of this category's whole."""
        if not _fates_of_these(ctx, part):
            return False
        text = ctx.document(part.document).text
        start = _sentence_start(text, part.start)
        before = [c for c in (*ctx.claims, *ctx.parts, *ctx.background)
                  if c.document == part.document and c.end <= start]
        return bool(before) and max(before, key=lambda c: c.end).category != self.category

    def check(self, ctx: Context) -> Iterator[Verdict]:
        groups: dict[tuple[str, int], list[Claim]] = {}
        for part in ctx.parts:
            if part.category == self.category and part.unit == "count" and self._counts_its_kind(ctx, part):
                groups.setdefault((part.document, part.sentence), []).append(part)
        if self.category == "injured":  # "Of these, 1 person died, 22 have been discharged and 9 ..."
            for part in ctx.parts:
                key = (part.document, part.sentence)
                if part.category == "killed" and part.unit == "count" and key in groups and _fates_of_these(
                        ctx, part):
                    groups[key] = sorted([*groups[key], part], key=lambda c: c.start)
        groups = {key: _without_a_part_s_own_items(ctx.document(key[0]).text, _outer_parts(ctx, parts))
                  for key, parts in groups.items()
                  if _said_to_be_parts(ctx, parts) and not self._of_those_others(ctx, parts[0])
                  and not self._included_in_another_count(ctx, parts[0]) and not _said_to_overlap(ctx, parts)
                  and not _conditions_of_two_kinds(ctx, parts)
                  and not _an_age_beside_another_kind(ctx, parts)
                  and not _a_sex_with_its_young_beside_an_age(ctx, parts)}
        groups = _with_parts_named_after(ctx, groups)
        groups = _kinds_apart_from_fates(ctx, groups)
        groups = _named_again_after_a_semicolon_apart(ctx, groups)
        groups = _without_the_parts_of_a_part(ctx, groups)
        listed = _bullets_as_follows(ctx, [p for p in ctx.parts if p.category == self.category
                                           and p.unit == "count"])
        if listed:  # "They were distributed as follows:" and one bullet each: one list, all of them
            in_lists = {p.id for parts in listed for p in parts}
            groups = {key: parts for key, parts in groups.items() if not any(p.id in in_lists for p in parts)}
            groups.update({(parts[0].document, -1 - k): parts for k, parts in enumerate(listed)})
        wholes = [w for w in ctx.of(self.category) if w.unit == "count"]
        found = [(tuple(parts), whole) for parts in groups.values()
                 if (whole := self._whole_of(ctx, parts, wholes) if not any(parts == b for b in listed)
                     else _last_before(parts[0], wholes)) is not None]
        if not found:
            what = "no parts" if not groups else "no whole figure"
            yield Verdict("skip", f"{what} of {label(self.category)} {ctx.where_text}")
            return
        for parts, whole in found:
            summed, names = _items_summed(ctx, parts, self.widened)
            ok = not (summed.low is not None and whole.high is not None
                      and summed.low > self.widened(whole).high)
            if not ok and (told := _the_whole_they_add_up_to(parts, wholes, summed)):
                whole, ok = told, True
            parts_text = names if len(parts) == 1 else f"{names} = {interval_text(summed)}"
            whole_text = f"{label(self.category)} {figure(whole)}"
            text = (f"parts {parts_text} ≤ {whole_text}" if ok
                    else self.fail_text(parts=parts_text, whole=whole_text))
            text_of_whole = ctx.document(whole.document).text
            rest = _told_to_the_last(text_of_whole, parts)
            by_kind = _everyone_by_kind(text_of_whole, parts)
            # "The 11 dead were seven patients, two ... and one nurse": every one of them
            as_follows = any(parts == tuple(b) for b in listed) or bool(
                whole.sentence == parts[0].sentence and _THE_WHOLE_WERE.match(
                    text_of_whole, _sentence_start(text_of_whole, parts[0].start), whole.start)
                and _WERE_THESE.fullmatch(text_of_whole, whole.end, parts[0].start))
            # "Eight people have now died. ... The dead are five pupils and two members of staff": all of them
            as_follows = as_follows or bool(_THE_DEAD_ARE_OPENING.match(
                text_of_whole, _sentence_start(text_of_whole, parts[0].start), parts[0].start)
                and not _unnumbered_item(text_of_whole, parts))  # not "... and the Thai driver"
            told_whole = rest or by_kind or as_follows or (_a_list_by_place(parts) and (
                _a_stated_breakdown(text_of_whole, parts[0]) or _all_the_places(text_of_whole, parts)
                or _the_whole_s_places(text_of_whole, whole, parts)))
            least = self.widened(whole).low
            fewer = ok and summed.high is not None and least is not None and summed.high < least
            # (not a live page's summary toll above an earlier post's list: "At least seven deaths ...
            # across three states: four in Mississippi, ..." held to the summary's nine)
            near = not any(c.document == parts[0].document and c.sentence == parts[0].sentence
                           and c.end <= parts[0].start and c.category == whole.category and c.id != whole.id
                           and c.unit == whole.unit for c in (*ctx.claims, *ctx.background))
            if fewer and len(parts) > 1 and told_whole and near:
                # "658 were Egyptians, 165 Jordanians ..., with the remaining 116": every one told
                how = ("ending with the remaining ones" if rest else "every kind of person" if by_kind
                       else "listed as all of them" if as_follows else "every place listed")
                ok, text = False, f"the parts {parts_text}, {how}, account for fewer than {whole_text}"
            elif fewer and not _another_place_s_part_just_before(ctx, parts) and not _EACH_OF_SEVERAL.search(
                    text_of_whole, _sentence_start(text_of_whole, parts[0].start), parts[-1].end + 80) and (
                    _told_place_by_place(text_of_whole, parts) or (
                    # "26 bodies were brought to hospitals. Of them, 12 were taken to Dhaka Medical College
                    # Hospital, seven to ...": all of them, by place
                    len(parts) >= 3 and _a_list_by_place(parts) and whole.sentence == parts[0].sentence - 1
                    and _fates_of_these(ctx, parts[0]))):
                # "Twenty-three people have died ... 11 of the deaths were recorded in Maputo city,
                # seven in Matola and four in Nampula": a place left out, or a figure mistyped
                text = (f"the parts {parts_text}, place by place, account for fewer than {whole_text}: "
                        "is a place left out?")
                yield Verdict("fail", text + self.tolerance_note(), (*parts, whole), severity="warning")
                continue
            yield Verdict("pass" if ok else "fail", text + self.tolerance_note(), (*parts, whole))


_KINDS_OF_PERSON = frozenset("men man women woman children child boys boy girls girl adults adult minors "
                             "minor teenagers teenager teens teen babies baby infants infant".split())
_A_KIND_OF_PERSON_AFTER = re.compile(r"[ \t]+(?:of[ \t]+(?:them|the[ \t]+(?:dead|injured|wounded|victims|"
                                     r"deceased|killed))[ \t]+)?(?:(?:were|was|are|is)[ \t]+)?"
                                     r"(?:adults?|children|child|men|man|women|woman|boys?|girls?|minors?|"
                                     r"teenagers?|babies|infants)\b", re.IGNORECASE)


def _named_again_after_a_semicolon_apart(ctx: Context, groups: dict[tuple[str, int], list[Claim]]
                                         ) -> dict[tuple[str, int], list[Claim]]:
    """"the dead were 14 men and 5 women; 4 of the dead were under 18": a part that names its whole
    again after a semicolon starts another breakdown of it, which overlaps the first."""
    def cut(text: str, parts: list[Claim]) -> int | None:
        return next((k for k in range(1, len(parts)) if ";" in text[parts[k - 1].end:parts[k].start]
                     and (_OF_THE_HARMED_AFTER.match(text, parts[k].end)
                          or _OF_THE_HARMED_AFTER.search(f" {parts[k].text}"))), None)
    return _cut_groups(ctx, groups, cut, keep_the_rest=True)


def _cut_groups(ctx: Context, groups: dict[tuple[str, int], list[Claim]],
                cut: Callable[[str, list[Claim]], int | None], keep_the_rest: bool
                ) -> dict[tuple[str, int], list[Claim]]:
    """Each sentence's parts up to where `cut` says another breakdown starts; the rest a group of its
    own when `keep_the_rest`, else left out."""
    out: dict[tuple[str, int], list[Claim]] = {}
    for key, parts in groups.items():
        at = cut(ctx.document(key[0]).text, parts)
        out[key] = parts if at is None else parts[:at]
        if at is not None and keep_the_rest:
            out[(key[0], -20_000 - key[1])] = parts[at:]
    return out


def _another_place_s_part_just_before(ctx: Context, parts: Sequence[Claim]) -> bool:
    """"Tennessee reported the most deaths, six. Mississippi confirmed four deaths, Arkansas three and
    Louisiana two": the list goes on from a place's part told in the sentence before, so it is not
    every place."""
    places = {p.scope.place for p in parts}
    first = parts[0]
    if any(c.document == first.document and c.category == first.category
           and c.sentence == first.sentence - 1 and c.role == "subset" and bool(c.scope.place)
           and not c.scope.place_inferred and c.scope.place not in places for c in ctx.parts):
        return True
    # "Egypt lost the most citizens, 301, followed by Indonesia with 199 ... India reported 98 deaths,
    # Pakistan 71 and Jordan 44": a ranking told on from the sentence before
    text = ctx.document(first.document).text
    start = _sentence_start(text, first.start)
    before = _sentence_start(text, max(0, start - 2))
    return any(c.document == first.document and c.sentence == first.sentence - 1 and c.unit == first.unit
               for c in ctx.claims) and bool(_A_RANKING.search(text, before, start))


_A_RANKING = re.compile(r"\b(?:the[ \t]+most|the[ \t]+highest|followed[ \t]+by)\b")


def _the_whole_they_add_up_to(parts: Sequence[Claim], wholes: Sequence[Claim], summed: Interval
                              ) -> Claim | None:
    """"ten deaths in Ceará, six of them at Praia do Futuro. In all, three drowned in reservoirs and
    seven on the coast": parts of exact figures that add up to a whole the article told before them
    are that whole's, whichever other whole was nearer."""
    if summed.low is None or summed.low != summed.high or any(p.qualifier != "exact" for p in parts):
        return None
    return next((w for w in reversed(wholes) if w.document == parts[0].document and w.start < parts[0].start
                 and w.qualifier == "exact" and w.value == summed.low), None)


def _without_the_parts_of_a_part(ctx: Context, groups: dict[tuple[str, int], list[Claim]]
                                 ) -> dict[tuple[str, int], list[Claim]]:
    """"three people drowned in reservoirs and seven on the coast: the six victims of the rip current
    and a tourist": after a colon that follows two parts or more, the figures break down the last of
    them, not the whole; they are left out of its sum."""
    def cut(text: str, parts: list[Claim]) -> int | None:
        return next((k for k in range(1, len(parts)) if ":" in text[parts[k - 1].end:parts[k].start]), None)
    return _cut_groups(ctx, groups, cut, keep_the_rest=False)


# not "Among the dead were nine women": some of them
# "The victims, identified by police on Tuesday, were six women ...": an aside before the list
_IDENTIFIED_ASIDE = r"(?:,[ \t]+(?:identified|named)\b[^,;.]{0,60},)?"
_THE_DEAD_WERE_BEFORE = re.compile(r"(?<!among[ \t])\bthe[ \t]+(?:dead|victims|deceased)"
                                   + _IDENTIFIED_ASIDE + r"[ \t]+(?:were|are)[ \t]+$", re.IGNORECASE)


def _kinds_apart_from_fates(ctx: Context, groups: dict[tuple[str, int], list[Claim]]
                            ) -> dict[tuple[str, int], list[Claim]]:
    """"Of the 27 injured, 21 were taken to hospitals, and seven are children": parts told by
    kind of person and parts told by what befell them overlap; each set is added up apart. So do
    parts told by cause and by place: "Nineteen of the victims died of gunshot wounds, and Zulia
    state accounted for eight deaths"."""
    out: dict[tuple[str, int], list[Claim]] = {}
    for key, parts in groups.items():
        text = ctx.document(key[0]).text
        kinds = [p for p in parts if p.end <= len(text) and (
            _A_KIND_OF_PERSON_AFTER.match(text, p.end) or _A_CAUSE_OF_DEATH_AFTER.match(text, p.end))]
        if not kinds or len(kinds) == len(parts):
            out[key] = parts
            continue
        out[key] = [p for p in parts if p not in kinds]
        out[(key[0], -10_000 - key[1])] = kinds
    return out


_A_CAUSE_OF_DEATH_AFTER = re.compile(r"[ \t]+(?:had[ \t]+)?(?:died|were[ \t]+killed|succumbed|"
                                     r"were[ \t]+shot(?:[ \t]+dead)?)[ \t]+(?:of|from|by|with)[ \t]")
# "The dead are five pupils and two members of staff", "The wounded were seven students, two ..."
_THE_DEAD_ARE_OPENING = re.compile(r"[ \t\"\u201c]*The[ \t]+(?:dead|victims|deceased|wounded|injured)[ \t]+"
                                   r"(?:are|were)[ \t]+$")
_THE_WHOLE_WERE = re.compile(r"[ \t\"\u201c]*The[ \t]+$")
# "The 11 dead were ...", "The 11 victims -- six ..., three ... and one ... --"
# "The 38 people confirmed dead comprise 29 Ethiopians, six Somalis and two Yemeni crew members"
_WERE_THESE = re.compile(r"(?:[ \t]+(?:confirmed|known|reported)(?=[ \t]+(?:dead|injured|wounded)))?"
                         r"(?:[ \t]+(?:dead|victims|deceased|injured|wounded))?(?:[ \t]+(?:were|are|"
                         r"compris(?:e|ed)|consist(?:ed)?[ \t]+of|(?:were|are)[ \t]+made[ \t]+up[ \t]+of)"
                         r"[ \t]+|[ \t]*(?:--|\u2013|\u2014)[ \t]*)")


def _bullets_as_follows(ctx: Context, parts: Sequence[Claim]) -> list[list[Claim]]:
    """The parts that open the bullets under "They were distributed as follows:", a list each."""
    lists: dict[tuple[str, int], list[Claim]] = {}
    for part in parts:
        text = ctx.document(part.document).text
        line_start = text.rfind("\n", 0, part.start) + 1
        if not _BULLET_BEFORE.fullmatch(text, line_start, part.start):
            continue
        opener = line_start - 1  # back over the bullets before this one to the line that opens them
        while opener > 0:
            previous = text.rfind("\n", 0, opener) + 1
            if _BULLET_OPENING.match(text, previous, opener):
                opener = previous - 1
                continue
            if not text[previous:opener].strip():
                opener = previous - 1
                continue
            if AS_FOLLOWS_LINE.match(text, max(previous, text.rfind(". ", previous, opener) + 2), opener):
                lists.setdefault((part.document, previous), []).append(part)
            break
    return [sorted(found, key=lambda c: c.start) for found in lists.values() if len(found) >= 2]


def _last_before(part: Claim, wholes: Sequence[Claim]) -> Claim | None:
    """The toll a list "as follows" goes on from: the last one told before it."""
    before = [w for w in wholes if w.document == part.document and w.end <= part.start]
    return max(before, key=lambda w: w.end) if before else None


_BULLET_BEFORE = re.compile(r"[ \t]*[-*\u2022\u2013\u2014][ \t]*")
_BULLET_OPENING = re.compile(r"[ \t]*[-*\u2022\u2013\u2014][ \t]")


_OF_THOSE_NAMED_BEFORE = re.compile(r"[ \t\"\u201c]*(?:Of|Among)\s+(?:those|the)\s+(?:killed|dead|who\s+died|"
                                    r"injured|wounded|hurt|victims|deceased|missing)\s*,", re.IGNORECASE)


# a tally of a period, not an earlier count of the event ("since january 1", "this year")
_A_PERIOD = re.compile(r"since\b|this\s+(?:year|month|week)|so\s+far|last\s+(?:year|month)|"
                       r"(?:over|in|during)\s+the")


def _an_age_beside_another_kind(ctx: Context, parts: Sequence[Claim]) -> bool:
    """"Of the four dead, two were found in or near vehicles ..., and three were aged 70 or older": a
    part by age beside a part of another kind; the two may be among the three."""
    text = ctx.document(parts[0].document).text if parts else ""
    by_age = [bool(_AN_AGE_GROUP_AFTER.match(text, p.end)) for p in parts]
    return any(by_age) and not all(by_age)


def _a_sex_with_its_young_beside_an_age(ctx: Context, parts: Sequence[Claim]) -> bool:
    """"Of those killed, 29 were women or girls and 26 were children": the girls are among the
    children; a group by sex that holds the young overlaps a group by age."""
    text = ctx.document(parts[0].document).text if parts else ""
    return any(_A_SEX_WITH_ITS_YOUNG_AFTER.match(text, p.end) for p in parts) and any(
        _THE_YOUNG_AFTER.match(text, p.end) for p in parts)


_A_SEX_WITH_ITS_YOUNG_AFTER = re.compile(r"[ \t]+(?:were|was|are|is)[ \t]+(?:women|men|females|males)[ \t]+"
                                         r"(?:or|and)[ \t]+(?:girls|boys)\b", re.IGNORECASE)
_THE_YOUNG_AFTER = re.compile(r"[ \t]+(?:were|was|are|is)[ \t]+(?:children|minors|under[ \t]+18)\b",
                              re.IGNORECASE)
_AN_AGE_GROUP_AFTER = re.compile(r"[ \t]+(?:were|was|are|is)[ \t]+(?:aged|over|under|older|younger|above|"
                                 r"below)\b")


def _said_to_overlap(ctx: Context, parts: Sequence[Claim]) -> bool:
    """"of whom nine suffered burns and 17 were treated for smoke inhalation; some personnel were
    treated for both": parts the article says overlap add up to more than their whole."""
    text = ctx.document(parts[0].document).text
    return len(parts) > 1 and bool(text) and parts[-1].end <= len(text) and bool(
        _BOTH_SAID.search(text, parts[-1].end, min(len(text), parts[-1].end + 160)))


def _conditions_of_two_kinds(ctx: Context, parts: Sequence[Claim]) -> bool:
    """"16 patients ..., of whom 11 had burns over more than 50 per cent of their bodies and six were
    on ventilator support": how badly each is burned and who needs a ventilator are two measures of
    the same patients, which overlap; "10 are stable and six critical" is one measure, which does not."""
    text = ctx.document(parts[0].document).text
    kinds = set()
    for part in parts:
        found = _A_CONDITION_AFTER.match(text, part.end)
        if found is None:
            return False  # "12 died, 9 have been discharged and 21 remain, ... 4 on ventilation": fates
        kinds.add(found.lastgroup)
    return len(kinds) > 1


_A_CONDITION_AFTER = re.compile(
    r"[^.;,\d]{0,40}?\b(?:(?P<support>ventilat\w*|life[ \t]+support|intensive[ \t]+care|ICU|oxygen)|"
    r"(?P<burns>burns?[ \t]+(?:over|on|covering|to)|"
    r"(?:per[ \t]*cent|percent|%)[ \t]+(?:burns|of[ \t]+(?:their|the|his|her)[ \t]+bod(?:y|ies)))|"
    r"(?P<condition>(?:critical|serious|stable|grave|fair)[ \t]+condition|critically|seriously))",
    re.IGNORECASE)


_BOTH_SAID = re.compile(r"\b(?:some|several|a[ \t]+few|many|most|\w+[ \t]+of[ \t]+them)\b[^.]{0,60}?\bboth\b|"
                        r"\boverlap", re.IGNORECASE)


def _told_place_by_place(text: str, parts: Sequence[Claim]) -> bool:
    """Three or more places, each with its share of the toll just told: "Quang Ngai recorded nine
    deaths, Gia Lai six, Da Nang four and Quang Tri three"; "11 of the deaths were recorded in
    Maputo city, seven in Matola and four in Nampula"."""
    return len(parts) >= 3 and _a_list_by_place(parts) and (
        _a_told_list(text, parts) or bool(_OF_THE_TOLL_INSIDE.search(parts[0].text)))


_OF_THE_TOLL_INSIDE = re.compile(r"\bof\s+the\s+(?:deaths|dead|fatalities|victims|deceased|injured|wounded)$")


def _a_list_by_place(parts: Sequence[Claim]) -> bool:
    """"By municipality, nine died in Algemesí, six in Alzira, four in Carcaixent": each part a
    place of its own."""
    places = [p.scope.place for p in parts]
    return len(parts) >= 2 and all(places) and not any(p.scope.place_inferred for p in parts) and (
        len(set(places)) == len(places))


def _wider_than(whole: Claim, parts: Sequence[Claim], named_split: bool) -> bool:
    """The whole is about an area the places of a by-place list lie in: none given, the country,
    or, when the list says it splits the toll by area ("By municipality, ..."), any place not
    among theirs."""
    place = whole.scope.place
    if place in (None, UNPLACED, NATIONWIDE) or whole.scope.place_inferred:
        return True
    if place in COUNTRIES and not any(p.scope.place in COUNTRIES for p in parts):
        return True  # "127 Ukrainian drones" downed over Russia: its regions are in it
    if len(parts) > 1 and all(p.scope.place and p.scope.place in place for p in parts):
        return True  # "57 drones ... over seven regions: 19 over the Voronezh Region, 14 over ...": theirs
    if len(parts) > 2 and _AN_AREA_S_NAME.search(place) and not any(
            p.scope.place and _AN_AREA_S_NAME.search(p.scope.place) for p in parts):
        return True  # "14 dead in South Gyeongsang Province ... Sancheong accounted for eight, ..."
    return named_split and place not in {p.scope.place for p in parts}


def _opens_the_parts_sentence(text: str, whole: Claim, parts: Sequence[Claim]) -> bool:
    """"Of the 53 injured, 29 were taken to the State Specialist Hospital in Maiduguri, 17 to ...":
    the figure the parts' sentence opens with is theirs, wherever each part is."""
    return (whole.document == parts[0].document and whole.sentence == parts[0].sentence
            and whole.end <= parts[0].start and bool(_OF_THE_FIGURE_OPENING.search(
                text, max(0, whole.start - 16), whole.start))
            and bool(_A_GROUP_THEN_A_COMMA.match(text, whole.end, parts[0].start))
            and not text[text.find(",", whole.end, parts[0].start) + 1:parts[0].start].strip()
            and not _a_part_itemised_by_the_next(text, parts))


def _a_part_itemised_by_the_next(text: str, parts: Sequence[Claim]) -> bool:
    """"24 are hospitalised, 17 at Sumedang Regional General Hospital and 7 at Tanjungsari ...":
    a part the parts right after it add up to exactly, a list inside the list."""
    return len(_without_a_part_s_own_items(text, parts)) < len(parts)


def _without_a_part_s_own_items(text: str, parts: Sequence[Claim]) -> list[Claim]:
    """The parts without the two or more right after one ("24 are hospitalised,") that add up to
    it exactly: in "Of the 31 patients, 24 are hospitalised, 17 at ... and 7 at ..., while 7
    received outpatient treatment" the 17 and 7 are the 24's, not two more of the 31."""
    kept: list[Claim] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        kept.append(part)
        summed, j = 0.0, i + 1
        while (j < len(parts) and part.value is not None and parts[j].value is not None
               and summed < part.value):
            summed += parts[j].value  # type: ignore[operator]
            j += 1
        itemised = (summed == part.value and j - i > 2 and parts[i + 1].document == part.document
                    and bool(_A_STATE_THEN_ITS_ITEMS.fullmatch(text, part.end, parts[i + 1].start)))
        i = j if itemised else i + 1
    return kept


# "24 are hospitalised, 17 at ...": a state with no place of its own, then the places of its items (not
# "22 are being treated at the DMCH burn unit, 15 at ...": the 22 are at a place of their own)
_A_STATE_THEN_ITS_ITEMS = re.compile(r"[ \t]+(?:are|were|is|was|remain(?:s|ed)?|have[ \t]+been|had[ \t]+been)"
                                     r"[ \t]+(?:still[ \t]+)?(?:hospitali[sz]ed|admitted|in[ \t]+hospital|"
                                     r"(?:taken|rushed|sent)[ \t]+to[ \t]+(?:a[ \t]+|the[ \t]+)?hospitals?|"
                                     r"being[ \t]+treated|under[ \t]+treatment|receiving[ \t]+treatment|"
                                     r"in[ \t]+(?:a[ \t]+)?(?:serious|critical|stable)[ \t]+condition)"
                                     r"[ \t]*(?:,|:|[ \t][\u2013\u2014-])[ \t]*")


def _itemised_after_its_colon(text: str, whole: Claim, parts: Sequence[Claim]) -> bool:
    """"eight deaths from the storm in the South region: the seven in Rio Grande do Sul and one in
    Santa Catarina", "44 deaths were reported from three districts - Ballia (19), Deoria (15) ...":
    the places after the whole's colon, or the dash opening an aside, lie in its place."""
    if not (whole.document == parts[0].document and whole.sentence == parts[0].sentence
            and whole.end < parts[0].start and not _DIGIT_IN.search(text, whole.end, parts[0].start)):
        return False
    colons = text.count(":", whole.end, parts[0].start)
    return colons == 1 or (colons == 0 and len(_ASIDE_DASH.findall(text, whole.end, parts[0].start)) == 1)


_AN_AREA_S_NAME = re.compile(r"\b(?:Province|State|Region|Oblast|Prefecture|Governorate)$")
_BY_AREA_OPENING = re.compile(r"\s*(?:By|Broken\s+down\s+by)\s+(?:municipality|district|region|province|"
                              r"state|county|country|town|city|area|department|prefecture)\b", re.IGNORECASE)


def _split_by_area(ctx: Context, part: Claim) -> bool:
    text = ctx.document(part.document).text
    return bool(text) and part.end <= len(text) and bool(
        _BY_AREA_OPENING.match(text, _sentence_start(text, part.start)) or _a_stated_breakdown(text, part))


# "The dead were in four states:", "The bodies were taken to three hospitals --"
_A_PLACE_S_BRACKET_BEFORE = re.compile(r"[A-Z][^\d:;,()]{0,40}\($")
_AREAS = "states|provinces|regions|districts|counties|municipalities|departments|prefectures|governorates"
_IN_N_PLACES = re.compile(r"\b(?:in|to|over|across|from)[ \t]+(?:(?:the|these|those)[ \t]+)?(?P<n>\w+)[ \t]+"
                          rf"(?P<places>{_AREAS}|parishes|countries|hospitals|morgues|mortuaries|clinics)"
                          r"[ \t]*(?::|--|[\u2013\u2014])[ \t]*$", re.IGNORECASE)


_KIND_OF_PERSON_AFTER = re.compile(r"[ \t]+(?:(?:were|was|are)[ \t]+)?"
                                   r"(?:adult[ \t]+(?=m[ae]n\b|wom[ae]n\b))?"  # "four are adult men"
                                   r"(?P<kind>adults?|children|child|men|man|women|woman|boys?|girls?|males?|"
                                   r"females?|minors?)\b", re.IGNORECASE)
_EVERYONE = ({"adult", "child"}, {"man", "woman", "child"}, {"male", "female"},
             {"man", "woman", "boy", "girl"}, {"adult", "minor"})
_SINGULAR = {"children": "child", "men": "man", "women": "woman"}
_OPPOSITES = ({"adult", "child"}, {"adult", "minor"})


def _everyone_by_kind(text: str, parts: Sequence[Claim]) -> bool:
    """"Of the dead, 19 were adults and 5 were children": kinds of person that together are
    everyone, so the parts are all of the whole."""
    selection = bool(_SELECTION.search(text, _sentence_start(text, parts[0].start), parts[0].start))
    kinds = set()
    for p in parts:
        m = _KIND_OF_PERSON_AFTER.match(text, p.end) if p.end <= len(text) else None
        own = _KIND_OF_PERSON_AFTER.fullmatch(" " + (p.entity or ""))  # "38 men, 6 women and 5 children"
        if m is None and own is None:
            return False
        word = (m or own).group("kind").lower()
        kinds.add(_SINGULAR.get(word, word.rstrip("s")))
    if selection and kinds not in _OPPOSITES:
        return False  # "The dead included 5 men, 4 women and 3 children": some of them
    # "Among the dead are four children and 12 adults": two kinds that leave no one out are all of them
    return len(kinds) == len(parts) and kinds in _EVERYONE


def _all_the_places(text: str, parts: Sequence[Claim], care: bool = False) -> bool:
    """"The dead were in four states: 18 in Guerrero, 13 in Oaxaca, 7 in Michoacán and 2 in
    Colima": as many places listed as the sentence says there are (with `care`, hospitals or
    morgues: "The bodies were taken to three hospitals -- 11 to Laquintinie, ...")."""
    start = _sentence_start(text, parts[0].start)
    m = _IN_N_PLACES.search(text, start, parts[0].start) or (
        # "in four provinces: Mayo-Kebbi Est (96), Tandjile (71), ...": the list starts at its place
        (bracket := _A_PLACE_S_BRACKET_BEFORE.search(text, start, parts[0].start))
        and _IN_N_PLACES.search(text, start, bracket.start()))
    if m is None or (care and m.group("places").lower() not in CARE_PLACE_NOUNS):
        return False
    word = m.group("n")
    n = int(word) if word.isdigit() else parse_number_word(word)
    # (an item may name several: "a further 14 over the Smolensk, Oryol, Kursk and Belgorod regions")
    named = sum(len(_PLACE_LIST_SPLIT.split(p.scope.place)) if p.scope.place else 1 for p in parts)
    return n in (len(parts), named)


_IN_N_PLACES_AFTER = re.compile(rf"[ \t]+(?:in|across)[ \t]+(?:the[ \t]+)?(?P<n>\w+)[ \t]+(?:{_AREAS})\b",
                                re.IGNORECASE)


def _the_whole_s_places(text: str, whole: Claim, parts: Sequence[Claim]) -> bool:
    """"have killed 31 people in seven districts ... Taplejung was the hardest hit, with nine deaths,
    followed by Sankhuwasabha (six), ...": as many places listed as the whole was told in."""
    if whole.document != parts[0].document or not 0 <= parts[0].sentence - whole.sentence <= 2:
        return False
    m = _IN_N_PLACES_AFTER.match(text, whole.end)
    if m is None:
        return False
    word = m.group("n")
    return (int(word) if word.isdigit() else parse_number_word(word)) == len(parts)


def _a_stated_breakdown(text: str, part: Claim) -> bool:
    """"The PDMA's district-wise breakdown showed 12 deaths in Swat, seven in Buner, ...": the
    sentence says it breaks the toll down, so its places are all of it."""
    start = _sentence_start(text, part.start)
    ends = [i for i in (text.find(". ", part.end), text.find("\n", part.end)) if i >= 0]
    # "..., the official said, giving a village-by-village breakdown": said after the parts too
    return bool(BREAKDOWN_BY_PLACE.search(text, start, min(ends, default=len(text))))


_FATES_OF_THESE = re.compile(r"\s*[\"\u201c]?(?:Of|Among)\s+(?:these|them|those)\s*,")


def _fates_of_these(ctx: Context, claim: Claim) -> bool:
    """Whether the claim's sentence opens "Of these," (found from the last full stop or line
    break before it)."""
    text = ctx.document(claim.document).text
    return bool(_FATES_OF_THESE.match(text, _sentence_start(text, claim.start)))


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding text[pos] starts: after the last full stop or line break."""
    stop = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
    return stop + (2 if text[stop:stop + 2] == ". " else 1) if stop >= 0 else 0


_ALSO_AMONG = re.compile(r"[ \t]+(?:were|was|are|is)[ \t]+also[ \t]+among\b", re.IGNORECASE)


def _with_parts_named_after(ctx: Context, groups: dict[tuple[str, int], list[Claim]]
                            ) -> dict[tuple[str, int], list[Claim]]:
    """"12 killed, seven of them children ... Six women were also among the dead": parts named
    "also" in a later sentence join the parts named before them."""
    out: dict[tuple[str, int], list[Claim]] = {}
    last: tuple[str, int] | None = None
    for key in sorted(groups):
        parts = groups[key]
        text = ctx.document(key[0]).text
        if (last is not None and last[0] == key[0] and text
                and all(_ALSO_AMONG.match(text, p.end) for p in parts)):
            out[last] = [*out[last], *parts]
            continue
        out[key] = list(parts)
        last = key
    return out


def _may_hold(whole: Claim, parts: Sequence[Claim]) -> bool:
    """"Six soldiers" holds only soldiers: "Eight of the dead were children" is a part of
    another toll. A whole of anyone ("31 people", "the dead") may hold any part."""
    entity = (whole.entity or "").lower()
    if entity == "members" and _AN_ARMED_GROUP_S_MEMBERS.search(whole.text):
        entity = "fighters"  # "3 Hezbollah members" hold no "4 children"
    if entity not in _ARMED:
        return True  # "18 workers" may hold "21 women"
    return all((p.entity or "").lower().rstrip("s") == entity.rstrip("s") for p in parts)


_AN_ARMED_GROUP_S_MEMBERS = re.compile(r"\b(?:Hezbollah|Hamas|Houthi|Taliban|gang|militia|rebel|ISIS|IS|"
                                       r"al-Shabaab|Boko[ \t]+Haram|[A-Z][\w-]+[ \t]+gang)[ \t]+members$")
# "six of the eight were aged 65 or older", "28 of the 42 people taken from the bus have now been freed"
_OF_THE_N_AFTER = re.compile(r"[ \t]+of[ \t]+the[ \t]+(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b(?![ \t]+(?:dead|"
                             r"victims|deaths|killed|injured|wounded|(?:people|persons)(?:[ \t]+(?:who[ \t]+"
                             r"(?:were|was|have[ \t]+been)[ \t]+)?(?:killed|dead|injured|wounded|hurt)\b|"
                             r"[ \t]*[,.;])))")
_ARMED = frozenset("soldiers soldier troops servicemen officers police policemen militants fighters "
                   "rebels terrorists gunmen attackers guards".split())




_OF_THE_FIGURE_OPENING = re.compile(r"(?:^[ \t\"\u201c]*|[.;!?][ \t\"\u201c]+|\n[ \t\"\u201c]*)"
                                    r"(?:Of|Out\s+of|Among)\s+"
                                    r"(?:the|these|those|all)\s+$")


_FROM_A_PLACE_AFTER = re.compile(r"[ \t]+from[ \t]+(?:the[ \t]+)?[A-Z]")
_N_OF_WHOM = re.compile(r"\S+[ \t]+of[ \t]+whom\b")


# "Satkhira accounted for three deaths, Bagerhat two, ..., and Khulna, Bhola and Barguna one each": places
# whose figures the list gives once for several of them
_EACH_OF_SEVERAL = re.compile(r"\b(?:one|two|three|four|five|\d+)[ \t]+each\b")


def _past_its_aside(text: str, whole: Claim, part: Claim) -> bool:
    """"four in the Cordillera — three in Kalinga and one in Apayao — and the two fishermen in Central
    Luzon": the items of a figure's aside between dashes end at the closing dash."""
    opening = _ASIDE_DASH.search(text, whole.end, part.start)
    return opening is not None and _ASIDE_DASH.search(text, opening.end(), part.start) is not None


_IN_A_CONDITION_AFTER = re.compile(r"[ \t]+(?:(?:are|is|were|was)[ \t]+)?in[ \t]+(?:a[ \t]+)?"
                                   r"(?:serious|critical|grave|stable|life-threatening)[ \t]+condition\b")
_IN_CARE_AFTER = re.compile(r"(?:[ \t]+of[ \t]+them)?[ \t]+(?:(?:are|is|were|was|remain)[ \t]+)?"
                            r"(?:still[ \t]+)?(?:in|at)[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+)?"
                            r"(?:hospitals?|intensive[ \t]+care)\b")
_ASIDE_DASH = re.compile(r"[ \t](?:\u2014|\u2013|--)[ \t]")


def _outer_parts(ctx: Context, parts: list[Claim]) -> list[Claim]:
    """The parts without those selected inside an earlier one: in "19 have been discharged,
    while 15 remain in hospital, including four in serious condition" the four are among the
    15, not a third part to add."""
    first_text = ctx.document(parts[0].document).text if parts else ""
    if len(parts) > 1 and _OF_THE_FIGURE_OPENING.search(
            first_text, max(0, parts[0].start - 16), parts[0].start) and (
            all(p.sentence == parts[0].sentence for p in parts)):
        return parts[:1]  # "Of the 64 persons admitted, 38 have been discharged ... and 19 remain": the 64's
    if len(parts) > 2 and all(p.sentence == parts[0].sentence for p in parts) and (
            ":" in first_text[parts[0].end:parts[1].start]) and _OF_THEM_OPENING.match(
            first_text, _sentence_start(first_text, parts[0].start), parts[0].start):
        return parts[:1]  # "Of them, 14 died of the cold: four in Saptari, three in ...": the 14's items
    items = [p.value for p in parts[1:]]
    if len(parts) > 2 and all(p.sentence == parts[0].sentence for p in parts) and (
            ":" in first_text[parts[0].end:parts[1].start]) and parts[0].value is not None and (
            None not in items) and sum(v or 0 for v in items) <= parts[0].value:
        return parts[:1]  # "destroyed 63 Ukrainian UAVs: 24 over ..., 21 over ...": one part, itemised
    out: list[Claim] = []
    nested = False
    for k, part in enumerate(parts):
        if out and _THE_WHOLE_OF_THE_PART_BEFORE.fullmatch(first_text, parts[k - 1].end, part.start):
            continue  # "Three of the four dead in Nalanda": the four are the three's whole, not a part
        if out:
            text = ctx.document(part.document).text
            # the words after the last figure between the two: in "14 over the Moscow Region,
            # including nine flying toward Moscow, 11 over the Belgorod Region" the 11 is an item
            gap = max((c.end for c in ctx.claims if c.document == part.document
                       and parts[k - 1].end <= c.start and c.end <= part.start), default=parts[k - 1].end)
            if _NEW_STATEMENT.search(text, gap, part.start) or (
                    _A_NEW_CLAUSE_S_COUNT.search(text, gap, part.start)):
                break  # "83 were women and 11 were children, she said, adding that 112 bodies had been
                # identified": another statement about the dead, not a third kind of them
            selection = _SELECTION.search(text, gap, part.start) or _NAMELY.search(text, gap, part.start)
            if selection and "," in text[selection.end():part.start] and (
                    _SELECTION_OF_THE_ITEM_BEFORE.fullmatch(text, selection.start(), part.start)):
                selection = None  # "318 attacks by drones ..., mostly FPV drones, 9 attacks ...": the 318's
            if selection and ";" in text[selection.end():part.start]:
                selection = None  # "17 were killed, among them the chief; in Bangou Koirey 14 died"
            if selection and text[selection.end():part.start].endswith(", and ") and not _DIGIT_IN.search(
                    text, selection.end(), part.start):
                # "four Ukrzaliznytsia employees, including the ticket office cashier whose body was found
                # ..., and three residents": the aside named one of the four; the three are an item of
                # their own
                selection = None
            some_of_them = N_OF_THEM.match(text, part.start) or _N_OF_WHOM.match(text, part.start)
            if _A_RELATIVE_CLAUSE_OPENS.search(text, gap, part.start):
                continue  # "two on the road outside Mansouri, where a drone hit a car carrying two brothers"
            opened = text.rfind("(", out[-1].end, part.start)
            if opened >= 0 and text.find(")", opened, part.start) < 0 and not any(
                    mark in text[out[-1].end:opened] for mark in ",;)"):
                continue  # "six in Chattogram district (five on Sandwip and one in Sitakunda)": the six's
            # "32 persons were still undergoing treatment — 21 at the GTMCH and 11 in private hospitals —":
            # an aside between dashes shares out the part before it
            aside = _ASIDE_DASH.search(text, gap, part.start)
            if aside and not text[aside.end():part.start].strip():
                nested = True
                continue
            if _IN_A_CONDITION_AFTER.match(text, part.end) and _IN_CARE_AFTER.match(text, parts[k - 1].end):
                continue  # "Nine of them are in city hospitals, two in a serious condition": two of the nine
            if selection or some_of_them:
                nested = bool(some_of_them or _NAMELY.search(text, gap, part.start))
                continue  # "7 are still being treated, 3 of them in intensive care": 3 of the 7
            if nested and _NEXT_ITEM.fullmatch(text, parts[k - 1].end, part.start):
                continue  # "12 identified, nine of them from Odisha, two from West Bengal and one ..."
            if (part.value is not None and parts[k - 1].value is not None and part.value < parts[k - 1].value
                    and (_APPOSITION_OF_THE_PART.fullmatch(text, parts[k - 1].end, part.start)
                         # "three members of staff - two teachers and the school's caretaker": the three's
                         or _DASHED_APPOSITION_OF_THE_PART.fullmatch(text, parts[k - 1].end, part.start))):
                # "6 people on board, the pilot and 5 passengers, and 4 residents": the 6 told again; "10 are
                # still in hospital - five in Kabul and five in Taloqan": the ten's, each item after the dash
                nested = bool(_DASHED_APPOSITION_OF_THE_PART.fullmatch(text, parts[k - 1].end, part.start))
                continue
        nested = False
        out.append(part)
    return _without_the_told_again(out, first_text)


_OF_THEM_OPENING = re.compile(r"[ \t\"\u201c]*(?:Of|Among)[ \t]+(?:them|these|those)[ \t]*,[ \t]*$")
_THE_WHOLE_OF_THE_PART_BEFORE = re.compile(r"[ \t]+(?:out[ \t]+)?of[ \t]+(?:the|all|these|those)[ \t]+")
_N_OF_THE = re.compile(r"\bof[ \t]+(?:the|them|those|these)\b")


def _without_the_told_again(parts: list[Claim], text: str) -> list[Claim]:
    """"Six of the bodies have been identified, 4 Egyptians and 2 Bangladeshis": figures right
    after a part that add up to it exactly are that part told again by kind, not more parts."""
    for k, part in enumerate(parts):
        told_by_kind = k + 1 < len(parts) and bool(
            _N_OF_THE.search(part.text) or ":" in text[part.end:parts[k + 1].start])
        if part.value is None or part.qualifier != "exact" or not told_by_kind:
            continue
        if part.scope.place and not part.scope.place_inferred and _a_list_by_place(
                [p for p in parts[k:] if p.sentence == part.sentence]):
            continue  # "11 of the deaths were recorded in Maputo city, seven in Matola and four in Nampula"
        summed = 0.0
        for j in range(k + 1, len(parts)):
            later = parts[j]
            if later.value is None or later.sentence != part.sentence:
                break
            summed += later.value
            if summed == part.value and j > k + 1:
                return [*parts[:k + 1], *_without_the_told_again(parts[j + 1:], text)]
            if summed > part.value:
                break
    return parts


# "killed 33 people, 14 of them civilians, while ISIS cells killed 25 others": another count
_A_NEW_CLAUSE_S_COUNT = re.compile(r"\b(?:while|whereas)\b[^.;]{0,60}\b(?:killed|wounded|injured)[ \t]+$")
_DASHED_APPOSITION_OF_THE_PART = re.compile(r"[^,;:\d]{0,30}[ \t](?:-|\u2013|\u2014)[ \t]+")
_APPOSITION_OF_THE_PART = re.compile(r"[^,;:]{0,30},[ \t]+(?:the|a|an|its|their)[ \t]+[a-z-]+"
                                     r"(?:[ \t]+[a-z-]+)?[ \t]+and[ \t]+")
_NEW_STATEMENT = re.compile(r"\b(?:adding|added|also\s+said|further\s+said)\s+(?:that\s+)?|"
                            r"\b(?:up|down)\s+from\b", re.IGNORECASE)  # "..., up from 12 on Monday night"
# between the items of one list: "nine of them from Odisha, two from West Bengal and one"
_NEXT_ITEM = re.compile(r"[^,;.()]{0,40}?(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)")


# --------------------------------------------------------------------------- outcomes

# "a boat carrying 84 people", "27 workers trapped", "all 62 people on board": the people an
# accident befell; "permitted to carry 65" is a capacity, not a count of people
# "Of the 112 people who were underground, 99 came out, 11 died and 4 are missing": a mine's
# people, when what befell them is told in one list (figures told apart may overlap in time)
_UNDERGROUND = re.compile(r"\bunderground\b", re.IGNORECASE)
# a mine's trapped workers are everyone it befell; an earthquake's trapped are some of them
_TRAPPED = re.compile(r"\btrapped\b", re.IGNORECASE)
_STILL_TRAPPED = re.compile(r"\b(?:remain|remains|remained|still|are\s+still)\s+trapped\b", re.IGNORECASE)
_MINE_WORKERS = frozenset({"miners", "miner", "workers", "worker"})
_CAPACITY = re.compile(r"\b(?:permitted|licen[cs]ed|allowed|designed|built|certified|capacity|meant)\b",
                       re.IGNORECASE)


_SURVIVED = "survived"
_SURVIVOR_NOUNS = frozenset({"survivors", "survivor"})


def _fate(claim: Claim) -> str:
    if (claim.entity or "").lower() in _SURVIVOR_NOUNS:
        return _SURVIVED  # "Four (4) survivors, including the pilot": those who lived, however told
    if claim.entity == _ESCAPED:
        return _ESCAPED
    if claim.category == "other":
        return _UNHURT  # only those who escaped unhurt are an outcome of category other
    return claim.category


_UNHURT = "unhurt"
_ESCAPED = "escaped on their own"
# "28 were brought out alive by rescue teams, while 64 escaped on their own": no rescue, an outcome beside it
_ESCAPED_ON_THEIR_OWN_AFTER = re.compile(
    r"(?:[ \t]+(?:\w+[ \t]+){0,2}?(?:escaped|got[ \t]+out|made[ \t]+(?:it|their[ \t]+way)[ \t]+out|"
    r"walked[ \t]+out|climbed[ \t]+out|reached[ \t]+the[ \t]+surface))?[ \t]+"
    r"(?:on[ \t]+their[ \t]+own|unaided|by[ \t]+themselves|without[ \t]+(?:any[ \t]+)?help)\b", re.IGNORECASE)


_IN_TOTAL_OPENING = re.compile(r"\s*(?:In[ \t]+total|In[ \t]+all|Altogether|All[ \t]+told),[ \t]+")


def _escaped_on_their_own(ctx: Context, text: str, doc_id: str) -> list[Claim]:
    """"Twenty-two miners were killed and 28 were brought out alive by rescue teams, while 64 escaped on
    their own": those who got out unaided are no rescued, dead or missing, and count beside them."""
    return [replace(c, entity=_ESCAPED) for c in ctx.claims if c.document == doc_id and c.category == "other"
            and c.unit == "count" and (_ESCAPED_ON_THEIR_OWN_AFTER.match(text, c.end) or (
                len(c.text.split()) > 1 and _ESCAPED_ON_THEIR_OWN_AFTER.match(
                    text, c.end - len(c.text.split()[-1]) - 1)))]
# "Six passengers escaped with bruises", "five were unhurt": an outcome beside the dead and injured
_UNHURT_AFTER = re.compile(
    # "Four workers who were in the packing shed, about 200 metres away, escaped unhurt"
    r"(?:[ \t]+who[ \t]+[^.;]{0,80}?,)?"
    # "Four people, including the driver, escaped with bruises"
    r"(?:,[ \t]+(?:including|among[ \t]+them)[ \t]+[^,.;:]{1,40},)?"
    r"[ \t]+(?:\w+[ \t]+){0,2}?(?:escaped?|walked[ \t]+away|were|was|emerged|made[ \t]+it[ \t]+out|"
    r"got[ \t]+out|"
    # "19 of them reached the shelter unharmed"
    r"reached[ \t]+(?:the[ \t]+|a[ \t]+)?(?:shelters?|safety|bunkers?|basements?))[ \t]+"
    # "17 were evacuated unharmed"
    r"(?:(?:evacuated|taken[ \t]+off|taken[ \t]+ashore|brought[ \t]+out|brought[ \t]+ashore)[ \t]+)?"
    r"(?:unhurt|unharmed|uninjured|unscathed|without[ \t]+(?:injury|injuries|a[ \t]+scratch)|"
    r"with[ \t]+(?:only[ \t]+)?(?:minor[ \t]+)?(?:bruises|scratches|cuts))\b", re.IGNORECASE)


def _hurt_and_unhurt(ctx: Context, text: str, doc_id: str, fates: Sequence[Claim]) -> list[Claim]:
    """"17 died and 25 were injured ... Six passengers escaped with bruises": when an article tells
    who came out unhurt (and no rescue), the dead, the injured and the unhurt are everyone; the
    injured and the unhurt are outcomes too."""
    if any(c.category == "rescued" for c in fates):
        return []
    # (a part too when it is "the remaining 15", the rest of the people: "Nine were killed and 12 injured,
    # while the remaining 15 escaped unharmed")
    unhurt = [c for c in (*ctx.claims, *ctx.parts) if c.document == doc_id and c.category == "other"
              and c.unit == "count" and c.role in ("total", "subset")
              and (c.role == "total" or (
                  _THE_REMAINING_BEFORE.search(text, max(0, c.start - 16), c.start)
                  # (not "19 crew members on board: three were killed, four were injured and the other 12 were
                  # evacuated unharmed": a list of parts, the outcomes rule's list reads it)
                  and not any(p is not c and p.document == c.document and p.sentence == c.sentence
                              for p in ctx.parts))) and (
                  _UNHURT_AFTER.match(text, c.end) or (
                      # "23 escaped unhurt", "seven managed to escape unhurt"
                      c.text.lower().endswith(("escaped", "escape", "emerged", "were", "was"))
                      and _UNHURT_AFTER.match(text, c.end - len(c.text.split()[-1]) - 1)))]
    if not unhurt:
        return []
    injured = [c for c in ctx.claims
               if c.document == doc_id and c.category == "injured" and c.unit == "count"]
    return [*injured, *unhurt]


def _survivors(ctx: Context, doc_id: str, outcomes: Sequence[str], fates: Sequence[Claim]) -> list[Claim]:
    """"The four survivors were admitted with serious injuries": the people who lived, whatever
    else is said of them, are one outcome beside the dead and the missing. Not when a rescued
    figure is given: the rescued are the survivors, told another way."""
    if "rescued" in outcomes and any(c.category == "rescued" for c in fates):
        return []
    text = ctx.document(doc_id).text
    # "Three passengers survived and were hoisted off the ridge": those who lived, told by the verb
    return [c if _fate(c) == _SURVIVED else replace(c, entity="survivors") for c in ctx.claims
            if c.document == doc_id and c.unit == "count" and c.role == "total" and c.category not in outcomes
            and (_fate(c) == _SURVIVED or (c.category == "other" and _SURVIVED_AFTER.match(text, c.end)))]


_SURVIVED_AFTER = re.compile(r"[ \t]+(?:have[ \t]+|had[ \t]+)?survived\b")


_THE_LAST_BEFORE = re.compile(r"\b(?:the|its|their)[ \t]+(?:last|remaining|final)[ \t]+$", re.IGNORECASE)


def _the_last_ones(text: str, claim: Claim) -> bool:
    """"the bodies of the last two miners trapped": the last of a group, neither all of it nor a fate."""
    return bool(_THE_LAST_BEFORE.search(text, max(0, claim.start - 12), claim.start))


@kind("outcomes", message="{outcomes} account for more people than {population}",
      placeholders={"outcomes": "the outcomes and their sum", "population": "the people it befell"})
class Outcomes(RuleBase):
    """What happened to the people an accident befell cannot account for more than them.

    Checks: the people on board, trapped or carried (an uncategorised or missing figure with
    "on board", "aboard", "trapped" or "carrying" beside it; the largest, if several, and not a
    permitted capacity)
    against the sum of the article's `outcomes` figures (of each category the one nearest the
    people: several of one category are rival counts of the same people, or another period's).
    When the article tells who came out unhurt ("Six passengers escaped with bruises") and no
    rescue, the injured and the unhurt are outcomes too: with the dead they are everyone.
    A toll told apart from the people may count others too (a pedestrian, a rescuer), so a
    rule may be a warning; when the fates are told of the people themselves, in one list ("Of
    the 46 people on board, 21 died, 22 survived and 4 escaped unhurt"), there is no such
    doubt, and `listed_severity` applies.
    Passes: the outcomes add up to at most the people.
    Fails: they certainly add up to more (51 rescued + 27 bodies + 9 missing = 87 of "84
    people" on board; 17 dead + 25 injured + 6 unhurt = 48 of 44 on a bus). A list of the
    people's fates that names every outcome and comes to fewer ("31 workers had signed in ...
    Of these, 18 were rescued alive, seven bodies had been retrieved and five were still
    unaccounted for") fails as a warning: some may have walked out unhurt, unsaid.
    Skips: when the article gives no such people, or none of the outcomes.

        - id: outcomes-within-on-board
          kind: outcomes
          outcomes: [killed, missing, rescued]
          severity: warning
          listed_severity: error
          description: The dead, missing and rescued cannot outnumber the people on board.
    """

    category_fields = ("outcomes",)
    outcomes: Categories = param("The categories of what happened to the people.", "[categories]")
    listed_severity: SeverityName | None = param(
        "The severity of a failure when the fates are told of the people in one list; omit for "
        "the rule's own.", "error | warning | info", None)

    def check(self, ctx: Context) -> Iterator[Verdict]:
        found = False
        for doc_id in dict.fromkeys(c.document for c in ctx.claims):
            text = ctx.document(doc_id).text
            candidates = [c for c in ctx.claims if c.document == doc_id and c.unit == "count"
                          and c.category in ("other", "missing") and not _the_last_ones(text, c)]
            people = [c for c in candidates
                      if _befell(ctx, text, c) and not _ALL_DIED_AFTER.match(text, c.end)]
            # "more than 2,500 people have died on the Atlantic route ... this year": a season's, a year's
            # tally is no fate of the people on one boat
            fates = [c for c in ctx.claims if c.document == doc_id and c.category in self.outcomes
                     and c.unit == "count" and c not in people and c.scope.place != NATIONWIDE
                     and not _the_last_ones(text, c) and not _A_LONG_TALLY.search(c.scope.time or "")
                     and not _claimed(text, c)]
            told_again = {p.value for p in people}  # "carrying 24 people ... Of those 24, five have died"
            listed = [c for c in candidates if c in people or _befell(ctx, text, c, _UNDERGROUND)
                      or _all_accounted_for(text, c) or (
                (c.value in told_again or ctx.lexicon.entity_group((c.entity or "").lower()) == "person")
                and _OF_THE_BEFORE.search(text, max(0, c.start - 10), c.start))]
            told_in_full: set[float] = set()
            for population, told in _fates_of_them(ctx, text, candidates):
                found = True  # "ambushed a convoy of 20 officers, killing 13 of them and wounding nine"
                yield self._judge_told(population, told)
            for population, told in _fates_told_of(ctx, text, listed):
                if not any(c.category in self.outcomes for c in told):
                    continue  # "230 of the 237 survived: all 187 on the jet and 43 of the 50": no fates
                found = True
                if set(self.outcomes) <= {c.category for c in told} and population.value is not None:
                    told_in_full.add(population.value)  # "Of those 24" names the bus's 24 again
                yield self._judge_told(population, told, _told_to_the_last(text, told))
            # "The bus was carrying 24 people ... Of those 24, five have died, 12 were rescued and seven
            # are missing": every fate of theirs told, the event's own totals (7 dead, with a truck
            # driver and a motorcyclist) are not held to them as well
            people = [c for c in people if c.value not in told_in_full]
            all_fates = [c for c in (*ctx.claims, *ctx.parts) if c.document == doc_id and c.unit == "count"
                         and c.category in self.outcomes]
            escaped = _escaped_on_their_own(ctx, text, doc_id)
            for population in (c for c in listed if c not in people):
                told = _fates_in_one_sentence([*all_fates, *escaped], population, text)
                if told:  # "68 miners were working underground. ... 41 had been lifted to safety,
                    found = True  # nine had been confirmed dead, and ... the remaining 20 trapped"
                    yield self._judge_told(population, told)
            for population in people:
                named_again = _fates_of_the_people_named_again(ctx, text, population)
                if len(named_again) >= 2 and any(c.category in self.outcomes for c in named_again):
                    found = True
                    yield self._judge_told(population, named_again, _told_to_the_last(text, named_again))
                    continue
                told = _fates_in_one_sentence(all_fates, population)
                told = told or _fates_after_its_colon(text, all_fates, population)
                if told and (_fates_of_these(ctx, told[0]) or told[0].sentence == population.sentence):
                    # "The final count of those on board ... is 170. Of them, 74 were rescued alive, 68
                    # have died and 31 remain missing": the fates of those people, told in one list
                    found = True
                    yield self._judge_told(population, told)
            if not people or not fates:
                continue
            found = True
            parts = [c for c in ctx.parts if c.document == doc_id and c.category in self.outcomes
                     and c.unit == "count" and c.scope.place != NATIONWIDE]
            # "a wooden boat carrying 46 people ... 19 died and 27 were rescued. ... a fishing boat ...
            # capsized with 23 people aboard. ... 14 survivors ...": the fates after another boat's people
            # are theirs
            others = [c.start for c in ctx.background if c.document == doc_id and c.unit == "count"
                      and c.category in ("other", "missing") and _befell(ctx, text, c)]
            yield self._judge(people, [*fates, *_survivors(ctx, doc_id, self.outcomes, fates),
                                       *_hurt_and_unhurt(ctx, text, doc_id, fates),
                                       *escaped], parts, text, others)
        if not found:
            yield Verdict("skip", f"no people on board with what befell them {ctx.where_text}")

    def _judge(self, people: Sequence[Claim], fates: Sequence[Claim],
               parts: Sequence[Claim] = (), text: str = "", others: Sequence[int] = ()) -> Verdict:
        """Each outcome's figure nearest the people; counted in the people's own noun if the
        article gives one ("12 passengers ... died"). When the people are the passengers or
        workers and the article names a crew beside them, in their sentence or the next ("a
        pilot and 5 passengers"; "Both pilots were Norwegian"), a toll
        in other words ("at least 7 people") may count the crew too, and is not held to them."""
        population = max(people, key=lambda c: self.widened(c).high or float("inf"))
        together = [c for c in people if c.sentence == population.sentence]
        rest = total(c.interval for c in together if c is not population)
        if len(together) > 2 and population.interval.overlaps(rest):
            together = [population]  # "215 persons on board, 186 passengers and 29 crew": a whole, its parts
        elif len(together) > 1 and text and _CONSISTING_OF_AFTER.match(text, population.end):
            together = [population]  # "carrying 41 people, consisting of 37 passengers and 4 crew"
        if len(together) > 1:  # "carrying 241 passengers and 12 crew"
            summed = total(c.interval for c in together)
            population = replace(population, text=" + ".join(c.text for c in together),
                                 low=summed.low, high=summed.high, value=None, qualifier="range")
        others = [*others, *(c.start for c in people if c.sentence != population.sentence)]
        if others:
            def theirs(fate: Claim) -> bool:
                low, high = sorted((fate.start, population.start))
                return any(low < o < high for o in others)
            fates = [f for f in fates if not theirs(f)]
            parts = [f for f in parts if not theirs(f)]
        kinds = (*self.outcomes, _SURVIVED, "injured", _UNHURT, _ESCAPED)
        noun = (population.entity or "").lower().rstrip("s")
        # "carrying 92 passengers and five crew members": the crew are already among the people
        apart_from_crew = len(together) == 1 and noun in _CREWED and (
            _crew_beside(text, population) or any(_crew_among(text, f) for f in fates))
        nearest = []
        for fate in dict.fromkeys(kinds):
            own = _of_the_people(population, [c for c in (*fates, *parts) if _fate(c) == fate])
            pool = own or ([] if apart_from_crew else [c for c in fates if _fate(c) == fate])
            if pool:  # "A boat carrying 35 people sank ...; 29 passengers were rescued": theirs first
                nearest.append(min(pool, key=lambda c: (c.document != population.document
                                                        or c.sentence != population.sentence,
                                                        abs(c.start - population.start))))
        if not nearest:
            return Verdict("skip", f"no fate counted as {figure(population)} are")
        names = " + ".join(f"{_fate(c) if _fate(c) in (_SURVIVED, _UNHURT, _ESCAPED) else label(c.category)} "
                           f"{figure(c)}" for c in nearest)
        return self._within(population, nearest, names)

    def _judge_told(self, population: Claim, told: Sequence[Claim], complete: bool = False) -> Verdict:
        names = " + ".join(figure(c) for c in told)
        summed = total(self.widened(c) for c in told)
        people = self.widened(population)
        if complete and summed.high is not None and people.low is not None and summed.high < people.low:
            # "Of the 112 miners underground, 94 were brought out alive, 13 are dead and the
            # remaining 3 are missing": the list says it is whole, and comes to 110
            text = (f"{names} = {interval_text(summed)} account for fewer people than {figure(population)}, "
                    f"though the list ends with the rest of them")
            return Verdict("fail", text + self.tolerance_note(), (*told, population), self.listed_severity)
        verdict = self._within(population, told, names)
        if verdict.status == "fail":
            return replace(verdict, severity=self.listed_severity)
        if set(self.outcomes) <= {c.category for c in told} and (
                summed.high is not None and people.low is not None and summed.high < people.low):
            # "31 workers had signed in ... Of these, 18 were rescued alive, seven bodies had been
            # retrieved and five were still unaccounted for": every fate named, and 30 of 31; a
            # warning, since some may have walked out unhurt, unsaid
            text = (f"{names} = {interval_text(summed)}, every fate named, account for fewer people than "
                    f"{figure(population)}")
            return Verdict("fail", text + self.tolerance_note(), (*told, population), "warning")
        return verdict

    def _within(self, population: Claim, outcomes: Sequence[Claim], names: str) -> Verdict:
        """The outcomes' sum against the people they befell."""
        summed = total(self.widened(c) for c in outcomes)
        limit = self.widened(population).high
        ok = not (summed.low is not None and limit is not None and summed.low > limit)
        told = f"{names} = {interval_text(summed)}" if len(outcomes) > 1 else names
        text = (f"{told} ≤ {figure(population)}" if ok
                else self.fail_text(outcomes=told, population=figure(population)))
        return Verdict("pass" if ok else "fail", text + self.tolerance_note(), (*outcomes, population))


def _told_after_its_colon(text: str, population: Claim, first: Claim) -> bool:
    """"The boat was carrying 42 people: 13 died and 30 were rescued": the fates listed after the
    people's colon are theirs."""
    between = text[population.end:first.start]
    return population.end <= first.start and between.count(":") == 1 and not _DIGIT_IN.search(between)


def _fates_after_its_colon(text: str, fates: Sequence[Claim], population: Claim) -> list[Claim]:
    """One figure of each of at least two outcomes, listed after the people's colon in their sentence."""
    told = [c for c in fates if c.document == population.document and c.sentence == population.sentence
            and c.start > population.end]
    by_category = {c.category: c for c in told}
    return (list(by_category.values()) if len(by_category) == len(told) >= 2
            and _told_after_its_colon(text, population, told[0]) else [])


_DIGIT_IN = re.compile(r"\d")


def _of_the_people(population: Claim, fates: Sequence[Claim]) -> list[Claim]:
    """The fates counted in the people's own noun: of "51 passengers", "12 passengers and the two
    drivers died" tells the passengers' deaths; the toll of 14 counts the drivers too."""
    noun = (population.entity or "").lower().rstrip("s")
    # "a minibus carrying 19 agricultural workers ... 14 of the passengers were rescued alive": those aboard,
    # told as the passengers in the next sentence
    aboard = [c for c in fates if c.document == population.document
              and 0 <= c.sentence - population.sentence <= 1
              and c.start > population.end and _OF_THOSE_ABOARD.search(c.text)]
    return aboard + [c for c in fates if noun and (c.entity or "").lower().rstrip("s") == noun
                     and c not in aboard] if noun not in ("people", "person", "") else aboard


_OF_THOSE_ABOARD = re.compile(
    r"\bof[ \t]+the[ \t]+(?:passengers|occupants|people[ \t]+(?:on[ \t]+board|aboard))\b", re.IGNORECASE)
_CONSISTING_OF_AFTER = re.compile(r"[^.;\d]{0,30}?(?:,[ \t]*|[ \t]+)(?:consisting[ \t]+of|comprising|"
                                  r"made[ \t]+up[ \t]+of|including|of[ \t]+whom|namely)\b|"
                                  r"[ \t]*[:(\u2013\u2014]", re.IGNORECASE)
_CREW = re.compile(r"\b(?:crew|pilots?|co-pilot|drivers?|conductors?|captain|helpers?)\b", re.IGNORECASE)
_CREWED = frozenset({"passenger", "worker", "pilgrim", "tourist", "student", "traveller", "traveler"})


def _crew_beside(text: str, population: Claim) -> bool:
    """A crew named in the sentence of the people on board or in the next one."""
    start = _sentence_start(text, population.start)
    first_stop = text.find(". ", population.end)
    end = text.find(". ", first_stop + 2) if first_stop >= 0 else -1
    return bool(_CREW.search(text, start, end if end >= 0 else len(text)))


def _crew_among(text: str, fate: Claim) -> bool:
    """"Seven people, including the pilot, were killed": a fate that counts the crew too."""
    return bool(_INCLUDING_THE_CREW.match(text, fate.end))


_INCLUDING_THE_CREW = re.compile(r"[ \t]*,?[ \t]+(?:including|among[ \t]+them)[ \t]+"
                                 r"(?:(?:the|its|their|two|both|three)[ \t]+)?" + _CREW.pattern,
                                 re.IGNORECASE)


# "all 6 people on board had died": people whose fate is told with them; a larger toll counts others
_ALL_DIED_AFTER = re.compile(r"[ \t]+(?:on[ \t]+board|aboard)(?:[ \t]+the[ \t]+[a-z]+)?[ \t]+"
                             r"(?:had[ \t]+|have[ \t]+|were[ \t]+)?"
                             r"(?:died|been[ \t]+killed|killed|perished)\b")
_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the|those|these)\s+$", re.IGNORECASE)


_THE_REST_BEFORE = re.compile(r"\b(?:the\s+(?:remaining|rest|other)|all\s+the\s+others?)\s+$", re.IGNORECASE)


def _fates_of_them(ctx: Context, text: str, people: Sequence[Claim]) -> Iterator[tuple[Claim, list[Claim]]]:
    """"a convoy of 20 officers ..., killing 13 of them and wounding nine": what befell some
    "of them", told in the sentence of the people themselves, every one a different fate."""
    for population in people:
        if population.category != "other" or population.value is None or (
                population.entity and ctx.lexicon.entity_group(population.entity.lower()) != "person"):
            continue
        after = sorted((c for c in ctx.parts if c.document == population.document
                        and c.sentence == population.sentence and c.start > population.end
                        and c.unit == "count" and c.category in TOLLS), key=lambda c: c.start)
        if len(after) >= 2 and N_OF_THEM.match(text, after[0].start) and (
                len({c.category for c in after}) == len(after)):
            yield population, after
            continue
        # "31 persons have been retrieved from the debris ..., of whom 21 were rescued alive and 12 bodies
        # were recovered": the fates of everyone retrieved, one figure each
        of_whom = OF_WHOM_AFTER.match(text, population.end)
        told = [] if of_whom is None else sorted(
            (c for c in ctx.told_in(population.document, population.sentence)
             if c.start >= of_whom.end() and c.unit == "count"
             and c.category in (*TOLLS, "rescued")), key=lambda c: c.start)
        if len(told) >= 2 and len({c.category for c in told}) == len(told) and "rescued" in {
                c.category for c in told}:
            yield population, told
            continue
        # "64 employees were inside the plant ... Two of them were killed, 28 were taken to hospitals,
        # and the remaining 37 walked out": the fates told in the next sentence, opening "N of them"
        following = sorted((c for c in ctx.told_in(population.document, population.sentence + 1)
                            if c.unit == "count"
                            and (c.category in TOLLS or _THE_REMAINING_BEFORE.search(
                                text, max(0, c.start - 16), c.start))), key=lambda c: c.start)
        if len(following) >= 2 and N_OF_THEM.match(text, following[0].start) and _befell(
                ctx, text, population) and (
                _sentence_start(text, following[0].start) == following[0].start
                or not text[_sentence_start(text, following[0].start):following[0].start].strip(" \"\u201c")
                # "The lorry was carrying 23 people ... The strike killed 16 of them and wounded nine": the
                # sentence's first figure is some of them
                or min(ctx.told_in(population.document, population.sentence + 1), key=lambda c: c.start)
                is following[0]):
            yield population, following


_THE_REMAINING_BEFORE = re.compile(r"\bthe[ \t]+(?:remaining|other)[ \t]+$", re.IGNORECASE)


def _told_to_the_last(text: str, told: Sequence[Claim]) -> bool:
    """Whether a list of fates ends with "the remaining 3": it says it accounts for everyone."""
    last = told[-1]
    if len(told) > 1 and _OF_THE_REST_BETWEEN.fullmatch(text, told[-2].end, last.start):
        return False  # "four of the remaining 10 patients": the four are some of the 10, no list's end
    return bool(_THE_REST_BEFORE.search(text, max(0, last.start - 20), last.start))


_OF_THE_REST_BETWEEN = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?:remaining|other)[ \t]+", re.IGNORECASE)


def _fates_told_of(ctx: Context, text: str, people: Sequence[Claim]) -> Iterator[tuple[Claim, list[Claim]]]:
    """"Of the 46 people on board, 21 died, 22 survived with injuries and 4 escaped unhurt": what
    befell each of them, told in one list after them, every item a count of people."""
    for population in people:
        accounted = ALL_ACCOUNTED_FOR_AFTER.match(text, population.end) if _ALL_BEFORE_PEOPLE.search(
            text, max(0, population.start - 6), population.start) else None
        if not accounted and not _OF_THE_BEFORE.search(text, max(0, population.start - 10),
                                                          population.start):
            continue
        # the fates start after the clause that names the people: "Of the 52 people who were at
        # home in the 14 buried houses when the hillside collapsed, 21 have been found dead, ..."
        # or after "All 16 workers who were trapped have now been accounted for:"
        comma = accounted.end() if accounted else text.find(",", population.end)
        clause_end = comma if comma >= 0 else population.end
        after = sorted((c for c in ctx.told_in(population.document, population.sentence)
                        if c.start > clause_end and c.unit == "count"), key=lambda c: c.start)
        told = _told_in_a_row(ctx, text, population.end, after)
        if len(told) >= 2:
            yield population, told


def _told_in_a_row(ctx: Context, text: str, start: int, after: Sequence[Claim]) -> list[Claim]:
    """The counts of people told one after the other from text[start] on, each a fate of them."""
    told: list[Claim] = []
    for c in after:
        group = ctx.lexicon.entity_group((c.entity or "").lower()) if c.entity else None
        between = text[(told[-1].end if told else start):c.start]
        if group not in (None, "person") or _SELECTION.search(between) or N_OF_THEM.match(text, c.start) or (
                BRINGING.search(text, max(0, c.start - 140), c.start)) or (told and ":" in between):
            # "..., bringing the number rescued to 18": everyone rescued, not a fate of these; "27 had
            # been found: 25 alive and two among the dead": the 27 told again, item by item
            break
        told.append(c)
    return told


def _fates_of_the_people_named_again(ctx: Context, text: str, population: Claim) -> list[Claim]:
    """"... had left with 63 passengers on board. ... Of the passengers, 41 were killed, 17 were
    wounded and eight are still missing": the fates of those people, told in a sentence of
    their own (within the next two) that opens with their noun."""
    noun = (population.entity or "").lower()
    if not noun:
        return []
    later = sorted((c for c in ctx.told_in(population.document, population.sentence + 1,
                                           population.sentence + 2) if c.unit == "count"),
                   key=lambda c: c.start)
    for sentence in dict.fromkeys(c.sentence for c in later):
        in_it = [c for c in later if c.sentence == sentence]
        opens_at = _sentence_start(text, in_it[0].start)
        opening = _OF_THE_PEOPLE_OPENING.match(text, opens_at)
        if opening and opening.group("noun").lower() == noun:
            return _told_in_a_row(ctx, text, opening.end(), in_it)
        these = _FATES_OF_THESE.match(text, opens_at) if sentence == population.sentence + 1 else None
        if these:  # "The vessel had 21 crew on board. Of those, 17 were evacuated unharmed, two ..."
            return _told_in_a_row(ctx, text, these.end(), in_it)
    return []


_OF_THE_PEOPLE_OPENING = re.compile(r"\s*[\"\u201c]?(?:Of|Among)\s+(?:the|these|those)\s+"
                                    r"(?P<noun>[A-Za-z]+)\s*,")


_ALL_BEFORE_PEOPLE = re.compile(r"\b[Aa]ll[ \t]+$")
_ONE_OF_MANY = re.compile(rf"\bone\s+of\s+(?:the\s+)?(?:\d+|{SMALL_NUMBER_WORDS}|dozens|several)\b",
                          re.IGNORECASE)
_SELECTED_JUST_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom)\b[^,.;]*$", re.IGNORECASE)
_ASIDE_AFTER = re.compile(r",[ \t]+(?:including|among\s+them|most\s+of\s+them|many\s+of\s+them)\b"
                          r"[^,.;]{0,80},")


def _fates_in_one_sentence(fates: Sequence[Claim], population: Claim, text: str = "") -> list[Claim]:
    """What befell a mine's people told together in the sentence after them (a statement at
    one time), or in the sentence before one that sums them up ("... while 64 escaped on their
    own. In total, 112 workers were underground"): one figure of each of at least three
    outcomes, or none."""
    def told_in(sentence: int) -> list[Claim]:
        return [c for c in fates if c.document == population.document and c.sentence == sentence]

    told = told_in(population.sentence + 1)
    if not told and text and _IN_TOTAL_OPENING.match(text, _sentence_start(text, population.start)):
        told = told_in(population.sentence - 1)
    by_category = {c.category: c for c in told}
    return list(by_category.values()) if len(by_category) == len(told) >= 3 else []


# "The final count of those on board, compiled from the manifest ..., is 170"
_ABOARD_COUNT_IS = re.compile(r"\b(?:count|number|total|tally)[ \t]+of[ \t]+(?:those|people|passengers)[ \t]+"
                              r"(?:on[ \t]+board|aboard)\b[^.;]{0,150}?\b"
                              r"(?:is|was|stands[ \t]+at|stood[ \t]+at)[ \t]+(?:now[ \t]+)?$", re.IGNORECASE)


def _befell(ctx: Context, text: str, claim: Claim, aboard_words: re.Pattern[str] = ABOARD) -> bool:
    """People on board, carried or (in a mine) trapped, counted as people."""
    entity = (claim.entity or "").lower()
    if not entity and aboard_words is ABOARD and _ABOARD_COUNT_IS.search(text, max(0, claim.start - 200),
                                                                         claim.start):
        return True  # "The final count of those on board ... is 170"
    if not entity and aboard_words is ABOARD and _CARRYING_JUST_BEFORE.search(
            text, max(0, claim.start - 12), claim.start) and _NO_NOUN_AFTER.match(text, claim.end):
        return True  # "a Cessna with three people on board and a Piper Warrior carrying two": two people
    if not entity and aboard_words is ABOARD and text.endswith("with ", 0, claim.start) and (
            _NO_NOUN_AFTER.match(text, claim.end)) and _WITH_PEOPLE_ABOARD.search(
            text, _sentence_start(text, claim.start), claim.start):
        return True  # "an AW109 with four crew on board and an Mi-35 gunship with five": five aboard
    if aboard_words is ABOARD and text.endswith("group of ", 0, claim.start) and (
            _THE_GROUP_WAS_DOING_WHEN_AFTER.match(text, claim.end)):
        return True  # "the group of nine -- two guides and seven clients -- was descending ... when the slope
        # released above them": everyone the avalanche struck
    if ctx.lexicon.entity_group(entity) != "person" or entity in _SURVIVOR_NOUNS:
        return False  # "the three survivors were transferred": what befell some, not everyone
    if _SELECTED_JUST_BEFORE.search(text, max(0, claim.start - 30), claim.start):
        return False  # "86 people, including the captain and two crew members, had boarded"
    if _ONE_OF_MANY.search(text, _sentence_start(text, claim.start), claim.start):
        return False  # "The boat was one of 17 that reached Lampedusa ..., carrying 912 people in all"
    if _TAKEN_ON_BOARD_BEFORE.search(text, max(0, claim.start - 20), claim.start):
        return False  # "they took 47 people on board from an overcrowded rubber boat": the rescued
    if _SOME_OF_THOSE_ABOARD_AFTER.match(text, claim.end):
        return False  # "the 15 people whom relatives say boarded without tickets": some of those aboard
    if _A_FATE_AFTER.match(text, claim.end):
        return False  # "Seven people survived": what befell some of them, not everyone aboard
    if _PARTITIVE_OF_AFTER.match(text, claim.end) or _ONE_NATIONALITY_S_PEOPLE.search(claim.text):
        return False  # "Six of the seven Indian seafarers on board survived": a part, and one nationality's
    aside = _ASIDE_AFTER.match(text, claim.end)
    # (not "a 41-year-old who had spent almost 20 hours trapped near a ventilation shaft. One miner is still
    # missing": the sentence before's)
    window = text[max(0, claim.start - 40, _sentence_start(text, claim.start)):(
        aside.end() if aside else claim.end) + 40]
    # "11 miners have been killed and 12 others are trapped": the others are a fate, not everyone
    others = claim.text.lower().endswith("others")
    trapped = _TRAPPED.search(window) and not _STILL_TRAPPED.search(window)
    aboard = aboard_words.search(window) or (entity in _MINE_WORKERS and not others and trapped) or (
        aboard_words is ABOARD and entity in _SITE_WORKERS and _ON_SITE.search(window))
    # "licensed to carry 14 passengers, had 17 people on board": the capacity is the clause before
    clause = max(max(0, claim.start - 40), text.rfind(",", max(0, claim.start - 40), claim.start) + 1)
    return bool(aboard) and not _CAPACITY.search(text, clause, claim.end)


def _all_accounted_for(text: str, claim: Claim) -> bool:
    """"All 38 residents listed by local authorities have now been accounted for: 20 were killed and 19
    were pulled out alive": everyone, whose fates the sentence goes on to tell."""
    return bool(_ALL_BEFORE_PEOPLE.search(text, max(0, claim.start - 6), claim.start)) and bool(
        ALL_ACCOUNTED_FOR_AFTER.match(text, claim.end))


# "the group of nine ... was descending ... when", "The group of 14 ... had entered the canyon about an
# hour before a thunderstorm broke"
_THE_GROUP_WAS_DOING_WHEN_AFTER = re.compile(r"[^.;]{0,120}?\b(?:(?:was|were)[ \t]+[a-z]+ing|"
                                             r"had[ \t]+[a-z]+ed)\b"
                                             r"(?:[^.;]|\b[ap]\.m\.){0,160}?\b(?:when|before)[ \t]")
_WITH_PEOPLE_ABOARD = re.compile(r"\bwith[ \t]+[\w,]+[ \t]+(?:[a-z]+[ \t]+){0,2}(?:on[ \t]+board|aboard)\b")
_CARRYING_JUST_BEFORE = re.compile(r"\b(?:carrying|ferrying|conveying)[ \t]+$")
# "carrying two collided", "carrying two, crashed": people; not "carrying 23 rolling cargo units"
_NO_NOUN_AFTER = re.compile(r"[ \t]*[,.;:)]|[ \t]+(?:-|--|\u2013|\u2014)[ \t]|"
                            r"[ \t]+(?:and|when|as|before|after|that|which|who|[a-z]+ed)\b")
_A_FATE_AFTER = re.compile(r"(?:[ \t]*,[ \t]*including[^,.;]{1,60},)?[ \t]+(?:have[ \t]+|had[ \t]+)?"
                           r"(?:survived|escaped|died|drowned|perished|(?:were|are)[ \t]+(?:still[ \t]+)?"
                           r"(?:missing|killed|dead|rescued)|"
                           # "searching for two fishermen reported missing aboard a shrimp boat"
                           r"(?:(?:were|are|had[ \t]+been|have[ \t]+been)[ \t]+)?(?:reported|feared)[ \t]+"
                           r"missing)\b")
_PARTITIVE_OF_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the|those|these)[ \t]+", re.IGNORECASE)
_ONE_NATIONALITY_S_PEOPLE = re.compile(r"\b[A-Z][a-z]+(?:ian|an|ese|ish|i|ic|ino|ina|ean)[ \t]+"
                                       r"(?:[a-z]+[ \t]+)?[a-z]+$")
_TAKEN_ON_BOARD_BEFORE = re.compile(r"\b(?:took|taken|brought|welcomed|picked[ \t]+up)[ \t]+$", re.IGNORECASE)
_SOME_OF_THOSE_ABOARD_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:without[ \t]+(?:a[ \t]+)?tickets?|unregistered|unticketed|(?:not|never)[ \t]+"
    r"(?:on|in)[ \t]+the[ \t]+(?:manifest|register|passenger[ \t]+list))\b", re.IGNORECASE)


# "37 workers were on site at the time": the people a collapse befell
_ON_SITE = re.compile(r"\b(?:were|was)[ \t]+(?:(?:in|inside)[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?"
                      r"(?:building|structure|house|factory|block|room|classroom)[ \t]+when\b|"
                      r"(?:on|at)[ \t]+(?:the[ \t]+)?"
                      r"(?:construction[ \t]+|building[ \t]+)?site\b|inside[ \t]+the\b|"
                      # "38 diggers were working in the pit", "31 workers had signed in at the site"
                      r"working[ \t]+(?:(?:in|at|inside)[ \t]+the[ \t]+(?:pit|mine|shaft|site|tunnel|"
                      # "12 miners were working at a depth of about 2,500 feet"
                      r"gallery)\b|at[ \t]+a[ \t]+depth\b))|"
                      r"\bhad[ \t]+signed[ \t]+in\b|"
                      # "There were 26 workers at the unit when the blast occurred"
                      r"\b(?:at|in|inside)[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?(?:unit|plant|factory|workshop|"
                      r"warehouse|mill|shed|premises)[ \t]+when\b|"
                      # "the 38 casual labourers who signed the contractor's register that morning"
                      r"\bsigned[ \t]+the[ \t]+(?:[\w'\u2019]+[ \t]+){0,2}(?:register|roll|attendance)\b|"
                      r"\bon[ \t]+(?:the[ \t]+)?shift\b|"
                      # "23 workers were present in the washing unit at the time of the explosion"
                      r"\b(?:were|was)[ \t]+present[ \t]+(?:in|at|inside)[ \t]+the\b|"
                      # "the lecture theatre was occupied by 46 students and their lecturer"
                      r"\boccupied[ \t]+by\b", re.IGNORECASE)
_SITE_WORKERS = frozenset("workers labourers laborers employees people persons construction workers miners "
                          "diggers students pupils worshippers guests patrons children teachers".split())


# --------------------------------------------------------------------------- itemised

# between a figure and the first item: a colon, and no word that makes the list a selection
_COMPRISING_BEFORE = re.compile(r"\b(?:comprising|comprised\s+of|consisting\s+of|made\s+up\s+of)\s+$",
                                re.IGNORECASE)
_ITEMS_INTRODUCED = re.compile(r"(?::|\(|\s[\u2013\u2014]|\s--?)\s*"
                               r"(?:at\s+least\s+|some\s+|about\s+|around\s+)?$")
_AS_FOLLOWS = re.compile(AS_FOLLOWS, re.IGNORECASE)
_A_RELATIVE_CLAUSE_OPENS = re.compile(r",[ \t]+(?:where|whose|who|which)\b[^,;:\u2014\u2013]*$")
_OF_THEM_IN_AFTER = re.compile(r"[ \t]+of[ \t]+(?:them|those|these)[ \t]+in\b")
_GRAVE = frozenset({"critically", "seriously", "severely", "gravely"})
_LIGHT = frozenset({"slightly", "lightly", "moderately"})
_GRADE_AFTER = re.compile(r"(?:[ \t]+of[ \t]+(?:them|those))?[ \t]+(?:were[ \t]+|are[ \t]+)?"
                          r"(?P<grade>critically|seriously|severely|gravely|slightly|lightly|moderately)\b",
                          re.IGNORECASE)
# "26 people had been hurt, ": the whole, then its grades after a comma, no selection between
_GRADED_AFTER_THE_WHOLE = re.compile(r"[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:injured|wounded|hurt)[ \t]*,[ \t]*|"
                                     r"[ \t]*,[ \t]*", re.IGNORECASE)
_BY_PLACE_OPENING = re.compile(r"[ \t\"\u201c]*(?:Broken[ \t]+down[ \t]+by|By)[ \t]+"
                               r"(?:wilaya|province|region|"
                               r"district|state|governorate|county|department|prefecture|oblast|municipality|"
                               r"country|city|island|emirate)s?[ \t]*[,:]", re.IGNORECASE)
_LOOSELY_PLACED = frozenset({"other", "regions", "sites"})
_PLACE_LIST_SPLIT = re.compile(r",[ \t]+and[ \t]+|,[ \t]+|[ \t]+and[ \t]+")
_AND_THE_LAST_PLACE_ITEM = re.compile(r"[ \t]+(?:in|over)[ \t]+[^,;:.()]{1,40}?,?[ \t]+and[ \t]+")
_SELECTION_OF_THE_ITEM_BEFORE = re.compile(r"(?:mostly|mainly|notably)[ \t]+[^,;\d]{1,40},[ \t]*",
                                           re.IGNORECASE)
_NAMELY = re.compile(r"\bnamely\b|\bi\.e\.", re.IGNORECASE)  # "21 Druze, namely 15 gunmen and 6 civilians"
_SELECTION = re.compile(r"\b(?:includ\w*|among|such\s+as|notably|for\s+example|e\.g\.|mostly|mainly\s+in)\b",
                        re.IGNORECASE)


# " workers were brought out by the Army": a whole's verb, then the first of the names its items follow
_BY_NAMED_THEN_BRACKETED = re.compile(r"[^\d:;.()]{0,80}?\b(?:by|to|at|from|with)[ \t]+(?:the[ \t]+)?"
                                      r"[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3}[ \t]*")
_MISSILE_MODELS = frozenset({"missiles_launched", "ballistic_launched", "cruise_launched"})
# "64 missiles and 228 drones overnight, the Air Force said: 41 ...": the list opens with a colon or dash
_A_LIST_OPENS_AFTER = re.compile(r"[^.;:]{0,100}?(?::|\s[\u2013\u2014-]{1,2})\s*")
# "The missile salvo consisted of 41 ...": the sentence after says what the missiles were
_THE_MISSILES_WERE = re.compile(
    r"\s*(?:The|Those|These|This)\s+(?:(?:missile|cruise|rocket)\s+)?(?:missiles|salvo|barrage|strike|attack)\s+"
    r"(?:consisted\s+of|comprised|(?:was|were)\s+made\s+up\s+of|were)\s*:?\s*")
# ", 14 ...", "; 34 ...", " and seven ...": the list goes on, whatever the item says after its figure
# ("launched from Tu-95MS aircraft")
_THE_NEXT_ITEM = re.compile(r"[^.;:]{0,120}?(?:[,;]\s*(?:and\s+)?|\s+and\s+)")


@kind("itemised", message="the items {parts} do not add up to {whole}",
      placeholders={"parts": "the items and their sum", "whole": "the figure they itemise"})
class Itemised(RuleBase):
    """A figure itemised in a list after a colon equals the sum of its items.

    Checks: a list of two or more figures that follows a colon (or opens a bracket) right
    after a figure of the same kind ("4 dead (3 in Zambales, 1 in Bataan)"), or "as follows:"
    in the next sentence ("destroyed 57 drones: 21 over Saratov,
    18 over Volgograd, 12 over Rostov and nine over Crimea"; "cut 2,400 jobs. They are
    distributed as follows: 1,150 in Europe, 720 in the Americas and 610 in Asia"), against
    that figure. So is an apposition of place items after a comma ("killed 15 people, seven in
    Missouri, five in Arkansas and two in Illinois"), and a figure for places named together
    ("11 martyrs" in "the towns of Brital, Taraya and Shmustar") when the article gives one
    figure for each of them. A list introduced as a selection ("including", "among them") is a
    `breakdown`, not an itemisation. So is a group shared out down to "the remaining" ones
    ("Of the 214 who fled, 91 are back in custody, while the remaining 118 are still at large").
    Passes: the sum of the items can equal the figure (qualifiers and rounding widen both).
    Fails: it cannot (21 + 18 + 12 + 9 = 60 drones, not 57).
    Skips: when the article itemises no figure.

        - id: items-add-up
          kind: itemised
          severity: error
          description: A figure broken down item by item equals the sum of its items.
    """

    def check(self, ctx: Context) -> Iterator[Verdict]:
        found = list(self._lists(ctx))
        listed = {whole.id for whole, _ in found}
        found += [pair for pair in self._places_told_one_by_one(ctx) if pair[0].id not in listed]
        listed = {whole.id for whole, _ in found}
        found += [pair for pair in self._shared_out_to_the_rest(ctx) if pair[0].id not in listed]
        listed = {whole.id for whole, _ in found}
        found += [pair for pair in self._missiles_model_by_model(ctx) if pair[0].id not in listed]
        if not found:
            yield Verdict("skip", f"no figure itemised in a list {ctx.where_text}")
            return
        yield from _sums_against_wholes(self, ctx, found, "items")

    @staticmethod
    def _shared_out_to_the_rest(ctx: Context) -> Iterator[tuple[Claim, tuple[Claim, ...]]]:
        """"Of the 214 who fled, 91 are back in custody, while the remaining 118 are still at
        large": a group shared out down to "the remaining" ones is all of them, whatever each part
        counts. (Fates of the dead, hurt, missing and rescued alone are the fates rule's.)"""
        by_sentence: dict[tuple[str, int], list[Claim]] = {}
        for c in (*ctx.claims, *ctx.parts):
            if c.unit == "count":
                by_sentence.setdefault((c.document, c.sentence), []).append(c)
        for (doc_id, _), figures in by_sentence.items():
            text = ctx.document(doc_id).text
            figures.sort(key=lambda c: c.start)
            for i, whole in enumerate(figures):
                if whole.low is None or not _OF_THE_FIGURE_OPENING.search(
                        text, max(0, whole.start - 16), whole.start) or not _A_GROUP_THEN_A_COMMA.match(
                        text, whole.end):
                    continue
                later = figures[i + 1:]
                last = next((k for k, c in enumerate(later) if _THE_REMAINING_ONES_BEFORE.search(
                    text, max(0, c.start - 16), c.start)), None)
                if not last:
                    continue
                items = later[:last + 1]
                span = text[whole.end:items[-1].start]
                if ":" in span or _OF_THEM_WITHIN.search(span) or _SELECTION.search(span) or all(
                        c.category in TOLLS for c in items):
                    continue
                yield whole, tuple(items)

    @staticmethod
    def _missiles_model_by_model(ctx: Context) -> Iterator[tuple[Claim, tuple[Claim, ...]]]:
        """"Russia launched 64 missiles ... The missile salvo consisted of 41 Kh-101 cruise missiles,
        14 Iskander-M ballistic missiles and seven Kalibr cruise missiles": missiles listed model by
        model after a colon or a dash, or in the next sentence that says what the missiles were, are
        every one of them, though each model counts in a category of its own."""
        told = (*ctx.of("missiles_launched"), *(c for c in ctx.parts if c.category == "missiles_launched"))
        for whole in told:
            text = ctx.document(whole.document).text
            listed = sorted((c for c in ctx.told_in(whole.document, whole.sentence, whole.sentence + 1)
                             if c.start >= whole.end and c.category in _MISSILE_MODELS
                             and c.role in ("total", "subset")), key=lambda c: c.start)
            if not listed:
                continue
            first = listed[0]
            opening = (_A_LIST_OPENS_AFTER.fullmatch if first.sentence == whole.sentence
                       else _THE_MISSILES_WERE.fullmatch)(
                text, whole.end if first.sentence == whole.sentence else _sentence_start(text, first.start),
                first.start)
            if opening is None or _SELECTION.search(text, whole.end, first.start):
                continue
            items = [first]
            for item in listed[1:]:
                if item.sentence != first.sentence or not _THE_NEXT_ITEM.fullmatch(
                        text, items[-1].end, item.start):
                    break
                items.append(item)
            if len(items) >= 2:
                yield whole, tuple(items)

    @staticmethod
    def _places_told_one_by_one(ctx: Context) -> Iterator[tuple[Claim, tuple[Claim, ...]]]:
        """"11 martyrs" in "the towns of Brital, Taraya and Shmustar", then "the martyrs in Brital
        numbered five, while four martyrs fell in Taraya and three in Shmustar": a figure for
        several places named together is the sum of the article's one figure for each of them."""
        for whole in ctx.claims:
            place = whole.scope.place or ""
            if whole.category in _LOOSELY_PLACED or whole.scope.place_inferred or " and " not in place or (
                    is_care_place(place)):
                continue  # "36 beds", "384,000 doses", "five states": told by place too loosely
            names = [n.strip() for n in _PLACE_LIST_SPLIT.split(place)]
            if len(names) < 2 or len(set(names)) != len(names):
                continue
            each: dict[str, list[Claim]] = {name: [] for name in names}
            for c in (*ctx.of(whole.category), *ctx.parts):
                if (c.document == whole.document and c is not whole and c.category == whole.category
                        and c.unit == whole.unit and not c.scope.place_inferred and c.scope.place in each
                        and (c.attribution in (None, whole.attribution) or (
                            # "BNPB spokesperson Ratna Ayuningtyas" of "the National Disaster Management
                            # Agency (BNPB)": one body
                            whole.attribution is not None and _one_body(
                                c.attribution, whole.attribution, ctx.document(whole.document).text)))
                        and _same_time(c, whole)
                        # not a live page's earlier post's figures ("Updated 10:20 AM: ... four in
                        # Mississippi"), held to the summary's latest
                        and (c.scope.time == whole.scope.time or not CLOCK.fullmatch(c.scope.time or ""))):
                    each[c.scope.place].append(c)
            each = {name: found if len(found) < 2 else [c for c in found if c.role == "total"]
                    for name, found in each.items()}  # not "two of the victims" beside Brital's five
            if all(len(found) == 1 for found in each.values()):
                yield whole, tuple(sorted((found[0] for found in each.values()), key=lambda c: c.start))

    def _lists(self, ctx: Context) -> Iterator[tuple[Claim, tuple[Claim, ...]]]:
        by_sentence: dict[tuple[str, int], list[Claim]] = {}
        for part in ctx.parts:
            by_sentence.setdefault((part.document, part.sentence), []).append(part)
        for (doc_id, sentence), parts in by_sentence.items():
            text = ctx.document(doc_id).text
            after = -1
            while len(parts) >= 2:
                whole, items = self._list_of(ctx, text, parts, sentence)
                if whole is None or whole.start < after:
                    break  # a later list's whole is told after the list before
                people_from = whole.category == "regions" and items and _FROM_A_PLACE_AFTER.match(
                    text, items[0].end)
                if not people_from and len(items) >= 2 and not _unnumbered_item(text, items):
                    # (not "guests came from nine countries: 21 from the United Kingdom, ...": people)
                    yield whole, items
                # "Of the 509 aerial weapons launched -- 468 drones and 41 missiles -- air defences downed
                # or jammed 467 ...: 438 drones and 24 missiles": the sentence's next list
                end = max(c.end for c in (whole, *items))
                later = [p for p in parts if p.start >= end]
                if len(later) == len(parts):
                    break
                parts, after = later, end

    def _list_of(self, ctx: Context, text: str, parts: Sequence[Claim], sentence: int
                 ) -> tuple[Claim | None, tuple[Claim, ...]]:
        """The first list among a sentence's parts: its whole, and its items."""
        whole = self._itemised(ctx, text, parts[0], sentence)
        if whole is None and len(parts) >= 3 and parts[1].category == parts[0].category and ((
                _OF_THEM_IN_AFTER.match(text, parts[0].end) and self._place_items(ctx, parts[1])) or (
                _WORDS_THEN_A_COLON.fullmatch(text, parts[0].end, parts[1].start)
                and all(_AN_ITEM_AT_A_PLACE.match(text, p.end) for p in parts[1:3]))):
            # "4,918 of them in the valley's three districts: 3,206 in Kathmandu, ...", "A total of 96
            # persons are undergoing treatment: 41 at ...": the first part is the list's whole
            whole = self._itemised(ctx, text, parts[1], sentence)
        if whole is not None:
            return whole, tuple(_outer_parts(ctx, [p for p in parts if p.category == whole.category
                                                   and p.unit == whole.unit and p.start > whole.end
                                                   and not _past_its_aside(text, whole, p)]))
        whole = self._sum_after(ctx, text, parts)
        return whole, tuple(p for p in parts if whole is not None and p.category == whole.category
                            and p.unit == whole.unit and p.end <= whole.start
                            and (whole.category != "other"
                                 or _same_thing(whole.entity, p.entity, ctx.lexicon))
                            and not _SELECTION.search(text, max(0, p.start - 24), p.start))

    @staticmethod
    def _sum_after(ctx: Context, text: str, parts: Sequence[Claim]) -> Claim | None:
        """The total that follows its items: "141 passengers and six crew, 148 people in all"."""
        last = parts[-1]
        after = [c for c in ctx.of(last.category) if c.document == last.document
                 and c.sentence == last.sentence and c.start >= last.end and c.unit == last.unit
                 and IN_ALL_AFTER.match(text, c.end)]
        return after[0] if after else None

    @staticmethod
    def _graded_whole(ctx: Context, text: str, first: Claim, sentence: int) -> Claim | None:
        """"26 people had been hurt, four of them critically, nine seriously and 11 slightly": the
        injured graded from the gravest to the lightest, every one of them, right after their whole."""
        items = [c for c in ctx.told_in(first.document, sentence) if c.start >= first.start
                 and c.category == first.category and c.unit == first.unit and c.role == "subset"]
        grades = [m.group("grade").lower() if (m := _GRADE_AFTER.match(text, c.end)) else None for c in items]
        if len(items) < 2 or None in grades or not (set(grades) & _GRAVE and set(grades) & _LIGHT):
            return None
        wholes = [c for c in ctx.told_in(first.document, sentence) if c.end <= first.start
                  and c.category == first.category and c.unit == first.unit and c.role == "total"]
        if not wholes or not _GRADED_AFTER_THE_WHOLE.fullmatch(text, wholes[-1].end, first.start):
            return None
        return wholes[-1]

    @staticmethod
    def _place_items(ctx: Context, first: Claim) -> list[Claim]:
        """"1,184,000 homes ... — 731,000 in Florida, 379,000 in Georgia and 126,000 in South
        Carolina": bare items from `first` on, each a place's share of a whole; [] otherwise."""
        items = [c for c in ctx.parts if c.document == first.document and c.sentence == first.sentence
                 and c.start >= first.start and c.entity is None]
        places = [c.scope.place for c in items if c.scope.place and not c.scope.place_inferred]
        return items if len(items) >= 2 and len(places) == len(set(places)) == len(items) else []

    @staticmethod
    def _named_whole(ctx: Context, first: Claim, sentence: int, noun: str) -> Claim | None:
        """The figure of `noun` in the nearest of the few sentences before that counts it, of the
        items' category and unit ("... carrying 58 people - 52 passengers and six crew ... The
        transport ministry said the passengers comprised 45 Indonesians, ...")."""
        for before in range(sentence - 1, max(-1, sentence - 6), -1):
            # (a part too: "carrying 58 people - 52 passengers and six crew -": the 52 passengers)
            wholes = [c for c in (*ctx.of(first.category), *ctx.parts) if c.document == first.document
                      and c.category == first.category and c.sentence == before and c.unit == first.unit
                      and (c.entity or "").lower() == noun.lower()]
            if wholes:
                return wholes[-1] if len(wholes) == 1 else None
        return None

    @staticmethod
    def _itemised(ctx: Context, text: str, first: Claim, sentence: int) -> Claim | None:
        """The figure a list starting with `first` itemises: the nearest one before it, of its
        category and unit (and counted noun, for uncategorised figures), in its sentence or the
        one before, with a colon right before `first` and no selection word in between."""
        first_start = _item_start(text, first)
        named = _THE_THINGS_WERE.search(text, max(0, first_start - 40), first_start)
        if named:  # "... 38 passengers and 3 crew. The passengers were 14 Kenyan nationals, 9 ..."
            return Itemised._named_whole(ctx, first, sentence, named.group("noun"))
        counted = _THE_N_PEOPLE_WERE.search(text, max(0, first_start - 80), first_start) if (
            first.category == "other") else None  # a toll's parts are `breakdown`'s
        if counted:  # "The 15 passengers were 9 men and 7 women": all 15 of them, told by kind
            wholes = [c for c in (*ctx.claims, *ctx.parts) if c.document == first.document
                      and counted.start("figure") <= c.start < counted.end("figure") + 2
                      and c.unit == first.unit and c.category == first.category]
            return wholes[0] if len(wholes) == 1 and wholes[0].role == "total" else None
        if first.category == "killed" and _THE_DEAD_WERE.search(text, max(0, first_start - 110), first_start):
            # "34 martyrs and 52 wounded. The martyrs are 18 men, 9 women and 5 children": all of them
            # (the toll last told, a sentence or a paragraph before: "16 pilgrims killed ... 23 people
            # were wounded. The dead comprised nine Pakistani nationals, ...")
            wholes = [c for c in ctx.of("killed") if c.document == first.document
                      and c.sentence < sentence and c.unit == first.unit]
            return max(wholes, key=lambda c: c.start) if wholes else None
        all_of_them = _ALL_THE_HARMED_WERE_TAKEN.search(text, max(0, first_start - 140), first_start)
        if all_of_them and _HARMED_CATEGORY.get(all_of_them.group("who").lower()) == first.category:
            # "All the injured were transferred to hospitals: 41 to Asyut University Hospital, 27 to ...":
            # every one of the toll last told, hospital by hospital
            wholes = [c for c in ctx.of(first.category) if c.document == first.document
                      and c.sentence <= sentence and c.end <= all_of_them.start() and c.unit == first.unit]
            return max(wholes, key=lambda c: c.start) if wholes else None
        if _COMPRISING_BEFORE.search(text, max(0, first_start - 24), first_start):
            # "18 persons were involved in the crash, comprising 11 male adults, five female adults
            # and three children": every one of the 18, told by kind
            wholes = [c for c in ctx.told_in(first.document, sentence)
                      if c.end <= first.start and c.unit == first.unit
                      and c.category == first.category and c.role == "total"]
            return wholes[-1] if wholes and ctx.lexicon.entity_group(
                (wholes[-1].entity or "people").lower()) == "person" else None
        if first.category == "injured" and (graded := Itemised._graded_whole(ctx, text, first, sentence)):
            return graded
        if text[first.start - 1:first.start] == "(" and text[first.end:first.end + 1] == ")" and (
                first.text.replace(",", "").isdigit()):
            # "the 46 rescued workers were brought out by the Army (28), the ITBP (11) and joint SDRF and
            # NDRF teams (5)": everyone the sentence told, by who brought them out
            wholes = [c for c in ctx.told_in(first.document, sentence) if c.end <= first.start
                      and c.unit == first.unit and c.category == first.category and c.role == "total"]
            if wholes and _BY_NAMED_THEN_BRACKETED.fullmatch(text, wholes[-1].end, first.start - 1) and not (
                    _SELECTION.search(text, wholes[-1].end, first.start)):
                return wholes[-1]
        if first.category != "other" and _BY_PLACE_OPENING.match(text, _sentence_start(text, first_start)):
            # "... have claimed the lives of 26 people ... By wilaya, Béjaïa recorded the heaviest toll
            # with 11 deaths, followed by Jijel with seven, ...": the toll last told, place by place
            wholes = [c for c in ctx.of(first.category) if c.document == first.document
                      and sentence - 2 <= c.sentence < sentence and c.unit == first.unit
                      and c.role == "total"]
            return max(wholes, key=lambda c: c.start) if wholes else None
        place_items = Itemised._place_items(ctx, first) if first.entity is None else []
        by_comma = False
        if not _ITEMS_INTRODUCED.search(text, max(0, first_start - 16), first_start):
            # "The storms killed 15 people, seven in Missouri, five in Arkansas and two in Illinois":
            # the apposition shares the figure out among the places it names
            if not (place_items and text.endswith(", ", 0, first_start)
                    and _AND_THE_LAST_PLACE_ITEM.match(text, place_items[-2].end, place_items[-1].start)):
                return None
            by_comma = True
        # (a part too, in the list's sentence: "12,640 cases since January, 4,918 of them in the valley's
        # three districts: 3,206 in Kathmandu, ...")
        own_parts = (p for p in ctx.told_in(first.document, sentence)
                     if p.role == "subset" and p.category == first.category)
        candidates = [c for c in (*ctx.of(first.category), *own_parts)
                      if c.document == first.document and c.end <= first.start
                      and sentence - 1 <= c.sentence <= sentence and c.unit == first.unit
                      and (first.category != "other" or _same_thing(c.entity, first.entity)
                           or (place_items and c.sentence == sentence and c.low is not None
                               and all(i.high is not None and i.high <= c.low for i in place_items)))]
        if not candidates:
            return None
        whole = max(candidates, key=lambda c: c.end)
        if _SELECTION.search(text, whole.end, first.start):
            return None
        if by_comma and (whole.end != first_start - 2 or whole.sentence != sentence):
            return None
        bracket = "(" in text[max(0, first_start - 3):first_start]
        if bracket and text[whole.end:first_start].strip(" \t(") != "":
            return None  # a bracket itemises the figure it follows: "4 dead (3 in A, 1 in B)"
        named_again = THINGS_NAMED_AGAIN_BEFORE_A_COLON.search(text, max(whole.end, first_start - 200),
                                                               first_start)
        if (whole.sentence != sentence and not _AS_FOLLOWS.search(text, whole.end, first.start)
                and not named_again):
            return None  # "... 143 drones ... The ministry said the drones were destroyed ...: 48 over ..."
        return whole


# "1 each in Barguna, Satkhira, Pirojpur, Bhola and Jhalokati": one in each of five places; so "two each
# from West Bengal and Bihar"
_PLACE_WORDS = r"(?:the[ \t]+)?[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)*"
_EACH_IN_PLACES = re.compile(rf"[ \t]+each[ \t]+(?:in|from|at)[ \t]+{_PLACE_WORDS}"
                             rf"(?:[ \t]*,[ \t]*(?:and[ \t]+)?{_PLACE_WORDS}|[ \t]+and[ \t]+{_PLACE_WORDS})*")


def _places_each(ctx: Context, claim: Claim) -> int:
    """How many places an item counts "each in" (1 when it names none)."""
    # "two each" read as one figure
    end = claim.end - 5 if claim.text.lower().endswith(" each") else claim.end
    each = _EACH_IN_PLACES.match(ctx.document(claim.document).text, end)
    if each is None:
        return 1
    words = each.group()
    return words.count(",") + len(re.findall(r"\band\b", words)) - words.count(", and") + 1


@kind("distributed", message="the parts {parts} do not add up to {whole}",
      placeholders={"parts": "the parts and their sum", "whole": "the figure they are said to share"})
class Distributed(RuleBase):
    """A figure shared out in the same sentence, part by part, with every part named: its parts
    add up to it.

    Checks: three or more bare figures of the figure's category that follow ", of which" or
    "Of the 29 injured," and end with "and" ("tracking 173 active wildfires, of which 47 were
    out of control, 58 being held and 64 under control"; "Of the 29 injured, 16 were rushed to
    KEM Hospital, nine to Sion Hospital and three to a nursing home"); or two that are each
    other's complement ("12,847 houses were damaged, of which 2,163 were totally damaged and
    10,584 were partially damaged"), or two after the figure's own verb and a comma that are its
    two sides, its staff and its contractors or its passengers and its crew ("Nineteen workers
    were injured, seven Hanbit employees and 11 workers from subcontractors").
    Passes: the parts can add up to the figure.
    Fails: they cannot (47 + 58 + 64 = 169, not 173). A warning: a reporter may leave a last
    group out unsaid, but three figures that share out a total and miss it need a look.
    Skips: when no figure is shared out so.

        - id: distributed-parts-add-up
          kind: distributed
          severity: warning
          description: A figure shared out part by part adds up to its parts.
    """

    def check(self, ctx: Context) -> Iterator[Verdict]:
        found = list(self._distributions(ctx))
        found += [f for f in _by_sex_and_age(ctx) if f[0] not in {whole for whole, _ in found}]
        if not found:
            yield Verdict("skip", f"no figure shared out part by part {ctx.where_text}")
            return
        yield from _sums_against_wholes(self, ctx, found, "parts")

    @staticmethod
    def _distributions(ctx: Context) -> Iterator[tuple[Claim, tuple[Claim, ...]]]:
        for whole in ctx.claims:
            if whole.role != "total" or whole.category == "other" or whole.low is None:
                continue
            text = ctx.document(whole.document).text
            of_which = _OF_WHICH_AFTER.match(text, whole.end)
            named_first = _OF_THE_FIGURE_OPENING.search(text, max(0, whole.start - 16), whole.start) and (
                text.startswith(",", whole.end))
            appositive = A_COUNT_S_VERB_THEN_A_COMMA.match(text, whole.end)
            if not of_which and not named_first and not appositive:
                continue
            items = [c for c in ctx.parts if c.document == whole.document and c.sentence == whole.sentence
                     and c.start > whole.end and c.category == whole.category and c.unit == whole.unit]
            # "12,847 houses were damaged, of which 2,163 were totally damaged and 10,584 were
            # partially damaged": two parts that are each other's complement name every one too
            complement = len(items) == 2 and bool(_TOTALLY_AND_PARTIALLY.search(
                text, items[0].end, min(len(text), items[1].end + 30)))
            # "Nineteen workers were injured, seven Hanbit employees and 11 workers from subcontractors";
            # "20 passengers and six crew": the staff and the contractors, or those carried and those
            # working, are everyone
            two_sides = len(items) == 2 and _one_side_each(text, items)
            if appositive and not two_sides:
                continue
            if (len(items) < 3 and not complement and not two_sides) or (
                    any(c.entity for c in items) and not two_sides) or any(
                    _SELECTION.search(text, whole.end, c.start) for c in items):
                continue  # "of which 12 were children, 9 women and 3 elderly": kinds, not everyone
            between, span = text[items[-2].end:items[-1].start], text[whole.end:items[-1].start]
            if ":" in span or _OF_THEM_WITHIN.search(span):
                continue  # "Of the 14 dead, 12 have been identified, nine of them from Odisha": a part's
            if " and " not in f" {between} " or any(
                    any(ch.isdigit() for ch in text[a.end:b.start]) for a, b in pairwise(items)):
                continue
            yield whole, tuple(items)


def _by_sex_and_age(ctx: Context) -> Iterator[tuple[Claim, tuple[Claim, ...]]]:
    """"Of the 143 survivors, 118 were men, 16 were women and 11 were minors"; "the 41 survivors are
    29 men, 9 women and 5 children": men, women and children name every one of a group of people,
    whatever its category (survivors are counted by no category). Stricter than `_everyone_by_kind`,
    which a breakdown of a category's whole uses: here each item must be the kind alone ("three elderly
    men" are some of the men), for the group is read without any word that it is shared out."""
    for whole in ctx.claims:
        if whole.role != "total" or whole.low is None or whole.unit != "count" or whole.negated:
            continue
        text = ctx.document(whole.document).text
        items = sorted((c for c in ctx.told_in(whole.document, whole.sentence)
                        if c.start > whole.end and c.unit == "count" and c.low is not None),
                       key=lambda c: c.start)
        # "29 men", "118 were men": the kind alone, no "3 elderly men" (some of the men)
        kinds = [_kind_of_person(text, c) for c in items]
        if len(items) < 3 or not all(kinds) or _SELECTION.search(text, whole.end, items[0].start) or any(
                any(ch.isdigit() for ch in text[a.end:b.start]) for a, b in pairwise([whole, *items])):
            continue  # "including 5 men, 4 women and 3 children": some of them, not everyone
        named = set(kinds)
        if {"men", "women"} <= named and named & {"children", "minors"} and (
                " and " in text[items[-2].end:items[-1].start]):
            yield whole, tuple(items)


# the words after a figure that name a sex or an age group: "118 were men", "29 men", "11 were minors"
def _kind_of_person(text: str, item: Claim) -> str | None:
    if item.entity is None:
        after = _SEX_OR_AGE_AT.match(text, item.end)
        return after.group("kind").lower() if after else None
    kind = item.entity.lower()
    return kind if kind in _SEXES_AND_AGES and _BARE_KIND.fullmatch(item.text) else None


_SEXES_AND_AGES = frozenset({"men", "women", "children", "minors"})
_BARE_KIND = re.compile(r"\S+[ \t]+(?:men|women|children|minors)", re.IGNORECASE)
_SEX_OR_AGE_AT = re.compile(r"(?:[ \t]+(?:were|are))?[ \t]+(?P<kind>men|women|children|minors)\b")
_ONE_DAY_S_TALLY = re.compile(r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours)")
# "The Interior Ministry gave a lower toll, saying 33": a figure told as another side's
_A_RIVAL_FIGURE_BEFORE = re.compile(
    r"\b(?:lower|higher|smaller|different|rival|conflicting|disputed|contested)[ \t]+"
    r"(?:toll|figure|count|tally|number|estimate)\b", re.IGNORECASE)
_TOTALLY_AND_PARTIALLY = re.compile(
    r"\b(?:totally|fully|completely)\b[^.;]{0,60}\bpartially\b|"
    r"\bpartially\b[^.;]{0,60}\b(?:totally|fully|completely)\b", re.IGNORECASE)
_STAFF = re.compile(r"[^,;.]{0,30}?\b(?:employees|staff(?:ers)?|own[ \t]+workers|direct[ \t]+employees)\b",
                    re.IGNORECASE)
_CONTRACTORS = re.compile(r"[^,;.]{0,40}?\b(?:sub-?contract(?:or|ors|ed)?|contractors?|contract[ \t]+workers|"
                          r"outsourced)\b", re.IGNORECASE)
_CARRIED = re.compile(r"[^,;.]{0,20}?\bpassengers\b", re.IGNORECASE)
_WORKING = re.compile(r"[^,;.]{0,20}?\bcrew(?:[ \t]+members)?\b", re.IGNORECASE)


def _one_side_each(text: str, items: Sequence[Claim]) -> bool:
    """Two parts that are a whole's two sides: its staff and its contractors, or its passengers and
    its crew, whichever comes first."""
    first, second = items
    for one, other in ((_STAFF, _CONTRACTORS), (_CARRIED, _WORKING)):
        for a, b in ((one, other), (other, one)):
            if a.match(text, first.start) and b.match(text, second.start) and not b.match(text, first.start):
                return True
    return False


_AN_ITEM_AT_A_PLACE = re.compile(r"[ \t]+(?:at|in|to)[ \t]+(?:the[ \t]+|a[ \t]+)?[A-Za-z]")
_WORDS_THEN_A_COLON = re.compile(r"[^.;:\d]{0,60}:[ \t]*")
_A_GROUP_THEN_A_COMMA = re.compile(r"[^,.;:\d]{0,60},")
_THE_REMAINING_ONES_BEFORE = re.compile(r"(?<!\bof\s)\bthe[ \t]+(?:remaining|rest[ \t]+of[ \t]+the)[ \t]+$",
                                        re.IGNORECASE)
_OF_WHICH_AFTER = re.compile(r"(?:[ \t]+[a-z][\w-]*){0,3},[ \t]+of[ \t]+(?:which|whom|these|them)[ \t]+",
                             re.IGNORECASE)
_OF_THEM_WITHIN = re.compile(r"\bof\s+(?:them|whom|these|those)\b", re.IGNORECASE)


def _sums_against_wholes(rule: RuleBase, ctx: Context, found: Sequence[tuple[Claim, tuple[Claim, ...]]],
                         word: str) -> Iterator[Verdict]:
    """Each whole against the sum of its items: they can add up to it, or they cannot."""
    for whole, items in found:
        summed, names = _items_summed(ctx, items, rule.widened)
        ok = rule.widened(whole).overlaps(summed)
        parts_text = f"{names} = {interval_text(summed)}"
        text = (f"{word} {parts_text} = {figure(whole)}" if ok
                else rule.fail_text(parts=parts_text, whole=figure(whole)))
        yield Verdict("pass" if ok else "fail", text + rule.tolerance_note(), (*items, whole))


def _items_summed(ctx: Context, items: Sequence[Claim], widened: Callable[[Claim], Interval]
                  ) -> tuple[Interval, str]:
    """The sum of a list's items, each counted once per place it names "each in", and their
    figures as the message shows them ("4" + "1" × 5 places)."""
    summed = Interval(0.0, 0.0)
    names: list[str] = []
    for item in items:
        k = _places_each(ctx, item)
        interval = widened(item)
        if k != 1:
            interval = Interval(None if interval.low is None else interval.low * k,
                                None if interval.high is None else interval.high * k)
        summed = summed + interval
        names.append(figure(item) if k == 1 else f"{figure(item)} × {k} places")
    return summed, " + ".join(names)


def _item_start(text: str, item: Claim) -> int:
    """Where an item of a list begins: at its place in "(Kagoshima 2, Miyazaki 1)"."""
    listed = place_list_item(text[max(0, item.start - 200):item.start], text[item.end:item.end + 8])
    place = listed.group("place") if listed else None
    return text.rfind(place, 0, item.start) if place else item.start


# "The passengers were 14 Kenyan nationals, 9 British ...": every one of a group named before
_THE_THINGS_WERE = re.compile(r"(?:^|[.;]\s+|\n|\b(?:said|says|added)\s+(?:that\s+)?)\s*[Tt]he\s+"
                              r"(?P<noun>passengers|crew|occupants|"
                              r"people\s+on\s+board)\s+(?:were|are|comprised|consisted\s+of)\s+$")
_THE_N_PEOPLE_WERE = re.compile(
    r"(?:^|[.;]\s+|\n)\s*The\s+(?P<figure>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[a-z]+\s+)?"
    r"(?:dead|victims|deceased|fatalities|martyrs|injured|wounded|passengers|people|persons|patients)\s+"
    r"(?:identified\s+so\s+far\s+)?(?:were|are|comprised|consisted\s+of)\s+$")
_THE_DEAD_WERE = re.compile(r"(?:^|[.;]\s+|\n)\s*The\s+(?:dead|martyrs|victims|deceased|fatalities)"
                            + _IDENTIFIED_ASIDE + r"\s+(?:were|are|comprised|consisted\s+of)\s+$")
_OF_THE_DEAD_AFTER = re.compile(r"[ \t]+of[ \t]+the[ \t]+(?:dead|killed|victims|deceased|fatalities)\b")
_ALL_THE_HARMED_WERE_TAKEN = re.compile(
    r"\bAll[ \t]+(?:of[ \t]+)?the[ \t]+(?P<who>injured|wounded|dead|bodies)[ \t]+(?:people[ \t]+)?"
    r"(?:were|have[ \t]+been|had[ \t]+been)[ \t]+(?:taken|transferred|moved|rushed|admitted|evacuated|sent|"
    r"brought|distributed)\b[^.;:]{0,60}:[ \t]*$", re.IGNORECASE)
_HARMED_CATEGORY = {"injured": "injured", "wounded": "injured", "dead": "killed", "bodies": "killed"}
# "four civilians, two volunteer firefighters and the pilot": an item the list does not number
_UNNUMBERED_BETWEEN = re.compile(r"(?:,|\band\b)\s+(?:the|a|an|his|her|their)\s+[a-z]", re.IGNORECASE)
# "14 shops and kiosks, the college building and 2 administrative buildings": an item with no figure
_UNNUMBERED_LAST = re.compile(r"[^,.;:()\d]{0,40}?(?:\s+and\s+(?:the|a|an|his|her|their)\s+[a-z]|"
                              r",\s+(?:the|a|an)\s+[a-z][^,.;:()\d]{0,30}\s+and\s+\d|"
                              # "five Indians, two Germans, a British woman and the Sri Lankan driver"
                              r",\s+(?:a|an)\s+[a-z][^,.;:()\d]{0,30}\s+and\s+(?:the|a|an|his|her|their)\s+[a-z])",
                              re.IGNORECASE)


def _unnumbered_item(text: str, items: Sequence[Claim]) -> bool:
    """The list also names an item without a figure, so its figures need not add up to the whole."""
    # (not "by the Army (28), the ITBP (11)": the name a bracketed figure follows)
    gaps = (text[a.end:b.start] for a, b in pairwise(items) if not text.endswith("(", 0, b.start))
    return any(_UNNUMBERED_BETWEEN.search(gap) for gap in gaps) or bool(
        _UNNUMBERED_LAST.match(text, items[-1].end))


# nouns that count charges or cases whatever they are of: "11 offences: four counts of fraud ..."
_COUNT_NOUNS = frozenset({"counts", "charges", "offences", "offenses", "crimes", "cases", "instances",
                          "incidents", "violations"})


def _same_thing(whole: str | None, item: str | None, lexicon: Lexicon | None = None) -> bool:
    """Two counted nouns that count the same kind of thing (people and passengers, offences
    and counts)."""
    if not whole or not item:
        return False
    if whole == item or (whole in _COUNT_NOUNS and item in _COUNT_NOUNS):
        return True
    return lexicon is not None and lexicon.entity_group(whole) == lexicon.entity_group(item) == "person"


# words that make a figure a part of one named before: "including four children", "six of
# them", "among the dead were", "Of the 52 injured, 31 ..."
_PART_WORDS_BEFORE = re.compile(
    r"(?:\bincluding|\bincluded|\bamong\s+(?:them|whom|the\s+\w+)|\bof\s+whom|\baccounted\s+for|"
    r"\bcompris(?:e|ed|es|ing)|\bconsist(?:s|ed)?\s+of|\b(?:were|are)\s+made\s+up\s+of|"
    # "The dead were eight men, four women and three children"; "The 23 dead identified so far were"
    r"\bthe\s+(?:\d[\d,]*\s+|[a-z]+(?:-[a-z]+)?\s+)?(?:dead|injured|wounded|victims|deceased|casualties)"
    r"(?:\s+[a-z]+){0,3}?\s+"
    r"(?:were|are|include|included)\b|"
    # "The dead, 12 in all, are seven women, three children and three men"
    r"\bthe\s+(?:dead|injured|wounded|victims|deceased),\s+[\w,]+\s+in\s+all,\s+(?:were|are)\b|"
    r"\bOf\s+(?:the|them|those|these)\b[^.;]{0,60},|:|\(|"
    # "Donetsk region accounted for the most deaths, 58, followed by Kharkiv with 41"
    r"\baccount(?:s|ed)?\s+for\b|\bfollowed\s+by\b|"
    # "the passengers – 61 men, nine women and 12 children –": the people named before, told by kind
    + THE_PEOPLE_LISTED.replace("?P<head>", "") + r")[^.;:]{0,60}$", re.IGNORECASE)
_OVERALL_LATER = re.compile(r"(?:[.!?]\s+|\n\s*)[\"\u201c]?(?:" + OVERALL_WORDS + r"),")
_OF_THEM_INSIDE = re.compile(r"\bof\s+(?:them|whom|those|these)\b")
_PART_WORDS_AFTER = re.compile(r"\s+(?:of\s+(?:them|whom|those|these|the\s+\w+)|(?:[a-z]+\s+)?each|"
                               r"(?:were|was|are|is)\s+(?:also\s+)?among)\b")


def _said_to_be_parts(ctx: Context, parts: Sequence[Claim]) -> bool:
    """A breakdown needs the article to say its figures are parts of another (a list of
    figures after 'including', 'of them', 'Of the injured, ...'), not just that they were
    listed together ("killed 11 soldiers ... and over 200 militants")."""
    text = ctx.document(parts[0].document).text
    if not text or parts[-1].end > len(text):
        return True  # figures given as claims (rule cases): their roles say it
    # the last: "Thirty-one were taken to Lamia General Hospital, 14 to Larissa University Hospital and
    # 9 to the health centre", those taken to each hospital, are some of the injured
    return any(_PART_WORDS_BEFORE.search(text, max(0, p.start - 70), p.start)
               or _PART_WORDS_AFTER.match(text, p.end) or _OF_THEM_INSIDE.search(p.text)
               or (_OF_THE_HARMED_AFTER.search(f" {p.text}") and _A_KIND_OF_PERSON_AFTER.match(text, p.end))
               for p in parts) or bool(
        _OVERALL_LATER.search(text, parts[-1].end)) or _a_stated_breakdown(text, parts[0]) or _a_told_list(
        text, parts) or (len(parts) >= 2 and (
            all(TAKEN_TO_A_HOSPITAL_AFTER.match(text, p.end) for p in parts)
            or (_a_list_by_place(parts) and _all_the_places(text, parts))))  # "to three hospitals --"


def _a_told_list(text: str, parts: Sequence[Claim]) -> bool:
    """"Punjab reported 91 deaths, Khyber Pakhtunkhwa 64, Sindh 27, ...": one count told place
    by place, the verb and noun said once."""
    return len(parts) >= 3 and all(
        (item := place_list_item(text[max(0, p.start - 200):p.start], text[p.end:p.end + 8])) is not None
        and item.group("told") is not None for p in parts[1:])


def _nearest_whole(parts: Sequence[Claim], wholes: Sequence[Claim]) -> Claim | None:
    """The whole a list of parts belongs to: the figure named last before them, else first after."""
    first = parts[0]
    mine = [w for w in wholes if w.document == first.document]
    before = [w for w in mine if w.start < first.start]
    if before:
        return before[-1]
    # after them: a list ("eight men, four women and three children ... The toll stood at 14"),
    # or a lone part close by ("... three children. In all, 12 died"), not paragraphs on
    after = [w for w in mine if len(parts) > 1 or w.sentence - parts[-1].sentence <= 2]
    return after[0] if after else None


_OF_THE_HARMED_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the|those|these)[ \t]+(?:dead|injured|wounded|victims|"
                                  r"bodies|martyrs|killed|deceased|deaths|fatalities|casualties)\b")


def _own_place(claim: Claim) -> Claim:
    """A part and its whole are usually a sentence apart: a dateline's place says nothing."""
    if not claim.scope.place_inferred:
        return claim
    return replace(claim, scope=replace(claim.scope, place=None, place_inferred=False))


# --------------------------------------------------------------------------- sum


@kind("sum", message="{whole} does not equal {parts}",
      placeholders={"whole": "the whole's category and figure",
                    "parts": "the parts' categories, their sum and figures"})
class Sum(RuleBase):
    """A stated total equals the sum of its stated parts.

    Checks: a figure of `whole` against the sum of one figure of each of `parts`, in the same
    article, about the same place and in the same unit.
    Passes: the total's interval overlaps the interval of the sum ("112 targets" = "100 drones"
    + "12 missiles").
    Fails: they cannot be equal ("112 targets" but "90 drones" + "12 missiles" = 102).
    Skips: unless the whole and every part are stated.

        - id: intercepted-sum
          kind: sum
          whole: intercepted
          parts: [drones_intercepted, missiles_intercepted]
          severity: error
          description: Targets shot down are the drones plus the missiles shot down.
    """

    category_fields = ("whole", "parts", "unless")
    whole: str = param("The category of the stated total.", "category")
    parts: Categories = param("The categories that add up to it.", "[categories]")
    unless: Categories = param(
        "Categories that would be parts too: an article that states any of them is not held to "
        "this sum (drones, ballistic and cruise missiles are not all the weapons when the article "
        "also counts missiles of no stated type).", "[categories]", ())

    def check(self, ctx: Context) -> Iterator[Verdict]:
        cats = (self.whole, *self.parts)
        combos = list(self.combinations(ctx, cats))
        if not combos:
            yield Verdict("skip", self.absent_reason(ctx, cats))
            return
        told_more = _documents_stating(ctx, self.unless)
        combos = [combo for combo in combos if not {c.document for c in combo} & told_more]
        if not combos:
            yield Verdict("skip", f"{' or '.join(self.unless)} stated too: the parts would be incomplete")
            return
        told_together = {combo[0].id for combo in combos if len({c.document for c in combo}) == 1}
        # "670 means of air attack: 612 drones and 58 missiles": a total's own parts, not another
        # report's drones of another night
        combos = [combo for combo in combos if combo[0].id not in told_together
                  or len({c.document for c in combo}) == 1]
        # "Air defence neutralised 370 aerial targets: 343 drones and 27 missiles", then Russia's 117
        # drones downed over its regions: a whole whose own source's parts add up to it is not held
        # to another source's parts
        held = {combo[0].id for combo in combos if _one_source(combo) and self._holds(combo)}
        combos = [combo for combo in combos if combo[0].id not in held or _one_source(combo)]
        # "shot down or suppressed 417 of them - 389 drones and 19 missiles -": a whole told with its
        # own parts in its sentence is held to those, not to figures of other places and sources
        in_its_sentence = {combo[0].id for combo in combos if _in_one_sentence(combo)}
        combos = [combo for combo in combos if combo[0].id not in in_its_sentence or _in_one_sentence(combo)]
        # "The Houthis said they had fired more than 20 missiles and drones", against Central Command's
        # 12 drones, four ballistic and two cruise missiles: two sides' counts, a dispute
        disputed = {k: sides for k, combo in enumerate(combos)
                    if not self._holds(combo) and (sides := _the_whole_s_side_and_the_parts(ctx, combo))}
        for k, (whose, theirs) in disputed.items():
            yield Verdict("fail", f"disputed: {whose} says {side([self.whole], combos[k][:1])}, "
                                  f"{theirs} says {side(self.parts, combos[k][1:])}", combos[k], "info")
        undisputed = [combo for k, combo in enumerate(combos) if k not in disputed]
        yield from _relations(self, undisputed, self._holds, self._words)

    def _holds(self, combo: tuple[Claim, ...]) -> bool:
        parts = total(self.widened(c) for c in combo[1:])
        return self.widened(combo[0]).overlaps(parts)

    def _words(self, combo: tuple[Claim, ...], ok: bool) -> str:
        whole, parts = side([self.whole], combo[:1]), side(self.parts, combo[1:])
        if len(self.parts) == 1:
            parts = f"{parts}"
        return f"{whole} = {parts}" if ok else self.fail_text(whole=whole, parts=parts)


def _claimed(text: str, claim: Claim) -> bool:
    """"A dissident faction claimed ... it had "taken the lives of 15 soldiers"": a side's claim,
    no outcome the report establishes."""
    return CLAIMED_BEFORE.search(text, _sentence_start(text, claim.start), claim.start) is not None



def _the_whole_s_side_and_the_parts(ctx: Context, combo: Sequence[Claim]) -> tuple[str, str] | None:
    """The sources of a whole and of its parts, when the parts have one named source and the whole
    another side's."""
    whole, parts = combo[0], combo[1:]
    if len({p.attribution for p in parts}) != 1 or parts[0].attribution is None:
        return None
    text = ctx.document(whole.document).text
    if not (_claimed(text, whole) or _SAID_THEY_HAD_BEFORE.search(text, _sentence_start(text, whole.start),
                                                                 whole.start)):
        return None  # "81 drones and missiles", Ukrainian officials said, and the air force's types: one side
    return _two_sides(ctx, whole, parts[0])


_SAID_THEY_HAD_BEFORE = re.compile(r"\bsaid[ \t]+(?:they|it)[ \t]+had\b", re.IGNORECASE)


def _in_one_sentence(combo: Sequence[Claim]) -> bool:
    return len({(c.document, c.sentence) for c in combo}) == 1


def _one_source(combo: Sequence[Claim]) -> bool:
    return len({c.attribution for c in combo if c.attribution is not None}) <= 1


# --------------------------------------------------------------------------- bounds


@kind("bounds", message="{value} must be {relation} {limit}",
      placeholders={"value": "the bounded figure (a sum shows its arithmetic)",
                    "relation": "`at most` or `at least`",
                    "limit": "the limit: a number, or the figures it is made of"})
class Bounds(RuleBase):
    """A figure stays within a limit: a fixed number or other figures.

    Checks: each figure of `value` (or the sum of the `value` categories) against `at_most`
    and/or `at_least`, each a number, a category, or a list of categories meaning their sum.
    Categories must all be stated in the same article, about the same place, in the same unit.
    Passes: the figure can lie within the limit ("112 targets" intercepted ≤ "145 drones" +
    "70 missiles" launched = 215).
    Fails: it certainly lies outside: its lowest value is above `at_most`, or its highest
    below `at_least` ("250 targets" shot down of 215 launched). When the figure and its
    limit come from different named sources the failure is `info`, "disputed: ...".
    Skips: when any named category is absent.

        - id: intercepted-within-launched
          kind: bounds
          value: intercepted
          at_most: [drones_launched, missiles_launched]
          severity: error
          description: Air defence cannot down more targets than were launched.
    """

    category_fields = ("value", "at_most", "at_least", "unless")
    value: Categories = param("The bounded category; a list means their sum.",
                              "category | [categories]")
    at_most: Limit | None = param("Upper limit.", "number | category | [categories]", None)
    at_least: Limit | None = param("Lower limit.", "number | category | [categories]", None)
    unless: Categories = param(
        "Categories whose figures would belong in the limit: an article that states any of them is "
        "not held to this rule (drones and ballistic missiles are not all the weapons when the "
        "article also counts cruise missiles).", "[categories]", ())

    @model_validator(mode="after")
    def _a_limit(self) -> Bounds:
        if self.at_most is None and self.at_least is None:
            raise ValueError("give `at_most`, `at_least` or both")
        return self

    def check(self, ctx: Context) -> Iterator[Verdict]:
        cats = (*self.value, *_limit_categories(self.at_most), *_limit_categories(self.at_least))
        combos = list(self.combinations(ctx, cats))
        if not combos:
            yield Verdict("skip", self.absent_reason(ctx, cats))
            return
        told_more = _documents_stating(ctx, self.unless)
        kept = [combo for combo in combos if not {c.document for c in combo} & told_more
                and (self.within != "event" or _one_period(ctx, combo))]
        if not kept:
            yield Verdict("skip", f"{' or '.join(self.unless)} stated too: the limit would be incomplete")
            return
        for combo in kept:
            yield from self._judge(ctx, combo)

    def _judge(self, ctx: Context, combo: tuple[Claim, ...]) -> Iterator[Verdict]:
        n = len(self.value)
        values, rest = combo[:n], combo[n:]
        k = len(_limit_categories(self.at_most))
        for relation, limit, claims in (("at most", self.at_most, rest[:k]),
                                        ("at least", self.at_least, rest[k:])):
            if limit is not None:
                yield self._one(ctx, relation, limit, values, claims)

    def _one(self, ctx: Context, relation: str, limit: float | tuple[str, ...], values: Sequence[Claim],
             limit_claims: Sequence[Claim]) -> Verdict:
        value = total(self.widened(c) for c in values)
        if isinstance(limit, float):
            bound, limit_text = Interval(limit, limit), num(limit)
        else:
            bound = total(self.widened(c) for c in limit_claims)
            limit_text = side(limit, limit_claims)
        if relation == "at most":
            ok = not (value.low is not None and bound.high is not None and value.low > bound.high)
        else:
            ok = not (value.high is not None and bound.low is not None and value.high < bound.low)
        value_text = side(self.value, values)
        sign = "≤" if relation == "at most" else "≥"
        text = f"{value_text} {sign} {limit_text}" if ok else self.fail_text(
            value=value_text, relation=relation, limit=limit_text)
        claims = (*values, *limit_claims)
        if not ok and (sides := _sides(ctx, values, limit_claims)):
            return Verdict("fail", f"disputed: {sides[0]} says {value_text}, {sides[1]} says {limit_text}",
                           claims, severity="info")
        return Verdict("pass" if ok else "fail", text + self.tolerance_note(), claims)


def _documents_stating(ctx: Context, categories: Sequence[str]) -> set[str]:
    """The documents that state a figure of any of `categories`, as a whole or as a part."""
    return {c.document for category in categories for c in (*ctx.of(category), *ctx.parts)
            if c.category == category}


def _an_area_around_the_city(ctx: Context, whole: Claim) -> bool:
    """"In the Kyiv region surrounding the capital, one person was killed": an area told as the
    one around its city holds none of the city's figures."""
    text = ctx.document(whole.document).text
    start = _sentence_start(text, whole.start)
    return bool(text) and bool(_AROUND_THE_CITY.search(text, start, whole.start))


_AROUND_THE_CITY = re.compile(r"\b(?:surrounding|around|outside)\s+the\s+(?:capital|city)\b", re.IGNORECASE)


def _sides(ctx: Context, values: Sequence[Claim], limits: Sequence[Claim]) -> tuple[str, str] | None:
    """A figure of one named source held to a limit another names ("all 150 drones shot down",
    say social media posts; "112 launched", says the air force): a dispute, not an error."""
    return next((sides for v in values for lim in limits if (sides := _two_sides(ctx, v, lim))), None)


def _limit_categories(limit: float | tuple[str, ...] | None) -> tuple[str, ...]:
    return limit if isinstance(limit, tuple) else ()


# --------------------------------------------------------------------------- monotonic


@kind("increment", message="{earlier} + {added} = {sum}, not {total}",
      placeholders={"earlier": "the count told before", "added": "what was added to it",
                    "sum": "their sum", "total": "the count the article says they bring it to"})
class Increment(RuleBase):
    """A count raised by an increment is the count before plus the increment.

    Checks: a figure of `category` that the article says something brought the count to ("A
    further 196 people died ..., bringing the season's toll to 1,341"; "two more bodies were
    found, taking the toll to 14"), with the increments of its sentence before it, against the
    last figure of the category the article gave before them (in that sentence or the two
    before it).
    Passes: the earlier count plus the increments can be the new count.
    Fails: they cannot (1,118 + 196 = 1,314, not 1,341).
    Skips: when no count is brought up by an increment, or no earlier count is given.

        - id: toll-increments-add-up
          kind: increment
          category: killed
          severity: warning
          description: A toll raised by more deaths is the toll before plus those deaths.
    """

    category_fields = ("category",)
    category: str = param("The category whose count is raised.", "category")

    def check(self, ctx: Context) -> Iterator[Verdict]:
        found = [t for new in ctx.of(self.category) if (t := self._raised(ctx, new)) is not None]
        if not found:
            yield Verdict("skip", f"no {label(self.category)} figure brought up by an increment "
                                  f"{ctx.where_text}")
            return
        for earlier, added, new in found:
            summed = self.widened(earlier) + total(self.widened(c) for c in added)
            ok = summed.overlaps(self.widened(new))
            names = " + ".join(figure(c) for c in (earlier, *added))
            text = (f"{names} = {figure(new)}" if ok else self.fail_text(
                earlier=figure(earlier), added=" + ".join(figure(c) for c in added),
                sum=interval_text(summed), total=figure(new)))
            yield Verdict("pass" if ok else "fail", text + self.tolerance_note(), (earlier, *added, new))

    def _raised(self, ctx: Context, new: Claim) -> tuple[Claim, tuple[Claim, ...], Claim] | None:
        text = ctx.document(new.document).text
        if not text or not _BROUGHT_TO_BEFORE.search(text, max(0, new.start - 80), new.start):
            return None
        added = tuple(c for c in ctx.increments if c.document == new.document and c.sentence == new.sentence
                      and c.end <= new.start and c.category == self.category and c.unit == new.unit
                      and _MORE_WORD.search(text, max(0, c.start - 16), c.end + 12))
        if len(added) != 1:
            return None  # one increment, "a further 196", "two more bodies", told as one
        first = added[0]
        earlier = [c for c in (*ctx.claims, *ctx.background, *ctx.history)
                   if c.document == new.document and c.category == self.category and c.unit == new.unit
                   and c.end <= first.start and new.sentence - 2 <= c.sentence <= new.sentence
                   and c.value is not None and c.low is not None and new.low is not None
                   and c.low < new.low]
        if not earlier:
            return None
        return max(earlier, key=lambda c: c.end), added, new


_MORE_WORD = re.compile(r"\b(?:more|further|additional|another)\b", re.IGNORECASE)
# "bringing the season's toll to", "taking the number of dead to", "raising the death toll to"
_BROUGHT_TO_BEFORE = re.compile(r"\b(?:bringing|taking|raising|pushing|lifting)\b[^.;:]{0,60}?\bto\s+"
                                r"(?:at\s+least\s+|about\s+|around\s+|some\s+)?$", re.IGNORECASE)


@kind("monotonic",
      message="{category} fell from {earlier} in {earlier_source} to {later} in {later_source}",
      placeholders={"category": "the category, in words",
                    "earlier": "the earlier figure", "earlier_source": "its source and date",
                    "later": "the later figure", "later_source": "its source and date"})
class Monotonic(RuleBase):
    """A cumulative toll does not fall as reports update.

    Checks: figures of `category` in different articles of the event, ordered by each
    article's date (articles without a date are left out), about the same place and in the
    same unit; the timestamped updates of a live blog ("3:45pm: The toll has risen to
    21"), ordered by their times; and, within one article, one source's figures dated to
    different days ("On Monday, 41 bodies ..."; "On Wednesday, ... 38"), and a toll the article
    says "has risen to 28" against the count it gives as the one before ("the agency had put
    the death toll at 31"); and the toll two reports open with in one source's name (a police
    spokesman's 5 dead "at the stadium" on Saturday, 4 "in the city" on Tuesday), however
    each names the place.
    Passes: a later figure can be equal to or above an earlier one ("at least 8" on Monday,
    "12" on Tuesday).
    Fails: a later figure is certainly lower: its highest value is below the earlier figure's
    lowest ("12" on Monday, "9" on Tuesday). A fall may be a correction; it needs explaining.
    Skips: unless two dated articles state the category.

        - id: toll-does-not-fall
          kind: monotonic
          category: killed
          severity: warning
          description: A death toll rises or holds as reports update; a fall needs explaining.
    """

    category_fields = ("category",)
    category: str = param("The cumulative category.", "category")
    within: Literal["event"] = param("Always `event`: the toll is followed across articles.",
                                     "event", "event")
    moves_into: str | None = param(
        "A category its people can move into (the injured who die are then counted dead): a fall "
        "no larger than that category's rise between the two articles is explained.", "category", None)

    def check(self, ctx: Context) -> Iterator[Verdict]:
        figures = (*ctx.of(self.category), *(c for c in ctx.history if c.category == self.category))
        when = {c.id: t for c in figures if (t := _when(ctx, c)) is not None}
        days = {c.id: d for c in figures if isinstance(d := _day(ctx, c), date)
                and not CLOCK.fullmatch(c.scope.time or "")}  # a live page's updates go by their clock

        clocked = {c.id for c in figures if _clock_of(c) is not None}

        def before(a: Claim, b: Claim) -> bool:
            """In one article, figures it dates to days ("on Monday") follow those days, and its
            own figure, told at no time of the day, follows those told at one."""
            if a.document == b.document and (a.id in clocked) != (b.id in clocked) and (
                    a.id not in days and b.id not in days):
                return b.id not in clocked
            if a.document == b.document and (a.id in days or b.id in days):
                return (a.id in days and b.id in days and days[a.id] < days[b.id]
                        and _two_sides(ctx, a, b) is None)  # the mayor's Tuesday figure, not civil defence's
            return when[a.id] < when[b.id]

        dated = [c for c in figures if c.id in when]
        pairs = [(a, b) for a in dated for b in dated
                 if before(a, b) and self.comparable((a, b)) and not _narrower(a, b, ctx)
                 and (a.document == b.document or (not _undated(ctx, a) and not _undated(ctx, b)))
                 and not _different_people(ctx, a, b) and not _group_after_everyone(ctx, a, b)]
        stated = [p for p in _risen_from_an_earlier_count(ctx, self.category) if p not in pairs]
        pairs += stated
        pairs += [p for p in _one_source_s_headline_tolls(ctx, self.category, when) if p not in pairs]
        pairs += [p for p in _headline_tolls_of_a_place_and_its_area(ctx, self.category, when)
                  if p not in pairs]
        if not pairs:
            yield Verdict("skip", self._skip_reason(ctx, dated))
            return
        most_moved: dict[tuple[str, bool], float] = {}
        falls = [(a, b) for a, b in pairs if self._falls(a, b) and not _said_to_fall(ctx, b)
                 and not self._moved(ctx, a, b, most_moved) and not self._one_side_of_a_dispute(ctx, a, b)
                 and not self._a_side_below_its_report_s_toll(ctx, a, b)
                 and not self._two_days_tallies(ctx, a, b)
                 and not self._a_group_within_its_report_s_toll(ctx, b)
                 and not self._taken_to_hospital_of_all_treated(ctx, a, b)
                 # "Al-Shabaab claims its fighters killed 35 soldiers": a side's claim, no toll to fall from
                 and not _claimed(ctx.document(a.document).text, a)]
        for a, b in falls:
            yield Verdict("fail", self._fall_text(ctx, a, b) + self.tolerance_note(), (a, b))
        if not falls:
            claims = tuple(dict.fromkeys(c for pair in pairs for c in pair))
            figures = ", ".join(f"{figure(c)} in {ctx.doc_label(c.document)}"
                                for c in sorted(claims, key=lambda c: when.get(c.id, datetime.min)))
            yield Verdict("pass", f"{label(self.category)} never falls: {figures}", claims)

    def _taken_to_hospital_of_all_treated(self, ctx: Context, earlier: Claim, later: Claim) -> bool:
        """"The fire department says it treated 26 people in all", then "Of the 17 people taken to
        hospital": those taken to hospital are some of all treated, not a fall."""
        if earlier.document == later.document:
            return False
        text_a, text_b = ctx.document(earlier.document).text, ctx.document(later.document).text
        return bool(_TAKEN_TO_HOSPITAL_AFTER.match(text_b, later.end)
                    and not _TAKEN_TO_HOSPITAL_AFTER.match(text_a, earlier.end)
                    and _IN_ALL_TREATED.search(text_a, max(0, earlier.start - 40), earlier.end + 30))

    def _a_group_within_its_report_s_toll(self, ctx: Context, later: Claim) -> bool:
        """"Two soldiers were killed in the final assault ... The provisional toll is therefore 17
        dead": a group's count beside a larger toll of everyone in its report is no toll of its own."""
        if not later.entity or later.entity.lower() in _ANYONE:
            return False
        return any(c.document == later.document and c is not later and c.unit == later.unit
                   and (not c.entity or c.entity.lower() in _ANYONE) and c.low is not None
                   and later.high is not None and c.low > later.high
                   for c in ctx.of(self.category))

    def _two_days_tallies(self, ctx: Context, earlier: Claim, later: Claim) -> bool:
        """A regional administration's morning summary "over the past day", one day's and the next:
        each report's figures are its own day's, which may well be fewer, not a running toll."""
        if earlier.document == later.document:
            return False
        told = {c.document for c in (*ctx.of(self.category), *ctx.parts, *ctx.background)
                if c.document in (earlier.document, later.document)
                and _ONE_DAY_S_TALLY.fullmatch(c.scope.time or "")}
        days = {when.date() for c in (earlier, later) if (when := _article_date(ctx, c)) is not None}
        return told == {earlier.document, later.document} and len(days) == 2

    def _a_side_below_its_report_s_toll(self, ctx: Context, earlier: Claim, later: Claim) -> bool:
        """"At least 52 people have been killed ... The Interior Ministry gave a lower toll, saying
        33": a later report that sets its own toll, which has not fallen, against a rival source's
        lower one tells a dispute, not a fall (unless the lower one's source gave the earlier one)."""
        text = ctx.document(later.document).text
        if not text:
            return False
        if not _A_RIVAL_FIGURE_BEFORE.search(text, _sentence_start(text, later.start), later.start):
            return self._beside_the_earlier_source_s_own(ctx, earlier, later)
        return later.document != earlier.document and _two_sides(ctx, earlier, later) is not None and any(
            c.document == later.document and c is not later and c.unit == later.unit
            and (not c.entity or c.entity.lower() in _ANYONE) and not self._falls(earlier, c)
            and _two_sides(ctx, later, c) is not None for c in ctx.of(self.category))

    def _beside_the_earlier_source_s_own(self, ctx: Context, earlier: Claim, later: Claim) -> bool:
        """"The toll rose to 14, the rights commission said ... the government's figure stood at 6
        deaths": a later report that gives the earlier figure's source's own risen count and a
        rival's lower one tells a dispute, not a fall."""
        if later.document == earlier.document or _two_sides(ctx, earlier, later) is None:
            return False
        return any(c.document == later.document and c is not later and c.unit == later.unit
                   and not self._falls(earlier, c) and _two_sides(ctx, earlier, c) is None
                   and _two_sides(ctx, later, c) is not None and _source(ctx, c, earlier)
                   for c in ctx.of(self.category))

    def _one_side_of_a_dispute(self, ctx: Context, earlier: Claim, later: Claim) -> bool:
        """"An armed group claimed more than 50 dead; the government says 17", then "19": the
        earlier report set two sides' figures against each other, and the later one is no fall
        from the side it does not fall from."""
        return later.document != earlier.document and any(
            c.document == earlier.document and c is not earlier and c.unit == earlier.unit
            and (not c.entity or c.entity.lower() in _ANYONE)
            and (c.scope.time == earlier.scope.time or (
                # "four" beside Amnesty's "at least nine" on Monday, then "five" told by no one, or
                # by the side that said four
                None in (c.scope.time, earlier.scope.time)
                and (later.attribution is None or _two_sides(ctx, earlier, later) is not None)))
            and _two_sides(ctx, earlier, c) is not None
            and not self._falls(c, later) for c in ctx.of(self.category))

    def _falls(self, earlier: Claim, later: Claim) -> bool:
        a, b = self.widened(earlier), self.widened(later)
        return b.high is not None and a.low is not None and b.high < a.low

    def _moved(self, ctx: Context, earlier: Claim, later: Claim,
               known: dict[tuple[str, bool], float]) -> bool:
        """"Five wounded" then "four wounded" when the dead rose from one to two: one of the
        wounded died. `known` keeps each figure's count of the dead over the pairs compared."""
        if self.moves_into is None:
            return False

        one_page = earlier.document == later.document

        def most(document: str, like: Claim) -> float:
            if (like.id, one_page) in known:
                return known[(like.id, one_page)]
            pool = (*ctx.of(self.moves_into), *ctx.parts, *(ctx.history if one_page else ()))
            clock = _clock_of(like)
            lows = [c.low for c in pool if c.category == self.moves_into
                    and c.document == document and c.unit == like.unit and c.low is not None
                    and not (one_page and clock is not None and (_clock_of(c) or 24 * 60) > clock)
                    and self.comparable((c, like))]
            known[(like.id, one_page)] = found = max(lows, default=0.0)  # no dead named: none yet
            return found

        rise = most(later.document, later) - most(earlier.document, earlier)
        a, b = self.widened(earlier), self.widened(later)
        return rise > 0 and a.low is not None and b.high is not None and b.high + rise >= a.low

    def _fall_text(self, ctx: Context, a: Claim, b: Claim) -> str:
        return sentence_case(self.fail_text(
            category=label(self.category), earlier=figure(a), later=figure(b),
            earlier_source=_moment_label(ctx, a), later_source=_moment_label(ctx, b)))

    def _skip_reason(self, ctx: Context, dated: Sequence[Claim]) -> str:
        if not ctx.of(self.category):
            return f"no {self.category} figure{self.where_note()} {ctx.where_text}"
        if len({c.document for c in dated}) < 2:
            return f"fewer than two dated articles give {self.category} figures"
        return f"no two dated {self.category} figures are about the same place and unit"


_FELL_TO = re.compile(r"\b(?:fell|fallen|dropped|declined|decreased|eased|went\s+down|came\s+down|down)\s+"
                      r"(?:to|from)\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)


def _said_to_fall(ctx: Context, later: Claim) -> bool:
    """"The number of bodies received at its morgue fell to 48": a count the report itself says
    fell (a day's count, patients still in hospital) is not a toll gone backwards; nor is one
    in a report that says it corrects the earlier figure ("the number of deceased is 8 and not
    9 as stated earlier", "one body had been counted twice")."""
    text = ctx.document(later.document).text
    return bool(text) and later.end <= len(text) and bool(
        _FELL_TO.search(text, max(0, later.start - 40), later.start) or _says_it_corrects(text))


@lru_cache(maxsize=64)
def _says_it_corrects(text: str) -> bool:
    """Looked for once per report, not once per figure: a live blog has thousands."""
    return bool(_CORRECTED.search(text))


_CORRECTED = re.compile(r"\b(?:is\s+hereby\s+corrected|corrects\s+the|correcting\s+(?:an?|the)\s+earlier|"
                        r"revised\s+(?:the\s+\w+\s+)?down(?:ward)?|(?:counted|registered|recorded)\s+twice|"
                        r"double[- ]counted|"
                        # "It revised Tuesday's toll from 6 to 5 after finding ..."
                        r"revised\s+(?:[\w'\u2019]+\s+){0,3}?(?:toll|figure|count|number)\s+from\s+\d[\d,]*\s+to\s+\d|"
                        r"and\s+not\s+\d[\d,]*\s+as\s+(?:stated|reported|announced)|"
                        # "put the toll at eight, not 10 as the mayor of Le Portel said earlier"
                        r",\s+not\s+\w+\s+as\s+[^.;]{0,60}?\b(?:said|stated|reported|announced)\s+"
                        r"(?:earlier|previously|before|initially))\b", re.IGNORECASE)


_RISEN_TO_BEFORE = re.compile(r"\b(?:rose|risen|climbed|increased|jumped|gone\s+up)\s+to\s+"
                              r"(?:at\s+least\s+|about\s+|some\s+)?$", re.IGNORECASE)
_HAD_COUNTED_BEFORE = re.compile(r"\bhad\s+(?:already\s+|earlier\s+)?(?:put|given|confirmed|reported|"
                                 r"recorded|counted|registered|stood\s+at)\b[^.;]{0,40}$", re.IGNORECASE)




def _risen_from_an_earlier_count(ctx: Context, category: str) -> list[tuple[Claim, Claim]]:
    """"The toll has risen to 28 ... On Tuesday, the agency had put the death toll at 31": a
    toll the article says rose, and the count it gives as the one before, whatever day or
    source each is dated to: (the earlier count, the risen one)."""
    found: list[tuple[Claim, Claim]] = []
    earlier_counts = [c for c in (*ctx.of(category), *ctx.background) if c.category == category]
    for later in ctx.of(category):
        text = ctx.document(later.document).text
        if not text or not _RISEN_TO_BEFORE.search(text, max(0, later.start - 30), later.start):
            continue
        for earlier in earlier_counts:
            if (earlier.document == later.document and earlier is not later and earlier.unit == later.unit
                    and (had := _HAD_COUNTED_BEFORE.search(text, max(0, earlier.start - 60), earlier.start))
                    and not (SAID_THAT_BEFORE.search(text, max(0, had.start() - 50), had.start())
                             and _two_sides(ctx, earlier, later) is not None)):
                # not "KontraS said its volunteers had counted 23 dead": another source's count, told now
                found.append((earlier, later))
    return found


def _one_source_s_headline_tolls(ctx: Context, category: str, when: dict[str, datetime]
                                 ) -> list[tuple[Claim, Claim]]:
    """The toll each report of an event opens with (its first, if it is the report's largest and
    counts anyone), where two reports give it in the same
    source's name (a police spokesman on Saturday and on Tuesday; a ministry's statement and
    a wire quoting the ministry): one source's count of the event, however each report names
    the place ("Gelora Sakti Stadium", "Tanjung Mekar"). (earlier, later) pairs."""
    headlines = _headlines(ctx, category, when)
    found: list[tuple[Claim, Claim]] = []
    for a in headlines.values():
        for b in headlines.values():
            if when[a.id] < when[b.id] and a.unit == b.unit and _same_source(
                    _source_of(ctx, a), _source_of(ctx, b)):
                found.append((a, b))
    return found


def _headlines(ctx: Context, category: str, when: dict[str, datetime]) -> dict[str, Claim]:
    """Each dated report's first figure of `category`, by report, where it is the report's toll."""
    first: dict[str, Claim] = {}
    for c in ctx.of(category):
        if c.document not in first and c.id in when and c.role == "total":
            first[c.document] = c
    return {d: c for d, c in first.items() if _the_report_s_toll(ctx, c)}


def _headline_tolls_of_a_place_and_its_area(ctx: Context, category: str, when: dict[str, datetime]
                                            ) -> list[tuple[Claim, Claim]]:
    """The toll two reports of an event open with, the earlier placed in a district and the later
    in the city a report says holds it ("a São João party in Ibura, in the South Zone of Recife"):
    the city's toll holds the district's, so a later one below it is a fall. (earlier, later) pairs."""
    headlines = {d: c for d, c in _headlines(ctx, category, when).items() if c.scope.place
                 and not c.scope.place_inferred and not is_care_place(c.scope.place)}
    return [(a, b) for a in headlines.values() for b in headlines.values()
            if when[a.id] < when[b.id] and a.unit == b.unit and a.scope.place != b.scope.place
            and any(_said_to_hold(ctx.document(d).text, a.scope.place or "", b.scope.place or "")
                    for d in (a.document, b.document))]


def _said_to_hold(text: str, place: str, area: str) -> bool:
    """"Ibura, in the South Zone of Recife": the text names the area right after the place, as
    the place's whereabouts."""
    at = text.find(place + ",")
    while at >= 0:
        after = text[at + len(place) + 1:at + len(place) + 70]
        if _AN_AREA_AFTER.match(after) and area in after:
            return True
        at = text.find(place + ",", at + 1)
    return False


_AN_AREA_AFTER = re.compile(r"[ \t]+(?:in|an?[ \t]+[^,.;]{0,40}?[ \t](?:in|of))[ \t]")


_ANYONE_OR_NO_ONE_NAMED = frozenset({"", "people", "persons", "person", "dead", "deaths", "bodies", "victims",
                                     "fatalities"})


def _the_report_s_toll(ctx: Context, claim: Claim) -> bool:
    """The figure counts anyone ("Four people", "28"), not a group ("two civilians"), and no
    figure of its category in its report is larger (a period's tally included: "139 since
    July" over "3 deaths recorded that day")."""
    if (claim.entity or "").lower() not in _ANYONE_OR_NO_ONE_NAMED or claim.scope.place == NATIONWIDE:
        return False
    same = [c for c in (*ctx.claims, *ctx.background) if c.document == claim.document
            and c.category == claim.category and c.unit == claim.unit
            # not a research centre's "more than 900 people ... since January" beside the health
            # department's 29: another body's tally of a longer time
            # (nor "1,640 violent intentional deaths" in the state last year beside a toll no one is
            # named for)
            and not (c.role == "background" and _is_longer_tally(c) and not (
                c.attribution and claim.attribution and _same_source(c.attribution, claim.attribution)))]
    return all((c.low or 0) <= (claim.low or 0) for c in same)


def _source_of(ctx: Context, claim: Claim) -> str | None:
    """Who gives a figure: its attribution, else the report's own source."""
    return claim.attribution or ctx.document(claim.document).source


def _narrower(earlier: Claim, later: Claim, ctx: Context) -> bool:
    """The later figure names a place the earlier one does not: "95 deaths" in one district
    after "97" for the whole quake is a part of it, not a fall; but not the place a live page's
    headline names ("... attack on Tampere college – as it happened"), the story's own."""
    if is_care_place(later.attribution) and not is_care_place(earlier.attribution):
        return True  # "the hospital said it had treated 47 people": its own patients, of everyone's 96
    if later.document == earlier.document and later.scope.place and _clock_of(later) is not None and (
            later.scope.place in (ctx.document(later.document).title or "")):
        return False
    return (later.scope.place is not None and not later.scope.place_inferred
            and (earlier.scope.place is None or earlier.scope.place_inferred))


def _clock_of(claim: Claim) -> int | None:
    """A figure's update time ("13:25", "evening") in minutes after midnight."""
    return clock_minutes(claim.scope.time)


def _when(ctx: Context, claim: Claim) -> datetime | None:
    """The article's date as a comparable UTC time, at the time of its live-blog update when the
    figure has one ("14:30"), or at the end of the day its data run to when it says so ("Data as
    of 8 June 2025": a report published on the 20th that tells the 8th's count); None when
    neither a date nor an update time is known."""
    when = _article_date(ctx, claim)
    minutes = _clock_of(claim)
    if minutes is None:
        cut_off = _data_cut_off(ctx.document(claim.document).text, when) if when else None
        return cut_off if cut_off is not None and cut_off < when else when
    when = when or datetime(1, 1, 1)
    day = clock_date(claim.scope.time, when.date())  # "Apr 11 22:30": a post of the day before
    return when.replace(year=day.year, month=day.month, day=day.day, hour=minutes // 60, minute=minutes % 60,
                        second=0, microsecond=0)


_CUT_OFF = re.compile(
    r"\b(?:[Dd]ata|[Ff]igures|[Cc]ounts?)[ \t]+(?:are[ \t]+|were[ \t]+)?"
    r"(?:as[ \t]+of|up[ \t]+to|until|to)[ \t]+"
    r"|\bcover[ \t]+the[ \t]+period[ \t]+up[ \t]+to[ \t]+")
_CUT_OFF_DAY = re.compile(r"(?:[A-Z][a-z]+day,?[ \t]+)?(?:(?P<d>\d{1,2})[ \t]+(?P<m>[A-Z][a-z]+)|"
                          r"(?P<m2>[A-Z][a-z]+)[ \t]+(?P<d2>\d{1,2}))")


@lru_cache(maxsize=256)
def _data_cut_off(text: str, published: datetime) -> datetime | None:
    """The last day a report's figures cover, when it names one near its opening ("Data as of 8
    June 2025", "The figures, which cover the period up to Monday 9 June")."""
    opening = _CUT_OFF.search(text, 0, 600)
    day = _CUT_OFF_DAY.match(text, opening.end()) if opening else None
    if day is None:
        return None
    try:
        month = datetime.strptime((day.group("m") or day.group("m2"))[:3], "%b").month
        cut = datetime(published.year, month, int(day.group("d") or day.group("d2")), 23, 59)
    except ValueError:
        return None  # "Data as of Monday 9": no month
    return cut if cut <= published else None


def _undated(ctx: Context, claim: Claim) -> bool:
    return _article_date(ctx, claim) is None


def _article_date(ctx: Context, claim: Claim) -> datetime | None:
    raw = ctx.document(claim.document).date
    if not raw:
        return None
    try:
        when = datetime.fromisoformat(raw.strip())
    except ValueError:
        return None
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return when


def _moment_label(ctx: Context, claim: Claim) -> str:
    """"Reuters (2025-04-25)", or "the 16:15 update" of a live blog."""
    clock = CLOCK.fullmatch(claim.scope.time or "")
    if clock is not None and len(ctx.documents) <= 1:
        return f"the {claim.scope.time} update"
    if clock is None and len(ctx.documents) <= 1 and _day(ctx, claim) is not None:
        day = (claim.scope.time or "").removeprefix("on ").title()
        return f"{day}'s count"
    label_ = ctx.doc_label(claim.document)
    return f"{label_}, the {claim.scope.time} update" if clock is not None else label_


# --------------------------------------------------------------------------- conversion


@kind("conversion", message="{given} is not {converted}: it is {amount}",
      placeholders={"given": "the figure as first given", "converted": "the figure in brackets after it",
                    "amount": "the first figure in the bracket's unit"})
class Conversion(RuleBase):
    """A figure given again in another unit, in brackets, says the same amount.

    Checks: each figure followed by a bracketed figure in another unit of the same kind
    ("9,500 hectares (about 3,800 acres)", "40 km (25 miles)", "42C (108F)"), converted
    with pint. Each figure stands for what rounds to it ("24 miles" is 23.5 to 24.5; "30
    miles", with its zero, 25 to 35; "75 km", a last digit of five, as often rounded to the
    nearest five, 72.5 to 77.5), plus 2% for conversion factors rounded in the newsroom.
    Passes: the two amounts agree.
    Fails: they cannot both be right: 9,500 hectares is about 23,475 acres, not 3,800.
    Skips: when no figure is given twice in two units.

        - id: conversion-agrees
          kind: conversion
          severity: error
          description: A figure converted into another unit in brackets says the same amount.
    """

    def check(self, ctx: Context) -> Iterator[Verdict]:
        pairs = list(_given_twice(ctx))
        if not pairs:
            yield Verdict("skip", f"no figure given again in another unit {ctx.where_text}")
            return
        for given, converted, (unit_a, unit_b) in pairs:
            first = _as_written(given, unit_a)
            low = None if first.low is None else convert(first.low, unit_a, unit_b)
            high = None if first.high is None else convert(first.high, unit_a, unit_b)
            if (low is None and first.low is not None) or (high is None and first.high is not None):
                continue
            amount = Interval(low, high).widen(relative=_CONVERSION_SLACK)
            ok = amount.overlaps(_as_written(converted, unit_b)) or _a_difference_agrees(
                low, high, converted, unit_a, unit_b)
            known = [x for x in (low, high) if x is not None]
            middle = _round3(sum(known) / len(known)) if known else 0.0
            text = (f'"{given.text}" = "{converted.text}"' if ok else self.fail_text(
                given=f'"{given.text}"', converted=f'"{converted.text}"',
                amount=f"about {middle:,.{0 if middle >= 100 else 2}f} {_unit_words(converted)}"))
            yield Verdict("pass" if ok else "fail", text, (given, converted))


_CONVERSION_SLACK = 0.02


def _a_difference_agrees(low: float | None, high: float | None, converted: Claim, unit_a: str,
                         unit_b: str) -> bool:
    """"8C to 10C (14F to 18F) above normal": a difference of temperatures converts without
    the scales' offset (8 degrees Celsius more is 14.4 degrees Fahrenheit more); `low` and
    `high` are the given figure already converted as temperatures."""
    offset = convert(0.0, unit_a, unit_b)
    if not offset or low is None or high is None:
        return False
    difference = Interval(low - offset, high - offset).widen(relative=_CONVERSION_SLACK)
    return difference.overlaps(_as_written(converted, unit_b))


_BRACKET_OPEN = re.compile(r"[ \t]*\([ \t]*(?:or[ \t]+|equal[ \t]+to[ \t]+|equivalent[ \t]+to[ \t]+)?")
_BRACKET_CLOSE = re.compile(r"[ \t]*\)")


def _given_twice(ctx: Context) -> Iterator[tuple[Claim, Claim, tuple[str, str]]]:
    """Each figure with the bracketed figure right after it, and the units they were written in."""
    measured = (c for c in (*ctx.claims, *ctx.parts, *ctx.background)
                if c.unit not in ("count", "percent") and not c.unit.startswith("1/"))
    claims = sorted(measured, key=lambda c: (c.document, c.start))
    for a, b in pairwise(claims):
        if a.document != b.document:
            continue
        text = ctx.document(a.document).text
        if not (_BRACKET_OPEN.fullmatch(text, a.end, b.start) and _BRACKET_CLOSE.match(text, b.end)):
            continue
        unit_a, unit_b = _written_unit(a), _written_unit(b)
        if unit_a and unit_b and unit_a != unit_b and same_dimension(unit_a, unit_b):
            yield a, b, (unit_a, unit_b)


def _written_unit(claim: Claim) -> str | None:
    """The unit a figure is written in (rules may see it converted to another figure's)."""
    digits = list(_LAST_DIGITS.finditer(claim.text))
    if not digits:
        return None
    found = unit_after(claim.text, digits[-1].end())
    return found[0].name if found else None


_LAST_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _as_written(claim: Claim, unit: str) -> Interval:
    """The figure in the unit it was written in: its qualifier's interval ("about 3,800 acres" is
    3,420 to 4,180), or what rounds to it, half its last written digit or, for a round number
    ("30 miles"), of its last non-zero one."""
    if claim.qualifier != "exact" or claim.value is None:
        if claim.unit == unit:
            return claim.interval
        low, high = claim.interval.low, claim.interval.high  # converted for another rule: back
        return Interval(None if low is None else convert(low, claim.unit, unit),
                        None if high is None else convert(high, claim.unit, unit))
    digits = [m.group() for m in _LAST_DIGITS.finditer(claim.text)]
    written = digits[-1].replace(",", "") if digits else ""
    if "." in written:
        half = 0.5 * 10 ** -len(written.split(".")[1])
    else:
        zeros = len(written) - len(written.rstrip("0")) if written.strip("0") else 0
        # "45 miles (75 km)": a last digit of five is often a rounding to the nearest five
        half = 2.5 if written.endswith("5") else 0.5 * 10 ** zeros
    return Interval(claim.value - half, claim.value + half)


def _unit_words(claim: Claim) -> str:
    """The unit as the claim writes it: "acres" in "about 3,800 acres"."""
    digits = list(_LAST_DIGITS.finditer(claim.text))
    return claim.text[digits[-1].end():].strip() if digits else claim.unit


def _round3(x: float) -> float:
    return float(f"{x:.3g}")


# --------------------------------------------------------------------------- reference


@kind("correction", message="{wrong} still stands in the text, though {note} corrects it",
      placeholders={"wrong": "the figure the correction says was wrong, where it still stands",
                    "note": "the correction note"})
class Correction(RuleBase):
    """A figure an appended correction says was wrong no longer stands in the text.

    Checks: each correction note ("An earlier version of this story said ... 43 people had
    been taken to hospital. Police have confirmed the figure is 34"; "corrects the number of
    injured in paragraph 1 to 21 from 12") against the figures of the text outside the note:
    a figure with the corrected value, of the same kind, is the error left in place.
    Passes: no figure the note corrects stands elsewhere.
    Fails: one does ("Police said ... that 43 people had been taken to hospital").
    Skips: when the article carries no correction note naming a figure.

        - id: correction-applied-everywhere
          kind: correction
          severity: error
          description: A figure a correction says was wrong is not left elsewhere in the text.
    """

    within: Within = param("Always `document`: a note corrects its own article.", "document",
                           "document")

    def check(self, ctx: Context) -> Iterator[Verdict]:
        figures = (*ctx.claims, *ctx.parts, *ctx.background)
        found = False
        for doc_id in dict.fromkeys(c.document for c in figures):
            text = ctx.document(doc_id).text
            mine = [c for c in figures if c.document == doc_id]
            for start, first_end, end in _correction_notes(text):
                inside = [c for c in mine if start <= c.start < end]
                wrong = [c for c in inside if _said_wrong(text, start, first_end, c)]
                found = found or bool(wrong)
                note = f'the note "{_clip(text[start:end])}"'
                for bad in wrong:
                    left = [c for c in mine if not start <= c.start < end and _same_figure(c, bad)]
                    for standing in left:
                        text_ = self.fail_text(wrong=figure(standing), note=note)
                        yield Verdict("fail", text_, (standing, bad))
                    if not left:
                        yield Verdict("pass", f"{figure(bad)}, corrected in {note}, stands nowhere else",
                                      (bad,))
        if not found:
            yield Verdict("skip", f"no correction note naming a figure {ctx.where_text}")


def _said_wrong(text: str, start: int, first_end: int, figure_: Claim) -> bool:
    """Whether a note's figure is one it says was wrong: after "not" or "from" anywhere, or in
    the sentence saying what was wrong unless marked as the right one."""
    if _WRONG_FIGURE_BEFORE.search(text, max(start, figure_.start - 30), figure_.start):
        return True
    return figure_.start < first_end and not _CORRECT_FIGURE_BEFORE.search(
        text, max(start, figure_.start - 50), figure_.start)


def _correction_notes(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end of the sentence that says what was wrong, end) of each line carrying a
    correction note: "An earlier version said 43 people ... . Police confirmed the figure is 34"."""
    if "ersion" not in text and "orrect" not in text and "mended" not in text:
        return  # every note names a version, a correction or an amendment: no scan of the whole text
    seen: set[int] = set()
    for note in _CORRECTION_NOTE.finditer(text):
        start = text.rfind("\n", 0, note.start()) + 1
        if start in seen:
            continue
        seen.add(start)
        stop = text.find("\n", note.end())
        end = len(text) if stop < 0 else stop
        said = _SAID_WRONG.search(text, note.start(), end)
        first = text.find(". ", said.end() if said else note.end(), end)
        yield start, end if first < 0 else first + 1, end


def _same_figure(a: Claim, b: Claim) -> bool:
    """The same value and unit, counting the same kind of thing (or one of them unclassified)."""
    return (a.value == b.value and a.unit == b.unit
            and (a.category == b.category or "other" in (a.category, b.category)))


_CORRECTION_NOTE = re.compile(
    r"\b(?:An?\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|report)|"
    r"This\s+(?:story|article|report)\s+(?:was|has\s+been)\s+(?:amended|corrected)|Correction:|corrects\b)")
_SAID_WRONG = re.compile(r"\b(?:said|stated|misstated|misreported|reported|gave|put)\b")
# the figure a note says was wrong: "41 people were injured, not 14", "to 21 from 12"
_WRONG_FIGURE_BEFORE = re.compile(r"\b(?:not|from|rather\s+than|instead\s+of)\s+(?:about\s+|at\s+least\s+)?$",
                                  re.IGNORECASE)
# the corrected figure in a note: "Police have confirmed the figure is 34", "to 21 from 12"
_CORRECT_FIGURE_BEFORE = re.compile(
    r"(?:\b(?:figure|number|toll|total|count)\s+(?:is|was|stands\s+at|should\s+have\s+been)|\bto|"
    r"\b(?:show|shows|say|says|state|states|reflect|reflects)\b[^.;,]{0,40}?|\b(?:it|this|that)\s+(?:was|is)|"
    r"\bconfirmed(?:\s+as)?|\bcorrect(?:ed)?\s+(?:figure|number)\s+(?:is|was))\s+(?:at\s+least\s+)?$",
    re.IGNORECASE)


def _clip(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "\u2026"


@kind("reference",
      message="{category} {figure} does not match the reference figure {reference} ({row})",
      placeholders={"figure": "the article's figure", "category": "the category, in words",
                    "reference": "the reference figure", "row": "the row: id, source and url"})
class Reference(RuleBase):
    """A figure agrees with a table of official figures (`--against figures.csv`).

    Checks: each figure of `category` against every reference row of the same category whose
    place matches: a row without a place stands for the whole event and matches every
    figure; a row with a place matches figures about that place and figures whose place is
    unknown. Rows and articles with different event keys are not compared.
    Passes: the figure's interval overlaps the row's ("at least 12" against 12).
    Fails: they cannot both be true ("9 dead" against 12); the message cites the row.
    Skips: without reference rows for the category, or without figures of it.

        - id: killed-matches-reference
          kind: reference
          category: killed
          severity: warning
          description: Death tolls agree with the official figures we were given.
    """

    category_fields = ("category",)
    category: str = param("The category to compare with the reference table.", "category")

    def check(self, ctx: Context) -> Iterator[Verdict]:
        rows = [r for r in ctx.reference if r.category == self.category]
        claims = ctx.of(self.category)
        if not rows or not claims:
            what = f"no reference figure for {self.category}" if not rows else \
                f"no {self.category} figure{self.where_note()} {ctx.where_text}"
            yield Verdict("skip", what)
            return
        for claim in claims:
            yield from self._judge(ctx, claim, [r for r in rows if _row_matches(ctx, r, claim)])

    def _judge(self, ctx: Context, claim: Claim, rows: Sequence[ReferenceFigure]) -> \
            Iterable[Verdict]:
        mine = self.widened(claim)
        bad = [r for r in rows if not mine.overlaps(self.tolerance.widen(r.interval))]
        for row in bad:
            text = self.fail_text(figure=figure(claim), category=label(self.category),
                                  reference=interval_text(row.interval), row=_row_text(row))
            yield Verdict("fail", sentence_case(text) + self.tolerance_note(), (claim,))
        if rows and not bad:
            refs = "; ".join(f"{interval_text(r.interval)} ({_row_text(r)})" for r in rows)
            yield Verdict("pass", f"{label(self.category)} {figure(claim)} matches the "
                                  f"reference: {refs}", (claim,))


def _row_matches(ctx: Context, row: ReferenceFigure, claim: Claim) -> bool:
    place = normalise(claim.scope.place)
    if row.place is not None and place is not None and normalise(row.place) != place:
        return False
    event = ctx.document(claim.document).event
    return row.event is None or event is None or row.event == event


def _row_text(row: ReferenceFigure) -> str:
    parts = [row.id, row.source, row.place, row.date, row.url]
    return ", ".join(p for p in parts if p)


# --------------------------------------------------------------------------- ratio


_ANOTHER_OCCASION_OPENING = re.compile(r"[ \t\"\u201c]*(?:In|During|At)[ \t]+(?:a|an|the)[ \t]+"
                                       r"(?:similar|previous|earlier|prior|last)[ \t]")


@kind("ratio", message="{percent} does not match {part} of {whole} = {share}",
      placeholders={"percent": "the stated percentage", "part": "the part's figure",
                    "whole": "the whole's figure", "share": "the computed share"})
class Ratio(RuleBase):
    """A stated percentage agrees with the part and whole it is a share of.

    Checks: each percentage (a figure in `percent_unit`) against a part and a whole in the
    same sentence (or `within`). With `part` and `whole` categories, figures of those
    categories are used; without them, the two figures written just before the percentage
    ("48 of 70, or 69%"): the first is the part, the second the whole. A percentage written
    as a whole number stands for anything that rounds to it (69% = [68.5, 69.5]).
    Passes: the share part/whole can round to the stated percentage (48/70 = 68.6% → 69%).
    Fails: it cannot ("48 of 70, or 75%").
    Skips: when no percentage comes with a part and a whole.

        - id: share-matches-figures
          kind: ratio
          within: sentence
          severity: error
          description: A percentage agrees with the figures it is worked out from.
    """

    category_fields = ("part", "whole")
    part: str | None = param("Category of the part; omit to use the figures before the "
                             "percentage.", "category", None)
    whole: str | None = param("Category of the whole; omit with `part`.", "category", None)
    percent_unit: str = param("The unit of the percentage figures.", "word", "percent")
    within: Within = param("Where part, whole and percentage must be.",
                           "sentence | document", "sentence")

    @model_validator(mode="after")
    def _both_or_neither(self) -> Ratio:
        if (self.part is None) != (self.whole is None):
            raise ValueError("give both `part` and `whole`, or neither")
        return self

    def check(self, ctx: Context) -> Iterator[Verdict]:
        percents = [c for c in (*ctx.claims, *ctx.background) if c.unit == self.percent_unit]
        by_scope: dict[tuple[str, ...], list[Claim]] = {}
        for c in (*ctx.claims, *ctx.parts, *ctx.background):
            if c.unit != self.percent_unit and c.unit not in _DURATIONS:
                # not "children under 10 years", "the 12-day campaign"
                by_scope.setdefault(self.scope_key(c), []).append(c)
        found = [(p, *pw) for p in percents
                 for pw in self._operands(ctx, p, by_scope.get(self.scope_key(p), []))]
        if not found:
            reason = f"no percentage {ctx.where_text}" if not percents else \
                "no percentage is stated with its part and whole"
            yield Verdict("skip", reason)
            return
        for percent, part, whole in found:
            yield self._judge(percent, part, whole)

    def _operands(self, ctx: Context, percent: Claim, near: list[Claim]) -> list[tuple[Claim, Claim]]:
        """The part and whole of `percent`, from `near`: the figures of its sentence or article."""
        if self.part is not None:
            return [(a, b) for a in near if a.category == self.part
                    for b in near if b.category == self.whole
                    and a.id != b.id and self.comparable((a, b))
                    and self.same_group((a, b, percent))]
        before = [c for c in near if c.end <= percent.start and c.sentence == percent.sentence
                  and c.document == percent.document]
        before.sort(key=lambda c: c.start)
        if len(before) > 1 and _LEVEL_BEFORE_OF.search(
                ctx.document(percent.document).text, max(0, before[-1].start - 12), before[-1].start):
            before.pop()  # "421 of the deaths, up from 398, or 26% of the total": the 421's share
        named = self._share_of_a_named_whole(ctx, percent, before) or _share_of_the_whole_after(
            ctx, percent, before, near)
        if named:
            return named
        if len(before) < 2 or before[-2].unit != before[-1].unit:
            return self._operands_after(ctx, percent, near)
        first, second = before[-2], before[-1]
        text = ctx.document(percent.document).text
        if not _SHARE_FOLLOWS.fullmatch(text, second.end, percent.start):
            return []  # "$1.16, or 2%, at $57.13" is not "48 of 70, or 69%"
        if _PART_OF_WHOLE.fullmatch(text, first.start + len(first.text), second.start):
            return [(first, second)]  # "48 of the 70 missiles, or 69%"
        if _OF_THE_WHOLE.search(text, max(0, first.start - 30), first.start):
            return [(second, first)]  # "Of the 412 cases recorded ..., 290 - or 85% - were"
        return []

    def _share_of_a_named_whole(self, ctx: Context, percent: Claim,
                                before: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
        """"It seeks CHF 18 million. So far it has received CHF 6.2 million, or 48 percent of the
        target": the whole is the figure of the part's unit named just before."""
        text = ctx.document(percent.document).text
        if not before:
            return []
        part = before[-1]
        if not _SHARE_FOLLOWS.fullmatch(text, part.end, percent.start) or part.value is None:
            return []
        of_the_things = _OF_THE_THINGS.fullmatch(part.text)
        if of_the_things and len(before) == 1:
            return _share_of_things_named_before(ctx, part, part.value, of_the_things.group("noun"))
        of_the_total = bool(_OF_THE_TOTAL_OPENING.search(text, max(0, part.start - 40), part.start))
        if not of_the_total and not _OF_THE_TARGET.match(text, percent.start, percent.end + 40):
            return []
        # "A total of 9,648 people ... Of the total, 5,402, or 56%"; "2.6 billion, or 31.3 percent of
        # the total": the article's total, named before in the same unit, however far back
        reach = part.sentence + 1
        if _ANOTHER_OCCASION_OPENING.match(text, _sentence_start(text, part.start)):
            reach = 0  # "In a similar campaign last March, 71,500 children were vaccinated, about 89 percent
            # of the target": that campaign's target, not the 96,000 of this one
        # "counted 398 police officers killed in 2025 ... Of those, 92 were in Guanajuato, or 23% of the
        # national total": a year's tally told as background is the whole too
        wholes = [c for c in (*ctx.claims, *ctx.parts, *ctx.background) if c.document == part.document
                  and c.unit == part.unit and c.end <= part.start and c.id != part.id
                  and part.sentence - reach <= c.sentence <= part.sentence
                  and (not of_the_total or c.sentence < part.sentence)
                  and c.low is not None and c.low > part.value]
        wholes.sort(key=lambda c: -c.end)
        # "the total" is the nearest such figure, unless another in reach is the one the share
        # was worked out from ("8.3 billion this year ... compared with 7.1 billion the year
        # before ... 2.6 billion, or 31.3 percent of the total")
        fitting = [w for w in wholes if self._judge(percent, part, w).status == "pass"]
        told_now = [w for w in wholes if w.role != "background"]  # a background whole only if it fits
        return [(part, (fitting or told_now or wholes)[0])] if wholes else []

    @staticmethod
    def _operands_after(ctx: Context, percent: Claim, near: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
        """"Turnout stood at 52.9% ..., with 48.6 lakh of the 1.03 crore voters casting ballots":
        a rate named before its percentage, then "with A of the B" later in the sentence."""
        text = ctx.document(percent.document).text
        if not _RATE_NOUN.search(text, max(0, percent.start - 120), percent.start):
            return []
        after = sorted((c for c in near if c.start >= percent.end and c.sentence == percent.sentence
                        and c.document == percent.document), key=lambda c: c.start)
        if len(after) < 2 or after[0].unit != after[1].unit:
            return []
        part, whole = after[0], after[1]
        if not (_WITH_BEFORE.fullmatch(text, percent.end, part.start)
                and _PART_OF_WHOLE.fullmatch(text, part.start + len(part.text), whole.start)):
            return []
        return [(part, whole)]

    def _judge(self, percent: Claim, part: Claim, whole: Claim) -> Verdict:
        share = _share(self.widened(part), self.widened(whole))
        stated = self.tolerance.widen(rounding_interval(percent))
        words = {"percent": figure(percent), "part": figure(part), "whole": figure(whole),
                 "share": _share_text(share)}
        if share is not None and stated.overlaps(share):
            text = "{percent} ≈ {part} of {whole} = {share}".format_map(words)
            return Verdict("pass", text + self.tolerance_note(), (part, whole, percent))
        if share is None:
            return Verdict("skip", f"cannot work out a share of {figure(whole)}",
                           (part, whole, percent))
        return Verdict("fail", self.fail_text(**words) + self.tolerance_note(),
                       (part, whole, percent))


def _share_of_the_whole_after(ctx: Context, percent: Claim, before: Sequence[Claim],
                              near: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    """"731 homes were destroyed, 38% of the 1,620 homes in the town": the part before the
    percentage, the whole right after its "of the"."""
    if not before:
        return []
    part, text = before[-1], ctx.document(percent.document).text
    if not _SHARE_FOLLOWS.fullmatch(text, part.end, percent.start):
        return []
    after = [c for c in near if c.start >= percent.end and c.sentence == percent.sentence
             and c.document == percent.document]
    whole = min(after, key=lambda c: c.start, default=None)
    if whole is None or whole.unit != part.unit or not _OF_THE_WHOLE_AFTER.fullmatch(
            text, percent.end, whole.start):
        return []
    return [(part, whole)]


_OF_THE_WHOLE_AFTER = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+|a\s+total\s+of\s+)?",
                                 re.IGNORECASE)


def _share_of_things_named_before(ctx: Context, part: Claim, value: float,
                                  noun: str) -> list[tuple[Claim, Claim]]:
    """"Russia launched 5,412 drones ... It shot down 4,860 of the drones, or 94 percent": the
    whole is the last figure of those things in the two sentences before."""
    wholes = [c for c in (*ctx.claims, *ctx.parts, *ctx.background) if c.document == part.document
              and c.unit == part.unit and part.sentence - 2 <= c.sentence < part.sentence
              and (c.entity or "").lower() == noun.lower() and c.low is not None and c.low > value]
    return [(part, max(wholes, key=lambda c: c.end))] if wholes else []


_OF_THE_THINGS = re.compile(r"\S+\s+of\s+(?:the|these|those)\s+(?P<noun>[a-z]+)", re.IGNORECASE)
# "48 of the 70 missiles, or 69%", "64 out of 145 drones (44%)": the written shape of a share
_PART_OF_WHOLE = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+)?",
                            re.IGNORECASE)
# "Of the 412 cases", "Of the state's 497 municipalities"
_OF_THE_WHOLE = re.compile(r"(?:^|[.;:]\s*|\n)\s*Of\s+(?:the\s+|all\s+|those\s+)?(?:\w+['\u2019]s\s+)?$")
_OF_THE_TOTAL_OPENING = re.compile(r"(?:^|[.;]\s*|\n)\s*(?:Of|Among)\s+(?:the|that|this)\s+"
                                   r"(?:total|number|figure)\s*,\s*$", re.IGNORECASE)
_OF_THE_TARGET = re.compile(r"[^,;]*?\s+of\s+(?:the|its|their|this)\s+(?:\w+\s+)?"
                            r"(?:target|total|goal|budget|appeal|amount|sum|requirement|requirements|"
                            r"needs|request)\b", re.IGNORECASE)
_RATE_NOUN = re.compile(r"\b(?:turnout|share|proportion|percentage|participation|rate)\b[^.;%]*$",
                        re.IGNORECASE)
_WITH_BEFORE = re.compile(r"[^.;]{0,120}?\bwith\s+(?:(?:about|nearly|some|roughly|almost)\s+)?",
                          re.IGNORECASE)
_LEVEL_BEFORE_OF = re.compile(r"\b(?:up|down)[ \t]+from[ \t]+$")
_SHARE_FOLLOWS = re.compile(
    # "... received payments from the recovery fund - around 76 per cent - ...": a dashed aside may
    # come further after its figures than a comma's
    r"(?:[^.;]{0,40}?(?:,|\(|\u2013|\u2014|-)|[^.;]{0,80}?\s[\u2013\u2014-]\s)\s*(?:or\s+)?"
    r"(?:(?:about|nearly|some|roughly|almost)\s+)?|"
    # "198,000 of the approximately 294,000 customers who lost service when ... on Monday night, or 76%"
    r"\s+(?:who|that|which)\s[^.;,]{0,100},\s*or\s+(?:(?:about|nearly|some|roughly|almost)\s+)?|"
    # "96 of the 240 patients had completed the full course of post-exposure vaccine, or 45 percent"
    r"[^.;,]{0,100},\s*or\s+(?:(?:about|nearly|some|roughly|almost)\s+)?",
    re.IGNORECASE,
)


def _share(part: Interval, whole: Interval) -> Interval | None:
    """part / whole as a percentage interval; None when the whole may be zero or unknown."""
    if whole.low is None or whole.low <= 0 or part.low is None:
        return None
    low = 100 * part.low / (whole.high if whole.high is not None else float("inf"))
    high = None if part.high is None else 100 * part.high / whole.low
    return Interval(low, high)


# "a fall of 21.3 per cent" after "36 lower than the 289": a change told as a difference
_A_CHANGE_OF_BEFORE = re.compile(r"\b(?:a|an)\s+(?:fall|drop|decline|decrease|reduction|rise|increase|jump)"
                                 r"\s+of\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$", re.IGNORECASE)
# "772 overdose deaths last year, down from 1,041 in 2024, a decline of 35%": a level, then the one before
_DOWN_FROM_BETWEEN = re.compile(r"[^.;:\d]{0,40}?,\s+(?:down|up)\s+from\s+(?:the\s+)?(?:about\s+|around\s+)?",
                                re.IGNORECASE)
_A_PERIOD_THEN_A_COMMA = re.compile(r"[^.;:\d]{0,30}?(?:\s+(?:in|during)\s+(?:19|20)\d\d)?\s*,\s*",
                                    re.IGNORECASE)


def _a_change_of_start(text: str, change: Claim) -> int:
    """Where "a decline of" before a stated change begins."""
    found = _A_CHANGE_OF_BEFORE.search(text, max(0, change.start - 30), change.start)
    return found.start() if found else change.start


_DIFFERENCE_BETWEEN = re.compile(r"\s+(?:\w+\s+)?(?:lower|higher|fewer|more|less|down|up)\s+"
                                 r"(?:than|on|from)\s+(?:the\s+)?")


def _share_text(share: Interval | None) -> str:
    if share is None:
        return "unknown"
    if share.low is not None and share.high is not None and round(share.low, 1) == \
            round(share.high, 1):
        return f"{share.low:.1f}%"
    return f"{interval_text(Interval(_r(share.low), _r(share.high)))}%"


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 1)


@kind("change", message="{percent} does not match the change from {before} to {after} = {change}",
      placeholders={"percent": "the stated change (a percentage or an amount)",
                    "before": "the earlier figure", "after": "the later figure",
                    "change": "the change worked out"})
class Change(RuleBase):
    """A stated change agrees with the two figures it is worked out from.

    Checks: a change written between two figures in the same sentence, as a percentage
    ("revenue rose 18% to $4.2 billion from $3.9 billion") or as an amount in the figures' own
    unit ("unemployment rose by 9,000 to 166,000 from 154,000"; "fell by 300 from 1,500 to
    1,200"), or as a difference and a percentage ("36 lower than the 289 recorded a year
    earlier, a fall of 12.5 per cent"), or after the two levels ("772 deaths last year, down from
    1,041 in 2024, a decline of 26%"), every figure widened to what rounds to it as written.
    Passes: the change from the earlier to the later figure can round to the stated one.
    Fails: it cannot ("rose 18% to $4.2 billion from $3.9 billion" is a 7.7% rise).
    Skips: when no change is written that way.

        - id: change-matches-figures
          kind: change
          severity: error
          description: A stated change agrees with the figures before and after.
    """

    percent_unit: str = param("The unit of the percentage figures.", "word", "percent")
    within: Within = param("Where the figures must be.", "sentence | document", "sentence")

    def check(self, ctx: Context) -> Iterator[Verdict]:
        found = [t for c in ctx.claims if (t := self._triple(ctx, c) or self._levels_then_change(ctx, c))]
        differences = [t for c in ctx.claims if (t := self._difference(ctx, c)) is not None]
        if not found and not differences:
            yield Verdict("skip", f"no change written with its figures {ctx.where_text}")
            return
        for change, after, before in found:
            yield self._judge(change, after, before)
        for change, difference, base in differences:
            yield self._judge_difference(ctx, change, difference, base)

    def _figures_before(self, ctx: Context, change: Claim) -> tuple[str, list[Claim]] | None:
        """The article's text and the figures of the change's sentence before it, when the change is
        a percentage written "a fall of 21.3 per cent" after them; of whatever period they are."""
        if change.unit != self.percent_unit:
            return None
        text = ctx.document(change.document).text
        if not _A_CHANGE_OF_BEFORE.search(text, max(0, change.start - 30), change.start):
            return None
        return text, sorted((c for c in (*ctx.claims, *ctx.parts, *ctx.background)
                             if c.document == change.document and c.sentence == change.sentence
                             and c.end <= change.start and c.unit not in (self.percent_unit, None)),
                            key=lambda c: c.start)

    def _difference(self, ctx: Context, change: Claim) -> tuple[Claim, Claim, Claim] | None:
        """(change, difference, base) when written "36 lower than the 289 recorded a year
        earlier, a fall of 21.3 per cent"."""
        if (told := self._figures_before(ctx, change)) is None:
            return None
        text, before = told
        for difference, base in pairwise(before):
            if difference.unit == base.unit and _DIFFERENCE_BETWEEN.fullmatch(
                    text, difference.start + len(difference.text), base.start):
                return change, difference, base
        return None

    def _levels_then_change(self, ctx: Context, change: Claim) -> tuple[Claim, Claim, Claim] | None:
        """(change, later, earlier) when written "counted 772 deaths last year, down from 1,041 in
        2024, a decline of 35%": the two levels first, then their change."""
        if (told := self._figures_before(ctx, change)) is None or len(told[1]) < 2:
            return None
        text, before = told
        later, earlier = before[-2:]
        if later.unit == earlier.unit and _DOWN_FROM_BETWEEN.fullmatch(
                text, later.start + len(later.text), earlier.start) and _A_PERIOD_THEN_A_COMMA.fullmatch(
                text, earlier.start + len(earlier.text), _a_change_of_start(text, change)):
            return change, later, earlier
        return None

    def _judge_difference(self, ctx: Context, change: Claim, difference: Claim, base: Claim) -> Verdict:
        between = ctx.document(change.document).text[difference.end:base.start].lower()
        sign = "−" if any(w in between for w in ("lower", "fewer", "less", "down")) else "+"
        d = self.tolerance.widen(written_interval(difference))
        b = self.tolerance.widen(written_interval(base))
        stated = self.tolerance.widen(rounding_interval(change))
        claims = (change, difference, base)
        if None in (d.low, d.high, b.low, b.high) or not b.low:
            return Verdict("skip", f"cannot work out a change from {figure(base)}", claims)
        assert d.low is not None and d.high is not None and b.low is not None and b.high is not None
        share = Interval(100 * d.low / b.high, 100 * d.high / b.low)
        words = {"percent": figure(change), "before": figure(base),
                 "after": f"{figure(base)} {sign} {figure(difference)}", "change": _share_text(share)}
        ok = stated.overlaps(share)
        text = ("{percent} ≈ the change from {before} to {after} = {change}".format_map(words) if ok
                else self.fail_text(**words))
        return Verdict("pass" if ok else "fail", text + self.tolerance_note(), claims)

    def _triple(self, ctx: Context, change: Claim) -> tuple[Claim, Claim, Claim] | None:
        """(change, later, earlier) when written "18% to A from B", "by 300 from B to A", "by
        25 basis points to 3.50%" (and "down from 4.00%" in the next sentences), or "A, a 32%
        premium to B"."""
        text = ctx.document(change.document).text
        if change.unit == self.percent_unit and _PREMIUM_AFTER.match(text, change.end):
            return self._premium(ctx, text, change)
        noun = _CHANGE_NOUN_AFTER.match(text, change.end)  # "an 8.6 per cent rise in sales to ..."
        if not noun and not _CHANGE_VERB.search(text, max(0, change.start - 30), change.start):
            return None
        change_end = noun.end() if noun else change.end
        levels = self.percent_unit if change.unit in _POINTS else None
        candidates = [c for c in ctx.told_in(change.document, change.sentence, change.sentence + 2)
                      if (c.unit == levels if levels else c.unit != self.percent_unit)]
        later = sorted((c for c in candidates if c.sentence == change.sentence and c.start >= change.end),
                       key=lambda c: c.start)
        if len(later) > 1 and later[0].unit in _DURATIONS and _OVER_A_DURATION.fullmatch(
                text, change_end, later[0].start):
            change_end = later[0].end  # "rose 1.9 meters in 24 hours to reach 12.20 meters"
            later = later[1:]
        if not later or (not levels and change.unit not in (self.percent_unit, later[0].unit)):
            return None
        first = later[0]
        second = later[1] if len(later) > 1 and later[1].unit == first.unit else None
        if second and _TO_BETWEEN.fullmatch(text, change_end, first.start) and \
                _EARLIER_BETWEEN.fullmatch(text, first.start + len(first.text), second.start):
            return change, first, second
        if noun:
            return None
        if second and _FROM_BETWEEN.fullmatch(text, change.end, first.start) and \
                _TO_BETWEEN.fullmatch(text, first.start + len(first.text), second.start):
            return change, second, first
        if not levels and _FROM_BETWEEN.fullmatch(text, change_end, first.start):
            reached = [c for c in candidates if c.sentence == change.sentence and c.end <= change.start
                       and c.unit == first.unit
                       and _REACHED_BEFORE.search(text, max(0, c.start - 16), c.start)]
            if reached:  # "fell to 512 in the year to September, down 14% from 571"
                return change, reached[-1], first
        if levels and second is None and _TO_BETWEEN.fullmatch(text, change.end, first.start):
            earlier = [c for c in candidates if c.sentence > change.sentence and c.unit == first.unit
                       and _LEVEL_FROM_BEFORE.search(text, max(0, c.start - 20), c.start)]
            if earlier:  # "cut by 25 basis points to 3.50%. ... brings Bank Rate down from 4.00%"
                return change, first, earlier[0]
        if not levels and change.unit == first.unit and _TO_BETWEEN.fullmatch(text, change_end, first.start):
            earlier = [c for c in ctx.told_in(change.document, change.sentence + 1, change.sentence + 5)
                       if c.unit == first.unit
                       and _HAD_STOOD_AT.search(text, max(0, c.start - 30), c.start)]
            if earlier:  # "rose 1.9 meters to 12.20 meters. ... the gauge had stood at 9.95 meters"
                return change, first, earlier[0]
        return None

    @staticmethod
    def _premium(ctx: Context, text: str, percent: Claim) -> tuple[Claim, Claim, Claim] | None:
        """"$54 a share ... a 32% premium to the closing price of $43.20": the offer, named
        before in the sentence or the two before it, against the price after the percentage."""
        near = list(ctx.told_in(percent.document, percent.sentence - 2, percent.sentence))
        after = sorted((c for c in near if c.sentence == percent.sentence and c.start > percent.end
                        and c.unit not in (None, "count", percent.unit)), key=lambda c: c.start)
        if not after:
            return None
        price = after[0]
        offers = [c for c in near if c.unit == price.unit and c.end <= percent.start
                  and _PER_SHARE_AFTER.match(text, c.end)]
        return (percent, max(offers, key=lambda c: c.end), price) if offers else None

    def _judge(self, change: Claim, after: Claim, before: Claim) -> Verdict:
        a = self.tolerance.widen(written_interval(after))
        b = self.tolerance.widen(written_interval(before))
        relative = change.unit == self.percent_unit
        stated = rounding_interval(change) if relative else written_interval(change)
        if change.unit in _POINTS and stated.low is not None and stated.high is not None:
            scale = _POINTS[change.unit]  # 25 basis points are 0.25 percentage points
            stated = Interval(stated.low * scale, stated.high * scale)
        stated = self.tolerance.widen(stated)
        words = {"percent": figure(change), "before": figure(before), "after": figure(after)}
        if None in (a.low, a.high, b.low, b.high) or b.low is None or (relative and b.low <= 0):
            return Verdict("skip", f"cannot work out a change from {figure(before)}",
                           (change, after, before))
        assert a.low is not None and a.high is not None and b.high is not None
        lo = abs(a.low - b.high) if a.low > b.high else (abs(b.low - a.high) if b.low > a.high else 0.0)
        hi = max(abs(a.high - b.low), abs(a.low - b.high))
        if relative:
            lo, hi = 100 * lo / b.high, 100 * hi / b.low
            words["change"] = _share_text(Interval(lo, hi))
        elif change.unit in _POINTS:
            words["change"] = _points_text(after, before, change.unit, Interval(lo, hi))
        else:
            words["change"] = _amount_text(after, before, Interval(lo, hi))
        ok = stated.overlaps(Interval(lo, hi))
        text = ("{percent} ≈ the change from {before} to {after} = {change}".format_map(words) if ok
                else self.fail_text(**words))
        return Verdict("pass" if ok else "fail", text + self.tolerance_note(), (change, after, before))


def _points_text(after: Claim, before: Claim, unit: str, change: Interval) -> str:
    """The difference of two percentages in the unit the change is written in."""
    name = unit.replace("_", " ") + "s"
    if after.value is not None and before.value is not None:
        return f"{abs(after.value - before.value) / _POINTS[unit]:,.10g} {name}"
    return f"{interval_text(change)} percentage points"


def _amount_text(after: Claim, before: Claim, change: Interval) -> str:
    """The difference of the two figures as written, else the interval worked out."""
    if after.value is not None and before.value is not None and is_point(after.interval) \
            and is_point(before.interval):
        return f"{abs(after.value - before.value):,.10g}"
    return interval_text(change)


_CHANGE_VERB = re.compile(r"\b(?:rose|rising|risen|grew|grown|increased|jumped|climbed|gained|up|fell|"
                          r"fallen|dropped|declined|decreased|slipped|slid|lost|down|plunged|surged|"
                          r"cut|cuts|raised|raises|lowered|lowers|hiked|trimmed|reduced)"
                          r"\b(?:[^.;]{0,12}|[^.;]{0,30}\bby\s+)$", re.IGNORECASE)
_POINTS = {"basis_point": 0.01, "percentage_point": 1.0}  # in percentage points
_PREMIUM_AFTER = re.compile(r"\s+(?:premium|discount|mark-?up)\s+(?:to|over|on|from)\b", re.IGNORECASE)
_PER_SHARE_AFTER = re.compile(r"\s*(?:a|per|for\s+each)\s+(?:share|unit)\b", re.IGNORECASE)
_HAD_STOOD_AT = re.compile(r"\b(?:had\s+stood|had\s+been|stood)\s+at\s+(?:about\s+|around\s+)?$",
                           re.IGNORECASE)
_OVER_A_DURATION = re.compile(r"\s+(?:in|over|within)\s+(?:the\s+(?:past|last)\s+)?$", re.IGNORECASE)
_DURATIONS = frozenset({"hour", "day", "week", "month", "year", "minute"})
_LEVEL_FROM_BEFORE = re.compile(r"\b(?:down|up|lower|higher)\s+from\s+(?:an?\s+)?$", re.IGNORECASE)
_REACHED_BEFORE = re.compile(r"\b(?:rose|risen|grew|increased|climbed|jumped|fell|fallen|dropped|declined|"
                             r"decreased|slipped|reached|hit)\s+to\s+(?:an?\s+)?$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\s*,?\s+to\s+(?:an?\s+)?(?:\w+\s+)?", re.IGNORECASE)
_FROM_BETWEEN = re.compile(r"\s*,?\s+from\s+(?:an?\s+)?(?:\w+\s+)?", re.IGNORECASE)
# "to 2,14,807 units in October, against 2,01,130 units": the earlier level after the later
_EARLIER_BETWEEN = re.compile(r"(?:\s+in\s+[^,.;\d]{1,30}?)?\s*,?\s+(?:from|against|compared\s+(?:with|to)|"
                              r"versus|vs\.?)\s+(?:an?\s+)?(?:\w+\s+)?", re.IGNORECASE)
# "an 8.6 per cent rise in total sales": the change named by a noun after its percentage
_CHANGE_NOUN_AFTER = re.compile(r"\s+(?:rise|increase|growth|jump|gain|fall|drop|decline|decrease)\b"
                                r"(?:\s+in\s+[^,.;\d]{1,40}?(?=\s+to\b))?", re.IGNORECASE)
def rounding_interval(claim: Claim) -> Interval:
    """An exact percentage stands for every value that rounds to it as written."""
    if claim.qualifier != "exact" or claim.value is None or not is_point(claim.interval):
        return claim.interval
    exponent = Decimal(repr(float(claim.value))).normalize().as_tuple().exponent
    decimals = max(0, -int(exponent))
    half = 0.5 * 10 ** -decimals
    return Interval(claim.value - half, claim.value + half)
