"""When an event happened: the temporal mention of its clause, else a default from its tense.

1. Dependency path: each dated mention of the temporal engine (``doc.spans``) belongs to the
   first trigger met walking up the parse from the mention (through auxiliaries, support
   verbs and the words of an idiom). A mention belongs to one trigger only, so a reported
   event never takes its reporting verb's date ("a déclaré hier qu'il viendra": *hier* dates
   the declaration, not the coming). A scheduling verb passes the date to the event noun it
   schedules ("rendez-vous est fixé samedi"); an event noun hung on a time expression takes
   it ("à 9 h 15, messe").
2. Sentence: a mention that the path gives to no trigger goes to the nearest trigger of its
   sentence, unless that trigger sits in a reported clause the mention is outside of.
3. Coordination: a verb coordinated with a dated verb shares its date ("a été arrêté lundi
   et placé en garde à vue").
4. Narrative: a past event right after a dated past event of the same paragraph, with no
   date in its sentence, takes that date ("a été condamné hier. Il a concédé ...").
5. Headline: a headline event with no date takes the date the lead gives the same event
   ("Le tribunal ordonne ..." over "Le tribunal a ordonné samedi ...").
6. Tense default: past -> the open interval ending on the publication day (``date_start``
   empty), present -> the publication day, future -> the open interval starting the day
   after publication (``date_end`` empty); ``date_kind`` is ``tense``. A verbless headline
   event is put on the publication day (``date_kind`` ``publication``). An event with no tense
   (an intention under a past verb, a planned event) keeps its date empty.

Durations and sets ("pendant trois jours", "chaque lundi") never date an event.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from timeline.docindex import index
from timeline.grammar import checked_tense, is_conditional, spelled_future, tense_of
from timeline.lexicon import CONTROL_PREDICATES, MODAL_VERBS, REPORTING_VERBS, SCHEDULING_VERBS
from timeline.models import TimeMention
from timeline.temporal import Tense
from timeline.triggers import (
    AUX_DEPS,
    RAISING_VERBS,
    Trigger,
    break_between,
    headline_and_lead,
    scheduled_noun,
    sentence,
    verb_form,
)

#: Mention kinds that can date an event (durations and sets cannot).
DATING_KINDS = frozenset({"absolute", "relative", "anaphoric", "vague"})
DATE_KIND_OF_MENTION = {
    "absolute": "explicit",
    "relative": "relative",
    "anaphoric": "anaphoric",
    "vague": "vague",
}
#: Verbs that plan a noun event ("la visite a été prévue"): its time is not theirs.
PLANNING_VERBS = SCHEDULING_VERBS
_PROSPECTIVE = frozenset({"intention", "planned", "possible"})


@dataclass(frozen=True, slots=True)
class Dating:
    """The date of one event and how it was obtained.

    ``how`` is ``path``, ``sentence``, ``shared``, ``narrative`` or ``lead`` for a mention,
    ``tense``, ``publication`` or ``none``.
    """

    mention: TimeMention | None
    how: str
    tense: Tense | None
    start: dt.date | None
    end: dt.date | None
    granularity: str | None
    date_kind: str | None
    date_text: str | None


def usable_mentions(doc: Doc, key: str) -> list[Span]:
    """The mention spans that can date an event: placed on the calendar, not durations."""
    spans = []
    for span in doc.spans.get(key, ()):
        mention = span._.time_mention
        if mention is not None and mention.is_dated and mention.kind in DATING_KINDS:
            spans.append(span)
    return spans


def _owner_index(triggers: list[Trigger]) -> dict[int, int]:
    """Token index -> trigger number, for every token that stands for a trigger."""
    owner: dict[int, int] = {}
    for number, trigger in enumerate(triggers):
        stand_ins = trigger.frame if trigger.kind == "noun" else (*trigger.frame, trigger.verb)
        for token in stand_ins:
            if token is None:
                continue
            owner.setdefault(token.i, number)
            for child in token.children:
                if child.dep_ in AUX_DEPS:
                    owner.setdefault(child.i, number)
    return owner


def reported_clause(trigger: Trigger) -> Token | None:
    """The root of the reported clause holding ``trigger``, or None when not reported.

    An incise reporting verb the parser hangs on the quotation ("« ... je vous réponds que
    oui », a indiqué M. Aznar") reports the quotation; it is not reported by it.
    """
    child = trigger.head
    if child.dep_ == "parataxis" and child.lemma_.lower() in REPORTING_VERBS:
        return None
    for ancestor in trigger.head.ancestors:
        if ancestor.lemma_.lower() in REPORTING_VERBS and child.dep_ in {"ccomp", "parataxis"}:
            return child
        child = ancestor
    return None


def attach(doc: Doc, triggers: list[Trigger], key: str) -> dict[int, tuple[Span, str]]:
    """Trigger number -> (mention span, how) for triggers that get a mention."""
    owner = _owner_index(triggers)
    owned: dict[int, list[Span]] = {}
    unowned: list[Span] = []
    usable = usable_mentions(doc, key)
    for span in usable:
        node, found = span.root, None
        if _dates_a_thing(span.root, owner):
            continue  # "une augmentation par rapport à celle du 26 septembre"
        for _ in range(len(doc)):
            if not (span.start <= node.i < span.end) and node.i in owner:
                found = owner[node.i]
                noun = scheduled_noun(node)
                if noun is not None and noun.i in owner and _sets_time_of(span, node):
                    found = owner[noun.i]  # "rendez-vous est fixé samedi": the meeting's
                break
            if node.head.i == node.i:
                break
            node = node.head
        if found is None:
            unowned.append(span)
        else:
            owned.setdefault(found, []).append(span)

    result: dict[int, tuple[Span, str]] = {}
    for number, spans in owned.items():
        head = triggers[number].head.i
        result[number] = (
            min(spans, key=lambda s: min(abs(s.start - head), abs(s.end - head))),
            "path",
        )
    # A noun event hung on a time expression is on that time: "dimanche, à 9 h 15, messe
    # à Saint-Germain" (programmes, listings).
    spans_at = {t.i: span for span in usable for t in span}
    hung: set[int] = set()
    for number, trigger in enumerate(triggers):
        head = trigger.head
        if number in result or trigger.kind != "noun" or head.head.i not in spans_at:
            continue
        span = spans_at[head.head.i]
        if not (span.start <= head.i < span.end):
            result[number] = (span, "path")
            hung.add(span.start)
    for span in unowned:
        if span.start in hung:
            continue
        sent = sentence(span.root)
        best, best_distance = None, None
        for number, trigger in enumerate(triggers):
            head = trigger.head
            if number in result or not (sent.start <= head.i < sent.end):
                continue
            clause = reported_clause(trigger)
            if clause is not None and not (clause.left_edge.i <= span.start <= clause.right_edge.i):
                continue
            distance = abs(head.i - span.root.i)
            if best_distance is None or distance < best_distance:
                best, best_distance = number, distance
        if best is not None:
            result[best] = (span, "sentence")
    _continue_narrative(doc, triggers, result, usable)
    _headline_from_lead(doc, triggers, result)
    by_head = {t.head.i: n for n, t in enumerate(triggers)}
    for number, trigger in enumerate(triggers):
        if number in result:
            continue
        other = None
        if trigger.head.dep_ == "conj":
            other = by_head.get(trigger.head.head.i)
        elif trigger.kind == "noun" and trigger.head.dep_ != "ROOT":
            scheduler = trigger.verb if trigger.verb is not None else trigger.head.head
            if _scheduled_by(trigger.head, scheduler):
                continue  # "la réunion a été reportée hier": hier is not the meeting's
            other = _governing_trigger(trigger.head, owner)
        if other is not None and result.get(other, (None, ""))[1] in _SHAREABLE:
            result[number] = (result[other][0], "shared")
    return result


#: How a date must have been found to be shared with a coordinated verb or a noun inside.
_SHAREABLE = frozenset({"path", "sentence", "narrative"})


#: Mention granularities precise enough to carry a narrative over to the next sentence.
_NARRATIVE_GRANULARITIES = frozenset({"time", "part_of_day", "day", "week", "weekend"})


def _continue_narrative(
    doc: Doc, triggers: list[Trigger], result: dict[int, tuple[Span, str]], usable: list[Span]
) -> None:
    """A past event told right after a dated past event, in the same paragraph and with no
    date of its own, happened then: "Un ancien de la Gestapo a été condamné hier ... Il a
    concédé avoir aidé ..." (the narrative's reference time carries over). Not for a
    pluperfect (it goes back before), a reported event, or a sentence with a date of its
    own."""
    positions = index(doc)
    dated_sentences = {positions.sentence_number(s.start) for s in usable}
    by_sentence: dict[int, list[int]] = {}
    for number, trigger in enumerate(triggers):
        by_sentence.setdefault(positions.sentence_number(trigger.head.i), []).append(number)
    sources: dict[int, Span | None] = {}

    def source(k: int) -> Span | None:
        """The date sentence ``k`` passes on: its dated main past event nearest the root."""
        if k not in sources:
            dated = [
                n
                for n in by_sentence.get(k, ())
                if result.get(n, (None, ""))[1] in {"path", "sentence"}
                and result[n][0]._.time_mention.granularity in _NARRATIVE_GRANULARITIES
                and _narrative_past(triggers[n])
            ]
            main = min(dated, key=lambda n: _depth(triggers[n].head)) if dated else None
            sources[k] = result[main][0] if main is not None else None
        return sources[k]

    for number, trigger in enumerate(triggers):
        if number in result:
            continue
        current = positions.sentence_number(trigger.head.i)
        if current == 0 or current in dated_sentences:
            continue
        previous = current - 1  # skip sentences of punctuation alone (a lone "«")
        while previous >= 0 and all(t.is_punct or t.is_space for t in positions.sents[previous]):
            previous -= 1
        if previous < 0 or previous not in dated_sentences or source(previous) is None:
            continue
        if break_between(doc, positions.sents[previous], positions.sents[current]):
            continue  # a paragraph break
        if _narrative_past(trigger):
            result[number] = (source(previous), "narrative")


def _headline_from_lead(
    doc: Doc, triggers: list[Trigger], result: dict[int, tuple[Span, str]]
) -> None:
    """A headline event with no date of its own takes the date the lead gives the same
    event (the same trigger lemma): "Le tribunal ordonne la levée du blocage" over "Le
    tribunal a ordonné samedi la levée du blocage" — headlines tell in the present what
    the lead dates."""
    parts = headline_and_lead(doc)
    if parts is None:
        return
    positions = index(doc)
    headline, lead = parts
    dated_in_lead: dict[str, Span] = {}
    for number, trigger in enumerate(triggers):
        if positions.sentence_number(trigger.head.i) not in lead:
            continue
        span, how = result.get(number, (None, ""))
        if how in {"path", "sentence"}:
            dated_in_lead.setdefault(trigger.lemma, span)
    for number, trigger in enumerate(triggers):
        in_headline = positions.sentence_number(trigger.head.i) in headline
        if in_headline and number not in result and trigger.lemma in dated_in_lead:
            result[number] = (dated_in_lead[trigger.lemma], "lead")


def _depth(token: Token) -> int:
    return sum(1 for _ in token.ancestors)


def _narrative_past(trigger: Trigger) -> bool:
    """A past event that moves the narrative on: a main clause's (no verb above it but the
    one it is coordinated with or an incise of), not a pluperfect, not a conditional past
    (hearsay: "auraient perçu"), not reported. Relative and reduced clauses ("une rançon
    versée par l'Etat") tell the background."""
    if trigger.kind not in {"verb", "compound"} or reported_clause(trigger) is not None:
        return False
    head = trigger.head
    while head.dep_ in {"conj", "parataxis"} and head.head.i != head.i:
        head = head.head
    if any(a.pos_ in {"VERB", "AUX"} for a in head.ancestors):
        return False  # a subordinate, relative or reduced clause
    verb = trigger.verb or trigger.head
    if any(is_conditional(t) for t in (verb, *verb.children) if t is verb or t.dep_ in AUX_DEPS):
        return False  # "auraient perçu": hearsay, not the narrative's next step
    pluperfect = any(c.dep_ == "aux:tense" and "Imp" in c.morph.get("Tense") for c in verb.children)
    return not pluperfect and trigger_tense(trigger) == "past"


#: Prepositions that give the time a scheduling verb sets: "reporté à lundi", "prévu pour
#: samedi", "fixée au jeudi 16 septembre".
_TARGET_CASES = frozenset({"à", "au", "aux", "pour"})


def _scheduled_by(noun: Token, verb: Token) -> bool:
    found = scheduled_noun(verb)
    return found is not None and found.i == noun.i


def _sets_time_of(span: Span, verb: Token) -> bool:
    """True when a date complement of a scheduling verb is the time it sets, not its own:
    introduced by "à", "au", "pour", or with the verb in the present, the future or
    tenseless ("est fixé samedi", "propose une soirée le 23 mai"). A past scheduling keeps
    a bare date ("a reporté hier la réunion")."""
    cases = {c.lower_ for c in span.root.children if c.dep_ == "case"} | {span[0].lower_}
    return bool(cases & _TARGET_CASES) or tense_of(verb) != "past"


#: Prepositions that put a noun event before or after its clause's time, not at it.
_SHIFTING_CASES = frozenset({"après", "avant", "depuis", "dès", "veille", "issue"})


def _governing_trigger(noun: Token, owner: dict[int, int]) -> int | None:
    """The trigger a noun event depends on ("a indiqué ..., en marge d'une conférence"),
    unless a preposition shifts its time ("après la visite")."""
    if any(c.lower_ in _SHIFTING_CASES for c in noun.children if c.i < noun.i):
        return None
    for ancestor in noun.ancestors:
        if ancestor.i in owner:
            return owner[ancestor.i]
    return None


def _dates_a_thing(root: Token, owner: dict[int, int]) -> bool:
    """True when a mention modifies a noun that is no event, as a genitive ("celle du 26
    septembre", "la loi du 5 juillet")."""
    head = root.head
    genitive = any(
        c.dep_ == "case" and c.lower_ in {"de", "du", "d'", "des"} for c in root.children
    )
    return (
        genitive
        and root.dep_ == "nmod"
        and head.i != root.i
        and head.pos_ in {"NOUN", "PRON", "PROPN"}
        and head.i not in owner
    )


def trigger_tense(trigger: Trigger) -> Tense | None:
    """The tense of an event, from its verb, its governor (infinitives) or its support verb."""
    if trigger.kind == "infinitive":
        governor = trigger.governor
        if governor is None:
            return None
        gov_verb = governor
        if governor.pos_ == "NOUN":
            gov_verb = governor.head if governor.head.pos_ in {"VERB", "AUX"} else None
        gov_tense = checked_tense(gov_verb) if gov_verb is not None else None
        lemma = governor.lemma_.lower()
        modality = MODAL_VERBS.get(lemma) or CONTROL_PREDICATES.get(lemma)
        if lemma == "venir":
            return "past"  # venir de + infinitive: a recent past
        if lemma == "aller":
            return "future" if gov_tense in {"present", None} else gov_tense
        if lemma in RAISING_VERBS:
            return gov_tense  # "semblait tenir": the hedged state has the verb's tense
        if lemma in {"devoir", "pouvoir"} and gov_tense == "past":
            return "past"  # "a dû être hospitalisé", "a pu s'enfuir": it happened
        if modality in _PROSPECTIVE:
            return "future" if gov_tense in {"present", "future"} else None
        return gov_tense
    if trigger.kind == "noun":
        verb = trigger.verb
        if verb is None or verb.lemma_.lower() in PLANNING_VERBS:
            return None
        return checked_tense(verb) if verb_form(verb) in {"Fin", "Part"} else None
    verb = trigger.verb or trigger.head
    if trigger.kind == "compound" and verb is not trigger.head:
        # a participle repaired from a mistagged word: its auxiliary tells the tense
        return "future" if spelled_future(verb) else "past"
    return checked_tense(verb)


def date_event(
    trigger: Trigger,
    found: tuple[Span, str] | None,
    published: dt.date | None,
    *,
    modality: str,
    tense: Tense | None = None,
) -> Dating:
    """The date of one event: its mention if it has one, else its tense default.

    ``tense`` is :func:`trigger_tense` of the trigger when the caller has it already.
    """
    tense = trigger_tense(trigger) if tense is None else tense
    if found is not None:
        span, how = found
        mention: TimeMention = span._.time_mention
        return Dating(
            mention=mention,
            how=how,
            tense=tense,
            start=mention.start,
            end=mention.end,
            granularity=mention.granularity,
            date_kind=DATE_KIND_OF_MENTION.get(mention.kind),
            date_text=mention.text,
        )
    if published is None:
        return Dating(None, "none", tense, None, None, None, None, None)
    if tense is not None:
        start, end = tense_interval(tense, published)
        granularity = "day" if tense == "present" else "open"
        return Dating(None, "tense", tense, start, end, granularity, "tense", None)
    headline = trigger.kind == "noun" and trigger.head.dep_ == "ROOT"
    if headline and trigger.verb is None and modality == "asserted":
        return Dating(None, "publication", None, published, published, "day", "publication", None)
    return Dating(None, "none", None, None, None, None, None, None)


def tense_interval(tense: Tense, published: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The honest interval a tense alone gives: open before or after publication, or on it.

    Past: (None, published) — on or before the publication day, start unknown.
    Present: (published, published). Future: (published + 1 day, None) — start known, end
    unknown.
    """
    if tense == "past":
        return None, published
    if tense == "future":
        return published + dt.timedelta(days=1), None
    return published, published
