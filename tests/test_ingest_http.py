"""URLs and feeds, against a web server on 127.0.0.1 (the ``http_site`` fixture)."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest

from timeline.config import Config, IngestConfig
from timeline.ingest import read_source
from timeline.models import Article, ArticleError

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
D = dt.date


def _page(title: str, body: str, meta_date: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{meta_date}">' if meta_date else ""
    return (
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title>'
        f'{meta}<meta property="og:site_name" content="Le Courrier du Port"></head><body>'
        f"<nav><a href='/'>Accueil</a> <a href='/sport'>Sport</a></nav><article><h1>{title}</h1>"
        f"<p>{body}</p></article><footer>Mentions légales</footer></body></html>"
    )


def _rss(base: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Le Courrier du Port</title><link>{base}/</link>
<description>Port</description><language>fr</language>
<item><title>La grève est reconduite</title><link>{base}/port/greve.html</link>
<description>Résumé court de la grève.</description>
<pubDate>Fri, 08 Mar 2024 07:15:00 +0100</pubDate></item>
<item><title>Un accord est signé</title><link>{base}/2024/03/15/accord.html</link>
<description>Résumé de l'accord.</description></item>
<item><title>Les navires attendent</title><link>{base}/port/disparu.html</link>
<description>Une dizaine de navires attendaient dimanche au large de Saint-Aubin.</description>
<pubDate>Mon, 11 Mar 2024 09:00:00 +0100</pubDate></item>
</channel></rss>"""


GREVE = (
    "Les dockers de Saint-Aubin ont reconduit hier la grève pour trois jours, a annoncé le "
    "syndicat. La direction de Transmar dénonce un blocage illégal du terminal nord."
)
ACCORD = (
    "Transmar et le Syndicat des dockers ont signé hier soir un accord à la préfecture, après "
    "dix heures de médiation. Le travail reprendra lundi."
)


@pytest.fixture
def news_site(http_site):
    """An RSS feed whose entries link to two pages of the site and one missing page."""
    http_site.add("/feed.xml", _rss(http_site.base), "application/rss+xml")
    http_site.add("/port/greve.html", _page("La grève est reconduite", GREVE, "2024-03-07"))
    http_site.add("/2024/03/15/accord.html", _page("Un accord est signé", ACCORD, "2024-03-14"))
    return http_site


def _articles(items):
    return [a for a in items if isinstance(a, Article)]


def _problems(items, severity):
    return [e for e in items if isinstance(e, ArticleError) and e.severity == severity]


def test_feed_from_url_uses_entry_text_without_fetching_pages(news_site):
    items = read_source(news_site.base + "/feed.xml", Config())
    got = [(a.title, a.published, a.published_source) for a in _articles(items)]
    assert got == [
        ("La grève est reconduite", D(2024, 3, 8), "metadata"),  # pubDate
        ("Un accord est signé", D(2024, 3, 15), "url"),  # no pubDate: the link's date
        ("Les navires attendent", D(2024, 3, 11), "metadata"),
    ]
    assert "Résumé court de la grève." in _articles(items)[0].text
    assert news_site.hits == ["/feed.xml"]  # no linked page fetched unless asked


def test_feed_with_fetch_linked_reads_each_entrys_page(news_site):
    config = Config(ingest=IngestConfig(fetch_linked=True))
    items = read_source(news_site.base + "/feed.xml", config)
    articles = _articles(items)
    got = [(a.title, a.published, a.published_source, a.url) for a in articles]
    assert got == [
        # the entry's pubDate (explicit metadata) wins over the page's meta date (7 March)
        ("La grève est reconduite", D(2024, 3, 8), "metadata", news_site.base + "/port/greve.html"),
        # no pubDate: the page's HTML metadata (14 March) wins over the URL's date (15 March)
        (
            "Un accord est signé",
            D(2024, 3, 14),
            "html",
            news_site.base + "/2024/03/15/accord.html",
        ),
        # the page is missing: the feed's own text is used, with a warning
        (
            "Les navires attendent",
            D(2024, 3, 11),
            "metadata",
            news_site.base + "/port/disparu.html",
        ),
    ]
    assert "a annoncé le syndicat" in articles[0].text  # the page's text, not the summary
    assert "Accueil" not in articles[0].text  # without the page's navigation
    assert "au large de Saint-Aubin" in articles[2].text
    (warning,) = _problems(items, "warning")
    assert warning.origin == news_site.base + "/feed.xml#3"
    assert "HTTP 404" in warning.message and "used the feed's own text" in warning.message
    assert sorted(news_site.hits) == sorted(
        ["/feed.xml", "/port/greve.html", "/2024/03/15/accord.html", "/port/disparu.html"]
    )


