"""Reported speech: who an event is reported by.

An event is *reported by* X when X's words are the only source for it:

1. complement clauses of a reporting verb: "Erdogan a affirmé que Poutine l'avait
   approché" -> approcher is reported by Erdogan (the nearest reporting verb wins, so nested
   claims keep their own speaker);
2. quotations: everything between « and » is reported by the quotation's speaker: the
   subject of the reporting verb that introduces it ("X a déclaré : « ... »"), else of an
   incise after it ("« ... », a dit X"), else the last speaker of the article (a quotation
   may run over paragraphs, each reopened with «, and a new one may follow without a verb);
3. the sentence's source: "selon X", "d'après X", or an incise reporting verb with its
   subject after it ("..., a rapporté CNN Turk").

The reporting verb of an incise takes its post-verbal subject as actor.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from timeline.docindex import index
from timeline.lexicon import REPORTING_VERBS, SOURCE_MARKERS
from timeline.triggers import AUX_DEPS, Trigger, sentence

#: Dependency labels through which a reporting verb governs its reported clause.
REPORT_DEPS = frozenset({"ccomp", "parataxis", "xcomp"})
_OPEN = {"«": "»", "“": "”"}
_CLOSE = frozenset(_OPEN.values())
#: Quotation marks and paragraph breaks (a blank line, with the spaces after it).
_QUOTE_MARKS = re.compile(r"[«»“”]|\n[^\S\n]*\n\s*")
_INCISE_BEFORE = frozenset({",", "»", "”", '"', "—", "–", "-", "("})
_INVERTED = frozenset({"-il", "-elle", "-t-il", "-t-elle", "-ils", "-elles", "-on", "-t-on"})
_INVERTED_BARE = frozenset({"il", "elle", "ils", "elles"})


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: characters [start, end) of the text, from « to its closing » (or to the
    end of the last paragraph it runs over)."""

    start: int
    end: int


def find_quotes(text: str) -> list[Quote]:
    """The quotations of a text, in order.

    A quotation left open at a paragraph break continues when the next paragraph opens
    with « (French typography), and ends with the paragraph otherwise.
    """
    quotes: list[Quote] = []
    start: int | None = None
    depth = 0
    reopened = -1  # offset of a « that continues the quotation over a paragraph break
    for match in _QUOTE_MARKS.finditer(text):
        i, mark = match.start(), match.group()
        if mark in _OPEN:
            if i == reopened:
                continue  # the reopening « does not nest
            if start is None:
                start, depth = i, 1
            else:
                depth += 1
        elif mark in _CLOSE:
            if start is not None:
                depth -= 1
                if depth <= 0:
                    quotes.append(Quote(start, i + 1))
                    start, depth = None, 0
        elif start is not None:  # a paragraph break inside a quotation
            if match.end() < len(text) and text[match.end()] in _OPEN:
                reopened = match.end()
            else:
                quotes.append(Quote(start, i))
                start, depth = None, 0
    if start is not None:
        quotes.append(Quote(start, len(text)))
    return quotes


