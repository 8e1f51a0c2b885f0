"""The import wizard's first look at a sheet: its first rows as text (so the clerk can see
which row holds the column names) and the layout found there, read in one pass.

Unlike ``detect_layout``, a sheet whose heading was not recognised (or lacks a column the
import needs) is not refused here: the layout is then the best guess, ``problem`` says what
is missing, and the clerk picks the heading row (``layout_at``) and maps the columns by hand.
``preview_import`` still refuses a mapping without title, classification and date.
"""

from __future__ import annotations

from dataclasses import dataclass

from secledger.domain.enums import Register, Role
from secledger.domain.importing import HEADER_SCAN_ROWS, ImportFileError
from secledger.services.importing import columns
from secledger.services.importing.preview import (
    SheetLayout,
    first_sheet_with_header,
    read_layout,
    remembered_mapping,
)
from secledger.services.importing.reading import SheetData, SourceFile, open_file
from secledger.services.ledger.session import Ledger

#: rows shown to choose the heading from (the heading is looked for in the first 15)
TOP_ROWS = HEADER_SCAN_ROWS + 5
#: refusals the clerk can mend in the wizard by choosing the heading row and the columns
_MENDABLE = ("import.no_header", "import.required_column")


@dataclass(frozen=True, slots=True)
class SheetStart:
    """A sheet as the wizard first shows it. ``top``: its first rows as text (row 1 first);
    ``rows``: how many rows it has; ``problem``: why the layout is only a guess (None: the
    heading was recognised and names every column the import needs)."""

    source: SourceFile
    sheet: str
    top: tuple[tuple[str, ...], ...]
    rows: int
    layout: SheetLayout
    problem: ImportFileError | None = None


def open_sheet(led: Ledger, path: str, *, register: Register,
               sheet: str | None = None) -> SheetStart:
    """Read *sheet* of *path* (default: the first with a recognisable heading) once; a file
    that cannot be read at all raises ``ImportFileError`` as ``inspect_file`` does."""
    led.require(Role.CLERK, "导入登记簿")
    try:
        layout, data = read_layout(led, path, register=register, sheet=sheet)
    except ImportFileError as exc:
        if exc.code not in _MENDABLE:
            raise
        source, data = open_file(path, sheet)
        if sheet is None and columns.detect_header(data.rows) is None:
            source, data = first_sheet_with_header(path, source, data)
        guess = columns.detect_header(data.rows)
        start = SheetStart(source, data.name, _top(data), len(data.rows),
                           SheetLayout(source, data.name, 1, (), {}, False), exc)
        return with_header_row(led, start, register=register,
                               header_row=guess.row if guess is not None else 1)
    return SheetStart(layout.source, layout.sheet, _top(data), len(data.rows), layout)


def with_header_row(led: Ledger, start: SheetStart, *, register: Register,
                    header_row: int) -> SheetStart:
    """*start* with the heading on *header_row* (one of ``top``): that row's headings, the
    mapping remembered for them, else the one their names suggest."""
    if not 1 <= header_row <= len(start.top):
        raise ImportFileError("import.no_header", sheet=start.sheet, rows=HEADER_SCAN_ROWS)
    headings = start.top[header_row - 1]
    remembered = remembered_mapping(led, register, headings)
    mapping = remembered if remembered is not None else columns.propose_mapping(headings)
    sample = start.top[header_row:header_row + 5]
    layout = SheetLayout(start.source, start.sheet, header_row, headings, mapping,
                         remembered is not None, sample)
    return SheetStart(start.source, start.sheet, start.top, start.rows, layout, start.problem)


def _top(data: SheetData) -> tuple[tuple[str, ...], ...]:
    rows = [tuple(columns.text_of(c) for c in r) for r in data.rows[:TOP_ROWS]]
    width = max((len(r) for r in rows), default=0)
    return tuple(r + ("",) * (width - len(r)) for r in rows)
