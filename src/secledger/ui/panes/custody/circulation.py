"""传阅 pane: pick a carrier by scan or search, plan the reading order, send to
one reader at a time, take it back by scanning its label, print the 传阅单.

Scanning a carrier that is out records its return (sign-off from the slip, now) and moves
the focus to "Send to next reader", so the clerk only presses Enter for the next leg.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area
from secledger.domain.enums import CarrierState, Role
from secledger.domain.lookup import Use
from secledger.services.audit import output_levels as olv
from secledger.services.carriers.items import CarrierItem
from secledger.services.carriers.refs import CarrierRef
from secledger.services.custody import circulation as circ
from secledger.services.custody import printing as wf_print
from secledger.services.custody.circulation import LegDTO
from secledger.services.ledger.timing import utc_naive
from secledger.ui.context import AppContext
from secledger.ui.labels import label_of
from secledger.ui.panes.custody.common import changed_in
from secledger.ui.panes.custody.routing import (
    ButtonsMixin,
    fill_people,
    printing,
    table,
    when,
)
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.statuses import overdue_text
from secledger.ui.widgets.carrier_picker import CarrierPicker
from secledger.ui.widgets.columns import fit_columns
from secledger.ui.widgets.forms import ErrorLabel, named
from secledger.ui.widgets.saving import write_file
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

AREAS = (Area.CARRIERS, Area.CIRCULATION, Area.PEOPLE)


@dataclass(frozen=True)
class OutRow:
    """A leg out for reading, with its times as local text (computed once per refresh)."""

    leg: LegDTO
    sent: str
    due: str
    status: str


def _col(header: object, text: Any) -> Column[OutRow]:
    return Column[OutRow](header, text)


class OutModel(DtoTableModel[OutRow]):
    CONTEXT = "WorkflowColumns"
    COLUMNS = (
        _col(QT_TRANSLATE_NOOP("WorkflowColumns", "Reg. no."), lambda r: r.leg.carrier.reg_no),
        _col(QT_TRANSLATE_NOOP("WorkflowColumns", "Title"), lambda r: r.leg.carrier.title),
        _col(QT_TRANSLATE_NOOP("WorkflowColumns", "Mark"), lambda r: r.leg.carrier.mark),
        _col(QT_TRANSLATE_NOOP("WorkflowColumns", "Copy"), lambda r: r.leg.carrier.copy_no_text),
        _col(QT_TRANSLATE_NOOP("WorkflowColumns", "Reader"), lambda r: r.leg.reader_name),
        _col(QT_TRANSLATE_NOOP("WorkflowColumns", "Department"), lambda r: r.leg.department),
        _col(QT_TRANSLATE_NOOP("WorkflowColumns", "Sent"), lambda r: r.sent),
        _col(QT_TRANSLATE_NOOP("WorkflowColumns", "Due back"), lambda r: r.due),
        _col(QT_TRANSLATE_NOOP("WorkflowColumns", "Status"), lambda r: r.status),
    )


class CirculationPane(ButtonsMixin, QWidget):
    AUTO_DEFAULT = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("circulationPane")
        self.carrier: CarrierRef | None = None
        self.out_leg: LegDTO | None = None
        self.info = named(QLabel(self.tr("No carrier chosen.")), "carrierInfo")
        self.info.setWordWrap(True)
        self.reader = named(QComboBox(), "readerCombo")
        self.plan_list = named(QListWidget(), "planList")
        self.plan_list.setMaximumHeight(140)
        self.note_edit = named(QLineEdit(), "planNote")
        self.note_edit.setPlaceholderText(self.tr("Proposed handling, optional"))
        self.confirm_app = named(QCheckBox(self.tr("Reader confirmed in the app (else: signed slip)")),
                                 "confirmInApp")
        self.error = ErrorLabel(self)
        # scan, 登记号 (with 份号) or words; a carrier that cannot circulate is refused, saying why
        self.picker = CarrierPicker(ctx, Use.CIRCULATION, error=self.error)
        self.find_edit, self.matches = self.picker.edit, self.picker.matches
        self.status = named(QLabel(""), "circulationStatus")
        self.status.setWordWrap(True)
        self.model = OutModel(parent=self)
        self.view = table(self.model, "outTable")
        self.buttons: dict[str, QPushButton] = {}
        self._layout()
        self.picker.picked.connect(self._picked)
        self.view.doubleClicked.connect(self._row_chosen)
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self.find_edit.setFocus)
        ctx.changed.connect(self._changed)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Carrier:")))
        top.addWidget(self.picker, 4)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Reader:")), 0, 0)
        grid.addWidget(self.reader, 0, 1)
        grid.addWidget(self._button("sendButton", self.tr("Send to this reader"), self.send), 0, 2)
        grid.addWidget(self._button("addToPlan", self.tr("Add to reading order"), self.add_to_plan), 0, 3)
        grid.addWidget(QLabel(self.tr("Reading order:")), 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.plan_list, 1, 1, 2, 1)
        side = QVBoxLayout()
        for key, text, slot in (("removeFromPlan", self.tr("Remove"), self.remove_from_plan),
                                ("moveUp", self.tr("Move up"), lambda: self.move_step(-1)),
                                ("moveDown", self.tr("Move down"), lambda: self.move_step(1)),
                                ("savePlan", self.tr("Save reading order"), self.save_plan)):
            side.addWidget(self._button(key, text, slot))
        side.addStretch(1)
        grid.addLayout(side, 1, 2, 2, 1)
        grid.addWidget(self.note_edit, 3, 1)
        actions = QHBoxLayout()
        actions.addWidget(self._button("sendNext", self.tr("Send to next reader"), self.send_next))
        actions.addWidget(self._button("returnButton", self.tr("Record return"), self.take_back))
        actions.addWidget(self.confirm_app)
        actions.addStretch(1)
        actions.addWidget(self._button("printSlip", self.tr("Print circulation slip…"), self.print_slip))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.info)
        lay.addLayout(grid)
        lay.addLayout(actions)
        lay.addWidget(self.error)
        lay.addWidget(self.status)
        lay.addWidget(QLabel(self.tr("Out for reading now:")))
        lay.addWidget(self.view, 1)

    # -- data -------------------------------------------------------------------------------
    def refresh(self) -> None:
        led = self.ctx.ledger
        if led.locked:
            return
        fill_people(self.reader, led)
        now = utc_naive(led.now())
        rows = [OutRow(x, when(led, x.sent_at), when(led, x.due_at),
                       overdue_text(int((now - x.due_at).total_seconds())))
                for x in circ.out_now(led)]
        self.model.set_rows(rows)
        fit_columns(self.view)
        if self.carrier is not None:
            self.choose(self.carrier.carrier_id, keep_plan=True)
        self._enable()

    def _changed(self, changes: object) -> None:
        if changed_in(changes, *AREAS) and self.isVisible():
            self.refresh()

    def _enable(self) -> None:
        led = self.ctx.ledger
        clerk = not led.locked and Role.CLERK in led.user.roles
        state = self.carrier.state if self.carrier else ""
        in_store = state == CarrierState.IN_STORE.value
        for key in ("sendButton", "sendNext"):
            self.buttons[key].setEnabled(clerk and in_store)
        self.buttons["returnButton"].setEnabled(clerk and state == CarrierState.CIRCULATING.value)
        for key in ("addToPlan", "removeFromPlan", "moveUp", "moveDown", "savePlan", "printSlip"):
            self.buttons[key].setEnabled(clerk and self.carrier is not None)

    # -- choosing a carrier ---------------------------------------------------------------
    def _picked(self, item: CarrierItem, how: str) -> None:
        """A scanned label takes back a carrier out for reading; a carrier typed or picked is
        chosen and the clerk goes on typing (the reader, or Enter records the return)."""
        if how == "label":
            self._scanned(item.carrier_id)
            return
        self.choose(item.carrier_id)
        if self.carrier is not None and how == "list":
            out = self.out_leg is not None and self.buttons["returnButton"].isEnabled()
            (self.buttons["returnButton"] if out else self.reader).setFocus()

    def _row_chosen(self, index: Any) -> None:
        self.choose(self.model.row_at(index.row()).leg.carrier.carrier_id)

    def choose(self, carrier_id: int, *, keep_plan: bool = False) -> None:
        led = self.ctx.ledger
        got = self.ctx.read(lambda: circ.carrier_status(led, carrier_id), parent=self)
        if got is None:
            return
        self.carrier, self.out_leg = got
        self.error.clear_text()
        self._show_info()
        if not keep_plan:
            self._load_plan()
        self._enable()

    def _show_info(self) -> None:
        c = self.carrier
        assert c is not None
        text = f"{c.reg_no}　《{c.title}》　{c.mark}　第{c.copy_no_text}份　— {label_of(CarrierState, c.state)}"
        if self.out_leg is not None:
            text += self.tr(": with {reader}, due back {due}").format(
                reader=self.out_leg.reader_name, due=when(self.ctx.ledger, self.out_leg.due_at))
        self.info.setText(text)

    def _load_plan(self) -> None:
        self.plan_list.clear()
        plan = circ.current_plan(self.ctx.ledger, self.carrier.carrier_id) if self.carrier else None
        if plan is None or plan.status != "open":
            return
        self.note_edit.setText(plan.note)
        for st in plan.steps:
            done = "✓ " if st.leg is not None else ""
            item = QListWidgetItem(f"{st.seq}. {done}{st.name}（{st.department}）")
            item.setData(Qt.ItemDataRole.UserRole, st.person_id)
            self.plan_list.addItem(item)

    def handle_scan(self, label_id: str) -> bool:
        """A scanned label: a carrier out for reading is taken back, else it is chosen; one
        that cannot circulate is refused with its state and holder."""
        return self.picker.take(label_id)

    def _scanned(self, carrier_id: int) -> None:
        self.choose(carrier_id)
        if self.carrier is not None and self.carrier.state == CarrierState.CIRCULATING.value:
            self.take_back()

    # -- plan -----------------------------------------------------------------------------
    def add_to_plan(self) -> None:
        pid = self.reader.currentData()
        if pid is None or pid in self.plan_ids():
            return
        item = QListWidgetItem(self.reader.currentText())
        item.setData(Qt.ItemDataRole.UserRole, pid)
        self.plan_list.addItem(item)

    def remove_from_plan(self) -> None:
        row = self.plan_list.currentRow()
        if row >= 0:
            self.plan_list.takeItem(row)

    def move_step(self, delta: int) -> None:
        row = self.plan_list.currentRow()
        if 0 <= row + delta < self.plan_list.count() and row >= 0:
            item = self.plan_list.takeItem(row)
            self.plan_list.insertItem(row + delta, item)
            self.plan_list.setCurrentRow(row + delta)

    def plan_ids(self) -> list[int]:
        return [int(self.plan_list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.plan_list.count())]

    def save_plan(self) -> None:
        if self.carrier is None:
            return
        led, cid, ids = self.ctx.ledger, self.carrier.carrier_id, self.plan_ids()
        if self.ctx.write(lambda: circ.plan_circulation(
                led, carrier_id=cid, reader_ids=ids, note=self.note_edit.text()), parent=self):
            self.status.setText(self.tr("Reading order saved: {n} reader(s).").format(n=len(ids)))
            self._load_plan()
            self.buttons["sendNext"].setFocus()

    # -- send / return ----------------------------------------------------------------------
    def send(self) -> None:
        pid = self.reader.currentData()
        if self.carrier is None or pid is None:
            return
        led, cid = self.ctx.ledger, self.carrier.carrier_id
        self._sent(self.ctx.write(lambda: circ.send(led, carrier_id=cid, reader_id=int(pid)),
                                  parent=self))

    def send_next(self) -> None:
        if self.carrier is None:
            return
        led, cid = self.ctx.ledger, self.carrier.carrier_id
        self._sent(self.ctx.write(lambda: circ.send_next(led, carrier_id=cid), parent=self))

    def _sent(self, leg: LegDTO | None) -> None:
        if leg is None:
            return
        self.status.setText(self.tr("Sent to {reader}; due back {due}.").format(
            reader=leg.reader_name, due=when(self.ctx.ledger, leg.due_at)))
        self._load_plan()
        self.find_edit.selectAll()
        self.find_edit.setFocus()  # ready for the next scan

    def take_back(self) -> None:
        if self.carrier is None:
            return
        led, cid = self.ctx.ledger, self.carrier.carrier_id
        via = "app" if self.confirm_app.isChecked() else "slip"
        res = self.ctx.write(lambda: circ.return_carrier(led, carrier_id=cid, sign_via=via),
                             parent=self)
        if res is None:
            return
        text = self.tr("Returned by {reader}.").format(reader=res.leg.reader_name)
        if res.next_reader is not None:
            text += " " + self.tr("Next reader: {name} — press Enter to send.").format(
                name=res.next_reader.name)
        self._load_plan()
        self.status.setText(text)
        target = "sendNext" if res.next_reader is not None else "printSlip"
        self.buttons[target].setFocus()

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("Saved {path}").format(path=str(path)))

    def print_slip(self, path: Path | None = None) -> None:
        if self.carrier is None:
            return
        c, led = self.carrier, self.ctx.ledger
        write_file(self.ctx, self, path, ask=self.tr("Save circulation slip"),
                   name=f"传阅单_{c.reg_no}_{c.copy_no_text}.pdf", busy=printing(),
                   level=olv.of_carriers(led, [c.carrier_id]), cancellable=True,
                   write=lambda target, progress: wf_print.print_circulation_slip(
                       led, carrier_id=c.carrier_id, path=target, progress=progress),
                   on_done=self._saved)


register_pane(PaneSpec(
    key="circulation", title=str(QT_TRANSLATE_NOOP("Panes", "Circulation")),
    icon="SP_ArrowRight", roles=frozenset({Role.CLERK}), order=30,
    factory=lambda ctx: CirculationPane(ctx),
))
