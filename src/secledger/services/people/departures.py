"""Departures (离岗、离职、调动) with their 脱密期 (保守国家秘密法第四十六条; 实施条例第五十三条).

The security officer opens a departure: the kind, the day the person leaves the post, the
reason or destination, who receives their carriers and who witnesses, and the 脱密期 chosen
within the range of the person's clearance (``domain.departures``). From then on nobody may
make the person the holder of anything (``services.people.departed``, asked by the one
transition function). The clerk hands over or takes back what they hold through the existing
workflows (移交 in ``services.custody.handover``, one event per carrier). Completing the
departure is refused while anything is still held; it disables the person's accounts (as
``accounts.disable_user`` does: key slots revoked), deactivates the person and starts the
脱密期. One transaction per use case; each writes one ``person.*`` event.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from secledger.domain.dates import check_day
from secledger.domain.departures import (
    DEPARTURE_PREFIX,
    DEPARTURE_REGISTER,
    RULE,
    RULE_EN,
    DepartureKind,
    DepartureStatus,
    check_cooling_off,
    cooling_off,
)
from secledger.domain.enums import Clearance, Role
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.services.carriers.items import next_record_no, person, record
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now, utc_naive
from secledger.services.people import departed
from secledger.services.people.accounts import disable_accounts_of
from secledger.services.people.departures_read import DepartureDTO, dto, remaining_in
from secledger.services.people.rules import ensure_an_officer_remains
from secledger.services.registration.register import clean_text
from secledger.store.models.departures import Departure
from secledger.store.models.people import Department, Person

#: a departure is recorded at most this far ahead of the day the person leaves
MAX_AHEAD = timedelta(days=366)


def _check_parties(s: Session, p: Person, receiver_id: int, witness_id: int) -> None:
    """The receiver and the witness: active, three different people (as for a 移交)."""
    receiver = person(s, receiver_id, role="接收人")
    witness = person(s, witness_id, role="监交人")
    if receiver.id == p.id:
        raise RuleViolation("handover.same_person", person=p.name)
    if witness.id in (p.id, receiver.id):
        raise RuleViolation("handover.witness_party", person=witness.name)


def _check_day(day: date, today: date) -> None:
    check_day(day, "departs_on")
    if day > today + MAX_AHEAD:
        raise ValidationError("departure.day_too_late", field="departs_on", date=day.isoformat())


def open_departure(
    led: Ledger, *, person_id: int, kind: DepartureKind, departs_on: date, reason: str,
    receiver_id: int, witness_id: int, cooling_months: int, destination: str = "",
) -> DepartureDTO:
    """Open a departure (办理中): from now the person receives no carrier or device."""
    user = led.require(Role.SECURITY_OFFICER, "办理离岗")
    kind = DepartureKind(kind)
    reason = clean_text(reason, "离岗原因", 500, fld="reason")
    if not reason:
        raise ValidationError("departure.field_required", field="reason", what="离岗原因",
                              what_en="reason for leaving")
    destination = clean_text(destination, "去向", 200, fld="destination")
    today = local_now(led).date()
    _check_day(departs_on, today)
    with led.db.write() as s:
        p = person(s, person_id, role="离岗人员")
        if p.id == user.person_id:
            raise RuleViolation("departure.self")
        clearance = Clearance(p.clearance)
        check_cooling_off(clearance, cooling_months)
        _refuse_second(s, p)
        _check_parties(s, p, receiver_id, witness_id)
        year, number, reg_no = next_record_no(s, DEPARTURE_REGISTER, DEPARTURE_PREFIX,
                                              local_now(led))
        dept = s.get(Department, p.department_id) if p.department_id is not None else None
        d = Departure(
            year=year, number=number, reg_no=reg_no, person_id=p.id, kind=kind.value,
            status=DepartureStatus.OPEN.value, departs_on=departs_on, reason=reason,
            destination=destination, department=dept.name if dept else "", post=p.post,
            clearance=clearance.value, receiver_id=receiver_id, witness_id=witness_id,
            cooling_months=cooling_months, accounts="", opened_at=utc_naive(led.now()),
            opened_by_user_id=user.id, void_reason="",
        )
        s.add(d)
        s.flush()
        ev = led.event(s, "person.departure_opened", {
            "reg_no": reg_no, "departure_id": d.id, "person_id": p.id, "kind": kind.value,
            "departs_on": departs_on.isoformat(), "reason": reason, "destination": destination,
            "receiver_id": receiver_id, "witness_id": witness_id, "clearance": clearance.value,
            "cooling_months": cooling_months,
        }, person_id=p.id)
        d.opened_event_id = ev.id
        departed.forget(s)
        return dto(s, d, today)


def _refuse_second(s: Session, p: Person) -> None:
    existing = departed.current(s, p.id)
    if existing is not None:
        st = DepartureStatus(existing.status)
        raise RuleViolation("departure.already_open", person=p.name, reg_no=existing.reg_no,
                            status=st.label, status_en=st.label_en.lower())


def _open(s: Session, departure_id: int, action: str, action_en: str) -> Departure:
    d = record(s, Departure, departure_id, "离岗记录")
    if d.status != DepartureStatus.OPEN.value:
        st = DepartureStatus(d.status)
        raise RuleViolation("departure.not_open", reg_no=d.reg_no, status=st.label,
                            status_en=st.label_en.lower(), action=action, action_en=action_en)
    return d


def complete_departure(led: Ledger, *, departure_id: int) -> DepartureDTO:
    """Complete an open departure once the person holds nothing: accounts disabled, the
    person deactivated, the 脱密期 from the day of leaving recorded."""
    user = led.require(Role.SECURITY_OFFICER, "完成离岗")
    today = local_now(led).date()
    with led.db.write() as s:
        d = _open(s, departure_id, "完成", "completed")
        if d.person_id == user.person_id:
            raise RuleViolation("departure.self")
        left = remaining_in(s, d.person_id)
        if left.total:
            raise RuleViolation("departure.still_holds", person=left.person_name,
                                count=left.total, examples="、".join(left.examples()),
                                rule=RULE, rule_en=RULE_EN)
        p = person(s, d.person_id, active=False)
        p.active = False
        period = cooling_off(d.departs_on, d.cooling_months)
        d.cooling_from = period.start if period else None
        d.cooling_until = period.end if period else None
        d.status = DepartureStatus.COMPLETED.value
        d.completed_at = utc_naive(led.now())
        d.completed_by_user_id = user.id
        ensure_an_officer_remains(s)
        accounts = disable_accounts_of(s, led, p.id, _why(d))
        d.accounts = ",".join(accounts)
        ev = led.event(s, "person.departed", {
            "reg_no": d.reg_no, "departure_id": d.id, "person_id": p.id, "kind": d.kind,
            "departs_on": d.departs_on.isoformat(), "accounts": accounts,
            "cooling_from": d.cooling_from.isoformat() if d.cooling_from else None,
            "cooling_until": d.cooling_until.isoformat() if d.cooling_until else None,
        }, person_id=p.id)
        d.completed_event_id = ev.id
        return dto(s, d, today)


def _why(d: Departure) -> str:
    return f"{DepartureKind(d.kind).label}（{d.reg_no}）"


def void_departure(led: Ledger, *, departure_id: int, reason: str) -> DepartureDTO:
    """Void an open departure opened in error (the person may receive carriers again)."""
    led.require(Role.SECURITY_OFFICER, "作废离岗记录")
    reason = clean_text(reason, "作废原因", 500, fld="reason")
    if not reason:
        raise ValidationError("departure.field_required", field="reason", what="作废原因",
                              what_en="reason for voiding")
    with led.db.write() as s:
        d = _open(s, departure_id, "作废", "voided")
        d.status = DepartureStatus.VOIDED.value
        d.voided_at = utc_naive(led.now())
        d.void_reason = reason
        led.event(s, "person.departure_voided", {"reg_no": d.reg_no, "departure_id": d.id,
                                                 "reason": reason}, person_id=d.person_id)
        departed.forget(s)
        return dto(s, d, local_now(led).date())


def end_cooling_off(led: Ledger, *, departure_id: int) -> DepartureDTO:
    """Confirm that a 脱密期 is over (on or after the day after its last day)."""
    led.require(Role.SECURITY_OFFICER, "确认脱密期满")
    today = local_now(led).date()
    with led.db.write() as s:
        d = record(s, Departure, departure_id, "离岗记录")
        if d.status != DepartureStatus.COMPLETED.value or d.ended_at is not None:
            st = DepartureStatus(d.status)
            ended = d.ended_at is not None
            raise RuleViolation("departure.not_open", reg_no=d.reg_no,
                                status="脱密期满" if ended else st.label,
                                status_en="ended" if ended else st.label_en.lower(),
                                action="确认脱密期满", action_en="marked as ended")
        if d.cooling_until is None:
            raise RuleViolation("departure.no_cooling_off", reg_no=d.reg_no)
        if d.cooling_until >= today:
            name = person(s, d.person_id, active=False).name
            raise RuleViolation("departure.cooling_off_running", person=name,
                                until=d.cooling_until.isoformat())
        d.ended_at = utc_naive(led.now())
        led.event(s, "person.cooling_off_ended", {
            "reg_no": d.reg_no, "departure_id": d.id, "person_id": d.person_id,
            "cooling_until": d.cooling_until.isoformat()}, person_id=d.person_id)
        return dto(s, d, today)
