"""Print carrier labels (an A4 sheet from any free slot of a part-used sheet, or one per
label) off the GUI thread: a print commits its output event, so it goes through
``AppContext.write_long`` (``widgets.saving``). Carriers no longer held get no label
(the service refuses them)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secledger.reports.registration.labels import SheetLayout
from secledger.services.audit import output_levels
from secledger.services.registration import printing as registers_print
from secledger.ui.context import AppContext
from secledger.ui.widgets.forms import named
from secledger.ui.widgets.saving import write_file

SHEET = SheetLayout()


class LabelOptions(QDialog):
    """How to print: an A4 sheet (3 × 8) from the first free label of a part-used sheet, or
    a label printer (one label per page)."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelOptions")
        self.setWindowTitle(self.tr("Print labels"))
        self.layout_box = named(QComboBox(), "labelLayout")
        self.layout_box.addItem(self.tr("A4 sheet of labels (3 × 8)"), False)
        self.layout_box.addItem(self.tr("Label printer (one 60 × 40 mm label per page)"), True)
        self.start = named(QSpinBox(), "labelStart")
        self.start.setRange(1, SHEET.per_page)
        self.where = named(QLabel(), "labelStartWhere")
        self.layout_box.currentIndexChanged.connect(lambda _i: self._update())
        self.start.valueChanged.connect(lambda _v: self._update())
        form = QFormLayout()
        form.addRow(self.tr("Layout:"), self.layout_box)
        form.addRow(self.tr("First free label on the sheet:"), self.start)
        form.addRow("", self.where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("%n label(s) to print.", "", count)))
        lay.addLayout(form)
        lay.addWidget(buttons)
        self._update()

    @property
    def single(self) -> bool:
        return bool(self.layout_box.currentData())

    @property
    def start_slot(self) -> int:
        """0-based slot of the first label (0 on a new sheet)."""
        return 0 if self.single else self.start.value() - 1

    def _update(self) -> None:
        self.start.setEnabled(not self.single)
        row, col = divmod(self.start.value() - 1, SHEET.cols)
        self.where.setText("" if self.single else self.tr(
            "Row {row}, column {col}; the labels above it are skipped.").format(
            row=row + 1, col=col + 1))


def print_labels_for(ctx: AppContext, parent: QWidget, carrier_ids: Sequence[int], *,
                     path: Path | None = None, single: bool | None = None,
                     start: int = 0) -> None:
    """Labels of *carrier_ids*; the layout and the first free slot are asked for unless
    *single* is given (then *start* is the 0-based first slot of a sheet)."""
    if not carrier_ids:
        return
    if single is None:
        options = LabelOptions(len(carrier_ids), parent)
        if options.exec() != QDialog.DialogCode.Accepted:
            return
        single, start = options.single, options.start_slot
    led, ids, first = ctx.ledger, list(carrier_ids), start
    write_file(ctx, parent, path,
               ask=QCoreApplication.translate("LabelOptions", "Save labels as PDF"),
               name="载体标签.pdf",
               busy=QCoreApplication.translate("LabelOptions", "Printing labels…"),
               write=lambda target, progress: registers_print.print_labels(
                   led, ids, target, single=bool(single), start=first, progress=progress),
               level=output_levels.of_carriers(led, ids), cancellable=True)
