"""Engine semantics the rule cases rely on, tested on claims given directly."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.engine import evaluate
from checker.model import Document, Finding, ReferenceFigure
from checker.rules import load_rules
from checker.testing import _claims

RULESET = load_rules()
DOCS = [Document(id="d1", text="", date="2025-04-25", source="Reuters")]


def run(rule_id: str, claims: list[dict[str, Any]], docs: list[Document] | None = None,
        reference: tuple[ReferenceFigure, ...] = ()) -> list[Finding]:
    return evaluate(RULESET.only(rule_id), _claims(claims), docs or DOCS, reference)


def statuses(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.status, f.severity) for f in findings]


SEED = [
    {"category": "killed", "value": 12, "qualifier": "at_least", "place": "Kyiv",
     "text": "at least 12 people"},
    {"category": "injured", "value": 90, "place": "Kyiv", "text": "wounded 90 people"},
    {"category": "killed", "value": 5000, "unit": "1/week", "attribution": "Trump",
     "text": "5000 soldiers a week"},
    {"category": "sites", "value": 13, "text": "13 sites"},
    {"category": "fires", "value": 40, "text": "Forty fires"},
    {"category": "killed", "value": 12, "attribution": "Tymur Tkachenko", "place": "Kyiv",
     "text": "12 dead"},
    {"category": "drones_launched", "value": 145, "text": "145 drones", "place": "Kyiv"},
    {"category": "missiles_launched", "value": 70, "text": "70 missiles", "place": "Kyiv"},
    {"category": "ballistic_launched", "value": 11, "text": "11 ballistic missiles",
     "place": "Kyiv"},
    {"category": "intercepted", "value": 112, "text": "112 targets", "place": "Kyiv"},
    {"category": "regions", "value": 7, "text": "seven other regions"},
]


def test_seed_article_passes_every_check_it_can_run() -> None:
    findings = evaluate(RULESET, _claims(SEED), DOCS)
    assert [f for f in findings if f.status == "fail"] == []
    passed = {f.rule: f for f in findings if f.status == "pass"}
    assert set(passed) == {"killed-consistent", "ballistic-within-missiles",
                           "intercepted-within-launched"}
    assert passed["intercepted-within-launched"].message == (
        'intercepted "112 targets" ≤ drones launched + missiles launched = 215 '
        '("145 drones" + "70 missiles")')
    assert passed["intercepted-within-launched"].claims == ("d1.c7", "d1.c8", "d1.c10")
    assert passed["killed-consistent"].claims == ("d1.c1", "d1.c6")


def test_every_rule_reports_something_and_kind_is_set() -> None:
    findings = evaluate(RULESET, _claims(SEED), DOCS)
    assert [f.rule for f in findings if f.rule] == sorted(
        (f.rule for f in findings), key=lambda r: RULESET.ids.index(r))
    assert {f.rule for f in findings} == set(RULESET.ids)
    assert all(f.kind == RULESET.get(f.rule).kind for f in findings)  # type: ignore[union-attr]


def test_same_input_twice_gives_identical_findings() -> None:
    first = evaluate(RULESET, _claims(SEED), DOCS)
    assert evaluate(RULESET, _claims(SEED), DOCS) == first


def test_findings_follow_the_claims_order() -> None:
    claims = [{"category": "killed", "value": v} for v in (20, 12, 9)]
    found = run("killed-consistent", claims)
    assert [f.claims for f in found] == [("d1.c1", "d1.c2"), ("d1.c1", "d1.c3"),
                                         ("d1.c2", "d1.c3")]


def test_different_places_are_not_compared() -> None:
    found = run("killed-consistent", [{"category": "killed", "value": 12, "place": "Kyiv"},
                                      {"category": "killed", "value": 3, "place": "Kharkiv"}])
    assert statuses(found) == [("skip", "error")]
    assert found[0].message == "no two killed figures are about the same scope and unit"


def test_unknown_place_is_compared_with_the_one_place_an_article_names() -> None:
    found = run("killed-consistent", [{"category": "killed", "value": 12, "place": "Kyiv"},
                                      {"category": "killed", "value": 9}])
    assert statuses(found) == [("fail", "error")]


def test_unknown_place_stands_apart_when_the_article_names_several() -> None:
    """"46 died; 23 in Bicol, 11 in Calabarzon": the figure without a place may be their sum."""
    found = run("killed-consistent", [{"category": "killed", "value": 23, "place": "Bicol"},
                                      {"category": "killed", "value": 11, "place": "Calabarzon"},
                                      {"category": "killed", "value": 46},
                                      {"category": "killed", "value": 46, "text": "46 dead"}])
    assert statuses(found) == [("pass", "error")]
    assert found[0].message == '2 killed figures agree: "46", "46 dead"'


def test_rates_are_not_compared_with_counts() -> None:
    found = run("killed-consistent", [
        {"category": "killed", "value": 12},
        {"category": "killed", "value": 5000, "unit": "1/week"}])
    assert statuses(found) == [("skip", "error")]
    assert "only one killed figure" in found[0].message


def test_disputed_between_named_sources_is_info() -> None:
    found = run("killed-consistent", [
        {"category": "killed", "value": 12, "attribution": "Kyiv officials", "text": "12"},
        {"category": "killed", "value": 3, "attribution": "the Kremlin", "text": "three"}])
    assert statuses(found) == [("fail", "info")]
    assert found[0].message == 'disputed: Kyiv officials says "12", the Kremlin says "three"'


def test_conflict_without_attribution_keeps_the_rule_severity() -> None:
    found = run("killed-consistent", [
        {"category": "killed", "value": 12, "attribution": "Kyiv officials"},
        {"category": "killed", "value": 3}])
    assert statuses(found) == [("fail", "error")]


def test_negated_claims_never_take_part() -> None:
    found = run("killed-consistent", [
        {"category": "killed", "value": 12},
        {"category": "killed", "value": 0, "negated": True}])
    assert statuses(found) == [("skip", "error")]


def test_within_sentence_compares_one_sentence_only() -> None:
    rule = RULESET.get("killed-consistent").model_copy(update={"within": "sentence"})  # type: ignore[union-attr]
    ruleset = RULESET.only("killed-consistent")
    ruleset = type(ruleset)((rule,), ruleset.lexicon)
    claims = _claims([{"category": "killed", "value": 12, "sentence": 0},
                      {"category": "killed", "value": 9, "sentence": 1}])
    assert [f.status for f in evaluate(ruleset, claims, DOCS)] == ["skip"]


def test_event_wide_toll_is_compared_inside_each_article_only() -> None:
    """A toll is cumulative: 9 in one article and 12 in a later one is monotonic's job."""
    rule = RULESET.get("killed-consistent").model_copy(update={"within": "event"})  # type: ignore[union-attr]
    ruleset = type(RULESET)((rule,), RULESET.lexicon)
    docs = [Document(id="d1", text="", date="2025-04-24"),
            Document(id="d2", text="", date="2025-04-25")]
    claims = _claims([{"category": "killed", "value": 9, "document": "d1"},
                      {"category": "killed", "value": 12, "document": "d2"}])
    assert [f.status for f in evaluate(ruleset, claims, docs)] == ["skip"]


