"""制作/发文登记 and 发出: register a document made in-house (copies from 000001, in store),
send copies to external units by an allowed channel, record the recipients' 回执 and see
the overdue ones. A scanned label adds that carrier to the dispatch."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area, Changes
from secledger.domain.enums import CarrierState, DispatchChannel, Register, Role
from secledger.domain.lookup import Kind
from secledger.services.browse.query import find_by_label
from secledger.services.carriers import lookup
from secledger.services.registration import dispatch
from secledger.services.registration.register import get_document, recent_units
from secledger.services.registration.registers import local_today
from secledger.ui.context import AppContext
from secledger.ui.labels import label_for, label_of
from secledger.ui.panes.custody.routing import table
from secledger.ui.panes.registration.docform import DocumentForm
from secledger.ui.panes.registration.label_print import print_labels_for
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.widgets.dates import DateLine, parse_when
from secledger.ui.widgets.forms import ErrorLabel, named
from secledger.ui.widgets.lengths import watch_length
from secledger.ui.widgets.people_checklist import PeopleChecklist
from secledger.ui.widgets.tablemodel import Column, DtoTableModel
from secledger.ui.widgets.unit_completer import update_units


def _d(value: date | None) -> str:
    return value.isoformat() if value else ""


class DispatchModel(DtoTableModel[dispatch.DispatchDTO]):
    CONTEXT = "DispatchColumns"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("DispatchColumns", "Dispatch no."), lambda d: d.reg_no),
        Column(QT_TRANSLATE_NOOP("DispatchColumns", "Date"), lambda d: _d(d.dispatched_on)),
        Column(QT_TRANSLATE_NOOP("DispatchColumns", "Reg. no."), lambda d: d.doc_reg_no),
        Column(QT_TRANSLATE_NOOP("DispatchColumns", "Title"), lambda d: d.title),
        Column(QT_TRANSLATE_NOOP("DispatchColumns", "Copies"), lambda d: d.copies_text),
        Column(QT_TRANSLATE_NOOP("DispatchColumns", "To"), lambda d: d.unit),
        Column(QT_TRANSLATE_NOOP("DispatchColumns", "Channel"), lambda d: label_of(DispatchChannel, d.channel)),
        Column(QT_TRANSLATE_NOOP("DispatchColumns", "Receipt due"), lambda d: _d(d.receipt_due_on)),
        Column(QT_TRANSLATE_NOOP("DispatchColumns", "Receipt"), lambda d: _d(d.receipt_on)),
    )

    def __init__(self, today: Any = None, parent: Any = None) -> None:
        super().__init__(parent=parent)
        self.today = today or date.today()

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and self.row_at(index.row()).overdue(self.today)):
            return QBrush(QColor("#b00020"))
        return super().data(index, role)


class DispatchPane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pane_dispatch")
        self.ctx = ctx
        self.form = DocumentForm(ctx, Register.PRODUCTION)
        self.labels_button = named(QPushButton(self.tr("Print labels of the last entry…")),
                                   "labelsButton")
        self.labels_button.setEnabled(False)
        self.labels_button.clicked.connect(self.print_last_labels)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_produce(), self.tr("Produce"))
        self.tabs.addTab(self._build_send(), self.tr("Dispatch"))
        self.tabs.addTab(self._build_receipts(), self.tr("Receipts"))
        self.form.saved.connect(self._produced)
        QVBoxLayout(self).addWidget(self.tabs)
        ctx.changed.connect(self._changed)

    def _build_produce(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.labels_button)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.form, 1)
        lay.addLayout(row)
        return box

    def print_last_labels(self) -> None:
        """Labels of what was just produced, right after registering it."""
        doc = self.form.last
        if doc is not None:
            print_labels_for(self.ctx, self, [c.id for c in doc.carriers])

    # -- dispatch tab ---------------------------------------------------------------------
    def _build_send(self) -> QWidget:
        box = QWidget()
        form = QFormLayout()
        self.label_edit = named(QLineEdit(), "dispatchLabel")
        self.label_edit.setPlaceholderText(self.tr("Scan a label or type a registration number"))
        self.label_edit.returnPressed.connect(self._lookup)
        self.copies = named(QListWidget(), "dispatchCopies")
        self.unit = named(QLineEdit(), "dispatchUnit")
        watch_length(self.unit, 200)
        self.channel = named(QComboBox(), "dispatchChannel")
        for ch in DispatchChannel:
            self.channel.addItem(label_for(ch), ch.value)
        self.day = DateLine("dispatchDate")
        self.number = named(QLineEdit(), "dispatchNo")
        watch_length(self.number, 100)
        self.due = DateLine("receiptDue")
        self.due.setPlaceholderText(self.tr("blank: {days} days").format(days=dispatch.RECEIPT_DAYS))
        self.couriers = PeopleChecklist("dispatchCouriers", height=90)
        self.couriers.setToolTip(self.tr("By hand: who carries it (top secret: two or more "
                                         "Core-cleared people)"))
        self.channel.currentIndexChanged.connect(lambda _i: self._channel_changed())
        for label, w in ((self.tr("Carrier"), self.label_edit), (self.tr("Copies"), self.copies),
                         (self.tr("To unit"), self.unit), (self.tr("Channel"), self.channel),
                         (self.tr("Couriers (by hand)"), self.couriers),
                         (self.tr("Date"), self.day), (self.tr("Dispatch no."), self.number),
                         (self.tr("Receipt due"), self.due)):
            form.addRow(label, w)
        self.send_error = ErrorLabel()
        self.send_button = named(QPushButton(self.tr("Dispatch")), "sendButton")
        self.send_button.clicked.connect(self.send)
        lay = QVBoxLayout(box)
        lay.addLayout(form)
        lay.addWidget(self.send_error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.send_button)
        lay.addLayout(row)
        lay.addStretch(1)
        return box

    def _channel_changed(self) -> None:
        self.couriers.setEnabled(self.channel.currentData() == DispatchChannel.BY_HAND.value)

    def _produced(self, doc: Any) -> None:
        self.labels_button.setEnabled(True)
        self.show_document(doc.id)

    def show_document(self, document_id: int, select: int | None = None) -> None:
        doc = get_document(self.ctx.ledger, document_id)
        self.copies.clear()
        self.label_edit.setText(doc.reg_no)
        for c in doc.carriers:
            item = QListWidgetItem(f"{doc.reg_no}  第{c.copy_no_text}份  {doc.title}  "
                                   f"（{label_of(CarrierState, c.state)}）")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            movable = c.state == CarrierState.IN_STORE.value
            item.setFlags((item.flags() | Qt.ItemFlag.ItemIsUserCheckable) if movable
                          else Qt.ItemFlag.NoItemFlags)
            if movable:
                item.setCheckState(Qt.CheckState.Checked if c.id == select
                                   else Qt.CheckState.Unchecked)
            self.copies.addItem(item)

    def _lookup(self) -> None:
        """A label, a 登记号 (with 份号) or a number: list the copies of that registration, the
        one named checked (the one resolver: ``services/carriers/lookup``)."""
        text, led = self.label_edit.text().strip(), self.ctx.ledger
        if not text:
            return
        found = self.ctx.read(lambda: lookup.find(led, text), parent=self,
                              error=self.send_error)
        if found is None:
            return
        if found.document_id is None:
            self.send_error.show_text(self.tr("“{text}” names several registrations: type the "
                                              "full registration number.").format(text=text))
            return
        one, q = found.one, found.query  # a label or a 份号 named one copy: check it
        named = one is not None and (q.kind is Kind.LABEL or q.copy_no is not None)
        self.show_document(found.document_id, select=one.carrier_id if one and named else None)

    def handle_scan(self, label_id: str) -> bool:
        cid = find_by_label(self.ctx.ledger, label_id)
        if cid is None or self.tabs.currentIndex() != 1:
            return False
        from secledger.services.browse.query import carrier_detail

        self.show_document(carrier_detail(self.ctx.ledger, cid).document.id, select=cid)
        return True

    def checked(self) -> list[int]:
        out = []
        for i in range(self.copies.count()):
            item = self.copies.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def send(self) -> dispatch.DispatchDTO | None:
        """Dispatch the checked copies; a refusal (channel, not in store …) shows beside the
        button."""
        self.send_error.clear_text()
        self.send_error.setStyleSheet("color: #b00020;")
        sent = self.ctx.write(self._dispatch, parent=self, error=self.send_error)
        if sent is None:
            return None
        self.send_error.setStyleSheet("color: #1b5e20;")
        self.send_error.show_text(self.tr("Dispatched as {reg_no}: copies {copies} to {unit}.")
                                  .format(reg_no=sent.reg_no, copies=sent.copies_text,
                                          unit=sent.unit))
        self.show_document(sent.document_id)
        return sent

    def _dispatch(self) -> dispatch.DispatchDTO:
        day = parse_when(self.day.text(), "发出日期", "dispatched_on")
        due = parse_when(self.due.text(), "回执期限", "receipt_due_on")
        return dispatch.dispatch_carriers(
            self.ctx.ledger, carrier_ids=self.checked(), unit=self.unit.text(),
            channel=DispatchChannel(self.channel.currentData()),
            dispatched_on=day[0] if day else None, dispatch_no=self.number.text(),
            receipt_due_on=due[0] if due else None,
            courier_ids=self.couriers.checked_ids() if self.couriers.isEnabled() else ())

    # -- receipts tab -----------------------------------------------------------------------
    def _build_receipts(self) -> QWidget:
        box = QWidget()
        self.model = DispatchModel(parent=self)
        self.view = table(self.model, "dispatchTable")
        self.only_open = named(QComboBox(), "receiptFilter")
        self.only_open.addItems([self.tr("All dispatches"), self.tr("Receipt overdue")])
        self.only_open.currentIndexChanged.connect(lambda _i: self.refresh())
        self.receipt_button = named(QPushButton(self.tr("Record receipt…")), "receiptButton")
        self.receipt_button.clicked.connect(self.record_receipt)
        row = QHBoxLayout()
        row.addWidget(self.only_open)
        row.addStretch(1)
        row.addWidget(self.receipt_button)
        lay = QVBoxLayout(box)
        lay.addLayout(row)
        lay.addWidget(self.view, 1)
        return box

    def refresh(self) -> None:
        self.form.refresh()
        self._load()

    def _load(self) -> None:
        """The dispatches (and the units for the next one), not the production form."""
        led = self.ctx.ledger
        update_units(self.unit, recent_units(led))
        self.couriers.fill(led)
        self._channel_changed()
        self.model.today = local_today(led)
        rows = dispatch.overdue_receipts(led) if self.only_open.currentIndex() == 1 \
            else dispatch.list_dispatches(led, limit=2000)
        self.model.set_rows(rows)

    def record_receipt(self, received_on: date | None = None, receipt_no: str | None = None) -> None:
        idx = self.view.currentIndex()
        if not idx.isValid():
            return
        row = self.model.row_at(idx.row())
        if receipt_no is None:
            receipt_no, ok = QInputDialog.getText(self, self.tr("Record receipt"),
                                                  self.tr("Receipt no. (blank if none):"))
            if not ok:
                return
        self.ctx.write(lambda: dispatch.record_receipt(
            self.ctx.ledger, row.id, received_on=received_on or local_today(self.ctx.ledger),
            receipt_no=receipt_no), parent=self)

    def _changed(self, changes: object) -> None:
        if (isinstance(changes, Changes) and self.isVisible()
                and changes.touches(Area.DISPATCHES, Area.DOCUMENTS)):
            self._load()


register_pane(PaneSpec(
    key="dispatch", title=str(QT_TRANSLATE_NOOP("Panes", "Production and dispatch")),
    icon="SP_ArrowUp", roles=frozenset({Role.CLERK}), order=22,
    factory=lambda ctx: DispatchPane(ctx),
))
