"""Readings of round sixty-four: a group that is everyone harmed ("Seven children were killed" in a
school fire), a place that carries over ", and" to the next clause, deaths at the site and in hospital, a
title and its holder as one source."""

from __future__ import annotations

import pytest

from tests.reading import claim_at, failed


def test_a_school_fire_s_children_are_its_toll() -> None:
    text = ("Seven children were killed and 15 others injured when a fire swept through a school in Agra on "
            "Tuesday, District Magistrate Rakesh Kumar Tiwari said. \"Six children have lost their lives and "
            "15 are undergoing treatment,\" the District Magistrate told reporters.")
    assert [claim_at(text, t).role for t in ("Seven children", "Six children")] == ["total", "total"]
    assert ("killed-consistent", "error") in failed(text)


@pytest.mark.parametrize("text", [
    # the article's first count of the dead is of everyone: the men are some of them
    "Three people died at the scene: the owner of the house and two men who were helping him.",
    # a group among a toll
    "A fire killed 12 people, including five children. The five children were pupils of the school.",
])
def test_a_group_among_the_dead_stays_a_part(text: str) -> None:
    assert ("killed-breakdown", "error") not in failed(text)
    assert ("killed-consistent", "error") not in failed(text)


def test_the_place_of_a_clause_carries_over_and() -> None:
    text = ("At about 21:15 the same day, the occupiers attacked Zolochiv with a drone. One man, aged 38, "
            "was injured, and two private houses were damaged.")
    assert claim_at(text, "two private houses").scope.place == "Zolochiv"


def test_damage_of_no_place_in_an_article_of_several_places_is_not_broken_down_against_one() -> None:
    text = ("A guided bomb struck the centre of Chuhuiv. Two civilians were killed and nine more people were "
            "injured in Chuhuiv. The strike damaged three multi-storey residential buildings, 14 private "
            "houses and a school. Later the same day a drone hit Zolochiv. One man was injured in Zolochiv, "
            "and two private houses were damaged.")
    assert ("buildings-breakdown", "error") not in failed(text)


def test_deaths_at_the_site_and_in_hospital_are_parts() -> None:
    text = "Eight people died at the site in Tultepec, and three in hospital, the state health ministry said."
    assert claim_at(text, "Eight people").role == "subset"


def test_a_teenager_is_a_kind_of_person() -> None:
    text = "Six people were killed. The six dead are four men, one woman and one teenager, the police said."
    assert claim_at(text, "one teenager").category == "killed"
    assert ("killed-breakdown", "error") not in failed(text)
