"""Readings of statistics told as averages and rankings, of people found safe or alive, of groups
broken down by who did the saving or by how badly each is hurt, and of a union that disputes
"the official count"."""

from __future__ import annotations

import pytest

import checker
from tests.reading import claim_at, failed


def test_a_tally_since_an_event_on_a_weekday_is_this_event_s() -> None:
    text = ("date 2025-11-24\nsource Reuters\n\n"
            "Civil Protection said 15 people had been killed and 23 rescued alive since the wall of the "
            "Cerro Azulito pit gave way on Saturday.")
    assert claim_at(text, "15 people").role == "total"


def test_a_tally_since_a_plan_was_launched_on_a_date_is_a_season_s() -> None:
    text = ("date 2026-08-20\nsource Ministry\n\n"
            "Since the launch of its health plan on 20 July, its medical teams have treated more than "
            "186,000 pilgrims for injuries. A crush on Tuesday injured 63 others.")
    assert claim_at(text, "more than 186,000 pilgrims").role == "background"


def test_one_by_one_is_no_figure() -> None:
    text = ("The ministry has confirmed nine deaths from heatstroke. These figures cannot be compared with "
            "the deaths confirmed one by one by doctors.")
    assert [c.text for c in checker.extract(text)] == ["nine deaths"]


@pytest.mark.parametrize("sentence", [
    "That is an average of about 3.8 lives lost a day.",
    "This means that, on average, nearly 69 people were killed every day in our country.",
    "An average of 40 people died in each of those months.",
])
def test_an_average_is_no_count(sentence: str) -> None:
    text = ("Health officials said 116 people died of overdoses in January: 41 deaths in Fraser, 33 in "
            f"Vancouver and 42 elsewhere. {sentence}")
    average = next(c for c in checker.extract(text) if c.start > text.index(sentence))
    assert average.role == "background"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_the_places_that_follow_a_ranking_are_each_their_own_part() -> None:
    text = ("Scotland recorded 948 drug deaths. Glasgow City again had the highest rate of any council area, "
            "with 227 deaths. Dundee, once described as Scotland's drug-death capital, recorded 41.")
    glasgow, dundee = claim_at(text, "227 deaths"), claim_at(text, "41")
    assert (glasgow.scope.place, glasgow.role) == ("Glasgow City", "subset")
    assert (dundee.scope.place, dundee.role) == ("Dundee", "subset")
    assert ("killed-consistent", "error") not in failed(text)


def test_those_still_admitted_are_some_of_the_injured_not_the_whole_of_the_discharged() -> None:
    text = ("At the referral hospital, the Medical Officer in Charge, Dr Hamisi Ngowi, said nine survivors "
            "remained admitted, two of them in the intensive care unit, while 20 had been treated and "
            "discharged on Thursday night.")
    nine = claim_at(text, "nine survivors")
    assert (nine.role, nine.scope.place) == ("subset", None)  # "in Charge" is an office, no place
    assert ("injured-breakdown", "error") not in failed(text)


def test_the_parts_of_a_part_after_a_colon_are_not_added_to_the_whole_s() -> None:
    text = ("Carnival ended with ten deaths by drowning in Ceará, six of them at Praia do Futuro. In all, "
            "three people drowned in reservoirs in the interior and seven on the coast: the six victims of "
            "Monday's rip current at Praia do Futuro and a tourist at Cumbuco beach.")
    assert ("killed-breakdown", "error") not in failed(text)


def test_a_union_that_disputes_the_official_count_is_a_rival_source() -> None:
    text = ("Eleven workers were injured, seven of them with burns.\n\n"
            "The contract workers' union disputed the official injury count. Its secretary, Prasanta "
            "Behera, said at least 15 workers had been hurt.")
    assert ("injured-consistent", "info") in failed(text)
    assert ("injured-consistent", "error") not in failed(text)
    without = text.replace("disputed the official injury count", "met the plant's managers")
    assert ("injured-consistent", "error") in failed(without)


