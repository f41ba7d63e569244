"""Round seventy-five's readings: a group shared out down to "the remaining" ones, a hiking group's
fates, the figure a sentence's "Of the N ...," opens with, a hospital's patients, armed groups' claims,
rescued people "trapped", dashes written "--", and what a "father of three" or "none of the 14" is not."""

from __future__ import annotations

import pytest

import checker


def _claim(text: str, figure: str) -> checker.Claim:
    return next(c for c in checker.check([text]).claims if c.text == figure)


def _alarms(text: str) -> list[str]:
    return [f"{f.rule}: {f.message}" for f in checker.check([text]).failed
            if f.severity in ("error", "warning")]


@pytest.mark.parametrize(("rest", "fails"), [(118, True), (123, False)])
def test_a_group_shared_out_to_the_remaining_ones_adds_up(rest: int, fails: bool) -> None:
    text = (f"A total of 214 inmates escaped, the spokesman said. Of the 214 who fled, 91 are back in "
            f"custody, while the remaining {rest} are still at large, he said.")
    alarms = [a for a in _alarms(text) if a.startswith("items-add-up")]
    assert bool(alarms) is fails, alarms


def test_a_hiking_group_s_fates_cannot_outnumber_it() -> None:
    text = ("A flash flood killed at least four members of a guided hiking group and left two others "
            "missing. The group of 14, including two guides, had entered the canyon about an hour before a "
            "thunderstorm broke. Nine hikers were rescued.")
    assert any(a.startswith("outcomes-within-on-board") for a in _alarms(text))


@pytest.mark.parametrize(("last", "fails"), [("10", True), ("7", False)])
def test_the_figure_of_the_opening_holds_its_parts_by_hospital(last: str, fails: bool) -> None:
    text = (f'"Of the 53 injured, 29 were taken to the State Specialist Hospital in Maiduguri, 17 to the '
            f'University of Maiduguri Teaching Hospital, and the remaining {last} were treated at Konduga '
            f'General Hospital," Mr Tijjani told journalists.')
    assert _claim(text, "53 injured").scope.place != "State Specialist Hospital"
    assert any(a.startswith("injured-breakdown") for a in _alarms(text)) is fails


def test_parts_itemised_inside_the_list_are_not_added_twice() -> None:
    text = ("Of the 31 patients, 24 are hospitalised, 17 at Sumedang Regional General Hospital and 7 at "
            "Tanjungsari Community Health Centre, while 7 received outpatient treatment.")
    assert not _alarms(text)


def test_the_dead_were_of_any_kind_when_the_sentence_names_no_place() -> None:
    text = ("The number of people killed in the derailment near Tahta rose to 21 on Saturday, the Health "
            "Ministry said. A spokesman said the dead were 17 passengers, three railway employees and two "
            "farmers who were working in a field beside the track.")
    assert any(a.startswith("killed-breakdown") and "22" in a for a in _alarms(text))


def test_a_hospital_s_patients_who_died_are_some_of_them() -> None:
    text = ('The death toll has risen to 24, a doctor said on Monday. "We received nine patients from '
            'Beledweyne. Two died overnight, and four are still in intensive care," said Dr Fartun Ali '
            'Jimale of the Recep Tayyip Erdogan hospital in Mogadishu.')
    died = _claim(text, "Two died")
    assert died.role == "subset"
    assert died.attribution is not None and died.attribution.startswith("Dr Fartun Ali Jimale")
    assert _claim(text, "24").attribution == "a doctor"
    assert not _alarms(text)


@pytest.mark.parametrize(("text", "figure", "category"), [
    ("As of 8 a.m., 57 trapped people had been rescued, the headquarters said. Seven people are still "
     "missing.", "57", "rescued"),
    ("Rescuers pulled 11 people alive from the wreckage of two overturned coaches.",
     "two overturned coaches", "other"),
    ("Provided medical treatment to 14 people, none of whom were hurt by the missile.", "14 people", "other"),
    ("She said none of the train's 14 crew members was among the dead.", "14 crew members", "other"),
    ("None of the four ballistic missiles fired at the city was intercepted.", "four ballistic missiles",
     "missiles_launched"),
])
def test_what_a_figure_counts(text: str, figure: str, category: str) -> None:
    assert _claim(text, figure).category == category


def test_a_parent_of_three_counts_no_dead() -> None:
    text = ("The toll of the bus accident rose to eight dead on Sunday. The victims are four French "
            "nationals, two Spaniards, a Belgian and the Moroccan driver of the bus, a 52-year-old father "
            "of three from Marrakech.")
    assert _claim(text, "three").category == "other"
    assert not _alarms(text)


def test_a_double_hyphen_opens_an_aside() -> None:
    text = ("Of the 509 aerial weapons launched -- 468 drones and 41 missiles -- air defences downed or "
            "jammed 467, the air force said.")
    assert _claim(text, "41 missiles").category == "missiles_launched"
    assert _claim(text, "467").category == "intercepted"


def test_items_in_a_dash_aside_after_a_number_word_are_the_part_s() -> None:
    text = ("Eleven people were injured. Six of them are still in hospital -- four in Lozova central "
            "district hospital and two in Kharkiv, the head doctor said.")
    assert [(_claim(text, f).category, _claim(text, f).role) for f in ("four", "two")] == [
        ("injured", "subset"), ("injured", "subset")]
    assert not _alarms(text)


def test_a_research_centre_s_longer_tally_leaves_the_report_s_toll_its_own(tmp_path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("date 2025-11-10T21:00\nsource The Express Tribune\ntitle Toll rises\n\nThe death toll from "
                 "the bombing at a rally in Dera Ismail Khan rose to 32 on Monday, the Khyber Pakhtunkhwa "
                 "health department said.\n")
    b = tmp_path / "b.txt"
    b.write_text("date 2025-11-11T13:15\nsource Al Jazeera\ntitle Attack\n\nThe attack in Paharpur killed 29 "
                 "people, according to the Khyber Pakhtunkhwa health department. More than 900 people have "
                 "been killed in attacks in Khyber Pakhtunkhwa since January, according to the "
                 "Islamabad-based Center for Research and Security Studies.\n")
    failed = checker.check([a, b]).failed
    assert any(f.rule == "toll-does-not-fall" for f in failed), [(f.rule, f.message) for f in failed]
