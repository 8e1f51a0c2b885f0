"""Locked means locked in the window: behind the lock screen no pane, model, page cache or
detail panel keeps ledger data, no copy of the master key is reachable from the window or
the context, and unlocking brings the rows back."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit

from secledger.ui.main_window import MainWindow

TITLE = "关于锁定后不留痕迹的通知"


def _texts(win: MainWindow) -> list[str]:
    out = [w.text() for w in win.findChildren(QLabel)]
    out += [w.text() for w in win.findChildren(QLineEdit)]
    out += [w.toPlainText() for w in win.findChildren(QPlainTextEdit)]
    for combo in win.findChildren(QComboBox):
        out += [combo.itemText(i) for i in range(combo.count())]
    return out


def _rows_in_models(win: MainWindow) -> dict[str, int]:
    """Rows of every model in the window but the navigation list (the pane titles)."""
    nav = win.nav.model()
    return {f"{type(m).__name__} {m.objectName()} of {type(m.parent()).__name__}": m.rowCount()
            for m in win.findChildren(QAbstractItemModel) if m is not nav and m.rowCount()}


def _open_window(qtbot: Any, shell_ctx: Any, make_ledger: Any, register_doc: Any) -> Any:
    from secledger.services.ledger.session import open_ledger
    from secledger.store.keyslots import TEST_KDF

    path, admin = make_ledger()
    admin.close()
    clerk = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    register_doc(clerk, title=TITLE, copies=3)
    ctx = shell_ctx(clerk)
    ctx.idle_timeout_ms = 600_000
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return ctx, win


def test_lock_empties_every_pane_and_unlock_reloads(qtbot, shell_ctx, make_ledger, register_doc, key_scan) -> None:  # type: ignore[no-untyped-def]
    ctx, win = _open_window(qtbot, shell_ctx, make_ledger, register_doc)
    audit = win.show_pane("audit")
    browser = win.show_pane("browser")
    assert browser is not None and audit is not None
    qtbot.waitUntil(lambda: browser.model.rowCount() == 3 and browser.model.count_known)
    # pages are read off the GUI thread: wait until the rows are there
    qtbot.waitUntil(lambda: browser.model.held_row(0) is not None and audit.model.rowCount() > 0)
    browser.table.selectRow(0)
    detail = browser.detail
    assert detail.detail is not None and detail.heading.text() == TITLE
    assert detail.events.rowCount() > 0 and audit.model.rowCount() > 0
    assert any(TITLE in t for t in _texts(win))
    key = ctx.ledger.master_key
    models = [browser.model, audit.model, detail.copies, detail.events]
    roots: list[object] = [ctx, ctx.ledger, win, browser, audit, *models]
    assert key_scan(roots, key), "the scan must see the key while unlocked"

    win.lock_action.trigger()  # Ctrl+L
    assert win.locked and ctx.ledger.locked
    for model in models:  # the Python side of every model forgot its rows
        assert model.rowCount() == 0
    assert browser.model._pages == {} and audit.model._pages == {}
    assert browser.model._counts == {} and browser.model._positions == {}
    # no background count or page read holds a connection
    assert not browser.model._counter.busy and not browser.model._pager.busy
    assert detail.detail is None and all(not f.text() for f in detail.fields.values())
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    assert win.pane_widgets == {} and win.stack.count() == 0
    assert _rows_in_models(win) == {}
    assert not any(TITLE in t for t in _texts(win))
    assert win.pane("browser") is None  # nothing is built behind the lock screen
    assert key_scan([ctx, ctx.ledger, win, *models, *threading.enumerate()], key) == []

    win.lockscreen.password.setText("Clerk1234")
    assert win.lockscreen.try_unlock()
    assert win.current_key == "browser"
    again = win.current_pane()
    assert again is not None and again is not browser
    qtbot.waitUntil(lambda: again.model.rowCount() == 3)
    assert again.model.index(0, 2).data() == TITLE


def test_idle_lock_clears_the_panes_too(qtbot, shell_ctx, make_ledger, register_doc) -> None:  # type: ignore[no-untyped-def]
    ctx, win = _open_window(qtbot, shell_ctx, make_ledger, register_doc)
    browser = win.show_pane("browser")
    assert browser is not None
    qtbot.waitUntil(lambda: browser.model.rowCount() == 3)
    win.idle.set_timeout_ms(20)
    qtbot.waitUntil(lambda: win.locked, timeout=5000)
    assert ctx.ledger.locked and browser.model.rowCount() == 0 and win.pane_widgets == {}
