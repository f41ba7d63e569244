"""Rules: YAML rule packs validated into typed rules of a few kinds.

    from checker.rules import load_rules
    ruleset = load_rules(["my-pack/"], disable=["percent-at-most-100"])
"""

from __future__ import annotations

from checker.rules import kinds as _kinds  # noqa: F401  (registers the kinds)
from checker.rules.base import (
    CLOCK,
    KINDS,
    Context,
    RuleBase,
    Tolerance,
    Verdict,
    Where,
    kind,
    written_interval,
)
from checker.rules.loader import Origin, Rule, RuleSet, load_rules, parse_rule, parse_rule_file

__all__ = [
    "CLOCK", "KINDS", "Context", "Origin", "Rule", "RuleBase", "RuleSet", "Tolerance", "Verdict", "Where",
    "kind", "load_rules", "parse_rule", "parse_rule_file", "written_interval",
]
