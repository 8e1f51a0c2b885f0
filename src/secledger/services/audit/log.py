"""审计: the event log as the auditor reads it, the chain verification and their printouts.

The log can hold millions of rows: every query here filters, counts and pages in SQL
(newest first, by ``id`` keyset; ``OFFSET`` only for a jump into the middle). Each row comes
back as a frozen ``AuditEvent`` described in Chinese and English by ``browse.history``. Only
the auditor and the security officer may read the log (``PermissionDenied`` otherwise).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from secledger.domain.classification import (
    CARRIER_MARK_EVENT,
    DOCUMENT_EVENT_KINDS,
    NO_NOTICE_EVENT,
)
from secledger.domain.copyno import format_copy_no
from secledger.domain.enums import Role
from secledger.services.audit.log_words import changes as changes
from secledger.services.audit.log_words import describe
from secledger.services.audit.verify import verify
from secledger.services.browse.history import describe_rows, kind_label
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_tz
from secledger.store.eventlog import utc_ts

READERS = (Role.AUDITOR, Role.SECURITY_OFFICER)

#: carrier.* kinds that belong to registration rather than to the carrier's movements
_REGISTRATION_CARRIER = ("carrier.register", "carrier.void", "carrier.corrected",
                         "carrier.label_printed")


@dataclass(frozen=True, slots=True)
class KindGroup:
    label: str
    prefixes: tuple[str, ...]
    include: tuple[str, ...] = ()  # exact kinds added
    exclude: tuple[str, ...] = ()  # exact kinds taken out

    def matches(self, kind: str) -> bool:
        if kind in self.exclude:
            return False
        return kind in self.include or kind.startswith(self.prefixes)


#: document and carrier kinds that belong to the classification lifecycle (定密管理)
_CLASSIFICATION = (*sorted(DOCUMENT_EVENT_KINDS), NO_NOTICE_EVENT, CARRIER_MARK_EVENT,
                   "carrier.declassify")

#: The kind groups of the audit pane: a partition of all kinds ("other" is the rest); the
#: first group a kind matches is its group.
KIND_GROUPS: dict[str, KindGroup] = {
    "classification": KindGroup("定密管理", ("classification.",), include=_CLASSIFICATION),
    "flow": KindGroup("载体流转", ("carrier.", "circulation.", "loan.", "handover.", "recall.",
                                   "dispatch.", "destruction.", "copy.", "stocktake.", "loss.",
                                   "carry_out.", "meeting."),
                      exclude=_REGISTRATION_CARRIER),
    "registration": KindGroup("登记与更正", ("document.",), include=_REGISTRATION_CARRIER),
    "approval": KindGroup("审批", ("approval.",)),
    "accounts": KindGroup("账户与登录", ("auth.", "user.")),
    "people": KindGroup("人员", ("person.", "department.")),
}
OTHER = "other"
OTHER_LABEL = "其他"


def group_of(kind: str) -> str:
    return next((key for key, g in KIND_GROUPS.items() if g.matches(kind)), OTHER)


def group_label(key: str) -> str:
    return KIND_GROUPS[key].label if key in KIND_GROUPS else OTHER_LABEL


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Which events. Every field narrows; the defaults mean "everything"."""

    group: str = ""  # a KIND_GROUPS key or "other"; "" for all
    kinds: tuple[str, ...] = ()  # exact kinds
    kind_prefix: str = ""  # e.g. "carrier." or "auth."
    username: str = ""
    date_from: date | None = None  # local dates, both inclusive
    date_to: date | None = None
    text: str = ""  # a carrier label, a 登记号 (or its start), or text in the payload
    carrier_id: int | None = None


