"""传阅 (circulation legs and reading plans) and 领用 (personal retention). Times in UTC.

A circulation leg is one carrier going to one reader and back to the clerk (直传). While a
leg is out the reader is the carrier's accountable holder (carriers.holder_id); the leg
records who sent it, when, the due time, the return and the reader's sign-off.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from secledger.store.models.base import Base


class CirculationPlan(Base):
    """传阅顺序: the planned readers of one carrier, in order."""

    __tablename__ = "circulation_plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"))
    created_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open|completed|cancelled
    note: Mapped[str] = mapped_column(Text, default="")  # 拟办意见

    __table_args__ = (Index("ix_circulation_plans_carrier", "carrier_id", "id"),)


class CirculationPlanStep(Base):
    __tablename__ = "circulation_plan_steps"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("circulation_plans.id"))
    seq: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    leg_id: Mapped[int | None] = mapped_column(ForeignKey("circulations.id"))

    __table_args__ = (Index("ix_circulation_plan_steps_plan", "plan_id", "seq"),)


class Circulation(Base):
    """One leg: clerk → reader → clerk."""

    __tablename__ = "circulations"
    id: Mapped[int] = mapped_column(primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("circulation_plans.id"))
    reader_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    sent_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    sent_at: Mapped[datetime] = mapped_column(DateTime)
    due_at: Mapped[datetime] = mapped_column(DateTime)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime)
    received_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[datetime | None] = mapped_column(DateTime)  # reader's sign-off
    sign_via: Mapped[str] = mapped_column(String(8), default="")  # app | slip
    comment: Mapped[str] = mapped_column(Text, default="")  # 批示/意见

    __table_args__ = (
        Index("ix_circulations_carrier", "carrier_id", "id"),
        Index("ix_circulations_open", "returned_at", "due_at"),
        Index("ix_circulations_document", "document_id", "id"),
        Index("ix_circulations_reader", "reader_id", "id"),
    )


class Retention(Base):
    """领用/个人留存: a carrier kept by a person for work, approved, with a due date."""

    __tablename__ = "retentions"
    id: Mapped[int] = mapped_column(primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    purpose: Mapped[str] = mapped_column(Text, default="")
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("approvals.id"))
    issued_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    due_at: Mapped[datetime] = mapped_column(DateTime)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime)
    received_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (
        Index("ix_retentions_person", "person_id", "id"),
        Index("ix_retentions_open", "returned_at", "due_at"),
        Index("ix_retentions_carrier", "carrier_id", "id"),
    )
