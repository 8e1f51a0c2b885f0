"""借阅: request → approval (services.approvals, subject "loan") → issue → renew → return.

Only archived carriers are lent, only to a borrower cleared for them and within 知悉范围.
Reading in the reading room is the default (due the same working day); take-out must be
asked for and approved. Renewals are limited by policy; renewing an overdue loan is
allowed but flagged (counted in ``overdue_renewals`` and in the event). The loan DTO, the
lists and the label look-ups are in ``loans_read`` (re-exported here for callers).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.enums import CarrierState, Register, Role, format_reg_no
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.states import Action
from secledger.services.approvals import requests as approvals
from secledger.services.carriers.refs import check_person_may_see, clean, load_carrier
from secledger.services.carriers.transition import transition
from secledger.services.custody.loans_read import STATUS_LABELS, item_rows, loan_dto, loan_row
from secledger.services.custody.loans_read import LoanDTO as LoanDTO
from secledger.services.custody.loans_read import LoanItemDTO as LoanItemDTO
from secledger.services.custody.loans_read import get_loan as get_loan
from secledger.services.custody.loans_read import list_loans as list_loans
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import (
    due_after_days,
    due_on_date,
    local_now,
    local_tz,
    policy_int,
    to_local,
    utc_naive,
)
from secledger.store import numbering
from secledger.store.models.approvals import Approval
from secledger.store.models.loans import Loan, LoanItem
from secledger.store.models.people import Person
from secledger.store.models.registry import Carrier, Document

RULE = "借阅档案中的涉密载体须经单位分管领导审批；阅览室查阅，确需外借的须经批准"
_ACTIVE = ("requested", "approved", "issued")


# -- request ----------------------------------------------------------------------------
def request_loan(
    led: Ledger, *, borrower_id: int, carrier_ids: list[int], purpose: str,
    take_out: bool = False, due_on: date | None = None, remarks: str = "",
) -> LoanDTO:
    """Open a loan request and its approval (one transaction)."""
    led.require_any((Role.ARCHIVIST, Role.CLERK), "登记借阅申请")
    why = clean(purpose, "借阅目的", 500)
    if not why:
        raise ValidationError("loan.purpose_required", field="purpose")
    if not carrier_ids or len(set(carrier_ids)) != len(carrier_ids):
        raise ValidationError("loan.no_carriers", field="carriers")
    if due_on is not None and due_on < local_now(led).date():
        raise ValidationError("wf.due_in_past", field="due_on", date=due_on.isoformat())
    with led.db.write() as s:
        pairs = [load_carrier(s, carrier_id=cid) for cid in carrier_ids]
        borrower = _check_lendable(s, borrower_id, pairs, loan_id=None)
        now = utc_naive(led.now())
        number = numbering.next_number(s, Register.LOAN.value, local_now(led).year)
        loan = Loan(loan_no=format_reg_no(Register.LOAN, local_now(led).year, number),
                    borrower_id=borrower.id, purpose=why, take_out=take_out,
                    status="requested", requested_by_user_id=led.user.id, requested_at=now,
                    due_at=due_on_date(led, due_on) if due_on else None,
                    remarks=clean(remarks, "备注", 1000))
        s.add(loan)
        s.flush()
        for c, _d in pairs:
            s.add(LoanItem(loan_id=loan.id, carrier_id=c.id))
        loan.approval_id = approvals.request_approval(
            s, led, subject_kind="loan", subject_id=loan.id,
            summary=_summary(loan, borrower, pairs), rule=RULE, beneficiary_person_id=borrower.id)
        led.event(s, "loan.requested", {
            "loan_id": loan.id, "loan_no": loan.loan_no, "borrower_id": borrower.id,
            "carrier_ids": carrier_ids, "purpose": why, "take_out": take_out,
            "due_at": loan.due_at.isoformat() if loan.due_at else None,
        }, person_id=borrower.id)
        return loan_dto(s, loan)


def _summary(loan: Loan, borrower: Person, pairs: list[tuple[Carrier, Document]]) -> str:
    what = "；".join(f"{d.reg_no}《{d.title}》{d.mark} 第{c.copy_no:06d}份" for c, d in pairs)
    mode = "外借" if loan.take_out else "阅览室查阅"
    return f"借阅{loan.loan_no}：{borrower.name}借阅{what}（{mode}；目的：{loan.purpose}）"


def _check_lendable(s: Session, borrower_id: int, pairs: list[tuple[Carrier, Document]],
                    loan_id: int | None) -> Person:
    for c, d in pairs:
        if c.state != CarrierState.ARCHIVED.value:
            state = CarrierState(c.state)
            raise RuleViolation("loan.not_archived", reg_no=d.reg_no,
                                copy_no=f"{c.copy_no:06d}", state=state.value,
                                state_label=state.label)
        other = s.execute(
            select(Loan.loan_no).join(LoanItem, LoanItem.loan_id == Loan.id)
            .where(LoanItem.carrier_id == c.id, Loan.status.in_(_ACTIVE),
                   LoanItem.returned_at.is_(None), Loan.id != (loan_id or 0))
        ).scalar()
        if other:
            raise RuleViolation("loan.already_requested", reg_no=d.reg_no,
                                copy_no=f"{c.copy_no:06d}", loan_no=other)
    borrower = None
    for _c, d in pairs:
        borrower = check_person_may_see(s, borrower_id, d, "借阅")
    assert borrower is not None
    return borrower


def _on_decided(s: Session, led: Ledger, row: Approval) -> None:
    loan = s.get(Loan, row.subject_id)
    if loan is not None and loan.status == "requested":
        loan.status = "approved" if row.status == approvals.APPROVED else "rejected"


approvals.register_hook("loan", _on_decided)


def cancel_loan(led: Ledger, *, loan_id: int, reason: str = "") -> LoanDTO:
    led.require_any((Role.ARCHIVIST, Role.CLERK), "撤销借阅申请")
    with led.db.write() as s:
        loan = loan_row(s, loan_id)
        _require_status(loan, ("requested", "approved"), "撤销", "cancelled")
        if loan.status == "requested" and loan.approval_id:
            approvals.cancel(s, led, loan.approval_id, reason)
        loan.status = "cancelled"
        led.event(s, "loan.cancelled", {"loan_id": loan.id, "reason": reason.strip()},
                  person_id=loan.borrower_id)
        return loan_dto(s, loan)


# -- issue, renew, return -----------------------------------------------------------------
def issue_loan(led: Ledger, *, loan_id: int) -> LoanDTO:
    """Hand the approved carriers to the borrower."""
    led.require(Role.ARCHIVIST, "出借")
    with led.db.write() as s:
        loan = loan_row(s, loan_id)
        if loan.status == "requested":
            raise RuleViolation("approval.required", what=f"借阅{loan.loan_no}",
                                status=STATUS_LABELS["requested"])
        _require_status(loan, ("approved",), "出借", "issued")
        items = item_rows(s, loan.id)
        pairs = [load_carrier(s, carrier_id=it.carrier_id) for it in items]
        _check_lendable(s, loan.borrower_id, pairs, loan_id=loan.id)
        now = utc_naive(led.now())
        if loan.due_at is None or loan.due_at <= now:
            days = policy_int(led, "loan_days") if loan.take_out else 0
            loan.due_at = due_after_days(led, led.now(), days)
        loan.status, loan.issued_at, loan.issued_by_user_id = "issued", now, led.user.id
        for it, (c, _d) in zip(items, pairs, strict=True):
            it.issued_at = now
            transition(s, led, c, Action.LEND, holder_id=loan.borrower_id, payload={
                "loan_id": loan.id, "loan_no": loan.loan_no, "due_at": loan.due_at.isoformat(),
                "take_out": loan.take_out,
            })
        return loan_dto(s, loan)


def renew_loan(led: Ledger, *, loan_id: int) -> LoanDTO:
    """Extend the due time by the policy's renewal period; overdue renewals are flagged."""
    led.require(Role.ARCHIVIST, "续借")
    limit = policy_int(led, "loan_renew_limit")
    extra = policy_int(led, "loan_renew_days")
    with led.db.write() as s:
        loan = loan_row(s, loan_id)
        _require_status(loan, ("issued",), "续借", "renewed")
        if loan.renewals >= limit:
            raise RuleViolation("loan.renew_limit", loan_no=loan.loan_no, count=loan.renewals,
                                limit=limit)
        now = utc_naive(led.now())
        assert loan.due_at is not None
        overdue = loan.due_at < now
        tz = local_tz(led)
        base = local_now(led, tz).date() if overdue else to_local(loan.due_at, tz).date()
        before = loan.due_at
        loan.due_at = due_on_date(led, base + timedelta(days=extra))
        loan.renewals += 1
        loan.overdue_renewals += int(overdue)
        led.event(s, "loan.renewed", {
            "loan_id": loan.id, "loan_no": loan.loan_no, "due_before": before.isoformat(),
            "due_after": loan.due_at.isoformat(), "renewal": loan.renewals, "overdue": overdue,
        }, person_id=loan.borrower_id)
        return loan_dto(s, loan)


