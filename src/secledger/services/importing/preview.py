"""The wizard's first steps as services: the sheet's layout (heading row, proposed or
remembered mapping) and the preview (every row parsed, every problem beside its row,
duplicates within the file and against the ledger, who will hold the carriers). Nothing is
written here; ``commit.commit_import`` writes a preview."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from secledger.domain.enums import Register, Role
from secledger.domain.importing import (
    FIELDS,
    HEADER_SCAN_ROWS,
    REQUIRED_FIELDS,
    ImportCancelled,
    ImportFileError,
    RowProblem,
)
from secledger.reports.kit.atomic import Progress
from secledger.services.importing import checks, columns
from secledger.services.importing.reading import SheetData, SourceFile, open_file
from secledger.services.importing.rows import (
    ERROR,
    EXCLUDED,
    OK,
    SKIPPED,
    PreviewRow,
    RowContext,
    sort_row,
)
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now, local_tz

_EXAMPLES = {"title": "标题", "mark": "密级", "date": "收文日期"}


@dataclass(frozen=True, slots=True)
class SheetLayout:
    """A sheet as the wizard first shows it: where the heading is, what each column was
    taken for (``mapping``: column index -> field of ``domain.importing.FIELDS``), whether
    that mapping was remembered from an earlier import of the same layout, and the first
    rows below the heading."""

    source: SourceFile
    sheet: str
    header_row: int  # 1 = the file's first row
    headings: tuple[str, ...]
    mapping: dict[int, str]
    remembered: bool
    sample: tuple[tuple[str, ...], ...] = ()

    def column_label(self, col: int) -> str:
        """``E 标题``: the column's letter and heading."""
        return f"{columns.column_letter(col)} {self.headings[col]}".strip()


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """Every row of the sheet below the heading, parsed. Frozen: ``commit_import`` writes
    exactly what the clerk saw."""

    layout: SheetLayout
    register: Register
    rows: tuple[PreviewRow, ...]
    options: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def _with(self, status: str) -> list[PreviewRow]:
        return [r for r in self.rows if r.status == status]

    @property
    def ok_rows(self) -> list[PreviewRow]:
        return self._with(OK)

    @property
    def error_rows(self) -> list[PreviewRow]:
        return self._with(ERROR)

    @property
    def excluded_rows(self) -> list[PreviewRow]:
        return self._with(EXCLUDED)

    @property
    def skipped_rows(self) -> list[PreviewRow]:
        return self._with(SKIPPED)

    @property
    def problems(self) -> list[RowProblem]:
        """Every problem of the rows that would stop the import (not of excluded ones)."""
        return [p for r in self.error_rows for p in r.problems]

    @property
    def carriers(self) -> int:
        return sum(len(r.entry.inp.copy_nos) for r in self.ok_rows if r.entry is not None)

    def row(self, number: int) -> PreviewRow | None:
        return next((r for r in self.rows if r.row == number), None)


def read_layout(led: Ledger, path: str, *, register: Register, sheet: str | None = None,
                header_row: int | None = None,
                mapping: Mapping[int, str] | None = None) -> tuple[SheetLayout, SheetData]:
    """Read *sheet* (default: the first sheet with a recognisable heading) and find its
    layout; *header_row* and *mapping* override what was found (the wizard's choices)."""
    led.require(Role.CLERK, "导入登记簿")
    source, data = open_file(path, sheet)
    if sheet is None and len(source.sheets) > 1 and columns.detect_header(data.rows) is None:
        source, data = first_sheet_with_header(path, source, data)
    headings, found_row, proposed = _heading(data, header_row)
    remembered = remembered_mapping(led, register, headings)
    chosen = proposed if remembered is None else remembered
    if mapping is not None:
        chosen = columns.checked_mapping(mapping, len(headings))
    _require_fields(data.name, chosen)
    sample = tuple(tuple(columns.text_of(c) for c in r) for r in data.rows[found_row:found_row + 5])
    layout = SheetLayout(source, data.name, found_row, headings, chosen,
                         remembered is not None and mapping is None, sample)
    return layout, data


