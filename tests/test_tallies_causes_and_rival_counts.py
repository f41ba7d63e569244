"""Readings of a year's running tally and a cause's share of a toll, of rival counts a group keeps
("maintains its figure of at least ten"), and of lists whose whole is named before a dash or a
colon ("The nine injured workers — four ...", "The 14 bodies are in two mortuaries: nine ...")."""

from __future__ import annotations

import pytest

import checker
from tests.reading import claim_at, failed


def test_a_toll_is_not_the_earlier_figure_of_one_place_told_after_it() -> None:
    text = ("date 2027-04-28\nsource weather.com\n\n"
            "Five people were killed in all: four in Oklahoma and one near Wellington, Kansas. "
            "Oklahoma's toll was first reported as five, but the medical examiner later ruled that one "
            "death was not caused by the storm.")
    assert claim_at(text, "Five people").role == "total"


def test_a_year_s_running_tally_and_its_parts_are_the_year_s() -> None:
    text = ("date 2027-04-28\nsource weather.com\n\n"
            "Five people were killed on Monday. Monday's five deaths bring the number of people killed by "
            "tornadoes in the U.S. in 2027 to 58, according to the SPC, including 23 in the late-March "
            "outbreak.")
    assert [claim_at(text, t).role for t in ("58", "23")] == ["background", "background"]
    assert not [f for f in failed(text) if f[1] == "error"]


@pytest.mark.parametrize(("text", "role"), [
    ("Troopers investigated four fatal collisions, in which five people died; one crash on Interstate 26 "
     "in Madison County killed two.", "subset"),
    ("One strike killed two people in Kyiv on Monday.", "total"),
])
def test_what_one_of_several_crashes_killed_is_a_part(text: str, role: str) -> None:
    assert claim_at(text, "two").role == role
    assert not [f for f in failed(text) if f[1] == "error"]


def test_a_cause_s_share_of_the_toll() -> None:
    text = ("Kentucky's death toll from last week's ice storm rose to 11 on Monday, the governor's "
            "office said. Five people died in crashes on ice-covered roads. Three died of hypothermia. "
            "Two people in Floyd County died of carbon monoxide poisoning, and two were killed by falling "
            "trees.")
    assert claim_at(text, "11").role == "total"  # the storm's toll now, though the storm was last week's
    assert [claim_at(text, t).role for t in ("Five people", "Three died", "Two people", "two were")] == [
        "subset"] * 4
    assert ("killed-consistent", "error") not in failed(text)


def test_the_biggest_killer_s_deaths_are_its_share() -> None:
    text = ("Falls from height were again the biggest killer, responsible for 38 deaths across all sectors. "
            "In construction, six died in collapses or overturns.")
    assert claim_at(text, "38 deaths").role == "subset"
    assert ("killed-consistent", "error") not in failed(text)


def test_what_a_witness_saw_is_some_of_the_dead() -> None:
    text = ("The federation said on Tuesday that at least four workers had died, citing accounts from "
            "workers at the site. A steel fixer told Al Jazeera he had seen three bodies being carried out.")
    assert claim_at(text, "at least four workers").attribution == "The federation"
    assert claim_at(text, "three bodies").role == "subset"
    assert ("killed-consistent", "error") not in failed(text)


@pytest.mark.parametrize(("sentence", "source"), [
    ("The supporters' committee maintains its figure of at least ten dead.", "The supporters' committee"),
    ("The supporters' committee still speaks of at least ten dead.", "The supporters' committee"),
    ("Al-Shabaab, in a second statement, raised its own claim to at least ten people killed.", "Al-Shabaab"),
])
def test_a_group_s_own_count_is_a_rival_of_the_official_one(sentence: str, source: str) -> None:
    text = f"The government spokesman confirmed seven dead on Sunday. {sentence}"
    assert claim_at(text, "at least ten").attribution == source
    assert ("killed-consistent", "info") in failed(text)
    assert ("killed-consistent", "error") not in failed(text)


