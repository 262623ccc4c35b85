"""Find temporal expressions in a text and resolve them against a publication date.

A first, deliberately small rule set: deictic days, weekdays, day-month dates, a few
periods, anaphora and vague adverbs. Each rule is a regular expression over the text made
plain by :func:`timeline.text.for_parsing`, paired with a resolver.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Literal

from timeline.config import TemporalConfig
from timeline.models import TimeMention
from timeline.text import for_parsing

Tense = Literal["past", "present", "future"]
#: Gives the tense of the clause governing the characters [start, end), or None.
TenseLookup = Callable[[int, int], Tense | None]

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_WD = "|".join(WEEKDAYS)
_MO = "|".join(MONTHS)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "day_month",
        re.compile(
            rf"\b(?:(?:le|du)\s+)?(?:(?P<wd>{_WD})\s+)?(?P<day>1er|[0-3]?\d)\s+(?P<month>{_MO})"
            r"(?:\s+(?P<year>(?:19|20)\d\d))?\b",
            re.I,
        ),
    ),
    (
        "deictic",
        re.compile(
            r"\b(?P<word>avant-hier|après-demain|aujourd'hui|hier|demain)"
            r"(?:\s+(?P<part>matin|soir|après-midi))?\b",
            re.I,
        ),
    ),
    ("this_weekday", re.compile(rf"\b(?:ce|cet)\s+(?P<wd>{_WD})\b", re.I)),
    ("weekday_rel", re.compile(rf"\b(?P<wd>{_WD})\s+(?P<rel>dernier|prochain)\b", re.I)),
    (
        "week",
        re.compile(
            r"\b(?:(?P<this>cette)\s+semaine|la\s+semaine\s+(?P<rel>dernière|prochaine))\b", re.I
        ),
    ),
    ("anaphor", re.compile(r"\b(?P<word>le\s+lendemain|la\s+veille|le\s+surlendemain)\b", re.I)),
    (
        "vague",
        re.compile(
            r"\b(?P<word>récemment|dernièrement|précédemment|auparavant|bientôt|prochainement)\b",
            re.I,
        ),
    ),
    ("bare_weekday", re.compile(rf"\b(?P<wd>{_WD})\b", re.I)),
]

_DEICTIC_OFFSET = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1, "après-demain": 2}
_ANAPHOR_OFFSET = {"lendemain": 1, "veille": -1, "surlendemain": 2}
_PAST_VAGUE = {"récemment", "dernièrement", "précédemment", "auparavant"}


def find_mentions(
    text: str,
    published: dt.date | None,
    *,
    config: TemporalConfig | None = None,
    tense_at: TenseLookup | None = None,
) -> list[TimeMention]:
    """Return the temporal expressions of ``text`` in order, each resolved to an interval.

    ``published`` anchors relative expressions; when it is None they are found but left
    unresolved (``start``/``end`` None). ``tense_at`` tells the tense of the clause around a
    mention, used for bare weekdays ("a annoncé lundi" vs "annoncera lundi").
    """
    config = config or TemporalConfig()
    plain = for_parsing(text)
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for rule, pattern in _PATTERNS:
        for match in pattern.finditer(plain):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            found.append((start, end, rule, match))
    found.sort(key=lambda item: item[0])

    mentions: list[TimeMention] = []
    previous: dt.date | None = None
    for start, end, rule, match in found:
        tense = tense_at(start, end) if tense_at else None
        mention = _resolve(
            rule, match, text[start:end], start, end, published, previous, tense, config
        )
        if mention is None:
            continue
        mentions.append(mention)
        if mention.start is not None and mention.kind != "vague":
            previous = mention.start
    return mentions


def _resolve(
    rule: str,
    m: re.Match[str],
    surface: str,
    start: int,
    end: int,
    published: dt.date | None,
    previous: dt.date | None,
    tense: Tense | None,
    config: TemporalConfig,
) -> TimeMention | None:
    def day(value: dt.date | None, kind: str, anchor: str = "publication") -> TimeMention:
        return TimeMention(
            text=surface,
            start_char=start,
            end_char=end,
            start=value,
            end=value,
            granularity="day",
            kind=kind,
            value=value.isoformat() if value else "XXXX-XX-XX",
            anchor=anchor if value else "none",
        )

    if rule == "day_month":
        d = 1 if m["day"].lower() == "1er" else int(m["day"])
        month = MONTHS.index(m["month"].lower()) + 1
        if m["year"]:
            year = int(m["year"])
        elif published is None:
            return day(None, "absolute")
        else:
            year = _year_for(month, d, published, tense)
        try:
            return day(dt.date(year, month, d), "absolute")
        except ValueError:
            return None
    if rule == "deictic":
        offset = _DEICTIC_OFFSET[m["word"].lower()]
        return day(published and published + dt.timedelta(days=offset), "relative")
    if rule in ("this_weekday", "weekday_rel", "bare_weekday"):
        weekday = WEEKDAYS.index(m["wd"].lower())
        if published is None:
            return day(None, "relative")
        rel = m.groupdict().get("rel")
        direction = {"dernier": "past", "prochain": "future"}.get((rel or "").lower(), tense)
        return day(
            _weekday(published, weekday, direction, strict=rule == "weekday_rel"), "relative"
        )
    if rule == "week":
        if published is None:
            return TimeMention(
                text=surface,
                start_char=start,
                end_char=end,
                start=None,
                end=None,
                granularity="week",
                kind="relative",
                value="XXXX-WXX",
                anchor="none",
            )
        shift = {"dernière": -7, "prochaine": 7}.get((m["rel"] or "").lower(), 0)
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(days=shift)
        iso = monday.isocalendar()
        return TimeMention(
            text=surface,
            start_char=start,
            end_char=end,
            start=monday,
            end=monday + dt.timedelta(days=6),
            granularity="week",
            kind="relative",
            value=f"{iso.year}-W{iso.week:02d}",
        )
    if rule == "anaphor":
        word = m["word"].split()[-1].lower()
        base = previous or published
        value = base and base + dt.timedelta(days=_ANAPHOR_OFFSET[word])
        return day(value, "anaphoric", "previous" if previous else "publication")
    if rule == "vague":
        word = m["word"].lower()
        past = word in _PAST_VAGUE
        width = (
            config.earlier_days
            if word in {"précédemment", "auparavant"}
            else (config.recent_days if past else config.soon_days)
        )
        if published is None:
            lo = hi = None
        elif past:
            lo, hi = published - dt.timedelta(days=width), published
        else:
            lo, hi = published, published + dt.timedelta(days=width)
        return TimeMention(
            text=surface,
            start_char=start,
            end_char=end,
            start=lo,
            end=hi,
            granularity="vague",
            kind="vague",
            value="PAST_REF" if past else "FUTURE_REF",
            anchor="publication" if published else "none",
        )
    raise AssertionError(f"no resolver for rule {rule!r}")


def _year_for(month: int, day: int, published: dt.date, tense: Tense | None) -> int:
    """The year of a day-month date without a year: the publication year, unless the tense
    puts it on the other side of publication."""
    year = published.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:  # 29 February outside a leap year
        return year
    if tense == "past" and candidate > published:
        return year - 1
    if tense == "future" and candidate < published:
        return year + 1
    return year


def _weekday(published: dt.date, weekday: int, direction: str | None, *, strict: bool) -> dt.date:
    """The weekday nearest publication in the direction given by tense or by an adjective.

    News convention: "a annoncé jeudi" in a Thursday paper is that Thursday, so the past
    search includes publication day unless the text says "dernier" (``strict``).
    """
    delta = (weekday - published.weekday()) % 7
    if direction == "past":
        back = (published.weekday() - weekday) % 7
        if strict and back == 0:
            back = 7
        return published - dt.timedelta(days=back)
    if direction == "future":
        if strict and delta == 0:
            delta = 7
        return published + dt.timedelta(days=delta)
    # No tense: the day of the publication week.
    return published - dt.timedelta(days=published.weekday()) + dt.timedelta(days=weekday)
