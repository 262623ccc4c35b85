"""One fixture per input format, read into articles: text, title, date and its source, url."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from timeline.config import Config, IngestConfig
from timeline.ingest import read_source
from timeline.models import Article, ArticleError

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
D = dt.date
CSV_FIELDS = {"text": "corps", "title": "titre", "published": "date_publication", "url": "lien"}


def _read(name: str, config: Config | None = None) -> list[Article | ArticleError]:
    return read_source(FIXTURES / name, config or Config())


@pytest.mark.parametrize(
    ("name", "fields", "expected"),
    [
        # front matter: title, date, url, source all from the YAML header
        (
            "front-matter.md",
            {},
            [
                (
                    "Saint-Aubin : la préfète nomme un médiateur",
                    D(2024, 3, 13),
                    "front matter",
                    "https://courrier-du-port.example/port/mediateur",
                    "Le Courrier du Port",
                )
            ],
        ),
        # cp1252 text without metadata: first line is the title, the date is in the file name
        (
            "2024-03-09-tribunal-cp1252.txt",
            {},
            [
                (
                    "Le tribunal de commerce ordonne la levée du blocage",
                    D(2024, 3, 9),
                    "file name",
                    None,
                    None,
                )
            ],
        ),
        # .txt with a sidecar .yaml: date, url and source from the sidecar
        (
            "sidecar-greve.txt",
            {},
            [
                (
                    "Grève au port : la maire reçoit les syndicats",
                    D(2024, 3, 7),
                    "metadata",
                    "https://courrier-du-port.example/port/maire-syndicats",
                    "Le Courrier du Port",
                )
            ],
        ),
        # saved web page: trafilatura's main text and title, htmldate's meta-tag date,
        # canonical URL, og:site_name
        (
            "page-mediation.html",
            {},
            [
                (
                    "Port de Saint-Aubin : une médiation proposée par la préfecture",
                    D(2024, 3, 12),
                    "html",
                    "https://courrier-du-port.example/2024/03/port-mediation",
                    "Le Courrier du Port",
                )
            ],
        ),
        # JSONL with other key names (headline/body/datePublished/link, title/text/published),
        # a datetime with an offset counts in its own zone, a French written date; line 2 is
        # broken (tested below) and the others go on
        (
            "articles.jsonl",
            {},
            [
                (
                    "Les dockers votent la grève",
                    D(2024, 3, 4),
                    "metadata",
                    "https://courrier-du-port.example/port/vote",
                    None,
                ),
                ("Le port reprend vie", D(2024, 3, 18), "metadata", None, "Le Courrier du Port"),
            ],
        ),
        # JSON object holding an "articles" list; HTML body made plain; publisher object's name
        (
            "articles.json",
            {},
            [
                (
                    "Un accord trouvé après la médiation",
                    D(2024, 3, 15),
                    "metadata",
                    "https://courrier-du-port.example/port/accord",
                    "Le Courrier du Port",
                )
            ],
        ),
        # CSV with ';' and French column names mapped with fields; dd/mm/yyyy dates
        (
            "export.csv",
            CSV_FIELDS,
            [
                (
                    "Grève : le port paralysé",
                    D(2024, 3, 6),
                    "metadata",
                    "https://courrier-du-port.example/port/paralyse",
                    None,
                ),
                ("Transmar saisit la justice", D(2024, 3, 7), "metadata", None, None),
            ],
        ),
        # RSS 2.0: description as text, pubDate (RFC 2822) counted in its own zone: 00:30 +0100
        # is the 11th even though it is the 10th in UTC
        (
            "feed.rss",
            {},
            [
                (
                    "La grève se poursuit au terminal nord",
                    D(2024, 3, 8),
                    "metadata",
                    "https://courrier-du-port.example/2024/03/08/greve-poursuit",
                    "Le Courrier du Port",
                ),
                (
                    "Les navires attendent au large",
                    D(2024, 3, 11),
                    "metadata",
                    "https://courrier-du-port.example/port/navires",
                    "Le Courrier du Port",
                ),
            ],
        ),
        # Atom: <published> wins over <updated>; without <published>, <updated> is the date
        (
            "feed.atom",
            {},
            [
                (
                    "Le trafic du port retrouve son niveau d’avant la grève",
                    D(2024, 3, 19),
                    "metadata",
                    "https://courrier-du-port.example/eco/trafic",
                    "Le Courrier du Port — Économie",
                ),
                (
                    "Transmar présente ses comptes",
                    D(2024, 3, 20),
                    "metadata",
                    "https://courrier-du-port.example/eco/comptes",
                    "Le Courrier du Port — Économie",
                ),
            ],
        ),
    ],
)
def test_each_format_reads_its_articles_and_metadata(name, fields, expected):
    items = _read(name, Config(ingest=IngestConfig(fields=fields)))
    articles = [a for a in items if isinstance(a, Article)]
    got = [(a.title, a.published, a.published_source, a.url, a.source) for a in articles]
    assert got == expected
    for article in articles:
        assert article.language == "fr"
        assert article.text.startswith(article.title)  # the headline is part of the text
        assert unicodedata.is_normalized("NFC", article.text)
        assert "\r" not in article.text
        assert article.article_id == (article.url or article.article_id)
        assert article.origin and article.origin.startswith(str(FIXTURES / name))


def test_cp1252_french_file_reads_with_its_accents_and_typographic_quotes():
    (article,) = _read("2024-03-09-tribunal-cp1252.txt")
    assert "« C’est une décision sévère »" in article.text
    assert "déjà d’autres actions" in article.text


def test_jsonl_broken_line_is_an_error_naming_its_line_and_the_others_go_on():
    items = _read("articles.jsonl")
    errors = [e for e in items if isinstance(e, ArticleError)]
    assert [(e.origin, e.line, e.severity) for e in errors] == [
        (str(FIXTURES / "articles.jsonl"), 2, "error")
    ]
    assert "malformed JSON" in errors[0].message
    assert sum(isinstance(a, Article) for a in items) == 2


def test_html_page_text_is_the_article_without_navigation_or_footer():
    (article,) = _read("page-mediation.html")
    assert "a déclaré hier Karim Haddad" in article.text
    assert "Accueil" not in article.text and "Tous droits réservés" not in article.text


def test_csv_without_the_mapping_explains_which_column_to_map():
    (error,) = _read("export.csv")
    assert isinstance(error, ArticleError) and error.line == 1
    assert "--field text=NAME" in error.message and "corps" in error.message


def test_sample_data_still_reads_with_front_matter_dates():
    for path in sorted((Path(__file__).parent.parent / "data").rglob("*.md")):
        (article,) = read_source(path, Config())
        assert article.published_source == "front matter"
        assert article.language == "fr"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        # sidecar beats front matter: explicit metadata ranks first
        (
            "a.md",
            "---\npublished: 2024-03-01\ntitle: Titre du fichier\n---\nLa grève a commencé hier.",
            (dt.date(2024, 3, 5), "metadata", "Titre du sidecar"),
        ),
        # sidecar beats the HTML page's own metadata
        (
            "a.html",
            (FIXTURES / "page-mediation.html").read_text("utf-8"),
            (dt.date(2024, 3, 5), "metadata", "Titre du sidecar"),
        ),
    ],
)
def test_sidecar_metadata_wins(tmp_path, name, content, expected):
    (tmp_path / name).write_text(content, "utf-8")
    (tmp_path / "a.meta.json").write_text(
        '{"published": "2024-03-05", "title": "Titre du sidecar"}', "utf-8"
    )
    article, *_ = read_source(tmp_path / name, Config())
    assert (article.published, article.published_source, article.title) == expected
    assert article.text.startswith("Titre du sidecar")
