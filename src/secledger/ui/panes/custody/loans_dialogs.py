"""Dialogs of the archive & borrowing pane: a loan request, a decision from a paper form.
Both save through ``ctx.write`` (a refusal stays under the form, which keeps its input)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from secledger.domain.lookup import Use
from secledger.services.approvals import requests as approvals
from secledger.services.carriers import lookup
from secledger.services.carriers.items import CarrierItem
from secledger.services.custody import loans
from secledger.services.ledger.timing import local_now
from secledger.ui.context import AppContext
from secledger.ui.panes.custody.routing import fill_people
from secledger.ui.widgets.carrier_picker import CarrierPicker
from secledger.ui.widgets.forms import FormDialog, named, pydate, qdate


class LoanRequestDialog(FormDialog):
    """借阅申请: borrower, carriers (scanned labels or 登记号/份号, one a line, or found and
    picked), purpose, mode, due date."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New loan request"), parent)
        led = ctx.ledger
        self.borrower = named(QComboBox(), "borrowerCombo")
        fill_people(self.borrower, led, placeholder=self.tr("— choose —"))
        self.labels = named(QPlainTextEdit(), "loanLabels")
        self.labels.setPlaceholderText(self.tr(
            "Scan the labels or type reg. nos. with copy nos., one per line"))
        self.labels.setTabChangesFocus(True)
        # search and pick: the chosen carrier is added as a line
        self.picker = CarrierPicker(ctx, Use.LOAN, name="loanPicker", error=self.error)
        self.picker.picked.connect(self._add_line)
        self.purpose = named(QLineEdit(), "loanPurpose")
        self.take_out = named(QCheckBox(self.tr("Take out of the reading room (needs approval)")),
                              "loanTakeOut")
        self.set_due = named(QCheckBox(self.tr("Fix the due date now")), "loanSetDue")
        self.due = named(QDateEdit(qdate(local_now(led).date())), "loanDue")
        self.due.setCalendarPopup(True)
        self.due.setEnabled(False)
        self.set_due.toggled.connect(self.due.setEnabled)
        self.form.addRow(self.tr("Borrower:"), self.borrower)
        self.form.addRow(self.tr("Find:"), self.picker)
        self.form.addRow(self.tr("Carriers:"), self.labels)
        self.form.addRow(self.tr("Purpose:"), self.purpose)
        self.form.addRow("", self.take_out)
        self.form.addRow(self.set_due, self.due)

    def _add_line(self, item: CarrierItem, _how: str) -> None:
        lines = [x for x in self.labels.toPlainText().splitlines() if x.strip()]
        lines.append(f"{item.reg_no}/{item.copy_no}")
        self.labels.setPlainText("\n".join(lines))

    def carrier_ids(self) -> list[int]:
        """The carriers of the lines (labels, 登记号 with 份号, or 登记号 for all its archived
        copies); a line naming nothing that can be lent is refused, saying why."""
        return lookup.resolve_lines(self.ctx.ledger, self.labels.toPlainText().splitlines(),
                                    use=Use.LOAN)

    def save(self) -> Any:
        led = self.ctx.ledger
        return loans.request_loan(
            led, borrower_id=int(self.borrower.currentData() or 0), carrier_ids=self.carrier_ids(),
            purpose=self.purpose.text(), take_out=self.take_out.isChecked(),
            due_on=pydate(self.due.date()) if self.set_due.isChecked() else None)


class PaperDecisionDialog(FormDialog):
    """Transcribe a signed 借阅审批单: approver, decision, date, form number, reason."""

    def __init__(self, ctx: AppContext, approval_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Record a signed approval form"), parent)
        led = ctx.ledger
        self.approval_id = approval_id
        self.approver = named(QComboBox(), "paperApprover")
        fill_people(self.approver, led, placeholder=self.tr("— choose —"))
        self.approve_radio = named(QRadioButton(self.tr("Approved")), "paperApproved")
        self.reject_radio = named(QRadioButton(self.tr("Rejected")), "paperRejected")
        self.approve_radio.setChecked(True)
        self.on = named(QDateEdit(qdate(local_now(led).date())), "paperDate")
        self.on.setCalendarPopup(True)
        self.form_no = named(QLineEdit(), "paperFormNo")
        self.reason = named(QLineEdit(), "paperReason")
        self.form.addRow(self.tr("Approver:"), self.approver)
        self.form.addRow(self.tr("Decision:"), self.approve_radio)
        self.form.addRow("", self.reject_radio)
        self.form.addRow(self.tr("Signed on:"), self.on)
        self.form.addRow(self.tr("Form number:"), self.form_no)
        self.form.addRow(self.tr("Opinion / reason:"), self.reason)

    def save(self) -> Any:
        return approvals.record_paper_decision(
            self.ctx.ledger, approval_id=self.approval_id,
            approver_person_id=int(self.approver.currentData() or 0),
            approve=self.approve_radio.isChecked(), decided_on=pydate(self.on.date()),
            form_no=self.form_no.text(), reason=self.reason.text())
