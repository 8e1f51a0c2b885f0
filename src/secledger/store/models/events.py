"""The event log: one appended, hash-chained row per fact (history, audit and tamper evidence in one)."""


from __future__ import annotations

from sqlalchemy import (
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from secledger.store.models.base import Base


class Event(Base):
    """The append-only, hash-chained event log."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    ts: Mapped[str] = mapped_column(String(32))  # UTC ISO-8601 with microseconds
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(String(50), default="")
    kind: Mapped[str] = mapped_column(String(48))
    carrier_id: Mapped[int | None] = mapped_column(Integer)
    document_id: Mapped[int | None] = mapped_column(Integer)
    person_id: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text, default="{}")  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_events_carrier", "carrier_id", "id"),
        # (document_id, kind, id): per-document history, and the registers' "was it circulated/
        # distributed" lookups index-only (a 48k-row register query: 2.8 s -> 0.6 s)
        Index("ix_events_document", "document_id", "kind", "id"),
        Index("ix_events_kind", "kind", "id"),
    )
