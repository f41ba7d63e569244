"""Round eighty-three's readings: the items of an apposition, abductions told as "whisking away" and
releases as "the release of", an earthquake's magnitude, a part's "of which", two missile models in one
list, the others besides the dead, a toll told after a death in hospital, a feast day's name, people
"fighting for their lives", "N of the martyrs", a count "before Thursday", a toll put "at eight, not 10
as ... said earlier", a toll raised by bodies "also" found, the dead by district, a list the dead
"comprise", "the IOM" after "survivors quoted by the IOM", workers who "reached the shelter unharmed"
and miners "trapped by" a blast then brought out alive."""

from __future__ import annotations

from pathlib import Path

import pytest

import checker
from tests.reading import alarms, claim_told, errors

HERE = Path(__file__).parent


def test_the_items_of_an_apposition_take_the_verb_after_it() -> None:
    text = ("Twenty-seven (27) kidnapped victims, comprising 18 women and 9 children, were rescued unhurt. "
            "The victims were among 32 persons abducted from Maro village on 21st July.")
    assert claim_told(text, "Twenty-seven (27)").category == "rescued"
    assert claim_told(text, "18 women").category == "rescued"
    assert claim_told(text, "9 children").category == "rescued"
    assert not alarms(text)


def test_whisking_away_is_an_abduction_and_its_attackers_are_no_captives() -> None:
    text = ("Gunmen numbering about 80 invaded the community on motorcycles on Monday night, killing five "
            "persons and whisking away 73 others, mostly women and children.")
    assert claim_told(text, "73 others").category == "abducted"
    assert claim_told(text, "about 80").category == "other"


@pytest.mark.parametrize(("text", "figure", "category"), [
    ("The police confirmed the release of 46 residents who were abducted last week.", "46 residents",
     "rescued"),
    ("The group is demanding the release of 40 of its fighters.", "40 of its fighters", "other"),
    ("According to a press release of the ministry, one died in Kurigram.", "one died", "killed"),
])
def test_the_release_of_people_is_their_freedom_unless_it_is_sought_or_a_statement(
        text: str, figure: str, category: str) -> None:
    assert claim_told(text, figure).category == category


def test_an_earthquake_s_magnitude_counts_no_one() -> None:
    text = ("Nine people lost their lives and hundreds were injured when an earthquake measuring 5.6 on the "
            "Richter scale jolted the western province of Kermanshah on Monday night.")
    assert claim_told(text, "5.6").category == "other"
    assert claim_told(text, "Nine people").scope.place == "Kermanshah"
    assert not alarms(text)


def test_the_intercepted_of_a_part_are_some_of_all_intercepted() -> None:
    text = ("The air force said its units shot down 38 missiles and 281 drones. Twelve of the missiles were "
            "Iskander-M ballistic missiles, of which five were intercepted, it said.")
    assert claim_told(text, "five").role == "subset"
    assert not alarms(text)


def test_two_missile_models_in_one_list_are_no_rival_counts() -> None:
    text = ("Russia launched 64 missiles overnight. The missile salvo consisted of 41 air-launched Kh-101 "
            "cruise missiles, 14 Iskander-M ballistic missiles and seven Kalibr cruise missiles fired from "
            "ships.")
    assert "cruise-launched-consistent" not in errors(text)


def test_the_others_besides_the_dead_hold_no_part_that_counts_the_dead() -> None:
    text = ("A woman died overnight at Health Sciences Centre, bringing the death toll to two. Eight other "
            "people were injured by gunfire, police said. Shared Health said its emergency departments "
            "received 10 patients: nine with gunshot wounds, including the woman who later died, and one "
            "person who was hurt when the crowd surged toward the exits.")
    assert not errors(text)


def test_a_toll_told_after_a_death_in_hospital_is_not_the_hospital_s() -> None:
    text = ("Gunmen opened fire on a crowd in Ibura on Monday, killing four. A girl who was hit died on "
            "Tuesday at the Hospital da Restauração. With her death, the toll rose to five.")
    assert claim_told(text, "five").scope.place == "Ibura"


def test_a_feast_day_s_name_is_no_place() -> None:
    text = ("A 14-year-old girl who was hit in the head during the shooting at a São João party in Ibura, in "
            "the South Zone of Recife, died on Tuesday afternoon at the Hospital da Restauração. With her "
            "death, the toll rose to five.")
    assert claim_told(text, "five").scope.place == "Ibura"


def test_people_fighting_for_their_lives_are_injured() -> None:
    text = ("Five schoolgirls are dead and two others are fighting for their lives at the Georgetown Public "
            "Hospital after fire gutted the girls' dormitory.")
    assert claim_told(text, "two others").category == "injured"
    assert not alarms(text)


def test_n_of_the_martyrs_are_some_of_the_toll() -> None:
    text = ("The number of martyrs from the bombing of the school has risen to 19. Hospitals received 43 "
            "wounded from the school. Six of the wounded are in a critical condition, and three of the "
            "martyrs died of their wounds after arriving at hospital.")
    assert claim_told(text, "three of the martyrs").role == "subset"
    assert not alarms(text)


