"""Long articles: how a whole `check` (extraction and every rule) grows with the article.

A live page is built by joining generated wire stories (bench.corpus_gen), each under a time
stamp, at 1, 4 and 16 times the smallest page's length. The baseline is the smallest page's
time per kilobyte, measured in the same run: a check that grows linearly keeps the ratio
near 1.0. Medians of N runs, one process, warm.
Writes the section between `<!-- long-bench:start -->` and `<!-- long-bench:end -->`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import time

import checker
from bench.corpus_gen import make_articles
from bench.sections import replace_section
from checker.rules import load_rules


def live_page(stories: int, seed: int = 11) -> str:
    """`stories` generated articles, each under an update's time, as one page."""
    articles = make_articles(stories, seed=seed)
    return "\n\n".join(f"{8 + k // 60 % 12:02d}:{k % 60:02d} update\n\n{a.body}"
                       for k, a in enumerate(articles))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--stories", type=int, default=40, help="stories on the smallest page")
    args = parser.parse_args()
    rules = load_rules()
    checker.check([live_page(5)], rules=rules)  # warm: lexicon, rules, regexes
    rows, base = [], 0.0
    for scale in (1, 4, 16):
        text = live_page(args.stories * scale)
        times, claims = [], 0
        for _ in range(args.runs):
            start = time.perf_counter()
            claims = len(checker.check([text], rules=rules).claims)
            times.append(time.perf_counter() - start)
        seconds = statistics.median(times)
        per_kb = seconds / (len(text) / 1000)
        base = base or per_kb
        rows.append(f"| {scale}× | {len(text) / 1000:.0f} | {claims} | {seconds:.3f} | "
                    f"{per_kb * 1000:.2f} | {per_kb / base:.2f}× |")
    body = "\n".join([
        "## Long articles: a whole check against the article's length", "",
        f"Reproduce with `make bench` (`python -m bench.long_bench --runs {args.runs} --stories "
        f"{args.stories}`). A live page of generated wire stories, each under an update's time, "
        f"checked whole (extraction and every rule) in one warm process; median of {args.runs} runs; "
        f"{dt.date.today().isoformat()}, {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, 1-min load average {os.getloadavg()[0]:.1f}. The baseline is "
        f"the smallest page's time per kilobyte in the same run: a check linear in the page keeps "
        f"the last column near 1.0×.", "",
        "| page | kB | claims | median s | ms per kB | per-kB time against the 1× page |",
        "|---|---|---|---|---|---|", *rows, "",
        "Reading the page is linear; the rules compare a category's figures in pairs (a toll must "
        "not fall, parts must fit their whole), so a page dense with tolls of the same places costs "
        "somewhat more per kilobyte as it grows.",
    ])
    replace_section("long-bench", body)
    print(body)


if __name__ == "__main__":
    main()
