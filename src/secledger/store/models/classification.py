"""定密 and what follows it: 定密责任人 designations, proposals, decisions, the per-document
secrecy status, carriers waiting for a new label, and written notices with their
acknowledgements. Every row here is explained by events (``services/audit/verify_classification``
replays them). Times in UTC, dates local.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from secledger.store.models.base import Base
from secledger.store.models.registry import Carrier, Document

#: the worklist of periods about to end and the end-of-period pass read documents in the
#: order of their end date; the pass finds what it records from the index alone
Index("ix_documents_declassify_on", Document.declassify_on, Document.id, Document.voided,
      Document.level, Document.register, Document.mark)
#: "is any carrier of this document still held?" answered from the index alone (in 份号
#: order like ``ix_carriers_document``, so a plan that picks it reads copies in the same order)
Index("ix_carriers_document_state", Carrier.document_id, Carrier.copy_no, Carrier.state)


class ClassifierDesignation(Base):
    """定密责任人: a person the security officer designated, up to a highest level."""

    __tablename__ = "classifier_designations"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    max_level: Mapped[str] = mapped_column(String(16))
    reference: Mapped[str] = mapped_column(String(100), default="")  # 指定文件文号
    scope_note: Mapped[str] = mapped_column(Text, default="")
    designated_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoke_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_classifier_designations_person", "person_id", "id"),)


class ClassificationProposal(Base):
    """A proposal for a decision: for the unit's own documents put to a 定密责任人 through
    the approvals (``approval_id``); for received ones sent to the originator (``addressee``)."""

    __tablename__ = "classification_proposals"
    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_no: Mapped[str] = mapped_column(String(32), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    kind: Mapped[str] = mapped_column(String(16))
    proposer_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))  # 承办人
    opinion: Mapped[str] = mapped_column(Text, default="")  # 承办人意见 / 理由
    content: Mapped[str] = mapped_column(Text, default="{}")  # JSON of domain Change
    basis_kind: Mapped[str] = mapped_column(String(16), default="")
    basis_text: Mapped[str] = mapped_column(Text, default="")
    basis_source: Mapped[str] = mapped_column(Text, default="")
    recipients: Mapped[str] = mapped_column(Text, default="")  # JSON list, "" = computed
    addressee: Mapped[str] = mapped_column(String(200), default="")  # 原定密机关
    sent_ref: Mapped[str] = mapped_column(String(100), default="")
    sent_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("approvals.id"))
    decision_id: Mapped[int | None] = mapped_column(Integer)
    proposed_at: Mapped[datetime] = mapped_column(DateTime)
    proposed_on: Mapped[date] = mapped_column(Date)  # local day, the ten days run from it
    due_on: Mapped[date | None] = mapped_column(Date)
    requested_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    close_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_classification_proposals_status", "status", "due_on", "id"),
        Index("ix_classification_proposals_document", "document_id", "id"),
    )


class ClassificationDecision(Base):
    """定密/变更/延期/解密/审核维持 决定: one row per decision, its document event named."""

    __tablename__ = "classification_decisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    decision_no: Mapped[str] = mapped_column(String(32), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    kind: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(16))
    decided_on: Mapped[date] = mapped_column(Date)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    authority: Mapped[str] = mapped_column(String(200), default="")  # 决定机关
    notice_ref: Mapped[str] = mapped_column(String(100), default="")  # originator's 文号
    notice_on: Mapped[date | None] = mapped_column(Date)
    proposal_id: Mapped[int | None] = mapped_column(Integer)
    approval_id: Mapped[int | None] = mapped_column(Integer)
    mark_before: Mapped[str] = mapped_column(String(200), default="")
    mark_after: Mapped[str] = mapped_column(String(200), default="")
    before: Mapped[str] = mapped_column(Text, default="{}")  # JSON facts before
    after: Mapped[str] = mapped_column(Text, default="{}")  # JSON facts it changed
    basis: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    declassified: Mapped[bool] = mapped_column(Boolean, default=False)
    carriers: Mapped[int] = mapped_column(Integer, default=0)  # carriers whose mark changed
    event_id: Mapped[int] = mapped_column(Integer)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by_user_id: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (Index("ix_classification_decisions_document", "document_id", "id"),)


class SecrecyStatus(Base):
    """Where a document stands: declassified (when, by which decision), the last year it was
    reviewed, and whether carriers still wait for their 解密 marking (``marking_open``).
    No row: still secret, never decided nor reviewed here."""

    __tablename__ = "secrecy_status"
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    declassified_on: Mapped[date | None] = mapped_column(Date)
    declassify_decision_id: Mapped[int | None] = mapped_column(Integer)
    reviewed_year: Mapped[int | None] = mapped_column(Integer)
    last_decision_id: Mapped[int | None] = mapped_column(Integer)
    marking_open: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_secrecy_status_marking", "marking_open", "declassified_on", "document_id"),
    )


class CarrierRelabel(Base):
    """待换标: a carrier whose mark a decision changed, until its new label is printed."""

    __tablename__ = "carrier_relabels"
    id: Mapped[int] = mapped_column(primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"))
    decision_id: Mapped[int] = mapped_column(ForeignKey("classification_decisions.id"))
    mark_before: Mapped[str] = mapped_column(String(200), default="")
    mark_after: Mapped[str] = mapped_column(String(200), default="")
    opened_event_id: Mapped[int] = mapped_column(Integer)
    printed_event_id: Mapped[int | None] = mapped_column(Integer)
    printed_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_carrier_relabels_open", "printed_event_id", "id"),
        Index("ix_carrier_relabels_carrier", "carrier_id", "id"),
    )


class DecisionNotice(Base):
    """密级变更（解密）通知: one per decision that is notified."""

    __tablename__ = "decision_notices"
    id: Mapped[int] = mapped_column(primary_key=True)
    notice_no: Mapped[str] = mapped_column(String(32), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    decision_id: Mapped[int] = mapped_column(ForeignKey("classification_decisions.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    issued_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_decision_notices_decision", "decision_id"),)


class NoticeRecipient(Base):
    """One person a notice goes to, and his signature (签收) once the clerk records it."""

    __tablename__ = "notice_recipients"
    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("decision_notices.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    reason: Mapped[str] = mapped_column(String(16))  # scope | holder | both | added
    copies: Mapped[str] = mapped_column(Text, default="")  # 份号 he holds, 、-joined
    acknowledged_on: Mapped[date | None] = mapped_column(Date)
    ack_event_id: Mapped[int | None] = mapped_column(Integer)
    ack_recorded_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_notice_recipients_open", "ack_event_id", "notice_id", "id"),
        Index("ix_notice_recipients_notice", "notice_id", "id"),
        Index("ix_notice_recipients_person", "person_id", "id"),
    )


class OriginatorSilence(Base):
    """年度审核 of a received document: the clerk confirmed the originator sent no notice."""

    __tablename__ = "originator_silences"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    year: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    event_id: Mapped[int] = mapped_column(Integer)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by_user_id: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (Index("ix_originator_silences_document", "document_id", "year"),)
