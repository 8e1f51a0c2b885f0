"""Registering a document with its carriers (one transaction). The receipt/dispatch pane
builds on ``register_document``; demo and tests use it directly."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from secledger.domain.access import NeedToKnow
from secledger.domain.copyno import format_copy_no
from secledger.domain.dates import check_day
from secledger.domain.enums import CarrierType, Register, Role, Urgency, format_reg_no
from secledger.domain.errors import NotFound, ValidationError
from secledger.domain.marks import ClassificationMark, declassification_date, validate_retention
from secledger.domain.search import index_body
from secledger.domain.states import Action
from secledger.services.carriers.items import record
from secledger.services.carriers.transition import new_label_id, transition
from secledger.services.custody.two_person import check_registrar
from secledger.services.ledger.dto import CarrierDTO, DocumentDTO
from secledger.services.ledger.session import Ledger
from secledger.services.registration.duplicates import check_receipt
from secledger.store import numbering
from secledger.store.dialect import reserve_ids
from secledger.store.models.people import Department, Person
from secledger.store.models.registry import Carrier, Document, Unit

MAX_COPIES = 10000


@dataclass(frozen=True, slots=True)
class DocumentInput:
    register: Register
    title: str
    mark: ClassificationMark
    copy_nos: tuple[int, ...]
    doc_no: str = ""
    unit: str = ""
    issued_on: date | None = None
    urgency: Urgency = Urgency.NORMAL
    carrier_type: CarrierType = CarrierType.PAPER
    serial_nos: tuple[str, ...] = ()
    pages: int = 0
    need_to_know: NeedToKnow = field(default_factory=NeedToKnow.everyone)
    no_copy: bool = False
    recall_required: bool = False
    received_at: datetime | None = None
    signed_by_id: int | None = None
    seal_intact: bool = True
    seal_note: str = ""
    remarks: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    is_copy: bool = False
    source_carrier_id: int | None = None
    drafting_department_id: int | None = None
    #: a receipt whose 份号 were registered before for the same unit and 文号 is recorded
    #: only as a separate receipt, with this reason (``services/registration/duplicates``)
    separate_receipt_reason: str = ""


def clean_text(value: str, what: str, limit: int, *, required: bool = False, fld: str = "") -> str:
    """Trim, refuse control characters and over-long text (bad input never half-saves)."""
    v = value.strip()
    if any((ord(c) < 32 and c not in "\t\n") or ord(c) == 127 for c in v):
        raise ValidationError("doc.bad_characters", field=fld, what=what)
    if required and not v:
        code = "doc.title_empty" if fld == "title" else "doc.unit_empty"
        raise ValidationError(code, field=fld, what=what)
    if len(v) > limit:
        raise ValidationError("doc.text_too_long", field=fld, what=what, limit=limit)
    return v


def _validate(inp: DocumentInput) -> None:
    if not inp.copy_nos:
        raise ValidationError("doc.copies_invalid", field="copies", limit=MAX_COPIES)
    if len(inp.copy_nos) > MAX_COPIES:
        raise ValidationError("doc.copies_invalid", field="copies", limit=MAX_COPIES)
    if len(set(inp.copy_nos)) != len(inp.copy_nos):
        raise ValidationError("copy_no.duplicate", field="copy_nos", number=inp.copy_nos[0])
    if not 0 <= inp.pages <= 100000:
        raise ValidationError("doc.pages_invalid", field="pages")
    if inp.carrier_type.is_electronic:
        serials = [x.strip() for x in inp.serial_nos]
        if len(serials) < len(inp.copy_nos) or not all(serials[: len(inp.copy_nos)]):
            raise ValidationError("doc.serial_required", field="serial_nos",
                                  ctype=inp.carrier_type.label)
    if not inp.seal_intact and not inp.seal_note.strip():
        raise ValidationError("seal.note_required", field="seal_note")


def check_not_future(led: Ledger, issued_on: date | None, received_at: datetime | None) -> None:
    """成文日期 and 收文时间 cannot lie in the future (local calendar day)."""
    from secledger.services.ledger.timing import local_now, local_tz

    today = local_now(led).date()
    if issued_on is not None:
        check_day(issued_on, "issued_on", today)
    if received_at is not None:
        at = received_at if received_at.tzinfo else received_at.replace(tzinfo=UTC)
        check_day(at.astimezone(local_tz(led)).date(), "received_at", today)


def _local_year(led: Ledger, moment: datetime) -> int:
    from secledger.services.ledger.timing import local_tz

    at = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return at.astimezone(local_tz(led)).year


def remember_unit(s: Session, name: str, when: datetime) -> None:
    """Keep *name* for autocomplete (looked up once per transaction: imports name the same
    units thousands of times)."""
    if not name:
        return
    seen: dict[str, Unit] = s.info.setdefault(_UNITS_KEY, {})
    unit = seen.get(name)
    if unit is None:
        unit = s.execute(select(Unit).where(Unit.name == name)).scalar_one_or_none()
    if unit is None:
        unit = Unit(name=name, last_used=when)
        s.add(unit)
    elif unit.last_used != when:
        unit.last_used = when
    seen[name] = unit


_UNITS_KEY = "secledger_units"


def index_document(s: Session, doc: Document, *, new: bool = False) -> None:
    if not new:
        s.execute(text("DELETE FROM doc_search WHERE rowid = :id"), {"id": doc.id})
    s.execute(
        text("INSERT INTO doc_search(rowid, body) VALUES (:id, :body)"),
        {"id": doc.id, "body": index_body(doc.title, doc.doc_no, doc.unit)},
    )


def checked_input(inp: DocumentInput) -> DocumentInput:
    """*inp* with its texts trimmed, or a ``ValidationError`` for the first fault."""
    title = clean_text(inp.title, "标题", 500, required=True, fld="title")
    doc_no = clean_text(inp.doc_no, "文号", 100, fld="doc_no")
    unit = clean_text(inp.unit, "单位", 200, fld="unit")
    remarks = clean_text(inp.remarks, "备注", 2000, fld="remarks")
    _validate(inp)
    return replace(inp, title=title, doc_no=doc_no, unit=unit, remarks=remarks)


def register_document(led: Ledger, inp: DocumentInput) -> DocumentDTO:
    """Register *inp* and all its carriers, in store, held by the registering clerk."""
    user = led.require(Role.CLERK, "登记文件")
    inp = checked_input(inp)
    check_not_future(led, inp.issued_on, inp.received_at)
    # the marking rules the form applies hold for every caller: the period per level, a
    # 解密时间 no later than the level's maximum from the 成文日期
    validate_retention(inp.mark.level, None if inp.mark.defaulted else inp.mark.retention,
                       inp.issued_on)
    now = led.now()
    with led.db.write() as s:
        _check_top_secret_receipt(s, inp, user.person_id)
        year = _local_year(led, inp.received_at or now)
        doc, carriers = register_in(s, led, inp, year=year, clerk_person_id=user.person_id,
                                    now=now)
        return document_dto(s, doc, carriers)


def _check_top_secret_receipt(s: Session, inp: DocumentInput, clerk_person_id: int) -> None:
    """收 of 绝密 by the designated persons: the clerk registering it and whoever signed for it
    (``services.custody.two_person``). Imports transcribe old registers and are not checked."""
    if inp.register is not Register.RECEIPT:
        return
    level = inp.mark.level
    check_registrar(s, level, clerk_person_id, action="登记收文", action_en="register")
    if inp.signed_by_id is not None and inp.signed_by_id != clerk_person_id:
        check_registrar(s, level, inp.signed_by_id, action="签收", action_en="sign for")


def register_in(
    s: Session, led: Ledger, inp: DocumentInput, *, year: int, clerk_person_id: int,
    now: datetime, provenance: dict[str, Any] | None = None,
) -> tuple[Document, list[Carrier]]:
    """THE registration, in the caller's transaction: the next number of *year*, the
    document, its search entry and event, each carrier through ``transition``. *inp* comes
    from ``checked_input``. *provenance* (an import: file, sheet, source row, SHA-256) is
    recorded in the document's and every carrier's registration event."""
    _check_references(s, inp)
    repeat = check_receipt(s, register=inp.register, unit=inp.unit, doc_no=inp.doc_no,
                           copy_nos=inp.copy_nos, reason=inp.separate_receipt_reason)
    received = inp.received_at or now
    number = numbering.next_number(s, inp.register.value, year)
    doc = _new_document(inp, year, number, inp.title, inp.doc_no, inp.unit, inp.remarks,
                        received, clerk_person_id)
    s.add(doc)
    s.flush()
    index_document(s, doc, new=True)
    remember_unit(s, inp.unit, now.replace(tzinfo=None))
    payload = _doc_payload(doc)
    if inp.extra.get("original_reg_no"):
        payload["original_reg_no"] = inp.extra["original_reg_no"]
    if provenance is not None:
        payload["import"] = provenance
    if repeat:
        payload["separate_receipt"] = repeat
    led.event(s, "document.registered", payload, document_id=doc.id)
    first_id = reserve_ids(s, "carriers", len(inp.copy_nos))
    carriers = [_new_carrier(s, led, doc, inp, i, n, clerk_person_id, provenance, first_id + i)
                for i, n in enumerate(inp.copy_nos)]
    return doc, carriers


def _check_references(s: Session, inp: DocumentInput) -> None:
    """The signer and the drafting department must exist (a refusal, not a database error)."""
    from secledger.services.carriers.items import person

    if inp.signed_by_id is not None:
        person(s, inp.signed_by_id, role="签收人")
    if inp.drafting_department_id is not None and s.get(
            Department, inp.drafting_department_id) is None:
        raise NotFound(what="部门", key=str(inp.drafting_department_id))


def _new_document(
    inp: DocumentInput, year: int, number: int, title: str, doc_no: str, unit: str,
    remarks: str, received: datetime, clerk_person_id: int,
) -> Document:
    mark = inp.mark
    extra = dict(inp.extra)
    if inp.seal_note:
        extra["seal_note"] = inp.seal_note.strip()
    declass = declassification_date(mark, inp.issued_on)
    return Document(
        register=inp.register.value, year=year, number=number,
        reg_no=format_reg_no(inp.register, year, number), doc_no=doc_no, title=title,
        level=mark.level.value, mark=mark.format(),
        retention=json.dumps(mark.retention.to_dict() if mark.retention else {}, ensure_ascii=False),
        issued_on=inp.issued_on, declassify_on=declass, urgency=inp.urgency.value, unit=unit,
        pages=inp.pages, need_to_know=json.dumps(inp.need_to_know.to_dict(), ensure_ascii=False),
        no_copy=inp.no_copy, recall_required=inp.recall_required,
        received_at=received.astimezone(UTC).replace(tzinfo=None) if received.tzinfo else received,
        signed_by_id=inp.signed_by_id or clerk_person_id, seal_intact=inp.seal_intact,
        remarks=remarks, extra=json.dumps(extra, ensure_ascii=False),
        source_carrier_id=inp.source_carrier_id,
        drafting_department_id=inp.drafting_department_id,
    )


def _new_carrier(
    s: Session, led: Ledger, doc: Document, inp: DocumentInput, index: int, copy_no: int,
    holder: int, provenance: dict[str, Any] | None = None, carrier_id: int | None = None,
) -> Carrier:
    """The carrier gets its id here (the next rowid SQLite would give), so ``transition``
    needs no flush per copy and a document's copies and events are written together."""
    now = led.now().replace(tzinfo=None)
    serial = inp.serial_nos[index].strip() if index < len(inp.serial_nos) else ""
    c = Carrier(
        id=carrier_id, document_id=doc.id, label_id=new_label_id(), copy_no=copy_no,
        carrier_type=inp.carrier_type.value, serial_no=serial, pages=inp.pages,
        state=None, holder_id=None, is_copy=inp.is_copy, updated_at=now,
        level_rank=inp.mark.level.rank, registered_at=doc.received_at,
    )
    s.add(c)
    payload: dict[str, Any] = {
        "reg_no": doc.reg_no, "copy_no": format_copy_no(copy_no), "label_id": c.label_id,
        "carrier_type": c.carrier_type, "serial_no": serial,
    }
    if provenance is not None:
        payload["import"] = provenance
    transition(s, led, c, Action.REGISTER, holder_id=holder, payload=payload)
    return c


