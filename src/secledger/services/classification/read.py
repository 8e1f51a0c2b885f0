"""The read model of the classification workflow: frozen DTOs of designations, proposals,
decisions and notices, single-record reads, the decisions of a document, and (re-exported
from ``worklists``) the paged worklists with their counts. Nothing here writes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.access import NeedToKnow
from secledger.domain.classification import (
    Basis,
    BasisKind,
    Change,
    DecisionKind,
    DecisionSource,
    ProposalStatus,
)
from secledger.domain.docfacts import label
from secledger.domain.errors import NotFound
from secledger.domain.marks import ClassificationMark, Retention, parse_mark
from secledger.services.carriers.items import names
from secledger.services.classification.common import today
from secledger.services.classification.notices import REASON_LABELS
from secledger.services.classification.worklists import (
    AckRow,
    ExpiringRow,
    MarkingRow,
    RelabelRow,
    ReviewRow,
    Summary,
    Worklist,
    count,
    page,
    summary,
)
from secledger.services.ledger.session import Ledger
from secledger.store.models.classification import (
    ClassificationDecision,
    ClassificationProposal,
    DecisionNotice,
    NoticeRecipient,
)
from secledger.store.models.people import Department, Person
from secledger.store.models.registry import Document

__all__ = [
    "AckRow", "DecisionDTO", "ExpiringRow", "MarkingRow", "NoticeDTO", "ProposalDTO",
    "RecipientDTO", "RelabelRow", "ReviewRow", "Summary", "Worklist", "count", "decision_dto",
    "decisions_of", "get_decision", "get_notice", "get_proposal", "notice_dto",
    "notice_of_decision", "page", "proposal_dto", "proposals", "scope_text", "summary",
]


def scope_text(s: Session, ntk: NeedToKnow) -> str:
    """知悉范围 in words with the people's and departments' names."""
    people = names(s, ntk.person_ids)
    depts = dict(s.execute(select(Department.id, Department.name).where(
        Department.id.in_(ntk.department_ids))).tuples().all()) if ntk.department_ids else {}
    return ntk.describe(people, depts)


# -- proposals ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ProposalDTO:
    id: int
    proposal_no: str
    document_id: int
    reg_no: str
    doc_no: str
    title: str
    kind: str
    kind_label: str
    status: str
    status_label: str
    proposer_id: int | None
    proposer: str
    opinion: str
    mark_now: str  # the document's mark when read
    proposed_mark: str  # what is asked ("" when the mark stays)
    proposed_scope: str  # 知悉范围 asked, in words ("" when it stays)
    proposed_no_copy: bool | None
    proposed_recall: bool | None
    basis_kind: str
    basis: str  # 定密依据 in words
    proposed_on: date
    due_on: date | None
    approval_id: int | None
    decision_id: int | None
    addressee: str  # received documents: the originator it was sent to
    sent_ref: str
    closed_at: datetime | None
    close_reason: str

    def days_left(self, today: date) -> int | None:
        """Days until the decision is due (negative: overdue); None when not pending."""
        if self.status != ProposalStatus.PENDING.value or self.due_on is None:
            return None
        return (self.due_on - today).days


def _proposed_mark(p: ClassificationProposal, doc: Document, change: Change,
                   retention: Retention | None) -> str:
    if p.kind == DecisionKind.DECLASSIFY.value:
        return "解密"
    if retention is not None:
        return ClassificationMark(parse_mark(doc.mark).level, retention).format()
    return change.mark.format() if change.mark is not None else ""


def proposal_dto(s: Session, p: ClassificationProposal) -> ProposalDTO:
    doc = s.get(Document, p.document_id)
    assert doc is not None
    content = json.loads(p.content or "{}")
    change = Change.from_dict(content.get("change") or {})
    ret = content.get("retention")
    retention = Retention.from_dict(ret) if ret else None
    proposer = s.get(Person, p.proposer_id) if p.proposer_id else None
    basis = Basis(BasisKind(p.basis_kind), p.basis_text, p.basis_source) if p.basis_kind \
        else None
    kind, status = DecisionKind(p.kind), ProposalStatus(p.status)
    return ProposalDTO(
        id=p.id, proposal_no=p.proposal_no, document_id=doc.id, reg_no=doc.reg_no,
        doc_no=doc.doc_no, title=doc.title, kind=kind.value, kind_label=kind.label,
        status=status.value, status_label=status.label, proposer_id=p.proposer_id,
        proposer=proposer.name if proposer else "", opinion=p.opinion, mark_now=doc.mark,
        proposed_mark=_proposed_mark(p, doc, change, retention),
        proposed_scope=scope_text(s, change.need_to_know) if change.need_to_know else "",
        proposed_no_copy=change.no_copy, proposed_recall=change.recall_required,
        basis_kind=p.basis_kind, basis=basis.describe() if basis else "",
        proposed_on=p.proposed_on, due_on=p.due_on, approval_id=p.approval_id,
        decision_id=p.decision_id, addressee=p.addressee, sent_ref=p.sent_ref,
        closed_at=p.closed_at, close_reason=p.close_reason,
    )


def get_proposal(led: Ledger, proposal_id: int) -> ProposalDTO:
    with led.db.read() as s:
        p = s.get(ClassificationProposal, proposal_id)
        if p is None:
            raise NotFound(what="定密（变更、解密）申请", key=str(proposal_id))
        return proposal_dto(s, p)


def proposals(led: Ledger, *, status: ProposalStatus | None = ProposalStatus.PENDING,
              overdue: bool = False, document_id: int | None = None,
              limit: int = 200) -> list[ProposalDTO]:
    """Proposals (pending by default), oldest due first; *overdue*: pending and past the
    ten-day limit (``classification_decide_days``)."""
    q = select(ClassificationProposal)
    if status is not None:
        q = q.where(ClassificationProposal.status == status.value)
    if overdue:
        q = q.where(ClassificationProposal.status == ProposalStatus.PENDING.value,
                    ClassificationProposal.due_on < today(led))
    if document_id is not None:
        q = q.where(ClassificationProposal.document_id == document_id)
    q = q.order_by(ClassificationProposal.due_on, ClassificationProposal.id).limit(limit)
    with led.db.read() as s:
        return [proposal_dto(s, p) for p in s.execute(q).scalars()]


# -- decisions ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DecisionDTO:
    id: int
    decision_no: str
    document_id: int
    reg_no: str
    doc_no: str
    title: str
    kind: str
    kind_label: str
    register_word: str  # 定密/变更/延期/解密/审核 (the 登记簿's column)
    source: str
    source_label: str
    decided_on: date
    decided_by_id: int | None
    decided_by: str
    authority: str  # 决定机关
    decision_ref: str  # 决定文号: the originator's notice 文号, else the unit's decision no.
    notice_on: date | None
    mark_before: str
    mark_after: str  # the new mark, or 已于…解密
    changed: tuple[str, ...]  # the facts it changed, in words
    scope_after: str
    basis: str
    reason: str
    declassified: bool
    carriers: int
    notice_id: int | None
    notice_no: str
    proposal_id: int | None
    approval_id: int | None
    recorded_at: datetime


def decision_dto(s: Session, d: ClassificationDecision) -> DecisionDTO:
    doc = s.get(Document, d.document_id)
    assert doc is not None
    who = s.get(Person, d.decided_by_id) if d.decided_by_id else None
    notice = s.execute(select(DecisionNotice).where(DecisionNotice.decision_id == d.id)
                       ).scalar_one_or_none()
    after = json.loads(d.after or "{}")
    before = json.loads(d.before or "{}")
    ntk = after.get("need_to_know") or before.get("need_to_know") or {}
    kind, source = DecisionKind(d.kind), DecisionSource(d.source)
    return DecisionDTO(
        id=d.id, decision_no=d.decision_no, document_id=doc.id, reg_no=doc.reg_no,
        doc_no=doc.doc_no, title=doc.title, kind=kind.value, kind_label=kind.label,
        register_word=kind.register_word, source=source.value, source_label=source.label,
        decided_on=d.decided_on, decided_by_id=d.decided_by_id,
        decided_by=who.name if who else "", authority=d.authority,
        decision_ref=d.notice_ref or d.decision_no, notice_on=d.notice_on,
        mark_before=d.mark_before, mark_after=d.mark_after,
        changed=tuple(label(k) for k in after),
        scope_after=scope_text(s, NeedToKnow.from_dict(ntk)) if ntk else "",
        basis=d.basis, reason=d.reason, declassified=d.declassified, carriers=d.carriers,
        notice_id=notice.id if notice else None, notice_no=notice.notice_no if notice else "",
        proposal_id=d.proposal_id, approval_id=d.approval_id, recorded_at=d.recorded_at,
    )


def get_decision(led: Ledger, decision_id: int) -> DecisionDTO:
    with led.db.read() as s:
        d = s.get(ClassificationDecision, decision_id)
        if d is None:
            raise NotFound(what="定密（变更、解密）决定", key=str(decision_id))
        return decision_dto(s, d)


def decisions_of(led: Ledger, document_id: int) -> list[DecisionDTO]:
    """Every decision about a document, oldest first (its classification history)."""
    with led.db.read() as s:
        rows = s.execute(select(ClassificationDecision).where(
            ClassificationDecision.document_id == document_id)
            .order_by(ClassificationDecision.id)).scalars()
        return [decision_dto(s, d) for d in rows]


# -- notices -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RecipientDTO:
    id: int
    person_id: int
    name: str
    department: str
    reason: str
    reason_label: str
    copies: str  # 份号 he holds
    acknowledged_on: date | None


@dataclass(frozen=True, slots=True)
class NoticeDTO:
    """密级变更（解密）通知: what the printed notice shows, with one row per recipient."""

    id: int
    notice_no: str
    decision: DecisionDTO
    issued_at: datetime
    recipients: tuple[RecipientDTO, ...]

    @property
    def acknowledged(self) -> int:
        return sum(1 for r in self.recipients if r.acknowledged_on is not None)

    @property
    def complete(self) -> bool:
        return self.acknowledged == len(self.recipients)


def notice_dto(s: Session, n: DecisionNotice) -> NoticeDTO:
    d = s.get(ClassificationDecision, n.decision_id)
    assert d is not None
    rows = s.execute(
        select(NoticeRecipient, Person.name, Department.name)
        .join(Person, Person.id == NoticeRecipient.person_id)
        .outerjoin(Department, Department.id == Person.department_id)
        .where(NoticeRecipient.notice_id == n.id).order_by(NoticeRecipient.id)).tuples().all()
    return NoticeDTO(n.id, n.notice_no, decision_dto(s, d), n.issued_at, tuple(
        RecipientDTO(r.id, r.person_id, name, dept or "", r.reason,
                     REASON_LABELS.get(r.reason, r.reason), r.copies, r.acknowledged_on)
        for r, name, dept in rows))


def get_notice(led: Ledger, notice_id: int) -> NoticeDTO:
    with led.db.read() as s:
        n = s.get(DecisionNotice, notice_id)
        if n is None:
            raise NotFound(what="密级变更（解密）通知", key=str(notice_id))
        return notice_dto(s, n)


def notice_of_decision(led: Ledger, decision_id: int) -> NoticeDTO | None:
    with led.db.read() as s:
        n = s.execute(select(DecisionNotice).where(DecisionNotice.decision_id == decision_id)
                      ).scalar_one_or_none()
        return notice_dto(s, n) if n is not None else None
