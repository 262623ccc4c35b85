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

    with prefect_test_harness(server_startup_timeout=180):
        yield


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory):
    """A real `prefect server start` on 127.0.0.1 with its own PREFECT_HOME.

    Yields the environment for subprocesses that should talk to it (PREFECT_API_URL set).
    """
    import shutil
    import signal
    import subprocess
    import sys
    import time
    import urllib.request

    prefect = shutil.which("prefect", path=os.path.dirname(sys.executable)) or shutil.which(
        "prefect"
    )
    if prefect is None:
        pytest.fail("the `prefect` command is not installed beside this Python")
    home = tmp_path_factory.mktemp("prefect-home")
    port = _free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    env.pop("PREFECT_API_URL", None)
    log = open(home / "server.log", "wb")  # noqa: SIM115 - closed at teardown
    server = subprocess.Popen(
        [prefect, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + 180  # first start migrates a fresh SQLite database
    while True:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            os.killpg(server.pid, signal.SIGKILL)
            pytest.fail(f"prefect server did not start: {(home / 'server.log').read_text()}")
        time.sleep(0.5)
    try:
        yield {**env, "PREFECT_API_URL": url}
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        log.close()


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
