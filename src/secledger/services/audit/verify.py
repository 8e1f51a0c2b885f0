"""``verify``: SQLCipher page integrity, the whole hash chain, and a replay of the event
log against the carrier projection (state, holder, document, level, carrier type), the
documents (``verify_documents``), the classification tables, the devices and media
(``verify_media``) and their destruction (``verify_destruction``), the finalised
self-inspections (``verify_yearend``) and the departures (``verify_departures``). The first
bad event is named; problems read in words (Chinese, with English in ``message_en``), never
by column name."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from secledger.domain.enums import CarrierState, Classification
from secledger.services.audit import verify_classification as vclass
from secledger.services.audit import verify_departures as vdepart
from secledger.services.audit import verify_destruction as vdestroy
from secledger.services.audit import verify_documents as vdoc
from secledger.services.audit import verify_media as vmedia
from secledger.services.audit import verify_yearend as vyear
from secledger.services.ledger.session import Ledger
from secledger.store.eventlog import GENESIS, chain_hash, row_fields

Progress = Callable[[int, int], None]
#: per carrier: (state, holder id, last event id, document id, carrier type) from the log
Replay = dict[int, tuple[str, int | None, int, int | None, str | None]]


@dataclass(frozen=True, slots=True)
class Problem:
    event_id: int | None
    carrier_id: int | None
    message: str
    message_en: str = ""  # the English words where they exist (else ``message``)


@dataclass(slots=True)
class VerifyReport:
    events: int = 0
    carriers: int = 0
    head_id: int = 0
    head_hash: str = GENESIS
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first(self) -> Problem | None:
        return self.problems[0] if self.problems else None


def chain_digest(led: Ledger) -> tuple[int, str]:
    """(event number, hash) of the chain head, for printed forms' footers."""
    with led.db.read() as s:
        from secledger.store.eventlog import head

        h = head(s)
        return h.id, h.hash


def verify(led: Ledger, progress: Progress | None = None) -> VerifyReport:
    report = VerifyReport()
    conn = led.db.raw_connection()
    try:
        cur = conn.cursor()
        bad = [] if led.server else [  # a server checks its own pages (data checksums)
            r[0] for r in cur.execute("PRAGMA cipher_integrity_check").fetchall()]
        if bad:
            pages = "; ".join(map(str, bad[:5]))
            report.problems.append(Problem(None, None, "数据库页校验失败：" + pages,
                                           "The database pages fail their check: " + pages))
            return report
        total = int(cur.execute("SELECT count(*) FROM events").fetchone()[0])
        docs: dict[int, vdoc.Facts] = {}
        replay = _check_chain(cur, report, total, progress, docs)
        if report.ok:
            _check_head(cur, report)
        if report.ok:
            _check_projection(cur, report, replay, docs)
        if report.ok:
            _check_documents(cur, report, docs)
        if report.ok:
            report.problems.extend(Problem(*found) for found in vclass.problems(cur))
        if report.ok:
            media = vmedia.problems(cur) or vdestroy.problems(cur)
            report.problems.extend(Problem(*found) for found in media)
            report.problems.extend(Problem(*found) for found in vyear.problems(cur))
        if report.ok:
            report.problems.extend(Problem(*found) for found in vdepart.problems(cur))
    finally:
        conn.close()
    return report


def _check_chain(
    cur: Any, report: VerifyReport, total: int, progress: Progress | None,
    docs: dict[int, vdoc.Facts],
) -> Replay:
    replay: Replay = {}
    prev = GENESIS
    expected = 1
    cur.execute(
        "SELECT id, ts, user_id, username, kind, carrier_id, document_id, person_id, payload,"
        " prev_hash, hash FROM events ORDER BY id"
    )
    for row in cur:
        ev_id, ts, uid, uname, kind, cid, did, pid, payload, prev_hash, h = row
        if ev_id != expected:
            report.problems.append(Problem(
                expected, None, f"事件 #{expected} 缺失（日志从 #{expected - 1} 跳到 #{ev_id}）",
                f"Event #{expected} is missing (the log jumps from #{expected - 1} to #{ev_id})"))
            return replay
        if prev_hash != prev:
            report.problems.append(Problem(
                ev_id, cid, f"事件 #{ev_id} 的前序哈希与 #{ev_id - 1} 不接续",
                f"The previous hash of event #{ev_id} does not follow event #{ev_id - 1}"))
            return replay
        fields = row_fields(id=ev_id, ts=ts, user_id=uid, username=uname, kind=kind,
                            carrier_id=cid, document_id=did, person_id=pid, payload=payload)
        if chain_hash(prev, fields) != h:
            report.problems.append(Problem(
                ev_id, cid, f"事件 #{ev_id}（{kind}）的内容被改动：哈希不符",
                f"Event #{ev_id} ({kind}) was changed: its hash does not match"))
            return replay
        if (cid is not None and kind.startswith("carrier.")
                and not _replay_one(report, replay, ev_id, cid, did, kind, payload)):
            return replay
        if did is not None and kind in vdoc.KINDS:
            vdoc.replay(docs, kind, did, ev_id, payload)
        prev = h
        expected += 1
        report.events += 1
        if progress is not None and ev_id % 50000 == 0:
            progress(ev_id, total)
    report.head_id, report.head_hash = expected - 1, prev
    return replay


