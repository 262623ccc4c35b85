"""Publication dates: parsed from metadata values, or read from a URL or a file name.

Nothing here looks at the clock. A value that is not a full calendar date ("hier", "mars
2024") is refused rather than completed with today's date.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import warnings

from timeline.errors import IngestError

#: ``published_source`` values, in order of precedence (see ``docs/ingest.md``).
PUBLISHED_SOURCES: tuple[str, ...] = (
    "metadata",  # a field of a JSON/CSV record, a sidecar file or a feed entry
    "front matter",  # YAML front matter of a .md or .txt file
    "html",  # the page's own metadata (meta tags, JSON-LD, <time>), read by htmldate
    "url",  # a YYYY/MM/DD or YYYY-MM-DD date in the article's URL
    "file name",  # a YYYY-MM-DD date in the file name
    "default",  # the run's default publication date (--published)
)

_DATEPARSER_SETTINGS = {
    "STRICT_PARSING": True,  # day, month and year must all be written: no gap filled from today
    "DATE_ORDER": "DMY",  # 04/03/2024 is the 4th of March in French (and most) news
    "PARSERS": ["custom-formats", "absolute-time"],  # no relative dates, no bare timestamps
}
_DATEPARSER_LANGUAGES = ["fr", "en", "de", "es", "it"]  # written months these news come in


def parse_date(value: object, origin: str, *, line: int | None = None) -> dt.date | None:
    """The calendar date of a metadata value, or ``None`` when the value is empty.

    Accepts a date, a datetime, ISO 8601 (``2024-03-04``, ``2024-03-04T08:30:00+01:00``),
    RFC 2822 (``Mon, 04 Mar 2024 08:30:00 +0100``, as in RSS) and written dates in French or
    English (``4 mars 2024``, ``04/03/2024`` read day first). A datetime counts in its own
    time zone: that is the day the article's "hier" refers to. Raises :class:`IngestError`
    naming ``origin`` (and ``line``) for anything else.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        found = _parse_text(value.strip())
        if found is not None:
            return found
    raise IngestError(
        origin,
        f"unreadable publication date {value!r}: write a full date such as 2024-03-04, "
        "'4 mars 2024' or 'Mon, 04 Mar 2024 08:30:00 +0100'",
        line=line,
    )


@functools.lru_cache(maxsize=4096)
def _parse_text(text: str) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # imported here: it takes a second, and ISO dates do not need it

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        parsed = dateparser.parse(
            text, languages=_DATEPARSER_LANGUAGES, settings=_DATEPARSER_SETTINGS
        )
    return parsed.date() if parsed is not None else None


def date_in_url(url: str | None) -> dt.date | None:
    """A full date written in a URL or a file name (``/2024/03/04/``, ``2024-03-04_x.txt``).

    htmldate reads it; a year and month alone (``/2024/03/``) is not a date.
    """
    if not url:
        return None
    import htmldate

    found = htmldate.find_date("<html></html>", url=url, extensive_search=False)
    return dt.date.fromisoformat(found) if found else None
