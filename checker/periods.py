"""Figures of another period than the event's, checked among themselves and against the night they hold.

The claims reader marks a figure of another period (a month's, a week's, a year's tally) as background:
the rules compare it with nothing of the event. That keeps "6,129 drones in July" from being set against
tonight's 400, but it also let a month's own errors through. Three checks read them again:

- the figures one sentence tells of one period hold as parts and bounds among themselves ("In July,
  Russia launched 6,129 drones, and the Air Force reported 6,178 of them shot down");
- the figures of one month, told in several sentences, agree ("6,310 drones ... in June", then "Of the
  6,130 drones launched in June");
- a night the article reports is no more than the span of days that holds it ("1,690 drones and 58
  missiles ... in the seven days to Sunday", then "Thursday night, when 728 drones and 64 missiles").

Only failures are reported: a period's figures that hold add no lines to a report.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from checker.claims import A_PART_INTRODUCED_BEFORE, UNPLACED
from checker.countries import COUNTRY_NAMES
from checker.model import Claim, Document, Finding
from checker.rules import CLOCK, Context, RuleBase, RuleSet
from checker.rules.base import figure, label

FindingsOf = Callable[[RuleBase, Context, Mapping[str, int]], list[Finding]]

# the kinds whose relations hold inside any one period: a part is at most its whole, what was
# downed at most what was launched
_KINDS_OF_ANY_PERIOD = frozenset({"part_of", "bounds"})
_KINDS_OF_ONE_MONTH = frozenset({"consistent"})
# "772 ... last year, down from 1,041 in 2024", "compared with 58 in June": two periods in a sentence
_TWO_PERIODS_BETWEEN = ("compared", " than ", " from ", "versus", " vs", "against", "while", "whereas",
                        " in 20", " in 19", " last ", " previous", " earlier")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
_IN_A_MONTH = re.compile(r"\b(?:in|during|throughout)[ \t]+(?P<month>" + "|".join(_MONTH_NAMES)
                         + r")\b(?![ \t]+\d)")
_A_MONTH_OR_YEAR = re.compile(r"\b(?:" + "|".join(_MONTH_NAMES) + r")\b|\b(?:19|20)\d\d\b|"
                              r"\b(?:last|previous|next)[ \t]+year\b|\byear[ \t]+(?:earlier|before|ago)\b")
# "Children accounted for 23 of the dead": a part, no rival of the month's toll
_A_PART_OF_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the|them|those|these|whom|which)\b")
# a span of days that holds the night the article reports: "in the seven days to Sunday", "this week"
_A_SPAN_THAT_HOLDS_THE_NIGHT = re.compile(
    # not "earlier this month", "the last week of July"
    r"\b(?<!earlier )(?:this|the[ \t]+past|the[ \t]+last)[ \t]+(?:week|month)\b(?![ \t]+of\b)|"
    r"\bso[ \t]+far[ \t]+this[ \t]+(?:week|month)\b|"
    r"\bin[ \t]+the[ \t]+(?:seven|eight|nine|ten|fourteen|[7-9]|1\d)[ \t]+days[ \t]+(?:to|until|through)\b|"
    r"\b(?:over|during|throughout)[ \t]+the[ \t]+week\b", re.IGNORECASE)
# "Russian", "Ukrainian", "Israeli", "Lebanese", "Turkish": whose weapons a figure counts
_A_NATION_S = re.compile(r"\b[A-Z][a-z]+(?:an|ian|i|ese|ish)\b")
# what is launched and downed: a night's count of them is one night's share of the week's
_LAUNCHED_AND_DOWNED = frozenset({
    "drones_launched", "missiles_launched", "ballistic_launched", "cruise_launched", "targets_launched",
    "intercepted", "drones_intercepted", "missiles_intercepted"})


def failures_of_other_periods(ruleset: RuleSet, usable: Sequence[Claim], background: Sequence[Claim],
                              docs: Mapping[str, Document], order: Mapping[str, int],
                              findings_of: FindingsOf) -> list[Finding]:
    """The failures of the three checks above, in that order."""
    return (_told_together(ruleset, background, docs, order, findings_of)
            + _one_month_s(ruleset, background, docs, order, findings_of)
            + _nights_beyond_their_span(ruleset, usable, background, docs, order))


def _told_together(ruleset: RuleSet, background: Sequence[Claim], docs: Mapping[str, Document],
                   order: Mapping[str, int], findings_of: FindingsOf) -> list[Finding]:
    """The failures among figures of another period that one sentence tells together. Only sentences
    whose figures each count something else are read, and none that sets two periods side by side."""
    sentences: dict[tuple[str, int], list[Claim]] = {}
    for c in background:
        if c.category != "other" and not (c.scope.time and CLOCK.fullmatch(c.scope.time)):
            sentences.setdefault((c.document, c.sentence), []).append(c)
    failures: list[Finding] = []
    for figures in sentences.values():
        text = _text(docs, figures[0])
        # "destroyed 3,215 drones in July, including 486 over the Moscow region and 212 over Crimea": the
        # parts a list introduces, whatever their words say they count, are of the figure before it
        listed = next((c.start for c in figures if A_PART_INTRODUCED_BEFORE.search(
            text, max(0, c.start - 30), c.start)), None)
        told = [c for c in figures if listed is None or c.start < listed]
        if len(told) < 2 or len({c.category for c in told}) < len(told):
            continue
        if any(word in text[told[0].end:told[-1].start] for word in _TWO_PERIODS_BETWEEN):
            continue
        failures += _failures_within(ruleset, told, docs, order, findings_of, _KINDS_OF_ANY_PERIOD,
                                     "figures of one earlier period, told together")
    return failures


def _one_month_s(ruleset: RuleSet, background: Sequence[Claim], docs: Mapping[str, Document],
                 order: Mapping[str, int], findings_of: FindingsOf) -> list[Finding]:
    """The failures among the figures of one month, told in several sentences."""
    failures: list[Finding] = []
    for month in _months_told(background, docs).values():
        told_apart = _failures_within(ruleset, month, docs, order, findings_of, _KINDS_OF_ONE_MONTH,
                                      "figures of one month, told in several sentences")
        failures += [f for f in told_apart if len({c.sentence for c in month if c.id in f.claims}) > 1]
    return failures


def _failures_within(ruleset: RuleSet, figures: Sequence[Claim], docs: Mapping[str, Document],
                     order: Mapping[str, int], findings_of: FindingsOf, kinds: frozenset[str],
                     why: str) -> list[Finding]:
    """The failing checks of `kinds` among figures of another period, each read as that period's own."""
    # a figure of no place is of the period's whole area, not set apart from the places of the event
    period = tuple(replace(c, role="total", scope=replace(c.scope, place=None) if c.scope.place == UNPLACED
                           else c.scope) for c in figures)
    failures: list[Finding] = []
    for rule in ruleset:
        if rule.kind not in kinds:
            continue
        ctx = Context(claims=tuple(c for c in period if rule.where.matches(c)), documents=docs,
                      reference=(), lexicon=ruleset.lexicon)
        failures += [replace(f, message=f"{f.message} ({why})") for f in findings_of(rule, ctx, order)
                     if f.status == "fail"]
    return failures


