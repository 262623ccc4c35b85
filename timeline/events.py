"""Events from a parsed article: trigger, actor, target, place, time, polarity, speech.

The entry point is :func:`extract`. Each field comes from its own module:

- triggers (:mod:`timeline.triggers`): finite verbs, compound tenses and passives,
  infinitives under intention or control predicates, verb + noun idioms, event nouns;
- roles (:mod:`timeline.roles`): actor, target, location, pronouns, canonical names;
- reported speech (:mod:`timeline.speech`): ``reported_by``;
- time (:mod:`timeline.eventtime`): the mention of the event's clause, else a tense default;
- polarity and modality (:mod:`timeline.modality`);
- event type: the trigger lemma through ``resources/event_types.yaml`` (user-extendable).

``confidence`` is documented in :func:`confidence` and ``docs/events.md``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span

from timeline.actors import Actor, load_dictionary
from timeline.docindex import DOCINDEX_KEY
from timeline.errors import ConfigError
from timeline.eventtime import Dating, attach, date_event, trigger_tense
from timeline.modality import NEGATION_KEY, modality, polarity
from timeline.models import Article, Event
from timeline.roles import ACTOR_KINDS, ArticleActors, Resolved, RoleReader
from timeline.speech import Speech
from timeline.temporal.component import DATES_KEY
from timeline.triggers import Trigger, find_triggers, sentence

#: The ``doc.user_data`` entries the rules use as caches while they run.
CACHE_KEYS = (DOCINDEX_KEY, NEGATION_KEY)
#: How sure each way of finding a trigger is (finite verbs parse most reliably).
TRIGGER_SCORE = {
    "verb": 1.0,
    "compound": 1.0,
    "phrase": 0.9,
    "infinitive": 0.8,
    "support": 0.8,
    "noun": 0.7,
}
#: How sure each way of naming the actor is; an event without an actor is worth less.
ACTOR_SCORE = {
    "dictionary": 1.0,
    "name": 0.9,
    "surname": 0.9,
    "description": 0.75,
    "relative": 0.85,
    "speaker": 0.8,
    "affiliation": 0.7,
    "pronoun": 0.6,
    "noun": 0.7,
    None: 0.3,
}
#: How sure each way of dating is: a written date beats a tense default.
DATE_SCORE = {
    "explicit": 1.0,
    "relative": 0.9,
    "anaphoric": 0.75,
    "vague": 0.6,
    "tense": 0.4,
    "publication": 0.3,
    None: 0.2,
}
#: A mention given by the sentence or by a coordinated verb, not the event's own clause.
INDIRECT_DATE_FACTOR = 0.85
#: Weights of trigger, actor and date in the confidence (they sum to 1).
WEIGHTS = (0.3, 0.3, 0.4)


@lru_cache(maxsize=8)
def load_event_types(path: Path | None = None) -> Mapping[str, str]:
    """Lemma -> event type, from ``resources/event_types.yaml`` or a user file."""
    if path is None:
        raw = resources.files("timeline.resources").joinpath("event_types.yaml").read_text("utf-8")
    else:
        raw = Path(path).read_text("utf-8")
    data = yaml.safe_load(raw) or {}
    table = data.get("event_types") if isinstance(data, dict) else None
    if not isinstance(table, dict):
        raise ConfigError(
            "event types file", str(path), "a YAML mapping 'event_types: {type: [lemma, ...]}'"
        )
    return {str(lemma): str(kind) for kind, lemmas in table.items() for lemma in lemmas or ()}


def event_id(article_id: str, trigger_start: int, lemma: str) -> str:
    """A stable id: the same article, trigger position and lemma always give the same id."""
    digest = hashlib.sha1(f"{article_id}\x1f{trigger_start}\x1f{lemma}".encode()).hexdigest()
    return digest[:16]


def extract(
    doc: Doc,
    article: Article,
    *,
    event_types: Mapping[str, str],
    actors: tuple[Actor, ...] | None = None,
) -> list[Event]:
    """The events of one parsed article (``doc`` parsed from ``article.text``), in text order.

    ``actors`` is the actor dictionary (default: the starter dictionary shipped with
    timeline); it should be the one the pipeline's EntityRuler was built from. The Doc is
    left as it was given (the rules' caches in ``doc.user_data`` are removed).
    """
    try:
        return _extract(doc, article, event_types=event_types, actors=actors)
    finally:
        for key in CACHE_KEYS:
            doc.user_data.pop(key, None)


def _extract(
    doc: Doc,
    article: Article,
    *,
    event_types: Mapping[str, str],
    actors: tuple[Actor, ...] | None,
) -> list[Event]:
    dictionary = load_dictionary() if actors is None else actors
    triggers = find_triggers(doc, dates_key=DATES_KEY)
    people = ArticleActors(doc, dictionary)
    speech = Speech(doc, triggers)
    time_tokens = frozenset(t.i for span in doc.spans.get(DATES_KEY, ()) for t in span)
    roles = RoleReader(people, speaker_at=speech.speaker_at, time_tokens=time_tokens)
    actor_memo: dict[int, Resolved | None] = {}

    def actor_of(trigger: Trigger) -> Resolved | None:
        key = trigger.head.i
        if key not in actor_memo:
            actor_memo[key] = None  # guards cycles through quotations
            speaker = speech.incise(trigger)
            found = speaker if speaker is not None else roles.actor(trigger)
            if found is not None and found.kind not in ACTOR_KINDS:
                found = None
            actor_memo[key] = found
        return actor_memo[key]

    def resolve(token) -> Resolved | None:
        found = roles._resolve_token(token, allow_common=True)
        return found if found is not None and found.kind in ACTOR_KINDS else None

    speech.bind(actor_of, resolve)
    dates = attach(doc, triggers, DATES_KEY)
    events = []
    for number, trigger in enumerate(triggers):
        events.append(
            _event(
                trigger,
                article,
                event_types=event_types,
                actor=actor_of(trigger),
                roles=roles,
                speech=speech,
                found=dates.get(number),
            )
        )
    return events


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of text[start:end] without its surrounding whitespace."""
    chunk = text[start:end]
    start += len(chunk) - len(chunk.lstrip())
    return start, start + len(chunk.strip())


def confidence(trigger_kind: str, actor_how: str | None, dating: Dating) -> float:
    """How much to trust a row, from how its trigger, actor and date were obtained.

    ``0.3 * trigger + 0.3 * actor + 0.4 * date`` with the scores of :data:`TRIGGER_SCORE`,
    :data:`ACTOR_SCORE` and :data:`DATE_SCORE`; a date taken from the sentence, from a
    coordinated verb or from the previous sentence rather than the event's own clause is
    multiplied by
    :data:`INDIRECT_DATE_FACTOR`.
    """
    date_score = DATE_SCORE.get(dating.date_kind, DATE_SCORE[None])
    if dating.how in {"sentence", "shared", "narrative", "lead"}:
        date_score *= INDIRECT_DATE_FACTOR
    w_trigger, w_actor, w_date = WEIGHTS
    value = (
        w_trigger * TRIGGER_SCORE.get(trigger_kind, 0.7)
        + w_actor * ACTOR_SCORE.get(actor_how, ACTOR_SCORE[None])
        + w_date * date_score
    )
    return round(value, 2)


def _sentence_of(trigger: Trigger) -> Span:
    return sentence(trigger.head)


def _event(
    trigger: Trigger,
    article: Article,
    *,
    event_types: Mapping[str, str],
    actor: Resolved | None,
    roles: RoleReader,
    speech: Speech,
    found,
) -> Event:
    event_type = event_types.get(trigger.lemma, "other")
    polarity_value = polarity(trigger)
    tense = trigger_tense(trigger)
    modality_value = modality(trigger, polarity_value=polarity_value, tense=tense)
    dating = date_event(trigger, found, article.published, modality=modality_value, tense=tense)
    target = None
    if speech.incise(trigger) is None:
        target = roles.target(trigger, event_type=event_type, actor=actor)
    location = roles.location(trigger, event_type=event_type)
    reporter = speech.reported_by(trigger)
    sent = _sentence_of(trigger)
    sent_start, sent_end = _trimmed(article.text, sent.start_char, sent.end_char)
    start, end = trigger.start_char, trigger.end_char
    return Event(
        event_id=event_id(article.article_id, start, trigger.lemma),
        article_id=article.article_id,
        title=article.title,
        source=article.source,
        url=article.url,
        published=article.published,
        language=article.language,
        sentence=article.text[sent_start:sent_end],
        sentence_start=sent_start,
        sentence_end=sent_end,
        trigger=article.text[start:end],
        trigger_lemma=trigger.lemma,
        trigger_start=start,
        trigger_end=end,
        event_type=event_type,
        actor=actor.name if actor else None,
        target=target.name if target else None,
        location=location,
        date_text=dating.date_text,
        date_start=dating.start,
        date_end=dating.end,
        date_granularity=dating.granularity,
        date_kind=dating.date_kind,
        tense=dating.tense,
        polarity=polarity_value,
        modality=modality_value,
        reported_by=reporter.name if reporter else None,
        confidence=confidence(trigger.kind, actor.how if actor else None, dating),
    )
