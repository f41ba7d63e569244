"""Round seventy-six's readings: a war's record night, "during the past night" within a day's tally, a
speaker's title, a source's own place, a list after "A total of N ... :", "across nine regions" told item by
item, a toll raised "after" more died, a minibus's unhurt, bodies from one coach, "Counting the 17-year-old
gunman", "the overnight shift", "a further 14" and a shared unit."""

from __future__ import annotations

from pathlib import Path

import pytest

import checker


def _claim(text: str, figure: str) -> checker.Claim:
    return next(c for c in checker.check([text]).claims if c.text == figure)


def _alarms(text: str) -> list[str]:
    return [f"{f.rule}: {f.message}" for f in checker.check([text]).failed
            if f.severity in ("error", "warning")]


def test_a_war_s_record_night_is_another_night_s() -> None:
    text = ("Ukraine's air force said Russia had attacked Ukraine overnight with 97 drones. The ministry's "
            "largest single-night figure of the war was 412 drones, reported in April.")
    assert _claim(text, "412 drones").role == "background"
    assert not _alarms(text)


def test_a_night_s_count_is_within_the_day_s() -> None:
    text = ("During the past night, air defence assets intercepted and destroyed 96 Ukrainian fixed-wing "
            "unmanned aerial vehicles over the regions of the Russian Federation. Over the past day, air "
            "defence assets shot down 388 fixed-wing unmanned aerial vehicles.")
    assert not _alarms(text)


def test_a_speaker_s_title_names_no_place_of_the_figure() -> None:
    text = ("A strike on Kharkiv injured 11 people, including two children, according to Kharkiv Oblast "
            "Governor Mykola Hrytsenko.")
    assert _claim(text, "two children").scope.place == "Kharkiv"
    assert not _alarms(text)


def test_the_place_in_a_body_s_name_is_the_body_s(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("date 2025-06-14T19:50\nsource SunStar Cebu\ntitle Toll climbs\n\nThe death toll from the "
                 "fire at a videoke bar in Barangay Lahug climbed to 11 on Saturday afternoon, the Bureau of "
                 "Fire Protection said.\n")
    b = tmp_path / "b.txt"
    b.write_text("date 2025-06-15T08:40\nsource Inquirer\ntitle Charges filed\n\nPolice filed charges "
                 "against the owner of a videoke bar in Barangay Lahug. The blaze killed 10 people, "
                 "according to the Bureau of Fire Protection in Central Visayas.\n")
    report = checker.check([a, b])
    assert next(c for c in report.claims if c.text == "10 people").scope.place == "Barangay Lahug"
    assert any(f.rule == "toll-does-not-fall" for f in report.failed)


@pytest.mark.parametrize(("last", "fails"), [("six", True), ("eight", False)])
def test_a_total_opening_a_list_of_hospitals_holds_its_items(last: str, fails: bool) -> None:
    text = (f"A total of 96 persons are undergoing treatment: 41 at the Government Villupuram Medical "
            f"College Hospital, 28 at JIPMER in Puducherry, 19 at the Government Hospital in Tindivanam and "
            f"{last} at a private hospital in Puducherry.")
    assert any(a.startswith("items-add-up") for a in _alarms(text)) is fails


def test_a_list_of_the_nine_regions_is_all_of_them() -> None:
    text = ("Russia said it had downed 162 Ukrainian drones overnight, including dozens over the Moscow "
            "region. The defence ministry said it had destroyed the drones over nine regions: 47 over the "
            "Bryansk region, 36 over the Moscow region, 25 over the Kaluga region, 19 over the Lipetsk "
            "region and 11 over the Tula region, with a further 14 over the Smolensk, Oryol, Kursk and "
            "Belgorod regions combined.")
    assert _claim(text, "162 Ukrainian drones").scope.place != "Moscow region"
    assert any(a.startswith("drones-intercepted-breakdown") and "152" in a for a in _alarms(text))


def test_those_who_raised_the_toll_are_its_increments() -> None:
    text = ("The death toll from the strike on Dnipro has risen to 12, the governor said. The toll rose "
            "after rescue workers recovered one more body from the rubble and two injured people died in the "
            "hospital overnight.")
    assert _claim(text, "two injured people").role == "increment"
    assert not _alarms(text)


def test_the_unhurt_after_an_aside_are_an_outcome() -> None:
    text = ("A drone struck a minibus, killing two passengers. The minibus was carrying 14 people, including "
            "the driver. Nine people were injured. Four people, including the driver, escaped with bruises.")
    assert any(a.startswith("outcomes-within-on-board") for a in _alarms(text))


def test_bodies_from_one_coach_are_some_of_the_toll() -> None:
    text = ("At least 11 people were killed in the collision, the railway said. Firefighters recovered five "
            "bodies from the third overturned coach late in the evening.")
    assert _claim(text, "five bodies").role == "subset"


def test_counting_the_gunman_after_an_aside() -> None:
    text = ("A second student has died, bringing the number of victims killed to three, the coroner said. "
            "Counting the 17-year-old gunman, who shot himself in a hallway, four people died.")
    assert _claim(text, "four people").role == "with_attacker"
    assert not _alarms(text)


def test_the_people_on_the_overnight_shift_are_its_people() -> None:
    text = ("Of the 64 employees working the overnight shift, 52 have been accounted for alive, two have "
            "been confirmed dead and 12 remain missing, the company said.")
    assert _claim(text, "64 employees").role == "total"
    assert any(a.startswith("outcomes-within-on-board") for a in _alarms(text))


def test_four_more_are_an_item_of_the_sum_and_boats_are_not() -> None:
    text = ("Officers rescued 19 people from the lakeside campground overnight and four more from two "
            "capsized boats, 23 in all.")
    assert not _alarms(text)


def test_deaths_confirmed_by_coroners_are_the_coroners() -> None:
    text = ("Divers recovered the body of the boater, bringing the number of deaths confirmed by county "
            "coroners in Kentucky to five. The governor's office puts the state's toll at six.")
    assert _claim(text, "five").attribution == "county coroners"
    assert not [a for a in _alarms(text) if a.startswith("killed-consistent")]


@pytest.mark.parametrize(("text", "figure", "source"), [
    ('"They came to us with 40 patients," said Dr. Elena Garza, an emergency physician.', "40 patients",
     "Dr. Elena Garza"),
])
def test_a_title_s_full_stop_does_not_end_the_speaker(text: str, figure: str, source: str) -> None:
    assert _claim(text, figure).attribution == source


def test_a_figure_sharing_the_next_one_s_unit_counts_no_one() -> None:
    text = "Patients came in with body temperatures of 106, 107 degrees. Seven people died."
    assert _claim(text, "106").category == "other"
