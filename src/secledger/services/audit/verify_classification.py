"""The classification half of ``verify``: replay the events of the classification workflow
and compare them with its tables — every decision row with its document event, each
document's secrecy status (declassified when, by which decision, last year reviewed), the
carriers waiting for a new label, the notices' recipients and signatures, and the 定密责任人
designations. The documents' marks themselves are replayed with the other document facts
(``verify_documents``: a decision's event carries the facts it changed in ``after``).

Only the workflow's own kinds are read (``ix_events_kind``); the chain itself has been
checked before this runs. The first problem is returned, in words, naming its event."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from secledger.domain.classification import (
    CARRIER_MARK_EVENT,
    DOCUMENT_EVENT_KINDS,
    NO_NOTICE_EVENT,
)
from secledger.domain.enums import CarrierState

#: (event id, carrier id, 中文, English)
Found = tuple[int | None, int | None, str, str]
_GONE = ", ".join(f"'{s.value}'" for s in CarrierState if s.is_terminal)
_DECISION_COLUMNS = ("decision_no", "document_id", "kind", "source", "decided_on",
                     "decided_by_id", "mark_before", "mark_after", "after", "declassified")


def problems(cur: Any) -> list[Found]:
    """The first classification problem (an empty list when everything agrees)."""
    for check in (_decisions, _designations, _relabels, _acknowledgements, _marking_open):
        found = next(check(cur), None)
        if found is not None:
            return [found]
    return []


def _events(cur: Any, kinds: tuple[str, ...] | frozenset[str]) -> Iterator[tuple[Any, ...]]:
    """The events of *kinds* in id order, read as they are used (a cursor of their own:
    a big ledger has tens of thousands of decisions)."""
    marks = ", ".join("?" for _ in kinds)
    return iter(cur.connection.cursor().execute(
        f"SELECT id, document_id, carrier_id, person_id, kind, payload FROM events"
        f" WHERE kind IN ({marks}) ORDER BY id", tuple(sorted(kinds))))


def _canon(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _decision_expected(did: int, body: dict[str, Any]) -> tuple[Any, ...]:
    return (body.get("decision_no"), did, body.get("kind"), body.get("source"),
            body.get("decided_on"), body.get("decided_by_id"), body.get("mark_before"),
            body.get("mark_after"), _canon(body.get("after") or {}),
            bool(body.get("declassified")))


def _decisions(cur: Any) -> Iterator[Found]:
    """Decision rows and secrecy status against the document events."""
    expected: dict[int, tuple[int, tuple[Any, ...]]] = {}
    status: dict[int, list[Any]] = {}  # document -> [declassified_on, decision, year, last]
    for ev, did, _cid, _pid, kind, payload in _events(cur, DOCUMENT_EVENT_KINDS |
                                                       {NO_NOTICE_EVENT}):
        body = json.loads(payload)
        st = status.setdefault(int(did), [None, None, None, None])
        if kind == NO_NOTICE_EVENT:
            st[2] = max(st[2] or 0, int(body["year"]))
            continue
        expected[int(body["decision_id"])] = (ev, _decision_expected(int(did), body))
        st[3] = body["decision_id"]
        if body.get("declassified"):
            st[0], st[1] = body["decided_on"], body["decision_id"]
        if body.get("source") != "system":
            st[2] = max(st[2] or 0, int(str(body["decided_on"])[:4]))
    cols = ", ".join(_DECISION_COLUMNS)
    for row in cur.connection.cursor().execute(
            f"SELECT id, event_id, {cols} FROM classification_decisions ORDER BY id"):
        exp = expected.pop(int(row[0]), None)
        got = (*row[2:10], _canon(json.loads(row[10] or "{}")), bool(row[11]))
        if exp is None or exp[0] != row[1] or exp[1] != got:
            ev = exp[0] if exp else row[1]
            yield (ev, None, f"定密（变更、解密）决定 #{row[0]}（{row[2]}）与事件日志不符（事件 #{ev}）",
                   f"Classification decision #{row[0]} ({row[2]}) does not match the event log"
                   f" (event #{ev})")
            return
    for dec_id, (ev, _exp) in expected.items():
        yield (ev, None, f"事件 #{ev} 记载的定密（变更、解密）决定 #{dec_id} 在决定表中缺失",
               f"Event #{ev} records classification decision #{dec_id}, missing from the"
               " decisions")
        return
    yield from _status(cur, status)


def _status(cur: Any, status: dict[int, list[Any]]) -> Iterator[Found]:
    rows = {int(r[0]): [r[1], r[2], r[3], r[4]] for r in cur.execute(
        "SELECT document_id, declassified_on, declassify_decision_id, reviewed_year,"
        " last_decision_id FROM secrecy_status").fetchall()}
    for did in sorted(set(rows) | set(status)):
        got = [str(v)[:10] if i == 0 and v is not None else v
               for i, v in enumerate(rows.get(did, [None] * 4))]
        if got != status.get(did, [None] * 4):
            yield (None, None, f"文件 #{did} 的解密状态或年度审核记录与事件日志不符",
                   f"Document #{did}: its declassification or review status does not match"
                   " the event log")
            return


def _designations(cur: Any) -> Iterator[Found]:
    expected: dict[int, list[Any]] = {}
    for ev, _did, _cid, pid, kind, payload in _events(
            cur, ("classification.designated", "classification.designation_revoked")):
        body = json.loads(payload)
        if kind == "classification.designated":
            expected[int(body["designation_id"])] = [ev, pid, body["max_level"], False]
        elif int(body["designation_id"]) in expected:
            expected[int(body["designation_id"])][3] = True
    for rid, pid, level, revoked in cur.execute(
            "SELECT id, person_id, max_level, revoked_at IS NOT NULL FROM classifier_designations"
            " ORDER BY id").fetchall():
        exp = expected.pop(int(rid), None)
        if exp is None or exp[1:] != [pid, level, bool(revoked)]:
            ev = exp[0] if exp else None
            yield (ev, None, f"定密责任人指定 #{rid} 与事件日志不符",
                   f"Classifier designation #{rid} does not match the event log")
            return
    for rid, exp in expected.items():
        yield (exp[0], None, f"事件 #{exp[0]} 记载的定密责任人指定 #{rid} 缺失",
               f"Event #{exp[0]} records classifier designation #{rid}, which is missing")
        return


def _relabels(cur: Any) -> Iterator[Found]:
    opened = {(int(cid), json.loads(p)["decision_id"]): ev for ev, _d, cid, _p, _k, p
              in _events(cur, (CARRIER_MARK_EVENT,)) if json.loads(p).get("relabel")}
    printed: dict[int, int] = {}
    for ev, _d, _c, _p, _k, payload in cur.execute(
            "SELECT id, document_id, carrier_id, person_id, kind, payload FROM events"
            " WHERE kind = 'carrier.label_printed' AND payload LIKE '%relabel_ids%'"
            " ORDER BY id").fetchall():
        for rid in json.loads(payload).get("relabel_ids", ()):
            printed[int(rid)] = ev
    for rid, cid, dec, opened_ev, printed_ev in cur.execute(
            "SELECT id, carrier_id, decision_id, opened_event_id, printed_event_id"
            " FROM carrier_relabels ORDER BY id").fetchall():
        if opened.pop((int(cid), dec), None) != opened_ev or printed.pop(rid, None) != printed_ev:
            yield (opened_ev, cid, f"载体 #{cid} 的换标记录 #{rid} 与事件日志不符",
                   f"Carrier #{cid}: relabel record #{rid} does not match the event log")
            return
    for (cid, _dec), ev in opened.items():
        yield (ev, cid, f"事件 #{ev} 要求载体 #{cid} 换标，但换标记录缺失",
               f"Event #{ev} calls for a new label on carrier #{cid}; the record is missing")
        return


def _acknowledgements(cur: Any) -> Iterator[Found]:
    signed = {int(json.loads(p)["recipient_id"]): (ev, json.loads(p)["signed_on"])
              for ev, _d, _c, _p, _k, p in _events(cur, ("classification.notice_acknowledged",))}
    listed = _listed_recipients(cur)
    for rid, notice, pid, reason, ev, on in cur.execute(
            "SELECT r.id, n.notice_no, r.person_id, r.reason, r.ack_event_id, r.acknowledged_on"
            " FROM notice_recipients r JOIN decision_notices n ON n.id = r.notice_id"
            " ORDER BY r.id").fetchall():
        exp = signed.pop(int(rid), None)
        ok = (exp == (ev, str(on)[:10]) if exp else ev is None and on is None)
        if not ok or (pid, reason) not in listed.get(notice, set()):
            yield (ev or (exp[0] if exp else None), None,
                   f"通知{notice}的签收人记录 #{rid} 与事件日志不符",
                   f"Notice {notice}: recipient record #{rid} does not match the event log")
            return
    for rid, (ev, _on) in signed.items():
        yield (ev, None, f"事件 #{ev} 记载的通知签收 #{rid} 缺失",
               f"Event #{ev} records a signature (#{rid}) that is missing")
        return


def _listed_recipients(cur: Any) -> dict[str, set[tuple[int, str]]]:
    out: dict[str, set[tuple[int, str]]] = {}
    for _ev, _d, _c, _p, _k, payload in _events(cur, DOCUMENT_EVENT_KINDS):
        body = json.loads(payload)
        if body.get("notice_no"):
            out[body["notice_no"]] = {(int(p), str(r)) for p, r in body.get("recipients", ())}
    return out


def _marking_open(cur: Any) -> Iterator[Found]:
    """A declassified document hides no carrier waiting for its 解密 marking."""
    row = cur.execute(
        "SELECT st.document_id FROM secrecy_status st WHERE (st.marking_open = FALSE"
        " AND st.declassified_on IS NOT NULL AND EXISTS (SELECT 1 FROM carriers c"
        f" WHERE c.document_id = st.document_id AND c.state NOT IN ({_GONE})))"
        " OR (st.marking_open = TRUE AND st.declassified_on IS NULL) LIMIT 1").fetchone()
    if row is not None:
        yield (None, None, f"文件 #{row[0]} 的待解密标志状态与其载体不符",
               f"Document #{row[0]}: whether carriers wait for their declassification marking"
               " does not match its carriers")
