"""The classification forms a clerk fills in: a proposal for the unit's own document (定密,
变更, 延期, 提前解密) put to a 定密责任人; the originator's written decision about a received
document; the unit's proposal sent to an originator. Each submits through ``ctx.write``
(``FormDialog``): a refusal shows under the form, naming its rule, and nothing is lost."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from secledger.domain.classification import (
    Basis,
    BasisKind,
    DecisionKind,
    OriginatorNotice,
    ProposalStatus,
)
from secledger.domain.errors import ValidationError
from secledger.domain.marks import ClassificationMark, parse_mark
from secledger.services.classification import decisions, proposals, read
from secledger.services.classification.lookup import DocumentRef
from secledger.services.ledger.timing import local_now, policy_int
from secledger.ui.context import AppContext
from secledger.ui.panes.classification.picker import (
    ChangeGroup,
    DocumentPicker,
    date_of,
    kind_combo,
    select_kind,
    today_line,
)
from secledger.ui.panes.custody.routing import fill_people
from secledger.ui.widgets.forms import FormDialog, named
from secledger.ui.widgets.scope_edit import ScopeEdit

UNIT_KINDS = (DecisionKind.DESIGNATE, DecisionKind.CHANGE, DecisionKind.EXTEND,
              DecisionKind.DECLASSIFY)
ORIGINATOR_KINDS = (DecisionKind.CHANGE, DecisionKind.EXTEND, DecisionKind.DECLASSIFY)


class _DocumentDialog(FormDialog):
    """A form about one document: the picker on top, a kind, the rest per kind."""

    KINDS: tuple[DecisionKind, ...] = ()

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None, *,
                 document_id: int | None, kind: DecisionKind) -> None:
        super().__init__(ctx, title, parent, min_width=640)
        self.picker = DocumentPicker(ctx, self.error, self)
        self.form.addRow(Q.translate("ClassificationDialogs", "Document:"), self.picker)
        self.kind = kind_combo(self.KINDS)
        select_kind(self.kind, kind)
        self.form.addRow(Q.translate("ClassificationDialogs", "Decision:"), self.kind)
        self.build()
        self.kind.currentIndexChanged.connect(lambda _i: self.show_kind())
        self.picker.found.connect(self.document_found)
        if document_id is not None:
            self.picker.set_document(document_id)
        self.show_kind()

    def build(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def show_kind(self) -> None:
        """Enable the fields the chosen kind uses."""

    def document_found(self, ref: DocumentRef) -> None:
        """Fill the fields from the document just found."""

    @property
    def chosen(self) -> DecisionKind:
        return DecisionKind(self.kind.currentData())


class ProposalDialog(_DocumentDialog):
    """The 承办人's proposal about the unit's own document, put to a 定密责任人."""

    KINDS = UNIT_KINDS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 document_id: int | None = None,
                 kind: DecisionKind = DecisionKind.DESIGNATE) -> None:
        super().__init__(ctx, self.tr("Proposal to the designated classifier"), parent,
                         document_id=document_id, kind=kind)

    def build(self) -> None:
        self.proposer = named(QComboBox(), "proposer")
        fill_people(self.proposer, self.ctx.ledger, placeholder=self.tr("— choose the officer —"))
        self.form.addRow(self.tr("Officer in charge:"), self.proposer)
        self.change = ChangeGroup(self.form, self)
        self.item = named(QRadioButton(self.tr("Item of the scope of secret matters:")),
                          "basisItem")
        self.derived = named(QRadioButton(self.tr("Derived from the classified source:")),
                             "basisDerived")
        self.item.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.item)
        group.addButton(self.derived)
        self.basis_text = named(QLineEdit(), "basisText")
        self.basis_text.setPlaceholderText(self.tr("The item relied on, e.g. article 3 (2) of the unit's list"))
        self.basis_source = named(QLineEdit(), "basisSource")
        self.basis_source.setPlaceholderText(self.tr("Its document no., title and mark"))
        basis = QWidget()
        grid = QGridLayout(basis)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.item, 0, 0)
        grid.addWidget(self.basis_text, 0, 1)
        grid.addWidget(self.derived, 1, 0)
        grid.addWidget(self.basis_source, 1, 1)
        grid.setColumnStretch(1, 1)
        self.basis_row = basis
        self.form.addRow(self.tr("Basis:"), basis)
        self.opinion = named(QLineEdit(), "opinion")
        self.opinion.setPlaceholderText(self.tr("The officer's opinion; for a change, extension "
                                                "or declassification, the reason"))
        self.form.addRow(self.tr("Opinion:"), self.opinion)
        self.limit = named(QLabel(""), "decideBy")
        self.limit.setWordWrap(True)
        self.form.addRow("", self.limit)
        self._show_limit()

    def _show_limit(self) -> None:
        led = self.ctx.ledger
        days = policy_int(led, "classification_decide_days")
        due = local_now(led).date() + timedelta(days=days)
        self.limit.setText(self.tr("A designated classifier must decide by {date} (within "
                                   "{days} days of the proposal); it then waits in the "
                                   "approvals queue.").format(date=due.isoformat(), days=days))

    def show_kind(self) -> None:
        kind = self.chosen
        self.change.show_for(kind)
        self.form.setRowVisible(self.basis_row, kind is DecisionKind.DESIGNATE)
        self.adjustSize()

    def document_found(self, ref: DocumentRef) -> None:
        self.change.load(self.ctx, ref)
        self.show_kind()

    def save(self) -> Any:
        ref = self.picker.require()
        kind = self.chosen
        designate = kind is DecisionKind.DESIGNATE
        mark: ClassificationMark | None
        if designate:
            mark = parse_mark(self.change.mark.text(), issued=ref.issued_on)
        else:
            mark = self.change.new_mark(ref) if kind is DecisionKind.CHANGE else None
        basis = None
        if designate:
            basis = (Basis(BasisKind.DERIVED, source=self.basis_source.text())
                     if self.derived.isChecked() else Basis(BasisKind.ITEM, self.basis_text.text()))
        change = kind is DecisionKind.CHANGE
        return proposals.propose(self.ctx.ledger, proposals.ProposalInput(
            document_id=ref.id, kind=kind, proposer_id=self.proposer.currentData() or 0,
            mark=mark, retention=self.change.retention() if kind is DecisionKind.EXTEND else None,
            need_to_know=self.change.scope.value() if designate else (
                self.change.scope_value() if change else None),
            no_copy=self.change.flag(self.change.no_copy, ref.no_copy) if change else None,
            recall_required=self.change.flag(self.change.recall, ref.recall_required)
            if change else None,
            basis=basis, opinion=self.opinion.text()))


class OriginatorDialog(_DocumentDialog):
    """The originator's written decision (变更, 延期, 解密) about a received document."""

    KINDS = ORIGINATOR_KINDS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 document_id: int | None = None,
                 kind: DecisionKind = DecisionKind.CHANGE) -> None:
        super().__init__(ctx, self.tr("Record the originator's notice"), parent,
                         document_id=document_id, kind=kind)

    def build(self) -> None:
        self.body = named(QLineEdit(), "noticeBody")
        self.body.setPlaceholderText(self.tr("The originating body (or its superior)"))
        self.ref = named(QLineEdit(), "noticeRef")
        self.ref.setPlaceholderText(self.tr("Notice no."))
        self.on = today_line(self.ctx, "noticeOn")
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.body, 3)
        h.addWidget(self.ref, 2)
        h.addWidget(self.on, 1)
        self.form.addRow(self.tr("Notice (body, no., date):"), row)
        self.change = ChangeGroup(self.form, self)
        self.answers = named(QComboBox(), "answersProposal")
        self.form.addRow(self.tr("Answers our proposal:"), self.answers)
        self.reason = named(QLineEdit(), "reason")
        self.form.addRow(self.tr("Note:"), self.reason)
        self.answers.addItem(self.tr("— none —"), None)

    def show_kind(self) -> None:
        self.change.show_for(self.chosen)
        self.adjustSize()

    def document_found(self, ref: DocumentRef) -> None:
        self.change.load(self.ctx, ref)
        if not self.body.text():
            self.body.setText(ref.unit)
        self.answers.clear()
        self.answers.addItem(self.tr("— none —"), None)
        for p in read.proposals(self.ctx.ledger, status=ProposalStatus.SENT, document_id=ref.id):
            self.answers.addItem(f"{p.proposal_no} {p.kind_label}（{p.addressee}）", p.id)
        self.show_kind()

    def save(self) -> Any:
        ref = self.picker.require()
        kind = self.chosen
        on = date_of(self.on, "通知日期", "notice_on") if self.on.text().strip() else None
        change = kind is DecisionKind.CHANGE
        return decisions.record_originator_decision(self.ctx.ledger,
                                                    decisions.OriginatorDecisionInput(
            document_id=ref.id, kind=kind,
            notice=OriginatorNotice(self.body.text(), self.ref.text(), on),
            mark=self.change.new_mark(ref) if change else None,
            retention=self.change.retention() if kind is DecisionKind.EXTEND else None,
            need_to_know=self.change.scope_value() if change else None,
            no_copy=self.change.flag(self.change.no_copy, ref.no_copy) if change else None,
            recall_required=self.change.flag(self.change.recall, ref.recall_required)
            if change else None,
            reason=self.reason.text(), proposal_id=self.answers.currentData()))


