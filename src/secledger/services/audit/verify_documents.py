"""The document half of ``verify``: replay every event that sets or changes a document's
facts (registration, correction, 须清退 by a recall notice, void) and compare the result with
the documents table. Facts derived from others (密级 from the mark; 保密期限 and 解密日期 from
the mark and the date of issue) are derived here exactly as the services derive them, so a
correction written before or after a change of the correction rules replays the same way.
Problems name the facts in words (标题, 密级, 保密期限 …), never by column name."""

from __future__ import annotations

import functools
import json
import sys
from array import array
from datetime import date
from typing import Any

from secledger.domain.classification import DOCUMENT_EVENT_KINDS
from secledger.domain.docfacts import labels
from secledger.domain.errors import MarkError
from secledger.domain.marks import ClassificationMark, declassification_date, parse_mark

#: facts a registration event records and a correction's ``after`` may change
RECORDED = ("reg_no", "register", "title", "doc_no", "unit", "urgency", "issued_on", "pages",
            "remarks", "mark", "level", "need_to_know", "no_copy", "recall_required")
#: facts derived from the mark and the date of issue
DERIVED = ("retention", "declassify_on")
#: every replayed column of the documents table
COLUMNS = (*RECORDED, *DERIVED, "voided", "void_reason")
#: the facts stored as JSON text, compared as values
_JSON = frozenset({"need_to_know", "retention"})
_BOOL = frozenset({"no_copy", "recall_required", "voided"})

KINDS = frozenset({"document.registered", "document.corrected", "document.recall_required",
                   "document.voided"}) | DOCUMENT_EVENT_KINDS

#: per document, the replayed facts in ``COLUMNS`` order (``UNKNOWN``: never recorded) and,
#: last, the id of the last event that changed it: one compact list per document, for
#: ledgers of hundreds of thousands of documents
Facts = list[Any]
UNKNOWN: Any = object()
_AT = {k: i for i, k in enumerate(COLUMNS)}
_LAST = len(COLUMNS)
#: facts from a small vocabulary, shared between documents rather than copied per row
_SHARED = frozenset({"register", "urgency", "level", "mark", "unit"})


def _put(facts: Facts, key: str, value: Any) -> None:
    if key == "need_to_know":
        value = _canonical(value)
    elif key in _SHARED and isinstance(value, str):
        value = sys.intern(value)
    facts[_AT[key]] = value


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def replay(docs: dict[int, Facts], kind: str, did: int, ev_id: int, payload: str) -> None:
    """Apply one document event to the replayed facts of document *did*."""
    body = json.loads(payload)
    if kind == "document.registered":
        docs[did] = facts = [UNKNOWN] * (_LAST + 1)
        for k in RECORDED:
            if k in body:
                _put(facts, k, body[k])
        _put(facts, "voided", False)
        _put(facts, "void_reason", "")
    elif did not in docs:
        return
    elif kind == "document.voided":
        _put(docs[did], "voided", True)
        _put(docs[did], "void_reason", body.get("reason", ""))
    elif kind == "document.recall_required":
        _put(docs[did], "recall_required", True)
    else:
        after = body.get("after") or {}
        for k in RECORDED:
            if k in after:
                _put(docs[did], k, after[k])
        if "mark" in after:  # a mark correction also changed the level
            mark = _mark(str(after["mark"]))
            if mark is not None:
                _put(docs[did], "level", mark.level.value)
    docs[did][_LAST] = ev_id


def level_of(facts: Facts | None) -> str | None:
    """The replayed 密级 of a document (None: unknown)."""
    if facts is None:
        return None
    level = facts[_AT["level"]]
    return None if level is UNKNOWN else str(level)


def last_event(facts: Facts) -> int:
    return int(facts[_LAST])


@functools.lru_cache(maxsize=4096)
def _mark(text: str) -> ClassificationMark | None:
    """The mark as the services parse it (the date of issue only validates, it changes
    nothing parsed); None for a mark that cannot be read."""
    try:
        return parse_mark(text)
    except MarkError:
        return None


