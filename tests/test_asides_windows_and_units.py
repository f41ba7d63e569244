"""Readings of round sixty-nine: the drones downed "Of these UAVs," both ways, a disaster's window of
days, places listed after a spaced hyphen, workers at a unit when it blew up and those who escaped
unhurt after an aside, an earthquake's missing "since a quake struck", a rise "by" a number, an aside
that shares out the part before it, one unit's share "alone", and a list's dash that ends it."""

from __future__ import annotations

import pytest

from tests.reading import claim_at, failed


def test_the_drones_downed_of_these_by_fire_and_lost_are_parts_of_the_downed() -> None:
    text = ("On the night of July 3 the enemy attacked with 214 attack UAVs. As of 09:00, air defence shot "
            "down or suppressed 178 enemy UAVs. Of these UAVs, 152 were shot down by fire, and 26 were lost "
            "locationally or suppressed by electronic warfare. Hits by 31 attack UAVs were recorded.")
    assert (claim_at(text, "152").role, claim_at(text, "26").role) == ("subset", "subset")
    assert not failed(text)


@pytest.mark.parametrize("window", ["in the past 72 hours", "in the past three days"])
def test_a_disaster_s_window_of_days_is_its_own_period(window: str) -> None:
    text = f"Floods {window} have killed 17 people in Himachal Pradesh, officials said."
    assert claim_at(text, "17 people").role == "total"
    assert claim_at(text, "17 people").scope.time == window


def test_a_day_s_bulletin_across_a_territory_stays_another_count() -> None:
    text = ("Hospitals received 43 wounded from the school. The occupation committed 4 massacres in the Gaza "
            "Strip in the past 24 hours, and hospitals received 52 martyrs and 138 wounded.")
    assert claim_at(text, "138 wounded").role == "background"


@pytest.mark.parametrize(("places", "severity"), [
    ("seven in Mandi, five in Kullu, three in Shimla and one in Chamba", "error"),
    ("seven in Mandi, five in Kullu, four in Shimla and one in Chamba", None),
])
def test_places_after_a_spaced_hyphen_share_out_the_toll(places: str, severity: str | None) -> None:
    text = f"Cloudbursts have killed 17 people across four districts - {places} - the authority said."
    assert claim_at(text, "seven").category == "killed"
    assert (("items-add-up", "error") in failed(text)) == (severity is not None)


def test_workers_at_the_unit_when_it_blew_up_and_those_who_escaped_unhurt_are_everyone() -> None:
    text = ("Ten workers were killed and 14 injured in an explosion at a fireworks unit on Saturday. There "
            "were 26 workers at the unit when the blast occurred, police said. Four workers who were in the "
            "packing shed, about 200 metres away, escaped unhurt, police said.")
    assert ("outcomes-within-on-board", "warning") in failed(text)


def test_the_missing_since_a_quake_struck_are_this_quake_s() -> None:
    text = ("Rescuers searched Wednesday for two fishermen missing since a powerful earthquake struck before "
            "dawn Monday, as the death toll rose to 34, the agency said.")
    assert claim_at(text, "34").role == "total"


def test_a_toll_that_climbed_by_a_number_tells_what_was_added() -> None:
    text = "The toll climbed to 418 on Tuesday. The toll climbed by 19 in the past 24 hours."
    assert claim_at(text, "19").role == "increment"
    assert not failed(text)


def test_an_aside_between_dashes_shares_out_the_part_before_it() -> None:
    text = ("Police had on Monday night put the number of injured at 34. The collector said on Tuesday that "
            "32 persons were still undergoing treatment \u2014 21 at the GTMCH and 11 in private hospitals "
            "in the town \u2014 and that six of them were in intensive care.")
    assert ("injured-breakdown", "error") not in failed(text)


def test_one_unit_s_drones_alone_are_its_share() -> None:
    text = ("Air defence shot down 145 enemy UAVs overnight. Our mobile fire groups alone destroyed 41 "
            "drones, the spokesman said.")
    assert claim_at(text, "41 drones").role == "subset"
    assert not failed(text)


def test_a_list_between_spaced_hyphens_ends_at_the_closing_one() -> None:
    text = ("The guerrilla on Thursday freed three uniformed hostages - two soldiers and a police officer - "
            "in the eastern department of Arauca, a day after releasing seven people in the same region.")
    assert claim_at(text, "two soldiers").role == "subset"
    assert claim_at(text, "seven people").role != "subset"
    assert not failed(text)


def test_every_place_after_a_double_hyphen_is_an_item() -> None:
    text = ("All of the 31 wounded were hospitalised -- 18 in Kramatorsk, eight in nearby Sloviansk and "
            "three children in Dnipro, the regional health department said.")
    assert claim_at(text, "three children").role == "subset"
    assert ("items-add-up", "error") in failed(text)
