"""The HTML report in a real browser: highlights, links, no script, no request, no XSS."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import checker
from checker.model import Report
from checker.report import render_fragment, render_html, to_contract
from tests.browser.conftest import ARTIFACTS, Watched
from tests.test_xss import IDS, VECTORS, synthetic_report, xss_article

pytestmark = pytest.mark.browser

HOST_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CMS preview</title>
<style>body{{font:14px serif;color:rgb(0, 0, 128)}} h1{{color:rgb(128, 0, 0)}} .host p{{margin:3px}}</style>
</head><body><header><h1 id="host-title">CMS preview</h1></header><main class="host"><p id="host-p">Draft</p>
{fragments}</main></body></html>"""

# One pass over the loaded page: what the tests assert about links, headings and contrast.
INSPECT = """() => {
  const byId = id => document.getElementById(id);
  const claims = [...document.querySelectorAll('[data-claim]')].map(e => e.dataset.claim);
  const findingLinks = [...document.querySelectorAll('[data-rule][data-status="fail"] a[href^="#"]')]
    .map(a => a.getAttribute('href').slice(1));
  const flags = [...document.querySelectorAll('mark[data-claim] a.nc-flag')]
    .map(a => a.getAttribute('href').slice(1));
  const hidden = [...document.querySelectorAll('mark[data-claim]')].filter(m => {
    const r = m.getBoundingClientRect(); return r.width === 0 || r.height === 0; }).map(m => m.dataset.claim);
  // WCAG contrast of every visible text run against the first opaque background behind it
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b]
    .map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
  const bg = el => { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor);
    if (c.length === 3 || c[3] > 0) return c.slice(0, 3); } return [255, 255, 255]; };
  const lowContrast = [];
  for (const el of document.querySelectorAll('.nc-report *')) {
    if (el.closest('svg') || el.closest('details:not([open]) > :not(summary)')) continue;
    const text = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
    if (!text || el.getClientRects().length === 0) continue;
    const st = getComputedStyle(el);
    if (st.position === 'absolute' && st.width === '1px') continue;  // screen-reader-only text
    const a = lum(rgb(st.color)), b = lum(bg(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const size = parseFloat(st.fontSize), bold = parseInt(st.fontWeight) >= 700;
    const need = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
    if (ratio < need)
      lowContrast.push(`${el.tagName}.${el.className} "${text.slice(0, 30)}" ${ratio.toFixed(2)}`);
  }
  return {
    claims, findingLinks, flags, hidden, lowContrast,
    brokenFindingLinks: findingLinks.filter(id => !byId(id) || !byId(id).hasAttribute('data-claim')),
    brokenFlags: flags.filter(id => !byId(id) || byId(id).dataset.status !== 'fail'),
    headings: [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1]),
    lang: document.documentElement.lang,
    openDetails: [...document.querySelectorAll('.nc-report details[open]')].length,
    xss: window.__xss === undefined ? null : String(window.__xss),
    scripts: document.scripts.length,
  };
}"""


def _write(tmp_path: Path, name: str, html: str) -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def _assert_report(w: Watched, report: Report, page: bool = True) -> dict[str, Any]:
    info = w.page.evaluate(INSPECT)
    contract = json.loads(json.dumps(to_contract(report)))
    assert sorted(info["claims"]) == sorted(c["id"] for c in contract["claims"])
    assert not info["hidden"], info["hidden"]
    assert not info["brokenFindingLinks"] and not info["brokenFlags"]
    failed = [f for f in contract["findings"] if f["status"] == "fail"]
    assert {f"nc-claim-{c}" for f in failed for c in f["claims"]} <= set(info["findingLinks"])
    assert len(info["flags"]) == sum(len(f["claims"]) for f in failed)
    levels = info["headings"]
    if page:
        assert levels.count(1) == 1 and levels[0] == 1 and info["lang"] == "en"
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:])), levels  # noqa: RUF007
    assert not info["lowContrast"], info["lowContrast"]
    assert info["openDetails"] == 0  # skipped and passed checks start collapsed
    assert info["xss"] is None and info["scripts"] == 0
    w.assert_quiet()
    return info


def test_seed_page(watched: Watched, seed_report: Report, tmp_path: Path) -> None:
    watched.open(_write(tmp_path, "seed.html", render_html(seed_report)))
    info = _assert_report(watched, seed_report)
    assert not info["findingLinks"]
    assert watched.page.locator(".nc-verdict").inner_text().strip().startswith("\u2714")
    passed = watched.page.locator("details.nc-g-pass")
    assert not passed.locator("[data-rule]").first.is_visible()
    passed.locator("summary").click()  # expands without any script
    assert passed.locator('[data-rule="intercepted-within-launched"]').is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    watched.page.screenshot(path=str(ARTIFACTS / "seed-report.png"), full_page=True)


