"""涉密计算机和存储介质 pane: the register of classified devices and storage media with its
filters, an item's details and history, and what the clerk does to an item (register,
correct, new 责任人, raise the level, lend, repair, out of service, scrap, void, report
lost, labels);
the loans and the repairs in their own tabs (``tabs``). Scanning a device label anywhere
opens the item here (``handle_scan``).

The clerk keeps the register (a ledger fact); the auditor and the security officer see it
read-only (DESIGN.md §1: the security officer holds no ledger-fact role)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from secledger.domain import labels
from secledger.domain.changes import Area
from secledger.domain.enums import Role
from secledger.domain.media import MediaState, MediaType
from secledger.services.media import items, read
from secledger.services.media import printing as mp
from secledger.services.media.read import MediaFilter, MediaItemDTO
from secledger.ui.context import AppContext
from secledger.ui.labels import label_for, label_of
from secledger.ui.panes.custody.common import changed_in, table
from secledger.ui.panes.custody.loss import report_loss_for_media
from secledger.ui.panes.custody.routing import ButtonsMixin, printing
from secledger.ui.panes.media.detail import ItemDetail
from secledger.ui.panes.media.dialogs import (
    LEVELS,
    HolderDialog,
    ItemDialog,
    LevelDialog,
    LoanDialog,
    RepairDialog,
)
from secledger.ui.panes.media.models import ItemsModel
from secledger.ui.panes.media.tabs import LoansTab, RepairsTab
from secledger.ui.panes.registration.label_print import LabelOptions
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.widgets.columns import fit_columns
from secledger.ui.widgets.forms import ErrorLabel, FormDialog, named
from secledger.ui.widgets.saving import write_file

AREAS = (Area.MEDIA, Area.APPROVALS, Area.PEOPLE)
ROLES = frozenset({Role.CLERK, Role.AUDITOR, Role.SECURITY_OFFICER})
#: which register the filter shows (``read.COMPUTERS`` / ``read.STORAGE``)
REGISTERS = (("", QT_TRANSLATE_NOOP("MediaPane", "All devices and media")),
             (read.COMPUTERS, QT_TRANSLATE_NOOP("MediaPane", "Computers and equipment")),
             (read.STORAGE, QT_TRANSLATE_NOOP("MediaPane", "Storage media")))


def _filter_combo(name: str, everything: str, members: Any) -> QComboBox:
    box = named(QComboBox(), name)
    box.addItem(everything, "")
    for m in members:
        box.addItem(label_for(m), m.value)
    return box


class MediaPane(ButtonsMixin, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mediaPane")
        self.buttons: dict[str, QPushButton] = {}
        self.register = named(QComboBox(), "mediaRegister")
        for value, text in REGISTERS:
            self.register.addItem(self.tr(str(text)), value)
        self.kind = _filter_combo("mediaTypeFilter", self.tr("Every type"), MediaType)
        self.state = _filter_combo("mediaStateFilter", self.tr("Every state"), MediaState)
        self.level = _filter_combo("mediaLevelFilter", self.tr("Every level"), LEVELS)
        self.search = named(QLineEdit(), "mediaSearch")
        self.search.setPlaceholderText(self.tr("Device no., serial no., model, place or holder"))
        self.live_only = named(QCheckBox(self.tr("Hide destroyed and voided")), "mediaLiveOnly")
        for box in (self.register, self.kind, self.state, self.level):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.live_only.toggled.connect(lambda _on: self.refresh())
        self.model = ItemsModel(parent=self)
        self.view = table(self.model, "mediaItems", multi=True)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail = ItemDetail(ctx, self)
        self.summary = named(QLabel(""), "mediaSummary")
        self.status = named(QLabel(""), "mediaStatus")
        self.status.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.loans = LoansTab(ctx, self)
        self.repairs = RepairsTab(ctx, self)
        self.tabs = named(QTabWidget(), "mediaTabs")
        self.tabs.addTab(self._register_tab(), self.tr("Register"))
        self.tabs.addTab(self.loans, self.tr("Loans"))
        self.tabs.addTab(self.repairs, self.tr("Repairs"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        ctx.changed.connect(self._changed)

    # -- layout ------------------------------------------------------------------------------
    def _register_tab(self) -> QWidget:
        filters = QHBoxLayout()
        for w in (self.register, self.kind, self.state, self.level):
            filters.addWidget(w)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.live_only)
        actions = self._button_row(
            ("registerItem", self.tr("Register…"), self.register_item),
            ("editItem", self.tr("Correct…"), self.edit_item),
            ("lendItem", self.tr("Lend…"), self.lend),
            ("repairItem", self.tr("Repair…"), self.request_repair),
        )
        actions.insertWidget(actions.count() - 1, self._more_menu())
        actions.insertWidget(actions.count() - 1, self._print_menu())
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        tab = QWidget()
        lay = QVBoxLayout(tab)
        lay.addLayout(filters)
        lay.addLayout(actions)
        lay.addWidget(self.error)
        lay.addWidget(self.status)
        lay.addWidget(split, 1)
        lay.addWidget(self.summary)
        return tab

    def _menu_button(self, key: str, text: str,
                     entries: list[tuple[str, str, Any]]) -> QToolButton:
        button = named(QToolButton(), key)
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for name, label, slot in entries:
            action = menu.addAction(label)
            action.setObjectName(name)
            action.triggered.connect(lambda _=False, f=slot: f())
        button.setMenu(menu)
        return button

    def _more_menu(self) -> QToolButton:
        self.more = self._menu_button("moreActions", self.tr("More"), [
            ("changeHolder", self.tr("New accountable holder…"), self.change_holder),
            ("raiseLevel", self.tr("Raise the level…"), self.raise_level),
            ("outOfService", self.tr("Take out of service…"), self.take_out_of_service),
            ("backInService", self.tr("Put back into service"), self.return_to_service),
            ("scrap", self.tr("Scrap: mark for destruction…"), self.mark_for_destruction),
            ("unscrap", self.tr("Take off the destruction list…"), self.cancel_destruction),
            ("voidItem", self.tr("Void the registration…"), self.void),
            ("reportLost", self.tr("Report lost…"), self.report_lost),
        ])
        return self.more

    def _print_menu(self) -> QToolButton:
        return self._menu_button("printActions", self.tr("Print"), [
            ("printLabels", self.tr("Labels of the selected items…"), self.print_labels),
            ("printComputers", self.tr("涉密计算机台账 (PDF)…"),
             lambda: self.print_register(read.COMPUTERS)),
            ("exportComputers", self.tr("涉密计算机台账 (Excel)…"),
             lambda: self.export_register(read.COMPUTERS)),
            ("printStorage", self.tr("涉密存储介质台账 (PDF)…"),
             lambda: self.print_register(read.STORAGE)),
            ("exportStorage", self.tr("涉密存储介质台账 (Excel)…"),
             lambda: self.export_register(read.STORAGE)),
        ])

    # -- data ----------------------------------------------------------------------------------
    def current_filter(self) -> MediaFilter:
        return MediaFilter(register=self.register.currentData() or "",
                           media_type=self.kind.currentData() or "",
                           state=self.state.currentData() or "",
                           level=self.level.currentData() or "", text=self.search.text(),
                           live_only=self.live_only.isChecked())

    def refresh(self) -> None:
        if not self.ctx.has_ledger or self.ctx.ledger.locked:
            return
        led = self.ctx.ledger
        keep = self.selected()
        rows = read.list_items(led, self.current_filter())
        self.model.set_rows(rows)
        fit_columns(self.view)
        live = sum(1 for r in rows if r.live)
        self.summary.setText(self.tr("{n} items shown, {live} of them not destroyed or voided.")
                             .format(n=len(rows), live=live))
        self.select(keep.id if keep is not None else None)
        clerk = Role.CLERK in led.user.roles
        for b in self.buttons.values():
            b.setEnabled(clerk)
        self.more.setEnabled(clerk)
        self.loans.refresh()
        self.repairs.refresh()

    def _changed(self, changes: object) -> None:
        if changed_in(changes, *AREAS) and self.isVisible():
            self.refresh()

    def selected(self) -> MediaItemDTO | None:
        rows = self.view.selectionModel().selectedRows()
        idx = rows[0] if rows else self.view.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() and \
            idx.row() < self.model.rowCount() else None

    def selected_ids(self) -> list[int]:
        return [self.model.row_at(i.row()).id for i in self.view.selectionModel().selectedRows()]

    def select(self, media_id: int | None) -> bool:
        for n, row in enumerate(self.model.rows()):
            if row.id == media_id:
                self.view.selectRow(n)
                self._show(row)
                return True
        self._show(None)
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.model.row_at(current.row()) if current.isValid() else None)

    def _show(self, item: MediaItemDTO | None) -> None:
        self.detail.show_item(item)

    # -- scanning -------------------------------------------------------------------------------
    def handle_scan(self, label_id: str) -> bool:
        """A device's label opens the item (filters cleared); a carrier's is not for us."""
        if not labels.is_media_label(label_id):
            return False
        led = self.ctx.ledger
        item = self.ctx.read(lambda: read.item_by_label(led, label_id), parent=self,
                             error=self.error)
        if item is None:
            return True
        self.tabs.setCurrentIndex(0)
        for box in (self.register, self.kind, self.state, self.level):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.live_only.setChecked(False)
        self.refresh()
        self.select(item.id)
        self.status.setText(self.tr("Scanned {label}: {device_no}.")
                            .format(label=item.label_id, device_no=item.device_no))
        return True

    # -- actions ----------------------------------------------------------------------------------
    def _open(self, dlg: FormDialog, done: str) -> Any:
        if dlg.exec() and dlg.result_dto is not None:
            self.status.setText(self._done_text(done, dlg.result_dto))
        return dlg.result_dto

    def _for_selected(self, make: Callable[[MediaItemDTO], FormDialog], done: str) -> Any:
        item = self.selected()
        if item is None:
            self.status.setText(self.tr("Choose an item first."))
            return None
        return self._open(make(item), done)

    def _done_text(self, done: str, result: Any) -> str:
        no = getattr(result, "reg_no", "") or getattr(result, "device_no", "")
        texts = {
            "new": self.tr("Registered {no}; print its label next."),
            "edit": self.tr("Corrected {no}."),
            "holder": self.tr("{no} has a new accountable holder."),
            "level": self.tr("The level of {no} was raised."),
            "loan": self.tr("Loan {no} requested; it waits for approval."),
            "repair": self.tr("Repair {no} requested; it waits for approval."),
        }
        return texts[done].format(no=no)

    def register_item(self) -> Any:
        return self._open(ItemDialog(self.ctx, self), "new")

    def edit_item(self) -> Any:
        return self._for_selected(lambda i: ItemDialog(self.ctx, self, i), "edit")

    def change_holder(self) -> Any:
        return self._for_selected(lambda i: HolderDialog(self.ctx, i, self), "holder")

    def raise_level(self) -> Any:
        return self._for_selected(lambda i: LevelDialog(self.ctx, i, self), "level")

    def lend(self) -> Any:
        return self._for_selected(lambda i: LoanDialog(self.ctx, i, self), "loan")

    def request_repair(self) -> Any:
        return self._for_selected(lambda i: RepairDialog(self.ctx, i, self), "repair")

    def _with_reason(self, fn: Any, title: str, reason: str | None) -> Any:
        item = self.selected()
        if item is None:
            self.status.setText(self.tr("Choose an item first."))
            return None
        if reason is None:
            reason, ok = QInputDialog.getText(self, title, self.tr("Reason:"))
            if not ok:
                return None
        led = self.ctx.ledger
        got = self.ctx.write(lambda: fn(led, item.id, reason=reason or ""), parent=self,
                             error=self.error)
        if got is not None:
            self.status.setText(self.tr("{no}: {state}.").format(
                no=got.device_no, state=label_of(MediaState, got.state)))
        return got

    def take_out_of_service(self, reason: str | None = None) -> Any:
        return self._with_reason(items.take_out_of_service, self.tr("Take out of service"),
                                 reason)

    def return_to_service(self, reason: str | None = "") -> Any:
        return self._with_reason(items.return_to_service, self.tr("Put back into service"),
                                 reason)

    def mark_for_destruction(self, reason: str | None = None) -> Any:
        return self._with_reason(items.mark_for_destruction, self.tr("Scrap"), reason)

    def cancel_destruction(self, reason: str | None = None) -> Any:
        return self._with_reason(items.cancel_destruction,
                                 self.tr("Take off the destruction list"), reason)

    def void(self, reason: str | None = None) -> Any:
        return self._with_reason(items.void_item, self.tr("Void the registration"), reason)

    def report_lost(self) -> Any:
        """遗失/泄密: the selected items on one loss report (the 遗失 pane lists it)."""
        one = self.selected()
        ids = self.selected_ids() or ([one.id] if one is not None else [])
        if not ids:
            self.status.setText(self.tr("Choose an item first."))
            return None
        return report_loss_for_media(self.ctx, ids, self)

    # -- printing -------------------------------------------------------------------------------
    def print_labels(self, path: Path | None = None, single: bool | None = None) -> None:
        ids = self.selected_ids()
        if not ids:
            self.status.setText(self.tr("Choose the items whose labels to print."))
            return
        if single is None:
            options = LabelOptions(len(ids), self)
            if options.exec() != QDialog.DialogCode.Accepted:
                return
            single = options.single  # (a device label is printed from the first slot)
        led, one = self.ctx.ledger, bool(single)
        write_file(self.ctx, self, path, ask=self.tr("Save labels as PDF"),
                   name=f"{mp.LABEL_TITLE}.pdf", busy=printing(),
                   level=mp.labels_level(led, ids), cancellable=True, on_done=self._saved,
                   write=lambda target, p: mp.print_labels(led, ids, target, single=one,
                                                           progress=p))

    def print_register(self, register: str, path: Path | None = None) -> None:
        led, f = self.ctx.ledger, self.current_filter()
        write_file(self.ctx, self, path, ask=self.tr("Save the register"),
                   name=f"{read.REGISTER_TITLES[register]}.pdf", busy=printing(),
                   cancellable=True, on_done=self._saved,
                   write=lambda target, p: mp.print_register(led, register, target, f=f,
                                                             progress=p))

    def export_register(self, register: str, path: Path | None = None) -> None:
        led, f = self.ctx.ledger, self.current_filter()
        write_file(self.ctx, self, path, ask=self.tr("Export the register"),
                   name=f"{read.REGISTER_TITLES[register]}.xlsx", busy=printing(),
                   on_done=self._saved,
                   write=lambda target, _p: mp.export_register_xlsx(led, register, target,
                                                                    f=f))

    def _saved(self, path: Any) -> None:
        self.status.setText(self.tr("Saved {path}").format(path=str(path)))


register_pane(PaneSpec(
    key="media", title=str(QT_TRANSLATE_NOOP("Panes", "Devices and media")),
    icon="SP_ComputerIcon", roles=ROLES, order=64,
    factory=lambda ctx: MediaPane(ctx),
))
