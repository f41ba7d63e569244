"""Readings of situation reports (a country per capitalised heading, labels in one line), of the
fates of the people something befell told after them, and of who gives a count "provided on
Friday by" a body."""

from __future__ import annotations

import pytest

import checker
from tests.reading import claim_at, failed

SITREP = """date 2026-10-31
source Disaster agency situation report

OVERVIEW
National authorities report a combined 49 deaths.

JAMAICA (source: ODPEM)
- Deaths: 16, up from 14 in Situation Report #4.
- Shelters: 3,940 persons in 96 shelters.

HAITI (source: Civil Protection General Directorate, DGPC)
- Deaths: 27; missing: 12; injured: 64.

CUBA
- Deaths: 6.

TURKS AND CAICOS ISLANDS
- No deaths. Two minor injuries reported.
"""


def test_labels_in_one_line_each_count_their_own() -> None:
    assert [(claim_at(SITREP, f": {n}").category, claim_at(SITREP, f": {n}").role)
            for n in ("27", "12", "64")] == [("killed", "total"), ("missing", "total"), ("injured", "total")]


@pytest.mark.parametrize(("figure", "place"), [("Deaths: 16", "Jamaica"), ("Deaths: 27", "Haiti"),
                                               ("Deaths: 6.", "Cuba"),
                                               ("Two minor injuries", "Turks and Caicos Islands")])
def test_a_capitalised_country_heading_places_its_section(figure: str, place: str) -> None:
    assert claim_at(SITREP, figure).scope.place == place


def test_a_situation_report_s_lines_are_no_places() -> None:
    assert claim_at(SITREP, "3,940 persons").scope.place != "Shelters"
    assert claim_at(SITREP, "14 in").scope.place != "Situation Report"
    assert not failed(SITREP)


@pytest.mark.parametrize(("text", "fails"), [
    ("Hurricane-force winds extend outward up to 45 miles (75 km) from the center.", False),
    ("The quake struck at a depth of 50 kilometers (19 miles).", True),
    ("The fire has burned 25 miles (40 km) of coastline.", False),
])
def test_a_conversion_rounded_to_five(text: str, fails: bool) -> None:
    assert (("conversion-agrees", "error") in failed(text)) is fails


@pytest.mark.parametrize("sentence", [
    "Report any emergency to telephone number 1566, which is free.",
    "For news of missing relatives, call the agency at 1566 or go to the information desk.",
])
def test_a_short_phone_number_is_no_count(sentence: str) -> None:
    text = f"{sentence} Eighteen people are still missing."
    assert [c.text for c in checker.extract(text)] == ["Eighteen people"]


def test_a_part_of_the_people_it_names_is_held_to_them_alone() -> None:
    text = ("Police freed 19 hostages on Thursday. \"With the nine released on Tuesday night, 28 of the 42 "
            "people taken from the bus have now been freed,\" the spokesman said.")
    assert not failed(text)


FATES = ("Of the 58 climbers who had registered to climb the volcano, 44 were brought down alive, 14 died "
         "and one remains missing, according to the rescue agency.")


def test_the_fates_of_the_people_they_name_first_account_for_them() -> None:
    assert claim_at(FATES, "one remains").category == "missing"
    assert ("outcomes-within-on-board", "error") in failed(FATES)
    assert not failed(FATES.replace("44 were", "43 were"))


def test_remains_after_one_is_the_verb() -> None:
    assert claim_at("Two remain trapped and one remains in hospital.", "one").entity is None
    assert claim_at("Rescuers recovered 14 remains from the river.", "14 remains").entity == "remains"


COACH = ("The coach left the bus station at 6 a.m. with 63 passengers on board, the company said. It was "
         "stopped about 25 kilometres from the town by armed men. Of the passengers, 41 were killed, 17 were "
         "wounded and eight are still missing, the governorate said.")


def test_the_fates_of_the_people_named_again_by_their_noun() -> None:
    assert ("outcomes-within-on-board", "error") in failed(COACH)
    assert not failed(COACH.replace("17 were", "14 were"))


