"""保密自查自评 reports (one row per version, its items' results) and 整改 items, plus the
indexes the year-end statistics read a year through.

A report version is a draft until it is finalised: then its content is frozen in
``snapshot`` (canonical JSON) with its SHA-256 in ``digest`` and in the
``selfinspection.finalised`` event, and nothing of it changes again; a later version of the
same year supersedes it (``superseded_by_id``) and both stay. While a draft, ``evidence``
holds what the ledger last gathered for it (``selfinspection.evidence_gathered``); item rows
are the projection of the ``selfinspection.assessed`` events (the latest assessment of each
item, with the evidence it was judged on). Times in UTC, dates local.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
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
from secledger.store.models.circulation import Circulation, Retention
from secledger.store.models.events import Event
from secledger.store.models.loans import LoanItem
from secledger.store.models.registration import Distribution
from secledger.store.models.registry import Carrier

#: the statistics count a period's carrier moves by kind and time, carrier by carrier
Index("ix_events_kind_ts", Event.kind, Event.ts, Event.carrier_id)
#: registrations of a period (and everything registered before its end) counted by level and
#: carrier type from the index alone
Index("ix_carriers_registered_stats", Carrier.registered_at, Carrier.state, Carrier.level_rank,
      Carrier.carrier_type, Carrier.is_copy)
#: the carriers held now, by level and carrier type, counted from the index alone
Index("ix_carriers_state_stats", Carrier.state, Carrier.level_rank, Carrier.carrier_type)
#: what went out in a period (circulated, lent, issued, distributed), by the time it went out
Index("ix_circulations_sent", Circulation.sent_at)
Index("ix_loan_items_issued", LoanItem.issued_at)
Index("ix_retentions_issued", Retention.issued_at)
Index("ix_distributions_issued", Distribution.issued_at)


class SelfInspection(Base):
    """One version of a year's 自查自评."""

    __tablename__ = "self_inspections"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="draft")  # InspectionStatus
    summary: Mapped[str] = mapped_column(Text, default="")  # 总体情况, the officer's words
    evidence: Mapped[str] = mapped_column(Text, default="{}")  # JSON item -> Evidence, gathered
    evidence_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime)
    finalised_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    supersedes_id: Mapped[int | None] = mapped_column(Integer)
    superseded_by_id: Mapped[int | None] = mapped_column(Integer)
    snapshot: Mapped[str] = mapped_column(Text, default="")  # frozen content once final
    digest: Mapped[str] = mapped_column(String(64), default="")
    final_event_id: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("year", "version", name="uq_self_inspections_version"),
        Index("ix_self_inspections_status", "status", "year"),
    )


class SelfInspectionItem(Base):
    """The latest assessment of one checklist item in one version."""

    __tablename__ = "self_inspection_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("self_inspections.id"))
    item_code: Mapped[str] = mapped_column(String(8))
    result: Mapped[str] = mapped_column(String(16))  # Result
    proposed: Mapped[str] = mapped_column(String(16), default="")  # the ledger's, "" if none
    reason: Mapped[str] = mapped_column(Text, default="")  # why another result than proposed
    note: Mapped[str] = mapped_column(Text, default="")  # 说明
    evidence: Mapped[str] = mapped_column(Text, default="{}")  # JSON, as assessed
    assessed_at: Mapped[datetime] = mapped_column(DateTime)
    assessed_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    event_id: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("inspection_id", "item_code", name="uq_self_inspection_items_item"),
    )


class Rectification(NumberedRecord, Base):
    """整改: a problem found, who puts it right by when, tracked until closed."""

    __tablename__ = "rectifications"
    # id, year, number, reg_no (改2026-00001): NumberedRecord
    inspection_id: Mapped[int | None] = mapped_column(ForeignKey("self_inspections.id"))
    item_code: Mapped[str] = mapped_column(String(8), default="")
    problem: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")  # RectificationStatus
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    opened_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    closed_on: Mapped[date | None] = mapped_column(Date)
    close_note: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        unique_number("rectifications"),
        Index("ix_rectifications_status", "status", "due_on", "id"),
    )
