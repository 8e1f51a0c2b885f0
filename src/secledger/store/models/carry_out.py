"""携带外出 and the people who carry 绝密 (DESIGN.md §3, two-person custody).

A carry-out (``carry_outs``, 携2026-00001) names its people (the first is the holder while the
carriers are out, the others go with them), its carriers, destination, purpose, the period
out, the 涉外/出境 flags, the protective measures and its approval (approvals table). The
people who deliver a 专人递送 dispatch by hand are kept with the dispatch
(``dispatch_couriers``). Times in UTC.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from secledger.store.models.base import Base, NumberedRecord, unique_number


class CarryOut(NumberedRecord, Base):
    __tablename__ = "carry_outs"
    # id, year, number, reg_no (携2026-00001): NumberedRecord
    holder_id: Mapped[int] = mapped_column(ForeignKey("people.id"))  # 携带人 (holder when out)
    department: Mapped[str] = mapped_column(String(200), default="")
    destination: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text, default="")
    foreign_affairs: Mapped[bool] = mapped_column(Boolean, default=False)  # 涉外活动
    abroad: Mapped[bool] = mapped_column(Boolean, default=False)  # 出境
    out_on: Mapped[date] = mapped_column(Date)
    back_on: Mapped[date] = mapped_column(Date)
    measures: Mapped[str] = mapped_column(Text, default="")  # 保护措施
    # requested | approved | rejected | cancelled | out | returned (domain.carry_out.CarryStatus)
    status: Mapped[str] = mapped_column(String(16), default="requested")
    requested_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("approvals.id"))
    due_at: Mapped[datetime | None] = mapped_column(DateTime)  # end of the day due back
    issued_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    issued_at: Mapped[datetime | None] = mapped_column(DateTime)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        unique_number("carry_outs"),
        Index("ix_carry_outs_status", "status", "id"),
        Index("ix_carry_outs_holder", "holder_id", "id"),
    )


class CarryOutPerson(Base):
    """The people of a carry-out in order (seq 1 is the holder)."""

    __tablename__ = "carry_out_people"
    id: Mapped[int] = mapped_column(primary_key=True)
    carry_out_id: Mapped[int] = mapped_column(ForeignKey("carry_outs.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    seq: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_carry_out_people_record", "carry_out_id", "seq"),)


class CarryOutItem(Base):
    __tablename__ = "carry_out_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    carry_out_id: Mapped[int] = mapped_column(ForeignKey("carry_outs.id"))
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"))
    seq: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime | None] = mapped_column(DateTime)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime)
    received_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    lost_at: Mapped[datetime | None] = mapped_column(DateTime)  # reported lost while out

    __table_args__ = (
        Index("ix_carry_out_items_record", "carry_out_id", "seq"),
        Index("ix_carry_out_items_carrier", "carrier_id", "id"),
    )


class DispatchCourier(Base):
    """A person delivering a 专人递送 dispatch by hand (two or more, 核心, for 绝密)."""

    __tablename__ = "dispatch_couriers"
    id: Mapped[int] = mapped_column(primary_key=True)
    dispatch_id: Mapped[int] = mapped_column(ForeignKey("dispatches.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    seq: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_dispatch_couriers_dispatch", "dispatch_id", "seq"),)
