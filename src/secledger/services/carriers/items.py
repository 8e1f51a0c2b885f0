"""Shared pieces of the custody-record workflows (handover, recall, stocktake, loss): the carrier
row every list and form shows, level totals, people lookups and record numbering."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from secledger.domain.copyno import format_copy_no
from secledger.domain.custody import format_record_no
from secledger.domain.enums import CarrierState, CarrierType, Classification
from secledger.domain.errors import NotFound, RuleViolation
from secledger.store import numbering
from secledger.store.models.people import Person
from secledger.store.models.registry import Carrier, Document

TERMINAL = [s.value for s in CarrierState if s.is_terminal]
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class CarrierItem:
    """One carrier as the custody-record lists and forms show it."""

    carrier_id: int
    label_id: str
    document_id: int
    reg_no: str
    doc_no: str
    title: str
    level: str
    level_label: str
    mark: str
    copy_no: str
    carrier_type: str
    pages: int
    state: str
    state_label: str
    holder_id: int | None
    holder_name: str
    location: str
    unit: str
    year: int
    recall_required: bool


@dataclass(frozen=True, slots=True)
class LevelCount:
    level: str
    label: str
    count: int


def item_query() -> Select[Any]:
    holder = aliased(Person)
    return (
        select(Carrier, Document, holder.name)
        .join(Document, Document.id == Carrier.document_id)
        .outerjoin(holder, holder.id == Carrier.holder_id)
    )


def to_item(c: Carrier, d: Document, holder_name: str | None) -> CarrierItem:
    level = Classification(d.level)
    state = CarrierState(c.state)
    return CarrierItem(
        carrier_id=c.id, label_id=c.label_id, document_id=d.id, reg_no=d.reg_no,
        doc_no=d.doc_no, title=d.title, level=level.value, level_label=level.label,
        mark=d.mark, copy_no=format_copy_no(c.copy_no),
        carrier_type=CarrierType(c.carrier_type).label, pages=c.pages, state=state.value,
        state_label=state.label, holder_id=c.holder_id, holder_name=holder_name or "",
        location=c.location, unit=d.unit, year=d.year, recall_required=d.recall_required,
    )


def listed_item_query(item: Any, record_column: Any, record_id: int) -> Select[Any]:
    """The carriers listed on one record, in list order: *item* is the record's item table
    (``carrier_id``, ``seq``), *record_column* its column naming the record."""
    return (item_query().join(item, item.carrier_id == Carrier.id)
            .where(record_column == record_id).order_by(item.seq))


def record(s: Session, model: type[R], record_id: int, what: str) -> R:
    """The *model* row *record_id*, or NotFound naming it as *what* (移交记录, 清退记录 …)."""
    row = s.get(model, record_id)
    if row is None:
        raise NotFound(what=what, key=str(record_id))
    return row


def items(s: Session, q: Select[Any]) -> list[CarrierItem]:
    return [to_item(c, d, h) for c, d, h in s.execute(q).tuples()]


def items_by_id(s: Session, ids: Iterable[int]) -> dict[int, CarrierItem]:
    wanted = sorted(set(ids))
    out: dict[int, CarrierItem] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        for it in items(s, item_query().where(Carrier.id.in_(chunk))):
            out[it.carrier_id] = it
    return out


def level_totals(rows: Iterable[CarrierItem]) -> tuple[LevelCount, ...]:
    return count_levels(r.level for r in rows)


def count_levels(levels: Iterable[str]) -> tuple[LevelCount, ...]:
    """How many of each level (values), highest first."""
    counts = Counter(levels)
    order = sorted(counts, key=lambda lv: -Classification(lv).rank)
    return tuple(LevelCount(lv, Classification(lv).label, counts[lv]) for lv in order)


def person(s: Session, person_id: int, *, role: str = "人员", active: bool = True) -> Person:
    p = s.get(Person, person_id)
    if p is None:
        raise NotFound(what=role, key=str(person_id))
    if active and not p.active:
        raise RuleViolation("person.inactive", person=p.name, action=f"担任{role}")
    return p


def names(s: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = s.execute(select(Person.id, Person.name).where(Person.id.in_(wanted))).tuples()
    return dict(rows.all())


def next_record_no(s: Session, register: str, prefix: str, when: datetime) -> tuple[int, int, str]:
    """(year, number, text) from the gapless per-year counter of *register*."""
    n = numbering.next_number(s, register, when.year)
    return when.year, n, format_record_no(prefix, when.year, n)
