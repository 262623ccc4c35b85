"""End to end: the flow on data/ writes every output; a real browser opens the timeline.

The browser tests (marker ``browser``) drive Debian's ``chromium`` headless through
Playwright, with no network: they skip, saying why, when chromium or playwright is missing.
Each keeps a screenshot in pytest's tmp dir; with ``TIMELINE_SCREENSHOT_DIR`` set, a copy
goes there too. Select them with ``pytest -m browser``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from timeline.chart import write_timeline
from timeline.export import events_frame, read_csv, read_parquet
from timeline.placement import place
from timeline.synthetic import event, synthetic_events

D9 = dt.date(2024, 3, 9)

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("TIMELINE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
OUTPUTS = {
    "events.csv",
    "events.parquet",
    "events.xlsx",
    "timelinejs.json",
    "timelinejs.csv",
    "timeline.html",
}


def _run_flow(out_dir: Path):
    from flows.timeline_flow import timeline_flow

    return timeline_flow(sources=[str(REPO / "data")], out_dir=str(out_dir))


@pytest.fixture(scope="module")
def run_outputs(prefect_harness, tmp_path_factory) -> Path:
    """The flow run once on data/ with the default formats."""
    out = tmp_path_factory.mktemp("outputs")
    summary = _run_flow(out)
    assert not summary.errors
    return out


def _expected_points(frame: pd.DataFrame) -> int:
    """Drawn events (any date known) plus one publication mark per dated article."""
    days = zip(frame["date_start"], frame["date_end"], strict=True)
    placed = sum(place(start, end).shape != "undated" for start, end in days)
    return placed + frame.dropna(subset=["published"])["article_id"].nunique()


@pytest.mark.slow
def test_flow_writes_every_format_and_they_agree(run_outputs):
    assert {p.name for p in run_outputs.iterdir()} >= OUTPUTS
    table = read_csv(run_outputs / "events.csv")
    assert len(table) > 0
    pd.testing.assert_frame_equal(table, read_parquet(run_outputs / "events.parquet"))
    sheet = openpyxl.load_workbook(run_outputs / "events.xlsx")["events"]
    assert sheet.max_row == len(table) + 1
    slides = json.loads((run_outputs / "timelinejs.json").read_text("utf-8"))["events"]
    assert len(slides) == table.dropna(subset=["date_start", "date_end"], how="all").shape[0]
    page = (run_outputs / "timeline.html").read_text("utf-8")
    assert f'data-events="{len(table)}"' in page


# --- the browser ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    """A headless chromium with a fresh profile; every non-file request is blocked and kept."""
    if not Path(CHROMIUM).exists():
        pytest.skip(
            f"chromium not found at {CHROMIUM}: install Debian's with "
            "`apt-get install -y chromium` (or set TIMELINE_CHROMIUM)"
        )
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed: pip install -e '.[test]'"
    )
    with sync_api.sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
        context = pw.chromium.launch_persistent_context(
            profile,  # the fresh --user-data-dir
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1400, "height": 900},
        )
        blocked: list[str] = []

        def guard(route):
            if route.request.url.startswith(("file:", "data:", "blob:")):
                route.continue_()
            else:
                blocked.append(route.request.url)
                route.abort()

        context.route("**/*", guard)
        context.blocked = blocked
        yield context
        context.close()


def _open(browser, path: Path, screenshot: Path | None = None) -> dict:
    """Load a timeline page from disk and report what the browser saw."""
    page = browser.new_page()
    errors: list[str] = []
    dialogs: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.on("request", lambda req: requests.append(req.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_selector("#timeline-plot[data-ready=true]", timeout=60_000)
    page.wait_for_timeout(300)  # let WebGL traces draw before the screenshot
    report = page.evaluate(
        """() => {
        const gd = document.getElementById('timeline-plot');
        const drawn = gd.data.filter(t => t.meta.role !== 'key');
        const main = '.cartesianlayer .subplot.xy ';
        return {
          points: drawn.reduce((n, t) => n + (t.y || []).filter(v => v !== null).length, 0),
          types: [...new Set(drawn.map(t => t.type))].sort(),
          svg: document.querySelectorAll(main + '.scatterlayer .point').length
             + document.querySelectorAll(main + '.barlayer .point').length,
          bars: document.querySelectorAll(main + '.barlayer .point').length,
          gl: document.querySelectorAll('canvas.gl-canvas').length,
          scripts: document.scripts.length,
          handlers: document.querySelectorAll('[onerror],[onload],[onmouseover]').length,
          jslinks: [...document.querySelectorAll('a')]
              .filter(a => !/^https?:/i.test(a.getAttribute('href') || 'http:')).length,
          frames: document.querySelectorAll('iframe,object,embed').length,
          images: document.querySelectorAll('img').length,
        };
    }"""
    )
    report.update(errors=errors, dialogs=dialogs, requests=requests, page=page)
    if screenshot is not None:
        page.screenshot(path=str(screenshot), full_page=True)
        target = os.environ.get("TIMELINE_SCREENSHOT_DIR")
        if target:
            Path(target).mkdir(parents=True, exist_ok=True)
            shutil.copy(screenshot, Path(target) / screenshot.name)
    return report


def _offline(report: dict, browser) -> None:
    assert report["errors"] == []
    assert all(url.startswith(("file:", "data:", "blob:")) for url in report["requests"])
    assert browser.blocked == []


@pytest.mark.slow
@pytest.mark.browser
def test_browser_shows_every_event_of_the_sample_run_offline(browser, run_outputs, tmp_path):
    frame = read_parquet(run_outputs / "events.parquet")
    report = _open(browser, run_outputs / "timeline.html", tmp_path / "timeline.png")
    _offline(report, browser)
    expected = _expected_points(frame)
    assert report["points"] == expected
    assert report["svg"] == expected  # each one rendered as an SVG marker or bar
    assert report["bars"] > 0
    assert (tmp_path / "timeline.png").stat().st_size > 10_000
    page = report["page"]
    page.get_by_text("1m", exact=True).click()  # a range button: the last month of news
    page.wait_for_timeout(300)
    page.screenshot(path=str(tmp_path / "timeline-last-month.png"))
    target = os.environ.get("TIMELINE_SCREENSHOT_DIR")
    if target:
        shutil.copy(tmp_path / "timeline-last-month.png", Path(target))
    page.close()


@pytest.mark.browser
def test_browser_draws_5000_events_with_webgl(browser, tmp_path):
    frame = events_frame(synthetic_events(5000))
    (path,) = write_timeline(frame, tmp_path / "timeline-5000.html")
    report = _open(browser, path, tmp_path / "timeline-5000.png")
    _offline(report, browser)
    assert report["points"] == _expected_points(frame)
    assert "scattergl" in report["types"] and report["gl"] > 0
    report["page"].close()


@pytest.mark.browser
def test_browser_shared_plotlyjs_loads_from_beside_the_page(browser, tmp_path):
    frame = events_frame([event(), event(event_id="e2", date_end=None)])
    paths = write_timeline(frame, tmp_path / "timeline.html", plotlyjs="shared")
    report = _open(browser, paths[0])
    _offline(report, browser)
    assert report["points"] == _expected_points(frame)
    assert any(url.endswith("/plotly.min.js") for url in report["requests"])
    report["page"].close()


HOSTILE = {
    "sentence": "Il a dit <script>alert('sentence')</script> puis <img src=x onerror=alert(1)>.",
    "title": '"><svg onload=alert("title")><iframe src="javascript:alert(2)">',
    "actor": "<b onmouseover=alert('actor')>Erdogan</b>",
    "source": "<a href='javascript:alert(3)'>AFP</a>",
    "event_type": "<img src=x onerror=alert('type')>",
    "date_text": "</script><script>alert('date')</script>",
    "url": "javascript:alert('url')",
}


@pytest.mark.browser
def test_browser_runs_nothing_from_hostile_article_text(browser, tmp_path):
    frame = events_frame([event(**HOSTILE), event(event_id="e2", actor="B")])
    (path,) = write_timeline(frame, tmp_path / "hostile.html")
    report = _open(browser, path, tmp_path / "hostile.png")
    _offline(report, browser)
    page = report["page"]
    page.evaluate(
        """() => { const gd = document.getElementById('timeline-plot');
        const c = gd.data.findIndex(t => t.meta.role === 'event');
        Plotly.Fx.hover(gd, [{curveNumber: c, pointNumber: 0}]); }"""
    )
    page.wait_for_timeout(300)
    hover = page.evaluate("() => document.querySelector('.hoverlayer').textContent")
    page.mouse.click(10, 10)
    assert report["dialogs"] == []
    assert report["scripts"] == 3  # Plotly's config line, plotly.js, the plot: none injected
    assert (report["handlers"], report["jslinks"], report["frames"], report["images"]) == (
        0,
        0,
        0,
        0,
    )
    assert "<script>alert('sentence')</script>" in hover  # shown as text, not run
    assert "<b onmouseover=alert('actor')>Erdogan</b>" in hover
    page.screenshot(path=str(tmp_path / "hostile-hover.png"))
    page.close()


@pytest.mark.browser
def test_browser_menus_and_legend_filter_the_events(browser, tmp_path):
    frame = events_frame(
        [
            event(event_id="m1"),
            event(event_id="m2", actor="préfet", date_end=D9),
            event(event_id="s1", event_type="statement", actor="préfet"),
            event(event_id="d1", polarity="negative", modality="denied"),
            event(event_id="d2", event_type="statement", polarity="negative", modality="denied"),
        ]
    )
    (path,) = write_timeline(frame, tmp_path / "menus.html")
    report = _open(browser, path)
    _offline(report, browser)
    page = report["page"]

    def drawn() -> int:
        page.wait_for_timeout(700)  # Plotly waits for a possible double click
        return page.evaluate(
            """() => document.querySelectorAll('.cartesianlayer .subplot.xy .scatterlayer .point,'
                 + '.cartesianlayer .subplot.xy .barlayer .point').length"""
        )

    assert drawn() == 6  # five events and one publication mark
    page.get_by_text("denied or negated (hollow)").click(force=True)
    assert drawn() == 4  # the two denied events are hidden
    page.get_by_text("denied or negated (hollow)").click(force=True)
    assert drawn() == 6

    page.get_by_text("all types").click()
    page.locator(".updatemenu-dropdown-button").get_by_text("statement", exact=True).click()
    assert drawn() == 3  # s1, d2 and the publication mark
    page.get_by_text("denied or negated (hollow)").click(force=True)
    assert drawn() == 2  # hiding denied events keeps the type filter
    page.get_by_text("denied or negated (hollow)").click(force=True)

    page.get_by_text("all actors").click()
    page.locator(".updatemenu-dropdown-button").get_by_text("préfet", exact=True).click()
    page.wait_for_timeout(500)
    y_range = page.evaluate("() => document.getElementById('timeline-plot').layout.yaxis.range")
    assert y_range == [1.5, 0.5]  # the préfet lane (second busiest, after maire) fills the plot
    page.close()


@pytest.mark.browser
def test_browser_click_opens_the_article_only_for_http_links(browser, tmp_path):
    frame = events_frame(
        [
            event(event_id="good"),  # https://example.org/a/1
            event(
                event_id="bad",
                actor="B",
                article_id="x",
                url="javascript:alert(1)",
                published=D9,  # its publication mark apart from the other one
            ),
        ]
    )
    (path,) = write_timeline(frame, tmp_path / "click.html")
    report = _open(browser, path)
    _offline(report, browser)
    page = report["page"]
    popups: list = []

    def on_popup(popup) -> None:
        popups.append(popup)

    browser.on("page", on_popup)
    opened = []
    points = page.locator(".cartesianlayer .subplot.xy .scatterlayer .point")
    for i in range(points.count()):  # the two events and the two publication marks
        box = points.nth(i).bounding_box()
        before = len(popups)
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_timeout(700)
        opened.append(len(popups) - before)
    browser.remove_listener("page", on_popup)
    assert points.count() == 4 and sorted(opened) == [0, 0, 1, 1]  # only the http(s) ones
    assert set(browser.blocked) == {"https://example.org/a/1"}  # the article, blocked here
    assert report["dialogs"] == []
    browser.blocked.clear()
    for popup in popups:
        popup.close()
    page.close()
