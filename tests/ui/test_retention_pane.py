"""The 领用/个人留存 pane driven by keyboard and scanner input (issue 5 §3)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from .wf5_helpers import office_ledger_fixture  # noqa: F401  (the office_ledger fixture)


def _enter(qtbot: Any, pane: Any) -> None:
    """Enter on the pane's focus widget (offscreen windows may not be active)."""
    w = pane.focusWidget()
    assert w is not None
    qtbot.keyClick(w, Qt.Key.Key_Return)


def _scan(qtbot: Any, pane: Any, label: str) -> None:
    """The scanner types the label and Enter into the carrier field."""
    pane.find_edit.setFocus()
    qtbot.keyClicks(pane.find_edit, label)
    qtbot.keyClick(pane.find_edit, Qt.Key.Key_Return)


def _pick(combo: Any, person_id: int) -> None:
    i = combo.findData(person_id)
    assert i >= 0
    combo.setCurrentIndex(i)


def _second_doc(led: Any, people_ids: list[int]) -> Any:
    from secledger.domain.access import NeedToKnow
    from secledger.domain.enums import Register
    from secledger.domain.marks import parse_mark
    from secledger.services.registration.register import DocumentInput, register_document

    return register_document(led, DocumentInput(
        register=Register.RECEIPT, title="关于年度保密检查的通知", mark=parse_mark("机密★10年"),
        copy_nos=(1, 2), unit="市委保密办", doc_no="保办〔2026〕8号",
        need_to_know=NeedToKnow.of(persons=people_ids)))


