"""Event triggers from the dependency parse: which words of an article name an event.

A trigger is one of:

- ``verb``: a finite content verb ("rencontrera", "plaide");
- ``compound``: a past participle with its auxiliary ("a annoncé", "avait approché"), or a
  passive ("a été prévue"), or a participle coordinated with one ("livré ni fourni");
- ``infinitive``: an infinitive governed by a modal, control or intention predicate
  ("doit rencontrer", "l'intention de fournir", "a décidé de livrer");
- ``phrase``: a verb + noun idiom that is one event ("fait pression", "rend visite");
- ``support``: an event noun object of a support verb ("tenir une réunion");
- ``noun``: an event noun heading a clause or a headline, subject of a verb, or carrying
  its own date ("la réunion de mardi").

Auxiliaries, copulas, modal verbs governing an infinitive and support verbs carry no event
of their own. Word lists are in :mod:`timeline.lexicon`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from timeline.docindex import index
from timeline.lexicon import (
    CONTROL_PREDICATES,
    COPULAS,
    DEVERBAL_ENDINGS,
    EVENT_NOUNS,
    INFINITIVE_PHRASES,
    MODAL_VERBS,
    OFFICE_NOUNS,
    PRESENCE_CASES,
    SCHEDULING_VERBS,
    SUBJECT_SUPPORT_PHRASES,
    SUPPORT_PHRASES,
    SUPPORT_VERBS,
)

#: Modal and raising verbs that join their infinitive in one trigger ("doit rencontrer",
#: "semblait tenir"); causatives ("fait construire", "laisser fermer") keep their own
#: subject apart from the event's.
JOINING_MODALS = frozenset(
    {"pouvoir", "devoir", "aller", "vouloir", "venir", "sembler", "paraître"}
)
#: Raising verbs: they hedge their infinitive and lend it their tense ("semblait tenir").
RAISING_VERBS = frozenset({"sembler", "paraître"})
#: Dependency labels of auxiliaries and copulas attached to a verb.
AUX_DEPS = frozenset({"aux", "aux:tense", "aux:pass", "aux:caus", "cop"})
#: Dependency labels through which an infinitive complements its governor.
_INF_DEPS = frozenset({"xcomp", "ccomp", "obl:arg", "obl", "acl", "obj", "advcl", "csubj"})
#: Positions where an event noun is an event of its own: subject, clause head, modifier
#: ("en marge de la conférence"); never a verb's object or argument ("appeler à un
#: cessez-le-feu", "signer un accord"), which is part of that verb's event.
_NOUN_EVENT_DEPS = frozenset({"nsubj", "nsubj:pass", "ROOT", "appos"})
#: Prepositions that make a noun a time reference, hence an event: "lors de la réunion",
#: "après la visite" (a verb's other complements, "appeler à un cessez-le-feu", are not).
TEMPORAL_CASES = frozenset(
    {"lors", "après", "avant", "pendant", "durant", "depuis", "dès", "issue", "cours", "veille"}
)
#: Labels under which a noun is an argument of the verb, hence a support-verb object.
_SUPPORT_DEPS = frozenset({"obj", "obl:arg"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """One event trigger.

    ``head`` is the token whose dependents carry the event's roles; ``frame`` adds the other
    tokens whose dependents count too (a support verb, the noun of an idiom); ``verb`` is
    the verb whose tense and auxiliaries the event takes (None for a verbless headline);
    ``governor`` is the modal, control or intention predicate of an infinitive.
    """

    head: Token
    words: tuple[Token, ...]
    lemma: str
    kind: str
    verb: Token | None
    governor: Token | None = None
    support: tuple[Token, ...] = ()  # idiom words that are no argument ("lieu" of "a eu lieu")

    @property
    def frame(self) -> tuple[Token, ...]:
        """The head and the other tokens whose dependents are the event's arguments."""
        verb = (self.verb,) if self.kind in {"support", "phrase"} else ()
        extra = [
            t for t in (*self.words, *verb, *self.support) if t is not None and t is not self.head
        ]
        return (self.head, *dict.fromkeys(extra))

    @property
    def start_char(self) -> int:
        """Offset of the first trigger word."""
        return self.words[0].idx

    @property
    def end_char(self) -> int:
        """Offset just after the last trigger word."""
        last = self.words[-1]
        return last.idx + len(last)


def sentence(token: Token) -> Span:
    """The sentence of a token. Like ``token.sent``, but computed once per Doc (spaCy
    recomputes ``token.sent`` on every access)."""
    return index(token.doc).sentence(token)


