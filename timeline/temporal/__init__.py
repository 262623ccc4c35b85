"""Temporal expressions in French news: find them, resolve them to date intervals."""

from timeline.temporal.engine import Tense, TenseLookup, find_mentions

__all__ = ["Tense", "TenseLookup", "find_mentions"]
