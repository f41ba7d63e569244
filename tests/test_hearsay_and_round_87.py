"""Round eighty-seven's readings: ages "ranging from 19 to 71", a figure only outlets report that the
police have not confirmed, a province that "has so far recorded" its cases and deaths against the
country's, "three of which were shot down", the speaker of "Hezbollah, which said it had fired",
targets struck rather than launched, the fates listed after where the injured were taken, and the
places a "worst hit ... followed by" sentence names one by one."""

from __future__ import annotations

import pytest

import checker
from tests.reading import alarms, claim_told, errors


def test_ages_ranging_from_19_to_71_are_no_count_of_the_injured() -> None:
    text = ("Of the eight injured, five are women and three are men, with ages ranging from 19 to 71, police "
            "said.")
    assert [c.text for c in checker.check([text]).claims] == ["eight injured", "five", "three"]
    assert errors(text) == []


def test_a_figure_only_outlets_report_and_the_police_have_not_confirmed_is_no_toll() -> None:
    text = ("14.10: Police say at least three people have been killed in the shooting. 15.30: Some Slovak "
            "outlets are reporting six deaths, citing unnamed hospital sources. Police have not confirmed "
            "that figure. 16.02: Police said four people had been killed.")
    assert claim_told(text, "six deaths").negated
    assert alarms(text) == []


def test_a_named_source_s_figure_the_police_have_not_confirmed_is_still_a_side_s() -> None:
    text = ("Police said 12 people died in the crush. The ward councillor has repeated his claim that the "
            "toll is higher, saying at least 15 people died. Police have not confirmed that figure.")
    assert not claim_told(text, "at least 15 people").negated


def test_a_province_that_has_so_far_recorded_its_deaths_is_their_place() -> None:
    text = ("Cumulatively, the country has recorded 1,912 cases and 58 deaths. Copperbelt Province has so "
            "far recorded 43 cases and one death, all in Ndola district.")
    assert claim_told(text, "58 deaths").scope.place == "nationwide"
    assert claim_told(text, "one death").scope.place == "Copperbelt Province"
    assert errors(text) == []


@pytest.mark.parametrize(("text", "figure", "category"), [
    ("Approximately 60 rockets were fired from Lebanon in two waves, along with four drones, three of "
     "which were shot down.", "Approximately 60 rockets", "missiles_launched"),
    ("Israel responded with overnight air strikes on what it said were 12 Hezbollah targets in southern "
     "Lebanon.", "12 Hezbollah targets", "other"),
    ("Russia attacked with 472 air attack vehicles overnight.", "472 air attack vehicles",
     "targets_launched"),
])
def test_what_the_weapons_did(text: str, figure: str, category: str) -> None:
    assert claim_told(text, figure).category == category


@pytest.mark.parametrize("subject", ["Hezbollah", "The group"])
def test_the_subject_of_a_relative_clause_that_said_is_the_speaker(subject: str) -> None:
    text = f"{subject}, which said it had fired more than 100 rockets, described the attack as retaliation."
    assert claim_told(text, "more than 100 rockets").attribution == subject


def test_the_fates_listed_after_where_the_injured_were_taken_are_theirs() -> None:
    text = ("Magen David Adom said it had evacuated 14 people injured in rocket impacts in the Western "
            "Galilee. In Nahariya, MDA teams evacuated 10 casualties to the Galilee Medical Center: a man "
            "of about 50 in serious condition; three people in moderate condition; and six in mild "
            "condition.")
    assert [claim_told(text, f).role for f in ("three people", "six")] == ["subset", "subset"]
    assert errors(text) == []


def test_the_places_a_worst_hit_sentence_names_one_by_one() -> None:
    text = ("The state has confirmed 42 deaths. According to him, Sabon Birni Local Government Area is the "
            "worst hit with 418 suspected cases and 17 deaths, followed by Isa with 296 cases and 11 deaths, "
            "and Goronyo with 187 cases and eight deaths.")
    assert [claim_told(text, f).scope.place for f in ("17 deaths", "11 deaths", "eight deaths")] == [
        "Sabon Birni Local Government Area", "Isa", "Goronyo"]
    assert errors(text) == []


def test_a_week_s_deaths_on_the_way_to_the_outbreak_s_toll_are_added_to_it() -> None:
    text = ("Sudan's health ministry reported 1,126 new suspected cholera cases and 27 deaths in the week to "
            "March 10, bringing the toll of an outbreak declared in November to 9,840 cases and 241 deaths, "
            "the ministry said.")
    assert [claim_told(text, f).role for f in ("27 deaths", "241 deaths")] == ["increment", "total"]
    assert errors(text) == []


def test_the_bodies_of_the_people_recovered_are_the_dead() -> None:
    text = "The bodies of the seven people recovered so far have been sent to the hospital for post-mortem."
    assert claim_told(text, "seven people").category == "killed"


def test_bodies_handed_over_in_an_exchange_are_no_toll() -> None:
    text = ("In accordance with the agreements reached, the bodies of 1,000 fallen servicemen were handed "
            "over to the Ukrainian side. The Russian side received the bodies of 19 servicemen.")
    assert errors(text) == []


def test_the_town_of_the_hospital_the_bodies_were_sent_to_is_not_their_place() -> None:
    text = ("A boat capsized on the Narayani river on Sunday, killing eight people. The bodies of the seven "
            "people recovered so far have been sent to Prithvi Chandra Hospital in Parasi for post-mortem.")
    assert claim_told(text, "seven people").scope.place != "Parasi"


@pytest.mark.parametrize(("later", "found"), [("DSP Adhikari", ["killed-consistent"]),
                                              ("Hunter Adhikari", [])])
def test_one_officer_named_in_full_then_by_title_and_surname(later: str, found: list[str]) -> None:
    text = ("Deputy Superintendent of Police Hari Prasad Adhikari said the bodies of eight people had been "
            f"recovered from the Narayani. The bodies of the seven people recovered so far have been sent to "
            f"Prithvi Chandra Hospital in Parasi for post-mortem, {later} said.")
    assert [e for e in errors(text) if e == "killed-consistent"][:1] == found


def test_others_with_another_fate_add_nothing_to_the_toll() -> None:
    text = ("Two men on a motorcycle opened fire at a billiards hall. As a result of these events, four "
            "people lost their lives and two more were injured. The police express their condolences to the "
            "families of the five people who lost their lives.")
    assert claim_told(text, "four people").role == "total"
    assert errors(text) == ["killed-consistent"]


@pytest.mark.parametrize("ages", ["between 20 and 35 years old", "aged 3 to 12 years old"])
def test_both_ends_of_an_age_range_are_ages(ages: str) -> None:
    text = f"Police said 11 people were killed, most of them {ages}."
    assert [c.text for c in checker.check([text]).claims] == ["11 people"]
