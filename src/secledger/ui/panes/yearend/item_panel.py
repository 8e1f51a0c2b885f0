"""The assessment of one checklist item: its words, the ledger's proposal with the evidence
(counts, then the exceptions listed), and the officer's result, note and — when the result
differs from the proposal — the reason. The service decides whether a reason is needed; the
form only shows its refusal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.selfinspection import Result
from secledger.domain.yearend import evidence_summary
from secledger.services.yearend import selfinspection
from secledger.services.yearend.selfinspection import ItemDTO
from secledger.ui.context import AppContext
from secledger.ui.labels import english, label_for
from secledger.ui.panes.custody.common import table
from secledger.ui.panes.yearend.models import FindingsModel
from secledger.ui.widgets.forms import ErrorLabel, named


class ItemPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.inspection_id: int | None = None
        self.item: ItemDTO | None = None
        self.editable = False
        self.text = named(QLabel(), "itemText")
        self.text.setWordWrap(True)
        self.proposal = named(QLabel(), "itemProposal")
        self.proposal.setWordWrap(True)
        self.findings = FindingsModel(parent=self)
        self.findings_view = table(self.findings, "itemFindings")
        self.result = named(QComboBox(), "itemResult")
        self.result.addItem(self.tr("— choose —"), None)
        for r in Result:
            self.result.addItem(label_for(r), r.value)
        self.note = named(QLineEdit(), "itemNote")
        self.reason = named(QLineEdit(), "itemReason")
        self.reason.setPlaceholderText(self.tr("Needed when the result differs from the "
                                               "ledger's proposal"))
        self.accept_button = named(QPushButton(self.tr("Accept the proposal")), "itemAccept")
        self.save_button = named(QPushButton(self.tr("Save the result")), "itemSave")
        self.error = ErrorLabel(self)
        self.accept_button.clicked.connect(lambda: self.accept_proposal())
        self.save_button.clicked.connect(lambda: self.save())
        self._layout()
        self.show_item(None, None, editable=False)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Result:"), self.result)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(self.tr("Reason:"), self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(self.proposal)
        lay.addWidget(self.findings_view, 1)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addLayout(buttons)

    def show_item(self, inspection_id: int | None, item: ItemDTO | None, *,
                  editable: bool) -> None:
        self.inspection_id, self.item, self.editable = inspection_id, item, editable
        self.error.clear_text()
        if item is None:
            self.text.setText(self.tr("Choose an item of the checklist."))
            self.proposal.clear()
            self.findings.set_rows(())
            for w in (self.result, self.note, self.reason, self.accept_button, self.save_button):
                w.setEnabled(False)
            return
        it = item.item
        self.text.setText(f"{it.code if english() else it.printed_no}  {it.en if english() else it.zh}")
        self.proposal.setText(self._proposal_text(item))
        e = item.evidence
        self.findings.set_rows(e.findings if e is not None else ())
        self.findings_view.setVisible(bool(e and e.findings))
        index = self.result.findData(item.result.value if item.result else None)
        self.result.setCurrentIndex(max(index, 0))
        self.note.setText(item.note)
        self.reason.setText(item.reason)
        for w in (self.result, self.note, self.reason, self.save_button):
            w.setEnabled(editable)
        self.accept_button.setEnabled(editable and item.proposed is not None)

    def _proposal_text(self, item: ItemDTO) -> str:
        e, key = item.evidence, item.item.evidence
        if not key:
            return self.tr("The security officer assesses this item.")
        if e is None:
            return self.tr("The ledger judges this item from its records: gather the "
                           "evidence first.")
        words = evidence_summary(e.counts, e.totals, recorded=e.recorded, en=english())
        if item.proposed is None:
            return words
        return self.tr("The ledger proposes: {result}. {evidence}").format(
            result=label_for(item.proposed), evidence=words)

    # -- writing -----------------------------------------------------------------------
    def accept_proposal(self) -> ItemDTO | None:
        if self.item is None or self.item.proposed is None:
            return None
        return self._assess(self.item.proposed)

    def save(self) -> ItemDTO | None:
        value = self.result.currentData()
        if self.item is None:
            return None
        if value is None:
            self.error.show_text(self.tr("Choose a result."))
            return None
        return self._assess(Result(value))

    def _assess(self, result: Result) -> ItemDTO | None:
        assert self.item is not None and self.inspection_id is not None
        led, code, iid = self.ctx.ledger, self.item.item.code, self.inspection_id
        note, reason = self.note.text(), self.reason.text()
        call: Callable[[], ItemDTO] = lambda: selfinspection.assess(  # noqa: E731
            led, inspection_id=iid, item_code=code, result=result, note=note, reason=reason)
        return self.ctx.write(call, parent=self, error=self.error)
