"""维修 of classified devices: request with its rules, approval, sent and returned; a replaced
disk becomes its own item to be destroyed; the printed 涉密设备维修审批表 and 维修登记簿; the
registers and labels; and ``verify`` finding a register changed outside the app."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tests.workflows.conftest import assert_verified
from tests.workflows.custody_helpers import pdftotext
from tests.workflows.media_helpers import add_item, decide, snapshot

from secledger.domain.enums import Classification
from secledger.domain.errors import RuleViolation, TransitionNotAllowed, ValidationError
from secledger.domain.media import MediaState, MediaType, RepairMode, RepairStatus
from secledger.services.audit.verify import verify
from secledger.services.media import items, read, repair
from secledger.services.media import printing as mp
from secledger.services.media.repair import RepairInput, ReplacedStorage

SE, T = Classification.SECRET, Classification.TOP_SECRET


def _ask(o: Any, media_id: int, **kw: Any) -> Any:
    args: dict[str, Any] = {"media_id": media_id, "requester_id": o.leaders[2].id,
                            "fault": "无法开机", "mode": RepairMode.IN_HOUSE}
    args.update(kw)
    return repair.request_repair(o.led, RepairInput(**args))


def _refused(o: Any, exc: type[Exception], code: str, fn: Any) -> None:
    before = snapshot(o.led)
    with pytest.raises(exc) as info:
        fn()
    assert getattr(info.value, "code", None) == code, info.value
    assert snapshot(o.led) == before


OUTSIDER = {"mode": RepairMode.ON_SITE, "repairer_unit": "某某信息技术有限公司",
            "repairer_qualification": "涉密集成乙级", "agreement": True,
            "agreement_ref": "BM-XY-01"}


def test_the_repair_rules_refuse_with_their_reason(office: Any) -> None:
    o = office
    pc = add_item(o, level=SE)
    usb = add_item(o, "BM-U-001", kind=MediaType.USB, level=SE)
    _refused(o, RuleViolation, "media.repair_unwatched", lambda: _ask(o, pc.id, **OUTSIDER))
    _refused(o, RuleViolation, "media.repair_storage_leaves", lambda: _ask(
        o, pc.id, **(OUTSIDER | {"mode": RepairMode.SENT_OUT, "escort_id": o.leaders[1].id})))
    _refused(o, RuleViolation, "media.repair_agreement", lambda: _ask(
        o, pc.id, **(OUTSIDER | {"agreement": False, "escort_id": o.leaders[1].id})))
    _refused(o, ValidationError, "media.repairer_required", lambda: _ask(
        o, pc.id, **(OUTSIDER | {"repairer_unit": "", "escort_id": o.leaders[1].id})))
    _refused(o, RuleViolation, "media.escort_clearance", lambda: _ask(
        o, pc.id, **(OUTSIDER | {"escort_id": o.general_staff.id})))
    _refused(o, ValidationError, "media.storage_is_the_item",
             lambda: _ask(o, usb.id, storage_removed=True))
    _refused(o, ValidationError, "media.fault_required", lambda: _ask(o, pc.id, fault=" "))
    watched = _ask(o, pc.id, **(OUTSIDER | {"escort_id": o.leaders[1].id}))
    assert watched.status == RepairStatus.REQUESTED and watched.escort == "刘副局长"
    _refused(o, RuleViolation, "media.already_requested", lambda: _ask(o, pc.id))
    out = _ask(o, add_item(o, "BM-JSJ-002").id,
               **(OUTSIDER | {"mode": RepairMode.SENT_OUT, "storage_removed": True}))
    assert out.storage_removed and "存储部件已拆除" in out.approval.summary


def test_a_repair_from_request_to_return_with_a_replaced_disk(office: Any) -> None:
    o = office
    pc = add_item(o, "BM-JSJ-001", level=T, holder_id=o.leaders[1].id)
    r = _ask(o, pc.id, fault="硬盘异响")
    assert r.reg_no == "维修2026-00001" and r.approval.subject_kind == "media_repair"
    _refused(o, RuleViolation, "media.not_approved", lambda: repair.send_repair(o.led,
                                                                                repair_id=r.id))
    decide(o, r.approval.id)
    sent = repair.send_repair(o.led, repair_id=r.id)
    assert sent.status == RepairStatus.IN_REPAIR and sent.item.state == MediaState.IN_REPAIR
    assert sent.item.holder_id == o.leaders[1].id  # the 责任人 stays accountable
    _refused(o, TransitionNotAllowed, "media.transition_not_allowed",
             lambda: items.take_out_of_service(o.led, pc.id, reason="x"))
    _refused(o, ValidationError, "media.return_before_send", lambda: repair.return_repair(
        o.led, repair_id=r.id, work_done="更换硬盘",
        returned_at=datetime(2026, 11, 23, tzinfo=UTC)))
    _refused(o, ValidationError, "media.future_time", lambda: repair.return_repair(
        o.led, repair_id=r.id, work_done="更换硬盘",
        returned_at=o.clock.t + timedelta(days=2)))
    _refused(o, ValidationError, "media.work_required",
             lambda: repair.return_repair(o.led, repair_id=r.id, work_done=""))
    o.clock.set(o.clock.t + timedelta(hours=3))
    back = repair.return_repair(o.led, repair_id=r.id, work_done="更换硬盘，重装系统",
                                repairer_name="张工", parts_replaced="硬盘",
                                replaced_storage=[ReplacedStorage(serial_no="WD-1")])
    assert back.status == RepairStatus.RETURNED and back.item.state == MediaState.IN_USE
    assert back.replaced == ("BM-JSJ-001-拆1",)
    disk = read.list_items(o.led, read.MediaFilter(text="BM-JSJ-001-拆1"))[0]
    assert (disk.state, disk.level, disk.holder_id) == (
        MediaState.AWAITING_DESTRUCTION, T.value, o.leaders[1].id)
    assert disk.source_item_id == pc.id and disk.source_repair_id == r.id
    assert read.history(o.led, disk.id)[0].kind == "media.register_removed"
    assert [h.kind for h in read.history(o.led, pc.id)][-2:] == [
        "media.send_to_repair", "media.repair_return"]
    assert_verified(o.led)


def test_cancelled_and_refused_repairs(office: Any) -> None:
    o = office
    pc = add_item(o)
    first = _ask(o, pc.id)
    decide(o, first.approval.id, approve=False)
    _refused(o, RuleViolation, "media.wrong_status",
             lambda: repair.send_repair(o.led, repair_id=first.id))
    second = _ask(o, pc.id)
    assert repair.cancel_repair(o.led, repair_id=second.id, reason="已自行修复").status == \
        RepairStatus.CANCELLED
    assert read.get_item(o.led, pc.id).state == MediaState.IN_USE


def test_the_printed_forms_and_labels(office: Any, tmp_path: Path) -> None:
    o = office
    pc = add_item(o, "BM-JSJ-001", level=SE)
    usb = add_item(o, "BM-U-001", kind=MediaType.USB, level=T, holder_id=o.leaders[1].id)
    r = _ask(o, pc.id, **(OUTSIDER | {"escort_id": o.leaders[1].id}))
    decide(o, r.approval.id)
    repair.send_repair(o.led, repair_id=r.id)
    repair.return_repair(o.led, repair_id=r.id, work_done="更换主板", repairer_name="王工",
                         replaced_storage=[ReplacedStorage(serial_no="WD-2")])
    form = pdftotext(mp.print_repair_form(o.led, r.id, tmp_path / "form.pdf"))
    for text in ("涉密设备维修审批表", "维修2026-00001", "BM-JSJ-001", "外来人员现场维修",
                 "某某信息技术有限公司", "已签订", "刘副局长", "更换主板", "BM-JSJ-001-拆1",
                 "陪同人（签字）", "维修人（签字）", "第 1 页 共 1 页"):
        assert text in form, text
    book = pdftotext(mp.print_repair_register(o.led, tmp_path / "book.pdf"))
    assert "涉密设备维修登记簿" in book and "外来人员现场维修" in book
    computers = pdftotext(mp.print_register(o.led, read.COMPUTERS, tmp_path / "jsj.pdf"))
    assert "涉密计算机台账" in computers and "BM-JSJ-001" in computers
    assert "BM-U-001" not in computers
    media = pdftotext(mp.print_register(o.led, read.STORAGE, tmp_path / "jz.pdf"))
    assert "涉密存储介质台账" in media and "BM-U-001" in media and "BM-JSJ-001-拆1" in media
    assert "待销毁" in media and "合计" in media
    mp.export_register_xlsx(o.led, read.STORAGE, tmp_path / "jz.xlsx")
    mp.export_repair_register_xlsx(o.led, tmp_path / "book.xlsx")
    labels = pdftotext(mp.print_labels(o.led, [pc.id, usb.id], tmp_path / "labels.pdf"))
    assert "设备编号：BM-JSJ-001" in labels and usb.label_id in labels and "绝密" in labels
    assert mp.labels_level(o.led, [pc.id, usb.id]) is T
    assert read.history(o.led, usb.id)[-1].kind == "media.label_printed"
    assert_verified(o.led)


# -- verify -------------------------------------------------------------------------------------
def _sql(o: Any, statement: str) -> None:
    conn = o.led.db.raw_connection()
    try:
        conn.cursor().execute(statement)
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize(("statement", "words"), [
    ("UPDATE media_items SET state = 'in_repair' WHERE device_no = 'BM-U-001'", "状态"),
    ("UPDATE media_items SET level = 'confidential' WHERE device_no = 'BM-U-001'", "密级"),
    ("UPDATE media_items SET holder_id = 1 WHERE device_no = 'BM-U-001'", "责任人"),
    ("UPDATE media_items SET device_no = 'X-1' WHERE device_no = 'BM-U-001'", "设备编号"),
    ("UPDATE media_loans SET status = 'returned'", "借用记录"),
])
def test_verify_finds_a_register_changed_outside_the_app(office: Any, statement: str,
                                                         words: str) -> None:
    o = office
    usb = add_item(o, "BM-U-001", kind=MediaType.USB, level=SE)
    from secledger.services.media import lending

    loan = lending.request_loan(o.led, media_id=usb.id, borrower_id=o.leaders[2].id,
                                due_on=o.clock.t.date() + timedelta(days=2), purpose="开会")
    decide(o, loan.approval.id)
    lending.lend(o.led, loan_id=loan.id)
    assert_verified(o.led)
    _sql(o, statement)
    report = verify(o.led)
    assert not report.ok and words in report.first.message, report.first
