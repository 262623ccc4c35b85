"""Size and build time of the outputs for a large synthetic event table.

    PYTHONPATH=. python bench/chart_size.py [--events 5000] [--out bench/results]

Prints, for each output, its size and the time to build it, and the build time of the chart
as a ratio against plain ``plotly.io.to_html`` of one scatter of the same points in the same
process (the baseline: what Plotly alone costs). Writes the files into ``--out``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import plotly.graph_objects as go

from timeline.chart import timeline_page
from timeline.export import events_frame, write_csv, write_parquet, write_xlsx
from timeline.io import write_text_atomic
from timeline.synthetic import synthetic_events
from timeline.timelinejs import write_timelinejs_json


def _timed(label: str, func, results: list) -> object:
    start = time.perf_counter()
    value = func()
    results.append((label, time.perf_counter() - start))
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path("bench/results"))
    args = parser.parse_args()
    out = args.out
    out.mkdir(parents=True, exist_ok=True)

    frame = events_frame(synthetic_events(args.events, seed=args.seed))
    times: list[tuple[str, float]] = []
    page = _timed("timeline.html", lambda: timeline_page(frame), times)
    write_text_atomic(out / "timeline.html", page)
    shared = timeline_page(frame, plotlyjs="shared")
    write_text_atomic(out / "timeline-shared.html", shared)
    _timed("events.csv", lambda: write_csv(frame, out / "events.csv"), times)
    _timed("events.parquet", lambda: write_parquet(frame, out / "events.parquet"), times)
    _timed("events.xlsx", lambda: write_xlsx(frame, out / "events.xlsx"), times)
    _timed("timelinejs.json", lambda: write_timelinejs_json(frame, out / "timelinejs.json"), times)

    x = frame["date_start"].fillna(frame["date_end"])
    baseline = go.Figure(go.Scattergl(x=x, y=frame["actor"], mode="markers"))
    _timed("baseline", lambda: baseline.to_html(include_plotlyjs=True), times)

    seconds = dict(times)
    print(f"{len(frame)} synthetic events, {frame['article_id'].nunique()} articles")
    for name in ("timeline.html", "events.csv", "events.parquet", "events.xlsx", "timelinejs.json"):
        size = (out / name).stat().st_size
        print(f"{name:18} {size / 1e6:8.2f} MB  built in {seconds[name]:6.2f} s")
    data_only = len(shared.encode("utf-8"))
    print(f"{'timeline (shared)':18} {data_only / 1e6:8.2f} MB  + plotly.min.js beside it")
    ratio = seconds["timeline.html"] / seconds["baseline"]
    print(f"chart build time / bare plotly to_html of the same points: {ratio:.1f}x")


if __name__ == "__main__":
    main()
