"""The report writers: formats, order of checks, quiet/verbose, CSV, HTML page and fragment."""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rich.console import Console

import checker
from checker.cli.terminal import print_report
from checker.model import Claim, Document, Finding, Report
from checker.report import (
    CSV_COLUMNS,
    FORMATS,
    interval_text,
    ordered_findings,
    render_csv,
    render_fragment,
    render_html,
    render_json,
    render_text,
    summary,
    to_contract,
)
from checker.report_context import article_tokens, page_context
from tests.conftest import SEED, run_check
from tests.golden.regenerate import GOLDEN, failing_seed, golden_reports

EVENT = (
    "date 2025-04-24T06:00\nsource City Administration\ntitle Overnight strike\n\n"
    "KYIV - At least 8 people were killed and 70 injured, officials said.\n",
    "date 2025-04-24T18:00\nsource Reuters\ntitle Toll rises\n\n"
    "KYIV - The death toll rose to 12, with 90 people injured, officials said. Two people are missing.\n",
    "date 2025-04-25\nsource Wire\ntitle Toll revised\n\n"
    "KYIV - Nine people were killed and 87 injured, officials said. Three people remain missing.\n",
)


@pytest.fixture(scope="module")
def event_report() -> Report:
    return checker.check(list(EVENT))


class Tags(HTMLParser):
    """Every start tag with its attributes, and every <style> body."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


def parse(html: str) -> Tags:
    parser = Tags()
    parser.feed(html)
    parser.close()
    return parser


def selectors(css: str) -> list[str]:
    """Every selector of a stylesheet, descending into @media/@container/@supports blocks."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    out: list[str] = []
    pos = 0
    while True:
        brace = css.find("{", pos)
        if brace < 0:
            break
        prelude = css[pos:brace].strip()
        depth, end = 1, brace + 1
        while depth and end < len(css):
            depth += {"{": 1, "}": -1}.get(css[end], 0)
            end += 1
        body = css[brace + 1:end - 1]
        if prelude.startswith("@"):
            assert prelude.split()[0] in ("@media", "@container", "@supports"), prelude
            out += selectors(body)
        else:
            out += [s.strip() for s in prelude.split(",")]
        pos = end
    return out


# ---------------------------------------------------------------- formats and order


def test_formats_are_the_five_writers() -> None:
    assert set(FORMATS) == {"json", "text", "csv", "html", "fragment"}


def test_json_is_the_contract(seed_report: Report) -> None:
    data = json.loads(render_json(seed_report))
    assert data == json.loads(json.dumps(to_contract(seed_report)))
    assert list(data) == ["version", "documents", "claims", "findings", "summary"]
    assert data["summary"] == summary(seed_report)


def test_interval_text() -> None:
    assert interval_text(12, None) == "[12, \u221e)"
    assert interval_text(12, 12) == "[12]"
    assert interval_text(None, 10) == "[0, 10]"
    assert interval_text(5000, 5000) == "[5,000]"


def test_findings_are_ordered_failed_skipped_passed_and_by_severity() -> None:
    findings = [Finding("p", "pass", "error", ""), Finding("s", "skip", "error", ""),
                Finding("fi", "fail", "info", ""), Finding("fe", "fail", "error", ""),
                Finding("fw", "fail", "warning", "")]
    assert [f.rule for f in ordered_findings(findings)] == ["fe", "fw", "fi", "s", "p"]


def test_text_lists_claims_then_failed_first(failing_report: Report) -> None:
    text = render_text(failing_report)
    lines = text.splitlines()
    marks = [line[:4] for line in lines if line[:4] in ("FAIL", "pass", "skip")]
    assert marks == ["FAIL", "skip", "pass", "pass"]
    assert "9 dead" in text and "killed-consistent" in text
    assert lines[-1].startswith("12 claims, 3 checks, 1 failed (1 errors")


def test_text_summarises_skipped_checks_on_one_line_unless_verbose(seed_report: Report) -> None:
    skipped = sum(1 for f in seed_report.findings if f.status == "skip")
    short = render_text(seed_report)
    assert sum(1 for line in short.splitlines() if line.startswith("skip")) == 1
    assert f"skip {skipped} checks not run" in short
    verbose = render_text(seed_report, verbose=True)
    assert sum(1 for line in verbose.splitlines() if line.startswith("skip")) == skipped


