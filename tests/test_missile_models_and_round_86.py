"""Round eighty-six's readings: missiles listed model by model (after a colon, or in the next sentence
that says what the missiles were) are all the missiles launched."""

from __future__ import annotations

import pytest

import checker
from tests.reading import errors

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