def verb_form(token: Token) -> str | None:
    """``Fin``, ``Part``, ``Inf`` or ``Ger`` from the morphology; a tensed verb counts as Fin.

    Cached per Doc: reading the morphology is costly in spaCy.
    """
    forms = index(token.doc).verb_forms
    if token.i not in forms:
        forms[token.i] = _verb_form(token)
    return forms[token.i]


def _verb_form(token: Token) -> str | None:
    forms = token.morph.get("VerbForm")
    if forms:
        return forms[0]
    if token.morph.get("Tense") or token.morph.get("Mood"):
        return "Fin"
    return None


def has_aux(token: Token) -> bool:
    """True when an auxiliary hangs on ``token`` ("a annoncé", "a été prévue")."""
    return any(c.dep_ in AUX_DEPS and c.dep_ != "cop" for c in token.children)


def _is_support_of(noun: Token) -> Token | None:
    """The support verb of an event noun object, or None."""
    head = noun.head
    if noun.dep_ in _SUPPORT_DEPS and head.pos_ in {"VERB", "AUX"} and head.lemma_ in SUPPORT_VERBS:
        return head
    for child in noun.children:  # "fait pression" parsed with "fait" as the noun's copula
        if child.dep_ in AUX_DEPS and child.lemma_ in SUPPORT_VERBS:
            return child
    return None


def _phrase(noun: Token) -> tuple[Token, str] | None:
    """(verb, lemma) when ``noun`` completes a verb + noun idiom ("fait pression")."""
    candidates = []
    if noun.dep_ in _SUPPORT_DEPS | {"obl:mod", "obl"}:
        candidates.append(noun.head)
    candidates += [c for c in noun.children if c.dep_ in AUX_DEPS]
    for verb in candidates:
        lemma = SUPPORT_PHRASES.get((verb.lemma_, noun.lemma_.lower()))
        if lemma and verb.pos_ in {"VERB", "AUX"}:
            return verb, lemma
    return None


def is_infinitival(token: Token) -> bool:
    """An infinitive, or a participle built with an infinitive auxiliary ("être hospitalisé",
    "avoir signé")."""
    if verb_form(token) == "Inf":
        return True
    return verb_form(token) == "Part" and any(
        c.dep_ in AUX_DEPS and verb_form(c) == "Inf" for c in token.children
    )


def _determined_modifier(noun: Token) -> bool:
    """True for an event noun modifying a noun with its own article: "au premier jour de la
    grève", "en marge d'une conférence" — not a bare classifier ("un plan de départs
    volontaires", "une séance de médiation", "un accord de paix")."""
    return noun.dep_ == "nmod" and any(c.dep_ == "det" for c in noun.children)


def _temporal_complement(noun: Token) -> bool:
    """True for a noun introduced by a temporal preposition: "lors de la réunion"."""
    if not noun.dep_.startswith("obl"):
        return False
    return any(c.lower_ in TEMPORAL_CASES for c in noun.children if c.i < noun.i)


def is_event_noun(token: Token) -> bool:
    """A noun of :data:`timeline.lexicon.EVENT_NOUNS` ("réunion", "rendez-vous")."""
    return token.pos_ in {"NOUN", "PROPN"} and (
        token.lemma_.lower() in EVENT_NOUNS or token.lower_ in EVENT_NOUNS
    )


#: Labels of the argument a scheduling verb sets the time of.
_SCHEDULED_DEPS = frozenset({"nsubj:pass", "obj"})


def scheduled_noun(verb: Token) -> Token | None:
    """The event noun whose time a scheduling verb (:data:`SCHEDULING_VERBS`) sets, or None:
    its passive subject ("rendez-vous est fixé samedi"), its object ("propose une soirée le
    23 mai"), or the noun it modifies as a participle ("l'investiture prévue le 15
    septembre")."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in SCHEDULING_VERBS:
        return None
    if verb.dep_ == "acl" and verb_form(verb) == "Part" and is_event_noun(verb.head):
        return verb.head
    for child in verb.children:
        if child.dep_ in _SCHEDULED_DEPS and is_event_noun(child):
            return child
    return None


def _schedules(verb: Token, noun: Token) -> bool:
    found = scheduled_noun(verb)
    return found is not None and found.i == noun.i


def _event_subject(verb: Token) -> Token | None:
    """The event noun subject of a verb ("la réunion" of "la réunion aura lieu"), or None."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubj:pass"} and child.lemma_.lower() in EVENT_NOUNS:
            return child
    return None


