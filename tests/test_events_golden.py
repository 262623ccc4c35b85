"""The analyst's table of the sample article as a golden test (issue 4).

Reads ``../shared/seeds/erdogan-poutine-sotchi.expected.yaml`` (skipped when absent). The
matching rule is in :mod:`timeline.evaluation`: an expected event is found when a row's
trigger lies in the expected sentence fragment with the same lemma, and right when actor,
target (where given), polarity and date class agree. Run with ``-s`` to see the report.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
import yaml

import timeline
from timeline.evaluation import score

pytestmark = [pytest.mark.slow, pytest.mark.corpus]

#: The issue's bar: at least 15 of the 16 expected events right.
MIN_RIGHT = 15


@pytest.fixture(scope="module")
def golden(shared_dir) -> dict:
    path = shared_dir / "seeds" / "erdogan-poutine-sotchi.expected.yaml"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return yaml.safe_load(path.read_text("utf-8"))


@pytest.fixture(scope="module")
def table(seed_text, golden) -> pd.DataFrame:
    return timeline.extract_events(seed_text, golden["published"], title=golden.get("title"))


@pytest.fixture(scope="module")
def result(table, golden, seed_text):
    outcome = score(table, golden, seed_text)
    print("\n" + outcome.summary())
    return outcome


def test_at_least_15_of_16_expected_events_are_right(result):
    assert result.expected == 16
    assert result.right >= MIN_RIGHT, result.summary()


def test_expected_reported_by_values_match(result):
    ok, checked = result.reported_by
    assert checked == 5
    assert ok >= checked - 1, result.summary()


def test_expected_event_types_match(result):
    typed = [v for v in result.verdicts if v.found]
    assert sum(v.type_ok for v in typed) >= len(typed) - 1, result.summary()


# ------------------------------------------------------------------ must not appear
def _names(table: pd.DataFrame) -> set[str]:
    columns = ("actor", "target", "reported_by", "location")
    return {str(v) for c in columns for v in table[c].dropna()}


@pytest.mark.parametrize(
    "elided",
    [
        "n'",  # the negation particle the small model tagged as a person
        "c'",  # the demonstrative of "c'est"
        "j'",  # the first person, never a name by itself
        "n’",  # the same with a typographic apostrophe
        "c’",
        "j’",
    ],
)
def test_no_elided_word_is_an_actor(table, elided):
    assert not any(name.lower() == elided for name in _names(table))


def test_no_date_is_read_from_the_possessive_sa(table):
    assert not table["date_text"].dropna().str.lower().isin(["sa", "sam", "samedi"]).any()


def test_the_drone_bayraktar_tb2_is_no_actor(table):
    names = _names(table)
    assert "Bayraktar TB2" not in names
    offer = table[table["trigger_lemma"] == "offrir"].iloc[0]
    assert offer["target"] == "Lituanie"  # the drone is the thing offered, not the recipient


def test_sotchi_is_a_place_not_a_person(table, nlp, seed_text):
    assert "Sotchi" not in set(table["actor"].dropna()) | set(table["target"].dropna())
    meeting = table[table["trigger_lemma"] == "rencontrer"].iloc[0]
    assert meeting["location"] == "Sotchi"
    doc = timeline.nlp.parse(nlp, seed_text, dt.date(2022, 8, 3))
    assert all(ent.label_ != "PER" for ent in doc.ents if ent.text == "Sotchi")


def test_the_future_meeting_is_not_put_on_the_publication_day(table):
    meeting = table[table["trigger_lemma"] == "rencontrer"].iloc[0]
    published = pd.Timestamp("2022-08-03")
    assert not (meeting["date_start"] == published and meeting["date_end"] == published)
    assert meeting["date_start"] > published and pd.isna(meeting["date_end"])
