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
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files, folders, http(s) URLs, or - for JSONL on stdin."),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("outputs"),
    model: Annotated[str, typer.Option(help="spaCy model.")] = "fr_core_news_sm",
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per batch.")] = 32,
    published: Annotated[
        dt.datetime | None,
        typer.Option(
            help="Publication date for articles that carry none (YYYY-MM-DD).", formats=["%Y-%m-%d"]
        ),
    ] = None,
    include: Annotated[
        list[str] | None,
        typer.Option(help="Read only files in folders matching this glob (repeatable)."),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option(help="Leave out files in folders matching this glob (repeatable)."),
    ] = None,
    field: Annotated[
        list[str] | None,
        typer.Option(
            help="FIELD=KEY: read an article field (text, title, published, url, source, "
            "language) from this JSON key or CSV column (repeatable)."
        ),
    ] = None,
    fetch_linked: Annotated[
        bool, typer.Option(help="Feeds: read each entry's linked page, not its summary.")
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect logs.")] = False,
) -> None:
    """Run the main flow on PATHS (default: data/) and write OUT (default: outputs/)."""
    fields = _field_map(field or [])
    if not verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from flows.timeline_flow import timeline_flow

    summary = timeline_flow(
        sources=list(paths or ["data"]),
        out_dir=str(out),
        model=model,
        batch_size=batch_size,
        default_published=published.date() if published else None,
        include=include or None,
        exclude=exclude or None,
        fields=fields or None,
        fetch_linked=fetch_linked,
    )
    for warning in summary.warnings:
        typer.secho(f"warning: {warning}", fg=typer.colors.YELLOW, err=True)
    for error in summary.errors:
        typer.secho(f"error: {error}", fg=typer.colors.RED, err=True)
    typer.echo(summary.one_line())


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


if __name__ == "__main__":
    app()
