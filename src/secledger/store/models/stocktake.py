"""清查盘点: a session, its expected lists frozen at the start (carriers, and classified
devices and storage media when the session counts them), and its scans."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from secledger.store.models.base import Base, NumberedRecord, unique_number


class Stocktake(NumberedRecord, Base):
    __tablename__ = "stocktakes"
    # id, year, number, reg_no (盘2026-00001): NumberedRecord
    scope: Mapped[str] = mapped_column(Text, default="{}")  # JSON: location/holder_id/level
    scope_label: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(16), default="open")  # open/finished/cancelled
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    checkers: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of names (盘点人)
    leader: Mapped[str] = mapped_column(String(50), default="")  # 负责人
    note: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="{}")  # JSON of the outcome at finish
    created_by: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (unique_number("stocktakes"),)


class StocktakeExpected(Base):
    """The ledger at the start of the session (carrier, then state, holder, location)."""

    __tablename__ = "stocktake_expected"
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktakes.id"), primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"), primary_key=True)
    state: Mapped[str] = mapped_column(String(24))
    holder_id: Mapped[int | None] = mapped_column(Integer)
    location: Mapped[str] = mapped_column(String(200), default="")


class StocktakeScan(Base):
    """One row per item seen; scanning again only bumps ``times`` (and the observation)."""

    __tablename__ = "stocktake_scans"
    id: Mapped[int] = mapped_column(primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktakes.id"))
    label_id: Mapped[str] = mapped_column(String(32))
    carrier_id: Mapped[int | None] = mapped_column(ForeignKey("carriers.id"))
    media_id: Mapped[int | None] = mapped_column(ForeignKey("media_items.id"))  # an M… label
    method: Mapped[str] = mapped_column(String(8), default="scan")  # scan / tick
    location: Mapped[str] = mapped_column(String(200), default="")  # observed
    holder_id: Mapped[int | None] = mapped_column(Integer)  # observed
    first_at: Mapped[datetime] = mapped_column(DateTime)
    last_at: Mapped[datetime] = mapped_column(DateTime)
    times: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (
        UniqueConstraint("stocktake_id", "label_id", name="uq_stocktake_scans_label"),
        Index("ix_stocktake_scans_carrier", "stocktake_id", "carrier_id"),
    )


class StocktakeMediaExpected(Base):
    """A device or medium the session expects (the register at the start)."""

    __tablename__ = "stocktake_media_expected"
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktakes.id"), primary_key=True)
    media_id: Mapped[int] = mapped_column(ForeignKey("media_items.id"), primary_key=True)
    state: Mapped[str] = mapped_column(String(24))
    holder_id: Mapped[int | None] = mapped_column(Integer)
    location: Mapped[str] = mapped_column(String(200), default="")
