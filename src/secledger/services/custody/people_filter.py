"""What narrows the registers about people — 知悉人员登记表 and 个人留存（领用）登记簿 — before
they are shown, printed or exported: a document (登记号, 文号 or words of its title), a
person, a department and a period. The same filter gives the rows on screen, the PDF and
the XLSX, and the printed subtitle says what it narrowed to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from secledger.store.models.people import Department, Person
from secledger.store.models.registry import Document


@dataclass(frozen=True, slots=True)
class PeopleFilter:
    """Every field narrows; the defaults mean everything."""

    document: str = ""  # 登记号, 文号 or a part of the title
    person_id: int | None = None
    department_id: int | None = None  # the person's department
    date_from: date | None = None  # local dates, both inclusive
    date_to: date | None = None

    @property
    def narrowed(self) -> bool:
        return bool(self.document.strip() or self.person_id is not None
                    or self.department_id is not None or self.date_from or self.date_to)


EVERYTHING = PeopleFilter()


def _utc(day: date, tz: tzinfo) -> datetime:
    """The start of local *day* as a naive UTC time (how times are stored)."""
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC).replace(tzinfo=None)


def by_document(q: Any, f: PeopleFilter) -> Any:
    """*q* (which selects or joins ``Document``) narrowed to the documents *f* names."""
    text = f.document.strip()
    if not text:
        return q
    return q.where(or_(Document.reg_no.contains(text, autoescape=True),
                       Document.doc_no.contains(text, autoescape=True),
                       Document.title.contains(text, autoescape=True)))


def narrow(q: Any, f: PeopleFilter, *, person: Any, when: Any, tz: tzinfo) -> Any:
    """*q* (which joins ``Document``) narrowed by *f*; *person* and *when* are the columns
    of the person and of the time the row is about."""
    q = by_document(q, f)
    if f.person_id is not None:
        q = q.where(person == f.person_id)
    if f.department_id is not None:
        q = q.where(person.in_(select(Person.id).where(Person.department_id == f.department_id)))
    if f.date_from is not None:
        q = q.where(when >= _utc(f.date_from, tz))
    if f.date_to is not None:
        q = q.where(when < _utc(f.date_to + timedelta(days=1), tz))
    return q


def _day(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def describe(s: Session, f: PeopleFilter) -> str:
    """What the filter narrowed to, for the printed subtitle: ``文件：…　人员：…　期间：…``."""
    parts = []
    if f.document.strip():
        parts.append(f"文件：{f.document.strip()}")
    if f.person_id is not None:
        p = s.get(Person, f.person_id)
        parts.append(f"人员：{p.name if p else f.person_id}")
    if f.department_id is not None:
        d = s.get(Department, f.department_id)
        parts.append(f"部门：{d.name if d else f.department_id}")
    if f.date_from or f.date_to:
        start = _day(f.date_from) if f.date_from else "……"
        end = _day(f.date_to) if f.date_to else "今"
        parts.append(f"期间：{start}至{end}")
    return "　".join(parts)
