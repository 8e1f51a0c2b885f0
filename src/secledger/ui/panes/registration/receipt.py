"""收文登记: the registry clerk's main pane — one form per incoming document with all its
carriers, keyboard first; labels for what was just registered."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from secledger.domain.enums import Register, Role
from secledger.services.ledger.dto import DocumentDTO
from secledger.ui.context import AppContext
from secledger.ui.panes.registration.docform import DocumentForm
from secledger.ui.panes.registration.label_print import print_labels_for
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.widgets.forms import named
from secledger.ui.widgets.navigate import open_registration


class ReceiptPane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pane_receipt")
        self.ctx = ctx
        self.form = DocumentForm(ctx, Register.RECEIPT)
        self.labels_button = named(QPushButton(self.tr("Print labels of the last entry…")),
                                   "labelsButton")
        self.labels_button.setEnabled(False)
        self.labels_button.clicked.connect(self.print_last_labels)
        self.form.saved.connect(self._saved)
        self.form.open_registration.connect(lambda reg_no: open_registration(self, reg_no))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.labels_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.form, 1)
        lay.addLayout(row)
        self.setFocusProxy(self.form)

    def refresh(self) -> None:
        self.form.refresh()

    def _saved(self, doc: DocumentDTO) -> None:
        self.labels_button.setEnabled(True)

    def print_last_labels(self) -> None:
        doc = self.form.last
        if doc is not None:
            print_labels_for(self.ctx, self, [c.id for c in doc.carriers])

    def handle_scan(self, label_id: str) -> bool:
        return False  # a receipt makes new carriers; the ledger browser opens scanned ones


register_pane(PaneSpec(
    key="receipt", title=str(QT_TRANSLATE_NOOP("Panes", "Receipt")), icon="SP_FileDialogNewFolder",
    roles=frozenset({Role.CLERK}), order=20, factory=lambda ctx: ReceiptPane(ctx),
))
