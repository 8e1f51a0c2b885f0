"""Shared widgets of the custody panes: the carrier item table, people pickers, the save
prompt of a form and its writing off the GUI thread, and the test a pane's ``_changed``
handler makes.

Every write goes through ``AppContext.write`` / ``write_long`` (``ui.context``); a print or
an export is a write too (it commits its print event). Panes refresh when the ``Changes``
on ``ctx.changed`` touch what they show (``changed_in``), never after a write by hand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QTableView,
)

from secledger.domain.changes import Area, Changes
from secledger.domain.enums import CarrierState, CarrierType, Classification
from secledger.services.carriers.items import CarrierItem
from secledger.services.people import persons as people
from secledger.ui.context import AppContext
from secledger.ui.labels import label_from, label_of
from secledger.ui.widgets import columns
from secledger.ui.widgets.columns import preset_columns
from secledger.ui.widgets.forms import named
from secledger.ui.widgets.tablemodel import ROW_ROLE, Column, DtoTableModel

CTX = "CustodyColumns"
MAX_COLUMN_WIDTH = 320
T = TypeVar("T")


def _c(header: object, text: Callable[[CarrierItem], str]) -> Column[CarrierItem]:
    return Column[CarrierItem](header, text)


ITEM_COLUMNS: list[Column[CarrierItem]] = [
    _c(QT_TRANSLATE_NOOP("CustodyColumns", "Reg. no."), lambda i: i.reg_no),
    _c(QT_TRANSLATE_NOOP("CustodyColumns", "Doc. no."), lambda i: i.doc_no),
    _c(QT_TRANSLATE_NOOP("CustodyColumns", "Title"), lambda i: i.title),
    _c(QT_TRANSLATE_NOOP("CustodyColumns", "Level"), lambda i: label_of(Classification, i.level)),
    _c(QT_TRANSLATE_NOOP("CustodyColumns", "Copy"), lambda i: i.copy_no),
    _c(QT_TRANSLATE_NOOP("CustodyColumns", "Type"), lambda i: label_from(CarrierType, i.carrier_type)),
    _c(QT_TRANSLATE_NOOP("CustodyColumns", "State"), lambda i: label_of(CarrierState, i.state)),
    _c(QT_TRANSLATE_NOOP("CustodyColumns", "Holder"), lambda i: i.holder_name),
    _c(QT_TRANSLATE_NOOP("CustodyColumns", "Location"), lambda i: i.location),
    _c(QT_TRANSLATE_NOOP("CustodyColumns", "Issuer"), lambda i: i.unit),
]


class ItemModel(DtoTableModel[CarrierItem]):
    CONTEXT = CTX
    COLUMNS = ITEM_COLUMNS


def table(model: DtoTableModel[Any], name: str, *, multi: bool = False) -> QTableView:
    view = named(QTableView(), name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)  # one line per carrier; long titles are elided, not wrapped
    preset_columns(view)
    model.modelReset.connect(lambda: fit_columns(view))
    model.rowsInserted.connect(lambda *_: fit_columns(view))
    return view


def fit_columns(view: QTableView, cap: int = MAX_COLUMN_WIDTH) -> None:
    """Columns as wide as their content (登记号, 份号, 机密★2030年6月30日), at most *cap*;
    an empty table keeps widths that suit its columns (``widgets.columns``)."""
    columns.fit_columns(view, cap)


def selected_rows(view: QTableView) -> list[Any]:
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    return [view.model().index(r, 0).data(ROW_ROLE) for r in rows]


def fill_people(combo: QComboBox, ctx: AppContext, *, blank: str = "") -> None:
    """Active people, by name; ``currentData()`` is the person id (None for *blank*)."""
    keep = combo.currentData()
    combo.clear()
    if blank:
        combo.addItem(blank, None)
    for p in people.list_people(ctx.ledger, active_only=True):
        combo.addItem(f"{p.name}（{p.department}）" if p.department else p.name, p.id)
    if keep is not None:
        select_data(combo, keep)


def select_data(combo: QComboBox, value: Any) -> bool:
    i = combo.findData(value)
    if i >= 0:
        combo.setCurrentIndex(i)
    return i >= 0


def changed_in(changes: object, *areas: Area) -> bool:
    """True when *changes* (what ``ctx.changed`` carried) touch any of *areas*. Anything but a
    ``Changes`` (the old string keys of panes not yet moved to ``ctx.write``) is ignored."""
    return isinstance(changes, Changes) and changes.touches(*areas)
