"""领用/个人留存: a carrier in store issued to a person for work, with an approver and a
due date; taken back by the clerk. The approval is recorded through services.approvals
(subject "retention", given on paper: the approver signs the personal retention register)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.enums import CarrierState, Role
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.states import Action
from secledger.services.approvals import requests as approvals
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
from secledger.services.custody.people_filter import EVERYTHING, PeopleFilter, narrow
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import (
    due_on_date,
    local_now,
    local_tz,
    policy_int,
    utc_naive,
)
from secledger.store.models.approvals import Approval
from secledger.store.models.circulation import Retention
from secledger.store.models.people import Person
from secledger.store.models.registry import Carrier, Document

RULE = "涉密载体领用须经部门负责人或分管领导批准，并在个人留存登记簿上登记"


@dataclass(frozen=True, slots=True)
class RetentionDTO:
    id: int
    carrier: CarrierRef
    person_id: int
    person: str
    department: str
    purpose: str
    approver: str
    form_no: str
    issued_at: datetime
    due_at: datetime
    returned_at: datetime | None

    @property
    def is_out(self) -> bool:
        return self.returned_at is None


def issue_to(
    led: Ledger, *, person_id: int, approver_person_id: int | None, purpose: str,
    due_on: date | None = None, carrier_id: int | None = None, label: str | None = None,
    form_no: str = "",
) -> RetentionDTO:
    """Issue a carrier in store to *person_id* (cleared, within 知悉范围), approved by
    *approver_person_id*, due at the end of the working day *due_on* (policy default)."""
    led.require(Role.CLERK, "领用登记")
    if approver_person_id is None:
        raise ValidationError("retention.approver_required", field="approver")
    today = local_now(led).date()
    due_day = due_on or today + timedelta(days=policy_int(led, "retention_days"))
    if due_day < today:
        raise ValidationError("wf.due_in_past", field="due_on", date=due_day.isoformat())
    why = clean(purpose, "用途", 500)
    with led.db.write() as s:
        c, d = load_carrier(s, carrier_id=carrier_id, label=label)
        require_in_store(c, d.reg_no, "retention.not_in_store")
        person = check_person_may_see(s, person_id, d, "领用")
        r = open_retention(s, led, c, d, person, approver_person_id=approver_person_id,
                           purpose=why, due_day=due_day, form_no=form_no, rule=RULE)
        transition(s, led, c, Action.ISSUE_TO, holder_id=person.id, payload={
            "retention_id": r.id, "person_id": person.id, "purpose": why,
            "due_at": r.due_at.isoformat(), "approval_id": r.approval_id,
        })
        return _dto(s, r, c, d)


def open_retention(
    s: Session, led: Ledger, c: Carrier, d: Document, person: Person, *,
    approver_person_id: int, purpose: str, due_day: date, form_no: str, rule: str,
) -> Retention:
    """The 领用 record of *c* held by *person* (checked by the caller), approved on paper by
    *approver_person_id*, due at the end of *due_day*; in the caller's transaction. The
    caller moves the carrier (or, for a copy the person already holds, leaves it)."""
    r = Retention(carrier_id=c.id, document_id=d.id, person_id=person.id, purpose=purpose,
                  issued_by_user_id=led.user.id, issued_at=utc_naive(led.now()),
                  due_at=due_on_date(led, due_day))
    s.add(r)
    s.flush()
    r.approval_id = approvals.record_granted(
        s, led, subject_kind="retention", subject_id=r.id, rule=rule,
        summary=f"{person.name}领用{d.reg_no}《{d.title}》第{c.copy_no:06d}份（{purpose}）",
        approver_person_id=approver_person_id, form_no=form_no,
        decided_on=local_now(led).date(), beneficiary_person_id=person.id,
        role_code="retention.approver_role")
    return r


def take_back(led: Ledger, *, carrier_id: int | None = None,
              label: str | None = None) -> RetentionDTO:
    """The person hands the carrier back; the receiving clerk becomes the holder."""
    user = led.require(Role.CLERK, "登记交回")
    with led.db.write() as s:
        c, d = load_carrier(s, carrier_id=carrier_id, label=label)
        r = s.execute(select(Retention).where(Retention.carrier_id == c.id,
                                              Retention.returned_at.is_(None))).scalar()
        if c.state != CarrierState.WITH_HOLDER.value or r is None:
            state = CarrierState(c.state)
            raise RuleViolation("retention.not_out", reg_no=d.reg_no,
                                copy_no=f"{c.copy_no:06d}", state=state.value,
                                state_label=state.label)
        r.returned_at, r.received_by_user_id = utc_naive(led.now()), user.id
        transition(s, led, c, Action.TAKE_BACK, holder_id=user.person_id,
                   payload={"retention_id": r.id, "person_id": r.person_id})
        return _dto(s, r, c, d)


def retentions(led: Ledger, *, person_id: int | None = None, open_only: bool = False,
               limit: int | None = 1000, filt: PeopleFilter = EVERYTHING) -> list[RetentionDTO]:
    """The personal retention register (per person when *person_id* is given), narrowed by
    *filt* (document, person, department, issued in the period); *limit* None: every row."""
    tz = local_tz(led)
    with led.db.read() as s:
        q = (select(Retention, Carrier, Document)
             .join(Carrier, Carrier.id == Retention.carrier_id)
             .join(Document, Document.id == Retention.document_id))
        if person_id is not None:
            q = q.where(Retention.person_id == person_id)
        if open_only:
            q = q.where(Retention.returned_at.is_(None))
        q = narrow(q, filt, person=Retention.person_id, when=Retention.issued_at, tz=tz)
        rows = s.execute(q.order_by(Retention.issued_at, Retention.id).limit(limit)).all()
        aps = _approvals(s, {r.approval_id for r, _c, _d in rows if r.approval_id})
        names = names_and_departments(s, {r.person_id for r, _c, _d in rows} | {
            a.decided_by_person_id for a in aps.values() if a.decided_by_person_id})
        return [_dto(s, r, c, d, aps, names) for r, c, d in rows]


def _approvals(s: Session, ids: set[int]) -> dict[int, Approval]:
    if not ids:
        return {}
    return {a.id: a for a in s.execute(select(Approval).where(Approval.id.in_(ids))).scalars()}


def _dto(s: Session, r: Retention, c: Carrier, d: Document,
         aps: dict[int, Approval] | None = None,
         names: dict[int, tuple[str, str]] | None = None) -> RetentionDTO:
    """*aps*/*names* are looked up once for a whole list; alone, for this row."""
    if aps is None:
        aps = _approvals(s, {r.approval_id} if r.approval_id else set())
    ap = aps.get(r.approval_id) if r.approval_id else None
    if names is None:
        names = names_and_departments(s, {r.person_id} | (
            {ap.decided_by_person_id} if ap and ap.decided_by_person_id else set()))
    name, dept = names.get(r.person_id, ("", ""))
    approver = names.get(ap.decided_by_person_id, ("", ""))[0] if ap and ap.decided_by_person_id \
        else ""
    return RetentionDTO(
        id=r.id, carrier=carrier_ref(c, d), person_id=r.person_id, person=name,
        department=dept, purpose=r.purpose, approver=approver,
        form_no=ap.paper_form_no if ap else "", issued_at=r.issued_at, due_at=r.due_at,
        returned_at=r.returned_at,
    )
