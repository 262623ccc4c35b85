"""The TimelineJS export: JSON shape, sheet columns, open intervals, escaping."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from timeline.export import events_frame
from timeline.synthetic import event, synthetic_events
from timeline.timelinejs import (
    SHEET_COLUMNS,
    timelinejs_sheet,
    to_timelinejs,
    write_timelinejs_csv,
    write_timelinejs_json,
)

D7, D9 = dt.date(2024, 3, 7), dt.date(2024, 3, 9)


def _slide(**overrides):
    (slide,) = to_timelinejs(events_frame([event(**overrides)]))["events"]
    return slide


def test_json_shape(tmp_path):
    frame = events_frame(synthetic_events(50, seed=4))
    path = write_timelinejs_json(frame, tmp_path / "timelinejs.json")
    data = json.loads(path.read_text("utf-8"))
    assert set(data) == {"title", "events"}
    assert set(data["title"]["text"]) == {"headline", "text"}
    dated = frame.dropna(subset=["date_start", "date_end"], how="all")
    assert len(data["events"]) == len(dated)
    assert [s["unique_id"] for s in data["events"]] == list(dated["event_id"])
    for slide in data["events"]:
        assert {"start_date", "text", "unique_id", "group"} <= set(slide)
        assert set(slide["start_date"]) == {"year", "month", "day"}
        assert all(isinstance(v, int) for v in slide["start_date"].values())
        assert set(slide["text"]) == {"headline", "text"}
        assert slide["autolink"] is False


@pytest.mark.parametrize(
    ("start", "end", "start_date", "end_date", "display"),
    [
        (D7, D7, D7, None, None),  # one day: no end date
        (D7, D9, D7, D9, None),  # a range: start and end
        (None, D9, D9, None, "on or before 2024-03-09"),  # only the last possible day
        (D7, None, D7, None, "on or after 2024-03-07"),  # only the first possible day
    ],
)
def test_dates_of_each_placement(start, end, start_date, end_date, display):
    slide = _slide(date_start=start, date_end=end)
    assert slide["start_date"] == {"year": start_date.year, "month": 3, "day": start_date.day}
    assert slide.get("end_date") == (
        None if end_date is None else {"year": 2024, "month": 3, "day": end_date.day}
    )
    assert slide.get("display_date") == display


def test_vague_ranges_say_around():
    slide = _slide(date_start=D7, date_end=D9, date_kind="vague", date_text="récemment")
    assert slide["display_date"] == "around 2024-03-07 – 2024-03-09"


def test_undated_events_are_left_out():
    frame = events_frame([event(), event(event_id="e2", date_start=None, date_end=None)])
    assert [s["unique_id"] for s in to_timelinejs(frame)["events"]] == ["e0"]


def test_text_highlights_the_trigger_and_the_date_and_links_the_article():
    text = _slide()["text"]["text"]
    assert "<b>rencontré</b>" in text and "<i>hier</i>" in text
    assert '<a href="https://example.org/a/1" target="_blank" rel="noopener noreferrer">' in text


@pytest.mark.parametrize(
    ("field", "payload"),
    [
        ("sentence", "<script>alert(1)</script>"),  # a script element
        ("title", '<img src=x onerror="alert(1)">'),  # an event handler
        ("actor", "<b onmouseover=alert(1)>Erdogan</b>"),  # markup in a name
        ("source", '"><svg onload=alert(1)>'),  # breaking out of an attribute
    ],
)
def test_article_text_is_escaped(field, payload):
    slide = _slide(**{field: payload})
    dumped = json.dumps(slide, ensure_ascii=False)
    assert payload not in dumped
    assert "<script" not in dumped and "<img" not in dumped and "<svg" not in dumped


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",  # script URL
        "JaVaScRiPt:alert(1)",  # any case
        "data:text/html,<script>alert(1)</script>",  # data URL
        "//evil.example/x",  # scheme-relative
        "https://example.org/a b",  # whitespace inside
    ],
)
def test_only_http_urls_become_links(url):
    text = _slide(url=url)["text"]["text"]
    assert "<a " not in text and "javascript:" not in text.lower()


def test_sheet_has_the_template_columns_and_is_spreadsheet_safe(tmp_path):
    frame = events_frame([event(actor="=HYPERLINK(1)"), event(event_id="e2", date_end=D9)])
    sheet = timelinejs_sheet(frame)
    assert tuple(sheet.columns) == SHEET_COLUMNS
    assert list(sheet["Year"]) == [2024, 2024] and list(sheet["End Day"].isna()) == [True, False]
    path = write_timelinejs_csv(frame, tmp_path / "timelinejs.csv")
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert list(raw.columns) == list(SHEET_COLUMNS)
    assert raw["Headline"].iloc[0].startswith("'=HYPERLINK(1)")
    assert raw["Year"].iloc[0] == "2024"
