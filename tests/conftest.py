"""Shared fixtures. The spaCy pipeline and Prefect's test server start once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TIMELINE_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def config():
    """The default configuration."""
    from timeline.config import Config

    return Config()


@pytest.fixture(scope="session")
def nlp(config):
    """The full spaCy pipeline with timeline's components, loaded once."""
    from timeline.nlp import load_pipeline

    return load_pipeline(config)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the repository; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: corpus and seed tests need the shared data folder")
    return SHARED


@pytest.fixture(scope="session")
def seed_text(shared_dir) -> str:
    """The sample article the project was started from."""
    path = shared_dir / "seeds" / "erdogan-poutine-sotchi.txt"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return path.read_text("utf-8")


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect server for the whole session (it takes seconds to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
