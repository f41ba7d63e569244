"""Readings of round sixty-three: a week's or a month's figures beside the biggest night inside it
(weekly and monthly air-war summaries), a month's figures told in several sentences, speakers counted
by a figure ("One community leader said"), and hospital and boat-accident phrasing."""

from __future__ import annotations

import pytest

import checker
from checker.model import Claim
from tests.reading import claim_at, failed


def _article(date: str, body: str) -> str:
    return f"date {date}\nsource Test Wire\n\n{body}"


def _claim_starting(text: str, start: int) -> Claim:
    return next(c for c in checker.extract(text) if c.start == start)


MONTH = ("Russia launched 5,318 long-range drones and 211 missiles at Ukraine in March. Ukrainian air "
         "defences shot down or electronically suppressed 4,870 of the drones and 164 of the missiles. That "
         "left roughly 450 drones and 47 missiles that either hit their targets or fell without causing "
         "damage. The heaviest attack of the month came on the night of March 21-22, when Russia sent 612 "
         "drones and 58 missiles. The air force said 571 drones and 44 missiles were downed that night.")


def test_what_a_month_s_figures_left_is_the_month_s() -> None:
    text = _article("2026-04-01", MONTH)
    assert [claim_at(text, t).role for t in ("roughly 450", "47 missiles")] == ["background"] * 2
    assert [claim_at(text, t).role for t in ("612 drones", "571 drones")] == ["total"] * 2
    assert not [f for f in failed(text) if f[1] in ("error", "warning")]


@pytest.mark.parametrize(("body", "figure"), [
    ("Russia's defence ministry said its air defences had destroyed 1,947 Ukrainian drones during March.",
     "1,947"),
    ("The air force's daily reports give 1,342 drones and 37 missiles between April 6 and April 12.",
     "1,342"),
    ("Russia's Defense Ministry claimed that its forces had shot down 603 Ukrainian drones over the same "
     "week.",
     "603"),
    ("Russian forces attacked the region on five of the last seven nights, sending a total of 236 attack "
     "drones.", "236"),
    ("Russia launched 1,690 drones and 58 missiles at Ukraine in the seven days to Sunday.", "1,690"),
    ("Last Ramadan, five people died in a crush at a flour distribution in Landhi.", "five people"),
    ("Some researchers put annual deaths on the lake at close to 5,000.", "close to 5,000"),
    ("This toll supersedes that of the communique of 16 September, which reported 24 deaths and 22 missing "
     "persons.", "22 missing"),
])
def test_a_week_s_a_month_s_or_an_older_count_is_background(body: str, figure: str) -> None:
    assert claim_at(_article("2026-04-13", body), figure).role == "background"


def test_a_night_s_figures_told_after_it_are_that_night_s() -> None:
    text = _article("2026-05-11", "During the week from 4 to 10 May 2026, the enemy attacked Ukraine with "
                                  "1,142 means of air attack. The most massive attack of the week took place "
                                  "on the night of 7 May, when the enemy launched 397 UAVs and 31 missiles. "
                                  "Air defence neutralised 364 UAVs and 26 missiles that night.")
    assert [claim_at(text, t).role for t in ("397 UAVs", "364 UAVs")] == ["background"] * 2


def test_a_month_s_kinds_and_outcomes_are_the_month_s() -> None:
    text = _article("2026-07-01", "In addition, Russia fired 226 missiles during the month, among them 71 "
                                  "ballistic missiles, the air force said. The largest attack came on the "
                                  "night of June 24 to 25, when Russia sent 802 drones and 47 missiles. Of "
                                  "the 6,130 drones launched in June, the air force said, 5,622 were shot "
                                  "down or suppressed. Of the missiles, 171 were intercepted.")
    assert [claim_at(text, t).role for t in ("71 ballistic", "5,622", "171")] == ["background"] * 3
    assert [claim_at(text, t).role for t in ("802 drones", "47 missiles")] == ["total"] * 2
    assert not [f for f in failed(text) if f[1] in ("error", "warning")]


def test_one_month_s_figures_told_apart_must_agree() -> None:
    text = _article("2026-07-01", "Russia launched 6,310 long-range attack drones against Ukraine in June, a "
                                  "new monthly record, the air force said. The largest attack came on the "
                                  "night of June 24 to 25. Of the 6,130 drones launched in June, the air "
                                  "force said, 5,622 were shot down.")
    found = [f for f in checker.check([text]).failed if f.severity == "error"]
    assert [f.rule for f in found] == ["drones-launched-consistent"]
    assert "one month" in found[0].message


