"""Rounds seventy-eight and seventy-nine's readings: a part after tolls at two places, "N of them"
of livestock, a body named after "recorded by", a crew beside passengers, "with five" aboard, a town
held by one side, a place that "had recorded" deaths, a group told again by what befell it, "the last
deadly attack", a burning hospital's inpatients, bodies recovered as the last of a toll, a priest as a
source, "One came out. The other one ...", "accounted for, with ...", and a death after a who-clause."""

from __future__ import annotations

import checker


def _claim(text: str, figure: str) -> checker.Claim:
    return next(c for c in checker.check([text]).claims if c.text == figure)


def _alarms(text: str) -> list[str]:
    return [f"{f.rule}: {f.message}" for f in checker.check([text]).failed
            if f.severity in ("error", "warning")]


def test_a_part_after_tolls_at_two_places_is_the_whole_toll_s() -> None:
    text = ("According to preliminary figures from the disaster management authority, nine people were "
            "killed.\n\nIn Balkh Province, five people were killed. Three people were killed in Samangan's "
            "Dara-e-Suf Payin district, and one person was killed in Faryab's Kohistan district. Four "
            "children are among the dead.")
    assert _claim(text, "Four children").scope.place is None
    assert not _alarms(text)


def test_some_of_them_after_livestock_are_livestock() -> None:
    text = "Three people died. A total of 1,130 livestock perished, 1,310 of them sheep and goats."
    assert _claim(text, "1,310").category == "other"
    assert not _alarms(text)


def test_a_body_named_after_recorded_by_is_the_source() -> None:
    text = ("Police have shot dead 27 people in four days of protests, according to the civil society group "
            "Plataforma Decide. His party says its own monitors have counted 31 dead. The 24 deaths recorded "
            "by Decide since Thursday make this the deadliest wave of unrest.")
    assert _claim(text, "24 deaths").attribution == "the civil society group Plataforma Decide"
    alarms = _alarms(text)
    assert any(a.startswith("killed-consistent") and "27" in a and "24" in a for a in alarms)
    assert not any("31" in a for a in alarms)


def test_a_toll_including_the_pilot_is_not_held_to_the_pilgrims_on_board() -> None:
    text = ("Seven people, including the pilot, were killed when a helicopter ferrying pilgrims crashed into "
            "a gorge. The six pilgrims on board were from three states. Rescuers retrieved all seven bodies "
            "from the gorge by noon.")
    assert not any(a.startswith("outcomes-within-on-board") for a in _alarms(text))


def test_a_second_aircraft_with_five_carries_five_people() -> None:
    text = ("The two aircraft - an AW109 light utility helicopter with four crew on board and an Mi-35 "
            "gunship with five - collided at about 10am. \"Six bodies have been recovered and two crew "
            "members were rescued with injuries. Search efforts continue for one person who remains "
            "unaccounted for,\" the statement said.")
    assert not any(a.startswith("outcomes-within-on-board") for a in _alarms(text))


def test_a_town_held_by_one_side_is_the_figure_s_place() -> None:
    text = ("At least seven civilians were reported killed on both sides of the front line in Donetsk region "
            "on Wednesday. In Ukrainian-held Druzhkivka, a Russian rocket strike killed four people and "
            "wounded 12, the governor said.")
    assert _claim(text, "four people").scope.place == "Druzhkivka"
    assert not _alarms(text)


def test_a_place_that_had_recorded_deaths_is_their_place() -> None:
    text = ("Seven more bodies were recovered in Nairobi and Kisumu counties. The toll stood at 76 on "
            "Tuesday. Giving a county-by-county breakdown, the secretary said Nairobi had recorded 31 "
            "deaths, up from 29.")
    assert _claim(text, "31 deaths").scope.place == "Nairobi"
    assert not _alarms(text)


def test_a_group_told_again_by_what_befell_it_is_no_new_count() -> None:
    text = ("Police now say 21 people were killed. Four more bodies were pulled from the mud this afternoon, "
            "the commander said. Five people are still missing, he said; the four recovered this afternoon "
            "had been on the list of the missing.")
    four = _claim(text, "four")
    assert (four.category, four.role) == ("killed", "background")
    assert not _alarms(text)


def test_the_last_deadly_attack_is_another_event() -> None:
    text = ("Two people were killed when a drone hit a dormitory on Sunday. The last deadly attack on the "
            "city was in the spring, when three people were killed in a strike on an industrial area.")
    assert _claim(text, "three people").role == "background"
    assert not _alarms(text)


def test_a_burning_hospital_s_inpatients_are_not_injured() -> None:
    text = ("At the time of the fire, 214 patients were being treated in the hospital, 46 of them in the "
            "internal medicine wing. Fourteen people have been injured, most of them with smoke inhalation.")
    assert [_claim(text, f).category for f in ("214 patients", "46")] == ["other", "other"]
    assert not _alarms(text)


def test_bodies_recovered_after_a_toll_are_its_last() -> None:
    text = ("The drone strike on a petrol station killed 11 people, the health office said on Friday, after "
            "rescue teams recovered two bodies from a house that burned down next to the station.")
    assert [_claim(text, f).role for f in ("11 people", "two bodies")] == ["total", "subset"]


def test_a_priest_who_spoke_to_a_broadcaster_is_a_source() -> None:
    text = ("The hospital's medical director said 31 people had died. Residents and a local priest, who "
            "spoke to DW by telephone, said at least 35 people had been killed.")
    assert _claim(text, "at least 35 people").attribution == "a local priest"
    assert not _alarms(text)


def test_one_of_two_sons_is_a_part() -> None:
    text = ('Nine people have been rescued alive so far. Akosua Ampofo said two of her sons had gone to the '
            'pit. "One came out. The other one, we are still waiting," she said.')
    assert not _alarms(text)


def test_all_accounted_for_with_their_fates_is_no_rescue_count() -> None:
    text = ("The commander said all 23 people believed to have been in the pit at the time had been "
            "accounted for, with 14 dead and nine rescued alive.")
    assert _claim(text, "23 people").category == "other"
    assert not _alarms(text)


def test_a_death_after_a_who_clause_is_the_figure_s() -> None:
    text = ("The director said two patients who had been transferred from the intensive care unit in "
            "critical condition died at the hospitals they were taken to.")
    assert _claim(text, "two patients").category == "killed"
