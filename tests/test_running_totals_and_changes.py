"""Readings of round seventy: a running total "By Thursday night" and a day that "added" to it, the day
a toll named as the deadliest, "Besides the dead,", a change "a drop of 15 deaths", a war "which has
killed", those once on the list of missing, the wounded who later died, and a hospital's patients in a
serious condition."""

from __future__ import annotations

import checker
from tests.reading import claim_at, failed


def test_a_running_total_by_an_earlier_night_and_a_day_s_addition() -> None:
    text = ("The campaign ended on Friday with 241 people killed and 1,318 injured nationwide, the centre "
            "said. By Thursday night, the sixth day of the campaign, the running total stood at 214 dead "
            "and 1,154 injured. Friday, when many holidaymakers drove back to Bangkok, added 27 deaths and "
            "164 injuries.")
    earlier = (claim_at(text, "214 dead").role, claim_at(text, "1,154").role)
    added = (claim_at(text, "27 deaths").role, claim_at(text, "164 injuries").role)
    assert earlier == ("background", "background")
    assert added == ("increment", "increment")
    assert not failed(text)


def test_the_deadliest_day_s_toll_is_a_day_of_the_period() -> None:
    text = ("Road accidents killed 512 people during the exodus, police said. Police said the deadliest "
            "single day on the roads was March 18, two days before Eid, when 61 people were killed.")
    assert claim_at(text, "61 people").role == "subset"
    assert not failed(text)


def test_besides_the_dead_names_what_the_figure_is_not() -> None:
    text = ("Road accidents killed 512 people during the exodus, police said. Besides the dead, 641 people "
            "were seriously injured, it said.")
    assert claim_at(text, "641 people").category == "injured"


def test_a_drop_of_deaths_is_a_change_not_a_rival_toll() -> None:
    text = ("A total of 158 people were killed in road accidents during the operation. The director said the "
            "figure was a drop of 15 deaths, or 8.7 per cent, compared with 173 deaths recorded in the "
            "previous operation.")
    assert ("killed-consistent", "error") not in failed(text)


def test_a_war_which_has_killed_is_the_war_s_toll() -> None:
    text = ("Seventeen bodies had been taken to the city's hospitals, the health office said. Taiz was "
            "besieged for years during the country's war, which has killed more than 150,000 people.")
    assert claim_at(text, "more than 150,000").role == "background"
    assert not failed(text)


def test_those_once_on_the_list_of_missing_are_not_a_rival_count() -> None:
    text = ("Of the nine people on the list of missing, five were found dead under the rubble and two were "
            "found alive. Two people are still being searched for.")
    assert claim_at(text, "nine people").role == "background"
    assert not failed(text)


def test_the_wounded_who_later_died_are_dead() -> None:
    report = checker.check([
        "At least 25 people were injured in the strike on Sumy, the regional administration said.",
        "Three people wounded in a Russian missile strike on an apartment building in the northeastern "
        "Ukrainian city of Sumy died in hospital overnight, raising the death toll to 14, officials said.",
    ])
    assert [c.category for c in report.claims if c.text == "Three people"] == ["killed"]


def test_a_hospital_s_patients_in_a_serious_condition_are_some_of_them() -> None:
    text = ("Seventeen people have been injured. Nine of them are in city hospitals, two in a serious "
            "condition; eight received help at the scene and were allowed to go home.")
    assert ("injured-breakdown", "error") not in failed(text)


def test_a_count_s_own_pluperfect_not_a_speaker_s() -> None:
    text = ("By Sunday morning, Abu Zayed had learned that the strike killed 11 members of his family. Among "
            "the 13 relatives killed in the strike was his aunt, Abu Zayed said.")
    assert claim_at(text, "11 members").role == "total"


def test_a_body_s_spokesperson_named_by_its_acronym_tells_its_breakdown() -> None:
    text = ("The death toll from the earthquake that struck West Sulawesi early on Tuesday has risen to 73, "
            "the National Disaster Management Agency (BNPB) said on Wednesday. BNPB spokesperson Ratna "
            "Ayuningtyas told a press briefing that 56 people had died in West Sulawesi, 11 in South "
            "Sulawesi and 8 in Central Sulawesi.")
    assert ("items-add-up", "error") in failed(text)
