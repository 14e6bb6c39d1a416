"""The HTML report in headless Chromium (Debian's ``chromium``): it loads offline, logs no console error,
requests nothing but itself, and its first screen shows the tables and plots. Screenshots are kept under
``out/test-screenshots/`` for a person to look at.

Skipped only when Chromium is absent and the CI variable is unset: under CI a missing Chromium fails."""

from __future__ import annotations

import json
from pathlib import Path


from chromium_cdp import Chromium
from ecarts.reports.summary import write_report
from ecarts.warehouse.db import open_warehouse

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "out" / "test-screenshots"
WIDTH, HEIGHT = 1280, 2400


def test_report_renders_in_chromium(chromium: str, sample_db_modules: Path, tmp_path: Path):
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        html = write_report(wh, tmp_path / "rapport", "75")[0]
    with Chromium(chromium, tmp_path / "profile", WIDTH, HEIGHT) as browser:
        browser.open(html.resolve().as_uri())
        assert browser.errors() == []
        urls = browser.requested_urls()
        assert urls and all(u.startswith(("file://", "data:")) for u in urls), urls
        page = json.loads(
            browser.evaluate("""JSON.stringify((() => {
            const inView = el => { const r = el.getBoundingClientRect();
                                   return r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom > 0; };
            const svgs = [...document.querySelectorAll('svg')];
            return {
              title: document.title,
              tables: document.querySelectorAll('table').length,
              svgs: svgs.length,
              drawnSvgs: svgs.filter(s => s.getBoundingClientRect().width > 50).length,
              tablesInView: [...document.querySelectorAll('table')].filter(inView).length,
              svgsInView: svgs.filter(inView).length,
              height: document.documentElement.scrollHeight,
              modulesTop: document.getElementById('modules').getBoundingClientRect().top + scrollY,
            }; })())""")
        )
        assert page["title"].startswith("Écarts de compétences et modules complémentaires")
        assert page["tables"] >= 10 and page["svgs"] >= 20 and page["drawnSvgs"] == page["svgs"]
        # the first screen (the screenshot) shows tables and at least one plot
        assert page["tablesInView"] >= 2 and page["svgsInView"] >= 1, page
        shot = browser.screenshot(SHOTS / "rapport.png")
        modules = browser.screenshot(
            SHOTS / "rapport-modules.png", {"x": 0, "y": page["modulesTop"], "width": WIDTH, "height": HEIGHT}
        )
    for png in (shot, modules):
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert (width, height) == (WIDTH, HEIGHT)
        assert len(data) > 100_000  # a blank page of this size compresses to about 12 kB
