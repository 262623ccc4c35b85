"""Synthetic event tables, for benchmarks and tests of the outputs at scale.

The rows look like real ones (French sentences with the trigger and the date expression in
them, a few busy actors and many rare ones, every placement: one day, ranges, vague ranges,
open intervals, undated, some denied events) and are the same for the same seed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random

from timeline.models import Event

_ACTORS = (
    "Emmanuel Macron",
    "Olaf Scholz",
    "la Commission européenne",
    "Vladimir Poutine",
    "Recep Tayyip Erdogan",
    "le syndicat",
    "la direction",
    "le préfet",
    "la maire",
    "Karim Haddad",
    "l'ONU",
    "l'OTAN",
    "le tribunal",
    "Transmar",
)
_RARE_ACTORS = tuple(f"acteur {i}" for i in range(60))
_TYPES = {
    "meeting": ("rencontrer", "rencontrera"),
    "statement": ("déclarer", "a déclaré"),
    "request": ("demander", "demande"),
    "offer": ("proposer", "a proposé"),
    "accusation": ("accuser", "accuse"),
    "agreement": ("signer", "a signé"),
    "appeal": ("appeler", "a appelé"),
    "supply": ("livrer", "a livré"),
    "other": ("faire", "fait"),
}
_START = dt.date(2023, 1, 1)
_SPAN_DAYS = 365


def synthetic_events(n: int, *, seed: int = 0, per_article: int = 10) -> list[Event]:
    """``n`` plausible events over one year, from ``n // per_article`` articles."""
    rng = random.Random(seed)
    n_articles = max(1, n // per_article)
    articles = []
    for a in range(n_articles):
        published = _START + dt.timedelta(days=rng.randrange(_SPAN_DAYS))
        articles.append(
            {
                "article_id": f"https://example.org/news/{a}",
                "url": f"https://example.org/news/{a}",
                "title": f"Article {a} : négociations, grève et annonces",
                "source": rng.choice(("AFP", "Le Monde", "Ouest-France", "sample")),
                "published": published,
            }
        )
    events = []
    for i in range(n):
        article = articles[i % n_articles]
        published = article["published"]
        actor = (
            rng.choice(_ACTORS)
            if rng.random() < 0.7
            else (rng.choice(_RARE_ACTORS) if rng.random() < 0.7 else None)
        )
        event_type = rng.choice(tuple(_TYPES))
        lemma, trigger = _TYPES[event_type]
        start, end, date_text, kind, granularity = _dates(rng, published)
        denied = rng.random() < 0.08
        prefix = f"{actor or 'On'} "
        sentence = f"{prefix}{'ne ' if denied else ''}{trigger}"
        if denied:
            sentence += " pas"
        sentence += f" {date_text}" if date_text else ""
        sentence += " l'accord sur le port, selon les informations disponibles."
        sentence_start = 100 * (i // n_articles)
        trigger_start = sentence_start + len(prefix) + (3 if denied else 0)
        events.append(
            Event(
                event_id=hashlib.sha1(f"{seed}:{i}".encode()).hexdigest()[:16],
                article_id=article["article_id"],
                title=article["title"],
                source=article["source"],
                url=article["url"],
                published=published,
                language="fr",
                sentence=sentence,
                sentence_start=sentence_start,
                sentence_end=sentence_start + len(sentence),
                trigger=trigger,
                trigger_lemma=lemma,
                trigger_start=trigger_start,
                trigger_end=trigger_start + len(trigger),
                event_type=event_type,
                actor=actor,
                target=rng.choice((None, "le gouvernement", "les salariés", "Kiev")),
                location=rng.choice((None, None, "Paris", "Sotchi")),
                date_text=date_text,
                date_start=start,
                date_end=end,
                date_granularity=granularity,
                date_kind=kind,
                tense=rng.choice(("past", "present", "future")),
                polarity="negative" if denied else "positive",
                modality="denied" if denied else rng.choice(("asserted", "planned")),
                reported_by=None,
                confidence=round(rng.random(), 2),
            )
        )
    return events


def _dates(rng: random.Random, published: dt.date):
    """(start, end, date_text, kind, granularity) with the mix of placements seen in news."""
    roll = rng.random()
    if roll < 0.55:  # one day: "hier", "mardi", "le 5 mars"
        day = published - dt.timedelta(days=rng.randrange(0, 5))
        return day, day, rng.choice(("hier", "mardi", "ce lundi")), "relative", "day"
    if roll < 0.67:  # a week
        monday = published - dt.timedelta(days=published.weekday() + 7)
        return monday, monday + dt.timedelta(days=6), "la semaine dernière", "relative", "week"
    if roll < 0.75:  # vague: "récemment"
        return published - dt.timedelta(days=30), published, "récemment", "vague", "vague"
    if roll < 0.86:  # past tense, no date: on or before publication
        return None, published, None, "tense", "tense"
    if roll < 0.95:  # future tense: on or after the next day
        return published + dt.timedelta(days=1), None, None, "tense", "tense"
    return None, None, None, None, None  # undated


def event(**overrides: object) -> Event:
    """One plausible event (a meeting on 2024-03-07 in a 2024-03-08 article), with overrides.

    The trigger and sentence offsets stay consistent when ``sentence`` or ``trigger`` are
    left as they are.
    """
    sentence = "La maire a rencontré hier les représentants du syndicat."
    values: dict[str, object] = {
        "event_id": "e0",
        "article_id": "https://example.org/a/1",
        "title": "Grève au port",
        "source": "sample",
        "url": "https://example.org/a/1",
        "published": dt.date(2024, 3, 8),
        "language": "fr",
        "sentence": sentence,
        "sentence_start": 40,
        "sentence_end": 40 + len(sentence),
        "trigger": "rencontré",
        "trigger_lemma": "rencontrer",
        "trigger_start": 40 + sentence.index("rencontré"),
        "trigger_end": 40 + sentence.index("rencontré") + len("rencontré"),
        "event_type": "meeting",
        "actor": "maire",
        "target": "représentants",
        "location": None,
        "date_text": "hier",
        "date_start": dt.date(2024, 3, 7),
        "date_end": dt.date(2024, 3, 7),
        "date_granularity": "day",
        "date_kind": "relative",
        "tense": "past",
        "polarity": "positive",
        "modality": "asserted",
        "reported_by": None,
        "confidence": 0.9,
    }
    values.update(overrides)
    return Event(**values)  # type: ignore[arg-type]