def test_quiet_shows_failed_checks_only(failing_report: Report, seed_report: Report) -> None:
    quiet = render_text(failing_report, quiet=True)
    body = [line for line in quiet.splitlines() if line.strip()]
    assert body[0].startswith("FAIL error   killed-consistent:")
    assert len(body) == 2 and body[1].startswith("12 claims")
    assert not any(line.startswith(("pass", "skip")) for line in render_text(seed_report, quiet=True)
                   .splitlines())


def test_cli_quiet_and_verbose_in_a_pipe(tmp_path: Path) -> None:
    article = failing_seed(tmp_path)
    quiet = run_check(article, "--quiet")
    assert quiet.returncode == 1
    assert quiet.stdout.startswith("FAIL error   killed-consistent")
    verbose = run_check(article, "--format", "text", "--verbose")
    assert verbose.stdout.count("\nskip ") > 5


def test_terminal_colour_output(failing_report: Report, seed_report: Report) -> None:
    def show(report: Report, **kw: bool) -> str:
        console = Console(file=io.StringIO(), force_terminal=True, width=140, color_system="standard")
        print_report(report, console=console, **kw)
        return console.file.getvalue()  # type: ignore[attr-defined]

    out = show(failing_report)
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "\x1b[" in out  # colour
    assert "\u2716 FAIL" in plain and "\u2714 pass" in plain  # and words and icons besides colour
    assert '"9 dead"' in plain and "Tymur Tkachenko" in plain
    skipped = sum(f.status == "skip" for f in failing_report.findings)
    assert skipped > 20  # rules whose figures the seed does not state
    skip_lines = [line for line in plain.splitlines() if line.startswith("\u2013 skip")]
    assert len(skip_lines) == 1 and f"{skipped} checks not run" in skip_lines[0]
    verbose = re.sub(r"\x1b\[[0-9;]*m", "", show(seed_report, verbose=True))
    assert verbose.count("\u2013 skip") == sum(f.status == "skip" for f in seed_report.findings)
    quiet = re.sub(r"\x1b\[[0-9;]*m", "", show(failing_report, quiet=True))
    assert "\u2714 pass" not in quiet and "\u2013 skip" not in quiet and "at least 12 people" in quiet
    assert "id " not in quiet.splitlines()[0]  # no claims table


