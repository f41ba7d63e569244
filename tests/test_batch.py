"""`check batch`: a generated wire corpus audited in-process, in a process pool, on a Dask cluster,
killed and resumed, and compared week over week."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from bench.corpus_gen import Manifest, generate
from checker.api import check
from checker.batch import AuditOptions, AuditResult, group_events, pool_context, run_audit
from checker.batch_inputs import InputFailure, discover, read_inputs
from checker.model import Document
from checker.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "batch"
TABLES = ("claims", "findings", "articles")
SORT_KEYS = {"claims": ["claim_id"], "findings": ["unit_id", "key", "rule", "message"],
             "articles": ["article_id"]}


@pytest.fixture(scope="module")
def rules():  # type: ignore[no-untyped-def]
    return load_rules()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Manifest]:
    folder = tmp_path_factory.mktemp("corpus") / "wires"
    return folder, generate(folder, 120, seed=11, broken=4, events=4)


def audit(inputs: list[Path | str], out: Path, rules: object, **kw: object) -> AuditResult:
    return run_audit(AuditOptions(inputs=tuple(map(str, inputs)), out=out, rules=rules, **kw))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def local_run(corpus: tuple[Path, Manifest], rules: object,
              tmp_path_factory: pytest.TempPathFactory) -> AuditResult:
    return audit([corpus[0]], tmp_path_factory.mktemp("local") / "audit", rules, workers=1)


def tables(out: Path) -> dict[str, pd.DataFrame]:
    return {t: pd.read_parquet(out / f"{t}.parquet").sort_values(SORT_KEYS[t]).reset_index(drop=True)
            for t in TABLES}


def assert_same_tables(a: Path, b: Path) -> None:
    ta, tb = tables(a), tables(b)
    for name in TABLES:
        pd.testing.assert_frame_equal(ta[name], tb[name], obj=name)


def run_cli(*args: str | Path, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker.cli", "batch", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120, **kw)  # type: ignore[call-overload]


# --------------------------------------------------------------------------- counts and tables


def test_counts_match_the_generated_corpus(corpus: tuple[Path, Manifest], local_run: AuditResult) -> None:
    _, manifest = corpus
    counts = local_run.counts
    assert counts["articles"] == manifest.articles
    assert counts["events"] == len(manifest.events) == 4
    assert counts["units"] == manifest.articles - sum(len(ids) - 1 for ids in manifest.events.values())
    errors = pd.read_csv(local_run.out / "errors.csv")
    assert sorted(errors["id"]) == sorted(manifest.broken)
    assert counts["errors"] == len(manifest.broken) == 5
    assert set(errors["reason"]) >= {"the file is empty", "this is a binary file, not an article"}


def test_failing_articles_are_exactly_the_inconsistent_ones(corpus: tuple[Path, Manifest],
                                                            local_run: AuditResult) -> None:
    _, manifest = corpus
    articles = pd.read_parquet(local_run.out / "articles.parquet")
    falling = {aid for key in manifest.falling_events for aid in manifest.events[key]}
    assert set(articles.loc[articles["failed"] > 0, "article_id"]) == set(manifest.inconsistent) | falling
    assert articles["article_id"].is_unique


def test_failed_findings_equal_checking_each_unit_directly(corpus: tuple[Path, Manifest], rules: object,
                                                           local_run: AuditResult) -> None:
    folder, _ = corpus
    docs = [d for d in read_inputs(discover([str(folder)])) if isinstance(d, Document)]
    expected = sum(len(check(group, rules=rules).failed) for group in group_events(docs))
    findings = pd.read_parquet(local_run.out / "findings.parquet")
    assert (findings["status"] == "fail").sum() == expected == local_run.counts["failed"]
    assert local_run.exit_code == 1


def test_parquet_and_csv_tables_are_equal(local_run: AuditResult) -> None:
    for name in TABLES:
        frame = pd.read_parquet(local_run.out / f"{name}.parquet")
        strings = [c for c, t in frame.dtypes.items() if str(t) in ("object", "str", "string")]
        copy = pd.read_csv(local_run.out / f"{name}.csv", dtype=dict.fromkeys(strings, "str"),
                           keep_default_na=False, na_values=[""])
        pd.testing.assert_frame_equal(frame, copy, check_dtype=False, obj=name)
        assert len(frame) > 0


def test_audit_json_records_the_run(local_run: AuditResult, rules: object) -> None:
    meta = json.loads((local_run.out / "audit.json").read_text())
    assert meta["workers"] == 1 and meta["scheduler"] == "in-process"
    assert meta["counts"]["articles"] == local_run.counts["articles"]
    assert [r["id"] for r in meta["rules"]] == list(rules.ids)  # type: ignore[attr-defined]
    assert meta["started"] <= meta["finished"]
    pages = list((local_run.out / "articles").glob("*.html"))
    assert len(pages) == local_run.counts["units"]


# --------------------------------------------------------------------------- index.html


def test_index_lists_failing_articles_first(local_run: AuditResult) -> None:
    html = (local_run.out / "index.html").read_text()
    rows = re.findall(r'<tr class="(failing|passing)">', html)
    n_failing = local_run.counts["failed_articles"]
    assert rows[:n_failing] == ["failing"] * n_failing and set(rows[n_failing:]) == {"passing"}
    assert "<svg" in html and "<script" not in html and not re.search(r"(src|href)=\"https?:", html)
    for page in re.findall(r'href="articles/([^"]+)"', html)[:20]:
        assert (local_run.out / "articles" / page).is_file()


def test_index_escapes_untrusted_text(tmp_path: Path, rules: object) -> None:
    story = tmp_path / "in" / "x.txt"
    story.parent.mkdir()
    story.write_text("date 2025-05-01\nsource <b>Evil</b> Wire\ntitle <script>alert(1)</script> toll\n\n"
                     "KYIV - A strike killed 12 people. Officials later said 3 people were killed.\n")
    result = audit([story.parent], tmp_path / "out", rules)
    html = (result.out / "index.html").read_text()
    assert "<script>alert" not in html and "<b>Evil" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;b&gt;Evil&lt;/b&gt;" in html


# --------------------------------------------------------------------------- week over week


def _week(folder: Path, stories: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    for name, body in stories.items():
        (folder / name).write_text(f"date 2025-05-0{len(name) % 9 + 1}\nsource Wire\n\n{body}\n")
    return folder


def test_baseline_marks_new_persisting_and_resolved(tmp_path: Path, rules: object) -> None:
    bad = "KYIV - A Russian strike killed 12 people, police said. By evening 4 people had been killed."
    good = "KHARKIV - Russian drones struck Kharkiv overnight, killing 3 people, the governor said."
    bad_too = "ODESA - A missile killed 20 people, the mayor said. Later 7 people had been killed."
    week1 = _week(tmp_path / "w1", {"a.txt": bad, "b.txt": bad_too, "c.txt": good})
    week2 = _week(tmp_path / "w2", {"a.txt": bad, "b.txt": good, "c.txt": bad_too.replace("ODESA", "LVIV")})
    first = audit([week1], tmp_path / "audit1", rules)
    second = audit([week2], tmp_path / "audit2", rules, baseline=first.out)
    findings = pd.read_parquet(second.out / "findings.parquet")
    changed = findings.dropna(subset=["change"])
    by_change = changed.groupby("change")["path"].apply(lambda s: sorted(Path(p).name for p in s)).to_dict()
    assert by_change == {"new": ["c.txt"], "persisting": ["a.txt"], "resolved": ["b.txt"]}
    assert (second.counts["new"], second.counts["persisting"], second.counts["resolved"]) == (1, 1, 1)
    assert findings.loc[findings["change"] == "resolved", "status"].tolist() == ["fail"]
    csv = pd.read_csv(second.out / "findings.csv")
    assert sorted(csv["change"].dropna()) == ["new", "persisting", "resolved"]
    html = (second.out / "index.html").read_text()
    assert "1 new" in html and "1 resolved" in html and 'class="resolved"' in html


# --------------------------------------------------------------------------- resume after SIGKILL


def _journaled(out: Path) -> int:
    return sum(p.read_bytes().count(b"\n") for p in (out / "journal").glob("part-*.jsonl"))


def test_resume_after_sigkill_loses_and_repeats_nothing(tmp_path: Path, rules: object) -> None:
    corpus = tmp_path / "corpus"
    manifest = generate(corpus, 300, seed=5, broken=2, events=3)
    out = tmp_path / "killed"
    proc = subprocess.Popen([sys.executable, "-m", "checker.cli", "batch", str(corpus), "--out", str(out),
                             "--workers", "2", "--chunk-size", "5"], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while _journaled(out) < 15 if (out / "journal").exists() else True:
        assert proc.poll() is None, "the batch finished before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _journaled(out)
    assert not (out / "audit.json").exists() and partial < 300

    resumed = run_cli(corpus, "--out", out, "--workers", "2", "--chunk-size", "5", "--resume")
    assert resumed.returncode == 1, resumed.stderr
    meta = json.loads((out / "audit.json").read_text())
    assert 0 < meta["counts"]["resumed"] < manifest.articles
    reference = audit([corpus], tmp_path / "whole", rules)
    assert_same_tables(out, reference.out)
    articles = pd.read_parquet(out / "articles.parquet")
    assert articles["article_id"].is_unique and len(articles) == manifest.articles
    assert pd.read_csv(out / "errors.csv")["id"].tolist() == sorted(manifest.broken)


# --------------------------------------------------------------------------- CLI behaviour


def test_cli_pool_run_is_quiet_in_a_pipe_and_matches_in_process(corpus: tuple[Path, Manifest],
                                                                  local_run: AuditResult,
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "pool"
    result = run_cli(corpus[0], "--out", out, "--workers", "2", "--chunk-size", "8")
    assert result.returncode == 1 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "articles" in result.stderr
    assert_same_tables(out, local_run.out)
    assert json.loads((out / "audit.json").read_text())["scheduler"] == "local-processes"


def test_pool_in_a_process_with_threads_uses_a_forkserver(corpus: tuple[Path, Manifest],
                                                          local_run: AuditResult, rules: object,
                                                          tmp_path: Path) -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert pool_context().get_start_method() != "fork"  # forking now could copy a held lock
        result = audit([corpus[0]], tmp_path / "pool", rules, workers=2, chunk_size=8)
    finally:
        stop.set()
        other.join()
    assert result.scheduler == "local-processes" and result.counts == local_run.counts
    assert_same_tables(result.out, local_run.out)
    assert 0 < len(list((result.out / "journal").glob("part-*.jsonl"))) <= 2  # a part per worker


@pytest.mark.parametrize(("args", "message"), [
    (["no/such/folder", "--out", "{tmp}/o"], "no such file or folder"),
    (["{tmp}/empty", "--out", "{tmp}/o"], "no article files"),
    (["{fixtures}", "--out", "{tmp}/file.txt/sub"], "cannot write the audit"),
    (["{fixtures}", "--out", "{tmp}/o", "--workers", "0"], "--workers"),
    (["{fixtures}", "--out", "{tmp}/o", "--baseline", "{tmp}/empty"], "not an audit folder"),
])
def test_bad_arguments_exit_2_with_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "file.txt").write_text("x")
    fill = {"tmp": str(tmp_path), "fixtures": str(FIXTURES)}
    result = run_cli(*(a.format(**fill) for a in args))
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_exit_code_follows_fail_on(tmp_path: Path) -> None:
    failing = run_cli(FIXTURES, "--out", tmp_path / "a", "--workers", "1")
    assert failing.returncode == 1, failing.stderr
    assert run_cli(FIXTURES, "--out", tmp_path / "b", "--workers", "1", "--fail-on", "never").returncode == 0
    clean = run_cli(FIXTURES / "clean.md", "--out", tmp_path / "c", "--workers", "1")
    assert clean.returncode == 0, clean.stderr


def test_fixture_folder_reads_every_format(tmp_path: Path, rules: object) -> None:
    result = audit([FIXTURES], tmp_path / "out", rules)
    articles = pd.read_parquet(result.out / "articles.parquet")
    names = {Path(p).name for p in articles["path"]}
    assert names == {"clean.md", "cms.json", "export.jsonl", "page.html", "wire.txt"}
    errors = pd.read_csv(result.out / "errors.csv")
    assert errors["id"].map(lambda i: Path(i).name).tolist() == ["export.jsonl#2"]
    assert "not valid JSON" in errors["reason"][0]


def test_unreachable_scheduler_is_a_one_line_error(tmp_path: Path) -> None:
    result = run_cli(FIXTURES, "--out", tmp_path / "o", "--scheduler", "tcp://127.0.0.1:9")
    assert result.returncode == 2 and "cannot reach the Dask scheduler" in result.stderr
    assert "Traceback" not in result.stderr


# --------------------------------------------------------------------------- grouping


def test_group_events_keeps_events_together_and_others_alone() -> None:
    def doc(i: str, event: str | None, date: str) -> Document:
        return Document(id=i, text="x", event=event, date=date)

    docs = [doc("a", "e1", "2025-05-02"), doc("b", None, "2025-05-01"), doc("c", "e1", "2025-05-01"),
            doc("d", "e2", "2025-05-01")]
    groups = group_events(docs)
    assert [[d.id for d in g] for g in groups] == [["c", "a"], ["b"], ["d"]]


def test_read_inputs_reports_each_bad_record() -> None:
    items = list(read_inputs([FIXTURES / "export.jsonl"]))
    assert [type(i).__name__ for i in items] == ["Document", "Document", "InputFailure"]
    assert isinstance(items[2], InputFailure) and items[2].id.endswith("export.jsonl#2")


# --------------------------------------------------------------------------- Dask


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as local:
        yield local.scheduler_address


@pytest.mark.cluster
def test_dask_cluster_gives_the_same_tables(corpus: tuple[Path, Manifest], local_run: AuditResult,
                                            rules: object, cluster: str, tmp_path: Path) -> None:
    result = audit([corpus[0]], tmp_path / "dask", rules, scheduler=cluster, chunk_size=8)
    assert result.workers == 2 and result.scheduler == cluster
    assert_same_tables(result.out, local_run.out)
    assert {k: v for k, v in result.counts.items()} == local_run.counts


def test_group_window_joins_reports_of_one_event_without_a_key(tmp_path: Path) -> None:
    from checker.documents import from_text

    early = from_text("date 2025-04-25T06:00\nKYIV - Russian drones killed 8 people in Kyiv overnight.",
                      "a", "a.txt")
    late = from_text("date 2025-04-25T18:00\nKYIV - The toll in Kyiv rose to 12, officials said.",
                     "b", "b.txt")
    elsewhere = from_text("date 2025-04-25\nLIMA - A bus crash killed 20 people in Peru.", "c", "c.txt")
    assert [len(g) for g in group_events([early, late, elsewhere])] == [1, 1, 1]
    grouped = group_events([late, elsewhere, early], window_days=2)
    assert sorted([d.id for d in g] for g in grouped) == [["a", "b"], ["c"]]
