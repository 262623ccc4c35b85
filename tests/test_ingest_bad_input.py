"""Bad input: each problem is an error naming the file (and line) and what is wrong."""

from __future__ import annotations

import datetime as dt
import io
import os

import pytest

from timeline.config import Config, IngestConfig
from timeline.ingest import parse_bytes, read_source
from timeline.models import Article, ArticleError

CONFIG = Config()
GOOD = (
    '{"title": "Grève au port", "text": "Les dockers ont cessé le travail hier.", '
    '"published": "2024-03-04"}'
).encode()


def _errors(items):
    return [
        (e.line, e.message) for e in items if isinstance(e, ArticleError) and e.severity == "error"
    ]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty file"),  # nothing at all
        ("blank.md", b"  \n\n \t\n", "empty file"),  # only white space
        ("front-only.md", b"---\ntitle: Vide\n---\n\n", "empty article"),  # no body
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary file"),
        ("random.md", os.urandom(4096).replace(b"\x00", b"\x01"), "binary file"),  # noise
        ("bad-front.md", b"---\ntitle: [unclosed\n---\nTexte.\n", "malformed front matter"),
        ("broken.json", b'{"title": "x", "text": ', "malformed JSON"),  # cut short
        ("two.json", GOOD + b"\n" + GOOD, "name the file .jsonl"),  # JSONL named .json
        ("scalar.json", b"42", "expected a JSON object or list"),
        ("page.html", b"<html><body><nav><a href='/'>Accueil</a></nav></body></html>", "no main"),
        ("feed.xml", b"<?xml version='1.0'?><sitemap><url>x</url></sitemap>", "not an RSS"),
        ("no-text.json", b'{"title": "Titre", "summary": "x"}', "no text"),
    ],
)
def test_unusable_file_is_one_error_naming_it(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    items = read_source(path, CONFIG)
    assert len(items) == 1 and isinstance(items[0], ArticleError), items
    assert items[0].origin == str(path)
    assert message in items[0].message
    assert items[0].severity == "error"


@pytest.mark.parametrize(
    ("lines", "expected_errors"),
    [
        # line 2 cut short: an error for line 2 only
        ([GOOD, b'{"title": "x"', GOOD], [(2, "malformed JSON")]),
        # a JSON list instead of an object
        ([GOOD, b"[1, 2]"], [(2, "expected a JSON object per line, found list")]),
        # blank lines are skipped but still counted
        ([b"", GOOD, b"", b"{oops}"], [(4, "malformed JSON")]),
        # an object without any text key
        ([b'{"headline": "Titre seul"}'], [(1, "no text")]),
        # an unreadable date: the article is not processed (a wrong date would misplace it)
        (
            [b'{"text": "Hier, la greve.", "published": "le 3 du mois"}'],
            [(1, "unreadable publication date 'le 3 du mois'")],
        ),
        # a relative date in the metadata is refused, never completed with today
        ([b'{"text": "La greve.", "date": "hier"}'], [(1, "unreadable publication date")]),
        # text of the wrong type
        ([b'{"text": {"fr": "x"}}'], [(1, "the text must be a string")]),
    ],
)
def test_jsonl_bad_lines_are_errors_with_line_numbers(lines, expected_errors):
    items = parse_bytes(b"\n".join(lines), origin="dump.jsonl", fmt="jsonl", config=CONFIG)
    got = _errors(items)
    assert [line for line, _ in got] == [line for line, _ in expected_errors]
    for (_, message), (_, expected) in zip(got, expected_errors, strict=True):
        assert expected in message
    assert all(e.origin == "dump.jsonl" for e in items if isinstance(e, ArticleError))


@pytest.mark.parametrize(
    ("csv", "expected_errors", "articles"),
    [
        # a row with a missing delimiter: its line is named, the next row is read
        (
            "title,text,published\nA,Texte A.,2024-03-04\nB sans date\nC,Texte C.,2024-03-05\n",
            [(3, "1 fields where the header has 3")],
            2,
        ),
        # a quoted value over two lines: the row after it is still numbered right
        (
            'title,text,published\nA,"Ligne un.\nLigne deux.",2024-03-04\nB,Texte B.,31/02/2024\n',
            [(4, "unreadable publication date '31/02/2024'")],
            1,
        ),
        # a quote never closed: the rest of the file cannot be split into rows
        ('title,text\nA,Texte A.\nB,"Texte B.\n', [(3, "malformed CSV")], 1),
        # a row whose text cell is empty
        ("title,text\nA,\n", [(2, "no text")], 0),
    ],
)
def test_csv_bad_rows_are_errors_with_line_numbers(csv, expected_errors, articles):
    items = parse_bytes(csv.encode(), origin="export.csv", fmt="csv", config=CONFIG)
    got = _errors(items)
    assert [line for line, _ in got] == [line for line, _ in expected_errors]
    for (_, message), (_, expected) in zip(got, expected_errors, strict=True):
        assert expected in message, message
    assert sum(isinstance(a, Article) for a in items) == articles


def test_csv_without_a_text_column_is_one_error_naming_the_header():
    config = Config(ingest=IngestConfig(fields={"text": "corps"}))
    (error,) = parse_bytes(b"titre,texte\nA,B\nC,D\n", origin="x.csv", fmt="csv", config=config)
    assert (error.line, error.severity) == (1, "error")
    assert "no text column: neither 'corps' (--field text) nor any of text" in error.message
    assert "(columns: titre, texte)" in error.message


def test_csv_mapping_to_a_missing_column_warns_once_and_uses_the_usual_names():
    config = Config(ingest=IngestConfig(fields={"published": "date_pub"}))
    csv = "title,text,date\nGrève,Les dockers ont voté la grève hier.,2024-03-04\n"
    warning, article = parse_bytes(csv.encode(), origin="x.csv", fmt="csv", config=config)
    assert (warning.line, warning.severity) == (1, "warning")
    assert "column 'date_pub' (--field published) is not in the header" in warning.message
    assert article.published == dt.date(2024, 3, 4)


def test_oversize_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_bytes(GOOD * 100)
    config = Config(ingest=IngestConfig(max_file_bytes=1000))
    (error,) = read_source(path, config)
    assert "too large" in error.message and "max_file_bytes" in error.message


def test_oversize_stdin_is_refused():
    config = Config(ingest=IngestConfig(max_file_bytes=1000))
    (error,) = read_source("-", config, stdin=io.BytesIO(GOOD * 100))
    assert error.origin == "<stdin>" and "too large" in error.message


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.md", "no such file or directory"),  # a typo in a path
        ("notes.pdf", "unsupported file type '.pdf'"),  # a format timeline does not read
    ],
)
def test_missing_or_unsupported_file_is_an_error(tmp_path, name, message):
    path = tmp_path / name
    if name.endswith(".pdf"):
        path.write_bytes(b"%PDF-1.4")
    (error,) = read_source(path, CONFIG)
    assert error.origin == str(path) and message in error.message


def test_malformed_sidecar_is_an_error_naming_the_sidecar(tmp_path):
    (tmp_path / "a.txt").write_text("Titre\n\nTexte.", "utf-8")
    (tmp_path / "a.yaml").write_text("published: [2024", "utf-8")
    (error,) = read_source(tmp_path / "a.txt", CONFIG)
    assert error.origin == str(tmp_path / "a.yaml")
    assert "malformed sidecar" in error.message
