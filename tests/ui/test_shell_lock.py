"""Locking: idle auto-lock (also over a modal dialog), Ctrl+L, unlock shows the same pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from secledger.services.ledger import policy
from secledger.ui.main_window import MainWindow


def _window(qtbot, ctx, idle_ms: int = 600_000) -> MainWindow:  # type: ignore[no-untyped-def]
    ctx.idle_timeout_ms = idle_ms
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def test_auto_lock_fires_with_a_modal_dialog_open_and_unlock_reloads_the_pane(qtbot, shell_ctx, make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, admin = make_ledger()
    ctx = shell_ctx(admin)
    win = _window(qtbot, ctx)
    pane = win.show_pane("people")
    assert pane is not None
    pane.tabs.setCurrentIndex(1)  # accounts tab, second row selected
    pane.users_view.selectionModel().select(
        pane.users_model.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert pane.selected_user().username == "clerk"
    accounts = pane.users_model.rowCount()

    seen: dict[str, object] = {}

    def open_modal() -> None:
        box = QMessageBox(QMessageBox.Icon.Question, "确认", "继续吗？",
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, win)
        # the idle time runs out only once the dialog is up
        QTimer.singleShot(0, lambda: seen.setdefault("modal", QApplication.activeModalWidget()))
        QTimer.singleShot(0, lambda: win.idle.set_timeout_ms(30))
        seen["result"] = box.exec()
        seen["locked_when_closed"] = win.locked

    QTimer.singleShot(0, open_modal)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert isinstance(seen["modal"], QMessageBox)
    assert seen["locked_when_closed"] is True
    assert QApplication.activeModalWidget() is None
    assert win.locked and ctx.ledger.locked
    assert win.cover.currentWidget() is win.lockscreen
    assert not win.content.isVisible()  # no ledger data on screen
    assert win.lock_label.text() == "已锁定" and win.user_label.text() == ""
    assert win.lockscreen.username.text() == "admin"

    win.lockscreen.password.setText("wrong-1234")
    assert not win.lockscreen.try_unlock()
    assert win.locked and "用户名或密码错误" in win.lockscreen.error.text()

    win.lockscreen.password.setText("Admin1234")
    assert win.lockscreen.try_unlock()
    assert not win.locked and win.content.isVisible()
    # the pane shown before the lock, built again: nothing was kept behind the lock screen
    again = win.current_pane()
    assert win.current_key == "people" and again is not None and again is not pane
    assert pane.users_model.rowCount() == 0
    assert again.users_model.rowCount() == accounts
    assert win.idle.active


def test_ctrl_l_locks_and_switch_user_rebuilds_the_panes(qtbot, shell_ctx, make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, admin = make_ledger()
    ctx = shell_ctx(admin)
    win = _window(qtbot, ctx)
    win.lock_action.trigger()
    assert win.locked and ctx.ledger.locked
    win.lockscreen.switch_user()
    assert not win.lockscreen.username.isReadOnly()
    win.lockscreen.username.setText("clerk")
    win.lockscreen.password.setText("Clerk1234")
    assert win.lockscreen.try_unlock()
    assert ctx.ledger.user.username == "clerk"
    assert "李机要" in win.user_label.text()
    people = win.show_pane("people")
    assert people is not None and not people.buttons["add_user"].isEnabled()  # auditor: read-only


def test_auto_lock_time_comes_from_the_policy(qtbot, shell_ctx, make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, admin = make_ledger()
    assert policy.auto_lock_minutes(admin) == 5
    policy.set_auto_lock_minutes(admin, 7)
    ctx = shell_ctx(admin)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert win.idle.timeout_ms == 7 * 60_000


def test_only_the_security_officer_sets_the_policy(make_ledger) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from secledger.domain.errors import PermissionDenied, ValidationError
    from secledger.services.ledger.session import open_ledger
    from secledger.store.keyslots import TEST_KDF

    path, admin = make_ledger()
    with pytest.raises(ValidationError) as info:
        policy.set_auto_lock_minutes(admin, 0)
    assert info.value.message() == "自动锁定时间应为1至60分钟，不能是0分钟。"
    admin.close()
    clerk = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    try:
        with pytest.raises(PermissionDenied):
            policy.set_auto_lock_minutes(clerk, 10)
        assert policy.auto_lock_minutes(clerk) == 5
    finally:
        clerk.close()
