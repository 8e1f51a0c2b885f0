"""更正登记: one form for the typing errors a clerk may correct (title, 文号, unit, date of
issue, urgency, pages, remarks) with a reason. The mark (密级/保密期限) and the 不得复制/须清退
marks are shown read-only with the reason — they change only by a classification decision —
except while nothing has happened to the document since its registration, when a typing
error in them can still be fixed. Refusals show under the form; nothing typed is lost."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.enums import Urgency
from secledger.services.ledger.dto import DocumentDTO
from secledger.services.registration import corrections
from secledger.services.registration.register import get_document
from secledger.ui.context import AppContext
from secledger.ui.labels import label_for
from secledger.ui.widgets.forms import FormDialog, named, pydate, qdate
from secledger.ui.widgets.lengths import watch_length

#: the date edit's minimum, shown as "not marked": no date of issue
NO_DATE = QDate(1900, 1, 1)


class CorrectionDialog(FormDialog):
    def __init__(self, ctx: AppContext, document_id: int, parent: QWidget | None = None) -> None:
        self.doc: DocumentDTO = get_document(ctx.ledger, document_id)
        super().__init__(ctx, self.tr("Correct {reg_no}").format(reg_no=self.doc.reg_no),
                         parent, min_width=560)
        self.setObjectName("correctionDialog")
        self.open_marks = corrections.governed_open(ctx.ledger, document_id)
        self._build_descriptive()
        self.lay.insertWidget(1, self._build_governed())
        self.reason = named(QLineEdit(), "correctReason")
        watch_length(self.reason, 1000)
        self.reason.setPlaceholderText(self.tr("Why: e.g. a character left out when typing"))
        self.lay.insertWidget(2, QLabel(self.tr("Reason for the correction:")))
        self.lay.insertWidget(3, self.reason)

    def _build_descriptive(self) -> None:
        d = self.doc
        self.title_edit = self._line("correctTitle", d.title, 500)
        self.doc_no = self._line("correctDocNo", d.doc_no, 100)
        self.unit = self._line("correctUnit", d.unit, 200)
        self.issued = named(QDateEdit(), "correctIssued")
        self.issued.setCalendarPopup(True)
        self.issued.setDisplayFormat("yyyy-MM-dd")
        self.issued.setMinimumDate(NO_DATE)
        self.issued.setSpecialValueText(self.tr("not marked"))
        self.issued.setDate(qdate(d.issued_on) if d.issued_on else NO_DATE)
        self.urgency = named(QComboBox(), "correctUrgency")
        for u in Urgency:
            self.urgency.addItem(label_for(u), u.value)
        self.urgency.setCurrentIndex(max(self.urgency.findData(d.urgency), 0))
        self.pages = named(QSpinBox(), "correctPages")
        self.pages.setRange(0, 100000)
        self.pages.setValue(d.pages)
        self.remarks = self._line("correctRemarks", d.remarks, 2000)
        for text, w in ((self.tr("Title"), self.title_edit), (self.tr("Doc. no."), self.doc_no),
                        (self.tr("Unit"), self.unit), (self.tr("Date of issue"), self.issued),
                        (self.tr("Urgency"), self.urgency), (self.tr("Pages"), self.pages),
                        (self.tr("Remarks"), self.remarks)):
            self.form.addRow(text, w)

    def _line(self, name: str, text: str, limit: int) -> QLineEdit:
        return watch_length(named(QLineEdit(text), name), limit)

    def _build_governed(self) -> QGroupBox:
        box = named(QGroupBox(self.tr("Classification (decided by the classifying authority)")),
                    "correctGoverned")
        self.mark = self._line("correctMark", self.doc.mark, 200)
        self.no_copy = named(QCheckBox(self.tr("Do not copy")), "correctNoCopy")
        self.no_copy.setChecked(self.doc.no_copy)
        self.recall = named(QCheckBox(self.tr("Must be returned to the issuer")),
                            "correctRecall")
        self.recall.setChecked(self.doc.recall_required)
        self.mark.setReadOnly(not self.open_marks)
        if not self.open_marks:
            self.mark.setStyleSheet("background: palette(window); color: palette(mid);")
        self.no_copy.setEnabled(self.open_marks)
        self.recall.setEnabled(self.open_marks)
        self.governed_note = named(QLabel(self._note()), "correctGovernedNote")
        self.governed_note.setWordWrap(True)
        self.governed_note.setStyleSheet("color: #555;")
        lay = QVBoxLayout(box)
        lay.addWidget(self.mark)
        lay.addWidget(self.no_copy)
        lay.addWidget(self.recall)
        lay.addWidget(self.governed_note)
        return box

    def _note(self) -> str:
        if self.open_marks:
            return self.tr(
                "Nothing has happened to this document since its registration, so a typing "
                "error in its mark can still be corrected here. Once it is handed out, "
                "circulated, copied or labelled, the level, period, need-to-know scope and "
                "these marks change only by a decision of the originating authority or the "
                "unit's designated classifier.")
        return self.tr(
            "The level, secrecy period, need-to-know scope and the do-not-copy / "
            "must-be-returned marks cannot be changed by a correction: they change only by a "
            "decision of the originating authority or the unit's designated classifier, "
            "notified in writing.")

    def changes(self) -> dict[str, Any]:
        """The facts whose value in the form differs from the registered one."""
        d = self.doc
        issued: date | None = None if self.issued.date() == NO_DATE else pydate(self.issued.date())
        values: dict[str, tuple[Any, Any]] = {
            "title": (self.title_edit.text(), d.title), "doc_no": (self.doc_no.text(), d.doc_no),
            "unit": (self.unit.text(), d.unit), "issued_on": (issued, d.issued_on),
            "urgency": (self.urgency.currentData(), d.urgency),
            "pages": (self.pages.value(), d.pages), "remarks": (self.remarks.text(), d.remarks),
            "mark": (self.mark.text(), d.mark), "no_copy": (self.no_copy.isChecked(), d.no_copy),
            "recall_required": (self.recall.isChecked(), d.recall_required),
        }
        return {k: new for k, (new, old) in values.items() if new != old}

    def save(self) -> DocumentDTO:
        return corrections.correct_document(self.ctx.ledger, self.doc.id,
                                            reason=self.reason.text(), changes=self.changes())