def _check_documents(cur: Any, report: VerifyReport, docs: dict[int, vdoc.Facts]) -> None:
    cols = ", ".join(vdoc.COLUMNS)
    for row in cur.execute(f"SELECT id, {cols} FROM documents ORDER BY id"):
        did = row[0]
        facts = docs.get(did)
        if facts is None:
            report.problems.append(Problem(None, None, f"文件 #{did} 没有登记事件",
                                           f"Document #{did} has no registration event"))
            return
        bad = vdoc.mismatches(vdoc.expected(facts), row[1:])
        if bad:
            ev_id = vdoc.last_event(facts)
            zh, en = vdoc.message(did, row[1], bad, ev_id)
            report.problems.append(Problem(ev_id, None, zh, en))
            return


def _replay_one(
    report: VerifyReport, replay: Replay, ev_id: int, cid: int, did: int | None, kind: str,
    payload: str,
) -> bool:
    body = json.loads(payload)
    before = replay.get(cid)
    if "state_after" not in body:
        after = body.get("after") or {}
        if kind == "carrier.corrected" and before is not None and "carrier_type" in after:
            replay[cid] = (*before[:4], sys.intern(str(after["carrier_type"])))
        return True
    if (before[0] if before else None) != body.get("state_before"):
        report.problems.append(Problem(
            ev_id, cid, f"事件 #{ev_id}：载体 #{cid} 的前序状态与日志不符",
            f"Event #{ev_id}: the state before of carrier #{cid} does not follow the log"))
        return False
    # the carrier belongs to the document its registration named, for good; its type is
    # the registered one unless corrected
    ctype = body.get("carrier_type")
    replay[cid] = (str(body["state_after"]), body.get("holder_after"), ev_id,
                   before[3] if before else did,
                   before[4] if before else (sys.intern(ctype) if isinstance(ctype, str) else None))
    return True


def _check_head(cur: Any, report: VerifyReport) -> None:
    row = cur.execute("SELECT value FROM settings WHERE key = 'chain_head'").fetchone()
    recorded = str(row[0]) if row else ""
    if recorded and recorded != f"{report.head_id}:{report.head_hash}":
        rid = recorded.split(":")[0]
        report.problems.append(Problem(
            int(rid) if rid.isdigit() else None, None,
            f"事件日志末尾被删除或改动：记录的链头为 #{rid}，日志止于 #{report.head_id}",
            f"The end of the event log was removed or changed: the recorded head is #{rid}, "
            f"the log ends at #{report.head_id}",
        ))


def _check_projection(cur: Any, report: VerifyReport, replay: Replay,
                      docs: dict[int, vdoc.Facts]) -> None:
    seen = 0
    for cid, state, holder, did, rank, ctype in cur.execute(
            "SELECT id, state, holder_id, document_id, level_rank, carrier_type FROM carriers"
            " ORDER BY id"):
        seen += 1
        expect = replay.get(cid)
        if expect is None:
            report.problems.append(Problem(None, cid, f"载体 #{cid} 没有任何登记事件",
                                           f"Carrier #{cid} has no registration event"))
            return
        problem = (_state_problem(cid, state, holder, expect)
                   or _document_problem(cid, did, rank, expect, docs)
                   or _type_problem(cid, ctype, expect))
        if problem is not None:
            report.problems.append(problem)
            return
    report.carriers = seen
    if seen != len(replay):
        missing = sorted(set(replay) - _ids(cur))[:1]
        report.problems.append(Problem(
            replay[missing[0]][2] if missing else None, missing[0] if missing else None,
            f"载体 #{missing[0] if missing else '?'} 在事件日志中存在，但载体表中缺失",
            f"Carrier #{missing[0] if missing else '?'} is in the event log but missing from"
            " the carriers",
        ))


def _state_label(state: Any) -> str:
    try:
        return CarrierState(state).label
    except ValueError:
        return str(state)


def _state_problem(cid: int, state: Any, holder: Any,
                   expect: tuple[Any, ...]) -> Problem | None:
    if (state, holder) == (expect[0], expect[1]):
        return None
    return Problem(
        expect[2], cid,
        f"载体 #{cid} 的当前状态/保管人（{_state_label(state)}/人员 #{holder}）与事件日志推出的"
        f"（{_state_label(expect[0])}/人员 #{expect[1]}，最后事件 #{expect[2]}）不符",
        f"Carrier #{cid}: its state/holder ({state}/person #{holder}) differ from what the"
        f" event log gives ({expect[0]}/person #{expect[1]}, last event #{expect[2]})",
    )


def _document_problem(cid: int, did: Any, rank: Any,
                      expect: tuple[Any, ...],
                      docs: dict[int, vdoc.Facts]) -> Problem | None:
    """A carrier stays with the document it was registered to, and sorts by its level."""
    if did != expect[3]:
        return Problem(expect[2], cid, f"载体 #{cid} 的所属文件与事件日志不符（登记时为文件 #{expect[3]}）",
                       f"Carrier #{cid}: the event log registered it to document #{expect[3]},"
                       f" not #{did}")
    level = vdoc.level_of(docs.get(int(did))) if did is not None else None
    if level is None or rank == _RANKS.get(level, rank):
        return None
    return Problem(expect[2], cid, f"载体 #{cid} 的密级与文件 #{did} 的事件日志不符",
                   f"Carrier #{cid}: its classification level does not match the event log of"
                   f" document #{did}")


_RANKS = {c.value: c.rank for c in Classification}


def _type_problem(cid: int, ctype: Any, expect: tuple[Any, ...]) -> Problem | None:
    if expect[4] is None or ctype == expect[4]:
        return None
    return Problem(expect[2], cid, f"载体 #{cid} 的载体类型与事件日志不符",
                   f"Carrier #{cid}: its carrier type does not match the event log")


def _ids(cur: Any) -> set[int]:
    return {r[0] for r in cur.execute("SELECT id FROM carriers").fetchall()}
