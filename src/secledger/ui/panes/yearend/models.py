"""Table models of the year-end pane: a statistics table (its headings and words in the UI's
language, numbers right-aligned), the versions of the self-inspection, the exceptions an
item's evidence lists, and the 整改 items."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt

from secledger.domain.enums import Classification
from secledger.domain.selfinspection import ITEMS_BY_CODE
from secledger.domain.yearend import StatRow, StatTable, Words, finding_label
from secledger.services.yearend.evidence import Finding
from secledger.services.yearend.rectification import RectificationDTO
from secledger.services.yearend.selfinspection import VersionDTO
from secledger.ui.labels import english, label_for, label_of
from secledger.ui.widgets.tablemodel import Column, DtoTableModel, Index

CTX = "YearEndColumns"


def show(value: object) -> str:
    """A cell in the UI's language: words, times, numbers."""
    if value is None:
        return ""
    if isinstance(value, Words):
        return value.en if english() else value.zh
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


class StatTableModel(QAbstractTableModel):
    """One ``StatTable``: its rows, then its 合计 row."""

    def __init__(self, table: StatTable, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = table
        self._rows: list[StatRow] = [*table.rows, *([table.total] if table.total else [])]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return row.en if english() else row.zh
            return show(row.values[col - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0 and isinstance(
                row.values[col - 1], int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row is self.table.total:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        c = self.table.head if section == 0 else self.table.columns[section - 1]
        return c.en if english() else c.zh


def _status(v: VersionDTO) -> str:
    return label_for(v.status)


class VersionsModel(DtoTableModel[VersionDTO]):
    CONTEXT = CTX
    COLUMNS = (
        Column[VersionDTO](QT_TRANSLATE_NOOP("YearEndColumns", "Year"), lambda v: str(v.year)),
        Column[VersionDTO](QT_TRANSLATE_NOOP("YearEndColumns", "Version"), lambda v: str(v.version)),
        Column[VersionDTO](QT_TRANSLATE_NOOP("YearEndColumns", "Status"), _status),
        Column[VersionDTO](QT_TRANSLATE_NOOP("YearEndColumns", "Assessed"), lambda v: str(v.assessed)),
        Column[VersionDTO](QT_TRANSLATE_NOOP("YearEndColumns", "Finalised"),
                           lambda v: show(v.finalised_at)),
        Column[VersionDTO](QT_TRANSLATE_NOOP("YearEndColumns", "By"), lambda v: v.finalised_by),
        Column[VersionDTO](QT_TRANSLATE_NOOP("YearEndColumns", "Digest"), lambda v: v.digest[:16],
                           lambda v: v.digest),
    )


def _level(f: Finding) -> str:
    return label_of(Classification, f.level) if f.level in _LEVELS else f.level


_LEVELS = {c.value for c in Classification}


class FindingsModel(DtoTableModel[Finding]):
    CONTEXT = CTX
    COLUMNS = (
        Column[Finding](QT_TRANSLATE_NOOP("YearEndColumns", "Exception"),
                        lambda f: finding_label(f.kind, en=english())),
        Column[Finding](QT_TRANSLATE_NOOP("YearEndColumns", "Reg. no. / record"), lambda f: f.ref),
        Column[Finding](QT_TRANSLATE_NOOP("YearEndColumns", "Title / detail"), lambda f: f.title),
        Column[Finding](QT_TRANSLATE_NOOP("YearEndColumns", "Level"), _level),
        Column[Finding](QT_TRANSLATE_NOOP("YearEndColumns", "Person / unit"), lambda f: f.who),
        Column[Finding](QT_TRANSLATE_NOOP("YearEndColumns", "Date"), lambda f: show(f.when)),
        Column[Finding](QT_TRANSLATE_NOOP("YearEndColumns", "Days"),
                        lambda f: "" if f.days is None else str(f.days)),
    )


def _item_no(code: str) -> str:
    it = ITEMS_BY_CODE.get(code)
    if it is None:
        return ""
    return it.code if english() else it.printed_no


class RectificationModel(DtoTableModel[RectificationDTO]):
    CONTEXT = CTX
    COLUMNS = (
        Column[RectificationDTO](QT_TRANSLATE_NOOP("YearEndColumns", "No."), lambda r: r.reg_no),
        Column[RectificationDTO](QT_TRANSLATE_NOOP("YearEndColumns", "Item"), lambda r: _item_no(r.item_code)),
        Column[RectificationDTO](QT_TRANSLATE_NOOP("YearEndColumns", "Problem"), lambda r: r.problem),
        Column[RectificationDTO](QT_TRANSLATE_NOOP("YearEndColumns", "Measure"), lambda r: r.measure),
        Column[RectificationDTO](QT_TRANSLATE_NOOP("YearEndColumns", "Owner"), lambda r: r.owner),
        Column[RectificationDTO](QT_TRANSLATE_NOOP("YearEndColumns", "Due"), lambda r: r.due_on.isoformat()),
        Column[RectificationDTO](QT_TRANSLATE_NOOP("YearEndColumns", "Status"),
                                 lambda r: label_for(r.status)),
        Column[RectificationDTO](QT_TRANSLATE_NOOP("YearEndColumns", "Closed"),
                                 lambda r: show(r.closed_on)),
    )

