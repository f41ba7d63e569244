"""Rounds eighty and eighty-one's readings: a share of another campaign's target, "These allegations
are false", "Among the bodies recovered overnight were", people on a missing list "found alive", a
ranking told on from the sentence before, a side's claimed toll on a live page, "of the 212 workers on
the night shift," whose fates follow; "at least five of them", "and sickened hundreds more", a clause
of its own after "why", the injured who "remained in hospital" after a place with a comma, and a
hospital's name with an initial inside a list."""

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


def test_at_least_some_of_them_are_some_of_the_figure_before() -> None:
    text = ("The ministry said 16 people had been killed. A review of videos identified at least 14 bodies, "
            "at least five of them children.")
    assert not _alarms(text)


def test_hundreds_more_sickened_leave_the_toll_as_it_is() -> None:
    text = ("A diphtheria outbreak in the camps has killed 27 people, most of them children, and sickened "
            "hundreds more, the aid group said. Of the 29 people who have died, 22 were children, the aid "
            "group said.")
    assert _claim(text, "27 people").role == "total"
    assert any(a.startswith("killed-consistent") for a in _alarms(text))


def test_a_clause_of_its_own_after_why() -> None:
    text = ("Relatives of the four fans killed in Saturday's crush are demanding to know why thousands were "
            "left waiting outside the venue for hours.")
    assert _claim(text, "thousands").category == "other"


def test_the_injured_who_remained_in_hospital_after_a_place_with_a_comma() -> None:
    text = ("The Department of Health said a total of 63 people were injured. Eight people injured in "
            "Saturday's crush at the Philippine Arena in Bocaue, Bulacan remained in hospital on Monday.")
    assert _claim(text, "Eight people").role == "subset"
    assert not _alarms(text)


def test_a_hospital_s_initial_does_not_end_the_list() -> None:
    text = ("Of the 63 injured, 29 were brought to the Bulacan Medical Center in Malolos, 21 to the "
            "Rogaciano M. Mercado Memorial Hospital in Santa Maria and 16 to private hospitals in "
            "Meycauayan.")
    assert _claim(text, "16").category == "injured"
    assert any(a.startswith("injured-breakdown") and "66" in a for a in _alarms(text))


def test_a_heading_s_noun_is_no_place() -> None:
    text = ("In May, the monitor recorded 118 civilian casualties, including 37 fatalities and 81 "
            "injuries.\n\nCAUSES OF CASUALTIES\n"
            "- Shelling remained the leading cause of civilian harm, with 44 casualties (14 killed, 30 "
            "injured).\n- Landmines and explosive remnants of war (ERW) caused 31 casualties, including 12 "
            "fatalities.\n- Small-arms fire caused 22 casualties; drone attacks, 13; and airstrikes, 8.\n")
    assert _claim(text, "22 casualties").scope.place is None
    assert [_claim(text, f).role for f in ("30 injured", "31 casualties", "22 casualties")] == [
        "subset", "subset", "subset"]
    assert _claim(text, "31 casualties").category == "casualties"
    assert not _alarms(text)


def test_those_among_a_larger_group_leave_it_the_whole() -> None:
    text = ("Police rescued 27 kidnapped victims on Sunday. The victims were among 32 persons abducted "
            "from Maro.")
    assert _claim(text, "32 persons").role == "total"


def test_what_befell_victims_after_is_what_they_count() -> None:
    text = ("Twenty-seven kidnapped victims were freed on Sunday. The state agency says three more burns "
            "victims died overnight at the Federal Medical Centre.")
    assert _claim(text, "Twenty-seven").category == "rescued"
    assert _claim(text, "three more burns").category == "killed"


def test_guided_bombs_are_no_count_of_missiles() -> None:
    text = ("Over the week Russian forces struck the region with 64 guided aerial bombs, more than 400 "
            "drones and 17 missiles.")
    assert not _alarms(text)
