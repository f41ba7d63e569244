"""Readings of tolls updated mid-sentence, people taken to hospital, and weapons listed by kind."""

from __future__ import annotations

from pathlib import Path

import pytest

import checker
from tests.reading import claim_at, failed

HERE = Path(__file__).resolve().parent


def test_a_toll_risen_after_the_bodies_just_found_is_read_without_error() -> None:
    # the "risen to 21" pass replaces the four bodies before it; the sentence's later passes must
    # see that claim, not the one it replaced (this raised ValueError once)
    text = ('"Of the 48 passengers on the boat, 22 were rescued alive. With the four bodies found yesterday '
            'evening and this morning, the number of bodies recovered has risen to 21, and seven are still '
            'missing," she said.')
    assert claim_at(text, "21").role == "total"
    assert claim_at(text, "four bodies").role != "total"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_people_taken_to_hospital_are_some_of_the_injured() -> None:
    text = ("In Dnipro, 2 people were killed. 14 were injured, including 3 children aged 4, 9 and 15. Eight "
            "people have been taken to hospital, 2 of them children.")
    assert claim_at(text, "Eight people").role == "subset"
    assert not failed(text)
    assert ("injured-consistent", "error") in failed(
        "In Dnipro, 14 were injured, the governor said. Later he said eight people were injured.")


def test_people_in_hospital_named_in_an_aside_are_some_of_the_injured() -> None:
    text = ("31 people were injured in the region: 28 in Kharkiv itself and 3 in the Chuhuiv district. Six "
            "people, including a 12-year-old girl, remain in hospital in a serious condition.")
    assert claim_at(text, "Six people").role == "subset"
    assert not failed(text)


def test_two_ballistic_kinds_in_a_list_are_both_parts() -> None:
    text = ("Russia fired 41 missiles: 28 Kh-101 cruise missiles launched from Tu-95MS aircraft, 6 Kh-47M2 "
            "Kinzhal aeroballistic missiles from MiG-31K aircraft, and 7 Iskander-M ballistic missiles from "
            "the Bryansk and Kursk regions.")
    assert claim_at(text, "6 Kh-47M2").role == "subset"
    assert claim_at(text, "7 Iskander-M").role == "subset"
    assert not failed(text + " In all, 13 ballistic missiles were launched.")


def test_the_count_before_the_other_n_is_a_part() -> None:
    text = ("Magen David Adom said its teams had treated 14 people. Nine were hurt while rushing to "
            "protected spaces. The other five were treated for acute anxiety.")
    assert claim_at(text, "Nine").role == "subset"
    assert not failed(text)


def test_one_barrage_of_several_is_a_part() -> None:
    text = ("Iran fired around 60 ballistic missiles at Israel in two salvos overnight. The first "
            "barrage comprised some 35 missiles aimed mainly at the north; a second, of about 25, "
            "targeted the Negev.")
    assert claim_at(text, "some 35 missiles").role == "subset"
    assert not failed(text)


def test_a_crowd_s_size_is_no_toll() -> None:
    text = ("Police said 11 people died and 23 were injured when a crowd of about 3,000 pushed through the "
            "gate.")
    assert claim_at(text, "about 3,000").category == "other"
    assert not failed(text)


def test_people_treated_for_anxiety_in_addition_are_besides_the_hurt() -> None:
    text = ("MDA treated 38 people injured in last night's missile attack. By location, MDA treated 17 of "
            "the injured in Haifa, 9 in Nesher, 8 in Kiryat Ata and 4 in Acre. In addition, MDA teams "
            "treated 21 people suffering from acute anxiety.")
    assert claim_at(text, "38 people").role == "total"
    assert claim_at(text, "21 people").role == "subset"
    assert not failed(text)


def test_last_week_s_attack_is_another_period() -> None:
    text = "Iran launched 70 drones at Israel overnight. Last week, Iran launched 12 drones at Israel."
    assert claim_at(text, "12 drones").role == "background"
    assert not failed(text)


def test_weapon_additions_before_bringing_the_total_to() -> None:
    text = ("The military said Iran launched 40 ballistic missiles and 15 drones in the second attack, "
            "bringing the total fired at Israel since Tuesday night to about 120 missiles and 45 drones.")
    assert [claim_at(text, f).role for f in ("40 ballistic", "15 drones")] == ["increment", "increment"]
    assert not failed(text)


def test_two_kinds_of_weapon_with_one_count_are_targets() -> None:
    assert claim_at("Iran fired more than 100 ballistic missiles and drones at Israel overnight.",
                    "more than 100").category == "targets_launched"
    assert claim_at("Forces destroyed 18 unmanned aerial vehicles (UAVs) and missiles launched from Yemen.",
                    "18").category == "intercepted"
    assert claim_at("Russia launched 479 strike UAVs, Gerbera drones and imitator drones.",
                    "479").category == "drones_launched"


def test_what_the_destroyed_included_was_destroyed() -> None:
    text = "The threats destroyed included nine one-way attack UAVs and five anti-ship cruise missiles."
    assert claim_at(text, "nine").category == "drones_intercepted"


def test_some_of_the_drones_counted_before_are_a_part() -> None:
    text = ("Forces destroyed 18 drones. Navy fighter aircraft downed seven of the drones, while the "
            "remaining threats were engaged by two destroyers.")
    assert claim_at(text, "seven of the drones").role == "subset"
    assert not failed(text)


def test_separate_strikes_are_another_engagement() -> None:
    text = ("Forces destroyed 18 drones. In separate self-defense strikes at 2 a.m. on July 12, forces "
            "destroyed two uncrewed surface vessels.")
    assert claim_at(text, "two uncrewed").role == "background"
    assert not failed(text)


def test_an_office_and_its_holder_named_later_are_one_source() -> None:
    text = ("A missile struck Kryvyi Rih on Tuesday, injuring 31 people, the regional governor said. "
            "Dnipropetrovsk regional Gov. Serhii Tkachuk said on Telegram that a boy was among them. "
            "The 34 injured include five children, Tkachuk said.")
    assert claim_at(text, "31 people").attribution == "Dnipropetrovsk regional Gov. Serhii Tkachuk"
    assert ("injured-consistent", "error") in failed(text)


def test_bodies_recovered_below_a_larger_toll_are_some_of_the_dead() -> None:
    text = ("The number of people who died in the boat accident has reached 24, after divers recovered four "
            "more bodies and a woman who had been rescued alive died in hospital. The commissioner said that "
            "23 bodies had so far been pulled from the lake. The dead are 21 passengers and three crew "
            "members. Nine of the dead were children under 12.")
    assert claim_at(text, "23 bodies").role == "subset"
    assert not failed(text)


def test_feared_missing_are_missing() -> None:
    assert claim_at("At least five people were killed and eight others are feared missing.",
                    "eight others").category == "missing"


def test_the_parts_of_a_whole_named_first_share_its_place() -> None:
    text = ("Divers recovered 10 more bodies this morning, raising the death toll in the launch capsize at "
            "Gazaria to 23. Of the 23 bodies, 14 were found inside the launch, six were recovered near the "
            "wreck and four washed ashore downstream at Baluakandi.")
    assert ("killed-breakdown", "error") in failed(text)
    assert not failed(text.replace("four washed", "three washed"))


def test_a_latest_count_of_the_dead_counts_the_dead() -> None:
    assert claim_at("The spokesman said the latest count stood at 32 dead and 171 injured.",
                    "32").category == "killed"


@pytest.mark.parametrize("text", [
    "Health ministry spokesman Saif al-Badr told reporters in Karbala that 32 people had died.",
    "Speaking in Geneva, the spokesman said 32 people had died.",
])
def test_where_a_source_speaks_is_no_place_of_the_figure(text: str) -> None:
    assert claim_at(text, "32 people").scope.place is None


def test_a_live_page_s_toll_that_falls_between_updates() -> None:
    text = ("16:20 GMT - Ministry updates casualty figures\n\nHealth ministry spokesman Saif al-Badr told "
            "reporters in Karbala that the latest count stood at 32 dead and 171 injured.\n\n"
            "14:05 GMT - Toll rises\n\nTwo more people have died in hospital, the health ministry says, "
            "bringing the death toll to 33.\n")
    assert ("toll-does-not-fall", "warning") in failed(text)


def test_a_state_named_as_the_subject_is_the_figure_s_place() -> None:
    assert claim_at("Ruwan State recorded 13 deaths, the spokesman said.", "13").scope.place == "Ruwan State"
    assert claim_at("Islamic State claimed the attack, which killed 13 people.", "13").scope.place is None


def test_the_items_after_a_toll_s_colon_name_their_own_places() -> None:
    text = ("The Interior Ministry put the number of dead at three: two volunteers who were trying to "
            "protect a village in León, and a firefighter who died in Ourense.")
    assert claim_at(text, "three").scope.place is None


def test_passengers_on_the_boat_are_those_aboard() -> None:
    text = ('"Of the 48 passengers on the boat, 22 were rescued alive. The number of bodies recovered has '
            'risen to 21, and seven are still missing," she said.')
    assert ("outcomes-within-on-board", "warning") in failed(text)
    assert not failed(text.replace("seven are", "five are"))


def test_one_person_taken_to_hospital_is_one_of_the_injured() -> None:
    text = ("According to preliminary data, 3 people were injured: 2 crew members of a tanker and an "
            "employee of the oil terminal. All of them received medical assistance; 1 person was taken to "
            "hospital.")
    assert claim_at(text, "1 person").role == "subset"
    assert not failed(text)


def test_attacks_that_continued_the_next_night_are_another_night_s() -> None:
    text = ("The strike came during a night in which Russia fired six missiles and 71 drones at Ukraine. "
            "\n\nAttacks continued overnight into Thursday. Russia launched 44 drones at Ukraine, and 38 of "
            "them were shot down or jammed, the air force said.")
    assert claim_at(text, "44 drones").role == "background"
    assert not failed(text)


def test_the_missing_at_an_earlier_hour_are_how_many_were_missing_then() -> None:
    text = ("He was one of three people still missing at lunchtime. Two people are now unaccounted for: a "
            "woman and a man.")
    assert claim_at(text, "three people").role == "background"
    assert not failed(text)
    assert ("missing-consistent", "error") in failed("Three people are missing. Two people are missing.")


