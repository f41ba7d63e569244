"""Project configuration, found like a linter's: `.checker.yaml` or `[tool.checker]` in
pyproject.toml, in the starting folder or the nearest parent that has one.

    rules: [newsroom-rules/]          # extra packs, relative to the configuration file
    disable: [percent-at-most-100]
    severity: {toll-does-not-fall: error}
    tolerance: {killed-consistent: {relative: 0.1, absolute: 1}}
    fail_on: warning                  # error | warning | info
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from checker.errors import RuleError
from checker.rules import RuleSet, load_rules

YAML_NAME = ".checker.yaml"
TOML_NAME = "pyproject.toml"
KEYS = ("rules", "disable", "severity", "tolerance", "fail_on")
LEVELS = ("error", "warning", "info")


@dataclass(frozen=True)
class Config:
    """What a project asks of the checker; empty when no configuration file is found."""

    path: Path | None = None
    rules: tuple[Path, ...] = ()
    disable: tuple[str, ...] = ()
    severity: Mapping[str, str] = field(default_factory=dict)
    tolerance: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    fail_on: str = "error"

    def ruleset(self, extra: Iterable[Path | str] = (), include_default: bool = True) -> RuleSet:
        """The rule set this configuration asks for, plus any packs given on the command line."""
        try:
            return load_rules((*self.rules, *extra), disable=self.disable,
                              severity_overrides=self.severity,
                              tolerance_overrides=self.tolerance,
                              include_default=include_default)
        except RuleError as exc:
            if exc.path == "configuration" and self.path is not None:
                raise RuleError(str(self.path), _line_mentioning(self.path, exc.message),
                                exc.message) from None
            raise


def find_config(start: Path) -> Path | None:
    """The nearest `.checker.yaml`, or pyproject.toml with a [tool.checker] table."""
    here = start.resolve()
    for folder in (here, *here.parents) if here.is_dir() else here.parents:
        if (folder / YAML_NAME).is_file():
            return folder / YAML_NAME
        toml = folder / TOML_NAME
        if toml.is_file() and re.search(r"^\[tool\.checker\]", toml.read_text("utf-8"), re.M):
            return toml
    return None


def load_config(start: Path) -> Config:
    """The configuration that applies at `start` (a folder or a file)."""
    path = find_config(start)
    if path is None:
        return Config()
    data = _read_toml(path) if path.name == TOML_NAME else _read_yaml(path)
    return _parse(data, path)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(str(path), None, f"not valid TOML: {exc}") from None
    return data.get("tool", {}).get("checker", {})


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RuleError(str(path), mark.line + 1 if mark else None, "not valid YAML") from None
    except OSError as exc:
        raise RuleError(str(path), None, f"cannot read: {exc}") from None
    if not isinstance(data, dict):
        raise RuleError(str(path), 1, "the configuration is a mapping of keys")
    return data


def _parse(data: Mapping[str, Any], path: Path) -> Config:
    def bad(key: str, message: str) -> RuleError:
        return RuleError(str(path), _line_of(path, key), f"{key}: {message}")

    for key in data:
        if key not in KEYS:
            raise bad(key, f"unknown key; keys are {', '.join(KEYS)}")
    rules = _strings(data.get("rules", []), bad, "rules")
    disable = _strings(data.get("disable", []), bad, "disable")
    severity = _mapping(data.get("severity", {}), bad, "severity")
    for rid, level in severity.items():
        if level not in LEVELS:
            raise bad("severity", f"{rid}: {level!r} is not one of {', '.join(LEVELS)}")
    tolerance = {rid: _tolerance(t, bad, rid)
                 for rid, t in _mapping(data.get("tolerance", {}), bad, "tolerance").items()}
    fail_on = data.get("fail_on", "error")
    if fail_on not in LEVELS:
        raise bad("fail_on", f"{fail_on!r} is not one of {', '.join(LEVELS)}")
    return Config(path=path, rules=tuple(path.parent / r for r in rules), disable=disable,
                  severity=severity, tolerance=tolerance, fail_on=fail_on)


def _strings(value: Any, bad: Any, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise bad(key, "must be a list of names")
    return tuple(value)


def _mapping(value: Any, bad: Any, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise bad(key, "must be a mapping of rule id to value")
    return {str(k): v for k, v in value.items()}


def _tolerance(value: Any, bad: Any, rid: str) -> dict[str, float]:
    ok = isinstance(value, dict) and set(value) <= {"relative", "absolute"} and all(
        isinstance(v, int | float) and not isinstance(v, bool) and v >= 0 for v in value.values())
    if not ok:
        raise bad("tolerance", f"{rid}: give {{relative: n, absolute: n}} with numbers ≥ 0")
    return {k: float(v) for k, v in value.items()}


def _line_mentioning(path: Path, message: str) -> int | None:
    """The line naming the rule id quoted in `message`."""
    quoted = re.search(r"'([a-z0-9-]+)'", message)
    if not quoted:
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    return next((i + 1 for i, line in enumerate(lines) if quoted.group(1) in line), None)


def _line_of(path: Path, key: str) -> int | None:
    """The first line that starts with the key: TOML and YAML parsers keep no positions."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*[:=]")
    return next((i + 1 for i, line in enumerate(lines) if pattern.match(line)), None)