def test_more_martyrs_of_a_kind_than_the_toll_is_a_breakdown_error() -> None:
    text = ("Eleven citizens were killed on Monday in a crush, medical sources said. The sources added that "
            "13 of the martyrs were children.")
    assert errors(text) == ["killed-breakdown"]


def test_a_count_before_the_day_reported_is_background() -> None:
    text = ("Today's deaths take the number of people who have died trying to cross the Channel this year to "
            "at least 27. Nineteen deaths had been recorded before Thursday.")
    assert claim_told(text, "Nineteen deaths").role == "background"
    assert not alarms(text)


def test_before_a_day_s_attack_keeps_the_tally_s_own_time() -> None:
    text = ("The daily reports put the toll from Russian attacks in Kherson region since Monday at seven "
            "people killed and 51 wounded, before Thursday's attack on the bus.")
    assert claim_told(text, "51 wounded").scope.time == "since monday"


def test_a_toll_put_at_eight_not_10_as_said_earlier_is_a_correction() -> None:
    text = ("date 2026-08-06\nsource Live\ntitle Boat sinking - latest\n\n"
            "12.10 BST - The maritime prefecture has just put the toll at eight, not 10 as the mayor of Le "
            "Portel said earlier.\n\n"
            "11.45 BST - The mayor of Le Portel has told the broadcaster BFMTV that 10 people had died.\n\n"
            "10.20 BST - The death toll has risen to six, the maritime prefecture says.\n")
    assert not alarms(text)


def test_a_toll_raised_by_bodies_also_found_is_the_toll() -> None:
    text = ("Volunteers also found the bodies of two other missing passengers downstream on Saturday night, "
            "taking the death toll to 16, according to the traffic police. Of the 16 dead, nine are men, "
            "five are women and three are children.")
    assert claim_told(text, "16").role == "total"
    assert "killed-breakdown" in errors(text)


def test_the_dead_told_by_district_are_the_province_s_toll() -> None:
    text = ("The death toll from the earthquake in Herat province has risen to 1,020, the ministry said. "
            "Spokesman Abdul Samim said 640 of the dead were in Zindajan district, 310 in Injil and 90 in "
            "Kohsan.")
    assert errors(text) == ["killed-breakdown"]


def test_the_dead_a_list_comprises_are_all_of_them() -> None:
    text = ("At least 38 people died when the boat capsized. The 38 people confirmed dead comprise 29 "
            "Ethiopians, six Somalis and two Yemeni crew members, according to local authorities.")
    assert claim_told(text, "29").role == "subset"
    assert "killed-breakdown" in errors(text)


def test_the_body_named_again_is_not_those_it_quoted() -> None:
    text = ("The IOM said on Wednesday that 45 bodies had been recovered. The vessel was carrying 188 "
            "people, according to survivors quoted by the IOM. Of the 54 bodies recovered so far, at least "
            "nine were women, the IOM said in its statement.")
    assert claim_told(text, "54 bodies").attribution == "the IOM"
    assert "killed-consistent" in errors(text)


def test_workers_who_reached_the_shelter_unharmed_are_an_outcome() -> None:
    path = HERE / "heldout316" / "007_ladyzhyn_plant_20khvylyn.txt"
    alarms = [f.message for f in checker.check([path]).failed if f.rule == "outcomes-within-on-board"]
    assert alarms == ['missing "two" + injured "eight" + unhurt "19" = 29 account for more people than '
                      '"27 workers"']


def test_miners_trapped_by_a_blast_then_brought_out_alive_are_rescued() -> None:
    text = ("Two miners trapped by Wednesday's gas explosion at a coal mine in Shanxi Province have been "
            "brought out alive after spending almost 23 hours in an underground refuge chamber.")
    assert claim_told(text, "Two miners").category == "rescued"


def test_a_city_s_later_toll_below_its_district_s_earlier_one_is_a_fall() -> None:
    earlier = ("date 2025-06-24T18:20\nsource g1 Pernambuco\ntitle Girl shot at party dies\n\n"
               "A 14-year-old girl who was hit in the head during the shooting at a São João party in Ibura, "
               "in the South Zone of Recife, died on Tuesday afternoon at the Hospital da Restauração. With "
               "her death, the toll rose to five. "
               "Last year the state recorded 1,640 violent intentional deaths.\n")
    later = ("date 2025-06-25T10:30\nsource EFE\ntitle Police hunt gunmen\n\n"
             "Recife (Brazil), June 25 (EFE).- Brazilian police are searching for two men suspected of "
             "opening fire on a crowd at a party in the northeastern city of Recife on Monday night, killing "
             "four people, authorities said.\n")
    falls = [f.message for f in checker.check([earlier, later]).failed if f.rule == "toll-does-not-fall"]
    assert len(falls) == 1 and '"five"' in falls[0] and '"four people"' in falls[0]