def test_people_rescued_by_one_means_are_some_of_the_rescued() -> None:
    text = ("Between 02:45 and noon, crews rescued 47 people: 29 from caravans and 18 from homes. Twelve of "
            "the rescues were carried out by boat, and 7 people were winched to safety by the coastguard "
            "helicopter.")
    assert claim_at(text, "and 7 people").role == "subset"
    assert not failed(text)


def test_a_count_replaced_after_from_an_initial_is_the_earlier_one() -> None:
    text = ("The toll includes 11 people who died when a bomb hit a monastery on 14 November. That figure "
            "was revised from an initial eight after three bodies were recovered on Monday.")
    assert claim_at(text, "eight").role == "background"
    assert not failed(text)


def test_shelters_and_tents_are_buildings() -> None:
    text = ("The storm damaged or destroyed 4,310 shelters in the camps, 3,480 of them partially and 790 "
            "fully.")
    assert claim_at(text, "4,310 shelters").category == "buildings_damaged"


def test_a_thousands_separator_is_no_restated_whole() -> None:
    text = ("Two refugees were killed in Ukhiya. Of the 2,960 shelters damaged or destroyed, 1,740 are in "
            "Ukhiya camps and 1,220 in Teknaf camps.")
    assert claim_at(text, "2,960 shelters").category == "buildings_damaged"
    assert not failed(text)


def test_the_most_hurt_of_them_are_a_part() -> None:
    text = ("Five people survived. All of them were hurt, three seriously, according to the Red Cross. Four "
            "of the injured are being treated in Narok.")
    assert claim_at(text, "three seriously").role == "subset"
    assert not failed(text)


def test_the_crew_told_as_nationalities_in_a_later_sentence() -> None:
    text = ("The plane was carrying 58 people - 52 passengers and six crew - when it vanished from radar. "
            "Its wreckage was spotted the next morning. The transport ministry said the passengers comprised "
            "45 Indonesians, three Malaysians, two Singaporeans and one Japanese national.")
    assert ("items-add-up", "error") in failed(text)
    assert not failed(text.replace("45 Indonesians", "46 Indonesians"))


def test_survivors_are_an_outcome_however_categorised() -> None:
    text = ("The aircraft had nine (9) persons on board. Six (6) fatalities were confirmed. Four (4) "
            "survivors, including the pilot, were brought to the hospital.")
    assert ("outcomes-within-on-board", "warning") in failed(text)
    assert not failed(text.replace("Four (4)", "Three (3)"))


def test_passengers_and_crew_together_hold_the_toll_and_the_survivors() -> None:
    text = ("The jet, carrying 92 passengers and five crew members, veered off the runway and caught fire. "
            "Fifteen people died. The airline said it was supporting the 84 survivors and their families.")
    assert ("outcomes-within-on-board", "warning") in failed(text)
    assert not failed(text.replace("84 survivors", "82 survivors"))


def test_a_long_toll_subject_still_says_what_the_figure_counts() -> None:
    text = ("The death toll from the crash of a passenger jet during take-off from the high-altitude city of "
            "Juliaca in southern Peru rose to 15 on Wednesday.")
    assert claim_at(text, "15").category == "killed"


@pytest.mark.parametrize("model", ["ATR 72-600", "Airbus A320-200", "Boeing 737-800"])
def test_an_aircraft_s_variant_is_no_figure(model: str) -> None:
    text = f"The {model} was carrying 64 passengers."
    assert [c.text for c in checker.extract(text)] == ["64 passengers"]


def test_the_parts_of_the_toll_in_a_sentence_of_their_own_are_where_the_toll_is() -> None:
    text = ("The air force bombed a market in Kyauktaw Township, Rakhine State, on Sunday, killing 27 "
            "civilians. A fighter jet dropped three bombs on the market in Pyin Shwe village. Among the dead "
            "were 13 men, nine women and six children, according to a list of victims.")
    assert claim_at(text, "13 men").scope.place == claim_at(text, "27").scope.place
    assert ("killed-breakdown", "error") in failed(text)
    assert not failed(text.replace("six children", "five children"))


def test_a_camp_s_number_is_no_figure() -> None:
    text = "A woman injured when a landslide buried her shelter in Camp 15 died in hospital overnight."
    assert not checker.extract(text)


def test_north_west_is_no_superlative() -> None:
    text = ("OCHA has recorded 17 deaths in fires in IDP sites in north-west Syria since the start of the "
            "winter season.")
    assert claim_at(text, "17 deaths").role == "background"


def test_the_first_figure_of_these_is_a_part_and_its_own_part_is_nested() -> None:
    text = ("Overnight, air defence systems destroyed 211 Ukrainian unmanned aerial vehicles over Russia. Of "
            "these, 74 UAVs were destroyed over the territory of the Moscow region, including 38 flying "
            "towards Moscow, 52 over the Bryansk region, 31 over the Kaluga region, 24 over the Tula region, "
            "17 over the Oryol region and 13 over the Smolensk region.")
    assert claim_at(text, "74 UAVs").role == "subset"
    assert not failed(text)


def test_more_overnight_is_an_addition() -> None:
    text = ("The defence ministry said 89 drones were destroyed between 07:00 and 20:00 on Saturday, 27 of "
            "them over the Moscow region, and 64 more overnight into Sunday.")
    assert claim_at(text, "64").role == "increment"
    assert not failed(text)


def test_a_list_after_the_things_named_again_itemises_the_figure_before() -> None:
    text = ("Air defences destroyed 143 Ukrainian drones overnight, the defence ministry said. The ministry "
            "said the drones were destroyed between 20:00 on Friday and 07:00 on Saturday: 48 over the "
            "Bryansk region, 35 over the Moscow region, 27 over the Tula region, 19 over the Ryazan region "
            "and 11 over the Lipetsk region.")
    assert ("items-add-up", "error") in failed(text)
    assert not failed(text.replace("and 11 over", "and 14 over"))


def test_a_count_that_opens_with_including_is_a_part() -> None:
    text = ("Including 39 drones destroyed during the day on Saturday, the ministry has now reported 271 "
            "drones shot down since Friday night.")
    assert claim_at(text, "39 drones").role == "subset"


@pytest.mark.parametrize("text", [
    "Information for families is available from the crisis centre on 12 392 11 00.",
    "Families can call the Restoring Family Links hotline on 1415 or visit any branch.",
])
def test_phone_numbers_are_no_figures(text: str) -> None:
    assert not checker.extract(text)


def test_the_national_toll_is_the_country_s() -> None:
    text = ("Six people have died in Malopolska. One person died in Wisla, where a man was swept away. The "
            "national toll therefore stands at seven.")
    assert claim_at(text, "seven").scope.place == "nationwide"
    assert not failed(text)


def test_a_whole_before_its_items_by_place() -> None:
    text = ("Four people are still missing, one in Pcim, two in Mszana Dolna and one in Lubien, the voivode "
            "said.")
    assert claim_at(text, "Four").scope.place is None
    assert [claim_at(text, f).role for f in ("one in Pcim", "two in")] == ["subset", "subset"]
    assert not failed(text)


def test_a_town_that_mourns_its_dead_is_their_place() -> None:
    assert claim_at("Vinaròs now mourns six dead.", "six").scope.place == "Vinaròs"


@pytest.mark.parametrize(("text", "figure"), [
    ("Russia launches far larger numbers at Ukraine: in May, according to Ukraine's air force, it sent "
     "about 5,600 drones.", "about 5,600"),
    ("A strike injured 17 people, the governor said. On Monday, a similar strike on the same district "
     "killed two people and wounded 30.", "30"),
])
def test_another_month_s_or_another_strike_s_figures_are_background(text: str, figure: str) -> None:
    assert claim_at(text, figure).role == "background"


def test_part_of_the_figure_it_reported_is_a_part() -> None:
    text = ("The ministry said air defences had downed 71 drones. It said 23 drones were shot down over the "
            "Rostov region, part of the 71 it reported.")
    assert claim_at(text, "23 drones").role == "subset"
    assert not failed(text)


def test_the_destroyed_named_first_stay_destroyed() -> None:
    text = "Of the 287 enemy UAVs destroyed over the past day, 118 were hit by the Unmanned Systems Forces."
    assert claim_at(text, "287").category == "drones_intercepted"


def test_people_forced_into_the_vehicles_were_abducted() -> None:
    text = ("Gunmen surrounded the church and forced 31 people into the vehicles, among them 17 women, nine "
            "men and six children, the civil protection office said.")
    assert claim_at(text, "31 people").category == "abducted"
    assert ("abducted-breakdown", "error") in failed(text)


def test_the_others_who_managed_to_escape_were_not_taken() -> None:
    text = ("He says 87 worshippers were abducted and that about 15 others managed to escape through a side "
            "door.")
    assert claim_at(text, "87").role == "total"
    assert claim_at(text, "about 15 others").category == "other"


def test_weapons_seized_are_no_abduction() -> None:
    text = "Also seized were 16 improvised explosive devices. The surrender brings to 31 the firearms seized."
    assert claim_at(text, "16 improvised").category == "other"


def test_the_last_item_of_a_list_of_downed_weapons_was_downed() -> None:
    text = ("Over the past day, air defence means shot down six guided aerial bombs, three HIMARS multiple "
            "launch rocket system projectiles of US manufacture and two Neptune-MD long-range guided "
            "missiles.")
    assert claim_at(text, "two Neptune").category == "missiles_intercepted"
    assert not failed(text)


def test_participles_describe_the_thing_counted() -> None:
    text = ("Work was continuing at 19 collapsed buildings under which an estimated 40 people were believed "
            "to be trapped.")
    assert claim_at(text, "19").category == "buildings_damaged"
    assert not failed(text)


def test_both_figures_after_up_from_are_the_earlier_ones() -> None:
    text = ("The team said 31 people had been killed and 118 injured, up from 23 dead and 87 injured in the "
            "morning.")
    assert claim_at(text, "87 injured").role == "background"
    assert not failed(text)


