"""Whole-article golden files: the event table of every sample article in data/.

Any change in what the rules extract from the sample stories shows up here as a diff
against ``tests/golden/<article>.events.csv``. When the change is intended, regenerate
the files and review the diff before committing it:

    UPDATE_GOLDEN=1 PYTHONPATH=. pytest tests/test_events_regression.py

The files are written with the default model (``Config().model``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from timeline.config import Config
from timeline.export import events_frame
from timeline.ingest import read_source
from timeline.pipeline import extract_articles

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
ARTICLES = sorted((REPO / "data").rglob("*.md"))
#: The columns the rules decide (ids, titles and sentences follow from them).
COLUMNS = [
    "trigger_start",
    "trigger",
    "trigger_lemma",
    "event_type",
    "actor",
    "target",
    "location",
    "date_text",
    "date_start",
    "date_end",
    "date_kind",
    "tense",
    "polarity",
    "modality",
    "reported_by",
    "confidence",
]


def _name(path: Path) -> str:
    return "__".join(path.relative_to(REPO / "data").with_suffix("").parts)


@pytest.mark.parametrize("path", ARTICLES, ids=_name)
def test_article_table_matches_its_golden_file(path):
    (article,) = read_source(path)
    frame = events_frame(next(extract_articles([article], Config())))
    table = frame[COLUMNS].to_csv(index=False, date_format="%Y-%m-%d", lineterminator="\n")
    golden = GOLDEN / f"{_name(path)}.events.csv"
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(table, encoding="utf-8")
        pytest.skip(f"rewrote {golden.name}")
    assert golden.is_file(), f"no golden file {golden}: run with UPDATE_GOLDEN=1 to write it"
    assert table == golden.read_text(encoding="utf-8"), (
        f"{path.name}: the event table changed; if intended, regenerate with "
        "UPDATE_GOLDEN=1 and review the diff"
    )
