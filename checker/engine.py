"""Evaluate a rule set over the claims of one or several documents -> findings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from checker.claims import TOLLS, UNPLACED, is_care_place
from checker.model import Claim, Document, Finding, ReferenceFigure
from checker.periods import failures_of_other_periods
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
    Figures of another period are compared with nothing of the event; the failures among
    themselves (`checker.periods`) follow the rules' findings.
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
    return findings + failures_of_other_periods(ruleset, usable, background, docs, order, _findings)


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
    Calabarzon"; for things, one figure for "the Odesa and Mykolaiv regions" together): then it
    may be the sum of them all, and is compared only with other figures without a place."""
    places: dict[tuple[str, str], set[str]] = {}
    for c in claims:
        if c.scope.place and not c.scope.place_inferred and not is_care_place(c.scope.place):
            # "34 drones ... over the Odesa and Mykolaiv regions": a figure of several places at once
            places.setdefault((c.document, c.category), set()).update(
                c.scope.place.lower().split(" and ") if c.category not in TOLLS else (c.scope.place.lower(),))
            if c.category in TOLLS and c.role != "background":
                # "17 dead" by region, then "In Vietnam, ... 1 missing": tolls of several places
                places.setdefault((c.document, _ANY_TOLL), set()).add(c.scope.place.lower())
    shares = _places_shares(claims)
    return [replace(c, scope=replace(c.scope, place=UNPLACED)) if c.scope.place is None and (
        len(places.get((c.document, c.category), ())) > 1
        or ((c.category in TOLLS or c.category in _DAMAGE)
            and len(places.get((c.document, _ANY_TOLL), ())) > 1)
        or _a_place_s_share_after(c, shares))
        else c for c in claims]


_Shares = dict[tuple[str, int, str], list[tuple[int, float]]]


def _places_shares(claims: Sequence[Claim]) -> _Shares:
    """The figures with a place of their own, by document, sentence and category: (start, value)."""
    shares: _Shares = {}
    for c in claims:
        if c.scope.place and not c.scope.place_inferred and c.value is not None and c.category not in TOLLS:
            shares.setdefault((c.document, c.sentence, c.category), []).append((c.start, c.value))
    return shares


def _a_place_s_share_after(whole: Claim, shares: _Shares) -> bool:
    """"Air defences destroyed 96 drones, 27 of them over the Ryazan region": a smaller figure of the
    category later in the sentence, with a place of its own, is one place's share; the whole is
    not that place's. Not for tolls, whose parts by kind of person carry stray places."""
    if whole.value is None or whole.category in TOLLS:
        return False
    return any(start > whole.end and value < whole.value
               for start, value in shares.get((whole.document, whole.sentence, whole.category), ()))


# "The strike damaged three multi-storey buildings ... two private houses were damaged [in Zolochiv]": in an
# article of several places' tolls, a count of damage that names no place may be any one place's
_DAMAGE = frozenset({"buildings_damaged", "fires", "sites"})


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
