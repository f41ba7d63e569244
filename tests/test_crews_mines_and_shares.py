"""Readings of round sixty-seven: a crew's fates told "Of those," in the next sentence, kin among the
dead, a count as it stood "By late Saturday", miners at a depth, one region's share of the drones
downed, a span told night by night, what is left of the missing, all the injured shared out among
hospitals, and a total held to its own parts."""

from __future__ import annotations

import pytest

import checker
from tests.reading import claim_at, failed


def test_a_crew_s_fates_told_of_those_in_the_next_sentence_are_everyone_s() -> None:
    text = ("The vessel had 21 crew on board. Of those, 17 were evacuated unharmed to shore, two were taken "
            "to hospital with burns and three remain missing, the governor said.")
    assert ("outcomes-within-on-board", "error") in failed(text)


def test_kin_are_people_in_a_list_of_the_victims() -> None:
    text = ("Wildfires have killed four people in Sicily since Monday, officials said. The victims were two "
            "elderly sisters, one man who died trying to save his livestock, and two men found in a "
            "burned-out car, officials said.")
    assert claim_at(text, "two elderly sisters").category == "killed"
    assert ("items-add-up", "error") in failed(text)


def test_both_ages_after_aged_are_ages() -> None:
    text = "Five people died. Among the dead are two sisters, aged seven and 10, and a 62-year-old man."
    assert [c.text for c in checker.extract(text)] == ["Five people", "two sisters"]
    assert not failed(text)


def test_a_count_as_it_stood_by_an_hour_before_more_bodies_is_the_toll_s_history() -> None:
    text = ("Eight coal miners were killed on Saturday. By late Saturday, the bodies of six miners had been "
            "retrieved. Two more bodies were recovered early on Sunday, after which the operation ended.")
    assert claim_at(text, "six miners").role == "background"
    assert ("killed-consistent", "error") not in failed(text)


def test_miners_working_at_a_depth_are_everyone_the_blast_befell() -> None:
    text = ("Eight coal miners were killed and five others rescued after methane exploded in the mine. "
            "Twelve miners were working at a depth of about 2,500 feet when the gas exploded, the chief "
            "inspector said.")
    assert ("outcomes-within-on-board", "warning") in failed(text)


@pytest.mark.parametrize("text", [
    "Air defences destroyed 96 drones, 27 of them over the Ryazan region.",
    "Air defences destroyed 96 drones overnight, including 27 over the territory of the Ryazan region.",
])
def test_a_region_s_share_of_the_drones_downed_is_not_the_whole_s_place(text: str) -> None:
    assert claim_at(text, "96").scope.place is None
    assert claim_at(text, "27").scope.place == "Ryazan region"
    assert not failed(text)


def test_another_report_s_whole_is_not_held_to_one_region_s_share() -> None:
    report = ("A total of 96 Ukrainian drones were destroyed over Russian regions overnight, the Ministry of "
              "Defence reported, including 27 over the Ryazan region.")
    other = ("The Russian defence ministry claimed that its air defences had destroyed 96 drones, 27 of them "
             "over the Ryazan region.")
    assert not [f for f in checker.check([report, other]).failed if f.severity == "error"]


def test_a_span_told_night_by_night_is_another_period_s_count() -> None:
    text = ("The Defence Ministry said on Sunday its air defences had shot down 84 drones overnight. It said "
            "its air defences had shot down 211 Ukrainian drones over the weekend: 127 on the night to "
            "Saturday and 84 on the night to Sunday.")
    assert claim_at(text, "211").role == "background"
    assert not failed(text)


def test_those_of_the_missing_still_unaccounted_for_are_some_of_them() -> None:
    text = ("The helpline had received calls about 19 missing passengers by Thursday night, officials said. "
            "Of them, 14 were traced to hospitals, two had been identified among the bodies, and three "
            "were still unaccounted for.")
    assert claim_at(text, "three").role == "subset"
    assert claim_at(text, "14").category == "other"
    assert ("missing-consistent", "error") not in failed(text)


@pytest.mark.parametrize(("hospitals", "severity"), [
    ("41 to Asyut University Hospital, 27 to Manfalut Central Hospital, 18 to Asyut General Hospital and 3 "
     "to Al-Qusiya Central Hospital", "error"),
    ("41 to Asyut University Hospital, 27 to Manfalut Central Hospital, 23 to Asyut General Hospital and 3 "
     "to Al-Qusiya Central Hospital", None),
])
def test_all_the_injured_shared_out_among_hospitals_add_up_to_the_toll(hospitals: str,
                                                                        severity: str | None) -> None:
    text = (f"The number of injured has risen to 94, the ministry said. All the injured were transferred to "
            f"hospitals: {hospitals}.")
    assert claim_at(text, "3 to").category == "injured"
    assert (("items-add-up", severity) in failed(text)) == (severity is not None)


def test_the_injured_referred_elsewhere_are_some_of_the_injured() -> None:
    text = ("Constable Irfanullah, 26, was among the six injured who were referred to Peshawar on Tuesday "
            "evening.")
    assert claim_at(text, "six injured").role == "subset"


def test_the_whole_after_an_including_opening_is_a_total() -> None:
    text = ("Russia's defence ministry said it shot down 74 more drones overnight. Including 39 drones "
            "destroyed during the day on Saturday, the ministry has now reported 271 drones shot down since "
            "Friday night.")
    assert claim_at(text, "39 drones").role == "subset"
    assert claim_at(text, "271 drones").role == "total"


def test_a_total_told_with_its_own_parts_is_held_to_those_only() -> None:
    text = ("Russia launched 426 drones and 28 missiles at Ukraine, the air force said. Air defences shot "
            "down or suppressed 417 of them - 389 drones and 19 missiles - it said. Russia's defence "
            "ministry said its air defences had destroyed 63 Ukrainian drones overnight, 6 of them over the "
            "Moscow region.")
    sums = [f.message for f in checker.check([text]).failed if f.rule == "intercepted-sum"]
    assert len(sums) == 1 and '"389 drones" + "19 missiles"' in sums[0]


def test_a_figure_of_several_regions_at_once_keeps_the_unplaced_total_apart() -> None:
    text = ("As of 08:30, air defense shot down or suppressed 96 enemy drones in the north, south and east "
            "of the country. The Southern Defense Forces reported that 34 drones were destroyed over the "
            "Odesa and Mykolaiv regions.")
    assert not failed(text)


def test_deaths_listed_by_region_after_a_count_of_regions_are_deaths() -> None:
    text = ("Heavy snow has killed 11 people since Thursday, the agency said. The deaths were in four "
            "prefectures: four in Niigata, three in Yamagata, two in Akita and one in Toyama.")
    assert (claim_at(text, "four in").category, claim_at(text, "four in").role) == ("killed", "subset")
    assert ("killed-breakdown", "error") in failed(text)


def test_a_whole_with_no_place_of_its_own_keeps_its_part_by_place() -> None:
    text = ("The ministry said air defences had destroyed 84 drones overnight. It said a further 23 drones "
            "were downed on Sunday, including six over the Nizhny Novgorod region.")
    assert claim_at(text, "23 drones").scope.place is None
    assert claim_at(text, "six").role == "subset"
