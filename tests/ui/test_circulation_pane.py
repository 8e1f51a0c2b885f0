"""The 传阅 pane driven by keyboard and scanner input (issue 5 §6)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from secledger.domain.access import NeedToKnow
from secledger.domain.enums import Clearance, Register, Role
from secledger.domain.marks import parse_mark


class Clock:
    def __init__(self, t: datetime) -> None:
        self.t = t

    def __call__(self) -> datetime:
        return self.t


@pytest.fixture
def office_ledger(tmp_path: Path) -> Any:
    """A ledger opened as the clerk, three core-cleared leaders and a 绝密 document."""
    from secledger.services import people, users
    from secledger.services.ledger import create_ledger, open_ledger
    from secledger.services.registration import DocumentInput, register_document
    from secledger.services.timing import set_workflow_policy
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
    leaders = [people.create_person(admin, name=n, department_id=dept.id,
                                    clearance=Clearance.CORE) for n in ("张局长", "刘副局长", "陈副局长")]
    low = people.create_person(admin, name="赵科员", department_id=dept.id,
                               clearance=Clearance.GENERAL)
    admin.close()
    led = open_ledger(tmp_path / "l", username="clerk", password="Clerk1234", clock=clock,
                      kdf=TEST_KDF)
    doc = register_document(led, DocumentInput(
        register=Register.RECEIPT, title="关于某重大事项的请示", mark=parse_mark("绝密★长期"),
        copy_nos=(1,), unit="省委办公厅", doc_no="省委〔2026〕3号",
        need_to_know=NeedToKnow.of(departments=[dept.id])))
    led.fixture = (doc, leaders, low, clock)  # type: ignore[attr-defined]
    yield led
    led.close()


def _press_enter_on_focus(qtbot: Any, pane: Any) -> None:
    """Enter on the pane's focus widget (offscreen windows may not be active)."""
    w = pane.focusWidget()
    assert w is not None
    qtbot.keyClick(w, Qt.Key.Key_Return)


def test_three_readers_by_keyboard_and_scanner(qtbot: Any, shell_ctx: Any, office_ledger: Any,
                                                tmp_path: Path) -> None:
    from secledger.services import circulation
    from secledger.ui.panes.circulation import CirculationPane

    doc, leaders, low, clock = office_ledger.fixture
    label = doc.carriers[0].label_id
    ctx = shell_ctx(ledger=office_ledger)
    errors: list[Exception] = []
    ctx.show_error = lambda exc, parent=None: errors.append(exc)  # type: ignore[method-assign]
    pane = CirculationPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    pane.refresh()
    pane.activateWindow()

    # choose the carrier by typing (the digits of) its 登记号 and Enter
    pane.find_edit.setFocus()
    qtbot.keyClicks(pane.find_edit, doc.reg_no[1:])  # QTest types ASCII only
    qtbot.keyClick(pane.find_edit, Qt.Key.Key_Return)
    assert pane.carrier is not None and pane.carrier.carrier_id == doc.carriers[0].id
    assert "绝密★长期" in pane.info.text()

    # a reader without clearance is refused, naming the rule
    pane.reader.setCurrentIndex(pane.reader.findData(low.id))
    pane.buttons["sendButton"].setFocus()
    _press_enter_on_focus(qtbot, pane)
    assert [getattr(e, "code", "") for e in errors] == ["access.clearance"]

    # plan three readers from the keyboard, save with Enter
    for p in leaders:
        pane.reader.setCurrentIndex(pane.reader.findData(p.id))
        pane.buttons["addToPlan"].setFocus()
        _press_enter_on_focus(qtbot, pane)
    assert pane.plan_ids() == [p.id for p in leaders]
    pane.buttons["savePlan"].setFocus()
    _press_enter_on_focus(qtbot, pane)
    assert pane.focusWidget() is pane.buttons["sendNext"]
    _press_enter_on_focus(qtbot, pane)  # → 张局长
    assert pane.model.rowCount() == 1 and pane.model.row_at(0).leg.reader_name == "张局长"

    for i, nxt in enumerate(["刘副局长", "陈副局长", None]):
        clock.t = clock.t.replace(minute=clock.t.minute + 10)
        # the scanner types the label and Enter into the focused field
        assert pane.focusWidget() is pane.find_edit
        qtbot.keyClicks(pane.find_edit, label)
        qtbot.keyClick(pane.find_edit, Qt.Key.Key_Return)
        assert pane.model.rowCount() == 0, (i, errors, pane.status.text())
        if nxt is None:
            assert "Next reader" not in pane.status.text() and "下一位" not in pane.status.text()
            break
        assert nxt in pane.status.text()
        assert pane.focusWidget() is pane.buttons["sendNext"]
        _press_enter_on_focus(qtbot, pane)
        assert pane.model.row_at(0).leg.reader_name == nxt
    assert errors[1:] == []
    legs = circulation.legs_of(office_ledger, doc.carriers[0].id)
    assert [x.reader_name for x in legs] == ["张局长", "刘副局长", "陈副局长"]
    assert all(x.returned_at is not None for x in legs)

    # a scan while another pane would handle it: handle_scan takes it too
    assert pane.handle_scan(label) is True
    assert pane.carrier is not None and pane.carrier.state == "in_store"

    out = tmp_path / "slip.pdf"
    pane.print_slip(out)
    qtbot.waitUntil(out.exists, timeout=10000)
    pane.grab().save(str(tmp_path / "pane.png"))
