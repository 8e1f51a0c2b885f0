"""备份与恢复 pane, for the security officer: the backups with their time, size, chain head,
verification and the note for backups made before a key change; back up now, verify the
selected backup, restore it into a new folder (never over the live ledger). Backing up,
verifying and restoring run off the GUI thread. A reminder shows when no backup was made
for the number of days of the policy (``backup_reminder_days``, default 7), here and, after
login, in the status bar with this pane opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area, Changes
from secledger.domain.enums import Role
from secledger.services.ledger import backup, timing
from secledger.services.ledger import restore as backup_restore
from secledger.services.ledger.backup import BackupReminder
from secledger.ui.context import AppContext
from secledger.ui.panes.custody.common import selected_rows, table
from secledger.ui.panes.ledger.backup_parts import BackupsModel, ask_secret, make_row
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.widgets.forms import ErrorLabel, named

OK_STYLE = "color: #1b7a1b;"
WARN_STYLE = "color: #8a4b00; background: #fff4e0; padding: 6px; font-weight: bold;"


class BackupsPane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("backupsPane")
        self.reminder = named(QLabel(""), "backupReminder")
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet(WARN_STYLE)
        self.reminder.hide()
        self.model = BackupsModel(parent=self)
        self.view = table(self.model, "backupsTable")
        self.view.horizontalHeader().setStretchLastSection(True)  # the note gets the room
        self.status = named(QLabel(""), "backupStatus")
        self.status.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.days = named(QSpinBox(), "reminderDays")
        self.days.setRange(0, 365)
        self.buttons: dict[str, QPushButton] = {}
        self._loading = self._again = self.loaded_once = False
        self.hint = named(QLabel(self.tr(
            "“Back up now” writes a pair of files into {folder}: ledger-<time>-backup.db and "
            "keyslots-<time>-backup.json. Keep both together on approved media; a backup opens "
            "with the passwords (or recovery code) valid when it was made.").format(
            folder=ctx.ledger.path / "backups")), "backupHint")
        self.hint.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.reminder)
        lay.addWidget(self.hint)
        lay.addLayout(self._button_row())
        lay.addWidget(self.view, 1)
        lay.addWidget(self.status)
        lay.addWidget(self.error)
        lay.addLayout(self._policy_row())
        ctx.changed.connect(self._changed)

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for key, text, slot in (
            ("backupNow", self.tr("Back up now"), lambda: self.backup_now()),
            ("backupTo", self.tr("Back up to folder…"), self.backup_to),
            ("verifySelected", self.tr("Verify selected…"), lambda: self.verify_selected()),
            ("restoreSelected", self.tr("Restore selected into a new folder…"),
             lambda: self.restore_selected()),
        ):
            button = named(QPushButton(text), key)
            button.clicked.connect(lambda _=False, f=slot: f())
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _policy_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Remind me when no backup was made for")))
        row.addWidget(self.days)
        row.addWidget(QLabel(self.tr("days (0: never)")))
        save = named(QPushButton(self.tr("Save")), "saveReminderDays")
        save.clicked.connect(lambda: self.set_reminder_days(self.days.value()))
        row.addWidget(save)
        row.addStretch(1)
        return row

    # -- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """The reminder at once; the list (it reads the event log) off the GUI thread."""
        led = self.ctx.ledger
        if led.locked or Role.SECURITY_OFFICER not in led.user.roles:
            return
        self.days.setValue(backup.reminder_days(led))
        self.show_reminder(backup.backup_reminder(led))
        if self._loading:
            self._again = True
            return
        self._loading, self._again = True, False
        tz = timing.local_tz(led)
        op = self.ctx.write_long(lambda _p: [make_row(b, tz) for b in backup.list_backups(led)],
                                 title=self.tr("Reading the list of backups…"), parent=self,
                                 on_done=self._loaded)
        op.finished.connect(self._load_ended)

    def _loaded(self, rows: Any) -> None:
        keep = {r.info.database for r in selected_rows(self.view)}
        self.model.set_rows(rows)
        for i, row in enumerate(rows):
            if row.info.database in keep:
                self.view.selectRow(i)
        self.loaded_once = True

    def _load_ended(self) -> None:
        self._loading = False
        if self._again:
            self.refresh()

    def show_reminder(self, due: BackupReminder | None) -> None:
        self.reminder.setText(reminder_text(due) if due else "")
        self.reminder.setVisible(due is not None)

    def _changed(self, changes: object) -> None:
        if (isinstance(changes, Changes) and self.isVisible()
                and changes.touches(Area.BACKUPS, Area.POLICY)):
            self.refresh()

    def _run(self, title: str, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Back up, verify or restore off the GUI thread; a refusal shows in the pane, the
        event it commits refreshes the list (once)."""
        self.error.clear_text()
        self.status.setText("")
        self.ctx.write_long(lambda _p: fn(), title=title, parent=self, on_done=done,
                            error=self.error)

    # -- actions ------------------------------------------------------------------------
    def backup_now(self, folder: Path | None = None) -> None:
        led = self.ctx.ledger
        self._run(self.tr("Backing up…"), lambda: backup.backup_ledger(led, to=folder),
                  self._backed_up)

    def backup_to(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up into folder"))
        if folder:
            self.backup_now(Path(folder))

    def _backed_up(self, result: backup.BackupResult) -> None:
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(self.tr("Backed up and checked: {db} and {slots} (events up to #{head}). "
                                    "Keep both files together.").format(
            db=result.database.name, slots=result.keyslots.name, head=result.head_id))

    def selected(self) -> Any:
        rows = selected_rows(self.view)
        return rows[0].info if rows else None

    def _secret(self, title: str, secret: tuple[str, str] | None) -> tuple[str, str] | None:
        if secret is not None:
            return secret
        return ask_secret(self.ctx.ledger.user.username, title, self)

    def verify_selected(self, secret: tuple[str, str] | None = None) -> None:
        info, led = self.selected(), self.ctx.ledger
        got = self._secret(self.tr("Verify backup"), secret) if info is not None else None
        if info is None or got is None:
            return
        password, code = got
        self._run(self.tr("Verifying the backup…"), lambda: backup_restore.verify_backup(
            led, database=info.database, keyslots=info.keyslots, password=password,
            recovery_code=code), self._verified)

    def _verified(self, check: backup_restore.BackupCheck) -> None:
        if check.ok:
            self.status.setStyleSheet(OK_STYLE)
            self.status.setText(self.tr("The backup is sound: {events} events, {carriers} carriers, "
                                        "chain head #{head}.").format(
                events=check.events, carriers=check.carriers, head=check.head_id))
        else:
            self.status.setText("")
            self.error.show_text(self.tr("The backup is NOT sound: {problem}").format(
                problem=check.problem))

    def restore_selected(self, target: Path | None = None,
                         secret: tuple[str, str] | None = None) -> None:
        info, led = self.selected(), self.ctx.ledger
        if info is None:
            return
        if target is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Restore into a new, empty folder"))
            target = Path(chosen) if chosen else None
        got = self._secret(self.tr("Restore backup"), secret) if target is not None else None
        if target is None or got is None:
            return
        password, code = got
        self._run(self.tr("Restoring and verifying…"), lambda: backup_restore.restore_backup(
            led, database=info.database, keyslots=info.keyslots, target=target,
            password=password, recovery_code=code), self._restored)

    def _restored(self, check: backup_restore.BackupCheck) -> None:
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(self.tr("Restored and verified into {folder} (events up to #{head}). "
                                    "The live ledger was not changed; open the restored folder "
                                    "from the login dialog.").format(
            folder=check.database.parent, head=check.head_id))

    def set_reminder_days(self, days: int) -> None:
        self.ctx.write(lambda: timing.set_workflow_policy(self.ctx.ledger, backup.REMINDER_KEY,
                                                          str(days)),
                       parent=self, error=self.error)


def reminder_text(due: BackupReminder) -> str:
    if due.last is None:
        return QCoreApplication.translate("BackupsPane", "No backup has been made yet ({days} days since the ledger was "
                         "created). Back up now: keep the copy on an approved medium in the "
                         "safe.").format(days=due.days)
    return QCoreApplication.translate("BackupsPane", "The last backup is {days} days old (reminder after {limit} days). "
                     "Back up now.").format(days=due.days, limit=due.limit)


def remind_after_login(window: Any) -> None:
    """Called by the main window after a login: the security officer sees the reminder in
    the status bar and the backup pane opens (after the window restored its last pane)."""
    try:
        led = window.ctx.ledger
        if Role.SECURITY_OFFICER not in led.user.roles:
            return
        due = backup.backup_reminder(led)
    except Exception:  # never block a login over a reminder
        return
    if due is not None:
        window.statusBar().showMessage(reminder_text(due))
        QTimer.singleShot(0, lambda: window.show_pane("backups"))


register_pane(PaneSpec(
    key="backups",
    title=str(QT_TRANSLATE_NOOP("Panes", "Backup and restore")),
    icon="SP_DriveHDIcon",
    roles=frozenset({Role.SECURITY_OFFICER}),
    order=83,
    factory=lambda ctx: BackupsPane(ctx),
))
