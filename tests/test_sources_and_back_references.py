"""Who gives a figure when a sentence names two sources or reports a claim it rejects; figures
that refer back to ones told before; numbers that are part of a service's name."""

from __future__ import annotations

from pathlib import Path

import pytest

import checker
from checker.rules.base import normalise
from tests.reading import claim_at, failed


def test_a_number_in_a_service_s_name_is_no_claim_at_the_start_of_a_sentence_either() -> None:
    text = ("According to Rescue 1122, the bowser caught fire at 5:40am. Rescue 1122 district emergency "
            "officer Kamran Haider said 12 people had died at the scene.")
    assert [c.text for c in checker.extract(text) if "1122" in c.text] == []
    assert claim_at(text, "12 people").category == "killed"


def test_a_capitalised_word_and_number_told_once_at_a_sentence_start_is_still_a_figure() -> None:
    assert claim_at("Later 15 died in hospital, police said.", "15").value == 15


def test_relatives_counted_before_of_the_victims_are_not_the_dead() -> None:
    assert claim_at("About 50 relatives of the victims gathered outside the mortuary.",
                    "About 50 relatives").category == "other"
    assert claim_at("The families of the 12 victims gathered outside the mortuary.",
                    "12 victims").category == "killed"


def test_deaths_referred_back_to_in_an_opening_are_not_a_rival_toll() -> None:
    text = ("The death toll rose to 14 on Thursday after two burn victims died, police said. After the two "
            "deaths on Thursday, 28 of the injured are still under treatment.")
    assert claim_at(text, "two deaths").role == "subset"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_bodies_found_in_an_opening_still_raise_the_toll() -> None:
    text = ("With the four bodies found yesterday evening, the number of bodies recovered has risen to 21, "
            "officials said.")
    assert claim_at(text, "21").role == "total"


def test_the_level_a_toll_rose_from_after_the_is_an_earlier_figure() -> None:
    text = ("Police said 22 more bodies had been found overnight, bringing the toll to 73 from the 51 "
            "announced late on Friday.")
    assert claim_at(text, "51").role == "background"
    assert claim_at(text, "73").role == "total"


def test_two_sources_in_two_clauses_each_give_their_own_figure() -> None:
    text = ("The toll rose to 73 on Saturday, police said. The state emergency agency gave a higher figure "
            "of at least 80 dead, and a ward councillor in Katcha, Idris Gana, told Reuters that close to a "
            "hundred people had died.")
    assert claim_at(text, "at least 80").attribution == "The state emergency agency"
    assert claim_at(text, "close to a hundred").attribution == "a ward councillor in Katcha"
    assert ("killed-breakdown", "error") not in failed(text)
    assert {severity for rule, severity in failed(text) if rule == "killed-consistent"} == {"info"}


def test_a_claim_a_statement_rejects_is_its_author_s() -> None:
    text = ("Air defence units neutralised 2 UAVs of the Armenian armed forces, the ministry said. The "
            "information spread by the Ministry of Defence of Armenia, claiming that 4 Azerbaijani drones "
            "were shot down over Armenian positions, is false.")
    assert claim_at(text, "4 Azerbaijani drones").attribution == "the Ministry of Defence of Armenia"
    assert ("drones-intercepted-consistent", "error") not in failed(text)


