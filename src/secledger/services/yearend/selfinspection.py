"""保密自查自评, written by the security officer: a version of a year's checklist is started as
a draft, the ledger's evidence is gathered for it (``gather_evidence``, an event), each item
is assessed (the ledger's proposal accepted, or another result with a reason), the 总体情况
written, and the version finalised — an event whose payload carries the digest of the frozen
content; from then on nothing of it changes, and a later version of the same year supersedes
it while both stay listed (``versions``). Reading is open to the auditor and the clerk too.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secledger.domain.enums import Role
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.selfinspection import (
    ITEMS,
    ITEMS_BY_CODE,
    InspectionStatus,
    Item,
    Result,
    check_assessment,
    check_draft,
    item,
    missing,
)
from secledger.domain.yearend import Period
from secledger.services.carriers.items import record
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now, local_tz, to_local, utc_naive
from secledger.services.registration.register import clean_text
from secledger.services.yearend import evidence as ev
from secledger.services.yearend.statistics_flows import READERS
from secledger.store.models.people import Person, User
from secledger.store.models.yearend import SelfInspection, SelfInspectionItem

WRITER = Role.SECURITY_OFFICER
DRAFT, FINAL, SUPERSEDED = (s.value for s in InspectionStatus)
NOTE_LIMIT = 2000
SUMMARY_LIMIT = 20000


@dataclass(frozen=True, slots=True)
class ItemDTO:
    item: Item
    result: Result | None
    proposed: Result | None  # the ledger's proposal the assessment answered
    reason: str  # why another result than proposed
    note: str
    evidence: ev.Evidence | None  # as assessed (or, not yet assessed, as last gathered)
    assessed_at: datetime | None  # local


@dataclass(frozen=True, slots=True)
class VersionDTO:
    id: int
    year: int
    version: int
    period: Period
    status: InspectionStatus
    created_at: datetime  # local
    finalised_at: datetime | None  # local
    finalised_by: str
    digest: str
    assessed: int
    supersedes: int | None  # the version number it replaced
    superseded_by: int | None


@dataclass(frozen=True, slots=True)
class InspectionDTO:
    version: VersionDTO
    summary: str
    evidence_at: datetime | None  # local, when the evidence was last gathered
    items: tuple[ItemDTO, ...]

    def item(self, code: str) -> ItemDTO:
        return next(i for i in self.items if i.item.code == code)


# -- writing -------------------------------------------------------------------------------
def start(led: Ledger, *, year: int, period: Period | None = None) -> VersionDTO:
    """A new draft version of *year* (the calendar year unless *period* says otherwise)."""
    user = led.require(WRITER, "开展自查自评")
    today = local_now(led).date()
    if not 1949 <= year <= today.year + 1:
        raise ValidationError("selfinspection.bad_year", field="year", year=year,
                              last=today.year + 1)
    span = (period or Period.of_year(year)).check()
    with led.db.write() as s:
        draft = s.execute(select(SelfInspection).where(
            SelfInspection.year == year, SelfInspection.status == DRAFT)).scalar_one_or_none()
        if draft is not None:
            raise RuleViolation("selfinspection.draft_exists", year=year, version=draft.version)
        last = s.execute(select(func.max(SelfInspection.version)).where(
            SelfInspection.year == year)).scalar_one()
        row = SelfInspection(year=year, version=int(last or 0) + 1, period_start=span.start,
                             period_end=span.end, status=DRAFT, summary="", evidence="{}",
                             created_at=utc_naive(led.now()), created_by_user_id=user.id,
                             snapshot="", digest="")
        s.add(row)
        s.flush()
        led.event(s, "selfinspection.started", {
            "inspection_id": row.id, "year": year, "version": row.version,
            "period_start": span.start.isoformat(), "period_end": span.end.isoformat()})
        return _version(s, row, led)


def gather_evidence(led: Ledger, inspection_id: int, *,
                    progress: Callable[[int, int], object] | None = None) -> InspectionDTO:
    """Gather the ledger's evidence for every item of a draft and keep it with the draft
    (the proposals the officer answers); long on a big ledger, so off the GUI thread."""
    led.require(WRITER, "收集自查自评依据")
    with led.db.read() as s:
        row = _draft(s, inspection_id)
        period = Period(row.period_start, row.period_end)
    found = ev.gather(led, period, progress=progress)
    with led.db.write() as s:
        row = _draft(s, inspection_id)
        row.evidence = json.dumps({k: e.to_json() for k, e in found.items()}, ensure_ascii=False)
        row.evidence_at = utc_naive(led.now())
        led.event(s, "selfinspection.evidence_gathered", {
            "inspection_id": row.id, "year": row.year, "version": row.version,
            "proposals": {k: e.proposed.value for k, e in found.items() if e.proposed},
            "exceptions": {k: e.exceptions for k, e in found.items() if e.exceptions}})
    return get(led, inspection_id)


def assess(led: Ledger, *, inspection_id: int, item_code: str, result: Result, note: str = "",
           reason: str = "") -> ItemDTO:
    """Give *item_code* its result: the ledger's proposal accepted, or another one with a
    reason. An item the ledger judges needs its evidence gathered first."""
    user = led.require(WRITER, "评定自查自评项目")
    it = item(item_code)
    note = clean_text(note, "说明", NOTE_LIMIT, fld="note")
    reason = clean_text(reason, "原因", NOTE_LIMIT, fld="reason")
    with led.db.write() as s:
        row = _draft(s, inspection_id)
        evidence = _gathered(row).get(it.code)
        if evidence is None and it.evidence and it.evidence in ev.providers():
            raise RuleViolation("selfinspection.no_evidence", item=it.printed_no)
        proposed = evidence.proposed if evidence is not None else None
        check_assessment(proposed, result, reason)
        if proposed is None or result is proposed:
            reason = ""
        ev_row = _item_row(s, row.id, it.code)
        if ev_row is None:
            ev_row = SelfInspectionItem(inspection_id=row.id, item_code=it.code, event_id=0)
            s.add(ev_row)
        ev_row.result, ev_row.proposed = result.value, proposed.value if proposed else ""
        ev_row.reason, ev_row.note = reason, note
        ev_row.evidence = json.dumps(evidence.to_json() if evidence else {}, ensure_ascii=False)
        ev_row.assessed_at, ev_row.assessed_by_user_id = utc_naive(led.now()), user.id
        event = led.event(s, "selfinspection.assessed", {
            "inspection_id": row.id, "year": row.year, "version": row.version, "item": it.code,
            "result": result.value, "proposed": ev_row.proposed, "reason": reason, "note": note})
        s.flush()
        ev_row.event_id = event.id
        return _item_dto(it, ev_row, evidence, led)


def write_summary(led: Ledger, *, inspection_id: int, summary: str) -> None:
    """总体情况: the officer's own account, printed at the head of the report."""
    led.require(WRITER, "填写自查自评总体情况")
    text_ = clean_text(summary, "总体情况", SUMMARY_LIMIT, fld="summary")
    with led.db.write() as s:
        row = _draft(s, inspection_id)
        row.summary = text_
        led.event(s, "selfinspection.summary_written", {
            "inspection_id": row.id, "year": row.year, "version": row.version,
            "length": len(text_)})


