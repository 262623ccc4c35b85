"""Reading articles and their metadata from files.

Supported here: ``.md`` and ``.txt`` files, with optional YAML front matter (``title``,
``published``, ``source``, ``url``, ``language``). Without a title in the front matter, the
first line of the body is the headline. The headline is always part of the article text, so
that events in it are found and offsets stay valid.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

import frontmatter
import yaml

from timeline.errors import IngestError
from timeline.models import Article, ArticleError
from timeline.text import nfc

SUFFIXES = (".md", ".txt")


def discover(sources: Iterable[Path | str]) -> list[Path]:
    """Expand files and directories (recursively) into the sorted list of article files."""
    found: set[Path] = set()
    for source in sources:
        path = Path(source)
        if path.is_dir():
            found.update(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix in SUFFIXES and not p.name.startswith(".")
            )
        elif path.is_file():
            found.add(path)
        else:
            raise IngestError(path, "no such file or directory")
    return sorted(found)


def parse_date(value: object, origin: str | Path) -> dt.date | None:
    """A publication date from metadata: a date, a datetime or an ISO 8601 string."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.datetime.fromisoformat(str(value).strip()).date()
    except ValueError:
        raise IngestError(
            origin, f"unreadable publication date {value!r}; write it as YYYY-MM-DD"
        ) from None


def content_id(text: str) -> str:
    """A stable id for an article without a URL: a hash of its text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def read_file(path: Path | str, *, default_published: dt.date | None = None) -> Article:
    """Read one article file. Raises :class:`IngestError` naming the file when it can't."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IngestError(path, f"cannot read: {exc.strerror}") from None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise IngestError(path, "not UTF-8 text") from None
    try:
        post = frontmatter.loads(content)
    except yaml.YAMLError as exc:
        raise IngestError(path, f"malformed front matter: {exc}") from None
    meta, body = dict(post.metadata), nfc(post.content).strip()
    if not body:
        raise IngestError(path, "empty article: no text after the front matter")
    title = meta.get("title")
    if title:
        title = nfc(str(title)).strip()
        if not body.startswith(title):
            body = f"{title}\n\n{body}"
    else:
        title = body.splitlines()[0].strip()
    published = parse_date(meta.get("published") or meta.get("date"), path)
    published_source = "front matter" if published else None
    if published is None and default_published is not None:
        published, published_source = default_published, "default"
    url = meta.get("url")
    return Article(
        article_id=str(url) if url else content_id(body),
        text=body,
        title=title,
        source=meta.get("source"),
        url=url,
        published=published,
        language=str(meta.get("language") or meta.get("lang") or "fr"),
        origin=str(path),
        published_source=published_source,
    )


def read_all(
    paths: Iterable[Path | str], *, default_published: dt.date | None = None
) -> Iterator[Article | ArticleError]:
    """Read each file; a file that cannot be read yields an :class:`ArticleError` instead."""
    for path in paths:
        try:
            yield read_file(path, default_published=default_published)
        except IngestError as exc:
            yield ArticleError(origin=exc.origin, message=exc.reason, line=exc.line)
