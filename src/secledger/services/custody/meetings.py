"""涉密会议: set up a meeting (name, dates, place, host department, highest level, attendee
list) and its documents; issuing, collecting and keeping them is ``meetings_issue``.

Rules (``domain/meetings``; seed 会议保密管理制度 6–7, 第二十九条): attendees are cleared for
the meeting's highest level; no document above it is issued there. The documents issued at
a meeting are registered through THE registration (``register_in``, 制作 register: 登记号
and 份号) and numbered uniformly within the meeting (会议文件编号, ``unified_no``); their
知悉范围 is the meeting's attendees. A document already registered (a received one) may be
added too. Every call is one transaction; a refusal writes nothing. Clerk only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secledger.domain.access import NeedToKnow
from secledger.domain.enums import CarrierType, Classification, Clearance, Register, Role
from secledger.domain.errors import NotFound, RuleViolation, ValidationError
from secledger.domain.marks import ClassificationMark
from secledger.domain.meetings import (
    MEETING_PREFIX,
    MEETING_REGISTER,
    MeetingStatus,
    check_attendee,
    check_dates,
    check_document_level,
    check_level,
    unified_no,
)
from secledger.services.carriers.items import next_record_no, record
from secledger.services.carriers.refs import active_person, clean
from secledger.services.custody.meetings_read import MeetingDTO, meeting_dto, meeting_row
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now, utc_naive
from secledger.services.registration.register import DocumentInput, checked_input, register_in
from secledger.store.models.meetings import Meeting, MeetingAttendee, MeetingDocument, MeetingIssue
from secledger.store.models.people import Department
from secledger.store.models.registry import Document


@dataclass(frozen=True, slots=True)
class MeetingInput:
    name: str
    starts_on: date
    ends_on: date
    host_department_id: int | None
    level: Classification
    place: str = ""
    attendee_ids: tuple[int, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class MeetingDocumentInput:
    """A document made for the meeting: title, mark, how many copies (份号 1..n)."""

    meeting_id: int
    title: str
    mark: ClassificationMark
    copies: int
    doc_no: str = ""  # blank: the unified number
    pages: int = 0
    carrier_type: CarrierType = CarrierType.PAPER
    serial_nos: tuple[str, ...] = field(default_factory=tuple)


# -- the meeting --------------------------------------------------------------------------
def create_meeting(led: Ledger, inp: MeetingInput) -> MeetingDTO:
    """Register a classified meeting (its number from the gapless ``meeting`` register)."""
    led.require(Role.CLERK, "登记涉密会议")
    name = clean(inp.name, "会议名称", 200)
    if not name:
        raise ValidationError("meeting.name_required", field="name")
    place = clean(inp.place, "会议地点", 200)
    note = clean(inp.note, "备注", 1000)
    check_dates(inp.starts_on, inp.ends_on)
    level = Classification(inp.level)
    check_level(level)
    with led.db.write() as s:
        if inp.host_department_id is None or s.get(Department, inp.host_department_id) is None:
            raise ValidationError("meeting.department_required", field="host_department")
        year, number, no = next_record_no(s, MEETING_REGISTER, MEETING_PREFIX, local_now(led))
        m = Meeting(meeting_no=no, year=year, number=number, name=name, starts_on=inp.starts_on,
                    ends_on=inp.ends_on, place=place, host_department_id=inp.host_department_id,
                    level=level.value, status=MeetingStatus.OPEN.value, note=note,
                    created_by_user_id=led.user.id, created_at=utc_naive(led.now()))
        s.add(m)
        s.flush()
        led.event(s, "meeting.created", {
            "meeting_id": m.id, "meeting_no": no, "name": name, "place": place,
            "starts_on": m.starts_on.isoformat(), "ends_on": m.ends_on.isoformat(),
            "host_department_id": m.host_department_id, "level": m.level, "note": note})
        _add_attendees(s, led, m, inp.attendee_ids)
        return meeting_dto(s, m)


def open_meeting(s: Session, meeting_id: int, action: str, action_en: str) -> Meeting:
    """The meeting, refused once it is closed."""
    m = meeting_row(s, meeting_id)
    if m.status != MeetingStatus.OPEN.value:
        raise RuleViolation("meeting.closed", meeting_no=m.meeting_no, action=action,
                            action_en=action_en)
    return m


def add_attendees(led: Ledger, *, meeting_id: int, person_ids: Sequence[int]) -> MeetingDTO:
    led.require(Role.CLERK, "登记参会人员")
    with led.db.write() as s:
        m = open_meeting(s, meeting_id, "增加参会人员", "changed")
        _add_attendees(s, led, m, person_ids)
        return meeting_dto(s, m)


def _add_attendees(s: Session, led: Ledger, m: Meeting, person_ids: Sequence[int]) -> None:
    if not person_ids:
        return
    level = Classification(m.level)
    listed = set(s.execute(select(MeetingAttendee.person_id)
                           .where(MeetingAttendee.meeting_id == m.id)).scalars())
    seq = int(s.execute(select(func.coalesce(func.max(MeetingAttendee.seq), 0))
                        .where(MeetingAttendee.meeting_id == m.id)).scalar_one())
    added = []
    for pid in person_ids:
        p = active_person(s, pid, "参加会议")
        if p.id in listed:
            raise RuleViolation("meeting.attendee_listed", person=p.name,
                                meeting_no=m.meeting_no)
        check_attendee(p.name, Clearance(p.clearance), level)
        seq += 1
        listed.add(p.id)
        s.add(MeetingAttendee(meeting_id=m.id, person_id=p.id, seq=seq,
                              added_at=utc_naive(led.now())))
        added.append(p.id)
    led.event(s, "meeting.attendees_added", {"meeting_id": m.id, "meeting_no": m.meeting_no,
                                             "person_ids": added})


def remove_attendee(led: Ledger, *, meeting_id: int, person_id: int) -> MeetingDTO:
    """Take a person off the list (refused while he holds copies of the meeting)."""
    led.require(Role.CLERK, "登记参会人员")
    with led.db.write() as s:
        m = open_meeting(s, meeting_id, "调整参会人员", "changed")
        row = s.get(MeetingAttendee, (m.id, person_id))
        if row is None:
            raise NotFound(what="参会人员", key=str(person_id))
        holding = int(s.execute(select(func.count()).select_from(MeetingIssue).where(
            MeetingIssue.meeting_id == m.id, MeetingIssue.person_id == person_id,
            MeetingIssue.collected_at.is_(None), MeetingIssue.retention_id.is_(None)))
            .scalar_one())
        if holding:
            p = active_person(s, person_id, "调整参会人员")
            raise RuleViolation("meeting.attendee_holds", person=p.name, count=holding,
                                meeting_no=m.meeting_no)
        s.delete(row)
        led.event(s, "meeting.attendee_removed", {"meeting_id": m.id,
                                                  "meeting_no": m.meeting_no,
                                                  "person_id": person_id},
                  person_id=person_id)
        return meeting_dto(s, m)


# -- its documents ------------------------------------------------------------------------
def register_meeting_document(led: Ledger, inp: MeetingDocumentInput) -> MeetingDTO:
    """Register a document made for the meeting (制作 register) with copies 1..n, held in
    store by the clerk, and give it the meeting's next unified number."""
    user = led.require(Role.CLERK, "登记会议文件")
    if not 1 <= inp.copies <= 10000:
        raise ValidationError("doc.copies_invalid", field="copies", limit=10000)
    now = led.now()
    with led.db.write() as s:
        m = open_meeting(s, inp.meeting_id, "登记会议文件", "given documents")
        check_document_level(Classification(m.level), inp.mark.level, inp.title)
        attendees = list(s.execute(select(MeetingAttendee.person_id)
                                   .where(MeetingAttendee.meeting_id == m.id)).scalars())
        if not attendees:
            raise ValidationError("meeting.no_attendees", field="attendees")
        seq = _next_seq(s, m.id)
        number = unified_no(m.meeting_no, seq)
        doc_inp = checked_input(DocumentInput(
            register=Register.PRODUCTION, title=inp.title, mark=inp.mark,
            copy_nos=tuple(range(1, inp.copies + 1)), doc_no=inp.doc_no.strip() or number,
            issued_on=local_now(led).date(), carrier_type=inp.carrier_type,
            serial_nos=inp.serial_nos, pages=inp.pages,
            need_to_know=NeedToKnow.of(persons=attendees, note=f"《{m.name}》参会人员"),
            remarks=f"会议文件{number}（{m.name}）",
            drafting_department_id=m.host_department_id))
        doc, _carriers = register_in(s, led, doc_inp, year=local_now(led).year,
                                     clerk_person_id=user.person_id, now=now)
        _link(s, led, m, doc, seq, number)
        return meeting_dto(s, m)


