"""收文登记 pane: keyboard only, errors beside their fields, hostile paste, scanning."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from secledger.domain.enums import Clearance, Register, Role


class Clock:
    def __init__(self, t: datetime) -> None:
        self.t = t

    def __call__(self) -> datetime:
        return self.t


@pytest.fixture
def clerk_led(tmp_path: Path) -> Any:
    from secledger.services.ledger.session import create_ledger, open_ledger
    from secledger.services.ledger.timing import set_workflow_policy
    from secledger.services.people import accounts as users
    from secledger.services.people import persons as people
    from secledger.store.keyslots import TEST_KDF

    clock = Clock(datetime(2026, 11, 24, 1, 0, tzinfo=UTC))
    admin, _ = create_ledger(tmp_path / "l", unit_name="某某市保密局", admin_username="admin",
                             admin_password="Admin1234", clock=clock, kdf=TEST_KDF)
    set_workflow_policy(admin, "timezone", "Asia/Shanghai")
    dept = people.create_department(admin, name="办公室")
    clerk = people.create_person(admin, name="李机要", department_id=dept.id,
                                 clearance=Clearance.CORE)
    users.create_user(admin, username="clerk", password="Clerk1234", person_id=clerk.id,
                      roles={Role.CLERK}, must_change_password=False)
    admin.close()
    led = open_ledger(tmp_path / "l", username="clerk", password="Clerk1234", clock=clock,
                      kdf=TEST_KDF)
    led.clerk_id = clerk.id  # type: ignore[attr-defined]
    yield led
    led.close()


def _pane(qtbot: Any, shell_ctx: Any, led: Any) -> Any:
    from secledger.ui.panes.registration.receipt import ReceiptPane

    ctx = shell_ctx(ledger=led)
    errors: list[Exception] = []
    ctx.show_error = lambda exc, parent=None: errors.append(exc)  # type: ignore[method-assign]
    pane = ReceiptPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1100, 720)
    pane.show()
    qtbot.waitExposed(pane)
    pane.refresh()
    pane.form.clear(keep=False)
    pane.errors_seen = errors
    return pane


def _focus(pane: Any) -> Any:
    w = QApplication.focusWidget() or pane.focusWidget()
    assert w is not None
    return w


def _keys(qtbot: Any, widget: Any, text: str) -> None:
    """Type *text* as a keyboard does: ASCII as key presses, Chinese as the input method
    commits it (QTest cannot press keys for characters outside ASCII)."""
    import re

    from PySide6.QtGui import QInputMethodEvent

    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            ev = QInputMethodEvent("", [])
            ev.setCommitString(run)
            QApplication.sendEvent(widget, ev)


def _type(qtbot: Any, pane: Any, text: str, tabs: int = 1) -> None:
    if text:
        _keys(qtbot, _focus(pane), text)
    for _ in range(tabs):
        qtbot.keyClick(_focus(pane), Qt.Key.Key_Tab)


def test_register_a_receipt_with_the_keyboard_only(qtbot: Any, shell_ctx: Any,
                                                    clerk_led: Any) -> None:
    from secledger.services.registration.register import get_document

    pane = _pane(qtbot, shell_ctx, clerk_led)
    form = pane.form
    assert "收2026-00001" in form.number.text()
    assert _focus(pane) is form.unit
    _type(qtbot, pane, "省保密局")
    _type(qtbot, pane, "省保〔2026〕12号")
    _type(qtbot, pane, "关于做好年度保密自查工作的通知")
    _type(qtbot, pane, "机密★10年", tabs=3)  # mark, then past level and period
    assert form.mark.level.currentText() == "机密"
    _type(qtbot, pane, "2026-11-20", tabs=4)  # issued; urgency, 不限 (list disabled), no-copy
    assert _focus(pane) is form.copies
    qtbot.keyClick(form.copies, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, pane, "5")
    assert _focus(pane) is form.copy_nos
    _keys(qtbot, form.copy_nos, "3-7")
    qtbot.keyClick(form.copy_nos, Qt.Key.Key_Return)
    assert pane.errors_seen == []
    doc = form.last
    assert doc is not None and doc.reg_no == "收2026-00001"
    assert "收2026-00001" in form.result.text()
    got = get_document(clerk_led, doc.id)
    assert [c.copy_no_text for c in got.carriers] == ["000003", "000004", "000005", "000006",
                                                      "000007"]
    assert {c.holder_id for c in got.carriers} == {clerk_led.clerk_id}
    assert got.unit == "省保密局" and got.issued_on.isoformat() == "2026-11-20"
    # save and new: the unit and the date stay, the cursor waits in 文号
    assert form.unit.text() == "省保密局" and form.issued.text() == "2026-11-20"
    assert form.title.text() == "" and _focus(pane) is form.doc_no
    assert "收2026-00002" in form.number.text()
    assert pane.labels_button.isEnabled()


def test_errors_show_beside_their_fields_and_nothing_is_saved(qtbot: Any, shell_ctx: Any,
                                                              clerk_led: Any) -> None:
    from secledger.services.registration.register import peek_reg_no

    pane = _pane(qtbot, shell_ctx, clerk_led)
    form = pane.form
    form.mark.set_text("机密★30年")
    form.copies.setValue(5)
    form.copy_nos.setText("7-3")
    form.issued.setText("2026-12-25")
    form.ctype.setCurrentIndex(form.ctype.findText("U盘"))
    assert form.save_and_new() is None
    shown = {k for k, label in form.errors.items() if label.isVisible()}
    assert shown == {"unit", "title", "mark", "copy_nos", "issued_on", "serial_nos"}
    assert "最长20年" in form.errors["mark"].text()
    assert "3-7" in form.errors["copy_nos"].text()
    assert peek_reg_no(clerk_led, Register.RECEIPT, 2026) == "收2026-00001"
    form.issued.setText("昨天")
    form.save()
    assert form.errors["issued_on"].isVisible() and form.errors["title"].isVisible()


@pytest.mark.parametrize("text", ["标" * 1000, "会议纪要😀🔥", "'; DROP TABLE documents; --",
                                  "a\x00b\x1b[31m"])
def test_pasting_anything_into_any_field_neither_crashes_nor_corrupts(
        qtbot: Any, shell_ctx: Any, clerk_led: Any, text: str) -> None:
    from secledger.services.audit.verify import verify

    pane = _pane(qtbot, shell_ctx, clerk_led)
    form = pane.form
    for edit in (form.unit, form.doc_no, form.title, form.copy_nos, form.issued, form.received,
                 form.seal_note, form.remarks, form.mark.mark, form.mark.period):
        edit.setText(text)
    form.serials.setPlainText(text)
    form.mark.set_text(text)
    form.save_and_new()
    assert pane.errors_seen == []  # refusals are shown beside fields, never as crashes
    assert any(label.isVisible() for label in form.errors.values())
    form.mark.set_text("秘密")
    form.copy_nos.clear()
    form.issued.clear()
    form.received.clear()
    form.save_and_new()
    assert verify(clerk_led).ok


def test_a_scanned_label_opens_the_carrier(qtbot: Any, shell_ctx: Any, clerk_led: Any) -> None:
    from secledger.ui.main_window import MainWindow

    ctx = shell_ctx(ledger=clerk_led)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_pane("receipt")
    pane = win.current_pane()
    form = pane.form
    form.unit.setText("省保密局")
    form.title.setText("关于做好年度保密自查工作的通知")
    form.mark.set_text("机密★10年")
    form.copies.setValue(2)
    doc = form.save()
    assert doc is not None
    label = doc.carriers[1].label_id
    win.activateWindow()
    qtbot.waitActive(win)
    ticks = iter(i * 0.01 for i in range(1000))
    win.scanner._clock = lambda: next(ticks)  # 10 ms between keys: a scanner
    pane.labels_button.setFocus()  # not a text field: the scanner's keys reach the filter
    qtbot.waitUntil(pane.labels_button.hasFocus)
    QTest.keyClicks(pane.labels_button, label)
    QTest.keyClick(pane.labels_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.current_key == "browser")
    browser = win.current_pane()
    qtbot.waitUntil(lambda: browser.detail.detail is not None)
    assert browser.detail.detail.label_id == label
    assert browser.detail.detail.document.reg_no == doc.reg_no


def test_a_long_paste_is_never_cut_and_old_dates_are_refused(qtbot: Any, shell_ctx: Any,
                                                             clerk_led: Any) -> None:
    """1,000 characters with emoji pasted into the title stay 1,000 (QLineEdit's maxLength
    used to keep 400 and save them); the save is refused at the title; 1899 is refused."""
    from secledger.services.registration.register import get_document

    pane = _pane(qtbot, shell_ctx, clerk_led)
    form = pane.form
    pasted = "关于会议😀" * 200  # 1,000 characters, 1,200 UTF-16 units
    QApplication.clipboard().setText(pasted)
    form.title.setFocus()
    qtbot.keyClick(form.title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert form.title.text() == pasted  # nothing cut
    assert form.title.property("tooLong") and "1000" in form.title.toolTip()
    form.unit.setText("省保密局")
    form.mark.set_text("机密★10年")
    form.issued.setText("1899-05-01")
    assert form.save() is None
    assert "500" in form.errors["title"].text() and form.errors["title"].isVisible()
    assert "1949" in form.errors["issued_on"].text()
    kept = "关于会议😀" * 100  # 500 characters: what the ledger takes
    form.title.setText(kept)
    assert not form.title.property("tooLong")
    form.issued.clear()
    form.mark.set_text("机密★2030年6月30日")
    doc = form.save()
    assert doc is not None and pane.errors_seen == []
    got = get_document(clerk_led, doc.id)
    assert got.title == kept and got.issued_on is None
    assert got.declassify_on is not None and got.declassify_on.isoformat() == "2030-06-30"
