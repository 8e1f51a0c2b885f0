"""更正 and 作废: a registered fact is corrected only with a reason (the event keeps before
and after); a wrong registration is voided with a reason and keeps its number. Nothing is
deleted: voided registrations stay in the registers, struck through."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.access import NeedToKnow
from secledger.domain.copyno import format_copy_no
from secledger.domain.enums import CarrierState, Classification, Register, Role, Urgency
from secledger.domain.errors import NotFound, RuleViolation, ValidationError
from secledger.domain.marks import ClassificationMark, declassification_date, parse_mark
from secledger.domain.states import Action
from secledger.services.carriers import get_carrier, transition
from secledger.services.dto import DocumentDTO
from secledger.services.ledger import Ledger
from secledger.services.registration import (
    check_not_future,
    clean_text,
    document_dto,
    index_document,
)
from secledger.store.models import Carrier, Document

#: correctable document facts and how they are labelled in messages and history
DOC_FIELDS = {
    "title": "标题", "doc_no": "文号", "unit": "来文单位", "remarks": "备注",
    "issued_on": "成文日期", "urgency": "紧急程度", "pages": "页数", "mark": "密级标志",
    "need_to_know": "知悉范围", "no_copy": "不得复制", "recall_required": "须清退",
}
_FIXED = {
    "reg_no": "登记号按登记簿和年度顺序编号，不能更改；登记错误的请作废后重新登记",
    "received_at": "收文时间决定年度和登记号，不能更改；登记错误的请作废后重新登记",
    "register": "登记簿不能更改；登记错误的请作废后重新登记",
}
_FIXED_LABELS = {"reg_no": "登记号", "received_at": "收文时间", "register": "登记簿"}
_LIMITS = {"title": 500, "doc_no": 100, "unit": 200, "remarks": 2000}


def _reason(reason: str, what: str) -> str:
    why = clean_text(reason, "原因", 1000, fld="reason")
    if not why:
        raise ValidationError("doc.reason_required", field="reason", what=what)
    return why


def _load_doc(s: Session, document_id: int) -> Document:
    doc = s.get(Document, document_id)
    if doc is None:
        raise NotFound(what="文件", key=str(document_id))
    if doc.voided:
        raise RuleViolation("doc.voided", reg_no=doc.reg_no)
    return doc


# -- corrections ---------------------------------------------------------------------------
def _value(doc: Document, key: str) -> Any:
    """The stored value of *key* in JSON-safe form."""
    v = getattr(doc, key)
    if key == "need_to_know":
        return json.loads(v or "{}")
    if isinstance(v, date):
        return v.isoformat()
    return v


def _normalise(led: Ledger, doc: Document, key: str, value: Any) -> Any:
    """The new value of *key* checked as registration checks it, in JSON-safe form."""
    if key in _LIMITS:
        required = key == "title" or (key == "unit" and doc.register == Register.RECEIPT.value)
        return clean_text(str(value), DOC_FIELDS[key], _LIMITS[key], required=required, fld=key)
    if key == "issued_on":
        if value is not None and not isinstance(value, date):
            raise ValidationError("mark.bad_date", field=key, text=str(value))
        check_not_future(led, value, None)
        return value.isoformat() if value else None
    if key == "urgency":
        return Urgency(value).value
    if key == "pages":
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100000:
            raise ValidationError("doc.pages_invalid", field="pages")
        return value
    if key == "mark":
        return parse_mark(str(value)).format()
    if key == "need_to_know":
        ntk = value if isinstance(value, NeedToKnow) else NeedToKnow.from_dict(value)
        return ntk.to_dict()
    return bool(value)


def _apply(s: Session, doc: Document, key: str, value: Any) -> None:
    if key == "issued_on":
        doc.issued_on = date.fromisoformat(value) if value else None
    elif key == "need_to_know":
        doc.need_to_know = json.dumps(value, ensure_ascii=False)
    elif key != "mark":
        setattr(doc, key, value)
    if key in ("mark", "issued_on"):
        _apply_mark(s, doc, doc.mark if key == "issued_on" else value)


def _apply_mark(s: Session, doc: Document, text: str) -> None:
    mark: ClassificationMark = parse_mark(text, issued=doc.issued_on)
    doc.mark, doc.level = mark.format(), mark.level.value
    doc.retention = json.dumps(mark.retention.to_dict() if mark.retention else {},
                               ensure_ascii=False)
    doc.declassify_on = declassification_date(mark, doc.issued_on) if doc.issued_on else None
    rank = Classification(doc.level).rank
    for c in s.execute(select(Carrier).where(Carrier.document_id == doc.id)).scalars():
        c.level_rank = rank


def correct_document(led: Ledger, document_id: int, *, reason: str,
                     changes: dict[str, Any]) -> DocumentDTO:
    """Correct registered facts of a document; the event keeps before/after and the reason."""
    led.require(Role.CLERK, "更正登记")
    why = _reason(reason, "更正")
    for key in changes:
        if key in _FIXED or key not in DOC_FIELDS:
            raise ValidationError("correct.field_not_allowed", field=key,
                                  field_label=_FIXED_LABELS.get(key, key),
                                  why=_FIXED.get(key, "不是可更正的登记事项"))
    with led.db.write() as s:
        doc = _load_doc(s, document_id)
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for key, raw in changes.items():
            new = _normalise(led, doc, key, raw)
            old = _value(doc, key)
            if new != old:
                before[key], after[key] = old, new
        if not after:
            raise ValidationError("correct.nothing", field=next(iter(changes), ""))
        for key, new in after.items():
            _apply(s, doc, key, new)
        if {"title", "doc_no", "unit"} & after.keys():
            index_document(s, doc)
        led.event(s, "document.corrected", {
            "reg_no": doc.reg_no, "reason": why, "fields": [DOC_FIELDS[k] for k in after],
            "before": before, "after": after,
        }, document_id=doc.id)
        return document_dto(s, doc)


def correct_carrier(led: Ledger, carrier_id: int, *, reason: str, serial_no: str | None = None,
                    pages: int | None = None) -> DocumentDTO:
    """Correct one carrier's 序列号 or 页数 (with a reason, before/after in the event)."""
    led.require(Role.CLERK, "更正登记")
    why = _reason(reason, "更正")
    with led.db.write() as s:
        c = get_carrier(s, carrier_id)
        doc = _load_doc(s, c.document_id)
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        if serial_no is not None:
            new_serial = clean_text(serial_no, "序列号", 100, fld="serial_no")
            if new_serial != c.serial_no:
                before["serial_no"], after["serial_no"] = c.serial_no, new_serial
        if pages is not None and pages != c.pages:
            if not 0 <= pages <= 100000:
                raise ValidationError("doc.pages_invalid", field="pages")
            before["pages"], after["pages"] = c.pages, pages
        if not after:
            raise ValidationError("correct.nothing", field="serial_no")
        for key, value in after.items():
            setattr(c, key, value)
        led.event(s, "carrier.corrected", {
            "reg_no": doc.reg_no, "copy_no": format_copy_no(c.copy_no), "reason": why,
            "before": before, "after": after,
        }, carrier_id=c.id, document_id=doc.id)
        return document_dto(s, doc)


