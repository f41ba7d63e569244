"""Readings of tolls updated mid-sentence, people taken to hospital, and weapons listed by kind."""

from __future__ import annotations

from tests.reading import claim_at, failed


def test_a_toll_risen_after_the_bodies_just_found_is_read_without_error() -> None:
    # the "risen to 21" pass replaces the four bodies before it; the sentence's later passes must
    # see that claim, not the one it replaced (this raised ValueError once)
    text = ('"Of the 48 passengers on the boat, 22 were rescued alive. With the four bodies found yesterday '
            'evening and this morning, the number of bodies recovered has risen to 21, and seven are still '
            'missing," she said.')
    assert claim_at(text, "21").role == "total"
    assert claim_at(text, "four bodies").role != "total"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_people_taken_to_hospital_are_some_of_the_injured() -> None:
    text = ("In Dnipro, 2 people were killed. 14 were injured, including 3 children aged 4, 9 and 15. Eight "
            "people have been taken to hospital, 2 of them children.")
    assert claim_at(text, "Eight people").role == "subset"
    assert not failed(text)
    assert ("injured-consistent", "error") in failed(
        "In Dnipro, 14 were injured, the governor said. Later he said eight people were injured.")


def test_people_in_hospital_named_in_an_aside_are_some_of_the_injured() -> None:
    text = ("31 people were injured in the region: 28 in Kharkiv itself and 3 in the Chuhuiv district. Six "
            "people, including a 12-year-old girl, remain in hospital in a serious condition.")
    assert claim_at(text, "Six people").role == "subset"
    assert not failed(text)


def test_two_ballistic_kinds_in_a_list_are_both_parts() -> None:
    text = ("Russia fired 41 missiles: 28 Kh-101 cruise missiles launched from Tu-95MS aircraft, 6 Kh-47M2 "
            "Kinzhal aeroballistic missiles from MiG-31K aircraft, and 7 Iskander-M ballistic missiles from "
            "the Bryansk and Kursk regions.")
    assert claim_at(text, "6 Kh-47M2").role == "subset"
    assert claim_at(text, "7 Iskander-M").role == "subset"
    assert not failed(text + " In all, 13 ballistic missiles were launched.")
