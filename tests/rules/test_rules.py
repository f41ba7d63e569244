"""Every rule case in tests/rules/cases, one pytest per case (`pytest -k fail_lower_figure`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.rules import load_rules
from checker.rules.doc import render_reference
from checker.testing import DEFAULT_CASES, Case, load_cases, run_case

ROOT = Path(__file__).resolve().parents[2]
RULESET = load_rules()
CASES = load_cases(DEFAULT_CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: Case) -> None:
    result = run_case(case, RULESET)
    if result.outcome == "skipped":
        pytest.skip(result.detail)
    assert result.ok, f"{case.path}:{case.line}: {result.detail}"


def test_every_rule_has_a_pass_and_a_fail_case() -> None:
    names = {(c.rule, c.name.split("_")[0]) for c in CASES}
    lacking = [f"{rid} lacks a {kind}_ case" for rid in RULESET.ids for kind in ("pass", "fail")
               if (rid, kind) not in names]
    assert not lacking, "\n".join(lacking)


def test_every_case_file_names_a_rule_of_the_pack() -> None:
    unknown = sorted({c.rule for c in CASES} - set(RULESET.ids))
    assert not unknown


def test_every_category_a_rule_names_is_in_the_lexicon() -> None:
    names = RULESET.lexicon.names
    missing = [(r.id, c) for r in RULESET for c in r.categories() if c not in names]
    assert not missing


def test_every_rule_has_a_description_and_a_kebab_case_id() -> None:
    for rule in RULESET:
        assert rule.description.strip(), rule.id
        assert rule.id == rule.id.lower() and "_" not in rule.id


def test_default_pack_holds_the_rules_the_design_names() -> None:
    wanted = {"killed-consistent", "injured-consistent", "missing-consistent",
              "ballistic-within-missiles", "cruise-within-missiles",
              "intercepted-within-launched", "intercepted-sum", "toll-does-not-fall",
              "drones-launched-consistent", "lost-and-downed-within-launched",
              "percent-at-most-100", "killed-matches-reference", "share-matches-figures"}
    assert wanted <= set(RULESET.ids)


def test_docs_rules_md_is_up_to_date() -> None:
    doc = ROOT / "docs" / "rules.md"
    assert doc.read_text(encoding="utf-8") == render_reference(RULESET), \
        "docs/rules.md is stale: run `check rules doc -o docs/rules.md`"
