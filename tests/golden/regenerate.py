"""Regenerate the golden reports (`make golden`); never edit them by hand.

seed.json comes from the `check` command; the HTML pages and fragments of the seed and of a
failing edit of it ("there were 12 dead" -> "there were 9 dead") come from `golden_reports()`,
which the tests call too, so a golden file and the test compare exactly the same thing.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent
SEED = ROOT / "seeds" / "000_8e9a003f33dbdbab.txt"
FAILING_EDIT = ("there were 12 dead", "there were 9 dead")


def run(*args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "checker.cli", *args], capture_output=True,
                            text=True, cwd=ROOT)
    if result.returncode not in (0, 1):
        raise SystemExit(f"check {' '.join(args)} failed: {result.stderr}")
    return result.stdout


def failing_seed(folder: Path) -> Path:
    """The seed with one figure changed so killed-consistent fails, as `seed-failing.txt`."""
    text = SEED.read_text(encoding="utf-8")
    old, new = FAILING_EDIT
    assert old in text, f"the seed no longer says {old!r}"
    path = folder / "seed-failing.txt"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def golden_reports() -> dict[str, str]:
    """File name -> the HTML report it must hold. Deterministic: no dates, no absolute paths."""
    from checker import check
    from checker.report import render_fragment, render_html

    out: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in (("seed", SEED), ("seed-failing", failing_seed(Path(tmp)))):
            report = check([path])
            out[f"{name}.html"] = render_html(report)
            out[f"{name}.fragment.html"] = render_fragment(report)
    return out


def main() -> None:
    seed = "seeds/000_8e9a003f33dbdbab.txt"
    report = json.loads(run(seed, "--format", "json"))
    (GOLDEN / "seed.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n",
                                      encoding="utf-8")
    print(f"wrote {GOLDEN / 'seed.json'}")
    for name, html in golden_reports().items():
        (GOLDEN / name).write_text(html, encoding="utf-8")
        print(f"wrote {GOLDEN / name}")


if __name__ == "__main__":
    main()
