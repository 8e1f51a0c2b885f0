"""涉密会议: a meeting, its attendees, its documents and every copy issued at it.

A meeting takes its number (会2026-00001) from the gapless ``meeting`` register. Its
documents are ordinary registered documents (登记号, 份号) that also carry the meeting's
unified number (``MeetingDocument.unified_no``). Each copy handed to an attendee is a
``MeetingIssue``: collected back (``collected_at``), kept as 领用 (``retention_id``), or
still out, with the note the form prints as 未收回说明. The carriers' states and holders are
the event log's, as everywhere.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from secledger.store.models.base import Base


class Meeting(Base):
    __tablename__ = "meetings"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_no: Mapped[str] = mapped_column(String(32), unique=True)  # 会2026-00001
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    host_department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    level: Mapped[str] = mapped_column(String(16))  # the highest level (Classification)
    status: Mapped[str] = mapped_column(String(16), default="open")  # MeetingStatus
    note: Mapped[str] = mapped_column(Text, default="")
    created_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC
    closed_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (
        UniqueConstraint("year", "number", name="uq_meetings_number"),
        Index("ix_meetings_status", "status", "id"),
    )


class MeetingAttendee(Base):
    """One person on a meeting's attendee list (参会人员), in the order added."""

    __tablename__ = "meeting_attendees"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(DateTime)  # UTC


class MeetingDocument(Base):
    """A document issued at a meeting, with its unified number there (one meeting each)."""

    __tablename__ = "meeting_documents"
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"))
    seq: Mapped[int] = mapped_column(Integer)
    unified_no: Mapped[str] = mapped_column(String(48))

    __table_args__ = (
        UniqueConstraint("meeting_id", "seq", name="uq_meeting_documents_seq"),
    )


class MeetingIssue(Base):
    """One copy handed to an attendee at a meeting, and how it came back (or did not)."""

    __tablename__ = "meeting_issues"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"))
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    issued_at: Mapped[datetime] = mapped_column(DateTime)  # UTC; the attendee signed
    issued_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    collected_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC
    collected_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    retention_id: Mapped[int | None] = mapped_column(ForeignKey("retentions.id"))  # kept
    kept_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC
    note: Mapped[str] = mapped_column(Text, default="")  # 未收回说明

    __table_args__ = (
        Index("ix_meeting_issues_meeting", "meeting_id", "id"),
        Index("ix_meeting_issues_carrier", "carrier_id", "collected_at"),
    )
