"""Print carrier labels (A4 sheet or one per label) off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from secledger.services.audit import output_levels
from secledger.services.registration import printing as registers_print
from secledger.ui.context import AppContext
from secledger.ui.widgets.save_notice import classified_title


def ask_layout(parent: QWidget) -> bool | None:
    """True: one label per page; False: A4 sheet; None: cancelled."""
    sheet = QCoreApplication.translate("LabelPrint", "A4 sheet of labels (3 × 8)")
    single = QCoreApplication.translate("LabelPrint",
                                        "Label printer (one 60 × 40 mm label per page)")
    choice, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("LabelPrint", "Print labels"),
        QCoreApplication.translate("LabelPrint", "Layout:"), [sheet, single], 0, False)
    return (choice == single) if ok else None


def print_labels_for(ctx: AppContext, parent: QWidget, carrier_ids: Sequence[int], *,
                     path: Path | None = None, single: bool | None = None) -> None:
    if not carrier_ids:
        return
    if single is None:
        single = ask_layout(parent)
        if single is None:
            return
    if path is None:
        title = classified_title(QCoreApplication.translate("LabelPrint", "Save labels as PDF"),
                                 output_levels.of_carriers(ctx.ledger, list(carrier_ids)))
        name, _ = QFileDialog.getSaveFileName(parent, title, "载体标签.pdf", "PDF (*.pdf)")
        if not name:
            return
        path = Path(name)
    led = ctx.ledger
    ids = list(carrier_ids)
    ctx.run_op(lambda progress: registers_print.print_labels(led, ids, path, single=bool(single),
                                                             progress=progress),
               title=QCoreApplication.translate("LabelPrint", "Printing labels…"), parent=parent, cancellable=True)