@pytest.mark.parametrize("sentence", [
    # a running total, not a fate of these
    "Of the six people believed trapped, three were found dead and two were pulled out alive, bringing "
    "the number rescued to 18.",
    # the 27 told again, item by item
    "Of the 30 people reported missing, 27 had been found: 25 alive and two among the dead.",
])
def test_a_new_total_or_an_itemised_one_is_no_more_fates(sentence: str) -> None:
    assert ("outcomes-within-on-board", "error") not in failed(sentence)


def test_members_of_a_body_are_no_place() -> None:
    text = ("A security report counts 52 dead among the base's defenders: 31 soldiers and 25 members of the "
            "Volunteers for the Defence of the Homeland (VDP).")
    assert claim_at(text, "25 members").scope.place != "Volunteers"
    assert ("killed-breakdown", "error") in failed(text)
    assert not failed(text.replace("25 members", "21 members"))


def test_a_faith_is_no_place() -> None:
    text = ("Speaking in front of the Catholic parish, he said the 13 civilians killed in the night had been "
            "buried.")
    assert claim_at(text, "13 civilians").scope.place != "Catholic"


def test_victims_buried_in_a_common_grave_are_the_dead() -> None:
    text = "The town hall said the 28 victims had been buried in a common grave on Thursday."
    claim = claim_at(text, "28 victims")
    assert (claim.category, claim.attribution) == ("killed", "The town hall")


def test_a_toll_provided_on_a_day_by_a_body_is_the_body_s() -> None:
    text = ("According to a toll provided on Friday by the Pissila town hall, 23 villagers were killed and "
            "12 others wounded, the latter having been evacuated to the regional hospital in Kaya.")
    claim = claim_at(text, "23 villagers")
    assert claim.attribution == "the Pissila town hall"
    assert claim.scope.place != "Kaya"


def test_a_statement_of_an_earlier_day_is_its_own_count() -> None:
    text = ("date 2026-06-09\nsource Iran Human Rights\n\nIran Human Rights has verified the deaths of at "
            "least 31 protesters since 28 May. In our statement of 3 June we reported 24 deaths. Since then "
            "we have confirmed seven further cases.")
    report = checker.check([text])
    earlier = next(c for c in report.claims if c.text == "24 deaths")
    assert (earlier.role, earlier.attribution) == ("background", "Iran Human Rights")
    assert not report.failed


SHARE = ("Crews have restored power to 198,000 of the approximately 294,000 customers who lost service when "
         "the hurricane moved through on Monday night, or {pct}.")


@pytest.mark.parametrize(("pct", "fails"), [("76%", True), ("67%", False)])
def test_a_share_after_a_clause_about_its_whole(pct: str, fails: bool) -> None:
    assert (("share-matches-figures", "error") in failed(SHARE.format(pct=pct))) is fails


def test_the_victims_a_source_lists_are_the_toll_told_before() -> None:
    text = ("Bandits abducted 62 residents of the village during an attack on Monday night, the council "
            "chairman said. He told reporters by telephone that the victims were 38 women, 17 children and 9 "
            "men, most of them taken from their homes.")
    assert claim_at(text, "38 women").category == "abducted"
    assert ("abducted-breakdown", "error") in failed(text)
    assert not failed(text.replace("9 men", "7 men"))


def test_a_word_after_a_later_figure_is_that_figure_s() -> None:
    text = ("An explosion killed two crew members and injured five. Twenty-two seafarers were taken off the "
            "ship by launches, the company said, among them the five injured.")
    assert claim_at(text, "Twenty-two seafarers").category == "other"
    assert not failed(text)


def test_children_under_an_age_are_who_not_how_many() -> None:
    text = "Children under 15 accounted for 11,150 hospitalised cases and 41 deaths."
    assert "under 15" not in [c.text for c in checker.extract(text)]


LIVE = """date 2026-05-20
source The Guardian (live)

15.40 BST
Summary of the day so far

Jets struck the port of Hodeidah overnight. The health ministry says {later} people were killed there.

12.45 BST
A ministry spokesperson said 21 people are now confirmed dead in the overnight strikes on Hodeidah.

09.10 BST
The health ministry said 16 people were killed in overnight strikes on Hodeidah.
"""


