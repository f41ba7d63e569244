"""Situation reports and rescues: tolls by province, places named as subjects, survivors,
the missing ever reported against those still missing, patients treated for illness."""

from __future__ import annotations

import pytest

from tests.reading import claim_at, failed


@pytest.mark.parametrize(("text", "figure", "place"), [
    ("The agency has recorded 17 dead. By province, the reported deaths are: Alcaya 9, Batarin 5 "
     "and Quiroga 3.", "5", "Batarin"),
    ("As of 9:00 a.m., 38 people have died across five states: Okpara 21, Ruwan 9, Ebiri 5, Idere 2 "
     "and Mabor 1.", "Ruwan 9", "Ruwan"),
])
def test_a_toll_listed_by_province_is_its_parts(text: str, figure: str, place: str) -> None:
    item = claim_at(text, figure)
    assert (item.category, item.role, item.scope.place) == ("killed", "subset", place)
    assert not failed(text)


def test_a_place_named_as_the_subject_places_its_figure() -> None:
    text = ("Paranaíba do Sul accounts for 38 of the dead, 27 of them in São Teodoro, according to the "
            "state Civil Defence. Neighbouring Espírito Alto has confirmed 6 deaths.")
    assert claim_at(text, "38").scope.place == "Paranaíba do Sul"
    assert claim_at(text, "27").scope.place == "São Teodoro"
    assert claim_at(text, "6 deaths").scope.place == "Espírito Alto"


def test_a_storm_is_not_a_place() -> None:
    text = "The office has recorded 17 dead as a result of Typhoon Dalisay."
    assert claim_at(text, "17").scope.place != "Typhoon Dalisay"


def test_the_states_affected_are_the_whole_country() -> None:
    text = "A total of 47 deaths have been recorded in the seven states affected by the floods."
    assert claim_at(text, "47").scope.place == "nationwide"


def test_patients_treated_for_an_illness_are_not_the_injured() -> None:
    text = ("The number of injured has risen to 104. Mobile clinics have treated more than 3,500 people "
            "for malaria, diarrhoea and injuries.")
    assert claim_at(text, "3,500").category == "other"
    assert not failed(text)


def test_people_confirmed_as_survivors_are_rescued() -> None:
    text = ("As of 10:00 on Monday, 34 bodies have been recovered, 73 people have been confirmed as "
            "survivors and 35 people are still missing. Of the 34 dead, 21 were men.")
    assert claim_at(text, "73").category == "rescued"
    assert not failed(text)


def test_the_dead_identified_were_a_list_that_must_fit_the_toll() -> None:
    text = ("The toll stood at 23 dead on Sunday evening. The 23 dead identified so far were 14 "
            "Senegalese, 8 Gambians and 4 Guineans, the gendarmerie said.")
    assert failed(text) == [("killed-breakdown", "error")]


def test_those_still_missing_are_some_of_those_reported_missing() -> None:
    text = ("Of the 31 people reported missing since Tuesday, 15 have been located safe. Thirteen people "
            "remain unaccounted for.")
    assert ("missing-consistent", "error") not in failed(text)
