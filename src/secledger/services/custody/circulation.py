"""传阅: clerk → reader → clerk, one reader at a time (直传，不得横传).

While a leg is out, the reader is the carrier's one accountable holder (DESIGN.md §4); on
return the receiving clerk is. A reading plan (传阅顺序) lists the readers of a carrier in
order, so that on each return the clerk only confirms "next reader". Every send and return
goes through ``services.carriers.transition`` and the event log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.enums import CarrierState, Classification, Role, Urgency
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
from secledger.services.classification.guard import refuse_declassified
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import circulation_due, utc_naive
from secledger.store.models.circulation import Circulation, CirculationPlan, CirculationPlanStep
from secledger.store.models.people import Person
from secledger.store.models.registry import Carrier, Document

SIGN_VIA = {"app": "系统内确认", "slip": "传阅单签名"}


@dataclass(frozen=True, slots=True)
class LegDTO:
    id: int
    carrier: CarrierRef
    reader_id: int
    reader_name: str
    department: str
    sent_at: datetime
    due_at: datetime
    returned_at: datetime | None
    signed_at: datetime | None
    sign_via: str
    comment: str
    plan_id: int | None

    @property
    def is_out(self) -> bool:
        return self.returned_at is None


@dataclass(frozen=True, slots=True)
class PlanStepDTO:
    seq: int
    person_id: int
    name: str
    department: str
    leg: LegDTO | None


@dataclass(frozen=True, slots=True)
class PlanDTO:
    id: int
    carrier: CarrierRef
    status: str
    note: str
    steps: tuple[PlanStepDTO, ...]

    @property
    def next_step(self) -> PlanStepDTO | None:
        return next((st for st in self.steps if st.leg is None), None)


@dataclass(frozen=True, slots=True)
class ReturnResult:
    leg: LegDTO
    next_reader: PlanStepDTO | None  # the plan's next reader, if any


# -- plans ------------------------------------------------------------------------------
def plan_circulation(
    led: Ledger, *, carrier_id: int, reader_ids: list[int], note: str = ""
) -> PlanDTO:
    """Record the reading order of a carrier; every reader is checked now."""
    user = led.require(Role.CLERK, "安排传阅")
    if not reader_ids:
        raise ValidationError("circulation.no_readers", field="readers")
    if len(set(reader_ids)) != len(reader_ids):
        raise ValidationError("circulation.duplicate_reader", field="readers")
    with led.db.write() as s:
        c, d = load_carrier(s, carrier_id=carrier_id)
        refuse_declassified(s, d, "传阅", "circulated")
        for pid in reader_ids:
            check_person_may_see(s, pid, d, "传阅")
        old = _open_plan(s, c.id)
        if old is not None:
            _close_plan(s, led, old, "cancelled")
        plan = CirculationPlan(carrier_id=c.id, created_by_user_id=user.id,
                               created_at=utc_naive(led.now()), status="open",
                               note=clean(note, "拟办意见", 1000))
        s.add(plan)
        s.flush()
        for i, pid in enumerate(reader_ids, start=1):
            s.add(CirculationPlanStep(plan_id=plan.id, seq=i, person_id=pid))
        s.flush()
        led.event(s, "circulation.planned", {"plan_id": plan.id, "readers": reader_ids,
                                             "note": plan.note},
                  carrier_id=c.id, document_id=d.id)
        return _plan_dto(s, plan, c, d)


def cancel_plan(led: Ledger, *, carrier_id: int) -> None:
    led.require(Role.CLERK, "取消传阅顺序")
    with led.db.write() as s:
        plan = _open_plan(s, carrier_id)
        if plan is not None:
            _close_plan(s, led, plan, "cancelled")


def _open_plan(s: Session, carrier_id: int) -> CirculationPlan | None:
    return s.execute(
        select(CirculationPlan).where(CirculationPlan.carrier_id == carrier_id,
                                      CirculationPlan.status == "open")
        .order_by(CirculationPlan.id.desc()).limit(1)
    ).scalar_one_or_none()


def _close_plan(s: Session, led: Ledger, plan: CirculationPlan, status: str) -> None:
    plan.status = status
    led.event(s, f"circulation.plan_{status}", {"plan_id": plan.id}, carrier_id=plan.carrier_id)


def _steps(s: Session, plan_id: int) -> list[CirculationPlanStep]:
    return list(s.execute(select(CirculationPlanStep).where(CirculationPlanStep.plan_id == plan_id)
                          .order_by(CirculationPlanStep.seq)).scalars())


# -- send ---------------------------------------------------------------------------------
def send(led: Ledger, *, reader_id: int, carrier_id: int | None = None,
         label: str | None = None) -> LegDTO:
    """Send a carrier in store to one reader (checked: clearance, 知悉范围)."""
    user = led.require(Role.CLERK, "送阅")
    with led.db.write() as s:
        c, d = load_carrier(s, carrier_id=carrier_id, label=label)
        return _send(s, led, c, d, reader_id, user.id)


def send_next(led: Ledger, *, carrier_id: int | None = None, label: str | None = None) -> LegDTO:
    """Send the carrier to the next reader of its open plan."""
    user = led.require(Role.CLERK, "送阅")
    with led.db.write() as s:
        c, d = load_carrier(s, carrier_id=carrier_id, label=label)
        plan = _open_plan(s, c.id)
        step = next((st for st in _steps(s, plan.id) if st.leg_id is None), None) if plan else None
        if step is None:
            raise RuleViolation("circulation.no_next_reader", reg_no=d.reg_no)
        return _send(s, led, c, d, step.person_id, user.id)


def _send(s: Session, led: Ledger, c: Carrier, d: Document, reader_id: int,
          user_id: int) -> LegDTO:
    _check_sendable(s, c, d, reader_id)
    refuse_declassified(s, d, "传阅", "circulated")
    reader = check_person_may_see(s, reader_id, d, "传阅")
    due = circulation_due(led, Classification(d.level), Urgency(d.urgency))
    plan = _open_plan(s, c.id)
    leg = Circulation(carrier_id=c.id, document_id=d.id, plan_id=plan.id if plan else None,
                      reader_id=reader.id, sent_by_user_id=user_id,
                      sent_at=utc_naive(led.now()), due_at=due)
    s.add(leg)
    s.flush()
    if plan is not None:
        step = next((st for st in _steps(s, plan.id)
                     if st.person_id == reader.id and st.leg_id is None), None)
        if step is not None:
            step.leg_id = leg.id
    transition(s, led, c, Action.CIRCULATE, holder_id=reader.id, payload={
        "leg_id": leg.id, "reader_id": reader.id, "reader": reader.name,
        "due_at": due.isoformat(), "plan_id": leg.plan_id,
    })
    return _leg_dto(s, leg, c, d)


def _check_sendable(s: Session, c: Carrier, d: Document, reader_id: int) -> None:
    if c.state == CarrierState.CIRCULATING.value:
        out = _open_leg(s, c.id)
        current = s.get(Person, out.reader_id) if out else None
        target = s.get(Person, reader_id)
        raise RuleViolation(
            "circulation.no_horizontal", reg_no=d.reg_no, copy_no=f"{c.copy_no:06d}",
            reader=current.name if current else "", next=target.name if target else "",
        )
    require_in_store(c, d.reg_no, "circulation.not_in_store")


def _open_leg(s: Session, carrier_id: int) -> Circulation | None:
    return s.execute(select(Circulation).where(Circulation.carrier_id == carrier_id,
                                               Circulation.returned_at.is_(None))
                     .order_by(Circulation.id.desc()).limit(1)).scalar_one_or_none()


# -- return -------------------------------------------------------------------------------
def return_carrier(
    led: Ledger, *, carrier_id: int | None = None, label: str | None = None,
    sign_via: str = "slip", signed_at: datetime | None = None, comment: str = "",
) -> ReturnResult:
    """Take a circulating carrier back (scan or pick). The reader's sign-off is recorded:
    ``sign_via="app"`` (confirmed now, in the app) or ``"slip"`` (time from the signed slip,
    default now). Returns the leg and the plan's next reader."""
    user = led.require(Role.CLERK, "登记传阅退回")
    if sign_via not in SIGN_VIA:
        raise ValidationError("validation", field="sign_via", detail=f"未知签收方式“{sign_via}”")
    now = utc_naive(led.now())
    signed = now if sign_via == "app" or signed_at is None else utc_naive(signed_at)
    with led.db.write() as s:
        c, d = load_carrier(s, carrier_id=carrier_id, label=label)
        leg = _open_leg(s, c.id)
        if c.state != CarrierState.CIRCULATING.value or leg is None:
            state = CarrierState(c.state)
            raise RuleViolation("circulation.not_out", reg_no=d.reg_no,
                                copy_no=f"{c.copy_no:06d}", state=state.value,
                                state_label=state.label)
        if signed > now or signed < leg.sent_at:
            raise ValidationError("circulation.bad_sign_time", field="signed_at")
        leg.returned_at, leg.received_by_user_id = now, user.id
        leg.signed_at, leg.sign_via = signed, sign_via
        leg.comment = clean(comment, "批示/意见", 2000)
        transition(s, led, c, Action.CIRCULATION_RETURN, holder_id=user.person_id, payload={
            "leg_id": leg.id, "reader_id": leg.reader_id, "signed_at": signed.isoformat(),
            "sign_via": sign_via, "comment": leg.comment,
        })
        nxt = _after_return(s, led, c, d)
        return ReturnResult(_leg_dto(s, leg, c, d), nxt)


