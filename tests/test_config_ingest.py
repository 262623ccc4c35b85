"""IngestConfig: documented defaults, and bad settings refused with a clear message."""

from __future__ import annotations

import pytest

from timeline.config import Config, IngestConfig
from timeline.errors import ConfigError


def test_defaults():
    settings = Config().ingest
    assert settings.max_file_bytes == 64 * 1024 * 1024
    assert settings.max_fetch_bytes == 10 * 1024 * 1024
    assert settings.timeout == 10.0
    assert (settings.include, settings.exclude, settings.fields) == ((), (), ())
    assert settings.fetch_linked is False


def test_fields_accept_a_mapping_and_stay_hashable():
    settings = IngestConfig(fields={"title": "titre", "text": "corps"})
    assert settings.fields == (("text", "corps"), ("title", "titre"))
    assert settings.field_map == {"text": "corps", "title": "titre"}
    hash(settings)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"max_file_bytes": 0}, "invalid max_file_bytes: 0"),  # no file could be read
        ({"max_fetch_bytes": -1}, "invalid max_fetch_bytes"),  # negative
        ({"timeout": 0}, "invalid timeout: 0"),  # would fail every fetch
        ({"timeout": "10"}, "invalid timeout"),  # a string
        ({"include": ("",)}, "invalid include"),  # an empty glob
        ({"fields": {"body": "corps"}}, "invalid fields: 'body'; expected one of ['text'"),
        ({"fields": {"text": " "}}, "invalid fields"),  # no column after '='
        ({"fetch_linked": "yes"}, "invalid fetch_linked"),
    ],
)
def test_bad_settings_are_refused_naming_them(changes, message):
    with pytest.raises(ConfigError, match=message.replace("[", r"\[")):
        IngestConfig(**changes)


def test_a_single_glob_string_is_one_glob():
    assert IngestConfig(include="*.md").include == ("*.md",)
