"""Departments and people (人员): clearance, post, active flag."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.enums import Clearance, Role
from secledger.domain.errors import ValidationError
from secledger.services.carriers.items import record
from secledger.services.ledger.dto import DepartmentDTO, PersonDTO
from secledger.services.ledger.session import Ledger
from secledger.services.people.rules import (
    ensure_an_officer_remains,
    holding_counts,
    refuse_if_holds,
)
from secledger.store.models.people import Department, Person


def _clean(text: str, what: str, limit: int = 50) -> str:
    value = " ".join(text.split())
    if not value:
        raise ValidationError("doc.unit_empty", field="name", what=what)
    if len(value) > limit:
        raise ValidationError("doc.text_too_long", field="name", what=what, limit=limit)
    return value


def create_department(led: Ledger, *, name: str) -> DepartmentDTO:
    led.require(Role.SECURITY_OFFICER, "新建部门")
    clean = _clean(name, "部门名称", 100)
    with led.db.write() as s:
        if s.execute(select(Department.id).where(Department.name == clean)).first():
            raise ValidationError("validation", field="name", detail=f"部门“{clean}”已存在")
        d = Department(name=clean, active=True)
        s.add(d)
        s.flush()
        led.event(s, "department.created", {"name": clean, "department_id": d.id})
        return DepartmentDTO(d.id, d.name, d.active)


def list_departments(led: Ledger) -> list[DepartmentDTO]:
    with led.db.read() as s:
        return [DepartmentDTO(d.id, d.name, d.active)
                for d in s.execute(select(Department).order_by(Department.name)).scalars()]


def _dto(p: Person, dept: str) -> PersonDTO:
    return PersonDTO(p.id, p.name, p.department_id, dept, p.post, p.clearance, p.active)


def create_person(
    led: Ledger, *, name: str, department_id: int | None, clearance: Clearance, post: str = ""
) -> PersonDTO:
    led.require(Role.SECURITY_OFFICER, "新建人员")
    clean = _clean(name, "姓名")
    with led.db.write() as s:
        dept = _department(s, department_id)
        p = Person(name=clean, department_id=department_id, post=post.strip(),
                   clearance=Clearance(clearance).value, active=True)
        s.add(p)
        s.flush()
        led.event(s, "person.created", {"name": clean, "department_id": department_id,
                                        "clearance": p.clearance, "post": p.post}, person_id=p.id)
        return _dto(p, dept)


def update_person(
    led: Ledger, *, person_id: int, name: str | None = None, department_id: int | None = None,
    clearance: Clearance | None = None, post: str | None = None,
) -> PersonDTO:
    led.require(Role.SECURITY_OFFICER, "修改人员")
    with led.db.write() as s:
        p = _person(s, person_id)
        before = {"name": p.name, "department_id": p.department_id, "clearance": p.clearance,
                  "post": p.post}
        if name is not None:
            p.name = _clean(name, "姓名")
        if department_id is not None:
            _department(s, department_id)
            p.department_id = department_id
        if clearance is not None:
            p.clearance = Clearance(clearance).value
        if post is not None:
            p.post = post.strip()
        after = {"name": p.name, "department_id": p.department_id, "clearance": p.clearance,
                 "post": p.post}
        led.event(s, "person.updated", {"before": before, "after": after}, person_id=p.id)
        return _dto(p, _department(s, p.department_id))


def deactivate_person(led: Ledger, *, person_id: int, reason: str = "") -> PersonDTO:
    """Refused while the person still holds any carrier, device or medium (DESIGN.md §3,
    handover)."""
    led.require(Role.SECURITY_OFFICER, "停用人员")
    with led.db.write() as s:
        p = _person(s, person_id)
        refuse_if_holds(s, p)
        p.active = False
        ensure_an_officer_remains(s)
        led.event(s, "person.deactivated", {"reason": reason}, person_id=p.id)
        return _dto(p, _department(s, p.department_id))


def list_people(led: Ledger, *, active_only: bool = False,
                with_holdings: bool = False) -> list[PersonDTO]:
    """Everyone (or the active), by id; *with_holdings* also counts what each holds now
    (carriers, and classified devices and media), as the people pane shows it."""
    with led.db.read() as s:
        q = select(Person, Department.name).outerjoin(Department, Department.id == Person.department_id)
        if active_only:
            q = q.where(Person.active.is_(True))
        rows = [_dto(p, d or "") for p, d in s.execute(q.order_by(Person.id)).all()]
        if not with_holdings:
            return rows
        held = holding_counts(s)
        return [replace(p, carriers_held=held.get(p.id, (0, 0))[0],
                        media_held=held.get(p.id, (0, 0))[1]) for p in rows]


def _person(s: Session, person_id: int) -> Person:
    return record(s, Person, person_id, "人员")


def _department(s: Session, department_id: int | None) -> str:
    if department_id is None:
        return ""
    d = record(s, Department, department_id, "部门")
    return d.name
