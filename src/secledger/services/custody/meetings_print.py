"""Print the meeting forms: 会议文件发放回收登记表 and an attendee's 文件目录单.

Gathers the DTOs, turns stored UTC times into local time and hands plain data to
``reports/custody/meetings``. Every form carries the chain digest at the time of printing
and commits its output event, at the highest level it names.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import tzinfo
from pathlib import Path

from sqlalchemy import select

from secledger.domain.copyno import format_copy_no
from secledger.domain.enums import CarrierState, Classification
from secledger.reports.custody import meetings as forms
from secledger.reports.kit.atomic import Progress
from secledger.services.audit.output_log import logged, mark_of, top_level
from secledger.services.custody import meetings_read as read
from secledger.services.custody.meetings_read import IssueDTO, MeetingDTO
from secledger.services.custody.printing_records import form_meta
from secledger.services.disposal.form_times import local
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_tz
from secledger.store.models.meetings import MeetingDocument, MeetingIssue
from secledger.store.models.registry import Carrier


def _local(x: IssueDTO, tz: tzinfo) -> IssueDTO:
    return replace(x, issued_at=local(x.issued_at, tz) or x.issued_at,
                   collected_at=local(x.collected_at, tz), kept_at=local(x.kept_at, tz),
                   due_at=local(x.due_at, tz))


def blank_rows(led: Ledger, m: MeetingDTO) -> list[forms.Blank]:
    """While the meeting is open: its copies in store never issued at it, to be filled in
    by hand at the door (文件编号, 标题, 密级, 份号)."""
    if not m.is_open:
        return []
    docs = {d.document_id: d for d in m.documents}
    with led.db.read() as s:
        issued = select(MeetingIssue.carrier_id).where(MeetingIssue.meeting_id == m.id)
        rows = s.execute(
            select(Carrier.document_id, Carrier.copy_no)
            .join(MeetingDocument, MeetingDocument.document_id == Carrier.document_id)
            .where(MeetingDocument.meeting_id == m.id,
                   Carrier.state == CarrierState.IN_STORE.value, Carrier.id.not_in(issued))
            .order_by(MeetingDocument.seq, Carrier.copy_no)).tuples().all()
    return [(docs[d].unified_no, docs[d].title, docs[d].level_label, format_copy_no(n))
            for d, n in rows]


def issue_register_level(led: Ledger, meeting_id: int) -> Classification | None:
    """The level the 登记表 names: the highest of the meeting's documents (every copy issued
    or still to be issued belongs to one of them)."""
    m = read.get_meeting(led, meeting_id)
    return top_level(d.level for d in m.documents)


def print_issue_register(led: Ledger, meeting_id: int, path: str | Path, *,
                         progress: Progress | None = None) -> Path:
    m = read.get_meeting(led, meeting_id)
    tz = local_tz(led)
    issued = [_local(x, tz) for x in read.issues(led, meeting_id)]
    level = top_level(d.level for d in m.documents)
    meta = form_meta(led, mark=mark_of(level))
    out = forms.render_issue_register(path, meta, m, issued, blank_rows(led, m),
                                      progress=progress)
    return logged(led, out, what="会议文件发放回收登记表", rows=len(issued), level=level)


def kept_list_level(led: Ledger, meeting_id: int, person_id: int) -> Classification | None:
    return top_level(x.carrier.level for x in read.kept_by(led, meeting_id, person_id))


def print_kept_list(led: Ledger, meeting_id: int, person_id: int, path: str | Path) -> Path:
    """文件目录单 of what *person_id* keeps after the meeting."""
    m = read.get_meeting(led, meeting_id)
    tz = local_tz(led)
    kept = [_local(x, tz) for x in read.kept_by(led, meeting_id, person_id)]
    level = top_level(x.carrier.level for x in kept)
    who = next((a for a in m.attendees if a.person_id == person_id), None)
    person = who.name if who else (kept[0].person if kept else "")
    dept = who.department if who else (kept[0].department if kept else "")
    out = forms.render_kept_list(path, form_meta(led, mark=mark_of(level)), m, person, dept,
                                 kept)
    return logged(led, out, what="会议文件目录单", rows=len(kept), level=level)