def _governs_infinitive(verb: Token) -> bool:
    """True when ``verb`` governs an infinitive that carries an event of its own (a modal
    before a copula, "semblait être", keeps the event)."""
    return any(
        c.dep_ in _INF_DEPS
        and c.pos_ == "VERB"
        and is_infinitival(c)
        and c.lemma_.lower() not in COPULAS
        for c in verb.children
    )


def control_governor(token: Token) -> Token | None:
    """The modal, control or intention predicate governing an infinitive, or None."""
    if not is_infinitival(token) or token.dep_ not in _INF_DEPS:
        return None
    head = token.head
    lemma = head.lemma_.lower()
    if head.pos_ in {"VERB", "AUX"} and (lemma in MODAL_VERBS or lemma in CONTROL_PREDICATES):
        return head
    if head.pos_ == "NOUN" and lemma in CONTROL_PREDICATES:
        return head
    return None


def _with_verb(noun: Token, verb: Token, *more: Token) -> tuple[Token, ...]:
    """The words of a support construction, in text order: the support verb, the modals
    it joins ("devrait pouvoir en faire l'annonce"), and the noun ("a effectué une
    rentrée", "la cérémonie a eu lieu")."""
    words = [noun, verb, *more]
    head = verb
    while head.dep_ == "xcomp" and is_infinitival(head) and head.head.i != head.i:
        governor = head.head
        if governor.pos_ not in {"VERB", "AUX"} or governor.lemma_.lower() not in JOINING_MODALS:
            break
        words.append(governor)
        head = governor
    return tuple(sorted(words, key=lambda t: t.i))


def _is_date(span: Span) -> bool:
    """A mention placed on the calendar (not a duration nor a set)."""
    mention = span._.time_mention
    return mention is not None and mention.kind not in {"duration", "set"}


def _dated_heads(doc: Doc, key: str | None) -> dict[int, bool]:
    """Token index -> True when a date modifies it as a genitive ("la réunion du 5 août"),
    False for any other attachment ("a signé lundi")."""
    if not key or key not in doc.spans:
        return {}
    heads: dict[int, bool] = {}
    for span in doc.spans[key]:
        mention = span._.time_mention
        if mention is not None and mention.kind in {"duration", "set"}:
            continue
        root = span.root
        if root.head.i != root.i and not (span.start <= root.head.i < span.end):
            genitive = any(t.lower_ in {"de", "du", "d'"} for t in span[:1]) or any(
                c.dep_ == "case" and c.lower_ in {"de", "du", "d'"} for c in root.children
            )
            heads[root.head.i] = heads.get(root.head.i, False) or genitive
            name = root.head
            if name.pos_ == "PROPN" and name.dep_ == "nmod" and name.head.pos_ == "NOUN":
                # a name takes no date: "la venue d'Auxerre samedi" dates the coming
                heads.setdefault(name.head.i, False)
    return heads