def test_a_month_of_another_year_is_no_rival_of_the_month() -> None:
    text = _article("2026-05-10", "Toronto Public Health says it was notified of 14 deaths of people "
                                  "experiencing homelessness in January. That compares with 11 deaths in "
                                  "January last year.")
    assert not [f for f in failed(text) if f[1] in ("error", "warning")]


def test_the_four_told_before_among_a_week_s_toll_are_its_part() -> None:
    text = ("Four people were killed and 31 injured in the city that night. Across the country, at least 19 "
            "civilians were killed and more than 120 injured during the week, including the four in Kyiv.")
    four = _claim_starting(text, text.index("the four in") + 4)
    assert (four.category, four.role) == ("killed", "subset")


@pytest.mark.parametrize(("text", "figure", "category", "role"), [
    ("Ukraine, Myanmar and Haiti each recorded fewer than 10 deaths over the period.", "fewer than 10",
     "killed", "subset"),
    ('"We lost four patients between Sunday evening and this morning," the director said.', "four patients",
     "killed", "subset"),
    ("Volunteers provided psychological first aid to 140 people, including survivors and the relatives of "
     "those who died or remain missing.", "140 people", "other", "total"),
    ("Air defences shot down 60 drones a night, the spokesman said.", "60 drones", "drones_intercepted",
     "total"),
])
def test_what_a_figure_counts(text: str, figure: str, category: str, role: str) -> None:
    claim = claim_at(text, figure)
    assert (claim.category, claim.role) == (category, role)


def test_a_figure_by_the_night_is_a_rate() -> None:
    assert claim_at('"Sixty drones a night is now a quiet night," he said.', "Sixty drones").unit == "1/night"


def test_the_whole_of_a_year_is_a_year() -> None:
    text = "The toll for the whole of 2025 was 641, the commission says, down from 702 in 2024."
    assert [c.text for c in checker.extract(text)] == ["641", "702"]


def test_a_speaker_counted_is_no_toll() -> None:
    text = ("Two more victims have died in hospital, bringing the number of deaths to 11, the state "
            "government said. The governor said the two, a woman and a teenage girl, died overnight. One "
            "community leader said 14 bodies had been brought back for burial.")
    assert _claim_starting(text, text.index("the two,") + 4).role == "increment"
    assert "One" not in [c.text for c in checker.extract(text)]
    toll = "The central government on Monday put the death toll at 64 and said 17 people were still missing."
    assert claim_at(toll, "64").category == "killed"


def test_a_rival_claim_that_the_toll_is_higher_is_a_dispute() -> None:
    text = ("The death toll from Friday's stampede climbed to 12 on Saturday morning. The ward councillor "
            "has repeated his claim that the toll is higher, saying at least 15 people died.")
    assert claim_at(text, "at least 15").attribution == "The ward councillor"
    assert ("killed-consistent", "error") not in failed(text)


def test_a_night_cannot_outnumber_the_week_that_holds_it() -> None:
    text = _article("2026-06-08", "Russia launched 1,690 drones and 58 missiles at Ukraine in the seven days "
                                  "to Sunday, according to air force figures. The heaviest assault came on "
                                  "Thursday night, when 728 drones and 64 missiles were launched at Kyiv.")
    found = [f for f in checker.check([text]).failed if f.severity == "error"]
    assert [f.rule for f in found] == ["missiles-launched-consistent"]
    assert "over the days that hold it" in found[0].message


@pytest.mark.parametrize("body", [
    # an earlier night of the month, not a span that holds tonight's
    "Russia launched 900 drones at Ukraine overnight. The attack followed a record barrage earlier this "
    "month, when Russia launched 810 drones.",
    # the two sides' drones
    "Ukraine's air force said it downed 900 Russian drones overnight. Russia's ministry said it had shot "
    "down 804 Ukrainian drones this week.",
    # a night within its week
    "Russia launched 1,690 drones at Ukraine in the seven days to Sunday. On Thursday night it launched 728.",
])
def test_a_night_beside_a_span_that_does_not_hold_it_raises_nothing(body: str) -> None:
    assert not [f for f in failed(_article("2026-06-08", body)) if f[1] in ("error", "warning")]