@functools.lru_cache(maxsize=4096)
def _retention(text: str) -> Any:
    mark = _mark(text)
    if mark is None:
        return UNKNOWN
    return _canonical(mark.retention.to_dict() if mark.retention else {})


def expected(facts: Facts) -> Facts:
    """The replayed facts with the derived ones (保密期限, 解密日期) filled in."""
    out = list(facts)
    text = facts[_AT["mark"]]
    mark = _mark(str(text)) if text is not UNKNOWN else None
    if mark is None:
        return out  # the mark itself is compared; nothing can be derived from it
    issued_text = facts[_AT["issued_on"]]
    out[_AT["retention"]] = _retention(str(text))
    out[_AT["declassify_on"]] = _declassify_on(str(text), issued_text
                                               if isinstance(issued_text, str) else None)
    return out


@functools.lru_cache(maxsize=65536)
def _declassify_on(text: str, issued_text: str | None) -> Any:
    """The 解密日期 the mark and the date of issue give (as the services derive it)."""
    mark = _mark(text)
    assert mark is not None
    issued = date.fromisoformat(issued_text) if issued_text else None
    declass = declassification_date(mark, issued)
    if declass is not None and issued is None:
        # a date written in the mark was kept only with a date of issue before; a document
        # registered then, without one, has none stored: both are honest
        return Either((declass.isoformat(), None))
    return declass.isoformat() if declass else None


class Either(tuple[Any, ...]):
    """Several stored values the replay accepts for one fact."""


def _agrees(expect: Any, stored: Any) -> bool:
    return stored in expect if isinstance(expect, Either) else stored == expect


def mismatches(expect: Facts, row: tuple[Any, ...]) -> list[str]:
    """The facts whose stored value (*row* in ``COLUMNS`` order) differs from the replayed
    one, in ``COLUMNS`` order."""
    return [k for i, k in enumerate(COLUMNS)
            if (e := expect[i]) is not UNKNOWN and not (type(e) is type(row[i]) and e == row[i])
            and not _agrees(e, _stored(k, row[i]))]


def _stored(key: str, value: Any) -> Any:
    if key in _JSON:
        return _stored_json(value) if isinstance(value, str) or value is None \
            else ("unreadable", value)
    if key in _BOOL:
        return bool(value)
    if isinstance(value, date):
        return value.isoformat()
    return value
@functools.lru_cache(maxsize=4096)
def _stored_json(value: str | None) -> Any:
    """A stored JSON fact as canonical text (a few distinct texts repeat on every row)."""
    try:
        return _canonical(json.loads(value) if value else {})
    except ValueError:
        return ("unreadable", value)


def message(did: int, reg_no: Any, bad: list[str], ev_id: int) -> tuple[str, str]:
    """(中文, English) words for a document whose facts the log does not explain."""
    return (
        f"文件 #{did}（{reg_no}）的{labels(bad)}与事件日志不符（最后事件 #{ev_id}）",
        f"Document #{did} ({reg_no}): the event log does not account for its"
        f" {labels(bad, 'en')} (last event #{ev_id})",
    )


