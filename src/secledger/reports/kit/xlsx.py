"""Registers and lists as XLSX workbooks (XlsxWriter, rows streamed to disk as written).

One sheet per table (``write_sheets_xlsx``; ``write_table_xlsx`` writes one). Row 1: the
classification mark and the title; row 2: unit, period and 密级; row 3: column
headings (frozen, autofilter, repeated on printed pages); then the data. A workbook listing
classified entries carries the highest level it contains in its title rows and in the
printed page header (top left, as on the PDF forms), with the title and the page numbers.
Dates are real Excel dates; text is always text (a leading ``=`` is not a formula, control
characters are replaced); an empty field is an empty cell. Written atomically, cancellable
via ``progress``.

XlsxWriter (constant-memory mode) writes each sheet's rows to a scratch file as they come,
so a register of any length takes little memory. Its scratch files are kept in a hidden
folder beside the target, never in the system temp folder (the rows may be classified), and
that folder is removed on success, cancel or error. XlsxWriter writes about twice as fast as
openpyxl's write-only mode; openpyxl still reads workbooks (the import, the tests).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import xlsxwriter

from secledger.reports.kit.atomic import Progress, Ticker, atomic_output, temp_sibling
from secledger.reports.kit.columns import Column

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
HEAD_ROW = 3  # 1-based, as Excel shows it
TICK_EVERY = 1000
#: characters an XLSX file cannot hold (XML 1.0): replaced by U+FFFD
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
_OPTIONS = {"constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
            "strings_to_urls": False, "remove_timezone": True}


def write_table_xlsx(
    path: str | Path,
    *,
    title: str,
    unit_name: str,
    period: str = "",
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    total: int | None = None,
    progress: Progress | None = None,
    sheet_title: str | None = None,
    mark: str = "",
    totals: Sequence[tuple[str, str]] | Callable[[], Sequence[tuple[str, str]]] = (),
    signed: Sequence[str] = (),
) -> Path:
    """Write *rows* under *columns* to *path*. ``total`` (the row count, if known) only
    makes progress reports meaningful; ``progress(done, total)`` returning False cancels.
    ``mark`` (绝密/机密/秘密) is the highest level the rows contain. ``totals`` (合计 …) make
    a row under the table and ``signed`` (who printed it when, the chain digest: what the
    PDF forms carry in their footer) a line under that and the printed pages' footer;
    ``totals`` may be a function, called once the (streamed) rows are written."""
    if total is None and isinstance(rows, Sequence):
        total = len(rows)
    sheet = Sheet(title, columns, rows, period=period, totals=totals, name=sheet_title)
    return write_sheets_xlsx(path, [sheet], unit_name=unit_name, mark=mark, signed=signed,
                             progress=progress, total=total)


@dataclass(frozen=True)
class Sheet:
    """One sheet of a workbook: its table, titled, with an optional totals row."""

    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    period: str = ""
    totals: Sequence[tuple[str, str]] | Callable[[], Sequence[tuple[str, str]]] = ()
    name: str | None = None  # the sheet's tab (the title when None)


def write_sheets_xlsx(
    path: str | Path, sheets: Sequence[Sheet], *, unit_name: str, mark: str = "",
    signed: Sequence[str] = (), progress: Progress | None = None, total: int | None = None,
) -> Path:
    """A workbook of one sheet per table (``write_table_xlsx`` is the one-sheet case): each
    sheet with the title rows, frozen headings, typed cells, totals and the signed line."""
    target = Path(path)
    ticker = Ticker(progress, total or 0)
    with atomic_output(target) as tmp:
        scratch = temp_sibling(target, ".work")
        scratch.mkdir()
        wb = xlsxwriter.Workbook(str(tmp), {**_OPTIONS, "tmpdir": str(scratch)})
        try:
            styles = _Styles(wb)
            done, names = 0, set[str]()
            for sheet in sheets:
                ws = wb.add_worksheet(_sheet_name(sheet.name or sheet.title, names))
                _big_buffer(ws)
                done += _write_sheet(ws, styles, sheet, unit_name, mark, signed, ticker, done)
            wb.close()
            ticker(done, force=True)
        finally:
            _discard(wb, scratch)
    return target


#: the write buffer of a sheet's scratch file: every flush leaves Python's lock for a moment,
#: and a thread that leaves it thousands of times a second keeps another thread waiting for
#: it (the GUI thread stalled 120 ms at a time with the default 8 KiB); 1 MiB flushes rarely
_SCRATCH_BUFFER = 1 << 20


def _big_buffer(ws: Any) -> None:
    """Reopen the sheet's row scratch file (XlsxWriter's constant-memory mode; nothing is
    written to it yet) with ``_SCRATCH_BUFFER``. Left as it is if XlsxWriter's attributes
    are not what they were (the export is then only slower to share the GUI's lock)."""
    name = getattr(ws, "row_data_filename", None)
    fh = getattr(ws, "row_data_fh", None)
    if not name or fh is None or fh.tell() != 0 or ws.__dict__.get("fh") is not fh:
        return
    fh.close()
    ws.row_data_fh = ws.fh = open(name, "w+", encoding="utf-8",  # noqa: SIM115
                                  buffering=_SCRATCH_BUFFER)


def _discard(wb: Any, scratch: Path) -> None:
    """Close the sheets' scratch files (a cancel leaves them open) and remove them."""
    for ws in wb.worksheets():
        fh = getattr(ws, "row_data_fh", None)
        if fh is not None and not fh.closed:
            fh.close()
    shutil.rmtree(scratch, ignore_errors=True)


class _Styles:
    """The workbook's cell formats, made once."""

    def __init__(self, wb: Any) -> None:
        self.title = wb.add_format({"bold": True, "font_size": 16})
        self.info = wb.add_format({"font_size": 11})
        self.head = wb.add_format({"bold": True, "bg_color": "#DDDDDD", "pattern": 1,
                                   "align": "center", "valign": "vcenter", "text_wrap": True})
        self.date = wb.add_format({"num_format": DATE_FORMAT})
        self.datetime = wb.add_format({"num_format": DATETIME_FORMAT})
        self.bold = wb.add_format({"bold": True})
        self.small = wb.add_format({"font_size": 9})


def _write_sheet(ws: Any, styles: _Styles, sheet: Sheet, unit_name: str, mark: str,
                 signed: Sequence[str], ticker: Ticker, before: int) -> int:
    _setup(ws, sheet.columns)
    _page_header(ws, sheet.title, mark, signed)
    _write_head(ws, styles, sheet.title, unit_name, sheet.period, sheet.columns, mark)
    n = _write_rows(ws, styles, sheet.columns, sheet.rows, ticker, before)
    totals = sheet.totals() if callable(sheet.totals) else sheet.totals
    _write_foot(ws, styles, HEAD_ROW + max(n, 1), totals, signed)
    ws.autofilter(HEAD_ROW - 1, 0, HEAD_ROW - 1 + max(n, 1), len(sheet.columns) - 1)
    return n


def _sheet_name(title: str, taken: set[str]) -> str:
    bad = set("[]:*?/\\")
    name = "".join(ch for ch in title if ch not in bad)[:31] or "Sheet1"
    stem, i = name, 1
    while name.lower() in taken:  # Excel's tab names are unique, case aside
        i += 1
        name = f"{stem[:31 - len(str(i))]}{i}"
    taken.add(name.lower())
    return name


def _setup(ws: Any, columns: Sequence[Column]) -> None:
    """Widths, frozen headings and the print layout (A4 landscape, one page wide)."""
    for i, col in enumerate(columns):
        ws.set_column(i, i, col.width)
    ws.freeze_panes(HEAD_ROW, 0)
    ws.repeat_rows(HEAD_ROW - 1)
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)