class SentProposalDialog(_DocumentDialog):
    """The unit's proposal to the originator of a received document (it may only propose)."""

    KINDS = ORIGINATOR_KINDS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 document_id: int | None = None,
                 kind: DecisionKind = DecisionKind.EXTEND) -> None:
        super().__init__(ctx, self.tr("Record a proposal sent to the originator"), parent,
                         document_id=document_id, kind=kind)

    def build(self) -> None:
        self.addressee = named(QLineEdit(), "addressee")
        self.form.addRow(self.tr("Sent to:"), self.addressee)
        self.sent_ref = named(QLineEdit(), "sentRef")
        self.sent_on = today_line(self.ctx, "sentOn")
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.sent_ref, 2)
        h.addWidget(self.sent_on, 1)
        self.form.addRow(self.tr("Letter no. and date:"), row)
        self.opinion = named(QLineEdit(), "opinion")
        self.opinion.setPlaceholderText(self.tr("What the unit proposes, and why"))
        self.form.addRow(self.tr("Proposal:"), self.opinion)
        self.proposer = named(QComboBox(), "proposer")
        fill_people(self.proposer, self.ctx.ledger, placeholder=self.tr("— not named —"))
        self.form.addRow(self.tr("Officer in charge:"), self.proposer)

    def document_found(self, ref: DocumentRef) -> None:
        if not self.addressee.text():
            self.addressee.setText(ref.unit)

    def save(self) -> Any:
        ref = self.picker.require()
        if not self.sent_on.text().strip():
            raise ValidationError("mark.bad_date", field="sent_on", text="")
        return proposals.record_sent_proposal(self.ctx.ledger, proposals.SentProposalInput(
            document_id=ref.id, kind=self.chosen, addressee=self.addressee.text(),
            sent_on=date_of(self.sent_on, "报送日期", "sent_on"), sent_ref=self.sent_ref.text(),
            opinion=self.opinion.text(), proposer_id=self.proposer.currentData()))


__all__ = ["OriginatorDialog", "ProposalDialog", "ScopeEdit", "SentProposalDialog"]
