"""Loading the spaCy pipeline with timeline's own components, once per process."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from timeline import actors
from timeline.config import TEMPORAL_FIELDS, Config
from timeline.errors import ModelNotInstalledError
from timeline.lexicon import EVENT_NOUNS
from timeline.temporal.component import (  # registers the "timeline_dates" factory
    DATES_KEY,
    TEXT_KEY,
)
from timeline.text import for_parsing

__all__ = ["DATES_KEY", "load_pipeline", "parse", "parse_many"]

if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)


def load_pipeline(config: Config) -> Language:
    """The spaCy pipeline for ``config``: the model, the actor ruler and the date tagger.

    Cached per model and dictionary, so a process (or a Dask worker) loads it once.
    """
    return _load(config.model, config.actors_path, config.temporal)


@lru_cache(maxsize=4)
def _load(model: str, actors_path, temporal) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalledError(model) from exc
    _keep_event_nouns_whole(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("timeline_paragraphs", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("timeline_verb_lemmas", after="lemmatizer")
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="timeline_actors",
        after="ner",
        # LOWER: "Le dirigeant russe" opening a sentence is "le dirigeant russe".
        config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"},
    )
    ruler.add_patterns(actors.ruler_patterns(actors.load_dictionary(actors_path)))
    nlp.add_pipe(
        "timeline_dates",
        last=True,
        config={name: getattr(temporal, name) for name in TEMPORAL_FIELDS},
    )
    return nlp


def _keep_event_nouns_whole(nlp: Language) -> None:
    """Hyphenated event nouns stay one token in every case: the French tokenizer splits
    "Rendez-vous" opening a sentence like the imperative "rendez-vous !" (lower case it
    keeps it whole), and the parser then sees a verb and a pronoun."""
    for noun in EVENT_NOUNS:
        if "-" not in noun:
            continue
        for form in {noun, noun.capitalize(), noun.upper()}:
            if len(nlp.tokenizer(form)) > 1:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])


@Language.component(
    "timeline_paragraphs", requires=["token.is_space"], assigns=["token.is_sent_start"]
)
def paragraph_starts(doc: Doc) -> Doc:
    """A paragraph break (a line break) always starts a new sentence.

    News paragraphs are sentences or groups of sentences; without this the parser may glue
    a headline to the lead or a quotation to the paragraph before it. Set before the parser,
    which keeps the boundaries it is given.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
    return doc


@Language.component(
    "timeline_verb_lemmas",
    requires=["token.pos", "token.lemma", "token.morph"],
    assigns=["token.lemma"],
)
def verb_lemmas(doc: Doc) -> Doc:
    """A present verb the lemmatizer left as it is because a noun is written the same
    ("estime", "signe", "manque", "préside") gets its infinitive: "estimer". Only the
    regular "-e" forms of "-er" verbs, the only ones the rule can rebuild."""
    for token in doc:
        lemma = token.lemma_
        if (
            token.pos_ == "VERB"
            and lemma == token.lower_
            and lemma.endswith("e")
            and lemma.isalpha()
            and "Pres" in token.morph.get("Tense")
        ):
            token.lemma_ = lemma + "r"
    return doc


def _make_doc(nlp: Language, text: str, published: dt.date | None) -> Doc:
    plain = for_parsing(text)
    doc = nlp.make_doc(plain)
    doc._.published = published
    doc.user_data[TEXT_KEY] = plain  # Doc.text rebuilds the string from tokens each time
    return doc


def parse(nlp: Language, text: str, published: dt.date | None) -> Doc:
    """Parse one text. Offsets into the Doc are offsets into ``text``."""
    return nlp(_make_doc(nlp, text, published))


def parse_many(
    nlp: Language, items: Iterable[tuple[str, dt.date | None]], *, batch_size: int = 32
) -> Iterator[Doc]:
    """Parse many (text, published) pairs in batches, in order."""
    docs = (_make_doc(nlp, text, published) for text, published in items)
    yield from nlp.pipe(docs, batch_size=batch_size)
