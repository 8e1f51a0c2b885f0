"""The append-only, hash-chained event log (DESIGN.md §4).

``hash = SHA-256(prev_hash ‖ canonical row)`` where the canonical row is the compact,
key-sorted JSON of every column but the hashes. The first event chains from 64 zeros.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event as sa_event
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from secledger.store.chainhash import GENESIS, canonical, chain_hash, row_fields
from secledger.store.dialect import driver_cursor
from secledger.store.models.events import Event

__all__ = ["GENESIS", "canonical", "chain_hash", "row_fields"]  # their home: store/chainhash.py


def utc_ts(moment: datetime | None = None) -> str:
    m = moment or datetime.now(UTC)
    if m.tzinfo is None:
        m = m.replace(tzinfo=UTC)
    return m.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True, slots=True)
class Head:
    id: int
    hash: str


def head(session: Session) -> Head:
    row = session.execute(select(Event.id, Event.hash).order_by(Event.id.desc()).limit(1)).first()
    return Head(0, GENESIS) if row is None else Head(int(row[0]), str(row[1]))


def append(
    session: Session,
    *,
    kind: str,
    user_id: int | None,
    username: str,
    payload: Mapping[str, Any] | None = None,
    carrier_id: int | None = None,
    document_id: int | None = None,
    person_id: int | None = None,
    ts: str | None = None,
) -> Event:
    """Append one event chained to the current head, in the caller's transaction.

    The head is read once per transaction and then kept in ``session.info``; the
    ``chain_head`` setting is written once, just before the transaction commits.
    """
    chainer = EventChainer(session.info.get(_HEAD_KEY) or head(session))
    row = chainer.make(ts=ts or utc_ts(), user_id=user_id, username=username, kind=kind,
                       carrier_id=carrier_id, document_id=document_id, person_id=person_id,
                       payload=payload or {})
    ev = Event(**dict(zip(EventChainer.COLUMNS, row, strict=True)))
    session.add(ev)
    session.info[_HEAD_KEY] = Head(chainer.last_id, chainer.last_hash)
    session.info.setdefault(_KINDS_KEY, []).append(kind)
    return ev


def append_many(session: Session, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Append many events at once (a set-based workflow's one event per row), chained in
    order, with one multi-row INSERT, in the caller's transaction. Each row has the keyword
    arguments of ``append`` (``ts`` required). Returns the new event ids."""
    if not rows:
        return []
    chainer = FastChainer(session.info.get(_HEAD_KEY) or head(session))
    made = [chainer.make(ts=r["ts"], user_id=r.get("user_id"), username=r.get("username", ""),
                         kind=r["kind"], carrier_id=r.get("carrier_id"),
                         document_id=r.get("document_id"), person_id=r.get("person_id"),
                         payload=r.get("payload") or {}) for r in rows]
    session.flush()
    driver_cursor(session).executemany(_INSERT_MANY, made)
    session.info[_HEAD_KEY] = Head(chainer.last_id, chainer.last_hash)
    session.info.setdefault(_KINDS_KEY, []).extend(r["kind"] for r in rows)
    return [int(row[0]) for row in made]


_KINDS_KEY = "secledger_kinds"
#: the kinds committed while ``committed_kinds()`` is active in this thread/context
_collector: ContextVar[list[str] | None] = ContextVar("secledger_committed_kinds", default=None)


@contextmanager
def committed_kinds() -> Iterator[list[str]]:
    """Collect the kinds of every event committed inside the block (rolled-back ones are
    not): what a write changed, as ``domain.changes.Changes.of_kinds`` reads it."""
    kinds: list[str] = []
    token = _collector.set(kinds)
    try:
        yield kinds
    finally:
        _collector.reset(token)


_HEAD_KEY = "secledger_chain_head"


@sa_event.listens_for(Session, "before_commit")
def _write_head(session: Session) -> None:
    h = session.info.get(_HEAD_KEY)
    if h is not None:
        session.execute(_SET_HEAD, {"v": f"{h.id}:{h.hash}"})


@sa_event.listens_for(Session, "after_commit")
@sa_event.listens_for(Session, "after_soft_rollback")
def _forget_head(session: Session, *args: Any) -> None:
    session.info.pop(_HEAD_KEY, None)


@sa_event.listens_for(Session, "after_soft_rollback")
def _drop_kinds(session: Session, *args: Any) -> None:
    session.info.pop(_KINDS_KEY, None)


@sa_event.listens_for(Session, "after_commit")
def _report_kinds(session: Session) -> None:
    kinds = session.info.pop(_KINDS_KEY, None)
    collector = _collector.get()
    if kinds and collector is not None:
        collector.extend(kinds)


_SET_HEAD = text(
    "INSERT INTO settings(key, value) VALUES ('chain_head', :v) "
    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
)


class EventChainer:
    """Seals event rows into the chain: ``append`` uses it for one event, the demo generator
    for bulk inserts (rows as tuples in ``COLUMNS`` order)."""

    COLUMNS = (
        "id", "ts", "user_id", "username", "kind", "carrier_id", "document_id",
        "person_id", "payload", "prev_hash", "hash",
    )

    def __init__(self, start: Head) -> None:
        self.last_id = start.id
        self.last_hash = start.hash

    def make(
        self,
        *,
        ts: str,
        user_id: int | None,
        username: str,
        kind: str,
        carrier_id: int | None,
        document_id: int | None,
        person_id: int | None,
        payload: Mapping[str, Any],
    ) -> tuple[Any, ...]:
        self.last_id += 1
        body = canonical(dict(payload))
        fields = row_fields(id=self.last_id, ts=ts, user_id=user_id, username=username, kind=kind,
                            carrier_id=carrier_id, document_id=document_id, person_id=person_id,
                            payload=body)
        h = chain_hash(self.last_hash, fields)
        row = (self.last_id, ts, user_id, username, kind, carrier_id, document_id, person_id,
               body, self.last_hash, h)
        self.last_hash = h
        return row


#: json's own string quoting (C), as ``canonical`` quotes strings
quote: Any = json.encoder.encode_basestring
_ENCODE = json.JSONEncoder(
    sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
).encode


def _num(v: int | None) -> str:
    return "null" if v is None else str(int(v))


class FastChainer(EventChainer):
    """``EventChainer`` with one reusable JSON encoder: the same rows, several times faster
    (bulk loads and set-based workflows).

    ``canonical()`` builds a new encoder per call; here the payload goes through one
    prebuilt encoder with the same options, and the row list (ints, plain strings and the
    payload string) is written with json's own string quoting.
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


_INSERT_MANY = (f"INSERT INTO events({', '.join(EventChainer.COLUMNS)})"
                f" VALUES ({', '.join('?' for _ in EventChainer.COLUMNS)})")
