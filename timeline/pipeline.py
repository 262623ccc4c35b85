"""The stages chained: articles in, events out. The flows and the CLI call these."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pandas as pd

from timeline import events as events_stage
from timeline.actors import load_dictionary
from timeline.chart import build_figure, write_html
from timeline.config import Config
from timeline.export import events_frame, write_csv, write_parquet
from timeline.ingest import content_id
from timeline.models import Article, Event, TimeMention
from timeline.nlp import DATES_KEY, load_pipeline, parse, parse_many


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
    return [span._.time_mention for span in doc.spans[DATES_KEY]]


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


def write_outputs(frame: pd.DataFrame, out_dir: Path | str) -> list[Path]:
    """Write ``events.csv``, ``events.parquet`` and ``timeline.html`` into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    return [
        write_csv(frame, out / "events.csv"),
        write_parquet(frame, out / "events.parquet"),
        write_html(build_figure(frame), out / "timeline.html"),
    ]
