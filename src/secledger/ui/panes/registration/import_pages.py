"""The import wizard's later pages: what each column is, the preview of every row (with the
clerk's exclusions; Import stays disabled, saying why, while a row with a problem is not
excluded) and the result."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from secledger.domain.importing import FIELDS, REQUIRED_FIELDS
from secledger.services import importing
from secledger.services.importing.columns import column_letter
from secledger.ui.panes.registration.import_base import AsyncPage, note_label
from secledger.ui.panes.registration.import_models import FILTERS, PreviewModel, field_label
from secledger.ui.panes.registration.import_models import tr as column_tr
from secledger.ui.panes.registration.import_records import show_import_records
from secledger.ui.widgets.forms import named

NOT_IMPORTED = ""


def _list(items: list[str], lang: str) -> str:
    return (", " if lang.startswith("en") else "、").join(items)


class ColumnsPage(AsyncPage):
    """Each column of the sheet with its heading, first entries and what it is imported as."""

    def __init__(self, wiz: Any) -> None:
        super().__init__(wiz)
        self.setTitle(self.tr("Say what each column is"))
        self.setSubTitle(self.tr(
            "Columns were recognised by their names. Change any that is wrong; a column set "
            "to “not imported” is left out. Your choices are remembered for the next file "
            "with the same column names."))
        self.remembered = note_label("importRemembered")
        self.table = named(QTableWidget(0, 4), "importMapping")
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Name in the file"),
                                              self.tr("First entries"),
                                              self.tr("Imported as")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.missing = note_label("importMissing")
        self.missing.setStyleSheet("color: #b00020;")
        self.combos: list[QComboBox] = []
        self._built_for: object = None
        lay = QVBoxLayout(self)
        lay.addWidget(self.remembered)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.missing)
        lay.addWidget(self.error)

    def initializePage(self) -> None:
        start = self.wiz.start
        if start is None or self._built_for is start.layout:
            return
        self._built_for = start.layout
        layout = start.layout
        self.remembered.setText(self.tr(
            "These are the choices you confirmed last time for a file with the same column "
            "names.") if layout.remembered else "")
        self.remembered.setVisible(layout.remembered)
        self.table.setRowCount(len(layout.headings))
        self.combos = []
        for col, heading in enumerate(layout.headings):
            samples = [r[col] for r in layout.sample if col < len(r) and r[col]][:3]
            self.table.setItem(col, 0, QTableWidgetItem(column_letter(col)))
            self.table.setItem(col, 1, QTableWidgetItem(heading))
            self.table.setItem(col, 2, QTableWidgetItem(" / ".join(samples)))
            combo = self._combo(col, self.wiz.mapping.get(col, NOT_IMPORTED))
            self.table.setCellWidget(col, 3, combo)
            self.combos.append(combo)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(3, max(self.table.columnWidth(3), 200))
        self._show_missing()

    def _combo(self, col: int, current: str) -> QComboBox:
        combo = named(QComboBox(), f"importField{col}")
        combo.addItem(self.tr("— not imported —"), NOT_IMPORTED)
        for fld in FIELDS:
            combo.addItem(field_label(fld, self.wiz.lang), fld)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.currentIndexChanged.connect(lambda _i, c=col: self.choose(c))
        return combo

    def choose(self, col: int) -> None:
        """The clerk chose a field for *col*: a field other columns had is taken from them."""
        fld = str(self.combos[col].currentData() or NOT_IMPORTED)
        mapping = self.wiz.mapping
        if fld == NOT_IMPORTED:
            mapping.pop(col, None)
        else:
            mapping[col] = fld
        if fld not in (NOT_IMPORTED, "keep"):
            for other, combo in enumerate(self.combos):
                if other != col and mapping.get(other) == fld:
                    mapping.pop(other)
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._show_missing()

    def missing_fields(self) -> list[str]:
        return [f for f in REQUIRED_FIELDS if f not in self.wiz.mapping.values()]

    def _show_missing(self) -> None:
        missing = self.missing_fields()
        self.missing.setText(self.tr(
            "Still needed: {fields}. Choose the column that holds each.").format(
            fields=_list([field_label(f, self.wiz.lang) for f in missing], self.wiz.lang))
            if missing else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.missing_fields()

    def start_work(self) -> None:
        self.wiz.read_rows(error=self.error, then=lambda _p: self.proceed())


class PreviewPage(AsyncPage):
    """Every row of the sheet as it will be imported; Import is the commit button."""

    def __init__(self, wiz: Any) -> None:
        super().__init__(wiz)
        self.setTitle(self.tr("Check every row, then import"))
        self.setSubTitle(self.tr(
            "Nothing is written until you press Import, and nothing at all while a row has a "
            "problem: correct it in the file and read the file again, or tick “Exclude” for "
            "that row. Excluded rows are kept in the import record with the reason."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.model = PreviewModel(wiz.lang, self)
        self.model.exclusions_changed.connect(self.update_state)
        self.summary = note_label("importSummary")
        self.blocked = note_label("importBlocked")
        self.blocked.setStyleSheet("color: #b00020; font-weight: bold;")
        self._build_tools()
        self.detail = named(QPlainTextEdit(), "importDetail")
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(self.detail.fontMetrics().height() * 6)
        self.detail.setPlaceholderText(self.tr("Choose a row to see all its problems and how "
                                               "to fix them."))
        self.view = named(QTableView(), "importPreview")
        self._build_view()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addLayout(self.tools)
        lay.addWidget(split, 1)
        lay.addWidget(self.blocked)
        lay.addWidget(self.error)

    def _build_tools(self) -> None:
        self.show_rows = named(QComboBox(), "importShow")
        for label, _statuses in FILTERS:
            self.show_rows.addItem(column_tr(label))
        self.show_rows.currentIndexChanged.connect(self.model.set_filter)
        self.exclude_all = named(QPushButton(self.tr("Exclude every row with a problem")),
                                 "importExcludeAll")
        self.exclude_all.clicked.connect(self.exclude_problems)
        self.non_secret = named(QCheckBox(self.tr(
            "Also import rows marked 内部 or 工作秘密 (not state secrets)")), "importNonSecret")
        self.non_secret.toggled.connect(self._non_secret_toggled)
        self.reread = named(QPushButton(self.tr("Read the file again")), "importReread")
        self.reread.setToolTip(self.tr("After correcting the file in Excel or WPS and saving it"))
        self.reread.clicked.connect(self.read_again)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Show:")))
        tools.addWidget(self.show_rows)
        tools.addWidget(self.exclude_all)
        tools.addWidget(self.non_secret)
        tools.addStretch(1)
        tools.addWidget(self.reread)
        self.tools = tools

    def _build_view(self) -> None:
        v = self.view
        v.setModel(self.model)
        v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        v.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        v.setWordWrap(False)
        v.verticalHeader().setVisible(False)
        v.verticalHeader().setDefaultSectionSize(v.fontMetrics().height() + 8)
        v.selectionModel().selectionChanged.connect(self._selected)
        self.model.modelReset.connect(self.detail.clear)

    def initializePage(self) -> None:
        self.non_secret.blockSignals(True)
        self.non_secret.setChecked(self.wiz.include_non_secret)
        self.non_secret.blockSignals(False)
        self.show_preview(keep=set())

    def show_preview(self, keep: set[int]) -> None:
        self.model.set_preview(self.wiz.preview)
        if keep:
            self.model.set_excluded(keep)
        widths = {0: 56, 1: 56, 2: 110, 3: 360, 4: 280}
        for col, width in widths.items():
            self.view.setColumnWidth(col, width)
        self.update_state()

    def _selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self.detail.setPlainText(self.model.details(self.model.row_at(rows[0].row())))

    # -- the clerk's choices ---------------------------------------------------------------
    def exclude_problems(self) -> None:
        self.model.set_excluded(self.model.excluded | {r.row for r in self.model.blocking()})

    def _non_secret_toggled(self, on: bool) -> None:
        self.wiz.include_non_secret = on
        self.read_again()

    def read_again(self) -> None:
        """Read the file again (corrected, or with non-secret rows); the exclusions stay when
        the file is the same."""
        old = self.wiz.preview
        keep = set(self.model.excluded)

        def done(preview: importing.ImportPreview) -> None:
            same = old is not None and old.layout.source.sha256 == preview.layout.source.sha256
            self.show_preview(keep if same else set())

        self.wiz.read_rows(error=self.error, then=done)

    # -- state ------------------------------------------------------------------------------
    def update_state(self) -> None:
        preview = self.model.preview
        if preview is None:
            return
        going, blocking = self.model.importing(), self.model.blocking()
        carriers = sum(len(r.entry.inp.copy_nos) for r in going if r.entry is not None)
        counts = [(len(preview.error_rows), self.tr("%n with problems", "",
                                                    len(preview.error_rows))),
                  (len(self.model.excluded), self.tr("%n excluded by you", "",
                                                     len(self.model.excluded))),
                  (len(preview.excluded_rows), self.tr(
                      "%n left out (not state secrets or voided)", "",
                      len(preview.excluded_rows))),
                  (len(preview.skipped_rows), self.tr("%n blank or totals row(s) skipped", "",
                                                      len(preview.skipped_rows)))]
        parts = [self.tr("%n row(s) will be imported", "", len(going))
                 + self.tr(" (%n carrier(s))", "", carriers)]
        parts += [text for n, text in counts if n]
        self.summary.setText(self.tr("“{file}”, sheet “{sheet}” into the {register}: ").format(
            file=preview.layout.source.name, sheet=preview.layout.sheet,
            register=self.wiz.register_name()) + self.tr("; ").join(parts) + self.tr("."))
        reason = self.blocked_reason(len(blocking), len(going))
        self.blocked.setText(reason)
        self.blocked.setVisible(bool(reason))
        self.exclude_all.setEnabled(bool(blocking))
        button = self.wiz.button(QWizard.WizardButton.CommitButton)
        if button is not None:
            button.setToolTip(reason)
        self.completeChanged.emit()

    def blocked_reason(self, blocking: int, going: int) -> str:
        if blocking:
            return self.tr(
                "Import is not possible yet: %n row(s) have problems. Correct them in the file "
                "and read it again, or tick “Exclude” for each of them.", "", blocking)
        if not going:
            return self.tr("Nothing to import: no row is left to import.")
        return ""

    def isComplete(self) -> bool:
        return (self.model.preview is not None and not self.model.blocking()
                and bool(self.model.importing()))

    def ready(self) -> bool:
        return self.wiz.imported is not None

    def start_work(self) -> None:
        self.wiz.commit(set(self.model.excluded), error=self.error,
                        then=lambda _r: self.proceed())


class DonePage(QWizardPage):
    """What was imported, the numbers given, and every row left out with its reason."""

    def __init__(self, wiz: Any) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Imported"))
        self.result = note_label("importResult")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.left_out = named(QTableWidget(0, 2), "importLeftOut")
        self.left_out.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Why it was left out")])
        self.left_out.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.left_out.verticalHeader().setVisible(False)
        self.left_out.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.records = named(QPushButton(self.tr("Past imports…")), "importRecords")
        self.records.clicked.connect(self.show_records)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.records)
        lay = QVBoxLayout(self)
        lay.addWidget(self.result)
        lay.addWidget(self.left_out, 1)
        lay.addLayout(row)

    def initializePage(self) -> None:
        result, preview = self.wiz.imported, self.wiz.preview
        if result is None or preview is None:
            return
        lang = self.wiz.lang
        left = importing.exclude(preview, self.wiz.excluded).excluded_rows
        lines = [self.tr(
            "{documents} documents with {carriers} carriers were imported into the {register}, "
            "as {first} to {last}. Each keeps its original number (原登记号), and every event "
            "names the file and its row.").format(
            documents=result.documents, carriers=result.carriers,
            register=self.wiz.register_name(), first=result.first_reg_no,
            last=result.last_reg_no)]
        if result.skipped:
            lines.append(self.tr("%n blank or totals row(s) were skipped.", "", result.skipped))
        if left:
            lines.append(self.tr("%n row(s) were left out and kept in the import record with "
                                 "the reason:", "", len(left)))
        self.result.setText("\n".join(lines))
        self.left_out.setRowCount(len(left))
        for i, r in enumerate(left):
            why = importing.reason_text(r, lang)
            self.left_out.setItem(i, 0, QTableWidgetItem(str(r.row)))
            item = QTableWidgetItem(why)
            item.setToolTip(why)
            self.left_out.setItem(i, 1, item)
        self.left_out.setVisible(bool(left))
        self.left_out.resizeColumnToContents(0)

    def show_records(self) -> None:

        show_import_records(self.wiz.ctx, self)
