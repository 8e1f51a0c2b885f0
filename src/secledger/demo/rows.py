"""Event rows for bulk loads, identical to what ``store.eventlog`` writes, made faster
(``FastChainer`` lives in ``store.eventlog``, which uses it for set-based workflows too)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from secledger.store.eventlog import EventChainer, FastChainer, Head, quote

__all__ = ["FastChainer", "quote", "same_as_reference", "stamps"]


def stamps(moment: datetime) -> tuple[str, str]:
    """(event ts as ``eventlog.utc_ts``, DateTime as SQLAlchemy stores it) of a UTC moment."""
    if moment.microsecond:
        return (moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                moment.strftime("%Y-%m-%d %H:%M:%S.%f"))
    iso = moment.isoformat()
    return f"{iso[:19]}.000000Z", f"{iso[:10]} {iso[11:19]}.000000"


def same_as_reference(sample: Mapping[str, Any]) -> bool:
    """True when ``FastChainer`` and ``EventChainer`` make identical rows for *sample*."""
    args: dict[str, Any] = {"ts": "2024-01-02T01:02:03.000000Z", "user_id": 3, "username": "demo",
                            "kind": "carrier.register", "carrier_id": 7, "document_id": 2,
                            "person_id": None, "payload": sample}
    start = Head(41, "ab" * 32)
    return bool(FastChainer(start).make(**args) == EventChainer(start).make(**args))