def test_a_storm_of_last_week_with_its_toll_brought_to_a_figure() -> None:
    text = ("Police have found the bodies of two more people who went missing in last week's torrential "
            "rain, bringing the number of deaths in the prefecture to five.")
    assert claim_at(text, "five").role == "total"


def test_the_dead_and_the_injured_listed_one_after_the_other() -> None:
    text = ("According to preliminary verification, 31 people were in the restaurant. The dead comprise 4 "
            "diners and 2 employees, and the injured 13 diners and 4 employees.")
    assert [claim_at(text, t).category for t in ("4 diners", "2 employees", "13 diners", "4 employees")] == [
        "killed", "killed", "injured", "injured"]


@pytest.mark.parametrize(("one", "error"), [("one", True), ("two", False)])
def test_a_whole_named_before_a_dash_and_its_items(one: str, error: bool) -> None:
    text = ("Two construction workers were killed and nine others injured, city officials said. The nine "
            "injured workers — four employed by the general contractor, three by the concrete subcontractor "
            f"and {one} by an electrical firm — were taken to hospitals.")
    assert (("items-add-up", "error") in failed(text)) is error


@pytest.mark.parametrize(("second", "error"), [("four", True), ("five", False)])
def test_the_bodies_in_the_mortuaries(second: str, error: bool) -> None:
    text = ("The Benue State Government on Sunday put the death toll from Saturday's stampede at a "
            "recruitment screening in Makurdi at 14, with 38 others injured. \"The 14 bodies are in two "
            f"mortuaries: nine at BSUTH and {second} at the Federal Medical Centre,\" the commissioner said.")
    assert claim_at(text, "14,").category == "killed"
    assert (("items-add-up", "error") in failed(text)) is error


def test_the_bodies_of_the_dead_handed_over_are_all_of_them() -> None:
    text = ("Police said four labourers were killed on Tuesday. A case has been registered under Section 106 "
            "of the Bharatiya Nyaya Sanhita, and the bodies of the five deceased were handed over to their "
            "families after post-mortem, police said.")
    five = claim_at(text, "five deceased")
    assert (five.role, five.scope.place) == ("total", None)
    assert claim_at("Police said 12 died. The bodies of 9 persons have been handed over to their families.",
                    "9 persons").role == "subset"


def test_two_areas_together_are_neither_of_them() -> None:
    text = ("In neighboring Yamagata Prefecture, three people have died and one person remains unaccounted "
            "for. The deaths in the two prefectures now total eight.")
    assert claim_at(text, "eight").scope.place == "the two prefectures"
    assert ("killed-consistent", "error") not in failed(text)


def test_those_taken_to_the_hospital_are_some_of_the_injured() -> None:
    text = ("Seven people were wounded. Of the five victims taken to the hospital, a teacher was discharged "
            "and the other four are in a stable condition.")
    assert claim_at(text, "five victims").role == "subset"


LIVE = """date 2027-02-02
source CBS News (live updates)

What to know about the ice storm:
- At least nine people have died in Mississippi, Louisiana and Alabama since the storm moved in Sunday night.

Updated 4:05 PM CST
The Mississippi Emergency Management Agency said it had confirmed six storm-related deaths.

Updated 10:20 AM CST
At least seven deaths have been blamed on the storm across three states: four in Mississippi, two in
Louisiana and one in Alabama.
"""


def test_an_earlier_post_s_figures_by_place_are_not_the_summary_s() -> None:
    assert ("items-add-up", "error") not in failed(LIVE)


def test_a_list_by_place_that_goes_on_from_the_sentence_before() -> None:
    text = ("At least 17 people have died in the storm. Tennessee reported the most deaths, six, according "
            "to the state's Department of Health. Mississippi confirmed four deaths, Arkansas three and "
            "Louisiana two.")
    assert ("killed-breakdown", "warning") not in failed(text)


