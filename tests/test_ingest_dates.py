"""Publication dates: parsing metadata values, and the order of precedence of their sources."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.config import Config
from timeline.errors import IngestError
from timeline.ingest import date_in_url, parse_date
from timeline.ingest.records import Record, build
from timeline.models import Article, ArticleError

D = dt.date
TEXT = "La grève a commencé hier au port de Saint-Aubin, ont annoncé les dockers."


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-04", D(2024, 3, 4)),  # ISO date
        ("2024-03-04T23:30:00-05:00", D(2024, 3, 4)),  # a datetime's day in its own zone
        ("2024-03-04T08:30:00Z", D(2024, 3, 4)),  # UTC
        ("Mon, 04 Mar 2024 08:30:00 +0100", D(2024, 3, 4)),  # RFC 2822, as in RSS
        ("Mon, 11 Mar 2024 00:30:00 +0100", D(2024, 3, 11)),  # not shifted to UTC's 10th
        ("4 mars 2024", D(2024, 3, 4)),  # written in French
        ("lundi 4 mars 2024 à 18h30", D(2024, 3, 4)),  # with weekday and time
        ("March 4, 2024", D(2024, 3, 4)),  # written in English
        ("04/03/2024", D(2024, 3, 4)),  # numeric: day first, as in French
        ("04.03.2024", D(2024, 3, 4)),  # numeric with dots
        (D(2024, 3, 4), D(2024, 3, 4)),  # a date (YAML front matter gives these)
        (dt.datetime(2024, 3, 4, 23, 59), D(2024, 3, 4)),  # a datetime
        (None, None),  # absent
        ("  ", None),  # empty cell
    ],
)
def test_parse_date_reads_the_usual_ways_of_writing_a_date(value, expected):
    assert parse_date(value, "x.json") == expected


@pytest.mark.parametrize(
    "value",
    [
        "hier",  # relative: would need today's date
        "aujourd'hui",  # relative
        "mars 2024",  # no day: completing it would invent one
        "le 3 août",  # no year
        "2024-13-45",  # no such day
        "31/02/2024",  # no such day
        "1709510400",  # a bare number: seconds? milliseconds? refused
        20240304,  # a number
        "n/a",  # a placeholder
    ],
)
def test_parse_date_refuses_what_is_not_a_full_date_naming_file_and_line(value):
    with pytest.raises(IngestError) as info:
        parse_date(value, "dump.jsonl", line=7)
    assert str(info.value).startswith("dump.jsonl:7: unreadable publication date")
    assert repr(value) in str(info.value)


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("https://news.example/2024/03/04/greve", D(2024, 3, 4)),  # /YYYY/MM/DD/
        ("https://news.example/eco/2024-03-04-greve.html", D(2024, 3, 4)),  # YYYY-MM-DD
        ("/2024-03-09-tribunal.txt", D(2024, 3, 9)),  # a file name
        ("/2024_03_09_tribunal.txt", D(2024, 3, 9)),  # underscores
        ("https://news.example/2024/03/greve", None),  # year and month only: no day
        ("https://news.example/article/123456", None),  # no date
        (None, None),
    ],
)
def test_date_in_url_or_file_name(where, expected):
    assert date_in_url(where) == expected


DEFAULT = D(2024, 1, 1)


@pytest.mark.parametrize(
    ("dates", "url", "file_name", "default", "expected"),
    [
        # explicit metadata beats the front matter
        (
            (("metadata", "2024-03-05"), ("front matter", "2024-03-04")),
            None,
            None,
            None,
            (D(2024, 3, 5), "metadata"),
        ),
        # front matter when the metadata has none
        (
            (("metadata", None), ("front matter", D(2024, 3, 4))),
            None,
            None,
            None,
            (D(2024, 3, 4), "front matter"),
        ),
        # HTML metadata beats a date in the URL
        (
            (("html", "2024-03-12"),),
            "https://n.example/2024/03/10/x",
            None,
            None,
            (D(2024, 3, 12), "html"),
        ),
        # the URL's date beats the file name's and the default
        (
            (("html", None),),
            "https://n.example/2024/03/10/x",
            "2024-03-09-x.txt",
            DEFAULT,
            (D(2024, 3, 10), "url"),
        ),
        # the file name's date beats the default
        ((), None, "2024-03-09-x.txt", DEFAULT, (D(2024, 3, 9), "file name")),
        # the default, last
        ((), "https://n.example/x", "x.txt", DEFAULT, (DEFAULT, "default")),
        # nothing at all: no date, never today's
        ((), "https://n.example/x", "x.txt", None, (None, None)),
    ],
)
def test_publication_date_precedence_and_its_source(dates, url, file_name, default, expected):
    record = Record(origin="x", text=TEXT, url=url, dates=dates, file_name=file_name)
    article = build(record, Config(default_published=default))[0]
    assert isinstance(article, Article)
    assert (article.published, article.published_source) == expected


def test_no_date_gives_a_warning_and_the_article_still_goes_on():
    article, warning = build(Record(origin="a.txt", text=TEXT), Config())
    assert isinstance(article, Article) and article.published is None
    assert isinstance(warning, ArticleError) and warning.severity == "warning"
    assert warning.origin == "a.txt"
    assert "no publication date" in warning.message and "--published" in warning.message


def test_an_unreadable_metadata_date_is_an_error_even_with_a_default():
    record = Record(origin="a.json", text=TEXT, dates=(("metadata", "bientôt"),))
    (error,) = build(record, Config(default_published=DEFAULT))
    assert isinstance(error, ArticleError) and error.severity == "error"
    assert "unreadable publication date 'bientôt'" in error.message
