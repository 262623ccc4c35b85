"""Calendar periods and their TIMEX3 values: days, weeks, weekends, months, seasons...

A :class:`Period` is an inclusive date interval with a granularity and a TIMEX3-style value.
The constructors here are the only place where values are formatted.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dateutil.easter import easter

ONE_DAY = dt.timedelta(days=1)

#: Season bounds (month, day) of start and end; winter starts in its year and ends in the next.
SEASON_BOUNDS: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {
    "SP": ((3, 20), (6, 20)),
    "SU": ((6, 21), (9, 22)),
    "FA": ((9, 23), (12, 20)),
    "WI": ((12, 21), (3, 19)),
}

#: Parts of a period named by "début", "mi-" and "fin": fractions of the period's length.
#: A third each: "début juillet" is 1-10 July, "mi-juillet" 11-20, "fin juillet" 21-31.
PART_FRACTIONS: dict[str, tuple[float, float]] = {
    "START": (0.0, 1 / 3),
    "MID": (1 / 3, 2 / 3),
    "END": (2 / 3, 1.0),
}


@dataclass(frozen=True, slots=True)
class Period:
    """An inclusive interval of days with its granularity and TIMEX3 value."""

    start: dt.date
    end: dt.date
    granularity: str
    value: str

    def contains(self, day: dt.date) -> bool:
        """True when ``day`` falls inside the period."""
        return self.start <= day <= self.end


def day(d: dt.date) -> Period:
    """One calendar day."""
    return Period(d, d, "day", d.isoformat())


def week(d: dt.date) -> Period:
    """The ISO week (Monday to Sunday) holding ``d``."""
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    return Period(monday, monday + dt.timedelta(days=6), "week", f"{iso.year}-W{iso.week:02d}")


def weekend(d: dt.date) -> Period:
    """Saturday and Sunday of the ISO week holding ``d``."""
    iso = d.isocalendar()
    saturday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=5)
    return Period(saturday, saturday + ONE_DAY, "weekend", f"{iso.year}-W{iso.week:02d}-WE")


def month(year: int, m: int) -> Period:
    """A calendar month."""
    last = _cal.monthrange(year, m)[1]
    return Period(dt.date(year, m, 1), dt.date(year, m, last), "month", f"{year:04d}-{m:02d}")


def year(y: int) -> Period:
    """A calendar year."""
    return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", f"{y:04d}")


def quarter(y: int, q: int) -> Period:
    """A quarter (1-4) of a year."""
    first = 3 * (q - 1) + 1
    return Period(month(y, first).start, month(y, first + 2).end, "quarter", f"{y:04d}-Q{q}")


def half(y: int, h: int) -> Period:
    """A half-year (1-2)."""
    first = 6 * (h - 1) + 1
    return Period(month(y, first).start, month(y, first + 5).end, "half", f"{y:04d}-H{h}")


def season(y: int, code: str) -> Period:
    """A season of year ``y`` (astronomical bounds); winter ``y`` runs into ``y + 1``."""
    (sm, sd), (em, ed) = SEASON_BOUNDS[code]
    end_year = y + 1 if code == "WI" else y
    return Period(dt.date(y, sm, sd), dt.date(end_year, em, ed), "season", f"{y:04d}-{code}")


def season_holding(d: dt.date, code: str) -> Period | None:
    """The season ``code`` that holds ``d``, or None."""
    for y in (d.year - 1, d.year):
        p = season(y, code)
        if p.contains(d):
            return p
    return None


def decade(first_year: int) -> Period:
    """A decade such as the 1990s (``first_year`` 1990): value ``199X``."""
    return Period(
        dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31), "decade", f"{first_year // 10}X"
    )


def century(first_year: int) -> Period:
    """A century such as the 19th (``first_year`` 1800): value ``18XX``."""
    return Period(
        dt.date(first_year, 1, 1),
        dt.date(first_year + 99, 12, 31),
        "century",
        f"{first_year // 100}XX",
    )


def part_of_day(d: dt.date, code: str) -> Period:
    """A part of day ``d`` (MO, MI, AF, EV, NI); a night runs into the next day."""
    if code == "DT":
        return day(d)
    end = d + ONE_DAY if code == "NI" else d
    return Period(d, end, "part_of_day", f"{d.isoformat()}T{code}")


def clock(d: dt.date, hour: int, minute: int) -> Period:
    """A clock time on day ``d``."""
    return Period(d, d, "time", f"{d.isoformat()}T{hour:02d}:{minute:02d}")


def part_of(period: Period, mod: str) -> Period:
    """The start, middle or end third of a period; its value stays the period's (TIMEX3 mod).

    Thirds fall on natural bounds: days of a month ("début juillet" 1-10, "mi-juillet"
    11-20, "fin juillet" 21-31), months of a year ("fin 2021" September-December), years
    of a decade or century ("début des années 60" 1960-1962); other periods split by days.
    """
    lo, hi = PART_FRACTIONS[mod]
    g, v = period.granularity, period.value
    if g == "month":
        first = {"START": 1, "MID": 11, "END": 21}[mod]
        last = {"START": 10, "MID": 20, "END": period.end.day}[mod]
        return Period(period.start.replace(day=first), period.start.replace(day=last), g, v)
    if g == "year":
        m1, m2 = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}[mod]
        y = period.start.year
        return Period(month(y, m1).start, month(y, m2).end, g, v)
    if g in {"decade", "century"}:
        years = period.end.year - period.start.year + 1
        first = period.start.year + round(years * lo)
        last = period.start.year + round(years * hi) - 1
        return Period(dt.date(first, 1, 1), dt.date(last, 12, 31), g, v)
    length = (period.end - period.start).days + 1
    first_day = period.start + dt.timedelta(days=int(length * lo))
    last_day = period.start + dt.timedelta(days=max(int(length * hi) - 1, int(length * lo)))
    return Period(first_day, last_day, g, v)


def add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` months, the day clamped to the month's length."""
    index = d.year * 12 + d.month - 1 + n
    y, m = divmod(index, 12)
    return dt.date(y, m + 1, min(d.day, _cal.monthrange(y, m + 1)[1]))