def _doc_payload(doc: Document) -> dict[str, Any]:
    return {
        "reg_no": doc.reg_no, "register": doc.register, "doc_no": doc.doc_no, "title": doc.title,
        "level": doc.level, "mark": doc.mark, "unit": doc.unit, "urgency": doc.urgency,
        "issued_on": doc.issued_on.isoformat() if doc.issued_on else None, "pages": doc.pages,
        "no_copy": doc.no_copy, "recall_required": doc.recall_required,
        "need_to_know": json.loads(doc.need_to_know), "remarks": doc.remarks,
    }


def carrier_dto(c: Carrier, holder_name: str) -> CarrierDTO:
    return CarrierDTO(
        id=c.id, document_id=c.document_id, label_id=c.label_id, copy_no=c.copy_no,
        copy_no_text=format_copy_no(c.copy_no), carrier_type=c.carrier_type,
        serial_no=c.serial_no, pages=c.pages, state=c.state, holder_id=c.holder_id,
        holder_name=holder_name, location=c.location, is_copy=c.is_copy,
    )


def document_dto(s: Session, doc: Document, carriers: list[Carrier] | None = None) -> DocumentDTO:
    if carriers is None:
        carriers = list(s.execute(
            select(Carrier).where(Carrier.document_id == doc.id).order_by(Carrier.copy_no)
        ).scalars())
    ids = {c.holder_id for c in carriers if c.holder_id}
    names = dict(s.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).tuples().all()) if ids else {}
    return DocumentDTO(
        id=doc.id, register=doc.register, reg_no=doc.reg_no, year=doc.year, number=doc.number,
        doc_no=doc.doc_no, title=doc.title, level=doc.level, mark=doc.mark,
        issued_on=doc.issued_on, declassify_on=doc.declassify_on, urgency=doc.urgency,
        unit=doc.unit, pages=doc.pages, no_copy=doc.no_copy,
        recall_required=doc.recall_required, received_at=doc.received_at, remarks=doc.remarks,
        voided=doc.voided, void_reason=doc.void_reason,
        carriers=tuple(carrier_dto(c, names.get(c.holder_id or 0, "")) for c in carriers),
        original_reg_no=original_reg_no(doc.extra),
    )