def _amp(text: str) -> str:
    return text.replace("&", "&&")


def _page_header(ws: Any, title: str, mark: str, signed: Sequence[str] = ()) -> None:
    """Printed pages: the mark top left (like the PDF forms), the title in the middle; the
    footer has the page numbers between who printed it and the chain digest."""
    ws.set_header((f"&L&14{_amp(mark)}" if mark else "") + f"&C{_amp(title)}")
    footer = "&C第 &P 页 共 &N 页"
    if signed:
        footer = f"&L{_amp(signed[0])}{footer}&R{_amp('　'.join(signed[1:]))}"
    ws.set_footer(footer)


def _write_foot(ws: Any, styles: _Styles, row: int, totals: Sequence[tuple[str, str]],
                signed: Sequence[str]) -> None:
    """The totals row and the printed-by / digest line under the table (*row*: 0-based,
    the first row after the table)."""
    if totals:
        for j, value in enumerate(v for pair in totals for v in pair):
            ws.write_string(row, j, value, styles.bold)
        row += 1
    if signed:
        ws.write_string(row, 0, "　".join(s for s in signed if s), styles.small)


def _write_head(ws: Any, styles: _Styles, title: str, unit: str, period: str,
                columns: Sequence[Column], mark: str = "") -> None:
    ws.write_string(0, 0, f"{mark}　{title}" if mark else title, styles.title)
    info = f"单位：{unit}" + (f"    期间：{period}" if period else "") + (
        f"    密级：{mark}" if mark else "")
    ws.write_string(1, 0, info, styles.info)
    for j, c in enumerate(columns):
        ws.write_string(HEAD_ROW - 1, j, c.header, styles.head)


