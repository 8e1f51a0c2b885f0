"""A read-only table model over a list of frozen DTOs (small tables: people, accounts).

Column constants and roles as in Vorta's table models; ``ROW_ROLE`` gives the DTO itself.
Large tables (the ledger browser) use a windowed SQL model instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from secledger.domain.errors import LedgerLocked

T = TypeVar("T")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    header: object  # English source (QT_TRANSLATE_NOOP), translated in the model's CONTEXT
    text: Callable[[T], str]
    tip: Callable[[T], str] | None = None  # the tooltip; None: the text itself


class DtoTableModel(QAbstractTableModel, Generic[T]):
    COLUMNS: Sequence[Column[Any]] = ()
    #: translation context of the column headers (QT_TRANSLATE_NOOP(CONTEXT, ...))
    CONTEXT = "Columns"

    def __init__(self, rows: Sequence[T] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = list(rows)

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear_for_lock(self) -> None:
        """The ledger locks: forget every row."""
        self.set_rows(())

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def rows(self) -> list[T]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        try:
            if role == Qt.ItemDataRole.DisplayRole:
                return column.text(item)
            if role == Qt.ItemDataRole.ToolTipRole:
                return (column.tip or column.text)(item)
        except LedgerLocked:  # a column that asks the ledger (a time zone): show nothing
            return None
        if role == ROW_ROLE:
            return item
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(self.CONTEXT, str(self.COLUMNS[section].header))
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
