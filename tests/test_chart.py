"""The timeline figure and page, checked on hand-built events (the browser test is separate)."""

from __future__ import annotations

import datetime as dt
import html
import re

import plotly.graph_objects as go
import pytest

from timeline.chart import (
    NO_ACTOR,
    OTHER_ACTORS,
    PLOTLYJS_FILE,
    build_figure,
    lanes,
    timeline_page,
    write_timeline,
)
from timeline.export import events_frame
from timeline.placement import evidence_spans, place, safe_url
from timeline.synthetic import event, synthetic_events

D7, D9 = dt.date(2024, 3, 7), dt.date(2024, 3, 9)


def _events(fig: go.Figure) -> list:
    return [t for t in fig.data if t.meta["role"] == "event"]


def _points(traces) -> int:
    return sum(len(t.y) for t in traces)


@pytest.mark.parametrize(
    ("start", "end", "shape", "first", "last"),
    [
        (D7, D7, "point", D7, D7),  # both set, same day
        (D7, D9, "interval", D7, D9),  # both set, several days
        (D9, D7, "interval", D7, D9),  # inconsistent order: read as the range between them
        (None, D9, "before", None, D9),  # past event: only the last possible day
        (D7, None, "after", D7, None),  # future event: only the first possible day
        (None, None, "undated", None, None),  # cannot be placed
    ],
)
def test_place(start, end, shape, first, last):
    p = place(start, end)
    assert (p.shape, p.first, p.last) == (shape, first, last)


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a?b=1#c", True),  # https
        ("http://example.org", True),  # http
        ("javascript:alert(1)", False),  # script
        (" javascript:alert(1)", False),  # with a leading space
        ("java\tscript:alert(1)", False),  # browsers drop tabs inside schemes
        ("data:text/html;base64,PHNjcmlwdD4=", False),  # data
        ("//example.org", False),  # scheme-relative
        ("/relative/path", False),  # relative
        ("https://", False),  # no host
        (None, False),  # missing
    ],
)
def test_safe_url(url, safe):
    assert safe_url(url) == (url if safe else None)


def test_evidence_spans_find_trigger_and_nearest_date():
    sentence = "Hier, la maire a dit qu'elle recevra hier soir les syndicats."
    start = 100
    t = sentence.index("recevra")
    spans = evidence_spans(
        sentence,
        sentence_start=start,
        trigger_start=start + t,
        trigger_end=start + t + 7,
        date_text="hier",
    )
    assert spans == [(t, t + 7, "trigger"), (t + 8, t + 12, "date")]


def test_lanes_keep_the_busiest_actors_then_others_then_no_actor():
    events = [event(event_id=f"a{i}", actor="A") for i in range(3)]
    events += [event(event_id=f"b{i}", actor="B") for i in range(2)]
    events += [event(event_id=f"c{i}", actor="C") for i in range(2)]
    events += [event(event_id="d", actor="D"), event(event_id="n", actor=None)]
    frame = events_frame(events)
    assert lanes(frame, max_lanes=2) == ["A", "B", OTHER_ACTORS, NO_ACTOR]  # B before C: name
    assert lanes(frame, max_lanes=10) == ["A", "B", "C", "D", NO_ACTOR]


def test_every_dated_event_is_drawn_once_and_undated_ones_are_not():
    frame = events_frame(
        [
            event(event_id="point"),
            event(event_id="range", date_end=D9),
            event(event_id="before", date_start=None),
            event(event_id="after", date_end=None),
            event(event_id="none", date_start=None, date_end=None),
        ]
    )
    fig = build_figure(frame)
    traces = _events(fig)
    assert _points(traces) == 4
    markers = [t for t in traces if t.type == "scatter"]
    bars = [t for t in traces if t.type == "bar"]
    assert sorted(s for t in markers for s in t.marker.symbol) == [
        "circle",
        "triangle-left",
        "triangle-right",
    ]
    assert len(bars) == 1 and bars[0].orientation == "h"
    assert bars[0].x == (3 * 86_400_000,)  # an inclusive range of three days
    assert bars[0].base == ("2024-03-07",)


def test_a_single_day_event_is_a_visible_marker_inside_its_day():
    fig = build_figure(events_frame([event()]))
    (trace,) = _events(fig)
    assert trace.type == "scatter" and trace.mode == "markers" and trace.marker.size >= 8
    assert trace.x == ("2024-03-07 12:00:00",)


def test_vague_ranges_are_fainter():
    frame = events_frame(
        [
            event(event_id="week", date_end=D9, date_kind="relative", date_granularity="week"),
            event(event_id="vague", date_end=D9, date_kind="vague", date_granularity="vague"),
        ]
    )
    (bars,) = [t for t in _events(build_figure(frame)) if t.type == "bar"]
    opacities = dict(zip(bars.hovertext, bars.marker.opacity, strict=True))
    week = next(o for h, o in opacities.items() if "(relative, week)" in h)
    vague = next(o for h, o in opacities.items() if "(vague, vague)" in h)
    assert vague < week / 2


def test_denied_events_are_hollow_and_grouped_under_one_legend_entry():
    frame = events_frame(
        [
            event(event_id="a"),
            event(event_id="b", polarity="negative", modality="denied"),
            event(event_id="c", date_end=D9, polarity="negative", modality="denied"),
        ]
    )
    fig = build_figure(frame)
    denied = [t for t in _events(fig) if t.meta["denied"]]
    assert {t.legendgroup for t in denied} == {"denied"}
    (marker,) = [t for t in denied if t.type == "scatter"]
    assert marker.marker.symbol == ("circle-open",)
    (bar,) = [t for t in denied if t.type == "bar"]
    assert bar.marker.color == "rgba(255,255,255,0)" and bar.marker.line.width > 0
    (key,) = [t for t in fig.data if t.meta["role"] == "key" and t.legendgroup == "denied"]
    assert key.showlegend and "denied" in key.name


