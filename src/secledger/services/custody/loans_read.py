"""Reading 借阅 data: the frozen loan DTO, the lists, and the label look-ups the archive and
loans pane needs (what a scanned label is, the carriers a loan request names), so the pane
never opens a database session or holds a live row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.enums import Clearance
from secledger.domain.errors import NotFound
from secledger.services.approvals import requests as approvals
from secledger.services.approvals.requests import ApprovalDTO
from secledger.services.carriers.refs import CarrierRef, carrier_ref, names_and_departments
from secledger.services.ledger.session import Ledger
from secledger.store.models.approvals import Approval
from secledger.store.models.loans import Loan, LoanItem
from secledger.store.models.people import Person
from secledger.store.models.registry import Carrier, Document

STATUS_LABELS = {"requested": "待审批", "approved": "已批准", "rejected": "未批准",
                 "cancelled": "已撤销", "issued": "借出中", "returned": "已归还"}


@dataclass(frozen=True, slots=True)
class LoanItemDTO:
    id: int
    carrier: CarrierRef
    issued_at: datetime | None
    returned_at: datetime | None


@dataclass(frozen=True, slots=True)
class LoanDTO:
    id: int
    loan_no: str
    borrower_id: int
    borrower: str
    department: str
    clearance: str  # label: 核心/重要/一般
    purpose: str
    take_out: bool
    status: str
    requested_by: str
    requested_at: datetime
    due_at: datetime | None
    issued_at: datetime | None
    returned_at: datetime | None
    renewals: int
    overdue_renewals: int
    remarks: str
    items: tuple[LoanItemDTO, ...]
    approval: ApprovalDTO | None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def mode_label(self) -> str:
        return "外借" if self.take_out else "阅览室查阅"


def get_loan(led: Ledger, loan_id: int) -> LoanDTO:
    with led.db.read() as s:
        return loan_dto(s, loan_row(s, loan_id))


def list_loans(led: Ledger, *, status: str | None = None, year: int | None = None,
               limit: int = 500) -> list[LoanDTO]:
    """Loans newest first, optionally by status or by year of request."""
    with led.db.read() as s:
        q = select(Loan)
        if status:
            q = q.where(Loan.status == status)
        if year:
            q = q.where(Loan.loan_no.like(f"%{year}-%"))
        rows = s.execute(q.order_by(Loan.id.desc()).limit(limit)).scalars().all()
        return [loan_dto(s, x) for x in rows]


# -- rows to DTOs (also used by the use cases in ``loans``) ---------------------------------
def loan_row(s: Session, loan_id: int) -> Loan:
    loan = s.get(Loan, loan_id)
    if loan is None:
        raise NotFound(what="借阅单", key=str(loan_id))
    return loan


def item_rows(s: Session, loan_id: int) -> list[LoanItem]:
    return list(s.execute(select(LoanItem).where(LoanItem.loan_id == loan_id)
                          .order_by(LoanItem.id)).scalars())


def loan_dto(s: Session, loan: Loan) -> LoanDTO:
    items = []
    for it in item_rows(s, loan.id):
        c = s.get(Carrier, it.carrier_id)
        assert c is not None
        d = s.get(Document, c.document_id)
        assert d is not None
        items.append(LoanItemDTO(it.id, carrier_ref(c, d), it.issued_at, it.returned_at))
    name, dept = names_and_departments(s, {loan.borrower_id}).get(loan.borrower_id, ("", ""))
    person = s.get(Person, loan.borrower_id)
    row = s.get(Approval, loan.approval_id) if loan.approval_id else None
    req = approvals.approval_dto(s, row) if row is not None else None
    return LoanDTO(
        id=loan.id, loan_no=loan.loan_no, borrower_id=loan.borrower_id, borrower=name,
        department=dept, clearance=Clearance(person.clearance).label if person else "",
        purpose=loan.purpose, take_out=loan.take_out, status=loan.status,
        requested_by=req.requested_by if req else "", requested_at=loan.requested_at,
        due_at=loan.due_at, issued_at=loan.issued_at, returned_at=loan.returned_at,
        renewals=loan.renewals, overdue_renewals=loan.overdue_renewals, remarks=loan.remarks,
        items=tuple(items), approval=req,
    )
