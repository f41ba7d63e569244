"""Situation reports and rescues: tolls by province, places named as subjects, survivors,
the missing ever reported against those still missing, patients treated for illness."""

from __future__ import annotations

import pytest

import checker
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


def test_all_the_ages_of_a_list_are_ages() -> None:
    text = "The toll has risen to four. The dead are three women aged 52, 67 and 74 and a 9-year-old boy."
    assert not [c for c in checker.extract(text) if c.text.startswith(("67", "74"))]
    assert not failed(text)


def test_a_list_after_a_colon_itemises_the_part_before_it() -> None:
    text = ("Four people were killed and 41 injured. The injured include 7 foreign nationals: 4 from the "
            "Netherlands, 2 from Poland and 1 from Denmark.")
    assert claim_at(text, "4 from").role == "subset"
    assert not failed(text)


def test_a_number_in_a_service_s_name_is_no_count() -> None:
    text = "Rescue 1122 spokesman Bilal Khan said the wounded were taken to hospital."
    assert not [c for c in checker.extract(text) if c.text.startswith("1122")]


def test_the_dead_counting_the_gunmen_are_not_the_victims_parts() -> None:
    text = ("This brings to five the number of victims killed in Friday's attack on the concert hall — "
            "seven dead in all, counting the two gunmen.")
    assert {claim_at(text, "seven").role, claim_at(text, "two gunmen").role} == {"with_attacker"}
    assert not failed(text)


def test_others_are_people_besides_those_counted_before() -> None:
    text = ("Rescuers made contact with 9 workers trapped alive behind the collapsed section. The bodies "
            "of 2 workers were found near the edge, and 2 others remain missing.")
    assert ("missing-consistent", "error") not in failed(text)


def test_a_part_of_a_period_s_tally_is_not_held_to_the_event_s_toll() -> None:
    text = ("Eleven people were killed in the crash on Saturday. According to the authority, 1,327 people "
            "have been killed in road crashes since January 1. Pedestrians accounted for 512 of the "
            "deaths this year.")
    assert ("killed-breakdown", "error") not in failed(text)


def test_a_group_accounting_for_some_of_the_dead_is_not_a_place() -> None:
    text = "The mission verified 164 civilian deaths. Children accounted for 17 of the 164 people killed."
    assert claim_at(text, "17").scope.place is None


def test_a_ranked_list_of_the_dead_is_a_breakdown() -> None:
    text = ("The mission said it had verified 164 civilian deaths. The east accounted for the most "
            "deaths, 58, followed by the north with 41, the south with 27, the west with 24 and the "
            "capital with 19.")
    assert ("killed-breakdown", "error") in failed(text)


def test_what_befell_the_people_attended_is_each_a_part_of_them() -> None:
    text = ("So far our services have attended 41 people: 9 have been taken to hospital, one of them in a "
            "serious condition, and 32 were treated at the scene for minor injuries.")
    assert {claim_at(text, "9 have").role, claim_at(text, "32").role} == {"subset"}
    assert not failed(text)


def test_the_whole_of_n_of_the_m_is_the_m() -> None:
    text = ("Eleven people injured in the collision remained in hospital on Thursday, two of them in "
            "intensive care at the Hospital Universitario de Alcorena. The other 36 of the 47 people hurt "
            "have gone home.")
    assert claim_at(text, "47").role == "total"
    assert claim_at(text, "two").role == "subset"


def test_the_toll_named_again_to_open_its_parts_is_their_whole() -> None:
    text = ("The death toll stands at 84, the commissioner said. Of the 84 bodies, 47 have been identified "
            "and handed over to their families.")
    assert not failed(text)


def test_the_injured_by_hospital_must_fit_the_injured() -> None:
    text = ("The ministry said that all 26 injured were taken to three hospitals: 11 to Upper Valley "
            "University Hospital, 9 to Deir Sawir Central Hospital and 8 to Samalut General Hospital.")
    assert claim_at(text, "11 to").category == "injured"
    assert ("injured-breakdown", "error") in failed(text)