def test_fixed_fact_is_compared_across_articles() -> None:
    docs = [Document(id="d1", text="", source="Reuters"), Document(id="d2", text="", path="b.txt")]
    found = run("drones-launched-consistent", [
        {"category": "drones_launched", "value": 145, "document": "d1"},
        {"category": "drones_launched", "value": 90, "document": "d2"}], docs)
    assert [f.message for f in found] == ['"145" in Reuters and "90" in b.txt cannot both be true']
    assert found[0].claims == ("d1.c1", "d2.c1")


def test_skip_names_the_absent_category() -> None:
    found = run("ballistic-within-missiles", [{"category": "missiles_launched", "value": 70}])
    assert [(f.status, f.message) for f in found] == [
        ("skip", "no ballistic_launched figure in this article")]


def test_bounds_with_a_list_needs_every_category() -> None:
    found = run("intercepted-within-launched", [
        {"category": "intercepted", "value": 112}, {"category": "drones_launched", "value": 145}])
    assert [f.message for f in found] == ["no missiles_launched figure in this article"]


def test_monotonic_warns_when_a_later_toll_is_lower() -> None:
    docs = [Document(id="d1", text="", date="2025-04-24T09:00+03:00", source="Reuters"),
            Document(id="d2", text="", date="2025-04-24T08:00Z", source="AP")]
    found = run("toll-does-not-fall", [
        {"category": "killed", "value": 12, "document": "d1"},
        {"category": "killed", "value": 9, "document": "d2"}], docs)
    assert statuses(found) == [("fail", "warning")]
    assert found[0].message.startswith('Killed fell from "12" in Reuters')


