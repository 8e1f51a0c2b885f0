"""Helpers shared by the routing workflows (circulation, retention, archive, overdue)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.access import NeedToKnow, check_access
from secledger.domain.copyno import format_copy_no
from secledger.domain.enums import CarrierState, Classification, Clearance
from secledger.domain.errors import NotFound, RuleViolation, ValidationError
from secledger.services.carriers.items import record
from secledger.services.carriers.transition import carrier_by_label, get_carrier
from secledger.store.models.people import Department, Person
from secledger.store.models.registry import Carrier, Document


@dataclass(frozen=True, slots=True)
class CarrierRef:
    """What lists and slips show about a carrier."""

    carrier_id: int
    document_id: int
    label_id: str
    reg_no: str
    doc_no: str
    title: str
    level: str
    mark: str
    copy_no_text: str
    urgency: str
    unit: str
    state: str
    location: str

    @property
    def level_label(self) -> str:
        return Classification(self.level).label


def carrier_ref(c: Carrier, d: Document) -> CarrierRef:
    return CarrierRef(
        carrier_id=c.id, document_id=d.id, label_id=c.label_id, reg_no=d.reg_no,
        doc_no=d.doc_no, title=d.title, level=d.level, mark=d.mark,
        copy_no_text=format_copy_no(c.copy_no), urgency=d.urgency, unit=d.unit,
        state=c.state, location=c.location,
    )


def load_carrier(
    s: Session, *, carrier_id: int | None = None, label: str | None = None
) -> tuple[Carrier, Document]:
    """The carrier by id or by scanned label, with its document (voided refused)."""
    if carrier_id is not None:
        c = get_carrier(s, carrier_id)
    elif label:
        c = carrier_by_label(s, label)
    else:
        raise ValidationError("wf.carrier_required", field="carrier")
    d = s.get(Document, c.document_id)
    if d is None:  # pragma: no cover - FK guarantees it
        raise NotFound(what="文件", key=str(c.document_id))
    if d.voided:
        raise RuleViolation("doc.voided", reg_no=d.reg_no)
    return c, d


def require_in_store(c: Carrier, reg_no: str, code: str) -> None:
    """Refuse with *code* (``archive.not_in_store`` …) unless carrier *c* is 在库."""
    if c.state != CarrierState.IN_STORE.value:
        state = CarrierState(c.state)
        raise RuleViolation(code, reg_no=reg_no, copy_no=f"{c.copy_no:06d}", state=state.value,
                            state_label=state.label)


def active_person(s: Session, person_id: int, action: str) -> Person:
    p = record(s, Person, person_id, "人员")
    if not p.active:
        raise RuleViolation("person.inactive", person=p.name, action=action)
    return p


def check_person_may_see(s: Session, person_id: int, doc: Document, action: str) -> Person:
    """Refuse unless the person is active, cleared for the level and within 知悉范围."""
    p = active_person(s, person_id, action)
    check_access(
        person_name=p.name, person_id=p.id, department_id=p.department_id,
        clearance=Clearance(p.clearance), level=Classification(doc.level),
        need_to_know=NeedToKnow.from_dict(json.loads(doc.need_to_know or "{}")),
    )
    return p


def names_and_departments(s: Session, ids: set[int]) -> dict[int, tuple[str, str]]:
    """person id -> (name, department name)."""
    if not ids:
        return {}
    rows = s.execute(
        select(Person.id, Person.name, Department.name)
        .outerjoin(Department, Department.id == Person.department_id)
        .where(Person.id.in_(ids))
    ).all()
    return {int(i): (str(n), str(dn or "")) for i, n, dn in rows}


def clean(text: str, what: str, limit: int = 500) -> str:
    v = text.strip()
    if any((ord(ch) < 32 and ch not in "\t\n") or ord(ch) == 127 for ch in v):
        raise ValidationError("doc.bad_characters", field=what, what=what)
    if len(v) > limit:
        raise ValidationError("doc.text_too_long", field=what, what=what, limit=limit)
    return v
