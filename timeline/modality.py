"""Polarity and modality of an event: did it happen, will it, might it, is it denied?

Polarity is ``negative`` when the event's verbal complex is negated ("ne ... pas / jamais /
rien / plus / aucun / personne", "ni", "sans" + infinitive), or when the negation sits on the
predicate that governs it ("n'avait pas l'intention de fournir", "refuse de livrer").
"ne ... que" (restriction) and expletive "ne" ("avant qu'il ne parte") do not negate.

Modality, first that applies: ``denied`` (negative polarity), ``possible`` (under
"pouvoir", "risquer de", or with "peut-être"...), ``conditional`` (conditional mood, or a
"si" clause), ``intention`` (under "vouloir", "l'intention de", "demander de"...),
``planned`` (future tense, "aller"/"devoir" + infinitive, "décider de", a noun event
governed by "prévoir"), else ``asserted``.
"""

from __future__ import annotations

from spacy.tokens import Token

from timeline.docindex import index
from timeline.eventtime import PLANNING_VERBS, reported_clause
from timeline.grammar import checked_tense, is_conditional
from timeline.lexicon import (
    CONTROL_PREDICATES,
    COPULAS,
    EXPLETIVE_NE_AFTER,
    MODAL_VERBS,
    NEGATORS,
    POSSIBILITY_ADVERBS,
    SUPPORT_VERBS,
)
from timeline.temporal import Tense
from timeline.triggers import AUX_DEPS, Trigger, is_infinitival, sentence

#: Verbs that only situate a noun event: their negation is the noun's ("la réunion n'est
#: pas prévue"); any other verb has its own event and its own negation.
LIGHT_FOR_NOUNS = COPULAS | SUPPORT_VERBS | PLANNING_VERBS | {"sembler", "paraître"}
MODALITIES = ("asserted", "planned", "possible", "conditional", "intention", "denied")
#: Governors that deny their complement: "refuse de livrer" -> livrer did not happen.
NEGATIVE_GOVERNORS = frozenset({"refuser", "refus", "renoncer", "éviter", "nier", "démentir"})
#: Verbs that cancel a noun event: "la réunion a été annulée" did not take place.
CANCELLING_VERBS = frozenset({"annuler", "décommander", "ajourner"})
#: Negators that negate without "ne" (spoken French, headlines): "pas question", "jamais".
_STANDALONE = frozenset({"pas", "jamais", "nullement", "guère"})
#: Words that may sit between "ne" and the verb: clitics, auxiliaries, adverbs.
_CLITICS = frozenset(
    {
        "me",
        "m'",
        "te",
        "t'",
        "se",
        "s'",
        "le",
        "la",
        "l'",
        "les",
        "lui",
        "leur",
        "y",
        "en",
        "nous",
        "vous",
    }
)
#: Tokens after the verb in which a negator may still belong to it ("n'a vu personne").
_RIGHT_WINDOW = 3


def _complex(trigger: Trigger) -> list[Token]:
    """The trigger's verbal complex: its frame words and their auxiliaries."""
    tokens = list(trigger.frame)
    for token in trigger.frame:
        tokens += [c for c in token.children if c.dep_ in AUX_DEPS]
    verb = trigger.verb
    if trigger.kind == "noun" and verb is not None and verb.lemma_.lower() not in LIGHT_FOR_NOUNS:
        verb = None  # "si l'accord n'était pas respecté": the negation is the verb's event
    if verb is not None and verb not in tokens:
        tokens.append(verb)
        tokens += [c for c in verb.children if c.dep_ in AUX_DEPS and c not in tokens]
    return tokens


def _is_ne(token: Token) -> bool:
    return token.lower_ in {"ne", "n'"}


def _expletive_ne(ne: Token) -> bool:
    """'ne' after "avant que", "à moins que", "de peur que", "craindre que"."""
    for token in ne.doc[max(sentence(ne).start, ne.i - 6) : ne.i]:
        if token.lower_ in EXPLETIVE_NE_AFTER:
            return True
    return False


def clause_negated(tokens: list[Token]) -> bool:
    """True when the verbal complex ``tokens`` is negated (dependents, then a word scan)."""
    if not tokens:
        return False
    doc = tokens[0].doc
    indices = {t.i for t in tokens}
    has_ne = has_negator = restrictive = False
    for token in tokens:
        for child in token.children:
            if child.i in indices:
                continue
            if _is_ne(child):
                has_ne = has_ne or not _expletive_ne(child)
            elif (
                child.lower_ in NEGATORS
                and child.lower_ != "ni"
                and (child.pos_ in {"ADV", "PRON", "DET"} or "Neg" in child.morph.get("Polarity"))
            ):
                has_negator = True
    # Word scan, robust to a parse that hangs "ne" or "pas" on the wrong word.
    first, last = min(indices), max(indices)
    i = first - 1
    while i >= sentence(doc[first]).start:
        word = doc[i]
        if _is_ne(word):
            has_ne = has_ne or not _expletive_ne(word)
            break
        if word.lower_ in _CLITICS or word.lower_ in NEGATORS or word.pos_ in {"AUX", "ADV"}:
            i -= 1
            continue
        break
    for word in doc[first : min(last + _RIGHT_WINDOW + 1, sentence(doc[last]).end)]:
        if word.i in indices:
            continue
        if word.lower_ in NEGATORS and word.lower_ != "ni":
            has_negator = True
        elif word.lower_ in {"que", "qu'"} and word.i > last:
            restrictive = True
        elif word.is_punct or word.pos_ in {"VERB", "SCONJ"}:
            break
    if has_ne and not has_negator and restrictive:
        return False  # "il n'a livré que deux drones"
    if has_ne:
        return True
    return has_negator and any(
        c.lower_ in _STANDALONE for t in tokens for c in t.children if c.i not in indices
    )