@pytest.mark.parametrize(
    ("path", "content_type", "body", "title"),
    [
        # a web page: the URL given is the article's URL and id
        ("/port/greve.html", "text/html; charset=utf-8", None, "La grève est reconduite"),
        # JSONL served as application/x-ndjson
        (
            "/export",
            "application/x-ndjson",
            '{"title": "Vote", "text": "Les dockers ont voté hier la grève.", '
            '"date": "2024-03-04"}',
            "Vote",
        ),
        # an Atom feed served as text/xml: told apart by its content
        ("/eco", "text/xml", (FIXTURES / "feed.atom").read_text("utf-8"), "Le trafic du port"),
        # a cp1252 page whose charset is only in the HTTP header
        ("/latin", "text/html; charset=windows-1252", "cp1252", "Grève à Saint-Aubin"),
    ],
)
def test_url_sources_of_each_type(http_site, path, content_type, body, title):
    if body is None:
        body = _page(title, GREVE, "2024-03-07")
    elif body == "cp1252":
        body = _page(title, "Les dockers ont cessé le travail hier, « c’est grave ».")
        body = body.replace('<meta charset="utf-8">', "").encode("cp1252")
    url = http_site.add(path, body, content_type)
    articles = _articles(read_source(url, Config()))
    assert articles and articles[0].title.startswith(title)
    if content_type.startswith("text/html"):
        assert articles[0].url == articles[0].article_id == url
    if path == "/latin":
        assert "« c’est grave »" in articles[0].text


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("unreachable", "unreachable"),  # nothing listens on the port
        ("timeout", "timed out after 0.5 s"),  # the feed answers after 3 s
        ("too big", "too large"),  # Content-Length over the limit
        ("too big, no length", "too large: over"),  # counted while reading
        ("404", "HTTP 404"),  # missing page
        ("ftp", "refused the 'ftp' scheme"),  # only http and https
        ("file", "refused the 'file' scheme"),  # never read local files through a URL
        ("redirect to ftp", "refused redirect"),  # nor be led to another scheme
        ("binary", "unknown document type 'image/png'"),  # an image
    ],
)
def test_url_problems_are_errors_naming_the_url(http_site, case, message):
    config = Config(ingest=IngestConfig(timeout=0.5, max_fetch_bytes=100_000))
    big = _page("Gros", "x" * 200_000)
    url = {
        "unreachable": lambda: f"http://127.0.0.1:{_closed_port()}/feed.xml",
        "timeout": lambda: http_site.add("/slow", "<rss/>", "application/rss+xml", delay=3),
        "too big": lambda: http_site.add("/big", big),
        "too big, no length": lambda: http_site.add("/big2", big, send_length=False),
        "404": lambda: http_site.base + "/nothing-here",
        "ftp": lambda: "ftp://127.0.0.1/feed.xml",
        "file": lambda: "file:///etc/passwd",
        "redirect to ftp": lambda: http_site.add("/r", "ftp://127.0.0.1/x", status=302),
        "binary": lambda: http_site.add("/img", b"\x89PNG\r\n\x1a\n" + bytes(300), "image/png"),
    }[case]()
    (error,) = read_source(url, config)
    assert isinstance(error, ArticleError) and error.severity == "error"
    assert error.origin == url
    assert message in error.message, error.message


def test_linked_page_timeout_without_feed_text_is_an_error_for_that_entry_only(http_site):
    http_site.add(
        "/feed.xml",
        f"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Lente</title><link>{http_site.base}/slow.html</link></item>
<item><title>La grève</title><link>{http_site.base}/ok.html</link>
<pubDate>Fri, 08 Mar 2024 07:15:00 +0100</pubDate></item></channel></rss>""",
        "application/rss+xml",
    )
    http_site.add("/slow.html", _page("Lente", GREVE), delay=3)
    http_site.add("/ok.html", _page("La grève", GREVE))
    config = Config(ingest=IngestConfig(timeout=0.5, fetch_linked=True))
    items = read_source(http_site.base + "/feed.xml", config)
    (error,) = _problems(items, "error")
    assert error.origin == http_site.base + "/feed.xml#1"
    assert "timed out" in error.message and "no text" in error.message
    assert [a.title for a in _articles(items)] == ["La grève"]
