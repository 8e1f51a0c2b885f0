"""One carrier in full for the browser's detail panel: its document, every copy of that
document with state and holder, and the carrier's event history in words (who, when in the
ledger's time zone, what, before → after; ``browse.history``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo

from sqlalchemy import text
from sqlalchemy.orm import Session

from secledger.domain.errors import NotFound
from secledger.services.browse.history import (
    ACTOR_JOIN,
    EVENT_COLUMNS,
    EventRow,
    describe_rows,
    kind_label,
)
from secledger.services.ledger.dto import DocumentDTO
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_tz
from secledger.services.registration.register import document_dto
from secledger.store.models.registry import Carrier, Document

__all__ = ["ACTOR_JOIN", "EVENT_COLUMNS", "CarrierDetail", "EventRow", "carrier_detail",
           "describe_rows", "kind_label"]


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
    tz = local_tz(led)
    with led.db.read() as s:
        c = s.get(Carrier, carrier_id)
        doc = s.get(Document, c.document_id) if c is not None else None
        if c is None or doc is None:
            raise NotFound(what="载体", key=str(carrier_id))
        dto = document_dto(s, doc)
        events = _history(s, c.id, doc.id, tz)
        mine = next(x for x in dto.carriers if x.id == c.id)
        return CarrierDetail(
            carrier_id=c.id, label_id=c.label_id, copy_no=mine.copy_no_text, state=c.state,
            location=c.location, document=dto, events=events,
        )


def _history(s: Session, carrier_id: int, document_id: int, tz: tzinfo) -> tuple[EventRow, ...]:
    rows = s.execute(text(
        f"SELECT {EVENT_COLUMNS} FROM events e {ACTOR_JOIN} "
        "WHERE e.carrier_id = :c OR (e.document_id = :d AND e.carrier_id IS NULL) ORDER BY e.id"
    ), {"c": carrier_id, "d": document_id}).all()
    return describe_rows(s, rows, tz)
