"""Accidents told by local outlets and yearly statistics: who was on board, where the injured
were taken, which whole a list of the dead belongs to, a change written around its level."""

from __future__ import annotations

import pytest

import checker
from tests.reading import claim_at, failed


def test_a_hospital_with_a_saint_s_name_scopes_its_patients() -> None:
    text = ("Two people were killed and 23 injured in Eldon, police said. Of the 23 injured, 19 are "
            "passengers and four are crew members. Six were taken to St. Brendan Regional Medical "
            "Center in serious condition.")
    assert claim_at(text, "Six").scope.place == "St. Brendan Regional Medical Center"
    assert not failed(text)


def test_the_survivors_are_an_outcome_not_the_people_on_board() -> None:
    text = ("The toll rose to 14 on Saturday, police said. The matatu, licensed to carry 14 "
            "passengers, had 17 people on board. The three survivors were transferred to the Nakuru "
            "Level Five Hospital.")
    assert not failed(text)


def test_people_on_board_after_the_capacity_clause_are_counted() -> None:
    text = ("The boat, licensed to carry 40 passengers, had 52 people on board when it capsized. "
            "Thirty bodies were recovered and 31 people were rescued.")
    assert ("outcomes-within-on-board", "warning") in failed(text)


def test_the_fates_after_another_boat_s_people_are_theirs() -> None:
    text = ("The article is dated May 12.\n\nIn the first, on April 18, a wooden boat carrying 46 people "
            "overturned in high waves. Tanzanian police said 19 people died and 27 were rescued.\n\nOn April "
            "27, a fishing boat capsized with 23 people aboard. Ugandan police marine officers pulled 14 "
            "survivors from the water and recovered seven bodies. Two people are still missing.")
    assert claim_at(text, "46 people").role == "total"
    assert not failed(text)
    # the first boat's own fates still add up against it
    assert ("outcomes-within-on-board", "warning") in failed(text.replace("27 were", "37 were"))


def test_a_figure_added_to_the_one_before_counts_the_same() -> None:
    text = ("Nkoy said 86 people had been rescued alive. Navy divers recovered 23 bodies on Sunday, adding "
            "to the 18 pulled from the water overnight by fishermen.")
    eighteen = claim_at(text, "18")
    assert (eighteen.category, eighteen.role) == ("killed", "subset")
    assert not failed(text)


def test_a_share_after_an_earlier_level_is_the_current_figure_s() -> None:
    text = ("Road deaths fell to 1,602. Pedestrians accounted for 421 of the deaths, up from 398, or 26% of "
            "the total.")
    assert claim_at(text, "398").role == "background"
    assert not failed(text)


def test_a_rolling_year_s_toll_and_a_long_weekend_s_are_two_spans() -> None:
    text = ("Australia's rolling annual road toll has climbed, with 1,327 people killed on the nation's "
            "roads in the 12 months to the end of March. The Easter long weekend was a grim reminder, with "
            "11 people killed nationally over the four days.")
    assert claim_at(text, "1,327 people").scope.time == "in the 12 months to the end of march"
    assert not failed(text)
    same_span = text.replace("over the four days", "in the 12 months to the end of March")
    assert ("killed-consistent", "error") in failed(same_span)


def test_all_of_the_more_bodies_told_again_are_still_the_increment() -> None:
    text = ("The death toll rose to 14 on Sunday night after navy divers pulled eight more bodies from the "
            "sunken vessel. The divers recovered all eight bodies from its lower deck, the commander said.")
    assert claim_at(text, "eight bodies").role == "increment"
    assert not failed(text)


def test_bodies_handed_to_families_are_some_of_the_dead() -> None:
    text = ("Rescuers recovered 15 more bodies on Monday, raising the death toll to 29. The district "
            "administration has handed 26 bodies to families. The other three are at the morgue.")
    assert claim_at(text, "26 bodies").role == "subset"
    assert not failed(text)


def test_people_on_a_manifest_are_neither_missing_nor_a_source() -> None:
    text = ('"We have 49 dead and 53 survivors. Eighty-five people are still missing," the governor said by '
            "telephone, citing the manifest of 187 people registered at the port of Ilebo.")
    assert claim_at(text, "187 people").category == "other"
    assert claim_at(text, "Eighty-five people").attribution == "the governor"
    assert not failed(text)