class Speech:
    """Reporting structure of one article: quotations, their speakers, sources of events.

    ``actor_of`` gives the actor of a trigger (the role reader's); it is bound after
    construction because pronouns in quotations need the speakers this class finds.
    """

    def __init__(self, doc: Doc, triggers: list[Trigger]) -> None:
        self.doc = doc
        self.triggers = triggers
        self.by_head = {t.head.i: t for t in triggers}
        self.quotes = find_quotes(doc.text)
        self._starts = [q.start for q in self.quotes]
        self._speakers: dict[int, object] = {}
        self._incises: dict[int, object] = {}
        self._sentence_sources: dict[int, object] = {}
        self._by_sentence: dict[int, list[Trigger]] = {}
        for trigger in triggers:
            self._by_sentence.setdefault(sentence(trigger.head).start, []).append(trigger)
        # "selon X" / "d'après X": the governor of X -> X
        self._sources: dict[int, Token] = {}
        for i in index(doc).where_lower({*SOURCE_MARKERS, "après"}):
            token = doc[i]
            marker = token.lower_ in SOURCE_MARKERS or (
                token.lower_ == "après" and token.i > 0 and doc[token.i - 1].lower_ == "d'"
            )
            if token.dep_ == "fixed":  # "D'après" parsed as "D'" + fixed "après"
                token = token.head
            if marker and token.head.i != token.i:
                nominal = token.head
                self._sources.setdefault(nominal.head.i, nominal)
                self._sources.setdefault(-1 - sentence(token).start, nominal)
        self.actor_of: Callable[[Trigger], object] = lambda trigger: None
        self.resolve_np: Callable[[Token], object] = lambda token: None

    def bind(self, actor_of: Callable[[Trigger], object], resolve: Callable[[Token], object]):
        """Give the functions that resolve a trigger's actor and a nominal's actor."""
        self.actor_of, self.resolve_np = actor_of, resolve

    # ------------------------------------------------------------------ quotations
    def quote_at(self, char: int) -> int | None:
        """Index of the quotation containing the character offset, or None."""
        k = bisect.bisect_right(self._starts, char) - 1
        if k >= 0 and self.quotes[k].start <= char < self.quotes[k].end:
            return k
        return None

    def speaker_at(self, token: Token):
        """The speaker of the quotation ``token`` stands in, or None outside quotations."""
        k = self.quote_at(token.idx)
        return None if k is None else self.quote_speaker(k)

    def quote_speaker(self, k: int):
        """Who speaks quotation ``k``: intro verb, else incise after it, else last speaker."""
        if k in self._speakers:
            return self._speakers[k]
        self._speakers[k] = None  # guards against cycles through nested quotations
        speaker = self._intro_speaker(k) or self._outro_speaker(k) or self._last_speaker(k)
        self._speakers[k] = speaker
        return speaker

    def _reporting_before(self, k: int) -> Trigger | None:
        quote = self.quotes[k]
        opening = self.doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
        if opening is None:
            return None
        first = opening[0]
        previous = first.i - 1
        while previous >= 0 and self.doc[previous].is_space:
            previous -= 1
        sent_start = sentence(first).start
        if previous >= 0 and self.doc[previous].text == ":":
            sent_start = min(sent_start, sentence(self.doc[previous]).start)
        elif (previous < 0 or previous < sent_start or self.doc[previous].is_punct) and not (
            previous >= 0 and self.doc[previous].text == ","
        ):
            return None  # a quotation opening its own sentence has no intro verb
        candidates = [
            t
            for t in self.triggers
            if sent_start <= t.head.i < first.i and self.quote_at(t.head.idx) is None
        ]
        reporting = [t for t in candidates if t.lemma in REPORTING_VERBS]
        if reporting:
            return reporting[-1]
        if previous >= 0 and self.doc[previous].text == ":" and candidates:
            return candidates[-1]  # "X a publié sur Twitter : « ... »"
        return None

    def _intro_speaker(self, k: int):
        trigger = self._reporting_before(k)
        return None if trigger is None else self.actor_of(trigger)

    def _outro_speaker(self, k: int):
        quote = self.quotes[k]
        closing = self.doc.char_span(quote.end - 1, quote.end, alignment_mode="expand")
        if closing is None:
            return None
        sent = sentence(closing[0])
        for trigger in self.triggers:
            if closing[0].i < trigger.head.i < sent.end and self.incise(trigger) is not None:
                return self.incise(trigger)
        return None

    def _last_speaker(self, k: int):
        start = self.quotes[k].start
        best, best_at = None, -1
        for j in range(k - 1, -1, -1):
            speaker = self.quote_speaker(j)
            if speaker is not None:
                best, best_at = speaker, self.quotes[j].start
                break
        for trigger in self.triggers:
            if trigger.head.idx >= start:
                break
            reporting = trigger.lemma in REPORTING_VERBS and trigger.head.idx > best_at
            if reporting and self.quote_at(trigger.head.idx) is None:
                actor = self.actor_of(trigger)
                if actor is not None:
                    best, best_at = actor, trigger.head.idx
        return best

    # ------------------------------------------------------------------ incises
    def incise(self, trigger: Trigger):
        """The speaker of an incise reporting verb ("..., a rapporté CNN Turk"), or None."""
        key = trigger.head.i
        if key not in self._incises:
            self._incises[key] = self._incise(trigger)
        return self._incises[key]

    def _incise(self, trigger: Trigger):
        verb = trigger.head
        if trigger.lemma not in REPORTING_VERBS:
            return None
        children = list(verb.children)
        if any(
            c.dep_ in {"ccomp", "xcomp"} or (c.dep_ == "obj" and c.pos_ == "VERB") for c in children
        ):
            return None
        first = min([verb.i] + [c.i for c in children if c.dep_ in AUX_DEPS])
        before = first - 1
        while before >= 0 and self.doc[before].is_space:
            before -= 1
        if before < sentence(verb).start or self.doc[before].text not in _INCISE_BEFORE:
            return None
        objects = [c for c in children if c.dep_ == "obj"]
        # "Le chef du gouvernement, José Maria Aznar, a confirmé l'existence": a subject
        # before the verb makes a common noun after it an object, not the speaker
        subject_before = any(c.dep_ in {"nsubj", "nsubj:pass"} and c.i < first for c in children)
        for child in children:  # "a-t-il dit": the inverted pronoun stands before the verb
            inverted = child.lower_ in _INVERTED or child.lower_.lstrip("-") in _INVERTED_BARE
            if inverted and child.i > first:
                return self.resolve_np(child)
        for child in children:
            if child.i < verb.i:
                continue
            if child.dep_ in {"nsubj", "nsubj:pass"}:
                return self.resolve_np(child)
            if (  # "..., a rapporté CNN Turk." with the name parsed as an object; an
                # incise has no object, so "..., a précisé la préfecture" is its speaker too
                child.dep_ == "obj"
                and len(objects) == 1
                and (
                    child.pos_ == "PROPN"
                    or (child.pos_ == "NOUN" and not subject_before)
                    or child.ent_type_
                    or child.i in self._names(child)
                )
                and self._ends_clause(child)
            ):
                return self.resolve_np(child)
        return None

    @staticmethod
    def _names(token: Token) -> set[int]:
        """Indices of the proper names in the phrase ``token`` heads."""
        return {t.i for t in token.subtree if t.pos_ == "PROPN" or t.ent_type_}

    def _ends_clause(self, token: Token) -> bool:
        """True when only punctuation follows the phrase ``token`` heads, up to a comma or the
        end of its sentence: "..., a rapporté CNN Turk." """
        end = max(t.i for t in token.subtree) + 1
        sent_end = sentence(token).end
        while end < sent_end:
            word = self.doc[end]
            if word.text in {",", ";"}:
                return True
            if not (word.is_punct or word.is_space):
                return False
            end += 1
        return True

    # ------------------------------------------------------------------ sources
    def reported_by(self, trigger: Trigger):
        """Who reports this event (see the module docstring), or None when the text asserts
        it in its own voice."""
        if self.incise(trigger) is not None:
            return None
        found = self._reporting_ancestor(trigger)
        if found is not None:
            return found
        k = self.quote_at(trigger.head.idx)
        if k is not None:
            return self.quote_speaker(k)
        return self._sentence_source(trigger)

    def _reporting_ancestor(self, trigger: Trigger):
        child = trigger.head
        for ancestor in trigger.head.ancestors:
            source = self._source_marker(ancestor)
            if source is not None:
                return source
            reporting = self.by_head.get(ancestor.i)
            if (
                reporting is not None
                and reporting.lemma in REPORTING_VERBS
                and (child.dep_ in REPORT_DEPS or (child.dep_ == "obj" and child.pos_ == "VERB"))
            ):
                return self.incise(reporting) or self.actor_of(reporting)
            child = ancestor
        return self._source_marker(trigger.head)

    def _source_marker(self, token: Token):
        nominal = self._sources.get(token.i)
        return None if nominal is None else self.resolve_np(nominal)

    def _sentence_source(self, trigger: Trigger):
        start = sentence(trigger.head).start
        for other in self._by_sentence.get(start, ()):
            if other is trigger:
                continue
            speaker = self.incise(other)
            if speaker is not None:
                return speaker
        if start not in self._sentence_sources:
            nominal = self._sources.get(-1 - start)
            self._sentence_sources[start] = None if nominal is None else self.resolve_np(nominal)
        return self._sentence_sources[start]
