"""Fact-checks, explainers and dated updates: figures quoted to be refuted, suppositions, a
verdict in the outlet's own voice, and counts an article dates to different days."""

from __future__ import annotations

import pytest

import checker
from tests.reading import claim_at, failed


@pytest.mark.parametrize(("text", "figure"), [
    ("Even if all 12 missing people were found dead, the toll would be 59, far short of the post.", "59"),
    ('"We have recorded 47 deaths, but there is nothing to suggest hundreds of deaths," she said.',
     "hundreds"),
])
def test_a_supposition_or_a_denial_is_no_figure_of_fact(text: str, figure: str) -> None:
    assert claim_at(text, figure).negated


@pytest.mark.parametrize(("text", "figure", "category"), [
    ("A post shared thousands of times claims that 500 people died.", "thousands", "other"),
    ("The ministry counts only deaths registered at the city's three functioning hospitals.", "three",
     "other"),
    ('The army said it had "neutralised 41 terrorists", after 14 soldiers were wounded.', "41", "other"),
])
def test_what_a_figure_counts(text: str, figure: str, category: str) -> None:
    assert claim_at(text, figure).category == category


def test_the_lowest_one_is_a_pronoun() -> None:
    text = "Nor is the government's figure the lowest one to have circulated."
    assert not [c for c in checker.extract(text) if c.text.startswith("one")]


def test_a_qualifier_inside_a_quotation_mark_is_read() -> None:
    claim = claim_at('A video with the caption "Over 100 devotees crushed to death" is old.', "100")
    assert (claim.text, claim.qualifier, claim.low) == ("Over 100 devotees", "more_than", 101)


def test_of_the_17_names_a_figure_of_the_sentence_before_again() -> None:
    text = ("The rights group counted 19 deaths: 17 protesters or bystanders and two officers. "
            "It said 12 of the 17 had gunshot wounds. It also recorded 143 people treated for injuries.")
    part, again = claim_at(text, "12 of"), claim_at(text, "17 had")
    assert (part.category, part.role) == ("killed", "subset")
    assert (again.category, again.role) == ("killed", "background")
    assert not failed(text)


def test_a_count_with_a_verb_of_its_own_leaves_the_list_of_the_dead() -> None:
    text = ("The police said 14 people died in the unrest, including two police officers, "
            "and that 96 people were arrested.")
    arrested = claim_at(text, "96")
    assert (arrested.category, arrested.role) == ("arrested", "total")
    assert not failed(text)


def test_one_among_the_missing_listed_before_is_a_part() -> None:
    text = ("The toll rose to 23, with 11 people still missing. "
            "All seven had been among the 18 people listed as missing on Monday night.")
    assert claim_at(text, "seven").role == "subset"


def test_a_verdict_speaks_for_the_outlet() -> None:
    text = ("date 2026-02-26\nsource Chequeado\ntitle A mayor's figure\n\n"
            'The mayor said "more than 80 people" had died.\n\n'
            "Verdict: Misleading. The confirmed toll is well below 80.\n")
    verdict = claim_at(text, "well below 80")
    assert verdict.attribution == "Chequeado"
    assert [f.severity for f in checker.check([text]).failed] == ["info"]


def test_a_limit_from_another_source_is_a_dispute() -> None:
    text = ('Social media posts claim that air defences shot down "all 150 Shahed drones". '
            "According to Ukraine's air force, Russia launched 112 drones that night. "
            'The air force said 94 drones had been shot down and 11 had been "locally lost".')
    assert {severity for rule, severity in failed(text) if "launched" in rule} == {"info"}


def test_another_day_s_figures_are_background() -> None:
    text = ("date 2026-01-17\nsource Reuters\ntitle Drones\n\n"
            "Russia launched 112 drones on the night of January 15-16, the air force said.\n\n"
            "On January 9, the air force reported that Russia had launched 150 drones.\n")
    assert claim_at(text, "150").role == "background"
    assert not failed(text)


