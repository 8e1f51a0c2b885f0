"""Reading departures: the frozen DTO, the 脱密期中 list and the history, what a person still
holds (carriers and classified devices or media), and what they gave back or handed over
while the departure was open (read off the events, for the 清退确认书)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from secledger.domain.departures import (
    DepartureKind,
    DepartureStatus,
    cooling_off,
    months_label,
)
from secledger.domain.enums import Classification, Clearance
from secledger.domain.media import MediaAction
from secledger.domain.states import Action
from secledger.services.carriers.items import (
    TERMINAL,
    CarrierItem,
    item_query,
    items,
    items_by_id,
    names,
    person,
    record,
)
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now
from secledger.services.media.read import MediaFilter, MediaItemDTO, item_dto, items_in
from secledger.store.models.departures import Departure
from secledger.store.models.people import User
from secledger.store.models.registry import Carrier, Document


@dataclass(frozen=True, slots=True)
class DepartureDTO:
    id: int
    reg_no: str
    person_id: int
    person_name: str
    department: str
    post: str
    clearance: str
    kind: str
    status: str
    departs_on: date
    reason: str
    destination: str
    receiver_id: int
    receiver: str
    witness_id: int
    witness: str
    cooling_months: int
    cooling_from: date | None
    cooling_until: date | None
    accounts: tuple[str, ...]
    opened_at: datetime  # UTC
    completed_at: datetime | None
    ended_at: datetime | None
    voided_at: datetime | None
    void_reason: str
    today: date  # the local day the DTO was read on (days left count from it)
    opened_by: str = ""  # who recorded it (the security officer's name)

    @property
    def kind_label(self) -> str:
        return DepartureKind(self.kind).label

    @property
    def status_label(self) -> str:
        return DepartureStatus(self.status).label

    @property
    def clearance_label(self) -> str:
        return Clearance(self.clearance).label

    @property
    def months_text(self) -> str:
        return months_label(self.cooling_months)

    @property
    def in_cooling_off(self) -> bool:
        """Departed and the 脱密期 not over on ``today``."""
        return (self.status == DepartureStatus.COMPLETED.value and self.cooling_until is not None
                and self.cooling_until >= self.today)

    @property
    def days_left(self) -> int:
        period = cooling_off(self.departs_on, self.cooling_months)
        if period is None or self.status != DepartureStatus.COMPLETED.value:
            return 0
        return period.days_left(self.today)

    @property
    def cooling_text(self) -> str:
        if self.cooling_from is None or self.cooling_until is None:
            return "—" if self.status == DepartureStatus.COMPLETED.value else ""
        return f"{self.cooling_from.isoformat()} 至 {self.cooling_until.isoformat()}"


@dataclass(frozen=True, slots=True)
class Remaining:
    """What a person still holds: carriers and classified devices or storage media."""

    person_id: int
    person_name: str
    carriers: tuple[CarrierItem, ...]
    media: tuple[MediaItemDTO, ...]

    @property
    def total(self) -> int:
        return len(self.carriers) + len(self.media)

    def examples(self, limit: int = 5) -> list[str]:
        refs = [f"{c.reg_no}/{c.copy_no}" for c in self.carriers]
        refs += [m.device_no for m in self.media]
        return refs[:limit]


@dataclass(frozen=True, slots=True)
class ReturnedRow:
    """One carrier or device that left the person's hands while the departure was open."""

    when: datetime  # UTC
    ref: str  # 登记号/份号 or 设备编号
    title: str  # 标题, or the device's type and model
    level: str  # Classification value
    copy_no: str
    how: str  # 移交 / 交回 / 归还 …
    to: str  # who holds it now (after the move)
    record_no: str  # 移交清单号, 借用号 …

    @property
    def level_label(self) -> str:
        return Classification(self.level).label if self.level else ""


def dto(s: Session, d: Departure, today: date) -> DepartureDTO:
    recorder = s.get(User, d.opened_by_user_id) if d.opened_by_user_id is not None else None
    who = names(s, (d.person_id, d.receiver_id, d.witness_id,
                    recorder.person_id if recorder else None))
    return DepartureDTO(
        id=d.id, reg_no=d.reg_no, person_id=d.person_id, person_name=who.get(d.person_id, ""),
        department=d.department, post=d.post, clearance=d.clearance, kind=d.kind,
        status=d.status, departs_on=d.departs_on, reason=d.reason, destination=d.destination,
        receiver_id=d.receiver_id, receiver=who.get(d.receiver_id, ""), witness_id=d.witness_id,
        witness=who.get(d.witness_id, ""), cooling_months=d.cooling_months,
        cooling_from=d.cooling_from, cooling_until=d.cooling_until,
        accounts=tuple(a for a in d.accounts.split(",") if a), opened_at=d.opened_at,
        completed_at=d.completed_at, ended_at=d.ended_at, voided_at=d.voided_at,
        void_reason=d.void_reason, today=today,
        opened_by=who.get(recorder.person_id, "") if recorder else "",
    )


