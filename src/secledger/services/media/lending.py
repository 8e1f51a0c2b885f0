"""借用 of removable storage media: request (borrower, purpose, due date) → approval (the one
approvals mechanism, subject ``media_loan``) → lend → return.

Only removable media in use are lent, to an active borrower cleared for the medium's level
who is not already its 责任人. Lending makes the borrower the accountable holder until the
medium is back; on return it goes back to the 责任人 it was lent by (or, if that person has
left, to the clerk who takes it back). Both moves go through ``transition()``. A medium
lent past its due time is on the 仍未归还 list (``services.custody.overdue``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.enums import Classification
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.media import (
    LEND_RULE,
    LoanStatus,
    MediaAction,
    MediaState,
    MediaType,
    check_media_transition,
)
from secledger.services.approvals import requests as approvals
from secledger.services.carriers.items import next_record_no
from secledger.services.carriers.refs import clean
from secledger.services.carriers.transition import transition
from secledger.services.ledger.dto import UserInfo
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import due_on_date, local_now, utc_naive
from secledger.services.media.items import KEEPER, holder_for
from secledger.services.media.read import item_row, row_by_label
from secledger.services.media.records import MediaLoanDTO, loan_dto, loan_row
from secledger.store.models.approvals import Approval
from secledger.store.models.media import MediaItem, MediaLoan
from secledger.store.models.people import Person

REGISTER, PREFIX = "media_loan", "借用"
SUBJECT = "media_loan"
_OPEN = (LoanStatus.REQUESTED.value, LoanStatus.APPROVED.value, LoanStatus.LENT.value)


def request_loan(led: Ledger, *, media_id: int, borrower_id: int, due_on: date | None,
                 purpose: str, remarks: str = "") -> MediaLoanDTO:
    """Open a loan request and its approval (one transaction)."""
    led.require(KEEPER, "登记借用申请")
    why = clean(purpose, "借用事由", 500)
    if not why:
        raise ValidationError("loan.purpose_required", field="purpose")
    if due_on is None:
        raise ValidationError("media.due_required", field="due_on")
    if due_on < local_now(led).date():
        raise ValidationError("wf.due_in_past", field="due_on", date=due_on.isoformat())
    with led.db.write() as s:
        item = item_row(s, media_id)
        borrower = _check_lendable(s, item, borrower_id)
        year, number, reg_no = next_record_no(s, REGISTER, PREFIX, local_now(led))
        loan = MediaLoan(year=year, number=number, reg_no=reg_no, media_id=item.id,
                         borrower_id=borrower.id, purpose=why, due_at=due_on_date(led, due_on),
                         status=LoanStatus.REQUESTED.value, requested_by_user_id=led.user.id,
                         requested_at=utc_naive(led.now()), remarks=clean(remarks, "备注", 1000))
        s.add(loan)
        s.flush()
        loan.approval_id = approvals.request_approval(
            s, led, subject_kind=SUBJECT, subject_id=loan.id,
            summary=_summary(loan, item, borrower, due_on), rule=LEND_RULE,
            beneficiary_person_id=borrower.id)
        led.event(s, "media.loan_requested", {
            "media_id": item.id, "device_no": item.device_no, "loan_id": loan.id,
            "loan_no": loan.reg_no, "borrower_id": borrower.id, "purpose": why,
            "due_at": loan.due_at.isoformat()}, person_id=borrower.id)
        return loan_dto(s, loan)


def _summary(loan: MediaLoan, item: MediaItem, borrower: Person, due_on: date) -> str:
    what = f"{MediaType(item.media_type).label}{item.device_no}（{Classification(item.level).label}）"
    return (f"{loan.reg_no}：{borrower.name}借用{what}，"
            f"{due_on.isoformat()}前归还（事由：{loan.purpose}）")


def _check_lendable(s: Session, item: MediaItem, borrower_id: int) -> Person:
    kind = MediaType(item.media_type)
    if not kind.lendable:
        raise RuleViolation("media.not_lendable", type=kind.label)
    check_media_transition(MediaState(item.state), MediaAction.LEND)
    other = s.execute(select(MediaLoan.reg_no).where(
        MediaLoan.media_id == item.id, MediaLoan.status.in_(_OPEN))).scalar()
    if other:
        raise RuleViolation("media.already_requested", device_no=item.device_no, what="借用",
                            what_en="loan", number=other)
    borrower = holder_for(s, borrower_id, Classification(item.level))
    if borrower.id == item.holder_id:
        raise RuleViolation("media.borrower_is_holder", person=borrower.name)
    return borrower


def _on_decided(s: Session, led: Ledger, row: Approval) -> None:
    loan = s.get(MediaLoan, row.subject_id)
    if loan is not None and loan.status == LoanStatus.REQUESTED:
        approved = row.status == approvals.APPROVED
        loan.status = (LoanStatus.APPROVED if approved else LoanStatus.REJECTED).value


approvals.register_hook(SUBJECT, _on_decided)


def _require(loan: MediaLoan, allowed: tuple[LoanStatus, ...], action: str,
             action_en: str) -> None:
    if loan.status in allowed:
        return
    if loan.status == LoanStatus.REQUESTED and LoanStatus.APPROVED in allowed:
        raise RuleViolation("media.not_approved", what="借用", what_en="Loan", number=loan.reg_no,
                            status=LoanStatus(loan.status).label)
    raise RuleViolation("media.wrong_status", what="借用", what_en="Loan", number=loan.reg_no,
                            status=LoanStatus(loan.status).label, action=action,
                            action_en=action_en)


def cancel_loan(led: Ledger, *, loan_id: int, reason: str = "") -> MediaLoanDTO:
    """Withdraw a request not yet lent (its pending approval too)."""
    led.require(KEEPER, "撤销借用申请")
    with led.db.write() as s:
        loan = loan_row(s, loan_id)
        _require(loan, (LoanStatus.REQUESTED, LoanStatus.APPROVED), "撤销", "cancelled")
        why = clean(reason, "原因", 500)
        if loan.status == LoanStatus.REQUESTED and loan.approval_id:
            approvals.cancel(s, led, loan.approval_id, why)
        loan.status, loan.cancel_reason = LoanStatus.CANCELLED.value, why
        led.event(s, "media.loan_cancelled", {
            "media_id": loan.media_id, "loan_id": loan.id, "loan_no": loan.reg_no,
            "reason": why}, person_id=loan.borrower_id)
        return loan_dto(s, loan)


def lend(led: Ledger, *, loan_id: int) -> MediaLoanDTO:
    """Hand the approved medium to the borrower: the borrower holds it until it is back."""
    led.require(KEEPER, "借出涉密介质")
    with led.db.write() as s:
        loan = loan_row(s, loan_id)
        _require(loan, (LoanStatus.APPROVED,), "借出", "lent")
        item = item_row(s, loan.media_id)
        borrower = holder_for(s, loan.borrower_id, Classification(item.level))
        loan.keeper_id = item.holder_id
        transition(s, led, item, MediaAction.LEND, holder_id=borrower.id, payload={
            "loan_id": loan.id, "loan_no": loan.reg_no, "due_at": loan.due_at.isoformat()})
        loan.status, loan.lent_by_user_id = LoanStatus.LENT.value, led.user.id
        loan.lent_at = utc_naive(led.now())
        return loan_dto(s, loan)


def return_loan(led: Ledger, *, loan_id: int | None = None,
                label: str | None = None) -> MediaLoanDTO:
    """Take the lent medium back (by its loan or by scanning its label)."""
    user = led.require(KEEPER, "登记借用归还")
    with led.db.write() as s:
        loan = _open_loan(s, loan_id, label)
        _require(loan, (LoanStatus.LENT,), "归还", "returned")
        item = item_row(s, loan.media_id)
        transition(s, led, item, MediaAction.RETURN, holder_id=keeper_back(s, loan, user),
                   payload={"loan_id": loan.id, "loan_no": loan.reg_no})
        close_loan(led, loan, user)
        return loan_dto(s, loan)


def keeper_back(s: Session, loan: MediaLoan, user: UserInfo) -> int | None:
    """Who holds a lent medium once it is back: the 责任人 it was lent by, or, if that person
    has left, the clerk *user* who takes it back."""
    keeper = s.get(Person, loan.keeper_id) if loan.keeper_id else None
    return keeper.id if keeper is not None and keeper.active else user.person_id


def close_loan(led: Ledger, loan: MediaLoan, user: UserInfo) -> None:
    """The loan is over: received back now by *user*."""
    loan.status, loan.received_by_user_id = LoanStatus.RETURNED.value, user.id
    loan.returned_at = utc_naive(led.now())


def _open_loan(s: Session, loan_id: int | None, label: str | None) -> MediaLoan:
    if loan_id is not None:
        return loan_row(s, loan_id)
    item = row_by_label(s, label or "")
    check_media_transition(MediaState(item.state), MediaAction.RETURN)  # refuses if not lent
    return s.execute(select(MediaLoan).where(
        MediaLoan.media_id == item.id, MediaLoan.status == LoanStatus.LENT.value)).scalar_one()
