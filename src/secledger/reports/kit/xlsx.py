"""Registers and lists as XLSX workbooks (openpyxl write-only mode, streamed).

One sheet per table (``write_sheets_xlsx``; ``write_table_xlsx`` writes one). Row 1: the
classification mark and the title; row 2: unit, period and 密级; row 3: column
headings (frozen, autofilter, repeated on printed pages); then the data. A workbook listing
classified entries carries the highest level it contains in its title rows and in the
printed page header (top left, as on the PDF forms), with the title and the page numbers. Dates are real Excel dates. Text that looks
like a formula (``=...``) stays text. Written atomically, cancellable via ``progress``.
Even openpyxl's own scratch file for the sheet is kept in the target's folder, not in the
system temp folder, and removed on success, cancel or error.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet import _writer as ws_writer

from secledger.reports.kit.atomic import Progress, Ticker, atomic_output, temp_sibling
from secledger.reports.kit.columns import Column

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
HEAD_ROW = 3
TICK_EVERY = 1000


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
        wb = Workbook(write_only=True)
        opened: list[tuple[Any, Path | None]] = []
        try:
            done = 0
            for sheet in sheets:
                ws = wb.create_sheet(_sheet_name(sheet.name or sheet.title))
                opened.append((ws, _stream_in_folder(ws, target)))
                done += _write_sheet(ws, sheet, unit_name, mark, signed, ticker, done)
            wb.save(tmp)
            ticker(done, force=True)
        finally:
            for ws, scratch in opened:
                _discard_scratch(ws, scratch)
    return target


def _write_sheet(ws: Any, sheet: Sheet, unit_name: str, mark: str, signed: Sequence[str],
                 ticker: Ticker, before: int) -> int:
    _setup(ws, sheet.columns)
    _page_header(ws, sheet.title, mark, signed)
    _write_head(ws, sheet.title, unit_name, sheet.period, sheet.columns, mark)
    n = _write_rows(ws, sheet.columns, sheet.rows, ticker, before)
    _write_foot(ws, sheet.totals() if callable(sheet.totals) else sheet.totals, signed)
    last = get_column_letter(len(sheet.columns))
    ws.auto_filter.ref = f"A{HEAD_ROW}:{last}{HEAD_ROW + max(n, 1)}"
    return n


def _discard_scratch(ws: Any, scratch: Path | None) -> None:
    """Close openpyxl's sheet stream (if a cancel left it open) and delete its scratch file."""
    with contextlib.suppress(Exception):
        if ws._rows is not None:
            ws._rows.close()
        if ws._writer is not None:
            ws._writer.close()
    if scratch is not None:
        with contextlib.suppress(FileNotFoundError):
            os.remove(scratch)
        with contextlib.suppress(ValueError):
            ws_writer.ALL_TEMP_FILES.remove(str(scratch))


def _sheet_name(title: str) -> str:
    bad = set("[]:*?/\\")
    return "".join(ch for ch in title if ch not in bad)[:31] or "Sheet1"


def _stream_in_folder(ws: Any, target: Path) -> Path | None:
    """Point openpyxl's per-sheet scratch file at the target's folder (not %TEMP%)."""
    scratch = temp_sibling(target, ".sheet")
    try:
        ws._writer = ws_writer.WorksheetWriter(ws, out=str(scratch))
        ws_writer.ALL_TEMP_FILES.append(str(scratch))
    except Exception:  # openpyxl internals changed: fall back to its own temp file
        return None
    return scratch


def _setup(ws: Any, columns: Sequence[Column]) -> None:
    """Everything written before the rows: widths, frozen panes, print layout."""
    for i, col in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    ws.freeze_panes = f"A{HEAD_ROW + 1}"
    ws.print_title_rows = f"{HEAD_ROW}:{HEAD_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if ws._writer is None:
        ws._get_writer()  # creates openpyxl's writer and writes the sheet's top
    else:
        ws._writer.write_top()


def _styled(ws: Any, value: Any, **style: Any) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    for k, v in style.items():
        setattr(cell, k, v)
    return cell


