"""Shared widgets of the custody-record panes (handover, recall, stocktake, loss): the carrier
item table, people pickers, a save-file prompt and printing off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QTableView,
    QWidget,
)

from secledger.domain.enums import CarrierState, CarrierType, Classification
from secledger.domain.errors import DomainError
from secledger.services.carriers.items import CarrierItem
from secledger.services.people import persons as people
from secledger.ui.context import AppContext
from secledger.ui.labels import label_of
from secledger.ui.widgets import columns
from secledger.ui.widgets.columns import preset_columns
from secledger.ui.widgets.forms import named
from secledger.ui.widgets.save_notice import classified_title
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
    _c(QT_TRANSLATE_NOOP("CustodyColumns", "Type"), lambda i: label_of(CarrierType, i.carrier_type)),
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


def ask_save(parent: QWidget, title: str, name: str, filt: str,
             level: Classification | None = None) -> str | None:
    """Ask where to save a form; the title says the file is a classified carrier of *level*."""
    path, _ = QFileDialog.getSaveFileName(parent, classified_title(title, level),
                                          str(Path.home() / name), filt)
    return path or None


def save_and_run(pane: Any, path: str | None, title: str, name: str, busy: str,
                 fn: Callable[[str], Path], level: Classification | None = None) -> None:
    """Ask where to save *name* (unless *path* is given), then write it with ``fn(path)``
    off the GUI thread under the progress title *busy*. *level*: the highest level the
    file will contain (``services.output_levels``), named in the prompt."""
    filt = "PDF (*.pdf)" if name.endswith(".pdf") else "Excel (*.xlsx)"
    chosen = path or ask_save(pane, title, name, filt, level)
    if chosen:
        run_print(pane.ctx, pane, busy, lambda: fn(chosen))


def run_print(ctx: AppContext, parent: QWidget, title: str, fn: Callable[[], Path],
              on_done: Callable[[Path], None] | None = None) -> None:
    """Write a form off the GUI thread (errors go through the one error path)."""
    ctx.run_op(lambda _progress: fn(), title=title, parent=parent,
               on_done=(lambda result: on_done(result)) if on_done else None)


def attempt(ctx: AppContext, label: Any, fn: Callable[[], T]) -> T | None:
    """Run *fn*; a refusal is shown in *label* (an ErrorLabel) and None returned."""
    try:
        out = fn()
    except DomainError as exc:
        label.show_text(exc.message(ctx.lang))
        return None
    label.clear_text()
    return out
