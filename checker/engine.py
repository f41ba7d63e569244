"""Evaluate a rule set over the claims of one or several documents -> findings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

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
    claims_by_id = {c.id: c for c in claims}
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
        findings += [_with_sources(f, ctx, claims_by_id) for f in _findings(rule, ctx, order)]
    return findings


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
