"""The 导入/导出 menu of the 登记簿 pane: the import wizard, the export of a year's register
in the layout the import reads back, and past imports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from secledger.domain.enums import Register
from secledger.services.audit import output_levels as olv
from secledger.services.registration.export_layout import export_register
from secledger.services.registration.registers import RegisterFilter
from secledger.ui.context import AppContext
from secledger.ui.labels import label_of
from secledger.ui.ops import Op
from secledger.ui.panes.registration.import_records import show_import_records
from secledger.ui.panes.registration.import_wizard import open_import_wizard
from secledger.ui.widgets.forms import named
from secledger.ui.widgets.saving import write_file


def _tr(text: object) -> str:
    """*text* marked with ``QT_TRANSLATE_NOOP("ImportMenu", …)``, translated."""
    return QCoreApplication.translate("ImportMenu", str(text))


def export_for_reimport(ctx: AppContext, parent: QWidget, register: Register, year: int,
                        path: str | Path | None = None) -> Op | None:
    """The *register* of *year* as XLSX in the layout the import reads back, saved where the
    clerk says (the prompt names the level); the export is an event."""
    led = ctx.ledger
    level = ctx.read(lambda: olv.of_register(led, RegisterFilter(register=register, year=year)),
                     parent=parent)
    title = "收文登记簿" if register is Register.RECEIPT else "发文登记簿"
    return write_file(
        ctx, parent, path, name=f"{title}{year}年（导入格式）.xlsx",
        ask=_tr(QT_TRANSLATE_NOOP("ImportMenu", "Export the register for re-import")),
        busy=_tr(QT_TRANSLATE_NOOP("ImportMenu", "Exporting the register…")),
        write=lambda target, progress: export_register(led, register, year, target, progress),
        level=level, cancellable=True)


def add_import_menu(pane: Any) -> QPushButton:
    """The 导入/导出 button of the 登记簿 pane: import, export for re-import, past imports.
    The pane gives ``ctx``, ``current_filter()``, ``button_row`` and ``buttons``."""
    button = named(QPushButton(_tr(QT_TRANSLATE_NOOP("ImportMenu", "Import / export"))),
                   "importMenuButton")
    menu = named(QMenu(button), "importMenu")
    wizard = menu.addAction(_tr(QT_TRANSLATE_NOOP(
        "ImportMenu", "Import a register from Excel, WPS or CSV…")))
    wizard.triggered.connect(lambda: open_import_wizard(
        pane.ctx, pane, register=pane.current_filter().register))
    export = menu.addAction(_tr(QT_TRANSLATE_NOOP("ImportMenu",
                                                  "Export (re-importable layout)…")))
    export.triggered.connect(lambda: export_for_reimport(
        pane.ctx, pane, pane.current_filter().register, pane.current_filter().year))
    menu.addSeparator()
    menu.addAction(_tr(QT_TRANSLATE_NOOP("ImportMenu", "Past imports…"))).triggered.connect(
        lambda: show_import_records(pane.ctx, pane))

    def name_export() -> None:
        f = pane.current_filter()
        export.setText(_tr(QT_TRANSLATE_NOOP(
            "ImportMenu", "Export the {year} {register} register (re-importable layout)…"))
            .format(year=f.year, register=label_of(Register, f.register.value)))

    menu.aboutToShow.connect(name_export)
    button.setMenu(menu)
    pane.button_row.insertWidget(2, button)
    pane.buttons["import"] = button
    return button
