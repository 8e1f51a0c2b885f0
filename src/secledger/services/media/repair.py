"""维修 of classified devices: request (fault, who repairs, the unit and its qualification,
the confidentiality agreement, whether the storage is removed, the on-site escort) →
approval (the one approvals mechanism, subject ``media_repair``) → sent (in repair) →
returned with the work done and the parts replaced.

The rules are ``domain.media.check_repair_plan``: an outsider's repair with the storage
inside and no escort is refused, and nothing leaves the office with its storage. Storage
replaced in the repair becomes its own item, of the device's level, waiting for
destruction (待销毁). Sending and return go through ``transition()``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.enums import Classification, Clearance
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.media import (
    REPAIR_RULE,
    MediaAction,
    MediaState,
    MediaType,
    RepairMode,
    RepairStatus,
    check_media_transition,
    check_repair_plan,
    may_hold,
)
from secledger.services.approvals import requests as approvals
from secledger.services.carriers.items import next_record_no, person
from secledger.services.carriers.refs import clean
from secledger.services.carriers.transition import transition
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now, utc_naive
from secledger.services.media.items import KEEPER, MediaInput, new_item
from secledger.services.media.read import item_row
from secledger.services.media.records import MediaRepairDTO, repair_dto, repair_row
from secledger.store.models.approvals import Approval
from secledger.store.models.media import MediaItem, MediaRepair

REGISTER, PREFIX = "media_repair", "维修"
SUBJECT = "media_repair"
_OPEN = (RepairStatus.REQUESTED.value, RepairStatus.APPROVED.value,
         RepairStatus.IN_REPAIR.value)


@dataclass(frozen=True, slots=True)
class RepairInput:
    media_id: int
    requester_id: int
    fault: str
    mode: RepairMode
    repairer_unit: str = ""
    repairer_qualification: str = ""
    agreement: bool = False
    agreement_ref: str = ""
    storage_removed: bool = False
    storage_note: str = ""  # where the removed storage is kept meanwhile
    escort_id: int | None = None


@dataclass(frozen=True, slots=True)
class ReplacedStorage:
    """A storage part taken out for good: registered as its own item to be destroyed."""

    media_type: MediaType = MediaType.OTHER
    serial_no: str = ""
    brand_model: str = ""
    device_no: str = ""  # blank: the device's number with -拆1, -拆2 …


def request_repair(led: Ledger, inp: RepairInput) -> MediaRepairDTO:
    """Open a repair request and its approval (one transaction); refused when the rules
    forbid the repair as asked."""
    led.require(KEEPER, "登记设备维修申请")
    fault = clean(inp.fault, "故障情况", 1000)
    if not fault:
        raise ValidationError("media.fault_required", field="fault")
    unit = clean(inp.repairer_unit, "维修单位", 200)
    with led.db.write() as s:
        item = item_row(s, inp.media_id)
        check_media_transition(MediaState(item.state), MediaAction.SEND_TO_REPAIR)
        _no_open_repair(s, item)
        kind, mode = MediaType(item.media_type), RepairMode(inp.mode)
        check_repair_plan(kind, mode, storage_removed=inp.storage_removed,
                          escort=inp.escort_id is not None, repairer_unit=unit,
                          agreement=inp.agreement)
        requester = person(s, inp.requester_id, role="申请人")
        escort = _escort(s, inp.escort_id, Classification(item.level))
        year, number, reg_no = next_record_no(s, REGISTER, PREFIX, local_now(led))
        r = MediaRepair(
            year=year, number=number, reg_no=reg_no, media_id=item.id,
            requester_id=requester.id, fault=fault, mode=mode.value, repairer_unit=unit,
            repairer_qualification=clean(inp.repairer_qualification, "维修资质", 200),
            agreement=inp.agreement, agreement_ref=clean(inp.agreement_ref, "保密协议编号", 100),
            storage_removed=inp.storage_removed,
            storage_note=clean(inp.storage_note, "存储部件保管", 200),
            escort_id=escort, status=RepairStatus.REQUESTED.value,
            requested_by_user_id=led.user.id, requested_at=utc_naive(led.now()))
        s.add(r)
        s.flush()
        r.approval_id = approvals.request_approval(
            s, led, subject_kind=SUBJECT, subject_id=r.id, summary=_summary(r, item),
            rule=REPAIR_RULE)
        led.event(s, "media.repair_requested", {
            "media_id": item.id, "device_no": item.device_no, "repair_id": r.id,
            "repair_no": r.reg_no, "mode": r.mode, "fault": fault,
            "storage_removed": r.storage_removed, "escort_id": r.escort_id,
            "repairer_unit": unit, "agreement": r.agreement}, person_id=requester.id)
        return repair_dto(s, r)


def _no_open_repair(s: Session, item: MediaItem) -> None:
    other = s.execute(select(MediaRepair.reg_no).where(
        MediaRepair.media_id == item.id, MediaRepair.status.in_(_OPEN))).scalar()
    if other:
        raise RuleViolation("media.already_requested", device_no=item.device_no, what="维修",
                            what_en="repair", number=other)


def _escort(s: Session, escort_id: int | None, level: Classification) -> int | None:
    if escort_id is None:
        return None
    p = person(s, escort_id, role="陪同人")
    clearance = Clearance(p.clearance)
    if not may_hold(clearance, level):
        raise RuleViolation("media.escort_clearance", person=p.name, clearance=clearance.label,
                            level=level.label)
    return p.id


def _summary(r: MediaRepair, item: MediaItem) -> str:
    what = (f"{MediaType(item.media_type).label}{item.device_no}"
            f"（{Classification(item.level).label}）")
    how = RepairMode(r.mode).label + (f"（{r.repairer_unit}）" if r.repairer_unit else "")
    storage = "存储部件已拆除" if r.storage_removed else "存储部件未拆除"
    return f"{r.reg_no}：{what}申请{how}，{storage}；故障：{r.fault}"


def _on_decided(s: Session, led: Ledger, row: Approval) -> None:
    r = s.get(MediaRepair, row.subject_id)
    if r is not None and r.status == RepairStatus.REQUESTED:
        approved = row.status == approvals.APPROVED
        r.status = (RepairStatus.APPROVED if approved else RepairStatus.REJECTED).value


approvals.register_hook(SUBJECT, _on_decided)


def _require(r: MediaRepair, allowed: RepairStatus, action: str, action_en: str) -> None:
    if r.status == allowed:
        return
    if r.status == RepairStatus.REQUESTED and allowed is RepairStatus.APPROVED:
        raise RuleViolation("media.not_approved", what="维修", what_en="Repair", number=r.reg_no,
                            status=RepairStatus(r.status).label)
    raise RuleViolation("media.wrong_status", what="维修", what_en="Repair", number=r.reg_no,
                        status=RepairStatus(r.status).label, action=action, action_en=action_en)


def cancel_repair(led: Ledger, *, repair_id: int, reason: str = "") -> MediaRepairDTO:
    led.require(KEEPER, "撤销维修申请")
    with led.db.write() as s:
        r = repair_row(s, repair_id)
        if r.status not in (RepairStatus.REQUESTED, RepairStatus.APPROVED):
            _require(r, RepairStatus.REQUESTED, "撤销", "cancelled")
        why = clean(reason, "原因", 500)
        if r.status == RepairStatus.REQUESTED and r.approval_id:
            approvals.cancel(s, led, r.approval_id, why)
        r.status, r.cancel_reason = RepairStatus.CANCELLED.value, why
        led.event(s, "media.repair_cancelled", {"media_id": r.media_id, "repair_id": r.id,
                                                "repair_no": r.reg_no, "reason": why})
        return repair_dto(s, r)


def _moment(led: Ledger, when: datetime | None, what: str) -> datetime:
    """A time given on the form (aware local or naive UTC), not in the future; now if None."""
    now = utc_naive(led.now())
    if when is None:
        return now
    moment = utc_naive(when)
    if moment > now:
        raise ValidationError("media.future_time", field=what, what=what)
    return moment


def send_repair(led: Ledger, *, repair_id: int, sent_at: datetime | None = None) -> MediaRepairDTO:
    """The approved repair starts (the device is handed over, or the repairer comes in)."""
    led.require(KEEPER, "登记设备送修")
    with led.db.write() as s:
        r = repair_row(s, repair_id)
        _require(r, RepairStatus.APPROVED, "送修", "sent for repair")
        item = item_row(s, r.media_id)
        transition(s, led, item, MediaAction.SEND_TO_REPAIR, payload={
            "repair_id": r.id, "repair_no": r.reg_no, "mode": r.mode,
            "storage_removed": r.storage_removed})
        r.sent_at = _moment(led, sent_at, "送修时间")
        r.status = RepairStatus.IN_REPAIR.value
        return repair_dto(s, r)


def return_repair(
    led: Ledger, *, repair_id: int, work_done: str, returned_at: datetime | None = None,
    repairer_name: str = "", parts_replaced: str = "",
    replaced_storage: Sequence[ReplacedStorage] = (),
) -> MediaRepairDTO:
    """The device is back (or the repairer is done): the work and the parts replaced are
    recorded; each storage part taken out for good becomes its own item to be destroyed."""
    led.require(KEEPER, "登记维修返回")
    work = clean(work_done, "维修情况", 1000)
    if not work:
        raise ValidationError("media.work_required", field="work_done")
    with led.db.write() as s:
        r = repair_row(s, repair_id)
        _require(r, RepairStatus.IN_REPAIR, "登记返回", "returned")
        back = _moment(led, returned_at, "返回时间")
        assert r.sent_at is not None
        if back < r.sent_at:
            raise ValidationError("media.return_before_send", field="returned_at",
                                  sent=r.sent_at.isoformat(sep=" ", timespec="minutes"))
        item = item_row(s, r.media_id)
        made = [_take_out(s, led, item, r, part, n)
                for n, part in enumerate(replaced_storage, start=1)]
        transition(s, led, item, MediaAction.REPAIR_RETURN, payload={
            "repair_id": r.id, "repair_no": r.reg_no, "replaced": made})
        r.returned_at, r.work_done = back, work
        r.repairer_name = clean(repairer_name, "维修人", 100)
        r.parts_replaced = clean(parts_replaced, "更换部件", 1000)
        r.status = RepairStatus.RETURNED.value
        return repair_dto(s, r)


def _take_out(s: Session, led: Ledger, device: MediaItem, r: MediaRepair,
              part: ReplacedStorage, n: int) -> str:
    """Register one replaced storage part: the device's level and 责任人, 待销毁."""
    assert device.holder_id is not None
    new = new_item(s, led, MediaInput(
        media_type=MediaType(part.media_type), device_no=part.device_no or f"{device.device_no}-拆{n}",
        level=Classification(device.level), holder_id=device.holder_id,
        serial_no=part.serial_no, brand_model=part.brand_model, location=device.location,
        purpose=f"自{device.device_no}拆换（{r.reg_no}），待销毁"),
        MediaAction.REGISTER_REMOVED, source_item_id=device.id, source_repair_id=r.id)
    return new.device_no
