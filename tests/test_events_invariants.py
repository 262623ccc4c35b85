"""Invariants of the event table on generated articles (Hypothesis)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import timeline
from timeline.modality import MODALITIES
from timeline.models import DATE_KINDS

#: Sentences of French news in several shapes: quotations, negations, dates, pronouns.
SENTENCES = [
    "Erdogan a rencontré Poutine à Sotchi mardi.",
    "Il a ensuite appelé à un cessez-le-feu.",
    "« Nous ne livrerons jamais d’armes », a déclaré le PDG de Baykar.",
    "Selon l’AFP, la réunion aura lieu demain à Ankara.",
    "Le ministre n’a pas l’intention de démissionner.",
    "Les dockers se sont mis en grève la semaine dernière.",
    "La visite, prévue le 5 août, a été annulée.",
    "Baykar pourrait livrer des drones à l’Ukraine.",
    "Zelensky a affirmé que la Russie avait bombardé Kiev hier soir.",
    "Un beau jour d’été.",
]


@st.composite
def articles(draw):
    picked = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6))
    separators = draw(st.lists(st.sampled_from([" ", "\n\n"]), min_size=len(picked)))
    text = "".join(s + sep for s, sep in zip(picked, separators, strict=False)).strip()
    published = draw(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
    return text, published


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_event_table_invariants(article):
    text, published = article
    table = timeline.extract_events(text, published)
    starts = list(table["trigger_start"])
    assert starts == sorted(starts)
    for row in table.itertuples():
        assert text[row.trigger_start : row.trigger_end] == row.trigger
        assert text[row.sentence_start : row.sentence_end] == row.sentence
        assert row.sentence_start <= row.trigger_start < row.trigger_end <= row.sentence_end
        if pd.notna(row.date_start) and pd.notna(row.date_end):
            assert row.date_start <= row.date_end
        assert pd.isna(row.date_kind) or row.date_kind in DATE_KINDS
        assert row.polarity in {"positive", "negative"}
        assert row.modality in MODALITIES
        assert (row.polarity == "negative") == (row.modality == "denied")
        assert 0.0 <= row.confidence <= 1.0
        for name in (row.actor, row.target, row.reported_by):
            assert pd.isna(name) or name.lower() not in {"n'", "c'", "j'", "n’", "c’", "j’"}
