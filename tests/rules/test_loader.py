"""A wrong rule file is refused with its file, line and what is wrong; never a traceback."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from checker.errors import RuleError
from checker.rules import KINDS, load_rules

GOOD = """\
rules:
  - id: killed-consistent-two
    kind: consistent
    category: killed
    severity: error
    description: Tolls agree.
"""


def write(tmp_path: Path, text: str, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def refused(tmp_path: Path, text: str) -> RuleError:
    path = write(tmp_path, text)
    with pytest.raises(RuleError) as info:
        load_rules([path], include_default=False)
    assert info.value.path == str(path)
    return info.value


def test_a_good_file_loads_after_the_default_pack(tmp_path: Path) -> None:
    ruleset = load_rules([write(tmp_path, GOOD)])
    assert ruleset.ids[-1] == "killed-consistent-two"
    assert ruleset.origins["killed-consistent-two"].line == 2
    assert "killed-consistent" in ruleset.ids


def test_all_kinds_are_registered() -> None:
    assert list(KINDS) == ["consistent", "part_of", "place_within", "breakdown", "outcomes", "itemised",
                           "distributed", "sum", "bounds", "increment", "monotonic", "conversion",
                           "correction", "reference", "ratio", "change"]


CASES = {
    "bad_yaml": ("rules:\n  - id: x\n    kind: [consistent\n", 4, "not valid YAML"),
    "not_a_rule_list": ("rules: {id: x}\n", 1, "needs a `rules:` list"),
    "unknown_top_key": ("rule:\n  - id: x\n", 1,
                        "unknown top-level key 'rule' (did you mean 'rules'?)"),
    "unknown_kind": (GOOD.replace("kind: consistent", "kind: consistant"), 3,
                     "rule 'killed-consistent-two': unknown kind 'consistant' "
                     "(did you mean 'consistent'?)"),
    "missing_kind": (GOOD.replace("    kind: consistent\n", ""), 2, "missing field 'kind'"),
    "misspelt_field": (GOOD.replace("category:", "categry:"), 4,
                       "unknown field 'categry' (did you mean 'category'?)"),
    "missing_field": (GOOD.replace("    description: Tolls agree.\n", ""), 2,
                      "missing field 'description'"),
    "unknown_category": (GOOD.replace("category: killed", "category: kiled"), 4,
                         "unknown category 'kiled' (did you mean 'killed'?)"),
    "bad_severity": (GOOD.replace("severity: error", "severity: fatal"), 5,
                     "severity: Input should be 'error', 'warning' or 'info'"),
    "bad_within": (GOOD + "    within: article\n", 7, "within: Input should be"),
    "bad_id": (GOOD.replace("killed-consistent-two", "Killed_Consistent"), 2,
               "id: String should match"),
    "wrong_type": (GOOD.replace("category: killed", "category: [killed]"), 4,
                   "category: Input should be a valid string"),
    "bad_where_key": (GOOD + "    where: {units: count}\n", 7,
                      "unknown field 'where.units' (did you mean 'unit'?)"),
    "bad_tolerance": (GOOD + "    tolerance:\n      relative: -1\n", 8,
                      "tolerance.relative: Input should be greater than or equal to 0"),
    "bad_placeholder": (GOOD + '    message: "{a} vs {c}"\n', 7,
                        "unknown placeholder {c}; known: {a}, {b}, {category}"),
    "duplicate_key": (GOOD + "    severity: info\n", 7, "'severity' is given twice"),
    "duplicate_id": (GOOD + GOOD.removeprefix("rules:\n"), 7,
                     "duplicate rule id 'killed-consistent-two'"),
    "unknown_category_in_list": (
        "rules:\n  - id: b\n    kind: bounds\n    value: intercepted\n"
        "    at_most: [drones_launched, missile_launched]\n"
        "    severity: error\n    description: d\n", 5,
        "unknown category 'missile_launched' (did you mean 'missiles_launched'?)"),
    "bounds_without_limit": (
        "rules:\n  - id: b\n    kind: bounds\n    value: intercepted\n"
        "    severity: error\n    description: d\n", 2, "give `at_most`, `at_least` or both"),
    "rule_not_a_mapping": ("rules:\n  - just words\n", 2, "each rule must be a mapping"),
}


@pytest.mark.parametrize("name", CASES)
def test_bad_file_is_refused_with_its_line(tmp_path: Path, name: str) -> None:
    text, line, message = CASES[name]
    error = refused(tmp_path, text)
    assert (error.line, message in error.message) == (line, True), error.message
    assert str(error).startswith(f"{tmp_path / 'pack.yaml'}:{line}: ")


def test_missing_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="no such rule file or pack folder"):
        load_rules([tmp_path / "nope"])


def test_pack_folder_adds_its_categories(tmp_path: Path) -> None:
    write(tmp_path, """\
        categories:
          evacuated:
            description: People evacuated
            counts: [person]
            when: [evacuated]
        """, "categories.yaml")
    write(tmp_path, GOOD.replace("killed", "evacuated"), "evacuation.yaml")
    ruleset = load_rules([tmp_path])
    assert "evacuated" in ruleset.lexicon.names
    assert ruleset.get("evacuated-consistent-two") is not None


def test_disable_severity_and_tolerance_overrides() -> None:
    ruleset = load_rules(disable=["percent-at-most-100"],
                         severity_overrides={"toll-does-not-fall": "error"},
                         tolerance_overrides={"killed-consistent": {"absolute": 2}})
    assert "percent-at-most-100" not in ruleset.ids
    assert ruleset.get("toll-does-not-fall").severity == "error"  # type: ignore[union-attr]
    assert ruleset.get("killed-consistent").tolerance.absolute == 2  # type: ignore[union-attr]


@pytest.mark.parametrize("kwargs", [{"disable": ["killed-consistant"]},
                                    {"severity_overrides": {"killed-consistent": "fatal"}},
                                    {"tolerance_overrides": {"killed-consistent": {"rel": 1}}}])
def test_bad_overrides_are_refused(kwargs: dict) -> None:
    with pytest.raises(RuleError):
        load_rules(**kwargs)


def test_unknown_id_in_disable_suggests_the_close_one() -> None:
    with pytest.raises(RuleError, match="did you mean 'killed-consistent'"):
        load_rules(disable=["killed-consistant"])