def find_triggers(doc: Doc, *, dates_key: str | None = None) -> list[Trigger]:
    """The triggers of a parsed document, in text order (one per event).

    ``dates_key`` names the span group of temporal mentions: an event noun carrying its own
    date ("la réunion du 5 août") is a trigger wherever it stands.
    """
    dated = _dated_heads(doc, dates_key)
    found: dict[int, Trigger] = {}
    # Words of a time expression are time, not events: "C'est en cette fête de Pentecôte
    # que se déroulera...", "à Noël".
    spans = doc.spans.get(dates_key, ()) if dates_key else ()
    taken: set[int] = {t.i for span in spans for t in span}
    on_dates = {t.i for span in spans if _is_date(span) for t in span}

    positions = index(doc)
    # Idioms and support verbs first: they claim their verb.
    for i in positions.where_pos("NOUN", "PROPN"):
        token = doc[i]
        if i in taken:
            continue
        phrase = _phrase(token)
        if phrase is not None and phrase[1] in SUBJECT_SUPPORT_PHRASES:
            subject = _event_subject(phrase[0])
            if subject is not None:  # "la réunion aura lieu": the meeting is the event
                found[subject.i] = Trigger(
                    head=subject,
                    words=_with_verb(subject, phrase[0], token),
                    lemma=subject.lemma_.lower(),
                    kind="support",
                    verb=phrase[0],
                    support=(token,),
                )
                taken.update({phrase[0].i, token.i, subject.i})
                continue
        if phrase is not None:
            verb, lemma = phrase
            words = tuple(sorted((verb, token), key=lambda t: t.i))
            found[verb.i] = Trigger(head=verb, words=words, lemma=lemma, kind="phrase", verb=verb)
            taken.update({verb.i, token.i})
            continue
        lemma = token.lemma_.lower()
        deverbal_dated = dated.get(token.i, False) and lemma.endswith(DEVERBAL_ENDINGS)
        if lemma not in EVENT_NOUNS and token.lower_ not in EVENT_NOUNS and not deverbal_dated:
            continue
        lemma = token.lower_ if token.lower_ in EVENT_NOUNS and lemma not in EVENT_NOUNS else lemma
        support = _is_support_of(token)
        if support is not None:
            found[token.i] = Trigger(
                head=token,
                words=_with_verb(token, support),
                lemma=lemma,
                kind="support",
                verb=support,
            )
            taken.add(support.i)
        elif (
            token.dep_ in _NOUN_EVENT_DEPS
            or token.i in dated
            or _temporal_complement(token)
            or _determined_modifier(token)
            or _schedules(token.head, token)
            or token.head.i in on_dates  # a programme: "dimanche, à 9 h 15, messe à ..."
            or any(c.i in dated and _schedules(c, token) for c in token.children)
        ):
            verb = token.head if token.head.pos_ in {"VERB", "AUX"} else None
            found[token.i] = Trigger(
                head=token, words=(token,), lemma=lemma, kind="noun", verb=verb
            )
        elif token.dep_ == "conj" and token.head.i in found and found[token.head.i].kind == "noun":
            found[token.i] = Trigger(
                head=token, words=(token,), lemma=lemma, kind="noun", verb=None
            )

    _infinitive_phrases(doc, found, taken)
    for i in dated:
        presence = _presence(doc[i])
        if presence is not None and i not in found and i not in taken:
            found[i] = presence
    candidates = set(positions.where_pos("VERB"))
    after_aux = {i + k for i in positions.where_lemma({"avoir", "être"}) for k in (1, 2, 3)}
    candidates |= after_aux & set(positions.where_pos("PROPN", "NOUN", "ADJ", "X"))
    for i in sorted(candidates):
        token = doc[i]
        if token.i in taken or token.i in found or token.dep_ in AUX_DEPS:
            continue
        if token.pos_ == "VERB":
            trigger = _verb_trigger(token, found, dated)
        else:
            trigger = _mistagged_participle(token)
        if trigger is not None:
            found[token.i] = trigger
    _headline_participles(doc, found)
    return [found[i] for i in sorted(found)]


#: Labels linking the verb and the infinitive of an idiom, in either direction: the parser
#: may hang the verb on the infinitive ("a fait savoir" with "fait" as a dependent).
_IDIOM_DEPS = frozenset({"xcomp", "ccomp", "obj", "dep", "aux", "aux:caus"})


def _infinitive_phrases(doc: Doc, found: dict[int, Trigger], taken: set[int]) -> None:
    """Verb + infinitive idioms (:data:`INFINITIVE_PHRASES`): "a fait savoir hier que"."""
    verbs = {verb for verb, _ in INFINITIVE_PHRASES}
    for i in index(doc).where_lemma(verbs):
        verb = doc[i]
        if i in found or i in taken or verb.pos_ not in {"VERB", "AUX"}:
            continue
        for other in (*verb.children, verb.head):
            linked = other.dep_ if other.head.i == verb.i else verb.dep_
            lemma = INFINITIVE_PHRASES.get((verb.lemma_.lower(), other.lemma_.lower()))
            if lemma is None or other.i == i or linked not in _IDIOM_DEPS:
                continue
            if verb_form(other) != "Inf" or other.i in found or other.i in taken:
                continue
            words = tuple(sorted((verb, other), key=lambda t: t.i))
            found[i] = Trigger(head=verb, words=words, lemma=lemma, kind="phrase", verb=verb)
            taken.update({i, other.i})
            break


#: Entity labels of places.
_PLACE_LABELS = frozenset({"LOC", "GPE"})


