"""Round seventy-seven's readings: a name after a day in an apposition, houses itemised by village,
victims deposited at a mortuary, "Four of the injured workers" by hospital, those "present in" a unit,
"managed to escape unhurt", a country's own side of the border, a nested list "taken to hospital", and
"All 38 residents ... have now been accounted for"."""

from __future__ import annotations

import checker


def _claim(text: str, figure: str) -> checker.Claim:
    return next(c for c in checker.check([text]).claims if c.text == figure)


def _alarms(text: str) -> list[str]:
    return [f"{f.rule}: {f.message}" for f in checker.check([text]).failed
            if f.severity in ("error", "warning")]


def test_a_name_in_apposition_after_a_day_is_the_speaker() -> None:
    text = ("A local judge who visited the town Monday, Rodrigue Fleurant, told The Associated Press he had "
            "personally counted 71 bodies.")
    assert _claim(text, "71 bodies").attribution == "Rodrigue Fleurant"


def test_houses_itemised_by_village_after_a_total() -> None:
    text = ("Our correspondent observed that a total of 186 houses were razed. A breakdown of the figures "
            "shows that 74 houses were burnt in Mushu, 58 in Hurum and 41 in Kopmur.")
    assert [_claim(text, f).role for f in ("58", "41")] == ["subset", "subset"]
    assert any(a.startswith("buildings-breakdown") and "173" in a for a in _alarms(text))


def test_victims_deposited_at_a_mortuary_are_the_dead() -> None:
    text = ('"The hoodlums killed 42 persons," Ms Akaa said in Guma. Ms Akaa said the 46 victims had been '
            'deposited at the mortuary of the Benue State University Teaching Hospital in Makurdi.')
    assert _claim(text, "46 victims").category == "killed"
    assert any(a.startswith("killed-consistent") for a in _alarms(text))


def test_the_injured_by_hospital_are_the_toll_s() -> None:
    text = ("A crane collapsed, killing two workers and injuring seven others, officials said. Four of the "
            "injured workers were taken to Memorial Hermann-Texas Medical Center, two to Ben Taub Hospital "
            "and two to HCA Houston Healthcare Medical Center.")
    assert any(a.startswith("injured-breakdown") and "8" in a for a in _alarms(text))


def test_workers_present_in_a_unit_and_those_who_escaped_unhurt() -> None:
    text = ("Six workers were killed and 12 others injured in the explosion. He said 23 workers were present "
            "in the washing unit at the time. \"Six of them lost their lives, 12 were injured and seven "
            "managed to escape unhurt,\" he said.")
    assert any(a.startswith("outcomes-within-on-board") and "25" in a for a in _alarms(text))


def test_a_country_s_dead_on_its_side_of_the_border() -> None:
    text = ("Pakistan said three civilians had been killed and seven wounded on its side of the highly "
            "militarized frontier.")
    assert _claim(text, "three civilians").scope.place == "Pakistan"


def test_a_list_inside_a_list_taken_to_hospital() -> None:
    text = ("Of the 24 survivors, 15 were taken to hospital, nine to the Lagos Island General Hospital and "
            "six to LUTH, while nine were treated at the scene and allowed to go home.")
    assert not _alarms(text)


def test_all_accounted_for_then_their_fates() -> None:
    text = ("All 38 residents listed by local authorities have now been accounted for, the civil protection "
            "authority said: 20 were killed and 19 were pulled out alive.")
    assert any(a.startswith("outcomes-within-on-board") and "39" in a for a in _alarms(text))


def test_all_of_a_group_who_died_are_a_part_of_the_toll() -> None:
    text = ("Twelve people, including seven policemen, were killed when militants stormed the Police "
            "Training School late on Sunday. A suicide bomber rammed a pickup into the gate, after which "
            "five more attackers entered the premises. All six were killed by police commandos, he added.")
    assert _claim(text, "six were killed").role == "subset"
    assert not _alarms(text)


def test_a_list_after_an_including_aside_is_the_whole_s() -> None:
    text = ("Seven workers, including the four pulled out alive on Wednesday evening, are in hospital: five "
            "at Carletonville Hospital and two at a private hospital in Krugersdorp.")
    assert [_claim(text, f).category for f in ("five", "two")] == ["injured", "injured"]
    assert not _alarms(text)
