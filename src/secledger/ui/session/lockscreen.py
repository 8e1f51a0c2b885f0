"""The lock screen: covers the main window's contents, shows no ledger data.

It asks for the password of the user who was logged in, or lets another user log in
(``switch user``). Behind it the window keeps nothing of the ledger: the panes (their
models, page caches, forms and detail panels) are deleted on lock and built again on unlock,
on the pane that was shown.

Unlocking opens a session rather than writing to an open one, so it catches the refusal
itself (a disabled account must stay locked) and shows it through the one mapping
(``AppContext.error_text``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.errors import AuthError, DomainError
from secledger.services.ledger.session import Ledger
from secledger.ui.context import AppContext
from secledger.ui.widgets.forms import ErrorLabel, named, password_edit


class LockScreen(QWidget):
    """Emits ``unlocked(previous_username)`` once ``ctx.ledger`` is unlocked again."""

    unlocked = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._previous = ""
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        self._build()

    def _build(self) -> None:
        box = named(QFrame(self), "lockBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMinimumWidth(380)
        box.setMaximumWidth(480)
        title = named(QLabel(self.tr("The ledger is locked")), "lockTitle")
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.info = named(QLabel(), "lockInfo")
        self.info.setWordWrap(True)
        self.username = named(QLineEdit(), "lockUsername")
        self.username.setReadOnly(True)
        self.password = password_edit(box, "lockPassword")
        self.password.returnPressed.connect(self.try_unlock)
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        self.error = ErrorLabel(box)
        self.unlock_button = named(QPushButton(self.tr("Unlock")), "unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.switch_button = named(QPushButton(self.tr("Log in as another user")), "switchUser")
        self.switch_button.clicked.connect(self.switch_user)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(self.info)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(self.unlock_button)
        inner.addWidget(self.switch_button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def prepare(self, username: str, person_name: str) -> None:
        """Show the screen for *username* (the user who was logged in)."""
        self._previous = username
        self.username.setText(username)
        self.username.setReadOnly(True)
        self.info.setText(self.tr("{name}, enter your password to continue. Nothing of the "
                                  "ledger is shown while it is locked.").format(name=person_name))
        self.password.clear()
        self.error.clear_text()
        self.password.setFocus()

    def switch_user(self) -> None:
        self.username.setReadOnly(False)
        self.username.clear()
        self.password.clear()
        self.info.setText(self.tr("Log in as another user. The window shows what that "
                                  "user's roles allow."))
        self.username.setFocus()

    def try_unlock(self) -> bool:
        led: Ledger = self.ctx.ledger
        try:
            led.unlock_session(self.username.text().strip(), self.password.text())
        except DomainError as exc:
            self.error.show_text(self.ctx.error_text(exc))
            self.password.clear()
            if isinstance(exc, AuthError) and led.locked is False:
                led.lock_session()  # e.g. a disabled account: stay locked
            return False
        self.password.clear()
        self.error.clear_text()
        self.unlocked.emit(self._previous)
        return True
