"""The classification worklists, paged in SQL (filter, order, keyset) and counted in SQL:
a ledger of a million carriers shows the first page at once. Each list is driven by an
index of its own (``ix_documents_declassify_on``, ``ix_secrecy_status_*``,
``ix_carrier_relabels_open``, ``ix_notice_recipients_open``), never by loading everything.

- ``EXPIRING_90`` / ``EXPIRING_30``: secrets whose period ends within the policy's days
  (``secrecy_expiry_notice_days`` 90 / ``secrecy_expiry_urgent_days`` 30), soonest first:
  own documents need a decision (延期?) before the end, received ones a look for a notice.
- ``MARKING``: carriers of declassified documents (automatically or by decision) still
  waiting for their 解密 marking; ``in_custody`` rows can be confirmed now, the others are
  listed until they come back.
- ``RELABEL``: 待换标, carriers whose mark a decision changed, until a new label is printed.
- ``ACKNOWLEDGE``: 待通知签收, notice recipients who have not signed yet.
- ``REVIEW_OWN`` / ``REVIEW_RECEIVED``: 年度审核, every secret not reviewed this year: own
  documents need a decision (maintained, changed …), received ones the clerk's confirmation
  that the originator sent no notice.

A document counts while it is a state secret, not voided, not declassified and (received
documents) still held in at least one carrier; own documents count even when every copy has
gone out, since the unit decides for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from secledger.domain.classification import DecisionKind, is_own
from secledger.domain.copyno import format_copy_no
from secledger.domain.enums import CarrierState, Classification, Register
from secledger.services.classification.common import GONE, today
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import policy_int

Key = tuple[Any, ...]
_GONE_SQL = ", ".join(f"'{v}'" for v in GONE)
_SECRET_SQL = ", ".join(f"'{c.value}'" for c in Classification if c.is_state_secret)
_OWN = Register.PRODUCTION.value
_HELD = (f"EXISTS (SELECT 1 FROM carriers h WHERE h.document_id = d.id"
         f" AND h.state NOT IN ({_GONE_SQL}))")
#: a document still to be looked after (see the module docstring); ``d`` is the document
_RELEVANT = (
    f"d.voided = FALSE AND d.level IN ({_SECRET_SQL})"
    " AND NOT EXISTS (SELECT 1 FROM secrecy_status x WHERE x.document_id = d.id"
    " AND x.declassified_on IS NOT NULL)"
    f" AND (d.register = '{_OWN}' OR {_HELD})"
)
_PENDING_PROPOSAL = ("(SELECT p.proposal_no FROM classification_proposals p"
                     " WHERE p.document_id = d.id AND p.status = 'pending' LIMIT 1)")


class Worklist(StrEnum):
    EXPIRING_90 = "expiring_90"
    EXPIRING_30 = "expiring_30"
    MARKING = "marking"
    RELABEL = "relabel"
    ACKNOWLEDGE = "acknowledge"
    REVIEW_OWN = "review_own"
    REVIEW_RECEIVED = "review_received"


@dataclass(frozen=True, slots=True)
class ExpiringRow:
    id: int  # document id
    reg_no: str
    doc_no: str
    title: str
    mark: str
    declassify_on: date
    days_left: int
    own: bool  # 本单位定密
    proposal_no: str  # a pending proposal (延期 …), "" when none
    key: Key


@dataclass(frozen=True, slots=True)
class ReviewRow:
    id: int  # document id
    reg_no: str
    doc_no: str
    title: str
    mark: str
    declassify_on: date | None
    own: bool
    reviewed_year: int | None  # the last year reviewed, None: never
    proposal_no: str
    key: Key


@dataclass(frozen=True, slots=True)
class MarkingRow:
    id: int  # carrier id
    label_id: str
    document_id: int
    reg_no: str
    title: str
    mark: str  # the mark it still bears
    copy_no: str
    state: str
    state_label: str
    holder_id: int | None
    holder_name: str
    declassified_on: date
    automatic: bool  # 自行解密 (the period ended) rather than a decision
    in_custody: bool  # 在库/已归档: the clerk can confirm its marking now
    key: Key


@dataclass(frozen=True, slots=True)
class RelabelRow:
    id: int  # carrier id
    label_id: str
    document_id: int
    reg_no: str
    title: str
    copy_no: str
    mark_before: str  # on the old label
    mark_now: str  # the new label's
    state: str
    state_label: str
    holder_name: str
    decision_id: int
    key: Key


@dataclass(frozen=True, slots=True)
class AckRow:
    id: int  # notice recipient id
    notice_id: int
    notice_no: str
    issued_at: datetime
    document_id: int
    reg_no: str
    title: str
    kind_label: str
    mark_before: str
    mark_after: str
    person_id: int
    person_name: str
    department: str
    copies: str
    key: Key


@dataclass(frozen=True, slots=True)
class _Spec:
    columns: str
    source: str  # FROM … WHERE … (no ORDER)
    order: tuple[str, ...]  # keyset columns, all ascending
    count_source: str = ""  # the same rows without the joins only the columns need


def _expiring_spec() -> _Spec:
    return _Spec(
        "d.id, d.reg_no, d.doc_no, d.title, d.mark, d.declassify_on, d.register, "
        + _PENDING_PROPOSAL,
        "documents d INDEXED BY ix_documents_declassify_on WHERE d.declassify_on > :today"
        f" AND d.declassify_on <= :until AND {_RELEVANT}",
        ("d.declassify_on", "d.id"))


def _review_spec(own: bool) -> _Spec:
    """Driven by ``ix_documents_register_year`` in 登记号 order; a document reviewed this
    year or declassified is skipped with one probe of its status."""
    register = _OWN if own else Register.RECEIPT.value
    held = "" if own else f" AND {_HELD}"
    return _Spec(
        "d.id, d.reg_no, d.doc_no, d.title, d.mark, d.declassify_on, d.register,"
        " (SELECT y.reviewed_year FROM secrecy_status y WHERE y.document_id = d.id),"
        f" {_PENDING_PROPOSAL}, d.year, d.number",
        f"documents d WHERE d.register = '{register}' AND d.voided = FALSE"
        f" AND d.level IN ({_SECRET_SQL}) AND coalesce(d.declassify_on, '9999-12-31') > :today"
        " AND NOT EXISTS (SELECT 1 FROM secrecy_status x WHERE x.document_id = d.id"
        f" AND (x.declassified_on IS NOT NULL OR x.reviewed_year >= :year)){held}",
        ("d.year", "d.number"))


_MARKING = _Spec(
    "c.id, c.label_id, d.id, d.reg_no, d.title, d.mark, c.copy_no, c.state, c.holder_id,"
    " coalesce(p.name, ''), st.declassified_on, dec.kind",
    "secrecy_status st INDEXED BY ix_secrecy_status_marking"
    " JOIN carriers c ON c.document_id = st.document_id"
    " JOIN documents d ON d.id = st.document_id"
    " LEFT JOIN people p ON p.id = c.holder_id"
    " LEFT JOIN classification_decisions dec ON dec.id = st.declassify_decision_id"
    f" WHERE st.marking_open = TRUE AND c.state NOT IN ({_GONE_SQL})",
    ("st.declassified_on", "st.document_id", "c.copy_no"),
    "secrecy_status st INDEXED BY ix_secrecy_status_marking"
    " JOIN carriers c INDEXED BY ix_carriers_document_state ON c.document_id = st.document_id"
    f" WHERE st.marking_open = TRUE AND c.state NOT IN ({_GONE_SQL})")

_RELABEL = _Spec(
    "c.id, c.label_id, d.id, d.reg_no, d.title, c.copy_no, r.mark_before, d.mark, c.state,"
    " coalesce(p.name, ''), r.decision_id, r.id",
    "carrier_relabels r INDEXED BY ix_carrier_relabels_open"
    " JOIN carriers c ON c.id = r.carrier_id JOIN documents d ON d.id = c.document_id"
    " LEFT JOIN people p ON p.id = c.holder_id"
    f" WHERE r.printed_event_id IS NULL AND c.state NOT IN ({_GONE_SQL})"
    " AND NOT EXISTS (SELECT 1 FROM carrier_relabels r2 WHERE r2.carrier_id = r.carrier_id"
    " AND r2.printed_event_id IS NULL AND r2.id > r.id)"
    " AND NOT EXISTS (SELECT 1 FROM secrecy_status x WHERE x.document_id = d.id"
    " AND x.declassified_on IS NOT NULL)",
    ("r.id",))

_ACK = _Spec(
    "nr.id, n.id, n.notice_no, n.issued_at, d.id, d.reg_no, d.title, dec.kind,"
    " dec.mark_before, dec.mark_after, nr.person_id, pe.name, coalesce(dp.name, ''), nr.copies",
    "notice_recipients nr INDEXED BY ix_notice_recipients_open"
    " JOIN decision_notices n ON n.id = nr.notice_id"
    " JOIN classification_decisions dec ON dec.id = n.decision_id"
    " JOIN documents d ON d.id = n.document_id JOIN people pe ON pe.id = nr.person_id"
    " LEFT JOIN departments dp ON dp.id = pe.department_id"
    " WHERE nr.ack_event_id IS NULL",
    ("nr.notice_id", "nr.id"))


def _spec(which: Worklist) -> _Spec:
    if which in (Worklist.EXPIRING_90, Worklist.EXPIRING_30):
        return _expiring_spec()
    if which in (Worklist.REVIEW_OWN, Worklist.REVIEW_RECEIVED):
        return _review_spec(which is Worklist.REVIEW_OWN)
    return {Worklist.MARKING: _MARKING, Worklist.RELABEL: _RELABEL,
            Worklist.ACKNOWLEDGE: _ACK}[which]


def _params(led: Ledger, which: Worklist) -> dict[str, Any]:
    day = today(led)
    days = policy_int(led, "secrecy_expiry_urgent_days" if which is Worklist.EXPIRING_30
                      else "secrecy_expiry_notice_days")
    return {"today": day.isoformat(), "until": (day + timedelta(days=days)).isoformat(),
            "year": day.year}


def count(led: Ledger, which: Worklist) -> int:
    """How many rows *which* has (one SQL count)."""
    spec = _spec(which)
    with led.db.read() as s:
        return int(s.execute(text(f"SELECT count(*) FROM {spec.count_source or spec.source}"),
                             _params(led, which)).scalar_one())


def page(led: Ledger, which: Worklist, *, limit: int = 200, offset: int = 0,
         after: Key | None = None) -> list[Any]:
    """Rows of *which* in its order: ``offset`` … ``offset + limit``, or the *limit* rows
    after the row whose ``key`` is *after* (keyset, whatever the offset)."""
    if limit <= 0 or offset < 0:
        return []
    spec = _spec(which)
    params = _params(led, which) | {"limit": limit, "offset": 0 if after else offset}
    where = spec.source
    if after is not None:
        marks = ", ".join(f":k{i}" for i in range(len(spec.order)))
        glue = " AND " if " WHERE " in where else " WHERE "
        where += f"{glue}({', '.join(spec.order)}) > ({marks})"
        params |= {f"k{i}": v for i, v in enumerate(after)}
    sql = (f"SELECT {spec.columns} FROM {where} ORDER BY {', '.join(spec.order)}"
           " LIMIT :limit OFFSET :offset")
    with led.db.read() as s:
        rows = s.execute(text(sql), params).all()
    return [_ROWS[_kind(which)](r, params) for r in rows]


def _kind(which: Worklist) -> str:
    return which.value.split("_")[0]


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _expiring(r: Any, p: dict[str, Any]) -> ExpiringRow:
    end = _day(r[5])
    return ExpiringRow(int(r[0]), r[1], r[2], r[3], r[4], end,
                       (end - date.fromisoformat(p["today"])).days, is_own(r[6]), r[7] or "",
                       (r[5], int(r[0])))


def _review(r: Any, p: dict[str, Any]) -> ReviewRow:
    return ReviewRow(int(r[0]), r[1], r[2], r[3], r[4], _day(r[5]) if r[5] else None,
                     is_own(r[6]), r[7], r[8] or "", (int(r[9]), int(r[10])))


def _marking(r: Any, p: dict[str, Any]) -> MarkingRow:
    state = CarrierState(r[7])
    return MarkingRow(int(r[0]), r[1], int(r[2]), r[3], r[4], r[5], format_copy_no(r[6]),
                      state.value, state.label, r[8], r[9], _day(r[10]),
                      r[11] == DecisionKind.AUTO_DECLASSIFY.value, state.in_custody,
                      (r[10], int(r[2]), int(r[6])))


def _relabel(r: Any, p: dict[str, Any]) -> RelabelRow:
    state = CarrierState(r[8])
    return RelabelRow(int(r[0]), r[1], int(r[2]), r[3], r[4], format_copy_no(r[5]), r[6], r[7],
                      state.value, state.label, r[9], int(r[10]), (int(r[11]),))


def _ack(r: Any, p: dict[str, Any]) -> AckRow:
    issued = r[3] if isinstance(r[3], datetime) else datetime.fromisoformat(str(r[3]))
    return AckRow(int(r[0]), int(r[1]), r[2], issued, int(r[4]), r[5], r[6],
                  DecisionKind(r[7]).label, r[8], r[9], int(r[10]), r[11], r[12], r[13],
                  (int(r[1]), int(r[0])))


_ROWS = {"expiring": _expiring, "review": _review, "marking": _marking, "relabel": _relabel,
         "acknowledge": _ack}


@dataclass(frozen=True, slots=True)
class Summary:
    """The counts of every worklist (for a start screen), as of ``today``."""

    today: date
    counts: dict[Worklist, int]
    proposals_pending: int
    proposals_overdue: int

    def __getitem__(self, which: Worklist) -> int:
        return self.counts[which]


def summary(led: Ledger) -> Summary:
    """Every worklist's count and the pending / overdue proposals."""
    counts = {w: count(led, w) for w in Worklist}
    day = today(led)
    with led.db.read() as s:
        pending, overdue = _proposal_counts(s, day)
    return Summary(day, counts, pending, overdue)


def _proposal_counts(s: Session, day: date) -> tuple[int, int]:
    row = s.execute(text(
        "SELECT count(*), coalesce(sum(due_on < :d), 0) FROM classification_proposals"
        " WHERE status = 'pending'"), {"d": day.isoformat()}).one()
    return int(row[0]), int(row[1])