def original_reg_no(extra: str) -> str:
    """The 原登记号 an imported document kept (from its ``extra`` JSON), or ""."""
    if "original_reg_no" not in (extra or ""):
        return ""
    value = json.loads(extra).get("original_reg_no", "")
    return str(value or "")


def get_document(led: Ledger, document_id: int) -> DocumentDTO:
    with led.db.read() as s:
        doc = record(s, Document, document_id, "文件")
        return document_dto(s, doc)


def peek_reg_no(led: Ledger, register: Register, year: int) -> str:
    """The 登记号 the next registration in *register* and *year* will take (not reserved)."""
    with led.db.read() as s:
        return format_reg_no(register, year, numbering.peek_next(s, register.value, year))


def recent_units(led: Ledger, limit: int = 500) -> list[str]:
    """Units seen before (senders and recipients), most recently used first."""
    with led.db.read() as s:
        rows = s.execute(select(Unit.name).order_by(Unit.last_used.desc(), Unit.id.desc())
                         .limit(limit)).scalars()
        return [str(r) for r in rows]


def find_document(led: Ledger, reg_no: str) -> int | None:
    """The document registered as *reg_no* (e.g. ``发2026-00001``), if any."""
    with led.db.read() as s:
        got = s.execute(select(Document.id).where(Document.reg_no == reg_no.strip())).scalar()
        return int(got) if got is not None else None
