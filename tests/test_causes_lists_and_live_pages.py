"""Readings of round sixty-five: a cause's or a place's share of a period's toll ("the leading cause ...,
killing four workers", "the leading location, with 31 deaths", "Rivers and beaches alone took 57 lives"),
place names with small words in a factbox list, animals in a factbox, and another year's figures named
again on a live page."""

from __future__ import annotations

import pytest

from tests.reading import claim_at, failed


@pytest.mark.parametrize(("text", "figure"), [
    ("Eleven workers died on the job between April and June. Transportation incidents were the leading cause "
     "in the spring quarter, killing four workers.", "four workers"),
    ("The toll recorded 104 drowning deaths. Rivers, creeks and streams were again the leading location, "
     "with 31 deaths, followed by beaches (26), swimming pools (11) and lakes and dams (9).", "31 deaths"),
    ('"Rivers and beaches alone took 57 lives this summer," said the research manager.', "57 lives"),
])
def test_a_cause_s_or_a_place_s_share_of_the_toll_is_a_part(text: str, figure: str) -> None:
    assert claim_at(text, figure).role == "subset"
    assert not [f for f in failed(text) if f[1] == "error"]


def test_a_factbox_list_of_places_with_small_words_in_their_names() -> None:
    text = ("- Deaths: 7 (Lajeado 2, Estrela 2, Mucum 1, Roca Sales 1, Arroio do Meio 1)\n"
            "- Animals rescued: 418")
    assert claim_at(text, "Meio 1")  # the last item is read
    assert claim_at(text, "418").category == "other"
    assert not [f for f in failed(text) if f[1] in ("error", "warning")]


def test_another_year_s_figures_named_again_on_a_live_page_are_no_update() -> None:
    text = ("date 2026-04-06\nsource ABC News\n\n"
            "4:30pm\nA man has died after he was hit by a car, taking the Easter toll to five.\n\n"
            "2:15pm\nThe Easter road toll now stands at four.\n\n"
            "11:20am\nTransport for NSW has just published its quarterly figures. They show 98 people died "
            "on NSW roads between January 1 and March 31, compared with 84 in the same period of 2025.\n\n"
            "Country roads accounted for 63 of the 98 deaths, the agency said.\n\n"
            "9:00am\nThe Easter road toll stands at three.")
    assert [claim_at(text, t).role for t in ("63", "98 deaths")] == ["background", "background"]
    assert ("toll-does-not-fall", "warning") not in failed(text)


@pytest.mark.parametrize(("text", "fails"), [
    ("The Israel Defense Forces said 45 rockets and 12 drones were launched overnight. The Israeli military "
     "said its air defences intercepted 38 rockets and 14 drones.", True),
    # a military government is no army speaking
    ("The military government said 31 people had been killed. The army said 40 people had died.", False),
])
def test_an_army_named_two_ways_is_one_source(text: str, fails: bool) -> None:
    assert (("drones-intercepted-within-launched", "error") in failed(text)) is fails


def test_survivors_and_their_part_are_alive() -> None:
    text = ("In all, 133 people have now been accounted for, the institute said: the 19 dead and 114 "
            "survivors, including 29 who ran from the scene.")
    assert [claim_at(text, t).category for t in ("114 survivors", "29")] == ["rescued", "rescued"]
    assert ("killed-breakdown", "error") not in failed(text)


def test_targets_hit_are_not_launched() -> None:
    text = ('Israel said it had hit "more than 60 terror targets" overnight, including launch sites used in '
            'the attack.')
    assert claim_at(text, "more than 60").category == "other"
