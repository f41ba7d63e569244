"""Round seventy-four's readings: a relative clause inside a list, those of a toll who died some way,
an age group's share, a past disaster an event "came after", a family's dead, and a season's window."""

from __future__ import annotations

import pytest

import checker


def _claim(text: str, figure: str) -> checker.Claim:
    return next(c for c in checker.check([text]).claims if c.text == figure)


def _alarms(text: str) -> list[str]:
    return [f"{f.rule}: {f.message}" for f in checker.check([text]).failed
            if f.severity in ("error", "warning")]


def test_a_relative_clause_inside_a_list_adds_no_item() -> None:
    text = ("Sunday's strikes killed eight people in the district - three in Majdal Zoun, three in "
            "Chehabiyeh and two on the road outside Mansouri, where a drone hit a car carrying two "
            "brothers - and wounded 19, the ministry said.")
    assert not _alarms(text)


@pytest.mark.parametrize(("text", "figure"), [
    ("Extreme heat killed 512 people in Maricopa County, the report said. Of the 158 people who died "
     "indoors, 71 were in homes where an air conditioner was not working.", "158 people"),
    ("The report estimates 1,230 heat-associated deaths across England. It also estimates that around 60 "
     "deaths occurred among people aged under 65 in London alone.", "around 60 deaths"),
    ("A landslide killed 15 people in Dhuseni, police said. The bodies of Tek Bahadur Pun's wife and two "
     "daughters were recovered on Wednesday morning.", "two daughters"),
])
def test_some_of_a_toll_told_before(text: str, figure: str) -> None:
    assert _claim(text, figure).role == "subset"


def test_a_disaster_the_event_came_after_is_another_s() -> None:
    text = ("The death toll from last week's sinking of the ferry rose to 28 on Monday. The disaster came "
            "eight months after a fire aboard an inter-island ferry off Palawan killed 14 people.")
    assert _claim(text, "14 people").role == "background"
    assert not _alarms(text)


def test_a_season_s_tally_since_the_monsoon_s_onset_is_its_own_window() -> None:
    text = ("The authority says 146 people have died in rain-related disasters across the country since the "
            "onset of the monsoon on June 2.")
    assert _claim(text, "146 people").scope.time == "since the onset of the monsoon"


@pytest.mark.parametrize(("text", "source"), [
    ("Cloudbursts killed 17 people — seven in Mandi, five in Kullu and one in Chamba — officials said.",
     "officials"),
    ("Cloudbursts killed 17 people in Mandi — officials said.", "officials"),
    # an en dash belongs to a name
    ("The Jordan Armed Forces – Arab Army said it had shot down two drones on Sunday.",
     "The Jordan Armed Forces – Arab Army"),
])
def test_an_em_dash_ends_the_words_before_a_speaker(text: str, source: str) -> None:
    assert checker.check([text]).claims[0].attribution == source
