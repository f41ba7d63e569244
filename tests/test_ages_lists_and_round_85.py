"""Round eighty-five's readings: ages told as a range after the people, a list after a colon that adds
up to the dead told before the wounded, "St. Elizabeth", the dead "from three parishes:", arrests told
by division, the remaining people who escaped unharmed, "the Kovpakivskyi district of Sumy", and the
whole "from the 49 people" the fates are of."""

from __future__ import annotations

import pytest

import checker
from tests.reading import alarms, claim_told, errors


@pytest.mark.parametrize("text", [
    "Of the eight wounded, three were in critical condition and four were children between 11 and 16.",
    "Police said eight of the 11 people shot this weekend were men between 17 and 35.",
])
def test_a_range_right_after_the_people_is_their_ages(text: str) -> None:
    assert not any(figure.startswith("between") for figure in [c.text for c in checker.check([text]).claims])
    assert not alarms(text)


def test_a_list_after_a_colon_that_adds_up_to_the_dead_is_theirs() -> None:
    text = ("At least 17 civilians were killed and more than 90 wounded across the three regions between "
            "Monday and Sunday, according to figures compiled by the Guardian: nine in Zaporizhzhia region, "
            "five in Kharkiv region and three in Sumy region.")
    assert claim_told(text, "nine").category == "killed"
    assert not alarms(text)


def test_the_dead_from_three_parishes_are_listed_whole() -> None:
    text = ("Hurricane Leonie's death toll in Jamaica rose to 14 on Tuesday, officials said. The dead were "
            "from three parishes: six in St. Elizabeth, five in Westmoreland and two in Manchester, the "
            "minister said.")
    assert claim_told(text, "six").scope.place == "St. Elizabeth"
    assert claim_told(text, "six").category == "killed"
    assert errors(text) == ["killed-breakdown"]


def test_arrests_told_by_division_are_arrests() -> None:
    text = ("During the eight-week operation, officers made 57 arrests for firearm-related offenses. The "
            "arrests were made in four police divisions: 19 in the East Division, 14 in the Northwest "
            "Division, 16 in the Southwest Division and 11 in the South Division.")
    assert claim_told(text, "19").category == "arrested"
    assert errors(text) == ["arrested-breakdown"]


def test_the_remaining_people_who_escaped_unharmed_are_an_outcome() -> None:
    text = ("The bus was carrying 34 people, including the driver, the national police said. Nine were "
            "killed and 12 injured, while the remaining 15 escaped unharmed, a police spokesman said.")
    assert any(a.startswith("outcomes-within-on-board") for a in alarms(text))


def test_a_district_of_a_city_is_the_place() -> None:
    text = ("Russian drones struck the Kovpakivskyi district of Sumy overnight, killing five people, the "
            "city administration said.")
    assert claim_told(text, "five people").scope.place == "Kovpakivskyi district"


def test_the_whole_the_fates_are_from_takes_none_of_their_words() -> None:
    text = ("That brings the tally to 39 survivors, six dead and four missing from the 49 people the "
            "survivors say boarded the metal boat in the Tunisian port of Sfax on Monday.")
    assert claim_told(text, "49 people").category == "other"
    assert not alarms(text)


def test_down_from_an_earlier_count_is_no_whole() -> None:
    text = ("The army now says nine soldiers remain wounded after the attack on the base, down from the 11 "
            "it reported this morning, because two of the wounded have since died in hospital.")
    assert claim_told(text, "11").category == "injured"


def test_those_the_search_continues_for_are_missing() -> None:
    text = ("Mr Musa said 41 passengers had been rescued alive. The search continues for about 20 others, he "
            "said.")
    assert claim_told(text, "about 20 others").category == "missing"


def test_the_passengers_of_a_minibus_carrying_workers_are_those_aboard() -> None:
    text = ("In the Güneysu district of Rize, a minibus carrying 19 agricultural workers was swept into the "
            "stream when the road collapsed. 14 of the passengers were rescued alive by our teams, the "
            "lifeless bodies of 3 passengers were recovered, and search and rescue work continues for 3 "
            "citizens.")
    assert any(a.startswith("outcomes-within-on-board") and "20" in a for a in alarms(text))
