"""Reading tense off spaCy's French morphology and dependency parse."""

from __future__ import annotations

from spacy.tokens import Token

from timeline.temporal import Tense

_PREDICATE_POS = {"VERB", "AUX"}


def clause_head(token: Token) -> Token | None:
    """The nearest verb governing ``token`` (itself included), or None."""
    for candidate in (token, *token.ancestors):
        if candidate.pos_ in _PREDICATE_POS:
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
    tenses = verb.morph.get("Tense")
    if "Fut" in tenses:
        return "future"
    if "Past" in tenses or "Imp" in tenses:
        return "past"
    if "Pres" in tenses:
        return "present"
    return None


def tense_of(token: Token) -> Tense | None:
    """The tense of the clause ``token`` belongs to, or None if no verb governs it."""
    head = clause_head(token)
    return verb_tense(head) if head is not None else None
