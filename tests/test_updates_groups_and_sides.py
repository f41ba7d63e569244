"""Round seventy-three's readings: counts of an earlier numbered update, a longer tally the event's
dead go into, a claim since withdrawn, a group named again, a group an avalanche struck, and two
sides' dead that are no breakdown of one toll."""

from __future__ import annotations

import pytest

import checker


def _claim(text: str, figure: str) -> checker.Claim:
    return next(c for c in checker.check([text]).claims if c.text == figure)


def _failed(text: str, rule: str) -> list[str]:
    return [f.message for f in checker.check([text]).failed if f.rule == rule]


@pytest.mark.parametrize(("text", "figure"), [
    ("The toll is 4 persons deceased. In Update no. 2 (14:00) we reported 2 deceased and 5 persons not "
     "located.", "2 deceased"),
    ("The 11 killed on Monday bring to 47 the number of suspected gunmen killed in clashes with security "
     "forces in Sinaloa since Jan. 1, according to an AP tally.", "47"),
    ("Nine people died, officials said. A supporters' group that had said at least 10 of its members had "
     "died now accepts the official figure.", "at least 10 of its members"),
    ("One miner remains missing. Relatives lit candles beside a flag with the names of the seven trapped "
     "men written on it.", "seven trapped"),
])
def test_counts_of_before_or_of_a_longer_tally(text: str, figure: str) -> None:
    assert _claim(text, figure).role == "background"


def test_a_toll_brought_to_by_more_bodies_is_the_event_s() -> None:
    text = ("Rescuers pulled four more bodies from the Benue River on Wednesday, bringing to 27 the number "
            "of people killed when an overloaded boat capsized on Easter Monday.")
    assert _claim(text, "27").role == "total"


def test_the_group_an_avalanche_struck_is_everyone_it_befell() -> None:
    text = ("The ministry said the group of nine -- two Georgian guides and seven foreign clients -- was "
            "descending an off-piste slope on Saturday afternoon when the slope released above them. Six "
            "people were pulled out of the snow alive by rescuers. Two bodies were recovered late on "
            "Saturday. Two people remain missing.")
    assert _failed(text, "outcomes-within-on-board") == [
        'killed "Two bodies" + missing "Two people" + rescued "Six people" = 10 account for more people than '
        '"nine"']


def test_two_sides_dead_are_no_breakdown_of_one_toll() -> None:
    text = ("RAWALPINDI: Security forces killed 14 terrorists in an intelligence-based operation in North "
            "Waziristan's Mir Ali area, while three soldiers, including a captain, were martyred during an "
            "intense exchange of fire, the military's media wing said on Tuesday. The Prime Minister's "
            "Office said the premier had paid tribute to the three martyred soldiers.")
    assert not _failed(text, "killed-breakdown")


def test_where_another_death_happened_is_no_count_s_place() -> None:
    text = "The Ministry of Health now counts 28 injured, after the death in Abancay."
    assert _claim(text, "28 injured").scope.place != "Abancay"
