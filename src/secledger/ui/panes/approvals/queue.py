"""审批 pane: approvers see what waits for them and decide; requesters see the
status of what they asked for. Decisions given on paper are recorded in the loans pane."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area
from secledger.domain.enums import Role
from secledger.services.approvals import requests as approvals
from secledger.services.approvals.requests import ApprovalDTO
from secledger.ui.context import AppContext
from secledger.ui.panes.custody.common import changed_in
from secledger.ui.panes.custody.routing import selected, table
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.widgets.columns import fit_columns
from secledger.ui.widgets.forms import named
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

AREAS = (Area.APPROVALS, Area.LOANS)


def _c(header: object, text: object) -> Column[ApprovalDTO]:
    return Column[ApprovalDTO](header, text)  # type: ignore[arg-type]


class QueueModel(DtoTableModel[ApprovalDTO]):
    CONTEXT = "WorkflowColumns"
    COLUMNS = (
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Asked by"), lambda a: a.requested_by),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "What is asked"), lambda a: a.summary),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Rule"), lambda a: a.rule),
    )


class MineModel(DtoTableModel[ApprovalDTO]):
    CONTEXT = "WorkflowColumns"
    COLUMNS = (
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "What is asked"), lambda a: a.summary),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Status"), lambda a: a.status_label),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Approver"), lambda a: a.decided_by),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Given"), lambda a: a.via_label),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Form no."), lambda a: a.paper_form_no),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Reason"), lambda a: a.reason),
    )


class ApprovalsPane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("approvalsPane")
        self.queue_model = QueueModel(parent=self)
        self.mine_model = MineModel(parent=self)
        self.queue_view = table(self.queue_model, "approvalQueue")
        self.mine_view = table(self.mine_model, "myRequests")
        self.approve_button = named(QPushButton(self.tr("Approve…")), "approveButton")
        self.reject_button = named(QPushButton(self.tr("Reject…")), "rejectButton")
        self.approve_button.clicked.connect(lambda: self._ask(True))
        self.reject_button.clicked.connect(lambda: self._ask(False))
        self.hint = named(QLabel(""), "queueHint")
        queue_page = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.approve_button)
        row.addWidget(self.reject_button)
        row.addStretch(1)
        lay = QVBoxLayout(queue_page)
        lay.addWidget(self.hint)
        lay.addLayout(row)
        lay.addWidget(self.queue_view, 1)
        self.tabs = named(QTabWidget(), "approvalTabs")
        self.tabs.addTab(queue_page, self.tr("Waiting for my decision"))
        self.tabs.addTab(self.mine_view, self.tr("My requests"))
        QVBoxLayout(self).addWidget(self.tabs)
        ctx.changed.connect(self._changed)

    def refresh(self) -> None:
        led = self.ctx.ledger
        if led.locked:
            return
        approver = Role.APPROVER in led.user.roles
        self.queue_model.set_rows(approvals.queue(led) if approver else [])
        self.mine_model.set_rows(approvals.mine(led))
        self.approve_button.setEnabled(approver)
        self.reject_button.setEnabled(approver)
        n = self.queue_model.rowCount()
        self.hint.setText(self.tr("%n request(s) wait for your decision.", "", n) if approver
                          else self.tr("Only approvers decide; your requests are listed under “My requests”."))
        fit_columns(self.queue_view)
        fit_columns(self.mine_view)

    def _changed(self, changes: object) -> None:
        if changed_in(changes, *AREAS) and self.isVisible():
            self.refresh()

    def _ask(self, approve: bool) -> None:
        item = selected(self.queue_view, self.queue_model)
        if item is None:
            return
        title = self.tr("Approve") if approve else self.tr("Reject")
        prompt = self.tr("Opinion (optional):") if approve else self.tr("Reason (required):")
        reason, ok = QInputDialog.getText(self, title, prompt)
        if ok:
            self.decide(item.id, approve, reason)

    def decide(self, approval_id: int, approve: bool, reason: str = "") -> bool:
        led = self.ctx.ledger
        done = self.ctx.write(lambda: approvals.decide(
            led, approval_id=approval_id, approve=approve, reason=reason), parent=self)
        if done is None:
            self.refresh()  # refused: it may have been decided elsewhere meanwhile
        return done is not None


register_pane(PaneSpec(
    key="approvals", title=str(QT_TRANSLATE_NOOP("Panes", "Approvals")),
    icon="SP_DialogApplyButton",
    roles=frozenset({Role.APPROVER, Role.CLERK, Role.ARCHIVIST}), order=45,
    factory=lambda ctx: ApprovalsPane(ctx),
))
