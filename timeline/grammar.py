"""Reading tense off spaCy's French morphology and dependency parse."""

from __future__ import annotations

import re

from spacy.tokens import Token

from timeline.temporal import Tense

_PREDICATE_POS = {"VERB", "AUX"}


def clause_head(token: Token) -> Token | None:
    """The nearest verb governing ``token`` (itself included), or None.

    A noun or adjective with a copula ("sont incertains") heads its clause like a verb.
    """
    for candidate in (token, *token.ancestors):
        if candidate.pos_ in _PREDICATE_POS or any(c.dep_ == "cop" for c in candidate.children):
            return candidate
    return None


def verb_tense(verb: Token) -> Tense | None:
    """The tense of a verb with its auxiliaries: past, present or future.

    Compound past ("a annoncé"), pluperfect ("avait approché"), futur proche ("va annoncer")
    and the imperfect are read from the auxiliaries' morphology.
    """
    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
    for aux in auxes:
        if (
            aux.lemma_ == "aller"
            and "Pres" in aux.morph.get("Tense")
            and "Inf" in verb.morph.get("VerbForm")
        ):
            return "future"
    tense_aux = [a for a in auxes if a.dep_ == "aux:tense"]
    if tense_aux:
        aux_tense = tense_aux[0].morph.get("Tense")
        return "future" if "Fut" in aux_tense else "past"
    pass_aux = [a for a in auxes if a.dep_ == "aux:pass"]
    if pass_aux:  # the passive's auxiliary carries the tense: "sera menée", "est prévue"
        return _finite_tense(pass_aux[0])
    copulas = [c for c in verb.children if c.dep_ == "cop"]
    if copulas:  # a nominal predicate: "sont incertains", "sera candidat"
        return _finite_tense(copulas[0])
    return _finite_tense(verb)


def _finite_tense(verb: Token) -> Tense | None:
    """The tense a finite verb's own morphology gives."""
    tenses = verb.morph.get("Tense")
    if "Fut" in tenses:
        return "future"
    if "Past" in tenses or "Imp" in tenses:
        return "past"
    if "Pres" in tenses:
        return "present"
    return None


#: Conditional stems that are not the infinitive's: "serait", "aurait", "viendrait"...
_CONDITIONAL_STEMS = (
    "ser",
    "aur",
    "ir",
    "fer",
    "pourr",
    "devr",
    "voudr",
    "saur",
    "verr",
    "viendr",
    "tiendr",
    "faudr",
    "vaudr",
    "enverr",
    "courr",
    "mourr",
    "recevr",
    "cevr",
    "pleuvr",
    "assiér",
)
_CONDITIONAL = re.compile(r"(.*r)(?:ais|ait|ions|iez|aient)")


def is_conditional(verb: Token) -> bool:
    """True for a simple conditional ("présenterait"), which the small French model often
    tags as an imperfect: the ending follows the future stem (the infinitive, or an
    irregular stem), where the imperfect's follows the present stem ("présentait")."""
    if "Cnd" in verb.morph.get("Mood"):
        return True
    if "Imp" not in verb.morph.get("Tense"):
        return False
    m = _CONDITIONAL.fullmatch(verb.text.lower())
    if m is None:
        return False
    stem, lemma = m.group(1), verb.lemma_.lower()
    return stem in {lemma, lemma[:-1]} or stem.endswith(_CONDITIONAL_STEMS)


def tense_of(token: Token) -> Tense | None:
    """The tense of the clause ``token`` belongs to, or None if no verb governs it.

    An infinitive complement takes the tense of the verb it completes ("va annoncer lundi"
    is future, "doit s'ouvrir aujourd'hui" present); a participle without auxiliary ("les
    élections prévues le 5 mai", "des législatives anticipées à l'automne") has no tense.
    """
    head = clause_head(token)
    if head is None:
        return None
    while "Inf" in head.morph.get("VerbForm") and head.dep_ == "xcomp":
        governor = head.head
        if governor.pos_ not in _PREDICATE_POS or governor is head:
            return None
        if governor.lemma_ == "aller" and "Pres" in governor.morph.get("Tense"):
            return "future"
        head = governor
    forms = head.morph.get("VerbForm")
    if "Part" in forms and not any(c.dep_.startswith("aux") for c in head.children):
        return None
    if is_conditional(head):
        return None  # "elle présenterait en juin": reported future or hedged present
    return verb_tense(head)
