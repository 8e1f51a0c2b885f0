"""The hash of one event (DESIGN.md §4), with nothing else imported: the event log writes
with it, ``verify`` and its chain-check process (``store.chaincheck``) recompute it.

``hash = SHA-256(prev_hash ‖ canonical row)`` where the canonical row is the compact,
key-sorted JSON of every column but the hashes. The first event chains from 64 zeros.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

GENESIS = "0" * 64


def canonical(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def row_fields(
    *,
    id: int,
    ts: str,
    user_id: int | None,
    username: str,
    kind: str,
    carrier_id: int | None,
    document_id: int | None,
    person_id: int | None,
    payload: str,
) -> str:
    return canonical([id, ts, user_id, username, kind, carrier_id, document_id, person_id, payload])


def chain_hash(prev_hash: str, fields: str) -> str:
    return hashlib.sha256((prev_hash + fields).encode("utf-8")).hexdigest()
