"""Round eighty-four's readings: boatmen and fishermen who pull people out, the fates of the missing
"accounted for", a count "higher ... because" more came, "two each from" two places, a toll "with two
sadhus among the dead", a town in its state, a ministry and its director general, a country's body in
a round-up of countries, "Of these patients, 41 were adults", "killed 16 of them" in the sentence after
those carried, an aside naming one of the items before the next, "Parbat (one)", a toll told "in seven
districts" and listed district by district, and "The dead, 12 in all, are"."""

from __future__ import annotations

import pytest

from tests.reading import alarms, claim_told, errors


@pytest.mark.parametrize(("text", "figure"), [
    ("Boatman Sopan Kolekar said he and two other boatmen pulled at least eight people out of the river.",
     "two"),
    ("Two fishermen rescued five people from the capsized boat.", "Two fishermen"),
])
def test_those_who_pull_people_out_are_no_count_of_the_rescued(text: str, figure: str) -> None:
    assert claim_told(text, figure).category == "other"


def test_the_fates_of_the_missing_accounted_for_are_some_of_the_toll() -> None:
    text = ("The toll in the Pandharpur stampede rose to seven late on Saturday. Police said all three "
            "devotees reported missing in the morning had been accounted for - two were found dead in the "
            "river and a boy was found alive.")
    assert claim_told(text, "two were found dead").role == "subset"
    assert not alarms(text)


def test_a_count_higher_because_more_came_is_their_addition() -> None:
    text = ("Hospital dean Dr Sunil Waghmare said 26 people had been treated for injuries through the day. "
            "The figure is higher than the morning count because three people walked in later in the day "
            "with fractures, he said.")
    assert claim_told(text, "three people").role == "increment"
    assert not alarms(text)


def test_two_each_from_two_places_are_four() -> None:
    text = ("One more devotee died, taking the number of dead to eight. Of the eight dead, three were from "
            "Assam, two each from West Bengal and Bihar, and one from Nepal.")
    assert not alarms(text)


def test_a_toll_with_some_among_the_dead_is_the_toll() -> None:
    text = ("The toll in the stampede on the Nilachal hill rose to seven by noon, with two sadhus among the "
            "dead.")
    assert claim_told(text, "seven").role == "total"
    assert claim_told(text, "two sadhus").category == "killed"
    assert claim_told(text, "two sadhus").role == "subset"


def test_a_town_in_its_state_is_the_place() -> None:
    text = ("A drone strike on a camp on the outskirts of Dilling in Sudan's South Kordofan state has killed "
            "38 people.")
    assert claim_told(text, "38 people").scope.place == "Dilling"


def test_a_ministry_and_its_director_general_are_one_source() -> None:
    text = ("A drone strike on a camp on the outskirts of Dilling in Sudan's South Kordofan state has killed "
            "38 people, the state health ministry said on Friday. \"We have 35 dead,\" the ministry's "
            "director general, Dr Kamal Ibrahim, told the BBC.")
    assert "killed-consistent" in errors(text)


def test_a_country_s_body_in_a_round_up_of_countries_counts_that_country() -> None:
    text = ("More than 790 people have been killed across Pakistan, India and Nepal since the monsoon rains "
            "began in June, according to an AFP tally. Nepal's disaster authority has recorded at least 215 "
            "deaths, with 38 people still missing.")
    claim = claim_told(text, "at least 215 deaths")
    assert (claim.scope.place, claim.attribution) == ("Nepal", "Nepal's disaster authority")
    assert not alarms(text)


def test_the_kinds_of_the_patients_just_counted_are_theirs() -> None:
    text = ("The hospital received 74 wounded patients in three days. Of these patients, 41 were adults and "
            "29 were children.")
    assert claim_told(text, "41").category == "injured"
    assert errors(text) == ["injured-breakdown"]


def test_the_fates_of_those_carried_told_in_the_next_sentence() -> None:
    text = ("The lorry was carrying 23 people, most of them women and children, the volunteers said. The "
            "strike killed 16 of them and wounded nine, including a two-month-old baby.")
    assert errors(text) == ["outcomes-within-on-board"]


def test_an_aside_naming_one_of_an_item_ends_before_the_next_item() -> None:
    text = ("The toll from the strike on the railway station has risen to 17, officials said. Among the dead "
            "are 11 passengers, four railway employees, including the cashier whose body was found under the "
            "rubble in the afternoon, and three residents who were crossing the square.")
    assert errors(text) == ["killed-breakdown"]


def test_one_in_brackets_ends_a_list_by_place() -> None:
    text = ("Landslides have killed 31 people in seven districts, the authority said. Taplejung was the "
            "hardest hit, with nine deaths, followed by Sankhuwasabha (six), Panchthar (five), Kaski (four), "
            "Syangja (three), Tanahun (two) and Parbat (one).")
    assert claim_told(text, "one").scope.place == "Parbat"
    assert errors(text) == ["killed-breakdown"]


def test_the_dead_in_all_told_by_kind() -> None:
    text = ("The death toll in the stampede rose to 12 late on Sunday after two injured pilgrims died, "
            "officials said. The dead, 12 in all, are seven women, three children and three men.")
    assert claim_told(text, "12").role == "total"
    assert "killed-breakdown" in errors(text)
