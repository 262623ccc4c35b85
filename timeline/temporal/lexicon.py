"""French words of time: weekdays, months, seasons, parts of day, units, numbers, adverbs.

Everything here is data plus the small readers that turn a matched word into a number.
The regular expressions built from these words live in :mod:`timeline.temporal.patterns`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

WEEKDAYS: tuple[str, ...] = (
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
)

#: Month names and the abbreviations news agencies use (abbreviations need their dot).
MONTH_FORMS: dict[str, int] = {
    "janvier": 1,
    "janv.": 1,
    "février": 2,
    "fevrier": 2,
    "févr.": 2,
    "fév.": 2,
    "mars": 3,
    "avril": 4,
    "avr.": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil.": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "sept.": 9,
    "octobre": 10,
    "oct.": 10,
    "novembre": 11,
    "nov.": 11,
    "décembre": 12,
    "decembre": 12,
    "déc.": 12,
}

#: Seasons and their TIMEX3 codes.
SEASONS: dict[str, str] = {
    "printemps": "SP",
    "été": "SU",
    "ete": "SU",
    "eté": "SU",  # "Eté": a capital É typed without its accent
    "automne": "FA",
    "hiver": "WI",
}

#: Parts of the day and their TIMEX3 codes (morning, midday, afternoon, evening, night).
PARTS_OF_DAY: dict[str, str] = {
    "matin": "MO",
    "matinée": "MO",
    "midi": "MI",
    "après-midi": "AF",
    "soir": "EV",
    "soirée": "EV",
    "nuit": "NI",
    "journée": "DT",  # the daytime: the value stays a plain date
}

#: Units of offsets and durations: (TIMEX3 unit letter, is a time unit, days per unit).
UNITS: dict[str, tuple[str, bool, float]] = {
    "seconde": ("S", True, 1 / 86400),
    "minute": ("M", True, 1 / 1440),
    "heure": ("H", True, 1 / 24),
    "h": ("H", True, 1 / 24),
    "jour": ("D", False, 1),
    "journée": ("D", False, 1),
    "nuit": ("D", False, 1),
    "semaine": ("W", False, 7),
    "quinzaine": ("D", False, 15),
    "week-end": ("WE", False, 7),
    "mois": ("M", False, 30.44),
    "trimestre": ("Q", False, 91.3),
    "semestre": ("H", False, 182.6),
    "an": ("Y", False, 365.25),
    "année": ("Y", False, 365.25),
    "décennie": ("DE", False, 3652.5),
    "siècle": ("CE", False, 36525),
}

_UNIT_ALIASES = {"weekend": "week-end", "week end": "week-end", "ans": "an", "jours": "jour"}


def unit_of(word: str) -> str:
    """The canonical unit (a key of :data:`UNITS`) of a matched unit word."""
    w = " ".join(word.lower().split())
    if w in _UNIT_ALIASES:
        return _UNIT_ALIASES[w]
    if w in UNITS:
        return w
    if w.endswith("s") and w[:-1] in UNITS:
        return w[:-1]
    if w.endswith("x") and w[:-1] in UNITS:
        return w[:-1]
    return _UNIT_ALIASES.get(w[:-1], w)


_NUMBER_WORDS: dict[str, int] = {
    "zéro": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "cent": 100,
    "cents": 100,
    "mille": 1000,
}

#: Approximate quantities: "une dizaine de jours" is about ten days.
APPROX_NOUNS: dict[str, int] = {
    "demi-douzaine": 6,
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
}

ORDINALS: dict[str, int] = {
    "premier": 1,
    "première": 1,
    "1er": 1,
    "1re": 1,
    "1ère": 1,
    "deuxième": 2,
    "second": 2,
    "seconde": 2,
    "2e": 2,
    "2ème": 2,
    "troisième": 3,
    "3e": 3,
    "3ème": 3,
    "quatrième": 4,
    "4e": 4,
    "4ème": 4,
}


def number_value(words: str) -> int | None:
    """The value of a French cardinal written in digits or in words, or None.

    >>> number_value("quarante-huit"), number_value("vingt et un"), number_value("12")
    (48, 21, 12)
    >>> number_value("quatre-vingt-dix"), number_value("deux mille vingt-deux")
    (90, 2022)
    """
    text = words.strip().lower().replace("\u00a0", " ")
    digits = text.replace(" ", "").replace(".", "")
    if digits.isdigit():
        return int(digits)
    tokens = [t for t in re.split(r"[\s-]+", text) if t and t != "et"]
    if not tokens:
        return None
    total = current = 0
    for token in tokens:
        if token not in _NUMBER_WORDS:
            return None
        value = _NUMBER_WORDS[token]
        if value == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif value == 100:
            current = max(current, 1) * 100
        elif value == 20 and current % 100 == 4:  # quatre-vingt(s)
            current += 76
        else:
            current += value
    return total + current


def day_number(word: str) -> int:
    """A day of the month from ``1er``, ``premier``, ``03``..."""
    w = word.lower()
    if w in ORDINALS:
        return ORDINALS[w]
    if w.startswith("1") and not w[1:].isdigit():  # 1ᵉʳ and other superscript forms
        return 1
    return int(w)


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(text: str) -> int | None:
    """The value of a Roman numeral (centuries: ``XIX``), or None when it is not one."""
    total = 0
    prev = 0
    for ch in reversed(text.upper()):
        value = _ROMAN.get(ch)
        if value is None:
            return None
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total or None


@dataclass(frozen=True, slots=True)
class Vague:
    """How a vague expression is placed: its side of publication and its width setting."""

    direction: str  # past, present, future
    width: str  # the TemporalConfig field holding the width in days


#: Vague expressions (lower case, straight apostrophes, single spaces).
VAGUE: dict[str, Vague] = {
    # recent past
    "récemment": Vague("past", "recent_days"),
    "tout récemment": Vague("past", "recent_days"),
    "dernièrement": Vague("past", "recent_days"),
    "ces derniers temps": Vague("past", "recent_days"),
    "ces derniers jours": Vague("past", "few_days"),
    "ces dernières semaines": Vague("past", "recent_days"),
    "ces derniers mois": Vague("past", "months_span"),
    "ces dernières années": Vague("past", "years_span"),
    "il y a peu": Vague("past", "recent_days"),
    "nouvellement": Vague("past", "recent_days"),
    "fraîchement": Vague("past", "recent_days"),
    # earlier past
    "précédemment": Vague("past", "earlier_days"),
    "auparavant": Vague("past", "earlier_days"),
    "antérieurement": Vague("past", "earlier_days"),
    "naguère": Vague("past", "earlier_days"),
    "autrefois": Vague("past", "earlier_days"),
    "jadis": Vague("past", "earlier_days"),
    "par le passé": Vague("past", "earlier_days"),
    "dans le passé": Vague("past", "earlier_days"),
    # present
    "actuellement": Vague("present", "present_days"),
    "maintenant": Vague("present", "present_days"),
    "désormais": Vague("present", "present_days"),
    "dorénavant": Vague("present", "present_days"),
    "à présent": Vague("present", "present_days"),
    "en ce moment": Vague("present", "present_days"),
    "pour le moment": Vague("present", "present_days"),
    "pour l'instant": Vague("present", "present_days"),
    "à l'heure actuelle": Vague("present", "present_days"),
    "à l'heure qu'il est": Vague("present", "present_days"),
    "de nos jours": Vague("present", "present_days"),
    "à ce jour": Vague("present", "present_days"),
    "jusqu'à présent": Vague("present", "present_days"),
    "jusqu'ici": Vague("present", "present_days"),
    "actuel": Vague("present", "present_days"),
    "actuelle": Vague("present", "present_days"),
    "actuels": Vague("present", "present_days"),
    "actuelles": Vague("present", "present_days"),
    # near future
    "bientôt": Vague("future", "soon_days"),
    "prochainement": Vague("future", "soon_days"),
    "sous peu": Vague("future", "soon_days"),
    "d'ici peu": Vague("future", "soon_days"),
    "sans tarder": Vague("future", "soon_days"),
    "à court terme": Vague("future", "soon_days"),
    "dans les prochains jours": Vague("future", "few_days"),
    "dans les jours à venir": Vague("future", "few_days"),
    "dans les jours qui viennent": Vague("future", "few_days"),
    "dans les prochaines semaines": Vague("future", "soon_days"),
    "dans les semaines à venir": Vague("future", "soon_days"),
    "dans les semaines qui viennent": Vague("future", "soon_days"),
    "dans les prochains mois": Vague("future", "months_span"),
    "dans les mois à venir": Vague("future", "months_span"),
    "dans les mois qui viennent": Vague("future", "months_span"),
    "dans les prochaines années": Vague("future", "years_span"),
    "dans les années à venir": Vague("future", "years_span"),
    "dans les années qui viennent": Vague("future", "years_span"),
    # farther future
    "à l'avenir": Vague("future", "later_days"),
    "dans l'avenir": Vague("future", "later_days"),
    "pour l'avenir": Vague("future", "later_days"),
    "l'avenir": Vague("future", "later_days"),
    "à terme": Vague("future", "later_days"),
    "à moyen terme": Vague("future", "later_days"),
    "à long terme": Vague("future", "later_days"),
    "dans le futur": Vague("future", "later_days"),
    "à l'avenir proche": Vague("future", "soon_days"),
    "dans un avenir proche": Vague("future", "soon_days"),
    "dans un futur proche": Vague("future", "soon_days"),
}

#: Fixed-date holidays: name -> (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "noël": (12, 25),
    "la saint-sylvestre": (12, 31),
    "saint-sylvestre": (12, 31),
    "nouvel an": (1, 1),
    "le nouvel an": (1, 1),
    "jour de l'an": (1, 1),
    "le jour de l'an": (1, 1),
    "la toussaint": (11, 1),
    "toussaint": (11, 1),
    "la saint-valentin": (2, 14),
    "saint-valentin": (2, 14),
    "l'assomption": (8, 15),
    "la chandeleur": (2, 2),
    "l'épiphanie": (1, 6),
}

#: Movable feasts: name -> days after Easter Sunday.
EASTER_HOLIDAYS: dict[str, int] = {
    "pâques": 0,
    "lundi de pâques": 1,
    "week-end de pâques": 0,
    "vendredi saint": -2,
    "l'ascension": 39,
    "ascension": 39,
    "la pentecôte": 49,
    "pentecôte": 49,
    "lundi de pentecôte": 50,
    "week-end de la pentecôte": 49,
    "lundi de la pentecôte": 50,
}


def fold(text: str) -> str:
    """Lower case with single spaces and straight apostrophes: the key of lexicon lookups."""
    return " ".join(unicodedata.normalize("NFC", text).lower().replace("’", "'").split())
