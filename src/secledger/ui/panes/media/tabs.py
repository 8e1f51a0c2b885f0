"""The loans (借用) and repairs (维修) tabs of the devices and media pane: the lists with
their status and approval, a decision transcribed from a signed paper form, and the steps
after approval (lend, return; send, returned), the 涉密设备维修审批表 and 维修登记簿."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from secledger.domain.enums import Role
from secledger.domain.media import LoanStatus, RepairStatus
from secledger.services.ledger.timing import utc_naive
from secledger.services.media import lending, records, repair
from secledger.services.media import printing as mp
from secledger.services.media.records import MediaLoanDTO, MediaRepairDTO
from secledger.ui.context import AppContext
from secledger.ui.labels import label_for
from secledger.ui.panes.custody.common import table
from secledger.ui.panes.custody.loans_dialogs import PaperDecisionDialog
from secledger.ui.panes.custody.routing import ButtonsMixin, printing, selected, when
from secledger.ui.panes.media.dialogs import RepairReturnDialog
from secledger.ui.panes.media.models import LoanLine, LoansModel, RepairLine, RepairsModel
from secledger.ui.widgets.columns import fit_columns
from secledger.ui.widgets.forms import ErrorLabel, named
from secledger.ui.widgets.saving import write_file


class _Tab(ButtonsMixin, QWidget):
    """A list with a status filter, buttons, a status line and an inline error."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.buttons: dict[str, QPushButton] = {}
        self.status = named(QLabel(""), f"{type(self).__name__}Status")
        self.status.setWordWrap(True)
        self.error = ErrorLabel(self)

    def _lay(self, actions: QHBoxLayout, view: QWidget) -> None:
        lay = QVBoxLayout(self)
        lay.addLayout(actions)
        lay.addWidget(self.error)
        lay.addWidget(self.status)
        lay.addWidget(view, 1)

    def _keep(self, view: Any, model: Any, rows: list[Any], key: Any) -> None:
        """Load *rows*, keeping the selected row (by ``key(row)``) selected."""
        got = selected(view, model)
        model.set_rows(rows)
        fit_columns(view)
        if got is not None:
            for n, row in enumerate(rows):
                if key(row) == key(got):
                    view.selectRow(n)

    def _enable(self) -> None:
        clerk = Role.CLERK in self.ctx.ledger.user.roles
        for b in self.buttons.values():
            b.setEnabled(clerk)

    def _paper(self, approval: Any) -> Any:
        if approval is None or not approval.is_pending:
            self.status.setText(QCoreApplication.translate(
                "MediaTabs", "Choose a request that waits for approval."))
            return None
        dlg = PaperDecisionDialog(self.ctx, approval.id, self)
        if dlg.exec():
            self.status.setText(QCoreApplication.translate(
                "MediaTabs", "Decision recorded from the paper form."))
        return dlg.result_dto

    def _reason(self, title: str, reason: str | None) -> str | None:
        if reason is not None:
            return reason
        text, ok = QInputDialog.getText(self, title,
                                        QCoreApplication.translate("MediaTabs", "Reason:"))
        return text if ok else None

    def _write(self, fn: Any, done: str) -> Any:
        got = self.ctx.write(fn, parent=self, error=self.error)
        if got is not None:
            self.status.setText(done.format(no=got.reg_no, status=label_for(
                LoanStatus(got.status) if isinstance(got, MediaLoanDTO)
                else RepairStatus(got.status))))
        return got


