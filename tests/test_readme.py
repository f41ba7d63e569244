"""The README shows the commands as they are."""

from __future__ import annotations

from tests.readme_help import END, README, START, help_text


def test_readme_command_help_is_current() -> None:
    text = README.read_text(encoding="utf-8")
    current = START + text.split(START, 1)[1].split(END, 1)[0] + END
    assert current == help_text(), "run `make golden` to refresh the README's command help"


def test_readme_starts_with_the_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    first_block = text.split("```sh", 1)[1].split("```", 1)[0]
    assert "make demo" in first_block and "make test" in first_block
