"""整改 tab: the problems found, who puts each right by when, tracked until closed (open ones
first; overdue in red). The security officer opens and closes them — from a checklist item
or on their own; everyone who reads the self-inspection sees them."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area, Changes
from secledger.domain.enums import Role
from secledger.domain.selfinspection import ITEMS, RectificationStatus
from secledger.services.ledger.timing import local_now
from secledger.services.yearend import rectification
from secledger.services.yearend.rectification import RectificationDTO
from secledger.ui.context import AppContext
from secledger.ui.labels import english
from secledger.ui.panes.custody.common import fill_people, table
from secledger.ui.panes.yearend.models import RectificationModel
from secledger.ui.widgets.forms import ErrorLabel, FormDialog, named, pydate, qdate


class OpenDialog(FormDialog):
    """A new 整改 item."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, *, item_code: str = "",
                 inspection_id: int | None = None) -> None:
        super().__init__(ctx, self.tr("New rectification"), parent, min_width=520)
        self.inspection_id = inspection_id
        self.item = named(QComboBox(), "rectItem")
        self.item.addItem(self.tr("— none —"), "")
        for it in ITEMS:
            self.item.addItem(f"{it.code if english() else it.printed_no}  "
                              f"{(it.en if english() else it.zh)[:40]}", it.code)
        self.item.setCurrentIndex(max(self.item.findData(item_code), 0))
        self.problem = named(QPlainTextEdit(), "rectProblem")
        self.problem.setMaximumHeight(70)
        self.measure = named(QLineEdit(), "rectMeasure")
        self.owner = named(QComboBox(), "rectOwner")
        fill_people(self.owner, ctx, blank=self.tr("— choose —"))
        self.due = named(QDateEdit(), "rectDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(qdate(local_now(ctx.ledger).date() + timedelta(days=30)))
        self.form.addRow(self.tr("Checklist item:"), self.item)
        self.form.addRow(self.tr("Problem:"), self.problem)
        self.form.addRow(self.tr("Measure:"), self.measure)
        self.form.addRow(self.tr("Owner:"), self.owner)
        self.form.addRow(self.tr("Due by:"), self.due)

    def save(self) -> RectificationDTO:
        return rectification.open_item(
            self.ctx.ledger, problem=self.problem.toPlainText(), measure=self.measure.text(),
            owner_id=self.owner.currentData() or 0, due_on=pydate(self.due.date()),
            inspection_id=self.inspection_id, item_code=self.item.currentData() or "")


class CloseDialog(FormDialog):
    """Close a 整改 item: what was done, and when."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, item: RectificationDTO) -> None:
        super().__init__(ctx, self.tr("Close rectification {no}").format(no=item.reg_no), parent,
                         min_width=460)
        self.target = item
        self.note = named(QLineEdit(), "rectCloseNote")
        self.day = named(QDateEdit(), "rectCloseDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(qdate(local_now(ctx.ledger).date()))
        self.form.addRow(self.tr("What was done:"), self.note)
        self.form.addRow(self.tr("Closed on:"), self.day)

    def save(self) -> RectificationDTO:
        return rectification.close_item(self.ctx.ledger, rectification_id=self.target.id,
                                        note=self.note.text(), closed_on=pydate(self.day.date()))


class OverdueModel(RectificationModel):
    """Open items past their due date in red."""

    today: Any = None

    def data(self, index: Any, role: int = 0) -> Any:
        from PySide6.QtCore import Qt

        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.today
                and self.row_at(index.row()).overdue(self.today)):
            return QColor("#b00020")
        return super().data(index, role)


class RectificationTab(QWidget):
    def __init__(self, ctx: AppContext, checklist: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.checklist = checklist  # the checklist tab: the item and version chosen there
        self.setObjectName("yearendRectification")
        self.which = named(QComboBox(), "rectWhich")
        self.which.addItem(self.tr("Open"), RectificationStatus.OPEN.value)
        self.which.addItem(self.tr("All"), None)
        self.model = OverdueModel(parent=self)
        self.view = table(self.model, "rectifications")
        self.open_button = named(QPushButton(self.tr("New…")), "rectOpen")
        self.close_button = named(QPushButton(self.tr("Close…")), "rectClose")
        self.error = ErrorLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.which)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.error)
        lay.addWidget(self.view, 1)
        self.which.currentIndexChanged.connect(lambda _i: self.refresh())
        self.open_button.clicked.connect(lambda: self.open_item())
        self.close_button.clicked.connect(lambda: self.close_item())
        ctx.changed.connect(self._changed)

    def refresh(self) -> None:
        if not self.ctx.has_ledger or self.ctx.ledger.locked:
            return
        led = self.ctx.ledger
        writer = Role.SECURITY_OFFICER in led.user.roles
        self.open_button.setVisible(writer)
        self.close_button.setVisible(writer)
        status = self.which.currentData()
        self.model.today = local_now(led).date()
        self.model.set_rows(self.ctx.read(lambda: rectification.list_items(
            led, status=RectificationStatus(status) if status else None), parent=self) or [])

    def _changed(self, changes: object) -> None:
        if isinstance(changes, Changes) and changes.touches(Area.YEAREND) and self.isVisible():
            self.refresh()

    def selected(self) -> RectificationDTO | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def open_item(self) -> OpenDialog:
        ins = self.checklist.inspection
        panel_item = self.checklist.panel.item
        dlg = OpenDialog(self.ctx, self, item_code=panel_item.item.code if panel_item else "",
                         inspection_id=ins.version.id if ins is not None else None)
        dlg.open()
        return dlg

    def close_item(self) -> CloseDialog | None:
        item = self.selected()
        if item is None or item.status is RectificationStatus.CLOSED:
            return None
        dlg = CloseDialog(self.ctx, self, item)
        dlg.open()
        return dlg
