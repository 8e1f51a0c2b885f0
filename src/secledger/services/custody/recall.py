"""清退: carriers that must go back to their issuing unit, recall requests
received from issuers, and the recorded return (terminal, with the unit's receipt)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from secledger.domain.custody import RECALL_PREFIX, RECALL_REGISTER
from secledger.domain.dates import check_day
from secledger.domain.enums import CarrierState, Role
from secledger.domain.errors import NotFound, RuleViolation, ValidationError
from secledger.domain.states import Action, event_kind
from secledger.services.carriers.items import (
    TERMINAL,
    CarrierItem,
    LevelCount,
    item_query,
    items,
    items_by_id,
    level_totals,
    listed_item_query,
    names,
    next_record_no,
    person,
    record,
)
from secledger.services.carriers.transition import transition
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now, utc_naive
from secledger.services.registration.register import clean_text
from secledger.store.models.events import Event
from secledger.store.models.recall import (
    RecallRequest,
    RecallRequestDocument,
    RecallReturn,
    RecallReturnItem,
)
from secledger.store.models.registry import Carrier, Document

#: Carriers that can still be recalled: not terminal and not lost.
_GONE = [*TERMINAL, CarrierState.LOST.value]


@dataclass(frozen=True, slots=True)
class RecallRequestDTO:
    id: int
    issuer: str
    received_on: date
    reference: str
    due_on: date | None
    note: str
    document_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A carrier asked for that could not go back now, and why (its state and holder)."""

    item: CarrierItem
    why: str  # the refusal's sentence, Chinese
    why_en: str

    def why_in(self, lang: str) -> str:
        return self.why_en if lang.lower().startswith("en") else self.why


@dataclass(frozen=True, slots=True)
class RecallReturnDTO:
    id: int
    reg_no: str
    unit: str
    returned_on: date
    receipt_no: str
    unit_handler: str
    returned_by_id: int
    returned_by: str
    request_id: int | None
    note: str
    items: tuple[CarrierItem, ...]
    by_level: tuple[LevelCount, ...]
    #: asked for but not returned (out on 领用, 传阅, 借阅 …), only on the DTO that
    #: ``record_return`` gives back; the returned carriers' events are the record
    left_out: tuple[LeftOut, ...] = ()


def must_recall(s: Session, carrier: Carrier) -> bool:
    """True while *carrier* is due for 清退 (its document is marked) and not yet gone:
    such carriers are not destroyed locally (DESIGN.md §3)."""
    if carrier.state in TERMINAL:
        return False
    doc = s.get(Document, carrier.document_id)
    return bool(doc is not None and doc.recall_required)


def recall_list(
    led: Ledger,
    *,
    issuer: str | None = None,
    year: int | None = None,
    personal_reading: bool = False,
    request_id: int | None = None,
) -> list[CarrierItem]:
    """Carriers still here that must go back to their issuer (documents marked 须清退).

    *issuer* filters on the document's unit, *year* on the registration year;
    *personal_reading* keeps carriers that were issued to a person (领用, 个人阅存) — the
    year-end recall; *request_id* keeps the documents named in one recall request.
    Lost carriers are left out (they cannot be returned); terminal ones are gone.
    """
    _ = led.user
    q = item_query().where(Document.recall_required.is_(True), Carrier.state.not_in(_GONE))
    if issuer:
        q = q.where(Document.unit == issuer.strip())
    if year is not None:
        q = q.where(Document.year == year)
    if personal_reading:
        issued = exists().where(Event.carrier_id == Carrier.id,
                                Event.kind == event_kind(Action.ISSUE_TO))
        q = q.where(issued)
    if request_id is not None:
        q = q.join(RecallRequestDocument, RecallRequestDocument.document_id == Document.id).where(
            RecallRequestDocument.request_id == request_id)
    with led.db.read() as s:
        return items(s, q.order_by(Document.unit, Document.reg_no, Carrier.copy_no))


def recall_issuers(led: Ledger) -> list[tuple[str, int]]:
    """Issuing units with carriers still to return, and how many."""
    return sorted(_count_by_unit(recall_list(led)).items())


