"""Typed errors the shells turn into one-line messages and exit code 2."""

from __future__ import annotations


class CheckerError(Exception):
    """Input or configuration the checker cannot use; the message is one line for the user."""


class InputError(CheckerError):
    """An article that cannot be read: missing, empty, binary or undecodable."""


class RuleError(CheckerError):
    """A rule or lexicon file that is wrong, with the file and line where it is wrong."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path, self.line, self.message = path, line, message
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
