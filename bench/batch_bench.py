"""Batch audit throughput and memory, in one run: 1 vs 2 local workers, a 2-worker Dask
LocalCluster, and peak memory for 1,000 vs 10,000 articles.

    python -m bench.batch_bench [--small 1000] [--large 10000] [--runs 3] [--large-runs 1]
                                [--no-dask] [--no-write]

Each measurement runs `check batch` as a user would (a new interpreter, start-up included) on a
generated wire corpus (bench/corpus_gen.py); 1- and 2-worker runs alternate. Peak memory is the
largest sum, sampled every 50 ms with psutil, of the RSS of the command's process tree plus, for
the Dask runs, the cluster's worker processes. Main CPU is the command's own process, without
its workers: the part of the work that two workers cannot share, and a steadier figure than
wall time on a shared machine. The table (medians) replaces the section of BENCHMARKS.md
between the batch-bench markers; other sections are left alone.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil

from bench.sections import replace_section

REPO = Path(__file__).resolve().parent.parent
START, END = "<!-- batch-bench:start -->", "<!-- batch-bench:end -->"
MB = 2**20


@dataclass
class Run:
    seconds: float
    peak_mb: float
    articles: int
    main_cpu: float = 0.0  # s of CPU of the command's own process (not its workers)
    tree_cpu: float = 0.0  # s of CPU of the command and the workers it waited for

    @property
    def rate(self) -> float:
        return self.articles / self.seconds

    @property
    def main_ms(self) -> float:
        """Main-process CPU per article: what the workers cannot share, and less noisy than
        wall time on a busy machine."""
        return 1000 * self.main_cpu / self.articles


class PeakRSS:
    """Samples the summed RSS of some processes (and their children) in a background thread."""

    def __init__(self, roots: list[psutil.Process], extra: list[psutil.Process]) -> None:
        self.roots, self.extra, self.peak = roots, extra, 0
        self.root_cpu = 0.0  # the first root's own CPU seconds, as last sampled
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._total())
            with contextlib.suppress(psutil.Error):
                times = self.roots[0].cpu_times()
                self.root_cpu = times.user + times.system
            self._stop.wait(0.05)

    def _total(self) -> int:
        procs: dict[int, psutil.Process] = {p.pid: p for p in self.extra}
        for root in self.roots:
            try:
                procs[root.pid] = root
                procs.update({c.pid: c for c in root.children(recursive=True)})
            except psutil.NoSuchProcess:
                continue
        total = 0
        for p in procs.values():
            try:
                total += p.memory_info().rss
            except psutil.NoSuchProcess:
                continue
        return total


def run_batch(corpus: Path, out: Path, articles: int, args: list[str],
              extra: list[psutil.Process] | None = None) -> Run:
    cmd = [sys.executable, "-m", "checker.cli", "batch", str(corpus), "--out", str(out), *args]
    before = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    with PeakRSS([psutil.Process(proc.pid)], extra or []) as peak:
        _, err = proc.communicate()
    seconds = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise SystemExit(f"batch failed ({proc.returncode}): {err.strip()}")
    return Run(seconds, peak.peak / MB, articles, peak.root_cpu, _children_cpu() - before)


def _children_cpu() -> float:
    """CPU seconds of this process's waited-for children and their waited-for descendants."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(label: str, runs: int, corpus: Path, work: Path, n: int, args: list[str],
            extra: list[psutil.Process] | None = None) -> list[Run]:
    out = []
    for k in range(runs):
        out.append(run_batch(corpus, work / f"{label}-{n}-{k}", n, args, extra))
        print(f"  {label:<14} {n:>6} articles  run {k + 1}: {out[-1].seconds:6.1f} s  "
              f"{out[-1].rate:6.0f}/s  peak {out[-1].peak_mb:5.0f} MB  main CPU "
              f"{out[-1].main_ms:.2f} ms/article  CPU {out[-1].tree_cpu:5.1f} s  "
              f"load {os.getloadavg()[0]:.1f}", flush=True)
    return out


def median(runs: list[Run], attr: str) -> float:
    return statistics.median(getattr(r, attr) for r in runs)


def local_cluster() -> Any:
    from dask.distributed import LocalCluster

    return LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                        dashboard_address=None)


