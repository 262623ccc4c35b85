"""Invariants of the temporal engine over generated text (Hypothesis)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.models import MENTION_KINDS
from timeline.temporal import find_mentions
from timeline.temporal.lexicon import WEEKDAYS

MONTHS = [
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
]

#: Pieces of news text, temporal or not, glued together by the strategies below.
SNIPPETS = [
    "hier",
    "aujourd’hui",
    "demain soir",
    "ce mardi",
    "lundi dernier",
    "le 5 août",
    "le 29 février",
    "du 3 au 5 août",
    "entre mars et mai",
    "depuis le 24 février",
    "jusqu'au 10 mai",
    "il y a trois jours",
    "dans quelques semaines",
    "le lendemain",
    "la veille au soir",
    "deux jours plus tard",
    "récemment",
    "bientôt",
    "pendant deux ans",
    "chaque lundi",
    "à 20 h 30",
    "vers 9h",
    "fin 2021",
    "mi-juillet",
    "l'été dernier",
    "au XIXe siècle",
    "les années 60",
    "ce week-end",
    "la semaine prochaine",
    "dans la nuit de lundi à mardi",
    "sa souveraineté",
    "3 000 soldats",
    "Mars",
    "TB2",
    "3-1",
    "article 49.3",
    "2019",
    "31/12/1999",
    "le 31 février",
    "les 6 et 13 avril prochains",
    "de 19 h à 20 h",
    "a été",
    "Le président a annoncé",
    ", ",
    ". ",
    "\u00a0",
    " ",
    "de",
    "le",
    "du",
    "et",
    "à",
]

FILLER = st.text(
    alphabet=st.sampled_from(list("abcdeéèhilmnorstuàç ,.;:'’-/0123456789\n\u00a0LMDJ")),
    max_size=40,
)
TEXTS = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(SNIPPETS), FILLER), max_size=25).map(" ".join),
    st.lists(st.sampled_from(SNIPPETS), max_size=30).map("".join),
)
PUBLISHED = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)))
TENSES = st.sampled_from([None, "past", "present", "future"])


def _check(text: str, published: dt.date | None, tense: str | None) -> None:
    mentions = find_mentions(text, published, tense_at=lambda s, e: tense)
    previous_end = 0
    for m in mentions:
        assert text[m.start_char : m.end_char] == m.text
        assert m.start_char >= previous_end, "mentions are in order and do not overlap"
        previous_end = m.end_char
        assert m.kind in MENTION_KINDS
        assert (m.start is None) == (m.end is None)
        if m.start is not None:
            assert m.start <= m.end
        if m.kind in {"duration", "set"}:
            assert not m.is_dated
        if published is None and m.kind in {"relative", "vague"}:
            assert not m.is_dated, f"{m.text!r} resolved without a publication date"
        if published is None and m.is_dated:
            assert m.anchor in {"none", "previous"}, "dated from the text, never from today"
        for part in m.parts:
            assert m.start_char <= part.start_char <= part.end_char <= m.end_char
            assert text[part.start_char : part.end_char] == part.text


@settings(max_examples=300, deadline=None)
@given(TEXTS, PUBLISHED, TENSES)
def test_invariants_hold_on_any_text(text, published, tense):
    _check(text, published, tense)


@settings(max_examples=200, deadline=None)
@given(st.dates(dt.date(1000, 1, 1), dt.date(2199, 12, 31)), PUBLISHED)
def test_written_dates_round_trip(day, published):
    ordinal = "1er" if day.day == 1 else str(day.day)
    for text in (
        f"Il est né le {ordinal} {MONTHS[day.month - 1]} {day.year}.",
        f"Il est né le {day:%d/%m/%Y}.",
        f"Il est né le {WEEKDAYS[day.weekday()]} {ordinal} {MONTHS[day.month - 1]} {day.year}.",
    ):
        (m,) = find_mentions(text, published)
        assert (m.value, m.start, m.end, m.kind) == (day.isoformat(), day, day, "absolute")


@settings(max_examples=200, deadline=None)
@given(st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)), TENSES)
def test_day_month_without_year_lands_on_the_tense_side(published, tense):
    day = published + dt.timedelta(days=45)
    if (day.month, day.day) == (2, 29):
        return
    text = f"Il viendra le {day.day} {MONTHS[day.month - 1]}."
    (m,) = find_mentions(text, published, tense_at=lambda s, e: tense)
    assert (m.start.month, m.start.day) == (day.month, day.day)
    if tense == "past":
        assert m.start <= published
    elif tense == "future":
        assert m.start >= published
    else:
        assert abs((m.start - published).days) <= 183


def _french(n: int) -> str:
    """Spell 1..99 in French (the test's own speller, not the engine's reader)."""
    units = [
        "zéro",
        "un",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
        "dix-sept",
        "dix-huit",
        "dix-neuf",
    ]
    if n < 20:
        return units[n]
    tens = {
        2: "vingt",
        3: "trente",
        4: "quarante",
        5: "cinquante",
        6: "soixante",
        8: "quatre-vingt",
    }
    t, u = divmod(n, 10)
    if t in (7, 9):
        return f"{tens[t - 1]}-{'et-' if (t, u) == (7, 1) else ''}{units[10 + u]}"
    if u == 0:
        return tens[t] + ("s" if t == 8 else "")
    return f"{tens[t]}{' et ' if u == 1 and t != 8 else '-'}{units[u]}"


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 99), st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)))
def test_offsets_in_words_and_digits_agree(n, published):
    words = find_mentions(f"Il est parti il y a {_french(n)} jours.", published)
    digits = find_mentions(f"Il est parti il y a {n} jours.", published)
    assert [m.start for m in words] == [m.start for m in digits]
    assert words[0].start == published - dt.timedelta(days=n)


@settings(max_examples=100, deadline=None)
@given(st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)), st.integers(0, 6))
def test_weekday_follows_the_tense(published, weekday):
    name = WEEKDAYS[weekday]
    (past,) = find_mentions(f"Il a parlé {name}.", published, tense_at=lambda s, e: "past")
    (future,) = find_mentions(f"Il parlera {name}.", published, tense_at=lambda s, e: "future")
    assert past.start.weekday() == future.start.weekday() == weekday
    assert 0 <= (published - past.start).days <= 6
    assert 0 <= (future.start - published).days <= 6
