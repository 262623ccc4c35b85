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


class _Site:
    """Pages served by :func:`http_site`: path -> (status, type, body, delay in s, length?)."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str, bytes, float, bool]] = {}
        self.hits: list[str] = []
        self.base = ""

    def add(
        self,
        path: str,
        body: bytes | str,
        content_type: str = "text/html; charset=utf-8",
        *,
        status: int = 200,
        delay: float = 0.0,
        send_length: bool = True,
    ) -> str:
        """Serve ``body`` at ``path`` (a redirect's target for 301/302); returns its URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.pages[path] = (status, content_type, data, delay, send_length)
        return self.base + path


@pytest.fixture
def http_site():
    """A web server on 127.0.0.1 (a free port) serving the pages a test adds; no internet."""
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    site = _Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.hits.append(self.path)
            status, content_type, data, delay, send_length = site.pages.get(
                self.path, (404, "text/plain", b"not found", 0.0, True)
            )
            if status in (301, 302):
                self.send_response(status)
                self.send_header("Location", data.decode())
                self.end_headers()
                return
            time.sleep(delay)
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                if send_length:
                    self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except OSError:
                pass  # the client gave up (a timeout test)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
