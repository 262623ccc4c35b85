"""The stages chained: articles in, events out. The flows and the CLI call these."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pandas as pd
import spacy

from timeline import events as events_stage
from timeline.actors import load_dictionary
from timeline.chart import PlotlyJS
from timeline.config import Config
from timeline.export import events_frame
from timeline.formats import parse_formats, write_formats
from timeline.ingest import content_id, source_stamp
from timeline.io import atomic_path, write_text_atomic
from timeline.models import ERROR_COLUMNS, Article, ArticleError, Event, TimeMention
from timeline.nlp import DATES_KEY, load_pipeline, parse, parse_many
from timeline.store import open_store


def as_date(value: dt.date | dt.datetime | str | None) -> dt.date | None:
    """Accept a date, a datetime or an ISO 8601 string; ``None`` stays ``None``."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    try:
        return dt.datetime.fromisoformat(str(value).strip()).date()
    except ValueError:
        raise ValueError(
            f"invalid publication date {value!r}: give a date, a datetime or an ISO string "
            "such as '2022-08-03'"
        ) from None


def extract_articles(articles: Sequence[Article], config: Config) -> Iterator[list[Event]]:
    """The events of each article, in order, parsing them in batches."""
    nlp = load_pipeline(config)
    event_types = events_stage.load_event_types(config.event_types_path)
    dictionary = load_dictionary(config.actors_path)
    docs = parse_many(nlp, ((a.text, a.published) for a in articles), batch_size=config.batch_size)
    for article, doc in zip(articles, docs, strict=True):
        yield events_stage.extract(doc, article, event_types=event_types, actors=dictionary)


def extract_results(
    articles: Sequence[Article], config: Config
) -> list[tuple[Article, list[Event] | str]]:
    """Each article with its events, or with an error message if extraction failed on it.

    The batch is parsed in one go; if that fails, the articles are retried one by one so a
    single bad article cannot take the others down with it.
    """
    try:
        return list(zip(articles, extract_articles(articles, config), strict=True))
    except Exception:
        pass  # find the culprit below, one article at a time
    results: list[tuple[Article, list[Event] | str]] = []
    for article in articles:
        try:
            results.append((article, next(extract_articles([article], config))))
        except Exception as exc:  # recorded for this article; the others go on
            results.append((article, f"extraction failed: {type(exc).__name__}: {exc}"))
    return results


_EXTRACTION_SOURCES = ("text.py", "nlp.py", "grammar.py", "actors.py", "events.py", "temporal")


def source_stamps(sources: Sequence[str], config: Config) -> dict[str, str]:
    """Each file source's stamp (see :func:`timeline.ingest.source_stamp`), joined with the
    settings that change what reading it gives. URLs and stdin have none: always read."""
    settings = f"{config.ingest!r}|{config.default_published}|{config.language}"
    stamps = {}
    for source in sources:
        stamp = source_stamp(source)
        if stamp is not None:
            stamps[source] = f"{stamp}|{settings}"
    return stamps


def completed_sources(
    read: Mapping[str, Sequence[Article | ArticleError]],
    stamps: Mapping[str, str],
    problems: Sequence[ArticleError],
) -> dict[str, tuple[str, list[str]]]:
    """The sources to remember as done: source -> (stamp, article ids).

    A source qualifies when it has a stamp (a file) and gave only articles, none of which
    failed; a source with any error or warning is read again next time, so its problems
    are reported again.
    """
    failed = {p.origin for p in problems}
    return {
        source: (stamps[source], [a.article_id for a in items])
        for source, items in read.items()
        if source in stamps
        and all(isinstance(a, Article) and a.origin not in failed for a in items)
    }


def fingerprint(config: Config) -> str:
    """Identifies the extraction pipeline: code, resources, model and settings.

    Stored with each processed article; when it changes, every article is processed again.
    """
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for name in _EXTRACTION_SOURCES:
        path = package / name
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.read_bytes())
    for resource in (config.actors_path, config.event_types_path):
        digest.update(resource.read_bytes() if resource else b"default")
    for file in sorted((package / "resources").glob("*")):
        digest.update(file.read_bytes())
    model_version = spacy.util.get_package_version(config.model) or "?"
    digest.update(f"{config.model}=={model_version}|{config.temporal!r}".encode())
    return digest.hexdigest()[:16]


def _config(language: str) -> Config:
    return Config(language=language)