def test_durations_are_no_operands_of_a_share() -> None:
    text = ("The 12-day campaign vaccinated 450,000 children aged six months to 10 years, or 75 per cent "
            "of the target of 600,000.")
    assert not failed(text)


def test_the_dead_numbered_then_listed_are_parts() -> None:
    text = ("The recovery brought the death toll to five, the army said. The five dead are two Poles, "
            "a Czech, a Spaniard and a Pakistani porter.")
    assert claim_at(text, "two Poles").role == "subset"
    assert not failed(text)


def test_the_dead_identified_so_far_are_listed_as_parts() -> None:
    text = ("The agency said the bodies of 7 members of its group had been recovered. The dead identified "
            "so far are four Nepali porters, two French trekkers and a Japanese trekker.")
    assert claim_at(text, "two French").role == "subset"


def test_a_stated_breakdown_by_district_is_all_of_the_toll() -> None:
    text = ("Flash floods have claimed 31 lives across Khyber-Pakhtunkhwa over the past 48 hours, the "
            "authority said. The authority's district-wise breakdown showed 12 deaths in Swat, seven in "
            "Buner, five in Shangla, four in Lower Dir and two in Chitral.")
    assert ("killed-breakdown", "error") in failed(text)
    assert not failed(text.replace("two in Chitral", "three in Chitral"))


def test_a_list_of_as_many_places_as_the_sentence_names_is_all_of_the_toll() -> None:
    text = ("The death toll from Hurricane Octavio rose to 41 on Tuesday, the agency reported. The dead "
            "were in four states: 18 in Guerrero, 13 in Oaxaca, 7 in Michoacán and 2 in Colima.")
    assert ("killed-breakdown", "error") in failed(text)
    assert not failed(text.replace("rose to 41", "rose to 40"))


def test_a_province_wise_list_gives_parts() -> None:
    text = "Province-wise, the deaths are: Sardan 31, Zarkun 22 and Rohal 9."
    assert claim_at(text, "31").role == "subset"


def test_a_temperature_difference_converts_without_the_offset() -> None:
    text = "Temperatures were 8°C to 10°C (14°F to 18°F) above normal for the season."
    assert not failed(text)
    assert ("conversion-agrees", "error") in failed("Temperatures were 8°C (18°F) above normal.")


def test_livestock_are_not_people() -> None:
    text = ("Farmers said losses had passed 6,000 sheep, and the authority put the number of cattle killed "
            "at nearly 400.")
    assert claim_at(text, "nearly 400").category == "other"


def test_a_count_since_a_hazard_set_in_is_the_event_s() -> None:
    text = ("date 2025-06-28\n\nCoroners and hospitals have confirmed 78 deaths in which heat was the direct "
            "cause since the heat dome settled over the country on 23 June.")
    assert claim_at(text, "78 deaths").role == "total"


def test_adults_and_children_are_everyone() -> None:
    text = ("Over three days, rescuers recovered the bodies of 26 people from the rubble. Of the dead, 19 "
            "were adults and 5 were children.")
    assert ("killed-breakdown", "error") in failed(text)
    assert not failed(text.replace("5 were children", "7 were children"))
    assert not failed("The strike killed 26 people, including 5 men, 4 women and 3 children.")


def test_the_bodies_a_rescue_recovered_beside_those_it_pulled_alive_are_some_of_the_dead() -> None:
    text = ("The death toll from the strike has risen to 14, the service said. Rescuers have pulled 17 "
            "people alive from the rubble and recovered the bodies of eight, the service said. The other "
            "victims died in the street outside or later in hospital.")
    assert claim_at(text, "eight").role == "subset"
    assert not failed(text)


def test_an_earlier_toll_after_up_from_is_no_part_of_the_new_one() -> None:
    text = ("An air strike killed 16 people, including five children and three women, the ministry said in "
            "an updated toll on Tuesday, up from 12 on Monday night.")
    assert not failed(text)
