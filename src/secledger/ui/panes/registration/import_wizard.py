"""导入登记簿: the clerk's wizard for bringing an existing 收文/发文 register in from an
Excel, WPS or CSV file — file and register, sheet, heading row, columns, a preview of every
row with its problems, then the import, all or nothing.

Each step is a service of ``services.importing`` (the rules live there); reading the file,
the preview and the import run off the GUI thread through ``AppContext.write_long`` (a read
commits nothing and announces nothing; the import commits its events, so every pane that
shows documents refreshes by itself). Pages whose Next must first read the file start that
work and move on when it is done (``AsyncPage``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from secledger.domain.enums import Register
from secledger.services import importing
from secledger.services.importing.columns import column_letter
from secledger.services.importing.start import SheetStart, open_sheet, with_header_row
from secledger.ui.context import AppContext
from secledger.ui.ops import Op
from secledger.ui.panes.registration.import_base import AsyncPage, note_label
from secledger.ui.panes.registration.import_pages import ColumnsPage, DonePage, PreviewPage
from secledger.ui.widgets.forms import ErrorLabel, named

FILE, HEADING, COLUMNS, PREVIEW, DONE = range(5)
_HEADING_BG = QColor("#fff3c4")
_ABOVE_FG = QColor("#888888")


class ImportWizard(QWizard):
    """The wizard's state: the sheet as read (``start``), the clerk's ``mapping``, the
    ``preview`` and, once imported, the result (``imported``)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 register: Register = Register.RECEIPT) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.lang
        self.register = register
        self.start: SheetStart | None = None
        self.loaded_for: tuple[str, Register, str] | None = None
        self.mapping: dict[int, str] = {}
        self.include_non_secret = False
        self.excluded: set[int] = set()  # the source rows the clerk excluded at the import
        self.preview: importing.ImportPreview | None = None
        self.imported: importing.ImportResult | None = None
        self.op: Op | None = None
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import a register from Excel, WPS or CSV"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for opt in (QWizard.WizardOption.NoBackButtonOnLastPage,
                    QWizard.WizardOption.NoCancelButtonOnLastPage):
            self.setOption(opt, True)
        self.pages: dict[int, QWizardPage] = {
            FILE: FilePage(self), HEADING: HeadingPage(self), COLUMNS: ColumnsPage(self),
            PREVIEW: PreviewPage(self), DONE: DonePage(self)}
        for key, page in self.pages.items():
            self.setPage(key, page)
        self.setMinimumSize(980, 660)

    @property
    def busy(self) -> bool:
        return self.op is not None and self.op.running

    def run(self, fn: Callable[[Any], Any], *, title: str, error: ErrorLabel,
            then: Callable[[Any], None], cancellable: bool = False) -> bool:
        """``fn(progress)`` off the GUI thread, then ``then(result)``; refusals in *error*."""
        if self.busy:
            return False
        self.op = self.ctx.write_long(fn, title=title, parent=self, on_done=then,
                                      cancellable=cancellable, error=error)
        return True

    # -- the steps, as service calls -------------------------------------------------------
    def load(self, path: str, register: Register, sheet: str | None, *, error: ErrorLabel,
             then: Callable[[SheetStart], None]) -> bool:
        led = self.ctx.ledger

        def done(start: SheetStart) -> None:
            self.start, self.register = start, register
            self.mapping = dict(start.layout.mapping)
            then(start)

        return self.run(lambda _p: open_sheet(led, path, register=register, sheet=sheet),
                        title=self.tr("Reading the file…"), error=error, then=done)

    def set_header_row(self, row: int) -> None:
        start = self.start
        if start is None or row == start.layout.header_row:
            return
        got = self.ctx.read(lambda: with_header_row(self.ctx.ledger, start,
                                                    register=self.register, header_row=row),
                            parent=self)
        if got is not None:
            self.start, self.mapping = got, dict(got.layout.mapping)

    def read_rows(self, *, error: ErrorLabel,
                  then: Callable[[importing.ImportPreview], None]) -> bool:
        """The preview of every row with the current heading row and mapping."""
        start, led = self.start, self.ctx.ledger
        if start is None:
            return False
        mapping, register, non_secret = dict(self.mapping), self.register, self.include_non_secret

        def done(preview: importing.ImportPreview) -> None:
            self.preview = preview
            then(preview)

        return self.run(lambda progress: importing.preview_import(
            led, str(start.source.path), register=register, sheet=start.sheet,
            header_row=start.layout.header_row, mapping=mapping,
            include_non_secret=non_secret, progress=progress),
            title=self.tr("Reading every row…"), error=error, then=done, cancellable=True)

    def commit(self, excluded: set[int], *, error: ErrorLabel,
               then: Callable[[importing.ImportResult], None]) -> bool:
        preview, led = self.preview, self.ctx.ledger
        if preview is None:
            return False

        def done(result: importing.ImportResult) -> None:
            self.imported, self.excluded = result, set(excluded)
            then(result)

        return self.run(lambda progress: importing.commit_import(
            led, preview, exclude_rows=sorted(excluded), progress=progress),
            title=self.tr("Importing…"), error=error, then=done, cancellable=True)

    def register_name(self) -> str:
        return self.tr("收文 register (received)") if self.register is Register.RECEIPT \
            else self.tr("发文 register (outgoing)")

    def clear_for_lock(self) -> None:
        self.start = self.preview = None
        self.reject()


