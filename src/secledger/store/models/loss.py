"""遗失/泄密 reports: one report, one item per carrier; the report stays when
carriers are found again."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from secledger.store.models.base import Base, NumberedRecord, unique_number


class LossReport(NumberedRecord, Base):
    __tablename__ = "loss_reports"
    # id, year, number, reg_no (失2026-00001): NumberedRecord
    kind: Mapped[str] = mapped_column(String(8), default="lost")  # LossKind
    level: Mapped[str] = mapped_column(String(16))  # highest level among the carriers
    discovered_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    deadline_at: Mapped[datetime] = mapped_column(DateTime)  # discovered + 24 h
    circumstances: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    reporter_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    reported_upstream_at: Mapped[datetime | None] = mapped_column(DateTime)
    upstream_ref: Mapped[str] = mapped_column(String(200), default="")
    stocktake_id: Mapped[int | None] = mapped_column(ForeignKey("stocktakes.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (unique_number("loss_reports"),)


class LossItem(Base):
    __tablename__ = "loss_items"
    report_id: Mapped[int] = mapped_column(ForeignKey("loss_reports.id"), primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"), primary_key=True)
    state_before: Mapped[str] = mapped_column(String(24))
    holder_before: Mapped[int | None] = mapped_column(Integer)
    location_before: Mapped[str] = mapped_column(String(200), default="")
    found_at: Mapped[datetime | None] = mapped_column(DateTime)
    found_note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_loss_items_carrier", "carrier_id"),)
