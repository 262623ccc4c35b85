"""Articles in other languages: dateparser, which knows many, finds what it can.

French goes through timeline's own engine; this is the fallback for the rest, where
dateparser is strong (absolute dates, simple relative words). Slow: never on the French path.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.models import TimeMention

#: A match of fewer characters is usually a stray number or a function word.
_MIN_CHARS = 3


def find_foreign(text: str, published: dt.date | None, language: str) -> list[TimeMention]:
    """Dated expressions of ``text`` in ``language`` (an ISO 639-1 code) per dateparser."""
    from dateparser.search import search_dates

    settings: dict[str, object] = {"RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    found = search_dates(text, languages=[language], settings=settings) or []
    mentions: list[TimeMention] = []
    cursor = 0
    for surface, when in found:
        start = text.find(surface, cursor)
        if start < 0 or len(surface.strip()) < _MIN_CHARS:
            continue
        cursor = start + len(surface)
        relative = not re.search(r"\d{4}", surface)
        day = None if relative and published is None else when.date()
        mentions.append(
            TimeMention(
                text=surface,
                start_char=start,
                end_char=start + len(surface),
                start=day,
                end=day,
                granularity="day",
                kind="relative" if relative else "absolute",
                value=day.isoformat() if day else "XXXX-XX-XX",
                anchor="publication" if relative and day else "none",
            )
        )
    return mentions
