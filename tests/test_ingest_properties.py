"""Round trips and invariants of ingest, over arbitrary text and metadata (Hypothesis)."""

from __future__ import annotations

import json
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.config import Config
from timeline.ingest import decode, parse_bytes
from timeline.ingest.decode import normalize_text
from timeline.models import Article

CONFIG = Config()
# any text but '<' (a body with tags is read as HTML, on purpose), NUL (binary) and lone
# surrogates (no encoding can write them)
TEXT = st.text(
    st.characters(exclude_characters="<\x00", exclude_categories=("Cs",)), min_size=1
).filter(str.strip)
URL = st.from_regex(r"\Ahttps://news\.example/[a-z0-9/-]{1,30}\Z")


@settings(max_examples=60, deadline=None)
@given(
    body=TEXT,
    title=TEXT,
    url=st.none() | URL,
    source=st.none() | TEXT,
    published=st.dates(),
    ascii_only=st.booleans(),
)
def test_jsonl_round_trip_keeps_text_and_metadata(body, title, url, source, published, ascii_only):
    record = {"title": title, "text": body, "published": published.isoformat(), "lang": "fr"}
    if url:
        record["url"] = url
    if source:
        record["source"] = source
    data = (json.dumps(record, ensure_ascii=ascii_only) + "\n").encode("utf-8")
    (article,) = parse_bytes(data, origin="dump.jsonl", fmt="jsonl", config=CONFIG)
    assert isinstance(article, Article)
    want_title, want_body = normalize_text(title).strip(), normalize_text(body).strip()
    want_text = want_body if want_body.startswith(want_title) else f"{want_title}\n\n{want_body}"
    assert article.text == want_text
    assert article.title == want_title
    assert (article.published, article.published_source) == (published, "metadata")
    assert article.url == url and article.article_id == (url or article.article_id)
    assert article.source == ((normalize_text(source).strip() or None) if source else None)
    assert article.origin == "dump.jsonl:1"


@settings(max_examples=100, deadline=None)
@given(text=TEXT)
def test_utf8_decodes_to_nfc_text_without_carriage_returns(text):
    got = decode(text.encode("utf-8"), "x.txt")
    assert got == normalize_text(text)
    assert unicodedata.is_normalized("NFC", got) and "\r" not in got


@settings(max_examples=30, deadline=None)
@given(bodies=st.lists(TEXT, min_size=1, max_size=5))
def test_same_article_twice_in_one_input_has_one_id(bodies):
    lines = [json.dumps({"text": b, "title": "Titre", "lang": "fr"}) for b in bodies * 2]
    items = parse_bytes("\n".join(lines).encode(), origin="d.jsonl", fmt="jsonl", config=CONFIG)
    ids = [a.article_id for a in items if isinstance(a, Article)]
    assert len(set(ids)) == len({normalize_text(b).strip() for b in bodies})


def test_metadata_is_normalized_whether_escaped_or_not():
    """U+0F73 is not NFC: escaped or written raw in JSON, the source reads the same."""
    for ascii_only in (True, False):
        record = {"title": "Titre", "text": "Texte.", "published": "2024-03-04", "source": "\u0f73"}
        data = (json.dumps(record, ensure_ascii=ascii_only) + "\n").encode("utf-8")
        (article,) = parse_bytes(data, origin="dump.jsonl", fmt="jsonl", config=CONFIG)
        assert article.source == "\u0f71\u0f72", ascii_only
