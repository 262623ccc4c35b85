"""The verb-lemma repair component on hand-built Docs, and through the real pipeline."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

import timeline
from timeline.nlp import verb_lemmas

_VOCAB = spacy.blank("fr").vocab


def _token(word: str, lemma: str, pos: str, morph: str):
    doc = Doc(_VOCAB, words=["Il", word], pos=["PRON", pos], lemmas=["il", lemma])
    doc[1].set_morph(morph)
    return verb_lemmas(doc)[1]


@pytest.mark.parametrize(
    ("word", "lemma", "pos", "morph", "expected"),
    [
        ("estime", "estime", "VERB", "Tense=Pres|VerbForm=Fin", "estimer"),  # noun homograph
        ("signe", "signe", "VERB", "Tense=Pres|VerbForm=Fin", "signer"),  # noun homograph
        ("estime", "estime", "NOUN", "Gender=Fem", "estime"),  # the noun stays a noun
        ("prête", "prêt", "VERB", "Tense=Pres|VerbForm=Fin", "prêt"),  # a lemma of its own
        ("annonce", "annoncer", "VERB", "Tense=Pres|VerbForm=Fin", "annoncer"),  # already right
        ("rend", "rend", "VERB", "Tense=Pres|VerbForm=Fin", "rend"),  # not an "-e" form
        ("signé", "signé", "VERB", "Tense=Past|VerbForm=Part", "signé"),  # not a present
    ],
)
def test_present_forms_get_their_infinitive(word, lemma, pos, morph, expected):
    assert _token(word, lemma, pos, morph).lemma_ == expected


@pytest.mark.slow
def test_a_repaired_reporting_verb_reports_its_clause():
    """ "estime" left as a noun lemma would not be a reporting verb."""
    table = timeline.extract_events(
        "Pierre Moscovici estime que le parti doit changer.", dt.date(2002, 9, 7)
    )
    lemmas = set(table["trigger_lemma"])
    assert "estimer" in lemmas
    changed = table[table["trigger_lemma"] == "changer"].iloc[0]
    assert changed["reported_by"] == "Pierre Moscovici"
