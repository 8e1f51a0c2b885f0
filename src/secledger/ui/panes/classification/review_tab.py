"""年度审核 tab of the 定密管理 pane: every secret not reviewed this year. The unit's own
documents are kept by a 定密责任人 (in the app, in his name, or on a signed review list the
clerk records) or a change is proposed; for received ones the clerk confirms that the
originator sent no notice, or records the notice."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QButtonGroup, QMessageBox

from secledger.domain.classification import DecisionKind
from secledger.services.classification import review
from secledger.services.classification.worklists import Worklist
from secledger.ui.panes.classification.dialogs import OriginatorDialog, ProposalDialog
from secledger.ui.panes.classification.records import ReviewRecordDialog
from secledger.ui.panes.classification.tabs import (
    APPROVER,
    CLERK,
    ONE_OWN,
    ONE_RECEIVED,
    OWN,
    RECEIVED,
    Needs,
    WorklistTab,
)


class ReviewTab(WorklistTab):
    """年度审核: every secret not reviewed this year, the unit's own or received."""

    WORKLIST = Worklist.REVIEW_OWN
    NAME = "review"
    NEEDS: ClassVar[Needs] = {"maintain": ((APPROVER,), OWN), "record": ((CLERK,), OWN),
                              "propose": ((CLERK,), ONE_OWN), "silent": ((CLERK,), RECEIVED),
                              "notice": ((CLERK,), ONE_RECEIVED)}
    OWN_KEYS = ("maintain", "record", "propose")

    def build(self) -> None:
        group = QButtonGroup(self)
        self.own = self.option(self.tr("The unit's own"), "reviewOwn", group, True)
        self.received = self.option(self.tr("Received"), "reviewReceived", group)
        self.add("maintain", self.tr("Keep classified (my decision)"), self.maintain)
        self.add("record", self.tr("Record signed review list…"), self.record)
        self.add("propose", self.tr("Propose a change…"), self.propose)
        self.add("silent", self.tr("No notice from the originator this year"), self.silent)
        self.add("notice", self.tr("Record originator's notice…"), self.record_notice)
        self._show_mode()

    def switched(self) -> None:
        self.model.set_worklist(Worklist.REVIEW_RECEIVED if self.received.isChecked()
                                else Worklist.REVIEW_OWN)
        self._show_mode()

    def _show_mode(self) -> None:
        own = self.own.isChecked()
        for key, b in self.buttons.items():
            b.setVisible((key in self.OWN_KEYS) == own)
        self.hint.setText(self.tr(
            "Every secret is reviewed every year. The unit's own documents: a designated "
            "classifier keeps each one (in the app, or on a signed review list the clerk "
            "records) or a change is proposed.") if own else self.tr(
            "Every secret is reviewed every year. Received documents: the originator decides; "
            "confirm that no notice came from it this year, or record the notice."))

    def ids(self) -> list[int]:
        return [r.id for r in self.rows()]

    def maintain(self, confirm: bool = True) -> None:
        ids = self.ids()
        if not ids or (confirm and QMessageBox.question(
                self, self.tr("Yearly review"),
                self.tr("Keep %n document(s) classified as marked? This is your decision as "
                        "designated classifier and is recorded in your name.", "", len(ids)))
                != QMessageBox.StandardButton.Yes):
            return
        done = self.write(lambda: review.maintain(self.ctx.ledger, document_ids=ids))
        if done is not None:
            self.done(self.tr("%n document(s) kept classified.", "", len(done)))

    def record(self) -> None:
        if self.ids():
            self.open_dialog(ReviewRecordDialog(self.ctx, self.ids(), self))

    def propose(self) -> None:
        r = self.first()
        if r is not None:
            self.open_dialog(ProposalDialog(self.ctx, self, document_id=r.id,
                                            kind=DecisionKind.CHANGE))

    def silent(self) -> None:
        ids = self.ids()
        n = self.write(lambda: review.confirm_originator_silent(self.ctx.ledger,
                                                                document_ids=ids)) if ids else None
        if n is not None:
            self.done(self.tr("%n document(s) reviewed: no notice from the originator.", "", n))

    def record_notice(self) -> None:
        r = self.first()
        if r is not None:
            self.open_dialog(OriginatorDialog(self.ctx, self, document_id=r.id))
