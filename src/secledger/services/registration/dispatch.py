"""制作/发文登记 and 发出: documents made in-house are registered in the 发文 register
(copies numbered from 000001, in store); copies are dispatched to external units only by
机要交通, 机要通信 or 专人递送 (DESIGN.md §3) and become ``dispatched`` (terminal for our
custody). The recipient's receipt (回执) is recorded later; missing ones are listed.
绝密 is dispatched only by the people designated for its 收发, and a 专人递送 of 绝密 names two
or more 核心 couriers (``services.custody.two_person``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.copyno import format_copy_no, format_ranges
from secledger.domain.dates import check_day
from secledger.domain.enums import Classification, DispatchChannel, Register, Role, format_reg_no
from secledger.domain.errors import NotFound, RuleViolation, ValidationError
from secledger.domain.states import Action
from secledger.services.carriers.items import record
from secledger.services.carriers.refs import require_in_store
from secledger.services.carriers.transition import transition
from secledger.services.custody.two_person import check_bearers, check_registrar
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now
from secledger.services.registration.register import clean_text, remember_unit
from secledger.store import numbering
from secledger.store.models.carry_out import DispatchCourier
from secledger.store.models.people import Person
from secledger.store.models.registration import Dispatch, DispatchItem
from secledger.store.models.registry import Carrier, Document

#: days allowed for the recipient's receipt (回执) to come back, when none is given
RECEIPT_DAYS = 15


@dataclass(frozen=True, slots=True)
class DispatchDTO:
    id: int
    reg_no: str  # 送2026-00001
    document_id: int
    doc_reg_no: str
    doc_no: str
    title: str
    mark: str
    unit: str
    channel: str
    channel_label: str
    dispatch_no: str
    dispatched_on: date
    handled_by: str
    copy_nos: tuple[int, ...]
    receipt_due_on: date | None
    receipt_on: date | None
    receipt_no: str
    note: str
    couriers: tuple[str, ...] = ()  # 专人递送: who carried it

    @property
    def copies_text(self) -> str:
        return format_ranges(self.copy_nos, six_digits=True)

    def overdue(self, today: date) -> bool:
        return self.receipt_on is None and self.receipt_due_on is not None \
            and self.receipt_due_on < today


def check_channel(channel: DispatchChannel | str) -> DispatchChannel:
    """机要交通/机要通信/专人递送 only; ordinary post and courier are refused with the rule,
    and a channel the ledger does not know (a code passed through the API) is refused too."""
    try:
        known = DispatchChannel(channel)
    except ValueError:
        raise ValidationError("dispatch.unknown_channel", field="channel",
                              channel=str(channel)[:40]) from None
    if not known.allowed:
        raise RuleViolation("dispatch.channel", channel=known.label)
    return known


def dispatch_carriers(
    led: Ledger, *, carrier_ids: Sequence[int], unit: str, channel: DispatchChannel,
    dispatched_on: date | None = None, dispatch_no: str = "",
    receipt_due_on: date | None = None, note: str = "", courier_ids: Sequence[int] = (),
) -> DispatchDTO:
    """Send copies of ONE document to *unit*; each carrier becomes ``dispatched``. For 专人递送
    *courier_ids* names who carries it (two or more 核心 people for 绝密)."""
    user = led.require(Role.CLERK, "发出登记")
    channel = check_channel(channel)
    to_unit = clean_text(unit, "发往单位", 200, required=True, fld="unit")
    number_text = clean_text(dispatch_no, "发送编号", 100, fld="dispatch_no")
    why = clean_text(note, "备注", 1000, fld="note")
    today = local_now(led).date()
    day = dispatched_on or today
    check_day(day, "dispatched_on", today)
    due = receipt_due_on or day + timedelta(days=RECEIPT_DAYS)
    if not carrier_ids:
        raise ValidationError("dispatch.no_carriers", field="carriers")
    with led.db.write() as s:
        carriers, doc = _load(s, carrier_ids)
        couriers = _check_people(s, user.person_id, doc, channel, courier_ids)
        number = numbering.next_number(s, Register.DISPATCH.value, day.year)
        row = Dispatch(
            year=day.year, number=number, reg_no=format_reg_no(Register.DISPATCH, day.year, number),
            document_id=doc.id, unit=to_unit, channel=channel.value, dispatch_no=number_text,
            dispatched_on=day, handled_by_id=user.person_id, receipt_due_on=due, note=why,
            item_count=len(carriers), created_at=led.now().replace(tzinfo=None),
        )
        s.add(row)
        s.flush()
        for seq, pid in enumerate(couriers, 1):
            s.add(DispatchCourier(dispatch_id=row.id, person_id=pid, seq=seq))
        extra = {"courier_ids": couriers} if couriers else {}
        for c in carriers:
            s.add(DispatchItem(dispatch_id=row.id, carrier_id=c.id))
            transition(s, led, c, Action.DISPATCH, payload={
                "dispatch_id": row.id, "dispatch_reg_no": row.reg_no, "unit": to_unit,
                "channel": channel.value, "dispatch_no": number_text,
                "copy_no": format_copy_no(c.copy_no), **extra,
            })
        remember_unit(s, to_unit, led.now().replace(tzinfo=None))
        return _dto(s, row, doc)


def _check_people(s: Session, clerk_id: int, doc: Document, channel: DispatchChannel,
                  courier_ids: Sequence[int]) -> list[int]:
    """绝密: dispatched by a designated person; by hand, with two or more 核心 couriers.
    Couriers are recorded for 专人递送 only (the other channels carry it themselves)."""
    level = Classification(doc.level)
    check_registrar(s, level, clerk_id, action="发出", action_en="dispatch")
    if channel is not DispatchChannel.BY_HAND:
        return []
    people = check_bearers(s, level, courier_ids, what="专人递送", what_en="delivered by hand",
                           action="专人递送")
    return [p.id for p in people]


def _load(s: Session, carrier_ids: Sequence[int]) -> tuple[list[Carrier], Document]:
    carriers = list(s.execute(select(Carrier).where(Carrier.id.in_(set(carrier_ids)))
                              .order_by(Carrier.copy_no)).scalars())
    if len(carriers) != len(set(carrier_ids)):
        raise NotFound(what="载体", key=", ".join(str(i) for i in carrier_ids))
    doc_ids = {c.document_id for c in carriers}
    if len(doc_ids) != 1:
        raise ValidationError("validation", field="carriers",
                              detail="一次发出登记只能包含同一文件的载体，请分别登记")
    doc = s.get(Document, doc_ids.pop())
    assert doc is not None
    if doc.voided:
        raise RuleViolation("doc.voided", reg_no=doc.reg_no)
    for c in carriers:
        require_in_store(c, doc.reg_no, "dispatch.not_in_store")
    return carriers, doc


def record_receipt(
    led: Ledger, dispatch_id: int, *, received_on: date, receipt_no: str = "", note: str = "",
) -> DispatchDTO:
    """The recipient's 回执 came back (once)."""
    led.require(Role.CLERK, "登记回执")
    number = clean_text(receipt_no, "回执编号", 100, fld="receipt_no")
    why = clean_text(note, "说明", 1000, fld="receipt_note")
    check_day(received_on, "receipt_on", local_now(led).date())
    with led.db.write() as s:
        row = record(s, Dispatch, dispatch_id, "发出登记")
        if row.receipt_on is not None:
            raise RuleViolation("dispatch.receipt_recorded", reg_no=row.reg_no,
                                date=row.receipt_on.isoformat())
        if received_on < row.dispatched_on:
            raise ValidationError("dispatch.receipt_before_dispatch", field="receipt_on",
                                  date=received_on.isoformat(), sent=row.dispatched_on.isoformat())
        row.receipt_on, row.receipt_no, row.receipt_note = received_on, number, why
        led.event(s, "dispatch.receipt_recorded", {
            "dispatch_id": row.id, "dispatch_reg_no": row.reg_no, "unit": row.unit,
            "receipt_on": received_on.isoformat(), "receipt_no": number, "note": why,
        }, document_id=row.document_id)
        doc = s.get(Document, row.document_id)
        assert doc is not None
        return _dto(s, row, doc)


