"""THE transition function: every change of a carrier's state or holder goes through
``transition()``, which checks the state machine and appends the event in the caller's
transaction, then updates the projection (carriers.state / holder_id)."""

from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.enums import CarrierState
from secledger.domain.errors import NotFound, RuleViolation
from secledger.domain.states import Action, check_transition, event_kind
from secledger.services.ledger.session import Ledger
from secledger.store.models.events import Event
from secledger.store.models.registry import Carrier

_UNCHANGED: Any = object()
_LABEL_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_label_id() -> str:
    """Opaque label id printed as a barcode: 'C' + 11 random Crockford base-32 chars."""
    return "C" + "".join(secrets.choice(_LABEL_ALPHABET) for _ in range(11))


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
    """Apply *action* to *carrier*: check, append the event, update the projection."""
    before = CarrierState(carrier.state) if carrier.state is not None else None
    after = check_transition(before, action)
    assert after is not None
    new_holder = carrier.holder_id if holder_id is _UNCHANGED else holder_id
    if after.is_terminal:
        new_holder = None
    elif new_holder is None:
        raise RuleViolation("rule", detail="非终结状态的载体必须有一名保管人")
    body: dict[str, Any] = {
        "action": action.value,
        "state_before": before.value if before else None,
        "state_after": after.value,
        "holder_before": carrier.holder_id,
        "holder_after": new_holder,
    }
    if location is not None:
        body["location_before"] = carrier.location or ""
        body["location_after"] = location
    body.update(payload or {})
    carrier.state = after.value
    carrier.holder_id = new_holder
    if location is not None:
        carrier.location = location
    carrier.updated_at = led.now().replace(tzinfo=None)
    if carrier.id is None:
        s.flush([carrier])
    return led.event(s, event_kind(action), body, carrier_id=carrier.id,
                     document_id=carrier.document_id)


def get_carrier(s: Session, carrier_id: int) -> Carrier:
    c = s.get(Carrier, carrier_id)
    if c is None:
        raise NotFound(what="载体", key=str(carrier_id))
    return c


def carrier_by_label(s: Session, label_id: str) -> Carrier:
    code = label_id.strip().upper()
    c = s.execute(select(Carrier).where(Carrier.label_id == code)).scalar_one_or_none()
    if c is None:
        raise NotFound(what="载体标签", key=code)
    return c
