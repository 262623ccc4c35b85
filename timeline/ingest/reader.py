"""Finding inputs and reading them: the I/O around the pure format parsers.

A source is a file, a folder (walked recursively), an http(s) URL, or ``-`` for JSONL on
standard input. :func:`read_source` never raises for bad input: what cannot be read comes
back as an :class:`~timeline.models.ArticleError` naming the file (and line).
"""

from __future__ import annotations

import fnmatch
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import BinaryIO
from urllib.parse import urlsplit

from timeline.config import Config, IngestConfig
from timeline.errors import IngestError
from timeline.ingest.feed import looks_like_feed, parse_feed
from timeline.ingest.fetch import Fetched, fetch, is_url
from timeline.ingest.html import parse_html
from timeline.ingest.plain import SIDECAR_SUFFIXES, load_sidecar, parse_plain
from timeline.ingest.records import Record, as_text, build_all, pick_fields
from timeline.ingest.structured import parse_csv, parse_json, parse_jsonl
from timeline.models import Article, ArticleError

#: File suffix -> format. Folders are searched for these (``include`` narrows them down).
FORMATS: dict[str, str] = {
    ".md": "text",
    ".markdown": "text",
    ".txt": "text",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}
#: HTTP media type -> format, for URLs.
MEDIA_TYPES: dict[str, str] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "application/json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/jsonlines": "jsonl",
    "text/csv": "csv",
    "text/plain": "text",
    "text/markdown": "text",
}
STDIN = "-"
STDIN_ORIGIN = "<stdin>"

Fetcher = Callable[[str], Fetched]


def _is_sidecar(path: Path) -> bool:
    return path.name.lower().endswith(".meta.json")


def _matches(relative: str, pattern: str) -> bool:
    """A glob with a ``/`` matches the path under the folder, one without it the file name."""
    target = relative if "/" in pattern else PurePosixPath(relative).name
    return fnmatch.fnmatchcase(target, pattern)


def discover(sources: Iterable[Path | str], settings: IngestConfig | None = None) -> list[str]:
    """Expand folders into the article files under them; keep files, URLs and ``-`` as given.

    A folder yields, sorted, the files with a known suffix (:data:`FORMATS`) that match one of
    ``settings.include`` (when given) and none of ``settings.exclude``; hidden files and
    folders and sidecar ``*.meta.json`` files are left out. A path that does not exist is kept:
    reading it reports the error, and the other sources go on.
    """
    settings = settings or IngestConfig()
    found: list[str] = []
    seen: set[str] = set()

    def add(item: str, key: str) -> None:
        if key not in seen:
            seen.add(key)
            found.append(item)

    for source in sources:
        text = str(source)
        path = Path(text)
        if text == STDIN or is_url(text) or not path.is_dir():
            add(text, str(path.resolve()) if path.is_file() else text)
            continue
        for file in sorted(path.rglob("*")):
            relative = file.relative_to(path).as_posix()
            if (
                not file.is_file()
                or any(part.startswith(".") for part in file.relative_to(path).parts)
                or file.suffix.lower() not in FORMATS
                or _is_sidecar(file)
                or (settings.include and not any(_matches(relative, g) for g in settings.include))
                or any(_matches(relative, g) for g in settings.exclude)
            ):
                continue
            add(str(file), str(file.resolve()))
    return found


def detect_format(name: str, *, content_type: str | None = None, head: bytes = b"") -> str | None:
    """The format of a document from its bytes, media type and name, or ``None``."""
    if looks_like_feed(head):
        return "feed"
    if content_type in MEDIA_TYPES:
        return MEDIA_TYPES[content_type]
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in FORMATS:
        return FORMATS[suffix]
    start = head[:1024].lstrip().lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    return None


