"""审批 pane: approvers see what waits for them and decide; requesters see the
status of what they asked for. Decisions given on paper are recorded in the loans pane."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area
from secledger.domain.enums import Role
from secledger.services.approvals import detail as approval_detail
from secledger.services.approvals import requests as approvals
from secledger.services.approvals.detail import QueueEntry
from secledger.services.approvals.requests import ApprovalDTO
from secledger.services.audit import output_levels as olv
from secledger.services.classification import printing as classification_print
from secledger.services.custody import carry_out_print
from secledger.services.custody import printing as wf_print
from secledger.services.disposal import copying_print, destruction_print
from secledger.services.media import printing as media_print
from secledger.ui.context import AppContext
from secledger.ui.panes.approvals.detail import ApprovalDetailView
from secledger.ui.panes.custody.common import changed_in
from secledger.ui.panes.custody.routing import printing, table
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.widgets.columns import fit_columns
from secledger.ui.widgets.forms import named
from secledger.ui.widgets.saving import write_file
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

AREAS = (Area.APPROVALS, Area.LOANS, Area.COPYING, Area.DESTRUCTION, Area.CARRIERS)


def _c(header: object, text: object) -> Column[ApprovalDTO]:
    return Column[ApprovalDTO](header, text)  # type: ignore[arg-type]


def _q(header: object, text: object) -> Column[QueueEntry]:
    return Column[QueueEntry](header, text)  # type: ignore[arg-type]


class QueueModel(DtoTableModel[QueueEntry]):
    CONTEXT = "WorkflowColumns"
    COLUMNS: Sequence[Column[QueueEntry]] = (
        _q(QT_TRANSLATE_NOOP("WorkflowColumns", "Asked by"), lambda e: e.approval.requested_by),
        _q(QT_TRANSLATE_NOOP("WorkflowColumns", "What is asked"), lambda e: e.approval.summary),
        _q(QT_TRANSLATE_NOOP("WorkflowColumns", "Rule"), lambda e: e.approval.rule),
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
    """审批: the queue above (a request the user may not decide himself is listed with the
    reason), the whole request below with the comment, approve / reject and the form."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("approvalsPane")
        self.queue_model = QueueModel(parent=self)
        self.queue_model.COLUMNS = (*QueueModel.COLUMNS, _q(
            QT_TRANSLATE_NOOP("WorkflowColumns", "Note"), self._note))
        self.mine_model = MineModel(parent=self)
        self.queue_view = table(self.queue_model, "approvalQueue")
        self.queue_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_row(current.row()))
        self.mine_view = table(self.mine_model, "myRequests")
        self.view = ApprovalDetailView(ctx.lang)
        self.approve_button, self.reject_button = self.view.approve_button, self.view.reject_button
        self.approve_button.clicked.connect(lambda: self._decide_shown(True))
        self.reject_button.clicked.connect(lambda: self._decide_shown(False))
        self.view.print_button.clicked.connect(lambda: self.print_form())
        self.hint = named(QLabel(""), "queueHint")
        self.hint.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.queue_view)
        split.addWidget(self.view)
        split.setStretchFactor(1, 2)
        queue_page = QWidget()
        lay = QVBoxLayout(queue_page)
        lay.addWidget(self.hint)
        lay.addWidget(split, 1)
        self.tabs = named(QTabWidget(), "approvalTabs")
        self.tabs.addTab(queue_page, self.tr("Waiting for my decision"))
        self.tabs.addTab(self.mine_view, self.tr("My requests"))
        QVBoxLayout(self).addWidget(self.tabs)
        ctx.changed.connect(self._changed)

    def _note(self, e: QueueEntry) -> str:
        if not e.blocked:
            return ""
        return self.tr("Your own request: another approver decides") \
            if e.blocked_code == "approval.own_request" \
            else self.tr("For you: another approver decides")

    @property
    def approver(self) -> bool:
        return Role.APPROVER in self.ctx.ledger.user.roles

    def refresh(self) -> None:
        led = self.ctx.ledger
        if led.locked:
            return
        keep = self.view.detail.approval.id if self.view.detail else None
        entries = approval_detail.waiting(led) if self.approver else []
        self.queue_model.set_rows(entries)
        self.mine_model.set_rows(approvals.mine(led))
        self._hint(entries)
        fit_columns(self.queue_view)
        fit_columns(self.mine_view)
        self.view.clear()
        for row, e in enumerate(entries):
            if e.approval.id == keep:
                self.queue_view.selectRow(row)

    def _hint(self, entries: list[QueueEntry]) -> None:
        if not self.approver:
            self.hint.setText(self.tr("Only approvers decide; your requests are listed under "
                                      "“My requests”."))
            return
        mine = sum(1 for e in entries if e.blocked)
        text = self.tr("%n request(s) wait for your decision.", "", len(entries) - mine)
        if mine:
            text += " " + self.tr("%n more are your own requests or for you: by the rule that "
                                  "nobody approves his own request, another "
                                  "approver decides them.", "", mine)
        self.hint.setText(text)

    def _changed(self, changes: object) -> None:
        if changed_in(changes, *AREAS) and self.isVisible():
            self.refresh()

    # -- the request shown ------------------------------------------------------------
    def show_row(self, row: int) -> None:
        """Show the request on *row* of the queue (nothing for no row)."""
        if not 0 <= row < self.queue_model.rowCount():
            self.view.clear()
            return
        self.show_request(self.queue_model.row_at(row).approval.id)

    def show_request(self, approval_id: int) -> None:
        led = self.ctx.ledger
        got = self.ctx.read(lambda: approval_detail.detail(led, approval_id), parent=self,
                            error=self.view.error)
        if got is not None:
            self.view.show_detail(got, can_decide=self.approver)

    def _decide_shown(self, approve: bool) -> None:
        d = self.view.detail
        if d is not None:
            self.decide(d.approval.id, approve, self.view.comment.text())

    def decide(self, approval_id: int, approve: bool, reason: str = "") -> bool:
        """Approve or reject with *reason* (required to reject); a refusal shows under the
        request, which stays on screen."""
        led = self.ctx.ledger
        done = self.ctx.write(lambda: approvals.decide(
            led, approval_id=approval_id, approve=approve, reason=reason), parent=self,
            error=self.view.error)
        if done is None:
            now = self.ctx.read(lambda: approvals.get(led, approval_id), parent=self)
            if now is not None and not now.is_pending:
                self.refresh()  # decided elsewhere meanwhile
            return False
        return True

    # -- the form for signature ------------------------------------------------------------
    def print_form(self, path: Path | None = None) -> None:
        """The request's own form (复制审批单, 借阅审批单, 销毁清单, 定密审批表, 携带外出审批单,
        涉密设备维修审批表) for the signature."""
        d, led = self.view.detail, self.ctx.ledger
        if d is None or not d.subject.form:
            return
        sid, form = d.approval.subject_id, d.subject.form
        writers: dict[str, tuple[str, Any, Any]] = {
            "copy": ("复制审批单", olv.of_copy_form,
                     lambda p, _progress: copying_print.print_copy_form(led, sid, p)),
            "loan": ("借阅审批单", olv.of_loan_form,
                     lambda p, progress: wf_print.print_loan_form(led, loan_id=sid, path=p,
                                                                  progress=progress)),
            "destruction": ("销毁清单", olv.of_manifest,
                            lambda p, progress: destruction_print.print_manifest(
                                led, sid, p, progress)),
            "classification": ("定密审批表", classification_print.approval_form_level,
                               lambda p, progress: classification_print.print_approval_form(
                                   led, sid, p, progress=progress)),
            "carry_out": ("携带外出审批单", carry_out_print.form_level,
                          lambda p, _progress: carry_out_print.print_carry_out_form(led, sid, p)),
            # names the device and its level, no secret content: no level (media/printing)
            "media_repair": ("涉密设备维修审批表", lambda _led, _sid: None,
                             lambda p, _progress: media_print.print_repair_form(led, sid, p)),
        }
        name, level, write = writers[form]
        write_file(self.ctx, self, path, ask=self.tr("Print the approval form"),
                   name=f"{name}_{d.subject.number}.pdf", busy=printing(),
                   level=level(led, sid), write=write, on_done=self._saved)

    def _saved(self, path: Any) -> None:
        self.hint.setText(self.tr("Saved {path}").format(path=str(path)))


register_pane(PaneSpec(
    key="approvals", title=str(QT_TRANSLATE_NOOP("Panes", "Approvals")),
    icon="SP_DialogApplyButton",
    roles=frozenset({Role.APPROVER, Role.CLERK, Role.ARCHIVIST}), order=45,
    factory=lambda ctx: ApprovalsPane(ctx),
))