def _months_told(background: Sequence[Claim],
                 docs: Mapping[str, Document]) -> dict[tuple[str, str], list[Claim]]:
    """Figures of another period grouped by the one month their sentence names ("Russia launched 6,310
    drones in June", "Of the 6,130 drones launched in June, 5,622 were shot down"): a month's figures,
    wherever the article tells them. A sentence that names two months, a day of one or a year is left out."""
    months: dict[tuple[str, str], list[Claim]] = {}
    for c in background:
        if c.document not in docs or c.category == "other" or c.unit != "count":
            continue
        text = _text(docs, c)
        start, end = _sentence_of(text, c)
        named = {m.group() for m in _A_MONTH_OR_YEAR.finditer(text, start, end)}
        month = _IN_A_MONTH.search(text, start, end)
        if month is not None and named == {month.group("month")} and not A_PART_INTRODUCED_BEFORE.search(
                text, max(0, c.start - 30), c.start) and not _A_PART_OF_AFTER.match(text, c.end):
            months.setdefault((c.document, month.group("month")), []).append(c)
    return {key: claims for key, claims in months.items() if len(claims) > 1}


def _nights_beyond_their_span(ruleset: RuleSet, usable: Sequence[Claim], background: Sequence[Claim],
                              docs: Mapping[str, Document], order: Mapping[str, int]) -> list[Finding]:
    """A count of what was launched or downed on the night the article reports that is more than the
    same count over a span of days that holds the night ("58 missiles ... in the seven days to Sunday",
    "Thursday night, when 728 drones and 64 missiles ... were launched"), reported under the category's
    `consistent` rule: the two cannot both be true."""
    rules = {getattr(rule, "category", None): rule for rule in ruleset if rule.kind == "consistent"}
    failures: list[Finding] = []
    for span in background:
        rule = rules.get(span.category)
        if rule is None or span.category not in _LAUNCHED_AND_DOWNED or span.high is None or (
                span.unit != "count" or span.document not in docs):
            continue
        text = _text(docs, span)
        if not _A_SPAN_THAT_HOLDS_THE_NIGHT.search(text, *_sentence_of(text, span)):
            continue
        for night in usable:
            if (night.document == span.document and night.category == span.category and night.unit == "count"
                    and night.low is not None and night.low > span.high and _within(night, span)
                    and _one_side(night, span)):
                failures.append(Finding(
                    rule=rule.id, status="fail", severity=rule.severity, kind=rule.kind,
                    claims=tuple(sorted((span.id, night.id), key=order.__getitem__)),
                    message=f"{label(span.category)} {figure(night)} on one night cannot be more than "
                            f"{figure(span)} over the days that hold it"))
    return failures


def _within(night: Claim, span: Claim) -> bool:
    """The night's place lies in the span's: the same, either unnamed, or the span's a country."""
    inner, outer = night.scope.place, span.scope.place
    return (inner in (None, UNPLACED) or outer in (None, UNPLACED) or inner == outer
            or (outer in COUNTRY_NAMES and inner not in COUNTRY_NAMES))


def _one_side(a: Claim, b: Claim) -> bool:
    """Neither figure names a side the other does not: "4,402 of the Russian drones" and "804 Ukrainian
    drones" are two air wars."""
    sides = [_A_NATION_S.findall(c.text) for c in (a, b)]
    return not sides[0] or not sides[1] or sides[0] == sides[1]


def _text(docs: Mapping[str, Document], claim: Claim) -> str:
    doc = docs.get(claim.document)
    return doc.text if doc is not None else ""


def _sentence_of(text: str, claim: Claim) -> tuple[int, int]:
    """The bounds of the sentence a figure stands in, as far as a full stop or a line break."""
    start = max(text.rfind(". ", 0, claim.start), text.rfind("\n", 0, claim.start)) + 1
    end = min((i for i in (text.find(". ", claim.end), text.find("\n", claim.end)) if i >= 0),
              default=len(text))
    return start, end
