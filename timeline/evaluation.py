"""Scoring an event table against an analyst's table (the golden YAML format).

The analyst's file lists, per event, a sentence fragment, the trigger lemma, and the fields
they are sure of (actor, target, location, tense, date, date_text, polarity, reported_by).
See ``../shared/seeds/erdogan-poutine-sotchi.expected.yaml`` for the format.

Matching rule: an expected event is *found* when a row's trigger lies inside the expected
sentence fragment (located in the article text, apostrophes and spaces made plain) and the
row's ``trigger_lemma`` equals the expected trigger. When several rows qualify, the one with
the fewest wrong fields is taken. A found event is *right* when actor, target (where given),
polarity (``positive`` unless given) and date class all agree.

Date class: ``date: 2022-08-02`` means ``date_start == date_end`` = that day; ``before D``
means ``date_end <= D`` and the start, if known, before D; ``after D`` means ``date_start >=
D``, the end unknown or after D, and not the single day D; ``around D`` means the interval
contains D. Without ``date``, the expected tense gives the class against publication (past
-> before, present -> around, future -> after); without either, the date is not checked.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import pandas as pd

from timeline.text import for_parsing

_CLASS = re.compile(r"^\s*(?:(before|after|around)\s+)?(\d{4}-\d{2}-\d{2})")
#: Fields compared as plain strings when the analyst gives them.
_STRING_FIELDS = ("actor", "target", "reported_by")


@dataclass(frozen=True, slots=True)
class Verdict:
    """How one expected event fared: the row taken (None if not found) and what differed."""

    expected: dict
    row: dict | None
    problems: tuple[str, ...]
    reported_by_checked: bool
    reported_by_ok: bool
    type_ok: bool

    @property
    def found(self) -> bool:
        """A row with the right lemma in the right sentence exists."""
        return self.row is not None

    @property
    def right(self) -> bool:
        """Found, with actor, target, polarity and date class right."""
        return self.row is not None and not self.problems


@dataclass(frozen=True, slots=True)
class GoldenScore:
    """The verdicts of a whole table, with the counts the golden test asserts."""

    verdicts: tuple[Verdict, ...]
    forbidden: tuple[str, ...] = field(default_factory=tuple)

    @property
    def expected(self) -> int:
        """Number of expected events."""
        return len(self.verdicts)

    @property
    def found(self) -> int:
        """Expected events matched by a row (sentence and lemma)."""
        return sum(v.found for v in self.verdicts)

    @property
    def right(self) -> int:
        """Expected events matched with every checked field right."""
        return sum(v.right for v in self.verdicts)

    @property
    def reported_by(self) -> tuple[int, int]:
        """(right, checked) for the expected ``reported_by`` values."""
        checked = [v for v in self.verdicts if v.reported_by_checked]
        return sum(v.reported_by_ok for v in checked), len(checked)

    def summary(self) -> str:
        """A short report, one line per expected event."""
        lines = []
        for v in self.verdicts:
            mark = "ok " if v.right else ("~  " if v.found else "-- ")
            exp = v.expected
            lines.append(f"{mark}{exp['trigger']:<15} {exp['sentence'][:60]!r}")
            lines += [f"     {p}" for p in v.problems]
        ok, checked = self.reported_by
        lines.append(
            f"found {self.found}/{self.expected}, right {self.right}/{self.expected}, "
            f"reported_by {ok}/{checked}"
        )
        lines += [f"FORBIDDEN: {item}" for item in self.forbidden]
        return "\n".join(lines)


def _plain(text: str) -> str:
    return for_parsing(text)


def locate(fragment: str, text: str) -> tuple[int, int] | None:
    """Character span of ``fragment`` in ``text``, apostrophes and spaces made plain, or None."""
    plain_text = _plain(text)
    pattern = r"\s+".join(re.escape(part) for part in _plain(fragment).split())
    match = re.search(pattern, plain_text)
    return match.span() if match else None


def _date(value) -> dt.date | None:
    if value is None or value is pd.NaT or (not isinstance(value, dt.date) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def expected_date_class(expected: dict, published: dt.date) -> tuple[str, dt.date] | None:
    """(class, day) the analyst's entry asks for, or None when the date is not checked."""
    raw = expected.get("date")
    if raw is not None:
        match = _CLASS.match(str(raw))
        if match:
            return match[1] or "exact", dt.date.fromisoformat(match[2])
    tense = expected.get("tense")
    cls = {"past": "before", "present": "around", "future": "after"}.get(tense or "")
    return (cls, published) if cls else None


def date_class_ok(row: dict, cls: str, day: dt.date) -> bool:
    """Whether a row's [date_start, date_end] is in the class (see the module docstring)."""
    start, end = _date(row.get("date_start")), _date(row.get("date_end"))
    if cls == "exact":
        return start == end == day
    if cls == "before":
        return end is not None and end <= day and (start is None or start < day)
    if cls == "after":
        single_day = start == end == day
        return start is not None and start >= day and (end is None or end > day) and not single_day
    if cls == "around":
        return start is not None and end is not None and start <= day <= end
    raise ValueError(f"unknown date class {cls!r}: expected exact, before, after or around")


def _value(row: dict, name: str):
    value = row.get(name)
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return value


def _problems(row: dict, expected: dict, published: dt.date) -> list[str]:
    problems = []
    for name in ("actor", "target"):
        if name == "target" and name not in expected:
            continue
        want, got = expected.get(name), _value(row, name)
        if want != got:
            problems.append(f"{name}: want {want!r}, got {got!r}")
    want_polarity = expected.get("polarity", "positive")
    if _value(row, "polarity") != want_polarity:
        problems.append(f"polarity: want {want_polarity!r}, got {_value(row, 'polarity')!r}")
    date_class = expected_date_class(expected, published)
    if date_class is not None and not date_class_ok(row, *date_class):
        problems.append(
            f"date: want {date_class[0]} {date_class[1]}, got "
            f"{_date(row.get('date_start'))}..{_date(row.get('date_end'))}"
        )
    if "date_text" in expected and _value(row, "date_text") != expected["date_text"]:
        problems.append(
            f"date_text: want {expected['date_text']!r}, got {_value(row, 'date_text')!r}"
        )
    return problems


def score(frame: pd.DataFrame, golden: dict, text: str) -> GoldenScore:
    """Score an event table of ``text`` against an analyst's table (parsed YAML)."""
    published = _date(golden.get("published"))
    rows = frame.to_dict("records")
    verdicts = []
    for expected in golden.get("events") or ():
        span = locate(expected["sentence"], text)
        if span is None:
            raise ValueError(
                f"expected sentence {expected['sentence']!r} is not in the article text: "
                "fix the golden file"
            )
        candidates = [
            r
            for r in rows
            if span[0] <= r["trigger_start"] < span[1] and r["trigger_lemma"] == expected["trigger"]
        ]
        best, best_problems = None, None
        for row in candidates:
            problems = _problems(row, expected, published)
            if best_problems is None or len(problems) < len(best_problems):
                best, best_problems = row, problems
        checked = "reported_by" in expected
        reported_ok = bool(
            best is not None and checked and _value(best, "reported_by") == expected["reported_by"]
        )
        type_ok = bool(best is not None and _value(best, "event_type") == expected.get("type"))
        verdicts.append(
            Verdict(
                expected=dict(expected),
                row=best,
                problems=tuple(best_problems or ()) if best is not None else ("not found",),
                reported_by_checked=checked,
                reported_by_ok=reported_ok,
                type_ok=type_ok,
            )
        )
    return GoldenScore(verdicts=tuple(verdicts))
