"""Dialogs of the destruction pane: pick carriers in custody, or devices and media marked
for destruction, for a manifest; record the destruction (method, with one per medium where
the media differ, site, escorts, witnesses)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from secledger.domain.destruction import DestructionMethod, Medium, fitting_methods
from secledger.domain.enums import CarrierState, CarrierType, Classification
from secledger.domain.media import MediaState, MediaType
from secledger.services.browse import query as browse
from secledger.services.disposal import destruction, destruction_media
from secledger.services.ledger.timing import local_now
from secledger.services.media.read import MediaItemDTO
from secledger.services.people import persons as people
from secledger.ui.context import AppContext
from secledger.ui.labels import label_for, label_of
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
            if m.offered:
                self.method.addItem(label_for(m), m.value)
        #: one method per medium on the list where it differs from the one above
        self.per_medium: dict[Medium, QComboBox] = {}
        t = destruction.get_manifest(ctx.ledger, manifest_id).totals
        mediums = [Medium(x.carrier_type) for x in t.by_type] if t is not None else []
        for medium in mediums if len(mediums) > 1 else []:
            box = named(QComboBox(), f"destroyMethod_{medium.value}")
            box.addItem(self.tr("Same as above"), None)
            for m in fitting_methods(medium):
                box.addItem(label_for(m), m.value)
            self.per_medium[medium] = box
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
        for medium, box in self.per_medium.items():
            f.addRow(self.tr("Method for {medium}:").format(medium=label_for(medium)), box)
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
            destroyed_on=pydate(self.day.date()), certificate_no=self.certificate.text(),
            methods=tuple((k, DestructionMethod(box.currentData()))
                          for k, box in self.per_medium.items() if box.currentData())))


class PickCarriersDialog(FormDialog):
    """Choose carriers in custody (在库/已归档) by searching title, 文号 or unit."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Choose carriers in custody"), parent)
        self.search = named(QLineEdit(), "pickSearch")
        self.search.setPlaceholderText(self.tr("Title, document no., unit, or a reg. no. with copy"))
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
                                   f"（{label_of(CarrierType, r.carrier_type)}，{label_of(CarrierState, r.state)}）")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)

    def save(self) -> Any:
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.list.selectedItems()]


class PickMediaDialog(FormDialog):
    """Choose devices and media marked for destruction (待销毁) that no open manifest holds;
    given *title* and *source* (the items for a search text), any other list of them (the
    loss report's: those that may be reported lost). A scanned ``M…`` label searches for
    its item."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, title: str = "",
                 source: Callable[[str], list[MediaItemDTO]] | None = None) -> None:
        super().__init__(ctx, title or self.tr("Choose devices and media awaiting destruction"),
                         parent)
        self.source = source or (lambda text: destruction_media.awaiting_destruction(
            ctx.ledger, text=text))
        self.search = named(QLineEdit(), "pickMediaSearch")
        self.search.setPlaceholderText(self.tr("Device no., serial no., model or holder"))
        self.search.returnPressed.connect(self.reload)
        self.list = named(QListWidget(), "pickMediaList")
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.form.addRow(self.tr("Search:"), self.search)
        self.form.addRow(self.list)
        self.resize(640, 420)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for x in self.source(self.search.text().strip()):
            item = QListWidgetItem(
                f"{x.device_no}　{label_of(MediaType, x.media_type)}　"
                f"{label_of(Classification, x.level)}　{x.brand_model}　{x.serial_no}　"
                f"（{x.holder_name}，{label_of(MediaState, x.state)}）")
            item.setData(Qt.ItemDataRole.UserRole, x.id)
            self.list.addItem(item)
        if self.list.count() == 1:  # a scanned label, or a search naming one item
            self.list.item(0).setSelected(True)

    def save(self) -> Any:
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.list.selectedItems()]