def _count_by_unit(rows: Sequence[CarrierItem]) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in rows:
        out[r.unit] = out.get(r.unit, 0) + 1
    return out


def record_request(
    led: Ledger, *, issuer: str, received_on: date, document_ids: Sequence[int],
    reference: str = "", due_on: date | None = None, note: str = "",
) -> RecallRequestDTO:
    """Record a recall request from *issuer*; its documents become 须清退 (with an event)."""
    user = led.require(Role.CLERK, "登记清退通知")
    issuer = clean_text(issuer, "发文单位", 200, required=True, fld="issuer")
    reference = clean_text(reference, "来函文号", 200, fld="reference")
    note = clean_text(note, "备注", 2000, fld="note")
    if not document_ids:
        raise ValidationError("recall.no_documents", field="documents")
    check_day(received_on, "received_on")
    with led.db.write() as s:
        req = RecallRequest(issuer=issuer, received_on=received_on, reference=reference,
                            due_on=due_on, note=note, created_at=utc_naive(led.now()),
                            created_by=user.id)
        s.add(req)
        s.flush()
        for doc_id in sorted(set(document_ids)):
            _mark_document(s, led, req, doc_id)
        led.event(s, "recall.requested", {
            "request_id": req.id, "issuer": issuer, "reference": reference,
            "received_on": received_on.isoformat(),
            "due_on": due_on.isoformat() if due_on else None,
            "document_ids": sorted(set(document_ids)),
        })
        return _request_dto(s, req)


def _mark_document(s: Session, led: Ledger, req: RecallRequest, doc_id: int) -> None:
    doc = record(s, Document, doc_id, "文件")
    s.add(RecallRequestDocument(request_id=req.id, document_id=doc.id))
    if not doc.recall_required:
        doc.recall_required = True
        led.event(s, "document.recall_required", {
            "reg_no": doc.reg_no, "request_id": req.id, "issuer": req.issuer,
            "reference": req.reference,
        }, document_id=doc.id)


def _request_dto(s: Session, req: RecallRequest) -> RecallRequestDTO:
    ids = s.execute(select(RecallRequestDocument.document_id).where(
        RecallRequestDocument.request_id == req.id).order_by(RecallRequestDocument.document_id)
    ).scalars().all()
    return RecallRequestDTO(req.id, req.issuer, req.received_on, req.reference, req.due_on,
                            req.note, tuple(ids))


def list_requests(led: Ledger) -> list[RecallRequestDTO]:
    _ = led.user
    with led.db.read() as s:
        reqs = s.execute(select(RecallRequest).order_by(RecallRequest.id)).scalars().all()
        return [_request_dto(s, r) for r in reqs]


@dataclass(frozen=True, slots=True)
class ReturnInput:
    carrier_ids: tuple[int, ...]
    unit: str  # the receiving (issuing) unit
    receipt_no: str  # 回执号 of the receiving unit
    returned_on: date
    unit_handler: str = ""  # 接收单位经手人
    request_id: int | None = None
    note: str = ""


