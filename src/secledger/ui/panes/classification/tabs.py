"""The worklist tabs of the 定密管理 pane: 保密期限即将届满, 已解密待处理, 待换标 and
待通知签收 (年度审核 in ``review_tab``). Each pages its worklist from SQL (``WorklistModel``), acts on the selected
rows through the one operation path, and enables only what the user's roles may do (the
services refuse the rest anyway)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar, cast

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.classification import DecisionKind
from secledger.domain.enums import Role
from secledger.services.audit import output_levels as olv
from secledger.services.browse import query as browse
from secledger.services.classification import marking
from secledger.services.classification import printing as class_print
from secledger.services.classification.worklists import Worklist
from secledger.services.ledger.timing import policy_int
from secledger.ui.context import AppContext
from secledger.ui.panes.classification.dialogs import (
    OriginatorDialog,
    ProposalDialog,
    SentProposalDialog,
)
from secledger.ui.panes.classification.models import WorklistModel
from secledger.ui.panes.classification.records import SignDialog
from secledger.ui.panes.custody.common import selected_rows, table
from secledger.ui.panes.custody.routing import ButtonsMixin, printing
from secledger.ui.widgets.forms import ErrorLabel, named
from secledger.ui.widgets.saving import write_file

CLERK, ARCHIVIST, APPROVER = Role.CLERK, Role.ARCHIVIST, Role.APPROVER
#: which selections a button needs
ANY, ONE, OWN, ONE_OWN, RECEIVED, ONE_RECEIVED = "any", "one", "own", "1own", "rec", "1rec"
#: button key -> (roles that may press it, the selection it needs)
Needs = dict[str, tuple[tuple[Role, ...], str]]


def _fits(need: str, rows: list[Any]) -> bool:
    if not rows or ((need.startswith("1") or need == ONE) and len(rows) != 1):
        return False
    if need in (OWN, ONE_OWN):
        return all(r.own for r in rows)
    if need in (RECEIVED, ONE_RECEIVED):
        return not any(r.own for r in rows)
    return True


class WorklistTab(ButtonsMixin, QWidget):
    """A worklist with its hint, options, actions, refusal line and paged table."""

    WORKLIST = Worklist.MARKING
    NAME = "worklist"
    #: button key -> (roles that may press it, the selection it needs)
    NEEDS: ClassVar[Needs] = {}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"{self.NAME}Tab")
        self.buttons = {}
        self.model = WorklistModel(lambda: ctx.ledger, self.WORKLIST, parent=self)
        self.view = table(cast(Any, self.model), f"{self.NAME}Table", multi=True)
        self.view.verticalHeader().setResizeContentsPrecision(0)  # only the rows on screen
        self.hint = named(QLabel(""), f"{self.NAME}Hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #444;")
        self.error = ErrorLabel(self)
        self.status = named(QLabel(""), f"{self.NAME}Status")
        self.status.setWordWrap(True)
        self.status.hide()
        self.options = QHBoxLayout()
        self.action_row = QHBoxLayout()
        row = QHBoxLayout()
        row.addLayout(self.options)
        row.addLayout(self.action_row)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.hint)
        lay.addLayout(row)
        lay.addWidget(self.error)
        lay.addWidget(self.status)
        lay.addWidget(self.view, 1)
        self.build()
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.enable())
        self.model.modelReset.connect(self.enable)
        self.model.page_loaded.connect(lambda *_: self.enable())  # selected rows now read

    def build(self) -> None:
        """Add options and buttons (``self.add(key, text, slot)``)."""

    def add(self, key: str, text: str, slot: Callable[[], Any]) -> None:
        self.action_row.addWidget(self._button(key, text, slot))

    def option(self, text: str, name: str, group: QButtonGroup, checked: bool = False
               ) -> QRadioButton:
        button = named(QRadioButton(text), name)
        button.setChecked(checked)
        group.addButton(button)
        self.options.addWidget(button)
        button.toggled.connect(lambda on: self.switched() if on else None)
        return button

    def switched(self) -> None:
        """An option changed the list."""

    # -- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.has_ledger or self.ctx.ledger.locked:
            return
        self.model.refresh()
        self.enable()

    def rows(self) -> list[Any]:
        return [r for r in selected_rows(self.view) if r is not None]

    def enable(self) -> None:
        if not self.ctx.has_ledger or self.ctx.ledger.locked:
            return
        roles, rows = self.ctx.ledger.user.roles, self.rows()
        for key, (may, need) in self.NEEDS.items():
            if key in self.buttons:
                self.buttons[key].setEnabled(bool(roles & set(may)) and _fits(need, rows))

    def write(self, fn: Callable[[], Any]) -> Any:
        return self.ctx.write(fn, parent=self, error=self.error)

    def first(self) -> Any:
        rows = self.rows()
        return rows[0] if rows else None

    def open_dialog(self, dialog: QWidget) -> None:
        dialog.exec()  # type: ignore[attr-defined]  # writes through ctx.write: Changes refresh

    def done(self, text: str) -> None:
        """What the last action did, above the list."""
        self.status.setText(text)
        self.status.setVisible(bool(text))


class ExpiringTab(WorklistTab):
    """保密期限即将届满: periods ending within 90 (or 30) days, soonest first."""

    WORKLIST = Worklist.EXPIRING_90
    NAME = "expiring"
    NEEDS: ClassVar[Needs] = {"extend": ((CLERK,), ONE_OWN), "declassify": ((CLERK,), ONE_OWN),
                              "notice": ((CLERK,), ONE_RECEIVED),
                              "sent": ((CLERK,), ONE_RECEIVED)}

    def build(self) -> None:
        group = QButtonGroup(self)
        led = self.ctx.ledger
        self.within90 = self.option(self.tr("Within {n} days").format(
            n=policy_int(led, "secrecy_expiry_notice_days")), "within90", group, True)
        self.within30 = self.option(self.tr("Within {n} days").format(
            n=policy_int(led, "secrecy_expiry_urgent_days")), "within30", group)
        self.add("extend", self.tr("Propose extension…"), lambda: self.propose(DecisionKind.EXTEND))
        self.add("declassify", self.tr("Propose declassification…"),
                 lambda: self.propose(DecisionKind.DECLASSIFY))
        self.add("notice", self.tr("Record originator's notice…"), self.record_notice)
        self.add("sent", self.tr("Record proposal sent to originator…"), self.record_sent)
        self.hint.setText(self.tr(
            "Secrets whose period ends soon. The unit's own documents: a designated classifier "
            "must decide an extension before the end — after it the secret is declassified by "
            "itself and an extension is refused. Received documents: only the originator "
            "decides; record its notice, or the proposal the unit sent it."))

    def switched(self) -> None:
        self.model.set_worklist(Worklist.EXPIRING_30 if self.within30.isChecked()
                                else Worklist.EXPIRING_90)

    def propose(self, kind: DecisionKind) -> None:
        r = self.first()
        if r is not None:
            self.open_dialog(ProposalDialog(self.ctx, self, document_id=r.id, kind=kind))

    def record_notice(self) -> None:
        r = self.first()
        if r is not None:
            self.open_dialog(OriginatorDialog(self.ctx, self, document_id=r.id,
                                              kind=DecisionKind.EXTEND))

    def record_sent(self) -> None:
        r = self.first()
        if r is not None:
            self.open_dialog(SentProposalDialog(self.ctx, self, document_id=r.id))


class MarkingTab(WorklistTab):
    """已解密待处理: carriers of declassified documents waiting for their 解密 marking."""

    WORKLIST = Worklist.MARKING
    NAME = "marking"
    NEEDS: ClassVar[Needs] = {"confirm": ((CLERK, ARCHIVIST), ANY)}

    def build(self) -> None:
        self.add("confirm", self.tr("Confirm declassification marking"), self.confirm)
        self.hint.setText(self.tr(
            "Carriers of declassified documents. Mark each one as declassified on the date in the "
            "list, then scan its label — or select it and confirm: it leaves classified "
            "custody but stays findable in the ledger. Copies still out are listed until "
            "they come back."))

    def confirm(self, carrier_ids: list[int] | None = None) -> int | None:
        ids = carrier_ids if carrier_ids is not None else [r.id for r in self.rows()]
        if not ids:
            return None
        n: int | None = self.write(
            lambda: marking.confirm_declassified(self.ctx.ledger, carrier_ids=ids))
        if n is not None:
            self.done(self.tr("%n carrier(s) confirmed as declassified.", "", n))
        return n

    def handle_scan(self, label_id: str) -> bool:
        """A scanned label: that carrier's marking is confirmed at once."""
        cid = browse.find_by_label(self.ctx.ledger, label_id)
        if cid is None:
            return False
        self.confirm([cid])
        return True


