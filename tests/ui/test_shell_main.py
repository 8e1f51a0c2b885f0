"""Main window: panes by role, menus, status bar, About, scanner input, window state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget

from secledger.domain.enums import Role
from secledger.services.ledger.session import open_ledger
from secledger.store.keyslots import TEST_KDF
from secledger.ui import registry
from secledger.ui.about import AboutDialog
from secledger.ui.main_window import MainWindow


class _ScanPane(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.scans: list[str] = []
        self.refreshed = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def refresh(self) -> None:
        self.refreshed += 1

    def handle_scan(self, label_id: str) -> bool:
        self.scans.append(label_id)
        return True


@pytest.fixture
def clerk_pane(monkeypatch):  # type: ignore[no-untyped-def]
    """A pane for clerks only, registered for one test."""
    made: list[_ScanPane] = []

    def factory(ctx):  # type: ignore[no-untyped-def]
        made.append(_ScanPane())
        return made[-1]

    spec = registry.PaneSpec("test_clerk", "Clerk pane", "SP_FileIcon",
                             frozenset({Role.CLERK}), 1, factory)
    monkeypatch.setitem(registry._PANES, spec.key, spec)
    return made


def _window(qtbot, ctx) -> MainWindow:  # type: ignore[no-untyped-def]
    ctx.idle_timeout_ms = 600_000
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def test_only_panes_allowed_for_the_roles_are_shown(qtbot, shell_ctx, make_ledger, clerk_pane) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    win = _window(qtbot, shell_ctx(admin))
    keys = [win.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(win.nav.count())]
    assert "people" in keys and "test_clerk" not in keys
    assert win.nav.item(keys.index("people")).text() == "人员与账户"
    assert win.policy_action.isVisible()
    assert "王保密" in win.user_label.text() and "保密员" in win.user_label.text()
    assert "某某市保密局" in win.unit_label.text()
    assert win.lock_label.text() == "未锁定"
    assert win.lock_action.shortcut().toString() == "Ctrl+L"
    menus = [a.text() for a in win.menuBar().actions()]
    assert menus == ["文件(&F)", "视图(&V)", "帮助(&H)"]

    win.close()
    admin.close()
    clerk = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    win = _window(qtbot, shell_ctx(clerk))
    keys = [win.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(win.nav.count())]
    assert keys[0] == "test_clerk"
    assert "people" in keys  # the clerk is also an auditor: read-only
    assert not win.policy_action.isVisible()
    people = win.show_pane("people")
    assert people is not None and not people.buttons["add_person"].isEnabled()


def test_scanner_burst_goes_to_the_current_pane(qtbot, shell_ctx, clerk_ledger, clerk_pane) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, shell_ctx(clerk_ledger))
    ticks = iter(i * 0.01 for i in range(1000))
    win.scanner._clock = lambda: next(ticks)  # 10 ms between keys: a scanner
    pane = clerk_pane[0]
    assert win.current_pane() is pane
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    QTest.keyClicks(pane, "c0123456789a")
    QTest.keyClick(pane, Qt.Key.Key_Return)
    assert pane.scans == ["C0123456789A"]

    slow = iter(i * 0.5 for i in range(1000))  # a person typing: not a scan
    win.scanner._clock = lambda: next(slow)
    QTest.keyClicks(pane, "C0123456789A")
    QTest.keyClick(pane, Qt.Key.Key_Return)
    assert pane.scans == ["C0123456789A"]


def test_scan_without_a_taker_says_so(qtbot, shell_ctx, make_ledger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(registry, "PANE_MODULES", ["secledger.ui.panes.people.people"])
    monkeypatch.setattr(registry, "_PANES", {k: v for k, v in registry._PANES.items()
                                             if k == "people"})
    _path, admin = make_ledger()
    win = _window(qtbot, shell_ctx(admin))
    assert not win.handle_scan("C0123456789A")
    assert "C0123456789A" in win.statusBar().currentMessage()


def test_pane_and_window_state_are_remembered(qtbot, shell_ctx, make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, admin = make_ledger()
    ctx = shell_ctx(admin)
    win = _window(qtbot, ctx)
    win.show_pane("people")
    win.close()
    assert ctx.settings.value("main/pane") == "people"
    assert ctx.settings.value("main/geometry") is not None
    win2 = _window(qtbot, ctx)
    assert win2.current_key == "people"


def test_about_names_version_and_licences(qtbot) -> None:  # type: ignore[no-untyped-def]
    dlg = AboutDialog(None, "某某市保密局")
    qtbot.addWidget(dlg)
    head = dlg.findChild(QLabel, "aboutHeading").text()
    assert "0.1.0" in head and "某某市保密局" in head
    texts = [dlg.findChild(QWidget, "aboutTabs").widget(i).toPlainText() for i in range(3)]
    assert "SQLAlchemy" in texts[0] and "MIT" in texts[0]
    assert "Lesser General Public License" in texts[1] or "LGPL" in texts[1]
    assert "Arphic" in texts[2] or "ARPHIC" in texts[2]


def test_every_pane_is_registered_once_in_a_clear_order() -> None:
    specs = registry.load_panes()
    assert len({s.key for s in specs}) == len(specs)
    assert len({s.order for s in specs}) == len(specs), "two panes share a place in the list"
    assert {"browser", "receipt", "circulation", "destruction", "stocktake", "people"} <= {
        s.key for s in specs}


def test_ctrl_digits_follow_the_navigation(qtbot, shell_ctx, clerk_ledger) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, shell_ctx(clerk_ledger))
    shortcuts = [a.shortcut().toString() for a in win.view_menu.actions() if a.shortcut().toString()]
    assert shortcuts[: min(9, len(win.specs))] == [f"Ctrl+{i}" for i in range(1, min(9, len(win.specs)) + 1)]
    assert len(set(shortcuts)) == len(shortcuts)
    win.view_menu.actions()[2].trigger()
    assert win.current_key == win.specs[2].key
