"""Resolving tagged expressions to calendar periods, in text order.

The resolver reads candidates from :func:`timeline.temporal.patterns.tag` left to right and
keeps the context news language needs: the publication date (deictics, weekdays, years left
out), the clause tense (``a annoncé lundi`` vs ``annoncera lundi``), the previous date in the
text (``le lendemain``, ``deux jours plus tard``, clock times), and the weekdays already
placed (``dimanche`` repeated in an article is the same Sunday).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal

from timeline.config import TemporalConfig
from timeline.temporal import calendar as cal
from timeline.temporal.calendar import ONE_DAY, Period
from timeline.temporal.lexicon import EASTER_HOLIDAYS, FIXED_HOLIDAYS, UNITS, VAGUE
from timeline.temporal.patterns import Cand

Tense = Literal["past", "present", "future"]
#: Gives the tense of the clause governing the characters [start, end), or None.
TenseLookup = Callable[[int, int], "Tense | None"]

_DAY_LIKE = frozenset({"day", "part_of_day", "time"})
#: A weekday written with a date picks its year only within this many days of publication
#: (further, it is more likely a typo than a date a year away).
WEEKDAY_YEAR_REACH = 240
NEAREST = "nearest"  # a direction that overrides the tense: the nearest occurrence
_UNDATED_KINDS = frozenset({"vague", "duration", "set"})
_SENTENCE_END = re.compile(r"[.!?…\n][.!?…»\"”)]*\s+")
_REF = {"past": "PAST_REF", "present": "PRESENT_REF", "future": "FUTURE_REF"}
_GRANULARITY_OF_UNIT = {
    "seconde": "second",
    "minute": "minute",
    "heure": "hour",
    "h": "hour",
    "jour": "day",
    "journée": "day",
    "nuit": "day",
    "semaine": "week",
    "quinzaine": "day",
    "week-end": "weekend",
    "mois": "month",
    "trimestre": "quarter",
    "semestre": "half",
    "an": "year",
    "année": "year",
    "décennie": "decade",
    "siècle": "century",
}


@dataclass(slots=True)
class Res:
    """A resolved expression (internal; :class:`~timeline.models.TimeMention` is the record)."""

    start_char: int
    end_char: int
    period: Period | None
    granularity: str
    value: str
    kind: str
    mod: str | None = None
    anchor: str = "publication"
    parts: tuple[Res, ...] = ()
    ref: dt.date | None = None  # the day later anaphora count from, when day-precise
    sentence: int = 0


@dataclass(slots=True)
class _Deferred:
    index: int
    cand: Cand
    prev_day: dt.date | None
    sentence: int


@dataclass(slots=True)
class Resolver:
    """Resolves the candidates of one text against its publication date."""

    text: str
    published: dt.date | None
    config: TemporalConfig
    tense_at: TenseLookup | None = None
    prev_day: dt.date | None = None
    prev_period: Period | None = None
    prev_sentence: int = -1
    weekday_refs: dict[int, dt.date] = field(default_factory=dict)
    _sentence_starts: list[int] = field(default_factory=list)
    _tenses: dict[tuple[int, int], Tense | None] = field(default_factory=dict)
    _results: list[Res] = field(default_factory=list)

    # --- driving ------------------------------------------------------------------------------

    def run(self, cands: list[Cand]) -> list[Res]:
        """Resolve ``cands`` (in text order); unplaceable ones are dropped."""
        self._sentence_starts = [0] + [m.end() for m in _SENTENCE_END.finditer(self.text)]
        self._register_weekdays(cands)
        deferred: list[_Deferred] = []
        out: list[Res | None] = []
        for c in cands:
            sentence = self._sentence(c.start)
            if self._needs_day(c):
                base = self._same_sentence_day(sentence)
                if base is None:
                    deferred.append(_Deferred(len(out), c, self.prev_day, sentence))
                    out.append(None)
                    continue
                res = self._on_day(c, base, "previous")
            else:
                res = self.resolve(c)
            if res is None:
                out.append(None)
                continue
            res.sentence = sentence
            out.append(res)
            self._remember(res)
        habitual = {r.sentence for r in out if r is not None and r.kind == "set"}
        for d in deferred:
            if d.sentence in habitual:  # "le lundi de 9 h à 12 h": every Monday
                out[d.index] = self._habitual(d.cand, d.sentence)
                continue
            after = next(
                (
                    r
                    for r in out[d.index + 1 :]
                    if r is not None and r.sentence == d.sentence and r.ref is not None
                ),
                None,
            )
            if after is not None:
                res = self._on_day(d.cand, after.ref, "previous")
            elif d.prev_day is not None:
                res = self._on_day(d.cand, d.prev_day, "previous")
            else:
                res = self._on_day(d.cand, self.published, "publication")
            if res is not None:
                res.sentence = d.sentence
            out[d.index] = res
        return [r for r in out if r is not None]

    def _habitual(self, c: Cand, sentence: int) -> Res | None:
        """A clock time or part of day in a sentence about a set: part of it, not dated."""
        res = self._on_day(c, None, "none")
        if res is not None:
            res.kind, res.sentence = "set", sentence
            for part in res.parts:
                part.kind = "set"
        return res

    def _remember(self, res: Res) -> None:
        if res.kind in _UNDATED_KINDS or res.period is None:
            return
        self._results.append(res)
        self.prev_period = res.period
        if res.ref is not None:
            self.prev_day = res.ref
            self.prev_sentence = res.sentence

    def _same_sentence_day(self, sentence: int) -> dt.date | None:
        return self.prev_day if self.prev_sentence == sentence else None

    def _sentence(self, pos: int) -> int:
        return bisect.bisect_right(self._sentence_starts, pos) - 1

    def _needs_day(self, c: Cand) -> bool:
        if c.rule in {"clock", "part_of_day"}:
            return True
        return c.rule == "range" and all(p.rule == "clock" for p in c.parts)

    def _register_weekdays(self, cands: list[Cand]) -> None:
        """Weekdays the article places for sure, with a date ("dimanche 23 mai"), a feast
        day ("en cette fête de Pentecôte", a Sunday), a "dernier"/"prochain" or a past or
        future verb, tell which Sunday a tenseless "dimanche" means elsewhere in it (a
        headline, a present-tense programme)."""
        if self.published is None:
            return
        for c in cands:
            inner = c.parts if c.rule in {"range", "prep"} else [c]
            for p in inner:
                if c.rule == "prep" and p.rule != "date":
                    continue  # "à partir de mercredi": its verb does not tell the side
                d = None
                if p.rule == "date" and "wd" in p.data and "y" not in p.data:
                    res = self._date(p, None)
                    if res is not None and res.period is not None:
                        d = res.period.start
                elif p.rule == "holiday":  # "en cette fête de Pentecôte": a Sunday
                    res = self._r_holiday(p, None)
                    if res is not None and res.period is not None and res.granularity == "day":
                        d = res.period.start
                elif p.rule == "weekday" and not p.data.get("set") and p.data.get("det") != "le":
                    rel = p.data.get("rel")
                    way = {"last": "past_strict", "next": "future_strict"}.get(rel)
                    way = way or (None if rel else self.direction(p))
                    if way is not None:
                        d = cal.weekday_near(self.published, int(p.data["wd"]), way)
                if d is not None and abs((d - self.published).days) <= 7:
                    self.weekday_refs.setdefault(d.weekday(), d)

    # --- context ------------------------------------------------------------------------------

    def tense(self, c: Cand) -> Tense | None:
        """The tense of the clause around ``c`` (cached), None without a parse."""
        if self.tense_at is None:
            return None
        key = (c.start, c.end)
        if key not in self._tenses:
            self._tenses[key] = self.tense_at(c.start, c.end)
        return self._tenses[key]

    def direction(self, c: Cand) -> str | None:
        """ "past" or "future" from the clause tense; None for the present or no verb."""
        t = self.tense(c)
        return t if t in {"past", "future"} else None

    def way(self, c: Cand, direction: str | None) -> str | None:
        """The side of publication to look on: the caller's ``direction`` when given
        ("nearest" forces none), else the clause tense's."""
        if direction == NEAREST:
            return None
        return direction or self.direction(c)

    def _res(
        self,
        c: Cand,
        period: Period | None,
        kind: str,
        *,
        anchor: str = "publication",
        mod: str | None = None,
        value: str | None = None,
        granularity: str | None = None,
        parts: tuple[Res, ...] = (),
        ref: dt.date | None = None,
    ) -> Res:
        gran = granularity or (period.granularity if period else "day")
        if ref is None and period is not None and gran in _DAY_LIKE:
            ref = period.start
        return Res(
            start_char=c.start,
            end_char=c.end,
            period=period,
            granularity=gran,
            value=value or (period.value if period else "XXXX-XX-XX"),
            kind=kind,
            mod=mod or c.data.get("mod"),
            anchor=anchor if period is not None else "none",
            parts=parts,
            ref=ref,
        )

    # --- dispatch -----------------------------------------------------------------------------

    def resolve(self, c: Cand, direction: str | None = None) -> Res | None:
        """Resolve one candidate; ``direction`` overrides the tense ("depuis" is past)."""
        method = getattr(self, f"_r_{c.rule}", None)
        if method is None:
            raise AssertionError(f"no resolver for rule {c.rule!r}")
        return method(c, direction)

    # --- absolute and year-less dates ---------------------------------------------------------

    def _century_of(self, yy: int) -> int:
        limit = (self.published.year if self.published else 2030) + 10
        return 2000 + yy if 2000 + yy <= limit else 1900 + yy

    def _date(self, c: Cand, direction: str | None) -> Res | None:
        d, m = int(c.data["d"]), int(c.data["m"])
        y = c.data.get("y")
        if y is not None:
            year = self._century_of(int(y)) if c.data.get("y2") else int(y)
            try:
                period = cal.day(dt.date(year, m, d))
            except ValueError:
                return None
            return self._res(c, period, "absolute", anchor="none")
        if self.published is None:
            if not _valid_day(2024, m, d):
                return None
            return self._res(c, None, "absolute", value=f"XXXX-{m:02d}-{d:02d}")
        pub = self.published

        def make(year: int) -> Period | None:
            return cal.day(dt.date(year, m, d)) if _valid_day(year, m, d) else None

        rel = c.data.get("rel")
        strict = rel in {"last", "next"}
        way = {"last": "past", "next": "future"}.get(rel) or self.way(c, direction)
        years = None
        wd = c.data.get("wd")
        if wd is not None:
            years = [
                yy
                for yy in range(pub.year - 1, pub.year + 2)
                if _valid_day(yy, m, d)
                and dt.date(yy, m, d).weekday() == wd
                and abs((dt.date(yy, m, d) - pub).days) <= WEEKDAY_YEAR_REACH
            ] or None
        # A weekday written with the date ("samedi 29 mai") settles the year before tense does.
        period = cal.choose(make, pub, way, strict=strict, years=years)
        if period is None and years:
            period = cal.choose(make, pub, None, years=years)
        if period is None:
            period = cal.choose(make, pub, way, strict=strict) or cal.choose(make, pub, None)
        if period is None:
            return None
        return self._res(c, period, "absolute")

    def _r_date(self, c: Cand, direction: str | None) -> Res | None:
        res = self._date(c, direction)
        part = "NI" if c.data.get("night") else c.data.get("part")
        if res is not None and part and res.period is not None:
            res.period = cal.part_of_day(res.period.start, str(part))
            res.granularity, res.value = res.period.granularity, res.period.value
        return res

    def _r_wd_day(self, c: Cand, direction: str | None) -> Res | None:
        wd, d = int(c.data["wd"]), int(c.data["d"])
        if self.published is None:
            return self._res(c, None, "relative", value="XXXX-XX-XX")
        pub = self.published
        way = self.way(c, direction)
        days = [
            pub + dt.timedelta(days=k)
            for k in range(-45, 46)
            if (pub + dt.timedelta(days=k)).day == d
            and (pub + dt.timedelta(days=k)).weekday() == wd
        ]
        if way == "past":
            days = [x for x in days if x <= pub] or days
        elif way == "future":
            days = [x for x in days if x >= pub] or days
        if not days:
            return self._r_weekday(Cand("weekday", c.start, c.end, {"wd": wd, "det": ""}), way)
        best = min(days, key=lambda x: abs((x - pub).days))
        return self._r_date(
            Cand(
                "date", c.start, c.end, {**c.data, "d": best.day, "m": best.month, "y": best.year}
            ),
            way,
        )

    def _yearly(
        self, c: Cand, make: Callable[[int], Period | None], direction: str | None, kind: str
    ) -> Res | None:
        """A period that repeats every year, placed by "dernier"/"prochain", tense or nearness."""
        if self.published is None:
            sample = make(2001)
            value = "XXXX" + sample.value[4:] if sample else "XXXX"
            return self._res(
                c, None, kind, value=value, granularity=sample.granularity if sample else None
            )
        rel = c.data.get("rel")
        strict = rel in {"last", "next"}
        way = {"last": "past", "next": "future"}.get(rel) or self.way(c, direction)
        period = cal.choose(make, self.published, way, strict=strict)
        if period is None:
            return None
        return self._res(c, period, kind)

    def _r_month(self, c: Cand, direction: str | None) -> Res | None:
        m = int(c.data["m"])
        mod = c.data.get("mod")

        def make(year: int) -> Period:
            p = cal.month(year, m)
            return cal.part_of(p, mod) if mod else p

        y = c.data.get("y")
        if y is not None:
            year = self._century_of(int(y)) if c.data.get("y2") else int(y)
            return self._res(c, make(year), "absolute", anchor="none")
        return self._yearly(c, make, direction, "absolute")

    def _r_year(self, c: Cand, direction: str | None) -> Res | None:
        p = cal.year(int(c.data["y"]))
        mod = c.data.get("mod")
        return self._res(c, cal.part_of(p, mod) if mod else p, "absolute", anchor="none")

    def _r_decade(self, c: Cand, direction: str | None) -> Res | None:
        d = int(c.data["d"])
        century = c.data.get("c")
        first = int(century) * 100 + d if century is not None else 1900 + d
        p = cal.decade(first)
        mod = c.data.get("mod")
        return self._res(c, cal.part_of(p, mod) if mod else p, "absolute", anchor="none")

    def _r_century(self, c: Cand, direction: str | None) -> Res | None:
        p = cal.century((int(c.data["n"]) - 1) * 100)
        mod = c.data.get("mod")
        return self._res(c, cal.part_of(p, mod) if mod else p, "absolute", anchor="none")

    def _r_season(self, c: Cand, direction: str | None) -> Res | None:
        code = str(c.data["s"])
        mod = c.data.get("mod")

        def make(year: int) -> Period:
            p = cal.season(year, code)
            return cal.part_of(p, mod) if mod else p

        if c.data.get("y") is not None:
            return self._res(c, make(int(c.data["y"])), "absolute", anchor="none")
        tense = self.tense(c)
        generic = (
            "rel" not in c.data
            and not c.data.get("det")
            and c.data.get("prev") in {"en", "comme", "et", "ou", ""}
            and tense in {"present", None}
            and direction is None
        )
        if generic or self.published is None:
            # Habitual present: "les ventes connaissent un boom en été" is every summer.
            return self._res(c, None, "relative", value=f"XXXX-{code}", granularity="season")
        if c.data.get("det") in {"cet", "ce", "cette"}:
            holding = cal.season_holding(self.published, code)
            if holding is not None and not mod:
                return self._res(c, holding, "relative")
        return self._yearly(c, make, direction, "relative")

    def _r_quarter(self, c: Cand, direction: str | None) -> Res | None:
        n = int(c.data["n"])
        build = cal.quarter if c.data["unit"] == "trimestre" else cal.half
        if c.data.get("y") is not None:
            return self._res(c, build(int(c.data["y"]), n), "absolute", anchor="none")
        if self.published is None:
            code = "Q" if build is cal.quarter else "H"
            return self._res(c, None, "relative", value=f"XXXX-{code}{n}", granularity="quarter")
        rel = c.data.get("rel")
        if rel in {"last", "next", "this"}:
            shift = {"last": -1, "next": 1, "this": 0}[rel]
            return self._res(c, build(self.published.year + shift, n), "relative")
        return self._yearly(c, lambda y: build(y, n), direction, "relative")

    def _r_holiday(self, c: Cand, direction: str | None) -> Res | None:
        name = str(c.data["name"])

        def make(year: int) -> Period | None:
            if name in FIXED_HOLIDAYS:
                m, d = FIXED_HOLIDAYS[name]
                return cal.day(dt.date(year, m, d))
            if name in EASTER_HOLIDAYS:
                d = cal.easter_sunday(year) + dt.timedelta(days=EASTER_HOLIDAYS[name])
                return cal.weekend(d) if name.startswith("week-end") else cal.day(d)
            return None

        if c.data.get("y") is not None:
            p = make(int(c.data["y"]))
            return self._res(c, p, "absolute", anchor="none") if p else None
        return self._yearly(c, make, direction, "absolute")

    # --- deictics and weekdays ----------------------------------------------------------------

    def _r_deictic(self, c: Cand, direction: str | None) -> Res | None:
        offset = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1, "après-demain": 2}[
            str(c.data["w"])
        ]
        part = c.data.get("part")
        if offset == 0 and not part and not c.data.get("specific") and self._generic_today(c):
            return self._vague(c, "present", self.config.present_days)
        if self.published is None:
            value = "XXXX-XX-XX" + (f"T{part}" if part and part != "DT" else "")
            gran = "part_of_day" if part and part != "DT" else "day"
            return self._res(c, None, "relative", value=value, granularity=gran)
        d = self.published + dt.timedelta(days=offset)
        if c.data.get("night"):
            part = "NI"
        period = cal.part_of_day(d, str(part)) if part else cal.day(d)
        return self._res(c, period, "relative", ref=d)

    def _generic_today(self, c: Cand) -> bool:
        """ "Aujourd'hui, le saxophoniste poursuit une carrière solo": nowadays, not today.

        Set off by commas at the start of a sentence or as an aside, and not in a future
        clause, "aujourd'hui" means the present in general (TimeBank's PRESENT_REF).
        """
        after = self.text[c.end : c.end + 3]
        if not after.lstrip(" ").startswith(","):
            return False
        before = self.text[max(0, c.start - 4) : c.start].rstrip(" ")
        detached = not before or before[-1] in ',.!?\n:;«"(—–-'
        return detached and self.tense(c) != "future"

    def _r_deictic_part(self, c: Cand, direction: str | None) -> Res | None:
        part = str(c.data["part"])
        if self.published is None:
            return self._res(
                c, None, "relative", value=f"XXXX-XX-XXT{part}", granularity="part_of_day"
            )
        d = self.published
        rel = c.data.get("rel")
        if part == "NI" and (rel == "last" or (rel is None and (self.way(c, direction)) == "past")):
            d -= ONE_DAY  # "cette nuit" in a past clause: the night before publication
        return self._res(c, cal.part_of_day(d, part), "relative", ref=d)

    def _r_weekday(self, c: Cand, direction: str | None) -> Res | None:
        wd = int(c.data["wd"])
        det = str(c.data.get("det") or "")
        rel = c.data.get("rel")
        part = c.data.get("part")
        if c.data.get("night"):
            part = "NI"
        if c.data.get("set") or (det == "le" and rel is None):
            value = f"XXXX-WXX-{wd + 1}" + (f"T{part}" if part and part != "DT" else "")
            return self._res(c, None, "set", value=value, granularity="day")
        if self.published is None:
            value = f"XXXX-WXX-{wd + 1}" + (f"T{part}" if part and part != "DT" else "")
            return self._res(c, None, "relative", value=value)
        pub = self.published
        kind, anchor = "relative", "publication"
        if rel in {"following", "preceding"} or det in {"ce même", "le même"}:
            kind, anchor = "anaphoric", "previous"
            base = self.prev_day or pub
            if det in {"ce même", "le même"}:
                d = self.weekday_refs.get(wd) or cal.weekday_near(base, wd, None)
            else:
                way = "future_strict" if rel == "following" else "past_strict"
                d = cal.weekday_near(base, wd, way)
        else:
            way = {"last": "past_strict", "next": "future_strict"}.get(rel) or self.way(
                c, direction
            )
            d = cal.weekday_near(pub, wd, way)
            if way is None and wd in self.weekday_refs and _ambiguous(pub, wd):
                d = self.weekday_refs[wd]
        self.weekday_refs.setdefault(wd, d)
        period = cal.part_of_day(d, str(part)) if part else cal.day(d)
        return self._res(c, period, kind, anchor=anchor, ref=d)

    # --- periods ------------------------------------------------------------------------------

    def _unit_period(self, unit: str, d: dt.date, shift: int) -> Period:
        if unit == "semaine":
            return cal.week(d + dt.timedelta(days=7 * shift))
        if unit == "week-end":
            return cal.weekend(d + dt.timedelta(days=7 * shift))
        if unit == "mois":
            moved = cal.add_months(d.replace(day=1), shift)
            return cal.month(moved.year, moved.month)
        if unit == "trimestre":
            q = (d.month - 1) // 3 + shift
            return cal.quarter(d.year + q // 4, q % 4 + 1)
        if unit == "semestre":
            h = (d.month - 1) // 6 + shift
            return cal.half(d.year + h // 2, h % 2 + 1)
        if unit == "décennie":
            return cal.decade(d.year // 10 * 10 + 10 * shift)
        if unit == "siècle":
            return cal.century(d.year // 100 * 100 + 100 * shift)
        return cal.year(d.year + shift)

    def _r_period_rel(self, c: Cand, direction: str | None) -> Res | None:
        unit, rel = str(c.data["unit"]), str(c.data["rel"])
        mod = c.data.get("mod")
        anaphoric = rel in {"following", "preceding", "same"}
        if anaphoric:
            base = self.prev_day or (self.prev_period.start if self.prev_period else None)
            kind, anchor = "anaphoric", "previous"
            if base is None:
                base, anchor = self.published, "publication"
        else:
            base, kind, anchor = self.published, "relative", "publication"
        if base is None:
            code = {"semaine": "XXXX-WXX", "week-end": "XXXX-WXX-WE", "mois": "XXXX-XX"}.get(
                unit, "XXXX"
            )
            return self._res(
                c, None, kind, value=code, granularity=_GRANULARITY_OF_UNIT.get(unit, "year")
            )
        shift = {"this": 0, "same": 0, "last": -1, "preceding": -1, "next": 1, "following": 1}[rel]
        if unit == "week-end" and not anaphoric:
            period = self._weekend(base, rel, self.way(c, direction))
        else:
            period = self._unit_period(unit, base, shift)
        if mod:
            period = cal.part_of(period, mod)
        return self._res(c, period, kind, anchor=anchor)

    def _weekend(self, pub: dt.date, rel: str, way: str | None) -> Period:
        """ "ce week-end": the one just past in a past clause, the next one in a future
        clause, else the nearest (Monday and Tuesday look back, Wednesday on look ahead)."""
        this, last, nxt = (
            cal.weekend(pub),
            cal.weekend(pub - 7 * ONE_DAY),
            cal.weekend(pub + 7 * ONE_DAY),
        )
        on_weekend = pub.weekday() >= 5
        if rel == "last":
            return last
        if rel == "next":
            return nxt if on_weekend else this
        if on_weekend:
            return this
        if way == "past":
            return last
        if way == "future":
            return this
        return last if pub.weekday() <= 1 else this

    def _r_part_of_unit(self, c: Cand, direction: str | None) -> Res | None:
        from timeline.temporal.lexicon import PARTS_OF_DAY

        unit, mod = str(c.data["unit"]), str(c.data["mod"])
        if unit in {"journée", "matinée", "soirée", "après-midi"}:
            code = PARTS_OF_DAY[unit]
            base, anchor = (
                (self.prev_day, "previous") if self.prev_day else (self.published, "publication")
            )
            if base is None:
                return self._res(
                    c, None, "relative", value=f"XXXX-XX-XXT{code}", granularity="part_of_day"
                )
            return self._res(
                c,
                cal.part_of_day(base, code),
                "anaphoric" if anchor == "previous" else "relative",
                anchor=anchor,
                mod=mod,
                ref=base,
            )
        pub = self.published
        if pub is None:
            return self._res(
                c,
                None,
                "relative",
                value="XXXX",
                granularity=_GRANULARITY_OF_UNIT.get(unit, "year"),
            )
        # "à la fin du mois": this month's, unless the tense puts it on the other side.
        period = cal.part_of(self._unit_period(unit, pub, 0), mod)
        way = self.way(c, direction)
        if way == "past" and period.start > pub:
            period = cal.part_of(self._unit_period(unit, pub, -1), mod)
        elif way == "future" and period.end < pub:
            period = cal.part_of(self._unit_period(unit, pub, 1), mod)
        return self._res(c, period, "relative")

    def _r_week_of(self, c: Cand, direction: str | None) -> Res | None:
        inner = self.resolve(c.parts[0], direction)
        if inner is None or inner.period is None:
            return inner
        build = cal.weekend if c.data["unit"] == "week-end" else cal.week
        return self._res(
            c, build(inner.period.start), inner.kind, anchor=inner.anchor, parts=(inner,)
        )

    # --- offsets and anaphora -----------------------------------------------------------------

    def _shift(self, base: dt.date, n: float, unit: str) -> Period:
        if unit in {"seconde", "minute", "heure", "h"}:
            return cal.day(base + dt.timedelta(days=n * UNITS[unit][2]))
        if unit in {"jour", "journée", "nuit"}:
            return cal.day(base + dt.timedelta(days=round(n)))
        if unit == "semaine":
            return cal.day(base + dt.timedelta(days=round(7 * n)))
        if unit == "quinzaine":
            return cal.day(base + dt.timedelta(days=round(15 * n)))
        if unit == "week-end":
            return cal.weekend(base + dt.timedelta(days=round(7 * n)))
        if unit == "mois":
            moved = cal.add_months(base, round(n))
            return cal.month(moved.year, moved.month)
        if unit == "trimestre":
            moved = cal.add_months(base, round(3 * n))
            return cal.quarter(moved.year, (moved.month - 1) // 3 + 1)
        if unit == "semestre":
            moved = cal.add_months(base, round(6 * n))
            return cal.half(moved.year, (moved.month - 1) // 6 + 1)
        if unit == "décennie":
            return cal.year(base.year + round(10 * n))
        if unit == "siècle":
            return cal.year(base.year + round(100 * n))
        return cal.year(base.year + round(n))

    def _r_offset(self, c: Cand, direction: str | None) -> Res | None:
        n, unit, sign = c.data["n"], str(c.data["unit"]), int(c.data["sign"])
        if n is None:  # "il y a quelques jours", "dans plusieurs semaines"
            days = self.config.few_days if unit in {"jour", "journée"} else None
            return self._few(c, "past" if sign < 0 else "future", unit, days)
        if self.published is None:
            return self._res(c, None, "relative", granularity=_GRANULARITY_OF_UNIT.get(unit, "day"))
        if c.data.get("exact") and unit in {"an", "année", "mois"} and float(n).is_integer():
            # "il y a un an jour pour jour": the same day, that many years or months back
            months = sign * int(n) * (1 if unit == "mois" else 12)
            return self._res(c, cal.day(cal.add_months(self.published, months)), "relative")
        target = self._shift(self.published, sign * float(n), unit)
        if c.data.get("within"):  # "d'ici deux ans": from now until then
            period = Period(
                self.published, target.end, "range", f"{self.published.isoformat()}/{target.value}"
            )
            return self._res(c, period, "relative")
        return self._res(c, target, "relative")

    def _few(self, c: Cand, way: str, unit: str, days: int | None) -> Res:
        """ "il y a quelques jours": an honest range on the right side of publication."""
        if days is None:
            per = UNITS.get(unit, ("D", False, 1))[2]
            lo, hi = max(round(per), 1), round(per * self.config.few_count)
        else:
            lo, hi = 1, days
        if self.published is None:
            return self._res(c, None, "vague", value=_REF[way], granularity="vague")
        pub = self.published
        if way == "past":
            period = Period(
                pub - dt.timedelta(days=hi), pub - dt.timedelta(days=lo), "vague", "PAST_REF"
            )
        else:
            period = Period(
                pub + dt.timedelta(days=lo), pub + dt.timedelta(days=hi), "vague", "FUTURE_REF"
            )
        return self._res(c, period, "vague")

    def _r_offset_ana(self, c: Cand, direction: str | None) -> Res | None:
        n, unit, sign = c.data["n"], str(c.data["unit"]), int(c.data["sign"])
        if c.data.get("relation") or unit in {"seconde", "minute", "heure", "h"}:
            # "trois jours avant le scrutin" is tied to an event, "une heure plus tard" to a
            # clock time: durations.
            return self._r_duration(c, direction)
        if n is None:
            return self._few_anaphoric(c, sign, unit)
        base, anchor, kind = self._anaphora_base(unit)
        if base is None:
            return self._res(c, None, kind, granularity=_GRANULARITY_OF_UNIT.get(unit, "day"))
        return self._res(c, self._shift(base, sign * float(n), unit), kind, anchor=anchor)

    def _few_anaphoric(self, c: Cand, sign: int, unit: str) -> Res:
        base, anchor, _ = self._anaphora_base(unit)
        if base is None:
            return self._res(c, None, "anaphoric", value="XXXX-XX-XX", granularity="range")
        per = UNITS.get(unit, ("D", False, 1))[2]
        few = self.config.few_days if per == 1 else round(per * self.config.few_count)
        lo, hi = (base + dt.timedelta(days=1), base + dt.timedelta(days=few))
        if sign < 0:
            lo, hi = base - dt.timedelta(days=few), base - dt.timedelta(days=1)
        period = Period(lo, hi, "range", f"{lo.isoformat()}/{hi.isoformat()}")
        return self._res(c, period, "anaphoric", anchor=anchor)

    def _anaphora_base(self, unit: str) -> tuple[dt.date | None, str, str]:
        day_unit = unit in {
            "seconde",
            "minute",
            "heure",
            "h",
            "jour",
            "journée",
            "nuit",
            "semaine",
            "quinzaine",
            "week-end",
        }
        if day_unit and self.prev_day is not None:
            return self.prev_day, "previous", "anaphoric"
        if not day_unit and self.prev_period is not None:
            return self.prev_period.start, "previous", "anaphoric"
        if self.prev_day is not None:
            return self.prev_day, "previous", "anaphoric"
        return self.published, "publication", "relative"

    def _r_anchored_offset(self, c: Cand, direction: str | None) -> Res | None:
        inner = self.resolve(c.parts[0], direction)
        n, unit, sign = c.data["n"], str(c.data["unit"]), int(c.data["sign"])
        if inner is None or inner.period is None or n is None:
            return inner and self._res(c, None, inner.kind, parts=(inner,))
        base = inner.period.start if sign < 0 else inner.period.end
        return self._res(
            c,
            self._shift(base, sign * float(n), unit),
            inner.kind,
            anchor=inner.anchor,
            parts=(inner,),
        )

    def _r_anaphor(self, c: Cand, direction: str | None) -> Res | None:
        offset = int(c.data["offset"])
        part = c.data.get("part")
        if (
            c.data.get("prep") in {"au", "à"}
            and offset != 0
            and re.match(r"\s*(?:de|du|des|d')\b", self.text[c.end : c.end + 5], re.I)
        ):
            # "hier, au lendemain de la démission": the day after an event, which the
            # sentence dates itself.
            same = self._same_sentence_day(self._sentence(c.start))
            if same is not None:
                offset, base, anchor = 0, same, "previous"
            else:
                base, anchor = self._anaphor_base()
        else:
            base, anchor = self._anaphor_base()
        if base is None:
            value = "XXXX-XX-XX" + (f"T{part}" if part and part != "DT" else "")
            return self._res(
                c, None, "anaphoric", value=value, granularity="part_of_day" if part else "day"
            )
        d = base + dt.timedelta(days=offset)
        period = cal.part_of_day(d, str(part)) if part else cal.day(d)
        return self._res(c, period, "anaphoric", anchor=anchor, ref=d)

    def _anaphor_base(self) -> tuple[dt.date | None, str]:
        if self.prev_day is not None:
            return self.prev_day, "previous"
        return self.published, "publication"

    def _r_anchored(self, c: Cand, direction: str | None) -> Res | None:
        inner = self.resolve(c.parts[0], direction)
        if inner is None or inner.period is None:
            return inner
        d = inner.period.start + dt.timedelta(days=int(c.data["offset"]))
        part = c.data.get("part")
        period = cal.part_of_day(d, str(part)) if part else cal.day(d)
        return self._res(c, period, inner.kind, anchor=inner.anchor, parts=(inner,), ref=d)

    # --- clock times and parts of day (placed on a day of the same sentence) ------------------

    def _on_day(self, c: Cand, base: dt.date | None, anchor: str) -> Res | None:
        kind = "anaphoric" if anchor == "previous" else "relative"
        if c.rule == "range":
            left = self._on_day(c.parts[0], base, anchor)
            right = self._on_day(c.parts[1], base, anchor)
            if left is None or right is None:
                return None
            if left.period is None or right.period is None:
                return self._res(
                    c,
                    None,
                    kind,
                    value=f"{left.value}/{right.value}",
                    granularity="range",
                    parts=(left, right),
                )
            return self._res(
                c,
                cal.span(left.period, right.period, "time"),
                kind,
                anchor=anchor,
                parts=(left, right),
            )
        if c.rule == "clock":
            h, mi = int(c.data["h"]), int(c.data["min"])
            if base is None:
                return self._res(
                    c, None, kind, value=f"XXXX-XX-XXT{h:02d}:{mi:02d}", granularity="time"
                )
            return self._res(c, cal.clock(base, h, mi), kind, anchor=anchor)
        part = str(c.data.get("part") or "DT")
        if base is None:
            return self._res(c, None, kind, value=f"XXXX-XX-XXT{part}", granularity="part_of_day")
        return self._res(c, cal.part_of_day(base, part), kind, anchor=anchor)

    def _r_clock(self, c: Cand, direction: str | None) -> Res | None:
        return self._on_day(
            c, self.prev_day or self.published, "previous" if self.prev_day else "publication"
        )

    _r_part_of_day = _r_clock

    # --- vague, durations, sets ---------------------------------------------------------------

    def _vague(self, c: Cand, way: str, width: int) -> Res:
        if self.published is None:
            return self._res(c, None, "vague", value=_REF[way], granularity="vague")
        pub = self.published
        span = dt.timedelta(days=width)
        lo, hi = {
            "past": (pub - span, pub),
            "present": (pub - span, pub + span),
            "future": (pub, pub + span),
        }[way]
        return self._res(c, Period(lo, hi, "vague", _REF[way]), "vague")

    def _r_vague(self, c: Cand, direction: str | None) -> Res | None:
        entry = VAGUE[str(c.data["w"])]
        return self._vague(c, entry.direction, getattr(self.config, entry.width))

    def _r_recent_n(self, c: Cand, direction: str | None) -> Res | None:
        unit, way = str(c.data["unit"]), str(c.data["direction"])
        if c.data.get("n") is not None:  # "ces dernières 24 heures": a duration up to now
            return self._r_duration(replace(c, data={**c.data, "mod": None}), direction)
        width = {
            "jour": self.config.few_days,
            "semaine": self.config.recent_days if way == "past" else self.config.soon_days,
            "mois": self.config.months_span,
            "an": self.config.years_span,
            "année": self.config.years_span,
        }.get(unit, self.config.recent_days)
        return self._vague(c, way, width)

    def _r_duration(self, c: Cand, direction: str | None) -> Res | None:
        n, unit = c.data.get("n"), str(c.data["unit"])
        return self._res(
            c,
            None,
            "duration",
            value=duration_value(n, unit),
            granularity=_GRANULARITY_OF_UNIT.get(unit, "day"),
        )

    def _r_set(self, c: Cand, direction: str | None) -> Res | None:
        from timeline.temporal.lexicon import MONTH_FORMS, PARTS_OF_DAY, SEASONS, WEEKDAYS, unit_of

        what = str(c.data["what"])
        n = int(c.data.get("n") or 1)
        stem = what.rstrip("s") if what not in {"mois", "printemps"} else what
        if stem in WEEKDAYS:
            return self._res(
                c, None, "set", value=f"XXXX-WXX-{WEEKDAYS.index(stem) + 1}", granularity="day"
            )
        if stem in PARTS_OF_DAY:
            return self._res(
                c, None, "set", value=f"XXXX-XX-XXT{PARTS_OF_DAY[stem]}", granularity="part_of_day"
            )
        if stem in SEASONS:
            return self._res(c, None, "set", value=f"XXXX-{SEASONS[stem]}", granularity="season")
        key = what if what in MONTH_FORMS else what.rstrip(".") + "."
        if key in MONTH_FORMS:
            return self._res(
                c, None, "set", value=f"XXXX-{MONTH_FORMS[key]:02d}", granularity="month"
            )
        unit = unit_of(what)
        if unit == "week-end":
            return self._res(c, None, "set", value="XXXX-WXX-WE", granularity="weekend")
        return self._res(
            c,
            None,
            "set",
            value=duration_value(n, unit),
            granularity=_GRANULARITY_OF_UNIT.get(unit, "day"),
        )

    # --- composition --------------------------------------------------------------------------

    def _r_range(self, c: Cand, direction: str | None) -> Res | None:
        a, b = c.parts
        way = self.way(b, direction)
        right = self.resolve(b, way)
        if right is None:
            return None
        left = self._left_of(a, right, way)
        if left is None:
            return None
        kinds = {left.kind, right.kind}
        kind = (
            "anaphoric"
            if "anaphoric" in kinds
            else "relative"
            if "relative" in kinds
            else "absolute"
        )
        if left.period is None or right.period is None:
            return self._res(
                c,
                None,
                kind,
                value=f"{left.value}/{right.value}",
                granularity="range",
                parts=(left, right),
            )
        if c.data.get("night"):
            period = Period(
                left.period.start,
                right.period.end,
                "part_of_day",
                f"{left.period.start.isoformat()}TNI",
            )
            return self._res(
                c, period, kind, anchor=left.anchor, parts=(left, right), ref=left.period.start
            )
        period = cal.span(left.period, right.period)
        return self._res(c, period, kind, anchor=left.anchor, parts=(left, right), ref=right.ref)

    def _left_of(self, a: Cand, right: Res, way: str | None) -> Res | None:
        """The first end of a range, borrowing what it leaves out from the second end."""
        rp = right.period
        if rp is not None and a.rule == "date" and "y" not in a.data:
            d, m = int(a.data["d"]), int(a.data["m"])
            year = rp.end.year
            if _valid_day(year, m, d) and dt.date(year, m, d) > rp.end:
                year -= 1  # "du 28 décembre au 3 janvier"
            if _valid_day(year, m, d):
                return self._r_date(
                    Cand("date", a.start, a.end, {**a.data, "y": year, "y2": False}), way
                )
        if rp is not None and a.rule == "month" and "y" not in a.data:
            m = int(a.data["m"])
            year = rp.end.year - (1 if m > rp.end.month else 0)
            mod = a.data.get("mod")
            p = cal.month(year, m)
            return self._res(a, cal.part_of(p, mod) if mod else p, right.kind, anchor=right.anchor)
        if rp is not None and a.rule == "weekday" and not a.data.get("rel"):
            # "du lundi au vendredi", "la nuit de lundi à mardi": the latest such day
            # before the second end.
            d = cal.weekday_near(rp.start, int(a.data["wd"]), "past")
            return self._res(a, cal.day(d), right.kind, anchor=right.anchor, ref=d)
        return self.resolve(a, way)

    def _r_prep(self, c: Cand, direction: str | None) -> Res | None:
        how = str(c.data["how"])
        inner_c = c.parts[0]
        # "depuis" looks back and "d'ici" ahead. "Jusqu'au 30 juin", "à partir de mercredi"
        # are limits of what a clause in the present or future sets up ("le marché sera
        # ouvert dès dimanche"); after a past verb, often a reporting one ("a annoncé une
        # grève à partir de mercredi"), the side is unclear: the nearest one.
        if how in {"until", "from"}:
            way = "future" if self.tense(inner_c) in {"present", "future"} else NEAREST
        else:
            way = {"since": "past", "by": "future"}.get(how, direction)
        inner = self.resolve(inner_c, way)
        if inner is None:
            return None
        pub = self.published
        p = inner.period
        if how == "since" and p is not None and pub is not None and p.start <= pub:
            period = Period(p.start, pub, "range", f"{inner.value}/{pub.isoformat()}")
            return self._res(
                c, period, inner.kind, anchor=inner.anchor, parts=(inner,), ref=inner.ref
            )
        if how in {"until", "by"} and p is not None and pub is not None and p.end >= pub:
            period = Period(pub, p.end, "range", f"{pub.isoformat()}/{inner.value}")
            return self._res(
                c, period, inner.kind, anchor=inner.anchor, parts=(inner,), ref=inner.ref
            )
        mod = {
            "since": "ON_OR_AFTER",
            "from": "ON_OR_AFTER",
            "until": "ON_OR_BEFORE",
            "by": "ON_OR_BEFORE",
            "before": "BEFORE",
            "after": "AFTER",
        }[how]
        res = replace(inner, start_char=c.start, mod=inner.mod or mod, parts=(inner,))
        return res


def _ambiguous(published: dt.date, weekday: int) -> bool:
    """True when a tenseless weekday could be either side of publication: not tomorrow,
    not yesterday, not today."""
    back = (published.weekday() - weekday) % 7
    return min(back, 7 - back) > 1


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(n: float | None, unit: str) -> str:
    """The TIMEX3 value of a duration: ``P2Y``, ``PT24H``, ``PXD`` for "quelques jours"."""
    num = "X" if n is None else None
    if unit == "quinzaine":
        unit, n = "jour", None if n is None else n * 15
    if unit == "trimestre":
        unit, n = "mois", None if n is None else n * 3
    if unit == "semestre":
        unit, n = "mois", None if n is None else n * 6
    letter, is_time, _ = UNITS.get(unit, ("D", False, 1))
    num = num or _number(n)
    return f"PT{num}{letter}" if is_time else f"P{num}{letter}"
