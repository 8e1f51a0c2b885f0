"""回避 and who may approve: nobody approves a request that benefits himself (copy requester,
borrower, 领用 recipient), in the app or on paper; a 领用 is approved only by someone holding
the approver role. Each refusal leaves the ledger exactly as it was."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select, update

from secledger.domain.enums import Role
from secledger.domain.errors import RuleViolation
from secledger.services.approvals import requests as approvals
from secledger.services.custody import archive, loans, retention
from secledger.services.disposal import copying
from secledger.services.disposal.copying import CopyRequestInput
from secledger.services.people import accounts as users
from secledger.store.models.approvals import Approval
from secledger.store.models.events import Event
from secledger.store.models.registry import Carrier

from .conftest import assert_verified


def _events(led: Any) -> int:
    with led.db.read() as s:
        return int(s.execute(select(func.count()).select_from(Event)).scalar_one())


def _archived(office: Any) -> Any:
    doc = office.register("2025年度档案材料", mark="机密★20年")
    archive.archive_carrier(office.led, carrier_id=doc.carriers[0].id, cabinet="3号柜", box="1盒")
    return doc


def _refused(fn: Any, led: Any, code: str) -> RuleViolation:
    before = _events(led)
    with pytest.raises(RuleViolation) as exc:
        fn()
    assert exc.value.code == code
    assert _events(led) == before
    return exc.value


def test_the_borrower_cannot_approve_his_own_loan(office: Any) -> None:
    leader = office.approver_person  # 张局长, the approver, borrows
    doc = _archived(office)
    loan = loans.request_loan(office.led, borrower_id=leader.id,
                              carrier_ids=[doc.carriers[0].id], purpose="查阅")
    led = office.as_approver()
    assert approvals.queue(led) == []  # not offered to the borrower
    err = _refused(lambda: approvals.decide(led, approval_id=loan.approval.id, approve=True),
                   led, "approval.own_benefit")
    assert "张局长" in err.message() and "回避" in err.message()
    assert approvals.get(led, loan.approval.id).status == "pending"
    assert loans.get_loan(led, loan.id).status == "requested"
    assert_verified(led)


def test_the_borrower_cannot_be_named_on_a_paper_form(office: Any) -> None:
    leader = office.approver_person
    doc = _archived(office)
    loan = loans.request_loan(office.led, borrower_id=leader.id,
                              carrier_ids=[doc.carriers[0].id], purpose="查阅")
    _refused(lambda: approvals.record_paper_decision(
        office.led, approval_id=loan.approval.id, approver_person_id=leader.id, approve=True,
        decided_on=date(2026, 11, 24), form_no="借审2026-001"), office.led, "approval.own_benefit")
    assert loans.get_loan(office.led, loan.id).status == "requested"


def test_the_copy_requester_cannot_approve_his_own_copy(office: Any) -> None:
    leader = office.approver_person
    doc = office.register("关于加强保密管理的通知", mark="机密★10年")
    req = copying.request_copy(office.led, CopyRequestInput(
        requester_id=leader.id, copies=1, reason="会议学习", source_carrier_id=doc.carriers[0].id))
    led = office.as_approver()
    assert approvals.queue(led) == []
    _refused(lambda: approvals.decide(led, approval_id=req.approval.id, approve=True), led,
             "approval.own_benefit")
    assert approvals.get(led, req.approval.id).status == "pending"


def test_a_request_made_before_the_beneficiary_was_recorded_is_still_guarded(office: Any) -> None:
    """Approvals opened by an older version carry no beneficiary: the subject names him."""
    leader = office.approver_person
    doc = _archived(office)
    loan = loans.request_loan(office.led, borrower_id=leader.id,
                              carrier_ids=[doc.carriers[0].id], purpose="查阅")
    with office.led.db.write() as s:
        s.execute(update(Approval).where(Approval.id == loan.approval.id).values(extra="{}"))
    led = office.as_approver()
    assert approvals.queue(led) == []
    _refused(lambda: approvals.decide(led, approval_id=loan.approval.id, approve=True), led,
             "approval.own_benefit")


def test_the_recipient_cannot_approve_his_own_retention(office: Any) -> None:
    leader = office.approver_person
    doc = office.register()
    cid = doc.carriers[0].id
    _refused(lambda: retention.issue_to(office.led, carrier_id=cid, person_id=leader.id,
                                        approver_person_id=leader.id, purpose="起草材料"),
             office.led, "approval.own_benefit")
    with office.led.db.read() as s:
        assert s.get(Carrier, cid).state == "in_store"


def test_a_general_clerk_cannot_approve_his_own_retention(office: Any) -> None:
    """赵科员 (一般, no account) was accepted as approver of his own 领用."""
    staff = office.general_staff
    doc = office.register(mark="秘密★5年")
    err = _refused(lambda: retention.issue_to(
        office.led, carrier_id=doc.carriers[0].id, person_id=staff.id, approver_person_id=staff.id,
        purpose="起草材料"), office.led, "retention.approver_role")
    assert "审批人" in err.message()


def test_a_retention_approver_must_hold_the_approver_role(office: Any) -> None:
    doc = office.register()
    cid = doc.carriers[0].id
    other_leader = office.leaders[2]  # 陈副局长: no account
    _refused(lambda: retention.issue_to(office.led, carrier_id=cid, person_id=office.leaders[1].id,
                                        approver_person_id=other_leader.id, purpose="起草材料"),
             office.led, "retention.approver_role")
    # the clerk's own account has no approver role either
    _refused(lambda: retention.issue_to(office.led, carrier_id=cid, person_id=office.leaders[1].id,
                                        approver_person_id=office.clerk_person_id, purpose="x"),
             office.led, "retention.approver_role")
    assert approvals.approvers(office.led) == {office.approver_person.id}
    r = retention.issue_to(office.led, carrier_id=cid, person_id=office.leaders[1].id,
                           approver_person_id=office.approver_person.id, purpose="起草材料")
    assert r.approver == "张局长"
    assert_verified(office.led)


def test_a_disabled_approver_account_cannot_approve_a_retention(office: Any) -> None:
    led = office.login("admin", "Admin1234")
    uid = next(u.id for u in users.list_users(led) if u.username == "leader")
    users.disable_user(led, user_id=uid, reason="调离")
    led = office.as_clerk()
    assert Role.APPROVER not in led.user.roles
    doc = office.register()
    _refused(lambda: retention.issue_to(led, carrier_id=doc.carriers[0].id,
                                        person_id=office.leaders[1].id,
                                        approver_person_id=office.approver_person.id,
                                        purpose="起草材料"), led, "retention.approver_role")