# -- reading -------------------------------------------------------------------------------
def versions(led: Ledger, year: int | None = None) -> list[VersionDTO]:
    """Every version (of *year*), newest first: drafts, finals and the ones superseded."""
    led.require_any(READERS, "查看自查自评")
    with led.db.read() as s:
        q = select(SelfInspection).order_by(SelfInspection.year.desc(),
                                            SelfInspection.version.desc())
        if year is not None:
            q = q.where(SelfInspection.year == year)
        return [_version(s, r, led) for r in s.execute(q).scalars()]


def get(led: Ledger, inspection_id: int) -> InspectionDTO:
    """A version with its items: a draft as it stands, a finalised one as it was frozen."""
    led.require_any(READERS, "查看自查自评")
    with led.db.read() as s:
        row = record(s, SelfInspection, inspection_id, "自查自评")
        if row.status != DRAFT:
            return InspectionDTO(_version(s, row, led), row.summary, None,
                                 frozen_items(json.loads(row.snapshot)))
        gathered = _gathered(row)
        rows = {r.item_code: r for r in s.execute(select(SelfInspectionItem).where(
            SelfInspectionItem.inspection_id == row.id)).scalars()}
        items = tuple(_item_dto(it, rows.get(it.code), gathered.get(it.code), led)
                      for it in ITEMS)
        return InspectionDTO(_version(s, row, led), row.summary, _local(led, row.evidence_at), items)