def test_failing_page_links_both_ways(watched: Watched, failing_report: Report, tmp_path: Path) -> None:
    watched.open(_write(tmp_path, "seed-failing.html", render_html(failing_report)))
    _assert_report(watched, failing_report)
    page = watched.page
    finding = page.locator('[data-rule="killed-consistent"][data-status="fail"]')
    assert finding.is_visible() and "FAILED" in finding.inner_text().upper()
    finding.locator('a[href="#nc-claim-d1.c7"]').click()
    assert page.evaluate("location.hash") == "#nc-claim-d1.c7"
    assert page.locator('[data-claim="d1.c7"]').is_visible()
    page.locator('mark[data-claim="d1.c7"] a.nc-flag').click()
    assert page.evaluate("document.querySelector(location.hash).dataset.rule") == "killed-consistent"
    ARTIFACTS.mkdir(exist_ok=True)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / "seed-failing-report.png"), full_page=True)


def test_several_reports_page(watched: Watched, tmp_path: Path) -> None:
    from tests.test_report import EVENT

    report = checker.check(list(EVENT))
    watched.open(_write(tmp_path, "event.html", render_html(report)))
    _assert_report(watched, report)
    assert watched.page.locator("svg[role=img]").count() == 3
    assert watched.page.locator("table.nc-cross tr[data-category=killed] .nc-cell-differs").count() == 2
    ARTIFACTS.mkdir(exist_ok=True)
    watched.page.screenshot(path=str(ARTIFACTS / "event-report.png"), full_page=True)


def test_fragment_in_a_host_page(watched: Watched, failing_report: Report, seed_report: Report) -> None:
    page = watched.page
    page.set_content(HOST_PAGE.format(fragments=""))
    before = page.evaluate("""() => [getComputedStyle(document.body).color,
        getComputedStyle(document.getElementById('host-title')).color,
        getComputedStyle(document.getElementById('host-p')).margin]""")
    page.set_content(HOST_PAGE.format(fragments=render_fragment(failing_report)))
    _assert_report(watched, failing_report, page=False)
    after = page.evaluate("""() => [getComputedStyle(document.body).color,
        getComputedStyle(document.getElementById('host-title')).color,
        getComputedStyle(document.getElementById('host-p')).margin]""")
    assert before == after  # the fragment's CSS does not reach the host page
    assert page.locator("h1").count() == 1 and page.locator(".nc-report h2").first.inner_text()
    page.locator('[data-rule="killed-consistent"] a[href="#nc-claim-d1.c1"]').click()
    assert page.locator('[data-claim="d1.c1"]').is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "fragment-in-host.png"), full_page=True)


def test_no_xss_vector_executes_in_fragments(watched: Watched) -> None:
    """Every vector, in every field, as fragments in a host page that has no CSP to save it."""
    fragments = "\n".join(render_fragment(synthetic_report(v)) for v in VECTORS)
    watched.show(HOST_PAGE.format(fragments=fragments))
    watched.page.mouse.move(300, 300)
    assert watched.page.evaluate("window.__xss === undefined && document.scripts.length === 0")
    assert watched.page.locator("iframe, img, object, base, meta[http-equiv=refresh]").count() == 0
    assert watched.page.locator("section.nc-report").count() == len(VECTORS)
    watched.assert_quiet()


def test_no_xss_vector_executes_in_the_page(watched: Watched, tmp_path: Path) -> None:
    """Every vector in an article's title, source and body, through the whole pipeline, one page
    load each (one browser tab, so the test stays fast); the page's CSP is a second line only."""
    executed: dict[str, str] = {}
    for vid, vector in zip(IDS, VECTORS):
        path = _write(tmp_path, f"{vid}.txt", xss_article(vector))
        watched.open(_write(tmp_path, f"{vid}.html", render_html(checker.check([path]))))
        watched.page.mouse.move(200, 200)
        if not watched.page.title().endswith(vector):  # the title shown as text, not parsed
            executed[vid] = f"title {watched.page.title()!r}"
        if not watched.page.evaluate("window.__xss === undefined && document.scripts.length === 0"):
            executed[vid] = "script ran"
    assert not executed, executed
    watched.assert_quiet()
