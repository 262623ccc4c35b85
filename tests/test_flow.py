"""The main flow end to end on the sample data, its tasks, and the CLI around it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from timeline.export import read_csv
from timeline.models import EVENT_COLUMNS

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def flow_run(prefect_harness, tmp_path_factory):
    """One run of the flow on data/, shared by the assertions below."""
    from flows.timeline_flow import timeline_flow

    out = tmp_path_factory.mktemp("outputs")
    summary = timeline_flow(sources=[str(DATA)], out_dir=str(out))
    return summary, out


def test_flow_writes_the_three_outputs(flow_run):
    summary, out = flow_run
    for name in ("events.csv", "events.parquet", "timeline.html"):
        assert (out / name).stat().st_size > 0, name
    assert summary.articles_read == len(list(DATA.rglob("*.md")))
    assert summary.errors == ()


def test_flow_csv_loads_with_every_column(flow_run):
    summary, out = flow_run
    frame = pd.read_csv(out / "events.csv")
    assert tuple(frame.columns) == EVENT_COLUMNS
    assert len(frame) == summary.events_written > 0
    assert frame["article_id"].nunique() == summary.articles_read


def test_flow_dates_ce_mardi_in_the_sample_article(flow_run):
    _, out = flow_run
    frame = read_csv(out / "events.csv")
    rows = frame[frame["date_text"] == "ce mardi"]
    assert not rows.empty
    assert (rows["date_start"] == pd.Timestamp("2022-08-02")).all()
    assert (rows["date_end"] == pd.Timestamp("2022-08-02")).all()


def test_flow_parquet_matches_csv(flow_run):
    _, out = flow_run
    parquet = pd.read_parquet(out / "events.parquet")
    csv = read_csv(out / "events.csv")
    assert list(parquet["event_id"]) == list(csv["event_id"])


def test_flow_rerun_gives_the_same_csv(flow_run, tmp_path):
    from flows.timeline_flow import timeline_flow

    _, out = flow_run
    timeline_flow(sources=[str(DATA)], out_dir=str(tmp_path))
    assert (tmp_path / "events.csv").read_bytes() == (out / "events.csv").read_bytes()


def test_flow_html_embeds_plotly_and_the_events(flow_run):
    _, out = flow_run
    page = (out / "timeline.html").read_text("utf-8")
    assert '<script src="http' not in page  # plotly.js is embedded: works offline
    assert "Plotly.newPlot" in page
    assert "annoncer" in page


def test_read_task_reports_a_bad_file_and_keeps_the_good_one(tmp_path):
    from flows.timeline_flow import read_batch
    from timeline.models import Article, ArticleError

    good = tmp_path / "good.md"
    good.write_text("---\npublished: 2024-03-04\n---\nTitre\n\nIl est venu hier.", "utf-8")
    bad = tmp_path / "bad.md"
    bad.write_text("---\npublished: demain matin\n---\nTitre\n\nTexte.", "utf-8")
    (_, good_items), (_, bad_items) = read_batch.fn([str(good), str(bad)], None)
    assert [type(i) for i in good_items] == [Article]
    assert [type(i) for i in bad_items] == [ArticleError]
    assert "bad.md" in str(bad_items[0]) and "demain matin" in str(bad_items[0])


def test_cli_run_prints_one_clean_summary_line(tmp_path):
    """The command a user runs: no traceback, no Prefect noise, one summary line."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("PREFECT_API_URL", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "timeline.cli",
            "run",
            str(DATA / "port-saint-aubin"),
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1, done.stdout
    assert "6 articles read" in lines[0] and "0 errors" in lines[0]
    assert "Traceback" not in done.stderr
    assert "INFO" not in done.stderr, done.stderr


def test_untouched_files_are_not_read_again(prefect_harness, tmp_path, monkeypatch):
    import shutil

    import flows.timeline_flow as module

    src = tmp_path / "src"
    shutil.copytree(DATA / "port-saint-aubin", src)
    out = tmp_path / "out"
    first = module.timeline_flow(sources=[str(src)], out_dir=str(out))
    assert first.articles_new == 6

    calls: list[str] = []
    real = module.read_source
    monkeypatch.setattr(module, "read_source", lambda s, c: calls.append(s) or real(s, c))
    touched = src / "03-rencontre-mairie.md"
    touched.write_text(touched.read_text("utf-8").replace("hier", "avant-hier"), "utf-8")
    second = module.timeline_flow(sources=[str(src)], out_dir=str(out))
    assert calls == [str(touched)]  # only the changed file was read
    assert (second.articles_read, second.articles_new, second.articles_skipped) == (6, 1, 5)

    calls.clear()
    third = module.timeline_flow(sources=[str(src)], out_dir=str(out))
    assert calls == [] and third.articles_new == 0


def test_store_plan_and_export_tasks_through_fn(tmp_path):
    """The flow's store tasks, called as plain functions: plan, store, export, plan again."""
    import datetime as dt

    from flows.timeline_flow import export_task, plan_task, stamp_task, store_batch
    from timeline.config import Config
    from timeline.models import Article

    article = Article(article_id="a1", text="Le maire a parlé hier.", published=dt.date(2024, 3, 4))
    out = str(tmp_path)
    assert plan_task.fn(out, [article], "v1").todo == (article,)
    assert store_batch.fn(out, [(article, [])], "v1", (1, 1)) == 0
    assert plan_task.fn(out, [article], "v1").unchanged == (article,)
    files, written = export_task.fn(out, False, ["csv"])
    assert written and [f.name for f in files] == ["events.csv"]
    assert export_task.fn(out, False, ["csv"]) == (files, False)  # nothing changed since
    source = tmp_path / "a.md"
    source.write_text("Titre\n\nTexte.", "utf-8")
    unchanged, stamps = stamp_task.fn(out, [str(source)], Config(), "v1")
    assert unchanged == {} and str(source) in stamps


def test_the_embedded_server_gets_time_to_migrate_a_fresh_database():
    """A first run on a slow machine migrates Prefect's database: 20 s is not enough."""
    code = (
        "import flows\n"
        "from prefect.settings import PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS as s\n"
        "print(s.value())"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", None)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert int(done.stdout.strip()) >= 120, done.stderr