def _after_return(s: Session, led: Ledger, c: Carrier, d: Document) -> PlanStepDTO | None:
    plan = _open_plan(s, c.id)
    if plan is None:
        return None
    dto = _plan_dto(s, plan, c, d)
    if dto.next_step is None:
        _close_plan(s, led, plan, "completed")
    return dto.next_step


# -- reading ------------------------------------------------------------------------------
def out_now(led: Ledger) -> list[LegDTO]:
    """Every leg still out, earliest due first."""
    with led.db.read() as s:
        rows = s.execute(
            select(Circulation, Carrier, Document)
            .join(Carrier, Carrier.id == Circulation.carrier_id)
            .join(Document, Document.id == Circulation.document_id)
            .where(Circulation.returned_at.is_(None))
            .order_by(Circulation.due_at, Circulation.id)
        ).all()
        names = names_and_departments(s, {leg.reader_id for leg, _, _ in rows})
        return [_leg_dto(s, leg, c, d, names) for leg, c, d in rows]


def legs_of(led: Ledger, carrier_id: int) -> list[LegDTO]:
    with led.db.read() as s:
        c, d = load_carrier(s, carrier_id=carrier_id)
        legs = s.execute(select(Circulation).where(Circulation.carrier_id == c.id)
                         .order_by(Circulation.id)).scalars().all()
        names = names_and_departments(s, {x.reader_id for x in legs})
        return [_leg_dto(s, x, c, d, names) for x in legs]


