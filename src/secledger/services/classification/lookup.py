"""Finding the document a classification form is about: the clerk types its 登记号 or scans
the label of any of its carriers. Returns what the form shows beside it (title, mark, whose
decision it is, the period's end, a pending proposal) as a frozen DTO."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.access import NeedToKnow
from secledger.domain.classification import ProposalStatus, is_own
from secledger.domain.errors import NotFound
from secledger.services.carriers.transition import carrier_by_label
from secledger.services.classification.common import status_of
from secledger.services.classification.read import scope_text
from secledger.services.ledger.session import Ledger
from secledger.store.models.classification import ClassificationProposal
from secledger.store.models.registry import Document


@dataclass(frozen=True, slots=True)
class DocumentRef:
    id: int
    reg_no: str
    doc_no: str
    title: str
    mark: str
    level: str
    own: bool  # made in-house: the unit decides; else the originator (``unit``)
    unit: str  # 来文单位 of a received document
    issued_on: date | None
    declassify_on: date | None  # the end of the period, when known
    declassified_on: date | None  # recorded as declassified (by decision or period)
    scope: str  # 知悉范围 in words
    need_to_know: NeedToKnow
    no_copy: bool
    recall_required: bool
    pending: str  # a pending proposal's number, "" when none


def _ref(s: Session, doc: Document) -> DocumentRef:
    ntk = NeedToKnow.from_dict(json.loads(doc.need_to_know or "{}"))
    st = status_of(s, doc.id)
    pending = s.execute(select(ClassificationProposal.proposal_no).where(
        ClassificationProposal.document_id == doc.id,
        ClassificationProposal.status == ProposalStatus.PENDING.value)).scalar()
    return DocumentRef(
        id=doc.id, reg_no=doc.reg_no, doc_no=doc.doc_no, title=doc.title, mark=doc.mark,
        level=doc.level, own=is_own(doc.register), unit=doc.unit, issued_on=doc.issued_on,
        declassify_on=doc.declassify_on,
        declassified_on=st.declassified_on if st is not None else None,
        scope=scope_text(s, ntk), need_to_know=ntk, no_copy=bool(doc.no_copy),
        recall_required=bool(doc.recall_required), pending=pending or "")


def document_ref(led: Ledger, document_id: int) -> DocumentRef:
    with led.db.read() as s:
        doc = s.get(Document, document_id)
        if doc is None:
            raise NotFound(what="文件", key=str(document_id))
        return _ref(s, doc)


def find(led: Ledger, text: str) -> DocumentRef:
    """The document registered as *text* (``发2026-00001``), or the document of the carrier
    whose label is *text*; ``NotFound`` otherwise."""
    key = "".join(text.split())
    with led.db.read() as s:
        doc = s.execute(select(Document).where(Document.reg_no == key)).scalar_one_or_none()
        if doc is None and key:
            try:
                doc = s.get(Document, carrier_by_label(s, key).document_id)
            except NotFound:
                doc = None
        if doc is None:
            raise NotFound(what="文件（登记号或载体标签）", key=key or "—")
        return _ref(s, doc)
