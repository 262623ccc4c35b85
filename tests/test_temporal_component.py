# ruff: noqa: E501  (the case table keeps one case per line)
"""The ``timeline_dates`` component on real parses: tense read from spaCy's morphology."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.temporal.component import DATES_KEY

pytestmark = pytest.mark.slow

WED = "2022-08-03"  # a Wednesday

# fmt: off
TENSE_CASES = [
    (WED, "Le ministre a annoncé lundi sa démission.", "lundi", "2022-08-01"),  # compound past
    (WED, "Le ministre annoncera lundi sa démission.", "lundi", "2022-08-08"),  # simple future
    (WED, "Le ministre va annoncer lundi sa démission.", "lundi", "2022-08-08"),  # futur proche
    (WED, "Le ministre annonce lundi sa démission.", "lundi", "2022-08-01"),  # present: nearest
    (WED, "L'AFP a annoncé la nouvelle sur Twitter ce mardi.", "ce mardi", "2022-08-02"),  # the seed
    ("2022-08-04", "Le ministre a annoncé jeudi sa démission.", "jeudi", "2022-08-04"),  # news convention
    (WED, "En décembre, l'entreprise a fermé son usine.", "décembre", "2021-12"),  # past month
    (WED, "En décembre, l'entreprise fermera son usine.", "décembre", "2022-12"),  # future month
    (WED, "Il est arrivé le 5 août.", "le 5 août", "2021-08-05"),  # past: last year's
    (WED, "Il arrivera le 5 août.", "le 5 août", "2022-08-05"),  # future: this week's
    ("1999-07-09", "Un concert est prévu le 16 juillet au parc.", "le 16 juillet", "1999-07-16"),  # passive present
    ("1999-05-26", "Une collecte sera organisée samedi dans le quartier.", "samedi", "1999-05-29"),  # passive future
    (WED, "Un incendie s'est déclaré cette nuit.", "cette nuit", "2022-08-02TNI"),  # last night
    ("2003-02-04", "Les cyclistes ont couru ce week-end à Gérardmer.", "ce week-end", "2003-W05-WE"),  # past weekend
    ("2002-09-13", "Deux joueurs sont incertains pour le match contre Nantes samedi.", "samedi", "2002-09-14"),  # copula
    (WED, "Il est rentré dimanche soir.", "dimanche soir", "2022-07-31TEV"),  # weekday evening
    (WED, "Il a plu dans la nuit de lundi à mardi.", "la nuit de lundi à mardi", "2022-08-01TNI"),  # night
    ("2024-03-15", "La maire a annoncé qu'elle présenterait en juin un plan.", "juin", "2024-06"),  # conditional: no tense, nearest June
    ("2024-03-04", "Le syndicat a annoncé ce lundi une grève à partir de mercredi.", "à partir de mercredi", "2024-03-06"),  # a limit after a reporting verb: nearest
    ("1999-05-18", "Dès dimanche, le marché sera ouvert.", "Dès dimanche", "1999-05-23"),  # a limit in a future clause
    ("2024-03-06", "Le préfet a demandé aux grévistes de libérer les quais avant vendredi.", "avant vendredi", "2024-03-08"),  # a demand looks forward
    (WED, "Le ministre a promis de revenir lundi.", "lundi", "2022-08-08"),  # a promise looks forward
    (WED, "Les dockers menacent de bloquer le port lundi.", "lundi", "2022-08-08"),  # a threat looks forward
    (WED, "Le ministre doit rencontrer lundi ses homologues.", "lundi", "2022-08-08"),  # devoir in the present: planned
    (WED, "Il a tenté de s'enfuir lundi.", "lundi", "2022-08-01"),  # an attempt is no plan: past
    ("2024-03-04", "Elle recevra les représentants du syndicat jeudi.", "jeudi", "2024-03-07"),  # "recevra" tagged past by md
]
# fmt: on


@pytest.mark.parametrize(("published", "text", "span", "value"), TENSE_CASES)
def test_tense_from_the_parse(published, text, span, value):
    mentions = timeline.resolve_dates(text, published)
    assert [m.value for m in mentions if m.text == span] == [value]


def test_component_writes_spans_with_mentions(nlp):
    from timeline.nlp import parse

    doc = parse(nlp, "Il est arrivé hier soir, après deux jours de route.", dt.date(2022, 8, 3))
    spans = doc.spans[DATES_KEY]
    assert [s.text for s in spans] == ["hier soir", "deux jours"]
    assert [s._.time_mention.kind for s in spans] == ["relative", "duration"]


def test_resolve_dates_keeps_the_text_as_written():
    text = "Il est arrivé aujourd’hui, il restera jusqu’au 10\u00a0août."
    mentions = timeline.resolve_dates(text, WED)
    assert [m.text for m in mentions] == ["aujourd’hui", "jusqu’au 10\u00a0août"]
    assert mentions[1].parts[0].text == "10\u00a0août"


def test_seed_article_mentions(seed_text):
    mentions = timeline.resolve_dates(seed_text, WED)
    found = {m.text: (m.kind, m.value) for m in mentions}
    assert found == {
        "une seule journée": ("duration", "P1D"),
        "ce mardi": ("relative", "2022-08-02"),
        "récemment": ("vague", "PAST_REF"),
        "précédemment": ("vague", "PAST_REF"),
    }
