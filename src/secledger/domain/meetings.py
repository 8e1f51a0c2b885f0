"""Classified meetings (涉密会议) and their documents: the rules (DESIGN.md §3; seed
会议保密管理制度 6–7 and 第二十九条).

A meeting has a name, dates, a place, a host department, its highest level and an attendee
list. The documents issued at it are registered and numbered uniformly (会议文件编号, each
copy with its 份号), issued to attendees who sign for them, and collected back before the
meeting ends, by scanning; what is not back is listed with a note. An attendee allowed to
keep documents gets a list (文件目录单) and the documents become 领用 with a due date.

Pure rules only: the services load rows, call these checks and write.
"""

from __future__ import annotations

from datetime import date

from secledger.domain.access import may_see_level
from secledger.domain.enums import Classification, Clearance, Labelled
from secledger.domain.errors import RuleViolation, ValidationError

#: Register name (counters table) and printed prefix of meetings: 会2026-00001.
MEETING_REGISTER, MEETING_PREFIX = "meeting", "会"
#: the longest meeting the ledger accepts (days, both ends counted)
MAX_DAYS = 31

RULES = ("涉密会议文件应统一编号、登记，发放时由参会人员签字领取；会议结束前全部清退收回，"
         "未收回的应写明原因并追回；确需留存的，经批准后按领用管理，发给文件目录单，"
         "到期交回（会议保密管理制度第六、七条，保密工作管理制度第二十九条）。")


class MeetingStatus(Labelled):
    OPEN = "open"  # 进行中 (documents may be issued and collected)
    CLOSED = "closed"  # 已结束 (everything back, kept, or explained)

    @property
    def label(self) -> str:
        return {"open": "进行中", "closed": "已结束"}[self.value]

    @property
    def label_en(self) -> str:
        return {"open": "Open", "closed": "Closed"}[self.value]


class IssueOutcome(Labelled):
    """Where a copy issued at a meeting stands."""

    OUT = "out"  # 未收回
    COLLECTED = "collected"  # 已收回
    KEPT = "kept"  # 留存（领用）

    @property
    def label(self) -> str:
        return {"out": "未收回", "collected": "已收回", "kept": "留存（领用）"}[self.value]

    @property
    def label_en(self) -> str:
        return {"out": "Not back", "collected": "Collected",
                "kept": "Kept (issued for work)"}[self.value]


def check_dates(starts_on: date, ends_on: date) -> None:
    if ends_on < starts_on:
        raise ValidationError("meeting.dates", field="ends_on", starts=starts_on.isoformat(),
                              ends=ends_on.isoformat())
    if (ends_on - starts_on).days + 1 > MAX_DAYS:
        raise ValidationError("meeting.too_long", field="ends_on", limit=MAX_DAYS)


def check_level(level: Classification) -> None:
    """A classified meeting's highest level is a state-secret level."""
    if not level.is_state_secret:
        raise ValidationError("meeting.level_required", field="level")


def check_document_level(meeting_level: Classification, doc_level: Classification,
                         title: str) -> None:
    """No document above the meeting's highest level is issued at it."""
    if doc_level.rank > meeting_level.rank:
        raise RuleViolation("meeting.document_above", title=title, level=doc_level.label,
                            level_en=doc_level.label_en, meeting_level=meeting_level.label,
                            meeting_level_en=meeting_level.label_en)


def check_attendee(name: str, clearance: Clearance, meeting_level: Classification) -> None:
    """Attendees are cleared for the meeting's highest level."""
    if not may_see_level(clearance, meeting_level):
        raise RuleViolation("meeting.attendee_clearance", person=name,
                            clearance=clearance.label, clearance_en=clearance.label_en,
                            level=meeting_level.label, level_en=meeting_level.label_en)


def unified_no(meeting_no: str, seq: int) -> str:
    """会议文件编号: the meeting's number and the document's place in it (会2026-00003-02)."""
    return f"{meeting_no}-{seq:02d}"
