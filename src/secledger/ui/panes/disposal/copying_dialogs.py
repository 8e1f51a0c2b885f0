"""Dialogs of the copying pane: register the copies of an approved request."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from secledger.services.disposal import copying
from secledger.ui.context import AppContext
from secledger.ui.panes.custody.common import fill_people
from secledger.ui.widgets.forms import FormDialog, named


class CopyExecuteDialog(FormDialog):
    """复制登记: who copied, 份号 (blank: continue after the highest), serial numbers."""

    def __init__(self, ctx: AppContext, request: copying.CopyRequestDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Register the copies"), parent)
        self.request = request
        self.copier = named(QComboBox(), "copyCopier")
        fill_people(self.copier, ctx)
        i = self.copier.findData(ctx.ledger.user.person_id)
        self.copier.setCurrentIndex(max(0, i))
        self.copy_nos = named(QLineEdit(), "copyNos")
        self.copy_nos.setPlaceholderText(self.tr("Blank: continue after the highest copy"))
        self.scheme = named(QLineEdit(), "copyScheme")
        self.serials = named(QPlainTextEdit(), "copySerials")
        self.serials.setPlaceholderText(self.tr("Electronic media: one serial number per line"))
        self.serials.setTabChangesFocus(True)
        self.serials.setMaximumHeight(90)
        f = self.form
        f.addRow(self.tr("Copied by:"), self.copier)
        f.addRow(self.tr("Copy numbers (unit scheme):"), self.copy_nos)
        f.addRow(self.tr("Note on the numbering:"), self.scheme)
        f.addRow(self.tr("Serial numbers:"), self.serials)

    def save(self) -> Any:
        return copying.execute_copy(
            self.ctx.ledger, request_id=self.request.id, copier_id=self.copier.currentData() or 0,
            copy_nos=self.copy_nos.text(), scheme_note=self.scheme.text(),
            serial_nos=self.serials.toPlainText().splitlines())
