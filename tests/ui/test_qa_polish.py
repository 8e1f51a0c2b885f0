"""Regressions found by looking at the app as its users do (QA pass): every pane title is
translated, the navigation fits English titles, form labels stay beside their fields,
custody tables fit their columns, the recovery sheet says who printed it."""

from __future__ import annotations

import re
import subprocess
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel

from secledger.domain.enums import Clearance
from secledger.domain.states import Action
from secledger.services.carriers.transition import get_carrier, transition
from secledger.services.people import persons as people
from secledger.ui import app as uiapp
from secledger.ui.main_window import MainWindow
from secledger.ui.panes.custody.common import select_data
from secledger.ui.panes.custody.handover import HandoverPane
from secledger.ui.panes.registration.docform import DocumentForm
from secledger.ui.session.wizard import FirstRunWizard


def _window(qtbot: Any, ctx: Any) -> MainWindow:
    ctx.idle_timeout_ms = 600_000
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def _titles(win: MainWindow) -> list[str]:
    return [win.nav.item(i).text() for i in range(win.nav.count())]


def test_every_pane_title_is_chinese_and_fits(qtbot, shell_ctx, clerk_ledger, qapp) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, shell_ctx(clerk_ledger))
    titles = _titles(win)
    assert titles[0] == "台账查询"
    assert not [t for t in titles if re.search("[A-Za-z]", t)], titles
    win.close()
    uiapp.install_translators(qapp, "en")
    try:
        win = _window(qtbot, shell_ctx(clerk_ledger, lang="en"))
        assert "Production and dispatch" in _titles(win)
        assert win.nav.width() >= win.nav.sizeHintForColumn(0)  # no title cut off
        win.close()
    finally:
        uiapp.install_translators(qapp, "zh_CN")


def test_form_labels_stay_beside_their_fields(qtbot, shell_ctx, clerk_ledger) -> None:  # type: ignore[no-untyped-def]
    """In the 发文 form the right column is shorter: its rows must not be stretched apart."""
    win = _window(qtbot, shell_ctx(clerk_ledger))
    win.resize(1400, 850)
    pane = win.show_pane("dispatch")
    assert pane is not None
    qtbot.waitUntil(lambda: pane.isVisible())
    form = next(f for f in pane.findChildren(DocumentForm) if f.production)
    label = next(w for w in form.findChildren(QLabel) if w.text() == "序列号（每份一行）")
    top = form.serials.mapTo(form, QPoint(0, 0)).y()
    assert abs(top - label.mapTo(form, QPoint(0, 0)).y()) < 12


def test_custody_tables_fit_their_columns(qtbot, shell_ctx, make_ledger, register_doc) -> None:  # type: ignore[no-untyped-def]
    from secledger.services.ledger.session import open_ledger
    from secledger.store.keyslots import TEST_KDF

    path, admin = make_ledger()
    dept = people.list_departments(admin)[0]
    leader = people.create_person(admin, name="张局长", department_id=dept.id,
                                  clearance=Clearance.CORE)
    admin.close()
    led = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    doc = register_doc(led, "关于进一步规范网络安全等级保护工作的通知", copies=2)
    for c in doc.carriers:
        with led.db.write() as s:
            transition(s, led, get_carrier(s, c.id), Action.ISSUE_TO, holder_id=leader.id)
    pane = HandoverPane(shell_ctx(led))
    qtbot.addWidget(pane)
    pane.resize(1250, 700)
    pane.show()
    pane.refresh()
    assert select_data(pane.giver, leader.id)
    view = pane.items_view
    assert pane.items_model.rowCount() == 2 and not view.wordWrap()
    fm = view.fontMetrics()
    for col, text in ((0, "收2026-00001"), (2, "关于进一步规范网络安全等级保护工作的通知"),
                      (4, "000001")):
        assert view.columnWidth(col) >= fm.horizontalAdvance(text), (col, view.columnWidth(col))
    led.close()


def test_recovery_sheet_names_who_printed_it(qtbot, shell_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWizard

    wiz = FirstRunWizard(shell_ctx())
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.location.folder.setText(str(tmp_path / "led"))
    wiz.button(QWizard.WizardButton.NextButton).click()
    wiz.unit.unit.setText("某某县档案局")
    wiz.button(QWizard.WizardButton.NextButton).click()
    wiz.account.person.setText("王保密")
    wiz.account.password.setText("Admin1234")
    wiz.account.confirm.setText("Admin1234")
    wiz.next()
    pdf = tmp_path / "sheet.pdf"
    wiz.ask_sheet_path = lambda: pdf  # type: ignore[method-assign]
    wiz.recovery.save_button.click()
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "打印：王保密" in text.replace(" ", "")
    wiz.recovery.stored.setChecked(True)
    wiz.accept()
    assert wiz.ledger is not None
    wiz.ledger.close()