def parse_bytes(
    data: bytes,
    *,
    origin: str,
    fmt: str,
    config: Config,
    url: str | None = None,
    charset: str | None = None,
    sidecar: Mapping[str, object] | None = None,
    file_name: str | None = None,
    fetcher: Fetcher | None = None,
) -> list[Article | ArticleError]:
    """The articles (and errors, warnings) in one document of format ``fmt``.

    Pure apart from ``fetcher``, which a feed uses to read its entries' linked pages when
    ``config.ingest.fetch_linked`` is set.
    """
    fields = config.ingest.field_map
    try:
        records: list[Record | ArticleError]
        if fmt == "text":
            records = [parse_plain(data, origin, sidecar=sidecar, file_name=file_name)]
        elif fmt == "html":
            records = [parse_html(data, origin, url=url, charset=charset, file_name=file_name)]
            if sidecar:
                records = [_with_sidecar(records[0], sidecar)]
        elif fmt == "json":
            records = parse_json(data, origin, fields=fields)
        elif fmt == "jsonl":
            records = parse_jsonl(data, origin, fields=fields)
        elif fmt == "csv":
            records = parse_csv(data, origin, fields=fields)
        elif fmt == "feed":
            fetch_page = fetcher if config.ingest.fetch_linked else None
            records = _feed_records(data, origin, fetch_page)
        else:
            raise IngestError(origin, f"unknown format {fmt!r}; expected one of {_FORMAT_NAMES}")
    except IngestError as exc:
        return [ArticleError(origin=exc.origin, message=exc.reason, line=exc.line)]
    return build_all(records, config)


_FORMAT_NAMES = sorted(set(FORMATS.values()))


def _with_sidecar(record: Record, sidecar: Mapping[str, object]) -> Record:
    side = pick_fields(sidecar)
    return replace(
        record,
        title=as_text(side.get("title")) or record.title,
        url=as_text(side.get("url")) or record.url,
        source=as_text(side.get("source")) or record.source,
        language=side.get("language") or record.language,
        dates=(("metadata", side.get("published")), *record.dates),
    )


def _feed_records(data: bytes, origin: str, fetcher: Fetcher | None) -> list[Record | ArticleError]:
    entries = parse_feed(data, origin)
    if not entries:
        return [ArticleError(origin=origin, severity="warning", message="the feed has no entries")]
    out: list[Record | ArticleError] = []
    for entry in entries:
        record = entry.record
        if fetcher is not None and entry.link:
            try:
                got = fetcher(entry.link)
                page = parse_html(got.data, entry.link, url=entry.link, charset=got.charset)
            except IngestError as exc:
                if record.text.strip():
                    out.append(
                        ArticleError(
                            origin=record.origin,
                            severity="warning",
                            message=f"linked page not read ({exc}); used the feed's own text",
                        )
                    )
                    out.append(record)
                else:
                    out.append(
                        ArticleError(
                            origin=record.origin,
                            message=f"linked page not read and the entry has no text: {exc}",
                        )
                    )
                continue
            out.append(
                replace(
                    record,
                    text=page.text,
                    title=record.title or page.title,
                    source=record.source or page.source,
                    language=record.language or page.language,
                    dates=(*record.dates, *page.dates),
                )
            )
        elif record.text.strip() or record.title:
            if not record.text.strip():
                out.append(
                    ArticleError(
                        origin=record.origin,
                        severity="warning",
                        message="the entry has a title but no text; use --fetch-linked to "
                        "read its page",
                    )
                )
            out.append(record)
        else:
            out.append(
                ArticleError(
                    origin=record.origin,
                    message="the entry has no title, content or summary",
                )
            )
    return out


def _too_big(size: int, limit: int) -> str:
    return (
        f"too large: {size / 1048576:.1f} MiB, the limit is {limit / 1048576:.1f} MiB "
        "(max_file_bytes): split it or raise the limit"
    )


def _read_sidecar(path: Path) -> dict[str, object] | None:
    for suffix in SIDECAR_SUFFIXES:
        candidate = path.with_name(path.stem + suffix)
        if candidate.is_file():
            return load_sidecar(candidate.read_bytes(), str(candidate))
    return None


