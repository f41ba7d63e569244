"""Regenerate the golden reports (`make golden`); never edit them by hand."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent


def run(*args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "checker.cli", *args], capture_output=True,
                            text=True, cwd=ROOT)
    if result.returncode not in (0, 1):
        raise SystemExit(f"check {' '.join(args)} failed: {result.stderr}")
    return result.stdout


def main() -> None:
    seed = "seeds/000_8e9a003f33dbdbab.txt"
    report = json.loads(run(seed, "--format", "json"))
    (GOLDEN / "seed.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n",
                                      encoding="utf-8")
    print(f"wrote {GOLDEN / 'seed.json'}")


if __name__ == "__main__":
    main()
