"""Shared fixtures: the seed article, a runner for the `check` command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import checker
from checker.model import Report

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


@pytest.fixture(scope="module")
def seed_report() -> Report:
    return checker.check([SEED])


@pytest.fixture(scope="module")
def failing_report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    """The seed with "there were 12 dead" turned into "there were 9 dead"."""
    from tests.golden.regenerate import failing_seed

    return checker.check([failing_seed(tmp_path_factory.mktemp("failing"))])
