"""审批 as a leader meets it: every request shows everything it asks for (each carrier with
登记号, title, 密级, 份号, state and holder; who asked, for whom, why; counts by level; the
rule), the form prints from there, and the decision takes a comment. A clerk who is also an
approver sees his own requests in the queue with the rule that keeps him from deciding them."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from secledger.domain.enums import Clearance, Register, Role
from secledger.domain.marks import parse_mark
from secledger.services.approvals import detail as approval_detail
from secledger.services.approvals import requests as approvals
from secledger.services.custody import archive, loans
from secledger.services.disposal import copying, destruction
from secledger.services.people import accounts as users
from secledger.services.people import persons as people
from secledger.services.registration.register import DocumentInput, register_document


@pytest.fixture
def requests_ledger(make_ledger: Any) -> Any:
    """The clerk (also an approver) asked for a 绝密 copy, a loan and a destruction; 张局长
    (account ``leader``) decides."""
    from secledger.services.ledger.session import open_ledger
    from secledger.store.keyslots import TEST_KDF

    path, admin = make_ledger()
    dept = people.list_departments(admin)[0]
    leader = people.create_person(admin, name="张局长", department_id=dept.id,
                                  clearance=Clearance.CORE, post="局长")
    users.create_user(admin, username="leader", password="Leader1234", person_id=leader.id,
                      roles={Role.APPROVER}, must_change_password=False)
    staff = people.create_person(admin, name="刘处长", department_id=dept.id,
                                 clearance=Clearance.CORE, post="处长")
    checker = next(p for p in people.list_people(admin) if p.name == "王保密")
    admin.close()
    led = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    top = _register(led, "关于重大活动安保方案的通报", "绝密★长期", 2)
    sec = _register(led, "关于国防动员准备工作的通知", "机密★10年", 3)
    copy = copying.request_copy(led, copying.CopyRequestInput(
        requester_id=staff.id, copies=2, reason="党组会学习", source_carrier_id=top.carriers[0].id,
        origin_body="国家保密局", origin_ref="国保函〔2026〕3号", origin_date=date(2026, 1, 9)))
    for c in sec.carriers[:2]:
        archive.archive_carrier(led, carrier_id=c.id, cabinet="A柜", box="1盒")
    loan = loans.request_loan(led, borrower_id=staff.id, purpose="起草报告参考",
                              carrier_ids=[c.id for c in sec.carriers[:2]], take_out=True)
    m = destruction.new_manifest(led, note="到期文件清理")
    destruction.add_items(led, manifest_id=m.id, carrier_ids=[sec.carriers[2].id])
    destruction.set_checker(led, manifest_id=m.id, checker_id=checker.id)
    destruction.submit(led, manifest_id=m.id)
    led.made = (top, sec, copy, loan, m)  # type: ignore[attr-defined]
    yield led
    led.close()


def _register(led: Any, title: str, mark: str, copies: int) -> Any:
    return register_document(led, DocumentInput(
        register=Register.RECEIPT, title=title, mark=parse_mark(mark),
        copy_nos=tuple(range(1, copies + 1)), unit="国家保密局"))


def _pane(qtbot: Any, shell_ctx: Any, led: Any) -> Any:
    from secledger.ui.panes.approvals.queue import ApprovalsPane

    ctx = shell_ctx(ledger=led)
    ctx.show_error = lambda exc, parent=None: pytest.fail(f"modal error: {exc!r}")  # type: ignore[method-assign]
    pane = ApprovalsPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1300, 820)
    pane.show()
    qtbot.waitExposed(pane)
    pane.refresh()
    return pane


def _row_of(pane: Any, kind: str) -> int:
    return next(r for r, e in enumerate(pane.queue_model.rows())
                if e.approval.subject_kind == kind)


def test_own_requests_are_listed_with_the_rule_that_blocks_them(qtbot, shell_ctx,  # type: ignore[no-untyped-def]
                                                                 requests_ledger) -> None:
    led = requests_ledger
    assert approvals.queue(led) == []  # the old queue hid them without a word
    entries = approval_detail.waiting(led)
    assert len(entries) == 3 and all(e.blocked for e in entries)
    pane = _pane(qtbot, shell_ctx, led)
    assert pane.queue_model.rowCount() == 3
    assert "本人申请不得自批" in pane.hint.text()
    assert pane.queue_model.index(0, 3).data()  # the note column says why
    pane.queue_view.selectRow(_row_of(pane, "loan"))
    view = pane.view
    assert view.items.rowCount() == 2  # the request itself is still shown in full
    assert view.blocked.isVisible() and "自己提出的申请" in view.blocked.text()
    assert not view.approve_button.isEnabled() and not view.reject_button.isEnabled()
    assert view.print_button.isEnabled()


def test_a_leader_sees_everything_prints_and_decides_with_a_comment(  # type: ignore[no-untyped-def]
        qtbot, shell_ctx, requests_ledger, tmp_path: Path) -> None:
    led = requests_ledger
    top, _sec, copy, loan, manifest = led.made
    led.lock_session()
    led.unlock_session("leader", "Leader1234")
    pane = _pane(qtbot, shell_ctx, led)
    assert pane.queue_model.rowCount() == 3 and "3" in pane.hint.text()
    view = pane.view

    # the 绝密 copy request: the carrier, the original classifying body's approval, the rule
    pane.queue_view.selectRow(_row_of(pane, "copy"))
    assert copy.request_no in view.heading.text()
    facts = view.facts.text()
    assert "李机要" in facts and "刘处长" in facts and "党组会学习" in facts
    assert "国保函〔2026〕3号" in facts
    assert "原定密机关" in view.rule.text()
    assert "绝密 1" in view.levels.text()
    row = [view.items.index(0, c).data() for c in range(view.items.columnCount())]
    assert top.reg_no in row and "000001" in row and "绝密" in row and "在库" in row
    assert "李机要" in row  # the holder
    out = tmp_path / "copy_form.pdf"
    pane.print_form(out)
    qtbot.waitUntil(lambda: out.exists() and not pane.ctx.busy, timeout=20000)

    # rejecting needs a reason: refused under the request, which stays on screen
    view.comment.clear()
    view.reject_button.click()
    assert view.error.isVisible() and pane.queue_model.rowCount() == 3
    view.comment.setText("同意，限党组成员学习")
    view.approve_button.click()
    assert approvals.get(led, copy.approval.id).status == "approved"
    assert approvals.get(led, copy.approval.id).reason == "同意，限党组成员学习"
    assert pane.queue_model.rowCount() == 2

    # the loan: both carriers, counts by level, the form
    pane.queue_view.selectRow(_row_of(pane, "loan"))
    assert loan.loan_no in view.heading.text()
    assert view.items.rowCount() == 2 and "机密 2" in view.levels.text()
    assert "外借" in view.facts.text() and "起草报告参考" in view.facts.text()
    pane.grab().save(str(tmp_path / "approvals.png"))
    out = tmp_path / "loan_form.pdf"
    pane.print_form(out)
    qtbot.waitUntil(lambda: out.exists() and not pane.ctx.busy, timeout=20000)

    # the destruction manifest: its list and the 销毁清单
    pane.queue_view.selectRow(_row_of(pane, "destruction"))
    assert manifest.reg_no in view.heading.text() and "王保密" in view.facts.text()
    out = tmp_path / "manifest.pdf"
    pane.print_form(out)
    qtbot.waitUntil(lambda: out.exists() and not pane.ctx.busy, timeout=20000)
    view.comment.setText("清单与实物不符，请核对")
    view.reject_button.click()
    assert approvals.for_subject(led, "destruction", manifest.id).status == "rejected"
    assert pane.queue_model.rowCount() == 1


def test_a_carry_out_request_shows_its_facts_and_prints(  # type: ignore[no-untyped-def]
        qtbot, shell_ctx, requests_ledger, tmp_path: Path) -> None:
    from datetime import timedelta

    from secledger.services.custody import carry_out
    from secledger.services.ledger.timing import local_now

    led = requests_ledger
    staff = next(p for p in people.list_people(led) if p.name == "刘处长")
    doc = _register(led, "关于项目评审的材料", "机密★10年", 1)
    today = local_now(led).date()
    req = carry_out.request_carry_out(led, carry_out.CarryOutInput(
        person_ids=(staff.id,), carrier_ids=(doc.carriers[0].id,), destination="省发展改革委",
        purpose="参加评审会", out_on=today, back_on=today + timedelta(days=1),
        measures="装入专用密码包，专人携带不离身"))
    d = approval_detail.detail(led, req.approval.id)
    assert d.subject.number == req.reg_no and d.subject.form == "carry_out"
    assert dict(d.subject.facts)["destination"] == "省发展改革委"
    led.lock_session()
    led.unlock_session("leader", "Leader1234")
    pane = _pane(qtbot, shell_ctx, led)
    pane.queue_view.selectRow(_row_of(pane, "carry_out"))
    view = pane.view
    assert req.reg_no in view.heading.text() and "携带外出申请" in view.heading.text()
    facts = view.facts.text()
    assert "刘处长" in facts and "省发展改革委" in facts and "专用密码包" in facts
    assert "保护措施" in facts and view.items.rowCount() == 1
    out = tmp_path / "carry_form.pdf"
    pane.print_form(out)
    qtbot.waitUntil(lambda: out.exists() and not pane.ctx.busy, timeout=20000)
