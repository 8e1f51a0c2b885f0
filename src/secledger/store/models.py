"""SQLAlchemy 2.x typed models. Carrier state/holder are a projection of the event log."""

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
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """Policy settings and ledger metadata kept inside the encrypted database."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Department(Base):
    __tablename__ = "departments"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Person(Base):
    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    post: Mapped[str] = mapped_column(String(100), default="")
    clearance: Mapped[str] = mapped_column(String(16), default="none")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    roles: Mapped[str] = mapped_column(String(200), default="")  # comma-separated Role values
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)


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


class Counter(Base):
    """Per-register, per-year gapless counters (numbers are never reused)."""

    __tablename__ = "counters"
    register: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)
