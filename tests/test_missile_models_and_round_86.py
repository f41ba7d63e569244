"""Round eighty-six's readings: missiles listed model by model (after a colon, or in the next sentence
that says what the missiles were) are all the missiles launched."""

from __future__ import annotations

import pytest

import checker
from tests.reading import alarms, claim_told, errors

_MODELS = ("41 Kh-101 cruise missiles launched from Tu-95MS aircraft over the Caspian Sea, 14 Iskander-M "
           "ballistic missiles and seven Kalibr cruise missiles")


@pytest.mark.parametrize("text", [
    f"Russia launched 64 missiles and 228 drones overnight, the Air Force said: {_MODELS}.",
    f"Russia launched 64 missiles and 228 drones overnight, the Air Force said. The missile salvo consisted "
    f"of {_MODELS}.",
    f"Russia launched 64 missiles overnight, the Air Force said. The missiles were {_MODELS}.",
])
def test_missiles_listed_model_by_model_add_up_to_the_missiles(text: str) -> None:
    assert errors(text) == ["items-add-up"]
    assert errors(text.replace("64 missiles", "62 missiles")) == []


def test_the_check_names_every_model_listed() -> None:
    text = f"Russia launched 64 missiles overnight, the Air Force said: {_MODELS}."
    message = next(f.message for f in checker.check([text]).failed if f.rule == "items-add-up")
    assert message.count(" + ") == 2 and "= 62" in message


@pytest.mark.parametrize("text", [
    # a selection, not every missile
    "Russia launched 64 missiles overnight, including 41 Kh-101 cruise missiles and 14 Iskander-M "
    "ballistic missiles, the Air Force said.",
    "Russia launched 64 missiles overnight, the Air Force said. The missiles included 41 Kh-101 cruise "
    "missiles and 14 Iskander-M ballistic missiles.",
    # the sentence after is about something else
    "Russia launched 64 missiles overnight, the Air Force said. Air defence downed 41 Kh-101 cruise "
    "missiles and 14 Iskander-M ballistic missiles.",
])
def test_missiles_named_as_a_selection_are_not_all_of_them(text: str) -> None:
    assert "items-add-up" not in errors(text)


def test_missiles_listed_by_model_in_a_bulletin_s_semicolon_list() -> None:
    text = ("The enemy attacked with 403 air attack assets:\n– 62 missiles: 22 Iskander-M/KN-23 ballistic "
            "missiles launched from Kursk; 34 Kh-101 cruise missiles from Tu-95MS aircraft; 8 Kalibr cruise "
            "missiles from the Black Sea;\n– 341 Shahed-type attack UAVs.")
    assert "items-add-up" in errors(text)
    assert "items-add-up" not in errors(text.replace("8 Kalibr", "6 Kalibr"))


@pytest.mark.parametrize("text", [
    "In the week before the attack, Russia launched more than 1,300 drones and around 90 missiles at "
    "Ukraine, according to Ukrainian officials.",
    "In the two weeks preceding the strike, Russia launched more than 1,300 drones at Ukraine, officials "
    "said.",
    "In the days leading up to the attack, Russia launched more than 1,300 drones at Ukraine, officials "
    "said.",
    "According to ANM figures, 37 people had died in mining emergencies across Colombia this year before "
    "Tuesday's explosion.",
])
def test_figures_of_the_days_before_the_event_are_another_period_s(text: str) -> None:
    assert all(c.role == "background" for c in checker.check([text]).claims if not c.text.endswith("weeks"))


def test_those_who_escaped_on_their_own_are_accounted_for_beside_the_rescued() -> None:
    text = ("Twenty-two miners were killed and 28 were brought out alive by rescue teams, while 64 escaped "
            "on their own, the governor said. In total, 112 workers were underground when the firedamp "
            "ignited.")
    assert errors(text) == ["outcomes-within-on-board"]
    assert alarms(text.replace("64 escaped", "62 escaped")) == []


def test_a_word_of_the_sentence_before_does_not_make_the_missing_everyone_trapped() -> None:
    text = ("The number of miners killed has risen to seven, the rescue team said. Rescuers brought out a "
            "second miner alive, a 41-year-old who had spent almost 20 hours trapped near a ventilation "
            "shaft. One miner is still missing.")
    assert alarms(text) == []


@pytest.mark.parametrize("opening", ["If that is correct", "If so", "If those figures are accurate"])
def test_a_figure_the_sentence_supposes_is_no_fate(opening: str) -> None:
    text = ("The coast guard said it had rescued 58 people and recovered 14 bodies, and that the trawler had "
            "been carrying around 130 people. UNHCR said up to 200 people may have been on board. "
            f"{opening}, well over 100 people are still unaccounted for.")
    assert claim_told(text, "well over 100 people").negated
    assert alarms(text) == []


@pytest.mark.parametrize("hospital", ["Services Hospital Lahore", "Police Hospital",
                                      "Combined Military Hospital"])
def test_a_hospital_named_with_an_institution_s_word_is_a_place(hospital: str) -> None:
    text = (f"In the incident, 34 were injured. The injured were shifted to DHQ Hospital Sheikhupura (14), "
            f"THQ Hospital Ferozewala (9) and {hospital} (11).")
    assert claim_told(text, "11").scope.place == hospital
    assert alarms(text) == []


@pytest.mark.parametrize(("text", "figure", "place"), [
    ("An avalanche struck an expedition on Aconcagua, the highest mountain in the Americas, on Saturday, "
     "killing five climbers, the security ministry of Argentina's Mendoza province said.", "five climbers",
     "Aconcagua"),
    ("A gas explosion tore through a five-storey building in Yildirim district on Sunday, killing four "
     "people, the governor of Bursa said.", "four people", "Yildirim district"),
    # where one of them died, or what the place is near, is not the toll's place: the source's stays
    ("Two more people wounded in Friday's attack have died in a hospital in Kabul, raising the number of "
     "dead to 16, a health official in Takhar said.", "16", "Takhar"),
    ("A woman injured in an explosion at a fireworks warehouse north of Mexico City died in hospital, "
     "raising the death toll to 11, authorities in Tultepec said.", "11", "Tultepec"),
])
def test_the_place_a_sentence_tells_before_its_source_is_the_figure_s(text: str, figure: str,
                                                                        place: str) -> None:
    assert claim_told(text, figure).scope.place == place


def test_one_source_s_two_tolls_of_one_mountain_disagree() -> None:
    text = ("An avalanche struck an expedition on Aconcagua, the highest mountain in the Americas, on "
            "Saturday, killing five climbers, the security ministry of Argentina's Mendoza province said. "
            "Rescuers reached the survivors on Sunday. The bodies of the four climbers who died on Aconcagua "
            "remain on the mountain, the ministry said in the same statement.")
    assert errors(text) == ["killed-consistent"]


@pytest.mark.parametrize(("total", "found"), [(46, ["items-add-up"]), (44, [])])
def test_those_told_by_who_brought_them_out_in_brackets_add_up(total: int, found: list[str]) -> None:
    text = (f"According to officials, the {total} rescued workers were brought out by the Army (28), the "
            "ITBP (11) and joint SDRF and NDRF teams (5).")
    assert errors(text) == found


def test_a_measure_in_brackets_after_a_place_is_no_item() -> None:
    text = ("Titlagarh was the hottest place in the state at 46.2 degrees Celsius, followed by Jharsuguda "
            "(45.8 degrees Celsius) and Sambalpur (45.1 degrees Celsius), the IMD said.")
    assert errors(text) == []
