"""Reading tense off spaCy's French morphology and dependency parse.

Shared by the temporal engine (the clause tense that places "lundi" or "le 5 août", through
:func:`tense_of`) and the event rules (an event's tense, through :func:`checked_tense`), so
that both read a verb the same way. The morphology of the French models is checked against
the written form where it is known to slip: a future tagged as a present or a past
("recevra"), a present tagged as a future ("fait"), a conditional tagged as an imperfect
("présenterait").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from timeline.lexicon import PROSPECTIVE_PREDICATES
from timeline.temporal import Tense

_PREDICATE_POS = {"VERB", "AUX"}
#: Dependency labels of auxiliaries and copulas attached to a verb.
_AUX_DEPS = frozenset({"aux", "aux:tense", "aux:pass", "aux:caus", "cop"})


def clause_head(token: Token) -> Token | None:
    """The nearest verb governing ``token`` (itself included), or None.

    A noun or adjective with a copula ("sont incertains") heads its clause like a verb.
    """
    for candidate in (token, *token.ancestors):
        if candidate.pos_ in _PREDICATE_POS or any(c.dep_ == "cop" for c in candidate.children):
            return candidate
    return None


def verb_tense(verb: Token) -> Tense | None:
    """The tense of a verb with its auxiliaries, as the morphology tags it.

    Compound past ("a annoncé"), pluperfect ("avait approché"), futur proche ("va annoncer")
    and the imperfect are read from the auxiliaries' morphology. :func:`checked_tense` is
    this reading checked against the written forms.
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
        return "future" if "Fut" in aux_tense or spelled_future(tense_aux[0]) else "past"
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


# --- future and conditional forms -------------------------------------------------------------

#: Endings of the simple future, added to the future stem ("signer" + "ons").
_FUTURE_ENDINGS = frozenset({"ai", "as", "a", "ons", "ez", "ont"})
#: Endings of the simple conditional, added to the same stem ("signer" + "ait").
_CONDITIONAL_ENDINGS = frozenset({"ais", "ait", "ions", "iez", "aient"})

#: Future stems French grammar books list as irregular (the regular stem is the infinitive,
#: without its final "e" for "-re" verbs).
_IRREGULAR_FUTURE = {
    "aller": "ir",
    "être": "ser",
    "avoir": "aur",
    "faire": "fer",
    "pouvoir": "pourr",
    "voir": "verr",
    "revoir": "reverr",
    "entrevoir": "entreverr",
    "savoir": "saur",
    "vouloir": "voudr",
    "falloir": "faudr",
    "valoir": "vaudr",
    "envoyer": "enverr",
    "mourir": "mourr",
    "courir": "courr",
    "cueillir": "cueiller",
    "asseoir": "assiér",
    "pleuvoir": "pleuvr",
    "acquérir": "acquerr",
    "conquérir": "conquerr",
}
#: Irregular verbs whose derived verbs share their stem: "satisfaire" -> "satisfer",
#: "renvoyer" -> "renverr", "parcourir" -> "parcourr", "prévaloir" -> "prévaudr".
_DERIVED_FUTURE = ("faire", "envoyer", "courir", "valoir")