def _page_header(ws: Any, title: str, mark: str, signed: Sequence[str] = ()) -> None:
    """Printed pages: the mark top left (like the PDF forms), the title in the middle; the
    footer has the page numbers between who printed it and the chain digest."""
    for header in (ws.oddHeader, ws.evenHeader, ws.firstHeader):
        if mark:
            header.left.text = mark
            header.left.size = 14
        header.center.text = title
    for footer in (ws.oddFooter, ws.evenFooter, ws.firstFooter):
        footer.center.text = "第 &P 页 共 &N 页"
        if signed:
            footer.left.text = signed[0].replace("&", "&&")
            footer.right.text = "　".join(signed[1:]).replace("&", "&&")


def _write_foot(ws: Any, totals: Sequence[tuple[str, str]], signed: Sequence[str]) -> None:
    """The totals row and the printed-by / digest line under the table."""
    if totals:
        bold = Font(bold=True)
        ws.append([_styled(ws, v, font=bold) for pair in totals for v in pair])
    if signed:
        ws.append([_styled(ws, "　".join(s for s in signed if s), font=Font(size=9))])


def _write_head(ws: Any, title: str, unit: str, period: str, columns: Sequence[Column],
                mark: str = "") -> None:
    heading = f"{mark}　{title}" if mark else title
    ws.append([_styled(ws, heading, font=Font(bold=True, size=16))])
    info = f"单位：{unit}" + (f"    期间：{period}" if period else "") + (
        f"    密级：{mark}" if mark else "")
    ws.append([_styled(ws, info, font=Font(size=11))])
    head_fill = PatternFill("solid", fgColor="DDDDDD")
    wrap = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.append([_styled(ws, c.header, font=Font(bold=True), fill=head_fill, alignment=wrap) for c in columns])


def _converters(ws: Any, columns: Sequence[Column]) -> list[Any]:
    """One function per column turning a value into what ``ws.append`` takes."""
    text = _TextCol(ws)
    out: list[Any] = []
    for col in columns:
        if col.kind == "date":
            out.append(_DateCol(ws, DATE_FORMAT, text, as_date=True))
        elif col.kind == "datetime":
            out.append(_DateCol(ws, DATETIME_FORMAT, text, as_date=False))
        elif col.kind == "int":
            out.append(lambda v: v if v is None or isinstance(v, int | float) else text(v))
        else:
            out.append(text)
    return out


class _TextCol:
    """Text as text: control characters replaced, a leading '=' not taken as a formula."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws

    def __call__(self, v: Any) -> Any:
        if v is None:
            return None
        s = v if isinstance(v, str) else str(v)
        if ILLEGAL_CHARACTERS_RE.search(s):
            s = ILLEGAL_CHARACTERS_RE.sub("\ufffd", s)
        if s[:1] == "=" and len(s) > 1:
            cell = WriteOnlyCell(self.ws, value=s)
            cell.data_type = "s"
            return cell
        return s


class _DateCol:
    """Reuses one styled cell per column: write-only rows are serialised as they are
    appended, so the cell is free again for the next row (and styles are looked up once)."""

    def __init__(self, ws: Any, fmt: str, text: _TextCol, *, as_date: bool) -> None:
        self.cell = WriteOnlyCell(ws)
        self.cell.number_format = fmt
        self.text, self.as_date = text, as_date

    def __call__(self, v: Any) -> Any:
        if v is None or v == "":
            return None
        if isinstance(v, datetime) and self.as_date:
            v = v.date()
        if not isinstance(v, date):
            return self.text(v)
        self.cell.value = v
        return self.cell


def _write_rows(ws: Any, columns: Sequence[Column], rows: Iterable[Sequence[Any]],
                ticker: Ticker, before: int = 0) -> int:
    conv = _converters(ws, columns)
    n = 0
    for n, row in enumerate(rows, 1):
        ws.append([f(v) for f, v in zip(conv, row, strict=False)])
        if n % TICK_EVERY == 0:
            ticker(before + n)
    return n