def _presence(place: Token) -> Trigger | None:
    """A dated presence at a place: "Olivier Besancenot sera à Marseille jeudi 2 mai", "Le
    ministre était hier à Lyon". ``place`` is the dated predicate of "être" (a place
    name); the subject must be someone (a name, a pronoun, an office), not a thing ("le
    siège est à Paris"). Lemma "être à"."""
    if place.pos_ not in {"PROPN", "NOUN"} or place.ent_type_ not in _PLACE_LABELS:
        return None
    copula = case = subject = None
    for child in place.children:
        if child.dep_ == "cop" and child.lemma_ == "être":
            copula = child
        elif child.dep_ == "case" and child.lower_ in PRESENCE_CASES:
            case = child
        elif child.dep_ == "nsubj":
            subject = child
    if copula is None or case is None or subject is None:
        return None
    someone = (
        subject.pos_ in {"PROPN", "PRON"}
        or subject.ent_type_ in {"PER", "ORG"}
        or subject.lemma_.lower() in OFFICE_NOUNS
    )
    if not someone:
        return None
    words = tuple(sorted((copula, place), key=lambda t: t.i))
    return Trigger(head=place, words=words, lemma="être à", kind="phrase", verb=copula)


def _has_words(sent: Span) -> bool:
    return any(not (t.is_punct or t.is_space) for t in sent)


def break_between(doc: Doc, first: Span, second: Span) -> bool:
    """True when a paragraph break (a line break) separates two sentences (``first``
    before ``second``): spaCy keeps line breaks in whitespace tokens."""
    i = first.end - 1
    while i > first.start and doc[i].is_space:
        i -= 1  # back to the last word of the first sentence
    return any(doc[k].is_space and "\n" in doc[k].text for k in range(i + 1, second.start + 1))


#: Sentence-final punctuation: a title line has none inside.
_FINAL = frozenset({".", "!", "?", "…"})


def headline_and_lead(doc: Doc) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """(headline sentence numbers, lead sentence numbers), or None when the text does not
    open with a headline (computed once per Doc).

    The headline is the first paragraph when it is one title line (no sentence ends inside
    it; the segmenter may still cut it at a colon: "Grève au port : la maire reçoit les
    syndicats"), and the lead the paragraph after it. Without a paragraph break, a first
    sentence with no finite verb is a headline ("Quatre mineurs écroués pour avoir torturé
    un handicapé. - Quatre mineurs de Lisieux ont été écroués samedi..."), and the rest of
    its paragraph the lead.
    """
    memo = index(doc).memo
    if "headline" not in memo:
        memo["headline"] = _headline_and_lead(doc)
    return memo["headline"]  # type: ignore[return-value]


def _headline_and_lead(doc: Doc) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    sents = index(doc).sents
    numbered = ((k, sent) for k, sent in enumerate(sents) if _has_words(sent))
    paragraphs: list[list[int]] = []
    previous = None
    for k, sent in numbered:  # the first two paragraphs and the start of a third
        if previous is None or break_between(doc, previous, sent):
            if len(paragraphs) == 2:
                break
            paragraphs.append([])
        paragraphs[-1].append(k)
        previous = sent
    if not paragraphs or (len(paragraphs) == 1 and len(paragraphs[0]) < 2):
        return None
    first = paragraphs[0]
    if len(paragraphs) == 2:
        inner_ends = [
            k for k in first[:-1] if any(t.text in _FINAL for t in sents[k] if not t.is_space)
        ]
        if not inner_ends:
            return tuple(first), tuple(paragraphs[1])
    opening = sents[first[0]]
    verbless = not any(t.pos_ in {"VERB", "AUX"} and verb_form(t) == "Fin" for t in opening)
    if verbless and len(first) > 1:
        return (first[0],), tuple(first[1:])
    return None


def _headline_participles(doc: Doc, found: dict[int, Trigger]) -> None:
    """A headline participle is the lead's event when the lead tells it with the same verb:
    "Quatre mineurs écroués pour avoir torturé un handicapé. — Quatre mineurs ont été
    écroués samedi": the elliptic passive of headlines."""
    parts = headline_and_lead(doc)
    if parts is None:
        return
    positions = index(doc)
    lead = set(parts[1])
    lead_lemmas = {t.lemma for t in found.values() if positions.sentence_number(t.head.i) in lead}
    for token in (t for k in parts[0] for t in positions.sents[k]):
        if token.i in found or token.pos_ != "VERB" or verb_form(token) != "Part":
            continue
        lemma = token.lemma_.lower()
        if lemma in lead_lemmas and "Pres" not in token.morph.get("Tense"):
            found[token.i] = Trigger(
                head=token, words=(token,), lemma=lemma, kind="compound", verb=token
            )


