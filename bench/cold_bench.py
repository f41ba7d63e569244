"""Cold `check` of the seed article: a new interpreter each time, as a desk editor runs it.

Baselines measured in the same run: the bare interpreter (`python -c pass`, the floor no
command can beat) and quantulum3's first parse of the same article in a new interpreter
(what the unit layer would cost if it sat on the path unprepared). Medians of N runs.
Writes the section between `<!-- cold-bench:start -->` and `<!-- cold-bench:end -->`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.sections import replace_section

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_8e9a003f33dbdbab.txt"
QUANTULUM = ("import warnings; warnings.filterwarnings('ignore'); from quantulum3 import parser; "
             f"parser.parse(open({str(SEED)!r}, encoding='utf-8').read())")
COMMANDS = {
    "interpreter alone (`python -c pass`)": [sys.executable, "-c", "pass"],
    "`check seed --format json`": [sys.executable, "-m", "checker.cli", str(SEED), "--format", "json"],
    "`check seed --html report.html`": [sys.executable, "-m", "checker.cli", str(SEED), "--format",
                                        "text", "--html", os.devnull],
    "quantulum3 first parse of the seed": [sys.executable, "-c", QUANTULUM],
}


# An installed package has its bytecode (pip compiles it); a shell that sets
# PYTHONDONTWRITEBYTECODE would make every run compile every module, which no user sees.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
                   env=ENV)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    for command in COMMANDS.values():
        timed(command)  # warm the file cache and write the bytecode, as a second run of the day would
    medians = {name: statistics.median(timed(cmd) for _ in range(args.runs))
               for name, cmd in COMMANDS.items()}
    check = medians["`check seed --format json`"]
    rows = [f"| {name} | {seconds:.3f} | {seconds / check:.2f}× |" for name, seconds in medians.items()]
    body = "\n".join([
        "## Cold start: one `check` of the seed article in a new interpreter", "",
        f"Reproduce with `make bench` (`python -m bench.cold_bench --runs {args.runs}`). Median of "
        f"{args.runs} runs after one warm-up, wall clock; {dt.date.today().isoformat()}, "
        f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, 1-min load "
        f"average {os.getloadavg()[0]:.1f}. The warm-up writes the bytecode, as `pip install` "
        f"does, even where the shell sets PYTHONDONTWRITEBYTECODE (without it: about 0.2 s "
        f"more). Target: a cold check under 0.5 s.", "",
        "| command | median s | ratio to the cold check |", "|---|---|---|", *rows, "",
        "quantulum3 and pint are kept off this path: units are read from quantulum3's data "
        "files lazily, and pint's registry is only built when two figures in different units "
        "are compared.",
    ])
    replace_section("cold-bench", body)
    print(body)


if __name__ == "__main__":
    main()
