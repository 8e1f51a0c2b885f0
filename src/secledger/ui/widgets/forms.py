"""Form helpers: an inline error line and password fields."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget


class ErrorLabel(QLabel):
    """A red, word-wrapped line under a form that says what is wrong and what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_text(self) -> None:
        self.show_text("")


def password_edit(parent: QWidget | None = None, name: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    if name:
        edit.setObjectName(name)
    return edit


W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Set the Qt object name (used by tests and style sheets) and return the widget."""
    widget.setObjectName(name)
    return widget
