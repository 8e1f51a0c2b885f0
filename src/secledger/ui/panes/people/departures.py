"""The 离岗与脱密期 tab of 人员与账户: the "脱密期中" list (who, from, until, days left) or
every departure with its status, and the actions on one: open (办理离岗), complete (refused
while anything is held), print the 离岗保密承诺及清退确认书, void an open one, confirm that a
脱密期 is over. Completing disables the person's accounts, so the pane's offer to change the
master key follows, as after any disabled account."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.departures import DepartureKind, DepartureStatus
from secledger.domain.enums import Role
from secledger.services.people import departure_print, departures, departures_read
from secledger.services.people.departures_read import DepartureDTO
from secledger.ui.context import AppContext
from secledger.ui.labels import label_for
from secledger.ui.panes.custody.routing import printing
from secledger.ui.panes.people.departure_dialog import DepartureDialog, months_text
from secledger.ui.widgets.columns import preset_columns
from secledger.ui.widgets.forms import named
from secledger.ui.widgets.saving import write_file
from secledger.ui.widgets.tablemodel import Column, DtoTableModel


def _day(d: Any) -> str:
    return d.isoformat() if d is not None else ""


def _days_left(d: DepartureDTO) -> str:
    return str(d.days_left) if d.in_cooling_off else ""


def _status(d: DepartureDTO) -> str:
    if d.status == DepartureStatus.COMPLETED.value and d.cooling_until is not None:
        if d.in_cooling_off:
            return QCoreApplication.translate("DepartureColumns", "In cooling-off")
        return QCoreApplication.translate("DepartureColumns", "Cooling-off over")
    return label_for(DepartureStatus(d.status))


class DeparturesModel(DtoTableModel[DepartureDTO]):
    CONTEXT = "DepartureColumns"
    COLUMNS = (
        Column[DepartureDTO](QT_TRANSLATE_NOOP("DepartureColumns", "Record no."), lambda d: d.reg_no),
        Column[DepartureDTO](QT_TRANSLATE_NOOP("DepartureColumns", "Name"), lambda d: d.person_name),
        Column[DepartureDTO](QT_TRANSLATE_NOOP("DepartureColumns", "Department"), lambda d: d.department),
        Column[DepartureDTO](QT_TRANSLATE_NOOP("DepartureColumns", "Kind"),
                             lambda d: label_for(DepartureKind(d.kind))),
        Column[DepartureDTO](QT_TRANSLATE_NOOP("DepartureColumns", "Left the post"), lambda d: _day(d.departs_on)),
        Column[DepartureDTO](QT_TRANSLATE_NOOP("DepartureColumns", "Status"), _status),
        Column[DepartureDTO](QT_TRANSLATE_NOOP("DepartureColumns", "Period"),
                             lambda d: months_text(d.cooling_months)),
        Column[DepartureDTO](QT_TRANSLATE_NOOP("DepartureColumns", "Cooling-off from"), lambda d: _day(d.cooling_from)),
        Column[DepartureDTO](QT_TRANSLATE_NOOP("DepartureColumns", "Until"), lambda d: _day(d.cooling_until)),
        Column[DepartureDTO](QT_TRANSLATE_NOOP("DepartureColumns", "Days left"), _days_left),
    )


class DeparturesTab(QWidget):
    def __init__(self, ctx: AppContext, selected_person: Callable[[], int | None],
                 offer_rekey: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.selected_person = selected_person
        self.offer_rekey = offer_rekey
        self.model = DeparturesModel(parent=self)
        self.view = named(QTableView(), "departuresTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        preset_columns(self.view)
        self.cooling_only = named(QCheckBox(self.tr("Only those in a cooling-off period")),
                                  "coolingOffOnly")
        self.cooling_only.setChecked(True)
        self.cooling_only.toggled.connect(lambda _on: self.refresh())
        self.status = named(QLabel(), "departuresStatus")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("open_departure", self.tr("Departure…"), self.open_departure),
            ("complete_departure", self.tr("Complete…"), self.complete_selected),
            ("print_departure", self.tr("Print confirmation…"), lambda: self.print_form()),
            ("void_departure", self.tr("Void…"), self.void_selected),
            ("end_cooling_off", self.tr("Cooling-off over"), self.end_selected),
        ):
            button = named(QPushButton(text), key)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.cooling_only)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.status)

    # -- data ---------------------------------------------------------------------------
    @property
    def can_edit(self) -> bool:
        led = self.ctx.ledger
        return not led.locked and Role.SECURITY_OFFICER in led.user.roles

    def refresh(self) -> None:
        led = self.ctx.ledger
        if led.locked:
            return
        keep = self.selected()
        rows = departures_read.list_departures(led, cooling_off_only=self.cooling_only.isChecked())
        self.model.set_rows(rows)
        if keep is not None:
            for i, d in enumerate(rows):
                if d.id == keep.id:
                    self.view.selectRow(i)
        for key, button in self.buttons.items():
            button.setEnabled(self.can_edit or key == "print_departure")

    def selected(self) -> DepartureDTO | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select_reg_no(self, reg_no: str) -> bool:
        for i, d in enumerate(self.model.rows()):
            if d.reg_no == reg_no:
                self.view.selectRow(i)
                return True
        return False

    # -- actions ---------------------------------------------------------------------------
    def open_departure(self) -> DepartureDTO | None:
        dlg = DepartureDialog(self.ctx, self.selected_person(), parent=self)
        if not dlg.exec():
            return None
        d: DepartureDTO = dlg.result_dto
        self.cooling_only.setChecked(False)
        self.select_reg_no(d.reg_no)
        if dlg.remaining is not None and not dlg.remaining.total:
            self.complete(d)
        return d

    def complete_selected(self) -> None:
        d = self.selected()
        if d is not None and d.status == DepartureStatus.OPEN.value:
            self.complete(d)

    def complete(self, d: DepartureDTO, *, ask: bool = True) -> DepartureDTO | None:
        """Complete after a confirmation; then the master-key offer and the form."""
        if ask and QMessageBox.question(self, self.tr("Complete the departure"), self.tr(
                "Complete the departure of {name}? Their accounts are disabled and the "
                "cooling-off period starts on {day}.").format(
                name=d.person_name, day=_day(d.departs_on))) != QMessageBox.StandardButton.Yes:
            return None
        led = self.ctx.ledger
        done = self.ctx.write(lambda: departures.complete_departure(led, departure_id=d.id),
                              parent=self)
        if done is None:
            return None
        self.select_reg_no(done.reg_no)
        if done.accounts and ask:
            self.offer_rekey(self.tr("The accounts of {name} ({accounts}) are disabled and "
                                     "their key slots are gone from the ledger folder and its "
                                     "backups.").format(name=done.person_name,
                                                        accounts=", ".join(done.accounts)))
        if ask and QMessageBox.question(
                self, self.tr("Print the confirmation"),
                self.tr("Print the departure undertaking and return confirmation for signing "
                        "now?")) == QMessageBox.StandardButton.Yes:
            self.print_form(departure=done)
        return done

    def print_form(self, path: str | Path | None = None, *,
                   departure: DepartureDTO | None = None) -> None:
        d, led = departure or self.selected(), self.ctx.ledger
        if d is None:
            return
        write_file(self.ctx, self, path, ask=self.tr("Print departure confirmation"),
                   name=f"离岗保密承诺及清退确认书_{d.reg_no}.pdf", busy=printing(),
                   write=lambda p, _progress: departure_print.print_departure_form(led, d.id, p),
                   level=departure_print.form_level(led, d.id), on_done=self._saved)

    def _saved(self, path: Any) -> None:
        self.status.setText(self.tr("Saved {path}").format(path=str(path)))

    def void_selected(self) -> None:
        d = self.selected()
        if d is None or d.status != DepartureStatus.OPEN.value:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Void {reg_no}").format(reg_no=d.reg_no),
                                          self.tr("Reason:"))
        if ok:
            self.void(d.id, reason)

    def void(self, departure_id: int, reason: str) -> bool:
        led = self.ctx.ledger
        return self.ctx.write(lambda: departures.void_departure(
            led, departure_id=departure_id, reason=reason), parent=self) is not None

    def end_selected(self) -> bool:
        d, led = self.selected(), self.ctx.ledger
        if d is None:
            return False
        return self.ctx.write(lambda: departures.end_cooling_off(led, departure_id=d.id),
                              parent=self) is not None