@dataclass(frozen=True, slots=True)
class AuditEvent:
    id: int
    ts: datetime  # aware UTC
    local_time: datetime  # naive, the office's local time
    username: str
    user_name: str  # the account's person
    kind: str
    kind_label: str
    group: str
    description: str  # Chinese: what; state before → after; the sentence
    state_before: str
    state_after: str
    holder_before: str
    holder_after: str
    carrier_id: int | None
    document_id: int | None
    person_id: int | None
    person_name: str
    reg_no: str
    copy_no: str
    label_id: str
    payload: str  # canonical JSON as stored
    prev_hash: str
    hash: str
    kind_label_en: str = ""
    description_en: str = ""

    def kind_label_in(self, lang: str) -> str:
        return self.kind_label_en if _english(lang) and self.kind_label_en else self.kind_label

    def description_in(self, lang: str) -> str:
        return self.description_en if _english(lang) and self.description_en else self.description

    @property
    def short_hash(self) -> str:
        return self.hash[:12]

    @property
    def body(self) -> dict[str, Any]:
        value = json.loads(self.payload or "{}")
        return value if isinstance(value, dict) else {"value": value}

    @property
    def pretty_payload(self) -> str:
        return json.dumps(self.body, ensure_ascii=False, indent=2, sort_keys=True)


def _english(lang: str) -> bool:
    return lang.lower().startswith("en")


def require_reader(led: Ledger, action: str = "查看审计日志") -> None:
    led.require_any(READERS, action)


# -- SQL ----------------------------------------------------------------------------------
def kinds_present(s: Session) -> list[str]:
    """The distinct kinds in the log, one index seek each (skipping through ix_events_kind)."""
    out: list[str] = []
    kind = s.execute(text("SELECT min(kind) FROM events")).scalar()
    while kind is not None:
        out.append(str(kind))
        kind = s.execute(text("SELECT min(kind) FROM events WHERE kind > :k"), {"k": kind}).scalar()
    return out


def kind_matches(q: EventQuery, kind: str) -> bool:
    return ((not q.group or group_of(kind) == q.group) and (not q.kinds or kind in q.kinds)
            and (not q.kind_prefix or kind.startswith(q.kind_prefix)))


@dataclass(frozen=True, slots=True)
class _Where:
    """The filters as SQL. A kind filter becomes the exact list of matching kinds present in
    the log, so that every kind is read through ix_events_kind (kind, id)."""

    parts: tuple[str, ...]  # everything but the kind
    params: dict[str, Any]
    kinds: tuple[str, ...] | None  # None: any kind

    def sql(self, *extra: str) -> str:
        parts = [*self.parts, *extra]
        if self.kinds is not None:
            names = ", ".join(f":k{i}" for i in range(len(self.kinds)))
            parts.insert(0, f"kind IN ({names})" if self.kinds else "1 = 0")
        return (" WHERE " + " AND ".join(parts)) if parts else ""

    def bind(self, **more: Any) -> dict[str, Any]:
        return {**self.params, **{f"k{i}": k for i, k in enumerate(self.kinds or ())}, **more}


def _day_start(led: Ledger, day: date) -> str:
    return utc_ts(datetime.combine(day, time(0), tzinfo=local_tz(led)).astimezone(UTC))


def _where(led: Ledger, s: Session, q: EventQuery) -> _Where:
    parts: list[str] = []
    params: dict[str, Any] = {}
    if q.username:
        parts.append("username = :user")
        params["user"] = q.username
    if q.date_from is not None:
        parts.append("ts >= :ts_from")
        params["ts_from"] = _day_start(led, q.date_from)
    if q.date_to is not None:
        parts.append("ts < :ts_to")
        params["ts_to"] = _day_start(led, q.date_to + timedelta(days=1))
    if q.carrier_id is not None:
        parts.append("carrier_id = :cid")
        params["cid"] = q.carrier_id
    needle = q.text.strip()
    if needle:
        parts.append(
            "(carrier_id IN (SELECT id FROM carriers WHERE label_id = :t)"
            " OR document_id IN (SELECT id FROM documents WHERE substr(reg_no, 1, length(:t)) = :t)"
            " OR instr(payload, :t) > 0)"
        )
        params["t"] = needle
    kinds = None
    if q.group or q.kinds or q.kind_prefix:
        kinds = tuple(k for k in kinds_present(s) if kind_matches(q, k))
    return _Where(tuple(parts), params, kinds)


