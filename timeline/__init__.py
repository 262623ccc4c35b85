"""timeline: news articles in, a dated table of events and an interactive timeline out.

Public API::

    timeline.resolve_dates(text, published, *, language="fr") -> list[TimeMention]
    timeline.extract_events(text, published, *, language="fr", title=None) -> DataFrame
"""

from timeline.config import Config, TemporalConfig
from timeline.models import EVENT_COLUMNS, Article, Event, TimeMention
from timeline.pipeline import extract_events, resolve_dates

__version__ = "0.1.0"

__all__ = [
    "EVENT_COLUMNS",
    "Article",
    "Config",
    "Event",
    "TemporalConfig",
    "TimeMention",
    "__version__",
    "extract_events",
    "resolve_dates",
]
