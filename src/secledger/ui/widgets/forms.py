"""Form helpers: an inline error line, password fields, form dialogs, date conversion."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # pragma: no cover
    from secledger.ui.context import AppContext


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


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


#: the minimum date of a filter's date bound: no bound
NO_DATE = QDate(2000, 1, 1)


def bound_date_edit(tip: str, on_change: Callable[[], None]) -> QDateEdit:
    """A filter's date bound (from/to): its minimum date, shown as *tip*, means no bound."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(tip)  # shown at the minimum date: no bound
    edit.setDate(NO_DATE)
    edit.setToolTip(tip)
    edit.dateChanged.connect(lambda _d: on_change())
    return edit


def bound_date(edit: QDateEdit) -> date | None:
    """The date of a ``bound_date_edit`` (None: no bound)."""
    d = edit.date()
    return None if d == NO_DATE else date(d.year(), d.month(), d.day())


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class FormDialog(QDialog):
    """A form with an inline error line. Subclasses fill ``self.form`` and implement
    ``save()`` (the service call, returning its result); ``submit()`` runs it through the one
    operation path (``AppContext.write``), shows a refusal under the form (nothing is lost)
    and accepts the dialog on success."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None, *,
                 ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
                 min_width: int = 0) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.lay = QVBoxLayout(self)
        self.lay.addLayout(self.form)
        self.lay.addWidget(self.error)
        self.lay.addWidget(self.buttons)
        if min_width:
            self.setMinimumWidth(min_width)
        self.result_dto: Any = None

    def submit(self) -> bool:
        if not self.ctx.write(self._store, parent=self, error=self.error):
            return False
        self.accept()
        return True

    def _store(self) -> bool:
        self.result_dto = self.save()
        return True

    def save(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError
