"""The carrier half of ``verify``'s replay, in bounded memory: what the event log says of
every carrier (state, holder, last event, document, carrier type) kept in flat arrays
indexed by carrier id — about 30 bytes a carrier instead of a dictionary of tuples (over
500 MB for a million carriers). States and types are small codes into a shared table.

``get`` gives the same ``(state, holder, last event, document, type)`` tuple the checks
compare with the carriers table; ``ids`` streams the carriers the log registered, in id
order, for the merge with the table.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from typing import Any

Expect = tuple[str, Any, int, Any, str | None]
_NONE = -1  # no holder / no document
_ODD = -2  # a value no array can hold (a tampered payload): kept aside


class CarrierReplay:
    """Per carrier id: the replayed projection (code 0 in ``_state``: never registered).
    Ids above *limit* (the carriers table's highest, so only in a log written outside the
    app) are kept in a dictionary instead."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._far: dict[int, Expect] = {}
        size = limit + 1  # sized once: growing would copy every array
        self._state = array("h", bytes(2 * size))
        self._holder = array("q", bytes(8 * size))
        self._last = array("q", bytes(8 * size))
        self._doc = array("q", bytes(8 * size))
        self._type = array("h", bytes(2 * size))
        self._names: list[str | None] = [None]
        self._codes: dict[str, int] = {}
        self._odd: dict[tuple[str, int], Any] = {}
        self.count = 0

    def _code(self, name: str | None) -> int:
        if name is None:
            return 0
        code = self._codes.get(name)
        if code is None:
            code = self._codes[name] = len(self._names)
            self._names.append(name)
        return code

    def _put_int(self, which: str, arr: array[int], cid: int, value: Any) -> None:
        if value is None:
            arr[cid] = _NONE
        elif type(value) is int and value >= 0:
            arr[cid] = value
        else:
            arr[cid] = _ODD
            self._odd[(which, cid)] = value

    def _get_int(self, which: str, arr: array[int], cid: int) -> Any:
        value = arr[cid]
        if value == _NONE:
            return None
        return self._odd[(which, cid)] if value == _ODD else value

    def get(self, cid: int) -> Expect | None:
        if not 0 <= cid <= self.limit:
            return self._far.get(cid)
        if cid >= len(self._state) or self._state[cid] == 0:
            return None
        return (str(self._names[self._state[cid]]), self._get_int("holder", self._holder, cid),
                self._last[cid], self._get_int("doc", self._doc, cid),
                self._names[self._type[cid]])

    def put(self, cid: int, state: str, holder: Any, ev_id: int, did: Any,
            ctype: str | None) -> None:
        if not 0 <= cid <= self.limit:
            if cid not in self._far:
                self.count += 1
            self._far[cid] = (state, holder, ev_id, did, ctype)
            return
        if self._state[cid] == 0:
            self.count += 1
        self._state[cid] = self._code(state)
        self._put_int("holder", self._holder, cid, holder)
        self._last[cid] = ev_id
        self._put_int("doc", self._doc, cid, did)
        self._type[cid] = self._code(ctype)

    def move(self, cid: int, ev_id: int, did: Any, state_after: Any, state_before: Any,
             holder: Any, ctype: Any) -> bool:
        """One event that moves carrier *cid*: False when its state before is not the
        state the log left it in; else the replay follows it (the carrier keeps the
        document and type of its registration)."""
        if 0 <= cid < len(self._state) and (code := self._state[cid]):
            if self._names[code] != state_before:
                return False
            self._state[cid] = self._code(str(state_after))
            self._put_int("holder", self._holder, cid, holder)
            self._last[cid] = ev_id
            return True
        before = self.get(cid)
        if (before[0] if before else None) != state_before:
            return False
        self.put(cid, str(state_after), holder, ev_id, before[3] if before else did,
                 before[4] if before else (ctype if isinstance(ctype, str) else None))
        return True

    def agrees(self, cid: int, state: Any, holder: Any, did: Any, ctype: Any) -> bool:
        """True when the carriers row (state, holder, document, type) is what the log says
        (the quick test; the checks word what differs)."""
        if not 0 <= cid < len(self._state) or not (code := self._state[cid]):
            return False
        h = self._holder[cid]
        t = self._type[cid]
        return (self._names[code] == state and (h == holder if h >= 0 else h == _NONE
                                                 and holder is None)
                and self._doc[cid] == did and (t == 0 or self._names[t] == ctype))

    def set_type(self, cid: int, ctype: str) -> None:
        if not 0 <= cid <= self.limit:
            self._far[cid] = (*self._far[cid][:4], ctype)
        else:
            self._type[cid] = self._code(ctype)

    def ids(self) -> Iterator[int]:
        """Every carrier id the log registered, ascending."""
        state = self._state
        near = (cid for cid in range(len(state)) if state[cid])
        yield from sorted([*near, *self._far]) if self._far else near


_KEYS = ('"state_after":', '"state_before":', '"holder_after":', '"carrier_type":')


def moved(payload: str) -> tuple[str, Any, Any, Any] | None:
    """(state after, state before, holder after, carrier type) of a carrier event's
    payload read without parsing it, or None when that cannot be done exactly (the caller
    parses it then): the payloads are compact JSON, and in a flat object with plain values
    a key's text can only be that key (a quote inside a string is escaped)."""
    if payload.find("{", 1) != -1 or "\\" in payload:
        return None
    out: list[Any] = []
    for key in _KEYS:
        i = payload.find(key)
        if i < 0:
            if key == '"state_after":':
                return None
            out.append(None)
            continue
        i += len(key)
        if payload.startswith('"', i):
            j = payload.find('"', i + 1)
            out.append(payload[i + 1:j])
            continue
        j = i
        while payload[j] not in ",}":
            j += 1
        text = payload[i:j]
        if text == "null":
            out.append(None)
        elif text.isdigit():
            out.append(int(text))
        else:
            return None  # a number written otherwise, true/false, an array: parse it
    return out[0], out[1], out[2], out[3]

