"""A person who is leaving or has left a classified post is nobody's new holder
(保守国家秘密法第四十六条; 实施条例第五十三条).

``refuse_new_holder`` is asked by the one transition function whenever a move makes someone
the holder of a carrier or of a classified device: issue (领用、分发), circulation, loans,
carry-out, the handover's receiver, a meeting's distribution, the media register's holder
changes all pass there. From the day the departure is opened until its 脱密期 is over, and
after that too, the departed person receives nothing; the refusal names the record.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.departures import RULE, RULE_EN, DepartureStatus
from secledger.domain.errors import RuleViolation
from secledger.store.models.departures import Departure
from secledger.store.models.people import Person

#: ``Session.info`` key: the people found free of any departure in this transaction
_CLEAR = "departure_clear"
_BARRING = (DepartureStatus.OPEN.value, DepartureStatus.COMPLETED.value)


def current(s: Session, person_id: int) -> Departure | None:
    """The person's open or completed departure (voided ones do not count)."""
    return s.execute(
        select(Departure).where(Departure.person_id == person_id,
                                Departure.status.in_(_BARRING))
        .order_by(Departure.id.desc()).limit(1)
    ).scalar_one_or_none()


def forget(s: Session) -> None:
    """A departure opened or voided in this transaction: check every person again."""
    s.info.pop(_CLEAR, None)


def refuse_new_holder(s: Session, person_id: int, today: Callable[[], date]) -> None:
    """Refuse *person_id* as the new holder while a departure of theirs is open or done
    (*today* is asked only to word the refusal)."""
    clear: set[int] = s.info.setdefault(_CLEAR, set())
    if person_id in clear:
        return
    with s.no_autoflush:  # the subject may be a new row not yet complete
        d = current(s, person_id)
    if d is None:
        clear.add(person_id)
        return
    p = s.get(Person, person_id)
    zh, en = _state(d, today())
    raise RuleViolation("departure.no_custody", person=p.name if p else str(person_id),
                        state=zh, state_en=en, reg_no=d.reg_no, rule=RULE, rule_en=RULE_EN)


def _state(d: Departure, today: date) -> tuple[str, str]:
    if d.status == DepartureStatus.OPEN.value:
        return "正在办理离岗", "is leaving the post"
    until = d.cooling_until
    if until is not None and until >= today:
        return (f"处于脱密期（至{until.year}年{until.month}月{until.day}日）",
                f"is in a cooling-off period until {until.isoformat()}")
    return "已离岗", "has left the post"