@pytest.mark.parametrize(("later", "falls"), [("18", True), ("23", False)])
def test_a_live_page_s_posts_order_what_they_tell_of_the_night(later: str, falls: bool) -> None:
    assert (("toll-does-not-fall", "warning") in failed(LIVE.format(later=later))) is falls


def test_where_the_added_bodies_were_found_is_not_the_toll_s_place() -> None:
    text = ("The death toll has risen to 19 after rescuers retrieved five more bodies from a collapsed "
            "public market in Dolores, the provincial office says.")
    assert claim_at(text, "19").scope.place is None
    assert claim_at(text, "five more bodies").scope.place == "Dolores"


def test_a_figure_written_twice_digits_first_is_one() -> None:
    text = ("As per the information received so far, 5 (five) persons have lost their lives and 9 (nine) "
            "persons sustained injuries, the police said.")
    assert [(c.text, c.category, c.role) for c in checker.extract(text)] == [
        ("5 (five) persons", "killed", "total"), ("9 (nine) persons", "injured", "total")]
    assert not failed(text)


def test_a_later_clause_s_own_subject_says_what_it_counts() -> None:
    text = ("The death toll in Kyiv has risen to six, the mayor says, and the number of injured has climbed "
            "to 29, among them two children.")
    assert claim_at(text, "29").category == "injured"


def test_a_group_by_sex_that_holds_the_young_overlaps_the_children() -> None:
    text = ("Airstrikes and shelling killed 47 civilians during the week. Of those killed, 29 were women or "
            "girls and 26 were children.")
    assert not failed(text)
    assert ("killed-breakdown", "error") in failed(text.replace("women or girls", "women"))


def test_a_bulleted_month_is_another_month_s_tally() -> None:
    text = ("Nine people were killed at a family party on Saturday, officials said.\n\n"
            "- In February, eight people were shot dead at a wake in the same part of the city.")
    assert claim_at(text, "eight people").role == "background"
    assert not failed(text)


def test_the_coasts_of_two_places_are_both() -> None:
    text = ("The bodies of 23 migrants were recovered during the week along the coasts of Sfax and Mahdia, "
            "17 of them in the Sfax region.")
    assert claim_at(text, "23 migrants").scope.place == "Sfax and Mahdia"
    assert not failed(text)


def test_the_fates_told_with_the_people_are_theirs() -> None:
    text = ("The bodies of 23 migrants were recovered during the week, 17 of them in the Sfax region. A boat "
            "carrying 35 people sank on Wednesday night; 29 passengers were rescued and the bodies of the "
            "six others washed ashore.")
    assert ("outcomes-within-on-board", "warning") not in failed(text)


def test_boats_are_no_people() -> None:
    text = "Its vessels had rescued 64 people from two overloaded dinghies off the coast on Sunday."
    assert claim_at(text, "two overloaded dinghies").category == "other"
    assert not failed(text)


def test_some_who_died_along_with_others_are_part_of_the_toll() -> None:
    text = ("The death toll has risen to eight. Six of the 14 people in the minibus taxi have now died, "
            "along with the tanker driver and a woman.")
    assert claim_at(text, "Six").role == "subset"
    assert not failed(text)


def test_the_fates_of_the_admitted_are_no_toll() -> None:
    text = ("The toll rose to four on Wednesday evening. Hospital authorities said 49 people had been "
            "admitted since the leak. By evening 17 had been discharged, two had died and 30 remained in "
            "hospital.")
    assert not failed(text)


def test_the_other_deceased_are_besides_the_one_just_named() -> None:
    text = ("The death toll has risen to three. A 24-year-old worker died at 10:20 a.m. The two other "
            "deceased were workers of the night shift.")
    assert not failed(text)


