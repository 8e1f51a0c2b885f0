"""The pieces the classification dialogs share: the document field (登记号 typed or a label
scanned, the document shown beside it), the decision-kind choice, the date fields and the
"what changes" group (new mark, scope, 不得复制 / 须清退) of a change."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from secledger.domain.access import NeedToKnow
from secledger.domain.classification import DecisionKind
from secledger.domain.errors import ValidationError
from secledger.domain.marks import ClassificationMark, Retention, parse_mark
from secledger.services.classification import lookup
from secledger.services.classification.lookup import DocumentRef
from secledger.services.ledger.timing import local_now
from secledger.ui.context import AppContext, ErrorSink
from secledger.ui.labels import label_for
from secledger.ui.widgets.dates import DateLine, parse_when
from secledger.ui.widgets.forms import named
from secledger.ui.widgets.mark_edit import MarkEdit
from secledger.ui.widgets.scope_edit import ScopeEdit


class DocumentPicker(QWidget):
    """登记号 or carrier label, Enter to look it up; ``ref`` is the document found."""

    found = Signal(object)  # DocumentRef

    def __init__(self, ctx: AppContext, error: ErrorSink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.error = ctx, error
        self.ref: DocumentRef | None = None
        self.edit = named(QLineEdit(), "documentKey")
        self.edit.setPlaceholderText(self.tr("Reg. no. (发2026-00001) or scan a carrier label"))
        self.edit.returnPressed.connect(self.look_up)
        self.button = named(QPushButton(self.tr("Find")), "documentFind")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(lambda _=False: self.look_up())
        self.shown = named(QLabel(""), "documentShown")
        self.shown.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(row)
        form.addRow(self.shown)

    def look_up(self, text: str | None = None) -> DocumentRef | None:
        key = self.edit.text() if text is None else text
        ref = self.ctx.read(lambda: lookup.find(self.ctx.ledger, key), parent=self,
                            error=self.error)
        if ref is not None:
            self.set_ref(ref)
        return ref

    def set_document(self, document_id: int) -> None:
        ref = self.ctx.read(lambda: lookup.document_ref(self.ctx.ledger, document_id),
                            parent=self, error=self.error)
        if ref is not None:
            self.set_ref(ref)

    def set_ref(self, ref: DocumentRef) -> None:
        self.ref = ref
        self.edit.setText(ref.reg_no)
        if ref.own:
            whose = self.tr("decided by this unit")
        else:
            whose = self.tr("decided by the originator: {unit}").format(unit=ref.unit or "—")
        end = ref.declassify_on.isoformat() if ref.declassify_on else self.tr("no end date")
        self.shown.setText(self.tr("“{title}”  {doc_no}  {mark}  (period ends: {end}; {whose})")
                           .format(title=ref.title, doc_no=ref.doc_no, mark=ref.mark, end=end,
                                   whose=whose))
        self.found.emit(ref)

    def require(self) -> DocumentRef:
        """The document, looked up now if the clerk typed it but did not press Enter."""
        if self.ref is None or self.ref.reg_no != "".join(self.edit.text().split()):
            self.ref = lookup.find(self.ctx.ledger, self.edit.text())
        return self.ref


def kind_combo(kinds: Sequence[DecisionKind], name: str = "decisionKind") -> QComboBox:
    box = named(QComboBox(), name)
    for k in kinds:
        box.addItem(label_for(k), k)
    return box


def select_kind(box: QComboBox, kind: DecisionKind) -> None:
    i = box.findData(kind)
    if i >= 0:
        box.setCurrentIndex(i)


def today_line(ctx: AppContext, name: str) -> DateLine:
    line = DateLine(name)
    line.set_date(local_now(ctx.ledger).date())
    return line


def date_of(line: DateLine, what: str, field: str) -> date:
    got = parse_when(line.text(), what, field)
    if got is None:
        raise ValidationError("mark.bad_date", field=field, text="")
    return got[0]


class ChangeGroup(QObject):
    """What a 变更 or 延期 sets: the new mark (or period), optionally a new 知悉范围 and
    the 不得复制 / 须清退 instructions. Values equal to the document's are left unchanged."""

    def __init__(self, form: QFormLayout, parent: QObject) -> None:
        super().__init__(parent)
        self.mark = named(MarkEdit(), "newMark")
        self.scope_on = named(QCheckBox(self.tr("Change the need-to-know scope")), "scopeChange")
        self.scope = ScopeEdit(height=90)
        self.scope.setEnabled(False)
        self.scope_on.toggled.connect(self.scope.setEnabled)
        self.no_copy = named(QCheckBox(self.tr("Must not be copied")), "noCopy")
        self.recall = named(QCheckBox(self.tr("Must be returned to the issuer")), "recall")
        self.form = form
        self.mark_label = QLabel(self.tr("New mark:"))
        form.addRow(self.mark_label, self.mark)
        form.addRow("", self.scope_on)
        form.addRow(self.tr("Need to know:"), self.scope)
        flags = QWidget()
        row = QHBoxLayout(flags)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.no_copy)
        row.addWidget(self.recall)
        row.addStretch(1)
        form.addRow(self.tr("Instructions:"), flags)
        self.flags = flags

    def load(self, ctx: AppContext, ref: DocumentRef) -> None:
        self.mark.set_text(ref.mark)
        self.scope.fill(ctx.ledger)
        self.scope.set_value(ref.need_to_know)
        self.no_copy.setChecked(ref.no_copy)
        self.recall.setChecked(ref.recall_required)

    def show_for(self, kind: DecisionKind) -> None:
        """Only the rows *kind* uses: 定密 level, period and scope; 变更 the new mark, the
        scope if it changes and the instructions; 延期 the period; 解密 none."""
        change, designate = kind is DecisionKind.CHANGE, kind is DecisionKind.DESIGNATE
        self.mark_label.setText(self.tr("New period (same level):") if kind is DecisionKind.EXTEND
                                else self.tr("Level and period:") if designate
                                else self.tr("New mark:"))
        self.form.setRowVisible(self.mark, kind is not DecisionKind.DECLASSIFY)
        self.form.setRowVisible(self.scope_on, change)
        self.form.setRowVisible(self.scope, change or designate)
        self.form.setRowVisible(self.flags, change)
        self.scope.setEnabled(designate or self.scope_on.isChecked())

    def new_mark(self, ref: DocumentRef) -> ClassificationMark | None:
        text = self.mark.text().strip()
        return None if not text or text == ref.mark else parse_mark(text, issued=ref.issued_on)

    def retention(self) -> Retention | None:
        text = self.mark.text().strip()
        return parse_mark(text).retention if text else None

    def scope_value(self) -> NeedToKnow | None:
        return self.scope.value() if self.scope_on.isChecked() else None

    def flag(self, box: QCheckBox, current: bool) -> bool | None:
        return box.isChecked() if box.isChecked() != current else None

