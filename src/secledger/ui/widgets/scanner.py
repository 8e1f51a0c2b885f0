"""Barcode scanner input: a fast burst of a label id followed by Enter.

A scanner is a keyboard that types a label id (``C`` or ``M`` + 11 Crockford base-32
characters, ``domain.labels``) and Enter, a few milliseconds apart. The application-level filter watches key presses that go to a
widget which is not a text field (a text field gets the characters as typed) and, when a
burst matching the label pattern ends with Enter, swallows that Enter and emits ``scanned``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from secledger.domain.lookup import LABEL_RE, is_label_id

__all__ = ["LABEL_RE", "MAX_GAP_S", "ScannerFilter", "is_label_id"]

MAX_GAP_S = 0.05


def _wants_text(widget: QWidget | None) -> bool:
    if widget is None:
        return False
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
        return not getattr(widget, "isReadOnly", lambda: False)()
    return isinstance(widget, QComboBox) and widget.isEditable()


class ScannerFilter(QObject):
    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic, max_gap_s: float = MAX_GAP_S) -> None:
        super().__init__(parent)
        self._clock = clock
        self._max_gap = max_gap_s
        self._buffer = ""
        self._last = 0.0
        self.enabled = True

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        focus = QApplication.focusWidget()
        target = focus if focus is not None else QApplication.activeWindow()
        if watched is not target:
            return False  # a key press reaches the filter once per receiver; count one
        if _wants_text(focus):
            self._buffer = ""
            return False
        assert isinstance(event, QKeyEvent)
        return self._key(event)

    def _key(self, event: QKeyEvent) -> bool:
        now = self._clock()
        if now - self._last > self._max_gap:
            self._buffer = ""
        self._last = now
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text, self._buffer = self._buffer, ""
            if is_label_id(text):
                self.scanned.emit(text.upper())
                return True
            return False
        ch = event.text()
        if len(ch) == 1 and ch.isalnum():
            self._buffer = (self._buffer + ch)[-16:]
        else:
            self._buffer = ""
        return False