def current_plan(led: Ledger, carrier_id: int) -> PlanDTO | None:
    """The open plan of a carrier, else its latest plan (None if never planned)."""
    with led.db.read() as s:
        c, d = load_carrier(s, carrier_id=carrier_id)
        plan = _open_plan(s, c.id) or s.execute(
            select(CirculationPlan).where(CirculationPlan.carrier_id == c.id)
            .order_by(CirculationPlan.id.desc()).limit(1)).scalar_one_or_none()
        return _plan_dto(s, plan, c, d) if plan is not None else None


def _leg_dto(s: Session, leg: Circulation, c: Carrier, d: Document,
             names: dict[int, tuple[str, str]] | None = None) -> LegDTO:
    names = names if names is not None else names_and_departments(s, {leg.reader_id})
    name, dept = names.get(leg.reader_id, ("", ""))
    return LegDTO(
        id=leg.id, carrier=carrier_ref(c, d), reader_id=leg.reader_id, reader_name=name,
        department=dept, sent_at=leg.sent_at, due_at=leg.due_at, returned_at=leg.returned_at,
        signed_at=leg.signed_at, sign_via=leg.sign_via, comment=leg.comment, plan_id=leg.plan_id,
    )


def _plan_dto(s: Session, plan: CirculationPlan, c: Carrier, d: Document) -> PlanDTO:
    steps = _steps(s, plan.id)
    names = names_and_departments(s, {st.person_id for st in steps})
    out: list[PlanStepDTO] = []
    for st in steps:
        leg = s.get(Circulation, st.leg_id) if st.leg_id else None
        name, dept = names.get(st.person_id, ("", ""))
        out.append(PlanStepDTO(st.seq, st.person_id, name, dept,
                               _leg_dto(s, leg, c, d, names) if leg else None))
    return PlanDTO(plan.id, carrier_ref(c, d), plan.status, plan.note, tuple(out))


def find_carriers(led: Ledger, text: str, *, limit: int = 50) -> list[CarrierRef]:
    """Carriers in store or circulating whose label, 登记号, 文号 or title match *text*."""
    q = text.strip()
    if not q:
        return []
    with led.db.read() as s:
        like = f"%{q}%"
        rows = s.execute(
            select(Carrier, Document).join(Document, Document.id == Carrier.document_id)
            .where(Carrier.state.in_([CarrierState.IN_STORE.value,
                                      CarrierState.CIRCULATING.value]),
                   Document.voided.is_(False),
                   (Carrier.label_id == q.upper()) | Document.reg_no.like(like)
                   | Document.doc_no.like(like) | Document.title.like(like))
            .order_by(Document.id.desc(), Carrier.copy_no).limit(limit)
        ).all()
        return [carrier_ref(c, d) for c, d in rows]


def carrier_status(led: Ledger, carrier_id: int) -> tuple[CarrierRef, LegDTO | None]:
    """The carrier and its leg still out (None when not circulating)."""
    with led.db.read() as s:
        c, d = load_carrier(s, carrier_id=carrier_id)
        leg = _open_leg(s, c.id)
        return carrier_ref(c, d), _leg_dto(s, leg, c, d) if leg is not None else None
