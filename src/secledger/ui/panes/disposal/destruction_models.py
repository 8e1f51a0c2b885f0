"""Table models of the destruction pane: manifests (DTO list) and a manifest's lines,
carriers and devices or media together (appended one row per scan, never reset while
scanning)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from secledger.domain.destruction import ManifestStatus
from secledger.domain.enums import CarrierType, Classification
from secledger.domain.media import MediaType
from secledger.services.disposal.destruction_media_read import MediaLine
from secledger.services.disposal.destruction_read import ManifestDTO, ManifestLine
from secledger.ui.labels import label_of
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

CTX = "DisposalColumns"
MD = ManifestDTO


class ManifestsModel(DtoTableModel[MD]):
    CONTEXT = CTX
    COLUMNS = (
        Column[MD](QT_TRANSLATE_NOOP("DisposalColumns", "Manifest no."), lambda m: m.reg_no),
        Column[MD](QT_TRANSLATE_NOOP("DisposalColumns", "Status"), lambda m: label_of(ManifestStatus, m.status)),
        Column[MD](QT_TRANSLATE_NOOP("DisposalColumns", "Carriers"), lambda m: str(m.item_count)),
        Column[MD](QT_TRANSLATE_NOOP("DisposalColumns", "Prepared by"), lambda m: m.prepared_by),
        Column[MD](QT_TRANSLATE_NOOP("DisposalColumns", "Checked by"), lambda m: m.checked_by),
        Column[MD](QT_TRANSLATE_NOOP("DisposalColumns", "Approved by"), lambda m: m.approver),
        Column[MD](QT_TRANSLATE_NOOP("DisposalColumns", "Destroyed on"),
                   lambda m: m.destroyed_on.isoformat() if m.destroyed_on else ""),
    )

    def update_count(self, manifest_id: int, count: int) -> None:
        """The 件数 of one row after a scan (no reload of the list)."""
        for r, m in enumerate(self._rows):
            if m.id == manifest_id:
                self._rows[r] = replace(m, item_count=count)
                idx = self.index(r, 2)
                self.dataChanged.emit(idx, idx)


Line = ManifestLine | MediaLine


def _of(carrier: Any, medium: Any) -> Any:
    """A column's text: *carrier* for a document carrier's line, *medium* for a device's."""
    return lambda n, ln: carrier(n, ln) if isinstance(ln, ManifestLine) else medium(n, ln)


_LINE_COLUMNS = (
    (QT_TRANSLATE_NOOP("DisposalColumns", "No."), lambda n, ln: str(n)),
    (QT_TRANSLATE_NOOP("DisposalColumns", "Reg. no. / device no."),
     _of(lambda n, ln: ln.item.reg_no, lambda n, ln: ln.device_no)),
    (QT_TRANSLATE_NOOP("DisposalColumns", "Doc. no. / serial no."),
     _of(lambda n, ln: ln.item.doc_no, lambda n, ln: ln.serial_no)),
    (QT_TRANSLATE_NOOP("DisposalColumns", "Title / model"),
     _of(lambda n, ln: ln.item.title, lambda n, ln: ln.brand_model)),
    (QT_TRANSLATE_NOOP("DisposalColumns", "Level"),
     _of(lambda n, ln: label_of(Classification, ln.item.level),
         lambda n, ln: label_of(Classification, ln.level))),
    (QT_TRANSLATE_NOOP("DisposalColumns", "Copy"), _of(lambda n, ln: ln.item.copy_no,
                                                       lambda n, ln: "")),
    (QT_TRANSLATE_NOOP("DisposalColumns", "Type"),
     _of(lambda n, ln: label_of(CarrierType, ln.carrier_type),
         lambda n, ln: label_of(MediaType, ln.media_type))),
    (QT_TRANSLATE_NOOP("DisposalColumns", "Pages/size"), lambda n, ln: ln.size_text),
    (QT_TRANSLATE_NOOP("DisposalColumns", "Remarks"), lambda n, ln: ln.remark),
)


class LinesModel(QAbstractTableModel):
    """The items of one manifest; a scan appends one row (no reset, no requery)."""

    COLUMNS = _LINE_COLUMNS  # (English header, text) pairs: widgets.columns reads the headers

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Line] = []

    def set_lines(self, rows: list[Line]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear_for_lock(self) -> None:
        """The ledger locks: forget every line."""
        self.set_lines([])

    def append(self, line: Line) -> None:
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows.append(line)
        self.endInsertRows()

    def lines(self) -> list[Line]:
        return list(self._rows)

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_LINE_COLUMNS)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return _LINE_COLUMNS[index.column()][1](index.row() + 1, self._rows[index.row()])

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(CTX, str(_LINE_COLUMNS[section][0]))
        return None
