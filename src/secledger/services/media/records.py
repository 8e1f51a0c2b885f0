"""Reading the lending (借用) and repair (维修) records of devices and media: frozen DTOs with
their approvals, the lists the pane shows, the 维修登记簿 rows, and what is still lent out
(for the 仍未归还 list)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.media import LoanStatus, RepairMode, RepairStatus
from secledger.services.approvals import requests as approvals
from secledger.services.approvals.requests import ApprovalDTO
from secledger.services.carriers.items import names, record
from secledger.services.carriers.refs import names_and_departments
from secledger.services.ledger.session import Ledger
from secledger.services.media.read import MediaItemDTO, item_dto
from secledger.store.models.approvals import Approval
from secledger.store.models.media import MediaItem, MediaLoan, MediaRepair


@dataclass(frozen=True, slots=True)
class MediaLoanDTO:
    id: int
    reg_no: str
    item: MediaItemDTO
    borrower_id: int
    borrower: str
    department: str
    keeper: str  # the 责任人 it goes back to
    purpose: str
    due_at: datetime
    status: str
    requested_at: datetime
    lent_at: datetime | None
    returned_at: datetime | None
    remarks: str
    cancel_reason: str
    approval: ApprovalDTO | None

    @property
    def status_label(self) -> str:
        return LoanStatus(self.status).label

    def overdue(self, now: datetime) -> bool:
        """Lent and past its due time (*now* naive UTC)."""
        return self.status == LoanStatus.LENT and self.due_at < now


@dataclass(frozen=True, slots=True)
class MediaRepairDTO:
    id: int
    reg_no: str
    item: MediaItemDTO
    requester_id: int
    requester: str
    department: str
    fault: str
    mode: str
    repairer_unit: str
    repairer_qualification: str
    agreement: bool
    agreement_ref: str
    storage_removed: bool
    storage_note: str
    escort_id: int | None
    escort: str
    status: str
    requested_at: datetime
    sent_at: datetime | None
    returned_at: datetime | None
    repairer_name: str
    work_done: str
    parts_replaced: str
    replaced: tuple[str, ...]  # 设备编号 of the storage taken out, each its own item
    cancel_reason: str
    approval: ApprovalDTO | None

    @property
    def status_label(self) -> str:
        return RepairStatus(self.status).label

    @property
    def mode_label(self) -> str:
        return RepairMode(self.mode).label

    @property
    def open(self) -> bool:
        return self.status in (RepairStatus.REQUESTED, RepairStatus.APPROVED,
                               RepairStatus.IN_REPAIR)


def _approval(s: Session, approval_id: int | None) -> ApprovalDTO | None:
    row = s.get(Approval, approval_id) if approval_id else None
    return approvals.approval_dto(s, row) if row is not None else None


def loan_dto(s: Session, loan: MediaLoan) -> MediaLoanDTO:
    people = names_and_departments(s, {loan.borrower_id})
    name, dept = people.get(loan.borrower_id, ("", ""))
    keeper = names(s, [loan.keeper_id]).get(loan.keeper_id or 0, "")
    return MediaLoanDTO(
        id=loan.id, reg_no=loan.reg_no, item=item_dto(s, loan.media_id),
        borrower_id=loan.borrower_id, borrower=name, department=dept, keeper=keeper,
        purpose=loan.purpose, due_at=loan.due_at, status=loan.status,
        requested_at=loan.requested_at, lent_at=loan.lent_at, returned_at=loan.returned_at,
        remarks=loan.remarks, cancel_reason=loan.cancel_reason,
        approval=_approval(s, loan.approval_id),
    )


def repair_dto(s: Session, r: MediaRepair) -> MediaRepairDTO:
    people = names_and_departments(s, {r.requester_id} | ({r.escort_id} if r.escort_id else set()))
    name, dept = people.get(r.requester_id, ("", ""))
    replaced = tuple(str(x) for x in s.execute(
        select(MediaItem.device_no).where(MediaItem.source_repair_id == r.id)
        .order_by(MediaItem.id)).scalars())
    return MediaRepairDTO(
        id=r.id, reg_no=r.reg_no, item=item_dto(s, r.media_id), requester_id=r.requester_id,
        requester=name, department=dept, fault=r.fault, mode=r.mode,
        repairer_unit=r.repairer_unit, repairer_qualification=r.repairer_qualification,
        agreement=r.agreement, agreement_ref=r.agreement_ref, storage_removed=r.storage_removed,
        storage_note=r.storage_note, escort_id=r.escort_id,
        escort=people.get(r.escort_id, ("", ""))[0] if r.escort_id else "", status=r.status,
        requested_at=r.requested_at, sent_at=r.sent_at, returned_at=r.returned_at,
        repairer_name=r.repairer_name, work_done=r.work_done, parts_replaced=r.parts_replaced,
        replaced=replaced, cancel_reason=r.cancel_reason, approval=_approval(s, r.approval_id),
    )


def loan_row(s: Session, loan_id: int) -> MediaLoan:
    return record(s, MediaLoan, loan_id, "借用记录")


def repair_row(s: Session, repair_id: int) -> MediaRepair:
    return record(s, MediaRepair, repair_id, "维修记录")


def get_loan(led: Ledger, loan_id: int) -> MediaLoanDTO:
    with led.db.read() as s:
        return loan_dto(s, loan_row(s, loan_id))


def get_repair(led: Ledger, repair_id: int) -> MediaRepairDTO:
    with led.db.read() as s:
        return repair_dto(s, repair_row(s, repair_id))


def list_loans(led: Ledger, *, status: str = "", media_id: int | None = None,
               limit: int = 500) -> list[MediaLoanDTO]:
    """Loans, newest first."""
    q = select(MediaLoan).order_by(MediaLoan.id.desc()).limit(limit)
    if status:
        q = q.where(MediaLoan.status == status)
    if media_id is not None:
        q = q.where(MediaLoan.media_id == media_id)
    with led.db.read() as s:
        return [loan_dto(s, x) for x in s.execute(q).scalars()]


def list_repairs(led: Ledger, *, status: str = "", media_id: int | None = None,
                 year: int | None = None, oldest_first: bool = False,
                 limit: int | None = 500) -> list[MediaRepairDTO]:
    """Repairs, newest first (the 维修登记簿 oldest first, every one of a year)."""
    order = MediaRepair.id if oldest_first else MediaRepair.id.desc()
    q = select(MediaRepair).order_by(order)
    if limit is not None:
        q = q.limit(limit)
    if status:
        q = q.where(MediaRepair.status == status)
    if media_id is not None:
        q = q.where(MediaRepair.media_id == media_id)
    if year is not None:
        q = q.where(MediaRepair.year == year)
    with led.db.read() as s:
        return [repair_dto(s, x) for x in s.execute(q).scalars()]


def repair_register(led: Ledger, *, year: int | None = None) -> list[MediaRepairDTO]:
    """维修登记簿: every repair request (a cancelled or rejected one too), oldest first."""
    return list_repairs(led, year=year, oldest_first=True, limit=None)


#: (loan id, 借用号, borrower id, lent at, due at, the item) of a medium still lent out
LentRow = tuple[int, str, int, datetime, datetime, MediaItemDTO]


def lent_rows(s: Session) -> list[LentRow]:
    """Every medium lent and not yet returned (the 仍未归还 list adds them)."""
    q = select(MediaLoan).where(MediaLoan.status == LoanStatus.LENT.value)
    out: list[LentRow] = []
    for loan in s.execute(q).scalars():
        assert loan.lent_at is not None
        out.append((loan.id, loan.reg_no, loan.borrower_id, loan.lent_at, loan.due_at,
                    item_dto(s, loan.media_id)))
    return out
