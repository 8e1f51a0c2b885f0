"""Parts of the 备份与恢复 pane: the backup table model and the dialog asking what opens
a backup (the user's password as it was when the backup was made, or the recovery code)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from secledger.services.ledger.backup import BackupInfo
from secledger.ui.widgets.forms import named, password_edit
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

CTX = "BackupColumns"


def size_text(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB"
    return f"{max(1, round(size / 1024)) if size else 0} KB"


def verified_text(row: BackupInfo, tz: tzinfo) -> str:
    if row.verified_ok is None:
        return QCoreApplication.translate("BackupsPane", "Not yet (checked when made)")
    when = row.verified_at.astimezone(tz).strftime("%Y-%m-%d %H:%M") if row.verified_at else ""
    if row.verified_ok:
        return QCoreApplication.translate("BackupsPane", "Yes, {when}").format(when=when)
    return QCoreApplication.translate("BackupsPane", "FAILED, {when}").format(when=when)


def note_text(row: BackupInfo, tz: tzinfo) -> str:
    notes = []
    if not row.database.exists():
        notes.append(QCoreApplication.translate("BackupsPane", "Database file missing"))
    elif not row.complete:
        notes.append(QCoreApplication.translate("BackupsPane",
                                                "Key-slot file missing: cannot be opened"))
    if row.before_rekey:
        when = row.rekeyed_at.astimezone(tz).strftime("%Y-%m-%d") if row.rekeyed_at else ""
        notes.append(QCoreApplication.translate(
            "BackupsPane", "Made before the key change of {date}: opens only with the "
            "passwords or recovery code valid then").format(date=when))
    return "; ".join(notes)


@dataclass(frozen=True)
class Row:
    """One backup with its texts in local time."""

    info: BackupInfo
    made: str
    verified: str
    note: str


def make_row(info: BackupInfo, tz: tzinfo) -> Row:
    made = info.made_at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S") if info.made_at else "?"
    return Row(info, made, verified_text(info, tz), note_text(info, tz))


def _c(header: object, text: Callable[[Row], str], tip: Callable[[Row], str] | None = None) -> Column[Row]:
    return Column[Row](header, text, tip)


class BackupsModel(DtoTableModel[Row]):
    CONTEXT = CTX
    COLUMNS = (
        _c(QT_TRANSLATE_NOOP("BackupColumns", "Made at"), lambda r: r.made),
        _c(QT_TRANSLATE_NOOP("BackupColumns", "Size"), lambda r: size_text(r.info.size)),
        _c(QT_TRANSLATE_NOOP("BackupColumns", "Chain head"), lambda r: r.info.head,
           lambda r: f"#{r.info.head_id} {r.info.head_hash}" if r.info.head_id is not None else ""),
        _c(QT_TRANSLATE_NOOP("BackupColumns", "Verified"), lambda r: r.verified),
        _c(QT_TRANSLATE_NOOP("BackupColumns", "File"), lambda r: r.info.database.name,
           lambda r: f"{r.info.database}\n{r.info.keyslots}"),
        _c(QT_TRANSLATE_NOOP("BackupColumns", "Note"), lambda r: r.note),
    )


class SecretDialog(QDialog):
    """Asks for the password (as it was when the backup was made) or the recovery code."""

    def __init__(self, username: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupSecretDialog")
        self.setWindowTitle(title)
        self.use_password = named(QRadioButton(self.tr("Password of {user} (as it was when the "
                                                       "backup was made)").format(user=username)),
                                  "usePassword")
        self.use_code = named(QRadioButton(self.tr("Recovery code")), "useRecoveryCode")
        self.use_password.setChecked(True)
        self.secret = password_edit(self, "backupSecret")
        form = QFormLayout()
        form.addRow(self.use_password)
        form.addRow(self.use_code)
        form.addRow(self.tr("Password or code:"), self.secret)
        hint = QLabel(self.tr("The backup is opened with its own key slots; the live ledger is "
                              "not changed."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addWidget(buttons)
        self.setMinimumWidth(460)

    def values(self) -> tuple[str, str]:
        """(password, recovery code): one of them is empty."""
        text = self.secret.text()
        return ("", text) if self.use_code.isChecked() else (text, "")


def ask_secret(username: str, title: str, parent: QWidget | None) -> tuple[str, str] | None:
    dlg = SecretDialog(username, title, parent)
    if dlg.exec() != QDialog.DialogCode.Accepted or not dlg.secret.text():
        return None
    return dlg.values()
