"""Readings of round sixty-eight: reports called false, one officer named two ways, a second aircraft
"carrying two", those aboard some of whom were killed and some survived, a list by governorate "as
follows", "N of the dead" wherever they died, a family counted two ways, the living and the dead of
everyone retrieved, an aside between dashes, places given "one each", a part told again by its speaker,
and a toll shared out among regions."""

from __future__ import annotations

import pytest

import checker
from tests.reading import claim_at, failed


@pytest.mark.parametrize("verdict", ["were inaccurate", "are false", "have been completely untrue"])
def test_a_figure_of_reports_called_false_is_no_claim_of_fact(verdict: str) -> None:
    text = ("Eleven bodies were recovered from the collapsed plaza, the agency said. Initial reports "
            f"circulated on social media, which put the number of dead at over 30, {verdict}.")
    assert claim_at(text, "over 30").negated
    assert not failed(text)


def test_an_officer_named_again_by_title_and_surname_is_one_source() -> None:
    text = ("Four people have died after two light planes collided, Queensland Police Acting Superintendent "
            "Rhys Callaghan says. Acting Superintendent Callaghan said divers had recovered the bodies of "
            "the five people killed.")
    assert claim_at(text, "five people").attribution == claim_at(text, "Four people").attribution
    assert ("killed-consistent", "error") in failed(text)


def test_a_second_aircraft_carrying_two_carries_two_people() -> None:
    text = ("Police said a Cessna 172 with three people on board and a Piper Warrior carrying two collided "
            "at about 2,000 feet. Four people have died.")
    assert not failed(text)


def test_those_aboard_killed_and_those_who_survived_are_everyone() -> None:
    text = ("A tour helicopter with six people aboard crashed on a remote ridge on Saturday, killing four of "
            "them, authorities said. Three passengers survived and were hoisted off the ridge by a Coast "
            "Guard crew.")
    assert claim_at(text, "four of them").role == "total"
    assert ("outcomes-within-on-board", "warning") in failed(text)


def test_a_list_by_governorate_as_follows_counts_what_its_heading_names() -> None:
    text = ("Hospitals in the Gaza Strip received 87 martyrs during the past day, the ministry said. The "
            "martyrs who arrived at hospitals were distributed by governorate as follows: Gaza City 38, Khan "
            "Younis 27, the Middle Governorate 19 and North Gaza 8.")
    items = [claim_at(text, figure) for figure in ("38", "27", "19", "8.")]
    assert [(c.category, c.scope.place) for c in items] == [
        ("killed", "Gaza City"), ("killed", "Khan Younis"), ("killed", "Middle Governorate"),
        ("killed", "North Gaza")]
    assert ("killed-breakdown", "error") in failed(text)


def test_some_of_the_dead_are_the_toll_s_wherever_they_died() -> None:
    text = ("Israeli forces killed 24 Palestinians across the Gaza Strip on Tuesday, according to the health "
            "ministry. Twenty-seven of the dead were shot as they waited near a distribution site north of "
            "Rafah, according to Nasser hospital.")
    assert ("killed-breakdown", "error") in failed(text)


@pytest.mark.parametrize(("later", "severity"), [("13", "error"), ("11", None)])
def test_a_family_counted_as_members_and_as_relatives_is_one_count(later: str, severity: str | None) -> None:
    text = ("By Sunday morning, Abu Zayed had learned that the strike killed 11 members of his family. "
            f"Among the {later} relatives killed in the strike was his aunt, who was 78, Abu Zayed said.")
    assert (("killed-consistent", "error") in failed(text)) == (severity is not None)


def test_the_living_and_the_dead_of_everyone_retrieved_add_up_to_them() -> None:
    text = ("In all, 31 persons have been retrieved from the debris by NDRF and other agencies, of whom 21 "
            "were rescued alive and 12 bodies were recovered.")
    assert claim_at(text, "31 persons").category == "other"
    assert ("outcomes-within-on-board", "error") in failed(text)


def test_the_items_of_an_aside_between_dashes_end_at_its_closing_dash() -> None:
    text = ("In its 6 a.m. report, the council listed four dead in Cagayan Valley, four in the Cordillera — "
            "three in Kalinga and one in Apayao — and the two fishermen in Central Luzon.")
    assert ("items-add-up", "error") not in failed(text)


def test_places_given_one_each_leave_no_place_out() -> None:
    text = ("The cyclone has killed 10 people, the ministry said on Wednesday. Satkhira accounted for three "
            "deaths, Bagerhat two, Patuakhali two, and Khulna, Bhola and Barguna one each, according to the "
            "ministry's control room.")
    assert not failed(text)


def test_a_part_the_same_speaker_tells_again_is_that_part() -> None:
    text = ("At least seven people were killed as the cyclone lashed the coast overnight. However, the union "
            "chairman told The Daily Star that three people had died in his union alone. \"We have found "
            "three bodies,\" he said.")
    assert claim_at(text, "three bodies").role == "subset"
    assert not failed(text)


def test_regions_one_short_of_the_toll_told_before_are_its_breakdown() -> None:
    text = ("Rescuers reached the island barangays of Guiuan on Friday, as the death toll rose to 17. The "
            "NDRRMC's 6 pm update showed nine deaths in Eastern Visayas, five in Bicol and two in Caraga.")
    assert claim_at(text, "five").role == "subset"
    assert ("items-add-up", "error") in failed(text)


def test_regions_that_add_up_to_the_toll_raise_nothing() -> None:
    report = checker.check(["Rescuers reached Guiuan on Friday, as the death toll rose to 16. The update "
                            "showed nine deaths in Eastern Visayas, five in Bicol and two in Caraga."])
    assert not report.failed
