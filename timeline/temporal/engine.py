"""The temporal engine's entry point: text and publication date in, resolved mentions out.

:func:`find_mentions` is a pure function: the tagger (:mod:`~timeline.temporal.patterns`)
finds the expressions, the resolver (:mod:`~timeline.temporal.resolver`) places them. The
spaCy component (:mod:`~timeline.temporal.component`) calls it with the parse's clause
tenses; tests and scripts can call it without spaCy.
"""

from __future__ import annotations

import datetime as dt

from timeline.config import TemporalConfig
from timeline.models import TimeMention
from timeline.temporal.patterns import tag
from timeline.temporal.resolver import Res, Resolver, Tense, TenseLookup
from timeline.text import for_parsing

__all__ = ["Tense", "TenseLookup", "find_mentions"]


def find_mentions(
    text: str,
    published: dt.date | None,
    *,
    config: TemporalConfig | None = None,
    tense_at: TenseLookup | None = None,
    language: str = "fr",
) -> list[TimeMention]:
    """Return the temporal expressions of ``text`` in order, each resolved to an interval.

    ``published`` anchors relative expressions; when it is None they are found but left
    unresolved (``start``/``end`` None). ``tense_at(start, end)`` tells the tense of the
    clause around a mention ("past", "present", "future" or None), used for bare weekdays
    ("a annoncé lundi" vs "annoncera lundi") and dates without a year. ``language`` other
    than "fr" falls back on dateparser (absolute and simple relative dates only).
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    if language != "fr":
        from timeline.temporal.foreign import find_foreign

        return find_foreign(text, published, language)
    plain = for_parsing(text)
    resolver = Resolver(plain, published, config or TemporalConfig(), tense_at)
    return [_mention(r, text) for r in resolver.run(tag(plain))]


def _mention(res: Res, text: str) -> TimeMention:
    period = res.period
    return TimeMention(
        text=text[res.start_char : res.end_char],
        start_char=res.start_char,
        end_char=res.end_char,
        start=period.start if period else None,
        end=period.end if period else None,
        granularity=res.granularity,
        kind=res.kind,
        value=res.value,
        anchor=res.anchor if period else "none",
        mod=res.mod,
        parts=tuple(_mention(p, text) for p in res.parts),
    )
