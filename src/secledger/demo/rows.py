"""Event rows for bulk loads, identical to what ``store.eventlog`` writes, made faster."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from secledger.store.eventlog import EventChainer, Head

quote: Any = json.encoder.encode_basestring  # json's own string quoting (C)


def stamps(moment: datetime) -> tuple[str, str]:
    """(event ts as ``eventlog.utc_ts``, DateTime as SQLAlchemy stores it) of a UTC moment."""
    if moment.microsecond:
        return (moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                moment.strftime("%Y-%m-%d %H:%M:%S.%f"))
    iso = moment.isoformat()
    return f"{iso[:19]}.000000Z", f"{iso[:10]} {iso[11:19]}.000000"


_ENCODE = json.JSONEncoder(
    sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
).encode


def _num(v: int | None) -> str:
    return "null" if v is None else str(int(v))


class FastChainer(EventChainer):
    """``EventChainer`` with one reusable JSON encoder: the same rows, several times faster.

    ``canonical()`` builds a new encoder per call; here the payload goes through one
    prebuilt encoder with the same options, and the row list (ints, plain strings and the
    payload string) is written with json's own string quoting. ``same_as_reference``
    checks the equivalence before a bulk load.
    """

    def make(
        self, *, ts: str, user_id: int | None, username: str, kind: str,
        carrier_id: int | None, document_id: int | None, person_id: int | None,
        payload: Mapping[str, Any],
    ) -> tuple[Any, ...]:
        return self.make_raw(ts=ts, user_id=user_id, username=username, kind=kind,
                             carrier_id=carrier_id, document_id=document_id, person_id=person_id,
                             body=_ENCODE(payload))

    def make_raw(
        self, *, ts: str, user_id: int | None, username: str, kind: str,
        carrier_id: int | None, document_id: int | None, person_id: int | None, body: str,
    ) -> tuple[Any, ...]:
        """As ``make`` for a payload already in canonical JSON."""
        self.last_id += 1
        fields = (f"[{self.last_id},{quote(ts)},{_num(user_id)},{quote(username)},"
                  f"{quote(kind)},{_num(carrier_id)},{_num(document_id)},{_num(person_id)},"
                  f"{quote(body)}]")
        h = hashlib.sha256((self.last_hash + fields).encode("utf-8")).hexdigest()
        row = (self.last_id, ts, user_id, username, kind, carrier_id, document_id, person_id,
               body, self.last_hash, h)
        self.last_hash = h
        return row


def same_as_reference(sample: Mapping[str, Any]) -> bool:
    """True when ``FastChainer`` and ``EventChainer`` make identical rows for *sample*."""
    args: dict[str, Any] = {"ts": "2024-01-02T01:02:03.000000Z", "user_id": 3, "username": "demo",
                            "kind": "carrier.register", "carrier_id": 7, "document_id": 2,
                            "person_id": None, "payload": sample}
    start = Head(41, "ab" * 32)
    return bool(FastChainer(start).make(**args) == EventChainer(start).make(**args))
