"""移交: one row per handover, one item row per carrier and one per device or medium handed
over (its state and location as they stood at the handover)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from secledger.store.models.base import Base, NumberedRecord, unique_number


class Handover(NumberedRecord, Base):
    __tablename__ = "handovers"
    # id, year, number, reg_no (移2026-00001): NumberedRecord
    handed_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    reason: Mapped[str] = mapped_column(String(16))  # HandoverReason
    note: Mapped[str] = mapped_column(Text, default="")
    giver_id: Mapped[int] = mapped_column(ForeignKey("people.id"))  # 移交人
    receiver_id: Mapped[int] = mapped_column(ForeignKey("people.id"))  # 接收人
    witness_id: Mapped[int] = mapped_column(ForeignKey("people.id"))  # 监交人
    item_count: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[int | None] = mapped_column(Integer)  # users.id

    __table_args__ = (
        unique_number("handovers"),
        Index("ix_handovers_giver", "giver_id", "id"),
    )


class HandoverItem(Base):
    __tablename__ = "handover_items"
    handover_id: Mapped[int] = mapped_column(ForeignKey("handovers.id"), primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(24))  # state at handover (unchanged by it)
    location: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (Index("ix_handover_items_carrier", "carrier_id"),)


class HandoverMediaItem(Base):
    """A classified device or storage medium on a handover's list."""

    __tablename__ = "handover_media_items"
    handover_id: Mapped[int] = mapped_column(ForeignKey("handovers.id"), primary_key=True)
    media_id: Mapped[int] = mapped_column(ForeignKey("media_items.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(24))  # MediaState at handover (unchanged by it)
    location: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (Index("ix_handover_media_items_media", "media_id"),)