class LoansTab(_Tab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("mediaLoansTab")
        self.model = LoansModel(parent=self)
        self.view = table(self.model, "mediaLoans")
        self._lay(self._button_row(
            ("loanPaper", self.tr("Record paper approval…"), self.paper_decision),
            ("loanLend", self.tr("Lend"), self.lend),
            ("loanReturn", self.tr("Returned"), self.return_loan),
            ("loanCancel", self.tr("Cancel request…"), self.cancel),
        ), self.view)

    def refresh(self) -> None:
        led = self.ctx.ledger
        now = utc_naive(led.now())
        self._keep(self.view, self.model, [
            LoanLine(x, when(led, x.due_at), when(led, x.lent_at), when(led, x.returned_at),
                     x.overdue(now)) for x in records.list_loans(led)], lambda r: r.loan.id)
        self._enable()

    def selected_loan(self) -> MediaLoanDTO | None:
        row = selected(self.view, self.model)
        return row.loan if row is not None else None

    def paper_decision(self) -> Any:
        loan = self.selected_loan()
        return self._paper(loan.approval if loan else None)

    def lend(self) -> Any:
        loan, led = self.selected_loan(), self.ctx.ledger
        if loan is not None:
            return self._write(lambda: lending.lend(led, loan_id=loan.id),
                               self.tr("{no}: {status}."))
        return None

    def return_loan(self) -> Any:
        loan, led = self.selected_loan(), self.ctx.ledger
        if loan is not None:
            return self._write(lambda: lending.return_loan(led, loan_id=loan.id),
                               self.tr("{no}: {status}."))
        return None

    def cancel(self, reason: str | None = None) -> Any:
        loan, led = self.selected_loan(), self.ctx.ledger
        why = self._reason(self.tr("Cancel the loan request"), reason) if loan else None
        if loan is not None and why is not None:
            return self._write(lambda: lending.cancel_loan(led, loan_id=loan.id, reason=why),
                               self.tr("{no}: {status}."))
        return None


class RepairsTab(_Tab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("mediaRepairsTab")
        self.model = RepairsModel(parent=self)
        self.view = table(self.model, "mediaRepairs")
        row = self._button_row(
            ("repairPaper", self.tr("Record paper approval…"), self.paper_decision),
            ("repairSend", self.tr("Sent for repair"), self.send),
            ("repairReturn", self.tr("Returned…"), self.returned),
            ("repairCancel", self.tr("Cancel request…"), self.cancel),
        )
        self.print_buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("repairForm", self.tr("Print approval form…"), self.print_form),
            ("repairRegister", self.tr("Print repair register…"), self.print_register),
            ("repairExport", self.tr("Export repair register…"), self.export_register),
        ):
            b = named(QPushButton(text), key)
            b.clicked.connect(lambda _=False, f=slot: f())
            self.print_buttons[key] = b
            row.addWidget(b)
        self._lay(row, self.view)

    def refresh(self) -> None:
        led = self.ctx.ledger
        self._keep(self.view, self.model, [
            RepairLine(x, when(led, x.sent_at), when(led, x.returned_at))
            for x in records.list_repairs(led)], lambda r: r.repair.id)
        self._enable()

    def selected_repair(self) -> MediaRepairDTO | None:
        row = selected(self.view, self.model)
        return row.repair if row is not None else None

    def paper_decision(self) -> Any:
        r = self.selected_repair()
        return self._paper(r.approval if r else None)

    def send(self) -> Any:
        r, led = self.selected_repair(), self.ctx.ledger
        if r is not None:
            return self._write(lambda: repair.send_repair(led, repair_id=r.id),
                               self.tr("{no}: {status}."))
        return None

    def returned(self) -> Any:
        r = self.selected_repair()
        if r is None:
            return None
        dlg = RepairReturnDialog(self.ctx, r, self)
        if dlg.exec() and dlg.result_dto is not None:
            self.status.setText(self.tr("{no}: {status}.").format(
                no=dlg.result_dto.reg_no, status=label_for(RepairStatus(dlg.result_dto.status))))
        return dlg.result_dto

    def cancel(self, reason: str | None = None) -> Any:
        r, led = self.selected_repair(), self.ctx.ledger
        why = self._reason(self.tr("Cancel the repair request"), reason) if r else None
        if r is not None and why is not None:
            return self._write(lambda: repair.cancel_repair(led, repair_id=r.id, reason=why),
                               self.tr("{no}: {status}."))
        return None

    def print_form(self, path: Path | None = None) -> None:
        r, led = self.selected_repair(), self.ctx.ledger
        if r is not None:
            write_file(self.ctx, self, path, ask=self.tr("Save the repair approval form"),
                       name=f"涉密设备维修审批表_{r.reg_no}.pdf", busy=printing(),
                       on_done=self._saved,
                       write=lambda target, _p: mp.print_repair_form(led, r.id, target))

    def print_register(self, path: Path | None = None) -> None:
        led = self.ctx.ledger
        write_file(self.ctx, self, path, ask=self.tr("Save the repair register"),
                   name="涉密设备维修登记簿.pdf", busy=printing(), cancellable=True,
                   on_done=self._saved,
                   write=lambda target, p: mp.print_repair_register(led, target, progress=p))

    def export_register(self, path: Path | None = None) -> None:
        led = self.ctx.ledger
        write_file(self.ctx, self, path, ask=self.tr("Export the repair register"),
                   name="涉密设备维修登记簿.xlsx", busy=printing(), on_done=self._saved,
                   write=lambda target, _p: mp.export_repair_register_xlsx(led, target))

    def _saved(self, path: Any) -> None:
        self.status.setText(self.tr("Saved {path}").format(path=str(path)))