def detect_layout(led: Ledger, path: str, *, register: Register,
                  sheet: str | None = None) -> SheetLayout:
    """The wizard's second step: sheet, heading row and proposed (or remembered) mapping."""
    return read_layout(led, path, register=register, sheet=sheet)[0]


def first_sheet_with_header(path: str, source: SourceFile,
                            data: SheetData) -> tuple[SourceFile, SheetData]:
    """The first sheet after *data*'s whose heading is recognised (else *data* itself)."""
    for name in source.sheets[1:]:
        src, sheet_data = open_file(path, name)
        if columns.detect_header(sheet_data.rows) is not None:
            return src, sheet_data
    return source, data


def _heading(data: SheetData, header_row: int | None) -> tuple[tuple[str, ...], int, dict[int, str]]:
    if header_row is not None:
        if not 1 <= header_row <= len(data.rows):
            raise ImportFileError("import.no_header", sheet=data.name, rows=HEADER_SCAN_ROWS)
        headings = tuple(columns.text_of(c) for c in data.rows[header_row - 1])
        return headings, header_row, columns.propose_mapping(headings)
    guess = columns.detect_header(data.rows)
    if guess is None:
        raise ImportFileError("import.no_header", sheet=data.name, rows=HEADER_SCAN_ROWS)
    return guess.headings, guess.row, guess.mapping


def _require_fields(sheet: str, mapping: Mapping[int, str]) -> None:
    for fld in REQUIRED_FIELDS:
        if fld not in mapping.values():
            zh, en = FIELDS[fld]
            raise ImportFileError("import.required_column", sheet=sheet, field_label=zh,
                                  field_en=en, example=_EXAMPLES[fld])


def remembered_mapping(led: Ledger, register: Register,
                       headings: Sequence[str]) -> dict[int, str] | None:
    """The mapping the clerk confirmed last time for the same *headings* (None: none)."""
    raw = led.setting(columns.signature(register, headings))
    if not raw:
        return None
    try:
        stored = {int(k): str(v) for k, v in json.loads(raw).items()}
    except (ValueError, AttributeError):
        return None
    return columns.checked_mapping(stored, len(headings)) or None


def preview_import(
    led: Ledger, path: str, *, register: Register, sheet: str | None = None,
    header_row: int | None = None, mapping: Mapping[int, str] | None = None,
    include_non_secret: bool = False, progress: Progress | None = None,
) -> ImportPreview:
    """The wizard's preview step: every row below the heading parsed, with its problems."""
    layout, data = read_layout(led, path, register=register, sheet=sheet,
                               header_row=header_row, mapping=mapping)
    ctx = RowContext(register=register, mapping=layout.mapping, headings=layout.headings,
                     today=local_now(led).date(), tz=local_tz(led),
                     include_non_secret=include_non_secret)
    body = data.rows[layout.header_row:]
    tick = _ticker(progress, len(body))
    rows = []
    for i, raw in enumerate(body):
        rows.append(sort_row(ctx, layout.header_row + 1 + i, raw))
        tick(i + 1)
    rows = _trim_trailing_blanks(rows)
    if not any(r.status != SKIPPED for r in rows):
        raise ImportFileError("import.no_rows", sheet=layout.sheet)
    with led.db.read() as s:
        rows = checks.cross_check(s, led, register, layout, rows)
    return ImportPreview(layout, register, tuple(rows),
                         {"include_non_secret": include_non_secret})


def _trim_trailing_blanks(rows: list[PreviewRow]) -> list[PreviewRow]:
    """Blank rows after the last entry are formatting, not rows the clerk needs to see."""
    end = len(rows)
    while end and rows[end - 1].status == SKIPPED and not any(rows[end - 1].cells):
        end -= 1
    return rows[:end]


def _ticker(progress: Progress | None, total: int) -> Callable[[int], None]:
    def tick(done: int) -> None:
        if progress is not None and (done % 200 == 0 or done == total) \
                and progress(done, total) is False:
            raise ImportCancelled()
    return tick


def with_rows(preview: ImportPreview, rows: Sequence[PreviewRow]) -> ImportPreview:
    return replace(preview, rows=tuple(rows))