def test_a_list_of_those_killed_belongs_to_the_toll_before_it() -> None:
    text = ("Preliminary figures show 276 people died on the state's roads. Of those killed, 118 were "
            "drivers, 54 were passengers and 61 were motorcyclists. Police said 41 of the 172 drivers "
            "and passengers killed were not wearing a seatbelt.")
    assert ("killed-breakdown", "error") not in failed(text)


def test_a_named_place_before_where_places_the_figure() -> None:
    text = "The Bruce Highway, where 23 people died, again recorded more deaths than any other road."
    assert claim_at(text, "23").scope.place == "Bruce Highway"


def test_a_change_written_after_the_level_it_reached() -> None:
    text = ("The number of homicides fell to 512 in the year to September, down 14% from 571 the year "
            "before, the statistics office said.")
    assert failed(text) == [("change-matches-figures", "error")]
    assert not failed(text.replace("14%", "10%"))


def test_a_figure_listed_after_some_of_the_victims_is_some_of_them_too() -> None:
    text = ("Of the 512 victims, 371 were men and 141 were women. Sixty-two of the victims were aged "
            "under 18, and 89 were killed by a partner or former partner, 74 of them women.")
    assert claim_at(text, "89").role == "subset"


def test_a_lone_part_is_not_held_to_a_toll_paragraphs_later() -> None:
    text = ("Sixty-two of the victims were aged under 18, and 89 were killed by a partner. A knife "
            "was used in 221 homicides. Courts convicted 298 people of murder. The policing minister "
            "said the fall was encouraging. The office said 37 deaths currently recorded as homicides "
            "could yet be reclassified.")
    assert ("killed-breakdown", "error") not in failed(text)


def test_those_who_went_missing_are_missing() -> None:
    text = ("Seven people were killed and 12 others went missing after a landslide swept a micro-bus "
            "off the highway, police said.")
    assert claim_at(text, "12 others").category == "missing"


def test_those_pulled_out_dead_and_alive_are_not_all_rescued() -> None:
    text = ("In all, 28 people were pulled out of the debris \u2014 11 dead and 17 alive. Of the "
            "survivors, 13 were shifted to Mayo Hospital.")
    assert claim_at(text, "28 people").category == "other"
    assert claim_at(text, "17 alive").category == "rescued"
    assert not failed(text)


def test_the_dead_among_the_passengers_are_held_to_the_passengers() -> None:
    text = ("Fourteen people died after a bus collided with a lorry. The bus was carrying 51 passengers "
            "when it rammed into the lorry. The commander said 12 passengers and the two drivers died. "
            "Thirty-one passengers were injured. Eight passengers escaped unhurt.")
    assert not failed(text)
    more_unhurt = text.replace("Eight passengers", "Ten passengers")
    assert ("outcomes-within-on-board", "warning") in failed(more_unhurt)


def test_fates_told_of_the_people_in_one_list_are_an_error() -> None:
    text = ("Of the 46 people on board, 21 died, 22 survived with injuries and 4 escaped unhurt, "
            "police said.")
    assert ("outcomes-within-on-board", "error") in failed(text)
    assert not failed(text.replace("22 survived", "21 survived"))


def test_a_country_s_missing_are_not_the_fate_of_those_on_a_bus() -> None:
    text = ("Seven people were killed and 12 others went missing after a landslide swept two vehicles "
            "off the highway at Chilaunebas in Syangja district. The two vehicles were carrying 23 "
            "people in all. Four people were rescued "
            "alive. Monsoon disasters have killed 94 people across the country since June 13, the "
            "authority said. Twenty-seven people remain missing nationwide.")
    assert not failed(text)


def test_some_of_the_people_on_board_who_died_are_dead() -> None:
    text = "The board opened its investigation into the ditching, in which 7 of the 18 people on board died."
    assert claim_at(text, "7").category == "killed"
    assert claim_at(text, "18 people").category == "other"


def test_the_bodies_of_those_still_missing_are_the_last_of_the_toll() -> None:
    text = ("The bodies of the 2 people who were still missing, an offshore worker and the commander, "
            "were found inside the cabin. Of the 7 dead, 6 were offshore workers and 1 was the commander.")
    assert claim_at(text, "2 people").role == "subset"
    assert not failed(text)


