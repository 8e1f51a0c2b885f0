"""Other desktops' changes on a server ledger, read from the event log by polling.

Every change is an event, so what other desktops changed since this one last looked is
the kinds of the events after ``Ledger.seen_event`` that this ``Ledger`` did not write
itself. ``poll`` returns them as ``Changes`` (the panes refresh from them as from their
own writes) and moves the mark on; the desktop polls every few seconds. A refusal after
such a change is told as "just changed by another user — refreshed" (``refusal``).
On a file ledger there is no one else: nothing is read.
"""

from __future__ import annotations

from sqlalchemy import select

from secledger.domain.changes import Changes
from secledger.domain.errors import ChangedElsewhere, DomainError, RuleViolation
from secledger.services.ledger.session import Ledger
from secledger.store.models.events import Event


def _others(led: Ledger) -> tuple[set[str], int]:
    with led.db.read() as s:
        rows = s.execute(select(Event.id, Event.kind).where(Event.id > led.seen_event)
                         .order_by(Event.id)).all()
    own = led.own_events
    kinds = {str(k) for i, k in rows if int(i) not in own}
    return kinds, max((int(r[0]) for r in rows), default=led.seen_event)


def poll(led: Ledger) -> Changes:
    """What other desktops committed since this desktop last looked; the mark moves on."""
    if led.server is None or led.locked:
        return Changes()
    kinds, last = _others(led)
    led.mark_seen(last)
    return Changes.of_kinds(kinds)


def changed_elsewhere(led: Ledger) -> bool:
    """Whether another desktop committed anything this one has not shown yet."""
    if led.server is None or led.locked:
        return False
    return bool(_others(led)[0])


def refusal(led: Ledger | None, exc: DomainError) -> DomainError:
    """*exc*, or ``ChangedElsewhere`` when a rule refused what another desktop's change
    (not yet shown here) may have made impossible."""
    if led is not None and isinstance(exc, RuleViolation) and not isinstance(
            exc, ChangedElsewhere) and changed_elsewhere(led):
        return ChangedElsewhere(reason=exc.message())
    return exc
