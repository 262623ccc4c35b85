"""The ``timeline_dates`` spaCy component: the temporal engine run on a parsed Doc.

Results go under one key, ``doc.spans["timeline_dates"]``; each span carries its resolved
:class:`~timeline.models.TimeMention` as ``span._.time_mention``. The publication date is
read from ``doc._.published`` (set by :mod:`timeline.nlp`). Clause tenses come from the
parse, and are only asked for the mentions whose reading depends on them.
"""

from __future__ import annotations

from dataclasses import asdict

from spacy.language import Language
from spacy.tokens import Doc, Span

from timeline.config import TemporalConfig
from timeline.temporal.engine import Tense, find_mentions

DATES_KEY = "timeline_dates"
#: ``doc.user_data`` key of the Doc's text, when the maker stored it (saves rebuilding it).
TEXT_KEY = "timeline_text"

if not Span.has_extension("time_mention"):
    Span.set_extension("time_mention", default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)


class DateTagger:
    """Finds and resolves temporal expressions, using the parse for clause tense."""

    def __init__(self, config: TemporalConfig) -> None:
        self.config = config

    def __call__(self, doc: Doc) -> Doc:
        from timeline.grammar import tense_of  # grammar imports temporal: import late

        def tense_at(start: int, end: int) -> Tense | None:
            span = doc.char_span(start, end, alignment_mode="expand")
            return tense_of(span.root) if span is not None else None

        text = doc.user_data.get(TEXT_KEY)
        if not isinstance(text, str) or not _is_text_of(text, doc):
            text = doc.text
        spans = []
        for mention in find_mentions(text, doc._.published, config=self.config, tense_at=tense_at):
            span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
            if span is None:
                continue
            span._.time_mention = mention
            spans.append(span)
        doc.spans[DATES_KEY] = spans
        return doc


def _is_text_of(text: str, doc: Doc) -> bool:
    """A cheap check that a stored text is this Doc's (its length and last token)."""
    if len(doc) == 0:
        return text == ""
    last = doc[-1]
    return last.idx + len(last.text_with_ws) == len(text) and text.endswith(last.text_with_ws)


@Language.factory(
    "timeline_dates",
    default_config=asdict(TemporalConfig()),
    requires=["token.morph", "token.dep", "token.head", "token.lemma"],
    assigns=["doc.spans"],
)
def make_date_tagger(
    nlp: Language,
    name: str,
    recent_days: int,
    few_days: int,
    earlier_days: int,
    soon_days: int,
    months_span: int,
    years_span: int,
    later_days: int,
    present_days: int,
    few_count: int,
) -> DateTagger:
    """spaCy factory for :class:`DateTagger`; the settings are :class:`TemporalConfig`'s."""
    return DateTagger(
        TemporalConfig(
            recent_days=recent_days,
            few_days=few_days,
            earlier_days=earlier_days,
            soon_days=soon_days,
            months_span=months_span,
            years_span=years_span,
            later_days=later_days,
            present_days=present_days,
            few_count=few_count,
        )
    )