@pytest.mark.parametrize(("text", "figure"), [
    ("As of 6pm today, nine people have died. Health facilities have so far received 37 patients. Of these, "
     "27 remain admitted, seven have been discharged and three have died.", "three have"),
    ("Of the 36 patients treated, 19 remain in hospital. Four patients are still on ventilators at the "
     "main hospital.", "Four patients"),
    ("In all, 14 persons have died in four villages. The families of 3 deceased had cremated the bodies.",
     "3 deceased"),
])
def test_some_of_the_dead_or_hurt_in_a_sentence_of_their_own(text: str, figure: str) -> None:
    assert claim_at(text, figure).role == "subset"
    assert not failed(text)


def test_what_an_enemy_can_fire_is_no_count_of_fact() -> None:
    text = ("Over the past 24 hours, eight missiles were fired at Israel. \"What they have left can still "
            "fire salvos of 30 or 40 missiles if they decide to save them up,\" a senior officer said.")
    assert claim_at(text, "30 or 40").negated
    assert not failed(text)


def test_a_tally_since_a_date_holds_no_day_s_figure() -> None:
    text = ("Iran has launched about 620 ballistic missiles at Israel since June 9, the military says. Over "
            "the past 24 hours, eight missiles were fired at Israel.")
    assert not failed(text)


def test_people_in_hospitals_are_some_of_the_injured() -> None:
    text = ("Injured: 38 people, including 4 children. 21 people remain in hospitals, 3 of them in a serious "
            "condition.")
    assert claim_at(text, "21 people").role == "subset"
    assert not failed(text)


def test_an_age_told_at_the_end_of_a_sentence_is_no_figure() -> None:
    text = "One person was killed and 24 were injured. The man who died was 71."
    assert [c.text for c in checker.extract(text)] == ["One person", "24"]


def test_the_count_an_update_is_more_than_is_the_earlier_one() -> None:
    text = ("The commissioner said the outbreak has now killed 52 people, 15 more than the 37 deaths the "
            "ministry announced on Friday.")
    assert claim_at(text, "37 deaths").role == "background"
    assert not failed(text)


def test_people_a_rescue_ship_took_on_board_are_no_boat_s_people() -> None:
    text = ("In the first rescue they took 47 people on board from a rubber boat. Two people were found dead "
            "in the boat. In total, our teams rescued 152 people in less than 24 hours.")
    assert not failed(text)


def test_people_hospitalised_after_a_larger_count_of_injured_are_some_of_them() -> None:
    text = ("One person was killed and 24 were injured in the city. Among the injured are three children; 16 "
            "people have been hospitalised.")
    assert claim_at(text, "16 people").role == "subset"
    assert not failed(text)


def test_people_evacuated_after_a_rescue_are_another_act() -> None:
    text = ("The State Emergency Service said its units rescued eight people, including one child, from the "
            "damaged building and evacuated about 30 residents.")
    assert claim_at(text, "about 30").category == "other"
    assert not failed(text)


def test_a_trigger_after_another_figure_is_that_figure_s() -> None:
    text = "Nampula province accounted for 2,455 of them and 21 of the deaths."
    assert claim_at(text, "2,455").category == "other"


def test_since_the_sinking_is_this_event_s_count() -> None:
    text = "The spokesman said the bodies of 25 migrants had been recovered since the sinking."
    assert claim_at(text, "25 migrants").role == "total"


def test_a_bare_number_with_more_counts_what_the_figure_before_counts() -> None:
    text = ("Seven missiles and seven attack drones struck 13 locations, and debris from downed targets fell "
            "on four more, the air force said.")
    assert claim_at(text, "four").category == "sites"
    assert not failed(text)


def test_the_missiles_included_lists_their_kinds() -> None:
    text = ("Russia launched 127 drones and eight missiles at Ukraine. The missiles included six Iskander-M "
            "ballistic missiles and two guided missiles of the Kh-59 type fired from aircraft.")
    assert claim_at(text, "two guided").role == "subset"
    assert not failed(text)


def test_a_selection_word_of_the_item_before_does_not_nest_the_next() -> None:
    text = ("In total, Russian troops carried out 487 strikes over the past day: 12 air strikes, 318 attacks "
            "by drones of various types, mostly FPV drones, 9 attacks from multiple rocket launchers and 148 "
            "artillery strikes.")
    assert not failed(text)
    assert failed(text.replace("148 artillery", "140 artillery"))


@pytest.mark.parametrize("sentence", [
    "The toll has risen steadily since Tuesday evening, when officials reported seven deaths.",
    "The number of dead has climbed since Monday, when the police put the toll at seven.",
])
def test_the_level_a_toll_rose_from_is_not_a_rival_toll(sentence: str) -> None:
    text = f"State civil defence officials say 23 people have been confirmed dead. {sentence}"
    assert claim_at(text, "seven").role == "background"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_bare_officials_beside_hospital_officials_are_one_source() -> None:
    text = ("At least 14 people have died of heatstroke at the three hospitals since Monday, officials at "
            "the hospitals said. Later the number of heatstroke deaths at the three hospitals since Monday "
            "stood at 12, hospital officials said.")
    assert ("killed-consistent", "error") in failed(text)


def test_the_bombs_of_a_strike_are_no_item_of_a_list_of_the_dead() -> None:
    text = ("Russian attacks killed 11 civilians across the Ukrainian-held part of Donetsk region over the "
            "past week. Seven of the dead were in Kostiantynivka, where on Thursday two heavy bombs "
            "destroyed a block of flats. That strike alone killed four people, among them two sisters.")
    assert claim_at(text, "two heavy bombs").category == "other"
    assert claim_at(text, "four people").role == "subset"
    assert claim_at(text, "11 civilians").scope.place == "Donetsk region"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_a_count_updated_after_more_of_a_town_came_is_still_the_region_s() -> None:
    text = ("In the Kherson region, 12 people were injured over the past day. Later, 2 more residents of "
            "Kherson sought medical help, so the number of injured has been updated to 14.")
    assert claim_at(text, "14").scope.place == "Kherson region"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_people_of_a_vehicle_still_in_hospital_are_some_of_the_injured() -> None:
    text = ("Two passengers died at the scene and nine were injured. Two more of the injured died in "
            "hospital. Seven people from the minibus remain in hospital, two of them in serious condition.")
    assert claim_at(text, "Seven people").role == "subset"
    crew = "Four crew members were injured. Three other crew members remain in hospital in Djibouti."
    assert claim_at(crew, "Three other crew members").role == "subset"


def test_some_of_a_larger_number_named_by_a_word_are_a_part() -> None:
    text = ("It is the second attack involving Filipino crew this month. Two Filipinos were among the three "
            "seafarers killed on the Aster Pelagia.")
    assert claim_at(text, "Two").role == "subset"


def test_a_part_itemised_after_a_colon_is_one_part() -> None:
    text = ("Air defences destroyed 41 drones: 17 over the Bryansk region and 24 over the Kursk region. "
            "They destroyed 63 drones: 24 over the Rostov region, 21 over the Krasnodar Territory, 11 over "
            "Crimea and 7 over the Black Sea. In total, 104 drones were destroyed over the past day.")
    assert not [f for f in failed(text) if f[1] == "error"]


def test_the_dead_taken_to_a_hospital_named_in_their_sentence_are_the_toll_s() -> None:
    text = ("The health ministry says 16 people were killed in a crush outside the Japoma Stadium in Douala. "
            "At Laquintinie Hospital, where 19 of the dead were taken, relatives queued through the night.")
    assert claim_at(text, "19").scope.place == "Laquintinie Hospital"
    assert ("killed-breakdown", "error") in failed(text)


def test_the_crew_a_ship_had_is_everyone_aboard() -> None:
    text = ("The ministry said the ship had 21 crew members. Fifteen crew members were rescued, three were "
            "confirmed dead, and four remain missing.")
    assert ("outcomes-within-on-board", "warning") in failed(text)


def test_rooms_and_pavilions_of_a_prison_are_no_figures() -> None:
    text = "Of the 11 dead, nine died in pavilion 5 and two in pavilion 3, according to the police."
    assert [c.value for c in checker.extract(text)] == [11, 9, 2]


def test_one_model_of_missile_beside_other_kinds_is_some_of_the_missiles() -> None:
    text = ("Russia launched 441 means of air attack: 404 attack UAVs, 31 Kh-101 cruise missiles, "
            "4 Iskander-M ballistic missiles and 2 Kh-69 guided air missiles.")
    assert claim_at(text, "2 Kh-69").role == "subset"
    alone = "Russia launched 48 Shahed drones and four Kh-59/69 guided missiles at Ukraine."
    assert claim_at(alone, "four Kh-59/69").role == "total"


def test_the_night_s_downings_after_a_nationwide_opening_are_not_a_city_s() -> None:
    text = ("Russian forces attacked Kharkiv overnight with 17 Shahed-type drones, injuring 9 people.\n\n"
            "Nationwide, Russia launched 103 attack drones overnight, the air force reported. Air defence "
            "shot down 81 drones, and 7 more were lost locationally.")
    assert not [f for f in failed(text) if f[1] == "error"]


def test_a_nested_part_of_whom_is_no_third_item() -> None:
    text = ("The directorate said its facilities had treated 12 passengers since Saturday: the nine injured "
            "in the attack, two of whom remain in serious condition, and three treated for hypothermia.")
    assert claim_at(text, "12 passengers").category == "other"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_a_list_ending_in_people_named_without_figures_need_not_add_up() -> None:
    text = ("Police said the toll remained at nine: five Indians, two Germans, a British woman and the Sri "
            "Lankan driver.")
    assert ("items-add-up", "error") not in failed(text)


def test_a_list_of_people_by_country_is_no_list_of_countries() -> None:
    text = ("Our guests came from nine countries: 21 from the United Kingdom, 14 from Germany, 9 from "
            "Poland, 8 from the United States and 6 from other countries.")
    assert ("items-add-up", "error") not in failed(text)


def test_the_dead_listed_a_paragraph_after_their_toll_are_all_of_it() -> None:
    text = ("Nine Pakistanis were among 16 pilgrims killed on Saturday when gunmen ambushed a bus.\n\n"
            "The security service said 23 people were wounded. The dead comprised nine Pakistani nationals, "
            "five Iranians and one Afghan.")
    assert claim_at(text, "Nine").role == "subset"
    assert ("items-add-up", "error") in failed(text)