def _governor_chain(trigger: Trigger) -> list[Token]:
    """Predicates governing an infinitive trigger, nearest first (verb behind a noun too)."""
    chain = []
    governor = trigger.governor
    while governor is not None and len(chain) < 4:
        chain.append(governor)
        if governor.pos_ == "NOUN" and governor.head.pos_ in {"VERB", "AUX"}:
            chain.append(governor.head)  # "avait l'intention de": the negation is on avait
            governor = None
        elif governor.dep_ in {"xcomp", "obl:arg", "acl"} and governor.head.i != governor.i:
            lemma = governor.head.lemma_.lower()
            governor = (
                governor.head if lemma in MODAL_VERBS or lemma in CONTROL_PREDICATES else None
            )
        else:
            governor = None
    return chain


#: Words without which no clause of a sentence can be negative (checked once per sentence).
_NEGATION_CUES = NEGATORS | {"ne", "n'", "sans"}
NEGATION_KEY = "timeline.negation_sentences"


def _sentence_may_negate(token: Token) -> bool:
    """False when the sentence holds no negation word nor denying verb: the fast path."""
    doc = token.doc
    flags = doc.user_data.get(NEGATION_KEY)
    if flags is None or len(doc) != flags[0]:
        positions = index(doc)
        cues = positions.where_lower(_NEGATION_CUES)
        cues += positions.where_lemma(NEGATIVE_GOVERNORS | CANCELLING_VERBS)
        flags = (len(doc), {positions.sentence_number(i) for i in cues})
        doc.user_data[NEGATION_KEY] = flags
    return index(doc).sentence_number(token.i) in flags[1]


def polarity(trigger: Trigger) -> str:
    """``negative`` or ``positive`` (see the module docstring)."""
    head = trigger.head
    if not _sentence_may_negate(head):
        return "positive"
    if clause_negated(_complex(trigger)):
        return "negative"
    if any(c.dep_ == "cc" and c.lower_ == "ni" for c in head.children):
        return "negative"
    if any(c.lower_ == "sans" and c.dep_ in {"mark", "case"} for c in head.children):
        return "negative"
    parent = head.head
    if is_infinitival(head) and parent.i != head.i and parent.lemma_.lower() in NEGATIVE_GOVERNORS:
        return "negative"  # "a démenti avoir livré"
    cancelled = trigger.verb is not None and trigger.verb.lemma_.lower() in CANCELLING_VERBS
    if trigger.kind in {"noun", "support"} and cancelled:
        return "negative"  # "la réunion a été annulée"
    for governor in _governor_chain(trigger):
        if governor.lemma_.lower() in NEGATIVE_GOVERNORS:
            return "negative"
        if clause_negated([governor, *(c for c in governor.children if c.dep_ in AUX_DEPS)]):
            return "negative"
    return "positive"


def _conditional(tokens: list[Token]) -> bool:
    """A conditional in the complex, also one the tagger took for an imperfect."""
    return any(is_conditional(t) for t in tokens)


def modality(trigger: Trigger, *, polarity_value: str, tense: Tense | None) -> str:
    """One of :data:`MODALITIES` (see the module docstring)."""
    if polarity_value == "negative":
        return "denied"
    tokens = _complex(trigger)
    governors = _governor_chain(trigger)
    kinds = [
        MODAL_VERBS.get(g.lemma_.lower()) or CONTROL_PREDICATES.get(g.lemma_.lower())
        for g in governors
    ]
    adverbs = {c.lower_ for t in tokens for c in t.children if c.dep_ == "advmod"}
    if "possible" in kinds[:1] or adverbs & POSSIBILITY_ADVERBS:
        return "possible"
    if _conditional(tokens) or _conditional(governors[:2]):
        clause = reported_clause(trigger)
        simple = not any(c.dep_ in AUX_DEPS for c in trigger.head.children)
        hypothesis = any(  # "appellerait à la grève si l'accord n'était pas respecté"
            any(m.dep_ == "mark" and m.lower_ == "si" for m in c.children)
            for c in trigger.head.children
        )
        past_report = clause is not None and checked_tense(clause.head) == "past"
        if past_report and simple and not hypothesis:
            return "planned"  # "a assuré qu'il fermerait": a future in the past
        return "conditional"
    if any(c.lower_ == "si" and c.dep_ == "mark" for t in tokens for c in t.children):
        return "conditional"
    if "intention" in kinds[:1]:
        return "intention"
    if "planned" in kinds[:1] or tense == "future":
        return "planned"
    planning = trigger.verb is not None and trigger.verb.lemma_.lower() in PLANNING_VERBS
    if trigger.kind == "noun" and planning:
        return "planned"
    return "asserted"
