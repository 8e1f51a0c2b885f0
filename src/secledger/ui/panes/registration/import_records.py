"""Importing and exporting from the 登记簿 pane: the 导入/导出 menu (the import wizard, the
export of a year's register in the layout the import reads back, past imports) and the
导入记录 dialog (each import with every row it left out and why)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.enums import Register
from secledger.services import importing
from secledger.services.importing.columns import column_letter
from secledger.services.ledger.timing import format_local
from secledger.ui.context import AppContext
from secledger.ui.labels import label_of
from secledger.ui.panes.registration.import_models import field_label
from secledger.ui.widgets.forms import named
from secledger.ui.widgets.tablemodel import Column, DtoTableModel


@dataclass(frozen=True, slots=True)
class RecordLine:
    """An import record with its time in local time (the model shows what it is given)."""

    record: importing.ImportRecordDTO
    when: str


class RecordModel(DtoTableModel[RecordLine]):
    CONTEXT = "ImportRecordColumns"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ImportRecordColumns", "Imported"), lambda r: r.when),
        Column(QT_TRANSLATE_NOOP("ImportRecordColumns", "Register"),
               lambda r: label_of(Register, r.record.register)),
        Column(QT_TRANSLATE_NOOP("ImportRecordColumns", "File"), lambda r: r.record.file_name),
        Column(QT_TRANSLATE_NOOP("ImportRecordColumns", "Sheet"), lambda r: r.record.sheet),
        Column(QT_TRANSLATE_NOOP("ImportRecordColumns", "Documents"),
               lambda r: str(r.record.documents)),
        Column(QT_TRANSLATE_NOOP("ImportRecordColumns", "Carriers"),
               lambda r: str(r.record.carriers)),
        Column(QT_TRANSLATE_NOOP("ImportRecordColumns", "Numbers given"),
               lambda r: f"{r.record.first_reg_no} – {r.record.last_reg_no}"),
        Column(QT_TRANSLATE_NOOP("ImportRecordColumns", "Rows left out"),
               lambda r: str(r.record.left_out)),
    )


class ImportRecordsDialog(QDialog):
    """Every import, newest first; below, the rows the chosen one left out and why."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importRecords")
        self.setWindowTitle(self.tr("Past imports"))
        self.model = RecordModel(parent=self)
        self.view = named(QTableView(), "importRecordTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.selectionModel().selectionChanged.connect(self._chosen)
        self.facts = named(QLabel(), "importRecordFacts")
        self.facts.setWordWrap(True)
        self.rows = named(QTableWidget(0, 3), "importRecordRows")
        self.rows.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Why it was left out"),
                                             self.tr("Cells as written")])
        self.rows.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.rows.verticalHeader().setVisible(False)
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lower = QWidget()
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.facts)
        below.addWidget(self.rows, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(lower)
        split.setSizes([160, 400])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addWidget(buttons)
        self.resize(980, 560)

    def refresh(self) -> None:
        led = self.ctx.ledger
        records = self.ctx.read(lambda: importing.import_records(led), parent=self)
        if records is None:
            return
        self.model.set_rows([RecordLine(r, format_local(led, r.imported_at)) for r in records])
        self.view.resizeColumnsToContents()
        if records:
            self.view.selectRow(0)
        else:
            self.facts.setText(self.tr("Nothing has been imported into this ledger yet."))

    def _chosen(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        line = self.model.row_at(indexes[0].row())
        rec = self.ctx.read(lambda: importing.import_record(self.ctx.ledger, line.record.id),
                            parent=self)
        if rec is None:
            return
        sep = ", " if self.ctx.lang.startswith("en") else "、"
        mapping = sep.join(f"{col}→{field_label(fld, self.ctx.lang)}"
                           for col, fld in rec.mapping.items())
        self.facts.setText(self.tr(
            "{file}, sheet “{sheet}”, column names on row {row}; SHA-256 {sha}. Columns: "
            "{mapping}. Skipped as blank or totals: {skipped}.").format(
            file=rec.file_name, sheet=rec.sheet, row=rec.header_row, sha=rec.sha256,
            mapping=mapping, skipped=sep.join(str(r) for r, _why in rec.skipped) or "—"))
        self.rows.setRowCount(len(rec.excluded))
        for i, x in enumerate(rec.excluded):
            cells = "  ".join(f"{column_letter(c)}: {t}" for c, t in enumerate(x.cells) if t)
            for j, text in enumerate((str(x.row), x.reason, cells)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.rows.setItem(i, j, item)
        self.rows.resizeColumnToContents(0)
        self.rows.setColumnWidth(1, 360)
        if len(rec.excluded) <= 500:
            self.rows.resizeRowsToContents()


def show_import_records(ctx: AppContext, parent: QWidget | None) -> ImportRecordsDialog:
    """Open the 导入记录 dialog (window-modal, deleted when closed) and return it."""
    dialog = ImportRecordsDialog(ctx, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    dialog.refresh()
    return dialog
