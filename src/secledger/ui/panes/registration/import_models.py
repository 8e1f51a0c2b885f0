"""The import wizard's preview table: one line per source row (its number as the file has
it), what will happen to it, every problem with the column and how to fix it, and the facts
as read. Rows with a problem (and rows that would be imported) carry a checkbox: ticked, the
row is excluded by the clerk. The model only shows a frozen ``ImportPreview``; the service
decides what is a problem."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from secledger.domain.copyno import format_ranges
from secledger.domain.importing import FIELDS, RowProblem
from secledger.domain.messages import render
from secledger.services.importing import ImportPreview, PreviewRow, reason_text

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "ImportColumns"
OK, ERROR, EXCLUDED, SKIPPED = "ok", "error", "excluded", "skipped"
#: what the "Show" filter offers: (label, statuses shown)
FILTERS: tuple[tuple[object, frozenset[str]], ...] = (
    (QT_TRANSLATE_NOOP("ImportColumns", "All rows"), frozenset({OK, ERROR, EXCLUDED, SKIPPED})),
    (QT_TRANSLATE_NOOP("ImportColumns", "Rows with problems"), frozenset({ERROR})),
    (QT_TRANSLATE_NOOP("ImportColumns", "Rows to import"), frozenset({OK})),
    (QT_TRANSLATE_NOOP("ImportColumns", "Rows left out"), frozenset({EXCLUDED})),
    (QT_TRANSLATE_NOOP("ImportColumns", "Blank and totals rows"), frozenset({SKIPPED})),
)
EXCLUDE, ROW, STATUS, PROBLEM, FIX = range(5)
_PROBLEM_RED = QColor("#fde7e9")
_GREY = QColor("#777777")


def tr(text: object) -> str:
    """*text* marked with ``QT_TRANSLATE_NOOP("ImportColumns", …)``, translated."""
    return QCoreApplication.translate(CONTEXT, str(text))


def field_label(fld: str, lang: str) -> str:
    """A field of ``domain.importing.FIELDS`` in the app's language."""
    zh, en = FIELDS.get(fld, (fld, fld))
    return en[:1].upper() + en[1:] if lang.startswith("en") else zh


def problem_text(p: RowProblem, lang: str) -> str:
    """``E列（文件标题）：没有标题。``: the column and what is wrong (the row is beside it)."""
    if not p.column:
        return p.message(lang)
    return QCoreApplication.translate("ImportColumns", "{column} ({header}): {what}").format(
        column=p.column, header=p.header or field_label(p.field, lang), what=p.message(lang))


def _raw(preview: ImportPreview, row: PreviewRow, fld: str) -> str:
    for col, mapped in preview.layout.mapping.items():
        if mapped == fld:
            return row.cells[col] if col < len(row.cells) else ""
    return ""


def _parsed(fld: str) -> Callable[[ImportPreview, PreviewRow], str]:
    """The value of *fld* as the import read it (a good row), else as the file has it."""
    def text(preview: ImportPreview, row: PreviewRow) -> str:
        inp = row.entry.inp if row.entry is not None else None
        if inp is None:
            return _raw(preview, row, fld)
        if fld == "reg_no":
            return str(inp.extra.get("original_reg_no", ""))
        if fld == "date":
            return inp.received_at.date().isoformat() if inp.received_at else ""
        if fld == "mark":
            return inp.mark.format()
        if fld == "copy_nos":
            return format_ranges(list(inp.copy_nos))
        return str(getattr(inp, fld, ""))
    return text


#: the facts shown after the problems: (header, value)
FACTS: tuple[tuple[object, Callable[[ImportPreview, PreviewRow], str]], ...] = (
    (QT_TRANSLATE_NOOP("ImportColumns", "Original no."), _parsed("reg_no")),
    (QT_TRANSLATE_NOOP("ImportColumns", "Date"), _parsed("date")),
    (QT_TRANSLATE_NOOP("ImportColumns", "Unit"), _parsed("unit")),
    (QT_TRANSLATE_NOOP("ImportColumns", "Doc. no."), _parsed("doc_no")),
    (QT_TRANSLATE_NOOP("ImportColumns", "Title"), _parsed("title")),
    (QT_TRANSLATE_NOOP("ImportColumns", "Classification"), _parsed("mark")),
    (QT_TRANSLATE_NOOP("ImportColumns", "Copy nos."), _parsed("copy_nos")),
)
HEADERS = (QT_TRANSLATE_NOOP("ImportColumns", "Exclude"),
           QT_TRANSLATE_NOOP("ImportColumns", "Row"),
           QT_TRANSLATE_NOOP("ImportColumns", "Status"),
           QT_TRANSLATE_NOOP("ImportColumns", "Problem, reason or note"),
           QT_TRANSLATE_NOOP("ImportColumns", "How to fix it"),
           *(h for h, _f in FACTS))


