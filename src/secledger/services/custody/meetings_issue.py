"""涉密会议 documents at the meeting: issued to attendees who sign, collected back by
scanning, kept as 领用 by those allowed, what is not back explained, the meeting closed.

- ``issue``: one attendee signs the 发放回收登记表 for a batch of copies (one transaction):
  each copy is a document of this meeting, in store, and the attendee is on the list,
  cleared and within its 知悉范围; the carriers move ``in_store → with_holder`` through THE
  transition function, issued until the end of the meeting's last day.
- ``collect``: a scanned copy comes back (``with_holder → in_store``, the clerk holds it),
  also after the meeting is closed (a late return).
- ``keep``: copies an attendee is allowed to keep become 领用 with a due date and an
  approver (``retention.open_retention``; the carrier neither moves nor changes holder, so
  no transition: the event ``meeting.kept`` records it); he gets a 文件目录单.
- ``explain``: the 未收回说明 of a copy not back.
- ``close``: refused while a copy is out without a note; the copies noted stay on the
  still-out list (``custody.overdue``) until they come back.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.copyno import format_copy_no
from secledger.domain.enums import CarrierState, Role
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.meetings import MeetingStatus
from secledger.domain.states import Action
from secledger.services.carriers.refs import (
    check_person_may_see,
    clean,
    load_carrier,
    require_in_store,
)
from secledger.services.carriers.transition import transition
from secledger.services.custody.meetings import open_meeting
from secledger.services.custody.meetings_read import (
    IssueDTO,
    MeetingDTO,
    issue_dtos,
    meeting_dto,
    meeting_row,
    open_issue_of,
)
from secledger.services.custody.retention import open_retention
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now, policy_int, utc_naive
from secledger.store.models.meetings import Meeting, MeetingAttendee, MeetingDocument, MeetingIssue
from secledger.store.models.people import Person
from secledger.store.models.registry import Carrier, Document

KEEP_RULE = ("涉密会议文件确需留存的，经批准按领用管理，发给文件目录单，到期交回"
             "（会议保密管理制度第七条，保密工作管理制度第二十九条）")


def issue(led: Ledger, *, meeting_id: int, person_id: int,
          carrier_ids: Sequence[int]) -> list[IssueDTO]:
    """The attendee signs for *carrier_ids* (see the module docstring)."""
    led.require(Role.CLERK, "发放会议文件")
    if not carrier_ids:
        raise ValidationError("meeting.no_documents", field="carriers")
    today = local_now(led).date()
    with led.db.write() as s:
        m = open_meeting(s, meeting_id, "发放文件", "given out")
        if today > m.ends_on:
            raise RuleViolation("meeting.ended", meeting_no=m.meeting_no,
                                ends_on=m.ends_on.isoformat())
        person = _attendee(s, m, person_id)
        rows = [_issue_one(s, led, m, person, cid) for cid in dict.fromkeys(carrier_ids)]
        led.event(s, "meeting.issued", {
            "meeting_id": m.id, "meeting_no": m.meeting_no, "person_id": person.id,
            "carrier_ids": [r.carrier_id for r in rows], "signed": True}, person_id=person.id)
        return issue_dtos(s, rows)


def _attendee(s: Session, m: Meeting, person_id: int) -> Person:
    p = s.get(Person, person_id)
    if s.get(MeetingAttendee, (m.id, person_id)) is None or p is None:
        raise RuleViolation("meeting.not_attendee", person=p.name if p else str(person_id),
                            meeting_no=m.meeting_no)
    return p


def _issue_one(s: Session, led: Ledger, m: Meeting, person: Person, carrier_id: int) -> MeetingIssue:
    c, d = load_carrier(s, carrier_id=carrier_id)
    _its_document(s, m, c, d)
    require_in_store(c, d.reg_no, "meeting.not_in_store")
    check_person_may_see(s, person.id, d, "领取会议文件")
    row = MeetingIssue(meeting_id=m.id, carrier_id=c.id, person_id=person.id,
                       issued_at=utc_naive(led.now()), issued_by_user_id=led.user.id)
    s.add(row)
    s.flush()
    transition(s, led, c, Action.ISSUE_TO, holder_id=person.id, payload={
        "meeting_id": m.id, "meeting_no": m.meeting_no, "meeting_issue_id": row.id,
        "person_id": person.id, "due_on": m.ends_on.isoformat(), "signed": True})
    return row


def _its_document(s: Session, m: Meeting, c: Carrier, d: Document) -> None:
    link = s.get(MeetingDocument, d.id)
    if link is None or link.meeting_id != m.id:
        raise RuleViolation("meeting.not_its_document", reg_no=d.reg_no,
                            copy_no=format_copy_no(c.copy_no), meeting_no=m.meeting_no)


def collect(led: Ledger, *, meeting_id: int, carrier_id: int | None = None,
            label: str | None = None) -> IssueDTO:
    """A scanned copy comes back from the attendee; the clerk holds it in store."""
    user = led.require(Role.CLERK, "收回会议文件")
    with led.db.write() as s:
        m = meeting_row(s, meeting_id)
        c, d = load_carrier(s, carrier_id=carrier_id, label=label)
        _its_document(s, m, c, d)
        row = _out_row(s, m, c, d, "收回", "collected")
        row.collected_at, row.collected_by_user_id = utc_naive(led.now()), user.id
        transition(s, led, c, Action.TAKE_BACK, holder_id=user.person_id, payload={
            "meeting_id": m.id, "meeting_no": m.meeting_no, "meeting_issue_id": row.id,
            "person_id": row.person_id})
        return issue_dtos(s, [row])[0]


def collect_in(s: Session, led: Ledger, row: MeetingIssue, c: Carrier, clerk_id: int) -> None:
    """Collect *row* in the caller's transaction (the generic take-back of a carrier that is
    out at a meeting, ``distribution.take_back``)."""
    m = meeting_row(s, row.meeting_id)
    row.collected_at, row.collected_by_user_id = utc_naive(led.now()), led.user.id
    transition(s, led, c, Action.TAKE_BACK, holder_id=clerk_id, payload={
        "meeting_id": m.id, "meeting_no": m.meeting_no, "meeting_issue_id": row.id,
        "person_id": row.person_id})


def _out_row(s: Session, m: Meeting, c: Carrier, d: Document, action: str,
             action_en: str) -> MeetingIssue:
    row = open_issue_of(s, c.id)
    if row is None or row.meeting_id != m.id or c.state != CarrierState.WITH_HOLDER.value:
        st = CarrierState(c.state)
        raise RuleViolation("meeting.not_out", reg_no=d.reg_no, copy_no=format_copy_no(c.copy_no),
                            meeting_no=m.meeting_no, status=st.label, status_en=st.label_en,
                            action=action, action_en=action_en)
    return row


def keep(led: Ledger, *, meeting_id: int, person_id: int, carrier_ids: Sequence[int],
         approver_person_id: int | None, due_on: date | None = None,
         form_no: str = "") -> list[IssueDTO]:
    """The attendee keeps *carrier_ids* (issued to him, still out) as 领用 until *due_on*
    (default: the policy's retention days after today), approved by *approver_person_id*."""
    led.require(Role.CLERK, "登记会议文件留存")
    if approver_person_id is None:
        raise ValidationError("retention.approver_required", field="approver")
    if not carrier_ids:
        raise ValidationError("meeting.no_documents", field="carriers")
    today = local_now(led).date()
    due_day = due_on or today + timedelta(days=policy_int(led, "retention_days"))
    if due_day < today:
        raise ValidationError("wf.due_in_past", field="due_on", date=due_day.isoformat())
    with led.db.write() as s:
        m = meeting_row(s, meeting_id)
        person = _attendee(s, m, person_id)
        rows = []
        for cid in dict.fromkeys(carrier_ids):
            c, d = load_carrier(s, carrier_id=cid)
            _its_document(s, m, c, d)
            row = _out_row(s, m, c, d, "办理留存", "kept")
            if row.person_id != person.id:
                holder = s.get(Person, row.person_id)
                raise RuleViolation("meeting.not_held_by", reg_no=d.reg_no,
                                    copy_no=format_copy_no(c.copy_no), person=person.name,
                                    holder=holder.name if holder else "")
            r = open_retention(s, led, c, d, person, approver_person_id=approver_person_id,
                               purpose=f"会议文件留存（{m.meeting_no}《{m.name}》）",
                               due_day=due_day, form_no=form_no, rule=KEEP_RULE)
            row.retention_id, row.kept_at = r.id, utc_naive(led.now())
            led.event(s, "meeting.kept", {
                "meeting_id": m.id, "meeting_no": m.meeting_no, "meeting_issue_id": row.id,
                "person_id": person.id, "retention_id": r.id, "due_at": r.due_at.isoformat(),
                "approval_id": r.approval_id}, carrier_id=c.id, document_id=d.id,
                person_id=person.id)
            rows.append(row)
        return issue_dtos(s, rows)


def explain(led: Ledger, *, meeting_id: int, carrier_ids: Sequence[int],
            note: str) -> list[IssueDTO]:
    """Record why copies are not back (未收回说明) and how they will be recovered."""
    led.require(Role.CLERK, "登记未收回说明")
    text = clean(note, "未收回说明", 500)
    if not text:
        raise ValidationError("meeting.note_required", field="note")
    if not carrier_ids:
        raise ValidationError("meeting.no_documents", field="carriers")
    with led.db.write() as s:
        m = meeting_row(s, meeting_id)
        rows = []
        for cid in dict.fromkeys(carrier_ids):
            c, d = load_carrier(s, carrier_id=cid)
            row = open_issue_of(s, c.id)
            if row is None or row.meeting_id != m.id:
                st = CarrierState(c.state)
                raise RuleViolation("meeting.not_out", reg_no=d.reg_no,
                                    copy_no=format_copy_no(c.copy_no), meeting_no=m.meeting_no,
                                    status=st.label, status_en=st.label_en,
                                    action="写明未收回原因", action_en="explained")
            row.note = text
            led.event(s, "meeting.not_back_noted", {
                "meeting_id": m.id, "meeting_no": m.meeting_no, "meeting_issue_id": row.id,
                "person_id": row.person_id, "note": text}, carrier_id=c.id, document_id=d.id,
                person_id=row.person_id)
            rows.append(row)
        return issue_dtos(s, rows)


def close(led: Ledger, *, meeting_id: int) -> MeetingDTO:
    """End the meeting: every copy is collected, kept, or its absence explained."""
    led.require(Role.CLERK, "结束会议")
    with led.db.write() as s:
        m = open_meeting(s, meeting_id, "再次结束", "closed again")
        silent = list(s.execute(
            select(Document.reg_no, Carrier.copy_no).select_from(MeetingIssue)
            .join(Carrier, Carrier.id == MeetingIssue.carrier_id)
            .join(Document, Document.id == Carrier.document_id)
            .where(MeetingIssue.meeting_id == m.id, MeetingIssue.collected_at.is_(None),
                   MeetingIssue.retention_id.is_(None), MeetingIssue.note == "")
            .order_by(MeetingIssue.id)).tuples())
        if silent:
            reg_no, copy_no = silent[0]
            raise RuleViolation("meeting.open_items", meeting_no=m.meeting_no,
                                count=len(silent), first=f"{reg_no}第{format_copy_no(copy_no)}份")
        m.status = MeetingStatus.CLOSED.value
        m.closed_at, m.closed_by_user_id = utc_naive(led.now()), led.user.id
        dto = meeting_dto(s, m)
        led.event(s, "meeting.closed", {"meeting_id": m.id, "meeting_no": m.meeting_no,
                                        "issued": dto.issued, "collected": dto.collected,
                                        "kept": dto.kept, "not_back": dto.out})
        return dto


def meeting_of(led: Ledger, carrier_id: int) -> int | None:
    """The meeting whose document *carrier_id* is (for a scan in the meetings pane)."""
    with led.db.read() as s:
        c = s.get(Carrier, carrier_id)
        link = s.get(MeetingDocument, c.document_id) if c is not None else None
        return link.meeting_id if link is not None else None