def test_a_body_that_repeated_its_claim_is_its_source() -> None:
    text = ("The company said it would bear the cost of treatment. The contract workers' union repeated its "
            "claim that at least 15 workers were injured.")
    assert claim_at(text, "at least 15 workers").attribution == "The contract workers' union"


def test_those_treated_and_discharged_are_some_of_the_injured() -> None:
    text = ("The remaining six burn patients are in the burns unit, the superintendent said. The four "
            "workers treated at the plant hospital for minor injuries were discharged on Tuesday evening.")
    assert claim_at(text, "four workers").role == "subset"
    assert ("injured-breakdown", "error") not in failed(text)


@pytest.mark.parametrize(("found", "category"), [("found safe", "other"), ("located safe", "other"),
                                                 ("found alive", "rescued")])
def test_those_found_safe_are_no_dead_and_those_found_alive_are_saved(found: str, category: str) -> None:
    text = ("The toll stood at 12. With the discovery, all 13 people who lost contact after the blast have "
            f"been accounted for: ten were found dead and three were {found}.")
    assert claim_at(text, "three").category == category
    assert ("killed-breakdown", "error") not in failed(text)


def test_people_reported_missing_who_turn_up_safe_were_never_saved() -> None:
    text = ("Rescuers have pulled 34 people out alive since the building came down on Tuesday. Three people "
            "reported missing had been found safe at relatives' homes, the Red Cross said.")
    assert claim_at(text, "Three people").category == "other"
    assert ("rescued-consistent", "warning") not in failed(text)


def test_a_count_broken_down_by_who_did_the_saving() -> None:
    text = ("SEMA said 31 passengers were rescued alive on Monday, 22 by local divers and nine by marine "
            "police, and that five bodies were recovered.")
    assert [claim_at(text, t).role for t in ("31 passengers", "22", "nine")] == ["total", "subset", "subset"]
    assert not [f for f in failed(text) if f[0] == "rescued-breakdown"]


def test_one_of_two_the_other_told_in_the_next_sentence() -> None:
    text = ("Aondona Tyav said his two daughters were on the boat. \"One was brought out alive. We are still "
            "waiting for the other,\" he said. Police said 31 people were rescued.")
    assert claim_at(text, "One").role == "subset"
    assert ("rescued-consistent", "warning") not in failed(text)


def test_the_fates_of_those_out_of_contact_are_some_of_the_toll() -> None:
    text = ("The number of people killed has risen to 7. Of the 12 residents with whom there was no contact "
            "in the morning, 4 were found dead, 3 have been found alive and 5 are still missing.")
    assert claim_at(text, "4 were found dead").role == "subset"
    assert ("killed-consistent", "error") not in failed(text)


def test_those_a_count_reached_after_are_the_last_of_it() -> None:
    text = ("The number of injured reached 31 after three firefighters were treated for smoke inhalation on "
            "Friday. Twenty-two of the injured have been discharged and nine remain in hospital.")
    assert claim_at(text, "three firefighters").role == "subset"
    assert ("injured-breakdown", "error") not in failed(text)


@pytest.mark.parametrize(("parts", "error"), [
    ("11 had burns over more than 50 per cent of their bodies and six were on ventilator support", False),
    ("ten are in a stable condition and eight in a critical condition", True),
])
def test_two_measures_of_the_same_patients_overlap(parts: str, error: bool) -> None:
    text = f"The dean said 16 patients were being treated in the burns ward, of whom {parts}."
    assert (("injured-breakdown", "error") in failed(text)) is error


def test_the_injured_listed_as_all_of_them_and_short_of_the_toll() -> None:
    text = ("The rope jumped off its wheels, injuring 12 skiers, police said. The injured were six Swiss "
            "residents, three German tourists and two visitors from the Netherlands, the police said.")
    assert [claim_at(text, t).category for t in ("12 skiers", "three German tourists", "two visitors")] == [
        "injured", "injured", "injured"]
    assert ("injured-breakdown", "error") in failed(text)
    assert ("injured-breakdown", "error") not in failed(text.replace("12 skiers", "11 skiers"))