# -- helpers -------------------------------------------------------------------------------
def _draft(s: Session, inspection_id: int) -> SelfInspection:
    row = record(s, SelfInspection, inspection_id, "自查自评")
    check_draft(InspectionStatus(row.status), row.year, row.version)
    return row


def _item_row(s: Session, inspection_id: int, code: str) -> SelfInspectionItem | None:
    return s.execute(select(SelfInspectionItem).where(
        SelfInspectionItem.inspection_id == inspection_id,
        SelfInspectionItem.item_code == code)).scalar_one_or_none()


def _gathered(row: SelfInspection) -> dict[str, ev.Evidence]:
    return {k: ev.Evidence.from_json(v) for k, v in json.loads(row.evidence or "{}").items()}


def _item_dto(it: Item, r: SelfInspectionItem | None, gathered: ev.Evidence | None,
              led: Ledger) -> ItemDTO:
    if r is None:
        return ItemDTO(it, None, gathered.proposed if gathered else None, "", "", gathered, None)
    kept = json.loads(r.evidence or "{}")
    return ItemDTO(it, Result(r.result), Result(r.proposed) if r.proposed else None, r.reason,
                   r.note, ev.Evidence.from_json(kept) if kept else gathered,
                   _local(led, r.assessed_at))


def _local(led: Ledger, moment: datetime | None) -> datetime | None:
    return to_local(moment, local_tz(led)).replace(tzinfo=None) if moment else None


def _version(s: Session, r: SelfInspection, led: Ledger) -> VersionDTO:
    by = ""
    if r.finalised_by_user_id is not None:
        by = str(s.execute(select(Person.name).join(User, User.person_id == Person.id).where(
            User.id == r.finalised_by_user_id)).scalar_one_or_none() or "")
    assessed = len(ITEMS) if r.status != DRAFT else int(s.execute(
        select(func.count()).select_from(SelfInspectionItem).where(
            SelfInspectionItem.inspection_id == r.id)).scalar_one())
    linked = [x for x in (r.supersedes_id, r.superseded_by_id) if x]
    numbers = dict(s.execute(select(SelfInspection.id, SelfInspection.version).where(
        SelfInspection.id.in_(linked))).tuples().all()) if linked else {}
    return VersionDTO(r.id, r.year, r.version, Period(r.period_start, r.period_end),
                      InspectionStatus(r.status), _local(led, r.created_at) or r.created_at,
                      _local(led, r.finalised_at), by, r.digest, assessed,
                      numbers.get(r.supersedes_id or 0), numbers.get(r.superseded_by_id or 0))


def frozen_items(content: Mapping[str, Any]) -> tuple[ItemDTO, ...]:
    """The items of a finalised report, from its frozen content."""
    out = []
    for d in content.get("items", []):
        evidence = d.get("evidence")
        out.append(ItemDTO(ITEMS_BY_CODE[d["item"]], Result(d["result"]),
                           Result(d["proposed"]) if d.get("proposed") else None,
                           str(d.get("reason", "")), str(d.get("note", "")),
                           ev.Evidence.from_json(evidence) if evidence else None, None))
    return tuple(out)


def missing_items(inspection: InspectionDTO) -> list[Item]:
    """The items of *inspection* still without a result, in checklist order."""
    return missing(i.item.code for i in inspection.items if i.result is not None)
