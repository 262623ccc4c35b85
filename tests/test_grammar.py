"""Tense from the parse (timeline.grammar), on hand-built Docs: the models' tags are noisy
exactly where these rules correct them, so the tags are written out here."""

from __future__ import annotations

import datetime as dt

import pytest
from docbuilder import build

from timeline.grammar import checked_tense, future_stems, is_conditional, tense_of
from timeline.temporal import find_mentions

FIN_PRES = "Mood=Ind|Tense=Pres|VerbForm=Fin"
FIN_PAST = "Mood=Ind|Tense=Past|VerbForm=Fin"
FIN_IMP = "Mood=Ind|Tense=Imp|VerbForm=Fin"
FIN_FUT = "Mood=Ind|Tense=Fut|VerbForm=Fin"
CND = "Mood=Cnd|Tense=Pres|VerbForm=Fin"
PART = "Tense=Past|VerbForm=Part"
INF = "VerbForm=Inf"

# "Le préfet a demandé aux grévistes de libérer les quais avant vendredi." as md parses it
DEMAND_XCOMP = f"""
    Le       le       DET  det       1
    préfet   préfet   NOUN nsubj     3
    a        avoir    AUX  aux:tense 3 {FIN_PRES}
    demandé  demander VERB ROOT      3 {PART}
    aux      à        ADP  case      5
    grévistes gréviste NOUN obl:arg  3
    de       de       ADP  mark      7
    libérer  libérer  VERB xcomp     3 {INF}
    les      le       DET  det       9
    quais    quai     NOUN obj       7
    avant    avant    ADP  case      11
    vendredi vendredi NOUN obl:mod   7
    .        .        PUNCT punct    3
"""
# the same as sm parses it: "de libérer" hung on the verb's argument "grévistes"
DEMAND_ACL = DEMAND_XCOMP.replace(
    "libérer  libérer  VERB xcomp     3", "libérer  libérer  VERB acl       5"
)


def _sentence(verb: str, lemma: str, morph: str, aux: str = "") -> str:
    """ "Il <aux> <verb> lundi." with the tags given."""
    rows = ["Il il PRON nsubj 2" if aux else "Il il PRON nsubj 1"]
    if aux:
        aux_word, aux_lemma, aux_morph = aux.split()
        rows.append(f"{aux_word} {aux_lemma} AUX aux:tense 2 {aux_morph}")
    head = len(rows)
    rows.append(f"{verb} {lemma} VERB ROOT {head} {morph}")
    rows.append(f"lundi lundi NOUN obl:mod {head}")
    return "\n".join(rows)


CONDITIONAL_PASSIVE = _sentence("chargé", "charger", PART, aux="serait être " + CND).replace(
    "aux:tense", "aux:pass"
)

# fmt: off
CHECKED_TENSE_CASES = [
    (_sentence("recevra", "recevoir", FIN_PAST), "future"),  # md tags "recevra" as a past
    (_sentence("viendront", "venir", FIN_PRES), "future"),  # irregular -enir stem
    (_sentence("appellera", "appeler", FIN_PRES), "future"),  # -eler doubles its l
    (_sentence("mènera", "mener", FIN_PRES), "future"),  # e -> è
    (_sentence("paiera", "payer", FIN_PRES), "future"),  # -yer -> -ier
    (_sentence("satisfera", "satisfaire", FIN_PRES), "future"),  # derived from faire
    (_sentence("fait", "faire", FIN_FUT), "present"),  # a present tagged as a future
    (_sentence("présenterait", "présenter", FIN_IMP), None),  # conditional tagged imperfect
    (_sentence("serait", "être", FIN_IMP), None),  # irregular conditional stem
    (_sentence("présentait", "présenter", FIN_IMP), "past"),  # a true imperfect
    (_sentence("retirait", "retirer", FIN_IMP), "past"),  # "-irait" of an -er verb: imperfect
    (_sentence("installait", "installer", FIN_IMP), "past"),  # not a form of "aller"
    (_sentence("signé", "signer", PART, aux="aura avoir " + FIN_PRES), "future"),  # future perfect
    (_sentence("signé", "signer", PART, aux="a avoir " + FIN_PRES), "past"),  # compound past
    (CONDITIONAL_PASSIVE, None),  # "serait chargé": a conditional passive
    (_sentence("semblait", "sembler", CND), "past"),  # md tags this imperfect as a conditional
    (_sentence("fermerait", "fermer", CND), None),  # a true conditional
    (_sentence("déclarait", "déclarer", CND), "past"),  # ends in -rait, yet an imperfect
    (_sentence("acquerrait", "acquérir", FIN_IMP), None),  # irregular conditional stem
]
# fmt: on


