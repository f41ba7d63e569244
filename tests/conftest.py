"""Shared fixtures: the seed article, a runner for the `check` command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8e9a003f33dbdbab.txt"
SEED_EXPECTED = ROOT / "seeds" / "000_8e9a003f33dbdbab.expected.yaml"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def run_check(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed `check` command as a user would, in a new interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "checker.cli", *map(str, args)],
        capture_output=True, text=True, cwd=cwd or ROOT, timeout=120,
    )
