"""The login dialog says what is wrong with a damaged ledger.db and what to restore, keeps the
(right) password, shows the whole message, and leaves the file as it was."""

from __future__ import annotations

import hashlib

from secledger.ui.session.login import LoginDialog


def test_login_shows_the_damage_and_the_backup_to_restore(qtbot, shell_ctx, make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, led = make_ledger()
    led.close()
    db = path / "ledger.db"
    backup = path / "backups" / "ledger-20261201T080000Z-backup.db"
    backup.write_bytes(db.read_bytes())
    db.write_bytes(b"")
    dlg = LoginDialog(shell_ctx())
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.folder.setText(str(path))
    dlg.username.setText("admin")
    dlg.password.setText("Admin1234")
    assert not dlg.try_login()
    text = dlg.error.text()
    assert "是空文件（0 字节）" in text and backup.name in text and "报告保密员" in text
    assert dlg.password.text() == "Admin1234"  # not a password problem: nothing to retype
    label = dlg.error
    assert label.height() >= label.heightForWidth(label.width())  # the whole message shows
    assert hashlib.sha256(db.read_bytes()).digest() == hashlib.sha256(b"").digest()
    db.write_bytes(backup.read_bytes())  # restoring the named backup opens the ledger
    assert dlg.try_login()
    assert dlg.ledger is not None
    dlg.ledger.close()