def test_parts_of_the_martyrs_belong_to_the_toll_told_before_them() -> None:
    text = ("Israeli strikes on Lebanon over the past 24 hours killed 61 people and wounded 142, raising the "
            "toll since October 8, 2023 to 2,787 martyrs, the center said.\n\nIn a breakdown, the center "
            "said 33 of the martyrs fell in Nabatieh governorate and 19 in Baalbek-Hermel governorate, with "
            "the remainder in South Lebanon governorate.\n\nIn Baalbek, a raid on a building killed 9 "
            "members of one family.")
    assert not [f for f in failed(text) if f[1] == "error"]


def test_the_dead_of_a_count_told_just_before_are_not_an_earlier_toll_s() -> None:
    text = ("Friendly fire and operational accidents caused 61 deaths, or roughly one in six.\n\n"
            "On the Palestinian side, the count kept by Gaza's Health Ministry rose from about 21,800 at the "
            "end of 2023 to more than 45,500 this week. The ministry does not distinguish civilians from "
            "combatants; the army says some 17,000 of the dead were militants.")
    assert claim_at(text, "some 17,000").role == "subset"
    assert not [f for f in failed(text) if f[1] == "error"]
    # the toll told in the sentence before is still the whole of its parts
    text = ("The toll stood at 14 dead on Sunday evening, up from 11 a day earlier. Nine of the dead were "
            "civilians and six were soldiers, the ministry said.")
    assert ("killed-breakdown", "error") in failed(text)


def test_places_after_a_whole_s_colon_lie_in_its_place() -> None:
    text = ("The death toll in Rio Grande do Sul rose to seven on Monday evening, according to the state "
            "Civil Defence.\n\nThe federal government's National Centre for Risk and Disaster Management "
            "(Cenad) counts eight deaths from the storm in the South region: the seven in Rio Grande do Sul "
            "and one in Santa Catarina.")
    assert not failed(text)
    text = text.replace("and one in", "and two in")
    assert ("killed-breakdown", "error") in failed(text)


def test_a_toll_itemised_after_its_colon_by_where_they_died() -> None:
    text = ("The number of people killed in the attack has risen to 15, the Ministry of Health said. \"As of "
            "09:00, 15 people have died: 13 at the scene and two in hospital during the night,\" the "
            "ministry's press service said.")
    assert [(c.text, c.category, c.role) for c in checker.extract(text)][1:] == [
        ("15 people", "killed", "total"), ("13", "killed", "subset"), ("two", "killed", "subset")]
    assert not failed(text)


def test_attackers_left_out_of_a_toll_are_no_part_of_it() -> None:
    text = ("The provincial health department said on Sunday that 22 people had been killed in the attack, "
            "not counting the three attackers.")
    assert claim_at(text, "22 people").role == "total"
    assert claim_at(text, "three attackers").role != "subset"


def test_patients_moved_out_of_intensive_care_are_some_of_the_injured() -> None:
    text = ("Four more of the wounded were discharged on Sunday, and 29 people remain in hospitals in Kazan, "
            "seven of them in a serious condition. Two patients were moved out of intensive care on Sunday.")
    assert claim_at(text, "Two patients").role == "subset"
    assert not failed(text)


def test_what_a_statement_updates_is_the_level_before() -> None:
    text = ("Eight bodies have been recovered. Three people are still missing, and the search continues.\n\n"
            "This statement updates the Regional Commissioner's statement of 9 June 2026, which reported "
            "five deaths and six people missing.")
    assert [claim_at(text, f).role for f in ("five deaths", "six people")] == ["background", "background"]
    assert not failed(text)


def test_n_of_the_m_victims_are_some_of_them() -> None:
    text = ("A total of 21 persons were shot in 16 separate incidents citywide. Nine of the 21 victims were "
            "shot within the East Division.")
    assert claim_at(text, "Nine").role == "subset"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_the_day_of_an_up_from_is_the_earlier_count_s() -> None:
    text = "The civil defence's midday bulletin confirms 48 deaths, up from 44 on Saturday night."
    assert claim_at(text, "48 deaths").scope.time is None
    assert claim_at(text, "44").scope.time == "on saturday"


def test_parts_of_those_deaths_belong_to_a_toll_told_before() -> None:
    text = ("At least 68 people have died of suspected heatstroke in India over the past week, health "
            "ministry data showed on Friday.\n\nSeventeen of those deaths have been confirmed as heatstroke, "
            "the data showed. Uttar Pradesh accounted for 31 of the suspected deaths, Bihar for 14, "
            "Rajasthan for 13 and Odisha for 10.\n\nOdisha's special relief commissioner put the state's own "
            "count at 12, saying two deaths had been reported after the ministry's 8 a.m. cut-off.")
    assert not [f for f in failed(text) if f[1] == "error"]


def test_the_kinds_of_the_dead_and_their_ages_are_two_breakdowns_of_the_toll_told_before() -> None:
    text = ("date 2025-09-14\nsource ANTARA News\n\n"
            "The death toll in Saturday evening's crowd crush at Gelora Panjalu Stadium in Kediri rose "
            "to 19 on Sunday morning, the East Java Provincial Health Office said.\n\n"
            "Head of the office, dr. Retno Widyastuti, said the dead were 14 men and 5 women; 4 of the "
            "dead were under 18.\n\n"
            "Kediri City Police put the toll at 17 on Sunday morning, counting only deaths in Kediri.\n")
    assert not [f for f in checker.check([text]).failed if f.rule == "killed-breakdown"]


def test_the_dead_listed_by_kind_are_held_against_the_toll_told_before_them() -> None:
    text = ("date 2025-07-05\nsource Premium Times\n\n"
            "The number of people killed in Friday's twin suicide bombings at the Bompai Shopping Mall "
            "in Kano has risen to 27, the state's health commissioner, Dr Zainab Abdullahi, said.\n\n"
            "Dr Abdullahi said the dead were 14 men, 8 women and six children.\n\n"
            "The police spokesman said 21 bodies had been recovered from the mall.\n")
    found = [f for f in checker.check([text]).failed if f.rule == "killed-breakdown"]
    assert [f.message.rsplit('"', 2)[-2] for f in found] == ["27"]


def test_the_dead_taken_to_hospitals_are_dead_and_a_hospital_list_short_of_them_is_a_warning() -> None:
    text = ("The bodies of 26 people were brought to hospitals in the capital during the clashes, according "
            "to records reviewed by the paper.\n\n"
            "Of them, 12 were taken to Dhaka Medical College Hospital, seven to Shaheed Suhrawardy Medical "
            "College Hospital, four to Mugda Medical College Hospital and two to Kurmitola General Hospital.")
    assert [(c.category, c.role) for c in checker.extract(text)[1:]] == [("killed", "subset")] * 4
    assert failed(text) == [("killed-breakdown", "warning")]


def test_items_over_the_territory_of_a_place_are_items_of_the_list() -> None:
    text = ("Air defences destroyed 56 drones over Russian regions overnight.\n\nOf these, 19 UAVs were "
            "destroyed over the territory of the Bryansk region, 14 over the Kursk region, 11 over the "
            "Belgorod region, eight over the Oryol region and four over the territory of the Republic "
            "of Crimea.")
    assert claim_at(text, "four").category == "drones_intercepted"


@pytest.mark.parametrize(("bodies", "failed_rules"), [("11", ["killed-breakdown"]), ("12", [])])
def test_bodies_taken_to_n_hospitals_listed_are_the_toll(bodies: str, failed_rules: list[str]) -> None:
    text = ("Douala (AFP) - At least 17 people were killed on Sunday in a crush at a stadium, the governor "
            'said.\n\n"We have counted 17 dead," the governor said.\n\n'
            f"The bodies were taken to three hospitals -- {bodies} to Laquintinie, four to the Douala "
            "General Hospital and one to the Bonassama district hospital -- a health official said.")
    assert [c.category for c in checker.extract(text) if c.text in (bodies, "four", "one")] == ["killed"] * 3
    assert [rule for rule, severity in failed(text) if severity == "error"] == failed_rules


def test_a_live_page_s_toll_from_a_place_falls_and_an_earlier_strike_s_is_no_update() -> None:
    text = ("date 2026-03-22\nsource Al Jazeera\n\n"
            "09:40 – Yemen's Houthi-run health ministry has raised the toll from Ras Isa. Spokesman Hamoud "
            "al-Sharafi says 21 people were killed and 43 injured.\n\n"
            "14:30 – In an updated statement, the health ministry says the strikes on Ras Isa killed 19 "
            "people and wounded 47.\n\n"
            "16:45 – It is the third time since January that Ras Isa has been struck. A US strike on the "
            "terminal on February 27 killed nine people, Houthi officials said at the time.\n")
    assert claim_at(text, "21 people").scope.place == "Ras Isa"
    nine = claim_at(text, "nine people")
    assert (nine.role, nine.scope.time) == ("background", None)
    falls = [f.message for f in checker.check([text]).failed if f.rule == "toll-does-not-fall"]
    assert falls == ['Killed fell from "21 people" in the 09:40 update to "19 people" in the 14:30 update']


def test_a_dateline_with_accents_and_the_places_of_more_bodies_found() -> None:
    text = ("date 2026-02-04\nsource Reuters\n\n"
            "VIÑA DEL MAR, Chile, Feb 4 (Reuters) - The death toll from a wildfire that swept through "
            "hillside neighbourhoods above the Chilean resort city of Viña del Mar rose to 46 on Wednesday, "
            "the forensic medical service said.\n\n"
            "The toll had stood at 39 on Tuesday night. Seven more bodies were found overnight, six in Viña "
            "del Mar and one in neighbouring Quilpué, the service's regional director told reporters.\n\n"
            "Of the 46 dead, 31 have been identified, she said.\n")
    assert claim_at(text, "46 on").category == "killed"
    assert claim_at(text, "six in").role == "increment"
    assert [f for f in checker.check([text]).failed if f.severity == "error"] == []


def test_a_toll_an_addition_and_their_sum_told_over_sentences_are_no_rivals() -> None:
    text = ("After the accident, the enterprise reported 3 deaths to the local emergency department. "
            "A working group established that the enterprise concealed another 3 deaths. The accident has "
            "caused 6 deaths and 4 injuries.")
    assert [c.role for c in checker.extract(text) if c.category == "killed"] == [
        "background", "increment", "total"]
    assert claim_at(text, "3 deaths").attribution == "the enterprise"
    assert not failed(text)


