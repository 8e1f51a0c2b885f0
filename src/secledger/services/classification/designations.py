"""定密责任人: the security officer designates who may decide 定密, 变更 and 解密 for the
unit's own secrets, each up to a highest level (DESIGN.md §1; 保守国家秘密法 2024 art. 16).

A designation is a fact about a person, not an account: the person decides through an
account holding the approver role (in the app), or signs a paper form the clerk transcribes.
A designation is never edited or deleted; it is revoked with a reason (and a new one made).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.access import may_see_level
from secledger.domain.enums import Classification, Clearance, Role
from secledger.domain.errors import NotFound, RuleViolation, ValidationError
from secledger.services.approvals.requests import approver_ids
from secledger.services.carriers.items import person
from secledger.services.carriers.refs import clean
from secledger.services.classification.common import today
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import utc_naive
from secledger.store.models.classification import ClassifierDesignation
from secledger.store.models.people import Department, Person


@dataclass(frozen=True, slots=True)
class DesignationDTO:
    id: int
    person_id: int
    name: str
    department: str
    post: str
    max_level: str
    max_level_label: str
    reference: str  # 指定文件文号
    scope_note: str
    designated_on: date
    revoked_at: datetime | None
    revoke_reason: str
    can_approve_in_app: bool  # holds an enabled approver account

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def designate(led: Ledger, *, person_id: int, max_level: Classification, reference: str = "",
              scope_note: str = "", designated_on: date | None = None) -> DesignationDTO:
    """Designate *person_id* 定密责任人 up to *max_level* (security officer only)."""
    led.require(Role.SECURITY_OFFICER, "指定定密责任人")
    level = Classification(max_level)
    if not level.is_state_secret:
        raise ValidationError("classification.not_state_secret", field="max_level",
                              level=level.label)
    ref = clean(reference, "指定文号", 100)
    note = clean(scope_note, "定密权限说明", 500)
    day = designated_on or today(led)
    if day > today(led):
        raise ValidationError("doc.future_date", field="designated_on", what="指定日期",
                              date=day.isoformat())
    with led.db.write() as s:
        p = person(s, person_id, role="定密责任人")
        clearance = Clearance(p.clearance)
        if not may_see_level(clearance, level):
            raise RuleViolation("classification.designation_clearance", person=p.name,
                                clearance=clearance.label, level=level.label)
        if _active(s, p.id) is not None:
            raise RuleViolation("classification.designation_exists", person=p.name)
        row = ClassifierDesignation(
            person_id=p.id, max_level=level.value, reference=ref, scope_note=note,
            designated_on=day, created_at=utc_naive(led.now()),
            created_by_user_id=led.user.id)
        s.add(row)
        s.flush()
        led.event(s, "classification.designated", {
            "designation_id": row.id, "max_level": level.value, "reference": ref,
            "scope_note": note, "designated_on": day.isoformat(),
        }, person_id=p.id)
        return _dto(s, row)


def revoke(led: Ledger, *, designation_id: int, reason: str) -> DesignationDTO:
    """End a designation (security officer only), with a reason."""
    led.require(Role.SECURITY_OFFICER, "撤销定密责任人")
    why = clean(reason, "撤销原因", 1000)
    if not why:
        raise ValidationError("doc.reason_required", field="reason", what="撤销")
    with led.db.write() as s:
        row = s.get(ClassifierDesignation, designation_id)
        if row is None:
            raise NotFound(what="定密责任人指定", key=str(designation_id))
        if row.revoked_at is not None:
            p = s.get(Person, row.person_id)
            raise RuleViolation("classification.designation_revoked",
                                person=p.name if p else str(row.person_id))
        row.revoked_at, row.revoke_reason = utc_naive(led.now()), why
        led.event(s, "classification.designation_revoked", {
            "designation_id": row.id, "reason": why}, person_id=row.person_id)
        return _dto(s, row)


def designations(led: Ledger, *, active_only: bool = True) -> list[DesignationDTO]:
    """The designations (active ones by default), highest level first, then by name."""
    with led.db.read() as s:
        q = select(ClassifierDesignation)
        if active_only:
            q = q.where(ClassifierDesignation.revoked_at.is_(None))
        rows = [_dto(s, r) for r in s.execute(q.order_by(ClassifierDesignation.id)).scalars()]
    rank = {c.value: c.rank for c in Classification}
    return sorted(rows, key=lambda d: (-rank[d.max_level], d.name, d.id))


def classifiers_for(led: Ledger, level: Classification) -> list[DesignationDTO]:
    """Who may decide a matter of *level* (for the choice of a paper decision's signer)."""
    return [d for d in designations(led) if Classification(d.max_level).rank >= level.rank]


def _active(s: Session, person_id: int) -> ClassifierDesignation | None:
    return s.execute(select(ClassifierDesignation).where(
        ClassifierDesignation.person_id == person_id,
        ClassifierDesignation.revoked_at.is_(None))).scalars().first()


def _dto(s: Session, row: ClassifierDesignation) -> DesignationDTO:
    p = s.get(Person, row.person_id)
    assert p is not None
    dept = s.get(Department, p.department_id) if p.department_id else None
    level = Classification(row.max_level)
    return DesignationDTO(
        id=row.id, person_id=p.id, name=p.name, department=dept.name if dept else "",
        post=p.post, max_level=level.value, max_level_label=level.label,
        reference=row.reference, scope_note=row.scope_note, designated_on=row.designated_on,
        revoked_at=row.revoked_at, revoke_reason=row.revoke_reason,
        can_approve_in_app=p.id in approver_ids(s),
    )
