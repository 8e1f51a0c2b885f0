"""密级变更（解密）通知: a decision that changes or ends a secret is notified in writing to
everyone within its 知悉范围 (before and after the change) and to every current holder of
one of its carriers (法 23; 条例 21–22); each person's signature (签收) is recorded.

Who is notified: the people listed in the scope, the active members of the departments it
names, everyone cleared for the level when the scope is unrestricted, and every holder of a
carrier the unit still accounts for. A caller may name the recipients itself (to add
people); leaving out a holder or a person in scope is refused, naming him.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from secledger.domain.classification import Facts, missing_people
from secledger.domain.copyno import format_copy_no
from secledger.domain.enums import Classification, Clearance, Role
from secledger.domain.errors import NotFound, RuleViolation, ValidationError
from secledger.services.carriers.items import names
from secledger.services.classification.common import (
    NOTICE_PREFIX,
    NOTICE_REGISTER,
    held_carriers,
    record_no,
    today,
)
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import utc_naive
from secledger.store.models.classification import (
    ClassificationDecision,
    DecisionNotice,
    NoticeRecipient,
)
from secledger.store.models.people import Person
from secledger.store.models.registry import Document

SCOPE, HOLDER, BOTH, ADDED = "scope", "holder", "both", "added"
REASON_LABELS = {SCOPE: "知悉范围", HOLDER: "持有载体", BOTH: "知悉范围、持有载体", ADDED: "增加"}


@dataclass(frozen=True, slots=True)
class Recipient:
    person_id: int
    reason: str
    copies: str  # 份号 held, 、-joined


def holders(s: Session, document_id: int) -> dict[int, list[str]]:
    """person id -> 份号 of the document's carriers he holds now."""
    out: dict[int, list[str]] = {}
    for c in held_carriers(s, document_id):
        if c.holder_id is not None:
            out.setdefault(int(c.holder_id), []).append(format_copy_no(c.copy_no))
    return out


def in_scope(s: Session, scopes: Sequence[Facts], level: Classification) -> set[int]:
    """Active people within any of the scopes who are cleared for *level*."""
    q = select(Person.id, Person.clearance).where(Person.active.is_(True))
    if not any(f.need_to_know.unrestricted for f in scopes):
        people = {p for f in scopes for p in f.need_to_know.person_ids}
        depts = {d for f in scopes for d in f.need_to_know.department_ids}
        if not people and not depts:
            return set()
        q = q.where(or_(Person.id.in_(people), Person.department_id.in_(depts)))
    return {int(pid) for pid, clearance in s.execute(q).all()
            if Clearance(clearance).max_level_rank >= level.rank}


def recipients(s: Session, doc: Document, before: Facts, after: Facts,
               given: Sequence[int] | None) -> list[Recipient]:
    """Who a decision about *doc* is notified to. With *given*, every holder and everyone
    in scope must be among them (refused otherwise, naming the first one left out)."""
    held = holders(s, doc.id)
    scope = in_scope(s, (before, after), before.mark.level)
    if given is not None:
        _check_given(s, doc, held, scope, given)
    everyone = set(held) | scope | set(given or ())
    out = []
    for pid in sorted(everyone):
        reason = BOTH if pid in held and pid in scope else (
            HOLDER if pid in held else SCOPE if pid in scope else ADDED)
        out.append(Recipient(pid, reason, "、".join(held.get(pid, ()))))
    return out


def _check_given(s: Session, doc: Document, held: dict[int, list[str]], scope: set[int],
                 given: Sequence[int]) -> None:
    left = missing_people(held, given)
    if left:
        who = names(s, left[:1])
        raise RuleViolation("classification.holder_not_notified", field="recipients",
                            reg_no=doc.reg_no, person=who.get(left[0], str(left[0])),
                            copies="、".join(held[left[0]]))
    left = missing_people(scope, given)
    if left:
        who = names(s, left[:1])
        raise RuleViolation("classification.recipient_missing", field="recipients",
                            reg_no=doc.reg_no, person=who.get(left[0], str(left[0])))
    for pid in given:
        p = s.get(Person, pid)
        if p is None:
            raise NotFound(what="人员", key=str(pid))