def test_the_families_of_those_on_board_are_not_the_families_of_the_dead() -> None:
    text = ("The government is assisting the families of the 6 Australians who were on board flight CD 416, "
            "which crashed in Papua. One Australian survived.")
    assert claim_at(text, "6").category == "other"


def test_an_item_with_its_own_verb_does_not_take_the_verb_of_the_item_before() -> None:
    text = "Of the 31 people injured, 1 has died, 22 have left hospital and 8 remain in hospital."
    assert claim_at(text, "22").category == "injured"
    assert claim_at(text, "1 has").category == "killed"


def test_survivors_listed_by_aircraft_are_no_fates_of_everyone() -> None:
    text = ("All 7 dead were on board the ATR, while 230 of the 237 people on the two aircraft survived: "
            "all 187 on the jet and 43 of the 50 on the turboprop.")
    assert not failed(text)


def test_a_part_told_again_in_an_apposition_is_not_counted_twice() -> None:
    text = ("The accident killed 10 people: 6 people on board, the pilot and 5 passengers, and 4 residents "
            "on the ground.")
    assert not failed(text)
    assert ("killed-breakdown", "error") in failed(text.replace("4 residents", "5 residents"))


def test_people_listed_after_a_toll_s_colon_are_its_dead() -> None:
    text = "The number of dead has risen to 9: the 6 people on board the aircraft and 3 residents."
    assert (claim_at(text, "6 people").category, claim_at(text, "6 people").role) == ("killed", "subset")
    assert claim_at(text, "3 residents").category == "killed"


def test_a_toll_beside_a_named_crew_is_not_held_to_the_passengers_alone() -> None:
    text = ("The aircraft took off with a pilot and 5 passengers on board, the company said. It crashed into "
            "houses, killing at least 7 people. All 6 people on board had died.")
    assert not failed(text)


def test_men_with_parts_of_their_own_are_a_whole() -> None:
    text = ("According to the union, 20 men were injured, including 6 contractor staff who were taken to "
            "a private clinic.")
    assert claim_at(text, "20 men").role == "total"
    assert claim_at("Among the dead were five men and two boys.", "five men").role == "subset"


def test_some_of_a_named_employer_s_workers_are_some_of_the_dead() -> None:
    text = ("Of these, 32 were brought out alive and 3 died. Two of the contractor's employees were found "
            "dead on Thursday.")
    assert claim_at(text, "Two").role == "subset"
    assert not failed(text)


def test_parts_of_those_underground_are_not_parts_of_the_rescued() -> None:
    text = ("Rescue teams had brought 31 of 44 trapped miners to the surface by Tuesday night. The collapse "
            "happened when 187 workers were underground. Of those, 143 reached the surface through the "
            "main shaft within hours. Eleven of the 31 miners rescued so far were taken to hospital.")
    assert ("rescued-breakdown", "error") not in failed(text)


def test_an_earlier_disaster_named_with_an_aside_is_background() -> None:
    text = ("The toll from the collapse of the dam in Minas Gerais state rose to 34. The collapse is the "
            "deadliest at a Brazilian mining dam since the 2019 disaster at Brumadinho, also in Minas "
            "Gerais, which killed 270 people.")
    assert claim_at(text, "270 people").role == "background"
    assert not failed(text)


def test_a_place_on_the_outskirts_of_a_city_is_the_place() -> None:
    text = ("A fire tore through a garment factory in the Tongimara industrial area on the northern "
            "outskirts of Dhaka late Monday, killing 26 workers, fire officials said. Fire service official "
            "Anisur Rahman said the dead were 19 women and eight men.")
    assert claim_at(text, "26 workers").scope.place == "Tongimara"
    assert ("killed-breakdown", "error") in failed(text)
    assert not failed(text.replace("eight men", "seven men"))


def test_a_whole_that_comprises_its_parts() -> None:
    text = ("In total, 52 workers were injured. The 52 injured comprise 31 sewing operators, 14 finishing "
            "section staff and 9 canteen staff.")
    assert ("injured-breakdown", "error") in failed(text)
    assert not failed(text.replace("9 canteen", "7 canteen"))


def test_a_spokesperson_speaks_for_the_police() -> None:
    text = ("Gunmen have killed 19 persons in attacks on three villages, the police have said. Addressing "
            "journalists at the command headquarters in Gusau later on Monday, the police spokesperson "
            "said \"a total of seventeen (17) persons lost their lives\" in the attacks.")
    assert claim_at(text, "seventeen").scope.place != "Gusau"
    assert ("killed-consistent", "error") in failed(text)