@pytest.mark.parametrize(("table", "tense"), CHECKED_TENSE_CASES)
def test_checked_tense_corrects_the_tags_by_the_written_form(table, tense):
    doc = build(table)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert checked_tense(verb) == tense


# fmt: off
STEM_CASES = [
    ("signer", "signer"),  # regular: the infinitive
    ("prendre", "prendr"),  # -re loses its e
    ("recevoir", "recevr"),  # -evoir
    ("devoir", "devr"),  # -evoir, not a derivative of voir
    ("prévoir", "prévoir"),  # regular although it ends in -voir
    ("revoir", "reverr"),  # derivative of voir
    ("tenir", "tiendr"),  # -enir
    ("installer", "installer"),  # ends in -aller, yet regular
    ("aller", "ir"),  # irregular
]
# fmt: on


@pytest.mark.parametrize(("lemma", "stem"), STEM_CASES)
def test_future_stems(lemma, stem):
    assert stem in future_stems(lemma)


def test_is_conditional_reads_the_imperfect_tag_against_the_stem():
    doc = build(_sentence("fermerait", "fermer", FIN_IMP))
    assert is_conditional(doc[1])
    doc = build(_sentence("fermait", "fermer", FIN_IMP))
    assert not is_conditional(doc[1])


def _governed(governor: str, lemma: str, morph: str, aux: str | None = None) -> str:
    """ "Il <aux> <governor> de partir lundi." (the infinitive an xcomp of the governor)."""
    rows = ["Il il PRON nsubj {h}"]
    if aux:
        word, aux_lemma, aux_morph = aux.split()
        rows.append(f"{word} {aux_lemma} AUX aux:tense {{h}} {aux_morph}")
    h = len(rows)
    rows.append(f"{governor} {lemma} VERB ROOT {h} {morph}")
    rows += [f"de de ADP mark {h + 2}", f"partir partir VERB xcomp {h} {INF}"]
    rows.append(f"lundi lundi NOUN obl:mod {h + 2}")
    return "\n".join(rows).replace("{h}", str(h))


# fmt: off
TENSE_OF_CASES = [
    (DEMAND_XCOMP, "future"),  # the known regression: a demand looks forward, even in the past
    (DEMAND_ACL, "future"),  # "de libérer" hung on the argument of "demander"
    (_governed("promet", "promettre", FIN_PRES), "future"),  # promise
    (_governed("exigé", "exiger", PART, aux="a avoir " + FIN_PRES), "future"),  # order, past
    (_governed("décidé", "décider", PART, aux="a avoir " + FIN_PRES), "future"),  # decision
    (_governed("menace", "menacer", FIN_PRES), "future"),  # threat
    (_governed("vient", "venir", FIN_PRES), "past"),  # "vient de partir": recent past
    (_governed("tenté", "tenter", PART, aux="a avoir " + FIN_PRES), "past"),  # an attempt happened
    (_governed("refusé", "refuser", PART, aux="a avoir " + FIN_PRES), "past"),  # not prospective
]
# fmt: on


@pytest.mark.parametrize(("table", "tense"), TENSE_OF_CASES)
def test_tense_of_an_infinitive_complement(table, tense):
    doc = build(table)
    monday = next(t for t in doc if t.lower_ in {"lundi", "vendredi"})
    assert tense_of(monday) == tense


@pytest.mark.parametrize(
    ("table", "day"),
    [
        (DEMAND_XCOMP, dt.date(2024, 3, 8)),  # md's parse: the next Friday
        (DEMAND_ACL, dt.date(2024, 3, 8)),  # sm's parse: the same
    ],
)
def test_the_engine_reads_a_demanded_deadline_as_ahead(table, day):
    doc = build(table)
    text = doc.text

    def tense_at(start: int, end: int):
        span = doc.char_span(start, end, alignment_mode="expand")
        return tense_of(span.root)

    published = dt.date(2024, 3, 6)  # a Wednesday
    (mention,) = find_mentions(text, published, tense_at=tense_at)
    assert (mention.text, mention.start, mention.end) == ("avant vendredi", day, day)


def test_devoir_in_the_present_is_a_future_and_in_the_past_a_past():
    doc = build(
        f"""
        Il         il         PRON nsubj   1
        doit       devoir     VERB ROOT    1 {FIN_PRES}
        rencontrer rencontrer VERB xcomp   1 {INF}
        lundi      lundi      NOUN obl:mod 2
        """
    )
    assert tense_of(doc[3]) == "future"
    doc = build(
        f"""
        Il    il     PRON nsubj     2
        a     avoir  AUX  aux:tense 2 {FIN_PRES}
        dû    devoir VERB ROOT      2 {PART}
        partir partir VERB xcomp    2 {INF}
        lundi lundi  NOUN obl:mod   3
        """
    )
    assert tense_of(doc[4]) == "past"
