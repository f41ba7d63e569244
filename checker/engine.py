"""Evaluate a rule set over the claims of one or several documents -> findings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from checker.model import Claim, Document, Finding, ReferenceFigure
from checker.rules import Context, RuleBase, RuleSet, Verdict


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
    order = {c.id: i for i, c in enumerate(claims)}
    usable = tuple(c for c in claims if not c.negated and c.role == "total")
    findings: list[Finding] = []
    for rule in ruleset:
        ctx = Context(
            claims=tuple(c for c in usable if rule.where.matches(c)),
            documents=docs,
            reference=tuple(reference),
            lexicon=ruleset.lexicon,
        )
        findings += _findings(rule, ctx, order)
    return findings


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
