"""Round eighty's readings: a share of another campaign's target, "These allegations are false",
"Among the bodies recovered overnight were", people on a missing list "found alive", a ranking told
on from the sentence before, a side's claimed toll on a live page, and "of the 212 workers on the night
shift," whose fates follow."""

from __future__ import annotations

import checker


def _claim(text: str, figure: str) -> checker.Claim:
    return next(c for c in checker.check([text]).claims if c.text == figure)


def _alarms(text: str) -> list[str]:
    return [f"{f.rule}: {f.message}" for f in checker.check([text]).failed
            if f.severity in ("error", "warning")]


def test_a_share_of_another_campaign_s_target() -> None:
    text = ("A vaccination campaign will target 96,000 children in the two districts. In a similar campaign "
            "last March, 71,500 children were vaccinated in Baidoa district, about 89 percent of the target.")
    assert not _alarms(text)


def test_a_claim_the_next_sentence_calls_false_is_no_toll() -> None:
    text = ("The toll on the friendly side is 7 killed and 10 wounded. The General Staff denounces the "
            "propaganda relayed by terrorist groups, which claim to have killed \"more than 30 soldiers\". "
            "These allegations are false.")
    assert _claim(text, "more than 30 soldiers").negated
    assert not _alarms(text)


def test_among_the_bodies_recovered_are_some_of_the_dead() -> None:
    text = ("Police said 31 people had died. Among the bodies recovered overnight were four members of one "
            "family. At least 11 of the dead are children.")
    assert _claim(text, "four members").role == "subset"
    assert not _alarms(text)


def test_people_on_the_missing_list_found_alive_are_not_missing() -> None:
    text = ("Fourteen people had been missing since the boat sank. Four people who were on the list of "
            "missing were found alive in a riverside community downstream. With this, 10 people remain "
            "missing.")
    assert _claim(text, "Four people").category == "rescued"
    assert not _alarms(text)


def test_a_ranking_told_on_from_the_sentence_before_leaves_no_place_out() -> None:
    text = ("A count compiled from figures announced by 18 national governments puts the toll at 1,064. "
            "According to national governments, Egypt lost the most citizens, 301, followed by Indonesia "
            "with 199. India reported 98 deaths, Pakistan 71 and Jordan 44.")
    assert not _alarms(text)


def test_a_side_s_claimed_toll_on_a_live_page_is_no_toll_to_fall_from() -> None:
    text = ("14:40 GMT - Updated toll\n\nThe army spokesman said 10 soldiers were killed in the ambush.\n\n"
            "10:50 GMT - Al-Shabaab claims 35 soldiers killed\n\nIn a statement broadcast on its radio, "
            "Al-Shabaab claims its fighters killed 35 soldiers and set fire to seven vehicles.\n")
    assert not any(a.startswith("toll-does-not-fall") for a in _alarms(text))


def test_the_workers_whose_fates_follow_are_everyone() -> None:
    text = ("According to the company's own figures, of the 212 workers on the night shift, 198 left the "
            "plant on their own or were rescued by boat, nine died and seven are still missing.")
    assert _claim(text, "212 workers").category == "other"
    assert any(a.startswith("outcomes-within-on-board") and "214" in a for a in _alarms(text))
