"""Dialogs of the master-key change (更换主密钥): confirm with the officer's password, then
show the new recovery code once and save the recovery sheet."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.errors import DomainError
from secledger.services.ledger.rekey import RekeyResult
from secledger.services.ledger.session import Ledger
from secledger.ui.context import AppContext
from secledger.ui.widgets.forms import ErrorLabel, FormDialog, named, password_edit


class RekeyDialog(FormDialog):
    """What a rekey does, and the officer's password to confirm it (the work runs later)."""

    def __init__(self, ctx: AppContext, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Change the master key"), parent,
                         ok=QDialogButtonBox.StandardButton.Ok, min_width=480)
        self.setObjectName("rekeyDialog")
        text = self.tr(
            "The ledger is re-encrypted under a new master key and a new recovery code replaces "
            "the old one. Disabled accounts and old passwords can no longer open it, even by "
            "someone who copied the old key. Every active account keeps its password; an "
            "account that has not logged in since key pairs were introduced gets a one-time "
            "password. Afterwards print the new recovery sheet and destroy the old one.")
        intro = named(QLabel(f"{reason}\n\n{text}" if reason else text), "rekeyIntro")
        intro.setWordWrap(True)
        self.lay.insertWidget(0, intro)
        self.password = password_edit(self, "password")
        self.form.addRow(self.tr("Your password:"), self.password)

    def save(self) -> str:
        from secledger.services.ledger.rekey import confirm_officer

        confirm_officer(self.ctx.ledger, password=self.password.text())
        return self.password.text()


class NewRecoveryCodeDialog(QDialog):
    """The new recovery code, shown once, and the recovery sheet to save and print."""

    def __init__(self, ctx: AppContext, ledger: Ledger, result: RekeyResult,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.ledger, self.rekey_result = ctx, ledger, result
        self.created_at = ctx.clock()
        self.sheet_path: Path | None = None
        self.setObjectName("newRecoveryCodeDialog")
        self.setWindowTitle(self.tr("New emergency recovery code"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        head = QLabel(self.tr("The master key was changed. This is the new recovery code; it is "
                              "shown only now. The old code and sheet no longer open the ledger."))
        head.setWordWrap(True)
        lay.addWidget(head)
        lay.addWidget(self._code_label(result.recovery_code))
        if result.temporary_passwords:
            lay.addWidget(self._temporary_label(result.temporary_passwords))
        self.save_button = named(QPushButton(self.tr("Save the new recovery sheet (PDF)…")),
                                 "saveSheet")
        self.save_button.clicked.connect(self._save_clicked)
        self.saved = named(QLabel(), "savedPath")
        self.saved.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.stored = named(QCheckBox(self.tr("I have printed the new recovery code and stored it "
                                              "in the safe")), "stored")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.accept)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.stored.toggled.connect(self.close_button.setEnabled)
        for w in (self.save_button, self.saved, self.error, self.stored, self.buttons):
            lay.addWidget(w)
        # The old code no longer works and this one is shown only now: the ledger does not
        # lock (idle or Ctrl+L) until it is confirmed as stored.
        ctx.hold_lock(self)
        self.finished.connect(lambda _r: ctx.release_lock(self))

    def _code_label(self, code: str) -> QLabel:
        groups = code.split("-")  # as on the printed sheet: groups of four, four per line
        lines = [" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4)]
        label = named(QLabel("\n".join(lines)), "recoveryCode")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(18)
        mono.setWeight(QFont.Weight.Bold)
        label.setFont(mono)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _temporary_label(self, temps: dict[str, str]) -> QLabel:
        lines = "\n".join(f"{name}: {pw}" for name, pw in sorted(temps.items()))
        label = named(QLabel(self.tr("These accounts could not keep their password and must "
                                     "log in with this one-time password, then change it:")
                             + "\n" + lines), "temporaryPasswords")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def reject(self) -> None:
        """Escape does not close it before the code is confirmed as stored."""
        if self.stored.isChecked():
            super().reject()

    def _save_clicked(self) -> None:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the new recovery sheet"),
            str(Path(docs or Path.home()) / f"应急恢复密钥-{stamp}.pdf"),
            self.tr("PDF files (*.pdf)"))
        if name:
            self.save_sheet(Path(name))

    def save_sheet(self, path: Path) -> bool:
        """Write the one-page 应急恢复密钥 sheet with the new code to *path*."""
        from secledger.reports.ledger.recovery_sheet import render_recovery_sheet

        led = self.ledger
        try:
            self.sheet_path = render_recovery_sheet(
                path, unit_name=led.unit_name, ledger_id=led.ledger_id, ledger_path=led.path,
                created_at=self.created_at, code=self.rekey_result.recovery_code,
                printed_by=led.user.person_name)
        except (DomainError, OSError) as exc:
            self.error.show_text(self.ctx.error_text(exc))
            return False
        self.error.clear_text()
        self.saved.setText(self.tr("Saved to {path}. Print it, then delete the file: it must "
                                   "not stay on the computer.").format(path=self.sheet_path))
        return True
