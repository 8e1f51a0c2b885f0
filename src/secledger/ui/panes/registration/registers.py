"""收文登记簿 / 发文登记簿 views: filter by year, month, level and unit (in SQL); print to
PDF and export to Excel off the GUI thread (progress, cancel); labels; 分发/收回; 更正 and
作废 with a reason. Voided entries stay listed, struck through."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area, Changes
from secledger.domain.enums import CarrierState, Classification, Register, Role
from secledger.domain.errors import DomainError
from secledger.services.audit import output_levels as olv
from secledger.services.custody import distribution
from secledger.services.people import persons as people
from secledger.services.registration import corrections
from secledger.services.registration import printing as registers_print
from secledger.services.registration.register import get_document
from secledger.services.registration.registers import (
    RegisterFilter,
    RegisterRow,
    local_today,
    register_rows,
)
from secledger.ui.context import AppContext
from secledger.ui.labels import english, label_for
from secledger.ui.panes.custody.routing import selected, table
from secledger.ui.panes.registration.correction_dialog import CorrectionDialog
from secledger.ui.panes.registration.import_menu import add_import_menu
from secledger.ui.panes.registration.label_print import print_labels_for
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.widgets.forms import named
from secledger.ui.widgets.lengths import watch_length
from secledger.ui.widgets.saving import write_file
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

VIEW_LIMIT = 20_000


def _remarks(r: RegisterRow) -> str:
    """备注, with ``作废：原因`` first on a voided entry, in the UI's language."""
    if not r.voided:
        return r.remarks
    void = QCoreApplication.translate("RegisterColumns", "Voided: {reason}").format(
        reason=r.void_reason)
    return void + (("; " if english() else "；") + r.remarks if r.remarks else "")


class RegisterModel(DtoTableModel[RegisterRow]):
    CONTEXT = "RegisterColumns"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("RegisterColumns", "Reg. no."), lambda r: r.reg_no),
        Column(QT_TRANSLATE_NOOP("RegisterColumns", "Date"), lambda r: r.registered_at.strftime("%Y-%m-%d %H:%M")),
        Column(QT_TRANSLATE_NOOP("RegisterColumns", "Unit"), lambda r: r.unit or r.dispatch_units),
        Column(QT_TRANSLATE_NOOP("RegisterColumns", "Doc. no."), lambda r: r.doc_no),
        Column(QT_TRANSLATE_NOOP("RegisterColumns", "Title"), lambda r: r.title),
        Column(QT_TRANSLATE_NOOP("RegisterColumns", "Classification"), lambda r: r.mark),
        Column(QT_TRANSLATE_NOOP("RegisterColumns", "Copy nos."), lambda r: r.copy_nos),
        Column(QT_TRANSLATE_NOOP("RegisterColumns", "Copies"), lambda r: str(r.copies)),
        Column(QT_TRANSLATE_NOOP("RegisterColumns", "Handling"),
               lambda r: r.handling_en if english() else r.handling),
        Column(QT_TRANSLATE_NOOP("RegisterColumns", "Gone"),
               lambda r: r.disposal_en if english() else r.disposal),
        Column(QT_TRANSLATE_NOOP("RegisterColumns", "Remarks"), lambda r: _remarks(r)),
    )

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and self.row_at(index.row()).voided:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return super().data(index, role)


class DistributionModel(DtoTableModel[distribution.DistributionDTO]):
    CONTEXT = "RegisterColumns"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("RegisterColumns", "Reg. no."), lambda d: d.carrier.reg_no),
        Column(QT_TRANSLATE_NOOP("RegisterColumns", "Copy no."), lambda d: d.carrier.copy_no_text),
        Column(QT_TRANSLATE_NOOP("RegisterColumns", "Title"), lambda d: d.carrier.title),
        Column(QT_TRANSLATE_NOOP("RegisterColumns", "Holder"), lambda d: f"{d.person}（{d.department}）"),
        Column(QT_TRANSLATE_NOOP("RegisterColumns", "Since"), lambda d: d.issued_at.strftime("%Y-%m-%d")),
        Column(QT_TRANSLATE_NOOP("RegisterColumns", "Due"), lambda d: d.due_on.isoformat() if d.due_on else ""),
    )


