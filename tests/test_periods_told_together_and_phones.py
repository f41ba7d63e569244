"""Figures of one earlier period told together in a sentence ("In July, Russia launched 6,129 drones,
and the Air Force reported 6,178 of them shot down") are checked among themselves; and readings of
month lists, "N of them" after a verb, relative clauses that name a speaker, emergency numbers after
an office's name, and bodies recovered overnight after a toll."""

from __future__ import annotations

import pytest

import checker
from tests.reading import claim_at, failed


def _article(date: str, body: str) -> str:
    return f"date {date}\nsource Test Wire\n\n{body}"


def test_an_earlier_month_s_part_cannot_exceed_its_whole() -> None:
    text = _article("2026-12-30", "The attacks grew through the summer. In July, the heaviest month, Russia "
                                  "launched 6,129 drones, and the Air Force reported 6,178 of them shot "
                                  "down or suppressed.")
    assert [claim_at(text, t).role for t in ("6,129", "6,178")] == ["background", "background"]
    assert claim_at(text, "6,178").category == "drones_intercepted"
    found = [f for f in checker.check([text]).failed if f.severity == "error"]
    assert [f.rule for f in found] == ["drones-intercepted-within-launched"]
    assert "earlier period" in found[0].message


@pytest.mark.parametrize("body", [
    # the part a list introduces is of its own category's whole, whatever its words say
    "In March, Russia said it had downed 337 Ukrainian drones in a single night, including 91 over the "
    "Moscow region.",
    # two periods side by side
    "In 2024, air defences shot down 400 drones, compared with 300 drones launched in 2023.",
    # a period's figures that hold
    "In July, Russia launched 6,129 drones, and the Air Force reported 5,178 of them shot down.",
])
def test_an_earlier_period_s_figures_that_may_hold_raise_nothing(body: str) -> None:
    assert not [f for f in failed(_article("2026-12-30", body)) if f[1] in ("error", "warning")]


@pytest.mark.parametrize(("text", "category"), [
    ("Russia launched 129 drones overnight. Air defences shot down 100 of them.", "drones_intercepted"),
    ("Russia launched 129 drones, and the Air Force reported 100 of them shot down or suppressed.",
     "drones_intercepted"),
    ("Of the 26 workers abducted on 2 May, 17 have now been freed, including 5 released in July.",
     "rescued"),
])
def test_what_a_part_counts_is_the_verb_it_takes(text: str, category: str) -> None:
    assert claim_at(text, "100" if "100" in text else "17").category == category


def test_a_month_list_after_a_comma_is_no_date() -> None:
    text = _article("2027-01-29", "Police spokeswoman Katarzyna Nowicka said nine people had died in "
                                  "November, 14 in December and 10 so far in January.")
    assert [c.text for c in checker.extract(text)] == ["nine people", "14", "10"]
    assert not checker.extract(_article("2027-01-29", "The fund was set up in November, 2024."))


@pytest.mark.parametrize(("date", "body", "figure"), [
    ("2025-09-06", "Chornomorsk has been attacked often. On 4 August, 3 port workers were killed when a "
                   "drone hit a grain elevator.", "3 port workers"),
    ("2026-07-08", "This is the second deadly incident off Gavdos this year; in February, 23 bodies were "
                   "recovered after a boat capsized in a storm.", "23 bodies"),
    ("2026-05-21", "As of 08:00 on 20 May, 7 dead had been reported; the bodies of another 5 people were "
                   "recovered from the debris during the day.", "7 dead"),
])
def test_a_figure_of_an_earlier_day_or_month_is_background(date: str, body: str, figure: str) -> None:
    assert claim_at(_article(date, body), figure).role == "background"


def test_a_month_told_in_the_story_s_own_month_is_its_own() -> None:
    text = _article("2026-02-20", "Storms have hit the coast all winter; in February, 23 bodies were "
                                  "recovered.")
    assert claim_at(text, "23 bodies").role == "total"


def test_people_a_relative_clause_is_about_said_it() -> None:
    text = ("Rescuers recovered three more bodies on Wednesday, raising the death toll to 13, the agency "
            "said. Two people remain missing. Families of the waste pickers, who had said at least 20 "
            "people were missing, held a vigil on Tuesday night.")
    assert claim_at(text, "at least 20").attribution == "Families of the waste pickers"
    assert ("missing-consistent", "error") not in failed(text)


@pytest.mark.parametrize(("body", "claims"), [
    ("Anyone with information may contact the District Police Office, Dhading, on 100.", []),
    ("Anyone with information may contact the police on 100.", []),
    ("Police in Dhading, on the highway, counted 100 vehicles.", ["100 vehicles"]),
])
def test_an_emergency_number_after_an_office_s_name_is_no_figure(body: str, claims: list[str]) -> None:
    assert [c.text for c in checker.extract(body)] == claims


def test_bodies_recovered_overnight_are_some_of_the_toll_told_before() -> None:
    text = ("The number of people killed by the slide rose to ten on Tuesday, while five remain missing, the "
            "National Coordinator for Disaster Reduction (Conred) reported. Rescuers recovered three bodies "
            "during the night, working under floodlights, Conred said in its latest bulletin.")
    assert claim_at(text, "three bodies").role == "subset"
    assert not [f for f in checker.check([text]).failed if f.rule == "killed-consistent"]
    alone = "Rescuers recovered three bodies during the night, Conred said."
    assert claim_at(alone, "three bodies").role == "total"
