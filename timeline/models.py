"""Records passed between stages: articles, time mentions, events and errors.

Every record is a frozen, slotted, keyword-only dataclass: cheap to build, safe to share
between threads and workers, and explicit at every call site.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field

#: The event table's columns, in the order they are written (the CSV contract).
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "article_id",
    "title",
    "source",
    "url",
    "published",
    "language",
    "sentence",
    "sentence_start",
    "sentence_end",
    "trigger",
    "trigger_lemma",
    "trigger_start",
    "trigger_end",
    "event_type",
    "actor",
    "target",
    "location",
    "date_text",
    "date_start",
    "date_end",
    "date_granularity",
    "date_kind",
    "tense",
    "polarity",
    "modality",
    "reported_by",
    "confidence",
)

#: How an event's date was obtained (the ``date_kind`` column).
DATE_KINDS: tuple[str, ...] = (
    "explicit",  # an absolute date written in the text: "le 5 août 2022"
    "relative",  # a deictic date resolved against publication: "hier", "ce mardi"
    "anaphoric",  # resolved against the previous date in the text: "le lendemain"
    "vague",  # an honest uncertainty range: "récemment", "bientôt"
    "tense",  # no date in the clause; the verb's tense places it around publication
    "publication",  # no date and no tense information: the publication day
)

#: Kinds of temporal mention (the ``kind`` field of :class:`TimeMention`).
MENTION_KINDS: tuple[str, ...] = (
    "absolute",
    "relative",
    "anaphoric",
    "vague",
    "duration",
    "set",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One news article: its text (which all offsets refer to) and its metadata."""

    article_id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str = "fr"
    origin: str | None = None  # the file or URL it was read from
    published_source: str | None = None  # where `published` came from (metadata, url...)


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeMention:
    """A temporal expression found in a text and resolved to an inclusive date interval.

    ``start``/``end`` are ``None`` when the expression cannot be placed on a calendar
    (no publication date, a duration, a set). ``value`` is a TIMEX3-style normalized value
    (``2022-08-02``, ``2022-W30``, ``2022-06``, ``PAST_REF``, ``P3D``...).
    """

    text: str
    start_char: int
    end_char: int
    start: dt.date | None
    end: dt.date | None
    granularity: str
    kind: str
    value: str
    anchor: str = "publication"  # what it was resolved against: publication, previous, none
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, ON_OR_AFTER, BEFORE...
    parts: tuple[TimeMention, ...] = ()  # the written ends of a range: "du 3" and "5 août"

    @property
    def is_dated(self) -> bool:
        """True when the mention can be placed on a timeline."""
        return self.start is not None and self.end is not None

    @property
    def timex_type(self) -> str:
        """The TIMEX3 type: DATE, TIME (clock times, parts of day, PRESENT_REF...),
        DURATION or SET."""
        if self.kind == "duration":
            return "DURATION"
        if self.kind == "set":
            return "SET"
        if self.granularity in {"time", "part_of_day"} or self.value.endswith("_REF"):
            return "TIME"
        return "DATE"


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """One extracted event: a row of the event table (see :data:`EVENT_COLUMNS`)."""

    event_id: str
    article_id: str
    title: str | None
    source: str | None
    url: str | None
    published: dt.date | None
    language: str
    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_lemma: str
    trigger_start: int
    trigger_end: int
    event_type: str
    actor: str | None = None
    target: str | None = None
    location: str | None = None
    date_text: str | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_granularity: str | None = None
    date_kind: str | None = None
    tense: str | None = None
    polarity: str = "positive"
    modality: str = "asserted"
    reported_by: str | None = None
    confidence: float = 0.0


#: How bad an :class:`ArticleError` is (its ``severity``).
SEVERITIES: tuple[str, ...] = (
    "error",  # the input (or this record of it) could not be used: nothing was extracted
    "warning",  # used with a caveat (no publication date), or skipped on purpose (duplicate,
    # language without a model): the message says which
)

#: The columns of ``errors.csv``, in order.
ERROR_COLUMNS: tuple[str, ...] = ("origin", "line", "stage", "severity", "message")


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleError:
    """A problem with one input: where it is and what is wrong with it."""

    origin: str
    message: str
    line: int | None = None
    stage: str = "ingest"
    severity: str = "error"  # one of SEVERITIES

    def __str__(self) -> str:
        where = f"{self.origin}:{self.line}" if self.line is not None else self.origin
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True, kw_only=True)
class RunSummary:
    """What a run did, for the one-line summary and the run artifacts."""

    articles_read: int
    articles_new: int
    articles_skipped: int
    articles_duplicate: int = 0  # the same article (same id) read twice in one run
    events_written: int
    events_total: int = 0
    errors: tuple[ArticleError, ...] = field(default_factory=tuple)
    outputs: tuple[str, ...] = field(default_factory=tuple)
    warnings: tuple[ArticleError, ...] = field(default_factory=tuple)  # severity "warning"

    def one_line(self) -> str:
        """The summary a user reads at the end of a run."""
        where = "nothing written"
        if self.outputs:
            folders = {os.path.dirname(p) for p in self.outputs}
            names = ", ".join(os.path.basename(p) for p in self.outputs)
            where = f"{folders.pop()}: {names}" if len(folders) == 1 else ", ".join(self.outputs)
        duplicates = f", {self.articles_duplicate} duplicates" if self.articles_duplicate else ""
        return (
            f"{self.articles_read} articles read ({self.articles_new} new, "
            f"{self.articles_skipped} unchanged{duplicates}), {self.events_written} events written "
            f"({self.events_total} in the table), {_count(len(self.errors), 'error')}, "
            f"{_count(len(self.warnings), 'warning')} -> {where}"
        )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
