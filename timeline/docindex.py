"""Per-Doc columns that let the event rules find candidate tokens without visiting them all.

Creating spaCy ``Token`` objects is the main cost of rules written in Python; one
``Doc.to_array`` call gives every token's part of speech, lower-case form and lemma as
plain integers (string hashes), and the rules only build the tokens they need. The index
is computed once per Doc and kept in ``doc.user_data``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import IDS
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

DOCINDEX_KEY = "timeline.docindex"


class DocIndex:
    """Columns over the tokens of one Doc (see the module docstring)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        columns = doc.to_array([POS, LOWER, LEMMA]).tolist()
        self.pos = [row[0] for row in columns]
        self.lower = [row[1] for row in columns]
        self.lemma = [row[2] for row in columns]
        self.verb_forms: dict[int, str | None] = {}  # filled by timeline.triggers.verb_form
        self.memo: dict[str, object] = {}  # other per-Doc results the rules compute once
        self.sents: list[Span] = list(doc.sents)
        self.sent_id = [0] * len(doc)
        for number, sent in enumerate(self.sents):
            self.sent_id[sent.start : sent.end] = [number] * (sent.end - sent.start)

    def where_pos(self, *names: str) -> list[int]:
        """Indices of the tokens whose coarse part of speech is one of ``names``."""
        ids = {IDS[name] for name in names}
        return [i for i, value in enumerate(self.pos) if value in ids]

    def where_lower(self, words: Iterable[str]) -> list[int]:
        """Indices of the tokens whose lower-case form is one of ``words``."""
        hashes = _hashes(frozenset(words))
        return [i for i, value in enumerate(self.lower) if value in hashes]

    def where_lemma(self, lemmas: Iterable[str]) -> list[int]:
        """Indices of the tokens whose lemma is one of ``lemmas``."""
        hashes = _hashes(frozenset(lemmas))
        return [i for i, value in enumerate(self.lemma) if value in hashes]

    def sentence(self, token: Token) -> Span:
        """The sentence of ``token``."""
        return self.sents[self.sent_id[token.i]]

    def sentence_number(self, i: int) -> int:
        """The number of the sentence of token ``i``, counting from 0."""
        return self.sent_id[i]


@lru_cache(maxsize=64)
def _hashes(words: frozenset[str]) -> frozenset[int]:
    return frozenset(hash_string(w) for w in words)


def index(doc: Doc) -> DocIndex:
    """The index of ``doc``, built on first use."""
    cached = doc.user_data.get(DOCINDEX_KEY)
    if cached is None or cached.doc is not doc or len(cached.sent_id) != len(doc):
        cached = DocIndex(doc)
        doc.user_data[DOCINDEX_KEY] = cached
    return cached