@pytest.mark.parametrize(("madinah", "fails"), [("2", True), ("3", False)])
def test_a_list_of_the_dead_by_place(madinah: str, fails: bool) -> None:
    text = ("Thirty-five pilgrims have died, the ministry said. The ministry's list of the 35 dead, seen by "
            f"The Ledger, shows 15 deaths in Mina, 11 at Arafat, 6 in Makkah and {madinah} in Madinah.")
    assert (("killed-breakdown", "error") in failed(text)) is fails


def test_the_last_of_a_toll_told_after_it() -> None:
    text = ("Five people have died as a result of the chlorine leak at a chemical plant in Apodaca, the "
            "state Health Secretariat said on Tuesday night, after two residents of Pueblo Nuevo died in "
            "hospital.")
    assert claim_at(text, "two residents").role == "subset"
    assert not failed(text)


@pytest.mark.parametrize(("clinics", "fails"), [("four", True), ("six", False)])
def test_a_count_in_all_then_its_places(clinics: str, fails: bool) -> None:
    text = ("A police surgeon said 38 people had been taken to hospitals in all: 21 to JPMC, 11 to the "
            f"Indus Hospital in Korangi and {clinics} to private clinics in Landhi.")
    assert claim_at(text, "38 people").role == "total"
    assert (("items-add-up", "error") in failed(text)) is fails


def test_years_between_which_a_goal_runs_are_years() -> None:
    text = ("The bloc has pledged to halve road deaths between 2019, when 22,700 people died, and 2030, a "
            "commission spokeswoman said.")
    assert "2019" not in [c.text for c in checker.extract(text)]


@pytest.mark.parametrize(("text", "figure"), [
    ("The fatality rate dropped to 1.14 deaths per 100 million vehicle miles traveled.", "1.14"),
    ("About 66 people die on our roads every day, the commissioner said.", "About 66"),
])
def test_a_rate_is_no_toll(text: str, figure: str) -> None:
    assert claim_at(text, figure).unit.startswith("1/")
    assert not failed(f"Road crashes killed 24,118 people last year. {text}")


@pytest.mark.parametrize(("sentence", "figure"), [
    ("The October-to-December quarter, with 9,180 deaths, was the 15th in a row to show a decline.", "9,180"),
    ("The district's toll for the year now stands at 19.", "19"),
    ("Over the Christmas and New Year enforcement period, which began on 1 December, seven people have "
     "died on the roads.", "seven people"),
])
def test_a_quarter_s_a_year_s_or_a_campaign_s_tally_is_its_own(sentence: str, figure: str) -> None:
    text = f"The toll in Saturday's attacks has risen to three, officials said. {sentence}"
    assert claim_at(text, figure).role == "background"
    assert not failed(text)


def test_animals_deaths_are_no_toll_of_people() -> None:
    text = "Seven people were killed by elephants this year. Odisha recorded 92 elephant deaths last year."
    assert claim_at(text, "92 elephant deaths").category == "other"
    assert not failed(text)


def test_a_group_s_deaths_are_its_share() -> None:
    text = ("Some 19,400 people died on the bloc's roads last year. Cyclist deaths, at about 2,000, have "
            "barely moved in a decade.")
    assert claim_at(text, "about 2,000").role == "subset"
    assert not failed(text)


def test_a_wedding_guest_s_age_is_no_count() -> None:
    text = "Of the 58 people injured, 33 remain in hospital. The groom, 26, is still being treated."
    assert "26" not in [c.text for c in checker.extract(text)]


def test_those_who_remain_admitted_are_injured() -> None:
    text = ("The number of deceased has risen to 12. Of the 32 people injured, one has died, 19 remain "
            "admitted and 12 have been discharged.")
    assert claim_at(text, "19 remain").category == "injured"
    assert not failed(text)


def test_a_landline_s_area_code_and_number_are_no_counts() -> None:
    text = "Report bird deaths to the district control room on 0477 2252636 or to the nearest vet. Five died."
    assert [c.text for c in checker.extract(text)] == ["Five died"]


def test_children_of_an_age_vaccinated_are_who_not_how_many() -> None:
    text = ("Health workers have vaccinated 71,420 children under 15 in and around the camps, about 73 per "
            "cent of the target of 98,000.")
    assert "under 15" not in [c.text for c in checker.extract(text)]
    assert not failed(text)


