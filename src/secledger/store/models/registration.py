"""收发文登记: dispatches to external units with their receipts (回执), and
distributions (分发/承办) of carriers to a department or person to act on."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from secledger.store.models.base import Base, NumberedRecord, unique_number


class Dispatch(NumberedRecord, Base):
    """One sending of carriers to an external unit (发出), by an allowed channel."""

    __tablename__ = "dispatches"
    # id, year, number, reg_no (送2026-00001): NumberedRecord
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    unit: Mapped[str] = mapped_column(String(200))  # 主送/抄送单位
    channel: Mapped[str] = mapped_column(String(24))  # DispatchChannel value
    dispatch_no: Mapped[str] = mapped_column(String(100), default="")  # 机要编号/发送编号
    dispatched_on: Mapped[date] = mapped_column(Date)
    handled_by_id: Mapped[int] = mapped_column(ForeignKey("people.id"))  # 经办人
    receipt_due_on: Mapped[date | None] = mapped_column(Date)
    receipt_on: Mapped[date | None] = mapped_column(Date)  # 回执日期
    receipt_no: Mapped[str] = mapped_column(String(100), default="")
    receipt_note: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    item_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        unique_number("dispatches"),
        Index("ix_dispatches_document", "document_id", "id"),
        Index("ix_dispatches_receipt", "receipt_on", "receipt_due_on"),
    )


class DispatchItem(Base):
    __tablename__ = "dispatch_items"
    dispatch_id: Mapped[int] = mapped_column(ForeignKey("dispatches.id"), primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"), primary_key=True)

    __table_args__ = (Index("ix_dispatch_items_carrier", "carrier_id"),)


class Distribution(Base):
    """分发/承办: a carrier handed to a person (of a department) to act on, until taken back."""

    __tablename__ = "distributions"
    id: Mapped[int] = mapped_column(primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    purpose: Mapped[str] = mapped_column(Text, default="")
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    due_on: Mapped[date | None] = mapped_column(Date)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_distributions_carrier", "carrier_id", "returned_at"),
        Index("ix_distributions_person", "person_id", "returned_at"),
    )