def _text(v: Any) -> str:
    """A value as the text of a cell (control characters replaced)."""
    s = v if isinstance(v, str) else str(v)
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", s) if ILLEGAL_CHARACTERS_RE.search(s) else s


def _writers(ws: Any, styles: _Styles, columns: Sequence[Column]) -> list[Any]:
    """One function per column writing a (non-empty) value to (row, column); None for a
    text column (``_write_rows`` writes those)."""

    def text(r: int, c: int, v: Any) -> None:
        ws.write_string(r, c, _text(v))

    def moment(fmt: Any, as_date: bool) -> Any:
        def write(r: int, c: int, v: Any) -> None:
            if isinstance(v, date):
                ws.write_datetime(r, c, v.date() if as_date and isinstance(v, datetime)
                                  else v, fmt)
            else:
                text(r, c, v)
        return write

    def number(r: int, c: int, v: Any) -> None:
        if isinstance(v, bool):
            ws.write_boolean(r, c, v)
        elif isinstance(v, int | float):
            ws.write_number(r, c, v)
        else:
            text(r, c, v)

    kinds = {"date": moment(styles.date, True), "datetime": moment(styles.datetime, False),
             "int": number}
    return [kinds.get(col.kind) for col in columns]


def _write_rows(ws: Any, styles: _Styles, columns: Sequence[Column],
                rows: Iterable[Sequence[Any]], ticker: Ticker, before: int = 0) -> int:
    """The data rows from row 4 on. Plain text (the common case) is written as it is;
    other text with its control characters replaced; typed columns by their writer. Empty
    fields stay empty cells."""
    writers = _writers(ws, styles, columns)
    string, search, width = ws.write_string, ILLEGAL_CHARACTERS_RE.search, len(writers)
    n = 0
    for n, row in enumerate(rows, 1):
        r = HEAD_ROW - 1 + n
        for c, v in enumerate(row[:width]):
            if v is None or v == "":
                continue
            write = writers[c]
            if write is not None:
                write(r, c, v)
            elif type(v) is str and not search(v):
                string(r, c, v)
            else:
                string(r, c, _text(v))
        if n % TICK_EVERY == 0:
            ticker(before + n)
    return n