def test_workers_on_the_premises_and_charred_bodies_identified_are_no_toll() -> None:
    text = ("The toll in Thursday's explosion at a fireworks unit near Sattur rose to 14 on Friday.\n\n"
            "According to the labour department, 58 workers were on the premises when the blast occurred: "
            "14 have died, 12 are in hospital and 32 escaped unhurt.\n\n"
            "DNA results received on Friday confirmed the identities of four of the seven charred bodies.")
    read = [(c.category, c.role) for c in checker.extract(text) if c.text.startswith(("58", "32", "seven"))]
    assert read == [("other", "total"), ("other", "subset"), ("killed", "subset")]
    assert not [f for f in checker.check([text]).failed if f.severity in ("error", "warning")]


def test_bodies_recovered_so_far_and_the_victims_of_a_part_named_again_are_parts() -> None:
    text = ("The death toll from an explosion at a chemical factory has risen to seven, after one of the "
            "injured workers died in hospital. Firefighters have recovered six bodies from the factory so "
            "far.\n\nOf the 13 dead, eight have been identified. Five bodies are being kept at the morgue, "
            "police said.\n\nInvestigators have collected DNA samples from 11 relatives of the five victims.")
    roles = [c.role for c in checker.extract(text) if c.text.startswith(("six", "five"))]
    assert roles == ["subset", "subset"]


@pytest.mark.parametrize("zone", ["(IST)", "(GMT+3)"])
def test_a_live_page_s_headlines_stand_apart_from_its_posts_and_its_stamps_date_them(zone: str) -> None:
    text = ("date 2026-07-27\nsource NDTV (live updates)\n\n"
            f"Jul 27, 2026 18:10 {zone}\nAdministration releases names of victims\n"
            "The Deoghar district administration has released the names of the 11 devotees killed in the "
            "stampede.\n\n"
            f"Jul 27, 2026 14:05 {zone}\nDeath toll rises to 12\n"
            "Three critically injured devotees have died at AIIMS Deoghar, taking the death toll to 12, "
            "Deputy Commissioner Rakesh Minz told NDTV.\n\n"
            f"Jul 27, 2026 11:20 {zone}\nHealth department confirms deaths\n"
            "Nine people have died, the Jharkhand health department said.\n")
    assert claim_at(text, "12, Deputy").role in ("total", "background")
    assert claim_at(text, "11 devotees").scope.place != "Deoghar district"  # the administration's name
    found = {(f.rule, f.severity) for f in checker.check([text]).failed if f.severity != "info"}
    assert found == {("toll-does-not-fall", "warning")}


def test_the_missing_found_alive_or_dead_and_a_release_s_own_count() -> None:
    text = ("date 2025-05-28\nsource Romanian Red Cross, Neamt branch (update)\n\n"
            "According to the ISU, 7 people have died and 6 are still missing. Our volunteers have "
            "recorded 8 deaths in the affected families, because we also include a man who suffered a heart "
            "attack during the evacuation.\n\n"
            "All three were among the 17 people reported missing in the morning, leaving 10 people "
            "unaccounted for.\n\n"
            "Of the 17 people reported missing, seven have been found dead, nine were found alive and one is "
            "still missing. Police confirmed that 13 people had been stabbed, the four who died among "
            "them.\n")
    assert claim_at(text, "8 deaths").attribution == "Romanian Red Cross, Neamt branch"
    assert claim_at(text, "17 people reported missing in").role != "total"
    assert claim_at(text, "nine were").category == "rescued"
    assert claim_at(text, "13 people").category == "casualties"
    assert not [f for f in checker.check([text]).failed if f.severity == "error"]


def test_those_listed_missing_found_alive_and_a_season_s_toll_are_not_the_event_s() -> None:
    text = ("Three Sherpa climbers were killed and one is missing after a serac collapsed in the Khumbu "
            "Icefall on Saturday, taking this spring's death toll on Everest to nine. The dead are two men "
            "from Khumjung and one from Sankhuwasabha.\n\n"
            "Nine people are still missing. Three persons who had been listed as missing, a shepherd and his "
            "two sons, were found alive on Thursday morning.")
    assert claim_at(text, "nine").role == "background"
    assert claim_at(text, "Three persons").category == "other"
    assert "items-add-up" not in {rule for rule, _ in failed(text)}


def test_a_new_predicate_after_a_list_of_the_dead_starts_a_count_of_its_own() -> None:
    text = ("Police have so far identified nine victims, including the two who died, and are reviewing "
            "footage from more than 30 surveillance cameras along the street to establish whether anyone "
            "else was hurt.")
    cameras = claim_at(text, "more than 30 surveillance cameras")
    assert (cameras.category, cameras.role) == ("other", "total")
    assert "killed-breakdown" not in {rule for rule, _ in failed(text)}


def test_people_taken_to_a_named_hospital_are_counted_there() -> None:
    text = ("PRAGUE - Ten people were wounded in the shooting, police said. The 64-year-old had been one of "
            "four people brought to Motol with gunshot wounds, hospital spokeswoman Lenka Marešová said.")
    assert claim_at(text, "four people").scope.place == "Motol"
    assert not [rule for rule, severity in failed(text) if severity == "error"]
    assert not [f for f in checker.check([text]).failed if f.rule == "injured-consistent"]


@pytest.mark.parametrize("text", [
    "The health ministry said the confirmed death toll had risen to 187 from 146 a day earlier.",
    "The health ministry said the confirmed death toll had risen to 187, up from 146 a day earlier.",
])
def test_a_toll_risen_from_a_day_earlier_is_the_toll_now(text: str) -> None:
    now, before = claim_at(text, "187"), claim_at(text, "146")
    assert (now.category, now.role) == ("killed", "total")
    assert (before.category, before.role, before.text) == ("killed", "background", "146")


def test_a_country_s_own_citizens_among_the_dead_are_a_part() -> None:
    text = ("Among the confirmed dead were 58 children and 23 foreign workers, most of them from Egypt and "
            "Sudan, the ministry said. Egypt's foreign ministry said separately that it had flown home the "
            "bodies of 11 of its citizens.")
    assert claim_at(text, "11 of its citizens").role == "subset"
    assert "killed-breakdown" not in {rule for rule, _ in failed(text)}


def test_a_guess_at_a_victim_s_age_is_no_count() -> None:
    text = ("A coast guard patrol boat pulled 21 people from the water and recovered seven bodies, among "
            "them a woman and a boy who appeared to be about 10, a spokesperson said.")
    assert [c.text for c in checker.extract(text)] == ["21 people", "seven bodies"]
    assert not failed(text)


def test_a_district_s_dead_in_an_itemised_bulletin_are_part_of_the_toll_told_before() -> None:
    text = ("date 2026-06-28\nsource State Emergency Service of Ukraine (press release)\n\n"
            "As of 12:00, 6 people are known to have died, including 1 child.\n\n"
            "In total, SES units eliminated 9 fires in the capital:\n\n"
            "Darnytskyi district - 3 fires, the largest in apartments of a 9-storey residential building. "
            "The bodies of 2 people were recovered from under the rubble of the building's stairwell.\n\n"
            "Dniprovskyi district - 2 fires, in a private house and an outbuilding.\n\n"
            "Psychologists of the SES provided assistance to 64 people, including relatives of the dead.\n")
    two = claim_at(text, "2 people")
    assert (two.category, two.role, two.scope.place) == ("killed", "subset", "Darnytskyi district")
    assert claim_at(text, "64 people").category == "other"
    assert not [f for f in checker.check([text]).failed if f.severity == "error"]


def test_a_toll_told_in_the_morning_is_the_toll_before_the_rise() -> None:
    text = ("The number of people killed in the overnight attack on Odesa has risen to four, the regional "
            "administration reported in the afternoon. In the morning, officials had spoken of three dead; "
            "the body of a man was found under the rubble of a private house at about 14:00.")
    assert claim_at(text, "three dead").role == "background"
    assert "killed-consistent" not in {rule for rule, _ in failed(text)}


def test_an_earlier_statement_s_counts_are_the_tolls_as_they_stood() -> None:
    text = ("date 2025-05-14\nsource AFAD (press release)\n\n"
            "As of 15:00, 7 of our citizens have lost their lives, all of them in Karliova district. A "
            "total of 138 citizens were injured in Bingol and Mus provinces. In our statement issued at "
            "09:30, 5 deaths and 94 injuries had been reported.\n")
    earlier = claim_at(text, "94 injuries")
    assert (earlier.role, earlier.scope.time) == ("background", "09:30")
    assert "injured-consistent" not in {rule for rule, _ in failed(text)}


def test_an_attack_in_an_earlier_month_is_another_event_s_toll() -> None:
    text = ("date 2026-06-02\nsource AFP\n\nA wave of Russian drones struck Odesa overnight, killing three "
            "people, local authorities said Tuesday. A missile strike on the port in March killed 21 people.")
    assert claim_at(text, "21 people").role == "background"
    assert "killed-consistent" not in {rule for rule, _ in failed(text)}


def test_a_second_reported_clause_keeps_its_verb_to_itself() -> None:
    text = ("Several survivors told Red Cross volunteers that about 150 people had left Mbour on September "
            "24 and that people began to die on the ninth day, when the drinking water ran out.")
    assert claim_at(text, "about 150 people").category == "other"


def test_a_route_s_toll_this_year_is_no_fate_of_the_people_on_one_boat() -> None:
    text = ("date 2025-10-08\nsource EFE\n\nSurvivors said as many as 160 people had boarded the boat and "
            "that others had died during the crossing. Caminando Fronteras said 64 people remained "
            "missing.\n\n"
            "The International Organization for Migration says more than 2,500 people have died on the "
            "Atlantic route to the Canaries this year.\n")
    assert "outcomes-within-on-board" not in {rule for rule, _ in failed(text)}



def test_people_the_count_leaves_out_are_not_of_it() -> None:
    text = ("The difference, the city council explained later, is 4 residents treated for acute stress "
            "reaction, whom the regional administration does not count among the injured.")
    assert claim_at(text, "4 residents").category == "other"


