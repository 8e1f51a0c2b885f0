"""The carrier field every pane uses to ask for a carrier: scan a label, or type a 登记号 with
or without its 份号, digits, or words of the title, 文号 or unit, then Enter.

One carrier found → ``picked``; several → they drop down in ``matches`` to pick from (a
份号 typed next picks within the registration just listed); nothing, or nothing the pane
can use, → the field says why in its error line (what was not found; a carrier's state and
holder). The lookup is the service's (``services/carriers/lookup``), through ``ctx.read``.
``picked`` carries the ``CarrierItem`` and how it came: ``"label"`` (scanned or typed label),
``"number"`` (a 登记号 or search naming one carrier) or ``"list"`` (picked from the list).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.labels import is_media_label
from secledger.domain.lookup import Kind, Use, is_label_id
from secledger.services.browse.query import find_by_label
from secledger.services.carriers import lookup
from secledger.services.carriers.items import CarrierItem
from secledger.ui.context import AppContext, ErrorSink
from secledger.ui.widgets.forms import ErrorLabel, named


def describe(item: CarrierItem) -> str:
    """One line of the pick list: 登记号 第份号份 title（密级，state，holder）."""
    holder = f"，{item.holder_name}" if item.holder_name else ""
    return (f"{item.reg_no}　第{item.copy_no}份　{item.title}"
            f"（{item.level_label}，{item.state_label}{holder}）")


class ScanEdit(QLineEdit):
    """A line edit that keeps its Enter (a scanner's Enter looks the carrier up; it must not
    also press a dialog's default button)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class CarrierPicker(QWidget):
    """A carrier field for *use* (None: any carrier). ``edit`` and ``matches`` are the line
    edit and the pick list; refusals go to *error* (else to the picker's own error line)."""

    picked = Signal(object, str)

    def __init__(self, ctx: AppContext, use: Use | None, *, name: str = "carrierEdit",
                 placeholder: str = "", error: ErrorSink | None = None, strict: bool = True,
                 on_label: Callable[[str], object] | None = None,
                 on_media_label: Callable[[str], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.use = use
        #: False: one carrier named alone is picked even if *use* cannot take it, since the
        #: pane's own service call refuses it in its rule's words (destruction, dispatch …)
        self.strict = strict
        #: given: a label id typed here goes to it as it is, unknown labels included (a
        #: stocktake records every label it sees)
        self.on_label = on_label
        #: given: a device's or medium's label (``M…``) typed here goes to it (a destruction
        #: manifest takes devices and media beside carriers); else it is looked up as typed
        self.on_media_label = on_media_label
        self.edit = named(ScanEdit(), name)
        self.edit.setPlaceholderText(placeholder or self.tr(
            "Scan the label, or type a reg. no. (with copy no.) or words of the title, "
            "then Enter"))
        self.edit.setClearButtonEnabled(True)
        self.matches = named(QComboBox(), "matchCombo")
        self.matches.setMinimumContentsLength(24)
        self.matches.setEnabled(False)
        self.own_error = ErrorLabel(self)
        self.error: ErrorSink = error if error is not None else self.own_error
        #: the registration the last list came from: a 份号 typed next is looked up there
        self.document_id: int | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 3)
        row.addWidget(self.matches, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.own_error)
        self.edit.returnPressed.connect(self.lookup)
        self.matches.activated.connect(self._list_chosen)
        self.setFocusProxy(self.edit)

    # -- looking up -------------------------------------------------------------------------
    def take(self, typed: str) -> bool:
        """A scan (or a label from elsewhere): look it up as if typed and Enter. True: it was
        dealt with here, found or refused with the reason shown; False: a label the ledger
        does not know (the main window says so and offers it to the browser)."""
        led = self.ctx.ledger
        if is_label_id(typed) and not self.ctx.read(lambda: find_by_label(led, typed),
                                                    parent=self):
            return False
        self.edit.setText(typed)
        self.lookup()
        return True

    def lookup(self) -> CarrierItem | None:
        """Look up what the edit holds; returns the carrier when exactly one was picked."""
        typed = self.edit.text().strip()
        if not typed:
            return None
        if self.on_media_label is not None and is_media_label(typed):
            self.edit.clear()
            self.on_media_label(typed.upper())
            return None
        if self.on_label is not None and is_label_id(typed):
            self.edit.clear()
            self.on_label(typed.upper())
            return None
        led, use, doc, strict = self.ctx.ledger, self.use, self.document_id, self.strict
        found = self.ctx.read(lambda: lookup.find(led, typed, use=use, document_id=doc,
                                                  strict=strict),
                              parent=self, error=self.error)
        if found is None:
            self.edit.selectAll()  # the next scan replaces what was refused
            return None
        self._fill(found.items, found.more)
        self.document_id = found.document_id or self.document_id
        one = found.one
        if one is None:
            self.matches.setFocus()
            self.matches.showPopup()
            return None
        self.edit.clear()
        how = "label" if found.query.kind is Kind.LABEL else "number"
        self.picked.emit(one, how)
        return one

    def _fill(self, items: tuple[CarrierItem, ...], more: bool) -> None:
        self.matches.clear()
        for it in items:
            self.matches.addItem(describe(it), it.carrier_id)
        if more:
            self.matches.addItem(self.tr("… more: type more of the number or title"), None)
        self.matches.setEnabled(bool(items))

    def _list_chosen(self, index: int) -> None:
        cid = self.matches.itemData(index)
        if cid is None:
            return
        self.choose(int(cid))

    def choose(self, carrier_id: int) -> CarrierItem | None:
        """Pick the carrier *carrier_id* from the list (refused with the reason when this
        field cannot use it)."""
        led, use = self.ctx.ledger, self.use if self.strict else None
        item = self.ctx.read(lambda: lookup.pick(led, carrier_id, use=use), parent=self,
                             error=self.error)
        if item is not None:
            self.edit.clear()
            self.picked.emit(item, "list")
        return item

    def reset(self) -> None:
        """Forget the list and the registration it came from."""
        self.matches.clear()
        self.matches.setEnabled(False)
        self.document_id = None


class PickCarrierDialog(QDialog):
    """Ask for one carrier in a small dialog (a loss report from a label or a number)."""

    def __init__(self, ctx: AppContext, use: Use | None, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.item: CarrierItem | None = None
        self.picker = CarrierPicker(ctx, use, name="pickCarrierEdit", parent=self)
        self.picker.picked.connect(self._picked)
        self.chosen = named(QLabel(), "pickCarrierChosen")
        self.chosen.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.ok_button.setAutoDefault(False)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Carrier:")))
        lay.addWidget(self.picker)
        lay.addWidget(self.chosen)
        lay.addWidget(buttons)
        self.resize(640, 160)

    def _picked(self, item: CarrierItem, _how: str) -> None:
        self.item = item
        self.chosen.setText(describe(item))
        self.ok_button.setEnabled(True)
        self.ok_button.setFocus()

    def _ok(self) -> None:
        if self.item is not None:
            self.accept()


def pick_carrier(ctx: AppContext, use: Use | None, title: str, parent: QWidget | None) -> Any:
    """The carrier the clerk picks in a ``PickCarrierDialog`` (None: cancelled)."""
    dlg = PickCarrierDialog(ctx, use, title, parent)
    return dlg.item if dlg.exec() else None
