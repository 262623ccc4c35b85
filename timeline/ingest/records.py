"""The rules every format shares: what one article record becomes as an :class:`Article`.

A format reader turns its input into :class:`Record` values (text plus raw metadata); then
:func:`build` applies the common rules: headline at the start of the text, NFC, the
publication date by precedence, the language, the id. Everything here is pure.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from timeline.config import ARTICLE_FIELDS, Config
from timeline.errors import IngestError
from timeline.ingest.dates import date_in_url, parse_date
from timeline.ingest.decode import normalize_text
from timeline.ingest.language import detect_language, normalize_language
from timeline.models import Article, ArticleError

#: Key or column names recognized for each article field, compared without case, spaces,
#: dashes or underscores (so ``pubDate``, ``pub_date`` and ``PUB-DATE`` are one name).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "full_text", "article_body", "articleBody"),
    "title": ("title", "headline"),
    "published": (
        "published",
        "date",
        "pubDate",
        "datePublished",
        "published_at",
        "publication_date",
        "date_published",
    ),
    "url": ("url", "link", "canonical_url"),
    "source": ("source", "site", "site_name", "publisher"),
    "language": ("language", "lang"),
}
_HTML_HINT = re.compile(r"<(?:p|br|div|span|a|em|strong|b|i)\b[^>]*>", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class Record:
    """What a format reader found for one article, before the common rules are applied."""

    origin: str  # the file, URL or stdin it came from (``#N`` for the N-th item of a file)
    text: str  # the body, as read
    line: int | None = None  # the line it starts on, for JSONL and CSV
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: object = None  # the raw metadata value, normalized by build()
    dates: tuple[tuple[str, object], ...] = ()  # (published_source, raw value), best first
    file_name: str | None = None  # a file's name, which may carry a date


def content_id(text: str) -> str:
    """A stable id for an article without a URL: a hash of its text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def as_text(value: object) -> str | None:
    """A metadata value as a stripped, normalized string (NFC, as the text: a JSON escape
    and the raw character give the same value): lists of paragraphs joined, objects'
    ``name``."""
    if value is None:
        return None
    if isinstance(value, Mapping):
        return as_text(value.get("name"))
    if isinstance(value, list | tuple):
        parts = [t for t in (as_text(v) for v in value) if t]
        return "\n\n".join(parts) or None
    text = normalize_text(str(value)).strip()
    return text or None


def _squash(name: str) -> str:
    return re.sub(r"[\s_\-]", "", name).lower()


_ALIAS_LOOKUP = {
    _squash(alias): field for field, aliases in FIELD_ALIASES.items() for alias in aliases
}


def _dig(obj: Mapping[str, object], dotted: str) -> tuple[bool, object]:
    current: object = obj
    for part in dotted.split("."):
        if not isinstance(current, Mapping) or part not in current:
            return False, None
        current = current[part]
    return True, current


def pick_fields(
    obj: Mapping[str, object], fields: Mapping[str, str] | None = None
) -> dict[str, object]:
    """The article fields found in a JSON object or CSV row.

    ``fields`` (article field -> key, dotted for nested objects) wins where the record has
    that key; otherwise a field is found by its common names (:data:`FIELD_ALIASES`), the
    first match in the record's own order. So one mapping serves exports of several shapes.
    """
    fields = fields or {}
    found: dict[str, object] = {}
    for name in ARTICLE_FIELDS:
        if name in fields:
            present, value = _dig(obj, fields[name])
            if present:
                found[name] = value
    mapped = set(fields.values())
    for key, value in obj.items():
        name = _ALIAS_LOOKUP.get(_squash(str(key)))
        if name is not None and name not in found and key not in mapped:
            found[name] = value
    return found


def alias_of(name: str) -> str | None:
    """The article field a key or column name stands for by default, if any."""
    return _ALIAS_LOOKUP.get(_squash(name))


def html_fragment_text(fragment: str) -> str:
    """The plain text of an HTML fragment (a feed summary, a CMS export's body)."""
    import trafilatura

    return trafilatura.html2txt(f"<html><body>{fragment}</body></html>")