def test_a_day_s_count_is_part_of_a_later_report_s_tally_since_that_day(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text("date 2026-01-12T11:30\nsource Army statement\nevent clash\n\n"
                     "Thai forces brought down one Cambodian surveillance drone over Kap Choeng.\n")
    later = tmp_path / "b.txt"
    later.write_text("date 2026-01-14T09:20\nsource Reuters\nevent clash\n\n"
                     "The Thai army said it had shot down 11 Cambodian drones since Monday.\n")
    report = checker.check([first, later])
    assert not [f for f in report.failed if f.rule == "drones-intercepted-consistent"]
    later.write_text("date 2026-01-14T09:20\nsource Reuters\nevent clash\n\n"
                     "The Thai army said it had shot down 11 Cambodian drones since Tuesday.\n")
    first.write_text("date 2026-01-13T11:30\nsource Army statement\nevent clash\n\n"
                     "Thai forces brought down 14 Cambodian drones over Kap Choeng.\n")
    report = checker.check([first, later])
    assert [f.severity for f in report.failed if f.rule == "drones-intercepted-consistent"] == ["error"]


def test_a_group_whose_fates_follow_an_opening_is_not_a_toll() -> None:
    text = ("6 persons have lost their lives on the spot. The bus was carrying 38 passengers and 2 drivers. "
            "Of these 40 persons, 5 died, 21 were injured and 10 are safe, while 4 passengers are yet to "
            "be traced.")
    assert claim_at(text, "40 persons").category == "other"
    assert claim_at(text, "4 passengers").category == "missing"
    assert claim_at("Of the 14 dead, 11 were men and three were women.", "14 dead").category == "killed"


def test_records_that_show_a_figure_in_words_are_its_source() -> None:
    text = "Sassoon hospital's own records show five deaths in its burns ward."
    assert claim_at(text, "five deaths").attribution == "Sassoon hospital's own records"


def test_the_number_identified_is_some_of_the_dead() -> None:
    text = ("The toll rose to 17 on Sunday, police said. Two more bodies were identified on Monday, bringing "
            "the number identified to nine.")
    assert claim_at(text, "nine").role == "subset"
    assert ("killed-consistent", "error") not in failed(text)


def test_specialists_who_treat_the_burned_are_not_the_burned() -> None:
    text = ("The health executive said 23 patients were still admitted with burns. \"We have called in a "
            "team of four burns specialists,\" she said.")
    assert claim_at(text, "four burns").category == "other"


def test_victims_who_remain_on_admission_are_some_of_the_injured() -> None:
    text = ("Twenty-nine victims remain on admission, including seven in critical condition, after three "
            "more were discharged on Thursday, the statement added.")
    assert claim_at(text, "Twenty-nine victims").role == "subset"


def test_others_who_sustained_injuries_are_injured() -> None:
    text = ("The fire service says five persons died and 13 others sustained injuries when a gas plant "
            "exploded.")
    assert claim_at(text, "13 others").category == "injured"
    assert not failed(text)


def test_the_families_of_all_the_victims_or_of_the_eight_deceased_are_of_the_whole_toll() -> None:
    assert claim_at("The scheme paid the families of all 31 victims.", "31 victims").category == "killed"
    text = ("Sadly, nine (9) adult males lost their lives in the incident. The Permanent Secretary "
            "commiserated with the families of the eight deceased.")
    assert claim_at(text, "nine (9) adult males").category == "killed"
    assert claim_at(text, "eight").role == "total"
    assert ("killed-consistent", "error") in failed(text)
    assert claim_at("The families of 3 deceased had cremated the bodies.", "3 deceased").role == "subset"


def test_the_day_of_the_level_a_toll_rose_from_is_not_the_toll_s() -> None:
    text = ("The toll in Thailand stood at 14 dead on Sunday evening, up from 11 a day earlier, the ministry "
            "said. Nine of the dead were civilians and six were soldiers, the ministry said.")
    assert claim_at(text, "14 dead").role == "total"
    assert ("killed-breakdown", "error") in failed(text)


def test_people_also_harmed_are_besides_the_toll_told_before() -> None:
    text = ("Seven civilians were killed and 26 others injured in the shelling, officials said. An Army "
            "jawan was also killed and three were injured in the firing, officials said.")
    assert claim_at(text, "three").role == "increment"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_soldiers_of_another_nation_are_other_people() -> None:
    text = ("Two soldiers were martyred while responding to the firing, the ISPR said. The ISPR said its "
            "troops had destroyed five posts, killing \"more than 20 Indian soldiers\".")
    assert ("killed-consistent", "error") not in failed(text)


def test_a_place_named_with_of_keeps_its_whole_name() -> None:
    assert claim_at("Three sailors were killed in the Gulf of Aden, officials said.",
                    "Three sailors").scope.place == "Gulf of Aden"


def test_two_ages_after_two_names_are_no_figures() -> None:
    text = ("Six miners were killed, the mayor's office said on Sunday. The dead include brothers Wilson "
            "and Edgar Suarez Rojas, 27 and 31, and Luis Alberto Cardenas, 52.")
    assert [c.text for c in checker.extract(text)] == ["Six miners"]


def test_a_who_clause_after_some_of_the_workers_is_the_workers_not_the_figure_s() -> None:
    text = ("In addition, 12 of the workers who reached the surface by their own means were examined for "
            "dust inhalation and minor injuries and were discharged.")
    assert claim_at(text, "12 of the workers").category == "injured"


def test_dead_confirmed_by_an_earlier_night_are_the_count_as_it_stood() -> None:
    text = ("On Wednesday afternoon, teams pulled out two more bodies, taking the toll to eight. Six people "
            "had been confirmed dead by Tuesday night.")
    assert claim_at(text, "Six people").role == "background"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_the_dead_among_a_cumulative_toll_are_its_parts() -> None:
    text = ("Eight martyrs fell today, the ministry said. With these figures, the cumulative toll since the "
            "ceasefire of 27 November 2024 rises to 463 martyrs. Among the martyrs are 58 children, 41 women "
            "and 27 health workers.")
    assert claim_at(text, "58 children").role == "background"
    assert ("killed-breakdown", "error") not in failed(text)


def test_a_first_statement_s_toll_is_the_level_it_was_raised_from() -> None:
    text = ("In a first statement that afternoon, the health ministry said 11 people had been killed and 52 "
            "wounded. The next morning it raised the toll to 16 dead and 60 wounded.")
    assert claim_at(text, "11 people").role == "background"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_a_post_quoted_is_the_source_of_its_figure_and_counts_no_one() -> None:
    text = ("The health ministry said the strike killed 16 people. \"Massacre in Nabatieh: sixty martyrs in "
            "the vegetable market,\" reads one post on X.")
    assert claim_at(text, "sixty martyrs").attribution == "one post on X"
    assert [c.text for c in checker.extract(text) if c.text == "one"] == []
    assert not [f for f in failed(text) if f[1] == "error"]


def test_phone_numbers_and_a_mine_s_level_are_no_figures() -> None:
    for text in ("Anyone with information about missing people can contact the control room on 01700-555123.",
                 "People with news of missing persons should call the Red Cross on 1199.",
                 "Members of the public can also reach us on our toll-free line 1199.",
                 "Four workers were still trapped at the -340 level, the governor said."):
        assert all(c.value > 0 and c.value < 1000 for c in checker.extract(text)), text
    assert claim_at("Temperatures fell to -5 overnight and 3 people died.", "-5").category == "other"


def test_a_ministry_and_its_named_spokesman_are_one_source() -> None:
    text = ("Thirteen people have been killed in the collapse, Egypt's health ministry said. Health ministry "
            "spokesman Khaled Mansour said the 12 dead included five children.")
    assert ("killed-consistent", "error") in failed(text)


def test_a_count_raised_by_additions_told_paragraphs_later_is_its_earlier_level() -> None:
    text = ("The army said five soldiers died repelling the assault.\n\nThe spokesman said 14 soldiers had "
            "been wounded. Two of them died overnight, he said later, bringing the number of soldiers killed "
            "to seven.")
    assert claim_at(text, "five soldiers").role == "background"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_the_lead_s_toll_is_a_rival_of_a_later_toll_in_all() -> None:
    text = ("Sixteen miners have been killed after a coal mine flooded, Xinhua says.\n\nIn all, 18 miners "
            "died, according to Xinhua, while 23 were rescued.")
    assert ("killed-consistent", "error") in failed(text)
    by_place = ("Three people were killed in Lviv.\n\nIn total, 8 people were killed across Ukraine, "
                "officials said.")
    assert not [f for f in failed(by_place) if f[1] == "error"]


def test_killed_members_of_a_family_are_people() -> None:
    text = ("The airstrike killed seven members of Bazzi's extended family — four adults and two children — "
            "according to the ministry.")
    assert claim_at(text, "seven members").category == "killed"
    assert ("items-add-up", "error") in failed(text)
    assert claim_at("The union has 140 members.", "140 members").category == "other"


def test_a_period_before_bringing_the_toll_is_no_addition_to_it() -> None:
    text = ("The health ministry says 47 people were killed across the Strip in the past 24 hours, bringing "
            "the toll since October 2023 to 74,151 killed.")
    assert claim_at(text, "24 hours").category == "other"


def test_a_toll_over_the_past_two_decades_is_of_another_period() -> None:
    text = ("At least 38 people were killed in the attacks in Plateau state, the association said. Thousands "
            "have died in Plateau over the past two decades.")
    assert claim_at(text, "Thousands").role == "background"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_a_neighbouring_province_s_deaths_are_placed_there() -> None:
    text = ("Nampula province accounted for 2,455 of the cases and 21 of the deaths, while neighbouring "
            "Zambezia reported 1,130 cases and nine deaths.")
    assert claim_at(text, "nine deaths").scope.place == "Zambezia"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_the_list_after_a_part_s_colon_is_of_parts_too() -> None:
    text = ("41 suspected heatstroke deaths have been reported since 23 May. Of these, 9 deaths have so far "
            "been confirmed as due to heatstroke: 4 in Uttar Pradesh, 3 in Rajasthan and 2 in Bihar.")
    assert claim_at(text, "2 in Bihar").role == claim_at(text, "9 deaths").role != "total"


def test_a_dotted_clock_time_of_the_morning_is_no_figure() -> None:
    text = ("Fourteen people were killed after a train collided with a freight train at about 11.05 this "
            "morning near Lamia.")
    assert [c.text for c in checker.extract(text)] == ["Fourteen people"]


def test_people_picked_up_at_sea_are_rescued_and_those_found_deceased_dead() -> None:
    text = ("Of the 58 fishermen on board, 39 were picked up by other fishing boats, the bodies of seven "
            "have been recovered and 10 are still missing.")
    assert claim_at(text, "39").category == "rescued"
    found = "The joint SAR team has found 34 people alive and 5 people deceased."
    assert claim_at(found, "5 people").category == "killed"


def test_a_toll_that_includes_the_shooter_counts_the_attacker() -> None:
    text = ("A gunman opened fire inside a mall, killing three people, police said. \"We have four people "
            "deceased, and that includes the shooter,\" the chief told reporters.")
    assert claim_at(text, "four people").role == "with_attacker"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_the_people_aboard_told_with_their_parts_are_not_added_to_them() -> None:
    text = ("The vessel departed Baubau carrying 41 people, consisting of 37 passengers and 4 crew members. "
            "The joint SAR team has found 34 people alive and 5 people deceased, while 3 people are still "
            "being searched for.")
    assert ("outcomes-within-on-board", "warning") in failed(text)


def test_deaths_that_bring_a_year_s_tally_to_a_figure_are_additions_to_it() -> None:
    text = "The three deaths bring the number of homicides in Tuscaloosa this year to 11, police said."
    assert claim_at(text, "three deaths").role == "increment"


def test_parts_after_an_opening_take_the_kind_of_its_whole() -> None:
    text = ("The hospital received eight of the wounded. Of the seven still being treated there after his "
            "death, four had been released by Sunday afternoon and three were listed in stable condition.")
    assert claim_at(text, "four").category == "injured"


def test_the_injured_taken_to_each_named_hospital_are_parts_of_them() -> None:
    text = ("The health ministry said 52 people had been injured in total. Thirty-one were taken to Lamia "
            "General Hospital, 14 to Larissa University Hospital and 9 to the health centre in Domokos.")
    assert claim_at(text, "Thirty-one").role == "subset"
    assert claim_at(text, "14").scope.place == "Larissa University Hospital"
    assert ("injured-breakdown", "error") in failed(text)
    assert not [f for f in failed(text.replace("Thirty-one", "Twenty-nine")) if f[1] == "error"]


def test_another_source_s_lower_count_told_before_a_rise_is_its_own() -> None:
    text = ("The railway spokesman said 19 passengers were killed in the accident. The Sindh health "
            "department said the toll rose to 23 overnight.")
    assert claim_at(text, "19 passengers").role == "total"
    assert claim_at("The Federal Government Inspector of Railways said 19 passengers were killed.",
                    "19 passengers").scope.place is None


def test_the_last_car_of_a_train_is_no_earlier_period() -> None:
    assert claim_at("Seven people were killed in the last car, she said.", "Seven people").role == "total"
    assert claim_at("Seven people were killed in the last car, she said.", "Seven people").scope.place is None


def test_people_injured_in_an_event_who_remain_in_hospital_are_some_of_the_injured() -> None:
    text = ("Eleven people injured in Wednesday's collision on Line 2 of the metro remained in hospital on "
            "Thursday morning, the health service said. The other 36 of the 47 people hurt have gone home.")
    assert claim_at(text, "Eleven people").role == "subset"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_students_a_room_was_occupied_by_are_everyone_there() -> None:
    text = "At the time, the lecture theatre was occupied by 46 students and their lecturer."
    assert claim_at(text, "46 students").role == "total"


def test_kindergartens_in_a_list_of_damaged_buildings_are_items_of_it() -> None:
    text = ("The strike damaged 53 buildings, Lutsenko said: 42 apartment buildings, nine private houses and "
            "two kindergartens.")
    assert claim_at(text, "two kindergartens").role == "subset"
    assert not failed(text)


def test_parts_of_them_after_another_period_s_tally_are_of_that_period() -> None:
    text = ("Six people were killed in Syangja today. Nationwide, 142 people have lost their lives in "
            "rain-related disasters since the monsoon entered on June 13. Of them, 71 were killed in "
            "landslides, 39 in floods and 32 by lightning.")
    assert claim_at(text, "71 were killed").role == "background"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_a_list_after_the_level_a_toll_rose_from_is_the_new_toll_s() -> None:
    text = ("22 people have died in the division as of this morning, up from 17 in our previous report: "
            "13 by drowning, six by lightning and three in landslides. Children account for nine of the "
            "drowning deaths.")
    assert claim_at(text, "13").role == "subset"
    assert claim_at(text, "nine").role == "subset"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_a_sum_taken_together_is_the_whole_of_the_figures_before() -> None:
    text = ("Kharkiv's governor recorded 11 deaths and 74 injuries over the week; in Sumy, the governor "
            "reported six killed and 29 wounded. Taken together, that is 17 dead and more than 100 wounded "
            "in a single week.")
    assert not [f for f in failed(text) if f[1] == "error"]


def test_a_toll_over_the_past_decade_is_of_another_period() -> None:
    text = ("Gunmen killed 25 worshippers, the governor said. Violence has killed thousands of civilians, "
            "soldiers and militants in the country over the past decade.")
    assert claim_at(text, "thousands of civilians").role == "background"


def test_a_regional_summary_s_paragraph_per_community_is_placed_there() -> None:
    text = ("As a result of Russian attacks, 4 people were killed and 26 injured.\n\n"
            "Sumy community: a massive drone attack on the regional centre. 3 people killed, 18 injured.\n\n"
            "Krasnopillia community: artillery shelling, 2 people injured.")
    assert claim_at(text, "2 people").scope.place == "Krasnopillia community"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_a_live_page_s_posts_stamped_with_their_day_are_ordered_by_time() -> None:
    text = ("Jul 21, 2026 06:40 PM IST\nCivic chief gives latest figures\nThe commissioner told reporters "
            "that six people have died.\n\nJul 21, 2026 02:30 PM IST\nToll rises\nOfficials said the bodies "
            "of a man and his grandson were pulled out, taking the death toll to seven.\n\n"
            "Jul 21, 2026 11:20 AM IST\nNDRF joins rescue\nDeath toll rises to five, say officials.")
    assert failed(text) == [("toll-does-not-fall", "warning")]


def test_one_settlement_counts_no_one() -> None:
    text = ("At least 126 people were killed, officials said. \"We dug out 11 bodies from one settlement "
            "alone,\" a local official told BBC Nepali.")
    assert [c.text for c in checker.extract(text) if c.text == "one"] == []
    assert not [f for f in failed(text) if f[1] == "error"]


def test_an_earlier_strike_on_a_date_is_another_event() -> None:
    text = ("date 2025-12-10\nsource X\n\nThe number of people killed in the attack on Kyiv on 9 December "
            "has risen to nine. This was the second massive attack on the capital in three weeks: a strike "
            "on 18 November killed five people in Kyiv.")
    assert claim_at(text, "five people").role == "background"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_the_region_around_the_capital_holds_none_of_its_figures() -> None:
    text = ("Fifteen people were killed in Kyiv overnight, officials said. Two children are among the dead. "
            "In the Kyiv region surrounding the capital, one person was killed, the regional governor said.")
    assert not [f for f in failed(text) if f[0] == "killed-place-within-region"]


def test_a_count_at_an_earlier_hour_is_the_level_it_rose_from() -> None:
    text = ("One person was killed and 23 were injured, according to the city administration, which raised "
            "the number of injured twice during the morning.\n\nAt 6:10 a.m. the administration reported 14 "
            "injured.")
    assert claim_at(text, "14 injured").role == "background"


def test_drones_of_the_first_three_weeks_of_the_month_are_another_period() -> None:
    text = ("Russia launched 440 drones overnight, the Air Force said. Nationwide, Russia launched more than "
            "3,400 drones against Ukraine in the first three weeks of the month.")
    assert claim_at(text, "more than 3,400 drones").role == "background"


def test_a_day_s_deaths_are_within_the_running_tally_since_a_date() -> None:
    path = Path(__file__).parent / "heldout113" / "005_ndma_situation_update.txt"
    assert not [f for f in checker.check([path]).failed if f.severity == "error"]


def test_deaths_verified_are_some_of_those_reported() -> None:
    text = "Authorities report 58 people killed; inter-agency teams have verified 41 deaths to date."
    assert claim_at(text, "41 deaths").role == "subset"


def test_the_kinds_of_the_dead_told_sentences_after_a_placed_toll_are_its_parts() -> None:
    text = ("Nine workers were killed when explosions flattened a fireworks unit at Achankulam near "
            "Sattur on Tuesday. The first blast occurred around 2.15 p.m. in a mixing room. Twelve of "
            "the unit's 30 rooms were razed. The dead — six women and four men — were residents of "
            "nearby villages.")
    assert claim_at(text, "six women").category == "killed"
    assert ("killed-breakdown", "error") in failed(text)
    assert ("killed-breakdown", "error") not in failed(text.replace("four men", "three men"))


@pytest.mark.parametrize("places", [
    "Quang Ngai recorded nine deaths, Gia Lai six, Da Nang four and Quang Tri three",
    "11 of the deaths were recorded in Quang Ngai, seven in Gia Lai and four in Da Nang",
])
def test_a_toll_told_place_by_place_that_comes_to_less_is_a_warning(places: str) -> None:
    text = ("Typhoon Sonveh left 23 people dead in central Vietnam, the ministry said on Sunday. "
            f"{places}, the ministry said.")
    assert ("killed-breakdown", "warning") in failed(text)
    whole = text.replace("23 people", "22 people")
    assert not any(rule == "killed-breakdown" for rule, _ in failed(whole))


def test_the_last_place_of_a_list_may_have_one() -> None:
    text = ("The ministry has confirmed 214 suspected cases and 11 deaths since May. Ngarua has also "
            "recorded five of the deaths, Kisumba three, Mandoro two and Oldonyo one.")
    assert claim_at(text, "five of the deaths").scope.place == "Ngarua"
    one = claim_at(text, "one.")
    assert (one.value, one.category, one.scope.place) == (1, "killed", "Oldonyo")
    assert not any(rule == "killed-breakdown" for rule, _ in failed(text))


@pytest.mark.parametrize("sentence", [
    "ASK recorded 41 deaths in political violence across the country in the first four months of the year.",
    "By way of comparison, the protests of 12 and 13 February had resulted in 41 deaths.",
])
def test_a_tally_of_other_months_or_a_comparison_is_background(sentence: str) -> None:
    text = ("date 2026-06-28\nsource Test\n\nPolice said 12 people were killed in the clashes on Sunday. "
            + sentence)
    assert claim_at(text, "41 deaths").role == "background"
    assert not any(rule == "killed-consistent" for rule, _ in failed(text))


def test_a_figure_circulated_by_the_media_is_theirs_and_these_deaths_are_told_before() -> None:
    text = ("Seven people died, the ministry said today. The figure of nine deaths circulated by some media "
            "outlets this morning included two persons who died of illness in shelters. After "
            "verification, these two deaths have not been counted as cyclone-related.")
    assert claim_at(text, "nine deaths").attribution == "some media outlets"
    assert claim_at(text, "two deaths").role == "subset"
    assert not any(severity == "error" for _, severity in failed(text))
    assert claim_at("The Government rejects the figures circulating on social networks, which speak of "
                    "more than 30 deaths.", "more than 30 deaths").attribution == "social networks"


def test_people_freed_on_bail_are_not_rescued() -> None:
    text = ("Gunmen abducted four people in Nairobi. Police said 123 suspects would appear before "
            "magistrates today, after 64 others were freed on bail.")
    assert claim_at(text, "64 others").category == "other"
    assert not any(rule == "freed-within-abducted" for rule, _ in failed(text))


def test_a_figure_that_stood_at_n_deaths_counts_deaths() -> None:
    text = "The minister said the government's figure stood at 6 deaths."
    assert claim_at(text, "6 deaths").category == "killed"


def test_the_place_of_the_deaths_that_raised_a_toll_is_not_the_toll_s() -> None:
    text = ("The death toll from Tuesday's protests rose to 14 on Wednesday, the commission said, after "
            "two more people died of their wounds in Kisumu. Kisumu, where five people have now died, "
            "remained tense.")
    assert claim_at(text, "14").scope.place is None
    assert claim_at(text, "two more people").scope.place == "Kisumu"


def test_patients_treated_for_illness_too_are_no_count_of_the_injured() -> None:
    text = ("Red Cross teams have treated 318 people for wounds, fractures and high blood pressure. "
            "Officials said 65 people were injured.")
    assert claim_at(text, "318 people").category == "other"
    burns = "Medics treated 40 people for burns and smoke inhalation."
    assert claim_at(burns, "40 people").category == "injured"


def test_one_of_those_treated_still_in_hospital_is_one_of_them() -> None:
    text = ("Eight people were treated at the city hospital, a hospital spokesperson said. One protester, "
            "a 61-year-old retired teacher, is still in hospital with a broken arm.")
    assert claim_at(text, "One").role == "subset"
    assert not any(rule == "injured-consistent" for rule, _ in failed(text))


def _report(when: str, source: str, body: str) -> str:
    return f"date {when}\nsource {source}\ntitle Protests\nevent kenya-protests\n\n{body}\n"


def test_a_rival_s_lower_toll_beside_the_first_source_s_risen_one_is_no_fall() -> None:
    first = _report("2026-02-18T11:00", "Kenya National Commission on Human Rights",
                    "At least 11 people have been killed since Tuesday, the national human rights "
                    "commission said.")
    later = _report("2026-02-18T19:40", "East Africa Wire",
                    "The death toll rose to 14 on Wednesday, the national human rights commission said. "
                    "Kenya's Interior Cabinet Secretary told reporters that the government's figure stood "
                    "at 6 deaths.")
    falls = [f for f in checker.check([first, later]).failed if f.rule == "toll-does-not-fall"]
    assert falls == []
    same = _report("2026-02-19T09:00", "Nyanza Herald",
                   "The national human rights commission said 9 people had been killed.")
    assert any(f.rule == "toll-does-not-fall" for f in checker.check([first, later, same]).failed)


def test_a_hospital_s_own_patients_are_no_fall_of_everyone_injured() -> None:
    first = _report("2026-02-18T11:00", "Kenya National Commission on Human Rights",
                    "The commission has recorded 96 injuries since Tuesday.")
    later = _report("2026-02-18T19:40", "East Africa Wire",
                    "Jaramogi Oginga Odinga Teaching and Referral Hospital said it had treated 47 people for "
                    "protest-related injuries since Tuesday.")
    assert not [f for f in checker.check([first, later]).failed if f.rule == "injured-does-not-fall"]


def test_a_body_that_counts_names_its_figure_and_its_count_is_its_own() -> None:
    text = "The National Commissioner for Human Rights counts 15 dead."
    assert claim_at(text, "15 dead").attribution == "The National Commissioner for Human Rights"
    charged = "A man was charged with murder and 11 counts of attempted murder, police said."
    assert claim_at(charged, "11 counts").attribution == "police"
    its = ("The Secretariat of Security declared the operation over on Thursday. Its final count is 14 "
           "dead: 12 gang members, one police agent and one bus driver.")
    assert claim_at(its, "14 dead").attribution == "The Secretariat of Security"


@pytest.mark.parametrize(("text", "figure"), [
    ("The Commissioner asked for an inquiry into the 12 deaths of alleged gang members.", "12 deaths"),
    ("One body was found near the wreck after the water dropped, and the other by fishermen.", "One body"),
    ("A woman died on Sunday, raising the toll to 21 and the number of Ugandans killed to 12.", "12"),
])
def test_a_group_s_or_one_s_share_of_a_toll_is_a_part(text: str, figure: str) -> None:
    assert claim_at(text, figure).role == "subset"


def test_people_injured_who_then_died_are_dead_and_a_body_camera_is_no_body() -> None:
    text = ("Two passengers injured in Saturday's bus crash died overnight at the regional hospital, "
            "raising the death toll to 23.")
    two = claim_at(text, "Two passengers")
    assert (two.category, two.role) == ("killed", "increment")
    assert claim_at("The office will ask for the body-camera footage of all 280 officers.",
                    "280 officers").category == "other"
    assert claim_at("A woman died on Sunday, raising the toll to 21 and the number of Ugandans killed "
                    "to 12.", "21").role == "total"


def test_people_who_survived_are_not_everyone_aboard() -> None:
    text = ("The bus plunged into the river. The bodies were found on Thursday, bringing the number "
            "recovered to 13, police said. Seven people survived.")
    assert not any(rule == "outcomes-within-on-board" for rule, _ in failed(text))


def test_one_at_a_time_is_no_figure() -> None:
    text = "Villagers carried the injured up the slope one stretcher at a time. Bodies came up one by one."
    assert checker.extract(text) == []


def test_an_aid_group_s_statement_is_its_own_and_its_we_is_it() -> None:
    text = ("date 2025-10-02\nsource Médecins Sans Frontières\n\nSeven patients died of their injuries, "
            "bringing the number of deaths we recorded to 11. The Sudan Doctors Network said at least 23 "
            "people had been killed in the shelling across Tawila.")
    assert claim_at(text, "11").attribution == "Médecins Sans Frontières"
    assert not any(severity == "error" for _, severity in failed(text))


def test_a_vague_few_of_vague_many_are_no_rival_tolls() -> None:
    text = ("Residents carried several bodies to the door of a local clinic. \"A raid in which dozens of "
            "people die cannot be called a success,\" the researcher said.")
    assert not any(rule == "killed-consistent" for rule, _ in failed(text))


def test_a_noun_said_once_counts_the_bare_figure_after_and() -> None:
    text = ("Two police officers lost their lives and four were wounded, police said. Of the 11 civilians "
            "wounded on the first day, six are still in hospital.")
    assert claim_at(text, "four").entity == "police officers"
    assert not any(rule == "injured-consistent" for rule, _ in failed(text))


@pytest.mark.parametrize(("text", "figure", "category"), [
    ("According to the police, 34 gang members were killed in all.", "34 gang members", "killed"),
    ("Police killed 12 gang members in the raid.", "12 gang members", "killed"),
    ("The ruling party has 5,000 members in the province.", "5,000 members", "other"),
])
def test_members_who_were_killed_are_dead(text: str, figure: str, category: str) -> None:
    assert claim_at(text, figure).category == category


def test_an_armed_group_s_members_hold_no_children() -> None:
    text = ("Lebanon's health ministry said an Israeli strike killed 12 people, correcting its earlier toll "
            "of 13. The dead included 4 children and 5 women, the ministry said. The Israeli military "
            "said it had killed 3 Hezbollah members.")
    assert ("killed-breakdown", "error") not in failed(text)


def test_it_received_names_the_morgue_of_the_sentence_before() -> None:
    text = ("The Guayaquil forensic centre has finished the autopsies. It received 12 bodies. The rights "
            "group Colectivo Ceibos puts the number of dead at 14.")
    assert claim_at(text, "12 bodies").attribution == "The Guayaquil forensic centre"
    assert not any(severity == "error" for _, severity in failed(text))


def test_a_live_page_stamped_in_brasilia_time_orders_its_posts() -> None:
    text = ("date 2026-08-20\nsource The Guardian (live blog)\ntitle Rio raid live\n\n"
            "11.15 BRT\nThe military police have given their first death toll: 11 suspects killed.\n\n"
            "13.30 BRT\nThe military police say the death toll has risen to 18, including a member of the "
            "Bope who was shot near the Serra da Misericórdia.\n\n"
            "16.20 BRT\nMilitary police spokesperson Colonel Renato Lobão said 16 people had been killed.\n")
    assert [c.text for c in checker.extract(text) if "." in c.text] == []
    assert claim_at(text, "11 suspects").category == "killed"
    assert claim_at(text, "18").scope.place is None
    assert ("toll-does-not-fall", "warning") in failed(text)


def test_suspects_named_or_charged_are_no_toll() -> None:
    assert claim_at("Police have named 11 suspects over Saturday's deadly violence.",
                    "11 suspects").category == "other"
    assert claim_at("Police charged 12 people over the deadly clashes.", "12 people").category == "other"


def test_a_live_page_s_recap_of_today_is_told_at_its_post_s_time() -> None:
    text = ("date 2026-09-15\nsource Nation (live)\ntitle Protests live\n\n"
            "6:50pm\nTo recap: the rights commission says seven people have been killed in today's "
            "protests.\n\n4:10pm\nToll rises to nine. The rights commission says two more people have "
            "been shot dead.\n")
    assert claim_at(text, "seven people").scope.time == "18:50"
    assert ("toll-does-not-fall", "warning") in failed(text)


def test_a_war_s_toll_and_another_crush_are_background() -> None:
    text = ("A drone strike on a community kitchen killed 31 people, volunteers said. The war has killed "
            "tens of thousands of people. A smaller crush at the same gate on June 28 injured 14 people.")
    assert claim_at(text, "tens of thousands").role == "background"
    assert claim_at(text, "14 people").role == "background"
    assert not any(severity == "error" for _, severity in failed(text))


def test_the_injured_still_with_us_are_those_left_of_the_injured() -> None:
    text = ("He recalled that 12 persons were confirmed dead on Saturday, while 38 others were injured. "
            "Of the 36 injured persons still with us, 21 have been treated and discharged.")
    assert claim_at(text, "36 injured persons").role == "subset"
    assert not any(rule == "injured-consistent" for rule, _ in failed(text))


def test_the_injured_flown_to_a_medical_college_or_a_trauma_centre_are_parts_of_the_injured() -> None:
    text = ("Twenty-four people were injured. Of them, 11 were taken to Dhading District Hospital, nine "
            "were airlifted to Chitwan Medical College and three were flown to the National Trauma Center.")
    for figure, place in (("nine", "Chitwan Medical College"), ("three", "National Trauma Center")):
        claim = claim_at(text, figure)
        assert (claim.category, claim.role, claim.scope.place) == ("injured", "subset", place)


def test_an_update_told_at_a_clock_on_the_day_before_precedes_today_s() -> None:
    text = ("date 2026-08-18\nsource Lianyungang Haiyi New Materials Co., Ltd.\n\nAs of 18:00 on August 18, "
            "the accident has caused 5 deaths and 21 injuries. The Company's announcement issued at 23:00 "
            "on August 17 reported 3 deaths and 23 injuries; 2 of the injured employees died in hospital.")
    assert claim_at(text, "5 deaths").role == "total"
    assert claim_at(text, "3 deaths").role == "background"
    assert not [rule for rule, _ in failed(text) if rule in ("toll-does-not-fall", "injured-consistent")]


def test_a_prefecture_s_own_toll_is_its_own_source_s() -> None:
    text = ("Eight people have died in the two prefectures, according to the Fire and Disaster Management "
            "Agency's tally. The Kumamoto Prefectural Government puts its own toll at seven.")
    assert claim_at(text, "seven").attribution == "The Kumamoto Prefectural Government"
    assert ("killed-consistent", "error") not in failed(text)


def test_six_of_the_eight_are_parts_of_the_eight_only() -> None:
    text = ("In Yamagata Prefecture, three people have died. The deaths in the two prefectures now total "
            "eight. NHK has learned that six of the eight were aged 65 or older.")
    assert ("killed-breakdown", "error") not in failed(text)


def test_a_province_s_toll_holds_its_counties_told_one_by_one() -> None:
    text = ("The rain has left 14 people dead in South Gyeongsang Province, the provincial government said. "
            "Sancheong accounted for eight of the deaths, Hapcheon three, Uiryeong two and Miryang two.")
    assert claim_at(text, "eight of the deaths").scope.place == "Sancheong"
    assert ("killed-breakdown", "error") in failed(text)


def test_parts_said_to_overlap_and_another_clause_s_count_are_no_excess() -> None:
    both = ("23 personnel sustained injuries, of whom nine suffered burns and 17 were treated for smoke "
            "inhalation; some personnel were treated for both.")
    assert ("injured-breakdown", "error") not in failed(both)
    others = ("Turkish drone strikes killed 33 people, 14 of them civilians, while ISIS cells killed 25 "
              "others, including 15 civilians.")
    assert ("killed-breakdown", "error") not in failed(others)


def test_people_who_took_part_in_the_funerals_are_no_toll_and_accents_fold() -> None:
    text = ("Thousands of people took part on Thursday in the funerals of the civilians killed by a drone "
            "strike near Kobani.")
    assert claim_at(text, "Thousands of people").category == "other"
    assert (normalise("Kobanê"), normalise("the Zambézia province")) == ("kobane", "zambezia province")


def test_a_group_s_injured_after_everyone_s_injuries_is_no_fall() -> None:
    first = _report("2026-02-18T11:00", "Kenya National Commission on Human Rights",
                    "The commission has recorded 96 injuries since Tuesday.")
    later = _report("2026-02-18T19:40", "East Africa Wire",
                    "The Interior Cabinet Secretary said 54 officers had been injured since Tuesday.")
    assert not [f for f in checker.check([first, later]).failed if f.rule == "injured-does-not-fall"]


@pytest.mark.parametrize(("text", "figure"), [
    ("Two bodies were found. The two bodies were those of guests who had been among the six people the "
     "authorities were unable to reach.", "two bodies were"),
    ("Two patients died overnight. The two, a 62-year-old woman and her son, had been in a serious "
     "condition.", "two, a"),
])
def test_the_n_told_before_is_a_part(text: str, figure: str) -> None:
    assert claim_at(text, figure).role == "subset"


def test_background_two_winters_ago_and_a_country_hardest_hit() -> None:
    text = ("The number killed rose to 11 on Tuesday. Two winters ago, avalanches on the same stretch of "
            "road killed 19 people over three days.")
    assert claim_at(text, "19 people").role == "background"
    alps = ("At least 11 people were killed in avalanches across the Alps over the weekend. Austria was "
            "hardest hit, with five deaths, police said.")
    assert claim_at(alps, "five deaths").scope.place == "Austria"
    assert ("killed-consistent", "error") not in failed(alps)


def test_a_list_after_a_colon_itemises_the_part_before_it() -> None:
    text = ("Since January 9, a total of 17 people have died in cold-related incidents. Of them, 14 died due "
            "to the cold wave in the Tarai: four in Saptari, three in Siraha, three in Dhanusha, two in "
            "Mahottari and two in Rautahat.")
    assert ("killed-breakdown", "error") not in failed(text)


def test_the_dead_of_them_on_ventilators_are_still_the_dead() -> None:
    text = "All six deceased were ICU patients, and four of them were on ventilators."
    assert claim_at(text, "four").category == "killed"
    injured = "Twelve were killed and 30 injured, four of them in critical condition."
    assert claim_at(injured, "four").category == "injured"


def test_a_toll_brought_from_one_level_to_another_and_a_toll_free_line() -> None:
    text = ("Three more bodies were recovered on Sunday, bringing the toll from 14 to 17. Relatives may call "
            "the Army helpline at 1800-180-4133 (toll free).")
    assert [(c.text, c.role) for c in checker.extract(text) if c.category == "killed"] == [
        ("Three more bodies", "increment"), ("14", "background"), ("17", "total")]


def test_the_two_who_later_died_were_told_before() -> None:
    text = ("Two more pupils died in hospital, bringing the total to 16. Apart from the two who later died, "
            "23 have since been discharged.")
    assert claim_at(text, "two who").role == "subset"
    assert ("killed-consistent", "error") not in failed(text)


def test_what_became_of_the_things_of_a_past_tally_is_of_that_tally() -> None:
    text = ("The Israeli military said it intercepted two ballistic missiles overnight and shot down three "
            "drones. According to IDF figures, the Houthis have launched 61 ballistic missiles and 44 "
            "drones at Israel since January 1. Of the missiles, 55 were intercepted.")
    fifty_five = claim_at(text, "55")
    assert (fifty_five.category, fifty_five.role, fifty_five.scope.time) == (
        "missiles_intercepted", "background", "since january 1")
    assert not [f for f in failed(text) if f[1] == "error"]


def test_a_government_that_raised_the_toll_is_its_source() -> None:
    text = ("Guinea's government on Monday raised to 31 the number of people killed in the crush, while a "
            "coalition of rights groups said its own count had reached 47.")
    assert claim_at(text, "31").attribution == "Guinea's government"
    assert ("killed-consistent", "error") not in failed(text)
    assert claim_at("The discovery of two more bodies raised the toll to 31.", "31").attribution is None


def test_a_source_described_by_a_participle_is_still_the_source() -> None:
    text = ("The state health secretariat says 21 people died. A families' association formed last weekend "
            "counts 23, adding two young men who died at home.")
    assert claim_at(text, "23").attribution == "A families' association"
    assert ("killed-consistent", "error") not in failed(text)


def test_a_long_name_is_read_whole() -> None:
    text = ("The Commission for Missing Persons and Victims of Violence (KontraS) said its volunteers had "
            "counted 23 dead.")
    found = claim_at(text, "23 dead")
    assert found.attribution == "The Commission for Missing Persons and Victims of Violence"
    assert (found.role, found.scope.place) == ("total", None)


def test_a_rival_s_count_told_in_the_past_perfect_is_not_the_count_before_a_rise() -> None:
    text = ("The death toll rose to 21 on Sunday after two more victims died in hospital, health "
            "authorities said. KontraS said its volunteers had counted 23 dead.")
    assert not [f for f in failed(text) if f[0] == "toll-does-not-fall"]
    earlier = ("The death toll has risen to 14, local authorities said on Thursday. By 10 p.m. on "
               "Wednesday, the municipal government had confirmed 16 deaths.")
    assert ("toll-does-not-fall", "warning") in failed(earlier)


def test_the_spokesman_of_the_one_military_named_speaks_for_it() -> None:
    text = ("The Israeli military said Iran launched 64 ballistic missiles. Of the missiles, 58 were "
            "intercepted, the military said. Military spokesman Brig. Gen. Yoav Ronen told reporters that "
            "nine missiles had struck built-up areas.")
    assert ("missiles-downed-and-hits-within-ballistic-launched", "error") in failed(text)
    two_sides = ("The Israeli military said 58 missiles were intercepted. The Iranian military said it "
                 "launched 64 missiles. Military spokesman Yoav Ronen said nine missiles struck homes.")
    assert ("missiles-downed-and-hits-within-ballistic-launched", "error") not in failed(two_sides)


def test_people_once_missing_and_found_safe_are_not_missing() -> None:
    text = ("The Red Cross said 15 people were still missing. Three people reported missing had been found "
            "safe at relatives' homes, Kenya Red Cross spokeswoman Faith Njeri said.")
    assert claim_at(text, "Three people").category == "other"  # found safe: never saved from anything
    assert not [f for f in failed(text) if f[1] == "error"]


def test_victims_who_had_died_in_hospital_overnight_are_some_of_the_dead() -> None:
    text = "The head of the health office said five victims had died in hospital overnight."
    assert claim_at(text, "five victims").role == "subset"
    assert claim_at("Five people died in hospital.", "Five people").role == "total"


def test_a_toll_raised_long_after_its_subject_is_still_the_dead() -> None:
    text = ("That raised the death toll from Israel's attacks on Gaza since October 2023 to 56,647, with "
            "134,105 people injured.")
    assert claim_at(text, "56,647").category == "killed"


def test_the_bodies_a_figure_includes_are_part_of_it() -> None:
    text = ("Civil defence teams recovered 14 bodies in Khan Younis, the agency said. The ministry said 61 "
            "Palestinians were killed over the past 24 hours, a figure that includes the 14 bodies.")
    assert [c.role for c in checker.extract(text) if c.value == 14] == ["total", "subset"]
    assert not [f for f in failed(text) if f[1] == "error"]


def test_a_side_that_said_a_lower_count_beside_a_rival_is_no_fall_when_it_rises() -> None:
    earlier = _report("2025-06-17T07:00", "Channels Television",
                      "The correctional service said four people had died. Amnesty International Nigeria "
                      "said on Monday that at least nine inmates were killed.")
    later = _report("2025-06-18T16:30", "Daily Trust",
                    "The death toll now stands at five: four inmates and one warder. Amnesty International "
                    "maintains that at least nine inmates died.")
    assert not [f for f in checker.check([earlier, later]).failed if f.rule == "toll-does-not-fall"]


def test_a_health_ministry_named_by_its_country_or_its_adjective_is_one() -> None:
    text = ("A strike on a residential building in the village of Deir Kifa, in the Tyre district, killed "
            "eight people, Lebanon's Health Ministry said. In a statement, the Lebanese Health Ministry said "
            "the Deir Kifa strike killed seven people.")
    assert claim_at(text, "eight people").scope.place == "Deir Kifa"
    assert claim_at(text, "seven people").scope.place == "Deir Kifa"
    assert ("killed-consistent", "error") in failed(text)


def test_a_town_in_its_district_is_the_town() -> None:
    text = "The strike on a house in Jibchit in the Nabatieh district had killed 12 people, officials said."
    assert claim_at(text, "12 people").scope.place == "Jibchit"


def test_one_country_s_dead_and_injured_are_its_share() -> None:
    text = ("Eight people were killed and 29 injured in the crash. Spain flew home its two dead and seven "
            "injured on Sunday. The flight also brought home six of the French injured.")
    assert claim_at(text, "two dead").role == "subset"
    assert claim_at(text, "six of the French").role == "subset"


def test_a_member_of_the_gang_that_attacked_is_an_attacker() -> None:
    text = ("One suspected member of the gang that attacked a tourist bus on Saturday was killed on Monday. "
            "The toll of Saturday's attack remains at two dead.")
    assert claim_at(text, "One").role == "attackers"
    assert ("killed-consistent", "error") not in failed(text)


def test_a_share_a_figure_makes_up_is_a_part() -> None:
    text = ("Malaga's 11 deaths make up almost a third of the 38 people who have drowned across Andalucia "
            "since June 1.")
    assert claim_at(text, "11 deaths").role == "subset"
    assert ("killed-consistent", "error") not in failed(text)


def test_a_nationality_s_wounded_follow_its_dead() -> None:
    text = ("A car bomb killed at least 14 people and wounded 40. Iraq's Foreign Ministry said eight Iraqi "
            "pilgrims were killed and 15 wounded.")
    assert claim_at(text, "15 wounded").role == "subset"


def test_an_embassy_s_nationals_among_the_injured_are_not_held_to_one_hospital_s_patients() -> None:
    text = ("The governor's office said 31 people had been injured. The hospital said it was treating 14 "
            "patients from the crash. A diplomatic source said 22 British nationals were among the injured.")
    assert not [f for f in failed(text) if f[1] == "error"]


def test_rescuers_searching_for_the_missing_are_not_missing() -> None:
    text = "More than 200 rescuers are involved in the search for the missing man."
    assert claim_at(text, "More than 200 rescuers").category == "other"


def test_a_department_s_doctor_speaks_for_it() -> None:
    text = ("Thirty-one people drowned during the holiday, the Department of Disease Control (DDC) said. "
            "\"These deaths could have been prevented,\" said Dr Pannarat Siriwong of the DDC's Division of "
            "Injury Prevention. Of the 34 drowning victims recorded during the holiday, 12 were children, "
            "she said.")
    assert claim_at(text, "34 drowning victims").category == "killed"
    assert ("killed-consistent", "error") in failed(text)


def test_a_tally_between_two_months_is_background() -> None:
    text = ("date 2026-12-14\nsource Police\n\nSeven people drowned when the boat capsized on Monday. "
            "Between January and November, the Marine Unit recorded 186 drowning deaths on the lakes.")
    assert claim_at(text, "186").role == "background"


def test_people_reported_missing_aboard_are_a_fate_not_everyone_aboard() -> None:
    text = ("One storm-related death has been confirmed. Crews rescued 37 people from flooded homes "
            "overnight. The Coast Guard is searching for two fishermen reported missing aboard a boat.")
    assert not [f for f in failed(text) if f[0] == "outcomes-within-on-board"]


def test_a_road_number_is_no_figure_and_a_state_s_toll_is_its_own() -> None:
    text = "In Maryland, a driver was killed on an icy stretch of U.S. 301 in Charles County."
    assert [c.value for c in checker.extract(text)] == []
    toll = "Virginia's storm death toll rose to three overnight."
    assert claim_at(toll, "three").scope.place == "Virginia"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [("The health ministry said the toll rose to 11. Two security sources told Reuters the toll was 13.",
      "13", "Two security sources"),
     ("A truce held on Thursday, after three days of clashes that a war monitor said had killed at least 52 "
      "people.", "at least 52 people", "a war monitor")],
    ids=["counted-sources", "speaker-of-a-relative-clause"])