def test_bodies_found_during_the_day_are_some_of_the_toll_told_before() -> None:
    text = ("The number of people killed in the missile strike on a building in Dnipro has risen to seven, "
            "the mayor said on Tuesday evening. Rescuers found the bodies of four people under the rubble "
            "during the day.")
    assert claim_at(text, "four people").role == "subset"
    assert "killed-consistent" not in {rule for rule, _ in failed(text)}


def test_a_toll_risen_from_one_figure_to_another_with_an_aside_between() -> None:
    text = ("One patient died at 09:40. The number of deceased therefore rises from four, as communicated "
            "in our statement of 06:00, to five.")
    assert (claim_at(text, "four").role, claim_at(text, "five").role) == ("background", "total")
    assert not failed(text)


def test_those_in_a_ward_at_the_time_of_the_fire_are_everyone_there() -> None:
    text = ("At the time of the fire, 17 patients were admitted to the ATI ward. Four patients died in the "
            "ward. 3 patients with burns were transferred to specialised centres.")
    assert claim_at(text, "17 patients").category == "other"
    assert "injured-consistent" not in {rule for rule, _ in failed(text)}


def test_the_night_before_is_another_night() -> None:
    text = ("The Army said 48 drones were sighted between 8.30 pm and 1 am and were engaged. The night "
            "before, 26 drones had been reported at a dozen locations.")
    assert claim_at(text, "26 drones").role == "background"


def test_mines_are_the_places_an_explosion_hit_not_its_dead() -> None:
    text = "Nine miners have died in the explosion that hit two connected coal mines in Sutatausa."
    assert claim_at(text, "two connected coal mines").category != "killed"
    assert not failed(text)


def test_the_verb_after_a_whole_s_own_clause_is_the_part_s() -> None:
    text = ("So far, 67 of the 83 people who were underground at the time of the explosion have come out "
            "alive.")
    assert claim_at(text, "83 people").category == "other"
    assert claim_at(text, "67").category == "rescued"



@pytest.mark.parametrize("dateline", ["Uri, May 9: ", "Gaya (Bihar), May 29 (PTI) "])
def test_a_dateline_s_may_is_the_month_not_a_hedge(dateline: str) -> None:
    text = dateline + "Seven civilians were killed and 26 injured as shells hit villages, officials said."
    assert not claim_at(text, "Seven civilians").negated


def test_patients_who_died_at_a_named_hospital_before_any_other_figure_are_the_toll() -> None:
    text = ("Twenty-one patients have died at the Anugrah Narayan Magadh Medical College and Hospital here "
            "over the past 72 hours, officials said, though the district administration maintained that "
            "only six of the deaths were caused by heatstroke.")
    assert claim_at(text, "Twenty-one patients").role == "total"
    assert claim_at(text, "six of the deaths").role == "subset"


@pytest.mark.parametrize(("text", "whole"), [
    ("A cayuco reached La Restinga with 143 survivors, the rescue service said. Of the 143 survivors, 118 "
     "were men, 16 were women and 11 were minors, the delegation said.", "143 survivors"),
    ("Three boats arrived. The 41 survivors are 29 men, 9 women and 5 children, officials said.",
     "41 survivors"),
])
def test_a_group_shared_out_by_sex_and_age_adds_up_to_it(text: str, whole: str) -> None:
    found = [f for f in checker.check([text]).failed if f.rule == "distributed-parts-add-up"]
    assert [f.severity for f in found] == ["warning"] and whole in found[0].message


def test_men_women_and_children_that_add_up_pass() -> None:
    text = "The 43 survivors are 29 men, 9 women and 5 children, officials said."
    assert not failed(text)


@pytest.mark.parametrize("text", [
    "The strike killed 26 people, including 5 men, 4 women and 3 children.",
    "Gunmen forced 31 people into the vehicles, among them 17 women, nine men and six children.",
    "The blast killed 40 people, of whom 12 were children, 9 women and 3 elderly men.",
])
def test_a_selection_by_sex_and_age_need_not_be_everyone(text: str) -> None:
    assert "distributed-parts-add-up" not in {rule for rule, _ in failed(text)}


def test_those_now_under_treatment_are_some_of_the_injured() -> None:
    text = ("The woman who died was among the 20 injured brought to hospitals late on Wednesday night. "
            "Nineteen are now under treatment, Negi said.")
    assert claim_at(text, "Nineteen").role == "subset"
    assert "injured-consistent" not in {rule for rule, _ in failed(text)}


def test_an_aside_of_attacks_takes_no_verb_of_the_people_killed() -> None:
    text = ("Suicide bombers struck 11 times during the month - seven times in the settled districts, "
            "three times in the merged tribal districts and two in Balochistan - killing 47 people and "
            "wounding 102.")
    assert claim_at(text, "two").category == "other"
    assert "killed-consistent" not in {rule for rule, _ in failed(text)}


def test_bodies_recovered_by_an_earlier_night_are_the_toll_as_it_stood() -> None:
    text = ("Rescuers on Wednesday pulled four more bodies from the river, bringing the number of confirmed "
            "deaths to 14, the District Police Office said. Police had recovered 10 bodies by Tuesday night.")
    assert claim_at(text, "10 bodies").role == "background"
    assert "killed-consistent" not in {rule for rule, _ in failed(text)}



def test_items_after_a_dash_are_the_part_s_before_it() -> None:
    text = ("Two more people wounded in Friday's suicide attack on a mosque in Taloqan have died in a "
            "hospital in Kabul, raising the number of dead to 16, a health official said.\n\n"
            "Of the 32 people wounded in the blast, three have died, 19 have been discharged and 10 are "
            "still in hospital \u2014 five in Kabul and five in Taloqan, the official said.\n")
    assert "injured-breakdown" not in {rule for rule, _ in failed(text)}


def test_the_injured_who_remain_at_a_hospital_s_town_are_some_of_them() -> None:
    text = ("Police said 42 people were on board. Of them, 17 have died and 25 are under treatment. Six "
            "remain at Nerchowk, one of them on ventilator support, and 19 at the Karsog civil hospital.")
    assert [claim_at(text, n).role for n in ("Six", "19")] == ["subset", "subset"]


def test_the_missing_found_one_alive_and_one_dead_are_parts_not_a_toll() -> None:
    text = ("Regional governor Andrii Kovalchuk said rescuers had worked for almost 20 hours at "
            "Pivdennyi, where 2 missing workers were found under the rubble on Thursday evening, one alive "
            "and one dead.")
    assert claim_at(text, "one dead").role == "subset"
    assert claim_at(text, "2 missing workers").category == "other"


def test_a_list_shrunk_from_one_figure_to_another_is_the_level_before() -> None:
    text = "SEMA said the missing list itself has shrunk from 58 to 19."
    assert (claim_at(text, "58").role, claim_at(text, "19").role) == ("background", "total")


def test_places_with_their_dead_in_brackets_are_no_ages() -> None:
    text = ("Floods have killed 287 people in Chad since the end of July, the committee said. The dead were "
            "recorded in four provinces: Mayo-Kebbi Est (96), Tandjile (71), Logone Oriental (58) and Lac "
            "(52), the committee said.")
    assert [claim_at(text, n).category for n in ("96", "58")] == ["killed", "killed"]
    assert ("killed-breakdown", "error") in failed(text)
    assert not [rule for rule, _ in failed(text.replace("(52)", "(62)"))]


@pytest.mark.parametrize(("text", "part"), [
    ("Three people were killed and at least 27 others injured when a fire gutted a market. Eleven people "
     "were later admitted to the National Institute of Burn and Plastic Surgery.", "Eleven people"),
    ("The number of people in hospital has risen to 19. Eight are being treated at Bach Mai Hospital, six "
     "at Saint Paul General Hospital and five at 108 Military Central Hospital.", "Eight"),
    ("Six people were killed and 27 injured, including five children, when Russia struck Kyiv overnight. "
     "Nineteen people, three of them children, are in hospital.", "Nineteen people"),
])
def test_those_in_one_hospital_are_some_of_the_injured(text: str, part: str) -> None:
    assert claim_at(text, part).role == "subset"
    assert "injured-consistent" not in {rule for rule, _ in failed(text)}


def test_a_year_s_tally_told_before_its_figures_is_another_period() -> None:
    text = ("date 2025-10-16\nsource VNA\n\nA fire killed nine people in Cau Giay, police said. Hanoi "
            "recorded 1,120 fires in the first nine months of 2025, which killed 38 people and injured 61.")
    assert claim_at(text, "38 people").role == "background"


def test_a_second_reported_clause_keeps_its_figure_from_the_verb_before() -> None:
    text = ("Iran's Revolutionary Guards said that 200 missiles and 300 drones had been used and that dozens "
            "had hit military and intelligence centres.")
    assert claim_at(text, "dozens").category == "other"


def test_some_of_the_ballistic_missiles_intercepted_are_a_part() -> None:
    text = ("Russia fired 31 missiles at Ukraine, 18 of them ballistic, along with 96 drones. Only 11 of the "
            "ballistic missiles were intercepted.")
    assert claim_at(text, "11 of the ballistic missiles").role == "subset"


def test_the_remaining_ones_of_a_list_by_hospital_are_of_its_kind() -> None:
    text = ("The number of people injured in the fire now stands at 47. Of them, 22 are being treated at the "
            "DMCH burn unit, 15 at the National Institute of Burn and Plastic Surgery, and the remaining "
            "seven at Mitford Hospital, the official said.")
    assert claim_at(text, "seven").category == "injured"
    assert ("injured-breakdown", "error") in failed(text)
    assert not failed(text.replace("stands at 47", "stands at 44"))



def test_the_remaining_weapons_are_some_of_those_launched() -> None:
    text = ("The Houthis launched 24 one-way attack UAVs and two anti-ship ballistic missiles. Coalition "
            "forces shot down 21 of the OWA UAVs. Of the three remaining UAVs, two were defeated by "
            "electronic warfare and one crashed into the sea.")
    assert claim_at(text, "three remaining UAVs").role == "subset"
    assert not [rule for rule, severity in failed(text) if severity == "error"]


def test_a_separate_launch_is_another_attack() -> None:
    text = ("The Houthis launched 24 drones and two anti-ship ballistic missiles at ships. Separately, at "
            "approximately 10:05 p.m., the Houthis fired one medium-range ballistic missile toward Eilat.")
    assert claim_at(text, "one medium-range ballistic missile").role == "background"