def record_from_fields(
    obj: Mapping[str, object],
    *,
    origin: str,
    line: int | None = None,
    fields: Mapping[str, str] | None = None,
    what: str = "key",
) -> Record:
    """A :class:`Record` from a JSON object or CSV row; raises if it holds no text."""
    found = pick_fields(obj, fields)
    raw_text = found.get("text")
    if isinstance(raw_text, Mapping) or (
        isinstance(raw_text, list | tuple) and not all(isinstance(p, str) for p in raw_text)
    ):
        raise IngestError(
            origin,
            f"the text must be a string or a list of paragraphs, not {type(raw_text).__name__}",
            line=line,
        )
    text = as_text(raw_text)
    if not text:
        names = ", ".join(FIELD_ALIASES["text"])
        if fields and "text" in fields:
            names = f"{fields['text']} (--field text), {names}"
        raise IngestError(
            origin,
            f"no text: none of the {what}s {names} holds any; map yours with "
            f"--field text=NAME ({what}s here: {', '.join(map(str, obj))})",
            line=line,
        )
    if _HTML_HINT.search(text):
        text = html_fragment_text(text)
    url = as_text(found.get("url"))
    return Record(
        origin=origin,
        line=line,
        text=text,
        title=as_text(found.get("title")),
        url=url,
        source=as_text(found.get("source")),
        language=found.get("language"),
        dates=(("metadata", found.get("published")),),
    )


def _error(exc: IngestError, stage: str = "ingest") -> ArticleError:
    return ArticleError(origin=exc.origin, message=exc.reason, line=exc.line, stage=stage)


def build(record: Record, config: Config) -> list[Article | ArticleError]:
    """The :class:`Article` of ``record``, or the errors and warnings that explain its fate.

    The headline starts the text (events in it are found, offsets stay valid). The
    publication date comes from ``record.dates`` in order, then a date in the URL, then in
    the file name, then ``config.default_published``; a record whose date cannot be read is
    an error, one with no date at all a warning. An article in a language other than
    ``config.language`` is skipped with a warning.
    """
    origin, line = record.origin, record.line
    body = normalize_text(record.text).strip()
    title = normalize_text(record.title).strip() if record.title else None
    if not body and not title:
        return [ArticleError(origin=origin, line=line, message="empty article: no text")]
    if title:
        text = body if body.startswith(title) else f"{title}\n\n{body}".strip()
    else:
        text = body
        title = text.splitlines()[0].strip()
    try:
        published, published_source = _publication(record, config)
    except IngestError as exc:
        return [_error(exc)]
    language = normalize_language(record.language)
    how = "from its metadata"
    if language is None:
        language, how = detect_language(text, config.language), "detected"
    if language != config.language:
        return [
            ArticleError(
                origin=origin,
                line=line,
                stage="language",
                severity="warning",
                message=(
                    f"skipped: the article is in {language!r} ({how}) and this run reads "
                    f"{config.language!r} only, the language a spaCy model is configured for; "
                    "set its language in the metadata if the detection is wrong"
                ),
            )
        ]
    article = Article(
        article_id=record.url or content_id(text),
        text=text,
        title=title,
        source=record.source,
        url=record.url,
        published=published,
        language=language,
        origin=origin if line is None else f"{origin}:{line}",
        published_source=published_source,
    )
    if published is not None:
        return [article]
    return [article, no_date_warning(origin, line)]


def no_date_warning(origin: str, line: int | None = None) -> ArticleError:
    """The warning for an article processed without a publication date."""
    return ArticleError(
        origin=origin,
        line=line,
        severity="warning",
        message=(
            "no publication date (none in the metadata, front matter, HTML, URL or file "
            "name): relative dates such as 'hier' stay unresolved; add a 'published' field "
            "or give a default with --published YYYY-MM-DD"
        ),
    )


def _publication(record: Record, config: Config) -> tuple[dt.date | None, str | None]:
    for source, raw in record.dates:
        found = parse_date(raw, record.origin, line=record.line)
        if found is not None:
            return found, source
    found = date_in_url(record.url)
    if found is not None:
        return found, "url"
    if record.file_name:
        found = date_in_url(f"/{record.file_name}")
        if found is not None:
            return found, "file name"
    if config.default_published is not None:
        return config.default_published, "default"
    return None, None


def build_all(
    records: Sequence[Record | ArticleError], config: Config
) -> list[Article | ArticleError]:
    """:func:`build` over records, passing errors through in order."""
    out: list[Article | ArticleError] = []
    for item in records:
        out.extend([item] if isinstance(item, ArticleError) else build(item, config))
    return out
