"""整改 items: a problem found (by the self-inspection or otherwise), the measure, who puts it
right and by when; tracked until closed. Numbered 改2026-00001 from a gapless register.
Opening and closing are the security officer's, each an event; everyone who reads the
self-inspection sees them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from secledger.domain.dates import check_day
from secledger.domain.enums import Role
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.selfinspection import (
    RECTIFICATION_PREFIX,
    RECTIFICATION_REGISTER,
    RectificationStatus,
    item,
)
from secledger.domain.yearend import Period
from secledger.services.carriers.items import names, next_record_no, person, record
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now, local_tz, to_local, utc_naive
from secledger.services.registration.register import clean_text
from secledger.services.yearend.statistics_flows import READERS
from secledger.store.models.yearend import Rectification, SelfInspection

OPEN, CLOSED = RectificationStatus.OPEN.value, RectificationStatus.CLOSED.value


@dataclass(frozen=True, slots=True)
class RectificationDTO:
    id: int
    reg_no: str
    item_code: str
    problem: str
    measure: str
    owner_id: int
    owner: str
    due_on: date
    status: RectificationStatus
    opened_on: date  # local
    closed_on: date | None
    close_note: str
    year: int | None  # of the self-inspection it came from

    def overdue(self, today: date) -> bool:
        return self.status is RectificationStatus.OPEN and self.due_on < today

    def relevant_to(self, period: Period) -> bool:
        """Opened by the end of *period* and not closed before it began."""
        return self.opened_on <= period.end and (
            self.closed_on is None or self.closed_on >= period.start)

    def to_json(self) -> dict[str, Any]:
        return {"reg_no": self.reg_no, "item": self.item_code, "problem": self.problem,
                "measure": self.measure, "owner": self.owner, "due_on": self.due_on.isoformat(),
                "status": self.status.value,
                "closed_on": self.closed_on.isoformat() if self.closed_on else None,
                "close_note": self.close_note}


def open_item(led: Ledger, *, problem: str, owner_id: int, due_on: date, measure: str = "",
              inspection_id: int | None = None, item_code: str = "") -> RectificationDTO:
    """A new 整改 item (of a self-inspection's item, or of its own)."""
    user = led.require(Role.SECURITY_OFFICER, "提出整改事项")
    problem = clean_text(problem, "整改问题", 2000, required=True, fld="problem")
    measure = clean_text(measure, "整改措施", 2000, fld="measure")
    code = item(item_code).code if item_code else ""
    today = local_now(led).date()
    check_day(due_on, "due_on")
    if due_on < today:
        raise ValidationError("rectification.due_before_opened", field="due_on",
                              due=due_on.isoformat(), opened=today.isoformat())
    with led.db.write() as s:
        owner = person(s, owner_id, role="整改责任人")
        if inspection_id is not None:
            record(s, SelfInspection, inspection_id, "自查自评")
        year, number, reg_no = next_record_no(s, RECTIFICATION_REGISTER, RECTIFICATION_PREFIX,
                                              local_now(led))
        row = Rectification(year=year, number=number, reg_no=reg_no, inspection_id=inspection_id,
                            item_code=code, problem=problem, measure=measure, owner_id=owner.id,
                            due_on=due_on, status=OPEN, opened_at=utc_naive(led.now()),
                            opened_by_user_id=user.id, close_note="")
        s.add(row)
        s.flush()
        led.event(s, "rectification.opened", {
            "reg_no": reg_no, "item": code, "problem": problem, "measure": measure,
            "owner_id": owner.id, "due_on": due_on.isoformat(),
            "inspection_id": inspection_id}, person_id=owner.id)
        return _dto(row, owner.name, None, led)


def close_item(led: Ledger, *, rectification_id: int, note: str,
               closed_on: date | None = None) -> RectificationDTO:
    """Close an item: what was done (required) and when."""
    led.require(Role.SECURITY_OFFICER, "完成整改事项")
    note = clean_text(note, "说明", 2000, required=True, fld="note")
    today = local_now(led).date()
    day = closed_on or today
    check_day(day, "closed_on", today)
    with led.db.write() as s:
        row = record(s, Rectification, rectification_id, "整改事项")
        if row.status == CLOSED:
            raise RuleViolation("rectification.closed", reg_no=row.reg_no,
                                closed_on=str(row.closed_on))
        row.status, row.closed_on, row.close_note = CLOSED, day, note
        row.closed_at = utc_naive(led.now())
        led.event(s, "rectification.closed", {"reg_no": row.reg_no, "closed_on": day.isoformat(),
                                                "note": note}, person_id=row.owner_id)
        return _dto(row, names(s, [row.owner_id]).get(row.owner_id, ""), None, led)


def list_items(led: Ledger, *, status: RectificationStatus | None = None,
               inspection_id: int | None = None) -> list[RectificationDTO]:
    """整改 items, open ones first by due date."""
    led.require_any(READERS, "查看整改事项")
    with led.db.read() as s:
        q = select(Rectification, SelfInspection.year).outerjoin(
            SelfInspection, SelfInspection.id == Rectification.inspection_id)
        if status is not None:
            q = q.where(Rectification.status == status.value)
        if inspection_id is not None:
            q = q.where(Rectification.inspection_id == inspection_id)
        rows = s.execute(q.order_by(Rectification.status.desc(), Rectification.due_on,
                                    Rectification.id)).tuples().all()
        who = names(s, [r.owner_id for r, _y in rows])
        return [_dto(r, who.get(r.owner_id, ""), y, led) for r, y in rows]


def _dto(r: Rectification, owner: str, year: int | None, led: Ledger) -> RectificationDTO:
    opened = to_local(r.opened_at, local_tz(led)).date() if isinstance(r.opened_at, datetime) \
        else r.opened_at
    return RectificationDTO(r.id, r.reg_no, r.item_code, r.problem, r.measure, r.owner_id, owner,
                            r.due_on, RectificationStatus(r.status), opened, r.closed_on,
                            r.close_note, year)

