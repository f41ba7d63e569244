"""Session fourteen's readings: a place's body giving its place's toll, figures in brackets after place
names inside a dash aside, and a list of places after "Across" or "In" at a sentence's start."""

from __future__ import annotations

import pytest

import checker


def _claim(text: str, figure: str) -> checker.Claim:
    return next(c for c in checker.check([text]).claims if c.text == figure)


def _alarms(text: str) -> list[str]:
    return [f"{f.rule}: {f.message}" for f in checker.check([text]).failed
            if f.severity in ("error", "warning")]


@pytest.mark.parametrize("sentence", [
    "Bihar's disaster management department put its toll at 27.",
    "Bihar's death toll was 27.",
])
def test_a_place_s_toll_is_that_place_s_not_the_paragraph_s(sentence: str) -> None:
    text = f"In Uttar Pradesh, 44 deaths were reported on Monday. {sentence}"
    assert _claim(text, "27").scope.place == "Bihar"
    assert not _alarms(text)


def test_an_organisation_s_toll_is_no_place_s() -> None:
    text = ("In Bangladesh, 248 people died on the roads during the holiday. In addition, 18 people drowned, "
            "bringing the Samity's toll for all modes of transport to 275 dead.")
    assert _claim(text, "275 dead").scope.place != "Samity"


@pytest.mark.parametrize("dash", ["\u2014", "\u2013"])
def test_bracketed_figures_after_places_in_a_dash_aside_are_the_whole_s_parts(dash: str) -> None:
    text = (f"In Uttar Pradesh, 44 deaths were reported from three districts {dash} Ballia (19), Deoria (15) "
            f"and Azamgarh (12) {dash} according to the state relief commissioner's office.")
    parts = [_claim(text, figure) for figure in ("19", "15", "12")]
    assert [(p.category, p.role, p.scope.place) for p in parts] == [
        ("killed", "subset", "Ballia"), ("killed", "subset", "Deoria"), ("killed", "subset", "Azamgarh")]
    assert any(a.startswith("killed-breakdown") and "46" in a for a in _alarms(text))


def test_bracketed_figures_that_add_up_in_a_dash_aside_pass() -> None:
    text = ("Officials said 4,362 people had been displaced in three districts \u2014 Chipinge (2,104), "
            "Chimanimani (1,530) and Mutasa (728). Floods killed 44 people in three districts \u2014 "
            "Ballia (19), Deoria (13) and Azamgarh (12).")
    assert not _alarms(text)


@pytest.mark.parametrize(("text", "figure", "place"), [
    ("Across Kentucky, Indiana and Ohio, the storms killed nine people.", "nine people",
     "Kentucky, Indiana and Ohio"),
    ("In Texas and Oklahoma, the ice storm killed 18 people.", "18 people", "Texas and Oklahoma"),
    # a list with its kind of area keeps the kind
    ("Across Kharkiv, Sumy and Kherson regions, 10 civilians were killed.", "10 civilians",
     "Kharkiv, Sumy and Kherson regions"),
])
def test_a_list_of_places_after_in_or_across_is_all_of_them(text: str, figure: str,
                                                             place: str) -> None:
    assert _claim(text, figure).scope.place == place


def test_one_state_s_toll_beside_the_states_together_is_no_rival() -> None:
    text = ("That leaves Kentucky's official death toll at six. Across Kentucky, Indiana and Ohio, the "
            "storms killed nine people.")
    assert not _alarms(text)
