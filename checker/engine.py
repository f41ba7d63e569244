"""Evaluate a rule set over the claims of one or several documents -> findings."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from checker.claims import A_PART_INTRODUCED_BEFORE, TOLLS, UNPLACED, is_care_place
from checker.model import Claim, Document, Finding, ReferenceFigure
from checker.rules import CLOCK, Context, RuleBase, RuleSet, Verdict, Where, written_interval
from checker.units import convert, same_dimension


def evaluate(
    ruleset: RuleSet,
    claims: Sequence[Claim],
    documents: Sequence[Document],
    reference: Sequence[ReferenceFigure] = (),
) -> list[Finding]:
    """Every rule's findings, in rule order, then in the order of the claims they concern.

    Negated claims ("could kill 100") never take part in a check, nor do figures of a part
    or an increment ("six of them children", "two more bodies"): they are not the whole toll.
    """
    docs = {d.id: d for d in documents}
    claims = _unplaced_apart(_in_common_units(claims))
    claims_by_id = {c.id: c for c in claims}
    order = {c.id: i for i, c in enumerate(claims)}
    usable = tuple(c for c in claims if not c.negated and c.role == "total")
    parts = tuple(c for c in claims if not c.negated and c.role == "subset")
    background = tuple(c for c in claims if not c.negated and c.role == "background")
    history = tuple(c for c in background if c.scope.time is not None and CLOCK.fullmatch(c.scope.time))
    increments = tuple(c for c in claims if not c.negated and c.role == "increment")
    contexts: dict[object, Context] = {}
    findings: list[Finding] = []
    for rule in ruleset:
        key = rule.where.filters()
        ctx = contexts.get(key)
        if ctx is None:
            rule_claims, rule_parts, rule_history, rule_background, rule_increments = _kept_by(
                rule.where, (usable, parts, history, background, increments))
            ctx = contexts[key] = Context(
                claims=rule_claims,
                documents=docs,
                reference=tuple(reference),
                lexicon=ruleset.lexicon,
                parts=rule_parts,
                history=rule_history,
                background=rule_background,
                increments=rule_increments,
            )
        findings += [_with_sources(f, ctx, claims_by_id) for f in _findings(rule, ctx, order)]
    return findings + _another_period_s_failures(ruleset, background, docs, order)


# the kinds whose relations hold inside any one period: a part is at most its whole, what was
# downed at most what was launched
_KINDS_OF_ANY_PERIOD = frozenset({"part_of", "bounds"})
# "772 ... last year, down from 1,041 in 2024", "compared with 58 in June": two periods in a sentence
_TWO_PERIODS_BETWEEN = ("compared", " than ", " from ", "versus", " vs", "against", "while", "whereas",
                        " in 20", " in 19", " last ", " previous", " earlier")


def _another_period_s_failures(ruleset: RuleSet, background: Sequence[Claim], docs: Mapping[str, Document],
                               order: Mapping[str, int]) -> list[Finding]:
    """The failures among figures of another period that one sentence tells together ("In July,
    Russia launched 6,129 drones, and the Air Force reported 6,178 of them shot down"): they are
    compared with nothing of the event, but a part of that period still cannot exceed its whole.

    Only sentences whose figures each count something else are read, and none that sets two
    periods side by side."""
    sentences: dict[tuple[str, int], list[Claim]] = {}
    for c in background:
        if c.category != "other" and not (c.scope.time and CLOCK.fullmatch(c.scope.time)):
            sentences.setdefault((c.document, c.sentence), []).append(c)
    failures: list[Finding] = []
    for figures in sentences.values():
        text = docs[figures[0].document].text if figures[0].document in docs else ""
        # "destroyed 3,215 drones in July, including 486 over the Moscow region and 212 over Crimea": the
        # parts a list introduces, whatever their words say they count, are of the figure before it
        listed = next((c.start for c in figures if A_PART_INTRODUCED_BEFORE.search(
            text, max(0, c.start - 30), c.start)), None)
        told = [c for c in figures if listed is None or c.start < listed]
        if len(told) < 2 or len({c.category for c in told}) < len(told):
            continue
        between = text[told[0].end:told[-1].start]
        if any(word in between for word in _TWO_PERIODS_BETWEEN):
            continue
        failures += _failures_within(ruleset, told, docs, order, _KINDS_OF_ANY_PERIOD,
                                     "figures of one earlier period, told together")
    for month in _months_told(background, docs).values():
        failures += [f for f in _failures_within(ruleset, month, docs, order, _KINDS_OF_ONE_MONTH,
                                                 "figures of one month, told in several sentences")
                     if len({c.sentence for c in month if c.id in f.claims}) > 1]
    return failures


def _failures_within(ruleset: RuleSet, figures: Sequence[Claim], docs: Mapping[str, Document],
                     order: Mapping[str, int], kinds: frozenset[str], why: str) -> list[Finding]:
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
        failures += [replace(f, message=f"{f.message} ({why})") for f in _findings(rule, ctx, order)
                     if f.status == "fail"]
    return failures


_KINDS_OF_ONE_MONTH = frozenset({"consistent"})
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
_IN_A_MONTH = re.compile(r"\b(?:in|during|throughout)[ \t]+(?P<month>" + "|".join(_MONTH_NAMES)
                         + r")\b(?![ \t]+\d)")
_A_MONTH_OR_YEAR = re.compile(r"\b(?:" + "|".join(_MONTH_NAMES) + r")\b|\b(?:19|20)\d\d\b|"
                              r"\b(?:last|previous|next)[ \t]+year\b|\byear[ \t]+(?:earlier|before|ago)\b")
# "Children accounted for 23 of the dead": a part, no rival of the month's toll
_A_PART_OF_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the|them|those|these|whom|which)\b")


def _months_told(background: Sequence[Claim],
                 docs: Mapping[str, Document]) -> dict[tuple[str, str], list[Claim]]:
    """Figures of another period grouped by the one month their sentence names ("Russia launched 6,310
    drones in June", "Of the 6,130 drones launched in June, 5,622 were shot down"): a month's figures,
    wherever the article tells them. A sentence that names two months, a day of one or a year is left out."""
    months: dict[tuple[str, str], list[Claim]] = {}
    for c in background:
        doc = docs.get(c.document)
        if doc is None or c.category == "other" or c.unit != "count":
            continue
        start = max(doc.text.rfind(". ", 0, c.start), doc.text.rfind("\n", 0, c.start)) + 1
        end = min((i for i in (doc.text.find(". ", c.end), doc.text.find("\n", c.end)) if i >= 0),
                  default=len(doc.text))
        named = {m.group() for m in _A_MONTH_OR_YEAR.finditer(doc.text, start, end)}
        month = _IN_A_MONTH.search(doc.text, start, end)
        if month is not None and named == {month.group("month")} and not A_PART_INTRODUCED_BEFORE.search(
                doc.text, max(0, c.start - 30), c.start) and not _A_PART_OF_AFTER.match(doc.text, c.end):
            months.setdefault((c.document, month.group("month")), []).append(c)
    return {key: claims for key, claims in months.items() if len(claims) > 1}


def _kept_by(where: Where, groups: tuple[tuple[Claim, ...], ...]) -> tuple[tuple[Claim, ...], ...]:
    """Each group of claims (totals, parts, history, background) as a rule's `where` keeps it.

    `evaluate` filters, and builds a rule's Context, once per distinct filter: most rules of a
    pack share one (`unit: count`), so they share one Context too, and with it the index of
    its claims by category that kinds look figures up in; filtering per rule was a tenth of a
    check."""
    return tuple(tuple(c for c in group if where.matches(c)) for group in groups)


def _with_sources(finding: Finding, ctx: Context, claims_by_id: Mapping[str, Claim]) -> Finding:
    """Across reports, say which report each figure comes from, unless the kind already did."""
    claims = [claims_by_id[c] for c in finding.claims]
    if len({c.document for c in claims}) < 2:
        return finding
    labels = {c.document: ctx.doc_label(c.document) for c in claims}
    if all(label in finding.message for label in labels.values()):
        return finding
    by_document: dict[str, list[str]] = {}
    for c in claims:
        by_document.setdefault(c.document, []).append(f'"{c.text}"')
    where = "; ".join(f"{', '.join(texts)} in {labels[d]}" for d, texts in by_document.items())
    return replace(finding, message=f"{finding.message} ({where})")


def _findings(rule: RuleBase, ctx: Context, order: Mapping[str, int]) -> list[Finding]:
    made = [_finding(rule, v, order) for v in rule.check(ctx)]
    return sorted(made, key=lambda f: (not f.claims, [order[c] for c in f.claims]))


def _finding(rule: RuleBase, verdict: Verdict, order: Mapping[str, int]) -> Finding:
    ids = tuple(sorted({c.id for c in verdict.claims}, key=order.__getitem__))
    return Finding(
        rule=rule.id,
        status=verdict.status,
        severity=verdict.severity or rule.severity,
        message=verdict.message,
        claims=ids,
        kind=rule.kind,
    )




def _unplaced_apart(claims: Sequence[Claim]) -> list[Claim]:
    """A figure with no place is compared with any place, unless its article gives figures of
    that category, or tolls of any kind, for several places ("46 died; 23 in Bicol, 11 in
    Calabarzon"): then it may be the sum of them all, and is compared only with other figures
    without a place."""
    places: dict[tuple[str, str], set[str]] = {}
    for c in claims:
        if c.scope.place and not c.scope.place_inferred and not is_care_place(c.scope.place):
            places.setdefault((c.document, c.category), set()).add(c.scope.place.lower())
            if c.category in TOLLS and c.role != "background":
                # "17 dead" by region, then "In Vietnam, ... 1 missing": tolls of several places
                places.setdefault((c.document, _ANY_TOLL), set()).add(c.scope.place.lower())
    return [replace(c, scope=replace(c.scope, place=UNPLACED)) if c.scope.place is None and (
        len(places.get((c.document, c.category), ())) > 1
        or (c.category in TOLLS and len(places.get((c.document, _ANY_TOLL), ())) > 1)) else c for c in claims]


_ANY_TOLL = "(any toll)"


def _in_common_units(claims: Sequence[Claim]) -> list[Claim]:
    """Figures of one category in different units of one kind ("12 km", "7.5 miles") are
    converted to the unit its first figure uses, so rules compare like with like.

    A measurement stands for what rounds to it ("7.5 miles" is 7.45 to 7.55), so each figure
    of such a category is widened by half its last written digit before converting. Only the
    intervals and the unit change; the text and the value stay as written. pint is loaded
    only when such a pair exists, which keeps it off the path of most checks.
    """
    first: dict[str, str] = {}
    mixed: set[str] = set()
    for claim in claims:
        if _measured(claim):
            unit = first.setdefault(claim.category, claim.unit)
            if claim.unit != unit and same_dimension(claim.unit, unit):
                mixed.add(claim.category)
    return [_converted(c, first[c.category]) if c.category in mixed and _measured(c) else c
            for c in claims]


def _measured(claim: Claim) -> bool:
    return claim.unit != "count" and not claim.unit.startswith("1/")


def _converted(claim: Claim, unit: str) -> Claim:
    if not same_dimension(claim.unit, unit):
        return claim
    rounded = written_interval(claim)

    def to_unit(x: float | None) -> float | None:
        return None if x is None else convert(x, claim.unit, unit)

    return replace(claim, low=to_unit(rounded.low), high=to_unit(rounded.high), unit=unit)