def issue(s: Session, led: Ledger, decision: ClassificationDecision,
          people: Sequence[Recipient]) -> DecisionNotice:
    """The notice of *decision* with its recipients (in the deciding transaction)."""
    year = today(led).year
    number, no = record_no(s, NOTICE_REGISTER, NOTICE_PREFIX, year)
    notice = DecisionNotice(notice_no=no, year=year, number=number, decision_id=decision.id,
                            document_id=decision.document_id, issued_at=utc_naive(led.now()))
    s.add(notice)
    s.flush()
    s.add_all([NoticeRecipient(notice_id=notice.id, person_id=r.person_id, reason=r.reason,
                               copies=r.copies) for r in people])
    return notice


def received_by(s: Session, document_id: int) -> dict[int, str]:
    """person id -> the notices of *document_id* he received, in words, in order:
    ``密通2026-00001（已签收 2026-11-25）、密通2026-00004（未签收）`` (the 知悉人员 register
    shows them beside each person)."""
    rows = s.execute(
        select(NoticeRecipient.person_id, DecisionNotice.notice_no, NoticeRecipient.acknowledged_on)
        .join(DecisionNotice, DecisionNotice.id == NoticeRecipient.notice_id)
        .where(DecisionNotice.document_id == document_id)
        .order_by(DecisionNotice.id)).all()
    out: dict[int, list[str]] = {}
    for pid, no, signed in rows:
        state = f"已签收 {signed.isoformat()}" if signed is not None else "未签收"
        out.setdefault(int(pid), []).append(f"{no}（{state}）")
    return {pid: "、".join(texts) for pid, texts in out.items()}


# -- 签收 ----------------------------------------------------------------------------------
def acknowledge(led: Ledger, *, recipient_ids: Sequence[int],
                signed_on: date | None = None) -> int:
    """Record the signatures (签收) of notice recipients, each one event; returns how many.

    *signed_on* is the day on the signed notice (default today); it may not lie before the
    notice was issued nor in the future. A signature already recorded is refused."""
    led.require(Role.CLERK, "登记通知签收")
    if not recipient_ids:
        raise ValidationError("classification.no_recipients", field="recipients")
    day = signed_on or today(led)
    if day > today(led):
        raise ValidationError("doc.future_date", field="signed_on", what="签收日期",
                              date=day.isoformat())
    with led.db.write() as s:
        for rid in dict.fromkeys(recipient_ids):
            _acknowledge_one(s, led, rid, day)
        return len(set(recipient_ids))


def _acknowledge_one(s: Session, led: Ledger, recipient_id: int, day: date) -> None:
    r = s.get(NoticeRecipient, recipient_id)
    if r is None:
        raise NotFound(what="通知签收人", key=str(recipient_id))
    notice = s.get(DecisionNotice, r.notice_id)
    assert notice is not None
    person = s.get(Person, r.person_id)
    who = person.name if person else str(r.person_id)
    if r.ack_event_id is not None:
        raise RuleViolation("classification.already_acknowledged", person=who,
                            notice_no=notice.notice_no)
    issued = notice.issued_at.date()
    if day < issued:
        raise ValidationError("classification.ack_before_notice", field="signed_on",
                              date=day.isoformat(), issued=issued.isoformat())
    ev = led.event(s, "classification.notice_acknowledged", {
        "notice_id": notice.id, "notice_no": notice.notice_no, "recipient_id": r.id,
        "signed_on": day.isoformat(),
    }, document_id=notice.document_id, person_id=r.person_id)
    r.acknowledged_on, r.ack_event_id = day, ev.id
    r.ack_recorded_at = utc_naive(led.now())
