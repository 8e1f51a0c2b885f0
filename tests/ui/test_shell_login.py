"""Login dialog: every failure its own message; success; first-login password change."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from secledger.services.ledger.session import open_ledger
from secledger.services.people import accounts as users
from secledger.store.keyslots import TEST_KDF
from secledger.ui.session.login import ChangePasswordDialog, LoginDialog, RecoveryDialog


def _login(qtbot, ctx, path, username="admin", password="Admin1234") -> LoginDialog:  # type: ignore[no-untyped-def]
    dlg = LoginDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.folder.setText(str(path))
    dlg.username.setText(username)
    dlg.password.setText(password)
    return dlg


def test_wrong_password_fails_clearly_then_the_right_one_opens(qtbot, shell_ctx, make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, led = make_ledger()
    led.close()
    ctx = shell_ctx()
    dlg = _login(qtbot, ctx, path, password="Admin9999")
    assert not dlg.try_login()
    assert dlg.error.isVisible()
    assert dlg.error.text().startswith("用户名或密码错误")
    assert dlg.password.text() == ""
    assert dlg.ledger is None and dlg.isVisible()

    dlg.password.setText("Admin1234")
    with qtbot.waitSignal(dlg.accepted):
        assert dlg.try_login()
    assert dlg.ledger is not None and dlg.ledger.user.username == "admin"
    assert ctx.settings.value("login/ledger_folder") == str(path)
    dlg.ledger.close()

    again = LoginDialog(ctx)  # folder and user name remembered
    qtbot.addWidget(again)
    assert again.folder.text() == str(path) and again.username.text() == "admin"


def test_repeated_failures_start_a_countdown(qtbot, shell_ctx, make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, led = make_ledger()
    led.close()
    dlg = _login(qtbot, shell_ctx(), path, password="nope")
    for _ in range(3):
        dlg.password.setText("nope")
        dlg.try_login()
    assert dlg.waiting_seconds == 5
    assert not dlg.open_button.isEnabled()
    assert "5" in dlg.open_button.text()
    dlg.password.setText("Admin1234")
    dlg.try_login()  # still inside the waiting time: refused with the throttle message
    assert "请等待" in dlg.error.text()


def test_folder_problems_have_their_own_messages(qtbot, shell_ctx, make_ledger, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, led = make_ledger()  # left open: the ledger is in use
    ctx = shell_ctx()
    dlg = _login(qtbot, ctx, path)
    assert not dlg.try_login()
    assert "正被另一个程序使用" in dlg.error.text()
    led.close()

    empty = tmp_path / "empty"
    empty.mkdir()
    dlg.folder.setText(str(empty))
    assert not dlg.try_login()
    assert "不是台账文件夹" in dlg.error.text()

    (path / "ledger.db").write_bytes(b"\0" * 4096)  # damaged database
    dlg.folder.setText(str(path))
    dlg.password.setText("Admin1234")
    assert not dlg.try_login()
    assert "backups" in dlg.error.text() and "损坏" in dlg.error.text()


def _answer_change_password(old: str, new: str) -> list[str]:
    seen: list[str] = []

    def fill() -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, ChangePasswordDialog)
        seen.append(dlg.windowTitle())
        dlg.old.setText(old)
        dlg.new.setText(new)
        dlg.confirm.setText(new)
        assert dlg.save()

    QTimer.singleShot(0, fill)
    return seen


def test_must_change_password_before_the_main_window(qtbot, shell_ctx, make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    clerk = next(u for u in users.list_users(admin) if u.username == "clerk")
    users.reset_password(admin, user_id=clerk.id, new_password="Temp1234")
    admin.close()
    dlg = _login(qtbot, shell_ctx(), path, username="clerk", password="Temp1234")
    seen = _answer_change_password("Temp1234", "Mine5678")
    assert dlg.try_login()
    assert seen == ["修改密码"]
    assert dlg.ledger is not None and not dlg.ledger.user.must_change_password
    dlg.ledger.close()
    open_ledger(path, username="clerk", password="Mine5678", kdf=TEST_KDF).close()


def test_cancelling_the_password_change_does_not_open(qtbot, shell_ctx, make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    clerk = next(u for u in users.list_users(admin) if u.username == "clerk")
    users.reset_password(admin, user_id=clerk.id, new_password="Temp1234")
    admin.close()
    dlg = _login(qtbot, shell_ctx(), path, username="clerk", password="Temp1234")
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert not dlg.try_login()
    assert dlg.ledger is None
    assert "须先修改密码" in dlg.error.text()
    open_ledger(path, username="admin", password="Admin1234", kdf=TEST_KDF).close()  # unlocked


def test_recovery_code_opens_and_sets_a_new_password(qtbot, shell_ctx, make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    code = admin.recovery_code
    admin.close()
    dlg = RecoveryDialog(shell_ctx(), str(path), "admin")
    qtbot.addWidget(dlg)
    dlg.code.setText("WRONG-CODE")
    dlg.new.setText("Fresh1234")
    dlg.confirm.setText("Fresh1234")
    assert not dlg.recover()
    assert "应急恢复密钥不正确" in dlg.error.text()
    dlg.code.setText(code.lower())
    assert dlg.recover()
    assert dlg.ledger is not None and dlg.ledger.user.username == "admin"
    dlg.ledger.close()
    open_ledger(path, username="admin", password="Fresh1234", kdf=TEST_KDF).close()


def test_wrong_recovery_codes_start_a_countdown(qtbot, shell_ctx, make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    code = admin.recovery_code
    admin.close()
    dlg = RecoveryDialog(shell_ctx(), str(path), "admin")
    qtbot.addWidget(dlg)
    dlg.new.setText("Fresh1234")
    dlg.confirm.setText("Fresh1234")
    for _ in range(3):
        dlg.code.setText("WRONG-CODE")
        assert not dlg.recover()
    assert dlg.waiting_seconds == 5
    assert not dlg.ok_button.isEnabled()
    assert "5" in dlg.ok_button.text()
    dlg.code.setText(code)
    assert not dlg.recover()  # the right code waits too
    assert "请等待" in dlg.error.text()
    assert dlg.ledger is None