def test_a_code_of_law_and_a_fire_service_are_no_places() -> None:
    for name in ("the Bharatiya Nyaya Sanhita", "the Fire and Emergency Services"):
        text = f"Personnel of {name} said three workers were found dead."
        assert claim_at(text, "three workers").scope.place is None


def test_passenger_coaches_and_troops_at_work_count_no_one_harmed() -> None:
    text = ("Security forces recovered 14 passengers who had been abducted by terrorists from two passenger "
            "coaches. The remaining 27 were rescued on Tuesday in an operation involving about 300 troops.")
    assert claim_at(text, "two passenger coaches").category == "other"
    assert claim_at(text, "about 300 troops").category == "other"
    assert not [f for f in failed(text) if f[1] in ("error", "warning")]


def test_those_still_with_the_kidnappers_are_not_the_dead() -> None:
    text = ("Police rescued 34 passengers. Three of the passengers were killed during the attack, while 11 "
            "others were still with the kidnappers.")
    assert claim_at(text, "11 others").category != "killed"


@pytest.mark.parametrize(("stated", "error"), [("45", True), ("40", False)])
def test_a_share_told_well_after_its_figures(stated: str, error: bool) -> None:
    text = (f"The director said only 96 of the 240 patients had completed the full course of post-exposure "
            f"vaccine, or {stated} percent, largely because the hospital ran out of the vaccine.")
    assert (("share-matches-figures", "error") in failed(text)) is error


def test_a_day_s_deaths_beside_a_longer_tally() -> None:
    text = ("With Sunday's 24 deaths, the number of people killed by lightning in Odisha since April 1 has "
            "risen to 89, the SRC office said.")
    assert claim_at(text, "24 deaths").role == "total"
    assert claim_at(text, "89").role == "background"


@pytest.mark.parametrize(("text", "figures"), [
    ("Families seeking missing relatives may contact the team on 09 7865 43210.", []),
    ("Call the helpline on 0800 123 456.", []),
    ("The census counted 1 234 567 people.", [1234567.0]),
])
def test_a_phone_number_opening_with_a_zero_is_no_figure(text: str, figures: list[float]) -> None:
    assert [c.value for c in checker.extract(text)] == figures


def test_a_side_that_accused_the_other_and_said_is_a_rival_source() -> None:
    text = ("The Sudan Doctors Network said 31 civilians had been killed when drones hit the market. The "
            "RSF, which controls the area, accused the army of a massacre and said in a statement that more "
            "than 40 civilians had died.")
    assert claim_at(text, "more than 40 civilians").attribution == "The RSF"
    assert ("killed-consistent", "info") in failed(text)
    assert ("killed-consistent", "error") not in failed(text)


def test_rescue_workers_who_said_are_a_source() -> None:
    text = ("Five of the nine people missing were found dead in the creek, raising the death toll to 26, "
            "rescue workers said.")
    assert claim_at(text, "26").attribution == "rescue workers"


def test_a_tally_so_far_in_the_year() -> None:
    text = ("date 2026-05-04\nsource Ministry\n\nTwo police officers lost their lives this week. So far in "
            "2026, 14 police officers have died in the line of duty.")
    assert claim_at(text, "14 police officers").role == "background"
    assert ("killed-consistent", "error") not in failed(text)


def test_the_residents_of_one_town_are_a_part_of_the_region_s_toll() -> None:
    text = ("date 2026-11-09\nsource Inquirer (live updates)\n\n"
            "2:05 PM | Catanduanes cut off\nThe mayor tells Inquirer that three residents of her town were "
            "killed when a wall collapsed.\n\n"
            "1:10 PM | Police: 15 dead\nPolice say 15 people have died in the region.\n")
    assert claim_at(text, "three residents").role == "subset"
    assert ("toll-does-not-fall", "warning") not in failed(text)
