"""The event table files: CSV (round trip, formula injection), Parquet, Excel, empty tables."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.export import (
    DATE_COLUMNS,
    TEXT_COLUMNS,
    events_frame,
    neutralize_formula,
    read_csv,
    read_parquet,
    restore_formula,
    write_csv,
    write_parquet,
    write_xlsx,
)
from timeline.formats import FORMATS, parse_formats, write_formats
from timeline.models import EVENT_COLUMNS
from timeline.synthetic import event, synthetic_events

# Text as articles may hold it: any Unicode except lone surrogates (not encodable in UTF-8).
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
# What a spreadsheet user may type or an article may start with.
TRICKY = st.sampled_from(
    ["=1+1", "+33 6", "-3 °C", "@SUM(A1)", "\tx", "\rx", "'quoted", "''", "NA", "None", "#N/A"]
)


# --- formula injection ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("=1+1", "'=1+1"),  # a formula
        ('=HYPERLINK("http://evil.example","clic")', '\'=HYPERLINK("http://evil.example","clic")'),
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),  # the DDE payload OWASP cites
        ("+33 6 12 34 56 78", "'+33 6 12 34 56 78"),  # + starts a formula in Excel
        ("-3 °C à Paris", "'-3 °C à Paris"),  # - too, even for harmless text
        ("@SUM(1+1)", "'@SUM(1+1)"),  # @ is a function prefix in Lotus-style input
        ("\t=1+1", "'\t=1+1"),  # a tab before the formula
        ("\r=1+1", "'\r=1+1"),  # a carriage return before the formula
        ("'déjà cité'", "''déjà cité'"),  # a leading apostrophe is escaped too: reversible
        ("Le 5 août, =1+1", "Le 5 août, =1+1"),  # only the first character matters
        (" =1+1", " =1+1"),  # a leading space makes it text in every spreadsheet
        ("Erdogan", "Erdogan"),  # ordinary text is untouched
        ("", ""),  # nothing to neutralize
    ],
)
def test_neutralize_formula(text, written):
    assert neutralize_formula(text) == written
    assert restore_formula(written) == text


def test_csv_neutralizes_text_cells_but_not_numbers(tmp_path):
    frame = events_frame(
        [
            event(
                event_id="=1+1",
                title="-3 °C",
                sentence="@ici",
                actor="+33",
                date_text="\thier",
                confidence=-0.5,  # a negative number in a numeric column stays a number
            )
        ]
    )
    path = write_csv(frame, tmp_path / "events.csv")
    raw = pd.read_csv(path, dtype=str, keep_default_na=False).iloc[0]
    assert raw["event_id"] == "'=1+1"
    assert raw["title"] == "'-3 °C"
    assert raw["sentence"] == "'@ici"
    assert raw["actor"] == "'+33"
    assert raw["date_text"] == "'\thier"
    assert raw["confidence"] == "-0.5"
    assert raw["sentence_start"] == "40"
    assert read_csv(path).iloc[0]["title"] == "-3 °C"


# --- CSV -----------------------------------------------------------------------------------


def test_csv_has_bom_crlf_iso_dates_and_the_documented_columns(tmp_path):
    frame = events_frame([event()])
    data = write_csv(frame, tmp_path / "events.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the accents
    header, row = data[3:].decode("utf-8").split("\r\n")[:2]
    assert header == ",".join(EVENT_COLUMNS)
    assert ",2024-03-08," in row and ",2024-03-07,2024-03-07," in row
    assert "représentants" in row


def test_csv_round_trip_keeps_dtypes(tmp_path):
    frame = events_frame(synthetic_events(200, seed=3))
    back = read_csv(write_csv(frame, tmp_path / "events.csv"))
    pd.testing.assert_frame_equal(back, frame)
    assert all(str(back[c].dtype) == "datetime64[s]" for c in DATE_COLUMNS)


def test_plain_pandas_reads_the_csv(tmp_path):
    """pandas alone (no timeline) reads every column; only neutralized cells keep their '."""
    frame = events_frame([event(title="=1+1"), event(event_id="e1", title="NA")])
    path = write_csv(frame, tmp_path / "events.csv")
    plain = pd.read_csv(path, keep_default_na=False, na_values=[""], parse_dates=list(DATE_COLUMNS))
    assert list(plain.columns) == list(EVENT_COLUMNS)
    assert list(plain["title"]) == ["'=1+1", "NA"]
    assert plain["date_start"].iloc[0] == pd.Timestamp("2024-03-07")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    texts=st.lists(
        st.fixed_dictionaries({c: st.one_of(st.none(), TEXT, TRICKY) for c in TEXT_COLUMNS}),
        min_size=1,
        max_size=4,
    )
)
def test_csv_round_trip_of_arbitrary_text(tmp_path_factory, texts):
    """Quotes, commas, newlines, leading = + - @, 'NA', any Unicode: read back as written."""
    events = [event(**row) for row in texts]
    frame = events_frame(events)
    path = tmp_path_factory.mktemp("csv") / "events.csv"
    back = read_csv(write_csv(frame, path))
    pd.testing.assert_frame_equal(back, frame)


# --- Parquet -------------------------------------------------------------------------------


def test_parquet_has_typed_columns_and_round_trips(tmp_path):
    frame = events_frame(synthetic_events(100, seed=1))
    path = write_parquet(frame, tmp_path / "events.parquet")
    schema = pq.read_schema(path)
    assert schema.names == list(EVENT_COLUMNS)
    assert schema.field("date_start").type == pa.date32()
    assert schema.field("trigger_start").type == pa.int64()
    assert schema.field("confidence").type == pa.float64()
    assert schema.field("sentence").type == pa.string()
    pd.testing.assert_frame_equal(read_parquet(path), frame)