def return_item(led: Ledger, *, label: str | None = None,
                carrier_id: int | None = None) -> LoanDTO:
    """Take back one lent carrier (scan); the loan closes when all are back."""
    user = led.require(Role.ARCHIVIST, "登记借阅归还")
    with led.db.write() as s:
        c, d = load_carrier(s, carrier_id=carrier_id, label=label)
        item = s.execute(select(LoanItem).where(LoanItem.carrier_id == c.id,
                                                LoanItem.issued_at.is_not(None),
                                                LoanItem.returned_at.is_(None))).scalar()
        if c.state != CarrierState.ON_LOAN.value or item is None:
            state = CarrierState(c.state)
            raise RuleViolation("loan.not_out", reg_no=d.reg_no, copy_no=f"{c.copy_no:06d}",
                                state=state.value, state_label=state.label)
        loan = loan_row(s, item.loan_id)
        now = utc_naive(led.now())
        item.returned_at, item.received_by_user_id = now, user.id
        transition(s, led, c, Action.LOAN_RETURN, holder_id=user.person_id,
                   payload={"loan_id": loan.id, "loan_no": loan.loan_no})
        if all(it.returned_at is not None for it in item_rows(s, loan.id)):
            loan.status, loan.returned_at = "returned", now
            led.event(s, "loan.returned", {"loan_id": loan.id, "loan_no": loan.loan_no},
                      person_id=loan.borrower_id)
        return loan_dto(s, loan)


def _require_status(loan: Loan, allowed: tuple[str, ...], action: str, action_en: str) -> None:
    if loan.status not in allowed:
        raise RuleViolation("loan.wrong_status", loan_no=loan.loan_no, action=action,
                            action_en=action_en, status=STATUS_LABELS.get(loan.status, loan.status))

