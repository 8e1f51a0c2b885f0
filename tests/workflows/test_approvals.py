"""The approvals mechanism (issue 5 §5) with a throw-away subject kind."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.backends import ledger_backend  # noqa: F401  (each test on SQLite and PostgreSQL)

from secledger.domain.errors import PermissionDenied, RuleViolation, ValidationError
from secledger.services.approvals import requests as approvals
from secledger.store.models.events import Event

from .conftest import assert_verified

SEEN: list[tuple[str, int, str]] = []


def _hook(s: Any, led: Any, row: Any) -> None:
    SEEN.append((row.subject_kind, row.subject_id, row.status))


approvals.register_hook("test_subject", _hook)


def _request(led: Any, subject_id: int = 7) -> int:
    with led.db.write() as s:
        return approvals.request_approval(
            s, led, subject_kind="test_subject", subject_id=subject_id,
            summary="测试事项", rule="测试事项由分管领导审批")


def _kinds(led: Any) -> list[str]:
    from sqlalchemy import select

    with led.db.read() as s:
        return list(s.execute(select(Event.kind).order_by(Event.id)).scalars())


def test_in_app_approval_queue_and_hook(office: Any) -> None:
    SEEN.clear()
    aid = _request(office.led)
    mine = approvals.mine(office.led)
    assert [a.id for a in mine] == [aid] and mine[0].status == "pending"
    assert approvals.queue(office.led) == []  # the clerk is no approver
    with pytest.raises(PermissionDenied):
        approvals.decide(office.led, approval_id=aid, approve=True)
    led = office.as_approver()
    assert [a.id for a in approvals.queue(led)] == [aid]
    dto = approvals.decide(led, approval_id=aid, approve=True, reason="同意")
    assert (dto.status, dto.via, dto.decided_by) == ("approved", "app", "张局长")
    assert SEEN == [("test_subject", 7, "approved")]
    assert approvals.queue(led) == []
    with pytest.raises(RuleViolation) as e:
        approvals.decide(led, approval_id=aid, approve=False, reason="x")
    assert e.value.code == "approval.not_pending"
    assert "approval.requested" in _kinds(led) and "approval.decided" in _kinds(led)
    assert approvals.for_subject(led, "test_subject", 7).status == "approved"  # type: ignore[union-attr]
    assert_verified(led)


def test_reject_needs_reason_and_own_request_refused(office: Any) -> None:
    led = office.as_approver()
    aid = _request(led, 8)
    with pytest.raises(RuleViolation) as e:
        approvals.decide(led, approval_id=aid, approve=True)
    assert e.value.code == "approval.own_request"
    led = office.as_clerk()
    aid2 = _request(led, 9)
    led = office.as_approver()
    with pytest.raises(ValidationError):
        approvals.decide(led, approval_id=aid2, approve=False)
    dto = approvals.decide(led, approval_id=aid2, approve=False, reason="理由不充分")
    assert dto.status == "rejected" and dto.reason == "理由不充分"


def test_paper_decision(office: Any) -> None:
    led = office.led
    aid = _request(led, 10)
    with pytest.raises(ValidationError):
        approvals.record_paper_decision(led, approval_id=aid, approver_person_id=office.approver_person.id,
                                        approve=True, decided_on=date(2026, 11, 24), form_no=" ")
    with pytest.raises(RuleViolation):  # the requester cannot be the approver on paper either
        approvals.record_paper_decision(led, approval_id=aid, approver_person_id=office.clerk_person_id,
                                        approve=True, decided_on=date(2026, 11, 24), form_no="审-1")
    dto = approvals.record_paper_decision(
        led, approval_id=aid, approver_person_id=office.approver_person.id, approve=True,
        decided_on=date(2026, 11, 23), form_no="借审〔2026〕3号")
    assert (dto.via, dto.paper_form_no, dto.decided_by) == ("paper", "借审〔2026〕3号", "张局长")
    assert dto.paper_date == date(2026, 11, 23)
    assert_verified(led)


def test_cancel(office: Any) -> None:
    led = office.led
    aid = _request(led, 11)
    with led.db.write() as s:
        approvals.cancel(s, led, aid, "不再需要")
    assert approvals.get(led, aid).status == "cancelled"


def test_a_paper_form_dated_local_today_is_accepted_before_8_utc(office: Any) -> None:
    """At 07:30 Beijing time on 25 November it is still the 24th in UTC: the leader's
    form dated the 25th is today's, not a future date."""
    from datetime import UTC, datetime

    led = office.led
    aid = _request(led, 12)
    office.clock.t = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)
    dto = approvals.record_paper_decision(
        led, approval_id=aid, approver_person_id=office.approver_person.id, approve=True,
        decided_on=date(2026, 11, 25), form_no="借审〔2026〕4号")
    assert dto.paper_date == date(2026, 11, 25)
    with pytest.raises(ValidationError):  # the day after local today is still the future
        approvals.record_paper_decision(
            led, approval_id=_request(led, 13), approver_person_id=office.approver_person.id,
            approve=True, decided_on=date(2026, 11, 26), form_no="借审〔2026〕5号")
    assert_verified(led)