class RelabelTab(WorklistTab):
    """待换标: carriers whose mark a decision changed and whose new label is not printed."""

    WORKLIST = Worklist.RELABEL
    NAME = "relabel"
    NEEDS: ClassVar[Needs] = {"print": ((CLERK,), ANY)}

    def build(self) -> None:
        self.add("print", self.tr("Print new labels…"), self.print_labels)
        self.hint.setText(self.tr(
            "Carriers whose mark a decision changed. Print their new labels (same label "
            "number, the new mark) and stick each over the old one: the old label still "
            "scans to the same carrier. Select rows (Ctrl+A for all shown), or scan a label "
            "to find its row."))

    def print_labels(self, path: Path | None = None, single: bool | None = None) -> None:
        ids = [r.id for r in self.rows()]
        if not ids:
            return
        if single is None:
            single = self._ask_layout()
            if single is None:
                return
        led, one = self.ctx.ledger, bool(single)
        write_file(self.ctx, self, path, ask=self.tr("Save the new labels as PDF"),
                   name="新标签.pdf", busy=printing(), cancellable=True,
                   level=olv.of_carriers(led, ids),
                   write=lambda target, progress: marking.print_new_labels(
                       led, ids, target, single=one, progress=progress),
                   on_done=lambda out: self.done(self.tr("New labels saved: {path}")
                                                 .format(path=str(out))))

    def _ask_layout(self) -> bool | None:
        """One label per page (a label printer) or an A4 sheet; None: cancelled."""
        choices = [self.tr("A4 sheet of labels"), self.tr("Label printer, one label per page")]
        choice, ok = QInputDialog.getItem(self, self.tr("New labels"), self.tr("Print on:"),
                                          choices, 0, False)
        return (choice == choices[1]) if ok else None

    def handle_scan(self, label_id: str) -> bool:
        cid = browse.find_by_label(self.ctx.ledger, label_id)
        if cid is None:
            return False
        row = self.model.find_row(cid)
        if row is None:
            self.done(self.tr("{label} is not waiting for a new label.").format(label=label_id))
        else:
            self.view.selectRow(row)
        return True


