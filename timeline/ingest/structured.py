"""Records from ``.json``, ``.jsonl`` and ``.csv`` files: one article per object or row.

Fields are found by their common names or by the ``fields`` mapping
(:attr:`timeline.config.IngestConfig.fields`). A broken line is an error naming its number;
the other lines go on.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping

from timeline.errors import IngestError
from timeline.ingest.decode import decode
from timeline.ingest.records import FIELD_ALIASES, Record, alias_of, record_from_fields
from timeline.models import ArticleError

#: Keys under which a JSON export may hold its list of articles.
LIST_KEYS: tuple[str, ...] = ("articles", "items", "entries", "data", "results", "documents")
_SNIFF_CHARS = 16384  # the CSV dialect is guessed from the first 16 KiB (a few rows)


def _err(exc: IngestError) -> ArticleError:
    return ArticleError(origin=exc.origin, message=exc.reason, line=exc.line)


def parse_jsonl(
    data: bytes, origin: str, *, fields: Mapping[str, str] | None = None
) -> list[Record | ArticleError]:
    """One record per non-blank line; a line that is not a JSON object is an error."""
    out: list[Record | ArticleError] = []
    for number, line in enumerate(decode(data, origin).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append(
                ArticleError(
                    origin=origin,
                    line=number,
                    message=f"malformed JSON at column {exc.colno}: {exc.msg}",
                )
            )
            continue
        if not isinstance(obj, dict):
            out.append(
                ArticleError(
                    origin=origin,
                    line=number,
                    message=f"expected a JSON object per line, found {type(obj).__name__}",
                )
            )
            continue
        try:
            out.append(record_from_fields(obj, origin=origin, line=number, fields=fields))
        except IngestError as exc:
            out.append(_err(exc))
    return out


def parse_json(
    data: bytes, origin: str, *, fields: Mapping[str, str] | None = None
) -> list[Record | ArticleError]:
    """An object (one article), a list of objects, or an object holding such a list."""
    text = decode(data, origin)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        hint = " (one object per line? name the file .jsonl)" if exc.msg == "Extra data" else ""
        raise IngestError(
            origin, f"malformed JSON at column {exc.colno}: {exc.msg}{hint}", line=exc.lineno
        ) from None
    if isinstance(doc, dict):
        for key in LIST_KEYS:
            if isinstance(doc.get(key), list):
                doc = doc[key]
                break
        else:
            return [record_from_fields(doc, origin=origin, fields=fields)]
    if not isinstance(doc, list):
        raise IngestError(origin, f"expected a JSON object or list, found {type(doc).__name__}")
    out: list[Record | ArticleError] = []
    for index, obj in enumerate(doc, start=1):
        where = f"{origin}#{index}"
        if not isinstance(obj, dict):
            out.append(
                ArticleError(
                    origin=where, message=f"expected an object, found {type(obj).__name__}"
                )
            )
            continue
        try:
            out.append(record_from_fields(obj, origin=where, fields=fields))
        except IngestError as exc:
            out.append(_err(exc))
    return out


def parse_csv(
    data: bytes, origin: str, *, fields: Mapping[str, str] | None = None
) -> list[Record | ArticleError]:
    """One record per row; the header names the columns, the delimiter is sniffed."""
    text = decode(data, origin)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:_SNIFF_CHARS], delimiters=",;\t|"
        )
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect, strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise IngestError(origin, f"no CSV header row: {exc}", line=1) from None
    header = [h.strip() for h in header]
    fields = fields or {}
    out: list[Record | ArticleError] = []
    if fields.get("text") not in header and "text" not in map(alias_of, header):
        hint = f"'{fields['text']}' (--field text) nor " if "text" in fields else ""
        raise IngestError(
            origin,
            f"no text column: neither {hint}any of {', '.join(FIELD_ALIASES['text'])} is in "
            f"the header; map yours with --field text=NAME (columns: {', '.join(header)})",
            line=1,
        )
    for name, column in fields.items():
        if column not in header:
            out.append(
                ArticleError(
                    origin=origin,
                    line=1,
                    severity="warning",
                    message=f"column {column!r} (--field {name}) is not in the header, the "
                    f"usual names are used instead (columns: {', '.join(header)})",
                )
            )
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            out.append(ArticleError(origin=origin, line=start, message=f"malformed CSV: {exc}"))
            break  # the reader cannot find the next row after a broken quote
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            out.append(
                ArticleError(
                    origin=origin,
                    line=start,
                    message=(
                        f"{len(row)} fields where the header has {len(header)}: "
                        "a missing or extra delimiter, or an unquoted one inside a value"
                    ),
                )
            )
            continue
        try:
            out.append(
                record_from_fields(
                    dict(zip(header, row, strict=True)),
                    origin=origin,
                    line=start,
                    fields=fields,
                    what="column",
                )
            )
        except IngestError as exc:
            out.append(_err(exc))
    return out