#: Past participle endings of -er and -ir verbs, with the infinitive ending they come from.
_PARTICIPLE = re.compile(r"^(?P<stem>[a-zàâçéèêëîïôûùüÿœ-]{2,}?)(?P<end>ée?s?|ie?s?)$")
#: Words that may stand between an auxiliary and its participle: "avons rien livré".
_BETWEEN = frozenset({"pas", "rien", "jamais", "plus", "point", "guère", "déjà", "toujours"})


def _mistagged_participle(token: Token) -> Trigger | None:
    """A past participle the tagger took for a noun or a name ("avons rien livré").

    Only a lower-case word ending like an -er or -ir participle, right after a finite
    "avoir" or "être" (negation words and adverbs may stand between), is taken; its lemma is
    the infinitive of that ending (livré -> livrer, fourni -> fournir).
    """
    if token.pos_ not in {"PROPN", "NOUN", "ADJ", "X"} or not token.text.islower():
        return None
    match = _PARTICIPLE.match(token.text)
    if match is None:
        return None
    doc = token.doc
    i = token.i - 1
    while i >= sentence(token).start and (doc[i].lower_ in _BETWEEN or doc[i].pos_ == "ADV"):
        i -= 1
    if i < sentence(token).start:
        return None
    aux = doc[i]
    if aux.lemma_ not in {"avoir", "être"} or verb_form(aux) != "Fin":
        return None
    lemma = match["stem"] + ("er" if match["end"].startswith("é") else "ir")
    return Trigger(head=token, words=(token,), lemma=lemma, kind="compound", verb=aux)


#: Labels of an attribute or a clause complement: with one, "paraître" is a copula.
_ATTRIBUTE_DEPS = frozenset({"xcomp", "ccomp", "acomp", "obj"})


def _comes_out(token: Token) -> bool:
    """ "paraître" without attribute nor complement clause means to come out ("un sondage
    paru hier", "le livre paraîtra en mai"), an event; "il paraît fatigué", "il paraît
    que...", "paraît tenir" are a copula, a hearsay and a raising verb."""
    return token.lemma_.lower() == "paraître" and not any(
        c.dep_ in _ATTRIBUTE_DEPS for c in token.children
    )


def _verb_trigger(
    token: Token, found: dict[int, Trigger], dated: dict[int, bool]
) -> Trigger | None:
    lemma = token.lemma_.lower()
    if lemma in COPULAS and not _comes_out(token):
        return None
    if lemma in MODAL_VERBS and _governs_infinitive(token):
        return None
    form = verb_form(token)
    if form == "Fin":
        return Trigger(head=token, words=(token,), lemma=lemma, kind="verb", verb=token)
    if form == "Part" and not is_infinitival(token):
        if "Pres" in token.morph.get("Tense"):  # present participle / gerund: "en apprenant"
            return None
        shared = (
            token.dep_ == "conj"
            and token.head.i in found
            and found[token.head.i].kind == "compound"
        )
        # A participle modifying a noun is an event when it carries its own date or agent:
        # "la rançon versée en mai 1988", "un album sorti en 1998", "reçu par le maire".
        # A scheduling participle's date is its noun's ("l'investiture prévue le 15
        # septembre"): then only an agent makes it an event.
        own_date = token.i in dated and scheduled_noun(token) is None
        # also coordinated with one: "une rencontre filmée à l'Elysée et retransmise hier"
        modifier = token.dep_.startswith("acl") or (
            token.dep_ == "conj" and token.head.dep_.startswith("acl")
        )
        reduced = modifier and (own_date or any(c.dep_ == "obl:agent" for c in token.children))
        if has_aux(token) or shared or reduced or token.dep_ == "ROOT":
            return Trigger(head=token, words=(token,), lemma=lemma, kind="compound", verb=token)
        return None
    if is_infinitival(token):
        governor = control_governor(token)
        if governor is None and token.dep_ == "conj" and token.head.i in found:
            head_trigger = found[token.head.i]
            if head_trigger.kind == "infinitive":
                governor = head_trigger.governor
        if governor is not None:
            # A modal verb joins the trigger's words: "doit rencontrer", "a dû être
            # hospitalisé" name one event, the meeting or the hospitalization.
            modal = governor.pos_ in {"VERB", "AUX"} and governor.lemma_.lower() in JOINING_MODALS
            words = (governor, token) if modal and governor.i < token.i else (token,)
            return Trigger(
                head=token,
                words=words,
                lemma=lemma,
                kind="infinitive",
                verb=token,
                governor=governor,
            )
        if has_aux(token):  # "après avoir appelé": a compound infinitive
            return Trigger(head=token, words=(token,), lemma=lemma, kind="compound", verb=token)
    return None
