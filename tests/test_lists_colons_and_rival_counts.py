"""Readings of round sixty-six: the people involved before a colon and their fates after it, another
year's or an earlier update's counts, a village's rival count, relatives who say a higher toll, and
families that are no buildings."""

from __future__ import annotations

import pytest

from tests.reading import claim_at, failed


def test_the_people_involved_before_a_colon_are_everyone_not_the_dead() -> None:
    text = ("The Federal Road Safety Corps said 57 people had been caught up in the fire: 36 died, 18 "
            "survived with burns, and three are still missing.")
    assert claim_at(text, "57 people").category == "other"
    assert not [f for f in failed(text) if f[1] in ("error", "warning")]


def test_a_part_s_own_parts_after_its_colon_are_left_out() -> None:
    text = ("At 15:30 the head of the city administration wrote that 12 people had been injured in the "
            "Oleksandrivskyi district. By evening 17 people were injured in the city. Of the injured, 15 "
            "were taken to hospitals, the health department said: the regional hospital admitted nine "
            "patients, and the city emergency hospital six.")
    assert ("injured-breakdown", "error") not in failed(text)


@pytest.mark.parametrize(("text", "figure"), [
    ("Traffic police say more than 2,300 people are killed on the country's roads in a typical year.",
     "more than 2,300"),
    ("According to police, 12 people have died and three remain missing. Situation Update No. 1 (28 August, "
     "21:00) reported 10 deaths and five missing persons.", "five missing"),
])
def test_any_year_s_or_an_earlier_update_s_count_is_background(text: str, figure: str) -> None:
    assert claim_at(text, figure).role == "background"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_a_village_s_own_count_told_to_a_reporter_is_its_rival_not_an_earlier_toll() -> None:
    text = ("The death toll from the tanker explosion has risen to 26, the state government has said. The "
            "village head of Irenyi, Alhaji Musa Ohiare, told our correspondent that the community had "
            "counted 31 dead, including several buried by their families according to Islamic rites before "
            "officials arrived.")
    assert claim_at(text, "31 dead").attribution == "The village head of Irenyi"
    assert ("toll-does-not-fall", "warning") not in failed(text)


def test_relatives_who_say_a_higher_toll_are_its_rival_source() -> None:
    text = ("Eleven people died in the crush on Sunday, city officials said. A group of victims' relatives "
            "who gathered outside Pasay City Hall said at least 13 people had died.")
    assert claim_at(text, "at least 13").attribution == "A group of victims' relatives"
    assert ("killed-consistent", "error") not in failed(text)


def test_families_are_no_buildings() -> None:
    text = ("The authority reports that 1,940 houses have been damaged or destroyed, including 460 "
            "destroyed, affecting an estimated 5,200 families.")
    assert ("buildings-breakdown", "error") not in failed(text)
