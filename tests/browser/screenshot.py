"""Regenerate docs/screenshots/seed-report.png: `python -m tests.browser.screenshot`.

The seed report as an editor first sees it (the passed checks opened to show their arithmetic),
taken with the same Chromium the browser tests use.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.browser.conftest import ARGS, CHROMIUM

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots" / "seed-report.png"


def main() -> None:
    from playwright.sync_api import sync_playwright

    import checker
    from checker.report import render_html

    html = render_html(checker.check([ROOT / "seeds" / "000_8e9a003f33dbdbab.txt"]))
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        page_file = Path(tmp) / "seed.html"
        page_file.write_text(html, encoding="utf-8")
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 1100})
        page.goto(page_file.as_uri())
        page.locator("details.nc-g-pass > summary").click()
        OUT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(OUT))
        browser.close()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
