"""Hand-built spaCy Docs for rule tests, the way spaCy's own tests build them.

A table gives one token per line: ``word lemma POS dep head [morph]``, ``head`` the
0-based index of the head (a root points at itself), ``morph`` in UD notation or ``-``.
Entities are ``(start, end, label, id)`` with ``id`` the dictionary name or None; temporal
mentions are ``(start, end, TimeMention)`` stored where the ``timeline_dates`` component
stores them. Sentences follow the parse (one root per sentence).
"""

from __future__ import annotations

import datetime as dt
from textwrap import dedent

import spacy
from spacy.tokens import Doc, Span

import timeline.temporal.component  # noqa: F401 - registers Span._.time_mention
from timeline.actors import Actor
from timeline.events import extract, load_event_types
from timeline.models import Article, Event, TimeMention
from timeline.temporal.component import DATES_KEY

PUBLISHED = dt.date(2022, 8, 3)  # a Wednesday, as in the sample article
_VOCAB = spacy.blank("fr").vocab
_NO_SPACE_AFTER = ("'", "’")
_NO_SPACE_BEFORE = {".", ",", ")", "]"}

#: A small dictionary for rule tests (the shipped one may change).
DICTIONARY: tuple[Actor, ...] = (
    Actor(name="Erdogan", type="person", gender="m"),
    Actor(name="Poutine", type="person", gender="m"),
    Actor(name="Haluk Bayraktar", type="person", gender="m", affiliation="Baykar"),
    Actor(name="Baykar", type="company"),
    Actor(name="AFP", type="media"),
    Actor(name="CNN Turk", type="media"),
    Actor(name="Ukraine", type="country"),
    Actor(name="Sotchi", type="place"),
)


def build(
    table: str,
    *,
    ents: tuple[tuple[int, int, str, str | None], ...] = (),
    mentions: tuple[tuple[int, int, TimeMention], ...] = (),
) -> Doc:
    """A parsed Doc from a token table (see the module docstring)."""
    rows = [line.split() for line in dedent(table).strip().splitlines() if line.strip()]
    words = [r[0] for r in rows]
    spaces = []
    for i, word in enumerate(words):
        last = i == len(words) - 1
        glued = word.endswith(_NO_SPACE_AFTER) or (not last and words[i + 1] in _NO_SPACE_BEFORE)
        spaces.append(not last and not glued)
    doc = Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[int(r[4]) for r in rows],
        morphs=[r[5] if len(r) > 5 and r[5] != "-" else "" for r in rows],
    )
    doc.ents = [Span(doc, s, e, label=label, span_id=ent_id or "") for s, e, label, ent_id in ents]
    doc.spans[DATES_KEY] = []
    for start, end, mention in mentions:
        span = Span(doc, start, end)
        span._.time_mention = mention
        doc.spans[DATES_KEY].append(span)
    return doc


def day_mention(doc_text_span: tuple[int, int], text: str, day: dt.date, kind="relative"):
    """A one-day mention at character offsets ``doc_text_span``."""
    return TimeMention(
        text=text,
        start_char=doc_text_span[0],
        end_char=doc_text_span[1],
        start=day,
        end=day,
        granularity="day",
        kind=kind,
        value=day.isoformat(),
    )


def events_of(doc: Doc, *, published: dt.date | None = PUBLISHED) -> list[Event]:
    """The events the rules extract from a hand-built Doc."""
    article = Article(article_id="test", text=doc.text, published=published)
    return extract(doc, article, event_types=load_event_types(None), actors=DICTIONARY)


def event(doc: Doc, lemma: str, *, nth: int = 0) -> Event:
    """The ``nth`` event with this trigger lemma (fails loudly when there is none)."""
    found = [e for e in events_of(doc) if e.trigger_lemma == lemma]
    assert len(found) > nth, f"no event {lemma!r} among {[e.trigger_lemma for e in events_of(doc)]}"
    return found[nth]
