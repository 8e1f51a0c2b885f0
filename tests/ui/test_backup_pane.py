"""The 备份与恢复 pane: only for the security officer; back up now, the list, verify the
selected backup, restore it into a new folder (off the GUI thread); refusals shown in the
pane; the reminder after N days, in the pane and after login."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from secledger.domain.enums import Role
from secledger.services.audit.verify import verify
from secledger.services.ledger import backup
from secledger.services.ledger.session import open_ledger, utcnow
from secledger.store.keyslots import TEST_KDF
from secledger.ui.main_window import MainWindow
from secledger.ui.panes.ledger.backups import BackupsPane
from secledger.ui.registry import visible_panes


def _pane(qtbot: Any, shell_ctx: Any, led: Any) -> tuple[Any, BackupsPane]:
    ctx = shell_ctx(led)
    pane = BackupsPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1280, 560)
    pane.show()
    pane.refresh()
    return ctx, pane


def _idle(qtbot: Any, ctx: Any, rows: int | None = None, pane: Any = None) -> None:
    qtbot.waitUntil(lambda: not ctx.busy and (rows is None or pane.model.rowCount() == rows),
                    timeout=20000)


def test_only_the_security_officer_sees_the_pane() -> None:
    keys = lambda roles: [p.key for p in visible_panes(frozenset(roles))]  # noqa: E731
    assert "backups" in keys({Role.SECURITY_OFFICER})
    for role in (Role.CLERK, Role.ARCHIVIST, Role.APPROVER, Role.AUDITOR):
        assert "backups" not in keys({role})


def test_back_up_list_verify_and_restore(qtbot, shell_ctx, make_ledger, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _path, led = make_ledger()
    ctx, pane = _pane(qtbot, shell_ctx, led)
    assert pane.model.rowCount() == 0
    pane.buttons["backupNow"].click()
    _idle(qtbot, ctx, 1, pane)
    assert "已校验" in pane.status.text()
    row = pane.model.row_at(0)
    assert row.info.exists and row.info.head_id is not None
    assert pane.model.index(0, 3).data().startswith("尚未")  # not fully verified yet
    pane.view.selectRow(0)
    pane.verify_selected(("Admin1234", ""))
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: pane.model.index(0, 3).data().startswith("是"), timeout=20000)
    assert "完整" in pane.status.text()

    pane.view.selectRow(0)
    pane.verify_selected(("Wrong1234", ""))
    _idle(qtbot, ctx)
    assert pane.error.isVisible() and "备份时有效的密码" in pane.error.text()

    target = tmp_path / "restored"
    pane.view.selectRow(0)
    pane.restore_selected(target, ("", led.recovery_code))
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: str(target) in pane.status.text(), timeout=20000)
    pane.grab().save(str(tmp_path / "backup_pane.png"))
    with open_ledger(target, username="admin", password="Admin1234", kdf=TEST_KDF) as copy:
        assert verify(copy).ok

    pane.view.selectRow(0)
    pane.restore_selected(target, ("Admin1234", ""))  # not a new folder any more
    _idle(qtbot, ctx)
    assert "不是空文件夹" in pane.error.text()


def test_the_reminder_in_the_pane_and_after_login(qtbot, shell_ctx, make_ledger, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _path, led = make_ledger()
    later = utcnow() + timedelta(days=9)
    led.clock = lambda: later
    ctx, pane = _pane(qtbot, shell_ctx, led)
    assert pane.reminder.isVisible() and "还没有备份" in pane.reminder.text()
    assert pane.days.value() == 7
    pane.set_reminder_days(10)
    assert backup.reminder_days(led) == 10 and not pane.reminder.isVisible()
    pane.set_reminder_days(7)
    pane.grab().save(str(tmp_path / "backup_reminder.png"))

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.current_key == "backups")
    assert "还没有备份" in win.statusBar().currentMessage()
    shown = win.current_pane()
    assert shown is not None and shown.reminder.isVisible()  # type: ignore[attr-defined]
    shown.buttons["backupNow"].click()  # type: ignore[attr-defined]
    _idle(qtbot, ctx, 1, shown)
    assert not shown.reminder.isVisible()  # type: ignore[attr-defined]
    assert backup.backup_reminder(led) is None


def test_the_list_notes_a_backup_made_before_the_key_change(qtbot, shell_ctx, make_ledger, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _path, led = make_ledger()
    old = backup.backup_ledger(led)
    with led.db.write() as s:
        led.event(s, "ledger.rekeyed", {"head": "0:0", "users": ["admin"]})
    new = backup.backup_ledger(led)
    old.keyslots.unlink()
    ctx, pane = _pane(qtbot, shell_ctx, led)
    _idle(qtbot, ctx, 2, pane)
    notes = {pane.model.row_at(r).info.database: pane.model.index(r, 5).data() for r in range(2)}
    assert "早于" in notes[old.database] and "当时有效的密码" in notes[old.database]
    assert "缺少密钥槽文件" in notes[old.database]
    assert notes[new.database] == ""
    pane.grab().save(str(tmp_path / "backup_pane_rekey.png"))
