"""What the classification forms print, as plain DTOs (the forms themselves belong in
``reports/``): the 国家秘密事项定密审批表 of a proposal, and the rows of the
定（解）密工作情况登记簿 of a year, read page by page in decision order. The
密级变更（解密）通知 is ``read.NoticeDTO``; the 保密期限届满提醒清单 and 年度审核清单 are the
worklists' rows (``read.page``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from secledger.domain.access import NeedToKnow
from secledger.domain.classification import DecisionKind
from secledger.domain.enums import CarrierType
from secledger.domain.errors import NotFound
from secledger.services.approvals.requests import VIA_LABELS
from secledger.services.classification.read import ProposalDTO, proposal_dto, scope_text
from secledger.services.ledger.session import Ledger
from secledger.store.models.approvals import Approval
from secledger.store.models.classification import ClassificationProposal
from secledger.store.models.people import Person


@dataclass(frozen=True, slots=True)
class ApprovalFormDTO:
    """国家秘密事项定密审批表 (and the same form for a 变更, 延期 or 解密 proposal)."""

    form_title: str
    unit_name: str
    proposal_no: str
    kind_label: str
    title: str  # 事项/文件
    doc_no: str
    reg_no: str
    mark_now: str
    proposed_mark: str  # 拟定密级及保密期限 (or 解密)
    proposed_scope: str  # 知悉范围
    basis: str  # 定密依据
    proposer: str  # 承办人
    opinion: str  # 承办人意见
    proposed_on: date
    due_on: date | None
    classifier: str  # 定密责任人 (when decided)
    decision: str  # 同意 / 不同意 / 待审批 …
    decision_reason: str
    decided_on: date | None
    via: str  # 系统内审批 / 纸质审批单 …
    form_no: str


def approval_form(led: Ledger, proposal_id: int) -> ApprovalFormDTO:
    with led.db.read() as s:
        p = s.get(ClassificationProposal, proposal_id)
        if p is None:
            raise NotFound(what="定密（变更、解密）申请", key=str(proposal_id))
        return _form(led.unit_name, proposal_dto(s, p),
                     s.get(Approval, p.approval_id) if p.approval_id else None, s)


def _form(unit: str, dto: ProposalDTO, a: Approval | None, s: Session) -> ApprovalFormDTO:
    kind = DecisionKind(dto.kind)
    title = ("国家秘密事项定密审批表" if kind is DecisionKind.DESIGNATE
             else f"国家秘密事项{kind.label}审批表")
    who = s.get(Person, a.decided_by_person_id) if a and a.decided_by_person_id else None
    decided = None
    if a is not None:
        decided = a.paper_date or (a.decided_at.date() if a.decided_at else None)
    return ApprovalFormDTO(
        form_title=title, unit_name=unit, proposal_no=dto.proposal_no,
        kind_label=kind.label, title=dto.title, doc_no=dto.doc_no, reg_no=dto.reg_no,
        mark_now=dto.mark_now, proposed_mark=dto.proposed_mark,
        proposed_scope=dto.proposed_scope, basis=dto.basis, proposer=dto.proposer,
        opinion=dto.opinion, proposed_on=dto.proposed_on, due_on=dto.due_on,
        classifier=who.name if who else "",
        decision={"approved": "同意", "rejected": "不同意"}.get(a.status if a else "",
                                                            dto.status_label),
        decision_reason=a.reason if a else "", decided_on=decided,
        via=VIA_LABELS.get(a.via, "") if a else "", form_no=a.paper_form_no if a else "",
    )


# -- 定（解）密工作情况登记簿 ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RegisterRowDTO:
    """One row of the 定（解）密工作情况登记簿."""

    id: int  # decision id (keyset)
    decided_on: date
    title: str
    doc_no: str
    reg_no: str
    mark_before: str  # 原密级及期限
    kind: str  # 定密/变更/延期/解密/审核
    mark_after: str  # 新密级及期限, or 已于…解密
    decision_ref: str  # 决定文号
    carrier_form: str  # 载体形式: 纸质、光盘 …
    quantity: int  # 数量 (copies registered)
    distribution: str  # 分发（知悉）范围
    decided_by: str  # 决定人 / 决定机关


_REGISTER_SQL = (
    "SELECT k.id, k.decided_on, d.title, d.doc_no, d.reg_no, k.mark_before, k.kind,"
    " k.mark_after, coalesce(nullif(k.notice_ref, ''), k.decision_no), d.need_to_know,"
    " (SELECT group_concat(DISTINCT c.carrier_type) FROM carriers c WHERE c.document_id = d.id),"
    " (SELECT count(*) FROM carriers c WHERE c.document_id = d.id),"
    " coalesce(p.name, k.authority)"
    " FROM classification_decisions k JOIN documents d ON d.id = k.document_id"
    " LEFT JOIN people p ON p.id = k.decided_by_id"
    " WHERE k.year = :year AND k.id > :after ORDER BY k.id LIMIT :limit"
)


def register_rows(led: Ledger, *, year: int, after: int = 0,
                  limit: int = 500) -> list[RegisterRowDTO]:
    """Decisions recorded in *year*, in order, after decision id *after* (keyset)."""
    with led.db.read() as s:
        return _rows(s, year, after, limit)


def iter_register(led: Ledger, *, year: int, page: int = 2000) -> Iterator[RegisterRowDTO]:
    """Every row of *year*'s register, streamed page by page (for printing)."""
    after = 0
    while True:
        rows = register_rows(led, year=year, after=after, limit=page)
        yield from rows
        if len(rows) < page:
            return
        after = rows[-1].id


def _rows(s: Session, year: int, after: int, limit: int) -> list[RegisterRowDTO]:
    raw = s.execute(text(_REGISTER_SQL), {"year": year, "after": after, "limit": limit}).all()
    scopes: dict[str, str] = {}
    out = []
    for r in raw:
        if r[9] not in scopes:
            scopes[r[9]] = scope_text(s, NeedToKnow.from_dict(json.loads(r[9] or "{}")))
        kinds = [CarrierType(t).label for t in sorted(str(r[10] or "").split(",")) if t]
        out.append(RegisterRowDTO(
            id=int(r[0]), decided_on=date.fromisoformat(str(r[1])[:10]), title=r[2],
            doc_no=r[3], reg_no=r[4], mark_before=r[5],
            kind=DecisionKind(r[6]).register_word, mark_after=r[7], decision_ref=r[8],
            carrier_form="、".join(kinds), quantity=int(r[11]), distribution=scopes[r[9]],
            decided_by=r[12] or ""))
    return out
