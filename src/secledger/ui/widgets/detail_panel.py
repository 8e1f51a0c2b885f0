"""The browser's detail panel: the document, all its copies (state, holder) and the full
event history of the selected carrier (who, when, what, before → after)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.enums import CarrierState, CarrierType, Register, Urgency
from secledger.services.browse.query import CarrierDetail, EventRow
from secledger.services.ledger.dto import CarrierDTO
from secledger.ui.labels import label_for, label_of, language
from secledger.ui.widgets.columns import fit_columns, preset_columns
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

CTX = "DetailColumns"


def _label(enum: Any, value: str) -> str:
    return label_of(enum, value)


_STATE_BY_LABEL = {s.label: s for s in CarrierState}


def _state_text(text: str) -> str:
    """History rows carry Chinese state labels: show them in the app's language."""
    state = _STATE_BY_LABEL.get(text)
    return label_for(state) if state is not None else text


class CopiesModel(DtoTableModel[CarrierDTO]):
    CONTEXT = CTX
    COLUMNS = (
        Column[CarrierDTO](QT_TRANSLATE_NOOP("DetailColumns", "Copy no."), lambda c: c.copy_no_text),
        Column[CarrierDTO](QT_TRANSLATE_NOOP("DetailColumns", "Label"), lambda c: c.label_id),
        Column[CarrierDTO](QT_TRANSLATE_NOOP("DetailColumns", "Type"),
                           lambda c: _label(CarrierType, c.carrier_type)),
        Column[CarrierDTO](QT_TRANSLATE_NOOP("DetailColumns", "State"),
                           lambda c: _label(CarrierState, c.state)),
        Column[CarrierDTO](QT_TRANSLATE_NOOP("DetailColumns", "Holder"), lambda c: c.holder_name),
        Column[CarrierDTO](QT_TRANSLATE_NOOP("DetailColumns", "Location"), lambda c: c.location),
    )


def _arrow(before: str, after: str) -> str:
    if not before and not after:
        return ""
    if not before or before == after:
        return after
    return f"{before or '—'} → {after or '—'}"


def _local_time(e: EventRow) -> str:
    """The ledger's local time (its time zone setting), as the audit log shows it."""
    moment = e.local_time or e.ts.astimezone().replace(tzinfo=None)
    return moment.strftime("%Y-%m-%d %H:%M")


class EventsModel(DtoTableModel[EventRow]):
    CONTEXT = CTX
    COLUMNS = (
        Column[EventRow](QT_TRANSLATE_NOOP("DetailColumns", "Time"), _local_time),
        Column[EventRow](QT_TRANSLATE_NOOP("DetailColumns", "User"), lambda e: e.actor,
                         tip=lambda e: e.username),
        Column[EventRow](QT_TRANSLATE_NOOP("DetailColumns", "Event"),
                         lambda e: e.what_in(language())),
        Column[EventRow](QT_TRANSLATE_NOOP("DetailColumns", "State"),
                         lambda e: _arrow(_state_text(e.state_before), _state_text(e.state_after))),
        Column[EventRow](QT_TRANSLATE_NOOP("DetailColumns", "Holder"),
                         lambda e: _arrow(e.holder_before, e.holder_after)),
        Column[EventRow](QT_TRANSLATE_NOOP("DetailColumns", "Details"),
                         lambda e: e.detail_in(language()), tip=lambda e: e.detail_in(language())),
    )


def _table(model: DtoTableModel[Any]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    preset_columns(view)
    return view


class DetailPanel(QWidget):
    """Shows one ``CarrierDetail``; ``clear()`` when nothing is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: CarrierDetail | None = None
        self.copies = CopiesModel(parent=self)
        self.events = EventsModel(parent=self)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.fields: dict[str, QLabel] = {}
        doc = QWidget()
        form = QFormLayout(doc)
        for key, text in self._field_names():
            label = QLabel()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.fields[key] = label
            form.addRow(text, label)
        self.copies_view = _table(self.copies)
        self.events_view = _table(self.events)
        tabs = QTabWidget()
        tabs.addTab(self.events_view, self.tr("History"))
        tabs.addTab(self.copies_view, self.tr("Copies"))
        self.tabs = tabs
        doc.setMinimumWidth(260)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(doc)
        split.addWidget(tabs)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([380, 900])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.heading)
        lay.addWidget(split, 1)
        self.clear()

    def _field_names(self) -> list[tuple[str, str]]:
        return [
            ("reg_no", self.tr("Reg. no.")), ("doc_no", self.tr("Doc. no.")),
            ("mark", self.tr("Classification")), ("unit", self.tr("From/to unit")),
            ("register", self.tr("Register")), ("urgency", self.tr("Urgency")),
            ("issued_on", self.tr("Issued on")), ("declassify_on", self.tr("Declassify on")),
            ("pages", self.tr("Pages")), ("carrier", self.tr("This carrier")),
            ("remarks", self.tr("Remarks")),
        ]

    def clear(self) -> None:
        self.detail = None
        self.heading.setText(self.tr("Select a carrier to see its document and history."))
        for label in self.fields.values():
            label.clear()
        self.copies.set_rows([])
        self.events.set_rows([])

    def clear_for_lock(self) -> None:
        """The ledger locks: show nothing of the carrier."""
        self.clear()

    def show_detail(self, detail: CarrierDetail) -> None:
        self.detail = detail
        d = detail.document
        title = d.title + (self.tr(" (voided: {reason})").format(reason=d.void_reason)
                           if d.voided else "")
        self.heading.setText(title)
        values = {
            "reg_no": d.reg_no, "doc_no": d.doc_no, "mark": d.mark, "unit": d.unit,
            "register": _label(Register, d.register), "urgency": _label(Urgency, d.urgency),
            "issued_on": d.issued_on.isoformat() if d.issued_on else "",
            "declassify_on": d.declassify_on.isoformat() if d.declassify_on else "",
            "pages": str(d.pages or ""), "remarks": d.remarks,
            "carrier": f"{detail.copy_no} · {detail.label_id} · "
                       f"{_label(CarrierState, detail.state)}",
        }
        for key, label in self.fields.items():
            label.setText(values.get(key, ""))
        self.copies.set_rows(d.carriers)
        self.events.set_rows(list(detail.events))
        fit_columns(self.events_view)
        fit_columns(self.copies_view)
        mine = next((i for i, c in enumerate(d.carriers) if c.id == detail.carrier_id), None)
        if mine is not None:
            self.copies_view.selectRow(mine)
