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
        self._state = array("h")
        self._holder = array("q")
        self._last = array("q")
        self._doc = array("q")
        self._type = array("h")
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

    def _grow(self, cid: int) -> None:
        missing = cid + 1 - len(self._state)
        if missing > 0:
            step = max(missing, len(self._state) // 2, 1024)
            for arr in (self._state, self._type):
                arr.extend(array("h", bytes(2 * step)))
            for arr in (self._holder, self._last, self._doc):
                arr.extend(array("q", bytes(8 * step)))

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
        self._grow(cid)
        if self._state[cid] == 0:
            self.count += 1
        self._state[cid] = self._code(state)
        self._put_int("holder", self._holder, cid, holder)
        self._last[cid] = ev_id
        self._put_int("doc", self._doc, cid, did)
        self._type[cid] = self._code(ctype)

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
