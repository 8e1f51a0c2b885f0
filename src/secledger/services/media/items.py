"""The register of classified devices and storage media: register an item (设备编号, type,
level, 责任人, label id), correct its description, raise its level, give it a new 责任人,
take it out of service and back, mark it for destruction (and take it off), void a
mistaken registration.

Every change of state, holder or level goes through ``transition()`` (the one transition
function, with the media table and the level rule); a description's correction is a
``media.edited`` event with what it was and what it became. The keeper of the register is
the clerk (a ledger fact: DESIGN.md §1 keeps the security officer off ledger facts)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain import labels
from secledger.domain.enums import Classification, Clearance, Role
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.media import MediaAction, MediaState, MediaType, may_hold
from secledger.services.carriers.items import person
from secledger.services.carriers.refs import clean
from secledger.services.carriers.transition import transition
from secledger.services.disposal.destruction_media import open_manifest_of
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now, utc_naive
from secledger.services.media.read import MediaItemDTO, item_dto, item_row
from secledger.store.models.media import MediaItem
from secledger.store.models.people import Person

KEEPER = Role.CLERK


@dataclass(frozen=True, slots=True)
class MediaInput:
    """What registering an item asks for."""

    media_type: MediaType
    device_no: str
    level: Classification
    holder_id: int
    serial_no: str = ""
    brand_model: str = ""
    purpose: str = ""
    location: str = ""
    started_on: date | None = None
    remarks: str = ""


@dataclass(frozen=True, slots=True)
class MediaEdit:
    """A correction of an item's description (None: unchanged). Its type, level and
    责任人 are not edited here: the level only rises, the holder changes by handover."""

    device_no: str | None = None
    serial_no: str | None = None
    brand_model: str | None = None
    purpose: str | None = None
    location: str | None = None
    started_on: date | None = None
    remarks: str | None = None


_LIMITS = {"device_no": ("设备编号", 64), "serial_no": ("序列号", 100),
           "brand_model": ("品牌型号", 200), "purpose": ("用途", 200),
           "location": ("位置", 200), "remarks": ("备注", 1000)}


def _text(field: str, value: str) -> str:
    what, limit = _LIMITS[field]
    return clean(value, what, limit)


def _device_no(s: Session, value: str, *, own_id: int | None = None) -> str:
    no = _text("device_no", value)
    if not no:
        raise ValidationError("media.device_no_required", field="device_no")
    other = s.execute(select(MediaItem).where(MediaItem.device_no == no,
                                              MediaItem.id != (own_id or 0))).scalar()
    if other is not None:
        raise ValidationError("media.device_no_taken", field="device_no", device_no=no,
                              type=MediaType(other.media_type).label,
                              state=MediaState(other.state).label)
    return no


def holder_for(s: Session, person_id: int | None, level: Classification) -> Person:
    """An active person cleared for *level*, to be an item's 责任人 (or its borrower)."""
    if not person_id:
        raise ValidationError("media.holder_required", field="holder")
    p = person(s, person_id, role="责任人")
    clearance = Clearance(p.clearance)
    if not may_hold(clearance, level):
        raise RuleViolation("media.holder_clearance", person=p.name, clearance=clearance.label,
                            level=level.label)
    return p


def _started(led: Ledger, day: date | None) -> date | None:
    if day is not None and day > local_now(led).date():
        raise ValidationError("media.future_time", field="started_on", what="启用日期")
    return day


def _new_label(s: Session) -> str:
    while True:
        code = labels.new_label_id(labels.MEDIA_PREFIX)
        if s.execute(select(MediaItem.id).where(MediaItem.label_id == code)).first() is None:
            return code


def new_item(s: Session, led: Ledger, inp: MediaInput, action: MediaAction = MediaAction.REGISTER,
             **extra: Any) -> MediaItem:
    """Register one item in the caller's transaction (also the storage a repair took out:
    ``MediaAction.REGISTER_REMOVED`` with its source). Returns the new row."""
    holder = holder_for(s, inp.holder_id, inp.level)
    now = utc_naive(led.now())
    item = MediaItem(
        label_id=_new_label(s), device_no=_device_no(s, inp.device_no),
        media_type=MediaType(inp.media_type).value, serial_no=_text("serial_no", inp.serial_no),
        brand_model=_text("brand_model", inp.brand_model),
        purpose=_text("purpose", inp.purpose), started_on=_started(led, inp.started_on),
        remarks=_text("remarks", inp.remarks), registered_at=now, **extra,
    )
    s.add(item)
    transition(s, led, item, action, holder_id=holder.id, level=inp.level,
               location=_text("location", inp.location), payload={
                   "label_id": item.label_id, "media_type": item.media_type,
                   "serial_no": item.serial_no, "brand_model": item.brand_model,
                   "purpose": item.purpose, "remarks": item.remarks,
                   "started_on": item.started_on.isoformat() if item.started_on else None,
                   **{k: v for k, v in extra.items() if v is not None}})
    return item


