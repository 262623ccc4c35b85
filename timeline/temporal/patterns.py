"""Finding temporal expressions: compiled rules over the text, filters, and composition.

:func:`tag` runs every rule over the plain text (see :func:`timeline.text.for_parsing`), keeps
the longest non-overlapping candidates, then composes them: coordinated days ("les 6 et 13
avril"), parts of periods ("fin juillet"), ranges ("du 3 au 5 août", "entre mars et mai"),
prepositions ("depuis le 24 février", "jusqu'au 10 mai"), anchors ("le lendemain du 14
juillet") and nights ("dans la nuit de lundi à mardi"). Nothing here knows the publication
date: resolution is :mod:`timeline.temporal.resolver`'s job.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from timeline.temporal.lexicon import (
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    MONTH_FORMS,
    VAGUE,
    fold,
)

# --- regular expression building blocks ------------------------------------------------

WD = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_MONTH_WORDS = sorted((m for m in MONTH_FORMS if not m.endswith(".")), key=len, reverse=True)
_MONTH_ABBR = sorted((m[:-1] for m in MONTH_FORMS if m.endswith(".")), key=len, reverse=True)
MONTH = rf"(?:(?:{'|'.join(_MONTH_WORDS)})(?![\w])|(?:{'|'.join(_MONTH_ABBR)})\.)"
DAYNUM = r"(?:1er|1ᵉʳ|1re|premier|[12]\d|3[01]|0?[1-9])(?![\d])"
_NW = (
    r"(?:zéro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze"
    r"|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille)"
)
NUMWORDS = rf"(?:{_NW}(?:(?:-et-|\s+et\s+|-|\s+){_NW})*)(?![\w-])"
QTY = (
    r"(?:(?P<qmod>plus\s+de|près\s+de|environ|moins\s+de|presque|au\s+moins|au\s+plus"
    r"|pas\s+moins\s+de|quasiment|pratiquement)\s+)?"
    r"(?:(?:une?\s+)?(?P<qapprox>demi-douzaine|dizaine|douzaine|quinzaine|vingtaine|trentaine"
    r"|quarantaine|cinquantaine|soixantaine|centaine)\s+d(?:e\s+|')"
    rf"|(?P<qnum>\d+(?:[,.]\d+)?|{NUMWORDS})"
    r"|(?P<qfew>quelques|plusieurs|de\s+nombreux|de\s+nombreuses))"
    r"(?:\s+(?:seule?s?|petite?s?|bonne?s?|longue?s?|courte?s?|pleine?s?|petits?))?"
)
#: Between a quantity and its unit: spaces, or nothing after "d'" ("une dizaine d'années").
SEP = r"(?:\s+|(?<=[\s']))"
UNIT = (
    r"(?P<u>secondes?|minutes?|heures?|h(?=\s|$|[,.;)])|jours?|journées?|nuits?|semaines?"
    r"|quinzaines?|week-ends?|mois|trimestres?|semestres?|ans|an|années?|décennies?"
    r"|siècles?)(?![\w-])"
)
PART_WORD = r"(?:matinée|matin|midi|après-midi|soirée|soir|nuit|journée)"
PART_PHRASE = (
    r"(?:(?:dans|durant|pendant|au\s+cours\s+de)\s+(?:la\s+|l')"
    r"|(?:en|au|dans\s+la)\s+(?P<pm>début|fin|milieu)\s+(?:de\s+|d')(?:la\s+|l')?"
    r"|(?P<pm2>tôt|tard)\s+(?:le\s+|dans\s+la\s+|en\s+)"
    r"|en\s+|au\s+|)"
    rf"(?P<p>{PART_WORD})(?![\w-])"
)
REL_M = r"(?:derni(?:er|ère)s?|prochaine?s?|passée?s?)"

# Words after a four-digit number that make it a year rather than a count.
_YEAR_FOLLOWERS = frozenset(
    [
        "à",
        "au",
        "aux",
        "et",
        "ou",
        "en",
        "dans",
        "par",
        "pour",
        "sur",
        "avec",
        "sans",
        "sous",
        "entre",
        "vers",
        "après",
        "avant",
        "depuis",
        "jusqu",
        "puis",
        "mais",
        "où",
        "lors",
        "alors",
        "selon",
        "contre",
        "chez",
        "dès",
        "a",
        "ont",
        "avait",
        "avaient",
        "était",
        "étaient",
        "est",
        "sont",
        "fut",
        "furent",
        "sera",
        "seront",
        "serait",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d",
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "qui",
        "que",
        "qu",
        "se",
        "s",
        "ce",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "comme",
        "quand",
        "lorsque",
        "déjà",
        "encore",
        "aussi",
        "notamment",
        "seulement",
        "grâce",
        "malgré",
        "afin",
        "soit",
    ]
)
# Words before a number that make it a reference, not a date.
_NUMBER_LABELS = re.compile(
    r"(?:\b(?:article|art|articles|n°|no|num|numéro|loi|décret|page|p|pages|chapitre|alinéa"
    r"|route|rn|rd|n|km|code|tél|téléphone|fax|rue|avenue|bd|boulevard|modèle|type|version"
    r"|vol|volume|tome|ligne|vol\.|ch|cp|bp|section|salle|bureau|chambre|cedex|quai"
    r"|dossier|résolution|norme|iso|plan|opération|mission|airbus|boeing|a|b|lot|score)\.?"
    r"|n°|[#§$€£])\s*$",
    re.I,
)
_AUX_BEFORE = re.compile(
    r"\b(?:a|ont|as|avons|avez|avait|avaient|avais|aurait|auraient|aura|auront|ait|aient|"
    r"eût|avoir|ayant|aurais|aurions|auriez|est|sont|était|étaient|n'a|n'ont|n'avait|"
    r"n'aurait|l'a|l'ont|l'avait|m'a|t'a|s'est|y\s+a|j'ai|ai|n'ai|il\s+a|elle\s+a)"
    r"(?:\s+(?:pas|plus|jamais|déjà|toujours|encore|bien|aussi|ensuite|alors|également|"
    r"récemment|souvent|longtemps|notamment|enfin|peut-être|sans\s+doute|vraiment|"
    r"tout|trop|très|presque|guère|rien|point))*\s+$",
    re.I,
)


@dataclass(slots=True)
class Cand:
    """A temporal expression found in the text, not yet resolved."""

    rule: str
    start: int
    end: int
    data: dict[str, Any] = field(default_factory=dict)
    parts: list[Cand] = field(default_factory=list)

    def overlaps(self, other: Cand) -> bool:
        """True when the two candidates share at least one character."""
        return self.start < other.end and other.start < self.end


Builder = Callable[[re.Match[str], str], "Cand | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One compiled pattern and the builder that checks a match and reads its fields.

    Patterns are lower case and run on the lower-cased text (Python's ``re`` is ten times
    slower with IGNORECASE); ``cased`` ones (Roman numerals, "T1 2022") run on the text as
    written. Builders get the written text to check capitals ("Mars" the planet).
    """

    name: str
    pattern: re.Pattern[str]
    build: Builder
    priority: int  # lower wins when two candidates have the same length
    cased: bool = False


_RULES: list[Rule] = []


def rule(name: str, pattern: str, priority: int = 50, *, cased: bool = False):
    """Register a rule: ``pattern`` compiled once, the decorated function as its builder."""

    def register(build: Builder) -> Builder:
        _RULES.append(Rule(name, re.compile(pattern), build, priority, cased))
        return build

    return register


# --- context helpers -------------------------------------------------------------------