def test_a_body_named_with_its_acronym_is_the_it_that_follows() -> None:
    text = ("A Houthi spokesman said the group had launched five ballistic missiles at the city. The Israel "
            "Defense Forces (IDF) gave a very different account. It said it had detected one ballistic "
            "missile.")
    assert claim_at(text, "one ballistic missile").attribution == "The Israel Defense Forces"


def test_all_of_the_things_named_before_keep_their_kind() -> None:
    text = ("Since Sunday, CENTCOM forces have downed 31 UAVs and eight missiles. We struck six warehouses "
            "used for storing drones. Our initial assessment is that all six were destroyed.")
    assert claim_at(text, "six were").category == claim_at(text, "six warehouses").category
    launched = "The enemy launched 28 attack drones. All 28 were intercepted by air defence units."
    assert claim_at(launched, "All 28").category == "drones_intercepted"


def test_those_searching_for_the_missing_are_not_missing() -> None:
    text = "Ten people are missing. About 250 police officers and firefighters are searching for the missing."
    assert claim_at(text, "About 250 police officers").category == "other"


def test_parts_by_age_may_overlap_parts_of_another_kind() -> None:
    text = ("Four people died in the floods. Of the four dead, two were found in or near vehicles swept "
            "away by floodwater, and three were aged 70 or older.")
    assert "killed-breakdown" not in {rule for rule, _ in failed(text)}


def test_people_traced_alive_are_rescued_whatever_was_said_of_the_dead_before() -> None:
    text = "Besides the three confirmed dead, 36 people have been traced alive, SEMA says."
    assert claim_at(text, "36 people").category == "rescued"


def test_the_people_after_n_more_than_reported_are_the_addition() -> None:
    text = ("Sixteen people were injured, two more than reported on Friday evening, after two people who had "
            "been at the scene sought medical help for concussion, the regional administration said.")
    assert claim_at(text, "two people").role == "increment"
    assert "injured-consistent" not in {rule for rule, _ in failed(text)}


PHONE_LINES = ["A hotline has been opened for relatives of the victims: 8 (3532) 44-12-90.",
               "Relatives can call +7 (495) 123-45-67 for information.",
               "The ministry's free line is 8 800 100-12-34.",
               "Call 8-800-200-34-34 or the duty officer on 44-12-90."]


@pytest.mark.parametrize("line", PHONE_LINES)
def test_phone_numbers_with_groups_joined_by_hyphens_are_no_figures(line: str) -> None:
    assert checker.extract(line) == []


def test_residents_moved_to_hotels_after_a_list_of_the_rescued_are_not_rescued() -> None:
    text = ("Twelve people were pulled alive from the rubble, among them three children, and more than 400 "
            "residents were moved to hotels.")
    assert claim_at(text, "more than 400 residents").category == "other"
    assert not failed(text)


def test_people_once_considered_missing_and_reached_are_missing_no_longer() -> None:
    text = ("We have been able to reach three residents who were considered missing: they were not at "
            "home at the time of the explosion. Two people are still unaccounted for.")
    assert claim_at(text, "three residents").category == "other"
    assert claim_at(text, "Two people").category == "missing"
    assert not failed(text)


def test_objects_entering_a_country_s_airspace_and_those_shot_down_are_that_country_s() -> None:
    text = ("Poland's Operational Command said its radars had tracked 17 objects entering Polish "
            "airspace from Belarus and Ukraine overnight. Four were confirmed shot down. In Ukraine, the "
            "air force said 386 drones and 29 missiles had been shot down.")
    assert claim_at(text, "17 objects").scope.place == "Poland"
    assert claim_at(text, "Four").scope.place == "Poland"
    assert not failed(text)


def test_a_group_that_mourns_its_dead_is_the_source_of_their_count() -> None:
    text = ("The Israeli army said it had killed at least 10 Hezbollah fighters. The group, which "
            "announces its dead, had by nightfall mourned six.")
    assert claim_at(text, "six").attribution == "The group"
    assert not [rule for rule, severity in failed(text) if severity == "error"]


def test_the_health_ministry_is_the_ministry_of_public_health_named_before() -> None:
    text = ("An Israeli drone strike on the town of Bint Jbeil has killed eight people, Lebanon's "
            "Ministry of Public Health says. In its statement, the health ministry said seven people "
            "were killed.")
    assert claim_at(text, "seven people").attribution == "Lebanon's Ministry of Public Health"
    assert ("killed-consistent", "error") in failed(text)


def test_a_state_struck_with_two_compass_words_is_the_place() -> None:
    text = "The tornadoes that struck central and western Kentucky late Wednesday injured dozens of people."
    assert claim_at(text, "dozens of people").scope.place == "Kentucky"


@pytest.mark.parametrize(("total", "error"), [(15, True), (14, False)])
def test_a_toll_shared_out_by_place_after_a_comma_is_itemised(total: int, error: bool) -> None:
    text = (f"The storms killed {total} people, seven in Missouri, five in Arkansas and two in Illinois, "
            "according to state officials.")
    assert (("items-add-up", "error") in failed(text)) is error


@pytest.mark.parametrize("opening", ["the raids on the towns of Brital, Taraya and Shmustar",
                                     "the raids in Brital, Taraya and Shmustar"])
@pytest.mark.parametrize(("total", "error"), [(11, True), (12, False)])
def test_a_toll_of_places_named_together_is_the_sum_of_each_place_s(opening: str, total: int,
                                                                     error: bool) -> None:
    text = (f"The ministry said that {opening} resulted in {total} martyrs and 26 wounded. The ministry "
            "added that the martyrs in Brital numbered five, while four martyrs fell in Taraya and three in "
            "Shmustar.")
    assert claim_at(text, f"{total} martyrs").scope.place == "Brital, Taraya and Shmustar"
    assert claim_at(text, "26 wounded").scope.place == "Brital, Taraya and Shmustar"
    assert (("items-add-up", "error") in failed(text)) is error


def test_figures_of_a_sentence_that_says_the_attacks_continued_are_another_night_s() -> None:
    text = ("Russia attacked Ukraine overnight with 381 drones and 35 missiles. The attacks continued "
            "overnight into Saturday, when Russia launched another 96 drones, 71 of which were shot down.")
    assert claim_at(text, "96 drones").role == "background"
    assert not failed(text)


def test_a_whole_whose_own_source_s_parts_add_up_is_not_held_to_another_source_s_parts() -> None:
    text = ("According to the Air Force, Russia attacked Ukraine overnight with 381 drones and 35 missiles. "
            "Air defence neutralised 370 aerial targets: 343 drones and 27 missiles. Russia's Defence "
            "Ministry said its air defences had destroyed 117 Ukrainian drones over Russian regions "
            "overnight.")
    assert not failed(text)
    wrong = text.replace("370 aerial", "380 aerial")
    assert ("intercepted-sum", "error") in failed(wrong)


def test_a_city_council_s_figures_of_weapons_are_its_city_s() -> None:
    text = ("date 2025-05-22\nsource Ternopil City Council (address by the mayor)\n\n"
            "Overnight the enemy attacked our city with two missiles and attack drones.")
    claim = checker.check([text]).claims[0]
    assert (claim.text, claim.scope.place) == ("two missiles and attack drones", "Ternopil")


@pytest.mark.parametrize(("sentence", "error"), [
    ("Among the dead are four children and 12 adults.", True),
    ("Among the dead are five children and 12 adults.", False),
    ("Among the dead are four women and two men.", False)])
def test_children_and_adults_among_the_dead_are_all_of_them(sentence: str, error: bool) -> None:
    text = f"The death toll has risen to 17. {sentence}"
    assert (("killed-breakdown", "error") in failed(text)) is error


def test_people_listed_as_missing_who_turned_up_safe_are_missing_no_longer() -> None:
    text = ("Six people are still missing, according to the Guardia Civil. Five people who were listed as "
            "missing on Sunday morning turned up safe during the day, the Guardia Civil said.")
    assert claim_at(text, "Five people").category == "other"  # safe, not saved: no count of the rescued
    assert not failed(text)


def test_villages_struck_where_some_of_the_dead_came_from_are_no_dead() -> None:
    text = ("The number of civilians killed has risen to 31, officials said. Fourteen of the dead were from "
            "Spera district, where drones and jets struck three villages close to the border.")
    assert claim_at(text, "three villages").category == "other"


@pytest.mark.parametrize("sentence", [
    "September alone has accounted for 19,402 admissions and 88 deaths.",
    "The worst season on record saw 1,688 deaths."])
def test_a_month_alone_and_a_record_are_other_periods(sentence: str) -> None:
    text = f"Dengue has killed 412 people this year, the health directorate said. {sentence}"
    assert [c.role for c in checker.extract(text) if c.category == "killed"][1:] == ["background"]
    assert not failed(text)


def test_bodies_named_again_after_two_more_bodies_are_those_two() -> None:
    text = ("On Sunday police recovered two more bodies from the ravine. The two bodies were found about 200 "
            "metres downhill from the wreckage. With this, all six bodies have been recovered, he said.")
    assert claim_at(text, "The two bodies").role == "increment"
    assert not failed(text)


def test_boats_with_nouns_in_ing_before_them_are_no_people() -> None:
    text = ("Six people were pulled from the water by the crews of two nearby charter fishing boats. Four "
            "people remain unaccounted for.")
    assert claim_at(text, "two nearby charter fishing boats").category == "other"
    assert not failed(text)


@pytest.mark.parametrize("text", [
    ("The army said six soldiers were killed. The minister also rejected as \"pure propaganda\" the "
     "militants' claim that more than 20 soldiers were killed."),
    ("The army said six soldiers were killed. Late on Wednesday, the militant group claimed that its "
     "fighters had killed \"more than 20 Kenyan soldiers\". A senior officer dismissed the claim.")])
def test_a_claim_the_report_rejects_is_no_claim_of_fact(text: str) -> None:
    assert claim_at(text, "more than 20").negated
    assert not failed(text)


def test_outcomes_are_not_summed_with_a_side_s_claim() -> None:
    text = ("The helicopter was carrying 15 people. Six others were rescued alive, the general said. "
            "Hours after the crash, a dissident faction claimed on social media that its fighters had shot "
            "down the aircraft and \"taken the lives of 15 soldiers\".")
    assert "outcomes-within-on-board" not in {rule for rule, _ in failed(text)}


