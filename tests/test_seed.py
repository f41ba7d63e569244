"""The seed article end to end: every labelled claim, no not-claim, the three checks pass."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

import checker
from tests.conftest import SEED, SEED_EXPECTED, run_check
from tests.expected import score


@pytest.fixture(scope="module")
def seed_json() -> dict:
    result = run_check(SEED, "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_every_labelled_claim_is_found_with_its_meaning(seed_text: str) -> None:
    scored = score(seed_text, checker.extract(seed_text), SEED_EXPECTED)
    assert not scored.missed, [lb.text for lb in scored.missed]
    assert not scored.wrong, [(lb.text, why) for lb, _, why in scored.wrong]


def test_no_date_year_or_model_name_is_a_claim(seed_text: str) -> None:
    scored = score(seed_text, checker.extract(seed_text), SEED_EXPECTED)
    assert not scored.not_claims_reported, [(s, c.text) for s, c in scored.not_claims_reported]


def test_json_contract_on_the_seed(seed_json: dict, seed_text: str) -> None:
    assert seed_json["version"] == 1
    assert seed_json["documents"][0]["date"] == "2025-04-25"
    for claim in seed_json["claims"]:
        assert seed_text[claim["start"]:claim["end"]] == claim["text"]
    by_text = {c["text"]: c for c in seed_json["claims"]}
    lede = by_text["at least 12 people"]
    assert (lede["value"], lede["low"], lede["high"]) == (12, 12, None)
    assert (lede["qualifier"], lede["category"], lede["unit"]) == ("at_least", "killed", "count")
    assert lede["scope"]["place"] == "Kyiv"
    summary = seed_json["summary"]
    assert summary["failed"] == 0
    assert summary == {**summary, "documents": 1, "claims": len(seed_json["claims"])}


def _finding(report: dict, rule: str) -> dict:
    found = [f for f in report["findings"] if f["rule"] == rule]
    assert found, f"no finding of {rule}"
    return found[0]


def test_the_three_seed_checks_pass(seed_json: dict) -> None:
    ids = {c["id"]: c["text"] for c in seed_json["claims"]}
    killed = _finding(seed_json, "killed-consistent")
    assert killed["status"] == "pass"
    assert {"at least 12 people", "12 dead"} <= {ids[c] for c in killed["claims"]}
    part = _finding(seed_json, "ballistic-within-missiles")
    assert part["status"] == "pass"
    assert {ids[c] for c in part["claims"]} == {"11 ballistic missiles", "70 missiles"}
    bound = _finding(seed_json, "intercepted-within-launched")
    assert bound["status"] == "pass"
    assert {ids[c] for c in bound["claims"]} == {"112 targets", "145 drones", "70 missiles"}
    assert "112" in bound["message"] and "215" in bound["message"]
    assert not [f for f in seed_json["findings"] if f["status"] == "fail"]


def test_seed_json_matches_the_golden_file(seed_json: dict) -> None:
    golden = Path(__file__).parent / "golden" / "seed.json"
    expected = json.loads(golden.read_text(encoding="utf-8"))
    for doc in expected["documents"] + seed_json["documents"]:
        doc["path"] = Path(doc["path"]).name
    assert seed_json == expected, "run `make golden` after an intended change"


def test_expected_yaml_lists_three_passing_checks() -> None:
    data = yaml.safe_load(SEED_EXPECTED.read_text(encoding="utf-8"))
    assert [c["status"] for c in data["checks"]] == ["pass"] * 3
    assert data["failures_expected"] == 0


@pytest.mark.parametrize(
    ("old", "new", "rule"),
    [
        ("there were 12 dead", "there were 9 dead", "killed-consistent"),
        ("shot down 112 targets", "shot down 250 targets", "intercepted-within-launched"),
        ("including 11 ballistic missiles", "including 71 ballistic missiles", "ballistic-within-missiles"),
    ],
    ids=["killed-9-vs-at-least-12", "250-downed-of-215", "71-ballistic-of-70"],
)
def test_an_edited_seed_fails_the_right_check(tmp_path: Path, seed_text: str, old: str, new: str,
                                               rule: str) -> None:
    assert old in seed_text
    article = tmp_path / "edited.txt"
    article.write_text(seed_text.replace(old, new), encoding="utf-8")
    result = run_check(article, "--format", "json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    failed = [f for f in report["findings"] if f["status"] == "fail"]
    assert [f["rule"] for f in failed] == [rule]
    assert failed[0]["severity"] == "error"
