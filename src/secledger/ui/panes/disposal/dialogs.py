"""Dialogs of the copying and destruction panes: pick carriers in custody,
record a destruction, make approved copies."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from secledger.domain.destruction import DestructionMethod
from secledger.domain.enums import CarrierState
from secledger.services.browse import query as browse
from secledger.services.disposal import copying, destruction
from secledger.services.ledger.timing import local_now
from secledger.services.people import persons as people
from secledger.ui.context import AppContext
from secledger.ui.labels import label_for
from secledger.ui.panes.custody.common import fill_people
from secledger.ui.widgets.forms import FormDialog, named, pydate, qdate


def people_checklist(ctx: AppContext, name: str) -> QListWidget:
    """Active people with a check box each (escorts, witnesses)."""
    lst = named(QListWidget(), name)
    for p in people.list_people(ctx.ledger, active_only=True):
        item = QListWidgetItem(f"{p.name}（{p.department}）" if p.department else p.name)
        item.setData(Qt.ItemDataRole.UserRole, p.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        lst.addItem(item)
    lst.setMaximumHeight(110)
    return lst


def checked_ids(lst: QListWidget) -> tuple[int, ...]:
    return tuple(int(lst.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(lst.count())
                 if lst.item(i).checkState() == Qt.CheckState.Checked)


def check_people(lst: QListWidget, ids: set[int]) -> None:
    for i in range(lst.count()):
        item = lst.item(i)
        on = int(item.data(Qt.ItemDataRole.UserRole)) in ids
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class ExecuteDialog(FormDialog):
    """销毁登记: method, site, equipment, escorts (≥ 2), witnesses, destroyer, date, number."""

    def __init__(self, ctx: AppContext, manifest_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Record the destruction"), parent)
        self.manifest_id = manifest_id
        self.method = named(QComboBox(), "destroyMethod")
        for m in DestructionMethod:
            self.method.addItem(label_for(m), m.value)
        self.site = named(QLineEdit(), "destroySite")
        self.equipment = named(QLineEdit(), "destroyEquipment")
        self.certificate = named(QLineEdit(), "destroyCertificate")
        self.destroyer = named(QLineEdit(), "destroyDestroyer")
        self.day = named(QDateEdit(qdate(local_now(ctx.ledger).date())), "destroyDate")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.escorts = people_checklist(ctx, "destroyEscorts")
        self.witnesses = people_checklist(ctx, "destroyWitnesses")
        f = self.form
        f.addRow(self.tr("Method:"), self.method)
        f.addRow(self.tr("Site:"), self.site)
        f.addRow(self.tr("Approved equipment (in-house):"), self.equipment)
        f.addRow(self.tr("Certificate / receipt no.:"), self.certificate)
        f.addRow(self.tr("Escorts (two or more):"), self.escorts)
        f.addRow(self.tr("Witnesses (two or more for top secret):"), self.witnesses)
        f.addRow(self.tr("Destroyed by:"), self.destroyer)
        f.addRow(self.tr("Date:"), self.day)
        self.resize(560, 520)

    def save(self) -> Any:
        return destruction.execute(self.ctx.ledger, manifest_id=self.manifest_id,
                                   inp=destruction.ExecutionInput(
            method=DestructionMethod(self.method.currentData()), site=self.site.text(),
            equipment=self.equipment.text(), escort_ids=checked_ids(self.escorts),
            witness_ids=checked_ids(self.witnesses), destroyer=self.destroyer.text(),
            destroyed_on=pydate(self.day.date()), certificate_no=self.certificate.text()))


class PickCarriersDialog(FormDialog):
    """Choose carriers in custody (在库/已归档) by searching title, 文号 or unit."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Choose carriers in custody"), parent)
        self.search = named(QLineEdit(), "pickSearch")
        self.search.setPlaceholderText(self.tr("Title, document no. or unit"))
        self.search.returnPressed.connect(self.reload)
        self.list = named(QListWidget(), "pickList")
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.form.addRow(self.tr("Search:"), self.search)
        self.form.addRow(self.list)
        self.resize(640, 480)
        self.reload()

    def reload(self) -> None:
        q = browse.BrowseQuery(text=self.search.text().strip(), states=frozenset(
            {CarrierState.IN_STORE, CarrierState.ARCHIVED}))
        self.list.clear()
        for r in browse.page(self.ctx.ledger, q, 0, 500):
            item = QListWidgetItem(f"{r.reg_no}　{r.copy_no}　{r.mark}　{r.title}　"
                                   f"（{r.carrier_type_label}，{r.state_label}）")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)

    def save(self) -> Any:
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.list.selectedItems()]


class CopyExecuteDialog(FormDialog):
    """复制登记: who copied, 份号 (blank: continue after the highest), serial numbers."""

    def __init__(self, ctx: AppContext, request: copying.CopyRequestDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Register the copies"), parent)
        self.request = request
        self.copier = named(QComboBox(), "copyCopier")
        fill_people(self.copier, ctx)
        i = self.copier.findData(ctx.ledger.user.person_id)
        self.copier.setCurrentIndex(max(0, i))
        self.copy_nos = named(QLineEdit(), "copyNos")
        self.copy_nos.setPlaceholderText(self.tr("Blank: continue after the highest copy"))
        self.scheme = named(QLineEdit(), "copyScheme")
        self.serials = named(QPlainTextEdit(), "copySerials")
        self.serials.setPlaceholderText(self.tr("Electronic media: one serial number per line"))
        self.serials.setTabChangesFocus(True)
        self.serials.setMaximumHeight(90)
        f = self.form
        f.addRow(self.tr("Copied by:"), self.copier)
        f.addRow(self.tr("Copy numbers (unit scheme):"), self.copy_nos)
        f.addRow(self.tr("Note on the numbering:"), self.scheme)
        f.addRow(self.tr("Serial numbers:"), self.serials)

    def save(self) -> Any:
        return copying.execute_copy(
            self.ctx.ledger, request_id=self.request.id, copier_id=self.copier.currentData() or 0,
            copy_nos=self.copy_nos.text(), scheme_note=self.scheme.text(),
            serial_nos=self.serials.toPlainText().splitlines())
