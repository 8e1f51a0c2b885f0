"""自行解密: at the end of its period a secret is declassified by itself (法 24). The ledger
records it at the first opening on or after the day: ``run_auto_declassification``.

How to call it: right after login (or unlock), off the GUI thread (``AppContext.write_long``
with its progress), and from CLI commands that open a ledger (``verify`` and the like),
before reading worklists. It needs no role: nobody decides, the ledger records a fact
(events by the ``system`` account, the opener named in the payload). It is idempotent: a
second run on the same day finds nothing.

What it writes, set-based in ONE transaction: for every state-secret document, not voided
and not yet declassified, whose period ended on or before today (``declassify_on``), one
``classification_decisions`` row (``auto_declassify``, decided on the end day), ONE
``document.declassified`` event (chained in one multi-row insert, ``eventlog.append_many``)
and its secrecy status (declassified, carriers waiting for their marking). It writes no
event per carrier and no notice: nobody decided anything, the mark itself shows the end; the
carriers get their own event when the clerk confirms their 解密 marking
(``marking.confirm_declassified``), and are listed until then (``Worklist.MARKING``).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from secledger.domain.classification import (
    EVENT_KINDS,
    SYSTEM_USER,
    DecisionKind,
    DecisionSource,
    declassified_text,
)
from secledger.domain.enums import Classification
from secledger.domain.marks import format_cn_date
from secledger.services.classification.common import (
    DECISION_PREFIX,
    DECISION_REGISTER,
    GONE,
    today,
)
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import utc_naive
from secledger.store.eventlog import append_many, utc_ts

Progress = Callable[[int, int], None]
_GONE_SQL = ", ".join(f"'{v}'" for v in GONE)
_SECRET_SQL = ", ".join(f"'{c.value}'" for c in Classification if c.is_state_secret)
_DOCUMENTS = "documents d INDEXED BY ix_documents_declassify_on"
#: a secret whose period has ended and that the ledger has not yet recorded as declassified
_EXPIRED = (
    f"d.declassify_on <= :today AND d.voided = 0 AND d.level IN ({_SECRET_SQL})"
    " AND NOT EXISTS (SELECT 1 FROM secrecy_status x WHERE x.document_id = d.id"
    " AND x.declassified_on IS NOT NULL)"
)
_KIND = DecisionKind.AUTO_DECLASSIFY
_EVENT = EVENT_KINDS[_KIND]


@dataclass(frozen=True, slots=True)
class ExpiryResult:
    """What a pass recorded: documents declassified, their carriers now waiting for the
    解密 marking, the day it counted as today, and how long it took."""

    documents: int
    carriers_waiting: int
    today: date
    seconds: float


def run_auto_declassification(led: Ledger, *, progress: Progress | None = None) -> ExpiryResult:
    """Record every period that has ended (see the module docstring)."""
    started = time.perf_counter()
    day = today(led)
    with led.db.write() as s:
        found = s.execute(text(
            f"SELECT d.id, d.reg_no, d.mark, d.declassify_on FROM {_DOCUMENTS} WHERE {_EXPIRED}"
            " ORDER BY d.declassify_on, d.id"), {"today": day.isoformat()}).all()
        if progress is not None:
            progress(0, len(found))
        if not found:
            return ExpiryResult(0, 0, day, time.perf_counter() - started)
        waiting = _waiting(s, day)
        _record(s, led, day, found, waiting)
        if progress is not None:
            progress(len(found), len(found))
    return ExpiryResult(len(found), sum(waiting.values()), day, time.perf_counter() - started)


def _waiting(s: Session, day: date) -> dict[int, int]:
    """document id -> carriers still held, for every document the pass declassifies."""
    rows = s.execute(text(
        f"SELECT c.document_id, count(*) FROM {_DOCUMENTS}"
        f" JOIN carriers c ON c.document_id = d.id WHERE {_EXPIRED}"
        f" AND c.state NOT IN ({_GONE_SQL}) GROUP BY c.document_id"),
        {"today": day.isoformat()}).all()
    return {int(d): int(n) for d, n in rows}


def _block(s: Session, year: int, n: int) -> int:
    """The first of *n* consecutive decision numbers of *year* (gapless counter)."""
    last = s.execute(text(
        "INSERT INTO counters(register, year, last) VALUES (:r, :y, :n)"
        " ON CONFLICT(register, year) DO UPDATE SET last = last + :n RETURNING last"),
        {"r": DECISION_REGISTER, "y": year, "n": n}).scalar_one()
    return int(last) - n + 1


def _record(s: Session, led: Ledger, day: date, found: Sequence[Any],
            waiting: dict[int, int]) -> None:
    first_no = _block(s, day.year, len(found))
    first_id = int(s.execute(text(
        "SELECT coalesce(max(id), 0) + 1 FROM classification_decisions")).scalar_one())
    ts = utc_ts(led.now())
    opener = led.user.username
    events, decisions = [], []
    for i, (did, reg_no, mark, end) in enumerate(found):
        end_day = end if isinstance(end, date) else date.fromisoformat(str(end))
        dec_id, no = first_id + i, f"{DECISION_PREFIX}{day.year}-{first_no + i:05d}"
        after = declassified_text(end_day)
        reason = f"保密期限于{format_cn_date(end_day)}届满，自行解密"
        events.append({"ts": ts, "kind": _EVENT, "user_id": None, "username": SYSTEM_USER,
                       "document_id": did, "payload": {
                           "decision_id": dec_id, "decision_no": no, "reg_no": reg_no,
                           "kind": _KIND.value,
                           "source": DecisionSource.SYSTEM.value,
                           "decided_on": end_day.isoformat(), "decided_by_id": None,
                           "mark_before": mark, "mark_after": after, "after": {},
                           "declassified": True, "carriers_waiting": waiting.get(did, 0),
                           "reason": reason, "opened_by": opener}})
        decisions.append((dec_id, no, day.year, first_no + i, did, end_day.isoformat(), mark,
                          after, waiting.get(did, 0), reason))
    ids = append_many(s, events)
    _insert(s, led, decisions, ids)


def _insert(s: Session, led: Ledger, decisions: list[tuple[Any, ...]], ids: list[int]) -> None:
    now = utc_naive(led.now()).isoformat(sep=" ")
    s.execute(text(
        "INSERT INTO classification_decisions(id, decision_no, year, number, document_id, kind,"
        " source, decided_on, decided_by_id, authority, notice_ref, notice_on, proposal_id,"
        " approval_id, mark_before, mark_after, before, after, basis, reason, declassified,"
        " carriers, event_id, recorded_at, recorded_by_user_id) VALUES (:id, :no, :y, :n, :d,"
        f" '{_KIND.value}', '{DecisionSource.SYSTEM.value}', :on, NULL, :auth, '', NULL, NULL,"
        " NULL, :mb, :ma, :before, '{}', '', :reason, 1, 0, :ev, :now, NULL)"),
        [{"id": d[0], "no": d[1], "y": d[2], "n": d[3], "d": d[4], "on": d[5],
          "auth": DecisionSource.SYSTEM.label, "mb": d[6], "ma": d[7],
          "before": json.dumps({"mark": d[6]}, ensure_ascii=False),
          "reason": d[9], "ev": ev, "now": now}
         for d, ev in zip(decisions, ids, strict=True)])
    s.execute(text(
        "INSERT INTO secrecy_status(document_id, declassified_on, declassify_decision_id,"
        " reviewed_year, last_decision_id, marking_open) VALUES (:d, :on, :id, NULL, :id, :open)"
        " ON CONFLICT(document_id) DO UPDATE SET declassified_on = excluded.declassified_on,"
        " declassify_decision_id = excluded.declassify_decision_id,"
        " last_decision_id = excluded.last_decision_id, marking_open = excluded.marking_open"),
        [{"d": d[4], "on": d[5], "id": d[0], "open": 1 if d[8] else 0} for d in decisions])
