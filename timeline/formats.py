"""The output formats a run can write, by name (the ``--format`` option)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd

from timeline.chart import PLOTLYJS_MODES, PlotlyJS, write_timeline
from timeline.errors import ConfigError
from timeline.export import write_csv, write_parquet, write_xlsx
from timeline.timelinejs import write_timelinejs_csv, write_timelinejs_json

Writer = Callable[[pd.DataFrame, Path, PlotlyJS], list[Path]]

#: Format name -> what it writes into the output folder.
FORMATS: dict[str, Writer] = {
    "csv": lambda frame, out, _js: [write_csv(frame, out / "events.csv")],
    "parquet": lambda frame, out, _js: [write_parquet(frame, out / "events.parquet")],
    "xlsx": lambda frame, out, _js: [write_xlsx(frame, out / "events.xlsx")],
    "timelinejs": lambda frame, out, _js: [
        write_timelinejs_json(frame, out / "timelinejs.json"),
        write_timelinejs_csv(frame, out / "timelinejs.csv"),
    ],
    "html": lambda frame, out, js: write_timeline(frame, out / "timeline.html", plotlyjs=js),
}

#: Written when no format is chosen: all of them. The dearest, events.xlsx and timeline.html,
#: take about 0.5 s per 1,000 events (bench/chart_size.py), little beside the extraction.
DEFAULT_FORMATS: tuple[str, ...] = tuple(FORMATS)


def parse_formats(values: Iterable[str] | str | None) -> tuple[str, ...]:
    """Format names from ``--format`` values (repeated and/or comma-separated; ``all``).

    ``None`` or nothing gives :data:`DEFAULT_FORMATS`. Order follows :data:`FORMATS` and
    duplicates are dropped. An unknown name raises :class:`ConfigError` listing the valid ones.
    """
    if values is None:
        return DEFAULT_FORMATS
    if isinstance(values, str):
        values = [values]
    names = [n.strip().lower() for v in values for n in str(v).split(",") if n.strip()]
    if not names:
        return DEFAULT_FORMATS
    if "all" in names:
        return tuple(FORMATS)
    unknown = [n for n in names if n not in FORMATS]
    if unknown:
        raise ConfigError(
            "format",
            ", ".join(unknown),
            f"one or more of {[*FORMATS, 'all']}, e.g. --format csv,html",
        )
    return tuple(n for n in FORMATS if n in names)


def write_formats(
    frame: pd.DataFrame,
    out_dir: Path | str,
    formats: Iterable[str] | str | None = None,
    *,
    plotlyjs: PlotlyJS = "embed",
) -> list[Path]:
    """Write the event table in each chosen format into ``out_dir``; the paths written."""
    if plotlyjs not in PLOTLYJS_MODES:
        raise ConfigError("plotlyjs", plotlyjs, f"one of {list(PLOTLYJS_MODES)}")
    chosen = parse_formats(formats)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    return [path for name in chosen for path in FORMATS[name](frame, out, plotlyjs)]
