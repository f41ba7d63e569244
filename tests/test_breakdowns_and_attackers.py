"""Readings of breakdowns that tell every one of a whole, parts that add up to an earlier figure,
attackers counted in or apart from a toll, and counts that are no one's (charges)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reading import claim_at, failed

HERE = Path(__file__).resolve().parent


@pytest.mark.parametrize("opening", ["The wounded were", "The injured are"])
def test_the_wounded_were_a_list_tells_all_of_them(opening: str) -> None:
    text = ("A student opened fire in a hallway, killing three classmates and wounding 11 other people, "
            f"police said. {opening} seven students, two teachers and one security guard, the chief said.")
    assert ("injured-breakdown", "error") in failed(text)
    assert not failed(text.replace("11 other people", "10 other people"))


def test_a_list_by_place_told_with_followed_by_and_with() -> None:
    text = ("The death toll has risen to 213, the ministry said. Taroudant province accounted for 128 of the "
            "deaths, followed by Chichaoua with 39, Al Haouz with 27 and Agadir with 9.")
    assert claim_at(text, "39").scope.place == "Chichaoua"
    assert claim_at(text, "with 9").scope.place == "Agadir"
    assert ("killed-breakdown", "warning") in failed(text)
    assert not failed(text.replace("213", "203"))


def test_a_count_the_source_had_announced_is_an_earlier_one() -> None:
    text = ("The death toll has risen to 213, the ministry said on Tuesday. The ministry had announced 176 "
            "deaths on Monday afternoon.")
    assert claim_at(text, "176 deaths").role == "background"
    assert not failed(text)


def test_weapons_listed_after_a_downing_verb_were_downed() -> None:
    text = ("Air defences shot down 17 drones and missiles, including 12 drones and four missiles, the air "
            "force said.")
    assert claim_at(text, "12 drones").category == "drones_intercepted"
    assert claim_at(text, "four missiles").category == "missiles_intercepted"
    assert ("intercepted-sum", "error") in failed(text)
    assert not failed(text.replace("17 drones", "16 drones"))
    launched = "Russia launched 17 drones and missiles, including 12 drones and five missiles."
    assert claim_at(launched, "12 drones").category == "drones_launched"


@pytest.mark.parametrize("opening", ["In a separate action", "The second operation"])
def test_another_operation_s_figures_are_not_this_one_s(opening: str) -> None:
    text = ("The spokesman said the first operation targeted the carrier with 18 missiles and drones: four "
            f"ballistic missiles, seven winged missiles and seven drones. {opening} targeted a ship with two "
            "naval missiles.")
    assert claim_at(text, "two naval missiles").role == "background"
    assert claim_at(text, "seven winged missiles").category == "cruise_launched"
    assert not failed(text)


def test_counts_of_a_charge_are_no_part_of_the_suspects() -> None:
    text = ("On Tuesday, detectives arrested two suspects for investigation of first-degree murder (three "
            "counts) and attempted first-degree murder (six counts).")
    assert claim_at(text, "three counts").category == "other"
    assert claim_at(text, "two suspects").attribution is None
    assert not failed(text)


def test_later_figures_adding_up_to_an_earlier_one_are_its_parts_not_rivals() -> None:
    # "its medics treated 14 people, none of them wounded by the missile itself. Eleven were hurt while
    # rushing to protected spaces, ..., and three others were treated for acute anxiety": 11 + 3 = 14
    text = (HERE / "heldout221" / "003_yemen_missile_times_of_israel.txt").read_text(encoding="utf-8")
    assert not failed(text)
    assert ("injured-consistent", "error") in failed(text.replace("and three others were treated",
                                                                  "and two others were treated"))


def test_four_of_the_remaining_patients_end_no_list() -> None:
    # "Doctors at Gandhi Hospital said four of the remaining 10 patients admitted there from Bhimgiri were
    # on ventilator support. In all, 36 injured devotees were undergoing treatment in three hospitals"
    text = (HERE / "events153" / "bhimgiri-temple-stampede-2026-02-15" / "c_deccan_chronicle.txt").read_text(
        encoding="utf-8")
    assert ("injured-breakdown", "error") not in failed(text)


def test_casualties_split_into_dead_and_injured_count_both() -> None:
    text = ("According to the fire headquarters, the number of casualties stood at 45 as of 7 a.m., with "
            "four dead and 41 injured, 10 of them seriously.")
    assert claim_at(text, "45").category == "casualties"
    assert claim_at(text, "41 injured").role == "subset"
    hurt = "Police said 45 people were hurt, four of them seriously, and 41 were treated at the scene."
    assert claim_at(hurt, "45 people").category == "injured"


def test_a_toll_that_includes_the_attackers_is_no_rival_of_the_victims() -> None:
    text = ("Militants stormed the restaurant, killing at least 17 people before special forces ended the "
            "siege, police said. The toll includes the four attackers, police spokesman Ali Nur said. "
            '"Thirteen innocent people lost their lives," Nur said.')
    assert claim_at(text, "at least 17 people").role == "with_attacker"
    assert not failed(text)
    assert ("killed-consistent", "error") in failed(text.replace("The toll includes the four attackers",
                                                                 "The attackers fled"))


def test_the_injured_khwarij_are_the_attackers_own() -> None:
    text = ("As a result of the blast, seven soldiers embraced shahadat, while three others sustained "
            "injuries. Eleven khwarij were sent to hell and two injured khwarij were apprehended, the ISPR "
            "said.")
    assert claim_at(text, "two injured khwarij").role == "attackers"
    assert not failed(text)
