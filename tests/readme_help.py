"""Paste `check --help` output into README.md between markers (`make golden` runs it too);
tests/test_readme.py fails when the README drifts from the code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
COMMANDS = (("run",), ("batch",), ("serve",))
START, END = "<!-- cli-help:start -->", "<!-- cli-help:end -->"


def help_text() -> str:
    env = {**os.environ, "COLUMNS": "100", "TERM": "dumb"}
    blocks = []
    for args in COMMANDS:
        out = subprocess.run([sys.executable, "-m", "checker.cli", *args, "--help"], capture_output=True,
                             text=True, check=True, env=env).stdout.rstrip()
        blocks.append(f"```text\n$ check {' '.join(args)} --help\n{out}\n```")
    return f"{START}\n" + "\n\n".join(blocks) + f"\n{END}"


def main() -> None:
    text = README.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    README.write_text(head + help_text() + rest.split(END, 1)[1], encoding="utf-8")
    print(f"wrote the command help into {README}")


if __name__ == "__main__":
    main()