def test_a_count_then_its_bare_parts_after_a_comma() -> None:
    text = ("Nineteen workers were injured, seven Hanbit employees and 11 workers from subcontractors, "
            "according to the fire authorities.")
    assert [claim_at(text, t).role for t in ("Nineteen workers", "seven", "11 workers")] == [
        "total", "subset", "subset"]
    assert ("distributed-parts-add-up", "warning") in failed(text)
    assert ("distributed-parts-add-up", "warning") not in failed(text.replace("seven", "eight"))


def test_those_on_board_who_were_hurt_are_injured() -> None:
    text = ("Two riders were killed and 19 others on board injured when an arm of the ride snapped. The ride "
            "was carrying 28 people, the inspector said. Nine riders escaped without injury.")
    assert claim_at(text, "19 others").category == "injured"
    assert ("outcomes-within-on-board", "warning") in failed(text)


def test_where_the_dead_came_from_is_not_where_they_died() -> None:
    text = ("Two people were killed above Canazei, the emergency service said. The three dead were members "
            "of a ski club from the province of Verona, the emergency service said.")
    assert claim_at(text, "three dead").scope.place is None
    assert ("killed-consistent", "error") in failed(text)


def test_those_admitted_to_hospitals_are_some_of_the_injured() -> None:
    text = "The minister said that 11 people from the school had been admitted to hospitals in the city."
    assert claim_at(text, "11 people").role == "subset"


def test_a_breakdown_held_to_the_whole_it_adds_up_to() -> None:
    text = ("Forty-eight people were injured. Three National Guard helicopters flew the injured out: 21 were "
            "taken to Chihuahua, 19 to Creel and eight to Cuauhtémoc.")
    assert ("injured-breakdown", "error") not in failed(text)


LIVE_PAGE = """date 2026-04-12
source NDTV (live updates)

Apr 12, 2026 08:15 (IST)
Death toll rises to three
A woman pilgrim pulled out of a damaged trolley on Saturday night has died, the magistrate said.

Apr 11, 2026 22:30 (IST)
Two dead, 15 injured
Two people were killed when their trolley slid back into the lower station, officials said.
"""


def test_a_live_page_s_posts_of_the_day_before_come_first() -> None:
    assert claim_at(LIVE_PAGE, "Two people").scope.time == "Apr 11 22:30"
    assert ("toll-does-not-fall", "warning") not in failed(LIVE_PAGE)
    swapped = LIVE_PAGE.replace("Apr 11, 2026 22:30", "Apr 12, 2026 22:30")
    assert ("toll-does-not-fall", "warning") in failed(swapped)


def test_a_name_s_first_word_is_no_noun_of_its_own() -> None:
    text = ("Forty-eight people were injured. The injured were flown out by three National Guard helicopters "
            "or taken by road to hospitals: 21 to Chihuahua, 19 to Cuauhtémoc and eight to Bahuichivo.")
    helicopters = claim_at(text, "three National Guard helicopters")
    assert (helicopters.category, helicopters.entity) == ("other", "helicopters")
    assert not [f for f in failed(text) if f[1] == "error"]


def test_a_tally_from_one_month_to_another_is_another_period_s() -> None:
    text = ("Police arrested 46 drug suspects over the weekend. Cebu province accounted for 31 of the "
            "arrests, followed by Bohol with eight, Negros Oriental with five, and Siquijor with two. From "
            "January to April this year, PRO-7 recorded 1,203 drug-related arrests.")
    assert claim_at(text, "1,203").role == "background"
    assert ("arrested-breakdown", "warning") not in failed(text)


@pytest.mark.parametrize(("stated", "error"), [("35%", True), ("26%", False)])
def test_a_change_stated_after_its_two_levels(stated: str, error: bool) -> None:
    text = f"The office counted 772 overdose deaths last year, down from 1,041 in 2024, a fall of {stated}."
    assert (("change-matches-figures", "error") in failed(text)) is error
