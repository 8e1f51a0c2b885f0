"""The table of the 领用/个人留存 pane: one row per retention, overdue rows in red."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from secledger.services.custody.retention import RetentionDTO
from secledger.ui.widgets.tablemodel import Column, DtoTableModel


@dataclass(frozen=True)
class Row:
    """One retention with its times as local text (computed once per refresh)."""

    item: RetentionDTO
    issued: str
    due: str
    returned: str
    status: str
    overdue: bool


def _c(header: object, text: Any) -> Column[Row]:
    return Column[Row](header, text)


class RetentionModel(DtoTableModel[Row]):
    CONTEXT = "WorkflowColumns"
    COLUMNS = (
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Person"), lambda r: r.item.person),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Department"), lambda r: r.item.department),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Reg. no."), lambda r: r.item.carrier.reg_no),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Copy"), lambda r: r.item.carrier.copy_no_text),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Title"), lambda r: r.item.carrier.title),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Mark"), lambda r: r.item.carrier.mark),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Purpose"), lambda r: r.item.purpose),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Approver"), lambda r: r.item.approver
           + (f"（{r.item.form_no}）" if r.item.form_no else "")),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Issued"), lambda r: r.issued),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Due back"), lambda r: r.due),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Returned"), lambda r: r.returned),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Overdue"), lambda r: r.status),
    )

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() \
                and self.row_at(index.row()).overdue:
            return QColor("#b00020")
        return super().data(index, role)