# -- void ------------------------------------------------------------------------------------
def void_document(led: Ledger, document_id: int, *, reason: str) -> DocumentDTO:
    """作废 a registration made in error: every carrier must be in store; the number stays
    taken (the next registration takes the next one) and the entry stays, struck through."""
    led.require(Role.CLERK, "作废登记")
    why = _reason(reason, "作废")
    with led.db.write() as s:
        doc = _load_doc(s, document_id)
        carriers = list(s.execute(select(Carrier).where(Carrier.document_id == doc.id)
                                  .order_by(Carrier.copy_no)).scalars())
        out = [c for c in carriers if c.state != CarrierState.IN_STORE.value]
        if out:
            copies = "、".join(f"第{format_copy_no(c.copy_no)}份（{CarrierState(c.state).label}）"
                              for c in out[:10]) + ("等" if len(out) > 10 else "")
            raise RuleViolation("void.carrier_out", reg_no=doc.reg_no, copies=copies)
        for c in carriers:
            transition(s, led, c, Action.VOID, payload={"reg_no": doc.reg_no, "reason": why})
        doc.voided, doc.void_reason = True, why
        led.event(s, "document.voided", {"reg_no": doc.reg_no, "reason": why},
                  document_id=doc.id)
        return document_dto(s, doc)