def list_dispatches(
    led: Ledger, *, document_id: int | None = None, overdue_on: date | None = None,
    limit: int = 5000,
) -> list[DispatchDTO]:
    """Dispatches, newest first; of one document; or, with *overdue_on*, those whose receipt
    was due before that day and has not come back (oldest first)."""
    with led.db.read() as s:
        q = select(Dispatch, Document).join(Document, Document.id == Dispatch.document_id)
        if document_id is not None:
            q = q.where(Dispatch.document_id == document_id)
        if overdue_on is not None:
            q = q.where(Dispatch.receipt_on.is_(None), Dispatch.receipt_due_on < overdue_on)
            q = q.order_by(Dispatch.receipt_due_on, Dispatch.id)
        else:
            q = q.order_by(Dispatch.id.desc())
        return [_dto(s, r, d) for r, d in s.execute(q.limit(limit)).all()]


def overdue_receipts(led: Ledger, today: date | None = None) -> list[DispatchDTO]:
    """Dispatches whose 回执 is overdue (due before *today*, local date by default)."""
    return list_dispatches(led, overdue_on=today or local_now(led).date())


def _dto(s: Session, row: Dispatch, doc: Document) -> DispatchDTO:
    copies = tuple(int(n) for n in s.execute(
        select(Carrier.copy_no).join(DispatchItem, DispatchItem.carrier_id == Carrier.id)
        .where(DispatchItem.dispatch_id == row.id).order_by(Carrier.copy_no)).scalars())
    handler = s.get(Person, row.handled_by_id)
    channel = DispatchChannel(row.channel)
    couriers = tuple(str(n) for n in s.execute(
        select(Person.name).join(DispatchCourier, DispatchCourier.person_id == Person.id)
        .where(DispatchCourier.dispatch_id == row.id).order_by(DispatchCourier.seq)).scalars())
    return DispatchDTO(
        id=row.id, reg_no=row.reg_no, document_id=doc.id, doc_reg_no=doc.reg_no,
        doc_no=doc.doc_no, title=doc.title, mark=doc.mark, unit=row.unit, channel=row.channel,
        channel_label=channel.label, dispatch_no=row.dispatch_no, dispatched_on=row.dispatched_on,
        handled_by=handler.name if handler else "", copy_nos=copies,
        receipt_due_on=row.receipt_due_on, receipt_on=row.receipt_on, receipt_no=row.receipt_no,
        note=row.note, couriers=couriers,
    )