def test_what_befell_some_of_them_cannot_outnumber_them() -> None:
    text = ("Gunmen ambushed a convoy of 20 Michoacán state police officers on Monday, killing 13 of them "
            "and wounding nine, state authorities said.")
    assert claim_at(text, "20").category == "other"
    assert ("outcomes-within-on-board", "error") in failed(text)
    assert not failed(text.replace("wounding nine", "wounding seven"))


@pytest.mark.parametrize("text", ["No fewer than 27 bodies have been recovered.",
                                  "Not less than 27 people died."], ids=["no-fewer-than", "not-less-than"])
def test_no_fewer_than_is_a_qualifier_not_a_negation(text: str) -> None:
    (claim,) = checker.extract(text)
    assert (claim.qualifier, claim.negated) == ("at_least", False)


def test_a_boat_conveying_passengers_and_the_corpses_of_its_dead_by_kind() -> None:
    text = ("No fewer than 27 bodies have been recovered after a wooden boat conveying about 90 passengers "
            "capsized. \"Of the 27 corpses recovered so far, 12 are women, nine are children and four are "
            "adult men,\" he said.")
    assert claim_at(text, "about 90 passengers").category == "other"
    assert claim_at(text, "27 corpses").category == "killed"
    assert ("killed-breakdown", "error") in failed(text)
    assert not failed(text.replace("four are adult men", "six are adult men"))


def test_people_found_dead_beside_people_rescued_alive_are_dead() -> None:
    text = ("The ferry was carrying 52 passengers and four crew members, a total of 56 people. So far, 41 "
            "passengers have been rescued alive, eight have been found dead and nine others are still being "
            "searched for, he said.")
    assert claim_at(text, "eight").category == "killed"
    assert ("outcomes-within-on-board", "warning") in failed(text)
    assert not failed(text.replace("nine others", "seven others"))


def test_of_the_injured_those_brought_to_one_hospital_are_the_toll_s() -> None:
    text = ("A suicide bomber blew himself up among worshippers at a mosque in Peshawar's Faqirabad area, "
            "killing 23 people and wounding 38 others, police said. Of the injured, 42 were brought to Lady "
            "Reading Hospital, its spokesman said.")
    assert ("injured-breakdown", "error") in failed(text)
    assert not failed(text.replace("42 were", "32 were"))


def test_one_kind_of_attack_s_toll_is_a_share_of_the_casualties() -> None:
    text = ("The mission documented 612 civilian casualties between 1 January and 31 March - 198 people "
            "killed and 414 injured. Attacks using improvised explosive devices killed 46 people and injured "
            "129, the bulk of them in two bombings claimed by the regional affiliate of the Islamic State "
            "group.")
    assert [claim_at(text, f).role for f in ("46 people", "129")] == ["subset", "subset"]
    assert claim_at(text, "46 people").scope.place is None
    assert not failed(text)


def test_two_ages_after_aged_and_a_toll_confirmed_before() -> None:
    text = ("Rescuers pulled a body from the rubble in Kiryat Ata on Thursday morning, raising the death "
            "toll to four, Magen David Adom said.\n\nThree people had already been confirmed dead: two men, "
            "aged about 60 and 45, in Haifa and a woman in Nesher.")
    assert [c.text for c in checker.extract(text)] == ["four", "Three people", "two men"]
    assert claim_at(text, "Three people").role == "background"
    assert not failed(text)


def test_the_level_a_night_s_total_was_brought_from() -> None:
    text = ("Magen David Adom said it had treated 9 people who were lightly hurt on their way to protected "
            "spaces. Two more were treated at hospitals after arriving on their own, bringing the night's "
            "total to 11.")
    assert claim_at(text, "9 people").role == "background"
    assert not failed(text)


def test_a_paramedic_service_s_patients_by_condition_are_all_parts() -> None:
    text = ("As of 07:00, Magen David Adom teams have treated 146 people. They include 1 person in critical "
            "condition; 4 in serious condition; 9 in moderate condition; 97 with light injuries; and 35 "
            "people treated for acute anxiety.")
    assert [c.role for c in checker.extract(text)][1:] == ["subset"] * 5
    assert not failed(text)


