"""摘录（引用） and 汇编 once approved: the 派生 document is registered.

The request is the copy request (``services.disposal.copying``, kind ``excerpt`` or
``compile``), approved the same way. Executing it takes the next 复制号 (the 复制登记簿 lists
copies, excerpts and compilations together) and, when the new material is itself
classified, registers it as a new document of the unit (制作 register, through THE
registration ``register_in``): its level is not lower than the highest of its sources
(refused otherwise, naming the rule), its 知悉范围 is what every source allows, and it is
linked to its sources (the request's ``CopySource`` rows, ``derived_document_id``).
Material that holds no state secret is recorded with the reason and registers nothing.
One transaction; a refusal writes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.access import NeedToKnow
from secledger.domain.copying import (
    MAX_COPIES,
    CopyKind,
    CopyMedium,
)
from secledger.domain.enums import Classification, Register, Role
from secledger.domain.errors import ValidationError
from secledger.domain.excerpts import check_derived_level, derived_scope
from secledger.domain.marks import ClassificationMark
from secledger.services.carriers.items import person
from secledger.services.carriers.refs import clean, load_carrier
from secledger.services.disposal.copying import (
    Source,
    approved_row,
    check_origin,
    load_sources,
    mark_executed,
    sources_level,
)
from secledger.services.disposal.copying_read import CopyRequestDTO, request_dto
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now
from secledger.services.registration.register import DocumentInput, checked_input, register_in
from secledger.store.models.copying import CopyRequest, CopySource
from secledger.store.models.people import Person
from secledger.store.models.registry import Document

__all__ = ["DerivedInput", "execute_derived"]


@dataclass(frozen=True, slots=True)
class DerivedInput:
    """What was made: title and mark of the 派生 document (``mark=None``: it holds no state
    secret, *note* says why), who made it, how many copies (default: as requested)."""

    request_id: int
    maker_id: int  # 摘录人 / 汇编人
    title: str
    mark: ClassificationMark | None
    note: str = ""
    doc_no: str = ""
    copies: int | None = None
    pages: int | None = None
    serial_nos: tuple[str, ...] = ()


def execute_derived(led: Ledger, inp: DerivedInput) -> CopyRequestDTO:
    """Record the approved excerpt or compilation as made (see the module docstring)."""
    user = led.require(Role.CLERK, "登记摘录、汇编件")
    note = clean(inp.note, "说明", 1000)
    now = led.now()
    with led.db.write() as s:
        req = approved_row(s, inp.request_id, derived=True)
        kind = CopyKind(req.kind)
        sources = _sources(s, req, kind)
        level = sources_level([d for _c, d in sources])
        check_origin(level, req.origin_body, req.origin_ref, req.origin_date, kind)
        maker = person(s, inp.maker_id, role=f"{kind.label}人")
        doc = None
        if inp.mark is None:
            if not note:
                raise ValidationError("excerpt.note_required", field="note", kind=kind.label,
                                      kind_en=kind.label_en.lower())
        else:
            check_derived_level(kind, inp.mark.level, [Classification(d.level)
                                                       for _c, d in sources])
            doc_inp = checked_input(_document_input(s, led, req, kind, sources, inp, note))
            doc, _carriers = register_in(s, led, doc_inp, year=local_now(led).year,
                                         clerk_person_id=user.person_id, now=now)
            req.derived_document_id = doc.id
        mark_executed(s, led, req, maker.id)
        req.derived_note = note
        req.copy_no_scheme = "derived"
        led.event(s, "copy.executed", _payload(req, kind, sources, doc, maker.id, note),
                  carrier_id=req.source_carrier_id, document_id=req.document_id,
                  person_id=maker.id)
        return request_dto(s, req)


def _sources(s: Session, req: CopyRequest, kind: CopyKind) -> list[Source]:
    """The request's sources as they are now (each still a valid source of *kind*)."""
    ids = list(s.execute(select(CopySource.carrier_id).where(CopySource.request_id == req.id)
                         .order_by(CopySource.position)).scalars()) or [req.source_carrier_id]
    first = load_carrier(s, carrier_id=ids[0])
    return load_sources(s, kind, first, ids[1:])


def _document_input(s: Session, led: Ledger, req: CopyRequest, kind: CopyKind,
                    sources: Sequence[Source], inp: DerivedInput, note: str) -> DocumentInput:
    assert inp.mark is not None
    copies = req.copies if inp.copies is None else inp.copies
    if not 1 <= copies <= MAX_COPIES:
        raise ValidationError("copy.copies_invalid", field="copies", limit=MAX_COPIES)
    refs = "、".join(f"{d.reg_no}《{d.title}》" for _c, d in sources)
    requester = s.get(Person, req.requester_id)
    return DocumentInput(
        register=Register.PRODUCTION, title=inp.title, mark=inp.mark,
        copy_nos=tuple(range(1, copies + 1)), doc_no=inp.doc_no,
        issued_on=local_now(led).date(), carrier_type=CopyMedium(req.medium).carrier_type,
        serial_nos=tuple(inp.serial_nos), pages=req.pages if inp.pages is None else inp.pages,
        need_to_know=_scope(s, [d for _c, d in sources], kind),
        remarks="；".join(x for x in (f"{kind.label}自{refs}（申请{req.request_no}）", note) if x),
        extra={"derived": {"kind": kind.value, "request_no": req.request_no,
                           "sources": [d.reg_no for _c, d in sources]},
               "basis": f"派生定密：{refs}"},
        drafting_department_id=requester.department_id if requester else None,
    )


def _scope(s: Session, docs: Sequence[Document], kind: CopyKind) -> NeedToKnow:
    """Whoever may know every source (the narrowest 知悉范围 of a compilation)."""
    scopes = [NeedToKnow.from_dict(json.loads(d.need_to_know or "{}")) for d in docs]
    people = set().union(*(x.person_ids for x in scopes))
    depts = dict(s.execute(select(Person.id, Person.department_id)
                           .where(Person.id.in_(people))).tuples().all()) if people else {}
    return derived_scope(scopes, depts, f"{kind.label}各来源知悉范围的共同部分")


def _payload(req: CopyRequest, kind: CopyKind, sources: Sequence[Source], doc: Document | None,
             maker_id: int, note: str) -> dict[str, object]:
    executed: datetime | None = req.executed_at
    return {
        "request_id": req.id, "request_no": req.request_no, "kind": kind.value,
        "copy_reg_no": req.copy_reg_no, "approval_id": req.approval_id,
        "source_carrier_ids": [c.id for c, _d in sources], "maker_id": maker_id,
        "derived_document_id": doc.id if doc else None,
        "derived_reg_no": doc.reg_no if doc else None, "mark": doc.mark if doc else None,
        "not_classified": doc is None, "note": note,
        "executed_at": executed.isoformat() if executed else None,
    }