DAYS = ("date 2026-02-26\nsource Chequeado\ntitle Mudslide\n\n"
        "On Monday evening, civil defence said {monday} bodies had been recovered and 27 people were "
        "missing. "
        "On Wednesday, it said the confirmed death toll had risen to 38, and that 22 people were still "
        "unaccounted for.\n")


def test_an_opening_day_dates_every_clause_of_its_sentence() -> None:
    assert claim_at(DAYS.format(monday=31), "22").scope.time == "on wednesday"


def test_counts_of_two_days_are_a_series_not_rivals() -> None:
    assert not failed(DAYS.format(monday=31))


def test_a_toll_that_falls_between_two_days_is_a_warning() -> None:
    assert failed(DAYS.format(monday=41)) == [("toll-does-not-fall", "warning")]


def test_a_documented_count_below_an_estimate_of_the_full_toll_is_no_rival() -> None:
    text = ("The Documentation Centre, a local rights group, has compiled the names of 1,870 people it "
            "says died, and estimates that the full toll lies between 1,900 and 2,300.")
    assert claim_at(text, "1,870").attribution == "The Documentation Centre"
    assert not failed(text)


@pytest.mark.parametrize(("text", "figure", "source"), [
    ('A post shared more than 12,000 times on X and Facebook claims that "more than 300 Venezuelans" have '
     "been killed.", "more than 300", "A post"),
    ("This is false: rights groups tracking the unrest have documented 23 deaths.", "23 deaths",
     "rights groups"),
    ("Officials said 14 had died. The claim that more than 300 people have died is false.",
     "more than 300 people", "the claim"),
    ('"Numbers like 300 spread fear," said Foro Penal lawyer Andrea Salcedo. "Twenty-three dead is already '
     'a tragedy."', "Twenty-three dead", "Foro Penal lawyer Andrea Salcedo"),
])
def test_who_gives_a_figure_in_a_fact_check(text: str, figure: str, source: str) -> None:
    assert claim_at(text, figure).attribution == source


def test_a_fact_check_s_refuted_figure_and_its_sources_counts_raise_no_error() -> None:
    text = ("date 2026-09-22\nsource AFP Fact Check\n\n"
            'A post shared more than 12,000 times on X claims that "more than 300 Venezuelans" have been '
            "killed. This is false: rights groups tracking the unrest have documented 23 deaths.\n\n"
            "The Venezuelan Observatory of Social Conflict told AFP it had recorded 23 deaths, in 11 states. "
            "Nineteen of the victims died of gunshot wounds, and Zulia state, where the blackouts have been "
            "longest, accounted for eight deaths.\n\n"
            "Provea said it had so far confirmed 21 deaths.\n\n"
            '"Numbers like 300 spread fear," said Foro Penal lawyer Andrea Salcedo. "Twenty-three dead is '
            'already a tragedy."\n\n'
            "The claim that more than 300 people have died is false.\n")
    assert claim_at(text, "eight deaths").scope.place == "Zulia"
    assert {severity for _, severity in failed(text)} <= {"info"}


def test_suspected_deaths_are_no_toll_and_a_count_kept_by_a_body_is_its_own() -> None:
    text = ("Figures from the health ministry show 143 deaths confirmed as heatstroke between 1 March and "
            "31 May. Over the same period, states reported 468 suspected heat deaths that are still being "
            "examined.\n\n"
            "The narrowest count is kept by the National Centre for Disease Control (NCDC), whose "
            "surveillance collects reports from hospitals. Of the 944 deaths reported to it, 211 have "
            "been confirmed.\n\n"
            "A second count comes from the National Disaster Management Authority. It puts the season's "
            "toll at 389.")
    assert claim_at(text, "468").category == "other"
    assert claim_at(text, "944").attribution == "the National Centre for Disease Control"
    assert claim_at(text, "389").attribution == "the National Disaster Management Authority"
    assert {severity for _, severity in failed(text)} <= {"info"}
