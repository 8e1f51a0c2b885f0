"""审批: ONE mechanism for every approval (loans, copying, destruction, retention …).

An approval names its subject (``subject_kind`` + ``subject_id``), what is asked, the rule
that decided who may approve it, and — once decided — the approver, the decision with its
reason, the time, and whether it was given in the app or transcribed from a signed paper
form (form number, date). Requests and decisions are events in the chain.

Subject modules follow decisions through a hook registered at import time::

    approvals.register_hook("loan", _on_loan_decided)   # fn(session, ledger, approval_row)

The hook runs inside the deciding transaction, so the subject's status always follows.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.dates import check_day
from secledger.domain.enums import Role
from secledger.domain.errors import PermissionDenied, RuleViolation, ValidationError
from secledger.services.carriers.items import record
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now, utc_naive
from secledger.store.models.approvals import Approval
from secledger.store.models.circulation import Retention
from secledger.store.models.copying import CopyRequest
from secledger.store.models.loans import Loan
from secledger.store.models.people import Person, User

ApprovalRow = Approval
Hook = Callable[[Session, Ledger, Approval], None]

PENDING = "pending"
APPROVED = "approved"
REJECTED = "rejected"
CANCELLED = "cancelled"
STATUS_LABELS = {PENDING: "待审批", APPROVED: "已批准", REJECTED: "未批准", CANCELLED: "已撤销"}
VIA_LABELS = {"app": "系统内审批", "paper": "纸质审批单"}

_HOOKS: dict[str, Hook] = {}
#: Modules imported on demand when a decision finds no hook for its subject kind
#: (a subject module normally registers its hook when it is imported). Add yours here.
HOOK_MODULES: dict[str, str] = {
    "loan": "secledger.services.custody.loans",
    "copy": "secledger.services.disposal.copying",
    "destruction": "secledger.services.disposal.destruction",
    "classification": "secledger.services.classification.proposals",
    "carry_out": "secledger.services.custody.carry_out",
    "media_loan": "secledger.services.media.lending",
    "media_repair": "secledger.services.media.repair",
}


@dataclass(frozen=True, slots=True)
class ApprovalDTO:
    id: int
    subject_kind: str
    subject_id: int
    summary: str
    rule: str
    status: str
    requested_by: str
    requested_at: datetime
    decided_by: str
    decided_at: datetime | None
    reason: str
    via: str
    paper_form_no: str
    paper_date: date | None
    required_role: str = Role.APPROVER.value
    requested_by_user_id: int | None = None
    decided_by_person_id: int | None = None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def via_label(self) -> str:
        return VIA_LABELS.get(self.via, "")

    @property
    def is_pending(self) -> bool:
        return self.status == PENDING


def register_hook(subject_kind: str, fn: Hook) -> None:
    """Register the function that makes *subject_kind* follow its approval decisions."""
    _HOOKS[subject_kind] = fn


def _hook(kind: str) -> Hook | None:
    if kind not in _HOOKS and kind in HOOK_MODULES:
        importlib.import_module(HOOK_MODULES[kind])
    return _HOOKS.get(kind)


# -- requesting ------------------------------------------------------------------------
def request_approval(
    s: Session, led: Ledger, *, subject_kind: str, subject_id: int, summary: str, rule: str,
    required_role: Role = Role.APPROVER, extra: dict[str, Any] | None = None,
    beneficiary_person_id: int | None = None,
) -> int:
    """Open a pending approval in the caller's transaction; returns its id.

    *beneficiary_person_id* is the person the request benefits (requester of a copy,
    borrower, recipient): they may not approve it (nor may the user typing it)."""
    user = led.user
    data = dict(extra or {})
    if beneficiary_person_id is not None:
        data[BENEFICIARY] = beneficiary_person_id
    row = Approval(
        subject_kind=subject_kind, subject_id=subject_id, summary=summary.strip(),
        rule=rule.strip(), required_role=required_role.value, requested_by_user_id=user.id,
        requested_at=utc_naive(led.now()), status=PENDING,
        extra=json.dumps(data, ensure_ascii=False, sort_keys=True),
    )
    s.add(row)
    s.flush()
    led.event(s, "approval.requested", {
        "approval_id": row.id, "subject_kind": subject_kind, "subject_id": subject_id,
        "summary": row.summary, "rule": row.rule, "required_role": row.required_role,
    })
    return row.id


def cancel(s: Session, led: Ledger, approval_id: int, reason: str = "") -> None:
    """Withdraw a pending request (in the caller's transaction)."""
    row = _pending(s, approval_id)
    row.status = CANCELLED
    row.reason = reason.strip()
    led.event(s, "approval.cancelled", {
        "approval_id": row.id, "subject_kind": row.subject_kind, "subject_id": row.subject_id,
        "reason": row.reason,
    })


# -- deciding ---------------------------------------------------------------------------
def decide(led: Ledger, *, approval_id: int, approve: bool, reason: str = "") -> ApprovalDTO:
    """In-app decision by a user holding the required role (never on their own request)."""
    with led.db.write() as s:
        row = _pending(s, approval_id)
        user = led.require(Role(row.required_role), "审批")
        check_not_own(s, row, user.person_id)
        _apply(s, led, row, approve, reason, person_id=user.person_id, user_id=user.id,
               via="app")
        return _dto(s, row)


def record_paper_decision(
    led: Ledger, *, approval_id: int, approver_person_id: int, approve: bool, decided_on: date,
    form_no: str, reason: str = "",
) -> ApprovalDTO:
    """Transcribe a decision from a signed paper form (clerk or archivist)."""
    led.require_any((Role.CLERK, Role.ARCHIVIST), "登记纸质审批结果")
    form = form_no.strip()
    if not form:
        raise ValidationError("approval.form_no_required", field="form_no")
    check_day(decided_on, "decided_on", local_now(led).date())
    with led.db.write() as s:
        row = _pending(s, approval_id)
        approver = record(s, Person, approver_person_id, "审批人")
        if not approver.active:
            raise RuleViolation("person.inactive", person=approver.name, action="审批")
        _check_paper_approver(s, row, approver)
        row.paper_form_no = form
        row.paper_date = decided_on
        _apply(s, led, row, approve, reason, person_id=approver.id, user_id=None, via="paper")
        return _dto(s, row)


def _check_paper_approver(s: Session, row: Approval, approver: Person) -> None:
    check_not_own(s, row, approver.id)
    users = s.execute(select(User).where(User.person_id == approver.id)).scalars().all()
    if users and not any(row.required_role in u.roles.split(",") for u in users):
        role = Role(row.required_role)
        raise PermissionDenied(role=role.value, role_label=role.label, action="审批")


# -- 回避: nobody decides what he asked for or what benefits him ---------------------------
BENEFICIARY = "beneficiary_person_id"
#: where the beneficiary of requests made before it was recorded on the approval is found
_LEGACY_BENEFICIARY: dict[str, Any] = {
    "loan": Loan.borrower_id, "copy": CopyRequest.requester_id, "retention": Retention.person_id,
}


def beneficiary(s: Session, row: Approval) -> int | None:
    """The person *row*'s request benefits (None: nobody in particular, e.g. destruction)."""
    value = json.loads(row.extra or "{}").get(BENEFICIARY)
    if isinstance(value, int):
        return value
    column = _LEGACY_BENEFICIARY.get(row.subject_kind)
    if column is None:
        return None
    found = s.execute(select(column).where(column.class_.id == row.subject_id)).scalar()
    return int(found) if found is not None else None


def check_not_own(s: Session, row: Approval, approver_person_id: int) -> None:
    """Refuse an approver who typed the request or whom it benefits."""
    requester = s.get(User, row.requested_by_user_id) if row.requested_by_user_id else None
    if requester is not None and requester.person_id == approver_person_id:
        raise RuleViolation("approval.own_request", summary=row.summary)
    if beneficiary(s, row) == approver_person_id:
        p = s.get(Person, approver_person_id)
        raise RuleViolation("approval.own_benefit", summary=row.summary,
                            person=p.name if p else str(approver_person_id))


def approver_ids(s: Session, role: Role = Role.APPROVER) -> set[int]:
    """Active people with an enabled account holding *role* (who may approve in the app)."""
    rows = s.execute(select(User.person_id, User.roles).join(Person, Person.id == User.person_id)
                     .where(User.disabled.is_(False), Person.active.is_(True))).all()
    return {int(pid) for pid, roles in rows if role.value in roles.split(",")}


def approvers(led: Ledger) -> set[int]:
    """``approver_ids`` for the UI's choice of approver."""
    with led.db.read() as s:
        return approver_ids(s)


def _apply(
    s: Session, led: Ledger, row: Approval, approve: bool, reason: str, *, person_id: int,
    user_id: int | None, via: str, run_hook: bool = True,
) -> None:
    text = reason.strip()
    if not approve and not text:
        raise ValidationError("approval.reason_required", field="reason")
    row.status = APPROVED if approve else REJECTED
    row.decided_by_person_id = person_id
    row.decided_by_user_id = user_id
    row.decided_at = utc_naive(led.now())
    row.reason = text
    row.via = via
    led.event(s, "approval.decided", {
        "approval_id": row.id,
        "subject": {"kind": row.subject_kind, "id": row.subject_id, "summary": row.summary},
        "rule": row.rule, "decision": row.status, "via": via, "reason": text,
        "form_no": row.paper_form_no, "paper_date": row.paper_date.isoformat()
        if row.paper_date else None,
    }, person_id=person_id)
    hook = _hook(row.subject_kind) if run_hook else None
    if hook is not None:
        hook(s, led, row)


def _pending(s: Session, approval_id: int) -> Approval:
    row = record(s, Approval, approval_id, "审批")
    if row.status != PENDING:
        raise RuleViolation("approval.not_pending", summary=row.summary,
                            status=STATUS_LABELS.get(row.status, row.status))
    return row


# -- reading ------------------------------------------------------------------------------
def queue(led: Ledger) -> list[ApprovalDTO]:
    """Pending approvals the current user may decide (their own requests excluded)."""
    user = led.user
    roles = [r.value for r in user.roles]
    with led.db.read() as s:
        rows = s.execute(
            select(Approval).where(Approval.status == PENDING,
                                   Approval.required_role.in_(roles))
            .order_by(Approval.requested_at, Approval.id)
        ).scalars().all()
        own = _user_ids_of_person(s, user.person_id)
        return [_dto(s, r) for r in rows if r.requested_by_user_id not in own
                and beneficiary(s, r) != user.person_id]


def mine(led: Ledger, *, limit: int = 200) -> list[ApprovalDTO]:
    """What the current user asked for, newest first (the requester's status view)."""
    with led.db.read() as s:
        rows = s.execute(
            select(Approval).where(Approval.requested_by_user_id == led.user.id)
            .order_by(Approval.id.desc()).limit(limit)
        ).scalars().all()
        return [_dto(s, r) for r in rows]


def for_subject(led: Ledger, subject_kind: str, subject_id: int) -> ApprovalDTO | None:
    """The latest approval of a subject (None if never asked)."""
    with led.db.read() as s:
        row = latest_row(s, subject_kind, subject_id)
        return _dto(s, row) if row is not None else None


def latest_row(s: Session, subject_kind: str, subject_id: int) -> Approval | None:
    return s.execute(
        select(Approval).where(Approval.subject_kind == subject_kind,
                               Approval.subject_id == subject_id)
        .order_by(Approval.id.desc()).limit(1)
    ).scalar_one_or_none()


def get(led: Ledger, approval_id: int) -> ApprovalDTO:
    with led.db.read() as s:
        row = record(s, Approval, approval_id, "审批")
        return _dto(s, row)


def approval_dto(s: Session, row: Approval) -> ApprovalDTO:
    """DTO of *row* inside an open session (for subject modules)."""
    return _dto(s, row)


def _user_ids_of_person(s: Session, person_id: int) -> set[int | None]:
    return set(s.execute(select(User.id).where(User.person_id == person_id)).scalars())


def _name_of_user(s: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    u = s.get(User, user_id)
    p = s.get(Person, u.person_id) if u else None
    return p.name if p else (u.username if u else "")


def _dto(s: Session, r: Approval) -> ApprovalDTO:
    approver = s.get(Person, r.decided_by_person_id) if r.decided_by_person_id else None
    return ApprovalDTO(
        id=r.id, subject_kind=r.subject_kind, subject_id=r.subject_id, summary=r.summary,
        rule=r.rule, status=r.status, requested_by=_name_of_user(s, r.requested_by_user_id),
        requested_at=r.requested_at, decided_by=approver.name if approver else "",
        decided_at=r.decided_at, reason=r.reason, via=r.via, paper_form_no=r.paper_form_no,
        paper_date=r.paper_date, required_role=r.required_role,
        requested_by_user_id=r.requested_by_user_id, decided_by_person_id=r.decided_by_person_id,
    )


def record_granted(
    s: Session, led: Ledger, *, subject_kind: str, subject_id: int, summary: str, rule: str,
    approver_person_id: int, form_no: str = "", decided_on: date | None = None,
    beneficiary_person_id: int | None = None, role_code: str = "",
) -> int:
    """Request and approval given together on paper (e.g. a leader signed the personal
    retention register): both events, no hook. In the caller's transaction.

    With *role_code* the approver must hold the approver role on an enabled account
    (refused with that code otherwise)."""
    approver = record(s, Person, approver_person_id, "审批人")
    if not approver.active:
        raise RuleViolation("person.inactive", person=approver.name, action="审批")
    if role_code and approver.id not in approver_ids(s):
        raise RuleViolation(role_code, person=approver.name)
    aid = request_approval(s, led, subject_kind=subject_kind, subject_id=subject_id,
                           summary=summary, rule=rule, beneficiary_person_id=beneficiary_person_id)
    row = _pending(s, aid)
    _check_paper_approver(s, row, approver)
    row.paper_form_no = form_no.strip()
    row.paper_date = decided_on or local_now(led).date()
    _apply(s, led, row, True, "", person_id=approver.id, user_id=None, via="paper",
           run_hook=False)
    return aid
