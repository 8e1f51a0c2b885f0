"""清退 pane: carriers that must go back to their issuing unit (by issuer, by
year, the year-end recall of personal-reading documents), the printed 清退清单, and the
recorded return with the receiving unit's receipt."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QItemSelectionModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area
from secledger.domain.enums import CarrierState, Role
from secledger.domain.lookup import Use
from secledger.services.audit import output_levels as olv
from secledger.services.carriers.items import CarrierItem
from secledger.services.custody import printing_records as cp
from secledger.services.custody import recall
from secledger.ui.context import AppContext
from secledger.ui.panes.custody.common import (
    CTX,
    ItemModel,
    changed_in,
    selected_rows,
    table,
)
from secledger.ui.panes.custody.routing import ButtonsMixin
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.widgets.carrier_picker import CarrierPicker
from secledger.ui.widgets.forms import ErrorLabel, named
from secledger.ui.widgets.saving import write_file
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

RR = recall.RecallReturnDTO
CUSTODY = (CarrierState.IN_STORE.value, CarrierState.ARCHIVED.value)


class ReturnsModel(DtoTableModel[RR]):
    CONTEXT = CTX
    COLUMNS = (
        Column[RR](QT_TRANSLATE_NOOP("CustodyColumns", "Return no."), lambda r: r.reg_no),
        Column[RR](QT_TRANSLATE_NOOP("CustodyColumns", "Returned to"), lambda r: r.unit),
        Column[RR](QT_TRANSLATE_NOOP("CustodyColumns", "Date"),
                   lambda r: r.returned_on.isoformat()),
        Column[RR](QT_TRANSLATE_NOOP("CustodyColumns", "Receipt no."), lambda r: r.receipt_no),
        Column[RR](QT_TRANSLATE_NOOP("CustodyColumns", "Carriers"), lambda r: str(len(r.items))),
    )


class RecallPane(ButtonsMixin, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("recallPane")
        self.issuer = named(QComboBox(), "recallIssuer")
        self.year = named(QSpinBox(), "recallYear")
        self.year.setRange(0, 2100)
        self.year.setSpecialValueText(self.tr("All years"))
        self.personal = named(QCheckBox(self.tr("Only documents issued for personal reading "
                                                "(year-end recall)")), "recallPersonal")
        for w in (self.issuer,):
            w.currentIndexChanged.connect(lambda _i: self.reload())
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.personal.toggled.connect(lambda _b: self.reload())
        self.unit = named(QLineEdit(), "recallUnit")
        self.receipt = named(QLineEdit(), "recallReceipt")
        self.handler = named(QLineEdit(), "recallHandler")
        self.returned_on = named(QDateEdit(QDate.currentDate()), "recallDate")
        self.returned_on.setDisplayFormat("yyyy-MM-dd")
        self.returned_on.setCalendarPopup(True)
        self.count = named(QLabel(), "recallCount")
        self.error = ErrorLabel(self)
        # scan or type a carrier: it is selected in the list for the return
        self.picker = CarrierPicker(ctx, Use.RECALL, name="recallFind", error=self.error, strict=False,
                                    placeholder=self.tr("Scan or type a carrier to select it "
                                                        "for the return"))
        self.picker.picked.connect(lambda item, _how: self.select_carrier(item))
        self.left_out = named(QLabel(), "recallLeftOut")
        self.left_out.setWordWrap(True)
        self.left_out.setStyleSheet("color: #8a5a00;")
        self.left_out.hide()
        self.model = ItemModel(parent=self)
        self.view = table(self.model, "recallList", multi=True)
        self.returns_model = ReturnsModel(parent=self)
        self.returns_view = table(self.returns_model, "recallReturns")
        self.buttons: dict[str, QPushButton] = {}
        self._layout()
        ctx.changed.connect(self._changed)

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Issuer:")))
        filters.addWidget(self.issuer, 2)
        filters.addWidget(QLabel(self.tr("Year:")))
        filters.addWidget(self.year)
        filters.addWidget(self.personal)
        filters.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Returned to (unit):"), self.unit)
        form.addRow(self.tr("Receipt no.:"), self.receipt)
        form.addRow(self.tr("Received by (at the receiving unit):"), self.handler)
        form.addRow(self.tr("Date:"), self.returned_on)
        actions = self._button_row(
            ("print", self.tr("Print recall list…"), self.print_list),
            ("export", self.tr("Export (XLSX)…"), self.export_list),
            ("return", self.tr("Record return of selected"), self.record_return),
            ("print_return", self.tr("Print return…"), self.print_return),
        )
        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addWidget(self.count)
        lay.addWidget(self.picker)
        lay.addWidget(self.view, 3)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.left_out)
        lay.addLayout(actions)
        lay.addWidget(QLabel(self.tr("Returns recorded")))
        lay.addWidget(self.returns_view, 1)

    # -- data -------------------------------------------------------------------------
    def refresh(self) -> None:
        led = self.ctx.ledger
        if led.locked:
            return
        keep = self.issuer.currentData()
        self.issuer.blockSignals(True)
        self.issuer.clear()
        self.issuer.addItem(self.tr("All issuers"), None)
        for unit, n in recall.recall_issuers(led):
            self.issuer.addItem(f"{unit}（{n}）", unit)
        if keep is not None and self.issuer.findData(keep) >= 0:
            self.issuer.setCurrentIndex(self.issuer.findData(keep))
        self.issuer.blockSignals(False)
        self.returns_model.set_rows(recall.list_returns(led))
        self.reload()

    def reload(self) -> None:
        rows = recall.recall_list(self.ctx.ledger, issuer=self.issuer.currentData(),
                                  year=self.year.value() or None,
                                  personal_reading=self.personal.isChecked())
        self.model.set_rows(rows)
        out = sum(1 for r in rows if r.state not in CUSTODY)
        text = self.tr("%n carrier(s) to return", "", len(rows))
        if out:
            text += self.tr("; %n of them are out with a holder and stay until taken back",
                            "", out)
        self.count.setText(text)
        if self.issuer.currentData():
            self.unit.setText(self.issuer.currentData())

    def _changed(self, changes: object) -> None:
        if changed_in(changes, Area.CARRIERS, Area.RECALL) and self.isVisible():
            self.refresh()

    def _target(self) -> list[Any]:
        return selected_rows(self.view) or self.model.rows()

    def handle_scan(self, label_id: str) -> bool:
        return self.picker.take(label_id)

    def select_carrier(self, item: CarrierItem) -> bool:
        """Add *item* to the selection of the list (all issuers and years when the filters
        hide it); say so when it is not due to go back."""
        for attempt in range(2):
            rows = [r for r, it in enumerate(self.model.rows()) if it.carrier_id == item.carrier_id]
            if rows:
                flags = (QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
                self.view.selectionModel().select(self.model.index(rows[0], 0), flags)
                self.view.scrollTo(self.model.index(rows[0], 0))
                return True
            if attempt == 0 and (self.issuer.currentIndex() > 0 or self.year.value()
                                 or self.personal.isChecked()):
                for w in (self.issuer, self.year, self.personal):
                    w.blockSignals(True)
                self.issuer.setCurrentIndex(0)
                self.year.setValue(0)
                self.personal.setChecked(False)
                for w in (self.issuer, self.year, self.personal):
                    w.blockSignals(False)
                self.reload()
        self.error.show_text(self.tr("{reg} copy {copy} is not on the recall list: its "
                                     "document is not marked to be returned to the issuer.")
                             .format(reg=item.reg_no, copy=item.copy_no))
        return False

    # -- actions -------------------------------------------------------------------------
    def print_list(self, path: str | None = None) -> None:
        items, unit, led = self._target(), self.unit.text().strip(), self.ctx.ledger
        if items:
            write_file(self.ctx, self, path, ask=self.tr("Print recall list"), name="清退清单.pdf",
                       busy=self.tr("Printing…"), level=olv.of_items(items),
                       write=lambda p, _progress: cp.print_recall_list(led, p, unit=unit,
                                                                       items=items))

    def export_list(self, path: str | None = None) -> None:
        items, unit, led = self._target(), self.unit.text().strip(), self.ctx.ledger
        if items:
            write_file(self.ctx, self, path, ask=self.tr("Export recall list"), name="清退清单.xlsx",
                       busy=self.tr("Exporting…"), level=olv.of_items(items),
                       write=lambda p, _progress: cp.export_recall_xlsx(led, p, unit=unit,
                                                                        items=items))

    def record_return(self) -> RR | None:
        ids = tuple(i.carrier_id for i in selected_rows(self.view))
        day: date = self.returned_on.date().toPython()  # type: ignore[assignment]
        out = self.ctx.write(lambda: recall.record_return(
            self.ctx.ledger, recall.ReturnInput(
                carrier_ids=ids, unit=self.unit.text(), receipt_no=self.receipt.text(),
                returned_on=day, unit_handler=self.handler.text())), parent=self, error=self.error)
        if out is not None:
            self.receipt.clear()
            self._show_left_out(out)
        return out

    def _show_left_out(self, ret: RR) -> None:
        """Say what went back and list, with the reason, what could not go back now; those
        stay selected in the list."""
        if not ret.left_out:
            self.left_out.hide()
            return
        lines = [self.tr("{reg_no}: %n carrier(s) returned.", "", len(ret.items))
                 .format(reg_no=ret.reg_no),
                 self.tr("%n carrier(s) could not go back now:", "", len(ret.left_out))]
        lines += [f"· {x.item.reg_no}/{x.item.copy_no} {x.item.title}：{x.why_in(self.ctx.lang)}"
                  for x in ret.left_out]
        self.left_out.setText("\n".join(lines))
        self.left_out.show()
        keep = {x.item.carrier_id for x in ret.left_out}
        self.view.clearSelection()
        for r, item in enumerate(self.model.rows()):
            if item.carrier_id in keep:
                self.view.selectionModel().select(
                    self.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows)

    def print_return(self, path: str | None = None) -> None:
        rows = selected_rows(self.returns_view)
        r = rows[0] if rows else None
        if r is not None:
            led = self.ctx.ledger
            write_file(self.ctx, self, path, ask=self.tr("Print return"), name=f"{r.reg_no}.pdf",
                       busy=self.tr("Printing…"), level=olv.of_items(r.items),
                       write=lambda p, _progress: cp.print_return(led, r.id, p))


register_pane(PaneSpec(
    key="recall", title=str(QT_TRANSLATE_NOOP("Panes", "Recall to issuer")),
    icon="SP_ArrowBack", roles=frozenset({Role.CLERK}), order=59,
    factory=lambda ctx: RecallPane(ctx),
))
