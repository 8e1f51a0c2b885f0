"""清退: recall requests received from issuers, and returns to the issuer."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from secledger.store.models.base import Base, NumberedRecord, unique_number


class RecallRequest(Base):
    """A request from an issuing unit to return its documents (清退通知)."""

    __tablename__ = "recall_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    issuer: Mapped[str] = mapped_column(String(200))
    received_on: Mapped[date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(200), default="")  # 来函文号
    due_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(Integer)


class RecallRequestDocument(Base):
    __tablename__ = "recall_request_documents"
    request_id: Mapped[int] = mapped_column(ForeignKey("recall_requests.id"), primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), primary_key=True)


class RecallReturn(NumberedRecord, Base):
    """One return of carriers to a unit, with the receiving unit's receipt (回执)."""

    __tablename__ = "recall_returns"
    # id, year, number, reg_no (退2026-00001): NumberedRecord
    unit: Mapped[str] = mapped_column(String(200))  # receiving (issuing) unit
    returned_on: Mapped[date] = mapped_column(Date)
    receipt_no: Mapped[str] = mapped_column(String(100))  # 回执号
    unit_handler: Mapped[str] = mapped_column(String(50), default="")  # 接收单位经手人
    returned_by_id: Mapped[int] = mapped_column(ForeignKey("people.id"))  # 清退人
    request_id: Mapped[int | None] = mapped_column(ForeignKey("recall_requests.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    item_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (unique_number("recall_returns"),)


class RecallReturnItem(Base):
    __tablename__ = "recall_return_items"
    return_id: Mapped[int] = mapped_column(ForeignKey("recall_returns.id"), primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_recall_return_items_carrier", "carrier_id"),)
