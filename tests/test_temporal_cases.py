# ruff: noqa: E501  (the case table keeps one case per line)
"""The temporal engine, case by case, without spaCy (the clause tense is given).

Each case: publication date, text, clause tense (what the parse would say), the mention's
text, its TIMEX3 value, its dates ("a..b", one day, or "-" for undated), granularity and
kind (None: not checked). Publication dates cover a Wednesday in summer, a Sunday, a
Monday, the turn of a year and a leap day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.config import TemporalConfig
from timeline.temporal import find_mentions

WED = "2022-08-03"  # Wednesday, ISO week 31
THU = "2022-08-04"  # Thursday
SUN = "2022-08-07"  # Sunday, end of ISO week 31
MON = "2022-08-08"  # Monday, ISO week 32
NYE = "2022-12-30"  # Friday before New Year, ISO week 52
NEW = "2023-01-02"  # Monday, ISO week 1 of 2023
LEAP = "2024-02-29"  # Thursday, leap day
TB = "1999-05-26"  # Wednesday, a French TimeBank-era date

P, F, N = "past", "future", "present"


def case(pub, text, tense, span, value, dates, gran=None, kind=None, mod=""):
    """One row of the table as a pytest parameter (id: the text)."""
    return pytest.param(pub, text, tense, span, value, dates, gran, kind, mod, id=f"{text}")


# fmt: off
CASES = [
    # --- deictic days and parts of day -------------------------------------------------
    case(WED, "Il est arrivé hier.", P, "hier", "2022-08-02", "2022-08-02", "day", "relative"),  # yesterday
    case(WED, "Il est arrivé avant-hier.", P, "avant-hier", "2022-08-01", "2022-08-01", "day"),  # two days back
    case(WED, "Il arrivera demain.", F, "demain", "2022-08-04", "2022-08-04", "day", "relative"),  # tomorrow
    case(WED, "Il arrivera après-demain.", F, "après-demain", "2022-08-05", "2022-08-05"),  # two days ahead
    case(WED, "Il parle aujourd'hui devant l'assemblée.", N, "aujourd'hui", "2022-08-03", "2022-08-03", "day"),  # today
    case(WED, "Il parle aujourd’hui devant l'assemblée.", N, "aujourd’hui", "2022-08-03", "2022-08-03"),  # typographic apostrophe
    case(WED, "Il a couru ce matin.", P, "ce matin", "2022-08-03TMO", "2022-08-03", "part_of_day", "relative"),  # this morning
    case(WED, "Il jouera ce soir.", F, "ce soir", "2022-08-03TEV", "2022-08-03", "part_of_day"),  # tonight
    case(WED, "Il viendra cet après-midi.", F, "cet après-midi", "2022-08-03TAF", "2022-08-03"),  # this afternoon
    case(WED, "Ils déjeunent ce midi.", N, "ce midi", "2022-08-03TMI", "2022-08-03"),  # this noon
    case(WED, "Il a parlé hier soir.", P, "hier soir", "2022-08-02TEV", "2022-08-02", "part_of_day"),  # last evening
    case(WED, "Il a parlé hier matin.", P, "hier matin", "2022-08-02TMO", "2022-08-02"),  # yesterday morning
    case(WED, "Il a parlé hier après-midi.", P, "hier après-midi", "2022-08-02TAF", "2022-08-02"),  # yesterday afternoon
    case(WED, "Il a parlé hier midi.", P, "hier midi", "2022-08-02TMI", "2022-08-02"),  # yesterday noon
    case(WED, "Il partira demain matin.", F, "demain matin", "2022-08-04TMO", "2022-08-04"),  # tomorrow morning
    case(WED, "Il partira demain soir.", F, "demain soir", "2022-08-04TEV", "2022-08-04"),  # tomorrow evening
    case(WED, "Un incendie s'est déclaré cette nuit.", P, "cette nuit", "2022-08-02TNI", "2022-08-02..2022-08-03"),  # last night
    case(WED, "Il fera froid cette nuit.", F, "cette nuit", "2022-08-03TNI", "2022-08-03..2022-08-04"),  # tonight
    case(WED, "Il a plu la nuit dernière.", P, "la nuit dernière", "2022-08-02TNI", "2022-08-02..2022-08-03"),  # last night, explicit
    case(WED, "Il a été blessé hier en début d'après-midi.", P, "hier en début d'après-midi", "2022-08-02TAF", "2022-08-02", mod="START"),  # early afternoon
    case(WED, "Il a parlé hier dans la soirée.", P, "hier dans la soirée", "2022-08-02TEV", "2022-08-02"),  # in the evening
    case(WED, "Il fera l'annonce aujourd'hui mercredi.", F, "aujourd'hui mercredi", "2022-08-03", "2022-08-03"),  # today with its weekday
    case(WED, "Aujourd'hui, le quartier a changé de visage.", P, "Aujourd'hui", "PRESENT_REF", "2022-07-27..2022-08-10", "vague", "vague"),  # nowadays
    case(WED, "Nous sommes, aujourd'hui, dans une situation difficile.", N, "aujourd'hui", "PRESENT_REF", "2022-07-27..2022-08-10"),  # nowadays, as an aside
    case(WED, "Aujourd'hui, le président se rendra à Lyon.", F, "Aujourd'hui", "2022-08-03", "2022-08-03"),  # today: future clause
    case(WED, "La loi a été votée ce jour.", P, "ce jour", "2022-08-03", "2022-08-03"),  # formal "today"
    case(NEW, "Il est arrivé hier.", P, "hier", "2023-01-01", "2023-01-01"),  # across New Year
    case(NEW, "Il est arrivé avant-hier.", P, "avant-hier", "2022-12-31", "2022-12-31"),  # back into the old year
    case(NYE, "Il partira après-demain.", F, "après-demain", "2023-01-01", "2023-01-01"),  # into the new year
    case(LEAP, "Il est arrivé hier.", P, "hier", "2024-02-28", "2024-02-28"),  # the day before a leap day
    case(LEAP, "Il arrivera demain.", F, "demain", "2024-03-01", "2024-03-01"),  # the day after a leap day
    case(LEAP, "Il arrive aujourd'hui.", N, "aujourd'hui", "2024-02-29", "2024-02-29"),  # the leap day itself
    # --- weekdays ----------------------------------------------------------------------
    case(WED, "L'AFP a annoncé la nouvelle ce mardi.", P, "ce mardi", "2022-08-02", "2022-08-02", "day", "relative"),  # the seed's case
    case(WED, "L'AFP a annoncé la nouvelle ce mardi.", None, "ce mardi", "2022-08-02", "2022-08-02"),  # no tense: nearest
    case(WED, "Il viendra ce lundi.", F, "ce lundi", "2022-08-08", "2022-08-08"),  # this coming Monday
    case(WED, "Il est venu ce lundi.", P, "ce lundi", "2022-08-01", "2022-08-01"),  # this past Monday
    case(WED, "Il est venu mardi dernier.", P, "mardi dernier", "2022-08-02", "2022-08-02"),  # last Tuesday
    case(WED, "Il est venu mercredi dernier.", P, "mercredi dernier", "2022-07-27", "2022-07-27"),  # "dernier" on that weekday: a week back
    case(WED, "Il viendra mercredi prochain.", F, "mercredi prochain", "2022-08-10", "2022-08-10"),  # a week ahead
    case(WED, "Il viendra vendredi prochain.", F, "vendredi prochain", "2022-08-05", "2022-08-05"),  # next Friday
    case(WED, "Il viendra lundi prochain.", F, "lundi prochain", "2022-08-08", "2022-08-08"),  # next Monday
    case(WED, "Il a démissionné lundi.", P, "lundi", "2022-08-01", "2022-08-01"),  # past: latest Monday
    case(WED, "Il démissionnera lundi.", F, "lundi", "2022-08-08", "2022-08-08"),  # future: next Monday
    case(WED, "Démission lundi.", None, "lundi", "2022-08-01", "2022-08-01"),  # no verb: the nearest Monday
    case(WED, "Match jeudi.", None, "jeudi", "2022-08-04", "2022-08-04"),  # nearest Thursday is tomorrow
    case(WED, "Match samedi.", None, "samedi", "2022-08-06", "2022-08-06"),  # nearest Saturday ahead
    case(WED, "Match dimanche.", None, "dimanche", "2022-07-31", "2022-07-31"),  # nearest Sunday behind
    case(WED, "Il parlera mercredi.", F, "mercredi", "2022-08-03", "2022-08-03"),  # future includes publication day
    case(THU, "Le ministre a annoncé jeudi sa démission.", P, "jeudi", "2022-08-04", "2022-08-04"),  # news convention: the paper's day
    case(SUN, "Il a gagné samedi.", P, "samedi", "2022-08-06", "2022-08-06"),  # yesterday, from a Sunday
    case(SUN, "Il jouera lundi.", F, "lundi", "2022-08-08", "2022-08-08"),  # tomorrow, from a Sunday
    case(SUN, "Il est venu dimanche dernier.", P, "dimanche dernier", "2022-07-31", "2022-07-31"),  # a week back
    case(MON, "Il a joué dimanche.", P, "dimanche", "2022-08-07", "2022-08-07"),  # from a Monday
    case(MON, "Il jouera dimanche.", F, "dimanche", "2022-08-14", "2022-08-14"),  # six days ahead
    case(NEW, "Il a joué samedi.", P, "samedi", "2022-12-31", "2022-12-31"),  # back into the old year
    case(NYE, "Il jouera lundi.", F, "lundi", "2023-01-02", "2023-01-02"),  # ahead into the new year
    case(LEAP, "Il a parlé mercredi.", P, "mercredi", "2024-02-28", "2024-02-28"),  # before the leap day
    case(LEAP, "Il parlera vendredi.", F, "vendredi", "2024-03-01", "2024-03-01"),  # after the leap day
    case(WED, "Il a parlé lundi matin.", P, "lundi matin", "2022-08-01TMO", "2022-08-01", "part_of_day"),  # weekday and part of day
    case(WED, "Il est rentré dimanche soir.", P, "dimanche soir", "2022-07-31TEV", "2022-07-31"),  # Sunday evening
    case(WED, "Il arrive vendredi après-midi.", F, "vendredi après-midi", "2022-08-05TAF", "2022-08-05"),  # Friday afternoon
    case(WED, "Il est arrivé dans la nuit de lundi à mardi.", P, "la nuit de lundi à mardi", "2022-08-01TNI", "2022-08-01..2022-08-02", "part_of_day"),  # a night across two days
    case(WED, "Ils ont fui la nuit de samedi à dimanche.", P, "la nuit de samedi à dimanche", "2022-07-30TNI", "2022-07-30..2022-07-31"),  # Saturday night
    case(WED, "Ils ont fui dans la nuit de samedi.", P, "la nuit de samedi", "2022-07-30TNI", "2022-07-30..2022-07-31"),  # the night of a weekday
    case(WED, "Le 5 août 2022 tombe un vendredi, et le lundi suivant il part.", F, "le lundi suivant", "2022-08-08", "2022-08-08", kind="anaphoric"),  # anaphoric weekday
    case(WED, "Le 5 août 2022, puis le mardi précédent.", None, "le mardi précédent", "2022-08-02", "2022-08-02", kind="anaphoric"),  # the Tuesday before
    case(WED, "Il voit le lundi 8 août.", F, "le lundi 8 août", "2022-08-08", "2022-08-08", "day", "absolute"),  # weekday and date
    case(WED, "Il vient ce jeudi 4.", F, "ce jeudi 4", "2022-08-04", "2022-08-04"),  # weekday and day number
    case(WED, "Réunion mardi 9.", None, "mardi 9", "2022-08-09", "2022-08-09"),  # the month is the nearest fitting one
    # --- absolute dates ------------------------------------------------------------------
    case(WED, "Il est né le 5 août 2022.", P, "le 5 août 2022", "2022-08-05", "2022-08-05", "day", "absolute"),  # full date
    case(WED, "Signé 5 août 2022 à Paris.", None, "5 août 2022", "2022-08-05", "2022-08-05"),  # without the article
    case(WED, "Signé lundi 1er août 2022.", P, "lundi 1er août 2022", "2022-08-01", "2022-08-01"),  # weekday, 1er, year
    case(WED, "Signé le 1er janvier 2000.", P, "le 1er janvier 2000", "2000-01-01", "2000-01-01"),  # millennium
    case(WED, "Publié le 03/08/2022.", P, "le 03/08/2022", "2022-08-03", "2022-08-03", "day", "absolute"),  # day first
    case(WED, "Publié le 3.8.2022.", P, "le 3.8.2022", "2022-08-03", "2022-08-03"),  # dotted
    case(WED, "Publié le 03-08-22.", P, "le 03-08-22", "2022-08-03", "2022-08-03"),  # two-digit year
    case(WED, "Publié le 31/12/1999.", P, "le 31/12/1999", "1999-12-31", "1999-12-31"),  # last century
    case(WED, "Mis à jour 2022-08-03.", P, "2022-08-03", "2022-08-03", "2022-08-03"),  # ISO
    case(WED, "Les ventes d'août 2022 ont chuté.", P, "août 2022", "2022-08", "2022-08-01..2022-08-31", "month", "absolute"),  # month and year
    case(WED, "Il est arrivé en 2019.", P, "2019", "2019", "2019-01-01..2019-12-31", "year", "absolute"),  # a year
    case(WED, "Il a vécu là en 1975 à Vienne.", P, "1975", "1975", "1975-01-01..1975-12-31"),  # year before a preposition
    case(WED, "Prévu pour l'année 2001.", F, "l'année 2001", "2001", "2001-01-01..2001-12-31"),  # "l'année 2001"
    case(WED, "Le bogue de l'an 2000 fut évité.", P, "l'an 2000", "2000", "2000-01-01..2000-12-31"),  # "l'an 2000"
    case(WED, "Il a été signé en octobre 98.", P, "octobre 98", "1998-10", "1998-10-01..1998-10-31"),  # two-digit year after a month
    case(WED, "Les événements de mai 68 ont marqué.", P, "mai 68", "1968-05", "1968-05-01..1968-05-31"),  # May '68
    case(WED, "Il est mort le 10 novembre 93.", P, "le 10 novembre 93", "1993-11-10", "1993-11-10"),  # two-digit year after a day
    case(WED, "Il est mort le 10 novembre 21.", P, "le 10 novembre 21", "2021-11-10", "2021-11-10"),  # two-digit year, this century
    case(WED, "L'invasion a commencé le 24 février.", P, "le 24 février", "2022-02-24", "2022-02-24", "day", "absolute"),  # year from publication
    case(WED, "Il reviendra le 24 février.", F, "le 24 février", "2023-02-24", "2023-02-24"),  # future: next February
    case(WED, "Anniversaire le 24 février.", None, "le 24 février", "2022-02-24", "2022-02-24"),  # no tense: the nearest
    case(WED, "Il part le 5 août.", F, "le 5 août", "2022-08-05", "2022-08-05"),  # this week
    case(WED, "Il est parti le 1er août.", P, "le 1er août", "2022-08-01", "2022-08-01"),  # this week, past
    case(WED, "Il est parti le 5 août.", P, "le 5 août", "2021-08-05", "2021-08-05"),  # past tense puts it a year back
    case(WED, "Rentrée le 1er septembre prochain.", None, "le 1er septembre prochain", "2022-09-01", "2022-09-01"),  # "prochain"
    case(WED, "Il a été élu le 6 mai dernier.", P, "le 6 mai dernier", "2022-05-06", "2022-05-06"),  # "dernier"
    case(WED, "Il a été élu le 5 août dernier.", P, "le 5 août dernier", "2021-08-05", "2021-08-05"),  # "dernier" and not yet reached
    case(WED, "En décembre, l'usine a fermé.", P, "décembre", "2021-12", "2021-12-01..2021-12-31", "month"),  # past: last December
    case(WED, "En décembre, l'usine fermera.", F, "décembre", "2022-12", "2022-12-01..2022-12-31"),  # future: this December
    case(WED, "Fermeture en décembre.", None, "décembre", "2022-12", "2022-12-01..2022-12-31"),  # no tense: nearest
    case(WED, "Il est arrivé en juin.", P, "juin", "2022-06", "2022-06-01..2022-06-30"),  # past month this year
    case(WED, "Il a été élu en septembre dernier.", P, "septembre dernier", "2021-09", "2021-09-01..2021-09-30"),  # last September
    case(WED, "Il sera élu en juin prochain.", F, "juin prochain", "2023-06", "2023-06-01..2023-06-30"),  # next June
    case(WED, "C'était en juillet dernier.", P, "juillet dernier", "2022-07", "2022-07-01..2022-07-31"),  # last month
    case(WED, "Il est sans emploi depuis janvier.", N, "depuis janvier", "2022-01/2022-08-03", "2022-01-01..2022-08-03", "range"),  # since January
    case(WED, "Les ventes ont chuté en mai et juin derniers.", P, "mai", "2022-05", "2022-05-01..2022-05-31"),  # "derniers" shared
    case(WED, "Ils se sont vus le mois de juin.", P, "le mois de juin", "2022-06", "2022-06-01..2022-06-30"),  # "le mois de juin"
    case(NEW, "Il est parti le 28 décembre.", P, "le 28 décembre", "2022-12-28", "2022-12-28"),  # last year's December
    case(NEW, "Match le 28 décembre.", None, "le 28 décembre", "2022-12-28", "2022-12-28"),  # nearest is last week
    case(NEW, "Match le 3 janvier.", None, "le 3 janvier", "2023-01-03", "2023-01-03"),  # tomorrow
    case(NEW, "Il a fermé en décembre.", P, "décembre", "2022-12", "2022-12-01..2022-12-31"),  # last month, last year
    case(NYE, "Il viendra le 2 janvier.", F, "le 2 janvier", "2023-01-02", "2023-01-02"),  # next year
    case(NYE, "Réunion le 2 janvier.", None, "le 2 janvier", "2023-01-02", "2023-01-02"),  # nearest is next year
    case(NYE, "Il est venu le 25 décembre.", P, "le 25 décembre", "2022-12-25", "2022-12-25"),  # this week
    case(LEAP, "Il est né le 29 février.", P, "le 29 février", "2024-02-29", "2024-02-29"),  # the leap day, year from publication
    case(LEAP, "Il viendra le 1er mars.", F, "le 1er mars", "2024-03-01", "2024-03-01"),  # tomorrow
    case(LEAP, "Il est parti le 28 février 2023.", P, "le 28 février 2023", "2023-02-28", "2023-02-28"),  # explicit year
    case(TB, "Une collecte sera organisée samedi 29 mai.", P, "samedi 29 mai", "1999-05-29", "1999-05-29"),  # the weekday settles the year over a wrong tense
    case(WED, "Fête nationale le 14 Juillet.", None, "le 14 Juillet", "2022-07-14", "2022-07-14"),  # capitalised holiday date
    case(WED, "Les attentats du 11-Septembre 2001 ont tout changé.", P, "11-Septembre 2001", "2001-09-11", "2001-09-11"),  # hyphenated event date
    case(WED, "Le défilé du 14-Juillet a eu lieu.", P, "14-Juillet", "2022-07-14", "2022-07-14"),  # hyphenated holiday
    case(WED, "Le 5 Mars, il a signé.", P, "Le 5 Mars", "2022-03-05", "2022-03-05"),  # a capital with a day number is the month
    case(WED, "Signé le 3 sept. 2021.", P, "le 3 sept. 2021", "2021-09-03", "2021-09-03"),  # abbreviated month
    case(WED, "Signé le 3 janv. 2021.", P, "le 3 janv. 2021", "2021-01-03", "2021-01-03"),  # abbreviated January
    case(WED, "Signé le 3 aout 2021.", P, "le 3 aout 2021", "2021-08-03", "2021-08-03"),  # without the accent
    case(WED, "Signé le premier juillet 2021.", P, "le premier juillet 2021", "2021-07-01", "2021-07-01"),  # "premier" in words
    case(WED, "La saison 2022-2023 démarre.", None, "2022-2023", "2022/2023", "2022-01-01..2023-12-31", "range"),  # a season across two years, before a verb
    case(WED, "BILAN 2022 : tout va bien.", None, "2022", "2022", "2022-01-01..2022-12-31"),  # a year in a headline
    case(WED, "Mardi 2 août au soir, la police a évacué le camp.", P, "Mardi 2 août au soir", "2022-08-02TEV", "2022-08-02", "part_of_day"),  # a date and a part of day
    case(WED, "La bataille de 1515 est célèbre.", None, "1515", "1515", "1515-01-01..1515-12-31"),  # an old year after "de"
    case(WED, "MONTREUIL, LE 3 AOÛT 2022.", None, "LE 3 AOÛT 2022", "2022-08-03", "2022-08-03"),  # all capitals
    # --- decades, centuries, seasons, quarters, holidays -------------------------------
    case(WED, "Dans les années 1990, il régnait.", P, "les années 1990", "199X", "1990-01-01..1999-12-31", "decade", "absolute"),  # decade in full
    case(WED, "C'était dans les années 60.", P, "les années 60", "196X", "1960-01-01..1969-12-31", "decade"),  # two-digit decade
    case(WED, "Il a grandi dans les années 2000.", P, "les années 2000", "200X", "2000-01-01..2009-12-31"),  # the 2000s
    case(WED, "Construit au XIXe siècle.", P, "au XIXe siècle", "18XX", "1800-01-01..1899-12-31", "century"),  # Roman century
    case(WED, "Le défi du 21e siècle.", N, "du 21e siècle", "20XX", "2000-01-01..2099-12-31", "century"),  # century in digits
    case(WED, "Il l'a fait au printemps.", P, "printemps", "2022-SP", "2022-03-20..2022-06-20", "season", "relative"),  # this spring, past
    case(WED, "Il le fera au printemps.", F, "printemps", "2023-SP", "2023-03-20..2023-06-20", "season"),  # next spring
    case(WED, "Il est parti l'été dernier.", P, "l'été dernier", "2021-SU", "2021-06-21..2021-09-22", "season"),  # last summer: the summer now is this one
    case(WED, "Il reviendra cet été.", F, "cet été", "2022-SU", "2022-06-21..2022-09-22"),  # this summer
    case(WED, "Il reviendra l'hiver prochain.", F, "l'hiver prochain", "2022-WI", "2022-12-21..2023-03-19"),  # next winter straddles the year
    case(WED, "Des élections anticipées à l'automne.", None, "l'automne", "2022-FA", "2022-09-23..2022-12-20"),  # the coming autumn
    case(WED, "Les glaces se vendent bien en été.", N, "été", "XXXX-SU", "-", "season"),  # habitual: every summer
    case(WED, "Eté comme hiver, le lac attire du monde.", None, "Eté", "XXXX-SU", "-"),  # generic, capital E without accent
    case(WED, "Eté comme hiver, le lac attire du monde.", None, "hiver", "XXXX-WI", "-"),  # generic winter
    case(WED, "Il a visité Rome à l'automne 2021.", P, "l'automne 2021", "2021-FA", "2021-09-23..2021-12-20", "season", "absolute"),  # season and year
    case(WED, "Ouvert pendant les mois d'été.", N, "les mois d'été", "XXXX-SU", "-"),  # summer months, habitual
    case(NEW, "Il neige cet hiver.", N, "cet hiver", "2022-WI", "2022-12-21..2023-03-19"),  # the winter holding publication
    case(WED, "Le PIB a crû au premier trimestre 2022.", P, "au premier trimestre 2022", "2022-Q1", "2022-01-01..2022-03-31", "quarter", "absolute"),  # a quarter
    case(WED, "Le PIB a reculé au deuxième trimestre.", P, "au deuxième trimestre", "2022-Q2", "2022-04-01..2022-06-30", "quarter"),  # quarter, year from publication
    case(WED, "Les comptes du T1 2023 seront publiés.", F, "T1 2023", "2023-Q1", "2023-01-01..2023-03-31"),  # abbreviated quarter
    case(WED, "Au premier semestre 2021, il a perdu.", P, "Au premier semestre 2021", "2021-H1", "2021-01-01..2021-06-30", "half"),  # half-year
    case(WED, "Il viendra à Noël.", F, "Noël", "2022-12-25", "2022-12-25", "day"),  # Christmas
    case(WED, "Il est venu à Noël.", P, "Noël", "2021-12-25", "2021-12-25"),  # last Christmas
    case(WED, "Il est venu à Pâques.", P, "Pâques", "2022-04-17", "2022-04-17"),  # Easter 2022
    case(WED, "Il viendra à Pâques.", F, "Pâques", "2023-04-09", "2023-04-09"),  # Easter 2023
    case(WED, "Il viendra pour la Toussaint.", F, "la Toussaint", "2022-11-01", "2022-11-01"),  # All Saints
    case(WED, "Fermé le lundi de Pentecôte.", P, "le lundi de Pentecôte", "2022-06-06", "2022-06-06"),  # Whit Monday 2022
    case("1999-05-18", "Le village se réunira en cette fête de Pentecôte.", F, "cette fête de Pentecôte", "1999-05-23", "1999-05-23"),  # Pentecost 1999
    case(WED, "Rendez-vous pour le Nouvel An.", None, "le Nouvel An", "2023-01-01", "2023-01-01"),  # New Year's Day
    case(WED, "La veille de Noël, il neigeait.", P, "La veille de Noël", "2021-12-24", "2021-12-24"),  # Christmas Eve
    # --- periods relative to publication -------------------------------------------------
    case(WED, "Il l'a dit cette semaine.", P, "cette semaine", "2022-W31", "2022-08-01..2022-08-07", "week", "relative"),  # this week
    case(WED, "Il l'a dit la semaine dernière.", P, "la semaine dernière", "2022-W30", "2022-07-25..2022-07-31", "week"),  # last week
    case(WED, "Il le dira la semaine prochaine.", F, "la semaine prochaine", "2022-W32", "2022-08-08..2022-08-14"),  # next week
    case(WED, "Il l'a dit la semaine passée.", P, "la semaine passée", "2022-W30", "2022-07-25..2022-07-31"),  # "passée"
    case(WED, "Il l'a dit le mois dernier.", P, "le mois dernier", "2022-07", "2022-07-01..2022-07-31", "month"),  # last month
    case(WED, "Il le dira le mois prochain.", F, "le mois prochain", "2022-09", "2022-09-01..2022-09-30"),  # next month
    case(WED, "Il le dira ce mois-ci.", F, "ce mois-ci", "2022-08", "2022-08-01..2022-08-31"),  # this month
    case(WED, "Il l'a dit l'an dernier.", P, "l'an dernier", "2021", "2021-01-01..2021-12-31", "year"),  # last year
    case(WED, "Il l'a dit l’an dernier.", P, "l’an dernier", "2021", "2021-01-01..2021-12-31"),  # typographic apostrophe
    case(WED, "Il le dira l'année prochaine.", F, "l'année prochaine", "2023", "2023-01-01..2023-12-31"),  # next year
    case(WED, "Il le dira l'an prochain.", F, "l'an prochain", "2023", "2023-01-01..2023-12-31"),  # "l'an prochain"
    case(WED, "Il l'a dit l'année dernière.", P, "l'année dernière", "2021", "2021-01-01..2021-12-31"),  # "l'année dernière"
    case(WED, "Il a gagné cette année.", P, "cette année", "2022", "2022-01-01..2022-12-31"),  # this year
    case(WED, "Il a gagné l'année passée.", P, "l'année passée", "2021", "2021-01-01..2021-12-31"),  # "l'année passée"
    case(WED, "Il joue ce week-end.", F, "ce week-end", "2022-W31-WE", "2022-08-06..2022-08-07", "weekend", "relative"),  # coming weekend
    case(WED, "Il a joué le week-end dernier.", P, "le week-end dernier", "2022-W30-WE", "2022-07-30..2022-07-31", "weekend"),  # last weekend
    case(WED, "Il jouera le week-end prochain.", F, "le week-end prochain", "2022-W31-WE", "2022-08-06..2022-08-07"),  # next weekend: this Saturday
    case(SUN, "Il a joué ce week-end.", P, "ce week-end", "2022-W31-WE", "2022-08-06..2022-08-07"),  # on a Sunday: this weekend
    case(SUN, "Il a joué le week-end dernier.", P, "le week-end dernier", "2022-W30-WE", "2022-07-30..2022-07-31"),  # on a Sunday: the week before
    case(SUN, "Il jouera le week-end prochain.", F, "le week-end prochain", "2022-W32-WE", "2022-08-13..2022-08-14"),  # on a Sunday: next week's
    case(MON, "Il a joué ce week-end.", P, "ce week-end", "2022-W31-WE", "2022-08-06..2022-08-07"),  # on a Monday: just past
    case(MON, "Match ce week-end.", None, "ce week-end", "2022-W31-WE", "2022-08-06..2022-08-07"),  # Monday, no tense: just past
    case(MON, "Il l'a dit cette semaine.", P, "cette semaine", "2022-W32", "2022-08-08..2022-08-14"),  # the week starting today
    case(MON, "Il l'a dit la semaine dernière.", P, "la semaine dernière", "2022-W31", "2022-08-01..2022-08-07"),  # the week just ended
    case("2003-02-04", "Les cyclistes ont couru ce week-end à Gérardmer.", P, "ce week-end", "2003-W05-WE", "2003-02-01..2003-02-02"),  # TimeBank's convention
    case(NEW, "Il l'a dit l'an dernier.", P, "l'an dernier", "2022", "2022-01-01..2022-12-31"),  # last year from January
    case(NEW, "Il l'a dit le mois dernier.", P, "le mois dernier", "2022-12", "2022-12-01..2022-12-31"),  # across the year
    case(NEW, "Il l'a dit la semaine dernière.", P, "la semaine dernière", "2022-W52", "2022-12-26..2023-01-01"),  # ISO week across the year
    case(NEW, "Il l'a dit cette semaine.", P, "cette semaine", "2023-W01", "2023-01-02..2023-01-08"),  # first ISO week
    case(NEW, "Il a joué ce week-end.", P, "ce week-end", "2022-W52-WE", "2022-12-31..2023-01-01"),  # weekend across the year
    case(NYE, "Il le dira la semaine prochaine.", F, "la semaine prochaine", "2023-W01", "2023-01-02..2023-01-08"),  # next ISO week, next year
    case(NYE, "Il le dira le mois prochain.", F, "le mois prochain", "2023-01", "2023-01-01..2023-01-31"),  # next month, next year
    case(NYE, "Il le dira l'an prochain.", F, "l'an prochain", "2023", "2023-01-01..2023-12-31"),  # next year
    case(LEAP, "Il l'a dit le mois dernier.", P, "le mois dernier", "2024-01", "2024-01-01..2024-01-31"),  # from a leap day
    case(LEAP, "Il l'a dit cette semaine.", P, "cette semaine", "2024-W09", "2024-02-26..2024-03-03"),  # week holding the leap day
    case(LEAP, "Il le dira le mois prochain.", F, "le mois prochain", "2024-03", "2024-03-01..2024-03-31"),  # March
    case(WED, "Il a lieu cette semaine-là.", None, "cette semaine-là", "2022-W31", "2022-08-01..2022-08-07"),  # no previous date: publication's week
    # --- parts of periods ------------------------------------------------------------------
    case(WED, "Il partira début septembre.", F, "début septembre", "2022-09", "2022-09-01..2022-09-10", "month", mod="START"),  # early September
    case(WED, "Il est arrivé mi-juillet.", P, "mi-juillet", "2022-07", "2022-07-11..2022-07-20", "month", mod="MID"),  # mid-July
    case(WED, "Il est arrivé fin juillet.", P, "fin juillet", "2022-07", "2022-07-21..2022-07-31", mod="END"),  # late July
    case(WED, "Il est arrivé mi‑juillet.", P, "mi‑juillet", "2022-07", "2022-07-11..2022-07-20"),  # non-breaking hyphen
    case(WED, "Il a signé fin 2021.", P, "fin 2021", "2021", "2021-09-01..2021-12-31", "year", mod="END"),  # end of a year
    case(WED, "Il signera début 2023.", F, "début 2023", "2023", "2023-01-01..2023-04-30", mod="START"),  # early next year
    case(WED, "C'était au début des années 60.", P, "au début des années 60", "196X", "1960-01-01..1962-12-31", "decade", mod="START"),  # early sixties
    case(WED, "Il partira à la fin du mois.", F, "à la fin du mois", "2022-08", "2022-08-21..2022-08-31", mod="END"),  # end of this month
    case(WED, "Il est parti à la fin du mois.", P, "à la fin du mois", "2022-07", "2022-07-21..2022-07-31", mod="END"),  # past: last month's end
    case(WED, "Il partira en fin d'année.", F, "en fin d'année", "2022", "2022-09-01..2022-12-31", mod="END"),  # end of this year
    case(WED, "Il partira au début de l'année prochaine.", F, "au début de l'année prochaine", "2023", "2023-01-01..2023-04-30", mod="START"),  # part of a relative year
    case(WED, "Il est parti fin de l'année dernière.", P, "fin de l'année dernière", "2021", "2021-09-01..2021-12-31", mod="END"),  # end of last year
    case(NEW, "Il est arrivé fin juillet.", P, "fin juillet", "2022-07", "2022-07-21..2022-07-31"),  # last year's July
    case(WED, "Il est arrivé fin février.", P, "fin février", "2022-02", "2022-02-21..2022-02-28"),  # end of a short month
    case(LEAP, "Il est arrivé fin février.", P, "fin février", "2024-02", "2024-02-21..2024-02-29"),  # leap February
    case(MON, "Retour à la normale d'ici la fin de la semaine.", None, "d'ici la fin de la semaine", "2022-08-08/2022-W32", "2022-08-08..2022-08-14", "range"),  # by the end of this week
    case(WED, "Il partira courant septembre.", F, "septembre", "2022-09", "2022-09-01..2022-09-30"),  # "courant": during
    case(WED, "Le rapport sera rendu en début de semaine.", F, "en début de semaine", "2022-W32", "2022-08-08..2022-08-09", "week", mod="START"),  # already past this week: next week
    case(WED, "Il est arrivé en fin d'après-midi.", P, "en fin d'après-midi", "2022-08-03TAF", "2022-08-03", "part_of_day", mod="END"),  # late afternoon
    # --- offsets ---------------------------------------------------------------------------
    case(WED, "Il est parti il y a trois jours.", P, "il y a trois jours", "2022-07-31", "2022-07-31", "day", "relative"),  # number in words
    case(WED, "Il est parti il y a 10 jours.", P, "il y a 10 jours", "2022-07-24", "2022-07-24"),  # digits
    case(WED, "Il est parti il y a deux semaines.", P, "il y a deux semaines", "2022-07-20", "2022-07-20"),  # weeks
    case(WED, "Il est parti il y a un mois.", P, "il y a un mois", "2022-07", "2022-07-01..2022-07-31", "month"),  # a month
    case(WED, "Il est parti il y a deux ans.", P, "il y a deux ans", "2020", "2020-01-01..2020-12-31", "year"),  # years
    case(WED, "Il est parti il y a quarante-huit heures.", P, "il y a quarante-huit heures", "2022-08-01", "2022-08-01"),  # hours
    case(WED, "Il reviendra dans un mois.", F, "dans un mois", "2022-09", "2022-09-01..2022-09-30"),  # a month ahead
    case(WED, "Il reviendra dans trois jours.", F, "dans trois jours", "2022-08-06", "2022-08-06"),  # three days ahead
    case(WED, "Il reviendra dans deux semaines.", F, "dans deux semaines", "2022-08-17", "2022-08-17"),  # two weeks ahead
    case(WED, "Il reviendra dans vingt et un jours.", F, "dans vingt et un jours", "2022-08-24", "2022-08-24"),  # "vingt et un"
    case(WED, "Il reviendra dans une quinzaine de jours.", F, "dans une quinzaine de jours", "2022-08-18", "2022-08-18", mod="APPROX"),  # about fifteen days
    case(WED, "C'était il y a une dizaine d'années.", P, "il y a une dizaine d'années", "2012", "2012-01-01..2012-12-31", mod="APPROX"),  # about ten years
    case(WED, "C'était il y a plus de dix ans.", P, "il y a plus de dix ans", "2012", "2012-01-01..2012-12-31", mod="MORE_THAN"),  # more than ten years
    case(WED, "Il part d'ici deux ans.", F, "d'ici deux ans", "2022-08-03/2024", "2022-08-03..2024-12-31", "range"),  # within two years
    case(LEAP, "Il est parti il y a un an.", P, "il y a un an", "2023", "2023-01-01..2023-12-31"),  # a year before a leap day
    case(LEAP, "Il reviendra dans un mois.", F, "dans un mois", "2024-03", "2024-03-01..2024-03-31"),  # a month after a leap day
    case(NEW, "Il est parti il y a trois jours.", P, "il y a trois jours", "2022-12-30", "2022-12-30"),  # across the year
    case(WED, "Il est parti il y a quelques jours.", P, "il y a quelques jours", "PAST_REF", "2022-07-27..2022-08-02", "vague", "vague"),  # a few days: a range
    case(WED, "Il reviendra dans quelques jours.", F, "dans quelques jours", "FUTURE_REF", "2022-08-04..2022-08-10", "vague", "vague"),  # in a few days
    case(WED, "Il est parti il y a quelques semaines.", P, "il y a quelques semaines", "PAST_REF", "2022-06-29..2022-07-27", "vague"),  # a few weeks
    case(WED, "Il est parti il y a plusieurs mois.", P, "il y a plusieurs mois", "PAST_REF", "2022-03-04..2022-07-04", "vague"),  # several months
    # --- anaphora: against the previous date in the text -------------------------------------
    case(WED, "Le 5 août, il est parti. Le lendemain, il est revenu.", None, "Le lendemain", "2022-08-06", "2022-08-06", "day", "anaphoric"),  # the day after
    case(WED, "Le 5 août, il est parti. La veille, il avait plu.", None, "La veille", "2022-08-04", "2022-08-04", "day", "anaphoric"),  # the day before
    case(WED, "Le 5 août, il est parti. Le surlendemain, il est revenu.", None, "Le surlendemain", "2022-08-07", "2022-08-07"),  # two days after
    case(WED, "Le 5 août, il est parti. L'avant-veille, il avait plu.", None, "L'avant-veille", "2022-08-03", "2022-08-03"),  # two days before
    case(WED, "Le 5 août, il est parti. Deux jours plus tard, il est revenu.", None, "Deux jours plus tard", "2022-08-07", "2022-08-07", "day", "anaphoric"),  # two days later
    case(WED, "Le 5 août, il est parti. Trois jours après, il est revenu.", None, "Trois jours après", "2022-08-08", "2022-08-08"),  # three days after
    case(WED, "Le 5 août, il est parti. Deux jours plus tôt, il avait plu.", None, "Deux jours plus tôt", "2022-08-03", "2022-08-03"),  # two days earlier
    case(WED, "Le 5 août, il est parti. Une semaine plus tard, il est revenu.", None, "Une semaine plus tard", "2022-08-12", "2022-08-12"),  # a week later
    case(WED, "Le 5 août, il est parti. Le même jour, il a plu.", None, "Le même jour", "2022-08-05", "2022-08-05", "day", "anaphoric"),  # the same day
    case(WED, "Le 5 août, il est parti. Ce jour-là, il a plu.", None, "Ce jour-là", "2022-08-05", "2022-08-05"),  # that day
    case(WED, "Le 5 août, il est parti. Le jour même, il a plu.", None, "Le jour même", "2022-08-05", "2022-08-05"),  # that very day
    case(WED, "Le 5 août, il est parti. Le lendemain matin, il a plu.", None, "Le lendemain matin", "2022-08-06TMO", "2022-08-06", "part_of_day"),  # next morning
    case(WED, "Le 5 août, il est parti. La veille au soir, il a plu.", None, "La veille au soir", "2022-08-04TEV", "2022-08-04"),  # the evening before
    case(WED, "Le 5 août, il est parti. Le matin même, il avait plu.", None, "Le matin même", "2022-08-05TMO", "2022-08-05"),  # that morning
    case(WED, "En 2019, il est parti. Un an plus tard, il est revenu.", P, "Un an plus tard", "2020", "2020-01-01..2020-12-31", "year", "anaphoric"),  # a year later
    case(WED, "En 2019, il est parti. L'année suivante, il est revenu.", P, "L'année suivante", "2020", "2020-01-01..2020-12-31", "year", "anaphoric"),  # the following year
    case(WED, "En mars 2019, il est parti. Le mois suivant, il est revenu.", P, "Le mois suivant", "2019-04", "2019-04-01..2019-04-30", "month"),  # the following month
    case(WED, "Le 5 août 2021, il est parti. La semaine suivante, il est revenu.", P, "La semaine suivante", "2021-W32", "2021-08-09..2021-08-15", "week"),  # the following week
    case(WED, "En 2019, il est parti. L'année précédente, il était venu.", P, "L'année précédente", "2018", "2018-01-01..2018-12-31"),  # the year before
    case(WED, "Hier, il est parti. Le lendemain, il reviendra.", F, "Le lendemain", "2022-08-03", "2022-08-03", kind="anaphoric"),  # against a relative date
    case(WED, "Le lendemain, il est revenu.", P, "Le lendemain", "2022-08-04", "2022-08-04", "day", "anaphoric"),  # no previous date: publication
    case(WED, "Il est revenu le lendemain du 14 juillet.", P, "le lendemain du 14 juillet", "2022-07-15", "2022-07-15"),  # anchored on the date after it
    case(WED, "Il est arrivé trois jours avant le 5 août 2022.", P, "trois jours avant le 5 août 2022", "2022-08-02", "2022-08-02"),  # offset from a date
    case(WED, "Hier, au lendemain de l'élection, il a démissionné.", P, "au lendemain", "2022-08-02", "2022-08-02"),  # the sentence dates the event
    case(WED, "Le 5 août 2022 à 20 h 30, il est parti.", P, "20 h 30", "2022-08-05T20:30", "2022-08-05", "time", "anaphoric"),  # time on the previous date
    case(WED, "Le 2 août, il a neigé. Dans la soirée, il a plu.", P, "Dans la soirée", "2022-08-02TEV", "2022-08-02", "part_of_day"),  # part of the previous day
    # --- ranges ------------------------------------------------------------------------------
    case(WED, "Le festival a lieu du 3 au 5 août.", N, "du 3 au 5 août", "2022-08-03/2022-08-05", "2022-08-03..2022-08-05", "range", "absolute"),  # days of one month
    case(WED, "Exposition du 3 août au 5 septembre.", None, "du 3 août au 5 septembre", "2022-08-03/2022-09-05", "2022-08-03..2022-09-05", "range"),  # across months
    case(NEW, "Fermé du 28 décembre au 3 janvier.", None, "du 28 décembre au 3 janvier", "2022-12-28/2023-01-03", "2022-12-28..2023-01-03"),  # across the year
    case(WED, "Il a plu entre mars et mai.", P, "entre mars et mai", "2022-03/2022-05", "2022-03-01..2022-05-31", "range"),  # between two months
    case(WED, "Il viendra entre le 3 et le 5 septembre.", F, "entre le 3 et le 5 septembre", "2022-09-03/2022-09-05", "2022-09-03..2022-09-05"),  # between two days
    case(WED, "Il a régné de 2019 à 2021.", P, "de 2019 à 2021", "2019/2021", "2019-01-01..2021-12-31", "range", "absolute"),  # years
    case(WED, "Le mandat 2019-2021 est fini.", P, "2019-2021", "2019/2021", "2019-01-01..2021-12-31"),  # year range with a dash
    case(WED, "La guerre dure depuis le 24 février.", N, "depuis le 24 février", "2022-02-24/2022-08-03", "2022-02-24..2022-08-03", "range", "absolute"),  # until publication
    case(WED, "Depuis le début de l'année, les prix montent.", N, "Depuis le début de l'année", "2022/2022-08-03", "2022-01-01..2022-08-03", "range"),  # since a part of a unit: from its start
    case(WED, "Jusqu'à la fin de l'année, le magasin reste ouvert.", N, "Jusqu'à la fin de l'année", "2022-08-03/2022", "2022-08-03..2022-12-31", "range"),  # until a part of a unit
    case(WED, "Il y a un an jour pour jour, il était élu.", P, "Il y a un an jour pour jour", "2021-08-03", "2021-08-03", "day", "relative"),  # an anniversary: the same day
    case(LEAP, "Il y a un an, jour pour jour, il partait.", P, "Il y a un an, jour pour jour", "2023-02-28", "2023-02-28", "day"),  # from a leap day: the month's last day
    case(WED, "Il vit ici depuis 2019.", N, "depuis 2019", "2019/2022-08-03", "2019-01-01..2022-08-03", "range"),  # since a year
    case(WED, "Il est malade depuis mardi.", N, "depuis mardi", "2022-08-02/2022-08-03", "2022-08-02..2022-08-03", "range", "relative"),  # since a weekday
    case(WED, "Il est malade depuis hier.", N, "depuis hier", "2022-08-02/2022-08-03", "2022-08-02..2022-08-03"),  # since yesterday
    case("2022-04-20", "Le couvre-feu est prolongé jusqu'au 10 mai.", N, "jusqu'au 10 mai", "2022-04-20/2022-05-10", "2022-04-20..2022-05-10", "range"),  # until a future date
    case(WED, "Il est resté jusqu'au 10 mai.", P, "jusqu'au 10 mai", "2022-05-10", "2022-05-10", mod="ON_OR_BEFORE"),  # a limit in the past
    case(WED, "Il a donné jusqu'au 30 septembre aux syndicats.", P, "jusqu'au 30 septembre", "2022-08-03/2022-09-30", "2022-08-03..2022-09-30"),  # a deadline after a past verb
    case("2022-05-21", "Un accord d'ici le 30 juin.", None, "d'ici le 30 juin", "2022-05-21/2022-06-30", "2022-05-21..2022-06-30"),  # by a date
    case(WED, "Neutralité carbone d'ici 2025.", None, "d'ici 2025", "2022-08-03/2025", "2022-08-03..2025-12-31"),  # by a year
    case("2003-05-20", "Les travaux dureront jusqu'à fin juin.", F, "jusqu'à fin juin", "2003-05-20/2003-06", "2003-05-20..2003-06-30", "range"),  # until a part of a month
    case("2003-05-20", "Marché le samedi 5 juin.", None, "le samedi 5 juin", "2003-06-05", "2003-06-05"),  # a wrong weekday does not move the date a year
    case(WED, "Auditions à partir du 30 août.", F, "à partir du 30 août", "2022-08-30", "2022-08-30", mod="ON_OR_AFTER"),  # from a date on
    case(WED, "Gratuit dès le 1er septembre.", F, "dès le 1er septembre", "2022-09-01", "2022-09-01", mod="ON_OR_AFTER"),  # "dès"
    case(WED, "A compter du 1er septembre prochain, tout change.", F, "A compter du 1er septembre prochain", "2022-09-01", "2022-09-01"),  # "à compter du"
    case(WED, "Il est parti avant le 5 août.", P, "avant le 5 août", "2021-08-05", "2021-08-05", mod="BEFORE"),  # before a date
    case("1999-09-30", "Atelier le jeudi 7 octobre, de 19 h 30 à 20 h 30.", F, "de 19 h 30 à 20 h 30", "1999-10-07T19:30/1999-10-07T20:30", "1999-10-07", "time"),  # a span of clock times
    case("2003-02-24", "Les votes auront lieu les 6 et 13 avril prochains.", F, "les 6", "2003-04-06", "2003-04-06"),  # coordinated days: the first
    case("2003-02-24", "Les votes auront lieu les 6 et 13 avril prochains.", F, "13 avril prochains", "2003-04-13", "2003-04-13"),  # coordinated days: the second
    case(WED, "Il jouera jeudi 4 et vendredi 5 août.", F, "jeudi 4", "2022-08-04", "2022-08-04"),  # weekday-day pairs
    case(WED, "Il a plu dans la nuit du 1er au 2 août.", P, "la nuit du 1er au 2 août", "2022-08-01TNI", "2022-08-01..2022-08-02", "part_of_day"),  # a dated night
    case(WED, "Réunions entre 14 h et 16 h.", None, "entre 14 h et 16 h", "2022-08-03T14:00/2022-08-03T16:00", "2022-08-03", "time"),  # between two times
    case(WED, "La semaine du 8 août sera chargée.", F, "La semaine du 8 août", "2022-W32", "2022-08-08..2022-08-14", "week"),  # the week of a date
    # --- clock times -------------------------------------------------------------------------
    case(WED, "Il parlera à 20 h 30.", F, "20 h 30", "2022-08-03T20:30", "2022-08-03", "time", "relative"),  # a time: publication day
    case(WED, "Il parlera à 20h30.", F, "20h30", "2022-08-03T20:30", "2022-08-03", "time"),  # without spaces
    case(WED, "Il parlera à 20\u00a0h\u00a030.", F, "20\u00a0h\u00a030", "2022-08-03T20:30", "2022-08-03"),  # non-breaking spaces
    case(WED, "Il arrivera vers 9 h.", F, "vers 9 h", "2022-08-03T09:00", "2022-08-03", mod="APPROX"),  # "vers": approximate
    case(WED, "Il parlera à 14:30.", F, "14:30", "2022-08-03T14:30", "2022-08-03"),  # colon
    case(WED, "Rendez-vous à midi.", F, "midi", "2022-08-03T12:00", "2022-08-03"),  # noon
    case(WED, "Fermeture à minuit.", F, "minuit", "2022-08-03T00:00", "2022-08-03"),  # midnight
    case(WED, "Le film commence à 20 heures.", F, "20 heures", "2022-08-03T20:00", "2022-08-03"),  # "heures" after "à"
    case(WED, "Il est rentré à 8 heures du soir.", P, "8 heures du soir", "2022-08-03T20:00", "2022-08-03"),  # "du soir"
    case(WED, "Il est parti hier à 18 h.", P, "18 h", "2022-08-02T18:00", "2022-08-02", "time", "anaphoric"),  # on yesterday
    case("2003-02-22", "Vers 0 h 40, jeudi, un camion s'est renversé.", P, "Vers 0 h 40", "2003-02-20T00:40", "2003-02-20"),  # the day comes after the time
    case("1999-07-28", "Le film passe ce soir à 00 h 10.", F, "00 h 10", "1999-07-28T00:10", "1999-07-28"),  # TimeBank keeps the evening's day
    case(WED, "Samedi à 8 h, nettoyage.", F, "8 h", "2022-08-06T08:00", "2022-08-06"),  # time after a weekday
    # --- vague expressions: honest ranges on the right side of publication --------------------
    case(WED, "Poutine l'avait récemment approché.", P, "récemment", "PAST_REF", "2022-07-04..2022-08-03", "vague", "vague"),  # recently: 30 days back
    case(WED, "Il a dernièrement changé d'avis.", P, "dernièrement", "PAST_REF", "2022-07-04..2022-08-03"),  # lately
    case(WED, "Il avait précédemment appelé au cessez-le-feu.", P, "précédemment", "PAST_REF", "2021-08-03..2022-08-03"),  # previously: a year back
    case(WED, "Auparavant, il avait travaillé.", P, "Auparavant", "PAST_REF", "2021-08-03..2022-08-03"),  # before
    case(WED, "Il viendra bientôt.", F, "bientôt", "FUTURE_REF", "2022-08-03..2022-09-02", "vague", "vague"),  # soon: 30 days ahead
    case(WED, "Il viendra prochainement.", F, "prochainement", "FUTURE_REF", "2022-08-03..2022-09-02"),  # shortly
    case(WED, "Les prix ont monté ces derniers mois.", P, "ces derniers mois", "PAST_REF", "2022-02-04..2022-08-03"),  # these last months: 180 days
    case(WED, "Il a plu ces derniers jours.", P, "ces derniers jours", "PAST_REF", "2022-07-27..2022-08-03"),  # these last days: 7 days
    case(WED, "Ils ont grandi ces dernières années.", P, "ces dernières années", "PAST_REF", "2017-08-03..2022-08-03"),  # these last years: five years
    case(WED, "Il décidera dans les prochains jours.", F, "dans les prochains jours", "FUTURE_REF", "2022-08-03..2022-08-10"),  # coming days
    case(WED, "Il décidera dans les prochains mois.", F, "dans les prochains mois", "FUTURE_REF", "2022-08-03..2023-01-30"),  # coming months
    case(WED, "La France préside actuellement l'Union.", N, "actuellement", "PRESENT_REF", "2022-07-27..2022-08-10", "vague", "vague"),  # currently: around publication
    case(WED, "Les diplomates doivent maintenant agir.", N, "maintenant", "PRESENT_REF", "2022-07-27..2022-08-10"),  # now
    case(WED, "Il n'y a désormais plus aucun bus.", N, "désormais", "PRESENT_REF", "2022-07-27..2022-08-10"),  # henceforth
    case(WED, "Il faut préserver l'avenir.", N, "l'avenir", "FUTURE_REF", "2022-08-03..2023-08-03"),  # the future in general
    case(WED, "Il faudra à l'avenir mieux faire.", F, "à l'avenir", "FUTURE_REF", "2022-08-03..2023-08-03"),  # in future
    case(WED, "Marc Durand, actuel directeur de l'hôpital.", None, "actuel", "PRESENT_REF", "2022-07-27..2022-08-10"),  # "actuel": TimeBank's present
    case(WED, "Pour le moment, rien.", None, "Pour le moment", "PRESENT_REF", "2022-07-27..2022-08-10"),  # for the moment
    case(WED, "Il viendra sous peu.", F, "sous peu", "FUTURE_REF", "2022-08-03..2022-09-02"),  # shortly
    case(WED, "Il l'a nouvellement créé.", P, "nouvellement", "PAST_REF", "2022-07-04..2022-08-03"),  # newly
    # --- durations: found and typed, never dated ----------------------------------------------
    case(WED, "Il a régné pendant deux ans.", P, "deux ans", "P2Y", "-", "year", "duration"),  # two years
    case(WED, "La visite a été prévue pour une seule journée.", P, "une seule journée", "P1D", "-", "day", "duration"),  # one single day
    case(WED, "Une grève de quarante-huit heures.", None, "quarante-huit heures", "PT48H", "-", "hour", "duration"),  # hours in words
    case(WED, "Il a été retenu pendant 24 heures.", P, "24 heures", "PT24H", "-", kind="duration"),  # hours in digits
    case(WED, "Il vit ici depuis dix ans.", N, "dix ans", "P10Y", "-", kind="duration"),  # "depuis" with a length
    case(WED, "Le chantier durera trois mois.", F, "trois mois", "P3M", "-", "month", "duration"),  # months
    case(WED, "Il est parti une semaine.", P, "une semaine", "P1W", "-", "week", "duration"),  # a week
    case(WED, "Il est resté quelques jours.", P, "quelques jours", "PXD", "-", kind="duration"),  # a few days
    case(WED, "Il a attendu un an et demi.", P, "un an et demi", "P1.5Y", "-", kind="duration"),  # a year and a half
    case(WED, "Il a servi plus de vingt ans.", P, "plus de vingt ans", "P20Y", "-", kind="duration", mod="MORE_THAN"),  # more than twenty years
    case(WED, "Il a attendu une dizaine de jours.", P, "une dizaine de jours", "P10D", "-", kind="duration", mod="APPROX"),  # about ten days
    case(WED, "Il a gagné avec 30,4 secondes d'avance.", N, "30,4 secondes", "PT30.4S", "-", "second", "duration"),  # decimal seconds
    case(WED, "Déjà dix-huit mois de travaux.", None, "dix-huit mois", "P18M", "-", kind="duration"),  # eighteen months
    case(WED, "Il a attendu une demi-heure.", P, "une demi-heure", "PT30M", "-", kind="duration"),  # half an hour
    case(WED, "Il a été élu pour un quinquennat.", P, "quinquennat", "P5Y", "-", kind="duration"),  # a five-year term
    case(WED, "Il a pris deux semaines de congés.", P, "deux semaines", "P2W", "-", kind="duration"),  # two weeks
    case(WED, "Il a été condamné à 10 ans de prison.", P, "10 ans", "P10Y", "-", kind="duration"),  # a sentence
    case(WED, "Les secours sont arrivés environ une heure plus tard.", P, "environ une heure plus tard", "PT1H", "-", kind="duration"),  # an hour later: TimeBank's duration
    case(WED, "Le niveau a baissé ces dernières 24 heures.", P, "ces dernières 24 heures", "PT24H", "-", kind="duration"),  # a counted span up to now
    # --- sets: found and typed, never dated ----------------------------------------------------
    case(WED, "Il court chaque lundi.", N, "chaque lundi", "XXXX-WXX-1", "-", "day", "set"),  # every Monday
    case(WED, "Il court tous les jours.", N, "tous les jours", "P1D", "-", kind="set"),  # every day
    case(WED, "Il vient chaque année.", N, "chaque année", "P1Y", "-", kind="set"),  # every year
    case(WED, "Il vient tous les ans.", N, "tous les ans", "P1Y", "-", kind="set"),  # every year
    case(WED, "Il vient toutes les semaines.", N, "toutes les semaines", "P1W", "-", kind="set"),  # every week
    case(WED, "Il vient tous les deux ans.", N, "tous les deux ans", "P2Y", "-", kind="set"),  # every other year
    case(WED, "Il vient deux fois par an.", N, "deux fois par an", "P1Y", "-", kind="set"),  # twice a year
    case(WED, "Il court chaque matin.", N, "chaque matin", "XXXX-XX-XXTMO", "-", kind="set"),  # every morning
    case(WED, "Il court quotidiennement.", N, "quotidiennement", "P1D", "-", kind="set"),  # daily
    case(WED, "Il vient tous les mercredis.", N, "tous les mercredis", "XXXX-WXX-3", "-", kind="set"),  # every Wednesday
    case(WED, "La piscine ouvre uniquement le mercredi.", N, "le mercredi", "XXXX-WXX-3", "-", kind="set"),  # "le mercredi": habitual
    case(WED, "Il vient chaque été.", N, "chaque été", "XXXX-SU", "-", kind="set"),  # every summer
    case(WED, "Marché les samedis.", None, "les samedis", "XXXX-WXX-6", "-", kind="set"),  # plural weekday
    case(WED, "La piscine ouvre le lundi de 9 h à 12 h.", N, "de 9 h à 12 h", "XXXX-XX-XXT09:00/XXXX-XX-XXT12:00", "-", kind="set"),  # times of a habitual day
    case(WED, "Il court chaque jour vers 7 h.", N, "vers 7 h", "XXXX-XX-XXT07:00", "-", kind="set", mod="APPROX"),  # a time in a habit
    # --- typography ----------------------------------------------------------------------------
    case(WED, "Signé le 5\u00a0août.", F, "le 5\u00a0août", "2022-08-05", "2022-08-05"),  # NBSP inside a date
    case(WED, "Signé le 5\u202faoût 2022.", P, "le 5\u202faoût 2022", "2022-08-05", "2022-08-05"),  # narrow NBSP
    case(WED, "Il restera jusqu’au 10 septembre.", F, "jusqu’au 10 septembre", "2022-08-03/2022-09-10", "2022-08-03..2022-09-10"),  # typographic apostrophe in a range
    case(WED, "Neutralité d’ici 2030.", None, "d’ici 2030", "2022-08-03/2030", "2022-08-03..2030-12-31"),  # typographic apostrophe
    case(WED, "Il est parti l’été dernier.", P, "l’été dernier", "2021-SU", "2021-06-21..2021-09-22"),  # typographic apostrophe before a season
    case(WED, "HIER, LE MINISTRE A PARLÉ.", P, "HIER", "2022-08-02", "2022-08-02"),  # all capitals
]
# fmt: on


@pytest.mark.parametrize(
    ("pub", "text", "tense", "span", "value", "dates", "gran", "kind", "mod"), CASES
)
def test_case(pub, text, tense, span, value, dates, gran, kind, mod):
    mentions = find_mentions(text, dt.date.fromisoformat(pub), tense_at=lambda s, e: tense)
    found = [m for m in mentions if m.text == span]
    assert len(found) == 1, f"{span!r} not found alone in {[m.text for m in mentions]}"
    m = found[0]
    assert text[m.start_char : m.end_char] == m.text
    assert m.value == value
    if dates == "-":
        assert (m.start, m.end) == (None, None)
    else:
        first, _, last = dates.partition("..")
        expected = (dt.date.fromisoformat(first), dt.date.fromisoformat(last or first))
        assert (m.start, m.end) == expected
    if gran is not None:
        assert m.granularity == gran
    if kind is not None:
        assert m.kind == kind
    if mod:
        assert m.mod == mod


# --- false positives: nothing (or nothing there) should be found ------------------------------

NOTHING = [
    pytest.param(
        "nous soutenons sa souveraineté, sa résistance pour son indépendance.", id="possessive sa"
    ),
    pytest.param("Sa Majesté a reçu le ministre.", id="Sa at a sentence start"),
    pytest.param("La sonde a atterri sur Mars.", id="Mars the planet"),
    pytest.param("La mission vers Mars coûtera cher.", id="Mars after vers"),
    pytest.param("Le groupe Mars a racheté la marque.", id="Mars the company"),
    pytest.param("Baykar offrira un Bayraktar TB2 à la Lituanie.", id="TB2 model name"),
    pytest.param("Un Airbus A320 et deux F-16 ont décollé.", id="aircraft models"),
    pytest.param("Le PSG s'est imposé 3-1 face à Lyon.", id="score with a dash"),
    pytest.param("Victoire 2 à 0 des Bleus.", id="score with à"),
    pytest.param("Le score final est de 21-19.", id="basketball score"),
    pytest.param("L'article 49.3 de la Constitution a été utilisé.", id="article number"),
    pytest.param("Selon l'article 1975 du code civil, rien.", id="article with a year-like number"),
    pytest.param("La loi 2019 du code a changé.", id="law number"),
    pytest.param("Environ 3 000 soldats ont été déployés.", id="count with a space"),
    pytest.param("Environ 3\u202f000 soldats ont été déployés.", id="count with a narrow NBSP"),
    pytest.param("Quelque 2000 personnes ont manifesté.", id="count without separator"),
    pytest.param("Le projet coûte 1500 euros.", id="money"),
    pytest.param("Le groupe 10.000 Maniacs a joué.", id="band name with a number"),
    pytest.param("Appelez le 03.83.45.67.89 pour réserver.", id="phone number"),
    pytest.param("Jean Martin, 87 ans, a été renversé par un vélo.", id="age between commas"),
    pytest.param("Une fillette de 6 ans a été retrouvée.", id="age after a noun"),
    pytest.param("La lycéenne, âgée de 17 ans, a témoigné.", id="age after âgée"),
    pytest.param("Il roulait à 130 km/h.", id="speed"),
    pytest.param("Un service ouvert 24 h/24.", id="24 hours a day"),
    pytest.param("Il a été élu président.", id="été the verb"),
    pytest.param("Ils ont été blessés.", id="été after ont"),
    pytest.param("Les Jeux d'hiver commencent.", id="Jeux d'hiver"),
    pytest.param("Le passage à l'heure d'été est prévu.", id="heure d'été"),
    pytest.param("Le Printemps arabe a changé la région.", id="Arab Spring"),
    pytest.param("Le Printemps de Bourges accueille des artistes.", id="festival name"),
    pytest.param("L'accord du Vendredi saint reste fragile.", id="Good Friday Agreement"),
    pytest.param("Il a fêté mardi gras.", id="Mardi gras"),
    pytest.param("Le père Noël est passé.", id="Father Christmas"),
    pytest.param("La Nuit des musées attire du monde.", id="event named Nuit"),
    pytest.param("L'avenir du club est incertain.", id="avenir as a topic"),
    pytest.param("Il y a un problème.", id="il y a without a duration"),
    pytest.param("La pandémie de Covid-19 a reculé.", id="Covid-19"),
    pytest.param("Les 24es Jeux Olympiques d'hiver ont ouvert.", id="ordinal games"),
    pytest.param("Noël Mamère a parlé.", id="first name Noël"),
    pytest.param("Le G20 se réunit.", id="G20"),
    pytest.param("Le vol AF 1234 a été annulé.", id="flight number"),
    pytest.param("Les 24 Heures du Mans ont commencé.", id="race name with a unit"),
    pytest.param("Son fils de 8 ans est scolarisé.", id="age of a son"),
    pytest.param("Le projet de loi n° 2022-1089 prévoit 3,5 milliards.", id="bill number"),
    pytest.param("Il a marqué à la 12e et à la 78e minute.", id="match minutes"),
    pytest.param("Entre 2 000 et 3 000 manifestants ont défilé.", id="range of counts"),
]


@pytest.mark.parametrize("text", NOTHING)
def test_false_positive_is_not_a_date(text):
    mentions = find_mentions(text, dt.date.fromisoformat(WED))
    assert mentions == [], [m.text for m in mentions]


# --- without a publication date: found, but relative expressions stay unresolved --------------

UNANCHORED = [
    ("Il est arrivé hier.", "hier", "XXXX-XX-XX", False),  # deictic
    ("Il viendra mardi.", "mardi", "XXXX-WXX-2", False),  # weekday
    ("Il viendra le 5 août.", "le 5 août", "XXXX-08-05", False),  # no year, no publication
    ("Il est né le 5 août 2022.", "le 5 août 2022", "2022-08-05", True),  # explicit year: dated
    ("Il est venu en 2019.", "2019", "2019", True),  # a year: dated
    ("Il est venu récemment.", "récemment", "PAST_REF", False),  # vague
    ("Il l'a dit la semaine dernière.", "la semaine dernière", "XXXX-WXX", False),  # relative week
    (
        "Le lendemain, il est revenu.",
        "Le lendemain",
        "XXXX-XX-XX",
        False,
    ),  # anaphora without anything before
    ("Il viendra à 20 h 30.", "20 h 30", "XXXX-XX-XXT20:30", False),  # clock time
    ("Il est parti il y a trois jours.", "il y a trois jours", "XXXX-XX-XX", False),  # offset
    ("Il a plu ce matin.", "ce matin", "XXXX-XX-XXTMO", False),  # part of today
    ("Il est arrivé en juin.", "juin", "XXXX-06", False),  # month without a year
]


@pytest.mark.parametrize(("text", "span", "value", "dated"), UNANCHORED)
def test_without_publication_date(text, span, value, dated):
    (m,) = [m for m in find_mentions(text, None) if m.text == span]
    assert m.value == value
    assert m.is_dated is dated


def test_vague_widths_follow_the_configuration():
    config = TemporalConfig(recent_days=10, soon_days=5)
    pub = dt.date.fromisoformat(WED)
    (recent,) = find_mentions("Il est venu récemment.", pub, config=config)
    (soon,) = find_mentions("Il viendra bientôt.", pub, config=config)
    assert (recent.start, recent.end) == (dt.date(2022, 7, 24), pub)
    assert (soon.start, soon.end) == (pub, dt.date(2022, 8, 8))


@pytest.mark.parametrize("name", ["recent_days", "present_days", "few_count", "years_span"])
def test_temporal_config_rejects_non_positive_widths(name):
    from timeline.errors import ConfigError

    with pytest.raises(ConfigError, match=name):
        TemporalConfig(**{name: 0})


def test_range_parts_point_at_their_written_ends():
    text = "Le festival a lieu du 19 au 23 juillet."
    (m,) = find_mentions(text, dt.date(1999, 7, 16))
    assert [p.text for p in m.parts] == ["19", "23 juillet"]
    assert [p.value for p in m.parts] == ["1999-07-19", "1999-07-23"]
    assert all(text[p.start_char : p.end_char] == p.text for p in m.parts)


def test_repeated_weekday_is_the_same_day():
    # A present-tense programme: "dimanche" alone is the Sunday the article dates elsewhere.
    text = "Dès dimanche, le marché sera ouvert. Dimanche soir, un concert vous attend."
    mentions = find_mentions(
        text, dt.date(1999, 5, 18), tense_at=lambda s, e: "future" if s < 20 else "present"
    )
    assert [m.value for m in mentions] == ["1999-05-23", "1999-05-23TEV"]


def test_a_feast_day_places_a_tenseless_weekday():
    # Pentecost 1999 is Sunday 23 May: a headline "dimanche" without tense is that Sunday.
    text = "LE VILLAGE EN FÊTE DIMANCHE. C'est en cette fête de Pentecôte que se déroulera la fête."
    mentions = find_mentions(text, dt.date(1999, 5, 18), tense_at=lambda s, e: None)
    assert [m.value for m in mentions] == ["1999-05-23", "1999-05-23"]


def test_timex_type():
    pub = dt.date.fromisoformat(WED)
    kinds = {
        m.text: m.timex_type
        for m in find_mentions(
            "Hier soir à 20 h, pendant deux ans, chaque lundi, récemment, le 5 août.", pub
        )
    }
    assert kinds == {
        "Hier soir": "TIME",
        "20 h": "TIME",
        "deux ans": "DURATION",
        "chaque lundi": "SET",
        "récemment": "TIME",
        "le 5 août": "DATE",
    }


def test_other_languages_fall_back_on_dateparser():
    mentions = find_mentions(
        "The meeting took place on 5 August 2021.", dt.date(2022, 8, 3), language="en"
    )
    assert [(m.start, m.kind) for m in mentions] == [(dt.date(2021, 8, 5), "absolute")]
