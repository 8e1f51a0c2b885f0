"""携带外出 pane for registry clerks: carry-out requests with their approval, issue,
带回确认 by scanning, cancel, and the printed 携带外出审批单 and 携带外出登记簿.

Carriers are entered by scanning their labels (one a line in the request form; a scan into
the pane confirms a carrier is back). Every write goes through ``ctx.write`` /
``write_file``; the pane refreshes from the ``Changes`` it is told of."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.carry_out import CarryStatus
from secledger.domain.changes import Area
from secledger.domain.enums import CarrierState, Classification, Role
from secledger.domain.errors import NotFound
from secledger.services.carriers import lookup
from secledger.services.custody import carry_out, carry_out_read
from secledger.services.custody import carry_out_print as cp
from secledger.services.custody.carry_out_read import CarryOutDTO
from secledger.ui.context import AppContext
from secledger.ui.labels import label_for, label_of
from secledger.ui.panes.custody.carry_out_dialogs import CarryOutDialog
from secledger.ui.panes.custody.common import changed_in
from secledger.ui.panes.custody.loans_dialogs import PaperDecisionDialog
from secledger.ui.panes.custody.routing import ButtonsMixin, printing, selected, table, when
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.statuses import APPROVAL, status_text
from secledger.ui.widgets.columns import fit_columns
from secledger.ui.widgets.forms import ErrorLabel, named
from secledger.ui.widgets.saving import write_file
from secledger.ui.widgets.scanner import is_label_id
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

AREAS = (Area.CARRY_OUT, Area.CARRIERS, Area.APPROVALS)


@dataclass(frozen=True)
class Row:
    c: CarryOutDTO
    out: str
    due: str
    back: str


def _c(header: object, text: Any) -> Column[Row]:
    return Column[Row](header, text)


def _approval(c: CarryOutDTO) -> str:
    a = c.approval
    if a is None:
        return ""
    return f"{status_text(APPROVAL, a.status)} {a.decided_by}".strip() + (
        f"（{a.paper_form_no}）" if a.paper_form_no else "")


class CarryOutModel(DtoTableModel[Row]):
    CONTEXT = "WorkflowColumns"
    COLUMNS = (
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Carry-out no."), lambda r: r.c.reg_no),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Status"),
           lambda r: label_of(CarryStatus, r.c.status)),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Carried by"), lambda r: r.c.people_text),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Destination"), lambda r: r.c.destination),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Carriers"), lambda r: r.c.carriers_text),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Level"),
           lambda r: label_of(Classification, r.c.level)),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Went out"), lambda r: r.out),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Due back"), lambda r: r.due),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Back"), lambda r: r.back),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Approval"), lambda r: _approval(r.c)),
    )


class CarryOutPane(ButtonsMixin, QWidget):
    AUTO_DEFAULT = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("carryOutPane")
        self.model = CarryOutModel(parent=self)
        self.view = table(self.model, "carryOutTable")
        self.scan = named(QLineEdit(), "carryBackLabel")
        self.scan.setPlaceholderText(self.tr("Scan a carried-out label to confirm it is back"))
        self.scan.returnPressed.connect(self._scanned)
        self.status_filter = named(QComboBox(), "carryStatusFilter")
        self.status_filter.addItem(self.tr("All"), None)
        for st in CarryStatus:
            self.status_filter.addItem(label_for(st), st.value)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status = named(QLabel(""), "carryStatus")
        self.status.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.buttons: dict[str, QPushButton] = {}
        self._layout()
        ctx.changed.connect(self._changed)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Confirm back:")))
        top.addWidget(self.scan, 2)
        top.addWidget(QLabel(self.tr("Status:")))
        top.addWidget(self.status_filter)
        row = self._button_row(
            ("newCarryOut", self.tr("New request…"), self.new_request),
            ("paperDecision", self.tr("Record paper approval…"), self.paper_decision),
            ("issueCarryOut", self.tr("Issue"), self.issue),
            ("cancelCarryOut", self.tr("Cancel request…"), self.cancel),
            ("printForm", self.tr("Print approval form…"), self.print_form),
            ("printRegister", self.tr("Print register…"), self.print_register),
            ("exportRegister", self.tr("Export to Excel…"), self.export_register),
        )
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(row)
        lay.addWidget(self.error)
        lay.addWidget(self.status)
        lay.addWidget(self.view, 1)

    # -- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.has_ledger or self.ctx.ledger.locked:
            return
        led = self.ctx.ledger
        st = self.status_filter.currentData()
        rows = carry_out_read.list_carry_outs(led, status=st)
        self.model.set_rows([Row(c, when(led, c.issued_at), when(led, c.due_at),
                                 when(led, c.returned_at)) for c in rows])
        fit_columns(self.view)
        clerk = Role.CLERK in led.user.roles
        for b in self.buttons.values():
            b.setEnabled(clerk)

    def _changed(self, changes: object) -> None:
        if changed_in(changes, *AREAS) and self.isVisible():
            self.refresh()

    def selected_carry_out(self) -> CarryOutDTO | None:
        row = selected(self.view, self.model)
        return row.c if row is not None else None

    def _done(self, result: Any, text: str) -> None:
        if result is not None:
            self.error.clear_text()
            self.status.setText(text)

    # -- 带回确认 ----------------------------------------------------------------------------------
    def _scanned(self) -> None:
        text = self.scan.text().strip()
        if is_label_id(text):
            self.handle_scan(text.upper())

    def handle_scan(self, label_id: str) -> bool:
        """A carried-out carrier is confirmed back; any other is named as not out."""
        led = self.ctx.ledger
        try:
            ref = lookup.find(led, label_id).one
        except NotFound:
            return False
        if ref is None:
            return False
        self.scan.clear()
        if ref.state != CarrierState.CARRIED_OUT.value:
            self.error.show_text(self.tr("{reg_no} copy {copy} is {state}, not carried out.")
                                 .format(reg_no=ref.reg_no, copy=ref.copy_no,
                                         state=label_of(CarrierState, ref.state)))
            return True
        got = self.ctx.write(lambda: carry_out.carry_back(led, label=label_id), parent=self,
                             error=self.error)
        if got is not None:
            text = (self.tr("Back: {reg_no} copy {copy} ({no}); all back.")
                    if got.status == CarryStatus.RETURNED.value else
                    self.tr("Back: {reg_no} copy {copy} ({no}); {left} still out."))
            self._done(got, text.format(reg_no=ref.reg_no, copy=ref.copy_no,
                                        no=got.reg_no, left=got.outstanding))
        return True

    # -- requests ------------------------------------------------------------------------------
    def new_request(self) -> CarryOutDialog:
        dlg = CarryOutDialog(self.ctx, self)
        dlg.accepted.connect(lambda: self._done(dlg.result_dto, self.tr(
            "Carry-out {no} requested; it waits for approval.").format(
                no=dlg.result_dto.reg_no if dlg.result_dto else "")))
        dlg.open()
        return dlg

    def paper_decision(self) -> None:
        c = self.selected_carry_out()
        if c is None or c.approval is None or not c.approval.is_pending:
            self.status.setText(self.tr("Choose a carry-out that waits for approval."))
            return
        dlg = PaperDecisionDialog(self.ctx, c.approval.id, self)
        if dlg.exec():
            self._done(dlg.result_dto, self.tr("Decision recorded from the paper form."))

    def issue(self) -> None:
        c = self.selected_carry_out()
        if c is not None:
            led = self.ctx.ledger
            got = self.ctx.write(lambda: carry_out.issue_carry_out(led, carry_out_id=c.id),
                                 parent=self, error=self.error)
            self._done(got, self.tr("{no} is out with {who}; due back {due}.").format(
                no=c.reg_no, who=c.people_text, due=when(led, got.due_at) if got else ""))

    def cancel(self, reason: str | None = None) -> None:
        c = self.selected_carry_out()
        if c is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Cancel request"), self.tr("Reason:"))
            if not ok:
                return
        led = self.ctx.ledger
        got = self.ctx.write(lambda: carry_out.cancel_carry_out(
            led, carry_out_id=c.id, reason=reason or ""), parent=self, error=self.error)
        self._done(got, self.tr("{no} cancelled.").format(no=c.reg_no))

    # -- printing --------------------------------------------------------------------------------
    def print_form(self, path: str | Path | None = None) -> None:
        c, led = self.selected_carry_out(), self.ctx.ledger
        if c is not None:
            write_file(self.ctx, self, path, ask=self.tr("Print carry-out approval form"),
                       name=f"携带外出审批单_{c.reg_no}.pdf", busy=printing(),
                       write=lambda p, _progress: cp.print_carry_out_form(led, c.id, p),
                       level=cp.form_level(led, c.id), on_done=self._saved)

    def print_register(self, path: str | Path | None = None) -> None:
        led = self.ctx.ledger
        write_file(self.ctx, self, path, ask=self.tr("Print carry-out register"),
                   name="携带外出登记簿.pdf", busy=printing(), cancellable=True,
                   write=lambda p, progress: cp.print_carry_out_register(led, p,
                                                                         progress=progress),
                   level=cp.register_level(led), on_done=self._saved)

    def export_register(self, path: str | Path | None = None) -> None:
        led = self.ctx.ledger
        write_file(self.ctx, self, path, ask=self.tr("Export carry-out register"),
                   name="携带外出登记簿.xlsx", busy=printing(),
                   write=lambda p, _progress: cp.export_carry_out_register_xlsx(led, p),
                   level=cp.register_level(led), on_done=self._saved)

    def _saved(self, path: Any) -> None:
        self.status.setText(self.tr("Saved {path}").format(path=str(path)))


register_pane(PaneSpec(
    key="carry_out", title=str(QT_TRANSLATE_NOOP("Panes", "Carry-out")),
    icon="SP_ArrowForward", roles=frozenset({Role.CLERK}), order=52,
    factory=lambda ctx: CarryOutPane(ctx),
))
