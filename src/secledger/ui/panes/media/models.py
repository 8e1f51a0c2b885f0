"""Table models of the devices and media pane: the register, an item's history, the loans
and the repairs (DTO lists from ``services.media``), with column headers in the
``MediaColumns`` translation context and enumerations in the app's language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from secledger.domain.enums import Classification
from secledger.domain.media import LoanStatus, MediaState, MediaType, RepairMode, RepairStatus
from secledger.services.media.read import HistoryRow, MediaItemDTO
from secledger.services.media.records import MediaLoanDTO, MediaRepairDTO
from secledger.ui.labels import label_of
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

CTX = "MediaColumns"
M = MediaItemDTO


def _i(header: object, text: Callable[[M], str]) -> Column[M]:
    return Column[M](header, text)


class ItemsModel(DtoTableModel[M]):
    CONTEXT = CTX
    COLUMNS = (
        _i(QT_TRANSLATE_NOOP("MediaColumns", "Device no."), lambda m: m.device_no),
        _i(QT_TRANSLATE_NOOP("MediaColumns", "Type"), lambda m: label_of(MediaType, m.media_type)),
        _i(QT_TRANSLATE_NOOP("MediaColumns", "Level"), lambda m: label_of(Classification, m.level)),
        _i(QT_TRANSLATE_NOOP("MediaColumns", "State"), lambda m: label_of(MediaState, m.state)),
        _i(QT_TRANSLATE_NOOP("MediaColumns", "Holder"), lambda m: m.holder_name),
        _i(QT_TRANSLATE_NOOP("MediaColumns", "Department"), lambda m: m.holder_department),
        _i(QT_TRANSLATE_NOOP("MediaColumns", "Brand and model"), lambda m: m.brand_model),
        _i(QT_TRANSLATE_NOOP("MediaColumns", "Serial no."), lambda m: m.serial_no),
        _i(QT_TRANSLATE_NOOP("MediaColumns", "Location"), lambda m: m.location),
        _i(QT_TRANSLATE_NOOP("MediaColumns", "Label"), lambda m: m.label_id),
        _i(QT_TRANSLATE_NOOP("MediaColumns", "Purpose"), lambda m: m.purpose),
    )


@dataclass(frozen=True)
class HistoryLine:
    row: HistoryRow
    when: str  # local time


class HistoryModel(DtoTableModel[HistoryLine]):
    CONTEXT = CTX
    COLUMNS = (
        Column[HistoryLine](QT_TRANSLATE_NOOP("MediaColumns", "Time"), lambda h: h.when),
        Column[HistoryLine](QT_TRANSLATE_NOOP("MediaColumns", "User"), lambda h: h.row.username),
        Column[HistoryLine](QT_TRANSLATE_NOOP("MediaColumns", "What"), lambda h: h.row.kind_label),
        Column[HistoryLine](QT_TRANSLATE_NOOP("MediaColumns", "Details"),
                            lambda h: h.row.description),
    )


def approval_text(a: Any) -> str:
    """审批 column: status and approver, with the paper form number when decided on paper."""
    if a is None:
        return ""
    return (f"{a.status_label} {a.decided_by}".strip()
            + (f"（{a.paper_form_no}）" if a.paper_form_no else ""))


@dataclass(frozen=True)
class LoanLine:
    loan: MediaLoanDTO
    due: str
    lent: str
    returned: str
    late: bool


def _overdue() -> str:
    return QCoreApplication.translate("MediaColumns", " (overdue)")


def _l(header: object, text: Callable[[LoanLine], str]) -> Column[LoanLine]:
    return Column[LoanLine](header, text)


class LoansModel(DtoTableModel[LoanLine]):
    CONTEXT = CTX
    COLUMNS = (
        _l(QT_TRANSLATE_NOOP("MediaColumns", "Loan no."), lambda r: r.loan.reg_no),
        _l(QT_TRANSLATE_NOOP("MediaColumns", "Device no."), lambda r: r.loan.item.device_no),
        _l(QT_TRANSLATE_NOOP("MediaColumns", "Type"),
           lambda r: label_of(MediaType, r.loan.item.media_type)),
        _l(QT_TRANSLATE_NOOP("MediaColumns", "Level"),
           lambda r: label_of(Classification, r.loan.item.level)),
        _l(QT_TRANSLATE_NOOP("MediaColumns", "Borrower"), lambda r: r.loan.borrower),
        _l(QT_TRANSLATE_NOOP("MediaColumns", "Department"), lambda r: r.loan.department),
        _l(QT_TRANSLATE_NOOP("MediaColumns", "Status"),
           lambda r: label_of(LoanStatus, r.loan.status) + (_overdue() if r.late else "")),
        _l(QT_TRANSLATE_NOOP("MediaColumns", "Due back"), lambda r: r.due),
        _l(QT_TRANSLATE_NOOP("MediaColumns", "Lent"), lambda r: r.lent),
        _l(QT_TRANSLATE_NOOP("MediaColumns", "Returned"), lambda r: r.returned),
        _l(QT_TRANSLATE_NOOP("MediaColumns", "Approval"), lambda r: approval_text(r.loan.approval)),
        _l(QT_TRANSLATE_NOOP("MediaColumns", "Purpose"), lambda r: r.loan.purpose),
    )


@dataclass(frozen=True)
class RepairLine:
    repair: MediaRepairDTO
    sent: str
    returned: str


def _r(header: object, text: Callable[[RepairLine], str]) -> Column[RepairLine]:
    return Column[RepairLine](header, text)


class RepairsModel(DtoTableModel[RepairLine]):
    CONTEXT = CTX
    COLUMNS = (
        _r(QT_TRANSLATE_NOOP("MediaColumns", "Repair no."), lambda r: r.repair.reg_no),
        _r(QT_TRANSLATE_NOOP("MediaColumns", "Device no."), lambda r: r.repair.item.device_no),
        _r(QT_TRANSLATE_NOOP("MediaColumns", "Type"),
           lambda r: label_of(MediaType, r.repair.item.media_type)),
        _r(QT_TRANSLATE_NOOP("MediaColumns", "Level"),
           lambda r: label_of(Classification, r.repair.item.level)),
        _r(QT_TRANSLATE_NOOP("MediaColumns", "Mode"), lambda r: label_of(RepairMode, r.repair.mode)),
        _r(QT_TRANSLATE_NOOP("MediaColumns", "Repairer"), lambda r: r.repair.repairer_unit),
        _r(QT_TRANSLATE_NOOP("MediaColumns", "Escort"), lambda r: r.repair.escort),
        _r(QT_TRANSLATE_NOOP("MediaColumns", "Status"),
           lambda r: label_of(RepairStatus, r.repair.status)),
        _r(QT_TRANSLATE_NOOP("MediaColumns", "Sent"), lambda r: r.sent),
        _r(QT_TRANSLATE_NOOP("MediaColumns", "Returned"), lambda r: r.returned),
        _r(QT_TRANSLATE_NOOP("MediaColumns", "Approval"),
           lambda r: approval_text(r.repair.approval)),
        _r(QT_TRANSLATE_NOOP("MediaColumns", "Fault"), lambda r: r.repair.fault),
    )