_COLS = ("SELECT id, ts, user_id, username, kind, carrier_id, document_id, person_id, payload,"
         " prev_hash, hash FROM events")
#: more kinds than this are read in one query instead of one per kind
MAX_MERGED_KINDS = 200


def count(led: Ledger, q: EventQuery) -> int:
    require_reader(led)
    with led.db.read() as s:
        w = _where(led, s, q)
        return int(s.execute(text(f"SELECT count(*) FROM events{w.sql()}"), w.bind()).scalar_one())


def _merged(w: _Where, edge: str, order: str) -> str:
    """The newest (or oldest) *lim* rows of each kind by index, merged: a group of common
    kinds never sorts the whole group."""
    subs: list[str] = []
    for i in range(len(w.kinds or ())):
        cond = " AND ".join((f"kind = :k{i}", *w.parts, edge))
        subs.append(f"SELECT * FROM ({_COLS} WHERE {cond} ORDER BY id {order} LIMIT :lim) AS k{len(subs)}")
    return " UNION ALL ".join(subs) + f" ORDER BY id {order} LIMIT :lim"


def page(
    led: Ledger, q: EventQuery, *, offset: int = 0, limit: int = 200,
    before_id: int | None = None, after_id: int | None = None,
) -> list[AuditEvent]:
    """Up to *limit* events, newest first: those older than *before_id*, or those newer than
    *after_id* (the page above), or else from *offset*."""
    require_reader(led)
    with led.db.read() as s:
        w = _where(led, s, q)
        params = w.bind(lim=limit, edge=before_id if before_id is not None else after_id,
                        off=max(0, offset))
        ascending = before_id is None and after_id is not None
        edge = "id > :edge" if ascending else "id < :edge"
        keyed = before_id is not None or after_id is not None
        order = "ASC" if ascending else "DESC"
        if w.kinds and len(w.kinds) <= MAX_MERGED_KINDS and (keyed or offset <= 0):
            sql = _merged(w, edge if keyed else "1 = 1", order)
        elif keyed:
            sql = f"{_COLS}{w.sql(edge)} ORDER BY id {order} LIMIT :lim"
        else:
            sql = f"{_COLS}{w.sql()} ORDER BY id DESC LIMIT :lim OFFSET :off"
        rows = list(s.execute(text(sql), params).all())
        if ascending:
            rows.reverse()
        return _events(led, s, rows)


def position(led: Ledger, q: EventQuery, event_id: int) -> int | None:
    """The row of *event_id* under *q* (newest first), None when *q* leaves it out."""
    require_reader(led)
    with led.db.read() as s:
        w = _where(led, s, q)
        params = w.bind(eid=event_id)
        if s.execute(text(f"SELECT 1 FROM events{w.sql('id = :eid')}"), params).first() is None:
            return None
        return int(s.execute(text(f"SELECT count(*) FROM events{w.sql('id > :eid')}"),
                             params).scalar_one())


def iter_events(led: Ledger, q: EventQuery, batch: int = 1000) -> Iterator[AuditEvent]:
    """Every event of *q*, newest first, read page by page (never all at once)."""
    edge: int | None = None
    while True:
        rows = page(led, q, limit=batch, before_id=edge) if edge is not None else page(led, q, limit=batch)
        yield from rows
        if len(rows) < batch:
            return
        edge = rows[-1].id


def accounts(led: Ledger) -> list[tuple[str, str]]:
    """(username, person's name) of every account, for the user filter."""
    require_reader(led)
    with led.db.read() as s:
        return [(str(u), str(n or "")) for u, n in s.execute(text(
            "SELECT u.username, p.name FROM users u LEFT JOIN people p ON p.id = u.person_id"
            " ORDER BY u.username"))]