def register_item(led: Ledger, inp: MediaInput) -> MediaItemDTO:
    """Register a device or medium (one transaction): in use, with its 责任人 and label."""
    led.require(KEEPER, "登记涉密设备和存储介质")
    with led.db.write() as s:
        item = new_item(s, led, inp)
        return item_dto(s, item.id)


def edit_item(led: Ledger, media_id: int, edit: MediaEdit, *, reason: str = "") -> MediaItemDTO:
    """Correct an item's description; the event keeps what each field was."""
    led.require(KEEPER, "修改涉密设备信息")
    with led.db.write() as s:
        item = item_row(s, media_id)
        state = MediaState(item.state)
        if state.is_terminal:
            raise RuleViolation("media.closed", device_no=item.device_no,
                                state_label=state.label, state_en=state.label_en.lower())
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for f in fields(edit):
            value = getattr(edit, f.name)
            if value is None:
                continue
            new = _new_value(s, led, item, f.name, value)
            old = getattr(item, f.name)
            if new != old:
                before[f.name], after[f.name] = _plain(old), _plain(new)
                setattr(item, f.name, new)
        if not after:
            raise ValidationError("media.nothing_changed")
        item.updated_at = utc_naive(led.now())
        led.event(s, "media.edited", {"media_id": item.id, "device_no": item.device_no,
                                      "before": before, "after": after,
                                      "fields": "、".join(_LABEL_OF.get(k, k) for k in after),
                                      "reason": clean(reason, "原因", 500)})
        return item_dto(s, item.id)


_LABEL_OF = {k: v[0] for k, v in _LIMITS.items()} | {"started_on": "启用日期"}


def _new_value(s: Session, led: Ledger, item: MediaItem, name: str, value: Any) -> Any:
    if name == "device_no":
        return _device_no(s, value, own_id=item.id)
    if name == "started_on":
        return _started(led, value)
    return _text(name, value)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _move(led: Ledger, media_id: int, action: MediaAction, what: str, *, reason: str,
          reason_required: bool = False,
          check: Callable[[Session, MediaItem], None] | None = None, **kw: Any) -> MediaItemDTO:
    led.require(KEEPER, what)
    why = clean(reason, "原因", 500)
    if reason_required and not why:
        raise ValidationError("media.reason_required", field="reason")
    with led.db.write() as s:
        item = item_row(s, media_id)
        if check is not None:
            check(s, item)
        transition(s, led, item, action, payload={"reason": why} if why else None, **kw)
        return item_dto(s, item.id)


def raise_level(led: Ledger, media_id: int, level: Classification, *,
                reason: str = "") -> MediaItemDTO:
    """The medium now holds something of a higher level: its level rises for good."""
    return _move(led, media_id, MediaAction.RAISE_LEVEL, "提升设备密级", reason=reason,
                 level=level)


def change_holder(led: Ledger, media_id: int, holder_id: int, *,
                  reason: str = "") -> MediaItemDTO:
    """责任人变更: another person becomes accountable (cleared for the item's level)."""
    led.require(KEEPER, "变更设备责任人")
    with led.db.write() as s:
        item = item_row(s, media_id)
        new = holder_for(s, holder_id, Classification(item.level))
        if new.id == item.holder_id:
            raise RuleViolation("media.same_holder", person=new.name)
        transition(s, led, item, MediaAction.HANDOVER, holder_id=new.id,
                   payload={"reason": clean(reason, "原因", 500)})
        return item_dto(s, item.id)


def take_out_of_service(led: Ledger, media_id: int, *, reason: str) -> MediaItemDTO:
    return _move(led, media_id, MediaAction.TAKE_OUT_OF_SERVICE, "停用设备", reason=reason,
                 reason_required=True)


def return_to_service(led: Ledger, media_id: int, *, reason: str = "") -> MediaItemDTO:
    return _move(led, media_id, MediaAction.RETURN_TO_SERVICE, "恢复使用设备", reason=reason)


def mark_for_destruction(led: Ledger, media_id: int, *, reason: str) -> MediaItemDTO:
    """报废: the item waits for the destruction manifest (待销毁)."""
    return _move(led, media_id, MediaAction.MARK_FOR_DESTRUCTION, "设备报废", reason=reason,
                 reason_required=True)


def _not_on_a_manifest(s: Session, item: MediaItem) -> None:
    on = open_manifest_of(s, item.id)
    if on:
        raise RuleViolation("media.on_manifest", device_no=item.device_no, reg_no=on)


def cancel_destruction(led: Ledger, media_id: int, *, reason: str) -> MediaItemDTO:
    """Back out of service, unless an open destruction manifest lists the item."""
    return _move(led, media_id, MediaAction.CANCEL_DESTRUCTION, "撤销设备报废", reason=reason,
                 reason_required=True, check=_not_on_a_manifest)


def void_item(led: Ledger, media_id: int, *, reason: str) -> MediaItemDTO:
    """A registration made in error is voided with its reason, never deleted."""
    return _move(led, media_id, MediaAction.VOID, "作废设备登记", reason=reason,
                 reason_required=True)
