"""Pieces every classification use case shares: a document's classified facts as the
domain sees them and as the documents table stores them, its secrecy status, the carriers
still held, who holds a 定密 designation, and the local day."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from secledger.domain.access import NeedToKnow
from secledger.domain.classification import Facts
from secledger.domain.enums import CarrierState, Classification
from secledger.domain.errors import NotFound, RuleViolation
from secledger.domain.marks import declassification_date, format_cn_date, parse_mark
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now
from secledger.store import numbering
from secledger.store.models.classification import ClassifierDesignation, SecrecyStatus
from secledger.store.models.registry import Carrier, Document

#: carriers that have left the unit's accounts for good (a decision no longer marks them)
GONE = tuple(s.value for s in CarrierState if s.is_terminal)
#: registers (counters) and printed prefixes of the workflow's numbered records
DECISION_REGISTER, DECISION_PREFIX = "class_decision", "定决"
PROPOSAL_REGISTER, PROPOSAL_PREFIX = "class_proposal", "定审"
NOTICE_REGISTER, NOTICE_PREFIX = "class_notice", "密通"


def today(led: Ledger) -> date:
    """The office's local calendar day."""
    return local_now(led).date()


def record_no(s: Session, register: str, prefix: str, year: int) -> tuple[int, str]:
    """(number, text) from the gapless per-year counter of *register*: ``定决2026-00001``."""
    n = numbering.next_number(s, register, year)
    return n, f"{prefix}{year}-{n:05d}"


def load_document(s: Session, document_id: int) -> Document:
    doc = s.get(Document, document_id)
    if doc is None:
        raise NotFound(what="文件", key=str(document_id))
    if doc.voided:
        raise RuleViolation("doc.voided", reg_no=doc.reg_no)
    return doc


def facts_of(doc: Document) -> Facts:
    """The classified facts the documents table holds for *doc*."""
    return Facts(parse_mark(doc.mark), NeedToKnow.from_dict(json.loads(doc.need_to_know or "{}")),
                 bool(doc.no_copy), bool(doc.recall_required))


def write_facts(s: Session, doc: Document, facts: Facts) -> None:
    """Store *facts* on *doc* as registration stores them (level, period and end date follow
    the mark) and keep its carriers' level in step."""
    mark = facts.mark
    level_changed = doc.level != mark.level.value
    doc.mark, doc.level = mark.format(), mark.level.value
    doc.retention = json.dumps(mark.retention.to_dict() if mark.retention else {},
                               ensure_ascii=False)
    doc.declassify_on = declassification_date(mark, doc.issued_on) if doc.issued_on else None
    doc.need_to_know = json.dumps(facts.need_to_know.to_dict(), ensure_ascii=False)
    doc.no_copy, doc.recall_required = facts.no_copy, facts.recall_required
    if level_changed:
        s.execute(update(Carrier).where(Carrier.document_id == doc.id)
                  .values(level_rank=mark.level.rank))


def status_of(s: Session, document_id: int, *, create: bool = False) -> SecrecyStatus | None:
    row = s.get(SecrecyStatus, document_id)
    if row is None and create:
        row = SecrecyStatus(document_id=document_id, marking_open=False)
        s.add(row)
    return row


def check_still_secret(s: Session, doc: Document) -> None:
    """Refuse a decision about a document already declassified (by decision or period)."""
    st = status_of(s, doc.id)
    if st is not None and st.declassified_on is not None:
        raise RuleViolation("classification.already_declassified", reg_no=doc.reg_no,
                            on=format_cn_date(st.declassified_on))


def held_carriers(s: Session, document_id: int) -> list[Carrier]:
    """The document's carriers the unit still accounts for (not dispatched, destroyed …)."""
    return list(s.execute(select(Carrier).where(Carrier.document_id == document_id,
                                                Carrier.state.not_in(GONE))
                          .order_by(Carrier.copy_no)).scalars())


def update_marking_open(s: Session, document_id: int) -> None:
    """A declassified document keeps ``marking_open`` while any carrier still waits for its
    解密 marking."""
    st = status_of(s, document_id)
    if st is None or st.declassified_on is None:
        return
    waiting = s.execute(select(func.count()).select_from(Carrier).where(
        Carrier.document_id == document_id, Carrier.state.not_in(GONE))).scalar_one()
    st.marking_open = bool(waiting)


def authority_of(s: Session, person_id: int) -> Classification | None:
    """The highest level *person_id* may decide as 定密责任人 (None: not designated)."""
    levels = s.execute(select(ClassifierDesignation.max_level).where(
        ClassifierDesignation.person_id == person_id,
        ClassifierDesignation.revoked_at.is_(None))).scalars()
    ranked = [Classification(v) for v in levels]
    return max(ranked, key=lambda c: c.rank, default=None)
