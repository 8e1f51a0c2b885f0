"""Login dialog (ledger folder, user, password), change-password and recovery dialogs.

Logging in and recovering open the ledger, so they cannot take the operation path of an open
ledger (``AppContext.write``); they catch the refusal themselves (its kind decides the next
step: a countdown, the folder field) and show it through the one mapping
(``AppContext.error_text``). Changing a password writes to the open ledger: it takes
``AppContext.write``.

Every failure is shown inline, in its own words with the next step (messages.py): wrong
password (and the waiting time after repeated failures, counted down), ledger in use, folder
is not a ledger, database damaged (restore from backups/), account disabled. A user whose
password was set by someone else must change it before the main window opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.errors import AuthError, DatabaseDamaged, DomainError, LedgerError
from secledger.services.ledger.session import Ledger, open_ledger, open_with_recovery
from secledger.services.ledger.throttle import seconds_until_allowed
from secledger.services.people import accounts as users
from secledger.ui.context import AppContext
from secledger.ui.widgets.forms import ErrorLabel, named, password_edit

KEY_FOLDER = "login/ledger_folder"
KEY_USER = "login/username"


class _BusyCursor:
    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


class LoginDialog(QDialog):
    """Opens a ledger; on success ``self.ledger`` is the open, logged-in ledger."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ledger: Ledger | None = None
        self._wait = 0
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("SecLedger — Log in"))
        self._build()
        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._tick)
        self.folder.setText(str(ctx.settings.value(KEY_FOLDER, "") or ""))
        self.username.setText(str(ctx.settings.value(KEY_USER, "") or ""))
        (self.password if self.username.text() else self.username).setFocus()

    def _build(self) -> None:
        self.folder = named(QLineEdit(), "folder")
        browse = named(QPushButton(self.tr("Browse…")), "browse")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.username = named(QLineEdit(), "username")
        self.password = password_edit(self, "password")
        form = QFormLayout()
        form.addRow(self.tr("Ledger folder:"), row)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton(
            self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("loginButton")
        self.open_button.setDefault(True)
        self.recovery_button = self.buttons.addButton(
            self.tr("Open with recovery code…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.recovery_button.clicked.connect(self._recover)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        title = named(QLabel(self.tr("Ledger of classified carriers")), "title")
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the ledger folder"),
                                                self.folder.text())
        if path:
            self.folder.setText(path)

    # -- logging in -----------------------------------------------------------------
    def try_login(self) -> bool:
        """Try to open the ledger with the form's values; True when logged in."""
        self.error.clear_text()
        folder = Path(self.folder.text().strip())
        if not self.folder.text().strip():
            self.error.show_text(self.tr("Choose the ledger folder."))
            return False
        try:
            with _BusyCursor():
                led = open_ledger(folder, username=self.username.text().strip(),
                                  password=self.password.text(), clock=self.ctx.clock,
                                  kdf=self.ctx.kdf)
        except DomainError as exc:
            self._failed(exc, folder)
            return False
        return self._opened(led)

    def _opened(self, led: Ledger) -> bool:
        self.ctx.settings.setValue(KEY_FOLDER, str(led.path))
        self.ctx.settings.setValue(KEY_USER, led.user.username)
        if led.user.must_change_password:
            dlg = ChangePasswordDialog(self.ctx, led, self, first_login=True)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                led.close()
                self.password.clear()
                self.error.show_text(self.tr("You must change your password before the "
                                             "ledger opens. Log in again to change it."))
                return False
        self.ledger = led
        self.accept()
        return True

    def _failed(self, exc: DomainError, folder: Path) -> None:
        self.error.show_text(self.ctx.error_text(exc))
        self.adjustSize()  # a long message (a damaged database: what to restore) shows whole
        if isinstance(exc, AuthError):
            self.password.clear()
            self.password.setFocus()
            wait, _count = seconds_until_allowed(folder, self.ctx.clock())
            wait = max(wait, int(exc.params.get("seconds", 0) or 0))
            if wait > 0:
                self._start_countdown(wait)
        elif isinstance(exc, DatabaseDamaged) or (
                isinstance(exc, LedgerError) and exc.code == "ledger.not_a_ledger"):
            self.folder.setFocus()
            self.folder.selectAll()

    def _start_countdown(self, seconds: int) -> None:
        self._wait = seconds
        self.open_button.setEnabled(False)
        self._tick_text()
        self._countdown.start()

    def _tick(self) -> None:
        self._wait -= 1
        if self._wait <= 0:
            self._countdown.stop()
            self.open_button.setEnabled(True)
            self.error.show_text(self.tr("You may try again now."))
            return
        self._tick_text()

    def _tick_text(self) -> None:
        self.open_button.setText(self.tr("Wait {seconds} s").format(seconds=self._wait))
        if self._wait <= 0:
            self.open_button.setText(self.tr("Log in"))

    @property
    def waiting_seconds(self) -> int:
        return self._wait if self._countdown.isActive() else 0

    def _recover(self) -> None:
        dlg = RecoveryDialog(self.ctx, self.folder.text().strip(), self.username.text(), self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.ledger is not None:
            self._opened(dlg.ledger)

    def done(self, result: int) -> None:
        self._countdown.stop()
        super().done(result)


class ChangePasswordDialog(QDialog):
    """The current user sets a new password (first login, after a reset, or by choice)."""

    def __init__(self, ctx: AppContext, led: Ledger, parent: QWidget | None = None,
                 *, first_login: bool = False) -> None:
        super().__init__(parent)
        self.ctx, self.led = ctx, led
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        intro = QLabel(self.tr("Your password was set by the security officer. Choose your own "
                               "password before you continue.") if first_login else
                       self.tr("Choose a new password."))
        intro.setWordWrap(True)
        self.old = password_edit(self, "oldPassword")
        self.new = password_edit(self, "newPassword")
        self.confirm = password_edit(self, "confirmPassword")
        form = QFormLayout()
        form.addRow(self.tr("Current password:"), self.old)
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("Repeat new password:"), self.confirm)
        rules = QLabel(self.tr("At least 8 characters, with letters and digits."))
        self.error = ErrorLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        for w in (intro,):
            lay.addWidget(w)
        lay.addLayout(form)
        lay.addWidget(rules)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def save(self) -> bool:
        """Change it through the one operation path: a write to the open ledger (the key
        derivation makes it slow, so a busy cursor shows; the modal dialog waits for it)."""
        def change() -> bool:
            users.change_password(self.led, old_password=self.old.text(),
                                  new_password=self.new.text(), confirm=self.confirm.text())
            return True

        with _BusyCursor():
            if not self.ctx.write(change, parent=self, error=self.error):
                return False
        self.accept()
        return True


class RecoveryDialog(QDialog):
    """Open the ledger with the 应急恢复密钥 and set a new password for one account."""

    def __init__(self, ctx: AppContext, folder: str, username: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ledger: Ledger | None = None
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Open with the recovery code"))
        intro = QLabel(self.tr("Type the recovery code printed on the sheet kept in the safe. "
                               "The account below gets the new password."))
        intro.setWordWrap(True)
        self.folder = named(QLineEdit(folder), "folder")
        self.code = named(QLineEdit(), "code")
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.username = named(QLineEdit(username), "username")
        self.new = password_edit(self, "newPassword")
        self.confirm = password_edit(self, "confirmPassword")
        form = QFormLayout()
        form.addRow(self.tr("Ledger folder:"), self.folder)
        form.addRow(self.tr("Recovery code:"), self.code)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("Repeat new password:"), self.confirm)
        self.error = ErrorLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.recover)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok_text = self.ok_button.text()
        self._wait = 0
        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._tick)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    @property
    def waiting_seconds(self) -> int:
        return self._wait if self._countdown.isActive() else 0

    def _failed(self, exc: DomainError) -> None:
        """Wrong codes count towards the same wait as wrong passwords: count it down."""
        self.error.show_text(self.ctx.error_text(exc))
        if not isinstance(exc, AuthError):
            return
        wait, _count = seconds_until_allowed(Path(self.folder.text().strip()), self.ctx.clock())
        self._wait = max(wait, int(exc.params.get("seconds", 0) or 0))
        if self._wait > 0:
            self.ok_button.setEnabled(False)
            self._tick_text()
            self._countdown.start()

    def _tick(self) -> None:
        self._wait -= 1
        if self._wait > 0:
            self._tick_text()
            return
        self._countdown.stop()
        self.ok_button.setEnabled(True)
        self.ok_button.setText(self._ok_text)
        self.error.show_text(self.tr("You may try again now."))

    def _tick_text(self) -> None:
        self.ok_button.setText(self.tr("Wait {seconds} s").format(seconds=self._wait))

    def done(self, result: int) -> None:
        self._countdown.stop()
        super().done(result)

    def recover(self) -> bool:
        try:
            users.check_password_rules(self.new.text(), self.confirm.text())
            with _BusyCursor():
                self.ledger = open_with_recovery(
                    Path(self.folder.text().strip()), code=self.code.text(),
                    username=self.username.text().strip(), new_password=self.new.text(),
                    clock=self.ctx.clock, kdf=self.ctx.kdf)
        except DomainError as exc:
            self._failed(exc)
            return False
        self.accept()
        return True