def _before(text: str, pos: int, width: int = 40) -> str:
    return text[max(0, pos - width) : pos]


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([\w'’-]+)\W*$", _before(text, pos, 30))
    return m.group(1).lower() if m else ""


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"\W*?([\w'-]+)", text[pos : pos + 30])
    return m.group(1) if m else ""


def _sentence_initial(text: str, pos: int) -> bool:
    before = _before(text, pos, 6).rstrip(' \t"«“(—–-_')
    return not before or before[-1] in ".!?\n:;»"


def _caps_ok(text: str, m_start: int, word: str) -> bool:
    """French month names are lower case: a capital mid-sentence is a name (Mars the planet).

    All-capital headlines and sentence starts are fine.
    """
    if word[:1].islower() or word.isupper():
        return True
    return _sentence_initial(text, m_start)


def _cand(rule_name: str, match: re.Match[str], /, **data: object) -> Cand:
    return Cand(rule_name, match.start(), match.end(), dict(data))


def _written(m: re.Match[str], text: str, group: str) -> str:
    """A matched group as written (matches are made on the lower-cased text)."""
    return text[m.start(group) : m.end(group)]


def _g(m: re.Match[str], name: str) -> str | None:
    value = m.groupdict().get(name)
    return value.lower() if value else None


# --- absolute dates ---------------------------------------------------------------------


@rule("iso_date", r"(?<![\w./-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w/-]|[.,]\d)", 10)
def _iso_date(m: re.Match[str], text: str) -> Cand | None:
    if int(m["y"]) < 1000:
        return None
    return _cand("date", m, d=int(m["d"]), m=int(m["m"]), y=int(m["y"]))


@rule(
    "num_date",
    r"(?:\ble\s+)?(?<![\w./,-])(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)"
    r"(?P<y>\d{4}|\d{2})(?![\w/-]|[.,]\d)",
    10,
)
def _num_date(m: re.Match[str], text: str) -> Cand | None:
    day, month = int(m["d"]), int(m["m"])
    if not (1 <= day <= 31 and 1 <= month <= 12) or (len(m["y"]) == 4 and int(m["y"]) < 1000):
        return None
    y = m["y"]
    return _cand("date", m, d=day, m=month, y=int(y), y2=len(y) == 2)


@rule(
    "dmy",
    rf"(?:\b(?P<det>le|ce|cet)\s+)?(?:(?P<wd>{WD})\s+)?(?<![\w.,])(?P<d>{DAYNUM})(?P<sep>\s+|-)"
    rf"(?P<m>{MONTH})(?:\s+(?P<y>\d{{4}}(?!\d)|'\d\d(?!\d)|\d\d(?!\d)))?(?:\s+(?P<rel>{REL_M}))?"
    rf"(?:\s+(?P<pp>(?:au\s+|dans\s+la\s+|en\s+)(?P<p>matin|soirée|soir|matinée|nuit|après-midi)"
    r"(?![\w-])))?",
    20,
)
def _dmy(m: re.Match[str], text: str) -> Cand | None:
    from timeline.temporal.lexicon import day_number

    if m["sep"] == "-" and not _written(m, text, "m")[0].isupper():
        return None  # "le 14-Juillet", "le 11-Septembre" are written with a capital
    c = _cand("date", m, d=day_number(m["d"]), m=MONTH_FORMS[_month_key(m["m"])])
    if m["wd"]:
        c.data["wd"] = _weekday_index(m["wd"])
    year = m["y"]
    if year and not _year_ok(text, m.end("y"), year):
        c.end = m.end("m")  # "le 5 août 20 h": not a year
        year = None
        if m["rel"]:
            return c
    if year:
        c.data["y"] = int(year.lstrip("'"))
        c.data["y2"] = len(year.lstrip("'")) == 2
    if m["rel"]:
        c.data["rel"] = _rel(m["rel"])
    _read_part(c, m)
    return c


def _year_ok(text: str, end: int, year: str) -> bool:
    """A two-digit year after a month must not be an hour, a count or a score."""
    if len(year) == 4 or year.startswith("'"):
        return True
    after = text[end : end + 12]
    return not re.match(r"\s*(?:h\b|heures?|[:.,/]?\d|%|€|ans?\b|[a-zà-ÿ])", after, re.I) or bool(
        re.match(r"\s*(?:à|au|et|en|dans|pour|par|a|ont|est)\b", after, re.I)
    )


def _month_key(word: str) -> str:
    w = word.lower()
    return w if w in MONTH_FORMS else w.rstrip(".") + "."


def _weekday_index(word: str) -> int:
    from timeline.temporal.lexicon import WEEKDAYS

    return WEEKDAYS.index(word.lower().rstrip("s"))


def _rel(word: str) -> str:
    w = word.lower()
    if w.startswith(("précéd", "d'avant")):
        return "preceding"
    if w.startswith(("derni", "pass")):
        return "last"
    if w.startswith(("prochain", "qui vient", "à venir")):
        return "next"
    if w.startswith(("suivant", "d'après")):
        return "following"
    if w.startswith("en cours"):
        return "this"
    return "last" if "écoul" in w else "next"


@rule(
    "wd_day",
    rf"(?:\b(?P<det>le|ce)\s+)?\b(?P<wd>{WD})\s+(?P<d>1er|[12]\d|3[01]|0?[1-9])"
    r"(?![\w,:/]|[.,]\d|\s*(?:h\b|heures?|%|€|ans?\b|mois\b|jours?\b|à\s+\d|-\d))",
    30,
)
def _wd_day(m: re.Match[str], text: str) -> Cand | None:
    from timeline.temporal.lexicon import day_number

    return _cand("wd_day", m, wd=_weekday_index(m["wd"]), d=day_number(m["d"]))


@rule(
    "month_year",
    rf"(?:\b(?P<det>(?:le\s+)?mois\s+d[e']\s*))?\b(?P<m>{MONTH})\s+"
    r"(?P<y>\d{4}(?!\d)|'\d\d(?!\d)|\d\d(?!\d))",
    25,
)
def _month_year(m: re.Match[str], text: str) -> Cand | None:
    if not _caps_ok(text, m.start("m"), _written(m, text, "m")) and not m["det"]:
        return None
    year = m["y"]
    if not _year_ok(text, m.end(), year):
        return None
    if len(year) == 4 and not _year_follow_ok(text, m.end()):
        return None
    digits = year.lstrip("'")
    return _cand("month", m, m=MONTH_FORMS[_month_key(m["m"])], y=int(digits), y2=len(digits) == 2)


_MONTH_TRIGGERS = frozenset(
    [
        "en",
        "depuis",
        "dès",
        "jusqu'en",
        "courant",
        "d'ici",
        "avant",
        "après",
        "début",
        "fin",
        "mi",
        "milieu",
        "de",
        "d'",
        "entre",
        "et",
        "à",
        "ou",
        "au",
        "mois",
        "du",
        "fin-",
    ]
)


@rule(
    "month",
    rf"(?:\b(?P<det>(?:le\s+)?mois\s+d[e']\s*))?\b(?P<m>{MONTH})(?:\s+(?P<rel>{REL_M}))?",
    60,
)
def _month(m: re.Match[str], text: str) -> Cand | None:
    word = m["m"]
    if not _caps_ok(text, m.start("m"), _written(m, text, "m")):
        return None
    prev = _prev_word(text, m.start())
    before = _before(text, m.start(), 3)
    if not (m["det"] or m["rel"] or prev in _MONTH_TRIGGERS or before.endswith(("mi-", "d'"))):
        return None
    if word.lower() == "mars" and not (m["det"] or m["rel"]) and prev in {"de", "d'", "à", "sur"}:
        # "la surface de mars", "mission vers mars": keep only clear month contexts
        nxt = _next_word(text, m.end()).lower()
        if nxt not in {"à", "au", "et", "dernier", "prochain", "jusqu'à", "ou"}:
            return None
    c = _cand("month", m, m=MONTH_FORMS[_month_key(word)])
    if m["rel"]:
        c.data["rel"] = _rel(m["rel"])
    return c


def _year_follow_ok(text: str, end: int) -> bool:
    """A four-digit number is a year unless a noun follows it ("2 000 soldats", "1500 euros")."""
    after = text[end : end + 25]
    if re.match(r"\s*(?:%|€|\$|£|[\d])", after):
        return False
    word = re.match(r"[ \t]*([a-zà-ÿ'’]+)", after)
    if not word:
        return True  # punctuation, end of text, a capitalised word
    w = word.group(1).lower().replace("’", "'")
    head = w.split("'")[0]
    return w in _YEAR_FOLLOWERS or head in _YEAR_FOLLOWERS


@rule(
    "year",
    r"(?:\b(?P<det>l'an|l'année|année|an)\s+)?(?<![\w.,/-])(?<!\d\s)"
    r"(?P<y>1\d{3}|20\d\d|21\d\d)(?![\w]|[.,/]\d|-\d)",
    70,
)
def _year(m: re.Match[str], text: str) -> Cand | None:
    start = m.start()
    y = int(m["y"])
    if not m["det"]:
        before = _before(text, start, 20)
        code = _CODE_BEFORE.search(before)
        if code and code.group().strip(" -–").lower() in _YEAR_TRIGGERS | {"le", "la", "l"}:
            code = None  # "EN 2019" in a headline
        if _NUMBER_LABELS.search(before) or code:
            return None  # "article 1975", "le vol AF 1234"
        if re.search(r"\d[\s.]$", before):  # "3 2019": part of a number
            return None
        if (
            not BARE_YEARS[0] <= y <= BARE_YEARS[1]
            and _prev_word(text, start) not in _YEAR_TRIGGERS
        ):
            return None  # "1234" alone is a number; "en 1234" is a year
    if not _year_follow_ok(text, m.end()):
        return None
    return _cand("year", m, y=y)


#: Years written alone, without "en", "depuis"..., must fall in this span to be read.
BARE_YEARS = (1800, 2100)
_YEAR_TRIGGERS = frozenset(
    [
        "en",
        "depuis",
        "dès",
        "jusqu'en",
        "vers",
        "avant",
        "après",
        "de",
        "d'ici",
        "à",
        "entre",
        "et",
        "ou",
        "an",
        "année",
        "courant",
        "fin",
        "début",
        "mi",
    ]
)
_CODE_BEFORE = re.compile(r"\b[A-Z]{1,4}\s*[-–]?\s*$")


@rule(
    "year_range",
    r"(?<![\w.,/-])(?P<y1>1\d{3}|20\d\d)\s*[-–/]\s*(?P<y2>1\d{3}|20\d\d|\d\d)(?![\w]|[.,/-]\d)",
    15,
)
def _year_range(m: re.Match[str], text: str) -> Cand | None:
    y1 = int(m["y1"])
    raw = m["y2"]
    y2 = int(raw) if len(raw) == 4 else (y1 // 100) * 100 + int(raw)
    if not y1 < y2 <= y1 + 30 or _NUMBER_LABELS.search(_before(text, m.start(), 20)):
        return None
    left = Cand("year", m.start("y1"), m.end("y1"), {"y": y1})
    right = Cand("year", m.start("y2"), m.end("y2"), {"y": y2})
    return Cand("range", m.start(), m.end(), {"how": "from_to"}, [left, right])


@rule(
    "decade",
    r"\b(?:(?P<det>les|des|aux)\s+)?années\s+(?P<c>18|19|20)?(?P<d>[0-9]0)(?![\w%])",
    20,
)
def _decade(m: re.Match[str], text: str) -> Cand | None:
    century = int(m["c"]) if m["c"] else None
    return _cand("decade", m, c=century, d=int(m["d"]))


@rule(
    "century",
    r"(?:\b(?i:le|du|au)\s+)?\b(?P<n>[XVI]{1,5}|\d{1,2})(?:e|ème|eme|è|ᵉ)\s+(?i:siècle)(?!\w)",
    20,
    cased=True,
)
def _century(m: re.Match[str], text: str) -> Cand | None:
    from timeline.temporal.lexicon import roman_value

    raw = m["n"]
    n = int(raw) if raw.isdigit() else roman_value(raw)
    if not n or n > 22:
        return None
    return _cand("century", m, n=n)


# --- seasons, quarters, holidays ---------------------------------------------------------

_SEASON_PREPS = frozenset({"en", "au", "comme", "et", "ou", "du", "depuis", "dès", "pendant"})


@rule(
    "season",
    r"(?:\b(?P<det>l'|cet\s+|ce\s+|le\s+|cette\s+))?\b(?P<s>printemps|été|ete|eté|automne|hiver)"
    r"(?![\w-])(?:\s+(?P<rel>derniers?|prochains?|passés?|suivants?|précédents?)"
    r"|\s+(?P<y>\d{4})(?!\d))?",
    40,
)
def _season(m: re.Match[str], text: str) -> Cand | None:
    from timeline.temporal.lexicon import SEASONS

    word = m["s"]
    initial = _sentence_initial(text, m.start())
    prev = "" if initial else _prev_word(text, m.start())
    before = _before(text, m.start(), 2)
    det = (m["det"] or "").strip().lower()
    if not det and before.endswith(("d'", "d’")):
        mois = re.search(r"\bmois\s+d['’]$", _before(text, m.start(), 12), re.I)
        if not mois:
            return None  # "Jeux d'hiver", "heure d'été": a modifier, not a date
    if not (det or m["rel"] or m["y"]):
        if word.lower() in {"été", "ete"}:
            if _AUX_BEFORE.search(_before(text, m.start(), 60)):
                return None  # "a été", "ont été": the verb
            ok = (
                prev in _SEASON_PREPS
                or before.endswith(("d'", "d’"))
                or (_written(m, text, "s")[0].isupper() and initial)
            )
            if not ok:
                return None
        elif not (prev in _SEASON_PREPS or initial or before.endswith(("d'", "d’"))):
            return None
    after = text[m.end() : m.end() + 30]
    if not (m["rel"] or m["y"]) and _SEASON_NAME_AFTER.match(after):
        return None  # "printemps arabe", "Printemps de Bourges"
    c = _cand("season", m, s=SEASONS[word.lower()], det=det, prev=prev)
    if m["rel"]:
        c.data["rel"] = _rel(m["rel"])
    if m["y"]:
        c.data["y"] = int(m["y"])
    return c


_SEASON_NAME_AFTER = re.compile(
    r"\s+(?:arabe|érable|de\s+(?!l'année|l'an\b|\d)|du\s|des\s|d'(?!\d))", re.I
)


@rule("summer_months", r"\b(?:les\s+)?mois\s+d'(?P<s>été|hiver)(?![\w-])", 30)
def _summer_months(m: re.Match[str], text: str) -> Cand | None:
    from timeline.temporal.lexicon import SEASONS

    return _cand("season", m, s=SEASONS[m["s"].lower()], det="", prev="en")


@rule(
    "quarter",
    r"\b(?:(?P<det>le|au|du|ce)\s+)?(?P<ord>premier|1er|deuxième|2e|2ème|second|troisième|3e"
    r"|3ème|quatrième|4e|4ème|dernier)\s+(?P<u>trimestre|semestre)(?!\w)"
    r"(?:\s+(?:de\s+l'année\s+|de\s+|)(?P<y>\d{4})(?!\d)"
    r"|\s+de\s+l'(?:année|an)\s+(?P<rel>dernière|dernier|prochaine|prochain|passée|en\s+cours))?",
    20,
)
def _quarter(m: re.Match[str], text: str) -> Cand | None:
    from timeline.temporal.lexicon import ORDINALS

    unit = m["u"].lower()
    ordinal = m["ord"].lower()
    n = (4 if unit == "trimestre" else 2) if ordinal == "dernier" else ORDINALS[ordinal]
    if unit == "semestre" and n > 2:
        return None
    c = _cand("quarter", m, n=n, unit=unit)
    if m["y"]:
        c.data["y"] = int(m["y"])
    if m["rel"]:
        c.data["rel"] = _rel(m["rel"])
    return c


@rule("quarter_code", r"(?<![\w-])(?P<q>[TQS])(?P<n>[1-4])\s+(?P<y>\d{4})(?!\d)", 20, cased=True)
def _quarter_code(m: re.Match[str], text: str) -> Cand | None:
    unit = "semestre" if m["q"] == "S" else "trimestre"
    n = int(m["n"])
    if unit == "semestre" and n > 2:
        return None
    return _cand("quarter", m, n=n, unit=unit, y=int(m["y"]))


def _alts(words: object) -> str:
    items = sorted({fold(str(w)) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in items)


_HOLIDAYS = _alts(list(FIXED_HOLIDAYS) + list(EASTER_HOLIDAYS))


@rule(
    "holiday",
    rf"(?:\b(?P<pre>à|pour|avant|après|depuis|dès|jusqu'à|d'ici|lors\s+de|pendant|durant|fêter"
    rf"|célébrer|veille\s+de|lendemain\s+de|de\s+la\s+veille\s+de)\s+)"
    rf"(?P<h>(?:le\s+)?(?:{_HOLIDAYS}))(?![\w-])(?:\s+(?P<y>\d{{4}})(?!\d))?",
    30,
)
def _holiday(m: re.Match[str], text: str) -> Cand | None:
    c = _holiday_cand(m)
    c.start = m.start("h")
    return c


@rule(
    "holiday_day",
    r"\b(?P<h>(?:le\s+)?(?:lundi|week-end|weekend|dimanche)\s+de\s+(?:la\s+)?(?:pâques|pentecôte))"
    r"(?![\w-])(?:\s+(?P<y>\d{4})(?!\d))?",
    25,
)
def _holiday_day(m: re.Match[str], text: str) -> Cand | None:
    words = fold(m["h"]).replace("weekend", "week-end").split()
    words = [w for w in words if w not in {"le", "la"}]
    name = " ".join(words)
    c = _cand("holiday", m, name=name if name in EASTER_HOLIDAYS else words[-1])
    if m["y"]:
        c.data["y"] = int(m["y"])
    return c


@rule(
    "holiday_fete",
    rf"\b(?:(?:cette|la)\s+)?fête\s+de\s+(?P<h>{_HOLIDAYS})(?![\w-])(?:\s+(?P<y>\d{{4}})(?!\d))?",
    30,
)
def _holiday_fete(m: re.Match[str], text: str) -> Cand | None:
    return _holiday_cand(m)


def _holiday_cand(m: re.Match[str]) -> Cand:
    name = fold(m["h"])
    name = name[3:] if name.startswith("le ") and name not in FIXED_HOLIDAYS else name
    c = _cand("holiday", m, name=name)
    if m["y"]:
        c.data["y"] = int(m["y"])
    return c


# --- deictics and weekdays ---------------------------------------------------------------


@rule(
    "deictic",
    rf"\b(?P<w>avant-hier|après-demain|aujourd'hui|hier|demain)(?![\w-])"
    rf"(?:\s*,?\s*(?P<wd>{WD})(?!\s*\d))?(?:\s+(?P<pp>{PART_PHRASE}))?",
    20,
)
def _deictic(m: re.Match[str], text: str) -> Cand | None:
    c = _cand("deictic", m, w=m["w"].lower())
    _read_part(c, m)
    if m["wd"]:
        c.data["wd"] = _weekday_index(m["wd"])
    return c


def _read_part(c: Cand, m: re.Match[str]) -> None:
    from timeline.temporal.lexicon import PARTS_OF_DAY

    if m.groupdict().get("p"):
        c.data["part"] = PARTS_OF_DAY[m["p"].lower()]
        pm = _g(m, "pm") or {"tôt": "début", "tard": "fin"}.get(_g(m, "pm2") or "")
        if pm:
            c.data["mod"] = {"début": "START", "milieu": "MID", "fin": "END"}[pm]


@rule(
    "deictic_part",
    r"\b(?:(?P<this>ce|cet|cette)\s+(?P<p>matin|midi|après-midi|soir|nuit|matinée|soirée)"
    r"|la\s+nuit\s+(?P<rel>dernière|passée|prochaine))(?![\w-])(?!\s*-?\s*là)",
    20,
)
def _deictic_part(m: re.Match[str], text: str) -> Cand | None:
    from timeline.temporal.lexicon import PARTS_OF_DAY

    if m["rel"]:
        return _cand("deictic_part", m, part="NI", rel=_rel(m["rel"]))
    return _cand("deictic_part", m, part=PARTS_OF_DAY[m["p"].lower()])


@rule("ce_jour", r"\bce\s+jour(?![\w-])(?!\s*-?\s*là)", 60)
def _ce_jour(m: re.Match[str], text: str) -> Cand | None:
    if re.search(r"\b(?:à|jusqu'à|depuis)\s+$", _before(text, m.start(), 12), re.I):
        return None  # "à ce jour": a vague present, read by the vague rule
    return _cand("deictic", m, w="aujourd'hui", specific=True)


@rule(
    "weekday",
    rf"(?:\b(?P<det>ce\s+même|le\s+même|ce|cet|le|les|du)\s+)?\b(?P<wd>{WD})(?P<pl>s)?(?![\w-])"
    r"(?:\s+(?P<rel>derniers?|prochains?|passé|suivant|précédent|d'après|d'avant|qui\s+vient))?"
    rf"(?:\s+(?P<pp>{PART_PHRASE}))?",
    50,
)
def _weekday(m: re.Match[str], text: str) -> Cand | None:
    after = text[m.end() : m.end() + 12]
    if re.match(r"\s+(?:saint|gras)\b", after, re.I):
        return None  # "l'accord du Vendredi saint", "mardi gras"
    word = m["wd"]
    det = (m["det"] or "").lower()
    if det == "du":
        det = ""
        start = m.start("wd")
    else:
        start = m.start()
    c = Cand("weekday", start, m.end(), {"wd": _weekday_index(word), "det": " ".join(det.split())})
    if m["pl"] or det == "les":
        c.data["set"] = True
    if m["rel"]:
        c.data["rel"] = _rel(m["rel"])
    _read_part(c, m)
    return c


# --- periods relative to publication or to the previous date ------------------------------

_PERIOD_UNIT = (
    r"(?:semaine|week-end|weekend|week\s+end|mois|année|an|trimestre|semestre|siècle|décennie)"
)


@rule(
    "period_rel",
    rf"\b(?:(?P<this>cette|ce|cet)\s+(?P<u>{_PERIOD_UNIT})(?:-ci|-là|\s+là)?(?![\w-])"
    rf"|(?P<det>la|le|l')\s*(?P<u2>{_PERIOD_UNIT})\s+(?P<rel>derni(?:er|ère)|prochaine?|passée?"
    r"|précédente?|suivante?|d'avant|d'après|en\s+cours|écoulée?|qui\s+vient|à\s+venir)(?![\w-]))",
    30,
)
def _period_rel(m: re.Match[str], text: str) -> Cand | None:
    unit = " ".join((m["u"] or m["u2"]).lower().split()).replace("weekend", "week-end")
    unit = "week-end" if unit == "week end" else unit
    unit = "année" if unit == "an" else unit
    rel = _rel(m["rel"]) if m["rel"] else "this"
    if m["this"] and m.group(0).endswith("là"):
        rel = "same"  # "cette semaine-là": the week of the previous date
    return _cand("period_rel", m, unit=unit, rel=rel)


@rule(
    "part_of_unit",
    # "depuis le début de l'année", "jusqu'à la fin du mois": the preposition pass reads
    # "depuis" and "jusqu'à", so neither is taken in here
    r"(?:(?<!jusqu')\b(?P<prep>au|en|à\s+la|à|dès\s+la|dès|vers\s+la)\s+|\bla\s+|\ble\s+)?"
    r"(?P<pm>début|fin|milieu|mi)[\s-]+(?:de\s+l'|de\s+la\s+|du\s+|d'|de\s+|des\s+)?"
    r"(?P<u>année|an|mois|semaine|trimestre|semestre|journée|matinée|soirée|après-midi|"
    r"décennie|siècle|week-end)(?![\w-])"
    r"(?!\s+(?:derni|prochain|passé|\d|suivant|précédent|en\s+cours|de\s|d'|du\s|scolaire))",
    35,
)
def _part_of_unit(m: re.Match[str], text: str) -> Cand | None:
    pm = {"début": "START", "milieu": "MID", "mi": "MID", "fin": "END"}[m["pm"].lower()]
    unit = m["u"].lower()
    unit = "année" if unit == "an" else unit
    return _cand("part_of_unit", m, unit=unit, mod=pm)


# --- offsets, anaphora, vague expressions ----------------------------------------------------


@rule(
    "offset",
    rf"\b(?P<pre>il\s+y\s+a|voici|voilà|dans|d'ici)\s+{QTY}{SEP}{UNIT}"
    r"(?P<exact>,?\s+jour\s+pour\s+jour)?",
    20,
)
def _offset(m: re.Match[str], text: str) -> Cand | None:
    qty = _quantity(m)
    if qty is None:
        return None
    pre = " ".join(m["pre"].lower().split())
    sign = -1 if pre in {"il y a", "voici", "voilà"} else 1
    unit = _unit(m["u"])
    return _cand(
        "offset", m, sign=sign, unit=unit, within=pre == "d'ici", exact=bool(m["exact"]), **qty
    )


def _unit(word: str) -> str:
    from timeline.temporal.lexicon import unit_of

    return unit_of(word)


def _quantity(m: re.Match[str]) -> dict[str, object] | None:
    from timeline.temporal.lexicon import APPROX_NOUNS, number_value

    mod = {
        "plus de": "MORE_THAN",
        "près de": "APPROX",
        "environ": "APPROX",
        "moins de": "LESS_THAN",
        "presque": "APPROX",
        "au moins": "EQUAL_OR_MORE",
        "au plus": "EQUAL_OR_LESS",
        "pas moins de": "EQUAL_OR_MORE",
        "quasiment": "APPROX",
        "pratiquement": "APPROX",
    }.get(" ".join((m["qmod"] or "").lower().split()))
    if m["qfew"]:
        return {"n": None, "mod": mod}
    if m["qapprox"]:
        return {"n": APPROX_NOUNS[m["qapprox"].lower()], "mod": "APPROX"}
    raw = m["qnum"]
    if "," in raw or "." in raw:
        try:
            return {"n": float(raw.replace(",", ".")), "mod": mod}
        except ValueError:
            return None
    n = number_value(raw)
    if n is None or n > 10000:
        return None
    return {"n": n, "mod": mod}


@rule(
    "offset_ana",
    rf"\b{QTY}{SEP}{UNIT}\s+(?P<post>plus\s+tard|plus\s+tôt|après|auparavant|avant"
    r"|suivants?|suivantes?|précédents?|précédentes?)(?![\w-])",
    25,
)
def _offset_ana(m: re.Match[str], text: str) -> Cand | None:
    qty = _quantity(m)
    if qty is None:
        return None
    post = " ".join(m["post"].lower().split())
    sign = -1 if post in {"plus tôt", "auparavant", "avant"} or post.startswith("précéd") else 1
    c = _cand("offset_ana", m, sign=sign, unit=_unit(m["u"]), **qty)
    if post in {"avant", "après"}:
        after = text[m.end() : m.end() + 20]
        if re.match(
            r"\s+(?:l[ea]s?|l'|son|sa|ses|leurs?|une?|des|du|de|d'|cette|ce|cet|que|qu')\b",
            after,
            re.I,
        ):
            c.data["relation"] = True  # "trois jours avant le scrutin": tied to an event
    return c


_ANAPHORS = (
    r"le\s+lendemain|lendemain|la\s+veille|veille|le\s+surlendemain|l'avant-veille"
    r"|le\s+jour\s+même|le\s+même\s+jour|ce\s+même\s+jour|ce\s+jour-là|ce\s+jour\s+là"
    r"|le\s+jour\s+(?:suivant|précédent|d'après|d'avant)"
    r"|(?:le|ce)\s+(?:matin|soir|midi)\s+(?:même|suivant|précédent|-là)"
    r"|(?:ce\s+)?(?:matin|soir)-là|l'après-midi\s+même"
    r"|(?:la|cette)\s+(?:nuit|soirée|matinée)\s+(?:même|suivante|précédente|-là)"
    r"|(?:cette\s+)?(?:nuit|soirée|matinée)-là"
)


@rule(
    "anaphor",
    rf"(?:\b(?P<prep>au|à|dès|depuis|jusqu'à|jusqu'au|dès\s+le)\s+)?\b(?P<w>{_ANAPHORS})(?![\w-])"
    rf"(?:\s+(?:au\s+|dans\s+la\s+|en\s+)?(?P<p>matin|soir|midi|après-midi|soirée|matinée|nuit)(?![\w-]))?",
    20,
)
def _anaphor(m: re.Match[str], text: str) -> Cand | None:
    from timeline.temporal.lexicon import PARTS_OF_DAY

    w = " ".join(m["w"].lower().split())
    if w in {"lendemain", "veille"} and not m["prep"]:
        return None  # "en veille", "lendemain" alone: only "au lendemain", "à la veille"
    key = w.split()[-1]
    if "lendemain" in w or "suivant" in w or "d'après" in w:
        offset = 2 if "surlendemain" in w else 1
    elif "veille" in w or "précédent" in w or "d'avant" in w:
        offset = -2 if "avant-veille" in w else -1
    else:
        offset = 0
    c = _cand("anaphor", m, offset=offset, prep=(m["prep"] or "").lower(), key=key)
    for word, code in PARTS_OF_DAY.items():
        if re.search(rf"\b{word}\b", w) and word != "journée":
            c.data["part"] = code
    if m["p"]:
        c.data["part"] = PARTS_OF_DAY[m["p"].lower()]
    return c


_VAGUE_ALTS = _alts(VAGUE)


@rule("vague", rf"(?<![\w'’-])(?P<w>{_VAGUE_ALTS})(?![\w-])", 40)
def _vague(m: re.Match[str], text: str) -> Cand | None:
    w = fold(m["w"])
    after = text[m.end() : m.end() + 12]
    if w == "l'avenir" and re.match(r"\s*(?:de|du|des|d'|d’)\b", after, re.I):
        return None  # "l'avenir du club": a topic, not a time
    return _cand("vague", m, w=w)


@rule(
    "recent_n",
    r"\b(?P<det>au\s+cours\s+des|lors\s+des|pendant\s+les|durant\s+les|dans\s+les|ces|les|des)\s+"
    rf"(?:(?P<n1>\d+|{NUMWORDS})\s+)?(?P<dir>derni(?:er|ère)s|prochaine?s)\s+"
    rf"(?:(?P<n2>\d+|{NUMWORDS})\s+)?{UNIT}(?!\s+(?:de|du|d')\b)",
    30,
)
def _recent_n(m: re.Match[str], text: str) -> Cand | None:
    from timeline.temporal.lexicon import number_value

    raw = m["n1"] or m["n2"]
    n = number_value(raw) if raw else None
    direction = "past" if m["dir"].lower().startswith("derni") else "future"
    det = " ".join(m["det"].lower().split())
    if n is None and det in {"les", "des"}:
        return None  # "les derniers jours de la campagne": a part, read elsewhere
    return _cand("recent_n", m, n=n, unit=_unit(m["u"]), direction=direction)


# --- durations and sets ----------------------------------------------------------------------

_AGE_BEFORE = re.compile(
    r"(?:\b(?:âgée?s?|agée?s?|âge|de\s+moins|de\s+plus|moins|enfants?|fillettes?|garçons?|"
    r"fils|frères?|sœurs?|soeurs?|petite?s?|garçonnets?|nourrissons?|"
    r"filles?|jeunes?|homme|femme|adolescente?s?|bébés?|hommes|femmes|retraitée?s?|"
    r"quadragénaire|mineure?s?|septuagénaire|octogénaire|victime|conducteur|conductrice|"
    r"lycéens?|lycéennes?|élèves?|étudiante?s?)\s+(?:de\s+|d'|à\s+)?|,\s*|\(\s*)$",
    re.I,
)


_DURATION_ONLY = frozenset({"pendant", "durant", "depuis", "pour", "en", "sur"})


@rule(
    "duration",
    rf"(?:\b(?P<pre>pendant|durant|depuis|en|pour|sur|de|d'|avec)\s*)?(?P<body>\b{QTY}{SEP}{UNIT}"
    r"(?:\s+et\s+(?P<half>demie?|un\s+quart))?)",
    45,
)
def _duration(m: re.Match[str], text: str) -> Cand | None:
    qty = _quantity(m)
    if qty is None:
        return None
    written = _written(m, text, "u")
    if written[0].isupper() and not written.isupper():
        return None  # "les 24 Heures du Mans": a name
    unit = _unit(m["u"])
    start = m.start("body")
    if unit == "an" and qty["n"] is not None:
        before = _before(text, start, 40)
        if _AGE_BEFORE.search(before) and m["pre"] not in _DURATION_ONLY:
            after = text[m.end() : m.end() + 20]
            if not re.match(
                r"\s*(?:de\s+(?:prison|réclusion|détention|mandat|contrat|"
                r"travail|carrière|guerre|conflit|retard)|plus\s+tard)",
                after,
                re.I,
            ):
                return None  # an age: "Jean, 87 ans,", "une fillette de 6 ans"
        if re.search(r"\b(?:âgée?s?|agée?s?)\s+(?:de\s+)?$", before, re.I):
            return None
    half = m["half"]
    n = qty["n"]
    if half and isinstance(n, int):
        n = n + (0.25 if "quart" in half.lower() else 0.5)
    pre = (m["pre"] or "").lower()
    return Cand("duration", start, m.end(), {"n": n, "unit": unit, "mod": qty["mod"], "pre": pre})


@rule(
    "duration_word",
    r"\b(?P<w>quinquennat|septennat|(?:une?\s+)?(?:demi-heure|demi-journée|quart\s+d'heure))(?![\w-])",
    45,
)
def _duration_word(m: re.Match[str], text: str) -> Cand | None:
    w = fold(m["w"])
    value = {
        "quinquennat": (5, "an"),
        "septennat": (7, "an"),
    }
    for key, (n, unit) in value.items():
        if key in w:
            return _cand("duration", m, n=n, unit=unit, mod=None, pre="")
    if "demi-heure" in w:
        return _cand("duration", m, n=30, unit="minute", mod=None, pre="")
    if "quart" in w:
        return _cand("duration", m, n=15, unit="minute", mod=None, pre="")
    return _cand("duration", m, n=0.5, unit="jour", mod=None, pre="")


@rule(
    "set",
    r"\b(?P<q>chaque|tous\s+les|toutes\s+les)\s+"
    rf"(?:(?P<n>\d+|{NUMWORDS})\s+)?(?P<what>{WD}s?|matins?|soirs?|nuits?|week-ends?|étés?"
    rf"|hivers?|printemps|automnes?|années?|ans|an|jours?|semaines?|mois|heures?|minutes?"
    rf"|trimestres?|semestres?|siècles?|décennies?|{MONTH})(?![\w-])",
    20,
)
def _set(m: re.Match[str], text: str) -> Cand | None:
    from timeline.temporal.lexicon import number_value

    n = number_value(m["n"]) if m["n"] else 1
    return _cand("set", m, what=m["what"].lower(), n=n)


@rule(
    "set_freq",
    rf"\b(?:(?:\d+|{NUMWORDS}|quelques|plusieurs)\s+)?fois\s+(?:par|l')\s*"
    r"(?P<what>jour|semaine|mois|an|année|heure|nuit|week-end)(?![\w-])",
    20,
)
def _set_freq(m: re.Match[str], text: str) -> Cand | None:
    return _cand("set", m, what=m["what"].lower(), n=1)


@rule(
    "set_adverb",
    r"\b(?P<what>quotidiennement|annuellement|mensuellement|hebdomadairement)(?![\w-])",
    20,
)
def _set_adverb(m: re.Match[str], text: str) -> Cand | None:
    what = {"quoti": "jour", "annue": "an", "mensu": "mois", "hebdo": "semaine"}[
        m["what"][:5].lower()
    ]
    return _cand("set", m, what=what, n=1)


# --- clock times and parts of day --------------------------------------------------------------

_TIME_PREPS = frozenset(
    [
        "à",
        "vers",
        "dès",
        "avant",
        "après",
        "jusqu'à",
        "de",
        "entre",
        "et",
        "alentours",
        "partir",
        "compter",
        "environ",
        "dés",
        "a",
        "ou",
        "aux",
        "dés",
    ]
)
_DURATION_PREPS = frozenset(
    [
        "pendant",
        "durant",
        "en",
        "depuis",
        "sur",
        "pour",
        "les",
        "des",
        "quelque",
        "plus",
        "près",
        "moins",
        "environ",
        "dernières",
        "premières",
        "prochaines",
    ]
)


@rule(
    "clock",
    r"(?:\b(?P<approx>vers|aux\s+alentours\s+de|autour\s+de|environ)\s+)?(?<![\w,.:/])"
    r"(?P<h>[01]?\d|2[0-4])\s*(?P<hu>h|heures?)(?![^\W\d_]|-)(?:\s*(?P<m>[0-5]\d)(?!\d)"
    r"(?:\s*(?:min|minutes?)(?![\w]))?)?(?:\s+(?P<ampm>du\s+matin|du\s+soir|de\s+l'après-midi))?"
    r"(?![/\w])",
    15,
)
def _clock(m: re.Match[str], text: str) -> Cand | None:
    hour = int(m["h"])
    minute = int(m["m"]) if m["m"] else 0
    start = m.start("h") if not m["approx"] else m.start()
    prev = _prev_word(text, m.start("h"))
    spelled = m["hu"].lower().startswith("heure")
    after = text[m.end() : m.end() + 15]
    if re.match(
        r"\s*(?:/\s*\d|sur\s+\d|de\s+(?:garde|grève|route|vol|marche|travail|débat))", after, re.I
    ):
        return None  # "24 h/24", "24 heures de garde à vue": a duration
    if spelled and not (m["m"] or m["ampm"] or m["approx"] or prev in _TIME_PREPS):
        return None  # "vingt heures" without "à": a duration, read by the duration rule
    if not spelled and prev in _DURATION_PREPS and not m["approx"]:
        return None
    if (m["ampm"] and "soir" in m["ampm"].lower()) or (m["ampm"] and "après" in m["ampm"]):
        hour = hour + 12 if hour < 12 else hour
    if hour == 24:
        hour = 0
    mod = "APPROX" if m["approx"] else None
    return Cand("clock", start, m.end(), {"h": hour, "min": minute, "mod": mod})


@rule("clock_colon", r"(?<![\w:.,/])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\w:]|[.,]\d)", 15)
def _clock_colon(m: re.Match[str], text: str) -> Cand | None:
    return _cand("clock", m, h=int(m["h"]), min=int(m["m"]), mod=None)


@rule(
    "clock_word",
    r"\b(?P<prep>à|vers|avant|après|dès|jusqu'à|peu\s+avant|peu\s+après|aux\s+alentours\s+de"
    r"|autour\s+de)\s+(?P<w>midi|minuit)(?![\w-])",
    15,
)
def _clock_word(m: re.Match[str], text: str) -> Cand | None:
    hour = 12 if m["w"].lower() == "midi" else 0
    approx = m["prep"].lower() in {"vers", "aux alentours de", "autour de"}
    start = m.start() if approx else m.start("w")
    return Cand("clock", start, m.end(), {"h": hour, "min": 0, "mod": "APPROX" if approx else None})


_NIGHT_OF = re.compile(rf"\s+(?:de|du|d')\s*(?:{WD}|\d|hier|avant-hier)", re.I)
_NAMED_PART = re.compile(
    r"\s*(?:de|du|des|d'|d’|tombe|blanche|américaine|polaire|électorale)\b", re.I
)


@rule(
    "part_of_day",
    r"\b(?:(?:dans|durant|pendant|au\s+cours\s+de)\s+(?P<art>la\s+|l')"
    r"|(?:en|au|dans\s+la)\s+(?P<pm>début|fin|milieu)\s+(?:de\s+|d')(?:la\s+|l')?"
    r"|(?P<pm2>tôt|tard)\s+(?:le\s+|dans\s+la\s+|en\s+)"
    r"|(?P<en>en)\s+(?:pleine\s+)?|(?P<bare>la\s+|l'))"
    r"(?P<p>matinée|soirée|nuit|après-midi|journée|matin|soir)(?![\w-])",
    55,
)
def _part_of_day(m: re.Match[str], text: str) -> Cand | None:
    word = m["p"].lower()
    after = text[m.end() : m.end() + 14]
    if _NIGHT_OF.match(after):
        return None  # "dans la nuit de lundi à mardi": the night of a date, composed later
    if m["bare"]:
        if word in {"journée", "matin", "soir"}:
            return None  # "la journée de mobilisation", "l'matin": too generic
        if _NAMED_PART.match(after):
            return None  # "la Nuit des musées", "la nuit tombe"
    if m["en"] and word in {"journée", "matin", "soir"}:
        return None  # "en matin" is not French; "en soirée", "en pleine nuit" are
    if m["art"] and word in {"matin", "soir"}:
        return None
    c = _cand("part_of_day", m)
    _read_part(c, m)
    return c


# --- the tagger ----------------------------------------------------------------------------


def _lower(text: str) -> str:
    """``text`` in lower case, character for character (offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


# --- anchors: a rule only runs around the words it cannot match without -------------------

DIGITS = "<digits>"  # the anchor of rules that need a number written in digits


def _words(*groups: object) -> frozenset[str]:
    out: set[str] = set()
    for g in groups:
        items = [g] if isinstance(g, str) else g
        for item in items:
            out.update(w for w in re.findall(r"\w+", fold(str(item))) if w)
    return frozenset(out)


_W_MONTHS = _words(MONTH_FORMS)
_W_WEEKDAYS = _words(WD[3:-1].split("|"), [w + "s" for w in WD[3:-1].split("|")])
_W_UNITS = _words(
    [
        "secondes",
        "minutes",
        "heures",
        "h",
        "jours",
        "journées",
        "nuits",
        "semaines",
        "quinzaines",
        "week",
        "ends",
        "mois",
        "trimestres",
        "semestres",
        "ans",
        "an",
        "années",
        "décennies",
        "siècles",
        "seconde",
        "minute",
        "heure",
        "jour",
        "journée",
        "nuit",
        "semaine",
        "quinzaine",
        "trimestre",
        "semestre",
        "année",
        "décennie",
        "siècle",
        "weekend",
        "weekends",
    ]
)
_W_PARTS = _words(["matin", "matinée", "midi", "après", "soir", "soirée", "nuit", "journée"])
_W_VAGUE = frozenset(
    w
    for w in _words(VAGUE)
    if len(w) > 2 and w not in {"les", "dans", "pour", "ces", "qui", "nos", "par", "une"}
)
_W_HOLIDAYS = frozenset(
    w for w in _words(FIXED_HOLIDAYS, EASTER_HOLIDAYS) if len(w) > 3 or w == "an"
) - {"lundi", "week", "vendredi", "saint", "jour", "nouvel"} | {"nouvel", "an"}


def _ws(words: str) -> frozenset[str]:
    return _words(words.split())


#: What each rule needs around it: the words it cannot match without (``DIGITS``: a number
#: in digits), and how far its matches reach before and after such a word, in characters
#: (the longest prefix, "pendant plus de quarante-huit " before "heures", and suffix, with
#: room for lookaheads). A rule only runs on the stretches of text around its anchors.
ANCHORS: dict[str, tuple[frozenset[str] | str, int, int]] = {
    "iso_date": (DIGITS, 2, 14),
    "num_date": (DIGITS, 4, 14),
    "dmy": (_W_MONTHS, 26, 22),
    "wd_day": (_W_WEEKDAYS, 8, 26),
    "month_year": (_W_MONTHS, 16, 18),
    "month": (_W_MONTHS, 16, 18),
    "year": (DIGITS, 12, 10),
    "year_range": (DIGITS, 2, 18),
    "decade": (_ws("années"), 8, 12),
    "century": (_ws("siècle siècles"), 14, 6),
    "season": (_ws("printemps été ete eté automne hiver"), 10, 16),
    "summer_months": (_ws("mois"), 8, 12),
    "quarter": (_ws("trimestre semestre"), 18, 28),
    "quarter_code": (DIGITS, 6, 8),
    "holiday": (_W_HOLIDAYS, 32, 10),
    "holiday_fete": (_ws("fête"), 10, 28),
    "holiday_day": (_ws("pâques pentecôte"), 24, 10),
    "deictic": (_ws("hier demain aujourd"), 10, 46),
    "deictic_part": (_W_PARTS, 12, 14),
    "ce_jour": (_ws("jour"), 6, 8),
    "weekday": (_W_WEEKDAYS, 12, 38),
    "period_rel": (
        _ws("semaine week weekend mois année an trimestre semestre siècle décennie"),
        10,
        18,
    ),
    "part_of_unit": (_ws("début fin milieu mi"), 14, 32),
    "offset": (_W_UNITS, 50, 18),
    "offset_ana": (_W_UNITS, 50, 18),
    "anaphor": (_ws("lendemain veille surlendemain même jour là") | _W_PARTS, 22, 24),
    "vague": (_W_VAGUE, 28, 28),
    "recent_n": (_W_UNITS, 50, 18),
    "duration": (_W_UNITS, 50, 18),
    "duration_word": (_ws("quinquennat septennat demi quart"), 8, 14),
    "set": (_ws("chaque tous toutes"), 2, 38),
    "set_freq": (_ws("fois"), 22, 18),
    "set_adverb": (_ws("quotidiennement annuellement mensuellement hebdomadairement"), 2, 20),
    "clock": (DIGITS, 22, 28),
    "clock_colon": (DIGITS, 2, 10),
    "clock_word": (_ws("midi minuit"), 22, 6),
    "part_of_day": (_W_PARTS, 22, 8),
}
#: Extra room after a stretch: a match starting in it is read whole, never cut short.
_MARGIN = 40
_TOKEN = re.compile(r"\w+")
_INDEX: dict[str, list[int]] = {}
_DIGIT_RULES: list[int] = []


def _build_index() -> None:
    missing = {r.name for r in _RULES} - set(ANCHORS)
    if missing:
        raise AssertionError(f"rules without anchors: {sorted(missing)}")
    for i, r in enumerate(_RULES):
        anchor = ANCHORS[r.name][0]
        if anchor == DIGITS:
            _DIGIT_RULES.append(i)
        else:
            for word in anchor:
                _INDEX.setdefault(word, []).append(i)


def _windows(low: str) -> dict[int, list[list[int]]]:
    """For each rule, the merged stretches of text where its matches may start."""
    if not _INDEX:
        _build_index()
    wins: dict[int, list[list[int]]] = {}
    reach = [ANCHORS[r.name][1:] for r in _RULES]
    for m in _TOKEN.finditer(low):
        token = m.group()
        rules = _INDEX.get(token)
        if rules is None:
            if not token[0].isdigit():
                continue
            rules = _DIGIT_RULES
        start, end = m.span()
        for i in rules:
            back, ahead = reach[i]
            lo, hi = max(start - back, 0), end + ahead
            spans = wins.get(i)
            if spans and lo <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], hi)
            elif spans:
                spans.append([lo, hi])
            else:
                wins[i] = [[lo, hi]]
    return wins


def _scan(plain: str) -> list[Cand]:
    found: list[tuple[int, int, Cand]] = []
    low = _lower(plain)
    for i, spans in _windows(low).items():
        r = _RULES[i]
        target = plain if r.cased else low
        for lo, hi in spans:
            for m in r.pattern.finditer(target, lo, hi + _MARGIN):
                if m.start() >= hi:
                    break
                c = r.build(m, plain)
                if c is not None and c.end > c.start:
                    found.append((r.priority, len(found), c))
    # Longest first, then the rule's priority, then the earliest.
    found.sort(key=lambda item: (-(item[2].end - item[2].start), item[0], item[2].start))
    kept: list[Cand] = []
    for _, _, c in found:
        if not any(c.overlaps(k) for k in kept):
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


def tag(plain: str) -> list[Cand]:
    """The temporal expressions of ``plain`` (already made plain), composed, in text order."""
    cands = _scan(plain)
    cands = _coordinated_days(plain, cands)
    cands = _period_parts(plain, cands)
    cands = _borrow_coordinated(plain, cands)
    cands = _ranges(plain, cands)
    cands = _nights(plain, cands)
    cands = _anchored(plain, cands)
    cands = _week_of(plain, cands)
    cands = _prepositions(plain, cands)
    return cands


# --- composition ----------------------------------------------------------------------------

_DATE_LIKE = frozenset(
    {
        "date",
        "wd_day",
        "month",
        "year",
        "decade",
        "century",
        "season",
        "quarter",
        "holiday",
        "deictic",
        "deictic_part",
        "weekday",
        "period_rel",
        "part_of_unit",
        "clock",
        "range",
        "anaphor",
        "offset",
    }
)

_COORD_BEFORE = re.compile(
    rf"(?P<pre>\b(?:du|entre\s+les|entre\s+le|entre|les|le|des|aux|au)\s+)?(?:(?P<wd1>{WD})\s+)?"
    rf"(?<![\w.,:])(?P<d1>{DAYNUM})(?P<more>(?:\s*,\s*(?:{WD}\s+)?{DAYNUM})*)\s*"
    r"(?P<conj>au|à|et|-|–|,|ou)\s*(?:(?:le|au)\s+)?\Z",
    re.I,
)


def _coordinated_days(text: str, cands: list[Cand]) -> list[Cand]:
    """ "du 19 au 23 juillet", "les 6 et 13 avril", "samedi 4 et dimanche 5 août"."""
    out: list[Cand] = []
    for c in cands:
        if c.rule == "date" and "m" in c.data:
            window_start = max(out[-1].end if out else 0, c.start - 70)
            m = _COORD_BEFORE.search(text, window_start, c.start)
            if m and m.end() == c.start and "m" in c.data:
                from timeline.temporal.lexicon import day_number

                pre = " ".join((m["pre"] or "").lower().split())
                conj = m["conj"].lower()
                left = Cand("date", m.start("wd1") if m["wd1"] else m.start("d1"), m.end("d1"))
                left.data = {k: v for k, v in c.data.items() if k in {"m", "y", "y2", "rel"}}
                left.data["d"] = day_number(m["d1"])
                left.data["borrowed"] = True
                if m["wd1"]:
                    left.data["wd"] = _weekday_index(m["wd1"])
                if conj in {"au", "à", "-", "–"} or pre.startswith("entre"):
                    start = m.start("pre") if m["pre"] else left.start
                    out.append(Cand("range", start, c.end, {"how": "from_to"}, [left, c]))
                    continue
                if pre in {"les", "le", "des", "aux", "au"}:
                    left.start = m.start("pre")
                out.append(left)
                if m["more"]:
                    for extra in re.finditer(rf"(?:({WD})\s+)?({DAYNUM})", m["more"], re.I):
                        offset = m.start("more")
                        e = Cand("date", offset + extra.start(), offset + extra.end())
                        e.data = {k: v for k, v in c.data.items() if k in {"m", "y", "y2", "rel"}}
                        e.data["d"] = day_number(extra.group(2))
                        if extra.group(1):
                            e.data["wd"] = _weekday_index(extra.group(1))
                        out.append(e)
        out.append(c)
    return out


_PART_BEFORE = re.compile(
    r"(?:\b(?:au|en|à\s+la|dès\s+la|dès|vers\s+la|courant)\s+)?(?:\bla\s+|\ble\s+)?"
    r"\b(?P<pm>début|fin|milieu|mi)(?:\s*-\s*|\s+(?:de\s+l'|de\s+la|du|des|de|d')\s*|\s+)\Z",
    re.I,
)
_PARTABLE = frozenset({"month", "year", "decade", "century", "season", "period_rel", "quarter"})


def _period_parts(text: str, cands: list[Cand]) -> list[Cand]:
    """ "début juillet", "mi-juillet", "fin 2021", "au début des années 60"."""
    for i, c in enumerate(cands):
        if c.rule not in _PARTABLE:
            continue
        if c.rule == "period_rel" and c.data.get("unit") in {"week-end"}:
            continue
        lo = max(cands[i - 1].end if i else 0, c.start - 30)
        m = _PART_BEFORE.search(text, lo, c.start)
        if m and m.end() == c.start:
            c.data["mod"] = {"début": "START", "milieu": "MID", "mi": "MID", "fin": "END"}[
                m["pm"].lower()
            ]
            c.start = m.start()
    return cands


def _borrow_coordinated(text: str, cands: list[Cand]) -> list[Cand]:
    """ "en mai et juin derniers": the first month takes the second's "derniers"."""
    for a, b in itertools.pairwise(cands):
        if (
            a.rule == b.rule
            and a.rule in {"month", "date"}
            and "rel" not in a.data
            and "rel" in b.data
            and "y" not in a.data
            and re.fullmatch(r"\s*(?:et|ou|,)\s*(?:en\s+|le\s+)?", text[a.end : b.start], re.I)
        ):
            a.data["rel"] = b.data["rel"]
    return cands


_RANGE_OPEN = re.compile(r"\b(?P<w>du|de|d'|des|entre|depuis)\s*\Z", re.I)
_RANGE_TO = re.compile(r"\s*(?:au|à|a|jusqu'au|jusqu'à|jusqu'en|-|–|—)\s*(?:l'|la\s+)?", re.I)
_RANGE_AND = re.compile(r"\s*(?:et)\s*(?:l'|la\s+)?", re.I)
_RANGEABLE = _DATE_LIKE - {"range", "offset", "anaphor"}


def _ranges(text: str, cands: list[Cand]) -> list[Cand]:
    """ "du 3 août au 5 septembre", "de mars à mai", "entre 2019 et 2021", "de 19 h à 20 h"."""
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if b is not None and a.rule in _RANGEABLE and b.rule in _RANGEABLE:
            lo = max(out[-1].end if out else 0, a.start - 12)
            opener = _RANGE_OPEN.search(text, lo, a.start)
            between = text[a.end : b.start]
            if opener and opener.end() == a.start and (a.rule == "clock") == (b.rule == "clock"):
                word = opener["w"].lower()
                joined = (
                    _RANGE_AND.fullmatch(between)
                    if word == "entre"
                    else _RANGE_TO.fullmatch(between)
                )
                if joined:
                    out.append(Cand("range", opener.start(), b.end, {"how": "from_to"}, [a, b]))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


_NIGHT_BEFORE = re.compile(r"\bla\s+nuit\s+(?:de\s+|du\s+|d')?\Z", re.I)


def _nights(text: str, cands: list[Cand]) -> list[Cand]:
    """ "dans la nuit de lundi à mardi", "la nuit du 3 au 4 août", "la nuit de samedi"."""
    for i, c in enumerate(cands):
        if c.rule not in {"range", "weekday", "date", "deictic", "wd_day"}:
            continue
        lo = max(cands[i - 1].end if i else 0, c.start - 30)
        m = _NIGHT_BEFORE.search(text, lo, c.start)
        if m and m.end() == c.start:
            c.data["night"] = True
            c.start = m.start()
    return cands


_OF = re.compile(r"\s*(?:de\s+la|de\s+l'|du|de|d')\s*", re.I)


def _anchored(text: str, cands: list[Cand]) -> list[Cand]:
    """ "le lendemain du 14 juillet", "trois jours avant le 5 août": anchored on that date."""
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if b is not None and b.rule in _RANGEABLE:
            between = text[a.end : b.start]
            if a.rule == "anaphor" and a.data.get("offset") and _OF.fullmatch(between):
                out.append(
                    Cand(
                        "anchored",
                        a.start,
                        b.end,
                        {"offset": a.data["offset"], "part": a.data.get("part")},
                        [b],
                    )
                )
                i += 2
                continue
            if (
                a.rule == "offset_ana"
                and a.data.get("relation")
                and re.fullmatch(r"\s*(?:le\s+|la\s+|l')?", between)
            ):
                data = dict(a.data)
                out.append(Cand("anchored_offset", a.start, b.end, data, [b]))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_WEEK_OF = re.compile(
    r"\b(?P<u>la\s+semaine|le\s+week-end|le\s+weekend)\s+(?:du|de\s+la|de)\s*\Z", re.I
)


def _week_of(text: str, cands: list[Cand]) -> list[Cand]:
    """ "la semaine du 3 août", "le week-end de Pâques"."""
    out: list[Cand] = []
    for c in cands:
        if c.rule in {"date", "holiday", "wd_day"}:
            m = _WEEK_OF.search(text, max(0, c.start - 25), c.start)
            if m and m.end() == c.start and (not out or out[-1].end <= m.start()):
                unit = "week-end" if "week" in m["u"].lower() else "semaine"
                out.append(Cand("week_of", m.start(), c.end, {"unit": unit}, [c]))
                continue
        out.append(c)
    return out


_PREP_BEFORE = re.compile(
    r"(?P<p>\bdepuis|\bjusqu'(?:au|aux|à|en)|\bd'ici(?:\s+à)?|\b[àa]\s+partir\s+d(?:u|e|')"
    r"|\b[àa]\s+compter\s+d(?:u|e|')|\bdès|\bavant|\baprès)"
    r"(?:\s+(?:le|la|l'|les|au|du))?\s*\Z",
    re.I,
)
_PREPOSABLE = _DATE_LIKE - {"offset", "anaphor"} | {"anchored", "week_of"}


def _prepositions(text: str, cands: list[Cand]) -> list[Cand]:
    """ "depuis le 24 février", "jusqu'au 10 mai", "d'ici 2025", "à partir du 30 août"."""
    out: list[Cand] = []
    for c in cands:
        if c.rule in _PREPOSABLE:
            lo = max(out[-1].end if out else 0, c.start - 25)
            m = _PREP_BEFORE.search(text, lo, c.start)
            if m and m.end() == c.start:
                p = " ".join(m["p"].lower().split())
                how = (
                    "since"
                    if p == "depuis"
                    else "until"
                    if p.startswith("jusqu")
                    else "by"
                    if p.startswith("d'ici")
                    else "before"
                    if p == "avant"
                    else "after"
                    if p == "après"
                    else "from"
                )
                if not (c.rule == "range" and how in {"since", "from"}):
                    out.append(Cand("prep", m.start(), c.end, {"how": how}, [c]))
                    continue
        out.append(c)
    return out
