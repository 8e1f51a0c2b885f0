"""One carrier in full for the browser's detail panel: its document, every copy of that
document with state and holder, and the carrier's event history rendered readably in
Chinese (who, when, what, before → after)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from secledger.domain.enums import CarrierState
from secledger.domain.errors import NotFound
from secledger.domain.states import Action
from secledger.services.dto import DocumentDTO
from secledger.services.ledger import Ledger
from secledger.services.registration import document_dto
from secledger.store.models import Carrier, Document

#: Event kinds that are not carrier transitions, in words.
KIND_LABELS: dict[str, str] = {
    "document.registered": "文件登记",
    "document.voided": "文件作废",
    "document.updated": "文件信息更正",
    "document.corrected": "登记更正",
    "carrier.corrected": "载体信息更正",
    "dispatch.receipt_recorded": "发出回执",
    "document.reclassified": "密级变更",
    "document.declassified": "解密",
    "carrier.label_printed": "打印标签",
    "carrier.located": "存放位置变更",
}


@dataclass(frozen=True, slots=True)
class EventRow:
    id: int
    ts: datetime  # aware, UTC
    username: str
    kind: str
    what: str  # e.g. "分发/领用 → 张三"
    state_before: str  # labels, "" when not a state change
    state_after: str
    holder_before: str  # names
    holder_after: str
    detail: str  # remaining payload, readable
    carrier_id: int | None


@dataclass(frozen=True, slots=True)
class CarrierDetail:
    carrier_id: int
    label_id: str
    copy_no: str
    state: str
    location: str
    document: DocumentDTO
    events: tuple[EventRow, ...]


def carrier_detail(led: Ledger, carrier_id: int) -> CarrierDetail:
    """Everything about *carrier_id*. Raises NotFound."""
    with led.db.read() as s:
        c = s.get(Carrier, carrier_id)
        doc = s.get(Document, c.document_id) if c is not None else None
        if c is None or doc is None:
            raise NotFound(what="载体", key=str(carrier_id))
        dto = document_dto(s, doc)
        events = _history(s, c.id, doc.id)
        mine = next(x for x in dto.carriers if x.id == c.id)
        return CarrierDetail(
            carrier_id=c.id, label_id=c.label_id, copy_no=mine.copy_no_text, state=c.state,
            location=c.location, document=dto, events=events,
        )


def _history(s: Session, carrier_id: int, document_id: int) -> tuple[EventRow, ...]:
    rows = s.execute(text(
        "SELECT id, ts, username, kind, carrier_id, payload FROM events "
        "WHERE carrier_id = :c OR (document_id = :d AND carrier_id IS NULL) ORDER BY id"
    ), {"c": carrier_id, "d": document_id}).all()
    payloads = [json.loads(r[5] or "{}") for r in rows]
    names = _names(s, payloads)
    return tuple(
        _event(int(r[0]), str(r[1]), str(r[2]), str(r[3]), r[4], body, names)
        for r, body in zip(rows, payloads, strict=True)
    )


def _names(s: Session, payloads: list[dict[str, Any]]) -> dict[int, str]:
    ids: set[int] = set()
    for body in payloads:
        for key in ("holder_before", "holder_after", "person_id", "reader_id", "to_person_id"):
            value = body.get(key)
            if isinstance(value, int):
                ids.add(value)
    if not ids:
        return {}
    marks = ", ".join(str(i) for i in sorted(ids))
    return {int(r[0]): str(r[1]) for r in s.execute(
        text(f"SELECT id, name FROM people WHERE id IN ({marks})"))}


def _state_label(value: Any) -> str:
    if not value:
        return ""
    try:
        return CarrierState(str(value)).label
    except ValueError:
        return str(value)


#: payload keys shown elsewhere (columns, the document panel), left out of "detail"
_SHOWN = {"action", "state_before", "state_after", "holder_before", "holder_after",
          "location_before", "location_after", "need_to_know", "title", "doc_no", "mark",
          "level", "unit", "reg_no", "register", "urgency", "issued_on", "pages", "no_copy",
          "recall_required", "carrier_type", "label_id", "copy_no"}


def _event(
    ev_id: int, ts: str, username: str, kind: str, carrier_id: Any, body: dict[str, Any],
    names: dict[int, str],
) -> EventRow:
    hb = names.get(body["holder_before"], str(body["holder_before"])) if isinstance(
        body.get("holder_before"), int) else ""
    ha = names.get(body["holder_after"], str(body["holder_after"])) if isinstance(
        body.get("holder_after"), int) else ""
    what = _what(kind, body)
    if ha and ha != hb and body.get("action") != "register":
        what = f"{what} → {ha}"
    if body.get("location_after") is not None:
        what = f"{what}（位置：{body['location_after'] or '—'}）"
    detail = "；".join(f"{k}={_plain(v)}" for k, v in sorted(body.items())
                      if k not in _SHOWN and v not in (None, "", [], {}))
    return EventRow(
        id=ev_id, ts=_parse(ts), username=username, kind=kind, what=what,
        state_before=_state_label(body.get("state_before")),
        state_after=_state_label(body.get("state_after")), holder_before=hb, holder_after=ha,
        detail=detail, carrier_id=int(carrier_id) if carrier_id is not None else None,
    )


def _what(kind: str, body: dict[str, Any]) -> str:
    action = body.get("action")
    if action:
        try:
            return Action(str(action)).label
        except ValueError:
            return str(action)
    return KIND_LABELS.get(kind, kind)


def _plain(value: Any) -> str:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _parse(ts: str) -> datetime:
    moment = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