def source_stamp(source: str | Path) -> str | None:
    """What a file source looks like on disk now: size and modification time of the file and
    of its sidecar. ``None`` for URLs, stdin and missing files, which are always read.

    Two equal stamps mean the file was not touched, so its articles need not be read again.
    """
    text = str(source)
    if text == STDIN or is_url(text):
        return None
    path = Path(text)
    parts = []
    for candidate in (path, *(path.with_name(path.stem + s) for s in SIDECAR_SUFFIXES)):
        try:
            st = candidate.stat()
        except OSError:
            if candidate is path:
                return None
            continue
        parts.append(f"{candidate.name}:{st.st_size}:{st.st_mtime_ns}")
    return "|".join(parts)


def read_source(
    source: str | Path,
    config: Config | None = None,
    *,
    stdin: BinaryIO | None = None,
    fetcher: Fetcher | None = None,
) -> list[Article | ArticleError]:
    """Read one file, URL or ``-`` (JSONL on ``stdin``) into articles, errors and warnings."""
    config = config or Config()
    settings = config.ingest
    if fetcher is None:

        def fetcher(url: str) -> Fetched:
            return fetch(url, timeout=settings.timeout, max_bytes=settings.max_fetch_bytes)

    text = str(source)
    try:
        if text == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(settings.max_file_bytes + 1)
            if len(data) > settings.max_file_bytes:
                raise IngestError(STDIN_ORIGIN, _too_big(len(data), settings.max_file_bytes))
            return parse_bytes(data, origin=STDIN_ORIGIN, fmt="jsonl", config=config)
        if is_url(text):
            got = fetcher(text)
            fmt = detect_format(
                urlsplit(got.url).path, content_type=got.content_type, head=got.data[:2048]
            )
            if fmt is None:
                raise IngestError(
                    text,
                    f"unknown document type {got.content_type!r}: expected a web page, a "
                    "feed, JSON, JSONL, CSV or text",
                )
            return parse_bytes(
                got.data,
                origin=text,
                fmt=fmt,
                config=config,
                url=text if fmt == "html" else None,
                charset=got.charset,
                fetcher=fetcher,
            )
        return _read_path(Path(text), config, fetcher)
    except IngestError as exc:
        return [ArticleError(origin=exc.origin, message=exc.reason, line=exc.line)]


def _read_path(path: Path, config: Config, fetcher: Fetcher) -> list[Article | ArticleError]:
    origin = str(path)
    if not path.exists():
        raise IngestError(origin, "no such file or directory")
    if path.is_dir():
        raise IngestError(origin, "is a folder: give it to discover() to list its articles")
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise IngestError(
            origin,
            f"unsupported file type {path.suffix or '(no suffix)'!r}: timeline reads "
            f"{', '.join(FORMATS)}",
        )
    try:
        size = path.stat().st_size
        if size > config.ingest.max_file_bytes:
            raise IngestError(origin, _too_big(size, config.ingest.max_file_bytes))
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(origin, f"cannot read: {exc.strerror}") from None
    sidecar = _read_sidecar(path) if fmt in ("text", "html") else None
    return parse_bytes(
        data,
        origin=origin,
        fmt=fmt,
        config=config,
        sidecar=sidecar,
        file_name=path.name,
        fetcher=fetcher,
    )


def drop_duplicates(
    items: Iterable[Article | ArticleError], seen: dict[str, str]
) -> Iterator[Article | ArticleError]:
    """Pass each article once: a later one with a known ``article_id`` becomes a warning.

    ``seen`` (article_id -> origin of the first) is updated, so it can span several calls.
    """
    for item in items:
        if isinstance(item, Article):
            first = seen.get(item.article_id)
            if first is not None:
                yield ArticleError(
                    origin=item.origin or item.article_id,
                    severity="warning",
                    message=f"skipped: the same article as {first} (id {item.article_id}) "
                    "is processed once",
                )
                continue
            seen[item.article_id] = item.origin or item.article_id
        yield item


def read_all(
    sources: Iterable[Path | str],
    config: Config | None = None,
    *,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | ArticleError]:
    """Read each source in turn; the same article twice comes out once (then a warning)."""
    seen: dict[str, str] = {}
    for source in sources:
        yield from drop_duplicates(read_source(source, config, stdin=stdin), seen)
