"""The receipt form's warning that the same 来文单位 and 文号 were received before: links to
the earlier registrations (they open in the ledger browser) and the choice to record this one
as a separate receipt, with a reason (the rule is ``services/registration/duplicates``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from secledger.services.registration.duplicates import EarlierReceipt
from secledger.ui.widgets.forms import named


class RepeatBox(QWidget):
    """Hidden until ``show_earlier`` gets earlier receipts; ``open_registration`` carries the
    登记号 of the link followed."""

    open_registration = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = named(QLabel(), "duplicateWarning")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a5300;")
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.note.linkActivated.connect(self.open_registration.emit)
        self.separate = named(QCheckBox(self.tr("Record as a separate receipt (another delivery)")),
                              "separateReceipt")
        self.reason = named(QLineEdit(), "separateReason")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("Reason, e.g. sent again by the unit"))
        self.reason.setEnabled(False)
        self.separate.toggled.connect(self.reason.setEnabled)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.note, self.separate, self.reason):
            lay.addWidget(w)
        self.earlier: list[EarlierReceipt] = []

    def show_earlier(self, earlier: list[EarlierReceipt]) -> None:
        self.earlier = list(earlier)
        links = "，".join(self.tr("{reg_no} (copies {copies})").format(
            reg_no=f'<a href="{e.reg_no}">{e.reg_no}</a>', copies=e.copies_text)
            for e in earlier)
        self.note.setText(self.tr("Received before from this unit with this document no.: "
                                  "{links}").format(links=links))
        if not earlier:
            self.reset()

    def reset(self) -> None:
        self.earlier = []
        self.note.clear()
        self.separate.setChecked(False)
        self.reason.clear()

    @property
    def chosen(self) -> bool:
        return bool(self.earlier) and self.separate.isChecked()
