"""定密 and the other proposals: for the unit's own documents the 承办人 proposes, a
定密责任人 decides; for received documents the unit may only propose to the originator.

Own documents (发文/制作). The clerk records the 承办人's proposal (定密: 密级, 保密期限 and
知悉范围 together, with the 定密依据 — an item of the 保密事项范围 or 派生 and its source;
变更, 延期 or 提前解密 with the reason). It goes to the ONE approval mechanism
(``services/approvals``, subject kind ``classification``): it appears in every approver's
queue and may be decided in the app or transcribed from the signed 定密审批表. The approval
hook writes the decision (``decisions.apply``) in the deciding transaction, which refuses
an approver without a 定密 designation covering the level (``no_authority`` /
``above_authority``): the approval and the decision stand or fall together. Nobody
approves a proposal he typed or made as 承办人 (the approvals' 回避 rule). The decision is
due within ``classification_decide_days`` (policy, default 10) of the proposal; pending
proposals past it are listed as overdue (``read.proposals(overdue=True)``).

Why the approvals and not a list of its own: the 定密责任人 acts through an approver
account, paper decisions are transcribed the same way, and the 回避 rule, the queue and the
history are already there; the designation check is the only thing 定密 adds, in the hook.

Received documents. The clerk records the unit's proposal sent to the originator
(``record_sent_proposal``); the originator's answer is recorded with its notice
(``decisions.record_originator_decision``), which closes the proposal it names.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

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
    is_own,
)
from secledger.domain.enums import Role
from secledger.domain.errors import NotFound, RuleViolation, ValidationError
from secledger.domain.marks import ClassificationMark, Retention
from secledger.services.approvals import requests as approvals
from secledger.services.carriers.items import person
from secledger.services.carriers.refs import clean
from secledger.services.classification import decisions, notices
from secledger.services.classification.common import (
    PROPOSAL_PREFIX,
    PROPOSAL_REGISTER,
    check_still_secret,
    facts_of,
    load_document,
    record_no,
    today,
)
from secledger.services.classification.read import ProposalDTO, proposal_dto
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import policy_int, utc_naive
from secledger.store.models.approvals import Approval
from secledger.store.models.classification import ClassificationDecision, ClassificationProposal
from secledger.store.models.registry import Document

SUBJECT = "classification"
RULE = ("国家秘密的确定、变更和解除由本单位定密责任人在其定密权限内决定（保守国家秘密法第十六条、"
        "第二十三条，实施条例第十七条）；承办人提出的事项不得由其本人审批")
_UNIT_KINDS = (DecisionKind.DESIGNATE, DecisionKind.CHANGE, DecisionKind.EXTEND,
               DecisionKind.DECLASSIFY)


@dataclass(frozen=True, slots=True)
class ProposalInput:
    """A proposal for a decision about the unit's own document (see the module docstring).

    定密 needs *mark*, *need_to_know* and *basis*; 变更 any of *mark*, *need_to_know*,
    *no_copy*, *recall_required*; 延期 *retention*; 提前解密 nothing more. Every kind but
    定密 needs the reason (*opinion*). *recipients* names the notice's recipients (holders
    and the people in scope are always among them; leaving one out is refused)."""

    document_id: int
    kind: DecisionKind
    proposer_id: int  # 承办人
    mark: ClassificationMark | None = None
    retention: Retention | None = None
    need_to_know: NeedToKnow | None = None
    no_copy: bool | None = None
    recall_required: bool | None = None
    basis: Basis | None = None
    opinion: str = ""  # 承办人意见 / the reason
    recipients: tuple[int, ...] | None = None

    @property
    def change(self) -> Change:
        return Change(self.mark, self.need_to_know, self.no_copy, self.recall_required)


def _check_input(inp: ProposalInput, opinion: str) -> None:
    if not inp.proposer_id:
        raise ValidationError("classification.proposer_required", field="proposer")
    if inp.kind not in _UNIT_KINDS:
        raise ValidationError("classification.kind_invalid", field="kind", kind=inp.kind.label)
    if inp.kind is DecisionKind.DESIGNATE:
        if inp.mark is None or inp.need_to_know is None or inp.basis is None:
            raise ValidationError("classification.designation_incomplete", field="mark")
        inp.basis.check()
    elif not opinion:
        raise ValidationError("classification.reason_required", field="opinion",
                              kind=inp.kind.label)


def _check_document(s: Session, doc: Document, kind: DecisionKind) -> None:
    if not is_own(doc.register):
        raise RuleViolation("classification.received_document", reg_no=doc.reg_no,
                            unit=doc.unit or "来文单位")
    check_still_secret(s, doc)
    pending = s.execute(select(ClassificationProposal.proposal_no).where(
        ClassificationProposal.document_id == doc.id,
        ClassificationProposal.status == ProposalStatus.PENDING.value)).scalar()
    if pending:
        raise RuleViolation("classification.proposal_pending", reg_no=doc.reg_no,
                            proposal_no=pending)
    designated = s.execute(select(ClassificationDecision.decision_no).where(
        ClassificationDecision.document_id == doc.id,
        ClassificationDecision.kind == DecisionKind.DESIGNATE.value)).scalar()
    if kind is DecisionKind.DESIGNATE and designated:
        raise RuleViolation("classification.already_designated", reg_no=doc.reg_no,
                            decision_no=designated)


def _spec(inp: ProposalInput | ClassificationProposal, on: date) -> decisions.DecisionSpec:
    """The decision a proposal asks for, decided on *on* (the proposer's data only)."""
    if isinstance(inp, ProposalInput):
        kind, change, retention = inp.kind, inp.change, inp.retention
        basis = inp.basis.describe() if inp.basis else ""
        reason, recipients = inp.opinion.strip(), inp.recipients
    else:
        content = json.loads(inp.content or "{}")
        kind, change = DecisionKind(inp.kind), Change.from_dict(content.get("change") or {})
        ret = content.get("retention")
        retention = Retention.from_dict(ret) if ret else None
        basis = _basis_text(inp)
        reason = inp.opinion
        recipients = tuple(json.loads(inp.recipients)) if inp.recipients else None
    return decisions.DecisionSpec(kind=kind, source=DecisionSource.UNIT, decided_on=on,
                                  change=change, retention=retention, basis=basis,
                                  reason=reason, recipients=recipients)


def _basis_text(p: ClassificationProposal) -> str:
    if not p.basis_kind:
        return ""
    return Basis(BasisKind(p.basis_kind), p.basis_text, p.basis_source).describe()


def propose(led: Ledger, inp: ProposalInput) -> ProposalDTO:
    """Record the 承办人's proposal and put it to a 定密责任人 (clerk). The decision it asks
    for is checked now as it will be when decided (bad input refused, nothing written)."""
    led.require(Role.CLERK, "登记定密（变更、解密）申请")
    opinion = clean(inp.opinion, "承办人意见", 2000)
    _check_input(inp, opinion)
    day = today(led)
    with led.db.write() as s:
        doc = load_document(s, inp.document_id)
        _check_document(s, doc, inp.kind)
        proposer = person(s, inp.proposer_id, role="承办人")
        spec = _spec(inp, day)
        before = facts_of(doc)
        after = decisions.after_facts(doc, before, spec)
        if inp.kind.needs_notice:
            notices.recipients(s, doc, before, after, inp.recipients)
        p = _new_row(s, led, doc, inp, proposer.id, opinion, day)
        p.approval_id = approvals.request_approval(
            s, led, subject_kind=SUBJECT, subject_id=p.id,
            summary=_summary(p, doc, before.mark.format(), after.mark.format(), proposer.name),
            rule=RULE, beneficiary_person_id=proposer.id)
        led.event(s, "classification.proposed", {
            "proposal_id": p.id, "proposal_no": p.proposal_no, "kind": p.kind,
            "proposer_id": p.proposer_id, "content": json.loads(p.content),
            "basis": spec.basis, "opinion": opinion, "approval_id": p.approval_id,
            "due_on": p.due_on.isoformat() if p.due_on else None,
        }, document_id=doc.id, person_id=proposer.id)
        return proposal_dto(s, p)


def _new_row(s: Session, led: Ledger, doc: Document, inp: ProposalInput, proposer_id: int,
             opinion: str, day: date) -> ClassificationProposal:
    number, no = record_no(s, PROPOSAL_REGISTER, PROPOSAL_PREFIX, day.year)
    basis = inp.basis
    p = ClassificationProposal(
        proposal_no=no, year=day.year, number=number, document_id=doc.id, kind=inp.kind.value,
        proposer_id=proposer_id, opinion=opinion,
        content=json.dumps({"change": inp.change.to_dict(), "retention":
                            inp.retention.to_dict() if inp.retention else None},
                           ensure_ascii=False, sort_keys=True),
        basis_kind=basis.kind.value if basis else "",
        basis_text=basis.text.strip() if basis else "",
        basis_source=basis.source.strip() if basis else "",
        recipients=json.dumps(list(inp.recipients)) if inp.recipients is not None else "",
        status=ProposalStatus.PENDING.value, proposed_at=utc_naive(led.now()), proposed_on=day,
        due_on=day + timedelta(days=policy_int(led, "classification_decide_days")),
        requested_by_user_id=led.user.id,
    )
    s.add(p)
    s.flush()
    return p


def _summary(p: ClassificationProposal, doc: Document, before: str, after: str,
             proposer: str) -> str:
    kind = DecisionKind(p.kind)
    what = {
        DecisionKind.DESIGNATE: f"拟定为{after}",
        DecisionKind.CHANGE: f"拟由{before}变更为{after}",
        DecisionKind.EXTEND: f"拟将保密期限由{before}延长为{after}",
        DecisionKind.DECLASSIFY: f"拟提前解密（现为{before}）",
    }[kind]
    return f"{kind.label}审批{p.proposal_no}：{doc.reg_no}《{doc.title}》{what}（承办人：{proposer}）"


def _on_decided(s: Session, led: Ledger, row: Approval) -> None:
    """Approvals hook: an approved proposal becomes the decision, in the same transaction."""
    p = s.get(ClassificationProposal, row.subject_id)
    if p is None or p.status != ProposalStatus.PENDING.value:
        return
    p.closed_at = utc_naive(led.now())
    if row.status != approvals.APPROVED:
        p.status = ProposalStatus.REJECTED.value
        p.close_reason = row.reason
        return
    on = row.paper_date or today(led)
    spec = _spec(p, on)
    doc = load_document(s, p.document_id)
    d = decisions.apply(s, led, doc, decisions.DecisionSpec(
        kind=spec.kind, source=spec.source, decided_on=on, change=spec.change,
        retention=spec.retention, decided_by_id=row.decided_by_person_id, proposal_id=p.id,
        approval_id=row.id, basis=spec.basis, reason=spec.reason,
        recipients=spec.recipients))
    p.status, p.decision_id = ProposalStatus.APPROVED.value, d.id


approvals.register_hook(SUBJECT, _on_decided)


def withdraw(led: Ledger, *, proposal_id: int, reason: str) -> ProposalDTO:
    """Withdraw a pending proposal (clerk); its approval is withdrawn with it."""
    led.require(Role.CLERK, "撤回定密（变更、解密）申请")
    why = clean(reason, "撤回原因", 1000)
    if not why:
        raise ValidationError("doc.reason_required", field="reason", what="撤回")
    with led.db.write() as s:
        p = _proposal(s, proposal_id)
        if p.status != ProposalStatus.PENDING.value:
            raise RuleViolation("classification.proposal_status", proposal_no=p.proposal_no,
                                status=ProposalStatus(p.status).label)
        if p.approval_id is not None:
            approvals.cancel(s, led, p.approval_id, why)
        p.status, p.close_reason = ProposalStatus.WITHDRAWN.value, why
        p.closed_at = utc_naive(led.now())
        led.event(s, "classification.proposal_withdrawn", {
            "proposal_id": p.id, "proposal_no": p.proposal_no, "reason": why,
        }, document_id=p.document_id)
        return proposal_dto(s, p)


def _proposal(s: Session, proposal_id: int) -> ClassificationProposal:
    p = s.get(ClassificationProposal, proposal_id)
    if p is None:
        raise NotFound(what="定密（变更、解密）申请", key=str(proposal_id))
    return p


# -- received documents: a proposal sent to the originator -------------------------------------
@dataclass(frozen=True, slots=True)
class SentProposalInput:
    """The unit's proposal to the originator of a received document (it may only propose)."""

    document_id: int
    kind: DecisionKind  # CHANGE | EXTEND | DECLASSIFY
    addressee: str  # 原定密机关
    sent_on: date
    sent_ref: str = ""  # the letter's 文号
    opinion: str = ""  # what the unit proposes and why
    proposer_id: int | None = None


def record_sent_proposal(led: Ledger, inp: SentProposalInput) -> ProposalDTO:
    """Record a proposal sent to the originator (clerk); answered when its notice comes."""
    led.require(Role.CLERK, "登记报原定密机关的建议")
    addressee = clean(inp.addressee, "原定密机关", 200)
    opinion = clean(inp.opinion, "建议内容", 2000)
    if not addressee or not opinion:
        raise ValidationError("classification.sent_incomplete", field="addressee")
    if inp.kind not in _UNIT_KINDS[1:]:
        raise ValidationError("classification.kind_invalid", field="kind", kind=inp.kind.label)
    if inp.sent_on > today(led):
        raise ValidationError("doc.future_date", field="sent_on", what="报送日期",
                              date=inp.sent_on.isoformat())
    with led.db.write() as s:
        doc = load_document(s, inp.document_id)
        check_still_secret(s, doc)
        if inp.proposer_id is not None:
            person(s, inp.proposer_id, role="承办人")
        number, no = record_no(s, PROPOSAL_REGISTER, PROPOSAL_PREFIX, inp.sent_on.year)
        p = ClassificationProposal(
            proposal_no=no, year=inp.sent_on.year, number=number, document_id=doc.id,
            kind=inp.kind.value, proposer_id=inp.proposer_id, opinion=opinion, content="{}",
            addressee=addressee, sent_ref=clean(inp.sent_ref, "文号", 100),
            sent_on=inp.sent_on, status=ProposalStatus.SENT.value,
            proposed_at=utc_naive(led.now()), proposed_on=inp.sent_on, due_on=None,
            requested_by_user_id=led.user.id)
        s.add(p)
        s.flush()
        led.event(s, "classification.proposal_sent", {
            "proposal_id": p.id, "proposal_no": p.proposal_no, "kind": p.kind,
            "addressee": addressee, "sent_ref": p.sent_ref, "sent_on": inp.sent_on.isoformat(),
            "opinion": opinion,
        }, document_id=doc.id)
        return proposal_dto(s, p)
