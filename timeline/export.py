"""The event table: a pandas DataFrame, written as CSV and Parquet."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from timeline.io import atomic_path
from timeline.models import EVENT_COLUMNS, Event

_DATE_COLUMNS = ("published", "date_start", "date_end")
_INT_COLUMNS = ("sentence_start", "sentence_end", "trigger_start", "trigger_end")


def events_frame(events: Iterable[Event]) -> pd.DataFrame:
    """The events as a DataFrame: the documented columns, in order, with proper dtypes."""
    rows = [dataclasses.asdict(e) for e in events]
    frame = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    for column in _DATE_COLUMNS:
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[s]")
    for column in _INT_COLUMNS:
        frame[column] = frame[column].astype("int64")
    frame["confidence"] = frame["confidence"].astype("float64")
    text_columns = [
        c for c in EVENT_COLUMNS if c not in (*_DATE_COLUMNS, *_INT_COLUMNS, "confidence")
    ]
    frame[text_columns] = frame[text_columns].astype("string")
    return frame.sort_values(
        ["published", "article_id", "trigger_start"], kind="stable"
    ).reset_index(drop=True)


def write_csv(frame: pd.DataFrame, path: Path | str) -> Path:
    """Write the table as UTF-8 CSV with ISO dates, atomically."""
    with atomic_path(path) as tmp:
        frame.to_csv(tmp, index=False, encoding="utf-8", date_format="%Y-%m-%d")
    return Path(path)


def write_parquet(frame: pd.DataFrame, path: Path | str) -> Path:
    """Write the table as Parquet, atomically."""
    with atomic_path(path) as tmp:
        frame.to_parquet(tmp, index=False)
    return Path(path)


def read_csv(path: Path | str) -> pd.DataFrame:
    """Read an event table written by :func:`write_csv` back with its dtypes."""
    frame = pd.read_csv(
        path,
        dtype={
            c: "string"
            for c in EVENT_COLUMNS
            if c not in (*_DATE_COLUMNS, *_INT_COLUMNS, "confidence")
        },
    )
    for column in _DATE_COLUMNS:
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[s]")
    return frame