def record_return(led: Ledger, inp: ReturnInput) -> RecallReturnDTO:
    """清退: the carriers in custody (在库/已归档) go back to *unit* (terminal
    ``returned_to_issuer``), one event each, with the unit's receipt number. Those asked for
    that are not in custody (out on 领用, 传阅, 借阅 …) stay and come back in ``left_out``
    with the reason; when none can go back the first reason is the refusal."""
    user = led.require(Role.CLERK, "办理清退")
    unit = clean_text(inp.unit, "接收单位", 200, required=True, fld="unit")
    receipt = clean_text(inp.receipt_no, "回执号", 100, required=True, fld="receipt_no")
    handler = clean_text(inp.unit_handler, "接收单位经手人", 50, fld="unit_handler")
    note = clean_text(inp.note, "备注", 2000, fld="note")
    if not inp.carrier_ids:
        raise ValidationError("recall.no_carriers", field="carriers")
    check_day(inp.returned_on, "returned_on")
    with led.db.write() as s:
        if inp.request_id is not None and s.get(RecallRequest, inp.request_id) is None:
            raise NotFound(what="清退通知", key=str(inp.request_id))
        carriers, refused = _split_custody(s, inp.carrier_ids)
        if not carriers:
            raise refused[0][1]
        year, number, reg_no = next_record_no(s, RECALL_REGISTER, RECALL_PREFIX, local_now(led))
        ret = RecallReturn(
            year=year, number=number, reg_no=reg_no, unit=unit, returned_on=inp.returned_on,
            receipt_no=receipt, unit_handler=handler, returned_by_id=user.person_id,
            request_id=inp.request_id, note=note, item_count=len(carriers),
            created_at=utc_naive(led.now()),
        )
        s.add(ret)
        s.flush()
        left = items_by_id(s, [c.id for c, _exc in refused])
        left_out = tuple(LeftOut(left[c.id], exc.message("zh_CN"), exc.message("en"))
                         for c, exc in refused)
        for seq, c in enumerate(carriers, start=1):
            s.add(RecallReturnItem(return_id=ret.id, carrier_id=c.id, seq=seq))
            transition(s, led, c, Action.RETURN_TO_ISSUER, payload={
                "return_no": reg_no, "unit": unit, "receipt_no": receipt,
                "unit_handler": handler, "returned_on": inp.returned_on.isoformat(),
            })
        return replace(_return_dto(s, ret), left_out=left_out)


def _split_custody(s: Session, ids: Sequence[int]
                   ) -> tuple[list[Carrier], list[tuple[Carrier, RuleViolation]]]:
    """The carriers that can go back now and those that cannot, with the refusal."""
    wanted = sorted(set(ids))
    rows = {c.id: c for c in s.execute(select(Carrier).where(Carrier.id.in_(wanted))).scalars()}
    missing = [i for i in wanted if i not in rows]
    if missing:
        raise NotFound(what="载体", key=str(missing[0]))
    who = names(s, (c.holder_id for c in rows.values()))
    ok: list[Carrier] = []
    refused: list[tuple[Carrier, RuleViolation]] = []
    for i in wanted:
        c = rows[i]
        if c.state in (CarrierState.IN_STORE.value, CarrierState.ARCHIVED.value):
            ok.append(c)
            continue
        doc = s.get(Document, c.document_id)
        copy = f"/{c.copy_no:06d}" if c.copy_no else ""
        refused.append((c, RuleViolation(
            "recall.not_in_custody", carrier=f"{doc.reg_no if doc else c.id}{copy}",
            state=c.state, state_label=CarrierState(c.state).label,
            holder=who.get(c.holder_id or 0, "") or "—",
        )))
    return ok, refused


def _return_dto(s: Session, ret: RecallReturn) -> RecallReturnDTO:
    rows = tuple(items(s, listed_item_query(RecallReturnItem, RecallReturnItem.return_id, ret.id)))
    who = person(s, ret.returned_by_id, active=False).name
    return RecallReturnDTO(
        id=ret.id, reg_no=ret.reg_no, unit=ret.unit, returned_on=ret.returned_on,
        receipt_no=ret.receipt_no, unit_handler=ret.unit_handler,
        returned_by_id=ret.returned_by_id, returned_by=who, request_id=ret.request_id,
        note=ret.note, items=rows, by_level=level_totals(rows),
    )


def get_return(led: Ledger, return_id: int) -> RecallReturnDTO:
    _ = led.user
    with led.db.read() as s:
        return _return_dto(s, record(s, RecallReturn, return_id, "清退记录"))


def list_returns(led: Ledger, *, year: int | None = None) -> list[RecallReturnDTO]:
    _ = led.user
    with led.db.read() as s:
        q = select(RecallReturn).order_by(RecallReturn.year, RecallReturn.number)
        if year is not None:
            q = q.where(RecallReturn.year == year)
        return [_return_dto(s, r) for r in s.execute(q).scalars()]