def add_document(led: Ledger, *, meeting_id: int, document_id: int) -> MeetingDTO:
    """Issue an already registered document at the meeting too (a received one)."""
    led.require(Role.CLERK, "登记会议文件")
    with led.db.write() as s:
        m = open_meeting(s, meeting_id, "登记会议文件", "given documents")
        doc = record(s, Document, document_id, "文件")
        if doc.voided:
            raise RuleViolation("doc.voided", reg_no=doc.reg_no)
        check_document_level(Classification(m.level), Classification(doc.level), doc.title)
        seq = _next_seq(s, m.id)
        _link(s, led, m, doc, seq, unified_no(m.meeting_no, seq))
        return meeting_dto(s, m)


def _next_seq(s: Session, meeting_id: int) -> int:
    return int(s.execute(select(func.coalesce(func.max(MeetingDocument.seq), 0))
                         .where(MeetingDocument.meeting_id == meeting_id)).scalar_one()) + 1


def _link(s: Session, led: Ledger, m: Meeting, doc: Document, seq: int, number: str) -> None:
    other = s.get(MeetingDocument, doc.id)
    if other is not None:
        owner = s.get(Meeting, other.meeting_id)
        raise RuleViolation("meeting.document_elsewhere", reg_no=doc.reg_no, title=doc.title,
                            meeting_no=owner.meeting_no if owner else "")
    s.add(MeetingDocument(document_id=doc.id, meeting_id=m.id, seq=seq, unified_no=number))
    led.event(s, "meeting.document_added", {
        "meeting_id": m.id, "meeting_no": m.meeting_no, "document_id": doc.id,
        "reg_no": doc.reg_no, "unified_no": number, "seq": seq}, document_id=doc.id)