# --- Excel ---------------------------------------------------------------------------------


def test_xlsx_has_date_cells_frozen_header_filter_and_widths(tmp_path):
    frame = events_frame([event(), event(event_id="e1", date_start=None, title="=1+1")])
    sheet = openpyxl.load_workbook(write_xlsx(frame, tmp_path / "events.xlsx"))["events"]
    header = [c.value for c in sheet[1]]
    assert header == list(EVENT_COLUMNS)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:AB3"
    published = sheet.cell(row=2, column=EVENT_COLUMNS.index("published") + 1)
    assert published.is_date and published.number_format == "yyyy-mm-dd"
    assert published.value.date() == dt.date(2024, 3, 8)
    empty = sheet.cell(row=3, column=EVENT_COLUMNS.index("date_start") + 1)
    assert empty.value is None
    widths = {k: v.width for k, v in sheet.column_dimensions.items()}
    assert min(widths.values()) >= 8 and max(widths.values()) <= 60


@pytest.mark.parametrize(
    "text",
    [
        "=1+1",  # would be stored as a formula by openpyxl's default
        '=HYPERLINK("http://evil.example","x")',  # a link formula
        "-3 °C",  # a formula character before plain text
        "#N/A",  # would be stored as an error value
        "@SUM(1)",  # function prefix
    ],
)
def test_xlsx_stores_formula_like_text_as_text(tmp_path, text):
    frame = events_frame([event(title=text)])
    sheet = openpyxl.load_workbook(write_xlsx(frame, tmp_path / "e.xlsx"))["events"]
    cell = sheet.cell(row=2, column=EVENT_COLUMNS.index("title") + 1)
    assert (cell.value, cell.data_type) == (text, "s")
    assert cell.quotePrefix == text.startswith(("=", "+", "-", "@"))


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=st.one_of(TEXT, TRICKY))
def test_xlsx_writes_any_text(tmp_path_factory, title):
    """Control characters XML cannot hold become U+FFFD; everything else is kept."""
    frame = events_frame([event(title=title)])
    path = tmp_path_factory.mktemp("x") / "e.xlsx"
    sheet = openpyxl.load_workbook(write_xlsx(frame, path))["events"]
    value = sheet.cell(row=2, column=EVENT_COLUMNS.index("title") + 1).value
    kept = [a == b for a, b in zip(value, title, strict=True) if b in "\t\n" or ord(b) >= 0x20]
    assert len(value) == len(title) and all(kept)


# --- ids, formats, empty tables ------------------------------------------------------------


def test_event_order_and_ids_do_not_depend_on_input_order():
    events = synthetic_events(300, seed=2)
    a = events_frame(events)
    b = events_frame(list(reversed(events)))
    pd.testing.assert_frame_equal(a, b)
    assert a["event_id"].is_unique


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, tuple(FORMATS)),  # default: every format
        ("csv", ("csv",)),  # one name
        (["html", "csv"], ("csv", "html")),  # repeated option; written in a fixed order
        ("csv, XLSX", ("csv", "xlsx")),  # comma-separated, any case
        (["all"], tuple(FORMATS)),  # all
    ],
)
def test_parse_formats(value, expected):
    assert parse_formats(value) == expected


def test_parse_formats_names_the_bad_value_and_the_valid_ones():
    with pytest.raises(ValueError, match=r"'pdf'.*csv.*parquet.*xlsx.*timelinejs.*html"):
        parse_formats("csv,pdf")


def test_an_empty_table_writes_valid_files(tmp_path):
    frame = events_frame([])
    paths = write_formats(frame, tmp_path)
    assert sorted(p.name for p in paths) == [
        "events.csv",
        "events.parquet",
        "events.xlsx",
        "timeline.html",
        "timelinejs.csv",
        "timelinejs.json",
    ]
    back = read_csv(tmp_path / "events.csv")
    assert list(back.columns) == list(EVENT_COLUMNS) and back.empty
    assert read_parquet(tmp_path / "events.parquet").empty
    sheet = openpyxl.load_workbook(tmp_path / "events.xlsx")["events"]
    assert [c.value for c in sheet[1]] == list(EVENT_COLUMNS) and sheet.max_row == 1
    assert json.loads((tmp_path / "timelinejs.json").read_text("utf-8"))["events"] == []
    assert pd.read_csv(tmp_path / "timelinejs.csv").empty
    page = (tmp_path / "timeline.html").read_text("utf-8")
    assert "No dated events to show" in page and 'data-drawn="0"' in page


def test_export_store_rewrites_outputs_when_the_formats_change(tmp_path):
    from contextlib import closing

    from timeline.models import Article
    from timeline.pipeline import export_store
    from timeline.store import open_store

    article = Article(article_id="https://example.org/a/1", text="x", published=dt.date(2024, 3, 8))
    with closing(open_store(tmp_path)) as store:
        store.save([(article, [event()])], "pipeline")
    files, written = export_store(tmp_path, formats=["csv"])
    assert written and [f.name for f in files] == ["events.csv"]
    assert export_store(tmp_path, formats=["csv"]) == (files, False)  # up to date
    files, written = export_store(tmp_path, formats="csv,html", plotlyjs="shared")
    assert written and [f.name for f in files] == ["events.csv", "timeline.html", "plotly.min.js"]
    files, written = export_store(tmp_path, formats="csv,html")  # embed now: written again
    assert written and [f.name for f in files] == ["events.csv", "timeline.html"]
