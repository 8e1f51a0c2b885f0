"""Overdue (issue 5 §2), personal retention (§3) and 知悉人员 (§1) with an injected clock."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from secledger.domain.errors import RuleViolation, ValidationError
from secledger.services.approvals import requests as approvals
from secledger.services.custody import archive, circulation, knowledge, loans, overdue, retention

from .conftest import assert_verified


def test_overdue_across_kinds_and_days(office: Any) -> None:
    led = office.led
    ts = office.register("绝密件", mark="绝密★长期")
    normal = office.register("机密件", mark="机密★10年")
    kept = office.register("秘密件", mark="秘密★5年")
    circulation.send(led, carrier_id=ts.carriers[0].id, reader_id=office.leaders[0].id)
    circulation.send(led, carrier_id=normal.carriers[0].id, reader_id=office.leaders[1].id)
    r = retention.issue_to(led, carrier_id=kept.carriers[0].id, person_id=office.leaders[2].id,
                           approver_person_id=office.approver_person.id, purpose="起草材料",
                           due_on=date(2026, 11, 25), form_no="")
    assert r.approver == "张局长" and r.due_at == datetime(2026, 11, 25, 9, 30)
    # 16:00 Beijing: nothing overdue yet; the end-of-day list holds the 绝密 leg only
    office.clock.set(datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    assert overdue.overdue(led) == []
    eod = overdue.end_of_day(led)
    assert [i.carrier.carrier_id for i in eod] == [ts.carriers[0].id]
    assert eod[0].holder == "张局长" and eod[0].department == "办公室"
    # 18:00 Beijing: the 绝密 leg is 30 minutes overdue
    office.clock.set(datetime(2026, 11, 24, 10, 0, tzinfo=UTC))
    late = overdue.overdue(led)
    assert [(i.kind, i.overdue_seconds) for i in late] == [("circulation", 1800)]
    assert overdue.describe_overdue(late[0].overdue_seconds) == "逾期30分钟"
    # three days later all three are overdue, sorted by how overdue
    office.clock.set(datetime(2026, 11, 27, 10, 0, tzinfo=UTC))
    items = overdue.still_out(led)
    assert [i.kind for i in items] == ["circulation", "retention", "circulation"]
    assert [i.carrier.title for i in items] == ["绝密件", "秘密件", "机密件"]
    assert all(i.is_overdue for i in items)
    assert overdue.describe_overdue(items[0].overdue_seconds) == "逾期3天"
    assert overdue.describe_overdue(-3600 * 5) == "剩余5小时"
    retention.take_back(led, carrier_id=kept.carriers[0].id)
    assert [i.kind for i in overdue.still_out(led)] == ["circulation", "circulation"]
    assert_verified(led)


def test_retention_register_and_refusals(office: Any) -> None:
    led = office.led
    doc = office.register("机密件", mark="机密★10年", copies=2)
    with pytest.raises(ValidationError):
        retention.issue_to(led, carrier_id=doc.carriers[0].id, person_id=office.leaders[1].id,
                           approver_person_id=None, purpose="工作")
    with pytest.raises(RuleViolation) as e:
        retention.issue_to(led, carrier_id=doc.carriers[0].id, person_id=office.outsider.id,
                           approver_person_id=office.approver_person.id, purpose="工作")
    assert e.value.code == "access.need_to_know"
    with pytest.raises(RuleViolation) as e:
        retention.take_back(led, carrier_id=doc.carriers[0].id)
    assert e.value.code == "retention.not_out"
    r = retention.issue_to(led, carrier_id=doc.carriers[0].id, person_id=office.leaders[1].id,
                           approver_person_id=office.approver_person.id, purpose="工作",
                           form_no="领审-3")
    assert r.due_at == datetime(2026, 12, 24, 9, 30)  # policy: 30 days
    with pytest.raises(RuleViolation) as e:
        retention.issue_to(led, carrier_id=doc.carriers[0].id, person_id=office.leaders[2].id,
                           approver_person_id=office.approver_person.id, purpose="工作")
    assert e.value.code == "retention.not_in_store"
    mine = retention.retentions(led, person_id=office.leaders[1].id, open_only=True)
    assert [x.carrier.copy_no_text for x in mine] == ["000001"] and mine[0].form_no == "领审-3"
    got = approvals.for_subject(led, "retention", r.id)
    assert got is not None and got.status == "approved" and got.via == "paper"
    assert_verified(led)


def test_knowledge_register_after_circulation_and_loans(office: Any) -> None:
    led = office.led
    ts = office.register("绝密请示", mark="绝密★长期", copies=2)
    circulation.send(led, carrier_id=ts.carriers[0].id, reader_id=office.leaders[0].id)
    circulation.return_carrier(led, carrier_id=ts.carriers[0].id)
    circulation.send(led, carrier_id=ts.carriers[0].id, reader_id=office.leaders[1].id)
    archive.archive_carrier(led, carrier_id=ts.carriers[1].id, cabinet="1号柜", box="1盒")
    loan = loans.request_loan(led, borrower_id=office.leaders[2].id,
                              carrier_ids=[ts.carriers[1].id], purpose="查阅")
    assert loan.approval is not None
    approvals.record_paper_decision(led, approval_id=loan.approval.id,
                                    approver_person_id=office.approver_person.id, approve=True,
                                    decided_on=date(2026, 11, 24), form_no="借审-1")
    loans.issue_loan(led, loan_id=loan.id)
    secret_only = office.register("秘密通知", mark="秘密★1年")
    circulation.send(led, carrier_id=secret_only.carriers[0].id, reader_id=office.leaders[0].id)

    sheet = knowledge.knowers(led, ts.id)
    assert [(k.name, k.way, k.copy_no_text) for k in sheet.knowers] == [
        ("张局长", "传阅", "000001"), ("刘副局长", "传阅", "000001"), ("陈副局长", "借阅", "000002")]
    assert sheet.copy_nos == "000001、000002"
    register = knowledge.register_of_knowers(led)
    assert [x.title for x in register] == ["绝密请示"]  # 秘密 is not recorded by default
    assert_verified(led)