# -- rows ---------------------------------------------------------------------------------
def _lookup(s: Session, sql: str, ids: set[int]) -> dict[int, tuple[Any, ...]]:
    if not ids:
        return {}
    marks = ", ".join(str(int(i)) for i in sorted(ids))
    return {int(r[0]): tuple(r[1:]) for r in s.execute(text(sql.format(ids=marks)))}


def _events(led: Ledger, s: Session, rows: Sequence[Any]) -> list[AuditEvent]:
    tz = local_tz(led)
    described = describe_rows(s, [(r[0], r[1], r[3], r[4], r[5], r[8]) for r in rows], tz)
    users = _lookup(s, "SELECT u.id, p.name FROM users u JOIN people p ON p.id = u.person_id"
                    " WHERE u.id IN ({ids})", {r[2] for r in rows if r[2] is not None})
    carriers = _lookup(s, "SELECT c.id, c.label_id, c.copy_no, d.reg_no FROM carriers c"
                       " JOIN documents d ON d.id = c.document_id WHERE c.id IN ({ids})",
                       {r[5] for r in rows if r[5] is not None})
    docs = _lookup(s, "SELECT id, reg_no FROM documents WHERE id IN ({ids})",
                   {r[6] for r in rows if r[6] is not None and r[5] is None})
    people = _lookup(s, "SELECT id, name FROM people WHERE id IN ({ids})",
                     {r[7] for r in rows if r[7] is not None})
    out = []
    for r, d in zip(rows, described, strict=True):
        label, copy_no, reg_no = carriers.get(r[5], ("", None, ""))
        if not reg_no and r[6] is not None:
            reg_no = docs.get(r[6], ("",))[0]
        out.append(AuditEvent(
            id=int(r[0]), ts=d.ts, local_time=d.ts.astimezone(tz).replace(tzinfo=None),
            username=str(r[3] or ""), user_name=str(users.get(r[2], ("",))[0] or ""),
            kind=str(r[4]), kind_label=kind_label(str(r[4])), group=group_of(str(r[4])),
            description=describe(d), state_before=d.state_before, state_after=d.state_after,
            kind_label_en=kind_label(str(r[4]), "en"), description_en=describe(d, "en"),
            holder_before=d.holder_before, holder_after=d.holder_after,
            carrier_id=r[5], document_id=r[6], person_id=r[7],
            person_name=str(people.get(r[7], ("",))[0] or "") if r[7] is not None else "",
            reg_no=str(reg_no or ""), copy_no=format_copy_no(copy_no) if copy_no else "",
            label_id=str(label or ""), payload=str(r[8] or "{}"), prev_hash=str(r[9]),
            hash=str(r[10]),
        ))
    return out


# -- verification -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class VerificationResult:
    ok: bool
    events: int
    carriers: int
    head_id: int
    head_hash: str
    problem: str  # the first problem, "" when ok
    problem_event_id: int | None
    problem_carrier_id: int | None
    problem_count: int
    checked_at: datetime  # aware UTC
    checked_by: str
    problem_en: str = ""  # the first problem in English

    def problem_in(self, lang: str) -> str:
        return self.problem_en if _english(lang) and self.problem_en else self.problem


def verify_ledger(led: Ledger, progress: Callable[[int, int], object] | None = None) -> VerificationResult:
    """``services.verify.verify`` for the auditor: chain, projection and documents."""
    require_reader(led, "校验台账")

    def tick(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total)

    report = verify(led, tick)
    first = report.first
    now = led.now()
    return VerificationResult(
        ok=report.ok, events=report.events, carriers=report.carriers, head_id=report.head_id,
        # a broken chain has no head the check could confirm
        head_hash=report.head_hash if report.head_id else "", problem=first.message if first else "",
        problem_event_id=first.event_id if first else None,
        problem_carrier_id=first.carrier_id if first else None,
        problem_count=len(report.problems), checked_at=(now if now.tzinfo else now.replace(tzinfo=UTC)).astimezone(UTC),
        checked_by=led.user.person_name,
        problem_en=(first.message_en or first.message) if first else "",
    )
