"""Events in words for people: the carrier history and the audit log.

Each event becomes an ``EventRow``: who, when (in the ledger's time zone), the kind's short
name, state and holder before → after, and one sentence in Chinese and English from
``domain.event_text``. The ids a payload names (people, carriers, documents, departments)
are read here, one query per table for a whole page of events.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from secledger.domain import event_fields as ef
from secledger.domain.enums import CarrierState
from secledger.domain.event_text import describe, kind_name
from secledger.domain.states import Action

#: ``SELECT {EVENT_COLUMNS} FROM events e {ACTOR_JOIN} WHERE ...``: the columns
#: ``describe_rows`` reads, with the acting person's name joined SQL-side (users -> people).
EVENT_COLUMNS = "e.id, e.ts, e.username, e.kind, e.carrier_id, e.payload, coalesce(ap.name, '')"
ACTOR_JOIN = ("LEFT JOIN users au ON au.id = e.user_id "
              "LEFT JOIN people ap ON ap.id = au.person_id")


def kind_label(kind: str, lang: str = "zh_CN") -> str:
    """A kind in words: ``carrier.issue_to`` -> 分发/领用, ``auth.unlocked`` -> 登录/解锁."""
    return kind_name(kind, lang)


@dataclass(frozen=True, slots=True)
class EventRow:
    id: int
    ts: datetime  # aware, UTC
    username: str
    kind: str
    what: str  # e.g. "分发/领用 → 张三"
    state_before: str  # labels, "" when not a state change
    state_after: str
    holder_before: str  # names
    holder_after: str
    detail: str  # the event in one Chinese sentence
    carrier_id: int | None
    actor_name: str = ""  # the name of the person behind ``username`` ("" when unknown)
    what_en: str = ""
    detail_en: str = ""
    local_time: datetime | None = None  # naive, the ledger's local time

    @property
    def actor(self) -> str:
        """Who did it, as people read it: the person's name, else the user name."""
        return self.actor_name or self.username

    def what_in(self, lang: str) -> str:
        return self.what_en if lang.lower().startswith("en") and self.what_en else self.what

    def detail_in(self, lang: str) -> str:
        return self.detail_en if lang.lower().startswith("en") and self.detail_en else self.detail


def describe_rows(s: Session, rows: Sequence[Sequence[Any]],
                  tz: tzinfo = UTC) -> tuple[EventRow, ...]:
    """Events in words; *rows* are ``(id, ts, username, kind, carrier_id, payload)``, plus
    optionally the actor's name (``EVENT_COLUMNS`` with ``ACTOR_JOIN``)."""
    payloads = [_body(r[5]) for r in rows]
    names = lookup(s, payloads)
    return tuple(_event(r, body, names, tz) for r, body in zip(rows, payloads, strict=True))


def _body(raw: Any) -> dict[str, Any]:
    value = json.loads(raw or "{}")
    return value if isinstance(value, dict) else {"value": value}


# -- the names a page of payloads needs ---------------------------------------------------
def _ints(value: Any) -> Iterator[int]:
    for v in value if isinstance(value, list) else [value]:
        if isinstance(v, int) and not isinstance(v, bool):
            yield v


def _walk(body: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(body, dict):
        for key, value in body.items():
            yield key, value
            yield from _walk(value)


_KEYS = {
    "people": ef.PERSON_KEYS | ef.PEOPLE_KEYS | {"holder_id"},
    "carriers": ef.CARRIER_KEYS,
    "documents": ef.DOCUMENT_KEYS,
    "departments": ef.DEPARTMENT_KEYS,
}
_SQL = {
    "people": "SELECT id, name FROM people WHERE id IN ({ids})",
    "carriers": "SELECT c.id, d.reg_no || '/' || printf('%06d', c.copy_no) FROM carriers c"
                " JOIN documents d ON d.id = c.document_id WHERE c.id IN ({ids})",
    "documents": "SELECT id, reg_no FROM documents WHERE id IN ({ids})",
    "departments": "SELECT id, name FROM departments WHERE id IN ({ids})",
}


def lookup(s: Session, payloads: Sequence[dict[str, Any]]) -> ef.Lookup:
    """The names of every id the payloads name, one query per table."""
    wanted: dict[str, set[int]] = {table: set() for table in _KEYS}
    for body in payloads:
        for key, value in _walk(body):
            for table, keys in _KEYS.items():
                if key in keys:
                    wanted[table].update(_ints(value))
    found: dict[str, dict[int, str]] = {}
    for table, ids in wanted.items():
        found[table] = {}
        if ids:
            marks = ", ".join(str(i) for i in sorted(ids))
            found[table] = {int(r[0]): str(r[1]) for r in s.execute(
                text(_SQL[table].format(ids=marks)))}
    return ef.Lookup(people=found["people"], carriers=found["carriers"],
                     documents=found["documents"], departments=found["departments"])


# -- one row ------------------------------------------------------------------------------
def _state_label(value: Any) -> str:
    if not value:
        return ""
    try:
        return CarrierState(str(value)).label
    except ValueError:
        return str(value)


def _holder(body: dict[str, Any], key: str, names: ef.Lookup) -> str:
    value = body.get(key)
    return names.person(value) if isinstance(value, int) else ""


def _what(kind: str, body: dict[str, Any], lang: str) -> str:
    action = body.get("action")
    if action:
        try:
            a = Action(str(action))
        except ValueError:
            return str(action)
        return kind_name(f"carrier.{a.value}", lang)
    return kind_name(kind, lang)


def _event(r: Sequence[Any], body: dict[str, Any], names: ef.Lookup, tz: tzinfo) -> EventRow:
    kind = str(r[3])
    hb, ha = _holder(body, "holder_before", names), _holder(body, "holder_after", names)
    whats = []
    for lang in ("zh_CN", "en"):
        what = _what(kind, body, lang)
        if ha and ha != hb and body.get("action") != "register":
            what = f"{what} → {ha}"
        whats.append(what)
    ts = parse_ts(str(r[1]))
    zh, en = (describe(kind, body, ef.Ctx(lang, names, tz)) for lang in ("zh_CN", "en"))
    return EventRow(
        id=int(r[0]), ts=ts, username=str(r[2]), kind=kind, what=whats[0],
        state_before=_state_label(body.get("state_before")),
        state_after=_state_label(body.get("state_after")), holder_before=hb, holder_after=ha,
        detail=zh, carrier_id=int(r[4]) if r[4] is not None else None,
        actor_name=str(r[6] or "") if len(r) > 6 else "", what_en=whats[1], detail_en=en,
        local_time=ts.astimezone(tz).replace(tzinfo=None),
    )


def parse_ts(ts: str) -> datetime:
    moment = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