class PreviewModel(QAbstractTableModel):
    """The rows of an ``ImportPreview`` under a status filter, with the clerk's exclusions."""

    #: the set of source rows the clerk excluded changed
    exclusions_changed = Signal()

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.preview: ImportPreview | None = None
        self.excluded: set[int] = set()
        self._shown: list[PreviewRow] = []
        self._filter = FILTERS[0][1]

    # -- contents -----------------------------------------------------------------------
    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        self.excluded = set()
        self._refilter()
        self.endResetModel()
        self.exclusions_changed.emit()

    def clear_for_lock(self) -> None:
        self.set_preview(None)

    def set_filter(self, index: int) -> None:
        self.beginResetModel()
        self._filter = FILTERS[index][1]
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        rows = self.preview.rows if self.preview is not None else ()
        self._shown = [r for r in rows if r.status in self._filter]

    def row_at(self, row: int) -> PreviewRow:
        return self._shown[row]

    def set_excluded(self, rows: set[int]) -> None:
        """Exclude exactly the source rows *rows* (of those that can be excluded)."""
        self.excluded = {r.row for r in self._all() if r.row in rows and r.status in (OK, ERROR)}
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._shown) - 1, STATUS))
        self.exclusions_changed.emit()

    def _all(self) -> tuple[PreviewRow, ...]:
        return self.preview.rows if self.preview is not None else ()

    def blocking(self) -> list[PreviewRow]:
        """Rows with a problem the clerk has not excluded: the import cannot run."""
        return [r for r in self._all() if r.status == ERROR and r.row not in self.excluded]

    def importing(self) -> list[PreviewRow]:
        return [r for r in self._all() if r.status == OK and r.row not in self.excluded]

    # -- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return tr(HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == EXCLUDE and self.row_at(index.row()).status in (OK, ERROR):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != EXCLUDE:
            return False
        r = self.row_at(index.row())
        if r.status not in (OK, ERROR):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        (self.excluded.add if checked else self.excluded.discard)(r.row)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), STATUS))
        self.exclusions_changed.emit()
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        r, col = self._shown[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == EXCLUDE \
                and r.status in (OK, ERROR):
            return Qt.CheckState.Checked if r.row in self.excluded else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(r, col)
        if role == Qt.ItemDataRole.ToolTipRole and col >= PROBLEM:
            return self.details(r) if col in (PROBLEM, FIX) else self.text(r, col)
        if role == Qt.ItemDataRole.BackgroundRole and r.status == ERROR \
                and r.row not in self.excluded:
            return QBrush(_PROBLEM_RED)
        if role == Qt.ItemDataRole.ForegroundRole and (r.status in (EXCLUDED, SKIPPED)
                                                       or r.row in self.excluded):
            return QBrush(_GREY)
        return None

    def text(self, r: PreviewRow, col: int) -> str:
        if col == ROW:
            return str(r.row)
        if col == STATUS:
            return self.status_text(r)
        if col == PROBLEM:
            return "；".join(self.problems(r)) if self.lang.startswith("zh") else \
                "; ".join(self.problems(r))
        if col == FIX:
            return " ".join(dict.fromkeys(p.fix(self.lang) for p in r.problems))
        if col > FIX and self.preview is not None:
            return FACTS[col - FIX - 1][1](self.preview, r)
        return ""

    def status_text(self, r: PreviewRow) -> str:
        if r.row in self.excluded:
            return self.tr("Excluded by you")
        return {OK: self.tr("Will be imported"), ERROR: self.tr("Problem"),
                EXCLUDED: self.tr("Left out"), SKIPPED: self.tr("Skipped")}.get(r.status, r.status)

    def problems(self, r: PreviewRow) -> list[str]:
        """What the row's line says: its problems, else why it is left out, else its notes."""
        if r.problems:
            return [problem_text(p, self.lang) for p in r.problems]
        if r.status in (EXCLUDED, SKIPPED):
            return [reason_text(r, self.lang)]
        return [render(code, self.lang, params) for code, params in r.notes]

    def details(self, r: PreviewRow) -> str:
        """Everything about one row, a line each (the detail box and the tooltip)."""
        lines = [self.tr("Row {row}: {status}").format(row=r.row, status=self.status_text(r))]
        lines += [p.text(self.lang) for p in r.problems]
        if not r.problems:
            lines += self.problems(r)
        return "\n".join(line for line in lines if line)
