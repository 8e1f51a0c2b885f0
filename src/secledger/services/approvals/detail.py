"""What an approver sees before deciding: the whole request, not a one-line summary.

``detail`` gives every carrier the request covers (登记号, title, 密级, 份号, state,
holder), who asked and for whom, the reason, the facts of the request (copies and medium, a
loan's mode, a manifest's checker …), counts by level, the rule that applies and the form
that can be printed for signature. ``waiting`` lists what waits for the user's roles,
including what he may not decide himself, with the rule that says so (本人申请不得自批), so
the queue never silently hides a request.

Each subject kind describes itself through a function registered here
(``register_subject("loan", fn)``; ``fn(ledger, subject_id) -> Subject``); a new workflow
adds its own the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from secledger.domain.enums import Role
from secledger.domain.errors import NotFound, RuleViolation
from secledger.services.approvals import requests as approvals
from secledger.services.approvals.requests import PENDING, ApprovalDTO, approval_dto
from secledger.services.carriers.items import CarrierItem, LevelCount, count_levels, items_by_id
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import format_local
from secledger.store.models.approvals import Approval

Params = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Subject:
    """What an approval is about. ``facts`` are (key, value) pairs whose keys the approvals
    pane names (``copies``, ``medium``, ``mode`` …); ``form`` the printable form (``copy``,
    ``loan``, ``destruction``; "" when none)."""

    number: str
    beneficiary: str
    reason: str
    items: tuple[CarrierItem, ...]
    facts: tuple[tuple[str, str], ...] = ()
    form: str = ""
    #: the levels of what the request covers besides carriers (devices and media)
    other_levels: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """A pending approval for the user's roles; ``blocked_code`` (with its params) says why he
    may not decide it himself ("" when he may)."""

    approval: ApprovalDTO
    blocked_code: str = ""
    blocked_params: Params = ()

    @property
    def blocked(self) -> bool:
        return bool(self.blocked_code)


@dataclass(frozen=True, slots=True)
class ApprovalDetail:
    entry: QueueEntry
    subject: Subject
    by_level: tuple[LevelCount, ...]

    @property
    def approval(self) -> ApprovalDTO:
        return self.entry.approval


SubjectFn = Callable[[Ledger, int], Subject]
_SUBJECTS: dict[str, SubjectFn] = {}


def register_subject(kind: str, fn: SubjectFn) -> None:
    """Register how approvals of *kind* describe their subject."""
    _SUBJECTS[kind] = fn


def waiting(led: Ledger) -> list[QueueEntry]:
    """Pending approvals the user's roles decide, oldest first, each with the rule that keeps
    him from deciding it (his own request, or one for his benefit) when one does."""
    user = led.user
    roles = [r.value for r in user.roles]
    with led.db.read() as s:
        rows = s.execute(select(Approval).where(Approval.status == PENDING,
                                                Approval.required_role.in_(roles))
                         .order_by(Approval.requested_at, Approval.id)).scalars().all()
        return [_entry(s, r, user.person_id) for r in rows]


def detail(led: Ledger, approval_id: int) -> ApprovalDetail:
    """The whole request behind approval *approval_id*."""
    user = led.user
    with led.db.read() as s:
        row = s.get(Approval, approval_id)
        if row is None:
            raise NotFound(what="审批", key=str(approval_id))
        entry = _entry(s, row, user.person_id)
        kind, subject_id = row.subject_kind, row.subject_id
        if Role(row.required_role) not in user.roles:
            role = Role(row.required_role)
            entry = QueueEntry(entry.approval, "auth.permission_denied",
                               (("role", role.value), ("role_label", role.label),
                                ("action", "审批")))
    fn = _SUBJECTS.get(kind)
    subject = fn(led, subject_id) if fn is not None else Subject("", "", entry.approval.summary,
                                                                  ())
    levels = [*(i.level for i in subject.items), *subject.other_levels]
    return ApprovalDetail(entry, subject, count_levels(levels))


def _entry(s: Any, row: Approval, person_id: int) -> QueueEntry:
    try:
        approvals.check_not_own(s, row, person_id)
    except RuleViolation as exc:
        params = tuple(sorted((k, str(v)) for k, v in exc.params.items()))
        return QueueEntry(approval_dto(s, row), exc.code, params)
    return QueueEntry(approval_dto(s, row))


# -- the subjects of this ledger's workflows ----------------------------------------------
def _items(led: Ledger, ids: list[int]) -> tuple[CarrierItem, ...]:
    with led.db.read() as s:
        found = items_by_id(s, ids)
    return tuple(found[i] for i in ids if i in found)


def _copy(led: Ledger, request_id: int) -> Subject:
    from secledger.services.disposal import copying_read

    r = copying_read.get_request(led, request_id)
    facts = [("copies", str(r.copies)), ("medium", r.medium_label), ("pages", str(r.pages)),
             ("department", r.department),
             ("needed_by", r.needed_by.isoformat() if r.needed_by else "")]
    if r.origin_body or r.origin_ref:
        day = r.origin_date.isoformat() if r.origin_date else ""
        facts.append(("origin", "　".join(x for x in (r.origin_body, r.origin_ref, day) if x)))
    return Subject(r.request_no, r.requester, r.reason, _items(led, [r.source.carrier_id]),
                   tuple(facts), "copy")


def _loan(led: Ledger, loan_id: int) -> Subject:
    from secledger.services.custody import loans_read

    loan = loans_read.get_loan(led, loan_id)
    facts = [("mode", loan.mode_label), ("department", loan.department),
             ("clearance", loan.clearance),
             ("due", format_local(led, loan.due_at) if loan.due_at else "")]
    return Subject(loan.loan_no, loan.borrower, loan.purpose,
                   _items(led, [i.carrier.carrier_id for i in loan.items]), tuple(facts), "loan")


def _destruction(led: Ledger, manifest_id: int) -> Subject:
    from secledger.services.disposal import destruction_read

    m = destruction_read.get_manifest(led, manifest_id)
    facts = [("prepared_by", m.prepared_by), ("checked_by", m.checked_by)]
    if m.media_lines:  # devices and media on the list, each with its type, number and level
        facts.append(("media", "；".join(
            f"{ln.device_no}（{ln.type_label}，{ln.level_label}"
            + (f"，序列号{ln.serial_no}" if ln.serial_no else "") + "）" for ln in m.media_lines)))
    if m.totals is not None:
        facts.append(("by_medium", "，".join(f"{x.label} {x.count}" for x in m.totals.by_type)))
    return Subject(m.reg_no, "", m.note, tuple(ln.item for ln in m.lines), tuple(facts),
                   "destruction", other_levels=tuple(ln.level for ln in m.media_lines))


def _classification(led: Ledger, proposal_id: int) -> Subject:
    """A 定密/变更/延期/解密 proposal: the document, the mark now and proposed, the 知悉范围,
    the 定密依据, the ten-day limit and the level the deciding 定密责任人 must cover."""
    from secledger.services.classification.approval_view import proposal_view

    v = proposal_view(led, proposal_id)
    return Subject(v.number, v.proposer, v.opinion, _items(led, list(v.carrier_ids)),
                   v.facts, v.form)


def _carry_out(led: Ledger, carry_out_id: int) -> Subject:
    """A 携带外出 request: who carries (two or more for 绝密), where, the period out, whether
    it is a foreign-affairs activity or goes abroad, the protective measures the approval
    covers."""
    from secledger.services.custody import carry_out_read

    c = carry_out_read.get_carry_out(led, carry_out_id)
    flags = (("foreign_affairs", "✓" if c.foreign_affairs else ""),
             ("abroad", "✓" if c.abroad else ""))
    facts = (("bearers", c.people_text), ("department", c.department),
             ("destination", c.destination),
             ("period", f"{c.out_on.isoformat()} – {c.back_on.isoformat()}"), *flags,
             ("measures", c.measures))
    return Subject(c.reg_no, c.holder, c.purpose,
                   _items(led, [i.carrier.carrier_id for i in c.items]), facts, "carry_out")


def _media_loan(led: Ledger, loan_id: int) -> Subject:
    """借用 of a removable medium (the medium itself, no carrier)."""
    from secledger.services.media.approval_view import loan_view

    v = loan_view(led, loan_id)
    return Subject(v.number, v.beneficiary, v.reason, (), v.facts, v.form)


def _media_repair(led: Ledger, repair_id: int) -> Subject:
    """维修 of a device or medium, printable as the 涉密设备维修审批表."""
    from secledger.services.media.approval_view import repair_view

    v = repair_view(led, repair_id)
    return Subject(v.number, v.beneficiary, v.reason, (), v.facts, v.form)


for _kind, _fn in (("copy", _copy), ("loan", _loan), ("destruction", _destruction),
                   ("classification", _classification), ("carry_out", _carry_out),
                   ("media_loan", _media_loan),
                   ("media_repair", _media_repair)):
    register_subject(_kind, _fn)
