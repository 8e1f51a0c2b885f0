"""Application setup: language, Qt's own translations, bundled font, run(), off-thread ops."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from secledger.domain.errors import ValidationError
from secledger.ui import app as uiapp
from secledger.ui.context import ini_settings
from secledger.ui.main_window import MainWindow
from secledger.ui.session.login import LoginDialog
from secledger.ui.session.wizard import FirstRunWizard


def test_language_choice(tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = ini_settings(tmp_path / "s.ini")
    assert uiapp.resolve_lang(None, settings) == "zh_CN"
    assert uiapp.resolve_lang("en", settings) == "en"
    settings.setValue("ui/lang", "en")
    assert uiapp.resolve_lang(None, settings) == "en"
    assert uiapp.resolve_lang("zh-CN", settings) == "zh_CN"


def test_chinese_by_default_with_qt_buttons_and_cjk_font(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    loaded = uiapp.install_translators(qapp, "zh_CN")
    assert loaded == ["secledger_zh_CN.qm", "qtbase_zh_CN.qm"]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "确定"
    family = uiapp.install_cjk_font(qapp)
    assert family.startswith("AR PL UMing")
    assert family in qapp.font().families()
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)


def test_english_on_request(qtbot, shell_ctx, qapp) -> None:  # type: ignore[no-untyped-def]
    try:
        uiapp.install_translators(qapp, "en")
        dlg = LoginDialog(shell_ctx(lang="en"))
        qtbot.addWidget(dlg)
        assert dlg.windowTitle() == "SecLedger — Log in"
        assert dlg.error.text() == ""
    finally:
        uiapp.install_translators(qapp, "zh_CN")


def test_run_opens_a_ledger_directly_in_chinese(qapp, make_ledger, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, led = make_ledger()
    led.close()
    monkeypatch.setattr(uiapp, "default_settings", lambda: ini_settings(tmp_path / "run.ini"))
    seen: list[MainWindow] = []

    def fake_exec(app) -> int:  # type: ignore[no-untyped-def]
        seen.extend(w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        return 0

    monkeypatch.setattr(uiapp, "_exec", fake_exec)
    assert uiapp.run(ledger_path=path, username="admin", password="Admin1234") == 0
    win = seen[0]
    assert win.windowTitle() == "涉密载体台账"
    assert win.ctx.lang == "zh_CN" and not win.ctx.has_ledger  # closed on exit
    assert not win.isVisible()


def test_run_without_a_remembered_ledger_starts_the_wizard(qapp, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(uiapp, "default_settings", lambda: ini_settings(tmp_path / "run.ini"))
    seen: list[object] = []

    def cancel() -> None:
        wiz = QApplication.activeModalWidget()
        seen.append(wiz)
        wiz.reject()

    QTimer.singleShot(0, cancel)
    assert uiapp.run() == 0
    assert isinstance(seen[0], FirstRunWizard)


def test_run_with_a_remembered_ledger_asks_to_log_in(qapp, make_ledger, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, led = make_ledger()
    led.close()
    settings = ini_settings(tmp_path / "run.ini")
    settings.setValue("login/ledger_folder", str(path))
    monkeypatch.setattr(uiapp, "default_settings", lambda: settings)
    seen: list[object] = []

    def cancel() -> None:
        dlg = QApplication.activeModalWidget()
        seen.append(dlg)
        dlg.reject()

    QTimer.singleShot(0, cancel)
    assert uiapp.run() == 0
    assert isinstance(seen[0], LoginDialog)


def test_run_op_returns_on_the_gui_thread(qtbot, shell_ctx) -> None:  # type: ignore[no-untyped-def]
    ctx = shell_ctx()
    results: list[object] = []
    op = ctx.run_op(lambda progress: (progress(1, 1), threading.current_thread().name)[1],
                    title="测试", parent=None, on_done=results.append)
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert results and results[0] != threading.current_thread().name
    assert not ctx.busy


def test_run_op_errors_go_to_show_error(qtbot, shell_ctx) -> None:  # type: ignore[no-untyped-def]
    ctx = shell_ctx()
    errors: list[BaseException] = []
    ctx.show_error = lambda exc, parent=None: errors.append(exc)  # type: ignore[method-assign]

    def fail(progress):  # type: ignore[no-untyped-def]
        raise ValidationError("auth.weak_password", min_length=8)

    op = ctx.run_op(fail, title="测试", parent=None, on_done=lambda r: pytest.fail("no result"))
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert ctx.error_text(errors[0]) == "密码至少8位，且须包含字母和数字。"


def test_run_op_can_be_cancelled(qtbot, shell_ctx) -> None:  # type: ignore[no-untyped-def]
    ctx = shell_ctx()
    started = threading.Event()
    results: list[object] = []

    def work(progress):  # type: ignore[no-untyped-def]
        done = 0
        started.set()
        while progress(done, 10**9):
            done += 1
        return done

    op = ctx.run_op(work, title="测试", parent=None, on_done=results.append, cancellable=True)
    qtbot.waitUntil(started.is_set)
    assert ctx.busy
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.cancel()
    assert results and isinstance(results[0], int)
