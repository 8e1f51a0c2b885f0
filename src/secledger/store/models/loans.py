"""归档 is a carrier state (holder = archivist, location = cabinet/box); 借阅 loans here.

A loan has a 借阅号 (register ``loan``), a borrower, one or more carriers, a purpose, a mode
(reading room or take-out), a due time and an approval (approvals table). Times in UTC.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from secledger.store.models.base import Base


class Loan(Base):
    __tablename__ = "loans"
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_no: Mapped[str] = mapped_column(String(32), unique=True)  # 借2026-00001
    borrower_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    purpose: Mapped[str] = mapped_column(Text, default="")
    take_out: Mapped[bool] = mapped_column(Boolean, default=False)  # False: 阅览室查阅
    # requested | approved | rejected | cancelled | issued | returned
    status: Mapped[str] = mapped_column(String(16), default="requested")
    requested_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    due_at: Mapped[datetime | None] = mapped_column(DateTime)
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("approvals.id"))
    issued_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    issued_at: Mapped[datetime | None] = mapped_column(DateTime)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime)
    renewals: Mapped[int] = mapped_column(Integer, default=0)
    overdue_renewals: Mapped[int] = mapped_column(Integer, default=0)  # flagged renewals
    remarks: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_loans_status", "status", "id"),
        Index("ix_loans_borrower", "borrower_id", "id"),
    )


class LoanItem(Base):
    __tablename__ = "loan_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"))
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"))
    issued_at: Mapped[datetime | None] = mapped_column(DateTime)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime)
    received_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (
        Index("ix_loan_items_loan", "loan_id", "id"),
        Index("ix_loan_items_carrier", "carrier_id", "id"),
        Index("ix_loan_items_open", "returned_at", "loan_id"),
    )
