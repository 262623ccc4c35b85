"""The public API: resolve_dates and extract_events on the sample article."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import timeline
from timeline.models import EVENT_COLUMNS

PUBLISHED = dt.date(2022, 8, 3)  # a Wednesday


@pytest.fixture(scope="module")
def seed_events(seed_text) -> pd.DataFrame:
    return timeline.extract_events(seed_text, PUBLISHED)


def test_resolve_dates_ce_mardi_is_the_day_before_a_wednesday(seed_text):
    mentions = timeline.resolve_dates(seed_text, PUBLISHED)
    ce_mardi = [m for m in mentions if m.text == "ce mardi"]
    assert len(ce_mardi) == 1
    m = ce_mardi[0]
    assert (m.start, m.end, m.granularity, m.value) == (
        dt.date(2022, 8, 2),
        dt.date(2022, 8, 2),
        "day",
        "2022-08-02",
    )
    assert seed_text[m.start_char : m.end_char] == "ce mardi"


def test_resolve_dates_never_reads_the_possessive_sa(seed_text):
    mentions = timeline.resolve_dates(seed_text, PUBLISHED)
    assert not [m for m in mentions if m.text.lower() in {"sa", "sam", "samedi"}]
    assert all("sa " not in m.text.lower() for m in mentions)


@pytest.mark.parametrize(
    "published",
    [
        PUBLISHED,  # a date
        dt.datetime(2022, 8, 3, 17, 45),  # a datetime: the day counts
        "2022-08-03",  # an ISO string
    ],
)
def test_resolve_dates_accepts_date_datetime_and_iso_string(published):
    (mention,) = timeline.resolve_dates("Il est arrivé hier.", published)
    assert mention.start == mention.end == dt.date(2022, 8, 2)


def test_resolve_dates_without_publication_date_finds_but_does_not_resolve():
    (mention,) = timeline.resolve_dates("Il est arrivé hier.", None)
    assert mention.text == "hier"
    assert mention.start is None and mention.end is None


def test_resolve_dates_rejects_an_unreadable_publication_date():
    with pytest.raises(ValueError, match="'le 3 août'"):
        timeline.resolve_dates("hier", "le 3 août")


def test_extract_events_has_every_column_in_order(seed_events):
    assert tuple(seed_events.columns) == EVENT_COLUMNS
    assert len(seed_events) > 0


def test_extract_events_offsets_point_into_the_text(seed_text, seed_events):
    for row in seed_events.itertuples():
        assert seed_text[row.trigger_start : row.trigger_end] == row.trigger
        assert seed_text[row.sentence_start : row.sentence_end] == row.sentence


def test_extract_events_dates_the_afp_announcement_ce_mardi(seed_events):
    rows = seed_events[seed_events["date_text"] == "ce mardi"]
    assert len(rows) >= 1
    row = rows.iloc[0]
    assert row["trigger_lemma"] == "annoncer"
    assert row["date_start"] == row["date_end"] == pd.Timestamp("2022-08-02")


def test_extract_events_is_deterministic(seed_text, seed_events):
    again = timeline.extract_events(seed_text, PUBLISHED)
    pd.testing.assert_frame_equal(seed_events, again)
