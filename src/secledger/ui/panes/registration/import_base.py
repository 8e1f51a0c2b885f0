"""The import wizard's shared page pieces: an explanation line and a page whose Next may
first run work off the GUI thread. Below both the wizard and its later pages, so neither
imports the other's module to get them."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWizardPage

from secledger.ui.widgets.forms import ErrorLabel, named


def note_label(name: str) -> QLabel:
    """A word-wrapped explanation line."""
    label = named(QLabel(), name)
    label.setWordWrap(True)
    return label


class AsyncPage(QWizardPage):
    """A page whose Next may first run work off the GUI thread (``start_work``) and then
    moves on by itself (``proceed``)."""

    def __init__(self, wiz: Any) -> None:
        super().__init__()
        self.wiz = wiz
        self.error = ErrorLabel()
        self._go = False

    def ready(self) -> bool:
        """Whether Next can move on without more work."""
        return False

    def start_work(self) -> None:
        """Start the work Next needs; call ``proceed`` when it is done."""

    def validatePage(self) -> bool:
        if self._go or self.ready():
            self._go = False
            return True
        if not self.wiz.busy:
            self.start_work()
        return False

    def proceed(self) -> None:
        self._go = True
        self.wiz.next()
