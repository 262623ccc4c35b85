"""Reading articles and their metadata from the formats they come in.

One module per format, each a pure function from bytes to records: ``plain`` (``.md`` and
``.txt`` with YAML front matter and sidecar files), ``structured`` (``.json``, ``.jsonl``,
``.csv``), ``html`` (trafilatura, htmldate), ``feed`` (RSS and Atom through feedparser).
``records`` applies the rules they share (headline first, NFC, publication date by
precedence, language, id); ``reader`` does the I/O: folders, files, URLs and stdin.
See ``docs/ingest.md`` for the user's view.
"""

from timeline.ingest.dates import PUBLISHED_SOURCES, date_in_url, parse_date
from timeline.ingest.decode import decode
from timeline.ingest.fetch import Fetched, fetch, is_url
from timeline.ingest.reader import (
    FORMATS,
    MEDIA_TYPES,
    STDIN,
    detect_format,
    discover,
    drop_duplicates,
    parse_bytes,
    read_all,
    read_source,
    source_stamp,
)
from timeline.ingest.records import FIELD_ALIASES, Record, build, content_id

__all__ = [
    "FIELD_ALIASES",
    "FORMATS",
    "MEDIA_TYPES",
    "PUBLISHED_SOURCES",
    "STDIN",
    "Fetched",
    "Record",
    "build",
    "content_id",
    "date_in_url",
    "decode",
    "detect_format",
    "discover",
    "drop_duplicates",
    "fetch",
    "is_url",
    "parse_bytes",
    "parse_date",
    "read_all",
    "read_source",
    "source_stamp",
]
