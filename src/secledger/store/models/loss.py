"""遗失/泄密 reports: one report, one item per carrier or per classified device or storage
medium (exactly one of the two on each item); the report stays when they are found again."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from secledger.store.models.base import Base, NumberedRecord, unique_number


class LossReport(NumberedRecord, Base):
    __tablename__ = "loss_reports"
    # id, year, number, reg_no (失2026-00001): NumberedRecord
    kind: Mapped[str] = mapped_column(String(8), default="lost")  # LossKind
    level: Mapped[str] = mapped_column(String(16))  # highest level among carriers and media
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
    """A carrier or a device/medium on a report, with its state, holder (责任人) and place
    as they were before the loss, and when it was found again."""

    __tablename__ = "loss_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("loss_reports.id"))
    carrier_id: Mapped[int | None] = mapped_column(ForeignKey("carriers.id"))
    media_id: Mapped[int | None] = mapped_column(ForeignKey("media_items.id"))
    state_before: Mapped[str] = mapped_column(String(24))
    holder_before: Mapped[int | None] = mapped_column(Integer)
    location_before: Mapped[str] = mapped_column(String(200), default="")
    found_at: Mapped[datetime | None] = mapped_column(DateTime)
    found_note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("report_id", "carrier_id", name="uq_loss_items_carrier"),
        UniqueConstraint("report_id", "media_id", name="uq_loss_items_media"),
        Index("ix_loss_items_carrier", "carrier_id"),
        Index("ix_loss_items_media", "media_id"),
        CheckConstraint("(carrier_id IS NULL) <> (media_id IS NULL)",
                        name="ck_loss_items_one_subject"),
    )
