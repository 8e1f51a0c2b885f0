"""Print carrier labels (A4 sheet or one per label) off the GUI thread: a print commits its
output event, so it goes through ``AppContext.write_long`` (``widgets.saving``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from secledger.services.audit import output_levels
from secledger.services.registration import printing as registers_print
from secledger.ui.context import AppContext
from secledger.ui.widgets.saving import write_file


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
    led, ids = ctx.ledger, list(carrier_ids)
    write_file(ctx, parent, path,
               ask=QCoreApplication.translate("LabelPrint", "Save labels as PDF"),
               name="载体标签.pdf",
               busy=QCoreApplication.translate("LabelPrint", "Printing labels…"),
               write=lambda target, progress: registers_print.print_labels(
                   led, ids, target, single=bool(single), progress=progress),
               level=output_levels.of_carriers(led, ids), cancellable=True)
