"""What an approver sees of a media request (``services.approvals.detail`` subjects
``media_loan`` and ``media_repair``): the device or medium (type, 设备编号, 密级, serial
number, brand, 责任人, location), who asks and why, and the facts of the request — a loan's
borrower, due date and purpose; a repair's fault, mode, repairer and qualification, the
confidentiality agreement, whether the storage is removed and who watches an outsider. The
repair request prints as the 涉密设备维修审批表 (form ``media_repair``); a loan has no
form of its own."""

from __future__ import annotations

from dataclasses import dataclass

from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import format_local
from secledger.services.media.read import MediaItemDTO
from secledger.services.media.records import get_loan, get_repair

REPAIR_FORM = "media_repair"

Facts = list[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class RequestView:
    """A media request as ``approvals.detail`` shows it (its ``Subject`` without carriers)."""

    number: str
    beneficiary: str
    reason: str
    facts: tuple[tuple[str, str], ...]
    form: str = ""


def _yes(flag: bool) -> str:
    return "是" if flag else "否"


def item_facts(m: MediaItemDTO) -> Facts:
    """The device or medium itself."""
    return [("device", f"{m.type_label} {m.device_no}"), ("level", m.level_label),
            ("serial_no", m.serial_no), ("brand_model", m.brand_model),
            ("holder", "　".join(x for x in (m.holder_name, m.holder_department) if x)),
            ("location", m.location), ("state", m.state_label)]


def loan_view(led: Ledger, loan_id: int) -> RequestView:
    """借用 of a removable medium: the medium, the borrower and when it is due back."""
    loan = get_loan(led, loan_id)
    facts = [*item_facts(loan.item), ("department", loan.department),
             ("due", format_local(led, loan.due_at))]
    if loan.remarks:
        facts.append(("remarks", loan.remarks))
    return RequestView(loan.reg_no, loan.borrower, loan.purpose, tuple(facts))


def repair_view(led: Ledger, repair_id: int) -> RequestView:
    """维修 of a device or medium, with everything the repair rule asks of it."""
    r = get_repair(led, repair_id)
    agreement = _yes(r.agreement) + (f"（{r.agreement_ref}）" if r.agreement_ref else "")
    storage = _yes(r.storage_removed) + (f"（{r.storage_note}）" if r.storage_note else "")
    facts = [*item_facts(r.item), ("department", r.department), ("repair_mode", r.mode_label),
             ("repairer_unit", r.repairer_unit),
             ("qualification", r.repairer_qualification), ("agreement", agreement),
             ("storage_removed", storage), ("escort", r.escort or "—")]
    return RequestView(r.reg_no, r.requester, r.fault, tuple(facts), REPAIR_FORM)