def make_corpus(work: Path, n: int) -> tuple[Path, int]:
    from bench.corpus_gen import generate

    corpus = work / f"corpus-{n}"
    articles = generate(corpus, n, seed=n, broken=0, events=n // 100).articles
    print(f"corpus of {articles} articles", flush=True)
    return corpus, articles


def cluster_workers() -> list[psutil.Process]:
    """The processes of a LocalCluster's workers (nannies and their worker children)."""
    return psutil.Process().children(recursive=True)


def table(results: dict[tuple[str, int], list[Run]], sizes: tuple[int, int]) -> list[str]:
    small, large = sizes
    lines = ["| corpus | mode | runs | median s | articles/s | speed-up vs 1 worker | peak RSS MB "
             "| main CPU ms/article |",
             "|---|---|---|---|---|---|---|---|"]
    for (label, n), runs in results.items():
        base = results.get(("1 worker", n))
        speedup = f"{median(runs, 'rate') / median(base, 'rate'):.2f}x" if base else "–"
        lines.append(f"| {n:,} | {label} | {len(runs)} | {median(runs, 'seconds'):.1f} | "
                     f"{median(runs, 'rate'):.0f} | {speedup} | {median(runs, 'peak_mb'):.0f} | "
                     f"{median(runs, 'main_ms'):.2f} |")
    lines.append("")
    for label in ("1 worker", "2 workers", "Dask 2 workers"):
        if (label, small) in results and (label, large) in results:
            ratio = median(results[(label, large)], "peak_mb") / median(results[(label, small)], "peak_mb")
            lines.append(f"- peak memory {large:,} / {small:,} articles, {label}: **{ratio:.2f}x** "
                         f"(target ≤ 1.5x)")
    return lines


def _check_texts(texts: list[str]) -> float:
    """Check the texts in this process; the seconds it took (the work with no I/O, no IPC)."""
    import checker

    started = time.perf_counter()
    for text in texts:
        checker.check([text])
    return time.perf_counter() - started


def cpu_ceiling(n: int = 300) -> float:
    """The speed-up two processes reach on this machine doing the checker's own work with
    nothing shared: each checks the same n generated articles, once alone and once side by side.
    The batch cannot beat it; it says how much of a shortfall is the machine's."""
    import multiprocessing

    from bench.corpus_gen import generate

    with tempfile.TemporaryDirectory(prefix="ceiling-") as tmp:
        folder = Path(tmp) / "c"
        generate(folder, n, seed=11, broken=0, events=0)
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))][:n]
    context = multiprocessing.get_context("fork")
    with context.Pool(2) as pool:
        pool.map(_check_texts, [texts[:20], texts[:20]])  # both warm
        alone = pool.apply(_check_texts, (texts,))
        started = time.perf_counter()
        pool.map(_check_texts, [texts, texts])
        together = time.perf_counter() - started
    return 2 * alone / together


def ceiling_lines(results: dict[tuple[str, int], list[Run]], ceilings: list[float],
                  args: argparse.Namespace) -> list[str]:
    ceiling = statistics.median(ceilings)
    lines = [f"- two processes doing the checker's own work side by side, no I/O and nothing shared "
             f"(the machine's ceiling for any 2-worker run, measured in this run, median of "
             f"{len(ceilings)}): **{ceiling:.2f}x**"]
    for n in (args.small, args.large):
        one, two = results.get(("1 worker", n)), results.get(("2 workers", n))
        if one and two:
            paired = [b.rate / a.rate for a, b in zip(one, two, strict=False)]
            lines.append(f"- {n:,} articles, 2 vs 1 workers, median of the {len(paired)} runs taken in "
                         f"pairs: **{statistics.median(paired):.2f}x** "
                         f"({statistics.median(paired) / ceiling:.0%} of the ceiling; target ≥ 1.8x)")
    return lines


def write_section(lines: list[str], args: argparse.Namespace) -> None:
    path = REPO / "BENCHMARKS.md"
    body = "\n".join([
        START, "## Batch audits (`check batch`)", "",
        f"Generated wire corpora (bench/corpus_gen.py); `check batch CORPUS --out DIR` in a new "
        f"interpreter, start-up included; medians of {args.runs} runs for {args.small:,} articles and "
        f"{args.large_runs} for {args.large:,}. Peak RSS = the command's process tree (+ the Dask "
        f"workers for Dask runs), sampled every 50 ms.",
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
        f"{dt.date.today().isoformat()}; 1-min load average at the end {os.getloadavg()[0]:.1f} "
        f"(speed-ups mean little when it exceeds the CPU count). "
        f"Reproduce: `make bench` or `python -m bench.batch_bench`.",
        "", *lines, END])
    replace_section("batch-bench", body, path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--large-runs", type=int, default=3)
    parser.add_argument("--no-write", action="store_true", help="Print the table only.")
    parser.add_argument("--no-dask", action="store_true", help="Only the local runs (1 and 2 workers).")
    args = parser.parse_args()
    results: dict[tuple[str, int], list[Run]] = {}
    ceilings = [cpu_ceiling() for _ in range(5)]
    print(f"two processes on this machine, same work, no I/O: {statistics.median(ceilings):.2f}x", flush=True)
    with tempfile.TemporaryDirectory(prefix="batch-bench-") as tmp:
        work = Path(tmp)
        corpora = {n: make_corpus(work, n) for n in (args.small, args.large)}
        for n, runs in ((args.small, args.runs), (args.large, args.large_runs)):
            corpus, articles = corpora[n]
            # 1 and 2 workers alternate, so a burst of load from elsewhere hits both alike
            local: dict[int, list[Run]] = {w: [] for w in (1, 2)}
            for k in range(runs):
                for w in (1, 2):
                    label = f"{w} worker{'s' if w > 1 else ''}"
                    local[w] += measure(label, 1, corpus, work / f"run{k}", articles, ["--workers", str(w)])
            results[("1 worker", n)], results[("2 workers", n)] = local[1], local[2]
        if not args.no_dask:
            # started only now: an idle cluster's heartbeats would take CPU from the local runs
            with local_cluster() as cluster:
                dask_procs = cluster_workers()
                for n, runs in ((args.small, args.runs), (args.large, args.large_runs)):
                    corpus, articles = corpora[n]
                    results[("Dask 2 workers", n)] = measure(
                        "Dask 2 workers", runs, corpus, work, articles,
                        ["--scheduler", cluster.scheduler_address], dask_procs)
    lines = [*table(results, (args.small, args.large)), *ceiling_lines(results, ceilings, args)]
    print("\n".join(lines))
    if not args.no_write:
        write_section(lines, args)
        print("BENCHMARKS.md updated")


if __name__ == "__main__":
    main()