def future_stems(lemma: str) -> tuple[str, ...]:
    """The stems the future and the conditional of ``lemma`` are built on.

    Irregular stems (and those of derived verbs), "-evoir" ("recevr"), "-enir" ("viendr"),
    and the spelling changes of "-er" verbs: "appellera", "jettera", "mènera", "achètera",
    "paiera" / "payera", "emploiera".
    """
    lemma = lemma.lower()
    if lemma in _IRREGULAR_FUTURE:
        return (_IRREGULAR_FUTURE[lemma],)
    for infinitive in _DERIVED_FUTURE:
        if lemma.endswith(infinitive):
            return (lemma[: -len(infinitive)] + _IRREGULAR_FUTURE[infinitive],)
    if lemma.endswith("evoir"):  # recevoir -> recevr-, devoir -> devr-
        return (lemma[:-3] + "r",)
    if lemma.endswith("enir"):  # venir -> viendr-, tenir -> tiendr-
        return (lemma[:-4] + "iendr",)
    if lemma.endswith("re"):  # prendre -> prendr-
        return (lemma[:-1],)
    stems = [lemma]
    if lemma.endswith("yer"):  # payer -> paier- / payer-, employer -> emploier-
        stems.append(lemma[:-3] + "ier")
    elif lemma.endswith(("eler", "eter")) and len(lemma) > 4:
        # appeler -> appeller-, jeter -> jetter-; acheter -> achèter-, geler -> gèler-
        stems.append(lemma[:-2] + lemma[-3] + "er")
        stems.append(lemma[:-4] + "è" + lemma[-3] + "er")
    elif len(lemma) > 4 and lemma[-4] in "eé" and lemma.endswith("er"):
        # mener -> mèner-, lever -> lèver-; céder -> cèder- (reformed spelling)
        stems.append(lemma[:-4] + "è" + lemma[-3:])
    return tuple(stems)


#: Every simple future ends in "r" + a future ending: a quick test before the stems.
_FUTURE_FORM = re.compile(r"r(?:ai|as|a|ons|ez|ont)$")


def _built_on_stem(verb: Token, endings: frozenset[str]) -> bool:
    form = verb.lower_
    for stem in future_stems(verb.lemma_):
        if len(stem) > 1 and form.startswith(stem) and form[len(stem) :] in endings:
            return True
    return False


def spelled_future(verb: Token) -> bool:
    """True when the form is a future stem plus a future ending: "signerons", "prendra",
    "recevra", "viendront", "appellera" — whatever the tagger says."""
    return bool(_FUTURE_FORM.search(verb.lower_)) and _built_on_stem(verb, _FUTURE_ENDINGS)


def _looks_future(token: Token) -> bool:
    """Tagged as a future and ending like one ("-ra", "-ront"...)."""
    return "Fut" in token.morph.get("Tense") and spelled_future(token)


#: Every simple conditional ends in "r" + an imperfect ending.
_CONDITIONAL_FORM = re.compile(r"r(?:ais|ait|ions|iez|aient)$")
#: Imperfect endings (on the present stem for the imperfect, the future stem for the
#: conditional).
_IMPERFECT_FORM = re.compile(r"(?:ais|ait|ions|iez|aient)$")


def is_conditional(verb: Token) -> bool:
    """True for a simple conditional ("présenterait"), which the French models often tag
    as an imperfect: the ending follows the future stem (the infinitive, or an irregular
    stem), where the imperfect's follows the present stem ("présentait"). A conditional
    tag on a form that is no conditional ("semblait", "déclarait" tagged Mood=Cnd by md)
    is not taken."""
    if not _CONDITIONAL_FORM.search(verb.lower_):
        return False  # the cheap test first: every conditional ends in "r" + "ait"...
    morph = verb.morph
    if "Cnd" not in morph.get("Mood") and "Imp" not in morph.get("Tense"):
        return False
    return _built_on_stem(verb, _CONDITIONAL_ENDINGS)


def checked_tense(verb: Token) -> Tense | None:
    """:func:`verb_tense` checked against the written forms of the verbal complex.

    - a simple conditional ("fermerait", even tagged as an imperfect; a passive or copula
      "serait chargé", "serait candidat") has no tense of its own: a hedge or a future in
      the past, not a present nor a past;
    - a conditional tag on an imperfect form ("semblait") is an imperfect, a past;
    - a form spelled as a future ("signerons", "recevra") is a future, whatever the tag;
    - a future that no word of the complex spells as one ("fait pression" tagged
      Tense=Fut) and that no "aller" builds is read as the present.
    """
    auxes = [c for c in verb.children if c.dep_ in _AUX_DEPS]
    conditional = is_conditional(verb)
    if not auxes and conditional:
        return None
    if not conditional and _IMPERFECT_FORM.search(verb.lower_) and "Cnd" in verb.morph.get("Mood"):
        return "past"  # "semblait" tagged as a conditional: an imperfect
    simple = auxes and not any(a.dep_ == "aux:tense" for a in auxes)
    if simple and any(is_conditional(a) for a in auxes):
        return None  # "serait chargé", "serait candidat": a simple conditional too
    if not auxes and spelled_future(verb):
        return "future"
    tense = verb_tense(verb)
    if tense != "future":
        return tense
    complex_ = [verb, *auxes]
    if any(c.lemma_ == "aller" for c in auxes):
        return tense
    if any(_looks_future(t) for t in complex_):
        return tense
    if any("Fut" in t.morph.get("Tense") for t in complex_):
        return "present"
    return tense