def test_csv_has_the_claim_columns(seed_report: Report) -> None:
    rows = list(csv.DictReader(io.StringIO(render_csv(seed_report))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(seed_report.claims)
    lede = rows[0]
    assert (lede["text"], lede["low"], lede["high"], lede["category"]) == ("at least 12 people", "12", "",
                                                                           "killed")
    assert rows[0]["place"] == "Kyiv"


# ---------------------------------------------------------------- HTML page and fragment


def test_page_is_one_document_with_one_h1_csp_and_lang(seed_report: Report) -> None:
    html = render_html(seed_report)
    tags = parse(html)
    names = [t for t, _ in tags.tags]
    assert names.count("h1") == 1 and names.count("html") == 1 and names.count("main") == 1
    assert re.search(r'<html lang="en">', html)
    csp = [a["content"] for t, a in tags.tags if t == "meta" and a.get("http-equiv") ==
           "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0] and "script-src" not in csp[0]
    assert "script" not in names


def test_headings_go_in_order(seed_report: Report, event_report: Report) -> None:
    for html, first in ((render_html(event_report), 1), (render_fragment(event_report), 2)):
        levels = [int(t[1]) for t, _ in parse(html).tags if re.fullmatch(r"h[1-6]", t)]
        assert levels[0] == first and min(levels) == first
        assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels


def test_fragment_is_one_scoped_section_without_script(seed_report: Report) -> None:
    html = render_fragment(seed_report)
    assert html.startswith('<section class="nc-report') and html.rstrip().endswith("</section>")
    tags = parse(html)
    names = [t for t, _ in tags.tags]
    assert not {"html", "head", "body", "script", "h1", "link", "iframe", "img"} & set(names)
    assert next(t for t in names if re.fullmatch(r"h[1-6]", t)) == "h2"
    sels = selectors("".join(tags.styles))
    assert len(sels) > 50
    bad = [s for s in sels if not s.startswith(".nc-report")]
    assert not bad, bad


def test_selector_parser_sees_nested_rules() -> None:
    assert selectors(".nc-report a{x:1}@media print{.nc-report b,p{y:2}}") == [".nc-report a",
                                                                               ".nc-report b", "p"]


@pytest.mark.parametrize("kind", ["page", "fragment"])
def test_no_external_urls(kind: str, event_report: Report, failing_report: Report) -> None:
    render = render_html if kind == "page" else render_fragment
    for report in (event_report, failing_report):
        html = render(report)
        for tag, attrs in parse(html).tags:
            for name in ("src", "href", "action", "data", "xlink:href", "srcset", "poster"):
                value = attrs.get(name)
                if value is not None:
                    assert value.startswith("#"), (tag, name, value)
        assert not re.search(r"url\(|@import", "".join(parse(html).styles))
        assert "http://" not in html and "https://" not in html and 'src="//' not in html


def test_every_claim_has_one_highlight_and_failed_checks_link_to_them(failing_report: Report) -> None:
    html = render_html(failing_report)
    tags = parse(html).tags
    highlights = [a["data-claim"] for t, a in tags if "data-claim" in a]
    assert sorted(highlights) == sorted(c.id for c in failing_report.claims)
    ids = {a.get("id") for _, a in tags}
    findings = [a for t, a in tags if t == "li" and "data-rule" in a]
    assert len(findings) == len(failing_report.findings)
    assert {a["data-status"] for a in findings} == {"fail", "skip", "pass"}
    assert all(a["data-severity"] in ("error", "warning", "info") for a in findings)
    failed = re.search(r'<li[^>]*data-status="fail".*?</ul>', html, re.S)
    assert failed and 'data-rule="killed-consistent"' in failed.group(0)
    links = re.findall(r'href="#([^"]+)"', failed.group(0))
    assert links == ["nc-claim-d1.c1", "nc-claim-d1.c7"] and all(x in ids for x in links)
    flag = re.search(r'<mark[^>]*data-claim="d1.c7".*?</mark>', html, re.S)
    assert flag and 'class="nc-flag" href="#nc-finding-' in flag.group(0)
    target = re.search(r'class="nc-flag" href="#([^"]+)"', flag.group(0))
    assert target and target.group(1) in ids


def test_checks_grouped_failed_then_skipped_then_passed_collapsed(failing_report: Report) -> None:
    html = render_html(failing_report)
    statuses = re.findall(r'data-status="(fail|skip|pass)" data-severity', html)
    assert statuses == sorted(statuses, key=["fail", "skip", "pass"].index)
    assert re.search(r'<details class="nc-group nc-g-skip">', html)  # collapsed: no `open`
    assert re.search(r'<details class="nc-group nc-g-pass">', html)
    fail_at, skip_at = html.index('data-status="fail" data-severity'), html.index("nc-g-skip")
    assert fail_at < skip_at and "<details" not in html[:fail_at]


def test_finding_names_rule_figures_intervals_sources_and_arithmetic(seed_report: Report,
                                                                     event_report: Report) -> None:
    html = render_html(seed_report)
    card = re.search(r'<li[^>]*data-rule="intercepted-within-launched".*?</ul>', html, re.S)
    assert card
    text = card.group(0)
    assert "215" in text and "112 targets" in text and "[145]" in text
    assert "according to Ukraine&#39;s air force" in text
    card = re.search(r'<li[^>]*data-rule="toll-does-not-fall".*?</ul>', render_html(event_report), re.S)
    assert card and 'data-status="fail"' in card.group(0)
    assert "in Reuters, 2025-04-24T18:00" in card.group(0) and "in Wire, 2025-04-25" in card.group(0)
    assert "[9]" in card.group(0) and "according to officials" in card.group(0)


def test_verdicts(seed_report: Report, failing_report: Report) -> None:
    assert 'data-verdict="pass"' in render_html(seed_report)
    assert "All 3 checks passed" in render_html(seed_report)
    page = render_html(failing_report)
    assert 'data-verdict="fail"' in page and "1 check failed" in page


def test_cross_source_table_and_toll_timeline(event_report: Report) -> None:
    ctx = page_context(event_report)
    assert ctx.cross is not None
    rows = {r.category: r for r in ctx.cross.rows}
    assert rows["killed"].differs and [c.differs for c in rows["killed"].cells] == [False, True, True]
    assert [c.claims[0].claim.text for c in rows["killed"].cells] == ["At least 8 people", "12",
                                                                        "Nine people"]
    assert not rows["missing"].cells[0].claims  # no figure in the first report
    assert [c.category for c in ctx.charts] == ["killed", "injured", "missing"]
    killed = ctx.charts[0]
    assert [col.date for col in killed.columns] == ["2025-04-24T06:00", "2025-04-24T18:00", "2025-04-25"]
    assert killed.marks[0].open_high and killed.marks[0].label == "\u22658"
    assert killed.marks[2].failed and not killed.marks[0].failed
    html = render_html(event_report)
    assert html.count("<svg") == 3 and 'role="img"' in html and "<desc" in html
    assert "reports differ" in html
    assert render_html(checker.check([SEED])).count("<svg") == 0


def test_highlights_nest_and_survive_overlaps() -> None:
    text = "KYIV - 12 people and 40 fires"
    doc = Document("d1", text, body_start=0)

    def claim(cid: str, start: int, end: int) -> Claim:
        return Claim(cid, "d1", 0, start, end, text[start:end], None, None, None, "exact", "count",
                     None, "other")

    report = Report((doc,), (claim("d1.c1", 7, 16), claim("d1.c2", 7, 9), claim("d1.c3", 14, 24),
                             claim("d1.c4", 21, 29)), ())
    tokens = article_tokens(doc, page_context(report).claims)
    opened = [t.claim.id for t in tokens if t.kind == "open" and t.claim]
    closed = [t.claim.id for t in tokens if t.kind == "close" and t.claim]
    assert sorted(opened) == sorted(closed) == ["d1.c1", "d1.c2", "d1.c3", "d1.c4"]
    assert "".join(t.text for t in tokens) == text  # nothing lost, nothing doubled
    depth = 0
    for t in tokens:
        depth += {"open": 1, "close": -1}.get(t.kind, 0)
        assert depth >= 0


def test_output_is_deterministic(failing_report: Report) -> None:
    assert render_html(failing_report) == render_html(failing_report)
    assert not re.search(r"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d", render_html(failing_report))


@pytest.mark.parametrize("name", ["seed.html", "seed.fragment.html", "seed-failing.html",
                                  "seed-failing.fragment.html"])
def test_html_matches_the_golden_file(name: str, golden: dict[str, str]) -> None:
    expected = (GOLDEN / name).read_text(encoding="utf-8")
    assert golden[name] == expected, "run `make golden` after an intended change"


@pytest.fixture(scope="module")
def golden() -> dict[str, str]:
    return golden_reports()


def test_cli_writes_the_page_and_prints_the_fragment(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    result = run_check(SEED, "--format", "fragment", "--html", page)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith('<section class="nc-report')
    assert page.read_text(encoding="utf-8") == render_html(checker.check([SEED]))


def test_templates_folder_is_searched_first(tmp_path: Path) -> None:
    (tmp_path / "fragment.html.j2").write_text(
        '<section class="nc-report newsroom-own">{% include "_summary.html.j2" %}'
        '<ol>{% for f in failed %}{% include "_finding.html.j2" %}{% endfor %}</ol></section>\n',
        encoding="utf-8")
    (tmp_path / "_finding.html.j2").write_text(
        '<li data-rule="{{ f.rule }}" class="newsroom-finding">{{ f.finding.message }}</li>\n',
        encoding="utf-8")
    article = failing_seed(tmp_path)
    result = run_check(article, "--format", "fragment", "--templates", tmp_path)
    assert result.returncode == 1, result.stderr
    assert 'class="nc-report newsroom-own"' in result.stdout
    assert '<li data-rule="killed-consistent" class="newsroom-finding">' in result.stdout
    assert "1 check failed" in result.stdout  # the built-in partial, found after the folder
    page = run_check(article, "--format", "html", "--templates", tmp_path)
    assert "newsroom-finding" in page.stdout and "<!doctype html>" in page.stdout
