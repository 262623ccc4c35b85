"""Temporal expressions in French news: find them, resolve them to date intervals.

Modules: :mod:`~timeline.temporal.lexicon` (words), :mod:`~timeline.temporal.calendar`
(periods and TIMEX3 values), :mod:`~timeline.temporal.patterns` (the tagger),
:mod:`~timeline.temporal.resolver` (placing expressions in time),
:mod:`~timeline.temporal.engine` (the entry point, :func:`find_mentions`) and
:mod:`~timeline.temporal.component` (the ``timeline_dates`` spaCy component).
"""

from timeline.temporal.engine import Tense, TenseLookup, find_mentions

__all__ = ["Tense", "TenseLookup", "find_mentions"]
