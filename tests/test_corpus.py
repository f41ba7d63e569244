"""The extractor scored on the labelled development corpus (tests/corpus), per field.

Coverage (is the figure found) and meaning (value, qualifier, category, attribution, place)
are reported apart. The thresholds are floors that catch regressions, set a little below
what the extractor reaches today; `python -m tests.corpus_score` prints every error.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import checker
from tests.corpus_score import CORPUS, articles, score_corpus


@pytest.fixture(scope="module")
def corpus_score():
    return score_corpus()


def test_corpus_is_big_enough() -> None:
    assert len(articles()) >= 30


def test_every_labelled_figure_is_found(corpus_score) -> None:
    assert corpus_score.recall >= 0.97, corpus_score.errors


@pytest.mark.parametrize(("field", "floor"), [
    ("value", 0.97), ("qualifier", 0.95), ("category", 0.85), ("attribution", 0.80), ("place", 0.70),
])
def test_meaning_of_each_figure(corpus_score, field: str, floor: float) -> None:
    assert corpus_score.field_accuracy(field) >= floor, [e for e in corpus_score.errors if field in e]


def test_dates_years_and_model_names_are_rarely_claims(corpus_score) -> None:
    assert corpus_score.spurious <= 0.2 * corpus_score.not_claims, [
        e for e in corpus_score.errors if "not a claim" in e]


def _expected_failures(path: Path) -> int:
    data = yaml.safe_load(path.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
    return int(data.get("failures_expected") or 0)


CONSISTENT = [p for p in sorted(CORPUS.glob("*.txt")) if _expected_failures(p) == 0]


@pytest.mark.parametrize("path", CONSISTENT, ids=[p.stem for p in CONSISTENT])
def test_a_consistent_article_raises_no_error(path: Path) -> None:
    report = checker.check([path])
    errors = [f for f in report.failed if f.severity == "error"]
    assert not errors, [(f.rule, f.message) for f in errors]


@pytest.mark.parametrize(("article", "rule"), [
    ("002_kyiv_missiles", "ballistic-within-missiles"),
    ("006_record_drone_attack", "lost-and-downed-within-launched"),
    ("031_kyiv_combined_attack", "intercepted-sum"),
])
def test_a_deliberate_error_is_the_only_error(article: str, rule: str) -> None:
    report = checker.check([CORPUS / f"{article}.txt"])
    assert [f.rule for f in report.failed if f.severity == "error"] == [rule]