def resolve_dates(
    text: str, published: dt.date | dt.datetime | str | None, *, language: str = "fr"
) -> list[TimeMention]:
    """Find the temporal expressions of ``text`` and resolve them against ``published``.

    Each :class:`~timeline.models.TimeMention` has character offsets into ``text``, an
    inclusive ``start``/``end`` interval (``None`` when it cannot be placed), a granularity,
    a kind and a TIMEX3-style value. Without ``published``, relative expressions are found
    but left unresolved.
    """
    doc = parse(load_pipeline(_config(language)), text, as_date(published))
    return [_as_written(span._.time_mention, text) for span in doc.spans[DATES_KEY]]


def _as_written(mention: TimeMention, text: str) -> TimeMention:
    """The mention with its text as written (the parse sees ’ as ' and NBSP as a space)."""
    return replace(
        mention,
        text=text[mention.start_char : mention.end_char],
        parts=tuple(_as_written(p, text) for p in mention.parts),
    )


def extract_events(
    text: str,
    published: dt.date | dt.datetime | str | None,
    *,
    language: str = "fr",
    title: str | None = None,
) -> pd.DataFrame:
    """The events of one article as a DataFrame with the event table's columns."""
    article = Article(
        article_id=content_id(text),
        text=text,
        title=title,
        published=as_date(published),
        language=language,
    )
    rows = next(extract_articles([article], _config(language)))
    return events_frame(rows)


def flatten(batches: Iterable[list[Event]]) -> list[Event]:
    """One list from per-article lists."""
    return [event for batch in batches for event in batch]


def write_outputs(
    frame: pd.DataFrame,
    out_dir: Path | str,
    formats: Sequence[str] | str | None = None,
    *,
    plotlyjs: PlotlyJS = "embed",
) -> list[Path]:
    """Write the event table and the timeline into ``out_dir``; the paths written.

    ``formats``: names from :data:`timeline.formats.FORMATS` (csv, parquet, xlsx, timelinejs,
    html; ``None``: all). ``plotlyjs``: ``"embed"`` (one self-contained HTML file) or
    ``"shared"`` (``plotly.min.js`` written beside it).
    """
    return write_formats(frame, out_dir, formats, plotlyjs=plotlyjs)


_EXPORT_STATE = ".timeline-export.json"


def export_store(
    out_dir: Path | str,
    *,
    force: bool = False,
    formats: Sequence[str] | str | None = None,
    plotlyjs: PlotlyJS = "embed",
) -> tuple[list[Path], bool]:
    """Regenerate the outputs of ``out_dir`` from its store, unless they are up to date.

    Returns the output files and whether they were written. Outputs are up to date when the
    store has not changed since they were last written in the same ``formats`` (see
    :func:`write_outputs`) and all of them are still there.
    """
    chosen = list(parse_formats(formats))
    out = Path(out_dir)
    state_path = out / _EXPORT_STATE
    with closing(open_store(out)) as store:
        generation = store.generation()
        try:
            state = json.loads(state_path.read_text("utf-8"))
        except (OSError, ValueError):
            state = {}
        files = [out / name for name in state.get("files", ())]
        if (
            not force
            and state.get("generation") == generation
            and state.get("formats") == chosen
            and state.get("plotlyjs") == plotlyjs
            and files
            and all(f.is_file() for f in files)
        ):
            return files, False
        frame = events_frame(store.events())
    files = write_outputs(frame, out, chosen, plotlyjs=plotlyjs)
    state = {
        "generation": generation,
        "formats": chosen,
        "plotlyjs": plotlyjs,
        "files": [f.name for f in files],
    }
    write_text_atomic(state_path, json.dumps(state))
    return files, True


def write_errors(errors: Iterable[ArticleError], path: Path | str) -> Path:
    """Write the run's errors and warnings as ``errors.csv`` (:data:`ERROR_COLUMNS`), atomically.

    Written on every run, with just the header when all went well, so an old file never
    describes a new run.
    """
    rows = [
        {
            "origin": e.origin,
            "line": e.line,
            "stage": e.stage,
            "severity": e.severity,
            "message": e.message,
        }
        for e in errors
    ]
    frame = pd.DataFrame(rows, columns=list(ERROR_COLUMNS)).astype({"line": "Int64"})
    with atomic_path(path) as tmp:
        frame.to_csv(tmp, index=False, encoding="utf-8")
    return Path(path)