def _today(led: Ledger) -> date:
    return local_now(led).date()


def get_departure(led: Ledger, departure_id: int) -> DepartureDTO:
    today = _today(led)
    with led.db.read() as s:
        return dto(s, record(s, Departure, departure_id, "离岗记录"), today)


def list_departures(led: Ledger, *, cooling_off_only: bool = False,
                    person_id: int | None = None) -> list[DepartureDTO]:
    """Every departure, newest first; *cooling_off_only*: those whose 脱密期 runs today
    (the "脱密期中" list), soonest to end first."""
    _ = led.user
    today = _today(led)
    with led.db.read() as s:
        q = select(Departure)
        if person_id is not None:
            q = q.where(Departure.person_id == person_id)
        if cooling_off_only:
            q = q.where(Departure.status == DepartureStatus.COMPLETED.value,
                        Departure.cooling_until >= today).order_by(Departure.cooling_until)
        else:
            q = q.order_by(Departure.id.desc())
        return [dto(s, d, today) for d in s.execute(q).scalars()]


def remaining_in(s: Session, person_id: int) -> Remaining:
    p = person(s, person_id, active=False)
    carriers = items(s, item_query().where(Carrier.holder_id == person_id,
                                           Carrier.state.not_in(TERMINAL))
                     .order_by(Document.reg_no, Carrier.copy_no))
    media = items_in(s, MediaFilter(holder_id=person_id, live_only=True))
    return Remaining(person_id, p.name, tuple(carriers), tuple(media))


def remaining(led: Ledger, person_id: int) -> Remaining:
    """Everything *person_id* still holds (carriers, devices and media)."""
    _ = led.user
    with led.db.read() as s:
        return remaining_in(s, person_id)


#: the moves of carriers and of devices or media (read through ix_events_kind)
_MOVES = ("SELECT id, ts, kind, carrier_id, payload FROM events WHERE id > :a AND id <= :b"
          " AND ((kind >= 'carrier.' AND kind < 'carrier/') OR (kind >= 'media.'"
          " AND kind < 'media/'))")


def returned_rows(s: Session, person_id: int, first_event: int, last_event: int
                  ) -> list[ReturnedRow]:
    """The carriers and devices whose holder moved away from *person_id* between two events
    (the departure's opening and its completion), in the order they moved."""
    found = []
    for ev, ts, kind, cid, payload in s.execute(
            text(_MOVES), {"a": first_event, "b": last_event}).tuples():
        body = json.loads(payload or "{}")
        if body.get("holder_before") != person_id or body.get("holder_after") == person_id:
            continue
        found.append((int(ev), str(ts), str(kind), cid, body))
    carriers = items_by_id(s, [c for _e, _t, _k, c, _b in found if c is not None])
    who = names(s, [b.get("holder_after") for *_x, b in found])
    return [_row(ts, kind, carriers.get(cid) if cid is not None else None, body, who, s)
            for _ev, ts, kind, cid, body in found]


def _row(ts: str, kind: str, c: CarrierItem | None, body: dict[str, object],
         who: dict[int, str], s: Session) -> ReturnedRow:
    when = datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S.%fZ")
    action = str(body.get("action", kind.partition(".")[2]))
    how = _how(kind, action)
    holder = body.get("holder_after")
    to = who.get(holder, "") if isinstance(holder, int) else ""
    record_no = str(body.get("handover_no") or body.get("loan_no") or "")
    if c is not None:
        return ReturnedRow(when, f"{c.reg_no}/{c.copy_no}", c.title, c.level, c.copy_no, how,
                           to, record_no)
    mid = body.get("media_id")
    m = item_dto(s, int(mid)) if isinstance(mid, int) else None
    if m is None:
        return ReturnedRow(when, "", "", "", "", how, to, record_no)
    return ReturnedRow(when, m.device_no, f"{m.type_label} {m.brand_model}".strip(), m.level,
                       "", how, to, record_no)


def _how(kind: str, action: str) -> str:
    """The move in words (移交, 交回, 归还 …), from the state machines' own labels."""
    try:
        return MediaAction(action).label if kind.startswith("media.") else Action(action).label
    except ValueError:
        return action


def returned(led: Ledger, departure_id: int) -> list[ReturnedRow]:
    """What the person handed back or over while the departure was open (up to now while
    it is still open)."""
    _ = led.user
    with led.db.read() as s:
        d = record(s, Departure, departure_id, "离岗记录")
        last = d.completed_event_id or 2**62
        return returned_rows(s, d.person_id, d.opened_event_id, last)
