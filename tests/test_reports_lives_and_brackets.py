"""Round seventy-two's readings: a count "we reported" yesterday, lives at stake, the missing some
of whom were found, a list's bracketed sub-items, and a live page's toll in its headline's place."""

from __future__ import annotations

from pathlib import Path

import pytest

import checker


def _claim(text: str, figure: str) -> checker.Claim:
    return next(c for c in checker.check([text]).claims if c.text == figure)


def _failed(text: str, rule: str = "") -> list[str]:
    return [f"{f.rule}: {f.message}" for f in checker.check([text]).failed if rule in f.rule]


def test_the_count_we_reported_yesterday_is_an_earlier_one() -> None:
    text = ("As of 12:00, the number of people injured in yesterday's attack on Zaporizhzhia has risen to "
            "34, the governor reported. Yesterday evening we reported 29 injured. Five more people sought "
            "help overnight.")
    assert _claim(text, "29 injured").role == "background"
    assert not _failed(text, "injured-consistent")


@pytest.mark.parametrize(("text", "figure"), [
    ('"Fifty-three people on a rubber boat is not a journey, it is a gamble with children\'s lives," the '
     "group said.", "Fifty-three people"),
    ("Rescuers risked their lives to save 40 people.", "40 people"),
])
def test_lives_at_stake_are_no_deaths(text: str, figure: str) -> None:
    assert _claim(text, figure).category == "other"


def test_lives_claimed_are_deaths() -> None:
    assert _claim("The floods claimed the lives of 12 people.", "12 people").category == "killed"


def test_the_missing_some_of_whom_were_found_are_a_count_of_before() -> None:
    text = ("The bodies of four of the nine fishermen who remained missing were recovered near Saint "
            "Martin's Island on 15 May; five are still unaccounted for.")
    assert _claim(text, "nine fishermen").role == "background"
    assert not _failed(text, "missing-consistent")


@pytest.mark.parametrize(("text", "failing"), [
    # the bracket shares out the six; six + three are the nine
    ("The Government has confirmed nine deaths: six in Chattogram district (five on Sandwip and one in "
     "Sitakunda) and three in Noakhali district.", []),
    ("The Government has confirmed nine deaths: six in Chattogram district (five on Sandwip and one in "
     "Sitakunda) and four in Noakhali district.",
     ['killed-breakdown: the parts "six" + "four" = 10 add up to more than killed "nine deaths"',
      'items-add-up: the items "six" + "four" = 10 do not add up to "nine deaths"']),
    # a bracket that holds an item's own figure is no sub-list
    ("The floods killed 17 people: Peshawar (9), Swat (5) and Dir (2), the authority said.",
     ['items-add-up: the items "9" + "5" + "2" = 16 do not add up to "17 people"']),
])
def test_a_list_s_bracketed_sub_items_share_out_their_item(text: str, failing: list[str]) -> None:
    assert [m for m in _failed(text) if "add up" in m] == failing


def test_a_live_page_s_later_toll_in_its_headline_s_place_is_the_whole_toll(tmp_path: Path) -> None:
    page = tmp_path / "live.txt"
    page.write_text(
        "date 2026-09-23\nsource The Guardian\ntitle School shooting: attack on Tampere college – as it "
        "happened\n\n16.45 BST\nPolice say two of the wounded have died in hospital, bringing the number of "
        "people killed to nine.\n\n17.55 BST\nHere is a summary of today's events:\n- Eight people were "
        "killed when a gunman opened fire at a vocational college in Tampere, police said.\n",
        encoding="utf-8")
    assert [f.message for f in checker.check([page]).failed if f.rule == "toll-does-not-fall"] == [
        'Killed fell from "nine" in the 16:45 update to "Eight people" in the 17:55 update']
