"""Saved or fetched web pages: main text and metadata through trafilatura, date via htmldate."""

from __future__ import annotations

import re

from timeline.errors import IngestError
from timeline.ingest.decode import decode
from timeline.ingest.records import Record

_MIN_TEXT_CHARS = 40  # less than a sentence is a menu or a login box caught by the fallback
_HEAD_BYTES = 4096  # charset and language are declared in the first few KiB of a page
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][\w]+)?)""", re.I)
_OG_LOCALE = re.compile(
    r"""<meta[^>]+property\s*=\s*["']og:locale["'][^>]+content\s*=\s*["']([\w-]+)""", re.I
)


def parse_html(
    data: bytes,
    origin: str,
    *,
    url: str | None = None,
    charset: str | None = None,
    file_name: str | None = None,
) -> Record:
    """The record of a web page: its main text, title, site name, language and date.

    ``url`` (the address it was fetched from, or a feed entry's link) wins over the page's
    canonical URL. The date is the page's own metadata, read by htmldate without searching
    the free text nor the URL (the URL date has its own, lower, rank).
    """
    import htmldate
    import trafilatura

    if charset is None:
        declared = _META_CHARSET.search(data[:_HEAD_BYTES])
        charset = declared.group(1).decode("ascii") if declared else None
    page = decode(data, origin, declared=charset)
    doc = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (doc.text or "").strip() if doc is not None else ""
    if len(text) < _MIN_TEXT_CHARS:
        found = f" (only {text!r})" if text else ""
        raise IngestError(
            origin,
            f"no main text found in the HTML page{found}: is it a page of links or a login "
            "form? Save the article page itself",
        )
    date = htmldate.find_date(page, extensive_search=False, original_date=True)
    head = page[: _HEAD_BYTES * 4]
    lang = _HTML_LANG.search(head) or _OG_LOCALE.search(head)
    return Record(
        origin=origin,
        text=text,
        title=doc.title,
        url=url or doc.url,
        source=doc.sitename,
        language=lang.group(1) if lang else None,
        dates=(("html", date),),
        file_name=file_name,
    )
