"""The interactive timeline: a Plotly figure written as one offline HTML file."""

from __future__ import annotations

import html
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from timeline.io import write_text_atomic

_MAX_LANES = 12  # more actor lanes than this stop being readable on a laptop screen


def build_figure(frame: pd.DataFrame) -> go.Figure:
    """One marker per dated event: time on x, actor lanes on y, one trace per event type."""
    dated = frame.dropna(subset=["date_start", "date_end"], how="all").copy()
    dated["when"] = dated["date_start"].fillna(dated["date_end"])
    dated["lane"] = dated["actor"].fillna("(unknown actor)")
    busiest = dated["lane"].value_counts().index[:_MAX_LANES]
    dated.loc[~dated["lane"].isin(busiest), "lane"] = "(other actors)"
    fig = go.Figure()
    for event_type, group in dated.groupby("event_type", sort=True):
        hover = [
            "<br>".join(
                html.escape(str(part))
                for part in (
                    f"{row.trigger_lemma} ({row.event_type})",
                    f"{row.actor or '?'} → {row.target or '?'}",
                    f"date: {row.date_text or row.date_kind}",
                    row.sentence[:200],
                    row.title or "",
                )
            )
            for row in group.astype(object).where(group.notna(), None).itertuples()
        ]
        fig.add_trace(
            go.Scatter(
                x=group["when"],
                y=group["lane"],
                mode="markers",
                name=str(event_type),
                hovertext=hover,
                hoverinfo="text",
                marker={
                    "size": 11,
                    "symbol": [
                        "circle-open" if p == "negative" else "circle" for p in group["polarity"]
                    ],
                },
            )
        )
    fig.update_layout(
        title="Timeline of events",
        xaxis={"title": "date", "rangeslider": {"visible": True}},
        yaxis={"title": "actor"},
        hovermode="closest",
        template="plotly_white",
    )
    return fig


def write_html(fig: go.Figure, path: Path | str) -> Path:
    """Write the figure as one self-contained HTML file (plotly.js embedded: works offline)."""
    write_text_atomic(path, fig.to_html(include_plotlyjs=True, full_html=True))
    return Path(path)
