"""Reading a workbook or CSV file into raw rows: .xlsx (openpyxl), .xls (xlrd), .csv (UTF-8
or GB18030, comma, tab or semicolon). The file is read once into memory (at most 50 MB) and
hashed, so the SHA-256 the import records is that of the bytes actually parsed.

Formats are told by their first bytes, not by the name: a .xls that is really .xlsx still
reads. A WPS .et file, a password-protected (encrypted) workbook, a damaged file and an
oversized one each raise one ``ImportFileError`` whose message says what to do.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from secledger.domain.importing import MAX_FILE_BYTES, ImportFileError

Cell = str | int | float | date | datetime | time | bool | None
_ZIP = b"PK\x03\x04"
_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TEXT_SUFFIXES = (".csv", ".txt")


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file that can be read: its name, SHA-256, format and sheet names."""

    path: Path
    name: str
    sha256: str
    kind: str  # "xlsx" | "xls" | "csv"
    sheets: tuple[str, ...]
    size: int


@dataclass(frozen=True, slots=True)
class SheetData:
    """The cells of one sheet, row by row as the file has them (row 1 is ``rows[0]``)."""

    name: str
    rows: tuple[tuple[Cell, ...], ...]


def _load(path: Path) -> tuple[bytes, str]:
    """The file's bytes and format; every refusal says what to do."""
    name = path.name
    if path.suffix.lower() == ".et":
        raise ImportFileError("import.wps_et", name=name)
    if not path.is_file():
        raise ImportFileError("import.no_file", name=name)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportFileError("import.too_big", name=name, size_mb=f"{size / 2**20:.1f}")
    data = path.read_bytes()
    if data.startswith(_ZIP):
        return data, "xlsx"
    if data.startswith(_CFB):
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise ImportFileError("import.encrypted", name=name)
        return data, "xls"
    if path.suffix.lower() in _TEXT_SUFFIXES:
        return data, "csv"
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
        raise ImportFileError("import.corrupt", name=name, detail=_detail("not a workbook"))
    raise ImportFileError("import.unsupported", name=name)


def _detail(text: str) -> str:
    return " ".join(text.split())[:200]


def inspect_file(path: str | Path) -> SourceFile:
    """Check *path* can be imported and list its sheets (a CSV file has one, its name)."""
    src, _sheet = open_file(path, None)
    return src


def open_file(path: str | Path, sheet: str | None) -> tuple[SourceFile, SheetData]:
    """Read *path* once: the file's facts and the cells of *sheet* (default: the first)."""
    p = Path(path)
    data, kind = _load(p)
    digest = hashlib.sha256(data).hexdigest()
    reader = {"xlsx": _read_xlsx, "xls": _read_xls, "csv": _read_csv}[kind]
    names, sheet_data = reader(p.name, data, sheet)
    return SourceFile(p, p.name, digest, kind, names, len(data)), sheet_data


def _pick(file_name: str, names: list[str], sheet: str | None) -> str:
    if sheet is None:
        return names[0]
    if sheet not in names:
        raise ImportFileError("import.no_sheet", name=file_name, sheet=sheet,
                              sheets="、".join(names))
    return sheet


def _read_xlsx(name: str, data: bytes, sheet: str | None) -> tuple[tuple[str, ...], SheetData]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # zip, XML or openpyxl's own errors: all mean "cannot read"
        raise ImportFileError("import.corrupt", name=name,
                              detail=_detail(f"{type(exc).__name__}: {exc}")) from exc
    try:
        names = list(wb.sheetnames)
        if not names:
            raise ImportFileError("import.corrupt", name=name, detail="no sheet")
        chosen = _pick(name, names, sheet)
        ws = wb[chosen]
        ws.reset_dimensions()  # some writers record a wrong sheet size; read every row
        try:
            rows = tuple(tuple(r) for r in ws.iter_rows(values_only=True))
        except Exception as exc:
            raise ImportFileError("import.corrupt", name=name,
                                  detail=_detail(f"{type(exc).__name__}: {exc}")) from exc
        return tuple(names), SheetData(chosen, rows)
    finally:
        wb.close()


def _read_xls(name: str, data: bytes, sheet: str | None) -> tuple[tuple[str, ...], SheetData]:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True)
    except Exception as exc:
        text = str(exc)
        if "encrypt" in text.lower():
            raise ImportFileError("import.encrypted", name=name) from exc
        raise ImportFileError("import.corrupt", name=name,
                              detail=_detail(f"{type(exc).__name__}: {text}")) from exc
    try:
        names = list(book.sheet_names())
        chosen = _pick(name, names, sheet)
        ws = book.sheet_by_name(chosen)
        rows = tuple(tuple(_xls_cell(ws.cell(r, c), book.datemode) for c in range(ws.ncols))
                     for r in range(ws.nrows))
        return tuple(names), SheetData(chosen, rows)
    finally:
        book.release_resources()


def _xls_cell(cell: Any, datemode: int) -> Cell:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            moment: datetime = xlrd.xldate.xldate_as_datetime(cell.value, datemode)
            return moment
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return float(cell.value)
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        value = float(cell.value)
        return int(value) if value.is_integer() else value
    if cell.ctype == xlrd.XL_CELL_TEXT:
        return str(cell.value)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    return None


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _read_csv(name: str, data: bytes, sheet: str | None) -> tuple[tuple[str, ...], SheetData]:
    text = _decode(data)
    if "\x00" in text:
        raise ImportFileError("import.corrupt", name=name, detail="binary data")
    try:
        dialect: Any = csv.Sniffer().sniff(text[:8192], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    sheet_name = Path(name).stem
    if sheet is not None and sheet != sheet_name:
        _pick(name, [sheet_name], sheet)
    rows = tuple(tuple(c if c.strip() else None for c in r)
                 for r in _csv_rows(io.StringIO(text, newline=""), dialect))
    return (sheet_name,), SheetData(sheet_name, rows)


def _csv_rows(stream: io.StringIO, dialect: Any) -> list[list[str]]:
    try:
        return list(csv.reader(stream, dialect))
    except csv.Error:
        return list(csv.reader(io.StringIO(stream.getvalue(), newline=""), csv.excel))
