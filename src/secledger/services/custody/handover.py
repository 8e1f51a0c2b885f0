"""移交: everything a person is accountable for, handed to a receiver in
front of a witness (监交人) in one transaction, one event per carrier and per classified
device or storage medium (``handover_media`` says which media move and which must be
returned first)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.access import may_see_level
from secledger.domain.custody import HandoverReason
from secledger.domain.enums import CarrierState, Classification, Clearance, Register, Role
from secledger.domain.enums import format_reg_no as _reg_no
from secledger.domain.errors import RuleViolation
from secledger.domain.states import Action
from secledger.services.carriers.items import (
    TERMINAL,
    CarrierItem,
    LevelCount,
    item_query,
    items,
    level_totals,
    listed_item_query,
    names,
    person,
    record,
    to_item,
)
from secledger.services.carriers.transition import transition
from secledger.services.custody import handover_media as hm
from secledger.services.custody.handover_media import TypeCount, type_totals
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now, utc_naive
from secledger.services.media.read import MediaItemDTO
from secledger.services.registration.register import clean_text
from secledger.store import numbering
from secledger.store.models.handover import Handover, HandoverItem
from secledger.store.models.people import Department, Person
from secledger.store.models.registry import Carrier, Document

_STATE_ORDER = [s.value for s in CarrierState]


@dataclass(frozen=True, slots=True)
class StateGroup:
    state: str
    label: str
    items: tuple[CarrierItem, ...]


@dataclass(frozen=True, slots=True)
class Holdings:
    """What *person* is accountable for now: the carriers grouped by state, and the
    classified devices and storage media (``media``, those borrowed among them)."""

    person_id: int
    person_name: str
    department: str
    groups: tuple[StateGroup, ...]
    by_level: tuple[LevelCount, ...]
    media: tuple[MediaItemDTO, ...] = ()

    @property
    def items(self) -> tuple[CarrierItem, ...]:
        return tuple(i for g in self.groups for i in g.items)

    @property
    def total(self) -> int:
        """How many carriers."""
        return sum(len(g.items) for g in self.groups)

    @property
    def media_handed(self) -> tuple[MediaItemDTO, ...]:
        """The devices and media a handover moves."""
        return hm.handed_over(self.media)

    @property
    def media_borrowed(self) -> tuple[MediaItemDTO, ...]:
        """The media lent to the person: returned first, never handed on."""
        return hm.borrowed(self.media)

    @property
    def media_by_type(self) -> tuple[TypeCount, ...]:
        return type_totals(self.media)

    @property
    def empty(self) -> bool:
        """Holds neither carriers nor devices or media."""
        return not self.groups and not self.media


@dataclass(frozen=True, slots=True)
class HandoverDTO:
    id: int
    reg_no: str
    handed_at: datetime
    reason: str
    reason_label: str
    note: str
    giver_id: int
    giver: str
    receiver_id: int
    receiver: str
    witness_id: int
    witness: str
    item_count: int
    items: tuple[CarrierItem, ...] = ()
    by_level: tuple[LevelCount, ...] = ()
    media_count: int = 0
    media: tuple[MediaItemDTO, ...] = ()

    @property
    def media_by_type(self) -> tuple[TypeCount, ...]:
        return type_totals(self.media)


def _holdings(s: Session, person_id: int) -> Holdings:
    p = person(s, person_id, active=False)
    q = item_query().where(Carrier.holder_id == person_id, Carrier.state.not_in(TERMINAL))
    rows = items(s, q.order_by(Document.reg_no, Carrier.copy_no))
    groups = []
    for st in _STATE_ORDER:
        grp = tuple(r for r in rows if r.state == st)
        if grp:
            groups.append(StateGroup(st, CarrierState(st).label, grp))
    dept = ""
    if p.department_id is not None:
        d = s.get(Department, p.department_id)
        dept = d.name if d else ""
    return Holdings(p.id, p.name, dept, tuple(groups), level_totals(rows),
                    hm.held_media(s, person_id))


def holdings(led: Ledger, person_id: int) -> Holdings:
    """Every non-terminal carrier whose accountable holder is *person_id*, by state, and
    every live device or medium he is 责任人 or borrower of."""
    _ = led.user
    with led.db.read() as s:
        return _holdings(s, person_id)


def _check_people(s: Session, giver: Person, receiver_id: int, witness_id: int) -> tuple[Person, Person]:
    receiver = person(s, receiver_id, role="接收人")
    witness = person(s, witness_id, role="监交人")
    if receiver.id == giver.id:
        raise RuleViolation("handover.same_person", person=giver.name)
    if witness.id in (giver.id, receiver.id):
        raise RuleViolation("handover.witness_party", person=witness.name)
    return receiver, witness


def _check_clearance(receiver: Person, rows: Sequence[CarrierItem | MediaItemDTO]) -> None:
    if not rows:
        return
    top = max((Classification(r.level) for r in rows), key=lambda c: c.rank)
    clearance = Clearance(receiver.clearance)
    if not may_see_level(clearance, top):
        raise RuleViolation("handover.receiver_clearance", person=receiver.name,
                            clearance=clearance.label, level=top.label)


def confirm_handover(
    led: Ledger,
    *,
    giver_id: int,
    receiver_id: int,
    witness_id: int,
    reason: HandoverReason,
    note: str = "",
    expected_ids: Sequence[int] | None = None,
    expected_media_ids: Sequence[int] | None = None,
) -> HandoverDTO:
    """Move every carrier and every device or medium *giver_id* is accountable for to
    *receiver_id*, states unchanged. Refused while a medium is still lent to the giver.

    *expected_ids* (*expected_media_ids*) are the carriers (devices and media) the operator
    saw on the list: if the holdings changed meanwhile the handover is refused, so that the
    signed list and the ledger agree.
    """
    user = led.require(Role.CLERK, "办理移交")
    reason = HandoverReason(reason)
    note = clean_text(note, "移交说明", 2000, fld="note")
    now = led.now()
    with led.db.write() as s:
        giver = person(s, giver_id, role="移交人", active=False)
        receiver, witness = _check_people(s, giver, receiver_id, witness_id)
        held = _holdings(s, giver_id)
        current, media = held.items, held.media_handed
        if (expected_ids is not None and sorted(expected_ids) != sorted(i.carrier_id for i in current)) \
                or (expected_media_ids is not None
                    and sorted(expected_media_ids) != sorted(m.id for m in media)):
            raise RuleViolation("handover.list_changed", person=giver.name)
        hm.refuse_borrowed(giver.name, held.media)
        _check_clearance(receiver, [*current, *media])
        year = local_now(led).year  # the register's 年度 is the local calendar year
        number = numbering.next_number(s, Register.HANDOVER.value, year)
        h = Handover(
            year=year, number=number, reg_no=_reg_no(Register.HANDOVER, year, number),
            handed_at=utc_naive(now), reason=reason.value, note=note, giver_id=giver.id,
            receiver_id=receiver.id, witness_id=witness.id, item_count=len(current),
            created_by=user.id,
        )
        s.add(h)
        s.flush()
        _move(s, led, h, current)
        body = {"reg_no": h.reg_no, "reason": h.reason, "giver_id": giver.id,
                "receiver_id": receiver.id, "witness_id": witness.id, "note": note,
                "carrier_ids": [i.carrier_id for i in current]}
        loans = hm.move_media(s, led, h, media)
        if media or loans:
            body |= {"media_ids": [m.id for m in media], "devices": hm.describe(media, 20),
                     "media_loans": loans}
        led.event(s, "handover.confirmed", body, person_id=giver.id)
        return _dto(s, h, with_items=True)


def _move(s: Session, led: Ledger, h: Handover, rows: Sequence[CarrierItem]) -> None:
    carriers = {c.id: c for c in s.execute(
        select(Carrier).where(Carrier.id.in_([r.carrier_id for r in rows]))
    ).scalars()}
    for seq, row in enumerate(rows, start=1):
        c = carriers[row.carrier_id]
        s.add(HandoverItem(handover_id=h.id, carrier_id=c.id, seq=seq, state=c.state,
                           location=c.location))
        transition(s, led, c, Action.HANDOVER, holder_id=h.receiver_id, payload={
            "handover_no": h.reg_no, "reason": h.reason, "witness_id": h.witness_id,
        })


def _dto(s: Session, h: Handover, *, with_items: bool = False) -> HandoverDTO:
    who = names(s, (h.giver_id, h.receiver_id, h.witness_id))
    rows: tuple[CarrierItem, ...] = ()
    media: tuple[MediaItemDTO, ...] = ()
    if with_items:
        rows = tuple(_items_of(s, h))
        media = tuple(hm.media_of(s, h))
    return HandoverDTO(
        id=h.id, reg_no=h.reg_no, handed_at=h.handed_at, reason=h.reason,
        reason_label=HandoverReason(h.reason).label, note=h.note,
        giver_id=h.giver_id, giver=who.get(h.giver_id, ""), receiver_id=h.receiver_id,
        receiver=who.get(h.receiver_id, ""), witness_id=h.witness_id,
        witness=who.get(h.witness_id, ""), item_count=h.item_count, items=rows,
        by_level=level_totals(rows), media_count=hm.media_count(s, h.id), media=media,
    )


def _items_of(s: Session, h: Handover) -> list[CarrierItem]:
    """The carriers as they stood at the handover (state and location frozen on the list)."""
    q = listed_item_query(HandoverItem, HandoverItem.handover_id, h.id).add_columns(
        HandoverItem.state, HandoverItem.location)
    out = []
    for c, d, holder, state, location in s.execute(q).tuples():
        it = to_item(c, d, holder)
        out.append(replace(it, state=state, state_label=CarrierState(state).label,
                           location=location))
    return out


def get_handover(led: Ledger, handover_id: int) -> HandoverDTO:
    _ = led.user
    with led.db.read() as s:
        return _dto(s, record(s, Handover, handover_id, "移交记录"), with_items=True)


def list_handovers(
    led: Ledger, *, year: int | None = None, person_id: int | None = None
) -> list[HandoverDTO]:
    """移交登记簿: every handover (newest last), optionally of one year or one person."""
    _ = led.user
    with led.db.read() as s:
        q = select(Handover).order_by(Handover.year, Handover.number)
        if year is not None:
            q = q.where(Handover.year == year)
        if person_id is not None:
            q = q.where((Handover.giver_id == person_id) | (Handover.receiver_id == person_id))
        return [_dto(s, h) for h in s.execute(q).scalars()]


def reasons() -> list[tuple[str, str]]:
    return [(r.value, r.label) for r in HandoverReason]
