"""Events from a parsed article: trigger, actor, target, place, time, polarity, speech.

A first rule set over spaCy's dependency parse: every content verb is a trigger; roles come
from its subject, objects and place complements; its date is a temporal mention in its
clause, else the one in its sentence, else a default read from its tense.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span, Token

from timeline.actors import canonical
from timeline.errors import ConfigError
from timeline.grammar import verb_tense
from timeline.models import Article, Event, TimeMention
from timeline.temporal.component import DATES_KEY

#: Verbs that carry no event of their own.
LIGHT_VERBS = frozenset(
    {
        "être",
        "avoir",
        "pouvoir",
        "devoir",
        "vouloir",
        "sembler",
        "falloir",
        "aller",
        "venir",
        "faire",
        "laisser",
        "paraître",
        "savoir",
    }
)
_NEGATORS = frozenset(
    {"pas", "jamais", "rien", "plus", "aucun", "aucune", "ni", "guère", "personne", "nullement"}
)
_KIND_FROM_MENTION = {
    "absolute": "explicit",
    "relative": "relative",
    "anaphoric": "anaphoric",
    "vague": "vague",
}


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


def extract(doc: Doc, article: Article, *, event_types: Mapping[str, str]) -> list[Event]:
    """The events of one parsed article (``doc`` parsed from ``article.text``)."""
    mentions = [s._.time_mention for s in doc.spans.get(DATES_KEY, ())]
    mention_spans = list(doc.spans.get(DATES_KEY, ()))
    events = []
    for sent in doc.sents:
        for token in sent:
            if not _is_trigger(token):
                continue
            events.append(_event(token, sent, article, mention_spans, mentions, event_types))
    return events


def _is_trigger(token: Token) -> bool:
    if token.pos_ != "VERB" or token.lemma_ in LIGHT_VERBS:
        return False
    forms = token.morph.get("VerbForm")
    if "Fin" in forms:
        return True
    if "Part" in forms:  # compound tenses and passives: "a annoncé", "a été prévue"
        return any(c.dep_.startswith("aux") for c in token.children)
    return False


def _phrase(token: Token) -> Span:
    """The name-like phrase headed by ``token``: itself with names, titles and determiners."""
    keep = [token] + [
        c
        for c in token.children
        if c.dep_ in {"flat:name", "flat", "compound", "det", "amod", "appos"}
    ]
    left, right = min(t.i for t in keep), max(t.i for t in keep)
    return token.doc[left : right + 1]


def _role(verb: Token, deps: set[str]) -> str | None:
    for child in verb.children:
        if child.dep_ in deps:
            if child.pos_ == "PRON" and "Rel" in child.morph.get("PronType"):
                if verb.dep_ == "acl:relcl":
                    return canonical(_phrase(verb.head))
                continue
            if child.pos_ == "PRON":
                continue  # pronouns are left empty rather than guessed
            return canonical(_phrase(child))
    return None


def _target(verb: Token) -> str | None:
    direct = _role(verb, {"obj", "iobj"})
    if direct and any(c.dep_ in {"obj", "iobj"} and c.ent_type_ for c in verb.children):
        return direct
    for child in verb.children:
        if (
            child.dep_.startswith("obl")
            and child.ent_type_ in {"PER", "ORG"}
            and any(c.lower_ in {"à", "au", "aux"} for c in child.children if c.dep_ == "case")
        ):
            return canonical(_phrase(child))
    return direct


def _location(verb: Token) -> str | None:
    for child in verb.subtree:
        if child.ent_type_ == "LOC" and any(
            c.dep_ == "case" and c.lower_ in {"à", "en", "au", "aux", "dans"}
            for c in child.children
        ):
            return canonical(_phrase(child))
    return None


def _negated(verb: Token) -> bool:
    for node in (verb, *verb.ancestors):
        if any(
            c.lower_ in _NEGATORS or "Neg" in c.morph.get("Polarity")
            for c in node.children
            if c.dep_ in {"advmod", "cc", "det"} and c.lower_ != "ne"
        ):
            return True
        if node.dep_ not in {"xcomp", "acl", "obl:arg", "obj"}:
            break
    return False


def _date_for(verb: Token, sent: Span, spans: list[Span], mentions: list[TimeMention]):
    clause = {t.i for t in verb.subtree}
    in_sentence = [
        (s, m)
        for s, m in zip(spans, mentions, strict=True)
        if sent.start <= s.start < sent.end and m.is_dated
    ]
    for span, mention in in_sentence:
        if span.root.i in clause:
            return mention
    return in_sentence[0][1] if len(in_sentence) == 1 else None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of text[start:end] without its surrounding whitespace."""
    chunk = text[start:end]
    start += len(chunk) - len(chunk.lstrip())
    return start, start + len(chunk.strip())


def _event(
    verb: Token,
    sent: Span,
    article: Article,
    spans: list[Span],
    mentions: list[TimeMention],
    event_types: Mapping[str, str],
) -> Event:
    tense = verb_tense(verb)
    mention = _date_for(verb, sent, spans, mentions)
    published = article.published
    if mention is not None:
        date_text, start, end = mention.text, mention.start, mention.end
        granularity, date_kind = mention.granularity, _KIND_FROM_MENTION.get(mention.kind)
    elif published is not None and tense is not None:
        date_text, granularity, date_kind = None, "tense", "tense"
        one = dt.timedelta(days=1)
        start, end = {
            "past": (None, published),
            "present": (published, published),
            "future": (published + one, None),
        }[tense]
    else:
        date_text, start, end, granularity, date_kind = None, None, None, None, None
    actor = _role(verb, {"nsubj"}) or _role(verb, {"obl:agent"})
    polarity = "negative" if _negated(verb) else "positive"
    modality = (
        "denied" if polarity == "negative" else ("planned" if tense == "future" else "asserted")
    )
    sent_start, sent_end = _trimmed(article.text, sent.start_char, sent.end_char)
    confidence = 0.4 + 0.3 * (actor is not None) + 0.3 * (date_kind not in {None, "tense"})
    return Event(
        event_id=event_id(article.article_id, verb.idx, verb.lemma_),
        article_id=article.article_id,
        title=article.title,
        source=article.source,
        url=article.url,
        published=published,
        language=article.language,
        sentence=article.text[sent_start:sent_end],
        sentence_start=sent_start,
        sentence_end=sent_end,
        trigger=article.text[verb.idx : verb.idx + len(verb)],
        trigger_lemma=verb.lemma_,
        trigger_start=verb.idx,
        trigger_end=verb.idx + len(verb),
        event_type=event_types.get(verb.lemma_, "other"),
        actor=actor,
        target=_target(verb),
        location=_location(verb),
        date_text=date_text,
        date_start=start,
        date_end=end,
        date_granularity=granularity,
        date_kind=date_kind,
        tense=tense,
        polarity=polarity,
        modality=modality,
        reported_by=None,
        confidence=round(confidence, 2),
    )
