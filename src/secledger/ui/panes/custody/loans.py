"""归档与借阅 pane for archivists: file carriers into the archive, loan
requests with their approval, issue, renew, take back by scanning, print the forms."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area
from secledger.domain.enums import CarrierState, Classification, Role
from secledger.domain.lookup import Use
from secledger.services.audit import output_levels as olv
from secledger.services.carriers.items import CarrierItem
from secledger.services.custody import archive, loans, loans_read
from secledger.services.custody import printing as wf_print
from secledger.services.custody.loans_read import LoanDTO
from secledger.ui.context import AppContext
from secledger.ui.panes.custody.common import changed_in
from secledger.ui.panes.custody.loans_dialogs import LoanRequestDialog, PaperDecisionDialog
from secledger.ui.panes.custody.routing import (
    ButtonsMixin,
    printing,
    selected,
    table,
    when,
)
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.statuses import APPROVAL, LOAN, LOAN_MODE, status_text
from secledger.ui.widgets.carrier_picker import CarrierPicker
from secledger.ui.widgets.columns import fit_columns
from secledger.ui.widgets.forms import named
from secledger.ui.widgets.saving import write_file
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

AREAS = (Area.CARRIERS, Area.LOANS, Area.APPROVALS)


@dataclass(frozen=True)
class LoanRow:
    loan: LoanDTO
    due: str


def _c(header: object, text: Any) -> Column[LoanRow]:
    return Column[LoanRow](header, text)


def _approval_text(loan: LoanDTO) -> str:
    a = loan.approval
    if a is None:
        return ""
    status = status_text(APPROVAL, a.status)
    return f"{status} {a.decided_by}".strip() + (f" ({a.paper_form_no})" if a.paper_form_no else "")


def _renewals(loan: LoanDTO) -> str:
    late = loan.overdue_renewals
    return QCoreApplication.translate("LoansModel", "{n} ({late} when overdue)").format(
        n=loan.renewals, late=late) if late else str(loan.renewals)


class LoansModel(DtoTableModel[LoanRow]):
    CONTEXT = "WorkflowColumns"
    COLUMNS = (
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Loan no."), lambda r: r.loan.loan_no),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Borrower"), lambda r: r.loan.borrower),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Department"), lambda r: r.loan.department),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Carriers"), lambda r: "；".join(
            f"{i.carrier.reg_no}/{i.carrier.copy_no_text} {i.carrier.title}" for i in r.loan.items)),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Mode"), lambda r: status_text(LOAN_MODE, r.loan.take_out)),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Status"), lambda r: status_text(LOAN, r.loan.status)),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Approval"), lambda r: _approval_text(r.loan)),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Due back"), lambda r: r.due),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Renewals"), lambda r: (
            _renewals(r.loan))),
    )


class LoansPane(ButtonsMixin, QWidget):
    AUTO_DEFAULT = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("loansPane")
        self.model = LoansModel(parent=self)
        self.view = table(self.model, "loansTable")
        # scan, or type a 登记号 with 份号: a carrier on loan is taken back, one in store waits
        # here to be filed; anything else is refused, saying its state and holder
        self.picker = CarrierPicker(ctx, Use.ARCHIVE, name="archiveLabel", placeholder=self.tr(
            "Scan a label or type a reg. no. with copy: file it, or take back a loan"))
        self.picker.picked.connect(self._picked)
        self.label_edit = self.picker.edit
        self.to_file: CarrierItem | None = None
        self.cabinet = named(QLineEdit(), "archiveCabinet")
        self.box = named(QLineEdit(), "archiveBox")
        self.cabinet.setPlaceholderText(self.tr("Cabinet"))
        self.box.setPlaceholderText(self.tr("Box"))
        self.status = named(QLabel(""), "loansStatus")
        self.status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        self._layout()
        ctx.changed.connect(self._changed)

    def _layout(self) -> None:
        scan = QHBoxLayout()
        scan.addWidget(self.picker, 3)
        scan.addWidget(QLabel(self.tr("Cabinet:")))
        scan.addWidget(self.cabinet, 1)
        scan.addWidget(QLabel(self.tr("Box:")))
        scan.addWidget(self.box, 1)
        scan.addWidget(self._button("archiveButton", self.tr("File into archive"), self.archive_scanned))
        group = QGroupBox(self.tr("Archive"))
        group.setLayout(scan)
        row = self._button_row(
            ("newLoan", self.tr("New loan request…"), self.new_request),
            ("paperDecision", self.tr("Record paper approval…"), self.paper_decision),
            ("issueLoan", self.tr("Issue"), self.issue),
            ("renewLoan", self.tr("Renew"), self.renew),
            ("printForm", self.tr("Print approval form…"), self.print_form),
            ("printRegister", self.tr("Print loan register…"), self.print_register),
            ("exportRegister", self.tr("Export to Excel…"), self.export_register),
        )
        lay = QVBoxLayout(self)
        lay.addWidget(group)
        lay.addLayout(row)
        lay.addWidget(self.status)
        lay.addWidget(self.view, 1)

    def refresh(self) -> None:
        led = self.ctx.ledger
        if led.locked:
            return
        self.model.set_rows([LoanRow(x, when(led, x.due_at)) for x in loans_read.list_loans(led)])
        fit_columns(self.view)
        archivist = Role.ARCHIVIST in led.user.roles
        for b in self.buttons.values():
            b.setEnabled(archivist)

    def _changed(self, changes: object) -> None:
        if changed_in(changes, *AREAS) and self.isVisible():
            self.refresh()

    def selected_loan(self) -> LoanDTO | None:
        row = selected(self.view, self.model)
        return row.loan if row is not None else None

    def _done(self, result: Any, text: str) -> None:
        if result is not None:
            self.status.setText(text)

    # -- scanning ---------------------------------------------------------------------------
    def handle_scan(self, label_id: str) -> bool:
        """On loan → taken back; in store → waits in the archive field; else refused."""
        return self.picker.take(label_id)

    def _picked(self, item: CarrierItem, _how: str) -> None:
        if item.state == CarrierState.ON_LOAN.value:
            led = self.ctx.ledger
            loan = self.ctx.write(lambda: loans.return_item(led, carrier_id=item.carrier_id),
                                  parent=self)
            self._done(loan, self.tr("Returned: {label} ({loan}).").format(
                label=item.label_id, loan=loan.loan_no if loan else ""))
            return
        self.to_file = item
        self.label_edit.setText(item.label_id)
        (self.cabinet if not self.cabinet.text() else self.buttons["archiveButton"]).setFocus()

    def archive_scanned(self) -> None:
        text = self.label_edit.text().strip()
        if self.to_file is None or text != self.to_file.label_id:
            self.to_file = None
            self.picker.lookup()  # a carrier in store named here becomes to_file
        item, led = self.to_file, self.ctx.ledger
        if item is None:
            return
        ref = self.ctx.write(lambda: archive.archive_carrier(
            led, carrier_id=item.carrier_id, cabinet=self.cabinet.text(), box=self.box.text()),
            parent=self)
        if ref is not None:
            self.to_file = None
            self.label_edit.clear()
            self.label_edit.setFocus()
            self._done(ref, self.tr("Filed {reg_no} copy {copy} at {location}.").format(
                reg_no=ref.reg_no, copy=ref.copy_no_text,
                location=f"{self.cabinet.text()}/{self.box.text()}"))

    # -- loans -------------------------------------------------------------------------------
    def new_request(self) -> None:
        dlg = LoanRequestDialog(self.ctx, self)
        if dlg.exec():
            self._done(dlg.result_dto, self.tr("Loan {no} requested; it waits for approval.")
                       .format(no=dlg.result_dto.loan_no))

    def paper_decision(self) -> None:
        loan = self.selected_loan()
        if loan is None or loan.approval is None or not loan.approval.is_pending:
            self.status.setText(self.tr("Choose a loan that waits for approval."))
            return
        dlg = PaperDecisionDialog(self.ctx, loan.approval.id, self)
        if dlg.exec():
            self._done(dlg.result_dto, self.tr("Decision recorded from the paper form."))

    def issue(self) -> None:
        loan = self.selected_loan()
        if loan is not None:
            led = self.ctx.ledger
            got = self.ctx.write(lambda: loans.issue_loan(led, loan_id=loan.id), parent=self)
            self._done(got, self.tr("Issued {no}; due back {due}.").format(
                no=loan.loan_no, due=when(led, got.due_at) if got else ""))

    def renew(self) -> None:
        loan = self.selected_loan()
        if loan is not None:
            led = self.ctx.ledger
            got = self.ctx.write(lambda: loans.renew_loan(led, loan_id=loan.id), parent=self)
            if got is not None and got.overdue_renewals > loan.overdue_renewals:
                self._done(got, self.tr("Renewed although overdue (flagged); due back {due}.")
                           .format(due=when(led, got.due_at)))
            elif got is not None:
                self._done(got, self.tr("Renewed; due back {due}.").format(due=when(led, got.due_at)))

    # -- printing ------------------------------------------------------------------------------
    def print_form(self, path: Path | None = None) -> None:
        loan = self.selected_loan()
        if loan is not None:
            self._save(path, self.tr("Save loan approval form"), f"借阅审批单_{loan.loan_no}.pdf",
                       olv.of_loan_form(self.ctx.ledger, loan.id),
                       partial(wf_print.print_loan_form, loan_id=loan.id))

    def print_register(self, path: Path | None = None) -> None:
        self._save(path, self.tr("Save loan register"), "借阅登记簿.pdf",
                   olv.of_loan_register(self.ctx.ledger), wf_print.print_loan_register)

    def export_register(self, path: Path | None = None) -> None:
        self._save(path, self.tr("Export loan register"), "借阅登记簿.xlsx",
                   olv.of_loan_register(self.ctx.ledger), wf_print.export_loan_register_xlsx)

    def _save(self, path: Path | None, title: str, name: str, level: Classification | None,
              write: Callable[..., Path]) -> None:
        """Ask where (unless *path*), then ``write(ledger, path=…, progress=…)``."""
        led = self.ctx.ledger
        write_file(self.ctx, self, path, ask=title, name=name, busy=printing(), level=level,
                   cancellable=True, on_done=self._saved,
                   write=lambda target, p: write(led, path=target, progress=p))

    def _saved(self, path: Any) -> None:
        self.status.setText(self.tr("Saved {path}").format(path=str(path)))


register_pane(PaneSpec(
    key="loans", title=str(QT_TRANSLATE_NOOP("Panes", "Archive and loans")),
    icon="SP_DirIcon", roles=frozenset({Role.ARCHIVIST}), order=50,
    factory=lambda ctx: LoansPane(ctx),
))
