"""Small record forms of the 定密管理 pane: the day recipients signed a notice (签收), and a
yearly review list signed by a 定密责任人 on paper that the clerk transcribes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from secledger.domain.errors import ValidationError
from secledger.services.classification import designations, notices, review
from secledger.ui.context import AppContext
from secledger.ui.panes.classification.picker import date_of, today_line
from secledger.ui.widgets.forms import FormDialog, named


class SignDialog(FormDialog):
    """签收: the signatures of the chosen recipients, on the day written on the notice."""

    def __init__(self, ctx: AppContext, recipients: Sequence[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Record signatures"), parent, min_width=460)
        self.ids = [r.id for r in recipients]
        who = "、".join(dict.fromkeys(r.person_name for r in recipients))
        shown = named(QLabel(who), "signers")
        shown.setWordWrap(True)
        self.form.addRow(self.tr("Signed by:"), shown)
        self.signed_on = today_line(ctx, "signedOn")
        self.form.addRow(self.tr("Date on the notice:"), self.signed_on)

    def save(self) -> Any:
        return notices.acknowledge(self.ctx.ledger, recipient_ids=self.ids,
                                   signed_on=date_of(self.signed_on, "签收日期", "signed_on"))


class ReviewRecordDialog(FormDialog):
    """年度审核 decided on paper: the 定密责任人 who signed the review list, its number, the
    day, and his note; the clerk records it for the chosen documents (审核维持)."""

    def __init__(self, ctx: AppContext, document_ids: Sequence[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Record the yearly review"), parent, min_width=480)
        self.ids = list(document_ids)
        count = self.tr("%n document(s) kept as classified", "",
                            len(self.ids))
        self.form.addRow(self.tr("Documents:"), QLabel(count))
        self.decider = named(QComboBox(), "decider")
        self.decider.addItem(self.tr("— choose the classifier who signed —"), None)
        for d in designations.designations(ctx.ledger):
            self.decider.addItem(f"{d.name}（{d.max_level_label}）", d.person_id)
        self.form.addRow(self.tr("Decided by:"), self.decider)
        self.form_no = named(QLineEdit(), "reviewFormNo")
        self.form.addRow(self.tr("Review list no.:"), self.form_no)
        self.decided_on = today_line(ctx, "reviewOn")
        self.form.addRow(self.tr("Signed on:"), self.decided_on)
        self.note = named(QLineEdit(), "reviewNote")
        self.note.setPlaceholderText(self.tr("e.g. still needs to be kept secret"))
        self.form.addRow(self.tr("Opinion:"), self.note)

    def save(self) -> Any:
        if self.decider.currentData() is None:
            raise ValidationError("classification.decider_required", field="decider")
        return review.maintain(
            self.ctx.ledger, document_ids=self.ids, decided_by_id=self.decider.currentData(),
            decided_on=date_of(self.decided_on, "审核日期", "decided_on"),
            form_no=self.form_no.text(), note=self.note.text())
