"""Language: metadata first, else py3langid; other languages than the run's are skipped."""

from __future__ import annotations

import pytest

from timeline.config import Config
from timeline.ingest.language import detect_language, normalize_language
from timeline.ingest.records import Record, build
from timeline.models import Article, ArticleError

#: Short news sentences, the hardest case for a detector (an article is much longer).
SNIPPETS = [
    ("fr", "La maire a appelé hier les deux parties au dialogue."),
    ("fr", "Le gouvernement annonce une hausse des prix de l'énergie."),
    ("fr", "Erdogan rencontrera Poutine à Sotchi vendredi."),
    ("fr", "Le tribunal a rejeté le recours du syndicat mardi."),
    ("fr", "Incendie dans un entrepôt près de Lyon, aucun blessé."),
    ("fr", "La Bourse de Paris termine en baisse de 2 %."),
    ("fr", "Un accord a été trouvé après dix jours de conflit."),
    ("en", "The mayor called on both sides to talk yesterday."),
    ("en", "Government announces a rise in energy prices."),
    ("en", "Erdogan will meet Putin in Sochi on Friday."),
    ("en", "The court rejected the union's appeal on Tuesday."),
    ("en", "An agreement was reached after ten days of conflict."),
    ("en", "Police arrested two men after the robbery."),
    ("de", "Die Bürgermeisterin rief gestern beide Seiten zum Dialog auf."),
    ("de", "Regierung kündigt Anstieg der Energiepreise an."),
    ("de", "Erdogan trifft Putin am Freitag in Sotschi."),
    ("de", "Das Gericht wies die Klage der Gewerkschaft am Dienstag ab."),
    ("de", "Nach zehn Tagen Konflikt wurde eine Einigung erzielt."),
    ("de", "Die Polizei nahm nach dem Überfall zwei Männer fest."),
]


@pytest.mark.parametrize(("expected", "text"), SNIPPETS)
def test_py3langid_is_right_on_short_news_sentences(expected, text):
    assert detect_language(text, "xx") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Texte A.", "fr"),  # too few letters to tell: the run's language
        ("Brexit", "fr"),  # one word
    ],
)
def test_too_short_to_tell_is_the_runs_language(text, expected):
    assert detect_language(text, "fr") == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("fr", "fr"),  # ISO 639-1
        ("FR", "fr"),  # upper case
        ("fr-FR", "fr"),  # BCP 47 with a region
        ("fr_CA", "fr"),  # locale style
        ("fra", "fr"),  # ISO 639-2
        ("français", "fr"),  # a name, as typed in a spreadsheet
        ("English", "en"),  # a name in English
        ("", None),  # empty
        ("??", None),  # junk: detect instead
        (None, None),  # absent
        (3, None),  # not text
    ],
)
def test_normalize_language_from_metadata(value, expected):
    assert normalize_language(value) == expected


ENGLISH = "Dockers in Saint-Aubin voted on Monday for a two-day strike against job cuts."


def test_article_in_another_language_is_skipped_with_a_warning_naming_it():
    (warning,) = build(Record(origin="en.txt", text=ENGLISH), Config())
    assert isinstance(warning, ArticleError)
    assert (warning.severity, warning.stage) == ("warning", "language")
    assert "skipped" in warning.message and "'en' (detected)" in warning.message


def test_metadata_language_wins_over_detection():
    (article, _no_date) = build(Record(origin="x.txt", text=ENGLISH, language="fr-FR"), Config())
    assert isinstance(article, Article) and article.language == "fr"
    (warning,) = build(Record(origin="x.txt", text="Les dockers.", language="de"), Config())
    assert "'de' (from its metadata)" in warning.message