# --- the tense of a clause --------------------------------------------------------------------

#: Labels through which an infinitive complements its governor ("demande de libérer",
#: "l'intention de fournir").
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "obl:arg", "obj", "acl"})
#: Labels of the argument a parser may hang a verb's infinitive on ("demander aux grévistes
#: de libérer" with "de libérer" under "grévistes").
_ARGUMENT_DEPS = frozenset({"obj", "iobj", "obl:arg", "obl"})
#: Complementizers of an infinitive complement.
_INFINITIVE_MARKS = frozenset({"de", "d'", "à"})


def _is_infinitive(token: Token) -> bool:
    return "Inf" in token.morph.get("VerbForm")


def _prospective_governor(infinitive: Token) -> Token | None:
    """The request, order, intention, planning or promise predicate an infinitive
    complements (:data:`timeline.lexicon.PROSPECTIVE_PREDICATES`), or None."""
    if infinitive.dep_ not in _COMPLEMENT_DEPS or infinitive.head is infinitive:
        return None
    governor = infinitive.head
    if governor.lemma_.lower() in PROSPECTIVE_PREDICATES:
        return governor
    marked = any(c.dep_ == "mark" and c.lower_ in _INFINITIVE_MARKS for c in infinitive.children)
    verb = governor.head
    if (
        marked
        and infinitive.dep_ == "acl"
        and governor.dep_ in _ARGUMENT_DEPS
        and verb.pos_ in _PREDICATE_POS
        and verb.lemma_.lower() in PROSPECTIVE_PREDICATES
    ):
        return verb  # the parser hung "de libérer" on the verb's argument
    return None


def tense_of(token: Token) -> Tense | None:
    """The tense of the clause ``token`` belongs to, for placing its dates; None if no verb
    governs it or the clause has no tense.

    - An infinitive complement of a request, order, intention, planning or promise
      predicate looks forward from it: "a demandé de libérer les quais avant vendredi",
      "promet de revenir lundi", "l'intention de partir en juin" are futures, even under a
      past verb (the deadline lies after the demand; the article reports it as news).
    - "devoir" + infinitive in the present or future is a future ("doit rencontrer lundi");
      in the past it is a past ("a dû partir lundi"); "venir de" is a recent past.
    - Any other infinitive complement takes the tense of the verb it completes ("va
      annoncer lundi" is future, "doit s'ouvrir aujourd'hui" present).
    - A participle without auxiliary ("les élections prévues le 5 mai", "des législatives
      anticipées à l'automne") and a simple conditional have no tense.
    - Otherwise the verb's :func:`checked_tense`.
    """
    head = clause_head(token)
    if head is None:
        return None
    while _is_infinitive(head):
        if _prospective_governor(head) is not None:
            return "future"
        if head.dep_ != "xcomp":
            break
        governor = head.head
        if governor.pos_ not in _PREDICATE_POS or governor is head:
            return None
        lemma = governor.lemma_.lower()
        if lemma == "aller" and "Pres" in governor.morph.get("Tense"):
            return "future"
        if lemma == "venir" and any(c.lower_ in {"de", "d'"} for c in head.children):
            return "past"  # "vient de signer": a recent past
        if lemma == "devoir":
            return "past" if checked_tense(governor) == "past" else "future"
        head = governor
    forms = head.morph.get("VerbForm")
    if "Part" in forms and not any(c.dep_.startswith("aux") for c in head.children):
        return None
    return checked_tense(head)