def test_monotonic_at_least_then_higher_passes() -> None:
    docs = [Document(id="d1", text="", date="2025-04-24"),
            Document(id="d2", text="", date="2025-04-25")]
    found = run("toll-does-not-fall", [
        {"category": "killed", "value": 8, "qualifier": "at_least", "document": "d1"},
        {"category": "killed", "value": 12, "document": "d2"}], docs)
    assert statuses(found) == [("pass", "warning")]


def test_reference_row_without_place_matches_every_claim() -> None:
    row = ReferenceFigure(id="ref1", date=None, place=None, category="killed", low=14, high=14,
                          source="UN", url="https://example.org")
    found = run("killed-matches-reference", [{"category": "killed", "value": 12, "place": "Kyiv"}],
                reference=(row,))
    assert [f.message for f in found] == [
        'Killed "12" does not match the reference figure 14 (ref1, UN, https://example.org)']


@pytest.mark.parametrize(("value", "status"), [("69", "pass"), ("68.6", "pass"), ("68", "fail"),
                                                ("70", "fail")])
def test_ratio_rounding(value: str, status: str) -> None:
    from checker import check_texts

    text = f"Air defences shot down 48 of the 70 missiles, or {value}%, the air force said."
    report = check_texts([text], rules=RULESET.only("share-matches-figures"))
    assert [f.status for f in report.findings] == [status]


def test_tolerance_override_widens_before_comparing() -> None:
    ruleset = load_rules(tolerance_overrides={"killed-consistent": {"relative": 0.25}})
    claims = _claims([{"category": "killed", "value": 12}, {"category": "killed", "value": 9}])
    found = evaluate(ruleset.only("killed-consistent"), claims, DOCS)
    assert [(f.status, f.message) for f in found] == [
        ("pass", '2 killed figures agree: "12", "9" (tolerance 25%)')]


figures = st.lists(st.tuples(st.integers(0, 50), st.sampled_from(["exact", "at_least", "up_to"])),
                   min_size=2, max_size=6)


@given(figures)
@settings(max_examples=60, deadline=None)
def test_consistent_fails_exactly_the_pairs_that_cannot_overlap(raw: list) -> None:
    claims = _claims([{"category": "killed", "value": v, "qualifier": q} for v, q in raw])
    found = evaluate(RULESET.only("killed-consistent"), claims, DOCS)
    bad = {(a.id, b.id) for i, a in enumerate(claims) for b in claims[i + 1:]
           if not a.interval.overlaps(b.interval)}
    assert {f.claims for f in found if f.status == "fail"} == bad
    assert [f.status for f in found] == (["fail"] * len(bad) if bad else ["pass"])
    assert evaluate(RULESET.only("killed-consistent"), claims, DOCS) == found


@pytest.mark.parametrize(("miles", "status"), [(7.5, "pass"), (7.456, "pass"), (8.2, "fail")])
def test_figures_in_different_units_are_converted_before_comparing(tmp_path, miles: float,
                                                                   status: str) -> None:
    pack = tmp_path / "flood.yaml"
    pack.write_text("rules:\n  - id: flood-length-consistent\n    kind: consistent\n"
                    "    category: other\n    where: {unit: [kilometer, mile]}\n    severity: error\n"
                    "    description: The flooded stretch of river has one length.\n",
                    encoding="utf-8")
    ruleset = load_rules([pack], include_default=False)
    claims = _claims([{"category": "other", "value": 12, "unit": "kilometer", "text": "12 km"},
                      {"category": "other", "value": miles, "unit": "mile", "text": f"{miles} miles"}])
    assert [f.status for f in evaluate(ruleset, claims, DOCS)] == [status]
