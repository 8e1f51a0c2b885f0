"""Reading 携带外出: the frozen carry-out DTO, the lists and the 携带外出登记簿 rows, so the
pane never opens a session or holds a live row. The use cases are in ``carry_out``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.carry_out import CarryStatus
from secledger.domain.enums import Classification, Clearance
from secledger.services.approvals import requests as approvals
from secledger.services.approvals.requests import ApprovalDTO
from secledger.services.carriers.items import record
from secledger.services.carriers.refs import CarrierRef, carrier_ref, names_and_departments
from secledger.services.ledger.session import Ledger
from secledger.store.models.approvals import Approval
from secledger.store.models.carry_out import CarryOut, CarryOutItem, CarryOutPerson
from secledger.store.models.people import Person, User
from secledger.store.models.registry import Carrier, Document

#: carry-outs whose carriers are asked for or out (a carrier is on one at a time)
ACTIVE = (CarryStatus.REQUESTED.value, CarryStatus.APPROVED.value, CarryStatus.OUT.value)


@dataclass(frozen=True, slots=True)
class BearerDTO:
    person_id: int
    name: str
    department: str
    clearance: str  # label: 核心/重要/一般


@dataclass(frozen=True, slots=True)
class CarryItemDTO:
    id: int
    carrier: CarrierRef
    issued_at: datetime | None
    returned_at: datetime | None
    lost_at: datetime | None = None  # reported lost while out (no longer 未归还)


@dataclass(frozen=True, slots=True)
class CarryOutDTO:
    id: int
    reg_no: str  # 携2026-00001
    holder_id: int
    people: tuple[BearerDTO, ...]  # the holder first
    department: str
    destination: str
    purpose: str
    foreign_affairs: bool
    abroad: bool
    out_on: date
    back_on: date
    measures: str
    status: str
    requested_by: str
    requested_at: datetime
    due_at: datetime | None
    issued_at: datetime | None
    issued_by: str
    returned_at: datetime | None
    cancel_reason: str
    items: tuple[CarryItemDTO, ...]
    approval: ApprovalDTO | None

    @property
    def status_label(self) -> str:
        return CarryStatus(self.status).label

    @property
    def holder(self) -> str:
        return self.people[0].name if self.people else ""

    @property
    def people_text(self) -> str:
        return "、".join(p.name for p in self.people)

    @property
    def level(self) -> str:
        """The highest level among the carriers (for the form's mark)."""
        levels = [Classification(i.carrier.level) for i in self.items]
        return max(levels, key=lambda c: c.rank).value if levels else ""

    @property
    def carriers_text(self) -> str:
        return "；".join(f"{i.carrier.reg_no}/{i.carrier.copy_no_text} {i.carrier.title}"
                        for i in self.items)

    @property
    def outstanding(self) -> int:
        return sum(1 for i in self.items if i.issued_at is not None and i.returned_at is None
                   and i.lost_at is None)


def get_carry_out(led: Ledger, carry_out_id: int) -> CarryOutDTO:
    with led.db.read() as s:
        return carry_out_dto(s, carry_out_row(s, carry_out_id))


def list_carry_outs(led: Ledger, *, status: str | None = None, year: int | None = None,
                    limit: int = 500) -> list[CarryOutDTO]:
    """Carry-outs newest first, optionally by status or by year of request."""
    with led.db.read() as s:
        q = select(CarryOut)
        if status:
            q = q.where(CarryOut.status == status)
        if year:
            q = q.where(CarryOut.year == year)
        rows = s.execute(q.order_by(CarryOut.id.desc()).limit(limit)).scalars().all()
        return [carry_out_dto(s, x) for x in rows]


def carry_out_register(led: Ledger, *, year: int | None = None) -> list[CarryOutDTO]:
    """携带外出登记簿: every carry-out that went out, in order of issue."""
    with led.db.read() as s:
        q = select(CarryOut).where(CarryOut.issued_at.is_not(None))
        if year:
            q = q.where(CarryOut.year == year)
        rows = s.execute(q.order_by(CarryOut.issued_at, CarryOut.id)).scalars().all()
        return [carry_out_dto(s, x) for x in rows]


# -- rows to DTOs (also used by the use cases) ----------------------------------------------
def carry_out_row(s: Session, carry_out_id: int) -> CarryOut:
    return record(s, CarryOut, carry_out_id, "携带外出申请")


def item_rows(s: Session, carry_out_id: int) -> list[CarryOutItem]:
    return list(s.execute(select(CarryOutItem).where(CarryOutItem.carry_out_id == carry_out_id)
                          .order_by(CarryOutItem.seq)).scalars())


def people_ids(s: Session, carry_out_id: int) -> list[int]:
    return [int(x) for x in s.execute(
        select(CarryOutPerson.person_id).where(CarryOutPerson.carry_out_id == carry_out_id)
        .order_by(CarryOutPerson.seq)).scalars()]


def _bearers(s: Session, ids: list[int]) -> tuple[BearerDTO, ...]:
    names = names_and_departments(s, set(ids))
    clearance = dict(s.execute(select(Person.id, Person.clearance)
                               .where(Person.id.in_(set(ids)))).tuples().all())
    return tuple(BearerDTO(i, names.get(i, ("", ""))[0], names.get(i, ("", ""))[1],
                           Clearance(clearance[i]).label if i in clearance else "")
                 for i in ids)


def _user_name(s: Session, user_id: int | None) -> str:
    u = s.get(User, user_id) if user_id else None
    p = s.get(Person, u.person_id) if u else None
    return p.name if p else ""


def carry_out_dto(s: Session, row: CarryOut) -> CarryOutDTO:
    items = []
    for it in item_rows(s, row.id):
        c = s.get(Carrier, it.carrier_id)
        assert c is not None
        d = s.get(Document, c.document_id)
        assert d is not None
        items.append(CarryItemDTO(it.id, carrier_ref(c, d), it.issued_at, it.returned_at,
                                  it.lost_at))
    a = s.get(Approval, row.approval_id) if row.approval_id else None
    approval = approvals.approval_dto(s, a) if a is not None else None
    return CarryOutDTO(
        id=row.id, reg_no=row.reg_no, holder_id=row.holder_id,
        people=_bearers(s, people_ids(s, row.id)), department=row.department,
        destination=row.destination, purpose=row.purpose, foreign_affairs=row.foreign_affairs,
        abroad=row.abroad, out_on=row.out_on, back_on=row.back_on, measures=row.measures,
        status=row.status, requested_by=approval.requested_by if approval else "",
        requested_at=row.requested_at, due_at=row.due_at, issued_at=row.issued_at,
        issued_by=_user_name(s, row.issued_by_user_id), returned_at=row.returned_at,
        cancel_reason=row.cancel_reason, items=tuple(items), approval=approval,
    )
