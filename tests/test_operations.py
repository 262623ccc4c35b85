"""Operating the pipeline for real: kill -9 mid-run, scheduled runs on a Prefect server, Dask.

These start subprocesses against a real `prefect server start` (the `prefect_server`
fixture), as a scheduled deployment or a cron job would run.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pandas as pd
import pytest

from timeline.store import STORE_NAME

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow

N_ARTICLES = 40


@pytest.fixture(scope="module")
def many_articles(tmp_path_factory) -> Path:
    """Forty distinct short articles, built from the sample story."""
    src = tmp_path_factory.mktemp("articles")
    stories = sorted((REPO / "data" / "port-saint-aubin").glob("*.md"))
    for i in range(N_ARTICLES):
        text = stories[i % len(stories)].read_text("utf-8")
        head, _, body = text.partition("\n---\n")
        head = head.replace("url: https://example.org/sample/", f"url: https://example.org/{i}/")
        (src / f"article-{i:03d}.md").write_text(
            f"{head}\n---\nÉdition {i} du bulletin\n\n{body}", "utf-8"
        )
    return src


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "timeline.cli", *args]


def _run(env: dict, *args: str) -> subprocess.CompletedProcess:
    done = subprocess.run(_cli(*args), env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def reference(prefect_server, many_articles, tmp_path_factory) -> Path:
    """The outputs of one uninterrupted run."""
    out = tmp_path_factory.mktemp("reference")
    _run(prefect_server, "run", str(many_articles), "--out", str(out), "--batch-size", "2")
    return out


def _stored(out: Path) -> tuple[int, bool]:
    """(articles stored, export state written) as seen from outside the running process."""
    try:
        with sqlite3.connect(f"file:{out / STORE_NAME}?mode=ro", uri=True, timeout=1) as db:
            (n,) = db.execute("SELECT COUNT(*) FROM articles").fetchone()
    except sqlite3.Error:
        n = 0
    return n, (out / ".timeline-export.json").exists()


def _assert_same_outputs(out: Path, reference: Path) -> None:
    assert (out / "events.csv").read_bytes() == (reference / "events.csv").read_bytes()
    pd.testing.assert_frame_equal(
        pd.read_parquet(out / "events.parquet"), pd.read_parquet(reference / "events.parquet")
    )
    assert (out / "timeline.html").stat().st_size > 0
    assert not list(out.glob(".*.tmp")), "a temporary file was left behind"


@pytest.mark.parametrize(
    "moment",
    [
        "extraction",  # some articles stored, others not yet parsed
        "export",  # every article stored, outputs not yet (all) written
    ],
)
def test_a_run_killed_with_sigkill_loses_nothing(
    prefect_server, many_articles, reference, tmp_path, moment
):
    out = tmp_path / "out"
    victim = subprocess.Popen(
        _cli("run", str(many_articles), "--out", str(out), "--batch-size", "2"),
        env=prefect_server,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 300
    while True:
        stored, exported = _stored(out)
        if moment == "extraction" and 2 <= stored < N_ARTICLES:
            break
        if moment == "export" and stored == N_ARTICLES:
            break
        assert victim.poll() is None, f"the run ended before the {moment} (stored {stored})"
        assert time.monotonic() < deadline, "the run made no progress"
        time.sleep(0.005)
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait()
    stored, exported = _stored(out)  # what the killed run left behind
    assert not exported, "killed too late: the outputs were already complete"
    if moment == "extraction":
        assert stored < N_ARTICLES, "killed too late: extraction was over"

    done = _run(prefect_server, "run", str(many_articles), "--out", str(out), "--batch-size", "2")
    assert f"{N_ARTICLES} articles read" in done.stdout
    _assert_same_outputs(out, reference)
    # Nothing stored before the kill is processed twice.
    new = int(done.stdout.split("(")[1].split(" new")[0])
    assert new == N_ARTICLES - stored


def test_rerun_with_nothing_new_skips_everything(prefect_server, many_articles, reference):
    before = (reference / "events.csv").stat().st_mtime_ns
    done = _run(prefect_server, "run", str(many_articles), "--out", str(reference))
    assert f"(0 new, {N_ARTICLES} unchanged)" in done.stdout
    assert (reference / "events.csv").stat().st_mtime_ns == before  # not rewritten


def test_a_second_run_on_the_same_output_is_refused(prefect_server, many_articles, tmp_path):
    from timeline.store import run_lock

    with run_lock(tmp_path):
        done = subprocess.run(
            _cli("run", str(many_articles), "--out", str(tmp_path)),
            env=prefect_server,
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert done.returncode == 1
    assert "in use by another timeline run" in done.stderr
    assert "Traceback" not in done.stderr


def _completed_runs(api: str) -> list[dict]:
    request = urllib.request.Request(
        f"{api}/flow_runs/filter",
        data=json.dumps({"flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}}}).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def test_a_served_schedule_runs_the_flow_and_updates_the_outputs(prefect_server, tmp_path):
    out = tmp_path / "scheduled"
    source = REPO / "data" / "port-saint-aubin"
    log = tmp_path / "serve.log"
    with open(log, "wb") as sink:
        served = subprocess.Popen(
            _cli("serve", str(source), "--out", str(out), "--interval", "5", "--name", "ci"),
            env=prefect_server,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 240
        runs: list[dict] = []
        while not runs:
            assert served.poll() is None, log.read_text()
            assert time.monotonic() < deadline, f"no scheduled run completed: {log.read_text()}"
            time.sleep(1)
            runs = [
                r
                for r in _completed_runs(prefect_server["PREFECT_API_URL"])
                if r.get("deployment_id") and r["parameters"].get("out_dir") == str(out)
            ]
    finally:
        os.killpg(served.pid, signal.SIGINT)  # what Ctrl-C does
        try:
            served.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(served.pid, signal.SIGKILL)
            served.wait()
    frame = pd.read_csv(out / "events.csv")
    assert frame["article_id"].nunique() == 6
    assert (out / "timeline.html").is_file()


def test_serve_without_a_server_explains_what_to_do(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(tmp_path)
    env["PYTHONPATH"] = str(REPO)
    done = subprocess.run(
        _cli("serve", "--interval", "60"), env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2
    assert "prefect server start" in done.stderr and "PREFECT_API_URL" in done.stderr


def test_dask_runner_gives_the_same_table_as_the_local_runner(
    prefect_server, many_articles, reference, tmp_path
):
    done = _run(
        prefect_server,
        "run",
        str(many_articles),
        "--out",
        str(tmp_path),
        "--batch-size",
        "4",
        "--runner",
        "dask",
        "--dask-workers",
        "2",
    )
    _assert_same_outputs(tmp_path, reference)
    assert "distributed" not in done.stderr, done.stderr  # a normal run stays quiet


def test_prefect_yaml_deploys_and_a_worker_runs_it(prefect_server, tmp_path):
    """The work-pool route of README: create the pool, deploy prefect.yaml, run, work."""
    prefect = str(Path(sys.executable).parent / "prefect")
    env = {**prefect_server, "TIMELINE_HOME": str(REPO)}

    def cli(*args: str) -> str:
        done = subprocess.run(
            [prefect, *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    cli("work-pool", "create", "timeline-pool", "--type", "process", "--overwrite")
    cli("--no-prompt", "deploy", "--all")
    out = tmp_path / "worker-out"
    source = REPO / "data" / "port-saint-aubin"
    cli(
        "deployment",
        "run",
        "timeline/timeline-hourly",
        "--param",
        f"out_dir={out}",
        "--param",
        f'sources=["{source}"]',
    )
    log = tmp_path / "worker.log"
    with open(log, "wb") as sink:
        worker = subprocess.Popen(
            [prefect, "worker", "start", "--pool", "timeline-pool", "--run-once"],
            env=env,
            cwd=tmp_path,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        worker.wait(timeout=300)
    finally:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGKILL)
    frame = pd.read_csv(out / "events.csv")
    assert frame["article_id"].nunique() == 6, log.read_text()
