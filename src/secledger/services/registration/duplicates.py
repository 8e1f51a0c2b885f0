"""Duplicate receipts: the same 来文单位 and 文号 registered again.

Receiving the same document twice happens (a second delivery, further copies sent later),
but the same copy on the ledger twice never should: 份号 000003 of 国保发〔2026〕12号 is one
physical copy. So a receipt whose unit and 文号 were registered before is shown with the
earlier registration (the form warns and links to it), and one whose 份号 overlap the
earlier copies is refused, unless the clerk records it as a separate receipt with a reason;
the reason and the earlier registrations are recorded in the registration event.
Unit and 文号 are compared as registered (trimmed); ``documents.doc_no`` is indexed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.copyno import format_ranges
from secledger.domain.enums import CarrierState, Register
from secledger.domain.errors import ValidationError
from secledger.services.ledger.session import Ledger
from secledger.store.models.registry import Carrier, Document

REASON_LIMIT = 500


@dataclass(frozen=True, slots=True)
class EarlierReceipt:
    """A registration of the same unit and 文号 made before."""

    document_id: int
    reg_no: str
    title: str
    copy_nos: tuple[int, ...]
    received_at: datetime

    @property
    def copies_text(self) -> str:
        return format_ranges(list(self.copy_nos), six_digits=True)


def earlier_receipts(led: Ledger, *, unit: str, doc_no: str) -> list[EarlierReceipt]:
    """Receipts (not voided) from *unit* with 文号 *doc_no*, oldest first (the form's warning)."""
    _ = led.user
    with led.db.read() as s:
        return _earlier(s, unit.strip(), doc_no.strip())


def _earlier(s: Session, unit: str, doc_no: str) -> list[EarlierReceipt]:
    if not unit or not doc_no:
        return []
    docs = s.execute(select(Document).where(
        Document.doc_no == doc_no, Document.unit == unit,
        Document.register == Register.RECEIPT.value, Document.voided.is_(False))
        .order_by(Document.id)).scalars().all()
    out = []
    for d in docs:
        nums = s.execute(select(Carrier.copy_no).where(
            Carrier.document_id == d.id, Carrier.state != CarrierState.VOIDED.value)
            .order_by(Carrier.copy_no)).scalars().all()
        out.append(EarlierReceipt(d.id, d.reg_no, d.title, tuple(nums), d.received_at))
    return out


def check_receipt(s: Session, *, register: Register, unit: str, doc_no: str,
                  copy_nos: tuple[int, ...], reason: str) -> dict[str, Any] | None:
    """In the registration's transaction: refuse 份号 already on the ledger for this unit and
    文号 unless *reason* records a separate receipt. Returns what the registration event
    records of a separate receipt (the earlier registrations, the overlap, the reason), or
    None when the clerk recorded none."""
    if register is not Register.RECEIPT:
        return None
    earlier = _earlier(s, unit, doc_no)
    if not earlier:
        return None
    why = reason.strip()
    if len(why) > REASON_LIMIT:
        raise ValidationError("doc.text_too_long", field="separate_reason",
                              what="另行登记的理由", limit=REASON_LIMIT)
    taken = sorted(set(copy_nos).intersection(n for e in earlier for n in e.copy_nos))
    if taken and not why:
        first = next(e for e in earlier if set(e.copy_nos) & set(taken))
        raise ValidationError(
            "receipt.copy_overlap", field="copy_nos", unit=unit, doc_no=doc_no,
            reg_no=first.reg_no, copies=format_ranges(taken, six_digits=True),
            earlier_id=first.document_id)
    if not why:
        return None  # a later delivery of other copies: nothing to record beyond the receipt
    body: dict[str, Any] = {"earlier": [e.reg_no for e in earlier], "reason": why}
    if taken:
        body["overlap"] = format_ranges(taken, six_digits=True)
    return body