def test_bodies_retrieved_by_two_teams_are_parts_of_the_toll() -> None:
    text = ("At least 11 persons were killed when a bridge caved in on Tuesday evening. The magistrate said "
            "six bodies were retrieved by rescue teams overnight, while five had been pulled out by "
            "villagers in country boats.")
    assert [(claim_at(text, f).category, claim_at(text, f).role) for f in ("six bodies", "five")] == [
        ("killed", "subset"), ("killed", "subset")]
    assert not failed(text)


def test_a_status_list_under_a_heading_of_no_figure_is_of_parts() -> None:
    text = ("Magen David Adom paramedics have so far treated 58 people following the missile attack.\n\n"
            "Status of casualties as of 07:00:\n- 1 man aged about 40 in serious condition\n"
            "- 17 people in mild condition with shrapnel and glass injuries\n"
            "- 21 people injured on their way to protected spaces\n- 15 people treated for anxiety")
    assert [claim_at(text, f).role for f in ("17 people", "21 people", "15 people")] == ["subset"] * 3
    assert not failed(text)


def test_the_people_in_a_building_when_it_fell_are_everyone_there() -> None:
    text = ("By the fire service's count, 42 people were in the building when it collapsed: 13 died, 17 were "
            "rescued and 12 escaped unaided.")
    assert claim_at(text, "42 people").category == "other"
    assert not failed(text)
    assert ("outcomes-within-on-board", "error") in failed(text.replace("17 were", "30 were"))


def test_fates_listed_after_the_people_s_colon_are_theirs() -> None:
    assert ("outcomes-within-on-board", "error") in failed(
        "The boat was carrying 42 people: 13 died and 30 were rescued.")
    assert not failed("The boat was carrying 42 people: 12 died and 30 were rescued.")


def test_the_dead_told_by_sex_add_up_against_their_toll() -> None:
    text = ("The district administration put the death toll at 23 on Wednesday evening. Sixteen of the dead "
            "were women and eight were men, according to the administration's list.")
    assert ("killed-breakdown", "error") in failed(text)
    assert not failed(text.replace("eight were men", "seven were men"))


def test_a_count_with_its_own_noun_after_n_of_them_is_its_own() -> None:
    text = ("As of 10:00am on Wednesday, 24 people have been rescued alive, three of them overnight, and 11 "
            "bodies have been recovered.")
    assert claim_at(text, "11 bodies").role == "total"
    text = ("The control room has received reports of 29 missing passengers. With 23 of them found dead, six "
            "people remain missing, officials said.")
    assert claim_at(text, "six").role == "subset"


def test_the_workers_on_a_contractor_s_register_are_the_people_a_collapse_befell() -> None:
    text = ("Of the 38 casual labourers who signed the contractor's register that morning, 24 have been "
            "rescued alive and nine bodies have been recovered, the Red Cross said. Seven workers remain "
            "unaccounted for.")
    assert ("outcomes-within-on-board", "warning") in failed(text)
    assert not failed(text.replace("Seven workers", "Five workers"))


def test_the_injured_airlifted_to_a_hospital_are_some_of_them() -> None:
    text = ("Of the 17 children who were injured, 9 have been discharged from the Lethem Regional Hospital "
            "and 2 remain there under observation. Of the six airlifted to the Georgetown Public Hospital "
            "Corporation, two are still in critical condition.")
    assert claim_at(text, "six airlifted").role == "subset"
    assert not failed(text)


def test_police_agents_hospitalised_are_the_whole_of_their_fates() -> None:
    text = ("Of the four agents hospitalised on Tuesday, one was discharged on Wednesday; three remain in "
            "Hospital Escuela. The two bus passengers wounded on Tuesday were also discharged.")
    assert claim_at(text, "four agents").category == "injured"
    assert not failed(text)


def test_those_besides_and_those_in_the_intensive_care_unit_are_told_before() -> None:
    text = ("The toll rose to five overnight after divers found three more bodies. Nineteen people were "
            "still missing. Besides the three bodies, the drop is explained by 10 people found safe.\n\nOf "
            "the 28 people taken to hospital, 14 were discharged on Tuesday night. Three remain in the "
            "intensive care unit with burns.")
    assert [claim_at(text, f).role for f in ("three bodies", "Three")] == ["subset", "subset"]
    assert not [f for f in failed(text) if f[1] == "error"]


