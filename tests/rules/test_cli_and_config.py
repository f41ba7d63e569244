"""`check rules list|doc|test` and the project configuration."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli.rules import rules
from checker.config import Config, load_config
from checker.errors import RuleError

PACK_RULE = """\
rules:
  - id: evacuated-consistent
    kind: consistent
    category: killed
    severity: warning
    description: Evacuation figures agree.
"""
PASSING_CASE = """\
pass_agree:
  claims:
    - {category: killed, value: 3}
    - {category: killed, value: 3}
  expect: {status: pass}
"""
FAILING_CASE = """\
fail_wrongly_expected:
  claims:
    - {category: killed, value: 3}
    - {category: killed, value: 3}
  expect: {status: fail}
"""


def make_pack(tmp_path: Path, case: str) -> Path:
    pack = tmp_path / "pack"
    (pack / "cases").mkdir(parents=True)
    (pack / "evac.yaml").write_text(PACK_RULE, encoding="utf-8")
    (pack / "cases" / "evacuated-consistent.yaml").write_text(case, encoding="utf-8")
    return pack


def test_list_prints_an_aligned_table() -> None:
    result = CliRunner().invoke(rules, ["list"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["ID", "KIND", "SEVERITY", "DESCRIPTION"]
    row = next(line for line in lines if line.startswith("killed-consistent "))
    assert row.index(" consistent ") + 1 == lines[0].index("KIND")
    assert "Every death toll in one article can be true at the same time." in row


def test_list_with_a_broken_pack_is_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(PACK_RULE.replace("kind: consistent", "kind: nope"), encoding="utf-8")
    result = CliRunner().invoke(rules, ["list", "--rules", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"error: {bad}:3: rule 'evacuated-consistent': unknown kind 'nope'; "
        "kinds are consistent, part_of, place_within, breakdown, outcomes, itemised, distributed, sum, "
        "bounds, increment, monotonic, conversion, correction, reference, ratio, change")


def test_doc_writes_the_reference(tmp_path: Path) -> None:
    out = tmp_path / "rules.md"
    result = CliRunner().invoke(rules, ["doc", "-o", str(out)])
    assert result.exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "## `consistent`" in text and "| `intercepted-within-launched` | bounds |" in text


def test_test_runs_the_default_pack_cases() -> None:
    result = CliRunner().invoke(rules, ["test", "-k", "killed-consistent::"])
    assert result.exit_code == 0, result.output
    assert "PASS  killed-consistent::fail_lower_figure" in result.output


def test_test_runs_a_pack_with_its_own_cases(tmp_path: Path) -> None:
    result = CliRunner().invoke(rules, ["test", str(make_pack(tmp_path, PASSING_CASE))])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "PASS  evacuated-consistent::pass_agree", "1 cases: 1 passed, 0 failed, 0 skipped"]


def test_test_exits_1_on_a_failing_case(tmp_path: Path) -> None:
    result = CliRunner().invoke(rules, ["test", str(make_pack(tmp_path, FAILING_CASE))])
    assert result.exit_code == 1
    assert "FAIL  evacuated-consistent::fail_wrongly_expected" in result.output
    assert "expected fail, got ['pass']" in result.output


def test_test_exits_2_on_a_broken_case_file(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, "oops_name:\n  expect: {status: pass}\n")
    result = CliRunner().invoke(rules, ["test", str(pack)])
    assert result.exit_code == 2
    assert "evacuated-consistent.yaml:1: case 'oops_name': case names start with" in result.stderr


# --------------------------------------------------------------------------- configuration


def test_no_configuration_gives_defaults(tmp_path: Path) -> None:
    assert load_config(tmp_path) == Config()


def test_yaml_configuration_in_a_parent_folder(tmp_path: Path) -> None:
    (tmp_path / ".checker.yaml").write_text(textwrap.dedent("""\
        rules: [pack]
        disable: [percent-at-most-100]
        severity: {toll-does-not-fall: error}
        tolerance: {killed-consistent: {relative: 0.1}}
        fail_on: warning
        """), encoding="utf-8")
    make_pack(tmp_path, PASSING_CASE)
    (tmp_path / "sub").mkdir()
    config = load_config(tmp_path / "sub")
    assert config.rules == (tmp_path / "pack",) and config.fail_on == "warning"
    ruleset = config.ruleset()
    assert "evacuated-consistent" in ruleset.ids and "percent-at-most-100" not in ruleset.ids
    assert ruleset.get("toll-does-not-fall").severity == "error"  # type: ignore[union-attr]


def test_pyproject_configuration(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.checker]\ndisable = ["share-matches-figures"]\n',
        encoding="utf-8")
    assert load_config(tmp_path).disable == ("share-matches-figures",)


@pytest.mark.parametrize(("text", "line", "message"), [
    ("fail_on: sometimes\n", 1, "fail_on: 'sometimes' is not one of error, warning, info"),
    ("disable: [a]\nseverity: {x: loud}\n", 2, "severity: x: 'loud' is not one of"),
    ("rulez: []\n", 1, "rulez: unknown key"),
    ("tolerance: {killed-consistent: {relative: -1}}\n", 1, "tolerance: killed-consistent"),
])
def test_bad_configuration_is_refused_with_file_and_line(tmp_path: Path, text: str, line: int,
                                                         message: str) -> None:
    (tmp_path / ".checker.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_config(tmp_path)
    assert (info.value.path, info.value.line) == (str(tmp_path / ".checker.yaml"), line)
    assert message in info.value.message


def test_unknown_rule_in_configuration_names_the_file(tmp_path: Path) -> None:
    (tmp_path / ".checker.yaml").write_text("disable:\n  - killed-consistant\n", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_config(tmp_path).ruleset()
    assert (info.value.path, info.value.line) == (str(tmp_path / ".checker.yaml"), 2)
    assert "did you mean 'killed-consistent'" in info.value.message


def test_cli_list_reads_the_configuration(tmp_path: Path) -> None:
    (tmp_path / ".checker.yaml").write_text("disable: [killed-consistent]\n", encoding="utf-8")
    cwd = os.getcwd()
    try:
        os.chdir(tmp_path)
        result = CliRunner().invoke(rules, ["list"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0 and "killed-consistent " not in result.output