def test_hover_has_date_written_and_resolved_roles_evidence_and_source():
    frame = events_frame([event(date_end=D9, date_text="hier", location="Saint-Aubin")])
    (trace,) = _events(build_figure(frame))
    (hover,) = trace.hovertext
    assert "«hier» → <b>2024-03-07 – 2024-03-09</b> (relative, day)" in hover
    assert "maire → représentants" in hover and "at Saint-Aubin" in hover
    assert "<b>rencontré</b>" in hover and "<i>hier</i>" in hover
    assert "sample · published 2024-03-08" in hover and "Grève au port" in hover
    assert "https://example.org/a/1 (click to open)" in hover
    assert trace.customdata == ("https://example.org/a/1",)


def test_open_intervals_say_so_in_the_hover():
    frame = events_frame([event(date_start=None, date_text=None, date_kind="tense")])
    (hover,) = _events(build_figure(frame))[0].hovertext
    assert "no date written (verb in the past tense) → <b>on or before 2024-03-07</b>" in hover


def test_publication_days_are_one_discreet_point_per_article():
    frame = events_frame(synthetic_events(60, seed=5))
    fig = build_figure(frame)
    (pubs,) = [t for t in fig.data if t.meta["role"] == "publications"]
    assert len(pubs.x) == frame["article_id"].nunique()
    assert pubs.marker.size < 10


def test_menus_filter_by_actor_and_by_type():
    frame = events_frame(synthetic_events(80, seed=6))
    fig = build_figure(frame)
    actor_menu, type_menu = fig.layout.updatemenus
    assert [b.label for b in actor_menu.buttons][1:] == [
        html.escape(a, quote=False) for a in lanes(frame)
    ]
    meeting = next(b for b in type_menu.buttons if b.label == "meeting")
    visible = meeting.args[0]["visible"]
    for trace, shown in zip(fig.data, visible, strict=True):
        if trace.meta["role"] == "event":
            assert shown == (trace.meta["type"] == "meeting")
    assert fig.layout.xaxis.rangeslider.visible
    assert [b.label for b in fig.layout.xaxis.rangeselector.buttons][-1] == "all"


def test_many_markers_use_webgl():
    small = build_figure(events_frame(synthetic_events(100)))
    large = build_figure(events_frame(synthetic_events(3000)))
    assert {t.type for t in _events(small)} == {"scatter", "bar"}
    assert {t.type for t in _events(large)} == {"scattergl", "bar"}


# --- HTML injection ------------------------------------------------------------------------

PAYLOADS = [
    "<script>alert(1)</script>",  # a script element
    "</script><script>alert(1)</script>",  # closing the page's own script first
    '<img src=x onerror="alert(1)">',  # an event handler on an image
    "<svg onload=alert(1)>",  # an event handler on an svg
    '"><a href="javascript:alert(1)">x</a>',  # breaking out of an attribute into a link
    "<a href='javascript:alert(1)'>lien</a>",  # a link Plotly's labels would render
    "<iframe src=//evil.example>",  # a frame
]


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("field", ["sentence", "title", "actor", "source", "event_type"])
def test_no_article_text_reaches_the_page_as_markup(field, payload):
    frame = events_frame([event(**{field: payload}), event(event_id="e2", actor="B")])
    page = timeline_page(frame, plotlyjs="shared")  # the page without plotly.js's own code
    assert payload not in page
    assert re.search(r"<(script|img|svg|iframe)[^>]*(onerror|onload|evil)", page) is None
    assert re.search(r"<a\s[^>]*href\s*=\s*[\"']?\s*javascript", page, re.IGNORECASE) is None


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(document.domain)",  # script URL
        "data:text/html,<script>alert(1)</script>",  # data URL
        "vbscript:msgbox(1)",  # legacy script URL
    ],
)
def test_only_http_urls_become_links_in_the_page(url):
    page = timeline_page(events_frame([event(url=url)]), plotlyjs="shared")
    assert url not in page  # neither a link nor text: unsafe URLs are not shown at all
    assert "<a " not in page.split("<summary>")[1]  # the article list has no link
    fig = build_figure(events_frame([event(url=url)]))
    assert all(link == "" for t in fig.data if t.customdata for link in t.customdata)


def test_the_page_embeds_plotly_and_forbids_network_access(tmp_path):
    """No script is loaded from elsewhere; the CSP blocks any request (the browser test
    checks that none is made)."""
    (path,) = write_timeline(events_frame([event()]), tmp_path / "timeline.html")
    page = path.read_text("utf-8")
    assert "connect-src 'none'" in page and "default-src 'none'" in page
    assert re.search(r"<script[^>]+src=", page) is None  # plotly.js is inline
    assert len(page) > 3_000_000  # plotly.js itself


def test_shared_plotlyjs_is_written_beside_the_page(tmp_path):
    paths = write_timeline(events_frame([event()]), tmp_path / "t.html", plotlyjs="shared")
    assert [p.name for p in paths] == ["t.html", PLOTLYJS_FILE]
    page = paths[0].read_text("utf-8")
    assert f'src="{PLOTLYJS_FILE}"' in page and len(page) < 100_000
    before = paths[1].stat().st_mtime_ns
    write_timeline(events_frame([event()]), tmp_path / "u.html", plotlyjs="shared")
    assert paths[1].stat().st_mtime_ns == before  # the same file is not rewritten


def test_unknown_plotlyjs_mode_is_refused():
    with pytest.raises(ValueError, match=r"'cdn'.*embed.*shared"):
        timeline_page(events_frame([event()]), plotlyjs="cdn")  # type: ignore[arg-type]