class AcknowledgeTab(WorklistTab):
    """待通知签收: recipients of a notice who have not signed yet."""

    WORKLIST = Worklist.ACKNOWLEDGE
    NAME = "acknowledge"
    NEEDS: ClassVar[Needs] = {"sign": ((CLERK,), ANY),
                              "print": ((CLERK, APPROVER, Role.AUDITOR), ONE)}

    def build(self) -> None:
        self.add("sign", self.tr("Record signatures…"), self.sign)
        self.add("print", self.tr("Print notice…"), self.print_notice)
        self.hint.setText(self.tr(
            "Everyone within the need-to-know scope and every holder of a copy is notified in "
            "writing. Print the notice, have each person sign and date it, then select them "
            "and record the signatures."))

    def sign(self) -> None:
        rows = self.rows()
        if rows:
            self.open_dialog(SignDialog(self.ctx, rows, self))

    def print_notice(self, path: Path | None = None) -> None:
        r = self.first()
        if r is None:
            return
        led = self.ctx.ledger
        write_file(self.ctx, self, path, ask=self.tr("Save the notice"),
                   name=f"{r.notice_no}.pdf", busy=printing(),
                   level=class_print.notice_level(led, r.notice_id),
                   write=lambda target, progress: class_print.print_notice(
                       led, r.notice_id, target, progress=progress))


def tab_title(text: str, n: int | None) -> str:
    return text if n is None else Q.translate("ClassificationPane", "{title} ({n})").format(
        title=text, n=n)
