"""Classified computers, devices and storage media (涉密计算机和存储介质), their lending (借用)
and their repairs (维修). An item's ``state``, ``holder_id`` (责任人) and ``level`` are a
projection of its ``media.*`` events; loans and repairs are numbered from their own gapless
registers and decided through the one approvals table. Times in UTC."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from secledger.store.models.base import Base, NumberedRecord, unique_number


class MediaItem(Base):
    """One device or medium: the unit's 设备编号, its label and what it is."""

    __tablename__ = "media_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    label_id: Mapped[str] = mapped_column(String(16), unique=True)  # opaque, M + 11
    device_no: Mapped[str] = mapped_column(String(64), unique=True)  # 设备编号
    media_type: Mapped[str] = mapped_column(String(24))  # MediaType
    serial_no: Mapped[str] = mapped_column(String(100), default="")
    brand_model: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[str] = mapped_column(String(16))  # the highest ever held
    purpose: Mapped[str] = mapped_column(String(200), default="")  # 用途
    location: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(24))  # MediaState
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))  # 责任人
    started_on: Mapped[date | None] = mapped_column(Date)  # 启用日期
    remarks: Mapped[str] = mapped_column(Text, default="")
    # storage taken out of a device in a repair: the device and the repair
    source_item_id: Mapped[int | None] = mapped_column(ForeignKey("media_items.id"))
    source_repair_id: Mapped[int | None] = mapped_column(Integer)
    registered_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_media_items_state", "state", "id"),
        Index("ix_media_items_holder", "holder_id", "id"),
        Index("ix_media_items_type", "media_type", "id"),
    )


class MediaLoan(NumberedRecord, Base):
    """借用: a removable medium lent to a borrower with approval and a due time."""

    __tablename__ = "media_loans"
    # id, year, number, reg_no (借用2026-00001): NumberedRecord
    media_id: Mapped[int] = mapped_column(ForeignKey("media_items.id"))
    borrower_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    keeper_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))  # 责任人 when lent
    purpose: Mapped[str] = mapped_column(Text, default="")
    due_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16), default="requested")  # LoanStatus
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("approvals.id"))
    requested_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    lent_at: Mapped[datetime | None] = mapped_column(DateTime)
    lent_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    returned_at: Mapped[datetime | None] = mapped_column(DateTime)
    received_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    remarks: Mapped[str] = mapped_column(Text, default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        unique_number("media_loans"),
        Index("ix_media_loans_status", "status", "id"),
        Index("ix_media_loans_media", "media_id", "id"),
    )


class MediaRepair(NumberedRecord, Base):
    """维修: the request, its approval, sending and return, the work done."""

    __tablename__ = "media_repairs"
    # id, year, number, reg_no (维修2026-00001): NumberedRecord
    media_id: Mapped[int] = mapped_column(ForeignKey("media_items.id"))
    requester_id: Mapped[int] = mapped_column(ForeignKey("people.id"))  # 申请人
    fault: Mapped[str] = mapped_column(Text, default="")
    mode: Mapped[str] = mapped_column(String(16))  # RepairMode
    repairer_unit: Mapped[str] = mapped_column(String(200), default="")
    repairer_qualification: Mapped[str] = mapped_column(String(200), default="")
    agreement: Mapped[bool] = mapped_column(Boolean, default=False)  # 保密协议 signed
    agreement_ref: Mapped[str] = mapped_column(String(100), default="")
    storage_removed: Mapped[bool] = mapped_column(Boolean, default=False)
    storage_note: Mapped[str] = mapped_column(String(200), default="")  # where it is kept
    escort_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))  # 旁站陪同人
    status: Mapped[str] = mapped_column(String(16), default="requested")  # RepairStatus
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("approvals.id"))
    requested_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime)
    repairer_name: Mapped[str] = mapped_column(String(100), default="")  # 维修人
    work_done: Mapped[str] = mapped_column(Text, default="")
    parts_replaced: Mapped[str] = mapped_column(Text, default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        unique_number("media_repairs"),
        Index("ix_media_repairs_status", "status", "id"),
        Index("ix_media_repairs_media", "media_id", "id"),
    )
