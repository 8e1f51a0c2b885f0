"""The register of classified devices and storage media and their lending (借用): every rule
refuses with its reason and leaves the ledger as it was; what is allowed goes through the
one transition function, is on the item's history and replays in ``verify``."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from tests.workflows.conftest import assert_verified
from tests.workflows.media_helpers import add_item, decide, snapshot

from secledger.domain.enums import Classification
from secledger.domain.errors import (
    NotFound,
    PermissionDenied,
    RuleViolation,
    TransitionNotAllowed,
    ValidationError,
)
from secledger.domain.media import LoanStatus, MediaState, MediaType
from secledger.services.custody import overdue
from secledger.services.media import items, lending, read, records
from secledger.services.media.items import MediaEdit

SE, C, T = Classification.SECRET, Classification.CONFIDENTIAL, Classification.TOP_SECRET


def _refused(o: Any, exc: type[Exception], code: str, fn: Any) -> Any:
    """*fn* is refused with *code* and changes nothing."""
    before = snapshot(o.led)
    with pytest.raises(exc) as info:
        fn()
    assert getattr(info.value, "code", None) == code, info.value
    assert snapshot(o.led) == before
    return info.value


def test_registering_gives_a_label_a_holder_and_an_event(office: Any) -> None:
    o = office
    pc = add_item(o, "BM-JSJ-001", level=T)
    assert pc.state == MediaState.IN_USE and pc.holder_id == o.clerk_person_id
    assert pc.label_id.startswith("M") and len(pc.label_id) == 12 and pc.mark == "绝密"
    assert read.item_by_label(o.led, pc.label_id.lower()).id == pc.id
    [reg] = read.history(o.led, pc.id)
    assert reg.kind == "media.register" and "责任人：李机要" in reg.description
    assert "密级：绝密" in reg.description
    assert_verified(o.led)


def test_registration_rules(office: Any) -> None:
    o = office
    add_item(o, "BM-U-001", kind=MediaType.USB)
    err = _refused(o, ValidationError, "media.device_no_taken",
                   lambda: add_item(o, "BM-U-001", kind=MediaType.DISC))
    assert "BM-U-001" in err.message() and "U盘" in err.message()
    _refused(o, ValidationError, "media.device_no_required", lambda: add_item(o, "  "))
    _refused(o, RuleViolation, "media.holder_clearance",
             lambda: add_item(o, "BM-U-002", level=SE, holder_id=o.general_staff.id))
    _refused(o, ValidationError, "media.level_not_secret",
             lambda: add_item(o, "BM-U-003", level=Classification.WORK_SECRET))
    _refused(o, ValidationError, "media.future_time",
             lambda: add_item(o, "BM-U-004", started_on=date(2030, 1, 1)))
    ok = add_item(o, "BM-U-005", level=C, holder_id=o.general_staff.id)  # 一般 holds 秘密
    assert ok.holder_name == "赵科员"


def test_only_the_clerk_keeps_the_register(office: Any) -> None:
    o = office
    pc = add_item(o)
    o.as_approver()
    with pytest.raises(PermissionDenied):
        items.take_out_of_service(o.led, pc.id, reason="故障")
    o.login("admin", "Admin1234")  # the security officer holds no ledger-fact role
    with pytest.raises(PermissionDenied):
        add_item(o, "BM-JSJ-002")
    assert read.get_item(o.led, pc.id).state == MediaState.IN_USE  # he may read it


def test_the_level_goes_up_never_down(office: Any) -> None:
    o = office
    usb = add_item(o, "BM-U-001", kind=MediaType.USB, level=C)
    up = items.raise_level(o.led, usb.id, SE, reason="存储了机密级文件")
    assert up.level == SE.value
    err = _refused(o, RuleViolation, "media.level_lowered",
                   lambda: items.raise_level(o.led, usb.id, C))
    assert "不能把密级从机密降为秘密" in err.message() and "最高密级" in err.message()
    _refused(o, RuleViolation, "media.level_not_raised",
             lambda: items.raise_level(o.led, usb.id, SE))
    history = read.history(o.led, usb.id)
    assert history[-1].kind == "media.raise_level" and "密级：秘密→机密" in history[-1].description
    assert_verified(o.led)


def test_a_new_holder_only_through_the_transition(office: Any) -> None:
    o = office
    pc = add_item(o, level=SE)
    moved = items.change_holder(o.led, pc.id, o.leaders[2].id, reason="岗位调整")
    assert moved.holder_id == o.leaders[2].id and moved.state == MediaState.IN_USE
    _refused(o, RuleViolation, "media.same_holder",
             lambda: items.change_holder(o.led, pc.id, o.leaders[2].id))
    _refused(o, RuleViolation, "media.holder_clearance",
             lambda: items.change_holder(o.led, pc.id, o.general_staff.id))
    _refused(o, ValidationError, "media.holder_required",
             lambda: items.change_holder(o.led, pc.id, 0))
    assert read.history(o.led, pc.id)[-1].kind == "media.handover"
    assert_verified(o.led)


def test_out_of_service_scrapped_and_voided(office: Any) -> None:
    o = office
    pc = add_item(o)
    _refused(o, ValidationError, "media.reason_required",
             lambda: items.take_out_of_service(o.led, pc.id, reason=" "))
    assert items.take_out_of_service(o.led, pc.id, reason="故障待修").state == "out_of_service"
    assert items.return_to_service(o.led, pc.id).state == "in_use"
    assert items.mark_for_destruction(o.led, pc.id, reason="报废").state == "awaiting_destruction"
    _refused(o, TransitionNotAllowed, "media.transition_not_allowed",
             lambda: items.void_item(o.led, pc.id, reason="登记错误"))
    assert items.cancel_destruction(o.led, pc.id, reason="可修复").state == "out_of_service"
    wrong = add_item(o, "BM-JSJ-099")
    gone = items.void_item(o.led, wrong.id, reason="重复登记")
    assert gone.state == "voided" and gone.holder_id is None
    _refused(o, RuleViolation, "media.closed",
             lambda: items.edit_item(o.led, wrong.id, MediaEdit(location="别处")))
    assert_verified(o.led)


def test_corrections_keep_what_was_written(office: Any) -> None:
    o = office
    pc = add_item(o)
    other = add_item(o, "BM-JSJ-002")
    fixed = items.edit_item(o.led, pc.id, MediaEdit(location="机要室305", serial_no="SN-X"),
                            reason="核对更正")
    assert (fixed.location, fixed.serial_no) == ("机要室305", "SN-X")
    _refused(o, ValidationError, "media.nothing_changed",
             lambda: items.edit_item(o.led, pc.id, MediaEdit(location="机要室305")))
    _refused(o, ValidationError, "media.device_no_taken",
             lambda: items.edit_item(o.led, pc.id, MediaEdit(device_no=other.device_no)))
    renamed = items.edit_item(o.led, pc.id, MediaEdit(device_no="BM-JSJ-101"))
    assert read.item_by_label(o.led, pc.label_id).device_no == renamed.device_no
    edits = [h for h in read.history(o.led, pc.id) if h.kind == "media.edited"]
    assert "位置" in edits[0].description and "序列号" in edits[0].description
    assert_verified(o.led)


def test_scanning_finds_devices_only(office: Any) -> None:
    o = office
    doc = o.register("关于加强保密管理的通知")
    with pytest.raises(ValidationError) as info:
        read.item_by_label(o.led, doc.carriers[0].label_id)
    assert info.value.code == "media.not_a_media_label"
    with pytest.raises(NotFound):
        read.item_by_label(o.led, "M0000000000A")


# -- 借用 ------------------------------------------------------------------------------------------
def _loan(o: Any, media_id: int, **kw: Any) -> Any:
    args: dict[str, Any] = {"media_id": media_id, "borrower_id": o.leaders[2].id,
                            "due_on": date(2026, 11, 26), "purpose": "外出开会"}
    args.update(kw)
    return lending.request_loan(o.led, **args)


def test_lending_with_approval_and_back_to_the_holder(office: Any) -> None:
    o = office
    usb = add_item(o, "BM-U-001", kind=MediaType.USB, level=SE)
    loan = _loan(o, usb.id)
    assert loan.status == LoanStatus.REQUESTED and loan.reg_no == "借用2026-00001"
    assert loan.approval.subject_kind == "media_loan" and "BM-U-001" in loan.approval.summary
    err = _refused(o, RuleViolation, "media.not_approved",
                   lambda: lending.lend(o.led, loan_id=loan.id))
    assert "尚未批准" in err.message()
    _refused(o, RuleViolation, "media.already_requested", lambda: _loan(o, usb.id))
    decide(o, loan.approval.id)
    out = lending.lend(o.led, loan_id=loan.id)
    assert out.status == LoanStatus.LENT and out.item.state == MediaState.ON_LOAN
    assert out.item.holder_id == o.leaders[2].id and out.keeper == "李机要"
    _refused(o, TransitionNotAllowed, "media.transition_not_allowed",
             lambda: items.change_holder(o.led, usb.id, o.leaders[1].id))
    back = lending.return_loan(o.led, label=usb.label_id)
    assert back.status == LoanStatus.RETURNED and back.item.holder_id == o.clerk_person_id
    kinds = [h.kind for h in read.history(o.led, usb.id)]
    assert kinds == ["media.register", "media.loan_requested", "media.lend", "media.return"]
    assert_verified(o.led)


def test_lending_rules(office: Any) -> None:
    o = office
    pc = add_item(o, "BM-JSJ-001")
    usb = add_item(o, "BM-U-001", kind=MediaType.USB, level=SE)
    err = _refused(o, RuleViolation, "media.not_lendable", lambda: _loan(o, pc.id))
    assert "涉密计算机" in err.message() and "责任人变更" in err.message()
    _refused(o, RuleViolation, "media.holder_clearance",
             lambda: _loan(o, usb.id, borrower_id=o.general_staff.id))
    _refused(o, RuleViolation, "media.borrower_is_holder",
             lambda: _loan(o, usb.id, borrower_id=o.clerk_person_id))
    _refused(o, ValidationError, "wf.due_in_past",
             lambda: _loan(o, usb.id, due_on=date(2026, 11, 1)))
    _refused(o, ValidationError, "media.due_required", lambda: _loan(o, usb.id, due_on=None))
    _refused(o, ValidationError, "loan.purpose_required", lambda: _loan(o, usb.id, purpose=""))
    items.take_out_of_service(o.led, usb.id, reason="故障")
    _refused(o, TransitionNotAllowed, "media.transition_not_allowed", lambda: _loan(o, usb.id))


def test_refused_and_cancelled_requests(office: Any) -> None:
    o = office
    usb = add_item(o, "BM-U-001", kind=MediaType.USB, level=SE)
    first = _loan(o, usb.id)
    decide(o, first.approval.id, approve=False)
    assert records.get_loan(o.led, first.id).status == LoanStatus.REJECTED
    assert read.get_item(o.led, usb.id).state == MediaState.IN_USE
    _refused(o, RuleViolation, "media.wrong_status",
             lambda: lending.lend(o.led, loan_id=first.id))
    second = _loan(o, usb.id)
    gone = lending.cancel_loan(o.led, loan_id=second.id, reason="不需要了")
    assert gone.status == LoanStatus.CANCELLED and gone.approval.status == "cancelled"
    assert_verified(o.led)


def test_an_overdue_loan_is_still_out(office: Any) -> None:
    o = office
    usb = add_item(o, "BM-U-001", kind=MediaType.USB, level=SE)
    loan = _loan(o, usb.id, due_on=date(2026, 11, 24))
    decide(o, loan.approval.id)
    lending.lend(o.led, loan_id=loan.id)
    [out] = overdue.still_out(o.led)
    assert (out.kind, out.kind_label, out.ref_no) == ("media_loan", "借用", loan.reg_no)
    assert out.carrier.reg_no == "BM-U-001" and out.holder == "陈副局长"
    assert out.media_id == usb.id and not out.is_overdue
    o.clock.set(o.clock.t + timedelta(days=1))
    [late] = overdue.overdue(o.led)
    assert late.media_id == usb.id and overdue.describe_overdue(late.overdue_seconds)
    lending.return_loan(o.led, loan_id=loan.id)
    assert overdue.still_out(o.led) == []
