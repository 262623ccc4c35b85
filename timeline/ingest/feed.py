"""RSS and Atom feeds through feedparser: one record per entry."""

from __future__ import annotations

import io
from dataclasses import dataclass

from timeline.errors import IngestError
from timeline.ingest.records import Record, as_text, html_fragment_text


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """One feed entry: its own text (possibly empty) and the page it links to."""

    record: Record  # built from the entry alone; text "" when it has no content or summary
    link: str | None


def looks_like_feed(head: bytes) -> bool:
    """True when the first bytes of a document are an RSS, RDF or Atom feed."""
    start = head[:2048].lower()
    return b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start


def parse_feed(data: bytes, origin: str) -> list[Entry]:
    """The entries of a feed, in order. Raises :class:`IngestError` if it is not a feed.

    An entry's text is its full content when the feed carries it, else its summary, as plain
    text. Its date is ``published``, else ``updated`` (Atom requires only the latter); the
    raw string is kept so the day is counted in the publisher's own time zone.
    """
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data))  # a bytes string could be taken for a URL
    if not parsed.get("version") and not parsed.entries:
        why = parsed.get("bozo_exception")
        raise IngestError(origin, f"not an RSS or Atom feed{f': {why}' if why else ''}")
    meta = parsed.get("feed", {})
    feed_title = as_text(meta.get("title"))
    feed_language = meta.get("language")
    entries: list[Entry] = []
    for index, entry in enumerate(parsed.entries, start=1):
        contents = entry.get("content") or []
        html = contents[0].get("value") if contents else entry.get("summary")
        text = html_fragment_text(html) if html else ""
        detail = contents[0] if contents else entry.get("summary_detail") or {}
        link = as_text(entry.get("link"))
        record = Record(
            origin=f"{origin}#{index}",
            text=text,
            title=as_text(entry.get("title")),
            url=link,
            source=feed_title,
            language=entry.get("language") or detail.get("language") or feed_language,
            dates=(("metadata", entry.get("published") or entry.get("updated")),),
        )
        entries.append(Entry(record=record, link=link))
    return entries
