"""About dialog: version, unit, and the licences of everything shipped with the app."""

from __future__ import annotations

import html
import importlib.metadata as md

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from secledger import __version__
from secledger.store.paths import resource
from secledger.ui.widgets.forms import named

#: (distribution, licence when the metadata does not say it plainly)
LIBRARIES = (
    ("PySide6-Essentials", "LGPL-3.0-only"),
    ("shiboken6", "LGPL-3.0-only"),
    ("SQLAlchemy", "MIT"),
    ("sqlcipher3", "zlib (SQLCipher: BSD-3-Clause)"),
    ("alembic", "MIT"),
    ("reportlab", "BSD-3-Clause"),
    ("openpyxl", "MIT"),
    ("argon2-cffi", "MIT"),
    ("cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("python-barcode", "MIT"),
    ("xlrd", "BSD-3-Clause"),
    ("XlsxWriter", "BSD-2-Clause"),
)


def library_rows() -> list[tuple[str, str, str]]:
    rows = []
    for name, licence in LIBRARIES:
        try:
            version = md.version(name)
        except md.PackageNotFoundError:
            version = "—"
        rows.append((name, version, licence))
    return rows


def _read(*parts: str) -> str:
    try:
        return resource(*parts).read_text(encoding="utf-8")
    except OSError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, unit_name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About SecLedger"))
        head = named(QLabel(self._heading(unit_name)), "aboutHeading")
        head.setWordWrap(True)
        tabs = named(QTabWidget(), "aboutTabs")
        tabs.addTab(self._text(self._libraries_html(), html_text=True), self.tr("Libraries"))
        tabs.addTab(self._text(self._qt_text()), self.tr("Qt / PySide6"))
        font_text = _read("fonts", "uming-copyright.txt") + "\n\n" + _read(
            "fonts", "ARPHIC-PUBLIC-LICENSE.txt")
        tabs.addTab(self._text(font_text), self.tr("Font (AR PL UMing)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(tabs, 1)
        lay.addWidget(buttons)
        self.resize(640, 520)

    def _heading(self, unit_name: str) -> str:
        text = self.tr("<h2>SecLedger {version}</h2><p>Ledger of classified carriers for a "
                       "standalone computer. It never uses the network.</p>").format(
            version=__version__)
        if unit_name:
            text += self.tr("<p>Unit: {unit}</p>").format(unit=html.escape(unit_name))
        return text

    @staticmethod
    def _text(text: str, *, html_text: bool = False) -> QTextBrowser:
        view = QTextBrowser()
        view.setOpenLinks(False)
        view.setOpenExternalLinks(False)
        if html_text:
            view.setHtml(text)
        else:
            view.setPlainText(text)
        return view

    def _libraries_html(self) -> str:
        cells = "".join(
            f"<tr><td>{html.escape(n)}</td><td>{html.escape(v)}</td><td>{html.escape(lic)}</td></tr>"
            for n, v, lic in library_rows())
        head = self.tr("<tr><th>Library</th><th>Version</th><th>Licence</th></tr>")
        return f"<table cellpadding='4'>{head}{cells}</table>"

    def _qt_text(self) -> str:
        return self.tr(
            "This program uses Qt {qt} through PySide6 {pyside} (Qt for Python), used under the "
            "GNU Lesser General Public License version 3. The Qt libraries are shipped as "
            "separate shared libraries that you may replace with your own build. The source "
            "code of Qt and PySide6 is available from the Qt Project (qt.io) and on request."
        ).format(qt=qVersion(), pyside=pyside_version)
