"""复制审批: a copy (摘录, 汇编) request, its approval, and what it produced.

A request has a kind (``copy`` | ``excerpt`` | ``compile``) and names the source carrier,
how many copies, pages, medium, reason and needed-by date; 绝密 needs the 原定密机关's
approval reference. Executing it takes a 复制号 from the gapless ``copy`` register. A copy
registers new carriers of the same document (``carriers.is_copy``), one ``CopyItem`` each
linking copy and source. An excerpt or a compilation registers a new document (派生,
``derived_document_id``); its sources are the ``CopySource`` rows (a compilation has
several), which link the new document to what it was made from.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from secledger.store.models.base import Base


class CopyRequest(Base):
    __tablename__ = "copy_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_no: Mapped[str] = mapped_column(String(32), unique=True)  # 复申2026-00001
    kind: Mapped[str] = mapped_column(String(16), default="copy",
                                      server_default="copy")  # CopyKind
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    requester_id: Mapped[int] = mapped_column(ForeignKey("people.id"))  # 申请人
    department: Mapped[str] = mapped_column(String(100), default="")  # 申请部门 (at request)
    source_carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    copies: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer, default=0)  # pages per copy
    medium: Mapped[str] = mapped_column(String(16))  # CopyMedium
    reason: Mapped[str] = mapped_column(Text, default="")
    needed_by: Mapped[date | None] = mapped_column(Date)
    origin_body: Mapped[str] = mapped_column(String(200), default="")  # 原定密机关 (绝密)
    origin_ref: Mapped[str] = mapped_column(String(100), default="")  # its approval 文号
    origin_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("approvals.id"))
    requested_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    # execution (复制登记簿 row): 复制号 from the gapless "copy" register
    copy_reg_no: Mapped[str | None] = mapped_column(String(32), unique=True)  # 复2026-00001
    copy_year: Mapped[int | None] = mapped_column(Integer)
    copy_number: Mapped[int | None] = mapped_column(Integer)
    executed_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC
    copier_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))  # 复制人
    copy_no_scheme: Mapped[str] = mapped_column(String(16), default="")  # continue | unit
    scheme_note: Mapped[str] = mapped_column(Text, default="")
    stamp_text: Mapped[str] = mapped_column(String(300), default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    # an excerpt or compilation: the 派生 document it registered, or why none was (not secret)
    derived_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    derived_note: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (
        UniqueConstraint("year", "number", name="uq_copy_requests_number"),
        Index("ix_copy_requests_status", "status", "id"),
        Index("ix_copy_requests_source", "source_carrier_id"),
        Index("ix_copy_requests_copy_no", "copy_year", "copy_number"),
        Index("ix_copy_requests_derived", "derived_document_id"),
    )


class CopySource(Base):
    """One source of an excerpt or a compilation, in the order the request lists them
    (position 0 is the request's ``source_carrier_id``)."""

    __tablename__ = "copy_sources"
    request_id: Mapped[int] = mapped_column(ForeignKey("copy_requests.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))

    __table_args__ = (Index("ix_copy_sources_document", "document_id", "request_id"),)


class CopyItem(Base):
    """One copy made: the new carrier and the carrier it was copied from."""

    __tablename__ = "copy_items"
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"), primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("copy_requests.id"))
    source_carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"))
    copy_no: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_copy_items_request", "request_id", "copy_no"),)
