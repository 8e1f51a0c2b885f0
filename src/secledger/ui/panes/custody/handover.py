"""移交 pane: pick the departing person, see everything they are accountable
for (the carriers grouped by state, and the classified devices and storage media they are
责任人 of, a medium lent to them marked to be returned first), name the receiver and the
witness (监交人), confirm in one step, print the signed 移交清单; below, the 移交登记簿 of
every handover."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area
from secledger.domain.custody import HandoverReason
from secledger.domain.departures import DepartureKind, DepartureStatus
from secledger.domain.enums import CarrierState, Classification, Role
from secledger.domain.lookup import Use
from secledger.domain.media import MediaType
from secledger.services.audit import output_levels as olv
from secledger.services.carriers.items import CarrierItem
from secledger.services.custody import handover
from secledger.services.custody import printing_records as cp
from secledger.services.ledger.timing import format_local
from secledger.services.media import read as media_read
from secledger.services.people import departures_read
from secledger.ui.context import AppContext
from secledger.ui.labels import label_for, label_list_of, label_of
from secledger.ui.panes.custody.common import (
    CTX,
    ItemModel,
    changed_in,
    fill_people,
    select_data,
    selected_rows,
    table,
)
from secledger.ui.panes.custody.routing import ButtonsMixin
from secledger.ui.panes.media.models import ItemsModel as MediaModel
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.widgets.carrier_picker import CarrierPicker
from secledger.ui.widgets.forms import ErrorLabel, named
from secledger.ui.widgets.saving import write_file
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

H = handover.HandoverDTO
AREAS = (Area.CARRIERS, Area.PEOPLE, Area.HANDOVERS, Area.MEDIA)
_STATE_ORDER = {s.value: i for i, s in enumerate(CarrierState)}


class RegisterModel(DtoTableModel[H]):
    CONTEXT = CTX


class HandoverPane(ButtonsMixin, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("handoverPane")
        self.listed: handover.Holdings | None = None
        self.last: H | None = None
        self.giver = named(QComboBox(), "handoverGiver")
        self.giver.currentIndexChanged.connect(lambda _i: self.list_holdings())
        self.receiver = named(QComboBox(), "handoverReceiver")
        self.witness = named(QComboBox(), "handoverWitness")
        self.reason = named(QComboBox(), "handoverReason")
        for r in HandoverReason:
            self.reason.addItem(label_for(r), r.value)
        self.note = named(QLineEdit(), "handoverNote")
        self.summary = named(QLabel(), "handoverSummary")
        self.summary.setWordWrap(True)
        self.error = ErrorLabel(self)
        # a carrier scanned or typed here: its holder is the one who hands over
        self.picker = CarrierPicker(ctx, Use.HANDOVER, name="handoverFind", error=self.error,
                                    placeholder=self.tr("Or scan / type a carrier: its holder "
                                                        "hands over"))
        self.picker.picked.connect(lambda item, _how: self.show_holder_of(item))
        self.items_model = ItemModel(parent=self)
        self.items_view = table(self.items_model, "handoverItems")
        self.media_label = named(QLabel(), "handoverMediaSummary")
        self.media_label.setWordWrap(True)
        self.media_model = MediaModel(parent=self)
        self.media_view = table(self.media_model, "handoverMedia")
        self.register_model = RegisterModel(parent=self)
        self.register_model.COLUMNS = self._register_columns()
        self.register_view = table(self.register_model, "handoverRegister")
        self.buttons: dict[str, QPushButton] = {}
        self._layout()
        ctx.changed.connect(self._changed)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Handing over:"), self.giver)
        form.addRow("", self.picker)
        form.addRow(self.tr("Receiver:"), self.receiver)
        form.addRow(self.tr("Witness:"), self.witness)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Note:"), self.note)
        actions = self._button_row(
            ("confirm", self.tr("Confirm handover"), self.confirm),
            ("print", self.tr("Print handover list…"), self.print_selected),
            ("export", self.tr("Export list (XLSX)…"), self.export_selected),
            ("register", self.tr("Print handover register…"), self.print_register),
        )
        top = QWidget()
        v = QVBoxLayout(top)
        v.addLayout(form)
        v.addWidget(self.summary)
        v.addWidget(self.error)
        v.addLayout(actions)
        v.addWidget(self.items_view, 3)
        v.addWidget(self.media_label)
        v.addWidget(self.media_view, 2)
        split = QSplitter()
        split.setOrientation(Qt.Orientation.Vertical)
        split.addWidget(top)
        bottom = QWidget()
        b = QVBoxLayout(bottom)
        b.setContentsMargins(0, 0, 0, 0)
        b.addWidget(QLabel(self.tr("Handover register")))
        b.addWidget(self.register_view, 1)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        QVBoxLayout(self).addWidget(split)

    def _register_columns(self) -> list[Column[H]]:
        def c(h: object, f: Any) -> Column[H]:
            return Column[H](h, f)

        return [
            c(QT_TRANSLATE_NOOP("CustodyColumns", "Handover no."), lambda h: h.reg_no),
            c(QT_TRANSLATE_NOOP("CustodyColumns", "Date"),
              lambda h: format_local(self.ctx.ledger, h.handed_at)),
            c(QT_TRANSLATE_NOOP("CustodyColumns", "Reason"), lambda h: label_of(HandoverReason, h.reason)),
            c(QT_TRANSLATE_NOOP("CustodyColumns", "Handed over by"), lambda h: h.giver),
            c(QT_TRANSLATE_NOOP("CustodyColumns", "Receiver"), lambda h: h.receiver),
            c(QT_TRANSLATE_NOOP("CustodyColumns", "Witness"), lambda h: h.witness),
            c(QT_TRANSLATE_NOOP("CustodyColumns", "Carriers"), lambda h: str(h.item_count)),
            c(QT_TRANSLATE_NOOP("CustodyColumns", "Devices and media"),
              lambda h: str(h.media_count)),
        ]

    # -- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.ctx.ledger.locked:
            return
        self.giver.blockSignals(True)
        fill_people(self.giver, self.ctx, blank=self.tr("— choose a person —"))
        self.giver.blockSignals(False)
        fill_people(self.receiver, self.ctx)
        fill_people(self.witness, self.ctx)
        self.register_model.set_rows(handover.list_handovers(self.ctx.ledger))
        self.list_holdings()

    def _changed(self, changes: object) -> None:
        if changed_in(changes, *AREAS) and self.isVisible():
            self.refresh()

    def list_holdings(self) -> None:
        pid = self.giver.currentData()
        self.listed = handover.holdings(self.ctx.ledger, pid) if pid is not None else None
        rows: list[CarrierItem] = []
        if self.listed is None:
            self.summary.setText(self.tr("Choose the person who hands over."))
        else:
            rows = sorted(self.listed.items, key=lambda i: (_STATE_ORDER[i.state], i.reg_no))
            groups = label_list_of((label_of(CarrierState, g.state), len(g.items))
                                   for g in self.listed.groups)
            levels = label_list_of((label_of(Classification, lc.level), lc.count)
                                   for lc in self.listed.by_level)
            self.summary.setText(self.tr("{name} is accountable for {n} carrier(s): {groups}. "
                                         "By level: {levels}.").format(
                name=self.listed.person_name, n=self.listed.total, groups=groups or "—",
                levels=levels or "—"))
        self.items_model.set_rows(rows)
        self._list_media()
        self.buttons["confirm"].setEnabled(self.listed is not None)
        if pid is not None:
            self.follow_departure(int(pid))

    def follow_departure(self, person_id: int) -> None:
        """A person whose departure is open (办理中) hands over to the receiver and in front
        of the witness the security officer named: both are chosen, the reason follows."""
        d = next((x for x in departures_read.list_departures(self.ctx.ledger, person_id=person_id)
                  if x.status == DepartureStatus.OPEN.value), None)
        if d is None:
            return
        select_data(self.receiver, d.receiver_id)
        select_data(self.witness, d.witness_id)
        reason = (HandoverReason.TRANSFER if d.kind == DepartureKind.TRANSFER.value
                  else HandoverReason.LEAVE)
        select_data(self.reason, reason.value)
        self.summary.setText(self.summary.text() + "\n" + self.tr(
            "{name} is leaving the post ({reg_no}): hand everything over to {receiver} in front "
            "of {witness}; the security officer then completes the departure.").format(
            name=d.person_name, reg_no=d.reg_no, receiver=d.receiver, witness=d.witness))

    def _list_media(self) -> None:
        """The devices and media beside the carriers; a borrowed medium is called out: it
        goes back to its 责任人 before the handover."""
        held = self.listed
        self.media_model.set_rows(list(held.media) if held is not None else [])
        if held is None:
            self.media_label.clear()
            return
        if not held.media:
            self.media_label.setText(self.tr("No classified devices or storage media."))
            return
        types = label_list_of((label_of(MediaType, t.media_type), t.count)
                              for t in held.media_by_type)
        text = self.tr("Accountable for %n classified device(s) or medium/media: {types}.", "",
                       len(held.media)).format(types=types)
        if held.media_borrowed:
            text += " " + self.tr("Borrowed, to be returned before the handover: {items}.").format(
                items="、".join(m.device_no for m in held.media_borrowed))
        self.media_label.setText(text)

    def handle_scan(self, label_id: str) -> bool:
        return self.picker.take(label_id)

    def handle_media_scan(self, label_id: str) -> bool:
        """A device's or medium's label: its 责任人 (or borrower) is the one who hands over."""
        led = self.ctx.ledger
        item = self.ctx.read(lambda: media_read.item_by_label(led, label_id), parent=self,
                             error=self.error)
        if item is None:
            return True
        if item.holder_id is None or not select_data(self.giver, item.holder_id):
            self.error.show_text(self.tr("{device} is held by {holder}, who is not an active "
                                         "person here.").format(
                device=item.device_no, holder=item.holder_name or "—"))
            return True
        for row, m in enumerate(self.media_model.rows()):
            if m.id == item.id:
                self.media_view.selectRow(row)
        return True

    def show_holder_of(self, item: CarrierItem) -> None:
        """Choose the holder of *item* as the giver and select the carrier in the list."""
        if item.holder_id is None or not select_data(self.giver, item.holder_id):
            self.error.show_text(self.tr("{reg} copy {copy} is held by {holder}, who is not "
                                         "an active person here.").format(
                reg=item.reg_no, copy=item.copy_no, holder=item.holder_name or "—"))
            return
        for row, it in enumerate(self.items_model.rows()):
            if it.carrier_id == item.carrier_id:
                self.items_view.selectRow(row)
                self.items_view.scrollTo(self.items_model.index(row, 0))

    def confirm(self) -> H | None:
        """Hand over exactly the listed carriers, devices and media (refused if the holdings
        changed since, or while a medium is still lent to the giver)."""
        if self.listed is None:
            return None
        listed = self.listed
        h = self.ctx.write(lambda: handover.confirm_handover(
            self.ctx.ledger, giver_id=listed.person_id, receiver_id=self.receiver.currentData(),
            witness_id=self.witness.currentData(), reason=HandoverReason(
                self.reason.currentData()), note=self.note.text(),
            expected_ids=[i.carrier_id for i in listed.items],
            expected_media_ids=[m.id for m in listed.media_handed]),
            parent=self, error=self.error)
        if h is not None:
            self.last = h
            self.note.clear()
            self.summary.setText(self.tr("Handover {no} recorded: {n} carrier(s) and {m} "
                                         "device(s) or medium/media now with {receiver}. "
                                         "Print the list for signature.").format(
                no=h.reg_no, n=h.item_count, m=h.media_count, receiver=h.receiver))
        return h

    def _chosen(self) -> H | None:
        rows = selected_rows(self.register_view)
        return rows[0] if rows else self.last

    def print_selected(self, path: str | None = None) -> None:
        h, led = self._chosen(), self.ctx.ledger
        if h is not None:
            write_file(self.ctx, self, path,
                       ask=self.tr("Print handover list"), name=f"{h.reg_no}.pdf",
                       busy=self.tr("Printing…"), level=olv.of_handover(led, h.id),
                       write=lambda p, _progress: cp.print_handover(led, h.id, p))

    def export_selected(self, path: str | None = None) -> None:
        h, led = self._chosen(), self.ctx.ledger
        if h is not None:
            write_file(self.ctx, self, path,
                       ask=self.tr("Export handover list"), name=f"{h.reg_no}.xlsx",
                       busy=self.tr("Exporting…"), level=olv.of_handover(led, h.id),
                       write=lambda p, _progress: cp.export_handover_xlsx(led, h.id, p))

    def print_register(self, path: str | None = None) -> None:
        led = self.ctx.ledger
        write_file(self.ctx, self, path, ask=self.tr("Print handover register"), name="移交登记簿.pdf",
                   busy=self.tr("Printing…"),
                   write=lambda p, _progress: cp.print_handover_register(led, p))


register_pane(PaneSpec(
    key="handover", title=str(QT_TRANSLATE_NOOP("Panes", "Handover")),
    icon="SP_ArrowRight", roles=frozenset({Role.CLERK}), order=58,
    factory=lambda ctx: HandoverPane(ctx),
))
