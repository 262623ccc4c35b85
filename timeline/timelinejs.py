"""Export for Knight Lab's TimelineJS: its JSON format and its Google Sheets template columns.

TimelineJS renders headlines and texts as HTML, so every piece of article text is escaped
here and the only markup is ours: the trigger in bold, the date expression in italics and a
link to the article when its URL is http(s). Events that cannot be placed on a calendar
(neither ``date_start`` nor ``date_end``) are left out: TimelineJS needs a start date.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path
from typing import Any

import pandas as pd

from timeline.export import normalize, write_csv_cells
from timeline.io import write_text_atomic
from timeline.placement import Placement, evidence_spans, place, safe_url

#: The columns of TimelineJS's Google Sheets template, in its order.
SHEET_COLUMNS: tuple[str, ...] = (
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
)

_HEADLINE_CHARS = 90  # TimelineJS shows about two lines of headline on a slide


def to_timelinejs(frame: pd.DataFrame, *, title: str = "Timeline of events") -> dict[str, Any]:
    """The events as a TimelineJS JSON object (``{"title": ..., "events": [...]}``).

    One slide per dated event, ``unique_id`` = ``event_id``, ``group`` = event type. An open
    interval starts (or ends) at its only known day and says so in ``display_date``.
    """
    table = normalize(frame)
    slides = [_slide(row) for row in _rows(table)]
    slides = [s for s in slides if s is not None]
    return {
        "title": {
            "text": {
                "headline": html.escape(title),
                "text": html.escape(
                    f"{len(slides)} events from {table['article_id'].nunique()} "
                    "articles, extracted by timeline."
                ),
            }
        },
        "events": slides,
    }


def write_timelinejs_json(frame: pd.DataFrame, path: Path | str) -> Path:
    """Write the TimelineJS JSON file (UTF-8), atomically."""
    data = to_timelinejs(frame)
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return Path(path)


def timelinejs_sheet(frame: pd.DataFrame) -> pd.DataFrame:
    """The events in TimelineJS's Google Sheets template layout (one row per dated event)."""
    rows = []
    for slide in to_timelinejs(frame)["events"]:
        start, end = slide["start_date"], slide.get("end_date", {})
        rows.append(
            {
                "Year": start["year"],
                "Month": start["month"],
                "Day": start["day"],
                "End Year": end.get("year"),
                "End Month": end.get("month"),
                "End Day": end.get("day"),
                "Display Date": slide.get("display_date"),
                "Headline": slide["text"]["headline"],
                "Text": slide["text"]["text"],
                "Group": slide.get("group"),
            }
        )
    sheet = pd.DataFrame(rows, columns=list(SHEET_COLUMNS))
    for column in ("Year", "Month", "Day", "End Year", "End Month", "End Day"):
        sheet[column] = sheet[column].astype("Int64")
    text_columns = [c for c in SHEET_COLUMNS if sheet[c].dtype != "Int64"]
    sheet[text_columns] = sheet[text_columns].astype("string")
    return sheet


def write_timelinejs_csv(frame: pd.DataFrame, path: Path | str) -> Path:
    """Write the Google Sheets layout as CSV (import it into a copy of the template)."""
    sheet = timelinejs_sheet(frame)
    text_columns = [c for c in SHEET_COLUMNS if sheet[c].dtype != "Int64"]
    return write_csv_cells(sheet, path, text_columns=text_columns)


def _rows(table: pd.DataFrame):
    return table.astype(object).where(table.notna(), None).itertuples(index=False)


def _date(day: dt.date) -> dict[str, int]:
    return {"year": day.year, "month": day.month, "day": day.day}


def _slide(row: Any) -> dict[str, Any] | None:
    placement = place(row.date_start, row.date_end)
    if placement.shape == "undated":
        return None
    slide: dict[str, Any] = {"unique_id": row.event_id}
    if placement.shape == "before":
        slide["start_date"] = _date(placement.last)
        slide["display_date"] = f"on or before {placement.last.isoformat()}"
    elif placement.shape == "after":
        slide["start_date"] = _date(placement.first)
        slide["display_date"] = f"on or after {placement.first.isoformat()}"
    else:
        slide["start_date"] = _date(placement.first)
        if placement.shape == "interval":
            slide["end_date"] = _date(placement.last)
        if row.date_kind == "vague":
            slide["display_date"] = _display_range(placement, approximate=True)
    slide["text"] = {"headline": _headline(row), "text": _text(row)}
    slide["group"] = html.escape(row.event_type or "other")
    slide["autolink"] = False  # links are ours only, and only http(s)
    return slide


def _display_range(placement: Placement, *, approximate: bool) -> str:
    prefix = "around " if approximate else ""
    if placement.first == placement.last:
        return f"{prefix}{placement.first.isoformat()}"
    return f"{prefix}{placement.first.isoformat()} – {placement.last.isoformat()}"


def _headline(row: Any) -> str:
    who = row.actor or "?"
    what = row.trigger_lemma or row.trigger or ""
    text = f"{who} · {what}"
    if row.target:
        text += f" → {row.target}"
    if row.polarity == "negative" or row.modality == "denied":
        text += " (denied)"
    if len(text) > _HEADLINE_CHARS:
        text = text[: _HEADLINE_CHARS - 1] + "…"
    return html.escape(text)


def _text(row: Any) -> str:
    parts = [_evidence_html(row)]
    if row.date_text:
        parts.append(f"<p>Date as written: <i>{html.escape(row.date_text)}</i></p>")
    elif row.date_kind == "tense":
        parts.append("<p>No date in the text: placed from the verb's tense.</p>")
    source = " · ".join(
        html.escape(str(p))
        for p in (
            row.source,
            pd.Timestamp(row.published).date().isoformat() if row.published is not None else None,
        )
        if p
    )
    title = html.escape(row.title) if row.title else "article"
    url = safe_url(row.url)
    if url:
        title = (
            f'<a href="{html.escape(url, quote=True)}" target="_blank" '
            f'rel="noopener noreferrer">{title}</a>'
        )
    parts.append(f"<p>{title}{' — ' + source if source else ''}</p>")
    return "".join(parts)


def _evidence_html(row: Any) -> str:
    sentence = row.sentence or ""
    spans = evidence_spans(
        sentence,
        sentence_start=row.sentence_start,
        trigger_start=row.trigger_start,
        trigger_end=row.trigger_end,
        date_text=row.date_text,
    )
    out, pos = [], 0
    for start, end, kind in spans:
        out.append(html.escape(sentence[pos:start]))
        tag = "b" if kind == "trigger" else "i"
        out.append(f"<{tag}>{html.escape(sentence[start:end])}</{tag}>")
        pos = end
    out.append(html.escape(sentence[pos:]))
    return f"<p>{''.join(out)}</p>"