def test_speakers_with_a_count_or_in_a_relative_clause(text: str, figure: str, source: str | None) -> None:
    assert claim_at(text, figure).attribution == source


def test_what_a_relative_clause_s_subject_did_is_no_speaker() -> None:
    text = ("A resident who lost relatives in the attack put the death toll above 40, saying several bodies "
            "were still lying in the fields.")
    assert claim_at(text, "several bodies").attribution != "lost relatives"


def test_a_first_tally_put_at_a_level_is_the_level_before() -> None:
    text = ("The death toll from the assault rose to 27 on Sunday, regional health officials said. The "
            "interior ministry's first tally, released before midnight, put the dead at 14. It climbed "
            "through the night.")
    assert claim_at(text, "14").role == "background"
    assert not failed(text)


def test_a_clinical_centre_s_own_statement_counts_its_own_patients() -> None:
    text = ("date 2025-05-18\nsource University Clinical Centre in Gdansk (UCK) statement\n\n"
            "The University Clinical Centre in Gdansk admitted five people injured in Saturday's attack.")
    assert claim_at(text, "five people").scope.place == "University Clinical Centre in Gdansk (UCK) statement"


def test_a_service_s_number_before_a_capitalised_role_is_no_claim() -> None:
    text = ("Rescue 1122 District Emergency Officer Ghulam Mustafa Jatoi told APP that 18 bodies had been "
            "shifted to hospitals and at least 70 people had been injured.")
    assert [c.text for c in checker.extract(text) if "1122" in c.text] == []
    assert claim_at(text, "18 bodies").category == "killed"


def test_a_government_that_acknowledged_a_toll_gives_it() -> None:
    text = ("Five more people died on Tuesday, taking the district administration's count to 16. But the "
            "state government has so far acknowledged only 12 deaths as caused by spurious liquor.")
    assert claim_at(text, "12 deaths").attribution == "the state government"
    assert {severity for _, severity in failed(text)} <= {"info"}
