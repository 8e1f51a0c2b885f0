"""The registration form shared by 收文登记 (receipt) and 制作登记 (production): keyboard
first (tab order top to bottom, Enter saves and starts the next entry keeping unit and
dates), every fault shown beside its field, the next 登记号 shown before saving."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import pairwise
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.access import NeedToKnow
from secledger.domain.changes import Area, Changes
from secledger.domain.copyno import format_ranges, parse_copy_nos
from secledger.domain.enums import CarrierType, Register, Urgency
from secledger.domain.errors import ValidationError
from secledger.services.ledger.dto import DocumentDTO
from secledger.services.ledger.timing import local_now, local_tz
from secledger.services.people import persons as people
from secledger.services.registration import duplicates
from secledger.services.registration.duplicates import EarlierReceipt
from secledger.services.registration.form import (
    DocumentDraft,
    FormInvalid,
    check_draft,
    submit_draft,
)
from secledger.services.registration.register import peek_reg_no, recent_units
from secledger.ui.context import AppContext
from secledger.ui.labels import label_for
from secledger.ui.panes.registration.repeat import RepeatBox
from secledger.ui.widgets.dates import DateLine, parse_when
from secledger.ui.widgets.forms import ErrorLabel, named
from secledger.ui.widgets.lengths import watch_length
from secledger.ui.widgets.mark_edit import MarkEdit
from secledger.ui.widgets.unit_completer import update_units

BAD = "border: 1px solid #b00020;"
W = TypeVar("W", bound=QWidget)


class DocumentForm(QWidget):
    """One registration form; ``saved`` carries the registered DocumentDTO;
    ``open_registration`` the 登记号 of an earlier receipt of the same unit and 文号 whose
    link the clerk followed."""

    saved = Signal(object)
    open_registration = Signal(str)

    def __init__(self, ctx: AppContext, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.register = register
        self.production = register is Register.PRODUCTION
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.last: DocumentDTO | None = None
        self._build()
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self.clear(keep=False)
        ctx.changed.connect(self._changed)

    # -- building ---------------------------------------------------------------------
    def _row(self, form: QFormLayout, key: str, label: str, widget: W) -> W:
        err = ErrorLabel()
        err.setObjectName(f"error_{key}")
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(widget)
        lay.addWidget(err)
        form.addRow(label, box)
        self.fields[key], self.errors[key] = widget, err
        return widget

    def _line(self, name: str, limit: int) -> QLineEdit:
        return watch_length(named(QLineEdit(), name), limit)

    def _build(self) -> None:
        self.number = named(QLabel(), "nextNumber")
        font = QFont(self.number.font())
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        self.number.setFont(font)
        self.result = named(QLabel(), "savedResult")
        self.result.setStyleSheet("color: #1b5e20; font-weight: bold; font-size: 14pt;")
        self.result.setWordWrap(True)
        left, right = QFormLayout(), QFormLayout()
        self._build_document(left)
        self._build_carriers(right)
        cols = QHBoxLayout()
        for i, form in enumerate((left, right)):  # top-aligned: the shorter column must not
            column = QVBoxLayout()  # stretch its rows apart (labels far from their fields)
            column.addLayout(form)
            column.addStretch(1)
            cols.addSpacing(16 if i else 0)
            cols.addLayout(column, 1)
        self.save_button = named(QPushButton(self.tr("Save (Ctrl+S)")), "saveButton")
        self.save_new_button = named(QPushButton(self.tr("Save and new (Enter)")), "saveNewButton")
        self.save_new_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.save_new_button.clicked.connect(self.save_and_new)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_new_button)
        head = QHBoxLayout()
        head.addWidget(self.number)
        head.addSpacing(24)
        head.addWidget(self.result, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addLayout(cols)
        lay.addStretch(1)
        lay.addLayout(buttons)
        self._tab_order()

    def _build_document(self, form: QFormLayout) -> None:
        if self.production:
            self.department = self._row(form, "department", self.tr("Drafting department"),
                                        named(QComboBox(), "department"))
            self.unit = self._line("unit", 200)  # not shown: production has no sender
        else:
            self.unit = self._row(form, "unit", self.tr("Sender unit"), self._line("unit", 200))
        self.doc_no = self._row(form, "doc_no", self.tr("Document no."), self._line("docNo", 100))
        if not self.production:
            self._build_repeat(form)
        self.title = self._row(form, "title", self.tr("Title"), self._line("title", 500))
        self.mark = self._row(form, "mark", self.tr("Classification mark"), MarkEdit())
        self.issued = self._row(form, "issued_on", self.tr("Issued / classified on"),
                                DateLine("issuedOn"))
        self.urgency = self._row(form, "urgency", self.tr("Urgency"), named(QComboBox(), "urgency"))
        for u in (Urgency.NORMAL, Urgency.URGENT, Urgency.EXTRA_URGENT):
            self.urgency.addItem(label_for(u), u)
        if self.production:
            self.approver = self._row(form, "approver", self.tr("Approved for issue by"),
                                      self._line("approver", 50))
        self.unrestricted = named(QCheckBox(self.tr("Unrestricted")), "unrestricted")
        self.scope = named(QListWidget(), "scope")
        self.scope.setMaximumHeight(90)
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.unrestricted)
        v.addWidget(self.scope)
        self._row(form, "need_to_know", self.tr("Need to know"), box)
        self.unrestricted.toggled.connect(lambda on: self.scope.setEnabled(not on))
        self.no_copy = self._row(form, "no_copy", self.tr("Copying"),
                                 named(QCheckBox(self.tr("Must not be copied")), "noCopy"))

    def _build_repeat(self, form: QFormLayout) -> None:
        self.repeat = self._row(form, "separate_reason", "", RepeatBox())
        self.separate, self.separate_reason = self.repeat.separate, self.repeat.reason
        self.repeat.open_registration.connect(self.open_registration.emit)
        row = self.repeat.parentWidget()  # the box with its error line (``_row``)
        assert row is not None
        self.repeat_row = row
        row.hide()
        for edit in (self.unit, self.doc_no):
            edit.editingFinished.connect(self.check_repeat)

    def check_repeat(self) -> list[EarlierReceipt]:
        """Show the earlier receipts of this unit and 文号, with links (hidden when none)."""
        unit, doc_no, led = self.unit.text(), self.doc_no.text(), self.ctx.ledger
        if self.production or not unit.strip() or not doc_no.strip():
            earlier: list[EarlierReceipt] = []
        else:
            earlier = self.ctx.read(lambda: duplicates.earlier_receipts(
                led, unit=unit, doc_no=doc_no), parent=self) or []
        if not self.production:
            self.repeat.show_earlier(earlier)
            self.repeat_row.setVisible(bool(earlier))
        return earlier

    def _build_carriers(self, form: QFormLayout) -> None:
        self.copies = self._row(form, "copies", self.tr("Copies"), named(QSpinBox(), "copies"))
        self.copies.setRange(0, 10000)
        if not self.production:
            self.copy_nos = self._row(form, "copy_nos", self.tr("Sender's copy numbers"),
                                      self._line("copyNos", 2000))
            self.copy_nos.setPlaceholderText(self.tr("e.g. 3-7,9; blank: 1, 2, 3 …"))
            self.copy_nos.textEdited.connect(lambda _t: self._copy_hint())
            self.copies.valueChanged.connect(lambda _v: self._copy_hint())
        self.ctype = self._row(form, "carrier_type", self.tr("Carrier type"),
                               named(QComboBox(), "carrierType"))
        for t in CarrierType:
            self.ctype.addItem(label_for(t), t)
        self.serials = self._row(form, "serial_nos", self.tr("Serial numbers (one per copy)"),
                                 named(QPlainTextEdit(), "serials"))
        self.serials.setTabChangesFocus(True)
        self.serials.setMaximumHeight(60)
        self.ctype.currentIndexChanged.connect(lambda _i: self._electronic())
        self.pages = self._row(form, "pages", self.tr("Pages"), named(QSpinBox(), "pages"))
        self.pages.setRange(0, 100000)
        if not self.production:
            self.received = self._row(form, "received_at", self.tr("Received at"),
                                      DateLine("receivedAt", with_time=True))
            self.signer = self._row(form, "signed_by", self.tr("Signed for by"),
                                    named(QComboBox(), "signedBy"))
            self.seal = self._row(form, "seal", self.tr("Seal"),
                                  named(QCheckBox(self.tr("Seal intact")), "sealIntact"))
            self.seal_note = self._row(form, "seal_note", self.tr("Seal note"),
                                       self._line("sealNote", 500))
            self.seal.toggled.connect(lambda on: self.seal_note.setEnabled(not on))
            self.recall = named(QCheckBox(self.tr("Must be returned to the issuer")), "recall")
            self._row(form, "recall_required", self.tr("Recall"), self.recall)
        self.remarks = self._row(form, "remarks", self.tr("Remarks"), self._line("remarks", 2000))

    def _tab_order(self) -> None:
        keys = ["department", "unit", "doc_no", "title", "mark", "issued_on", "urgency",
                "approver", "need_to_know", "no_copy", "copies", "copy_nos", "separate_reason",
                "carrier_type",
                "serial_nos", "pages", "received_at", "signed_by", "seal", "seal_note",
                "recall_required", "remarks"]
        chain: list[QWidget] = []
        for k in keys:
            w = self.fields.get(k)
            if w is None or (k == "unit" and self.production):
                continue
            if k == "mark":
                chain += [self.mark.mark, self.mark.level, self.mark.period]
            elif k == "need_to_know":
                chain += [self.unrestricted, self.scope]
            elif k == "separate_reason":
                chain += [self.separate, self.separate_reason]
            else:
                chain.append(w)
        chain += [self.save_button, self.save_new_button]
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)

    # -- state --------------------------------------------------------------------------
    def refresh(self) -> None:
        led = self.ctx.ledger
        update_units(self.unit, recent_units(led))
        if self.production:
            _fill(self.department, [(d.name, d.id) for d in people.list_departments(led)
                                    if d.active], self.tr("Choose…"))
        else:
            _fill(self.signer, [(p.name, p.id) for p in people.list_people(led, active_only=True)],
                  "", default=led.user.person_id)
        self._fill_scope()
        self._show_next()

    def _fill_scope(self) -> None:
        led = self.ctx.ledger
        checked = self._scope_checked()
        self.scope.clear()
        dept = self.tr("department")
        for d in people.list_departments(led):
            self._scope_item(f"{d.name}（{dept}）", ("d", d.id), checked)
        for p in people.list_people(led, active_only=True):
            self._scope_item(p.name, ("p", p.id), checked)

    def _scope_item(self, text: str, key: tuple[str, int], checked: set[tuple[str, int]]) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
        self.scope.addItem(item)

    def _scope_checked(self) -> set[tuple[str, int]]:
        out = set()
        for i in range(self.scope.count()):
            item = self.scope.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.add(tuple(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _year(self) -> int:
        return local_now(self.ctx.ledger).year

    def _show_next(self) -> None:
        reg = peek_reg_no(self.ctx.ledger, self.register, self._year())
        self.number.setText(self.tr("Next number: {reg_no}").format(reg_no=reg))

    def clear(self, *, keep: bool) -> None:
        """Empty the form; with *keep*, the unit and the dates stay for the next entry."""
        for w in (self.doc_no, self.title, self.remarks):
            w.clear()
        self.mark.set_text("")
        self.copies.setValue(1)
        self.pages.setValue(0)
        self.serials.clear()
        self.ctype.setCurrentIndex(0)
        self.urgency.setCurrentIndex(0)
        self.no_copy.setChecked(False)
        self.unrestricted.setChecked(True)
        if not self.production:
            self.copy_nos.clear()
            self.repeat.reset()
            self.repeat_row.hide()
            self.seal.setChecked(True)
            self.seal_note.clear()
            self.seal_note.setEnabled(False)
            self.recall.setChecked(False)
        if not keep:
            self.unit.clear()
            self.issued.clear()
            if not self.production:
                self.received.clear()
        self._electronic()
        self._clear_errors()
        first = self.fields["department" if self.production else "unit"]
        (self.doc_no if keep else first).setFocus()

    def _electronic(self) -> None:
        on = CarrierType(self.ctype.currentData() or CarrierType.PAPER).is_electronic
        self.serials.setEnabled(on)

    def _copy_hint(self) -> None:
        try:
            nums = parse_copy_nos(self.copy_nos.text(), count=self.copies.value()) \
                if self.copy_nos.text().strip() else []
        except ValidationError as exc:
            self.errors["copy_nos"].show_text(self.ctx.error_text(exc))
            return
        self.errors["copy_nos"].clear_text()
        self.copy_nos.setToolTip(format_ranges(nums, six_digits=True))

    # -- saving ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.save_and_new()
            return
        super().keyPressEvent(event)

    def save(self) -> DocumentDTO | None:
        return self._save(keep=False)

    def save_and_new(self) -> DocumentDTO | None:
        return self._save(keep=True)

    def _save(self, *, keep: bool) -> DocumentDTO | None:
        self._clear_errors()
        doc = self.ctx.write(self._register, parent=self)
        if isinstance(doc, list):
            if any(e.code == "receipt.copy_overlap" for e in doc):
                self.check_repeat()  # the earlier registration, and the way to record it apart
            self._show_errors(doc)
            return None
        if doc is None:
            return None
        self.last = doc
        self.result.setStyleSheet("color: #1b5e20; font-weight: bold; font-size: 14pt;")
        copies = format_ranges([c.copy_no for c in doc.carriers], six_digits=True)
        self.result.setText(self.tr("Registered {reg_no}: {n} copies ({copies})").format(
            reg_no=doc.reg_no, n=len(doc.carriers), copies=copies))
        self.clear(keep=keep)
        self.saved.emit(doc)
        return doc

    def _register(self) -> DocumentDTO | list[ValidationError]:
        """Register what the form holds. The faults of its fields come back as the value (shown
        beside them, nothing committed); any other refusal takes the one error path."""
        try:
            draft, date_errors = self.draft()
            if date_errors:
                _inp, errors = check_draft(self.ctx.ledger, draft)
                raise FormInvalid(date_errors + errors)
            return submit_draft(self.ctx.ledger, draft)
        except FormInvalid as exc:
            return exc.errors
        except ValidationError as exc:
            return [exc]

    def _changed(self, changes: object) -> None:
        """The next number, the units and the people follow what was registered."""
        if (isinstance(changes, Changes) and self.isVisible()
                and changes.touches(Area.DOCUMENTS, Area.PEOPLE)):
            self.refresh()

    def _show_errors(self, errors: list[ValidationError]) -> None:
        first: QWidget | None = None
        for e in errors:
            key = e.field if e.field in self.errors else "title"
            label = self.errors[key]
            text = self.ctx.error_text(e)
            label.show_text(f"{label.text()}\n{text}" if label.isVisible() else text)
            target = self._styled(key)
            target.setStyleSheet(BAD)
            if key == "mark":
                self.mark.hint.clear()  # the error says it; no second copy
            first = first or self.fields[key]
        self.result.setText(self.tr("Not saved: correct the fields marked in red."))
        self.result.setStyleSheet("color: #b00020; font-weight: bold; font-size: 14pt;")
        if first is not None:
            first.setFocus()

    def _clear_errors(self) -> None:
        for key, label in self.errors.items():
            label.clear_text()
            self._styled(key).setStyleSheet("")

    def _styled(self, key: str) -> QWidget:
        if key == "separate_reason":
            return self.separate_reason
        w = self.fields[key]
        return w.mark if isinstance(w, MarkEdit) else w

    def draft(self) -> tuple[DocumentDraft, list[ValidationError]]:
        """What the clerk typed, and the dates that could not be read (left out)."""
        errors: list[ValidationError] = []
        issued = self._when(self.issued, "成文日期", "issued_on", errors)
        received = None if self.production else self._when(self.received, "收文日期",
                                                            "received_at", errors)
        ntk = NeedToKnow.everyone()
        if not self.unrestricted.isChecked():
            checked = self._scope_checked()
            ntk = NeedToKnow.of(persons=[i for k, i in checked if k == "p"],
                                departments=[i for k, i in checked if k == "d"])
        kw: dict[str, Any] = {}
        if self.production:
            kw.update(department_id=self.department.currentData(), approver=self.approver.text())
        else:
            kw.update(separate=self.repeat.chosen, separate_reason=self.separate_reason.text())
            kw.update(copy_nos_text=self.copy_nos.text(), signed_by_id=self.signer.currentData(),
                      seal_intact=self.seal.isChecked(), seal_note=self.seal_note.text(),
                      recall_required=self.recall.isChecked(), received_at=received)
        return DocumentDraft(
            register=self.register, title=self.title.text(), unit=self.unit.text(),
            doc_no=self.doc_no.text(), mark_text=self.mark.text(),
            issued_on=issued[0] if issued else None, urgency=Urgency(self.urgency.currentData()),
            copies=self.copies.value(), carrier_type=CarrierType(self.ctype.currentData()),
            serials_text=self.serials.toPlainText(), pages=self.pages.value(), need_to_know=ntk,
            no_copy=self.no_copy.isChecked(), remarks=self.remarks.text(), **kw), errors

    def _when(self, edit: DateLine, what: str, field: str, errors: list[ValidationError]) -> Any:
        try:
            got = parse_when(edit.text(), what, field)
        except ValidationError as exc:
            errors.append(exc)
            return None
        if got is None or field != "received_at":
            return got
        day, at = got
        local = datetime.combine(day, at or datetime.now().time().replace(second=0, microsecond=0),
                                 tzinfo=local_tz(self.ctx.ledger))
        return local.astimezone(UTC)


def _fill(combo: QComboBox, items: list[tuple[str, Any]], placeholder: str,
          default: Any = None) -> None:
    current = combo.currentData() if combo.count() else default
    combo.clear()
    if placeholder:
        combo.addItem(placeholder, None)
    for text, value in items:
        combo.addItem(text, value)
    i = combo.findData(current if current is not None else default)
    if i >= 0:
        combo.setCurrentIndex(i)
