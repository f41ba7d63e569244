"""Numeric-claim consistency checker: every figure an article states, and where two disagree."""

from checker.native import MODE as BUILD  # first: it decides how the modules below are imported

# isort: split
from checker.api import check, check_texts, extract
from checker.model import Claim, Document, Finding, Interval, Report

__all__ = ["BUILD", "Claim", "Document", "Finding", "Interval", "Report", "check", "check_texts", "extract",
           "load_rules"]
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    if name == "load_rules":
        from checker.rules import load_rules

        return load_rules
    raise AttributeError(name)
