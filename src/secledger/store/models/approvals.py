"""审批: one table for every approval (loans, copying, destruction, retention …).

The subject is named by ``subject_kind`` + ``subject_id``; the subject module keeps its own
status and follows the decision through a hook (services/approvals.py). Times in UTC.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from secledger.store.models.base import Base


class Approval(Base):
    __tablename__ = "approvals"
    id: Mapped[int] = mapped_column(primary_key=True)
    subject_kind: Mapped[str] = mapped_column(String(24))  # loan | copy | destruction | retention
    subject_id: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")  # what is asked (Chinese)
    rule: Mapped[str] = mapped_column(Text, default="")  # the rule that decided who approves
    required_role: Mapped[str] = mapped_column(String(24), default="approver")
    requested_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    decided_by_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    decided_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
    via: Mapped[str] = mapped_column(String(8), default="")  # app | paper
    paper_form_no: Mapped[str] = mapped_column(String(100), default="")
    paper_date: Mapped[date | None] = mapped_column(Date)
    extra: Mapped[str] = mapped_column(Text, default="{}")  # JSON

    __table_args__ = (
        Index("ix_approvals_subject", "subject_kind", "subject_id", "id"),
        Index("ix_approvals_status", "status", "id"),
        Index("ix_approvals_requester", "requested_by_user_id", "id"),
    )
