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
from secledger.store.dialect import driver_cursor, reserve_ids
from secledger.store.eventlog import append_many, utc_ts
from secledger.store.numbering import next_block

Progress = Callable[[int, int], None]
_GONE_SQL = ", ".join(f"'{v}'" for v in GONE)
_SECRET_SQL = ", ".join(f"'{c.value}'" for c in Classification if c.is_state_secret)
_DOCUMENTS = "documents d INDEXED BY ix_documents_declassify_on"
#: a secret whose period has ended and that the ledger has not yet recorded as declassified
_EXPIRED = (
    f"d.declassify_on <= :today AND d.voided = FALSE AND d.level IN ({_SECRET_SQL})"
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
            f"SELECT d.id, d.mark, d.declassify_on, (SELECT count(*) FROM carriers c"
            f" WHERE c.document_id = d.id AND c.state NOT IN ({_GONE_SQL}))"
            f" FROM {_DOCUMENTS} WHERE {_EXPIRED} ORDER BY d.id"),
            {"today": day.isoformat()}).all()
        if progress is not None:
            progress(0, len(found))
        if found:
            _record(s, led, day, found)
        if progress is not None:
            progress(len(found), len(found))
    return ExpiryResult(len(found), sum(int(r[3]) for r in found), day,
                        time.perf_counter() - started)


def _block(s: Session, year: int, n: int) -> int:
    """The first of *n* consecutive decision numbers of *year* (gapless counter)."""
    return next_block(s, DECISION_REGISTER, year, n)


def _record(s: Session, led: Ledger, day: date, found: Sequence[Any]) -> None:
    """One decision, one document event and one status per document, in document order
    (index pages are then written in order), with multi-row inserts."""
    first_no = _block(s, day.year, len(found))
    first_id = reserve_ids(s, "classification_decisions", len(found))
    ts, opener = utc_ts(led.now()), led.user.username
    now = utc_naive(led.now()).isoformat(sep=" ")
    events, decisions, status = [], [], []
    for i, (did, mark, end, waiting) in enumerate(found):
        end_day = end if isinstance(end, date) else date.fromisoformat(str(end))
        dec_id, no = first_id + i, f"{DECISION_PREFIX}{day.year}-{first_no + i:05d}"
        after, on = declassified_text(end_day), end_day.isoformat()
        events.append({"ts": ts, "kind": _EVENT, "username": SYSTEM_USER, "document_id": did,
                       "payload": {"decision_id": dec_id, "decision_no": no,
                                   "kind": _KIND.value, "source": _SOURCE, "decided_on": on,
                                   "mark_before": mark, "mark_after": after,
                                   "declassified": True, "carriers_waiting": waiting,
                                   "opened_by": opener}})
        decisions.append((dec_id, no, day.year, first_no + i, did, on, mark, after,
                          f"保密期限于{format_cn_date(end_day)}届满，自行解密", now))
        status.append((did, on, dec_id, dec_id, bool(waiting)))
    ids = append_many(s, events)
    cur = driver_cursor(s)
    cur.executemany(_INSERT_DECISION, [(*d, ev) for d, ev in zip(decisions, ids, strict=True)])
    cur.executemany(_UPSERT_STATUS, status)


_SOURCE = DecisionSource.SYSTEM.value
_INSERT_DECISION = (
    "INSERT INTO classification_decisions(id, decision_no, year, number, document_id,"
    " decided_on, mark_before, mark_after, reason, recorded_at, event_id, kind, source,"
    " decided_by_id, authority, notice_ref, notice_on, proposal_id, approval_id, before, after,"
    " basis, declassified, carriers, recorded_by_user_id)"
    f" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{_KIND.value}', '{_SOURCE}', NULL,"
    f" '{DecisionSource.SYSTEM.label}', '', NULL, NULL, NULL, '{{}}', '{{}}', '', TRUE, 0, NULL)"
)
_UPSERT_STATUS = (
    "INSERT INTO secrecy_status(document_id, declassified_on, declassify_decision_id,"
    " last_decision_id, marking_open, reviewed_year) VALUES (?, ?, ?, ?, ?, NULL)"
    " ON CONFLICT(document_id) DO UPDATE SET declassified_on = excluded.declassified_on,"
    " declassify_decision_id = excluded.declassify_decision_id,"
    " last_decision_id = excluded.last_decision_id, marking_open = excluded.marking_open"
)