def add_years(d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` years (29 February becomes 28 February when needed)."""
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def easter_sunday(y: int) -> dt.date:
    """Western Easter Sunday of year ``y``."""
    return easter(y)


def distance(period: Period, reference: dt.date) -> int:
    """Days between ``reference`` and the nearest day of ``period`` (0 when inside)."""
    if period.contains(reference):
        return 0
    if reference < period.start:
        return (period.start - reference).days
    return (reference - period.end).days


def choose(
    make: Callable[[int], Period | None],
    reference: dt.date,
    direction: str | None,
    *,
    strict: bool = False,
    years: Sequence[int] | None = None,
) -> Period | None:
    """The instance of a yearly period (built by ``make(year)``) that fits ``direction``.

    ``direction`` "past": the latest one that has started by ``reference`` (with ``strict``,
    the latest one over before it: "mai dernier"); "future": the earliest one not over by
    ``reference`` (``strict``: starting after it: "juin prochain"); None or "present": the
    one holding ``reference``, else the nearest (the reference year on a tie).
    """
    ys = years or (reference.year - 1, reference.year, reference.year + 1)
    candidates = [p for p in (make(y) for y in ys) if p is not None]
    if not candidates:
        return None
    if direction == "past":
        fitting = [p for p in candidates if (p.end < reference if strict else p.start <= reference)]
        return max(fitting, key=lambda p: p.start) if fitting else None
    if direction == "future":
        fitting = [p for p in candidates if (p.start > reference if strict else p.end >= reference)]
        return min(fitting, key=lambda p: p.start) if fitting else None
    return min(
        candidates,
        key=lambda p: (distance(p, reference), p.start.year != reference.year, p.start),
    )


def weekday_near(reference: dt.date, weekday: int, direction: str | None) -> dt.date:
    """The ``weekday`` (0 = Monday) nearest ``reference`` in ``direction``.

    "past": the latest on or before ``reference`` (news convention: "a annoncé jeudi" in a
    Thursday paper is that Thursday); "future": the earliest on or after; "past_strict" and
    "future_strict" ("mardi dernier", "mardi prochain") exclude ``reference`` itself; None:
    the nearest one.
    """
    back = (reference.weekday() - weekday) % 7
    forward = (weekday - reference.weekday()) % 7
    if direction == "past":
        return reference - dt.timedelta(days=back)
    if direction == "past_strict":
        return reference - dt.timedelta(days=back or 7)
    if direction == "future":
        return reference + dt.timedelta(days=forward)
    if direction == "future_strict":
        return reference + dt.timedelta(days=forward or 7)
    return (
        reference - dt.timedelta(days=back)
        if back <= forward
        else reference + dt.timedelta(days=forward)
    )


def span(first: Period, last: Period, granularity: str = "range") -> Period:
    """The range from ``first`` to ``last``, valued as an ISO 8601 interval."""
    return Period(
        first.start, max(last.end, first.start), granularity, f"{first.value}/{last.value}"
    )
