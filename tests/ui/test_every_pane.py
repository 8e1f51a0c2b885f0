"""Every pane of the registry, as a user meets it: its own icon, a help page on F1 in both
languages, the window maximised on the first run and as left on later runs, no table column
cut at the right edge (demo ledger)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QTextBrowser

from secledger.demo.build import build_demo
from secledger.services.ledger.session import Ledger, open_ledger
from secledger.store.keyslots import TEST_KDF
from secledger.store.paths import resource
from secledger.ui import registry
from secledger.ui.help import HelpDialog, help_page
from secledger.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("panes") / "demo"
    build_demo(path, documents=80, kdf=TEST_KDF)
    return path


@pytest.fixture
def led(demo_path: Path) -> Iterator[Ledger]:
    ledger = open_ledger(demo_path, username="demo", password="demo12345", kdf=TEST_KDF)
    yield ledger
    ledger.close()


def _window(qtbot: Any, ctx: Any) -> MainWindow:
    ctx.idle_timeout_ms = 600_000
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.mark.parametrize("spec", registry.load_panes(), ids=lambda s: s.key)
def test_every_pane_has_a_help_page_in_both_languages(spec: registry.PaneSpec) -> None:
    for lang in ("zh_CN", "en"):
        page = help_page(spec.key, lang)
        assert page.is_file(), f"no help page {page}: add resources/help/<zh|en>/{spec.key}.html"
        text = page.read_text(encoding="utf-8")
        assert "<h2>" in text and "<li>" in text  # what it is for, and its rules


def test_every_pane_has_its_own_icon() -> None:
    seen: dict[bytes, str] = {}
    for spec in registry.load_panes():
        icon = resource("icons", "panes", f"{spec.key}.svg")
        assert icon.is_file(), f"no icon for pane {spec.key}: add {icon.name} to icons/panes"
        data = icon.read_bytes()
        assert data not in seen, f"{spec.key} has the icon of {seen.get(data)}"
        seen[data] = spec.key


def test_first_run_maximised_later_runs_as_left(qtbot, shell_ctx, led) -> None:  # type: ignore[no-untyped-def]
    ctx = shell_ctx(ledger=led)
    win = _window(qtbot, ctx)
    assert win.windowState() & Qt.WindowState.WindowMaximized
    win.showNormal()
    win.resize(700, 560)  # within the offscreen screen (800 × 800)
    qtbot.waitUntil(lambda: not win.windowState() & Qt.WindowState.WindowMaximized)
    QApplication.processEvents()
    left = (win.width(), win.height())
    win.close()
    again = MainWindow(ctx)  # the same settings: the next run
    qtbot.addWidget(again)
    again.show()
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    assert again.height() == left[1]  # (the width is the offscreen screen's, 800 at most)
    again.close()
    ctx._ledger = led


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_f1_opens_the_help_of_the_pane_shown(qtbot, shell_ctx, led, lang) -> None:  # type: ignore[no-untyped-def]
    ctx = shell_ctx(ledger=led, lang=lang)
    win = _window(qtbot, ctx)
    win.show_pane("circulation")
    assert win.help_action.shortcut().toString() == "F1"
    win.help_action.trigger()  # what F1 does (offscreen windows may not be active for keys)
    dlg = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, HelpDialog) and w.isVisible())
    text = dlg.findChild(QTextBrowser).toPlainText()
    if lang == "en":
        assert "Circulation" in text and "No passing between readers" in text
    else:
        assert "传阅" in text and "不得横传" in text
    dlg.close()
    win.close()
    ctx._ledger = led


def test_no_column_runs_past_the_right_edge(qtbot, shell_ctx, led, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = shell_ctx(ledger=led)
    win = _window(qtbot, ctx)
    win.showNormal()
    win.resize(1366, 768)  # an office laptop
    cut: list[str] = []
    for spec in win.specs:
        pane = win.show_pane(spec.key)
        assert pane is not None
        QApplication.processEvents()
        for view in pane.findChildren(QTableView):
            if not view.isVisible() or view.width() < 200:
                continue
            header = view.horizontalHeader()
            shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
            total = sum(header.sectionSize(c) for c in shown)
            floors = sum(header.sectionSizeFromContents(c).width() for c in shown)
            if total > view.viewport().width() + 1 and floors < view.viewport().width():
                cut.append(f"{spec.key}/{view.objectName()}: {total} > {view.viewport().width()}")
    win.grab().save(str(tmp_path / "main_1366.png"))
    assert not cut, cut
    win.close()
    ctx._ledger = led
