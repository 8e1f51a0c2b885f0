"""First-run wizard: location, unit name, first security officer, recovery code.

The ledger is created when the account page is committed (no way back after that); the
last page shows the 应急恢复密钥 once, offers the one-page PDF sheet for the safe and
cannot be finished before the user confirms the sheet is stored.

Creating the ledger opens it, so there is no open ledger for ``AppContext.write`` yet: the
pages catch a refusal themselves and show it under the form through the one mapping
(``AppContext.error_text``), as they do when the recovery sheet cannot be written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from secledger.domain.errors import DomainError, LedgerError
from secledger.services.ledger.server import admin_url, create_server_ledger
from secledger.services.ledger.session import Ledger, check_new_folder, create_ledger
from secledger.services.people import accounts as users
from secledger.ui.context import AppContext
from secledger.ui.session.login import KEY_FOLDER, KEY_USER
from secledger.ui.widgets.forms import ErrorLabel, named, password_edit

SHEET_NAME = "应急恢复密钥.pdf"


def default_ledger_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".secledger") / "ledger"


class LocationPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where to keep the ledger"))
        self.setSubTitle(self.tr("The ledger is one folder: the encrypted database, the key "
                                 "file and the backups. Keep it on this standalone computer."))
        self.folder = named(QLineEdit(), "folder")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.server = named(QLineEdit(), "server")
        self.server.setPlaceholderText(self.tr(
            "postgresql://administrator@host:5432/database (empty: the ledger stays on this "
            "computer)"))
        self.dba_password = named(password_edit(), "dbaPassword")
        server = QFormLayout()
        server.addRow(self.tr("Database server (optional):"), self.server)
        server.addRow(self.tr("Administrator's password:"), self.dba_password)
        note = QLabel(self.tr("Only for a ledger shared by several clerks on a classified LAN; "
                              "the administrator's password is used once and not stored."))
        note.setWordWrap(True)
        self.error = ErrorLabel(self)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addLayout(server)
        lay.addWidget(note)
        lay.addWidget(self.error)
        self.registerField("folder*", self.folder)
        self.registerField("server", self.server)

    def initializePage(self) -> None:
        # Qt counts a mandatory field as filled once it differs from its value when the page
        # was added to the wizard (empty), so the default goes in only now.
        if not self.folder.text():
            self.folder.setText(str(default_ledger_folder()))

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), self.folder.text())
        if path:
            self.folder.setText(path)

    def validatePage(self) -> bool:
        folder = Path(self.folder.text().strip())
        try:
            check_new_folder(folder)  # the rule create_ledger applies: an empty or new folder
            if self.server.text().strip():
                admin_url(self.server.text().strip())
        except LedgerError as exc:
            self.error.show_text(exc.message(self.wizard().ctx.lang))  # type: ignore[attr-defined]
            return False
        self.error.clear_text()
        return True


class UnitPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your unit"))
        self.setSubTitle(self.tr("The unit's full name is printed on every form."))
        self.unit = named(QLineEdit(), "unit")
        self.unit.setPlaceholderText(self.tr("e.g. XX City Bureau of Statistics"))
        form = QFormLayout(self)
        form.addRow(self.tr("Unit name:"), self.unit)
        self.registerField("unit*", self.unit)


class AccountPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The security officer's account"))
        self.setSubTitle(self.tr("The first account manages people, accounts and policy. "
                                 "The ledger is created when you press Next."))
        self.person = named(QLineEdit(), "personName")
        self.username = named(QLineEdit(), "username")
        self.password = password_edit(self, "password")
        self.confirm = password_edit(self, "confirm")
        form = QFormLayout()
        form.addRow(self.tr("Full name:"), self.person)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Repeat password:"), self.confirm)
        rules = QLabel(self.tr("At least 8 characters, with letters and digits."))
        self.error = ErrorLabel(self)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(rules)
        lay.addWidget(self.error)
        self.registerField("person*", self.person)
        self.registerField("username*", self.username)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create ledger"))

    def initializePage(self) -> None:
        if not self.username.text():
            self.username.setText("admin")  # the default goes in only now: see LocationPage

    def validatePage(self) -> bool:
        wiz: FirstRunWizard = self.wizard()  # type: ignore[assignment]
        try:
            users.validate_username(self.username.text().strip())
            users.check_password_rules(self.password.text(), self.confirm.text())
        except DomainError as exc:
            self.error.show_text(wiz.ctx.error_text(exc))
            return False
        self.error.clear_text()
        return wiz.create_now(self.password.text())


class RecoveryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Emergency recovery code"))
        self.setSubTitle(self.tr("If every password is lost, only this code opens the ledger. "
                                 "It is shown once: print it and keep it in the safe."))
        self.code = named(QLabel(), "recoveryCode")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(18)
        mono.setWeight(QFont.Weight.Bold)
        self.code.setFont(mono)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.save_button = named(QPushButton(self.tr("Save the recovery sheet (PDF)…")), "saveSheet")
        self.save_button.clicked.connect(self._save_clicked)
        self.saved = named(QLabel(), "savedPath")
        self.saved.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.stored = named(QCheckBox(self.tr("I have printed the recovery code and stored it in the "
                                        "safe")), "stored")
        lay = QVBoxLayout(self)
        for w in (self.code, self.save_button, self.saved, self.error):
            lay.addWidget(w)
        lay.addStretch(1)
        lay.addWidget(self.stored)
        self.registerField("stored*", self.stored)

    def initializePage(self) -> None:
        wiz: FirstRunWizard = self.wizard()  # type: ignore[assignment]
        self.code.setText(wiz.recovery_code)

    def _save_clicked(self) -> None:
        wiz: FirstRunWizard = self.wizard()  # type: ignore[assignment]
        path = wiz.ask_sheet_path()
        if path is not None:
            wiz.save_sheet(path)


class FirstRunWizard(QWizard):
    """On success (accepted) ``self.ledger`` is the new ledger, logged in as the officer."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ledger: Ledger | None = None
        self.recovery_code = ""
        self.created_at: datetime | None = None
        self.sheet_path: Path | None = None
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Create a ledger"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.location, self.unit = LocationPage(self), UnitPage(self)
        self.account, self.recovery = AccountPage(self), RecoveryPage(self)
        for page in (self.location, self.unit, self.account, self.recovery):
            self.addPage(page)
        self.setMinimumSize(640, 460)

    def create_now(self, password: str) -> bool:
        folder = Path(self.field("folder").strip())
        try:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.created_at = self.ctx.clock()
                self.ledger, self.recovery_code = self._create(folder)(
                    folder, unit_name=self.field("unit").strip(),
                    admin_username=self.field("username").strip(), admin_password=password,
                    admin_name=self.field("person").strip(), clock=self.ctx.clock,
                    kdf=self.ctx.kdf)
            finally:
                QGuiApplication.restoreOverrideCursor()
        except DomainError as exc:
            self.account.error.show_text(self.ctx.error_text(exc))
            return False
        self.ctx.settings.setValue(KEY_FOLDER, str(folder))
        self.ctx.settings.setValue(KEY_USER, self.field("username").strip())
        return True

    def _create(self, folder: Path) -> Callable[..., tuple[Ledger, str]]:
        """``create_ledger``, or a server ledger's creation when a server is given."""
        url = self.location.server.text().strip()
        if not url:
            return create_ledger
        admin = admin_url(url, self.location.dba_password.text())
        self.location.dba_password.clear()  # used once, not kept
        return partial(create_server_ledger, admin=admin)

    def ask_sheet_path(self) -> Path | None:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery sheet"),
                                              str(Path(docs or Path.home()) / SHEET_NAME),
                                              self.tr("PDF files (*.pdf)"))
        return Path(name) if name else None

    def save_sheet(self, path: Path) -> bool:
        """Write the one-page 应急恢复密钥 sheet to *path*."""
        page = self.recovery
        try:
            from secledger.reports.ledger.recovery_sheet import render_recovery_sheet
        except ImportError:
            page.error.show_text(self.tr("The PDF sheet is not available in this build; copy "
                                         "the code by hand onto paper."))
            return False
        assert self.ledger is not None and self.created_at is not None
        try:
            self.sheet_path = render_recovery_sheet(
                path, unit_name=self.ledger.unit_name, ledger_id=self.ledger.ledger_id,
                ledger_path=self.ledger.path, created_at=self.created_at,
                code=self.recovery_code, printed_by=self.ledger.user.person_name)
        except (DomainError, OSError) as exc:
            page.error.show_text(self.ctx.error_text(exc))
            return False
        page.error.clear_text()
        page.saved.setText(self.tr("Saved to {path}. Print it, then delete the file: it must "
                                   "not stay on the computer.").format(path=self.sheet_path))
        return True

    def reject(self) -> None:
        """Before the ledger exists, Cancel leaves; afterwards the code must be confirmed."""
        if self.ledger is None:
            super().reject()

    def close_unfinished(self) -> None:
        """Abandon the wizard even after creation (the ledger stays; it is closed)."""
        if self.ledger is not None:
            self.ledger.close()
            self.ledger = None
        super().reject()
