"""The receipt (收文) and production (制作/发文) forms as plain data: every field checked at
once, each fault a ``ValidationError`` naming its field, nothing saved until all pass.

The desktop form (ui/panes/receipt.py, ui/panes/dispatch.py) fills a ``DocumentDraft``
from its widgets, shows ``check_draft(...)`` errors beside their fields and calls
``submit_draft``; scripts can do the same without Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from secledger.domain.access import NeedToKnow
from secledger.domain.copyno import MAX_COPIES, parse_copy_nos
from secledger.domain.enums import CarrierType, Register, Urgency
from secledger.domain.errors import ValidationError
from secledger.domain.marks import ClassificationMark, parse_mark
from secledger.services.ledger.dto import DocumentDTO
from secledger.services.ledger.session import Ledger
from secledger.services.registration.register import (
    DocumentInput,
    check_not_future,
    clean_text,
    register_document,
)

#: field names used in errors, in the order a form shows them
FIELDS = ("unit", "department", "doc_no", "title", "mark", "issued_on", "urgency", "copies",
          "copy_nos", "separate_reason", "carrier_type", "serial_nos", "pages", "need_to_know", "no_copy",
          "approver", "received_at", "signed_by", "seal_note", "remarks")
FIELD_LABELS = {
    "unit": "来文单位", "department": "制作部门", "doc_no": "文号", "title": "标题",
    "mark": "密级标志", "issued_on": "成文日期", "copies": "份数", "copy_nos": "份号",
    "serial_nos": "序列号", "pages": "页数", "need_to_know": "知悉范围", "approver": "签发人",
    "received_at": "收文日期", "signed_by": "签收人", "seal_note": "封口情况说明",
    "remarks": "备注", "urgency": "紧急程度", "carrier_type": "载体类型",
    "separate_reason": "另行登记理由",
}
_SERIAL_SPLIT = re.compile(r"[\n,，;；、\t]+")


class FormInvalid(ValidationError):
    """Several fields are wrong; ``errors`` holds one ``ValidationError`` per fault."""

    code = "form.invalid"

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        fields = "、".join(dict.fromkeys(FIELD_LABELS.get(e.field, e.field) for e in errors))
        super().__init__(field=errors[0].field if errors else "", count=len(errors),
                         fields=fields)

    def by_field(self) -> dict[str, ValidationError]:
        """The first error of every field."""
        out: dict[str, ValidationError] = {}
        for e in self.errors:
            out.setdefault(e.field, e)
        return out


@dataclass(frozen=True, slots=True)
class DocumentDraft:
    """What the clerk typed. Text stays text until ``check_draft`` reads it."""

    register: Register = Register.RECEIPT
    title: str = ""
    unit: str = ""
    doc_no: str = ""
    mark_text: str = ""
    issued_on: date | None = None
    urgency: Urgency = Urgency.NORMAL
    copies: int = 1
    copy_nos_text: str = ""  # receipt: the sender's 份号 ("3-7,9"); blank: 1..copies
    carrier_type: CarrierType = CarrierType.PAPER
    serials_text: str = ""  # electronic media: one serial per copy (lines or commas)
    pages: int = 0
    need_to_know: NeedToKnow = field(default_factory=NeedToKnow.everyone)
    no_copy: bool = False
    recall_required: bool = False
    received_at: datetime | None = None
    signed_by_id: int | None = None
    seal_intact: bool = True
    seal_note: str = ""
    remarks: str = ""
    department_id: int | None = None  # production: 制作（起草）部门
    approver: str = ""  # production: 签发人
    separate: bool = False  # receipt: a repeat of unit + 文号 recorded as a separate receipt
    separate_reason: str = ""


def split_serials(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in _SERIAL_SPLIT.split(text or "") if x.strip())


def _copy_nos(d: DocumentDraft) -> tuple[int, ...]:
    if not 1 <= d.copies <= MAX_COPIES:
        raise ValidationError("doc.copies_invalid", field="copies", limit=MAX_COPIES)
    if d.register is Register.PRODUCTION or not d.copy_nos_text.strip():
        return tuple(range(1, d.copies + 1))  # GB/T 9704: 份号 in sequence from 000001
    return tuple(parse_copy_nos(d.copy_nos_text, count=d.copies))


def _serials(d: DocumentDraft, count: int) -> tuple[str, ...]:
    if not d.carrier_type.is_electronic:
        return ()
    serials = split_serials(d.serials_text)
    if not serials:
        raise ValidationError("doc.serial_required", field="serial_nos",
                              ctype=d.carrier_type.label)
    if len(serials) != count:
        raise ValidationError("doc.serial_count", field="serial_nos", ctype=d.carrier_type.label,
                              count=count, given=len(serials))
    for i, sn in enumerate(serials):
        clean_text(sn, "序列号", 100, fld="serial_nos")
        if sn in serials[:i]:
            raise ValidationError("doc.serial_duplicate", field="serial_nos", serial=sn)
    return serials


def _production(d: DocumentDraft) -> None:
    if d.register is not Register.PRODUCTION:
        return
    if d.department_id is None:
        raise ValidationError("doc.department_required", field="department")
    if not d.approver.strip():
        raise ValidationError("doc.approver_required", field="approver")


def _mark(d: DocumentDraft) -> ClassificationMark:
    if not d.mark_text.strip():
        raise ValidationError("doc.level_missing", field="mark")
    return parse_mark(d.mark_text, issued=d.issued_on)


def check_draft(led: Ledger, d: DocumentDraft) -> tuple[DocumentInput | None, list[ValidationError]]:
    """Read the whole draft; returns the input to register, or every fault found."""
    errors: list[ValidationError] = []

    def attempt(fn: Callable[[], Any], default: Any = None) -> Any:
        try:
            return fn()
        except ValidationError as exc:
            errors.append(exc)
            return default

    texts = _all_texts(d, attempt)
    mark = attempt(lambda: _mark(d))
    copy_nos = attempt(lambda: _copy_nos(d), ())
    serials = attempt(lambda: _serials(d, len(copy_nos) or d.copies), ())
    attempt(lambda: _production(d))
    if not 0 <= d.pages <= 100000:
        errors.append(ValidationError("doc.pages_invalid", field="pages"))
    if not d.seal_intact and not d.seal_note.strip():
        errors.append(ValidationError("seal.note_required", field="seal_note"))
    attempt(lambda: check_not_future(led, d.issued_on, d.received_at))
    if d.separate and not d.separate_reason.strip():
        errors.append(ValidationError("receipt.separate_reason_required",
                                      field="separate_reason"))
    if errors or mark is None:
        return None, _ordered(errors)
    extra: dict[str, Any] = {"approver": texts["approver"]} if texts["approver"] else {}
    return DocumentInput(
        register=d.register, title=texts["title"], mark=mark, copy_nos=copy_nos,
        doc_no=texts["doc_no"], unit=texts["unit"], issued_on=d.issued_on, urgency=d.urgency,
        carrier_type=d.carrier_type, serial_nos=serials, pages=d.pages,
        need_to_know=d.need_to_know, no_copy=d.no_copy, recall_required=d.recall_required,
        received_at=d.received_at, signed_by_id=d.signed_by_id, seal_intact=d.seal_intact,
        seal_note=texts["seal_note"] if not d.seal_intact else "", remarks=texts["remarks"],
        extra=extra, drafting_department_id=d.department_id,
        separate_receipt_reason=d.separate_reason.strip() if d.separate else "",
    ), []


def _all_texts(d: DocumentDraft, attempt: Callable[..., Any]) -> dict[str, str]:
    """Check every text field separately so that each fault is reported (not only the first)."""
    unit_required = d.register is Register.RECEIPT
    specs = {"title": (d.title, "标题", 500, True), "unit": (d.unit, "来文单位", 200, unit_required),
             "doc_no": (d.doc_no, "文号", 100, False), "remarks": (d.remarks, "备注", 2000, False),
             "seal_note": (d.seal_note, "封口情况说明", 500, False),
             "approver": (d.approver, "签发人", 50, False)}
    return {k: attempt(lambda v=v, k=k: clean_text(v[0], v[1], v[2], required=v[3], fld=k), "")
            or ""
            for k, v in specs.items()}


def _ordered(errors: list[ValidationError]) -> list[ValidationError]:
    seen: set[tuple[str, str]] = set()
    unique = []
    for e in errors:
        key = (e.field, e.code)
        if key not in seen:
            seen.add(key)
            unique.append(e)
    rank = {f: i for i, f in enumerate(FIELDS)}
    return sorted(unique, key=lambda e: rank.get(e.field, len(FIELDS)))


def submit_draft(led: Ledger, d: DocumentDraft) -> DocumentDTO:
    """Register the draft, or raise ``FormInvalid`` with every fault (nothing is saved)."""
    inp, errors = check_draft(led, d)
    if inp is None:
        raise FormInvalid(errors)
    return register_document(led, inp)