@pytest.fixture
def pane(qtbot: Any, shell_ctx: Any, office_ledger: Any) -> Any:
    from secledger.ui.panes.custody.retention import RetentionPane

    ctx = shell_ctx(ledger=office_ledger)
    ctx.show_error = lambda exc, parent=None: pytest.fail(f"modal error: {exc!r}")  # type: ignore[method-assign]
    p = RetentionPane(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    qtbot.waitExposed(p)
    p.refresh()
    p.activateWindow()
    return p


def test_issue_by_keyboard_refusals_and_take_back_by_scan(qtbot: Any, pane: Any,
                                                          office_ledger: Any, tmp_path: Path) -> None:
    from secledger.services.custody import retention
    from secledger.services.ledger.timing import local_now

    doc, leaders, low, clock = office_ledger.fixture
    zhang, liu, chen = leaders
    second = _second_doc(office_ledger, [liu.id])
    pane.refresh()
    # the due date defaults to today + the policy's 30 days
    assert pane.due.date().toPython() == local_now(office_ledger).date() + timedelta(days=30)

    # choose the 绝密 carrier by typing (the digits of) its 登记号 and Enter
    pane.find_edit.setFocus()
    qtbot.keyClicks(pane.find_edit, doc.reg_no[1:])  # QTest types ASCII only
    qtbot.keyClick(pane.find_edit, Qt.Key.Key_Return)
    assert pane.carrier is not None and pane.carrier.carrier_id == doc.carriers[0].id
    assert "绝密★长期" in pane.info.text()
    assert pane.focusWidget() is pane.person

    # a person not cleared for 绝密 is refused; the form keeps what was typed
    _pick(pane.person, low.id)
    _pick(pane.approver, zhang.id)
    pane.purpose.setFocus()
    qtbot.keyClicks(pane.purpose, "draft reply")
    _enter(qtbot, pane)
    assert pane.error.isVisible()
    assert "赵科员" in pane.error.text() and "涉密等级" in pane.error.text()
    assert pane.carrier is not None and pane.purpose.text() == "draft reply"
    assert pane.focusWidget() is pane.person
    assert pane.model.rowCount() == 0

    # the right person, Enter in the form-number field issues it
    _pick(pane.person, liu.id)
    pane.form_no.setFocus()
    qtbot.keyClicks(pane.form_no, "LY-2026-01")
    _enter(qtbot, pane)
    assert not pane.error.isVisible(), pane.error.text()
    assert pane.model.rowCount() == 1
    row = pane.model.row_at(0).item
    assert (row.person, row.approver, row.form_no, row.purpose) == (
        "刘副局长", "张局长", "LY-2026-01", "draft reply")
    assert "刘副局长" in pane.status.text()
    assert pane.focusWidget() is pane.find_edit  # ready for the next scan
    assert pane.carrier is None and pane.purpose.text() == ""

    # by scanner: a person outside 知悉范围 is refused, then issued to the one inside
    label2 = second.carriers[0].label_id
    _scan(qtbot, pane, label2)
    assert pane.carrier is not None and pane.carrier.label_id == label2
    assert pane.focusWidget() is pane.buttons["issueButton"]  # person still chosen
    _pick(pane.person, chen.id)
    _enter(qtbot, pane)
    assert "陈副局长" in pane.error.text() and "知悉范围" in pane.error.text()
    _pick(pane.person, liu.id)
    pane.buttons["issueButton"].setFocus()
    _enter(qtbot, pane)
    assert pane.model.rowCount() == 2, pane.error.text()

    # a carrier that is not in store is refused
    pane.choose(doc.carriers[0].id)
    assert pane.focusWidget() is pane.buttons["issueButton"]
    _enter(qtbot, pane)
    assert "不在库" in pane.error.text()

    # per-person list: only 刘副局长's; nobody else holds anything
    pane.issue_mode.setChecked(True)
    _pick(pane.filter, liu.id)
    pane._load_rows()
    assert {r.item.person for r in pane.model.rows()} == {"刘副局长"} and pane.model.rowCount() == 2
    _pick(pane.filter, zhang.id)
    pane._load_rows()
    assert pane.model.rowCount() == 0

    pane.grab().save(str(tmp_path / "retention.png"))

    # overdue rows are flagged
    clock.t = clock.t + timedelta(days=40)
    pane.filter.setCurrentIndex(0)
    pane.refresh()
    assert all(r.overdue and r.status.startswith("逾期") for r in pane.model.rows())

    # take back by scan in take-back mode
    pane.back_mode.setChecked(True)
    label1 = doc.carriers[0].label_id
    _scan(qtbot, pane, label1)
    assert pane.model.rowCount() == 1
    assert "刘副局长" in pane.status.text() and not pane.error.isVisible()
    # scanning it again: it is no longer out, and the refusal says so
    _scan(qtbot, pane, label1)
    assert "不是领用状态" in pane.error.text()

    # issue mode: scanning a carrier that is out selects it; Enter takes it back
    pane.issue_mode.setChecked(True)
    assert pane.handle_scan(label2) is True
    assert pane.focusWidget() is pane.buttons["takeBackButton"]
    _enter(qtbot, pane)
    assert pane.model.rowCount() == 0
    assert [r.returned_at is not None for r in retention.retentions(office_ledger)] == [True, True]
    assert pane.handle_scan("C0000000000Z") is False

    # the history with returned items, per person
    pane.show_returned.setChecked(True)
    assert pane.model.rowCount() == 2
    assert all(r.status == pane.tr("Returned") for r in pane.model.rows())


def test_print_register_for_one_person(qtbot: Any, pane: Any, office_ledger: Any,
                                       tmp_path: Path) -> None:
    from secledger.services.custody import retention

    doc, leaders, _low, _clock = office_ledger.fixture
    zhang, liu, _chen = leaders
    retention.issue_to(office_ledger, person_id=liu.id, approver_person_id=zhang.id,
                       purpose="起草回复", label=doc.carriers[0].label_id, form_no="LY-7")
    pane.refresh()
    _pick(pane.filter, liu.id)
    pane._load_rows()
    assert pane.model.rowCount() == 1
    out = tmp_path / "retention.pdf"
    pane.print_register(out)
    qtbot.waitUntil(lambda: "retention.pdf" in pane.status.text(), timeout=20000)
    assert out.exists()
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "个人留存" in text and "刘副局长" in text
    assert "关于某重大事项的请示" in "".join(text.split())


def test_registered_for_clerks_between_circulation_and_approvals() -> None:
    from secledger.domain.enums import Role
    from secledger.ui.registry import visible_panes

    keys = [p.key for p in visible_panes(frozenset({Role.CLERK}))]
    assert keys.index("circulation") < keys.index("retention") < keys.index("approvals")
    assert "retention" not in [p.key for p in visible_panes(frozenset({Role.AUDITOR}))]
