"""Small helpers shared by the routing panes (circulation, retention, loans, approvals,
overdue): buttons by key, the table, people pickers, local times (the carrier field is
``ui.widgets.carrier_picker``)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
)

from secledger.domain.enums import Clearance
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import format_local
from secledger.services.people import persons as people
from secledger.ui.labels import label_of
from secledger.ui.widgets.columns import preset_columns
from secledger.ui.widgets.forms import named
from secledger.ui.widgets.tablemodel import DtoTableModel

T = TypeVar("T")


class ButtonsMixin:
    """``self._button(key, text, slot)``: a push button named *key*, kept in ``self.buttons``
    (a dict the pane creates) so that refresh code and tests find it by key."""

    buttons: dict[str, QPushButton]
    #: Enter on a focused button presses it
    AUTO_DEFAULT = False

    def _button(self, key: str, text: str, slot: Callable[[], Any]) -> QPushButton:
        b = named(QPushButton(text), key)
        b.clicked.connect(lambda _=False: slot())
        if self.AUTO_DEFAULT:
            b.setAutoDefault(True)
        self.buttons[key] = b
        return b

    def _button_row(self, *buttons: tuple[str, str, Callable[[], Any]]) -> QHBoxLayout:
        """A row of ``_button(key, text, slot)`` buttons, left-aligned (stretch at the end)."""
        row = QHBoxLayout()
        for key, text, slot in buttons:
            row.addWidget(self._button(key, text, slot))
        row.addStretch(1)
        return row


def table(model: DtoTableModel[Any], name: str) -> QTableView:
    view = named(QTableView(), name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(False)
    view.verticalHeader().setVisible(False)
    preset_columns(view)  # the panes call fit_columns(view) after loading rows
    return view


def selected(view: QTableView, model: DtoTableModel[T]) -> T | None:
    idx: QModelIndex = view.currentIndex()
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if rows:
        idx = rows[0]
    return model.row_at(idx.row()) if idx.isValid() and idx.row() < model.rowCount() else None


def when(led: Ledger, moment: datetime | None) -> str:
    """Local ``2026-11-24 17:30`` ('' for None)."""
    return format_local(led, moment) if moment is not None else ""


def fill_people(combo: QComboBox, led: Ledger, *, placeholder: str = "",
                only: Collection[int] | None = None) -> None:
    """Active people as ``name（department，clearance）`` with the person id as data
    (only those in *only* when given)."""
    current = combo.currentData()
    combo.clear()
    if placeholder:
        combo.addItem(placeholder, None)
    for p in people.list_people(led, active_only=True):
        if only is not None and p.id not in only:
            continue
        label = label_of(Clearance, p.clearance)
        combo.addItem(f"{p.name}（{p.department or '—'}，{label}）", p.id)
    if current is not None:
        i = combo.findData(current)
        if i >= 0:
            combo.setCurrentIndex(i)


def printing() -> str:
    """The progress title of a form being written."""
    return QCoreApplication.translate("Workflows", "Printing…")
