"""归档/借阅 (issue 5 §4): archive, loans approved in-app and on paper, renew, return."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from tests.backends import ledger_backend  # noqa: F401  (each test on SQLite and PostgreSQL)

from secledger.domain.errors import PermissionDenied, RuleViolation
from secledger.services.approvals import requests as approvals
from secledger.services.custody import archive, loans
from secledger.store.models.registry import Carrier

from .conftest import assert_verified


def _state(led: Any, cid: int) -> tuple[str, int | None, str]:
    with led.db.read() as s:
        c = s.get(Carrier, cid)
        return c.state, c.holder_id, c.location


def _archived_doc(office: Any, copies: int = 2, mark: str = "机密★20年") -> Any:
    doc = office.register("2025年度档案材料", mark=mark, copies=copies)
    for c in doc.carriers:
        archive.archive_carrier(office.led, label=c.label_id, cabinet="3号柜", box="第12盒")
    return doc


def test_archive_sets_holder_and_location(office: Any) -> None:
    doc = _archived_doc(office, copies=1)
    c = doc.carriers[0]
    assert _state(office.led, c.id) == ("archived", office.clerk_person_id, "3号柜/第12盒")
    assert [r.carrier_id for r in archive.archived(office.led, text="档案")] == [c.id]
    with pytest.raises(RuleViolation) as e:
        archive.archive_carrier(office.led, carrier_id=c.id, cabinet="1", box="1")
    assert e.value.code == "archive.not_in_store"


def test_loan_approved_in_app_issue_renew_return(office: Any) -> None:
    doc = _archived_doc(office)
    ids = [c.id for c in doc.carriers]
    borrower = office.leaders[1]
    loan = loans.request_loan(office.led, borrower_id=borrower.id, carrier_ids=ids,
                              purpose="起草年度总结", take_out=True)
    assert loan.loan_no == "借2026-00001" and loan.status == "requested"
    assert loan.approval is not None and loan.approval.status == "pending"
    with pytest.raises(RuleViolation) as e:
        loans.issue_loan(office.led, loan_id=loan.id)
    assert e.value.code == "approval.required"
    led = office.as_approver()
    assert [a.subject_id for a in approvals.queue(led)] == [loan.id]
    approvals.decide(led, approval_id=loan.approval.id, approve=True, reason="同意外借")
    led = office.as_clerk()
    assert loans.get_loan(led, loan.id).status == "approved"
    issued = loans.issue_loan(led, loan_id=loan.id)
    assert issued.status == "issued"
    # take-out: 7 days → 2026-12-01 17:30 Beijing
    assert issued.due_at == datetime(2026, 12, 1, 9, 30)
    assert _state(led, ids[0])[:2] == ("on_loan", borrower.id)
    renewed = loans.renew_loan(led, loan_id=loan.id)
    assert renewed.due_at == datetime(2026, 12, 8, 9, 30) and renewed.overdue_renewals == 0
    office.clock.set(datetime(2026, 12, 10, 2, 0, tzinfo=UTC))  # overdue by 2 days
    flagged = loans.renew_loan(led, loan_id=loan.id)
    assert flagged.overdue_renewals == 1 and flagged.renewals == 2
    assert flagged.due_at == datetime(2026, 12, 17, 9, 30)
    with pytest.raises(RuleViolation) as e:
        loans.renew_loan(led, loan_id=loan.id)
    assert e.value.code == "loan.renew_limit"
    half = loans.return_item(led, label=doc.carriers[0].label_id)
    assert half.status == "issued"
    done = loans.return_item(led, label=doc.carriers[1].label_id)
    assert done.status == "returned" and done.returned_at is not None
    assert _state(led, ids[1])[:2] == ("archived", office.clerk_person_id)
    with pytest.raises(RuleViolation) as e:
        loans.return_item(led, carrier_id=ids[1])
    assert e.value.code == "loan.not_out"
    assert_verified(led)


def test_loan_approved_on_paper_reading_room(office: Any) -> None:
    doc = _archived_doc(office, copies=1, mark="绝密★30年")
    loan = loans.request_loan(office.led, borrower_id=office.leaders[2].id,
                              carrier_ids=[doc.carriers[0].id], purpose="查阅")
    assert not loan.take_out and loan.mode_label == "阅览室查阅"
    assert loan.approval is not None
    dto = approvals.record_paper_decision(
        office.led, approval_id=loan.approval.id, approver_person_id=office.approver_person.id,
        approve=True, decided_on=date(2026, 11, 24), form_no="借审2026-007")
    assert dto.via == "paper"
    issued = loans.issue_loan(office.led, loan_id=loan.id)
    assert issued.due_at == datetime(2026, 11, 24, 9, 30)  # reading room: same working day
    assert issued.approval is not None and issued.approval.paper_form_no == "借审2026-007"
    assert_verified(office.led)


def test_rejected_loan_cannot_issue(office: Any) -> None:
    doc = _archived_doc(office, copies=1)
    loan = loans.request_loan(office.led, borrower_id=office.leaders[1].id,
                              carrier_ids=[doc.carriers[0].id], purpose="查阅")
    led = office.as_approver()
    with pytest.raises(PermissionDenied):
        loans.issue_loan(led, loan_id=loan.id)
    assert loan.approval is not None
    approvals.decide(led, approval_id=loan.approval.id, approve=False, reason="与工作无关")
    led = office.as_clerk()
    assert loans.get_loan(led, loan.id).status == "rejected"
    with pytest.raises(RuleViolation) as e:
        loans.issue_loan(led, loan_id=loan.id)
    assert e.value.code == "loan.wrong_status"


def test_loan_refusals(office: Any) -> None:
    doc = office.register("在库文件", copies=1)
    with pytest.raises(RuleViolation) as e:
        loans.request_loan(office.led, borrower_id=office.leaders[0].id,
                           carrier_ids=[doc.carriers[0].id], purpose="查阅")
    assert e.value.code == "loan.not_archived" and "只出借已归档" in e.value.message()
    arch = _archived_doc(office, copies=1)
    cid = arch.carriers[0].id
    with pytest.raises(RuleViolation) as e:
        loans.request_loan(office.led, borrower_id=office.general_staff.id, carrier_ids=[cid],
                           purpose="查阅")
    assert e.value.code == "access.clearance"
    with pytest.raises(RuleViolation) as e:
        loans.request_loan(office.led, borrower_id=office.outsider.id, carrier_ids=[cid],
                           purpose="查阅")
    assert e.value.code == "access.need_to_know"
    loans.request_loan(office.led, borrower_id=office.leaders[0].id, carrier_ids=[cid],
                       purpose="查阅")
    with pytest.raises(RuleViolation) as e:
        loans.request_loan(office.led, borrower_id=office.leaders[1].id, carrier_ids=[cid],
                           purpose="查阅")
    assert e.value.code == "loan.already_requested"
    office.clock.set(office.clock.t + timedelta(days=1))
    assert_verified(office.led)
