"""制作/发文, 发出, 回执, 分发/承办, 更正, 作废 (issue 4 §2–§4, §10)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from tests.backends import ledger_backend  # noqa: F401  (each test on SQLite and PostgreSQL)

from secledger.domain.access import NeedToKnow
from secledger.domain.enums import CarrierState, DispatchChannel, Register
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.services.browse.detail import carrier_detail
from secledger.services.custody import distribution
from secledger.services.registration import corrections, dispatch
from secledger.services.registration.form import DocumentDraft, submit_draft
from secledger.services.registration.register import get_document

from .conftest import assert_verified


def produce(office: Any, copies: int = 3, **kw: Any) -> Any:
    return submit_draft(office.led, DocumentDraft(
        register=Register.PRODUCTION, title=kw.pop("title", "关于报送年度保密工作总结的报告"),
        doc_no="某保〔2026〕5号", mark_text="秘密★5年", issued_on=date(2026, 11, 23),
        copies=copies, pages=4, department_id=office.dept.id, approver="张局长",
        need_to_know=NeedToKnow.everyone(), **kw))


def test_production_numbers_copies_from_000001_in_store(office: Any) -> None:
    doc = produce(office, copies=3, copy_nos_text="9-11")  # the sender's numbers don't apply
    assert doc.reg_no == "发2026-00001"
    assert [c.copy_no_text for c in doc.carriers] == ["000001", "000002", "000003"]
    assert {c.state for c in doc.carriers} == {"in_store"}


def test_production_needs_department_and_approver(office: Any) -> None:
    from secledger.services.registration.form import check_draft

    _inp, errors = check_draft(office.led, DocumentDraft(
        register=Register.PRODUCTION, title="x", mark_text="秘密", copies=1))
    assert {(e.field, e.code) for e in errors} == {("department", "doc.department_required")}
    _inp, errors = check_draft(office.led, DocumentDraft(
        register=Register.PRODUCTION, title="x", mark_text="秘密", copies=1,
        department_id=office.dept.id))
    assert [(e.field, e.code) for e in errors] == [("approver", "doc.approver_required")]


@pytest.mark.parametrize("channel", [DispatchChannel.ORDINARY_POST, DispatchChannel.COURIER])
def test_dispatch_by_ordinary_post_or_courier_is_refused(office: Any, channel: Any) -> None:
    doc = produce(office)
    with pytest.raises(RuleViolation) as info:
        dispatch.dispatch_carriers(office.led, carrier_ids=[doc.carriers[0].id], unit="省保密局",
                                   channel=channel)
    assert info.value.code == "dispatch.channel"
    assert "机要交通、机要通信或专人递送" in info.value.message()
    assert channel.label in info.value.message()
    assert get_document(office.led, doc.id).carriers[0].state == "in_store"


def test_dispatch_receipt_and_overdue(office: Any) -> None:
    led = office.led
    doc = produce(office, copies=3)
    first = dispatch.dispatch_carriers(
        led, carrier_ids=[c.id for c in doc.carriers[:2]], unit="省保密局",
        channel=DispatchChannel.CONFIDENTIAL_POST, dispatch_no="JY-0012")
    assert first.reg_no == "送2026-00001" and first.copies_text == "000001-000002"
    assert first.receipt_due_on == date(2026, 11, 24) + timedelta(days=dispatch.RECEIPT_DAYS)
    after = get_document(led, doc.id)
    assert [c.state for c in after.carriers] == ["dispatched", "dispatched", "in_store"]
    assert after.carriers[0].holder_id is None
    with pytest.raises(RuleViolation) as info:  # already gone
        dispatch.dispatch_carriers(led, carrier_ids=[doc.carriers[0].id], unit="市委办",
                                   channel=DispatchChannel.BY_HAND)
    assert info.value.code == "dispatch.not_in_store"
    later = date(2026, 11, 24) + timedelta(days=dispatch.RECEIPT_DAYS + 1)
    assert [d.reg_no for d in dispatch.overdue_receipts(led, later)] == ["送2026-00001"]
    got = dispatch.record_receipt(led, first.id, received_on=date(2026, 11, 24), receipt_no="HZ-1")
    assert got.receipt_on == date(2026, 11, 24)
    assert dispatch.overdue_receipts(led, later) == []
    with pytest.raises(RuleViolation):
        dispatch.record_receipt(led, first.id, received_on=date(2026, 11, 24))
    assert_verified(led)


def test_distribution_out_and_back(office: Any) -> None:
    led = office.led
    doc = office.register(copies=2)
    leader = office.leaders[1]
    out = distribution.distribute(led, person_id=leader.id, carrier_id=doc.carriers[0].id,
                                  purpose="承办", due_on=date(2026, 11, 30))
    assert out.person == "刘副局长" and out.department == "办公室"
    assert [d.carrier.copy_no_text for d in distribution.outstanding(led)] == ["000001"]
    c = get_document(led, doc.id).carriers[0]
    assert (c.state, c.holder_id) == ("with_holder", leader.id)
    with pytest.raises(RuleViolation):  # 一般 clearance cannot hold a 机密 carrier
        distribution.distribute(led, person_id=office.general_staff.id,
                                carrier_id=doc.carriers[1].id)
    back = distribution.take_back(led, carrier_id=doc.carriers[0].id)
    assert back is not None and back.returned_at is not None
    c = get_document(led, doc.id).carriers[0]
    assert (c.state, c.holder_id) == ("in_store", office.clerk_person_id)
    assert distribution.outstanding(led) == []
    with pytest.raises(RuleViolation) as info:
        distribution.take_back(led, carrier_id=doc.carriers[0].id)
    assert info.value.code == "distribution.not_out"


def test_void_keeps_its_number_and_the_next_takes_the_next(office: Any) -> None:
    led = office.led
    first = office.register(copies=2)
    with pytest.raises(ValidationError):
        corrections.void_document(led, first.id, reason="  ")
    voided = corrections.void_document(led, first.id, reason="重复登记")
    assert voided.voided and voided.reg_no == "收2026-00001" and voided.void_reason == "重复登记"
    assert {c.state for c in voided.carriers} == {CarrierState.VOIDED.value}
    nxt = office.register()
    assert nxt.reg_no == "收2026-00002"
    with pytest.raises(RuleViolation) as info:
        corrections.void_document(led, first.id, reason="again")
    assert info.value.code == "doc.voided"
    assert_verified(led)


def test_void_refused_while_a_carrier_is_out_and_says_which(office: Any) -> None:
    led = office.led
    doc = office.register(copies=3)
    distribution.distribute(led, person_id=office.leaders[0].id, carrier_id=doc.carriers[1].id)
    with pytest.raises(RuleViolation) as info:
        corrections.void_document(led, doc.id, reason="登记错误")
    assert info.value.code == "void.carrier_out"
    assert "第000002份（领用）" in info.value.message()
    assert [c.state for c in get_document(led, doc.id).carriers] == [
        "in_store", "with_holder", "in_store"]


def test_correction_shows_before_and_after_in_the_history(office: Any) -> None:
    led = office.led
    doc = office.register(title="关于加强保密管理的通")
    with pytest.raises(ValidationError) as info:
        corrections.correct_document(led, doc.id, reason="", changes={"title": "x"})
    assert info.value.code == "doc.reason_required"
    with pytest.raises(ValidationError) as info:
        corrections.correct_document(led, doc.id, reason="r", changes={"reg_no": "收2026-9"})
    assert info.value.code == "correct.field_not_allowed"
    fixed = corrections.correct_document(
        led, doc.id, reason="标题漏字", changes={"title": "关于加强保密管理的通知",
                                               "mark": "机密★5年", "pages": 3})
    assert fixed.title == "关于加强保密管理的通知" and fixed.mark == "机密★5年"
    detail = carrier_detail(led, doc.carriers[0].id)
    row = next(e for e in detail.events if e.kind == "document.corrected")
    assert "关于加强保密管理的通" in row.detail and "关于加强保密管理的通知" in row.detail
    assert "机密★10年" in row.detail and "机密★5年" in row.detail and "标题漏字" in row.detail
    with pytest.raises(ValidationError) as info:
        corrections.correct_document(led, doc.id, reason="r", changes={"pages": 3})
    assert info.value.code == "correct.nothing"
    assert_verified(led)
