"""THE transition function: every change of a carrier's state or holder goes through
``transition()``, which checks the state machine and appends the event in the caller's
transaction, then updates the projection (carriers.state / holder_id). The checking and the
event's payload are ``domain.states.plan_move``, which the demo generator's bulk history uses
too."""

from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.enums import CarrierState
from secledger.domain.errors import NotFound
from secledger.domain.states import Action, plan_move
from secledger.services.carriers.items import record
from secledger.services.ledger.session import Ledger
from secledger.store.models.events import Event
from secledger.store.models.registry import Carrier

_UNCHANGED: Any = object()
LABEL_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_label_id() -> str:
    """Opaque label id printed as a barcode: 'C' + 11 random Crockford base-32 chars."""
    return "C" + "".join(secrets.choice(LABEL_ALPHABET) for _ in range(11))


def transition(
    s: Session,
    led: Ledger,
    carrier: Carrier,
    action: Action,
    *,
    holder_id: int | None = _UNCHANGED,
    location: str | None = None,
    payload: dict[str, Any] | None = None,
) -> Event:
    """Apply *action* to *carrier*: check (``domain.states.plan_move``), append the event,
    update the projection. *holder_id* left out keeps the present holder."""
    move = plan_move(
        CarrierState(carrier.state) if carrier.state is not None else None,
        carrier.holder_id, action,
        holder=carrier.holder_id if holder_id is _UNCHANGED else holder_id,
        location_before=carrier.location or "", location=location, payload=payload,
    )
    carrier.state = move.state.value
    carrier.holder_id = move.holder_id
    if location is not None:
        carrier.location = location
    carrier.updated_at = led.now().replace(tzinfo=None)
    if carrier.id is None:
        s.flush([carrier])
    return led.event(s, move.kind, move.payload, carrier_id=carrier.id,
                     document_id=carrier.document_id)


def get_carrier(s: Session, carrier_id: int) -> Carrier:
    return record(s, Carrier, carrier_id, "载体")


def carrier_by_label(s: Session, label_id: str) -> Carrier:
    code = label_id.strip().upper()
    c = s.execute(select(Carrier).where(Carrier.label_id == code)).scalar_one_or_none()
    if c is None:
        raise NotFound(what="载体标签", key=code)
    return c
