"""What an approver needs to see of a 定密 (变更, 延期, 解密) proposal before deciding it in
the 审批 queue: the document and its carriers still held, the mark now and the mark asked,
the 知悉范围, the 定密依据, the 承办人's opinion, the ten-day limit, and the level a
deciding 定密责任人's designation must cover (the decision is refused below it). Plain data
for the approvals pane's request detail (subject kind ``classification``); the printable
form is ``printing.print_approval_form``."""

from __future__ import annotations

from dataclasses import dataclass

from secledger.domain.classification import DecisionKind, required_level
from secledger.domain.errors import MarkError
from secledger.domain.marks import parse_mark
from secledger.services.classification import read
from secledger.services.classification.common import held_carriers, today
from secledger.services.ledger.session import Ledger

#: the printable form of a classification approval (``printing.print_approval_form``)
FORM = "classification"


@dataclass(frozen=True, slots=True)
class ProposalView:
    number: str  # 定审2026-00001
    proposer: str  # 承办人
    opinion: str  # 承办人意见 / the reason
    document_id: int
    carrier_ids: tuple[int, ...]  # the document's carriers the unit still holds
    #: (key, value): kind, document, mark_now, proposed, scope, basis, due, days_left,
    #: level_needed (the designation the decider must hold)
    facts: tuple[tuple[str, str], ...]
    form: str = FORM


def _level_needed(mark_now: str, proposed: str) -> str:
    try:
        before = parse_mark(mark_now).level
        after = parse_mark(proposed).level if proposed and proposed != "解密" else before
    except MarkError:
        return ""
    return required_level(before, after).label


def proposal_view(led: Ledger, proposal_id: int) -> ProposalView:
    p = read.get_proposal(led, proposal_id)
    with led.db.read() as s:
        carriers = tuple(c.id for c in held_carriers(s, p.document_id))
    left = p.days_left(today(led))
    facts = (
        ("kind", DecisionKind(p.kind).label),
        ("document", f"{p.reg_no}《{p.title}》" + (f"（{p.doc_no}）" if p.doc_no else "")),
        ("mark_now", p.mark_now), ("proposed", p.proposed_mark),
        ("scope", p.proposed_scope), ("basis", p.basis),
        ("due", p.due_on.isoformat() if p.due_on else ""),
        ("days_left", "" if left is None else str(left)),
        ("level_needed", _level_needed(p.mark_now, p.proposed_mark)),
    )
    return ProposalView(p.proposal_no, p.proposer, p.opinion, p.document_id, carriers,
                        tuple((k, v) for k, v in facts if v))
