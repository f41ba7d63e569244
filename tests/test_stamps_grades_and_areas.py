"""Round seventy-one's readings: a live page's "p.m." stamps, tolls told by area or by grade, a part
that a list itemises, a toll of another period's events, and two sides' counts of one attack."""

from __future__ import annotations

import pytest

import checker


def _claim(text: str, figure: str) -> checker.Claim:
    return next(c for c in checker.check([text]).claims if c.text == figure)


def _failed(text: str, rule: str) -> list[str]:
    return [f.message for f in checker.check([text]).failed if f.rule == rule]


def test_a_p_m_stamp_before_a_bar_is_the_afternoon_s() -> None:
    page = (
        "Dengue LIVE updates.\n\n7:40 p.m. | Minister speaks\nThe minister said the State's toll now stands "
        "at 13.\n\n1:30 p.m. | Toll rises to 14\nA boy died, taking the State's dengue toll to 14.\n"
    )
    assert _claim(page, "13").scope.time == "19:40"
    assert set(_failed(page, "toll-does-not-fall")) == {
        'Killed fell from "14" in the 13:30 update to "13" in the 19:40 update'
    }


@pytest.mark.parametrize(
    ("text", "figure", "not_place"),
    [
        (
            "Speaking to reporters after a review meeting at Vikasa Soudha, the minister said the toll "
            "stands at 13.",
            "13",
            "Vikasa Soudha",
        ),
        (
            "The group of 31 people from a municipal elementary school in Higashiosaka was crossing.",
            "31 people",
            "Higashiosaka",
        ),
    ],
)
def test_where_a_speaker_spoke_or_a_group_came_from_is_no_figure_s_place(
    text: str, figure: str, not_place: str
) -> None:
    assert _claim(text, figure).scope.place != not_place


def test_a_toll_given_by_wilaya_place_by_place_adds_up_to_it() -> None:
    text = (
        "The forest fires have claimed the lives of 26 people, the Interior Ministry said. By wilaya, Bejaia "
        "recorded the heaviest toll with 11 deaths, followed by Jijel with seven, Bouira with four and "
        "Tizi Ouzou with three."
    )
    assert _failed(text, "items-add-up") == [
        'the items "11 deaths" + "seven" + "four" + "three" = 25 do not add up to "26 people"'
    ]
    assert not _failed(text.replace("three.", "four."), "items-add-up")


def test_the_injured_graded_from_critical_to_slight_are_all_of_them() -> None:
    text = ("The medical service said 26 people had been hurt, four of them critically, nine seriously and "
            "11 slightly.")
    assert _failed(text, "items-add-up") == [
        'the items "four" + "nine" + "11" = 24 do not add up to "26 people"'
    ]
    assert not _failed(text.replace("26 people", "24 people"), "items-add-up")
    # the gravest alone are some of them
    assert not _failed(
        "Police said 26 people had been hurt, four of them critically and nine seriously.", "items-add-up"
    )


def test_a_part_that_a_colon_list_itemises_by_place_is_the_list_s_whole() -> None:
    text = (
        "The division has recorded 12,640 cases since January, 4,918 of them in the valley's three "
        "districts: "
        "3,206 in Kathmandu, 1,184 in Lalitpur and 618 in Bhaktapur."
    )
    assert _failed(text, "items-add-up") == [
        'the items "3,206" + "1,184" + "618" = 5008 do not add up to "4,918"'
    ]


def test_one_area_s_houses_cannot_outnumber_all_the_areas() -> None:
    text = (
        "Volunteers report 642 houses damaged across the three wilayas. In El Tarf wilaya, teams have "
        "counted 705 damaged houses."
    )
    assert _failed(text, "buildings-place-within-region") == [
        '"705 damaged houses" in El Tarf cannot be more than "642 houses" across the three wilayas'
    ]


@pytest.mark.parametrize(
    ("text", "figure", "role"),
    [
        # the scene's part of the three killed
        (
            "A vehicle attack killed three people, police said. Two people were pronounced deceased at the "
            "scene.",
            "Two people",
            "subset",
        ),
        # a daily bulletin's tally, not the year's
        ("The DGHS said 11 people had died in the 24 hours to Sunday morning.", "11 people", "background"),
        # a toll of last year's fires
        (
            "Fire brigades were called out to 1,140 building fires last year. Six people died in those "
            "fires.",
            "Six people",
            "background",
        ),
        # one ship's share, before "the other two drones"
        (
            "An American destroyer shot down two of the missiles and three drones, and the European "
            "frigate the "
            "other two drones.",
            "three drones",
            "subset",
        ),
    ],
)
def test_figures_that_are_not_the_event_s_whole_toll(text: str, figure: str, role: str) -> None:
    assert _claim(text, figure).role == role


@pytest.mark.parametrize(
    ("text", "figure", "category"),
    [
        ("The blast left two dead and 12 with injuries, police said.", "12", "injured"),
        ("The strike had left one seafarer dead and three with light burns and cuts.", "three", "injured"),
        (
            "All 14 of our seafarers are accounted for, the agency said. The families of the 14 were "
            "informed.",
            "14",
            "other",
        ),
    ],
)
def test_what_a_bare_figure_counts(text: str, figure: str, category: str) -> None:
    assert [c.category for c in checker.check([text]).claims if c.text == figure][-1] == category


def test_a_side_s_own_claim_against_the_other_side_s_types_is_a_dispute() -> None:
    text = (
        "The Houthis launched 12 drones, four anti-ship ballistic missiles and two cruise missiles, U.S. "
        "Central Command said. The Houthis said they had fired more than 20 missiles and drones."
    )
    found = [f for f in checker.check([text]).failed if f.rule == "targets-launched-sum-by-type"]
    assert [f.severity for f in found] == ["info"] and found[0].message.startswith(
        "disputed: The Houthis says"
    )
    one_side = (
        "Russia attacked overnight with 81 drones and missiles, Ukrainian officials said. Ukraine's air "
        "force said it had tracked 72 Shahed drones, four ballistic missiles and three cruise missiles."
    )
    assert [
        f.severity for f in checker.check([one_side]).failed if f.rule == "targets-launched-sum-by-type"
    ] in (["warning"], [])
