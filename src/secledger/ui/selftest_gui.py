"""The Qt part of ``secledger --self-test`` (see ``secledger.selftest``), always offscreen.

Checks what a frozen bundle most often gets wrong: the platform plugin, SecLedger's and
Qt's own Chinese translations, the bundled CJK font, the login dialog, and the main window
with every pane it lists (pane modules are imported by name, so a missing hidden import
shows up here). Settings go to an INI file in the self-test's folder, never the user's.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

#: Any QWidget-based check here works without a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
#: A string of Qt's own catalogue (qtbase_zh_CN.qm). Passed to translate() through names,
#: not literals, so lupdate does not copy it into SecLedger's catalogue (which would hide a
#: missing qtbase_zh_CN.qm).
QT_CONTEXT, QT_SOURCE, QT_EXPECTED = "QPlatformTheme", "Cancel", "取消"


class GuiCheckError(Exception):
    pass


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise GuiCheckError(message)


def _quiet_offscreen_warnings() -> None:
    """The offscreen plugin warns about window size hints it cannot honour: drop those."""
    import sys

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: Any, message: str) -> None:
        if "propagateSizeHints" not in message and sys.stderr is not None:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def run_gui_check(folder: Path, led: Any, password: str) -> str:
    """Log in to the (closed) ledger at ``led.path`` through the login dialog and open the
    main window. *led* is closed first: the login dialog opens the ledger itself."""
    from PySide6.QtCore import QCoreApplication

    _quiet_offscreen_warnings()
    from secledger.ui.app import install_translators, setup
    from secledger.ui.context import ini_settings

    path, username, kdf = led.path, led.user.username, led.kdf
    led.close()
    app, ctx = setup(lang="zh_CN", argv=[], settings=ini_settings(folder / "settings.ini"))
    ctx.kdf = kdf
    loaded = install_translators(app, "zh_CN")
    _check({"secledger_zh_CN.qm", "qtbase_zh_CN.qm"} <= set(loaded),
           f"translations not loaded (got {loaded})")
    cancel = QCoreApplication.translate(QT_CONTEXT, QT_SOURCE)
    _check(cancel == QT_EXPECTED, f"Qt's own Chinese is missing: Cancel reads {cancel!r}")
    family = app.font().families()[-1] if app.font().families() else ""
    _check("AR PL" in family, f"bundled CJK font not registered (UI font {family!r})")
    panes = _login_and_browse(app, ctx, path, username, password)
    return f"{app.platformName()}, {', '.join(loaded)}, {family}, {panes} panes"


def _login_and_browse(app: Any, ctx: Any, path: Path, username: str, password: str) -> int:
    from secledger.ui.main_window import MainWindow
    from secledger.ui.session.login import LoginDialog

    login = LoginDialog(ctx)
    try:
        login.folder.setText(str(path))
        login.username.setText(username)
        login.password.setText(password)
        login.show()
        app.processEvents()
        _check(login.try_login() and login.ledger is not None,
               f"login dialog refused: {login.error.text()}")
        ctx.ledger = login.ledger
    finally:
        login.close()
        login.deleteLater()
    window = MainWindow(ctx)
    try:
        window.show()
        keys = [spec.key for spec in window.specs]
        _check(bool(keys), "the main window shows no pane")
        for key in keys:
            _check(window.show_pane(key) is not None, f"pane {key!r} did not open")
            app.processEvents()
        _check(not window.grab().isNull(), "the main window did not render")
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        ctx.close_ledger()
    return len(keys)
