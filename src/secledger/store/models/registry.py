"""Documents (文件), their carriers (载体) and the external units they come from or go to. A carrier's state and holder are a projection of the event log."""


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
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from secledger.store.models.base import Base


class Unit(Base):
    """External units seen as senders/recipients (for autocomplete)."""

    __tablename__ = "units"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    last_used: Mapped[datetime | None] = mapped_column(DateTime)



class Document(Base):
    """文件/事项: one registration in a register; has 1..n carriers."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    register: Mapped[str] = mapped_column(String(16))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    reg_no: Mapped[str] = mapped_column(String(32), unique=True)
    doc_no: Mapped[str] = mapped_column(String(100), default="")  # 文号
    title: Mapped[str] = mapped_column(String(500))
    level: Mapped[str] = mapped_column(String(16))
    mark: Mapped[str] = mapped_column(String(200))  # formatted 密级标志
    retention: Mapped[str] = mapped_column(Text, default="{}")  # JSON of Retention
    issued_on: Mapped[date | None] = mapped_column(Date)  # 成文/定密日期
    declassify_on: Mapped[date | None] = mapped_column(Date)
    urgency: Mapped[str] = mapped_column(String(16), default="normal")
    unit: Mapped[str] = mapped_column(String(200), default="")  # 来文单位 / 发往单位
    drafting_department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    pages: Mapped[int] = mapped_column(Integer, default=0)
    need_to_know: Mapped[str] = mapped_column(Text, default='{"unrestricted": true}')
    no_copy: Mapped[bool] = mapped_column(Boolean, default=False)
    recall_required: Mapped[bool] = mapped_column(Boolean, default=False)  # 须清退
    received_at: Mapped[datetime] = mapped_column(DateTime)  # 收文/登记时间 (UTC)
    signed_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    seal_intact: Mapped[bool] = mapped_column(Boolean, default=True)
    remarks: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[str] = mapped_column(Text, default="{}")  # JSON: approver, seal note ...
    source_carrier_id: Mapped[int | None] = mapped_column(Integer)  # for 复制件
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("register", "year", "number", name="uq_documents_register_number"),
        Index("ix_documents_register_year", "register", "year", "number"),
        # sort keys of the ledger browser (services/browse.py reads pages in index order)
        Index("ix_documents_title", "title"),
        Index("ix_documents_doc_no", "doc_no"),
        Index("ix_documents_unit", "unit"),
    )



class Carrier(Base):
    """国家秘密载体: one copy. ``state`` and ``holder_id`` are the event-log projection."""

    __tablename__ = "carriers"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    label_id: Mapped[str] = mapped_column(String(16), unique=True)  # opaque, for barcodes
    copy_no: Mapped[int] = mapped_column(Integer)
    carrier_type: Mapped[str] = mapped_column(String(16), default="paper")
    serial_no: Mapped[str] = mapped_column(String(100), default="")
    pages: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(24))
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    location: Mapped[str] = mapped_column(String(200), default="")
    is_copy: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # denormalised sort keys for the browser (kept in step with documents)
    level_rank: Mapped[int] = mapped_column(Integer, default=0)
    registered_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        UniqueConstraint("document_id", "copy_no", name="uq_carriers_document_copy"),
        Index("ix_carriers_state_id", "state", "id"),
        Index("ix_carriers_holder_id", "holder_id", "id"),
        Index("ix_carriers_level_id", "level_rank", "id"),
        Index("ix_carriers_document", "document_id", "copy_no"),
        Index("ix_carriers_registered", "registered_at", "id"),
    )
