"""The whole UI in one language: every pane of a demo ledger, as the demo clerk and as the
security officer, with a carrier's history open, the ledger verified, the registers, label
and help dialogs — in English no Chinese word of the UI's own (data aside), in Chinese no
English one; and Qt's own dialogs in Chinese too."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel

from secledger.demo.build import build_demo
from secledger.domain.messages import MESSAGES
from secledger.services.ledger.session import open_ledger
from secledger.store.keyslots import TEST_KDF
from secledger.ui import app as uiapp
from secledger.ui.main_window import MainWindow
from secledger.ui.panes.custody.people_registers import KNOWERS, PeopleRegisterDialog
from secledger.ui.panes.registration.label_print import LabelOptions

from .ui_words import CJK, NOTATION, WORD, foreign, ledger_data, visible_words


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("words") / "demo"
    build_demo(path, documents=80, kdf=TEST_KDF)
    return path


@pytest.fixture
def language(qapp: Any, request: pytest.FixtureRequest) -> Iterator[str]:
    lang = str(request.param)
    uiapp.install_translators(qapp, lang)
    yield lang
    uiapp.install_translators(qapp, "zh_CN")


def _window(qtbot: Any, ctx: Any) -> MainWindow:
    ctx.idle_timeout_ms = 600_000
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.showNormal()
    win.resize(1366, 768)
    return win


def _deeper(qtbot: Any, win: MainWindow, key: str) -> list[Any]:
    """Open what a pane shows only after a click: a carrier's history, a verification
    result; returns dialogs opened along the way (to check, then close)."""
    pane = win.pane_widgets[key]
    if key == "browser":
        qtbot.waitUntil(lambda: pane.model.held_row(0) is not None)  # read off the GUI thread
        pane.table.selectRow(0)
        qtbot.waitUntil(lambda: pane.detail.detail is not None)
    elif key == "audit":
        pane.run_verify()
        qtbot.waitUntil(lambda: pane.result is not None and not win.ctx.busy, timeout=20000)
    return []


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
@pytest.mark.parametrize("user", ["demo", "admin"])
def test_every_pane_speaks_one_language(qtbot, shell_ctx, demo_path, language, user) -> None:  # type: ignore[no-untyped-def]
    led = open_ledger(demo_path, username=user, password="demo12345", kdf=TEST_KDF)
    data = ledger_data(led)
    ctx = shell_ctx(ledger=led, lang=language)
    win = _window(qtbot, ctx)
    bad: list[str] = []
    for spec in win.specs:
        win.show_pane(spec.key)
        QApplication.processEvents()
        _deeper(qtbot, win, spec.key)
        bad += [f"{spec.key}: {b}" for b in foreign(visible_words(win), data, language)]
    dialogs: list[Any] = [LabelOptions(3, win), win.show_help()]
    if user == "demo":
        dialogs.append(PeopleRegisterDialog(ctx, KNOWERS, win))
    for dlg in dialogs:
        dlg.show()
        QApplication.processEvents()
        bad += [f"{dlg.objectName()}: {b}" for b in foreign(visible_words(dlg), data, language)]
        dlg.close()
    assert not bad, "\n".join(bad)
    win.close()


def test_qt_dialogs_are_chinese_in_the_chinese_ui(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    uiapp.install_translators(qapp, "zh_CN")
    dlg = QFileDialog(None, "保存", str(Path.home()))
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog)
    dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dlg)
    words = [w.text() for w in dlg.findChildren(QLabel)] + \
        [b.text() for b in dlg.findChildren(QAbstractButton) if b.text()]
    assert words and not any(WORD.search(w.replace("&", "")) for w in words), words


#: messages about an office's own (Chinese) register file: they quote the words the clerk
#: finds or must write in that file (its headings, 收文/发文, 平件/加急, 序列号：…)
QUOTE_THE_FILE = {
    "import.no_header", "import.bad_register", "import.fix.import.bad_urgency",
    "import.fix.import.bad_carrier_type", "import.fix.field.serial_nos",
    "import.fix.doc.serial_required", "export.bad_register",
}


def test_every_english_message_is_english() -> None:
    """The English side of every message: no Chinese but the ledger's notations (marks,
    periods, 登记号) and the fields a message fills in."""
    bad = [code for code, (_zh, en) in MESSAGES.items() if code not in QUOTE_THE_FILE
           and CJK.search(NOTATION.sub(" ", re.sub(r"\{\w+\}", " ", en)))]
    assert not bad, bad
