"""Reading 涉密会议: the frozen meeting DTO (attendees, documents, counts), the copies issued
at a meeting with where each stands (collected, kept as 领用, not back), the list of what is
not back and what one attendee keeps (文件目录单). Times are stored UTC."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secledger.domain.enums import Classification, Clearance
from secledger.domain.meetings import IssueOutcome, MeetingStatus
from secledger.services.carriers.items import record
from secledger.services.carriers.refs import CarrierRef, carrier_ref, names_and_departments
from secledger.services.ledger.session import Ledger
from secledger.store.models.circulation import Retention
from secledger.store.models.meetings import (
    Meeting,
    MeetingAttendee,
    MeetingDocument,
    MeetingIssue,
)
from secledger.store.models.people import Department, Person
from secledger.store.models.registry import Carrier, Document


@dataclass(frozen=True, slots=True)
class AttendeeDTO:
    person_id: int
    name: str
    department: str
    clearance: str  # Clearance value
    holding: int  # copies of this meeting out with the person (not collected, not kept)

    @property
    def clearance_label(self) -> str:
        return Clearance(self.clearance).label


@dataclass(frozen=True, slots=True)
class MeetingDocDTO:
    document_id: int
    seq: int
    unified_no: str
    reg_no: str
    doc_no: str
    title: str
    level: str
    mark: str
    copy_nos: tuple[int, ...]

    @property
    def level_label(self) -> str:
        return Classification(self.level).label

    @property
    def copies_text(self) -> str:
        from secledger.domain.copyno import format_ranges

        return format_ranges(self.copy_nos, six_digits=True)


@dataclass(frozen=True, slots=True)
class MeetingDTO:
    id: int
    meeting_no: str
    name: str
    starts_on: date
    ends_on: date
    place: str
    host_department_id: int
    host_department: str
    level: str
    status: str
    note: str
    created_at: datetime
    closed_at: datetime | None
    attendees: tuple[AttendeeDTO, ...]
    documents: tuple[MeetingDocDTO, ...]
    issued: int
    collected: int
    kept: int

    @property
    def out(self) -> int:
        return self.issued - self.collected - self.kept

    @property
    def level_label(self) -> str:
        return Classification(self.level).label

    @property
    def status_label(self) -> str:
        return MeetingStatus(self.status).label

    @property
    def is_open(self) -> bool:
        return self.status == MeetingStatus.OPEN.value

    @property
    def dates_text(self) -> str:
        if self.starts_on == self.ends_on:
            return self.starts_on.isoformat()
        return f"{self.starts_on.isoformat()} 至 {self.ends_on.isoformat()}"


@dataclass(frozen=True, slots=True)
class IssueDTO:
    id: int
    meeting_id: int
    carrier: CarrierRef
    unified_no: str
    person_id: int
    person: str
    department: str
    issued_at: datetime
    collected_at: datetime | None
    kept_at: datetime | None
    retention_id: int | None
    due_at: datetime | None  # a kept copy's 领用 due time
    note: str

    @property
    def outcome(self) -> IssueOutcome:
        if self.collected_at is not None:
            return IssueOutcome.COLLECTED
        if self.retention_id is not None:
            return IssueOutcome.KEPT
        return IssueOutcome.OUT

    @property
    def outcome_label(self) -> str:
        return self.outcome.label


def meeting_row(s: Session, meeting_id: int) -> Meeting:
    return record(s, Meeting, meeting_id, "会议")


def meeting_dto(s: Session, m: Meeting) -> MeetingDTO:
    dept = s.get(Department, m.host_department_id)
    issued, collected, kept = s.execute(
        select(func.count(MeetingIssue.id), func.count(MeetingIssue.collected_at),
               func.count(MeetingIssue.retention_id))
        .where(MeetingIssue.meeting_id == m.id)).one()
    return MeetingDTO(
        id=m.id, meeting_no=m.meeting_no, name=m.name, starts_on=m.starts_on,
        ends_on=m.ends_on, place=m.place, host_department_id=m.host_department_id,
        host_department=dept.name if dept else "", level=m.level, status=m.status,
        note=m.note, created_at=m.created_at, closed_at=m.closed_at,
        attendees=_attendees(s, m.id), documents=_documents(s, m.id), issued=int(issued),
        collected=int(collected), kept=int(kept),
    )


def _attendees(s: Session, meeting_id: int) -> tuple[AttendeeDTO, ...]:
    holding = dict(s.execute(
        select(MeetingIssue.person_id, func.count())
        .where(MeetingIssue.meeting_id == meeting_id, MeetingIssue.collected_at.is_(None),
               MeetingIssue.retention_id.is_(None))
        .group_by(MeetingIssue.person_id)).tuples().all())
    rows = s.execute(
        select(Person.id, Person.name, Department.name, Person.clearance)
        .join(MeetingAttendee, MeetingAttendee.person_id == Person.id)
        .outerjoin(Department, Department.id == Person.department_id)
        .where(MeetingAttendee.meeting_id == meeting_id)
        .order_by(MeetingAttendee.seq)).tuples().all()
    return tuple(AttendeeDTO(int(i), str(n), str(dn or ""), str(cl), int(holding.get(i, 0)))
                 for i, n, dn, cl in rows)


def _documents(s: Session, meeting_id: int) -> tuple[MeetingDocDTO, ...]:
    rows = s.execute(select(MeetingDocument, Document)
                     .join(Document, Document.id == MeetingDocument.document_id)
                     .where(MeetingDocument.meeting_id == meeting_id)
                     .order_by(MeetingDocument.seq)).tuples().all()
    ids = [d.id for _m, d in rows]
    copies: dict[int, list[int]] = {i: [] for i in ids}
    if ids:
        for doc_id, no in s.execute(select(Carrier.document_id, Carrier.copy_no)
                                    .where(Carrier.document_id.in_(ids))
                                    .order_by(Carrier.copy_no)).tuples():
            copies[int(doc_id)].append(int(no))
    return tuple(MeetingDocDTO(d.id, md.seq, md.unified_no, d.reg_no, d.doc_no, d.title,
                               d.level, d.mark, tuple(copies[d.id])) for md, d in rows)


def get_meeting(led: Ledger, meeting_id: int) -> MeetingDTO:
    _ = led.user
    with led.db.read() as s:
        return meeting_dto(s, meeting_row(s, meeting_id))


def list_meetings(led: Ledger, *, status: MeetingStatus | None = None,
                  limit: int = 500) -> list[MeetingDTO]:
    """Meetings, newest first (optionally of one status)."""
    _ = led.user
    with led.db.read() as s:
        q = select(Meeting).order_by(Meeting.id.desc()).limit(limit)
        if status is not None:
            q = q.where(Meeting.status == MeetingStatus(status).value)
        return [meeting_dto(s, m) for m in s.execute(q).scalars()]


def issue_dtos(s: Session, rows: list[MeetingIssue]) -> list[IssueDTO]:
    """DTOs of *rows* (people, carriers, unified numbers and due times looked up once)."""
    if not rows:
        return []
    carriers = {c.id: (c, d) for c, d in s.execute(
        select(Carrier, Document).join(Document, Document.id == Carrier.document_id)
        .where(Carrier.id.in_({r.carrier_id for r in rows}))).tuples()}
    unified = dict(s.execute(select(MeetingDocument.document_id, MeetingDocument.unified_no)
                             .where(MeetingDocument.document_id.in_(
                                 {d.id for _c, d in carriers.values()}))).tuples().all())
    due = dict(s.execute(select(Retention.id, Retention.due_at).where(Retention.id.in_(
        {r.retention_id for r in rows if r.retention_id}))).tuples().all())
    who = names_and_departments(s, {r.person_id for r in rows})
    out = []
    for r in rows:
        c, d = carriers[r.carrier_id]
        name, dept = who.get(r.person_id, ("", ""))
        out.append(IssueDTO(
            id=r.id, meeting_id=r.meeting_id, carrier=carrier_ref(c, d),
            unified_no=unified.get(d.id, ""), person_id=r.person_id, person=name,
            department=dept, issued_at=r.issued_at, collected_at=r.collected_at,
            kept_at=r.kept_at, retention_id=r.retention_id,
            due_at=due.get(r.retention_id) if r.retention_id else None, note=r.note))
    return out


def issues(led: Ledger, meeting_id: int, *, outcome: IssueOutcome | None = None,
           person_id: int | None = None) -> list[IssueDTO]:
    """The copies issued at a meeting, by document and 份号 (optionally one outcome, one
    attendee): the rows of the 会议文件发放回收登记表."""
    _ = led.user
    with led.db.read() as s:
        meeting_row(s, meeting_id)
        q = (select(MeetingIssue).join(Carrier, Carrier.id == MeetingIssue.carrier_id)
             .join(MeetingDocument, MeetingDocument.document_id == Carrier.document_id)
             .where(MeetingIssue.meeting_id == meeting_id)
             .order_by(MeetingDocument.seq, Carrier.copy_no, MeetingIssue.id))
        if person_id is not None:
            q = q.where(MeetingIssue.person_id == person_id)
        if outcome is IssueOutcome.COLLECTED:
            q = q.where(MeetingIssue.collected_at.is_not(None))
        elif outcome is IssueOutcome.KEPT:
            q = q.where(MeetingIssue.retention_id.is_not(None))
        elif outcome is IssueOutcome.OUT:
            q = q.where(MeetingIssue.collected_at.is_(None), MeetingIssue.retention_id.is_(None))
        return issue_dtos(s, list(s.execute(q).scalars()))


def not_back(led: Ledger, meeting_id: int) -> list[IssueDTO]:
    """What is not back from a meeting (neither collected nor kept), with any note."""
    return issues(led, meeting_id, outcome=IssueOutcome.OUT)


def kept_by(led: Ledger, meeting_id: int, person_id: int) -> list[IssueDTO]:
    """The copies one attendee keeps after the meeting: the rows of his 文件目录单."""
    return issues(led, meeting_id, outcome=IssueOutcome.KEPT, person_id=person_id)


def keepers(led: Ledger, meeting_id: int) -> list[tuple[int, str]]:
    """(person id, name) of the attendees who keep documents, in list order."""
    seen: dict[int, str] = {}
    for x in issues(led, meeting_id, outcome=IssueOutcome.KEPT):
        seen.setdefault(x.person_id, x.person)
    return list(seen.items())


def open_issue_of(s: Session, carrier_id: int) -> MeetingIssue | None:
    """The meeting issue of a carrier still out (not collected, not kept), if any."""
    return s.execute(select(MeetingIssue).where(
        MeetingIssue.carrier_id == carrier_id, MeetingIssue.collected_at.is_(None),
        MeetingIssue.retention_id.is_(None))).scalar()

