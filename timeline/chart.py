"""The interactive timeline: a Plotly figure written as an offline HTML page.

Time runs along x; each busy actor has a lane on y (the rest share one); colour is the event
type. A one-day event is a marker, an event known only to be "on or before" (or "on or
after") a day is a triangle pointing back (or forward) from that day, a several-day event is
a bar, fainter when the range is vague. Denied or negated events are hollow and one legend
click hides them. The articles' publication days sit discreetly in the bottom lane.

Every string that comes from an article goes through :func:`html.escape` before it reaches
Plotly, whose labels understand a little HTML; the only markup is ours. Links open on click
and only for http(s) URLs (:func:`timeline.placement.safe_url`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import pandas as pd
import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

from timeline.errors import ConfigError
from timeline.export import normalize
from timeline.io import write_text_atomic
from timeline.placement import as_day, evidence_spans, place, safe_url

PlotlyJS = Literal["embed", "shared"]


def _esc(text: str) -> str:
    """Text made inert for Plotly's labels and for HTML text: ``&``, ``<``, ``>`` escaped.

    Quotes are left as they are: no tag can open without ``<``, and Plotly shows ``&quot;``
    literally. Attribute values (the article links) use ``html.escape(..., quote=True)``.
    """
    return html.escape(text, quote=False)


#: How plotly.js reaches the page: inside it (one file) or as ``plotly.min.js`` beside it.
PLOTLYJS_MODES: tuple[str, ...] = ("embed", "shared")
PLOTLYJS_FILE = "plotly.min.js"

NO_ACTOR = "(no actor)"
OTHER_ACTORS = "(other actors)"
PUBLICATIONS = "articles published"

_MAX_LANES = 12  # more actor lanes than this stop being readable on a laptop screen
_WEBGL_THRESHOLD = 1_000  # past ~1,000 SVG markers, panning stutters; WebGL stays smooth
_SENTENCE_CHARS = 320  # evidence shown in a hover: about four lines, around the trigger
_WRAP = 80  # Plotly does not wrap hover text; 80 characters read well at the default font
_TITLE_CHARS = 120  # a longer headline is cut in the hover
_URL_CHARS = 70  # a longer URL is cut in the hover (the click opens the full one)
_LABEL_CHARS = 26  # lane names and menu entries: a longer name would push the menus apart
_MIN_SPAN = dt.timedelta(days=8)  # the x axis shows at least this much: days, not hours
_JITTER = 0.3  # lanes are 1 apart: events spread over ±0.3 so same-day ones stay apart
_BAR_WIDTH = 0.16  # bar thickness in lane units: thin enough to see overlapping bars
_MARKER_SIZE = 10  # px: big enough to hover on a laptop, small enough for same-day neighbours
_OPACITY = 0.85  # slightly see-through: overlapping events still show
_VAGUE_OPACITY = 0.3  # vague ranges ("récemment") are drawn visibly fainter
_OTHER_COLOUR = "#8d8d8d"  # event_type "other": neutral, so typed events stand out
_PUBLICATION_COLOUR = "#b5b5b5"
_PALETTE = (  # Plotly's "D3" qualitative palette minus its grey (reserved for "other")
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#bcbd22",
    "#17becf",
    "#393b79",
    "#637939",
    "#8c6d31",
    "#843c39",
    "#7b4173",
)
_SYMBOLS = {"point": "circle", "before": "triangle-left", "after": "triangle-right"}
_HALF_DAY = dt.timedelta(hours=12)  # markers sit mid-day, inside the day a bar covers
_DAY_MS = 86_400_000  # bar lengths on a date axis are in milliseconds


def lanes(frame: pd.DataFrame, max_lanes: int = _MAX_LANES) -> list[str]:
    """The actor lanes, top to bottom: the ``max_lanes`` busiest actors, then the others.

    Ties are broken by name, so the order is the same on every run. ``(other actors)`` and
    ``(no actor)`` come last, when they have events.
    """
    actors = frame["actor"].dropna()
    counts = actors.value_counts()
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
    busiest = [str(name) for name, _ in ranked[:max_lanes]]
    out = list(busiest)
    if len(ranked) > max_lanes:
        out.append(OTHER_ACTORS)
    if frame["actor"].isna().any():
        out.append(NO_ACTOR)
    return out


def type_colours(frame: pd.DataFrame) -> dict[str, str]:
    """A colour per event type: the commonest types get the first palette colours."""
    counts = frame["event_type"].fillna("other").value_counts()
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
    colours, i = {}, 0
    for name, _ in ranked:
        if name == "other":
            colours[name] = _OTHER_COLOUR
        else:
            colours[str(name)] = _PALETTE[i % len(_PALETTE)]
            i += 1
    return colours


def build_figure(
    frame: pd.DataFrame,
    *,
    max_lanes: int = _MAX_LANES,
    webgl: bool | None = None,
    title: str | None = "Timeline of events",
) -> go.Figure:
    """The timeline figure of an event table.

    ``webgl=None`` chooses WebGL markers (``Scattergl``) above about a thousand points and
    SVG below. Events with neither ``date_start`` nor ``date_end`` are not drawn.
    """
    table = normalize(frame)
    rows = _prepare(table, max_lanes)
    lane_names = lanes(table, max_lanes)
    pub_lane = len(lane_names)
    colours = type_colours(table)
    publications = _publications(table, pub_lane)
    n_markers = int((rows["shape"] != "interval").sum()) + len(publications)
    use_gl = n_markers > _WEBGL_THRESHOLD if webgl is None else webgl
    scatter = go.Scattergl if use_gl else go.Scatter

    fig = go.Figure()
    for event_type in sorted(rows.loc[~rows["denied"], "event_type"].unique()):
        label = _esc(str(event_type))  # every string in the figure is escaped
        colour = colours.get(event_type, _OTHER_COLOUR)
        fig.add_trace(_key(label, f"type:{label}", colour, label))
    if rows["denied"].any():
        fig.add_trace(_key("denied or negated (hollow)", "denied", "#555", None))
    for (event_type, denied), group in rows.groupby(["event_type", "denied"], sort=True):
        colour = colours.get(event_type, _OTHER_COLOUR)
        label = _esc(str(event_type))
        legendgroup = "denied" if denied else f"type:{label}"
        for shape_kind, part in (
            ("markers", group[group["shape"] != "interval"]),
            ("bars", group[group["shape"] == "interval"]),
        ):
            if part.empty:
                continue
            common = {
                "name": label,
                "legendgroup": legendgroup,
                "showlegend": False,
                "hovertext": list(part["hover"]),
                "hoverinfo": "text",
                "customdata": list(part["link"]),
                "meta": {"type": label, "denied": bool(denied), "role": "event"},
                "hoverlabel": {
                    "bgcolor": "white",
                    "bordercolor": colour,
                    "font": {"color": "#222", "size": 12},
                    "align": "left",
                },
            }
            if shape_kind == "markers":
                fig.add_trace(scatter(**common, **_marker_style(part, colour, denied)))
            else:
                fig.add_trace(go.Bar(**common, **_bar_style(part, colour, denied)))
    if not publications.empty:
        fig.add_trace(
            scatter(
                x=list(publications["x"]),
                y=list(publications["y"]),
                mode="markers",
                name="publication dates",
                hovertext=list(publications["hover"]),
                hoverinfo="text",
                customdata=list(publications["link"]),
                marker={"symbol": "triangle-up", "size": 7, "color": _PUBLICATION_COLOUR},
                meta={"type": None, "denied": False, "role": "publications"},
                hoverlabel={
                    "bgcolor": "white",
                    "font": {"color": "#222", "size": 12},
                    "align": "left",
                },
            )
        )
    _layout(fig, table, lane_names, pub_lane, title)
    return fig


def _key(name: str, legendgroup: str, colour: str, event_type: str | None) -> go.Scatter:
    """An empty trace that only draws a legend entry (a plain circle) for a group of traces.

    A click on it toggles the whole group: every trace of that type, or every denied one.
    """
    return go.Scatter(
        x=[None],
        y=[None],
        mode="markers",
        name=name,
        legendgroup=legendgroup,
        showlegend=True,
        marker={
            "symbol": "circle" if event_type is not None else "circle-open",
            "size": _MARKER_SIZE,
            "color": colour,
            "line": {"width": 2 if event_type is None else 0},
        },
        meta={"type": event_type, "denied": event_type is None, "role": "key"},
        hoverinfo="skip",
    )


def _marker_style(part: pd.DataFrame, colour: str, denied: bool) -> dict[str, Any]:
    symbols = [_SYMBOLS[s] + ("-open" if denied else "") for s in part["shape"]]
    opacity = [_VAGUE_OPACITY if v else _OPACITY for v in part["vague"]]
    return {
        "x": list(part["x"]),
        "y": list(part["y"]),
        "mode": "markers",
        "marker": {
            "symbol": symbols,
            "size": _MARKER_SIZE,
            "color": colour,
            "opacity": opacity,
            "line": {"width": 2 if denied else 0.5, "color": colour if denied else "white"},
        },
    }


def _bar_style(part: pd.DataFrame, colour: str, denied: bool) -> dict[str, Any]:
    opacity = [_VAGUE_OPACITY if v else _OPACITY for v in part["vague"]]
    return {
        "base": list(part["base"]),
        "x": list(part["span_ms"]),
        "y": list(part["y"]),
        "orientation": "h",
        "width": _BAR_WIDTH,
        "marker": {
            "color": "rgba(255,255,255,0)" if denied else colour,
            "opacity": opacity,
            "line": {"color": colour, "width": 2 if denied else 0},
        },
    }


def _layout(
    fig: go.Figure, table: pd.DataFrame, lane_names: list[str], pub_lane: int, title: str | None
) -> None:
    n = len(lane_names)
    full_range = [pub_lane + 0.6, -0.6]  # reversed: the busiest actor on top
    ticktext = [_esc(_cut(name, _LABEL_CHARS)) for name in lane_names] + [PUBLICATIONS]
    actor_buttons = [
        {"label": "all actors", "method": "relayout", "args": [{"yaxis.range": full_range}]}
    ] + [
        {
            "label": _esc(_cut(name, _LABEL_CHARS)),
            "method": "relayout",
            "args": [{"yaxis.range": [i + 0.5, i - 0.5]}],
        }
        for i, name in enumerate(lane_names)
    ]
    metas = [trace.meta or {} for trace in fig.data]
    event_types = sorted({m["type"] for m in metas if m.get("role") == "event"})
    type_buttons = [
        {"label": "all types", "method": "restyle", "args": [{"visible": [True] * len(metas)}]}
    ] + [
        {
            "label": _cut(event_type, _LABEL_CHARS),  # escaped already
            "method": "restyle",
            "args": [
                {
                    "visible": [
                        m.get("role") == "publications"
                        or m.get("type") is None
                        or m.get("type") == event_type
                        for m in metas
                    ]
                }
            ],
        }
        for event_type in event_types
    ]
    menu = {
        "type": "dropdown",
        "direction": "down",
        "showactive": True,
        "xanchor": "left",
        "yanchor": "bottom",
        "y": 1.02,
        "bgcolor": "white",
        "font": {"size": 12},
    }
    updatemenus, annotations = [], []
    for name, buttons, x in (("actor", actor_buttons, 0.38), ("type", type_buttons, 0.68)):
        if len(buttons) < 2:
            continue
        updatemenus.append({**menu, "buttons": buttons, "x": x, "name": name})
        annotations.append(
            {
                "text": f"{name}:",
                "xref": "paper",
                "yref": "paper",
                "x": x - 0.005,
                "y": 1.035,
                "xanchor": "right",
                "yanchor": "bottom",
                "showarrow": False,
            }
        )
    shapes = [
        {
            "type": "line",
            "xref": "paper",
            "x0": 0,
            "x1": 1,
            "y0": i + 0.5,
            "y1": i + 0.5,
            "line": {"color": "#e6e6e6", "width": 1},
            "layer": "below",
        }
        for i in range(n)
    ]
    x_range = _x_range(table)
    if table.empty or not len(fig.data):
        annotations.append(
            {
                "text": "No dated events to show",
                "xref": "paper",
                "yref": "paper",
                "x": 0.5,
                "y": 0.5,
                "showarrow": False,
                "font": {"size": 16, "color": "#777"},
            }
        )
    fig.update_layout(
        title={"text": _esc(title), "x": 0.01, "y": 0.98} if title else None,
        template="plotly_white",
        height=max(460, 190 + 34 * (n + 1)),  # 34 px per lane keeps jittered markers apart
        margin={"l": 10, "r": 10, "t": 95 if title else 60, "b": 10},
        hovermode="closest",
        hoverdistance=12,
        barmode="overlay",
        legend={"title": {"text": "event type"}, "groupclick": "togglegroup"},
        xaxis={
            "type": "date",
            "range": x_range,
            "rangeslider": {"visible": True, "thickness": 0.07, "range": x_range},
            "rangeselector": {
                "buttons": [
                    {"count": 7, "label": "1w", "step": "day", "stepmode": "backward"},
                    {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
                    {"count": 6, "label": "6m", "step": "month", "stepmode": "backward"},
                    {"count": 1, "label": "1y", "step": "year", "stepmode": "backward"},
                    {"label": "all", "step": "all"},
                ],
                "x": 0,
                "y": 1.02,
                "yanchor": "bottom",
            },
        },
        yaxis={
            "tickmode": "array",
            "tickvals": list(range(pub_lane + 1)),
            "ticktext": ticktext,
            "range": full_range,
            "automargin": True,
            "zeroline": False,
            "showgrid": False,
        },
        updatemenus=updatemenus,
        shapes=shapes,
        annotations=annotations,
    )


def _x_range(table: pd.DataFrame) -> list[str] | None:
    """The whole time span, padded a little (markers at the edges stay whole, and the range
    buttons count back from the last event rather than from empty padding)."""
    days = pd.concat([table[c] for c in ("date_start", "date_end", "published")]).dropna()
    if days.empty:
        return None
    first, last = days.min().to_pydatetime(), days.max().to_pydatetime() + dt.timedelta(days=1)
    pad = min(max(dt.timedelta(days=1), (last - first) * 0.02), dt.timedelta(days=7))
    short = _MIN_SPAN - (last - first)
    if short > pad * 2:  # a story of a few days still gets a readable, day-level axis
        pad = short / 2
    return [(first - pad).isoformat(sep=" "), (last + pad).isoformat(sep=" ")]


# --- rows ----------------------------------------------------------------------------------


def _jitter(event_id: str) -> float:
    """A stable offset in [-_JITTER, _JITTER] from the event id (same id, same place)."""
    value = int(hashlib.blake2b(event_id.encode(), digest_size=4).hexdigest(), 16)
    return (value / 0xFFFFFFFF * 2 - 1) * _JITTER


def _prepare(table: pd.DataFrame, max_lanes: int) -> pd.DataFrame:
    lane_names = lanes(table, max_lanes)
    index = {name: i for i, name in enumerate(lane_names)}
    records = []
    for row in table.astype(object).where(table.notna(), None).itertuples(index=False):
        placement = place(row.date_start, row.date_end)
        if placement.shape == "undated":
            continue
        actor = row.actor
        lane = NO_ACTOR if actor is None else actor if actor in index else OTHER_ACTORS
        y = index[lane] + _jitter(row.event_id or f"{row.article_id}:{row.trigger_start}")
        base = span_ms = x = None
        if placement.shape == "interval":
            base = placement.first.isoformat()
            span_ms = ((placement.last - placement.first).days + 1) * _DAY_MS
        else:
            day = placement.first if placement.shape != "before" else placement.last
            x = (dt.datetime.combine(day, dt.time()) + _HALF_DAY).isoformat(sep=" ")
        denied = row.polarity == "negative" or row.modality == "denied"
        records.append(
            {
                "event_type": row.event_type or "other",
                "denied": bool(denied),
                "shape": placement.shape,
                "vague": row.date_kind == "vague" or row.date_granularity == "vague",
                "y": round(y, 4),
                "x": x,
                "base": base,
                "span_ms": span_ms,
                "hover": _hover(row, placement),
                "link": safe_url(row.url) or "",
            }
        )
    columns = ["event_type", "denied", "shape", "vague", "y", "x", "base", "span_ms"]
    return pd.DataFrame(records, columns=[*columns, "hover", "link"])


def _publications(table: pd.DataFrame, lane: int) -> pd.DataFrame:
    articles = table.dropna(subset=["published"]).drop_duplicates("article_id")
    records = []
    for row in articles.astype(object).where(articles.notna(), None).itertuples(index=False):
        day = as_day(row.published)
        lines = [f"<b>published {day.isoformat()}</b>"]
        if row.source:
            lines.append(_esc(row.source))
        if row.title:
            lines.extend(_wrapped_plain(_cut(row.title, _TITLE_CHARS)))
        url = safe_url(row.url)
        if url:
            lines.append(f"{_esc(_cut(url, _URL_CHARS))} (click to open)")
        records.append(
            {
                "x": (dt.datetime.combine(day, dt.time()) + _HALF_DAY).isoformat(sep=" "),
                "y": lane,
                "hover": "<br>".join(lines),
                "link": url or "",
            }
        )
    return pd.DataFrame(records, columns=["x", "y", "hover", "link"])


# --- hover text ----------------------------------------------------------------------------


def _resolved(placement) -> str:
    if placement.shape == "point":
        return placement.first.isoformat()
    if placement.shape == "interval":
        return f"{placement.first.isoformat()} – {placement.last.isoformat()}"
    if placement.shape == "before":
        return f"on or before {placement.last.isoformat()}"
    return f"on or after {placement.first.isoformat()}"


def _hover(row: Any, placement) -> str:
    esc = _esc
    head = f"<b>{esc(row.trigger_lemma or row.trigger or '?')}</b> · {esc(row.event_type or '')}"
    flags = [v for v in (row.modality, row.polarity) if v and v not in {"asserted", "positive"}]
    if flags:
        head += f" · <i>{esc(', '.join(dict.fromkeys(flags)))}</i>"
    lines = [head]
    if row.actor or row.target:
        lines.append(f"{esc(row.actor or '?')} → {esc(row.target or '?')}")
    if row.location:
        lines.append(f"at {esc(row.location)}")
    if row.reported_by:
        lines.append(f"reported by {esc(row.reported_by)}")
    if row.date_text:
        written = f"«{esc(row.date_text)}»"
    elif row.date_kind == "tense":
        written = f"no date written (verb in the {esc(row.tense or '?')} tense)"
    else:
        written = "no date written"
    how = ", ".join(esc(v) for v in (row.date_kind, row.date_granularity) if v)
    lines.append(f"date: {written} → <b>{_resolved(placement)}</b>" + (f" ({how})" if how else ""))
    sentence = row.sentence or ""
    spans = evidence_spans(
        sentence,
        sentence_start=row.sentence_start,
        trigger_start=row.trigger_start,
        trigger_end=row.trigger_end,
        date_text=row.date_text,
    )
    lines.append(_marked(sentence, spans))
    source = [esc(row.source)] if row.source else []
    if row.published is not None:
        source.append(f"published {as_day(row.published).isoformat()}")
    if source:
        lines.append(" · ".join(source))
    if row.title:
        lines.extend(f"<i>{line}</i>" for line in _wrapped_plain(_cut(row.title, _TITLE_CHARS)))
    url = safe_url(row.url)
    if url:
        lines.append(f"{esc(_cut(url, _URL_CHARS))} (click to open)")
    return "<br>".join(lines)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _wrapped_plain(text: str) -> list[str]:
    return [_esc(line) for line in _wrap_lines(text, [])]


def _wrap_lines(text: str, protected: Sequence[tuple[int, int, str]]) -> list[str]:
    breaks = _breaks(text, protected)
    lines, start = [], 0
    for b in sorted(breaks):
        lines.append(text[start:b])
        start = b + 1
    lines.append(text[start:])
    return lines


def _breaks(text: str, protected: Sequence[tuple[int, int, str]]) -> set[int]:
    """Positions of spaces (or newlines) to turn into line breaks; never inside a span."""
    inside = {i for s, e, _ in protected for i in range(s, e)}
    breaks: set[int] = set()
    line_start, last_space = 0, None
    for i, ch in enumerate(text):
        if ch in "\r\n":
            breaks.add(i)
            line_start, last_space = i + 1, None
            continue
        if ch == " " and i not in inside:
            last_space = i
        if i - line_start >= _WRAP and last_space is not None and last_space > line_start:
            breaks.add(last_space)
            line_start, last_space = last_space + 1, None
    return breaks


def _marked(sentence: str, spans: list[tuple[int, int, str]]) -> str:
    """The sentence as hover HTML: escaped, wrapped, trigger bold and date in colour."""
    offset = 0
    prefix = suffix = ""
    if len(sentence) > _SENTENCE_CHARS:
        centre = spans[0][0] if spans else 0
        offset = max(0, min(centre - _SENTENCE_CHARS // 3, len(sentence) - _SENTENCE_CHARS))
        end = offset + _SENTENCE_CHARS
        prefix = "…" if offset > 0 else ""
        suffix = "…" if end < len(sentence) else ""
        sentence = sentence[offset:end]
        spans = [(s - offset, e - offset, k) for s, e, k in spans if s >= offset and e <= end]
    breaks = _breaks(sentence, spans)
    opens = {s: k for s, e, k in spans}
    closes = {e: k for s, e, k in spans}
    tags = {
        "trigger": ("<b>", "</b>"),
        "date": ('<span style="color:#b03a2e"><i>', "</i></span>"),
    }
    out = [prefix]
    chunk_start = 0
    for i in range(len(sentence) + 1):
        if i in closes or i in opens or i in breaks or i == len(sentence):
            out.append(_esc(sentence[chunk_start:i]))
            chunk_start = i
            if i in closes:
                out.append(tags[closes[i]][1])
            if i in opens:
                out.append(tags[opens[i]][0])
            if i in breaks:
                out.append("<br>")
                chunk_start = i + 1
    out.append(suffix)
    return "".join(out)


# --- the page ------------------------------------------------------------------------------

_CLICK_TO_OPEN = r"""
var gd = document.getElementById('{plot_id}');
gd.on('plotly_click', function (ev) {
  var p = ev && ev.points && ev.points[0];
  var url = p && p.customdata;
  if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
    window.open(url, '_blank', 'noopener,noreferrer');
  }
});
gd.setAttribute('data-ready', 'true');
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; \
img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 0 1rem 2rem; color: #222; }}
header p {{ margin: 0.2rem 0; color: #555; font-size: 0.9rem; }}
h1 {{ font-size: 1.3rem; margin: 0.8rem 0 0.2rem; }}
.key span {{ margin-right: 1.1rem; white-space: nowrap; }}
details {{ margin-top: 1rem; font-size: 0.9rem; }}
table {{ border-collapse: collapse; }}
td, th {{ text-align: left; padding: 0.15rem 0.6rem; border-bottom: 1px solid #eee; }}
</style>
</head>
<body data-events="{n_events}" data-drawn="{n_drawn}" data-articles="{n_articles}">
<header>
<h1>{title}</h1>
<p>{summary}</p>
<p class="key"><span>● one day</span><span>◀ on or before</span><span>▶ on or after</span>\
<span>▬ several days</span><span style="opacity:0.45">▬ vague period</span>\
<span>○ hollow: denied or negated (click its legend entry to hide)</span>\
<span>▲ grey: article published</span></p>
<p>Hover an event for its evidence; click it to open the article. Filter with the menus
above the chart, zoom with the slider or the range buttons; click a legend entry to hide a
type, double-click to show only that type.</p>
</header>
{plot}
<details>
<summary>Articles ({n_articles})</summary>
<table>
<thead><tr><th>published</th><th>source</th><th>title</th></tr></thead>
<tbody>
{articles}
</tbody>
</table>
</details>
</body>
</html>
"""


def timeline_page(
    frame: pd.DataFrame,
    *,
    plotlyjs: PlotlyJS = "embed",
    title: str = "Timeline of events",
    max_lanes: int = _MAX_LANES,
    webgl: bool | None = None,
) -> str:
    """The whole HTML page: header and key, the chart, and the list of articles.

    ``plotlyjs="embed"`` puts plotly.js inside the page (one file that works offline);
    ``"shared"`` loads ``plotly.min.js`` from the page's folder (:func:`write_timeline`
    writes it there), for several pages that share one copy.
    """
    if plotlyjs not in PLOTLYJS_MODES:
        raise ConfigError("plotlyjs", plotlyjs, f"one of {list(PLOTLYJS_MODES)}")
    table = normalize(frame)
    fig = build_figure(table, max_lanes=max_lanes, webgl=webgl, title=None)
    plot = fig.to_html(
        full_html=False,
        include_plotlyjs=True if plotlyjs == "embed" else "directory",
        div_id="timeline-plot",
        post_script=_CLICK_TO_OPEN,
        config={
            "responsive": True,
            "displaylogo": False,
            "modeBarButtonsToRemove": ["select2d", "lasso2d"],
        },
    )
    n_drawn = sum(_trace_points(trace) for trace in fig.data if trace.meta["role"] == "event")
    n_articles = int(table["article_id"].nunique())
    return _PAGE.format(
        title=_esc(title),
        summary=_esc(_summary(table, n_drawn)),
        plot=plot,
        n_events=len(table),
        n_drawn=n_drawn,
        n_articles=n_articles,
        articles="\n".join(_article_rows(table)),
    )


def _trace_points(trace: Any) -> int:
    return 0 if trace.y is None else sum(v is not None for v in trace.y)


def _summary(table: pd.DataFrame, n_drawn: int) -> str:
    n_articles = table["article_id"].nunique()
    text = f"{_plural(len(table), 'event')} from {_plural(n_articles, 'article')}"
    starts = pd.concat([table["date_start"], table["date_end"]]).dropna()
    if not starts.empty:
        text += f", {starts.min().date().isoformat()} to {starts.max().date().isoformat()}"
    text += "."
    undated = len(table) - n_drawn
    if undated:
        text += f" {undated} events have no date and are not drawn (they are in the event table)."
    return text


def _article_rows(table: pd.DataFrame) -> list[str]:
    articles = table.drop_duplicates("article_id").sort_values(
        ["published", "article_id"], kind="stable", na_position="last"
    )
    out = []
    for row in articles.astype(object).where(articles.notna(), None).itertuples(index=False):
        day = as_day(row.published)
        title = _esc(row.title or row.article_id or "")
        url = safe_url(row.url)
        if url:
            title = (
                f'<a href="{html.escape(url, quote=True)}" target="_blank" '
                f'rel="noopener noreferrer">{title}</a>'
            )
        out.append(
            f"<tr><td>{day.isoformat() if day else ''}</td>"
            f"<td>{_esc(row.source or '')}</td><td>{title}</td></tr>"
        )
    return out


def write_html(fig: go.Figure, path: Path | str, *, plotlyjs: PlotlyJS = "embed") -> Path:
    """Write a bare figure as an offline HTML file (see :func:`write_timeline` for the page)."""
    include = True if plotlyjs == "embed" else "directory"
    write_text_atomic(path, fig.to_html(include_plotlyjs=include, full_html=True))
    if plotlyjs == "shared":
        write_plotlyjs(Path(path).parent)
    return Path(path)


def write_timeline(
    frame: pd.DataFrame, path: Path | str, *, plotlyjs: PlotlyJS = "embed"
) -> list[Path]:
    """Write the timeline page (and ``plotly.min.js`` beside it when shared), atomically."""
    write_text_atomic(path, timeline_page(frame, plotlyjs=plotlyjs))
    written = [Path(path)]
    if plotlyjs == "shared":
        written.append(write_plotlyjs(Path(path).parent))
    return written


def write_plotlyjs(folder: Path | str) -> Path:
    """Write the bundled ``plotly.min.js`` into ``folder`` unless the same file is there."""
    target = Path(folder) / PLOTLYJS_FILE
    source = get_plotlyjs()
    if not (target.is_file() and target.read_text("utf-8") == source):
        write_text_atomic(target, source)
    return target