class FilePage(AsyncPage):
    """The file, the register it is, and the sheet (filled once the file is read)."""

    def __init__(self, wiz: ImportWizard) -> None:
        super().__init__(wiz)
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr(
            "An existing 收文 or 发文 register saved as Excel (.xlsx, .xls) or CSV. A WPS "
            "file (.et) must first be saved as .xlsx in WPS. Nothing is written to the "
            "ledger until the last step."))
        self.path = named(QLineEdit(), "importPath")
        self.path.setPlaceholderText(self.tr("Choose a file, or type its full path and press Enter"))
        self.browse = named(QPushButton(self.tr("Browse…")), "importBrowse")
        self.browse.clicked.connect(self.choose)
        self.register = named(QComboBox(), "importRegister")
        for reg in (Register.RECEIPT, Register.PRODUCTION):
            self.register.addItem(self._register_text(reg), reg.value)
        self.register.setCurrentIndex(self.register.findData(wiz.register.value))
        self.sheet = named(QComboBox(), "importSheet")
        self.sheet.setEnabled(False)
        self.found = note_label("importFound")
        self.warning = note_label("importWarning")
        self.warning.setStyleSheet("color: #8a5a00;")
        self._build_layout()
        self.path.textChanged.connect(self._path_edited)
        self.path.returnPressed.connect(self.reload)
        self.register.currentIndexChanged.connect(lambda _i: self.reload())
        self.sheet.activated.connect(lambda _i: self.reload())

    def _register_text(self, reg: Register) -> str:
        return self.tr("收文登记簿 — documents received") if reg is Register.RECEIPT \
            else self.tr("发文登记簿 — documents sent out or made here")

    def _build_layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Register:"), self.register)
        form.addRow(self.tr("Sheet:"), self.sheet)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.found)
        lay.addWidget(self.warning)
        lay.addWidget(self.error)
        lay.addStretch(1)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the register to import"), self.path.text() or str(Path.home()),
            self.tr("Registers (*.xlsx *.xls *.csv *.et);;All files (*)"))
        if name:
            self.path.setText(name)
            self.reload()

    def _path_edited(self) -> None:
        self.sheet.clear()
        self.sheet.setEnabled(False)
        self.found.clear()
        self.warning.clear()
        self.completeChanged.emit()

    def key(self) -> tuple[str, Register, str]:
        return (self.path.text().strip(), Register(self.register.currentData()),
                str(self.sheet.currentData() or ""))

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def ready(self) -> bool:
        return self.wiz.start is not None and self.wiz.loaded_for == self.key()

    def start_work(self) -> None:
        self.reload(then=self.proceed)

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Read the file (again) for the chosen register and sheet."""
        path, register, sheet = self.key()
        if not path or self.ready():
            if path and then is not None:
                then()
            return
        self.wiz.loaded_for = None
        self.wiz.load(path, register, sheet or None, error=self.error,
                      then=lambda start: self._loaded(start, then))

    def _loaded(self, start: SheetStart, then: Callable[[], None] | None) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for name in start.source.sheets:
            self.sheet.addItem(name, name)
        self.sheet.setCurrentIndex(self.sheet.findData(start.sheet))
        self.sheet.setEnabled(len(start.source.sheets) > 1)
        self.sheet.blockSignals(False)
        self.wiz.loaded_for = self.key()
        self.found.setText(self.tr(
            "“{file}”: sheet “{sheet}” has {rows} rows; the column names were found on row "
            "{row}.").format(file=start.source.name, sheet=start.sheet, rows=start.rows,
                             row=start.layout.header_row))
        self.warning.setText(self._warning(start))
        if then is not None:
            then()

    def _warning(self, start: SheetStart) -> str:
        if start.problem is None:
            return ""
        if start.problem.code == "import.no_header":
            return self.tr("No row with the usual column names (收文号, 标题, 密级 …) was "
                           "found. On the next page, pick the row that holds the column names, "
                           "then say which column is which.")
        return self.tr("The column names do not include every column the import needs (title, "
                       "classification, date). On the next pages, check the heading row and "
                       "say which column is which.")


class HeadingPage(QWizardPage):
    """The first rows of the sheet, the heading row marked; a click picks another."""

    def __init__(self, wiz: ImportWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Find the row with the column names"))
        self.setSubTitle(self.tr(
            "The first rows of the sheet. The highlighted row holds the column names; rows "
            "above it (the register's title) are not imported. If another row holds the "
            "column names, click it."))
        self.row = named(QSpinBox(), "importHeaderRow")
        self.row.valueChanged.connect(self._row_changed)
        self.table = named(QTableWidget(), "importTopRows")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.cellClicked.connect(lambda row, _col: self.row.setValue(row + 1))
        line = QHBoxLayout()
        line.addWidget(QLabel(self.tr("The column names are on row:")))
        line.addWidget(self.row)
        line.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(line)
        lay.addWidget(self.table, 1)

    def initializePage(self) -> None:
        start = self.wiz.start
        if start is None:
            return
        width = max((len(r) for r in start.top), default=0)
        self.table.clear()
        self.table.setRowCount(len(start.top))
        self.table.setColumnCount(width)
        self.table.setHorizontalHeaderLabels([column_letter(c) for c in range(width)])
        self.table.setVerticalHeaderLabels([str(i + 1) for i in range(len(start.top))])
        for r, cells in enumerate(start.top):
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.row.blockSignals(True)
        self.row.setRange(1, max(1, len(start.top)))
        self.row.setValue(start.layout.header_row)
        self.row.blockSignals(False)
        self._mark()
        self.table.resizeColumnsToContents()
        for c in range(width):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 220))

    def _row_changed(self, row: int) -> None:
        self.wiz.set_header_row(row)
        self._mark()

    def _mark(self) -> None:
        """Highlight the heading row, grey the rows above it."""
        start = self.wiz.start
        if start is None:
            return
        heading = start.layout.header_row - 1
        bold = QFont(self.font())
        bold.setBold(True)
        for r in range(self.table.rowCount()):
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                if item is None:
                    item = QTableWidgetItem("")
                    self.table.setItem(r, c, item)
                item.setFont(bold if r == heading else self.font())
                item.setBackground(QBrush(_HEADING_BG) if r == heading else QBrush())
                item.setForeground(QBrush(_ABOVE_FG) if r < heading else QBrush())
        self.table.selectRow(heading)
        if self.row.value() != start.layout.header_row:
            self.row.blockSignals(True)
            self.row.setValue(start.layout.header_row)
            self.row.blockSignals(False)


def open_import_wizard(ctx: AppContext, parent: QWidget | None, *,
                       register: Register = Register.RECEIPT) -> ImportWizard:
    """Open the wizard (window-modal; it deletes itself when closed) and return it."""
    wizard = ImportWizard(ctx, parent, register=register)
    wizard.open()
    return wizard
