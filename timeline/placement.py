"""Where an event sits on a timeline, and the pieces of its evidence worth highlighting.

Shared by the chart and the TimelineJS export, so that both draw the same thing. Pure
functions over one row's values.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

import pandas as pd

Shape = Literal["point", "interval", "before", "after", "undated"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Placement:
    """An event's place in time: ``first`` and ``last`` possible days (inclusive).

    ``point``: one day; ``interval``: several days; ``before``: only the last possible day is
    known ("on or before"); ``after``: only the first ("on or after"); ``undated``: neither.
    """

    shape: Shape
    first: dt.date | None
    last: dt.date | None


def as_day(value: object) -> dt.date | None:
    """A ``datetime.date`` from a date, datetime, Timestamp or ISO string; missing → None."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    stamp = pd.Timestamp(value)
    return None if stamp is pd.NaT else stamp.date()


def place(date_start: object, date_end: object) -> Placement:
    """The placement of an event from its ``date_start`` and ``date_end`` (either may be missing).

    A start after the end (inconsistent input) is read as the interval between the two days
    rather than dropped.
    """
    first, last = as_day(date_start), as_day(date_end)
    if first is None and last is None:
        return Placement(shape="undated", first=None, last=None)
    if first is None:
        return Placement(shape="before", first=None, last=last)
    if last is None:
        return Placement(shape="after", first=first, last=None)
    first, last = min(first, last), max(first, last)
    return Placement(shape="point" if first == last else "interval", first=first, last=last)


def safe_url(url: object) -> str | None:
    """``url`` when it is an absolute http(s) URL that can be a link, else ``None``.

    Anything else (``javascript:``, ``data:``, relative paths, URLs with spaces or control
    characters) is never turned into a link.
    """
    if not isinstance(url, str) or not url or url != url.strip():
        return None
    if any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    return url


def evidence_spans(
    sentence: str,
    *,
    sentence_start: int,
    trigger_start: int,
    trigger_end: int,
    date_text: str | None,
) -> list[tuple[int, int, str]]:
    """Spans of ``sentence`` to highlight: ``(start, end, "trigger" | "date")``, sorted.

    The trigger comes from its offsets (relative to the article, hence ``sentence_start``);
    the date expression has no offsets in the table, so its occurrence closest to the
    trigger is used. Spans are inside the sentence and never overlap.
    """
    spans: list[tuple[int, int, str]] = []
    t0, t1 = trigger_start - sentence_start, trigger_end - sentence_start
    if 0 <= t0 < t1 <= len(sentence):
        spans.append((t0, t1, "trigger"))
    if date_text:
        found = _occurrences(sentence, date_text)
        if not found and len(sentence.lower()) == len(sentence):
            found = _occurrences(sentence.lower(), date_text.lower())
        found = [
            (s, s + len(date_text))
            for s in found
            if not any(s < b and a < s + len(date_text) for a, b, _ in spans)
        ]
        if found:
            s, e = min(found, key=lambda se: (abs(se[0] - t0), se[0]))
            spans.append((s, e, "date"))
    return sorted(spans)


def _occurrences(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at != -1:
        found.append(at)
        at = text.find(needle, at + 1)
    return found