def test_killing_some_of_those_on_board_is_the_toll() -> None:
    text = "The crash killed nine of the 15 people on board, the army said."
    assert (claim_at(text, "nine").category, claim_at(text, "nine").role) == ("killed", "total")
    assert claim_at(text, "15 people").category == "other"


def test_the_victims_identified_by_police_were_all_of_the_dead() -> None:
    text = ("Nine people died in the fire, local authorities said. The victims, identified by police on "
            "Tuesday, were six women who worked as packers and four men who drove forklifts.")
    assert claim_at(text, "six women").category == "killed"
    assert ("items-add-up", "error") in failed(text)


def test_the_dead_of_one_village_alone_are_part_of_the_toll() -> None:
    text = ("Insurgents swept through four villages, killing at least 17 people. \"In my village alone they "
            "killed nine people,\" said the village head.")
    assert claim_at(text, "nine people").role == "subset"
    assert not failed(text)


def test_bodies_found_in_one_place_before_the_remaining_bodies_are_some_of_them() -> None:
    text = ("Divers recovered seven more bodies on Wednesday, taking the toll to 16. Five bodies were "
            "recovered from inside the bus. The remaining bodies were found along the left bank.")
    assert claim_at(text, "Five bodies").role == "subset"
    assert not failed(text)


def test_a_hospital_s_numbers_after_nos_are_no_figures() -> None:
    text = "Medics treated nine people at the scene, and 22 were taken to hospitals Nos. 4 and 17."
    assert [c.text for c in checker.extract(text)] == ["nine people", "22"]


def test_one_still_in_a_critical_condition_is_one_of_the_wounded() -> None:
    text = "Seven people were wounded in the shooting. One pupil is still in a critical condition."
    assert claim_at(text, "One pupil").role == "subset"
    assert not failed(text)


@pytest.mark.parametrize("text", [
    ("Six people were wounded. The Children's Clinic also treated two pupils who broke bones when they "
     "jumped from a window to escape, and nine pupils who were treated for shock."),
    ("At least 12 people were wounded. In addition to the gunshot patients, our emergency department "
     "treated four people for injuries they suffered while leaving the park.")])
def test_patients_treated_besides_the_wounded_are_no_rival_count(text: str) -> None:
    assert not failed(text)


def test_a_city_of_a_name_is_no_size_of_a_place() -> None:
    text = ("Police charged a former doorman with murder after the death toll from a shooting in the "
            "northern city of Chiang Mai rose to eight.")
    assert claim_at(text, "eight").category == "killed"


def test_wounded_taken_to_a_hospital_are_some_of_all_the_wounded() -> None:
    text = ("An Israeli drone strike in Jenin killed three people. Israeli troops also wounded 19 others, "
            "the ministry said. Thirty of the wounded were taken to Jenin Government Hospital, it said.")
    assert ("injured-breakdown", "error") in failed(text)


def test_people_on_trial_and_counts_reported_in_the_first_hours_are_no_toll() -> None:
    trial = ("A court convicted six of the eight people on trial over a nightclub fire in the city of Brasov "
             "that killed 31 people.")
    assert claim_at(trial, "eight people").category == "other"
    earlier = ("The number of people killed in the port city of Odesa has risen to six, officials say. Four "
               "deaths had been reported in the hours after the attack.")
    assert claim_at(earlier, "Four deaths").role == "background"
    assert not failed(trial) and not failed(earlier)


def test_a_count_as_of_an_hour_is_that_hour_s_not_an_earlier_one() -> None:
    text = "As of 8 a.m. Monday, the Philippine Coast Guard had recorded nine dead, the commander said."
    assert claim_at(text, "nine dead").role == "total"


def test_martyrs_in_a_hospital_s_name_are_no_dead() -> None:
    text = ("Hospitals received 43 wounded from the school: 28 at Al-Awda Hospital and 15 at Al-Aqsa Martyrs "
            "Hospital.")
    assert claim_at(text, "15").category == "injured"
    assert not failed(text)


def test_the_second_bomb_s_dead_are_some_of_the_attack_s() -> None:
    text = ("Two roadside bombs exploded minutes apart, killing four soldiers and a civil defence officer, "
            "officials said. The second bomb went off as a civil defence team arrived, killing one rescuer "
            "and wounding three others. The Security Media Cell said five were dead and four wounded.")
    assert claim_at(text, "one rescuer").role == "subset"
    assert not [rule for rule, severity in failed(text) if severity == "error"]


def test_people_praying_and_those_remaining_under_care_are_no_rival_toll() -> None:
    praying = ("The blast at the mosque killed 118 people, the UN said. A worshipper said about 400 people "
               "were praying in the hall when the bomb went off.")
    assert claim_at(praying, "about 400 people").category == "other"
    care = "A further 16 persons sustained injuries. 14 injured persons remain under medical care."
    assert claim_at(care, "14 injured persons").role == "subset"
    assert not failed(praying) and not failed(care)


def test_a_bomb_on_an_earlier_date_is_another_event() -> None:
    text = ("date 2026-05-02\nsource SOHR\n\nA car bomb in the market killed 13 persons. The same market was "
            "hit by a motorbike bomb on April 11, which killed 5 persons, including a child.")
    assert not failed(text)


def test_all_of_the_wounded_named_again_are_all_of_them() -> None:
    text = "Seven people were killed and 31 wounded. All of the 31 wounded were hospitalised."
    assert claim_at(text, "All of the 31").role == "total"


@pytest.mark.parametrize(("text", "figure"), [
    ("Seven people were killed, the governor said. The toll, which stood at four on Thursday afternoon, "
     "has risen as victims died in hospital.", "four"),
    ("Seven people were killed, the governor said. It was the deadliest strike on the city since the "
     "summer, when a glide bomb hit a residential block and killed five people.", "five people")])
def test_a_toll_as_it_stood_and_a_deadlier_event_since_are_other_counts(text: str, figure: str) -> None:
    assert claim_at(text, figure).role == "background"
    assert not failed(text)


def test_lives_saved_are_no_dead() -> None:
    text = ("Eleven people died in the cyclone. \"The early evacuation saved thousands of lives,\" the "
            "secretary said.")
    assert claim_at(text, "thousands of lives").category == "other"
    assert not failed(text)


def test_bodies_where_they_had_been_found_are_those_named_before() -> None:
    path = HERE / "events146" / "cyclone-nandeka-2024-01-30" / "d_noticias.txt"
    claims = checker.check([path]).claims
    bodies = next(c for c in claims if c.text == "three bodies")
    assert bodies.role == "subset"


def test_miners_once_trapped_who_have_been_rescued_are_rescued() -> None:
    text = ("Four miners who were trapped underground after a mud rush at the copper mine have been rescued "
            "alive, while two bodies have been retrieved. Five miners remain trapped.")
    assert claim_at(text, "Four miners").category == "rescued"
    assert not failed(text)


def test_rescuers_who_did_the_work_are_no_dead() -> None:
    text = ("Of the 17 miners who were underground on Tuesday night, eight survived and nine died, the ANM "
            "said in a statement, declaring the rescue operation closed after some 34 hours of work by more "
            "than 60 rescuers.")
    assert claim_at(text, "more than 60 rescuers").category == "other"
    assert not failed(text)


def test_the_deaths_a_later_toll_adds_to_are_the_earlier_level() -> None:
    text = ("Six people have died after a crowd crush, the health secretary said on Sunday. Two of the "
            "injured died in hospital overnight, adding to the 4 deaths reported by the police before dawn.")
    assert claim_at(text, "4 deaths").role == "background"
    assert not failed(text)


@pytest.mark.parametrize(("text", "hour", "kept"), [
    ("By six in the morning the governor was reporting nine drones downed.", "six", None),
    ("Residents were evacuated from 5 in the afternoon, and 40 homes were damaged.", "5", None),
    ("Eleven people are still missing, down from 11 in the morning.", None, "11 in"),
    ("The number of injured rose by six in the morning, to 20.", None, "six"),
])
def test_an_hour_of_the_clock_is_no_figure(text: str, hour: str | None, kept: str | None) -> None:
    texts = [c.text for c in checker.extract(text)]
    if hour is not None:
        assert hour not in texts
    if kept is not None:
        assert kept.split()[0] in texts


def test_a_governor_s_drone_tally_by_the_clock_is_a_running_count() -> None:
    text = ("The first message from the governor's Telegram channel came at 03:10: three drones had been "
            "destroyed over the Kirishi district. By six in the morning the governor was reporting nine "
            "drones downed over the region, eight of them over the Kirishi district and one near Tosno.")
    three = claim_at(text, "three drones")
    assert (three.role, three.scope.time) == ("background", "03:10")
    assert claim_at(text, "nine drones").scope.time == "06:00"
    assert not failed(text)


def test_a_bare_count_after_another_noun_counts_that_noun() -> None:
    text = ("Air defences shot down 12 drones over the region overnight. According to the airport's online "
            "board, 31 flights were delayed and four were sent to alternate airports.")
    assert claim_at(text, "four").category == "other"
    assert not failed(text)


def test_the_same_period_as_the_sentence_before_and_a_campaign_s_tally() -> None:
    text = ("In addition, three UAVs were launched toward the Western Galilee; two were intercepted. Since "
            "the beginning of the current campaign on June 3, the IDF has struck more than 1,100 targets. "
            "During the same period, approximately 470 rockets and 60 UAVs were launched from Lebanon.")
    assert claim_at(text, "60 UAVs").scope.time == "since the beginning of the current campaign"
    assert not failed(text)


def test_last_monsoon_s_toll_is_another_season_s() -> None:
    text = ("Rescuers recovered five bodies after the cloudburst, the district magistrate said. Last "
            "monsoon, landslides on the same route killed 23 people.")
    assert claim_at(text, "23 people").role == "background"
    assert not failed(text)


def test_the_number_of_injured_guards_brought_to_a_figure_counts_the_guards() -> None:
    text = ("Two more guards were wounded during the rescue, bringing the number of injured penitentiary "
            "agents to five. Twelve inmates were also injured and were taken to the Santa Teresa hospital.")
    assert claim_at(text, "five").entity == "agents"
    assert not failed(text)
