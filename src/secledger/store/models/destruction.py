"""销毁清单: a manifest of carriers to destroy, its approval and execution.

Numbers come from the gapless ``destruction`` register when a manifest is opened (never
reused: a cancelled manifest keeps its number and shows as cancelled). Items removed from a
draft keep their row with ``removed_at`` set (the events say who and when). An item is a
document carrier (``carrier_id``) or a classified device or storage medium (``media_id``),
exactly one of them. ``methods`` records the method used for each medium on the list.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
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


class DestructionManifest(NumberedRecord, Base):
    __tablename__ = "destruction_manifests"
    # id, year, number, reg_no (销2026-00001): NumberedRecord
    status: Mapped[str] = mapped_column(String(16), default="draft")  # ManifestStatus
    created_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    prepared_by_id: Mapped[int] = mapped_column(ForeignKey("people.id"))  # 登记人
    checked_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))  # 清点人
    note: Mapped[str] = mapped_column(Text, default="")
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("approvals.id"))
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    # execution
    executed_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC, when recorded
    method: Mapped[str] = mapped_column(String(16), default="")  # DestructionMethod
    # JSON {medium: method} for every medium on the list (domain.destruction.Medium)
    methods: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    site: Mapped[str] = mapped_column(String(200), default="")
    equipment: Mapped[str] = mapped_column(String(200), default="")
    escorts: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{id, name}] 送销人
    witnesses: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{id, name}] 监销人
    destroyer: Mapped[str] = mapped_column(String(100), default="")  # 销毁人
    destroyed_on: Mapped[date | None] = mapped_column(Date)
    certificate_no: Mapped[str] = mapped_column(String(100), default="")
    item_count: Mapped[int] = mapped_column(Integer, default=0)  # live items
    cancel_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        unique_number("destruction_manifests"),
        Index("ix_destruction_manifests_status", "status", "id"),
    )


class DestructionItem(Base):
    __tablename__ = "destruction_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    manifest_id: Mapped[int] = mapped_column(ForeignKey("destruction_manifests.id"))
    carrier_id: Mapped[int | None] = mapped_column(ForeignKey("carriers.id"))
    media_id: Mapped[int | None] = mapped_column(ForeignKey("media_items.id"))
    seq: Mapped[int] = mapped_column(Integer)  # order of adding (printed 序号 follows it)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    removed_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        UniqueConstraint("manifest_id", "carrier_id", name="uq_destruction_items_carrier"),
        Index("ix_destruction_items_manifest", "manifest_id", "seq"),
        Index("ix_destruction_items_carrier", "carrier_id", "removed_at"),
        UniqueConstraint("manifest_id", "media_id", name="uq_destruction_items_media"),
        Index("ix_destruction_items_media", "media_id", "removed_at"),
        CheckConstraint("(carrier_id IS NULL) <> (media_id IS NULL)",
                        name="ck_destruction_items_one_subject"),
    )
