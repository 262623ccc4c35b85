"""The event table: a pandas DataFrame, written as CSV, Parquet and Excel.

Every writer keeps the documented column order (:data:`~timeline.models.EVENT_COLUMNS`).

Spreadsheet safety (OWASP "CSV injection"): a spreadsheet runs a cell that starts with ``=``,
``+``, ``-`` or ``@`` as a formula, and tab or carriage return can smuggle one in. In the CSV,
every *text* cell that starts with one of those characters, or with an apostrophe, gets one
leading apostrophe (``=1+1`` is written ``'=1+1``, ``'quoted`` is written ``''quoted``).
:func:`read_csv` removes exactly one leading apostrophe from text cells, so reading the file
back gives the original text. Numeric and date columns are never touched. In the Excel file
no apostrophe is needed: cells are typed as text and those that start with a formula
character carry Excel's own "quote prefix" flag.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from timeline.io import atomic_path
from timeline.models import EVENT_COLUMNS, Event

DATE_COLUMNS: tuple[str, ...] = ("published", "date_start", "date_end")
INT_COLUMNS: tuple[str, ...] = ("sentence_start", "sentence_end", "trigger_start", "trigger_end")
FLOAT_COLUMNS: tuple[str, ...] = ("confidence",)
TEXT_COLUMNS: tuple[str, ...] = tuple(
    c for c in EVENT_COLUMNS if c not in (*DATE_COLUMNS, *INT_COLUMNS, *FLOAT_COLUMNS)
)

#: One line per column, for the docs and the "columns" sheet of the Excel file.
COLUMN_DOCS: Mapping[str, str] = {
    "event_id": "Stable id: the same article, trigger position and lemma give the same id.",
    "article_id": "The article's URL, or a hash of its text when it has none.",
    "title": "The article's headline.",
    "source": "Who published the article.",
    "url": "Where the article was published.",
    "published": "Publication date of the article (ISO date).",
    "language": "Language code of the article (fr).",
    "sentence": "The sentence the event was found in (the evidence).",
    "sentence_start": "Offset of the sentence in the article text (characters).",
    "sentence_end": "End offset of the sentence (exclusive).",
    "trigger": "The word that expresses the event, as written.",
    "trigger_lemma": "Its dictionary form.",
    "trigger_start": "Offset of the trigger in the article text (characters).",
    "trigger_end": "End offset of the trigger (exclusive).",
    "event_type": "Kind of event (meeting, statement, ...; 'other' when unknown).",
    "actor": "Who did it (canonical name), empty when unknown.",
    "target": "To or about whom, empty when unknown.",
    "location": "Where, empty when unknown.",
    "date_text": "The date as written in the text, empty when the text gives none.",
    "date_start": "First possible day (ISO date); empty when open or unknown.",
    "date_end": "Last possible day (ISO date, inclusive); empty when open or unknown.",
    "date_granularity": "day, week, month, year, vague or tense.",
    "date_kind": "explicit, relative, anaphoric, vague, tense or publication.",
    "tense": "past, present or future, from the verb.",
    "polarity": "positive, or negative when the event is negated.",
    "modality": "asserted, planned, possible, conditional, intention or denied.",
    "reported_by": "Who reports the event, when it is reported speech.",
    "confidence": "How sure the extractor is, from 0 to 1.",
}

#: A text cell starting with one of these is read as a formula by spreadsheets (OWASP).
FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
_ESCAPE = "'"  # the escape spreadsheets themselves use to force text

#: The Parquet schema: real dates, 64-bit integers, UTF-8 strings.
PARQUET_SCHEMA = pa.schema(
    [
        pa.field(
            c,
            pa.date32()
            if c in DATE_COLUMNS
            else pa.int64()
            if c in INT_COLUMNS
            else pa.float64()
            if c in FLOAT_COLUMNS
            else pa.string(),
            nullable=c not in (*INT_COLUMNS, *FLOAT_COLUMNS),
        )
        for c in EVENT_COLUMNS
    ]
)


def events_frame(events: Iterable[Event]) -> pd.DataFrame:
    """The events as a DataFrame: the documented columns, in order, with proper dtypes.

    Dates are ``datetime64[s]`` (midnight), offsets ``int64``, confidence ``float64`` and text
    pandas ``string``; an empty text is the same as a missing one (``<NA>``).
    """
    rows = [dataclasses.asdict(e) for e in events]
    frame = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    return (
        normalize(frame)
        .sort_values(["published", "article_id", "trigger_start"], kind="stable")
        .reset_index(drop=True)
    )


def normalize(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of an event table with the documented columns, order and dtypes."""
    missing = [c for c in EVENT_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(
            f"not an event table: columns {missing} are missing; expected the columns "
            f"{list(EVENT_COLUMNS)} (build it with timeline.export.events_frame)"
        )
    frame = frame.loc[:, list(EVENT_COLUMNS)].copy()
    for column in DATE_COLUMNS:
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[s]")
    for column in INT_COLUMNS:
        frame[column] = frame[column].astype("int64")
    for column in FLOAT_COLUMNS:
        frame[column] = frame[column].astype("float64")
    for column in TEXT_COLUMNS:
        frame[column] = frame[column].astype("string").replace("", pd.NA)
    return frame


# --- spreadsheet formula injection -------------------------------------------------------


def neutralize_formula(text: str) -> str:
    """``text`` made safe for a spreadsheet cell, reversibly (see the module docstring)."""
    if text.startswith((*FORMULA_PREFIXES, _ESCAPE)):
        return _ESCAPE + text
    return text


def restore_formula(text: str) -> str:
    """The inverse of :func:`neutralize_formula`."""
    return text[1:] if text.startswith(_ESCAPE) else text


def _neutralized(frame: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    out = frame.copy()
    for column in columns:
        out[column] = out[column].map(neutralize_formula, na_action="ignore").astype("string")
    return out


# --- CSV ----------------------------------------------------------------------------------


def write_csv(frame: pd.DataFrame, path: Path | str) -> Path:
    """Write the event table as CSV for spreadsheets and pandas, atomically.

    UTF-8 with a byte-order mark (Excel then reads accents right), RFC 4180 (comma, CRLF,
    double quotes), ISO dates, an empty cell for a missing value, text cells neutralized
    against formula injection. :func:`read_csv` reads it back exactly.
    """
    return write_csv_cells(normalize(frame), path, text_columns=TEXT_COLUMNS)


def write_csv_cells(frame: pd.DataFrame, path: Path | str, *, text_columns: Iterable[str]) -> Path:
    """Write any table as spreadsheet-safe CSV (the conventions of :func:`write_csv`)."""
    safe = _neutralized(frame, text_columns)
    with atomic_path(path) as tmp:
        safe.to_csv(
            tmp,
            index=False,
            encoding="utf-8-sig",
            date_format="%Y-%m-%d",
            lineterminator="\r\n",
        )
    return Path(path)


def read_csv(path: Path | str) -> pd.DataFrame:
    """Read an event table written by :func:`write_csv` back exactly, with its dtypes.

    Text such as ``NA`` or ``None`` stays text (only an empty cell is missing) and the
    apostrophe added against formula injection is removed.
    """
    frame = pd.read_csv(
        path,
        encoding="utf-8-sig",
        dtype={c: "string" for c in TEXT_COLUMNS},
        keep_default_na=False,
        na_values={c: [""] for c in EVENT_COLUMNS},
    )
    for column in TEXT_COLUMNS:
        frame[column] = frame[column].map(restore_formula, na_action="ignore")
    return normalize(frame)


# --- Parquet ------------------------------------------------------------------------------


def write_parquet(frame: pd.DataFrame, path: Path | str) -> Path:
    """Write the table as Parquet with typed columns (``date32`` dates), atomically."""
    table = normalize(frame)
    arrays = []
    for field in PARQUET_SCHEMA:
        series = table[field.name]
        if field.name in DATE_COLUMNS:
            values = [_as_date(v) for v in series]
        else:
            values = series.astype(object).where(series.notna(), None).tolist()
        arrays.append(pa.array(values, type=field.type))
    with atomic_path(path) as tmp:
        pq.write_table(pa.Table.from_arrays(arrays, schema=PARQUET_SCHEMA), tmp)
    return Path(path)


def read_parquet(path: Path | str) -> pd.DataFrame:
    """Read an event table written by :func:`write_parquet`, with the table's dtypes."""
    return normalize(pd.read_parquet(path))


def _as_date(value: object) -> dt.date | None:
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    return pd.Timestamp(value).date()


# --- Excel --------------------------------------------------------------------------------

_XLSX_MAX_CELL = 32_767  # Excel refuses longer text in one cell
_XLSX_MAX_WIDTH = 60  # wider columns push the next ones off a laptop screen
_XLSX_MIN_WIDTH = 8  # room for the autofilter arrow beside a short header
_XLSX_DATE_WIDTH = 11  # "2024-03-04" plus the filter arrow


def write_xlsx(frame: pd.DataFrame, path: Path | str) -> Path:
    """Write the table as an Excel workbook, atomically.

    Sheet ``events``: real date cells (``yyyy-mm-dd``), frozen bold header, autofilter,
    widths from the content. Text cells are stored as text, never as formulas; those starting
    with a formula character carry Excel's quote prefix. Characters XML cannot hold (control
    characters other than tab and newline) become U+FFFD; text longer than Excel's cell limit
    is cut with a final "…". Sheet ``columns``: what each column means.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    table = normalize(frame)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("events")
    sheet.freeze_panes = "A2"
    widths = {c: len(c) + 3 for c in EVENT_COLUMNS}
    bold = Font(bold=True)
    header = []
    for column in EVENT_COLUMNS:
        cell = WriteOnlyCell(sheet, value=column)
        cell.font = bold
        header.append(cell)
    columns = {}
    for column in EVENT_COLUMNS:
        series = table[column]
        if column in DATE_COLUMNS:
            values = [None if pd.isna(v) else v.date() for v in series]  # a date cell each
            if series.notna().any():
                widths[column] = max(widths[column], _XLSX_DATE_WIDTH)
        elif column in TEXT_COLUMNS:
            values = [None if pd.isna(v) else _xlsx_cell(sheet, v) for v in series]
            longest = series.dropna().map(lambda v: len(v.split("\n", 1)[0])).max()
            widths[column] = max(widths[column], 0 if pd.isna(longest) else int(longest) + 2)
        else:
            values = series.tolist()
            sample = values[:1000]  # numbers: their width shows in the first rows already
            widths[column] = max([widths[column], *(len(str(v)) + 2 for v in sample)])
        columns[column] = values
    rows = list(zip(*columns.values(), strict=True)) if len(table) else []
    for i, column in enumerate(EVENT_COLUMNS, start=1):
        width = min(max(widths[column], _XLSX_MIN_WIDTH), _XLSX_MAX_WIDTH)
        sheet.column_dimensions[get_column_letter(i)].width = width
    last = get_column_letter(len(EVENT_COLUMNS))
    sheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    sheet.append(header)
    for row in rows:
        sheet.append(row)

    about = workbook.create_sheet("columns")
    about.column_dimensions["A"].width = 18
    about.column_dimensions["B"].width = 90
    about.append([WriteOnlyCell(about, value="column"), WriteOnlyCell(about, value="meaning")])
    for column in EVENT_COLUMNS:
        about.append([column, COLUMN_DOCS[column]])
    with atomic_path(path) as tmp:
        workbook.save(tmp)
    return Path(path)


def _xlsx_cell(sheet: object, text: str) -> object:
    """A text value for the sheet: plain, or a cell forced to text when Excel would not
    read it as text (formula-like, or an error code such as ``#N/A``)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE

    text = ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)
    if len(text) > _XLSX_MAX_CELL:
        text = text[: _XLSX_MAX_CELL - 1] + "…"
    if not (text.startswith(FORMULA_PREFIXES) or text in ERROR_CODES):
        return text
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # openpyxl would store "=..." as a formula, "#N/A" as an error
    if text.startswith(FORMULA_PREFIXES):
        cell.quotePrefix = True  # Excel's own "this is text" flag: shown without the '
    return cell
