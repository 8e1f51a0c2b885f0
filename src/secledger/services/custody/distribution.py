"""分发/承办: the clerk hands a carrier in store to a person (of a department) to act on,
optionally until a due date, and takes it back; the clerk sees who holds what.

The person must be active, cleared for the level and within 知悉范围. A carrier issued
through 领用 (services.retention) is taken back there; ``take_back`` here delegates to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.copyno import format_copy_no
from secledger.domain.enums import CarrierState, Role
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.states import Action
from secledger.services.carriers.refs import (
    CarrierRef,
    carrier_ref,
    check_person_may_see,
    clean,
    load_carrier,
    names_and_departments,
    require_in_store,
)
from secledger.services.carriers.transition import transition
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now, utc_naive
from secledger.store.models.circulation import Retention
from secledger.store.models.registration import Distribution
from secledger.store.models.registry import Carrier, Document


@dataclass(frozen=True, slots=True)
class DistributionDTO:
    id: int
    carrier: CarrierRef
    person_id: int
    person: str
    department: str
    purpose: str
    issued_at: datetime
    due_on: date | None
    returned_at: datetime | None

    def overdue(self, today: date) -> bool:
        return self.returned_at is None and self.due_on is not None and self.due_on < today


def distribute(
    led: Ledger, *, person_id: int, carrier_id: int | None = None, label: str | None = None,
    purpose: str = "", due_on: date | None = None,
) -> DistributionDTO:
    """Hand a carrier in store to *person_id* to act on (``with_holder``)."""
    led.require(Role.CLERK, "分发登记")
    why = clean(purpose, "承办事项", 500)
    if due_on is not None and due_on < local_now(led).date():
        raise ValidationError("wf.due_in_past", field="due_on", date=due_on.isoformat())
    with led.db.write() as s:
        c, d = load_carrier(s, carrier_id=carrier_id, label=label)
        require_in_store(c, d.reg_no, "distribution.not_in_store")
        person = check_person_may_see(s, person_id, d, "承办")
        row = Distribution(carrier_id=c.id, document_id=d.id, person_id=person.id,
                           department_id=person.department_id, purpose=why,
                           issued_at=utc_naive(led.now()), due_on=due_on)
        s.add(row)
        s.flush()
        transition(s, led, c, Action.ISSUE_TO, holder_id=person.id, payload={
            "distribution_id": row.id, "person_id": person.id, "purpose": why,
            "due_on": due_on.isoformat() if due_on else None,
        })
        return _dto(s, row, c, d)


def take_back(led: Ledger, *, carrier_id: int | None = None,
              label: str | None = None) -> DistributionDTO | None:
    """The carrier comes back to the store; the receiving clerk becomes its holder.
    Returns None when it was a 领用 (taken back through services.retention) or a copy issued
    at a classified meeting (collected for it, ``meetings_issue.collect_in``)."""
    user = led.require(Role.CLERK, "登记收回")
    with led.db.write() as s:
        c, d = load_carrier(s, carrier_id=carrier_id, label=label)
        row = _open(s, c.id)
        out = c.state == CarrierState.WITH_HOLDER.value
        if out and row is not None:
            row.returned_at = utc_naive(led.now())
            transition(s, led, c, Action.TAKE_BACK, holder_id=user.person_id,
                       payload={"distribution_id": row.id, "person_id": row.person_id})
            return _dto(s, row, c, d)
        if out and _at_meeting(s, led, c, user.person_id):
            return None
        if not (out and _retained(s, c.id)):
            state = CarrierState(c.state)
            raise RuleViolation("distribution.not_out", reg_no=d.reg_no,
                                copy_no=format_copy_no(c.copy_no), state=state.value,
                                state_label=state.label)
    from secledger.services.custody import retention

    retention.take_back(led, carrier_id=c.id)
    return None


def _at_meeting(s: Session, led: Ledger, c: Carrier, clerk_id: int) -> bool:
    """A copy out at a classified meeting is collected there (``meetings_issue``)."""
    from secledger.services.custody import meetings_issue, meetings_read

    row = meetings_read.open_issue_of(s, c.id)
    if row is None:
        return False
    meetings_issue.collect_in(s, led, row, c, clerk_id)
    return True


def _open(s: Session, carrier_id: int) -> Distribution | None:
    return s.execute(select(Distribution).where(
        Distribution.carrier_id == carrier_id, Distribution.returned_at.is_(None))).scalar()


def _retained(s: Session, carrier_id: int) -> bool:
    return s.execute(select(Retention.id).where(
        Retention.carrier_id == carrier_id, Retention.returned_at.is_(None))).first() is not None


def outstanding(led: Ledger, *, person_id: int | None = None,
                limit: int = 5000) -> list[DistributionDTO]:
    """Who holds what: distributions not yet taken back, oldest first."""
    with led.db.read() as s:
        q = (select(Distribution, Carrier, Document)
             .join(Carrier, Carrier.id == Distribution.carrier_id)
             .join(Document, Document.id == Distribution.document_id)
             .where(Distribution.returned_at.is_(None)))
        if person_id is not None:
            q = q.where(Distribution.person_id == person_id)
        rows = s.execute(q.order_by(Distribution.issued_at, Distribution.id).limit(limit)).all()
        names = names_and_departments(s, {r.person_id for r, _c, _d in rows})
        return [_dto(s, r, c, d, names) for r, c, d in rows]


def _dto(s: Session, r: Distribution, c: Carrier, d: Document,
         names: dict[int, tuple[str, str]] | None = None) -> DistributionDTO:
    """*names*: person id -> (name, department), looked up once for a whole list."""
    if names is None:
        names = names_and_departments(s, {r.person_id})
    name, dept = names.get(r.person_id, ("", ""))
    return DistributionDTO(
        id=r.id, carrier=carrier_ref(c, d), person_id=r.person_id, person=name, department=dept,
        purpose=r.purpose, issued_at=r.issued_at, due_on=r.due_on, returned_at=r.returned_at,
    )
