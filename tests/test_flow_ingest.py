"""End to end: the flow (and the CLI) on a folder mixing every format, broken files included."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from timeline.models import ERROR_COLUMNS

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
CSV_FIELDS = {"text": "corps", "title": "titre", "published": "date_publication", "url": "lien"}
ENGLISH = (
    "Dockers in Saint-Aubin voted on Monday for a two-day strike against the job cuts "
    "announced by Transmar last week."
)


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    """Every fixture, plus broken files, a duplicate, an English article and a draft."""
    folder = tmp_path_factory.mktemp("inbox")
    for fixture in FIXTURES.iterdir():
        shutil.copy(fixture, folder / fixture.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (folder / "cut.json").write_text('{"title": "x", "text": ', "utf-8")
    (folder / "english.md").write_text(f"Dockers vote to strike\n\n{ENGLISH}\n", "utf-8")
    (folder / "sans-date.txt").write_text(
        "La grève continue\n\nLes dockers ont reconduit hier la grève au terminal nord.\n", "utf-8"
    )
    (folder / "copies").mkdir()
    shutil.copy(FIXTURES / "front-matter.md", folder / "copies" / "front-matter.md")
    (folder / "drafts").mkdir()
    (folder / "drafts" / "brouillon.md").write_text("Brouillon\n\nÀ ne pas lire.\n", "utf-8")
    return folder


@pytest.fixture(scope="module")
def run(prefect_harness, inbox, tmp_path_factory):
    from flows.timeline_flow import timeline_flow

    out = tmp_path_factory.mktemp("out")
    summary = timeline_flow(
        sources=[str(inbox)], out_dir=str(out), fields=CSV_FIELDS, exclude=["drafts/*"]
    )
    return summary, out


def test_every_format_reaches_the_events_table(run):
    summary, out = run
    events = pd.read_csv(out / "events.csv")
    # 1 front matter + 1 cp1252 + 1 sidecar + 1 HTML + 2 JSONL + 1 JSON + 2 CSV + 2 RSS
    # + 2 Atom + 1 without date; the duplicate, the English article and the draft are not read
    assert summary.articles_read == 14
    assert summary.events_written == len(events) > 0
    by_article = events.groupby("article_id")["published"].first()
    assert by_article["https://courrier-du-port.example/port/mediateur"] == "2024-03-13"
    assert by_article["https://courrier-du-port.example/2024/03/port-mediation"] == "2024-03-12"
    assert by_article["https://courrier-du-port.example/port/paralyse"] == "2024-03-06"
    assert by_article["https://courrier-du-port.example/port/navires"] == "2024-03-11"
    assert by_article["https://courrier-du-port.example/eco/trafic"] == "2024-03-19"
    assert "2024-03-09" in set(by_article)  # the cp1252 file, dated by its file name
    assert not events["title"].str.contains("Brouillon|Dockers vote", regex=True).any()


def test_errors_are_in_the_summary_and_errors_csv_naming_file_and_line(run, inbox):
    summary, out = run
    errors = {(Path(e.origin).name, e.line) for e in summary.errors}
    assert errors == {("empty.txt", None), ("photo.md", None), ("cut.json", 1),
                      ("articles.jsonl", 2)}  # fmt: skip
    warnings = {(Path(w.origin.split(":")[0]).name, w.stage) for w in summary.warnings}
    assert warnings == {
        ("front-matter.md", "ingest"),  # the copy: the same article is processed once
        ("english.md", "language"),  # skipped: no model for English
        ("sans-date.txt", "ingest"),  # no publication date
    }
    table = pd.read_csv(out / "errors.csv")
    assert tuple(table.columns) == ERROR_COLUMNS
    assert len(table) == len(summary.errors) + len(summary.warnings)
    jsonl = table[table["origin"].str.endswith("articles.jsonl")].iloc[0]
    assert (jsonl["line"], jsonl["severity"]) == (2, "error")
    assert "malformed JSON" in jsonl["message"]
    assert "7 warnings" not in summary.one_line() and "4 errors, 3 warnings" in summary.one_line()


def test_flow_reads_a_feed_url_and_its_linked_pages(prefect_harness, http_site, tmp_path):
    from flows.timeline_flow import timeline_flow

    page = (FIXTURES / "page-mediation.html").read_text("utf-8")
    link = http_site.add("/2024/03/12/mediation.html", page)
    feed = http_site.add(
        "/rss",
        f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Le Courrier</title>
<item><title>Médiation</title><link>{link}</link><description>Court.</description></item>
</channel></rss>""",
        "application/rss+xml",
    )
    summary = timeline_flow(sources=[feed], out_dir=str(tmp_path), fetch_linked=True)
    assert (summary.articles_read, summary.errors, summary.warnings) == (1, (), ())
    events = pd.read_csv(tmp_path / "events.csv")
    assert set(events["article_id"]) == {link}
    assert set(events["published"]) == {"2024-03-12"}  # the page's meta date
    assert events["sentence"].str.contains("Karim Haddad").any()  # the page's text


def test_cli_reads_jsonl_on_stdin_with_a_default_date(prefect_harness, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from timeline.cli import app

    monkeypatch.setenv("PREFECT_LOGGING_LEVEL", "WARNING")
    lines = (FIXTURES / "articles.jsonl").read_text("utf-8").splitlines()
    lines.append('{"text": "Sans date, la grève a commencé hier au port de Saint-Aubin."}')
    result = CliRunner().invoke(
        app,
        ["run", "-", "--out", str(tmp_path), "--published", "2024-03-20"],
        input="\n".join(lines) + "\n",
    )
    assert result.exit_code == 0, result.output
    assert "3 articles read" in result.stdout
    assert "<stdin>:2: malformed JSON" in result.stderr
    events = pd.read_csv(tmp_path / "events.csv")
    assert "2024-03-20" in set(events["published"])  # the default, for the undated line
    assert (tmp_path / "errors.csv").is_file()


@pytest.mark.parametrize(
    "option",
    [
        "corps",  # no '='
        "body=corps",  # not an article field
        "text=",  # no key
    ],
)
def test_cli_refuses_a_malformed_field_mapping(option):
    from typer.testing import CliRunner

    from timeline.cli import app

    result = CliRunner().invoke(app, ["run", "data", "--field", option])
    assert result.exit_code == 2
    assert "FIELD=KEY" in result.output
