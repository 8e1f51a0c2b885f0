"""更正 and 作废: a registered fact is corrected only with a reason (the event keeps before
and after); a wrong registration is voided with a reason and keeps its number. Nothing is
deleted: voided registrations stay in the registers, struck through.

A correction fixes typing errors in descriptive facts. It never lifts a rule: 密级/保密期限,
知悉范围 and the 不得复制/须清退 marks are refused once anything has happened to the document
(they change only by a decision of the 原定密机关 or the unit's 定密责任人), and a corrected
date of issue may not end a secrecy period that is still running."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from secledger.domain.access import NeedToKnow
from secledger.domain.copyno import format_copy_no
from secledger.domain.docfacts import DESCRIPTIVE, GOVERNED, label
from secledger.domain.enums import (
    CarrierState,
    CarrierType,
    Classification,
    Register,
    Role,
    Urgency,
)
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.marks import ClassificationMark, declassification_date, parse_mark
from secledger.domain.states import Action
from secledger.services.carriers.items import record
from secledger.services.carriers.transition import get_carrier, transition
from secledger.services.ledger.dto import DocumentDTO
from secledger.services.ledger.session import Ledger
from secledger.services.registration.register import (
    check_not_future,
    clean_text,
    document_dto,
    index_document,
)
from secledger.services.registration.registers import local_today
from secledger.store.models.registry import Carrier, Document

#: correctable document facts and how they are labelled in messages and history
DOC_FIELDS = {key: label(key) for key in (*DESCRIPTIVE, *GOVERNED)}
_FIXED = {
    "reg_no": "登记号按登记簿和年度顺序编号，不能更改；登记错误的请作废后重新登记",
    "received_at": "收文时间决定年度和登记号，不能更改；登记错误的请作废后重新登记",
    "register": "登记簿不能更改；登记错误的请作废后重新登记",
    **dict.fromkeys(("level", "retention", "declassify_on"),
                    "密级、保密期限和解密日期随密级标志而定；密级、保密期限的改变须由原定密机关或"
                    "本单位定密责任人作出变更（解密）决定，不能通过更正修改"),
}
_FIXED_LABELS = {"reg_no": "登记号", "received_at": "收文时间", "register": "登记簿",
                 "level": label("level"), "retention": label("retention"),
                 "declassify_on": label("declassify_on")}
_LIMITS = {"title": 500, "doc_no": 100, "unit": 200, "remarks": 2000}


def _reason(reason: str, what: str) -> str:
    why = clean_text(reason, "原因", 1000, fld="reason")
    if not why:
        raise ValidationError("doc.reason_required", field="reason", what=what)
    return why


def _load_doc(s: Session, document_id: int) -> Document:
    doc = record(s, Document, document_id, "文件")
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
    doc.declassify_on = declassification_date(mark, doc.issued_on)
    rank = Classification(doc.level).rank
    for c in s.execute(select(Carrier).where(Carrier.document_id == doc.id)).scalars():
        c.level_rank = rank


def correct_document(led: Ledger, document_id: int, *, reason: str,
                     changes: dict[str, Any]) -> DocumentDTO:
    """Correct typing errors in registered facts; the event keeps before/after and the reason.

    Descriptive facts (title, 文号, unit, dates, pages, remarks) are corrected at any time.
    The mark (密级/保密期限), 知悉范围 and the 不得复制/须清退 marks only while nothing else has
    happened to the document since its registration (``governed_open``): later they change
    only by a classification decision, and a correction is refused (``correct.governed``).
    """
    led.require(Role.CLERK, "更正登记")
    why = _reason(reason, "更正")
    _check_keys(changes)
    with led.db.write() as s:
        doc = _load_doc(s, document_id)
        before, after = _diff(led, doc, changes)
        governed = [k for k in after if k in GOVERNED]
        if governed and not _governed_open(s, doc.id):
            raise RuleViolation("correct.governed", reg_no=doc.reg_no, field=governed[0],
                                field_label=label(governed[0]),
                                field_en=label(governed[0], "en"))
        declass = doc.declassify_on
        for key, new in after.items():
            _apply(s, doc, key, new)
        if "issued_on" in after and "mark" not in after:
            _check_not_declassified(led, doc, declass)
        if {"title", "doc_no", "unit"} & after.keys():
            index_document(s, doc)
        led.event(s, "document.corrected", {
            "reg_no": doc.reg_no, "reason": why, "fields": [DOC_FIELDS[k] for k in after],
            "before": before, "after": after,
        }, document_id=doc.id)
        return document_dto(s, doc)


def _check_keys(changes: dict[str, Any]) -> None:
    for key in changes:
        if key in _FIXED or key not in DOC_FIELDS:
            raise ValidationError("correct.field_not_allowed", field=key,
                                  field_label=_FIXED_LABELS.get(key, key),
                                  why=_FIXED.get(key, "不是可更正的登记事项"))


def _diff(led: Ledger, doc: Document, changes: dict[str, Any]
          ) -> tuple[dict[str, Any], dict[str, Any]]:
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for key, raw in changes.items():
        new = _normalise(led, doc, key, raw)
        old = _value(doc, key)
        if new != old:
            before[key], after[key] = old, new
    if not after:
        raise ValidationError("correct.nothing", field=next(iter(changes), ""))
    return before, after


#: events that are part of a registration or its corrections, not something done with it
_REGISTRATION_KINDS = ("document.registered", "document.corrected", "carrier.register",
                       "carrier.corrected")


def _governed_open(s: Session, document_id: int) -> bool:
    """True while nothing but its registration (and corrections) happened to the document."""
    others = s.execute(text(
        "SELECT 1 FROM events WHERE (document_id = :d OR carrier_id IN"
        " (SELECT id FROM carriers WHERE document_id = :d))"
        " AND kind NOT IN (:k0, :k1, :k2, :k3) LIMIT 1"
    ), {"d": document_id} | {f"k{i}": k for i, k in enumerate(_REGISTRATION_KINDS)}).first()
    return others is None


def governed_open(led: Ledger, document_id: int) -> bool:
    """Whether the mark, 知悉范围 and 不得复制/须清退 of a document may still be corrected."""
    _ = led.user
    with led.db.read() as s:
        return _governed_open(s, document_id)


def _check_not_declassified(led: Ledger, doc: Document, declass_before: date | None) -> None:
    """A corrected 成文日期 must not end a secrecy period that was still running."""
    today = local_today(led)
    new = doc.declassify_on
    if new is None or new > today or new == declass_before:
        return
    if declass_before is not None and declass_before <= today:
        return
    raise RuleViolation("correct.would_declassify", reg_no=doc.reg_no,
                        issued=doc.issued_on.isoformat() if doc.issued_on else "",
                        declassify_on=new.isoformat())


def correct_carrier(led: Ledger, carrier_id: int, *, reason: str, serial_no: str | None = None,
                    pages: int | None = None,
                    carrier_type: CarrierType | str | None = None) -> DocumentDTO:
    """Correct one carrier's 序列号, 页数 or 载体类型 (with a reason, before/after in the event)."""
    led.require(Role.CLERK, "更正登记")
    why = _reason(reason, "更正")
    with led.db.write() as s:
        c = get_carrier(s, carrier_id)
        doc = _load_doc(s, c.document_id)
        after: dict[str, Any] = {}
        if serial_no is not None:
            after["serial_no"] = clean_text(serial_no, "序列号", 100, fld="serial_no")
        if pages is not None:
            if isinstance(pages, bool) or not 0 <= pages <= 100000:
                raise ValidationError("doc.pages_invalid", field="pages")
            after["pages"] = pages
        if carrier_type is not None:
            after["carrier_type"] = _carrier_type(carrier_type)
        after = {k: v for k, v in after.items() if v != getattr(c, k)}
        if not after:
            raise ValidationError("correct.nothing", field="serial_no")
        before = {k: getattr(c, k) for k in after}
        for key, value in after.items():
            setattr(c, key, value)
        led.event(s, "carrier.corrected", {
            "reg_no": doc.reg_no, "copy_no": format_copy_no(c.copy_no), "reason": why,
            "before": before, "after": after,
        }, carrier_id=c.id, document_id=doc.id)
        return document_dto(s, doc)


def _carrier_type(value: CarrierType | str) -> str:
    try:
        return CarrierType(value).value
    except ValueError:
        raise ValidationError("correct.carrier_type_invalid", field="carrier_type",
                              value=str(value)) from None


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
