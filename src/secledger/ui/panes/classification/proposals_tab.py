"""定密申请 tab: the proposals of the unit's own documents (pending ones with the ten-day
limit and the overdue ones in red; those sent to an originator), a new proposal, withdrawal,
the printed 审批表, and the originator's answer to a proposal the unit sent. Proposals are
decided by a 定密责任人 in the 审批 pane."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel, QVBoxLayout, QWidget

from secledger.domain.classification import DecisionKind, ProposalStatus
from secledger.domain.enums import Role
from secledger.services.classification import printing as class_print
from secledger.services.classification import proposals, read
from secledger.services.ledger.timing import local_now, policy_int
from secledger.ui.context import AppContext
from secledger.ui.panes.classification.dialogs import (
    OriginatorDialog,
    ProposalDialog,
    SentProposalDialog,
)
from secledger.ui.panes.classification.models import ProposalRow, ProposalsModel
from secledger.ui.panes.custody.common import fit_columns
from secledger.ui.panes.custody.routing import ButtonsMixin, printing, selected, table
from secledger.ui.widgets.forms import ErrorLabel, named
from secledger.ui.widgets.saving import write_file

PENDING, OVERDUE, SENT, ALL = "pending", "overdue", "sent", "all"


class ProposalsTab(ButtonsMixin, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("proposalsTab")
        self.buttons = {}
        self.model = ProposalsModel(parent=self)
        self.view = table(self.model, "proposalsTable")
        self.show_which = named(QComboBox(), "proposalFilter")
        for text, key in ((self.tr("Pending"), PENDING), (self.tr("Overdue"), OVERDUE),
                          (self.tr("Sent to an originator"), SENT), (self.tr("All"), ALL)):
            self.show_which.addItem(text, key)
        self.show_which.currentIndexChanged.connect(lambda _i: self.refresh())
        self.hint = named(QLabel(""), "proposalsHint")
        self.hint.setWordWrap(True)
        self.error = ErrorLabel(self)
        actions = self._button_row(
            ("new", self.tr("New proposal…"), self.new_proposal),
            ("withdraw", self.tr("Withdraw…"), self.withdraw),
            ("print", self.tr("Print approval form…"), self.print_form),
            ("sent", self.tr("Record proposal sent to originator…"), self.record_sent),
            ("answer", self.tr("Record originator's answer…"), self.record_answer),
        )
        actions.insertWidget(0, self.show_which)
        lay = QVBoxLayout(self)
        lay.addWidget(self.hint)
        lay.addLayout(actions)
        lay.addWidget(self.error)
        lay.addWidget(self.view, 1)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.enable())

    def refresh(self) -> None:
        led = self.ctx.ledger
        if led.locked:
            return
        which = self.show_which.currentData()
        status = {PENDING: ProposalStatus.PENDING, OVERDUE: ProposalStatus.PENDING,
                  SENT: ProposalStatus.SENT}.get(which)
        today = local_now(led).date()
        rows = read.proposals(led, status=status, overdue=which == OVERDUE)
        self.model.set_rows([ProposalRow(p, p.days_left(today)) for p in rows])
        late = len(read.proposals(led, overdue=True))
        self.hint.setText(self.tr(
            "The officer in charge proposes; a designated classifier decides within {days} days "
            "in the Approvals pane, or on the printed form the clerk records there. "
            "Overdue now: {late}.").format(days=policy_int(led, "classification_decide_days"),
                                           late=late))
        fit_columns(self.view)
        self.enable()

    def current(self) -> ProposalRow | None:
        return selected(self.view, self.model)

    def enable(self) -> None:
        if self.ctx.ledger.locked:
            return
        clerk = Role.CLERK in self.ctx.ledger.user.roles
        r = self.current()
        status = r.p.status if r is not None else ""
        self.buttons["new"].setEnabled(clerk)
        self.buttons["sent"].setEnabled(clerk)
        self.buttons["withdraw"].setEnabled(clerk and status == ProposalStatus.PENDING.value)
        self.buttons["answer"].setEnabled(clerk and status == ProposalStatus.SENT.value)
        self.buttons["print"].setEnabled(r is not None and not r.p.addressee)

    # -- actions ------------------------------------------------------------------------
    def new_proposal(self, document_id: int | None = None) -> None:
        ProposalDialog(self.ctx, self, document_id=document_id).exec()

    def record_sent(self) -> None:
        SentProposalDialog(self.ctx, self).exec()

    def record_answer(self) -> None:
        r = self.current()
        if r is not None:
            dlg = OriginatorDialog(self.ctx, self, document_id=r.p.document_id,
                                   kind=DecisionKind(r.p.kind))
            dlg.answers.setCurrentIndex(max(0, dlg.answers.findData(r.p.id)))
            dlg.exec()

    def withdraw(self, reason: str | None = None) -> None:
        r = self.current()
        if r is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Withdraw proposal"),
                                              self.tr("Reason:"))
            if not ok:
                return
        self.ctx.write(lambda: proposals.withdraw(self.ctx.ledger, proposal_id=r.p.id,
                                                  reason=reason or ""),
                       parent=self, error=self.error)

    def print_form(self, path: Path | None = None) -> None:
        r = self.current()
        if r is None:
            return
        led = self.ctx.ledger
        write_file(self.ctx, self, path, ask=self.tr("Save the approval form"),
                   name=f"{r.p.proposal_no}.pdf", busy=printing(),
                   level=class_print.approval_form_level(led, r.p.id),
                   write=lambda target, progress: class_print.print_approval_form(
                       led, r.p.id, target, progress=progress))


__all__ = ["ProposalsTab"]