def test_bodies_repatriated_between_sides_are_no_toll_but_a_hospital_s_are() -> None:
    text = ("In accordance with the agreements reached, the bodies of 1,000 fallen servicemen of the Armed "
            "Forces of Ukraine were also handed over to the Ukrainian side. The Russian side received the "
            "bodies of 19 servicemen of the Armed Forces of the Russian Federation.")
    assert [claim_at(text, f).category for f in ("1,000", "19 servicemen")] == ["other", "other"]
    assert not failed(text)
    hospitals = "Hospitals in the capital received the bodies of 41 people."
    assert claim_at(hospitals, "41 people").category == "killed"


def test_a_sitrep_s_labels_items_by_place_and_day() -> None:
    text = ("2. Cumulative losses (26 May to 18 June). Deaths: 41. Injured: 118. Houses damaged: 212. "
            "Livestock perished: 64.\n\n3. Province-wise breakdown. Deaths: Punjab 19, Khyber Pakhtunkhwa "
            "14, Balochistan 5, Sindh 2, Gilgit-Baltistan 1.\n\n5. Last 24 hours. Six deaths (KP 4, "
            "Punjab 2) and 17 injuries were reported during the last 24 hours.")
    assert claim_at(text, "64").category == "other"
    assert [(claim_at(text, f).role, claim_at(text, f).scope.place) for f in ("19", "14")] == [
        ("subset", "Punjab"), ("subset", "Khyber Pakhtunkhwa")]
    assert not failed(text)
    assert ("killed-breakdown", "error") in failed(text.replace("Punjab 19", "Punjab 29"))


def test_bodies_recovered_on_a_day_and_a_rival_s_count_it_stands_by() -> None:
    text = ("date 2025-04-30\nsource Prothom Alo\n\nDivers recovered two bodies from the Padma near "
            "Godagari on Wednesday. The disaster ministry put the number of people killed by lightning in "
            "the division on Tuesday at 13.\n\nThe Bajrapat Nirapotta Forum has stood by its count of 16 "
            "lightning deaths.")
    assert claim_at(text, "two bodies").role == "subset"
    assert claim_at(text, "16").attribution == "The Bajrapat Nirapotta Forum"
    assert not [f for f in failed(text) if f[1] != "info"]


def test_a_night_s_bodies_and_naval_drones_are_no_toll_or_air_war() -> None:
    text = ("The number of people killed in Tuesday's strike on the centre of Dnipro has risen to 14. "
            "Overnight, rescuers recovered the bodies of two residents of the seventh floor.\n\nThree "
            "children are among the dead.")
    assert claim_at(text, "two residents").role == "subset"
    assert not failed(text)
    text = ("Air defences shot down 49 of the 64 drones overnight. The Russian ministry claimed up to 20 "
            "naval drones destroyed in the port.")
    assert claim_at(text, "up to 20 naval drones").category == "other"


def test_a_share_of_a_year_s_national_total_told_as_background() -> None:
    text = ("date 2026-03-02\nsource Animal Politico\n\nThe organisation counted 398 police officers killed "
            "in 2025, 41 fewer than the year before. Of those, 92 were in Guanajuato, or 23% of the national "
            "total.")
    assert not failed(text)
    assert ("share-matches-figures", "error") in failed(text.replace("23%", "33%"))


def test_those_listed_among_the_missing_last_night_are_the_level_before() -> None:
    text = ("Eleven persons have lost their lives and six persons are reported missing. The death toll has "
            "risen after two more bodies were recovered this morning. Both had been listed among the eight "
            "persons reported missing last night.")
    assert claim_at(text, "eight persons").role == "background"
    assert not failed(text)


def test_those_taken_to_hospital_after_all_treated_are_no_fall() -> None:
    monday = ("date 2025-04-28T21:00\nsource NHK\nevent tunnel\n\nPolice say a fire in the tunnel injured "
              "people. The city fire department says it treated 26 people in all, including nine treated at "
              "the scene.")
    tuesday = ("date 2025-04-29T11:20\nsource Kyodo\nevent tunnel\n\nOf the 17 people taken to hospital, "
               "five remain in serious condition.")
    failed = checker.check([monday, tuesday]).failed
    assert not [f for f in failed if f.rule == "injured-does-not-fall"]