def test_cases_told_with_deaths_are_no_part_of_the_dead() -> None:
    text = ("During the past 24 hours, 118 new cases and 4 deaths were recorded, distributed as follows: "
            "Kassala state 61 cases and 2 deaths, Gedaref state 39 cases and one death, and White Nile state "
            "18 cases with one death.")
    assert claim_at(text, "18 cases").category == "other"
    assert not failed(text)


def test_injury_cases_are_parts_of_the_injuries() -> None:
    text = ("In Nablus, PRCS teams dealt with 41 injuries: 12 from live ammunition, 9 from rubber-coated "
            "metal bullets, 17 cases of tear gas inhalation and 3 people who were beaten.")
    assert not failed(text)


def test_officials_who_continue_to_say_are_the_source() -> None:
    text = "Officials continue to say three drones were launched at the base and two were shot down."
    assert claim_at(text, "three drones").attribution == "Officials"


def test_one_among_the_figure_told_before_is_no_new_count() -> None:
    text = ("More than 20 people were injured. Fresnillo General Hospital is treating 12 of them, while "
            "nine were taken to a hospital in Zacatecas city. The driver of the lorry, who was pulled from "
            "his cab with burns, is among the nine.")
    assert not failed(text)


def test_people_on_the_bus_are_aboard() -> None:
    text = ("Prosecutors said 44 people were on the bus, which was carrying two drivers. At least 21 people "
            "were killed.")
    assert ("outcomes-within-on-board", "warning") not in failed(text)


def test_a_toll_revised_in_its_own_sentence_is_replaced() -> None:
    text = ("The provisional toll communicated this morning, 14 dead and 49 injured, was revised at 3 p.m. "
            "to 16 dead, after two of the seriously injured died.")
    assert claim_at(text, "14 dead").role == "background"
    assert not failed(text)


def test_all_accounted_for_are_no_toll() -> None:
    text = ("The recovery brought the death toll to seven. All 14 residents who were in the houses have now "
            "been accounted for: seven died and seven survived.")
    assert claim_at(text, "14 residents").category == "other"
    assert not failed(text)


def test_a_span_of_days_is_its_own_period() -> None:
    text = ("According to the Ministry of Health, 38 Palestinians were killed and 112 injured between noon "
            "on 13 July and noon on 14 July. Between 1 and 14 July, the ministry reported 402 fatalities and "
            "1,318 injuries.")
    assert claim_at(text, "402 fatalities").role == "background"
    assert not failed(text)


def test_those_on_ventilators_are_some_of_the_injured() -> None:
    text = ("More than 40 people were injured. Twenty-three were taken to the burn institute in Dhaka, where "
            "a doctor said eight were on ventilators.")
    assert claim_at(text, "eight").role == "subset"
    assert not failed(text)


def test_what_a_figure_included_is_its_part() -> None:
    text = ("\"Our figure of 12 on Tuesday included the two bodies found by fishermen,\" she said. The coast "
            "guard put the toll at 12.")
    assert claim_at(text, "two bodies").role == "subset"
    assert not failed(text)


def test_seasons_ago_is_another_event() -> None:
    text = ("Nine people have died in the storm. The last medicane to reach Sicily, two autumns ago, killed "
            "two people.")
    assert claim_at(text, "two people").role == "background"
    assert not failed(text)


def test_reports_debunked_are_no_claim_of_fact() -> None:
    text = ("Sadly, seven (7) persons lost their lives. The Command wishes to debunk reports circulating on "
            "social media that over 30 persons died in the incident.")
    assert claim_at(text, "over 30 persons").negated
    assert not failed(text)


def test_those_being_treated_at_a_hospital_are_some_of_the_injured() -> None:
    text = ("Five people have been injured, the CDO said. Three are being treated at the district hospital "
            "in Chautara, while two were airlifted to Kathmandu.")
    assert claim_at(text, "Three").role == "subset"
    assert not failed(text)