class RegistersPane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pane_registers")
        self.ctx = ctx
        self.model = RegisterModel(parent=self)
        self.view = table(self.model, "registerTable")
        self.view.setSelectionMode(self.view.SelectionMode.ExtendedSelection)
        self.out_model = DistributionModel(parent=self)
        self.out_view = table(self.out_model, "distributionTable")
        self._build_filters()
        self._build_buttons()
        self.count = named(QLabel(), "registerCount")
        tabs = QTabWidget()
        tabs.addTab(self.view, self.tr("Register"))
        tabs.addTab(self.out_view, self.tr("Out for action"))
        self.tabs = tabs
        lay = QVBoxLayout(self)
        lay.addLayout(self.filter_row)
        lay.addWidget(tabs, 1)
        lay.addWidget(self.count)
        lay.addLayout(self.button_row)
        ctx.changed.connect(self._changed)

    def _combo(self, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        box = named(QComboBox(), name)
        for text, value in items:
            box.addItem(text, value)
        box.currentIndexChanged.connect(lambda _i: self.refresh())
        return box

    def _build_filters(self) -> None:
        self.register = self._combo("registerKind", [(self.tr("Receipt register"), "receipt"),
                                                     (self.tr("Outgoing register"),
                                                      "production")])
        self.year = self._combo("registerYear", [])
        self.month = self._combo("registerMonth", [(self.tr("Whole year"), 0)] +
                                 [(QLocale().monthName(m, QLocale.FormatType.ShortFormat), m)
                                  for m in range(1, 13)])
        self.level = self._combo("registerLevel", [(self.tr("All levels"), "")] +
                                 [(label_for(c), c.value) for c in Classification])
        self.unit = named(QLineEdit(), "registerUnit")
        self.unit.setPlaceholderText(self.tr("Unit contains…"))
        watch_length(self.unit, 200)
        self.unit.returnPressed.connect(self.refresh)
        row = QHBoxLayout()
        for w in (self.register, self.year, self.month, self.level):
            row.addWidget(w)
        row.addWidget(self.unit, 1)
        self.filter_row = row

    def _build_buttons(self) -> None:
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("print", self.tr("Print PDF…"), self.print_pdf),
            ("export", self.tr("Export Excel…"), self.export_xlsx),
            ("labels", self.tr("Print labels…"), self.print_labels),
            ("distribute", self.tr("Hand out for action…"), self.distribute),
            ("take_back", self.tr("Take back…"), self.take_back),
            ("correct", self.tr("Correct…"), self.correct),
            ("void", self.tr("Void…"), self.void),
        ):
            b = named(QPushButton(text), f"{key}Button")
            b.clicked.connect(lambda _=False, s=slot: s())
            self.buttons[key] = b
            row.addWidget(b)
        row.insertStretch(3, 1)
        self.button_row = row
        add_import_menu(self)  # 导入/导出: the import wizard, export for re-import, records

    # -- data -----------------------------------------------------------------------------
    def current_filter(self) -> RegisterFilter:
        level = self.level.currentData()
        return RegisterFilter(
            register=Register(self.register.currentData() or "receipt"),
            year=int(self.year.currentData() or local_today(self.ctx.ledger).year),
            month=int(self.month.currentData() or 0) or None,
            level=Classification(level) if level else None, unit=self.unit.text())

    def refresh(self) -> None:
        led = self.ctx.ledger
        years = sorted({local_today(led).year, *[int(self.year.itemData(i)) for i in
                                                 range(self.year.count())]}, reverse=True)
        for reg in (Register.RECEIPT, Register.PRODUCTION):
            latest = registers_print.latest_year(led, reg)
            if latest and latest not in years:
                years.append(latest)
        if self.year.count() != len(years):
            self.year.blockSignals(True)
            current = self.year.currentData()
            self.year.clear()
            for y in sorted(years, reverse=True):
                self.year.addItem(self.tr("Year {year}").format(year=y), y)
            i = self.year.findData(current)
            self.year.setCurrentIndex(max(i, 0))
            self.year.blockSignals(False)
        rows = register_rows(led, self.current_filter(), limit=VIEW_LIMIT)
        first = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first and rows:
            self.view.resizeColumnsToContents()
            self.view.setColumnWidth(4, max(self.view.columnWidth(4), 160) if
                                     self.view.columnWidth(4) < 360 else 360)
        self.out_model.set_rows(distribution.outstanding(led))
        self.count.setText(self.tr("%n entries", "", len(rows)))

    def selected_rows(self) -> list[RegisterRow]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def _current(self) -> RegisterRow | None:
        return selected(self.view, self.model)

    # -- print and export -------------------------------------------------------------------
    def print_pdf(self, path: Path | None = None) -> None:
        self._write(path, self.tr("Print register to PDF"), "pdf",
                    self.tr("Printing the register…"), registers_print.print_register)

    def export_xlsx(self, path: Path | None = None) -> None:
        self._write(path, self.tr("Export register to Excel"), "xlsx",
                    self.tr("Exporting the register…"), registers_print.export_register_xlsx)

    def _write(self, path: Path | None, ask: str, ext: str, busy: str,
               write: Callable[..., Any]) -> None:
        """The register under the current filter to *path* (asked for when None), written
        by ``write(ledger, filter, path, progress)`` off the GUI thread."""
        f, led = self.current_filter(), self.ctx.ledger
        title = "收文登记簿" if f.register is Register.RECEIPT else "发文登记簿"
        write_file(self.ctx, self, path, ask=ask, name=f"{title}{f.period_text()}.{ext}",
                   busy=busy, write=lambda target, progress: write(led, f, target, progress),
                   level=olv.of_register(led, f), cancellable=True)

    def print_labels(self) -> None:
        rows = [r for r in self.selected_rows() if not r.voided]
        ids = registers_print.document_carrier_ids(self.ctx.ledger, [r.document_id for r in rows])
        print_labels_for(self.ctx, self, ids)

    # -- distribution, corrections, voids -------------------------------------------------------
    def _pick_copy(self, row: RegisterRow, state: CarrierState, title: str) -> int | None:
        doc = get_document(self.ctx.ledger, row.document_id)
        copies = [c for c in doc.carriers if c.state == state.value]
        if not copies:
            self.ctx.show_error(DomainError("validation", detail=QCoreApplication.translate(
                "RegistersPane", "No copy of {reg_no} is {state}.").format(
                reg_no=row.reg_no, state=label_for(state))), self)
            return None
        texts = [f"第{c.copy_no_text}份（{c.holder_name}）" for c in copies]
        choice, ok = QInputDialog.getItem(self, title, self.tr("Copy:"), texts, 0, False)
        return copies[texts.index(choice)].id if ok else None

    def distribute(self) -> None:
        row = self._current()
        if row is None:
            return
        cid = self._pick_copy(row, CarrierState.IN_STORE, self.tr("Hand out for action"))
        if cid is None:
            return
        staff = people.list_people(self.ctx.ledger, active_only=True)
        names = [f"{p.name}（{p.department or '—'}）" for p in staff]
        choice, ok = QInputDialog.getItem(self, self.tr("Hand out for action"),
                                          self.tr("To:"), names, 0, False)
        if ok:
            self.ctx.write(lambda: distribution.distribute(
                self.ctx.ledger, person_id=staff[names.index(choice)].id, carrier_id=cid),
                parent=self)

    def take_back(self) -> None:
        out = selected(self.out_view, self.out_model) if self.tabs.currentIndex() == 1 else None
        if out is not None:
            self.ctx.write(lambda: distribution.take_back(
                self.ctx.ledger, carrier_id=out.carrier.carrier_id), parent=self)
            return
        row = self._current()
        cid = self._pick_copy(row, CarrierState.WITH_HOLDER, self.tr("Take back")) if row else None
        if cid is not None:
            self.ctx.write(lambda: distribution.take_back(self.ctx.ledger, carrier_id=cid),
                           parent=self)

    def correct(self) -> CorrectionDialog | None:
        """Open the correction form for the current entry (returned open, for tests)."""
        row = self._current()
        if row is None:
            return None
        dialog = CorrectionDialog(self.ctx, row.document_id, self)  # its Changes refresh
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def void(self) -> None:
        row = self._current()
        if row is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Void"), self.tr("Void {reg_no}? Reason:").format(reg_no=row.reg_no))
        if ok:
            self.ctx.write(lambda: corrections.void_document(self.ctx.ledger, row.document_id,
                                                             reason=reason), parent=self)

    def _changed(self, changes: object) -> None:
        if (isinstance(changes, Changes) and self.isVisible()
                and changes.touches(Area.DOCUMENTS, Area.CARRIERS, Area.PEOPLE)):
            self.refresh()

    def handle_scan(self, label_id: str) -> bool:
        return False


register_pane(PaneSpec(
    key="registers", title=str(QT_TRANSLATE_NOOP("Panes", "Registers")),
    icon="SP_FileDialogDetailedView", roles=frozenset({Role.CLERK}), order=24,
    factory=lambda ctx: RegistersPane(ctx),
))