class DocumentStream:
    """The documents checked in bounded memory, as the chain is read.

    A document only registered (most of them) is compared with its row as soon as its
    registration is replayed, while the rows are read alongside in id order (``rows``: a
    cursor of ``SELECT id, COLUMNS FROM documents ORDER BY id``); only the documents some
    later event changes (*later*, read beforehand from ``ix_events_kind``) keep their facts
    until the end. Each document's replayed 密级 is kept as a small code for the carriers'
    check. ``first`` is the problem of the lowest document id, as a check of the rows in id
    order would report it: (document id, event id, 中文, English).
    """

    def __init__(self, rows: Any, later: set[int], limit: int) -> None:
        self._rows = rows
        self._row: tuple[Any, ...] | None = None
        self._pending: dict[int, tuple[Any, ...]] = {}  # rows read before their registration
        self._seen_to = 0  # every row with a smaller id has been read
        self.later = later
        self.kept: dict[int, Facts] = {}
        self._limit = limit  # the highest document id in the table
        self._levels = array("h", bytes(2 * (limit + 1)))  # per document: a code into _names
        self._far: dict[int, str] = {}  # ids above the table's (a log written elsewhere)
        self._far_registered: set[int] = set()
        self._names: list[str] = [""]
        self._registered = array("b", bytes(limit + 1))  # registration replayed (≤ limit)
        self._found_at: dict[int, tuple[int, int | None, str, str]] = {}  # by document

    def replay(self, kind: str, did: int, ev_id: int, payload: str) -> None:
        if did in self.later:
            replay(self.kept, kind, did, ev_id, payload)
            self._set_level(did, level_of(self.kept.get(did)))
            return
        if kind != "document.registered":
            return
        if self._again(did):  # registered twice: the last registration counts, at the end
            self.later.add(did)
            self._found_at.pop(did, None)
            replay(self.kept, kind, did, ev_id, payload)
            self._set_level(did, level_of(self.kept.get(did)))
            return
        facts: dict[int, Facts] = {}
        replay(facts, kind, did, ev_id, payload)
        self._set_level(did, level_of(facts[did]))
        self._compare(did, facts[did], self._take(did))

    def _again(self, did: int) -> bool:
        """Whether *did* was registered before (and remember that it now is)."""
        if not 0 <= did <= self._limit:
            again = did in self._far_registered
            self._far_registered.add(did)
            return again
        seen = bool(self._registered[did])
        self._registered[did] = 1
        return seen

    def _set_level(self, did: int, level: str | None) -> None:
        if level is None:
            return
        if not 0 <= did <= self._limit:
            self._far[did] = level
            return
        if level not in self._names:
            self._names.append(level)
        self._levels[did] = self._names.index(level)

    def level(self, did: int) -> str | None:
        """The replayed 密级 of document *did* (None: unknown)."""
        if not 0 <= did <= self._limit:
            return self._far.get(did)
        code = self._levels[did]
        return self._names[code] if code else None

    def _take(self, did: int) -> tuple[Any, ...] | None:
        """The row of *did* (reading on in id order), None when there is none."""
        if did < self._seen_to:
            return self._pending.pop(did, None)
        while True:
            row = self._row if self._row is not None else next(self._rows, None)
            self._row = None
            if row is None:
                self._seen_to = 1 << 62
                return None
            rid = int(row[0])
            self._seen_to = rid + 1
            if rid == did:
                return tuple(row)
            if rid > did:
                self._row, self._seen_to = row, rid
                return None
            if rid not in self.later:
                self._pending[rid] = tuple(row)  # no registration replayed for it yet

    def _compare(self, did: int, facts: Facts, row: tuple[Any, ...] | None) -> None:
        if row is None:
            return  # a registration without a row: the table's rows are what is checked
        bad = mismatches(expected(facts), row[1:])
        if bad:
            ev_id = last_event(facts)
            self._found(did, ev_id, *message(did, row[1], bad, ev_id))

    def _found(self, did: int, ev_id: int | None, zh: str, en: str) -> None:
        self._found_at[did] = (did, ev_id, zh, en)

    @property
    def first(self) -> tuple[int, int | None, str, str] | None:
        """The problem of the lowest document id (none: None)."""
        return self._found_at[min(self._found_at)] if self._found_at else None

    def finish(self, fetch: Any) -> None:
        """After the chain: the rows never registered, and the documents changed later
        (their rows read by *fetch(ids)*, an iterable of rows)."""
        self._take(1 << 61)  # reads the rest (no document has that id)
        for rid in self._pending:
            self._found(rid, None, f"文件 #{rid} 没有登记事件",
                        f"Document #{rid} has no registration event")
        for row in fetch(sorted(self.later)):
            did = int(row[0])
            facts = self.kept.get(did)
            if facts is None:
                self._found(did, None, f"文件 #{did} 没有登记事件",
                            f"Document #{did} has no registration event")
            else:
                self._compare(did, facts, tuple(row))
