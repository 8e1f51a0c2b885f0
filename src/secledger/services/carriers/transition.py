"""THE transition function: every change of a carrier's, or of a classified device's or
storage medium's, state or holder goes through ``transition()``, which checks the state
machine and appends the event in the caller's transaction, then updates the projection
(carriers.state / holder_id; media_items.state / holder_id / level). The checking and the
event's payload are ``domain.states.plan_move`` (for a media item through
``domain.media.plan_media_move``, the same function on the media table with the level rule);
the demo generator's bulk history uses it too."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain import labels
from secledger.domain.enums import CarrierState, Classification
from secledger.domain.errors import NotFound
from secledger.domain.media import MediaAction, MediaState, plan_media_move
from secledger.domain.states import Action, plan_move
from secledger.services.carriers.items import record
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now
from secledger.services.people.departed import refuse_new_holder
from secledger.store.models.events import Event
from secledger.store.models.media import MediaItem
from secledger.store.models.registry import Carrier

_UNCHANGED: Any = object()
LABEL_ALPHABET = labels.ALPHABET


def new_label_id() -> str:
    """Opaque label id printed as a barcode: 'C' + 11 random Crockford base-32 chars."""
    return labels.new_label_id(labels.CARRIER_PREFIX)


def transition(
    s: Session,
    led: Ledger,
    carrier: Carrier | MediaItem,
    action: Action | MediaAction,
    *,
    holder_id: int | None = _UNCHANGED,
    location: str | None = None,
    payload: dict[str, Any] | None = None,
    level: Classification | None = None,
) -> Event:
    """Apply *action* to *carrier* (or to a media item): check (``domain.states.plan_move``),
    append the event, update the projection. *holder_id* left out keeps the present holder.
    *level* is a media item's level after the move (registering, raising); a carrier's
    level is its document's."""
    if not isinstance(carrier, Carrier):
        assert isinstance(action, MediaAction)
        return _move_media(s, led, carrier, action, holder_id, location, payload, level)
    assert level is None, "a carrier's level is its document's"
    holder = carrier.holder_id if holder_id is _UNCHANGED else holder_id
    _check_new_holder(s, led, carrier.holder_id, holder)
    move = plan_move(
        CarrierState(carrier.state) if carrier.state is not None else None,
        carrier.holder_id, action, holder=holder,
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


def _move_media(
    s: Session, led: Ledger, item: MediaItem, action: MediaAction, holder_id: int | None,
    location: str | None, payload: dict[str, Any] | None, level: Classification | None,
) -> Event:
    """The media branch of ``transition``: the same check, one-holder rule and event, on
    the media table with the level rule. The event names the item in its payload
    (``media_id``, ``device_no``); it has no carrier or document."""
    holder = item.holder_id if holder_id is _UNCHANGED else holder_id
    _check_new_holder(s, led, item.holder_id, holder)
    move, level_after = plan_media_move(
        MediaState(item.state) if item.state is not None else None, item.holder_id,
        Classification(item.level) if item.level is not None else None, action,
        holder=holder, level=level,
        location_before=item.location or "", location=location, payload=payload,
    )
    item.state = move.state.value
    item.holder_id = move.holder_id
    item.level = level_after.value
    if location is not None:
        item.location = location
    item.updated_at = led.now().replace(tzinfo=None)
    if item.id is None:
        s.flush([item])
    body = {**move.payload, "media_id": item.id, "device_no": item.device_no}
    return led.event(s, move.kind, body)


def _check_new_holder(s: Session, led: Ledger, before: int | None, after: int | None) -> None:
    """Whoever becomes the holder must not be leaving or have left a classified post
    (``services.people.departed``); a move that keeps the holder asks nothing."""
    if after is not None and after != before:
        refuse_new_holder(s, after, lambda: local_now(led).date())


def get_carrier(s: Session, carrier_id: int) -> Carrier:
    return record(s, Carrier, carrier_id, "载体")


def carrier_by_label(s: Session, label_id: str) -> Carrier:
    code = label_id.strip().upper()
    c = s.execute(select(Carrier).where(Carrier.label_id == code)).scalar_one_or_none()
    if c is None:
        raise NotFound(what="载体标签", key=code)
    return c
