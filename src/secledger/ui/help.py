"""The built-in help: F1 shows a short page for the current pane — what it is for and which
rules it enforces — in the UI's language. Pages are HTML files shipped with the app
(``resources/help/<zh|en>/<pane key>.html``; a new pane adds its two pages there, and
``tests/ui/test_every_pane.py`` fails for a pane without them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from secledger.store.paths import resource


def help_lang(lang: str) -> str:
    return "en" if lang.lower().startswith("en") else "zh"


def help_page(key: str, lang: str) -> Path:
    """Where the page of pane *key* in *lang* lives (it may be missing)."""
    return resource("help", help_lang(lang), f"{key}.html")


class HelpDialog(QDialog):
    """One help page, read-only; Esc or Close closes it."""

    def __init__(self, key: str, lang: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Help — {pane}").format(pane=title))
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setOpenLinks(False)
        page = help_page(key, lang)
        if page.is_file():
            self.browser.setHtml(page.read_text(encoding="utf-8"))
        else:
            self.browser.setPlainText(self.tr("There is no help page for this pane yet."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser, 1)
        lay.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(560, 460)
