"""携带外出: request → approval (services.approvals, subject "carry_out") → issue → 带回确认.

A request names the people (the first holds the carriers while out), carriers in store, the
destination, purpose, the period out, the 涉外/出境 flags and the protective measures the
approval covers. 绝密 is refused for a foreign-affairs activity or abroad and needs two or
more 核心 people; its approver must hold a post the policy names for it
(``carry_out_top_approver_posts``; empty: any approver). On issue every carrier becomes
``carried_out`` with the holder; each comes back by scanning its label, and the carry-out
closes when all are back. Overdue carry-outs are listed in 未归还 (``overdue``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.access import may_see_level
from secledger.domain.carry_out import (
    REQUEST_PREFIX,
    REQUEST_REGISTER,
    TOP_POSTS_KEY,
    CarryStatus,
    approval_rule,
    check_destination,
    check_period,
)
from secledger.domain.enums import CarrierState, Classification, Clearance, Role
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.states import Action
from secledger.services.approvals import requests as approvals
from secledger.services.approvals.posts import check_approver_post, posts
from secledger.services.carriers.items import next_record_no
from secledger.services.carriers.refs import (
    check_person_may_see,
    clean,
    load_carrier,
    require_in_store,
)
from secledger.services.carriers.transition import transition
from secledger.services.custody.carry_out_read import (
    ACTIVE,
    CarryOutDTO,
    carry_out_dto,
    carry_out_row,
    item_rows,
    people_ids,
)
from secledger.services.custody.two_person import check_bearers
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import due_on_date, local_now, utc_naive
from secledger.store.models.approvals import Approval
from secledger.store.models.carry_out import CarryOut, CarryOutItem, CarryOutPerson
from secledger.store.models.people import Department, Person
from secledger.store.models.registry import Carrier, Document

Pairs = list[tuple[Carrier, Document]]
S = CarryStatus


@dataclass(frozen=True, slots=True)
class CarryOutInput:
    person_ids: tuple[int, ...]  # the holder first, then who goes with them
    carrier_ids: tuple[int, ...]
    destination: str
    purpose: str
    out_on: date
    back_on: date
    measures: str
    foreign_affairs: bool = False  # 涉外活动
    abroad: bool = False  # 出境


# -- request -------------------------------------------------------------------------------
def _texts(inp: CarryOutInput) -> tuple[str, str, str]:
    where = clean(inp.destination, "目的地", 200)
    why = clean(inp.purpose, "事由", 1000)
    measures = clean(inp.measures, "保护措施", 1000)
    for value, code, fld in ((where, "carry_out.destination_required", "destination"),
                             (why, "carry_out.purpose_required", "purpose"),
                             (measures, "carry_out.measures_required", "measures")):
        if not value:
            raise ValidationError(code, field=fld)
    return where, why, measures


def _validate(led: Ledger, inp: CarryOutInput) -> tuple[str, str, str]:
    if not inp.person_ids:
        raise ValidationError("carry_out.no_people", field="people")
    if not inp.carrier_ids or len(set(inp.carrier_ids)) != len(inp.carrier_ids):
        raise ValidationError("carry_out.no_carriers", field="carriers")
    texts = _texts(inp)
    check_period(inp.out_on, inp.back_on, local_now(led).date())
    return texts


def top_level(pairs: Pairs) -> Classification:
    return max((Classification(d.level) for _c, d in pairs), key=lambda c: c.rank)


def _check_carriers(s: Session, pairs: Pairs, carry_out_id: int | None) -> None:
    for c, d in pairs:
        require_in_store(c, d.reg_no, "carry_out.not_in_store")
        other = s.execute(
            select(CarryOut.reg_no).join(CarryOutItem, CarryOutItem.carry_out_id == CarryOut.id)
            .where(CarryOutItem.carrier_id == c.id, CarryOut.status.in_(ACTIVE),
                   CarryOutItem.returned_at.is_(None), CarryOutItem.lost_at.is_(None),
                   CarryOut.id != (carry_out_id or 0))
        ).scalar()
        if other:
            raise RuleViolation("carry_out.already_requested", reg_no=d.reg_no,
                                copy_no=f"{c.copy_no:06d}", request_no=other)


def _check_people(s: Session, pairs: Pairs, person_ids: Sequence[int]) -> list[Person]:
    """Two 核心 people for 绝密; the holder cleared and within 知悉范围 of every document,
    the others cleared for the highest level."""
    level = top_level(pairs)
    people = check_bearers(s, level, person_ids, what="携带外出", what_en="carried out",
                           action="携带载体外出")
    for _c, d in pairs:
        check_person_may_see(s, people[0].id, d, "携带载体外出")
    for p in people[1:]:
        if not may_see_level(Clearance(p.clearance), level):
            raise RuleViolation("access.clearance", person=p.name, person_id=p.id,
                                clearance=Clearance(p.clearance).label, level=level.label)
    return people


def _check(s: Session, pairs: Pairs, person_ids: Sequence[int], *, foreign_affairs: bool,
           abroad: bool, carry_out_id: int | None) -> list[Person]:
    """Every rule a carry-out meets on request and again on issue."""
    check_destination(top_level(pairs), foreign_affairs=foreign_affairs, abroad=abroad)
    _check_carriers(s, pairs, carry_out_id)
    return _check_people(s, pairs, person_ids)


def _rule(s: Session, level: Classification, measures: str) -> str:
    allowed = posts(s, TOP_POSTS_KEY) if level is Classification.TOP_SECRET else ()
    return approval_rule(level, "、".join(allowed) or "保密办负责人或单位领导", measures)


def request_carry_out(led: Ledger, inp: CarryOutInput) -> CarryOutDTO:
    """Register a carry-out request and ask for its approval (one transaction)."""
    led.require(Role.CLERK, "登记携带外出申请")
    where, why, measures = _validate(led, inp)
    with led.db.write() as s:
        pairs = [load_carrier(s, carrier_id=cid) for cid in inp.carrier_ids]
        people = _check(s, pairs, inp.person_ids, foreign_affairs=inp.foreign_affairs,
                        abroad=inp.abroad, carry_out_id=None)
        holder = people[0]
        dept = s.get(Department, holder.department_id) if holder.department_id else None
        year, number, no = next_record_no(s, REQUEST_REGISTER, REQUEST_PREFIX, local_now(led))
        row = CarryOut(year=year, number=number, reg_no=no, holder_id=holder.id,
                       department=dept.name if dept else "", destination=where, purpose=why,
                       foreign_affairs=inp.foreign_affairs, abroad=inp.abroad,
                       out_on=inp.out_on, back_on=inp.back_on, measures=measures,
                       status=S.REQUESTED.value, requested_by_user_id=led.user.id,
                       requested_at=utc_naive(led.now()), cancel_reason="")
        s.add(row)
        s.flush()
        for seq, p in enumerate(people, 1):
            s.add(CarryOutPerson(carry_out_id=row.id, person_id=p.id, seq=seq))
        for seq, (c, _d) in enumerate(pairs, 1):
            s.add(CarryOutItem(carry_out_id=row.id, carrier_id=c.id, seq=seq))
        row.approval_id = approvals.request_approval(
            s, led, subject_kind="carry_out", subject_id=row.id,
            summary=_summary(row, people, pairs), rule=_rule(s, top_level(pairs), measures),
            beneficiary_person_id=holder.id)
        led.event(s, "carry_out.requested", _payload(row, people, pairs), person_id=holder.id)
        return carry_out_dto(s, row)


def _summary(row: CarryOut, people: list[Person], pairs: Pairs) -> str:
    what = "；".join(f"{d.reg_no}《{d.title}》{d.mark} 第{c.copy_no:06d}份" for c, d in pairs)
    flags = "，涉外活动" if row.foreign_affairs else ""
    flags += "，出境" if row.abroad else ""
    return (f"携带外出{row.reg_no}：{'、'.join(p.name for p in people)}携带{what}前往"
            f"{row.destination}（{row.out_on.isoformat()}至{row.back_on.isoformat()}{flags}；"
            f"事由：{row.purpose}；保护措施：{row.measures}）")


def _payload(row: CarryOut, people: list[Person], pairs: Pairs) -> dict[str, object]:
    return {
        "carry_out_id": row.id, "carry_out_no": row.reg_no,
        "person_ids": [p.id for p in people], "carrier_ids": [c.id for c, _d in pairs],
        "destination": row.destination, "purpose": row.purpose,
        "foreign_affairs": row.foreign_affairs, "abroad": row.abroad,
        "out_on": row.out_on.isoformat(), "back_on": row.back_on.isoformat(),
        "measures": row.measures,
    }


def _pairs(s: Session, row: CarryOut) -> Pairs:
    return [load_carrier(s, carrier_id=it.carrier_id) for it in item_rows(s, row.id)]


def _on_decided(s: Session, led: Ledger, a: Approval) -> None:
    """Approvals hook: the carry-out follows the decision; nobody who carries decides it, and
    绝密 is approved only by the posts the policy names."""
    row = s.get(CarryOut, a.subject_id)
    if row is None or row.status != S.REQUESTED.value:
        return
    if a.decided_by_person_id in people_ids(s, row.id):
        p = s.get(Person, a.decided_by_person_id)
        raise RuleViolation("carry_out.companion_approves", request_no=row.reg_no,
                            person=p.name if p else "")
    if a.status == approvals.APPROVED:
        if top_level(_pairs(s, row)) is Classification.TOP_SECRET:
            check_approver_post(s, TOP_POSTS_KEY, a.decided_by_person_id)
        row.status = S.APPROVED.value
    else:
        row.status = S.REJECTED.value


approvals.register_hook("carry_out", _on_decided)


def _require_status(row: CarryOut, allowed: tuple[S, ...], action: str, action_en: str) -> None:
    if row.status not in {a.value for a in allowed}:
        raise RuleViolation("carry_out.wrong_status", request_no=row.reg_no, action=action,
                            action_en=action_en, status=S(row.status).label)


# -- issue, bring back, cancel ----------------------------------------------------------------
def issue_carry_out(led: Ledger, *, carry_out_id: int) -> CarryOutDTO:
    """Hand the approved carriers to the holder: each becomes ``carried_out``."""
    led.require(Role.CLERK, "办理携带外出")
    today = local_now(led).date()
    with led.db.write() as s:
        row = carry_out_row(s, carry_out_id)
        if row.status == S.REQUESTED.value:
            raise RuleViolation("approval.required", what=f"携带外出{row.reg_no}",
                                status=S.REQUESTED.label)
        _require_status(row, (S.APPROVED,), "办理外出", "issued")
        if row.back_on < today:
            raise RuleViolation("carry_out.period_over", request_no=row.reg_no,
                                back_on=row.back_on.isoformat())
        pairs = _pairs(s, row)
        bearers = people_ids(s, row.id)
        _check(s, pairs, bearers, foreign_affairs=row.foreign_affairs, abroad=row.abroad,
               carry_out_id=row.id)
        now = utc_naive(led.now())
        row.due_at = due_on_date(led, row.back_on)
        row.status, row.issued_at, row.issued_by_user_id = S.OUT.value, now, led.user.id
        for it, (c, _d) in zip(item_rows(s, row.id), pairs, strict=True):
            it.issued_at = now
            transition(s, led, c, Action.CARRY_OUT, holder_id=row.holder_id, payload={
                "carry_out_id": row.id, "carry_out_no": row.reg_no,
                "person_ids": bearers, "destination": row.destination,
                "due_at": row.due_at.isoformat(),
            })
        return carry_out_dto(s, row)


def carry_back(led: Ledger, *, label: str | None = None,
               carrier_id: int | None = None) -> CarryOutDTO:
    """带回确认: one carried-out carrier is back in store (scan); the carry-out closes when all are."""
    user = led.require(Role.CLERK, "登记携带外出带回")
    with led.db.write() as s:
        c, d = load_carrier(s, carrier_id=carrier_id, label=label)
        item = s.execute(select(CarryOutItem).where(
            CarryOutItem.carrier_id == c.id, CarryOutItem.issued_at.is_not(None),
            CarryOutItem.returned_at.is_(None))).scalar()
        if c.state != CarrierState.CARRIED_OUT.value or item is None:
            state = CarrierState(c.state)
            raise RuleViolation("carry_out.not_out", reg_no=d.reg_no, copy_no=f"{c.copy_no:06d}",
                                state=state.value, state_label=state.label)
        row = carry_out_row(s, item.carry_out_id)
        now = utc_naive(led.now())
        item.returned_at, item.received_by_user_id = now, user.id
        transition(s, led, c, Action.CARRY_BACK, holder_id=user.person_id,
                   payload={"carry_out_id": row.id, "carry_out_no": row.reg_no})
        _close_if_over(s, led, row, now)
        return carry_out_dto(s, row)


def _close_if_over(s: Session, led: Ledger, row: CarryOut, now: datetime) -> None:
    """The carry-out is over when every carrier is back or was reported lost."""
    rows = item_rows(s, row.id)
    if all(it.returned_at is not None or it.lost_at is not None for it in rows):
        row.status, row.returned_at = S.RETURNED.value, now
        lost = [it.carrier_id for it in rows if it.lost_at is not None]
        led.event(s, "carry_out.returned", {"carry_out_id": row.id, "carry_out_no": row.reg_no,
                                            "lost_carrier_ids": lost},
                  person_id=row.holder_id)


def mark_lost_while_out(s: Session, led: Ledger, carrier_id: int) -> str:
    """A carried-out carrier reported lost (``loss.file_report``, in its transaction): its
    carry-out item is marked lost, so it is no longer 未归还 on the carry-out (the loss
    report follows it now); the carry-out closes when the others are back. Returns the
    carry-out's number ("" when the carrier was on none)."""
    item = s.execute(select(CarryOutItem).where(
        CarryOutItem.carrier_id == carrier_id, CarryOutItem.issued_at.is_not(None),
        CarryOutItem.returned_at.is_(None), CarryOutItem.lost_at.is_(None))).scalar()
    if item is None:
        return ""
    row = carry_out_row(s, item.carry_out_id)
    now = utc_naive(led.now())
    item.lost_at = now
    _close_if_over(s, led, row, now)
    return row.reg_no


def cancel_carry_out(led: Ledger, *, carry_out_id: int, reason: str) -> CarryOutDTO:
    """Withdraw a request not yet issued (a pending approval is withdrawn with it)."""
    led.require(Role.CLERK, "撤销携带外出申请")
    why = clean(reason, "撤销原因", 1000)
    if not why:
        raise ValidationError("doc.reason_required", field="reason", what="撤销")
    with led.db.write() as s:
        row = carry_out_row(s, carry_out_id)
        _require_status(row, (S.REQUESTED, S.APPROVED), "撤销", "cancelled")
        if row.status == S.REQUESTED.value and row.approval_id:
            approvals.cancel(s, led, row.approval_id, why)
        row.status, row.cancel_reason = S.CANCELLED.value, why
        led.event(s, "carry_out.cancelled", {"carry_out_id": row.id, "carry_out_no": row.reg_no,
                                             "reason": why}, person_id=row.holder_id)
        return carry_out_dto(s, row)
