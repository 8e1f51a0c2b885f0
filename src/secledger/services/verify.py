"""``verify``: SQLCipher page integrity, the whole hash chain, and a replay of the event
log against the carrier projection. The first bad event is named."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from secledger.services import verify_documents as vdoc
from secledger.services.ledger import Ledger
from secledger.store.eventlog import GENESIS, chain_hash, row_fields

Progress = Callable[[int, int], None]


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
        bad = [r[0] for r in cur.execute("PRAGMA cipher_integrity_check").fetchall()]
        if bad:
            report.problems.append(Problem(None, None, "数据库页校验失败：" + "; ".join(map(str, bad[:5]))))
            return report
        total = int(cur.execute("SELECT count(*) FROM events").fetchone()[0])
        docs: dict[int, vdoc.Facts] = {}
        replay = _check_chain(cur, report, total, progress, docs)
        if report.ok:
            _check_head(cur, report)
        if report.ok:
            _check_projection(cur, report, replay)
        if report.ok:
            _check_documents(cur, report, docs)
    finally:
        conn.close()
    return report


def _check_chain(
    cur: Any, report: VerifyReport, total: int, progress: Progress | None,
    docs: dict[int, vdoc.Facts],
) -> dict[int, tuple[str, int | None, int]]:
    replay: dict[int, tuple[str, int | None, int]] = {}
    prev = GENESIS
    expected = 1
    cur.execute(
        "SELECT id, ts, user_id, username, kind, carrier_id, document_id, person_id, payload,"
        " prev_hash, hash FROM events ORDER BY id"
    )
    for row in cur:
        ev_id, ts, uid, uname, kind, cid, did, pid, payload, prev_hash, h = row
        if ev_id != expected:
            report.problems.append(Problem(expected, None, f"事件 #{expected} 缺失（日志从 #{expected - 1} 跳到 #{ev_id}）"))
            return replay
        if prev_hash != prev:
            report.problems.append(Problem(ev_id, cid, f"事件 #{ev_id} 的前序哈希与 #{ev_id - 1} 不接续"))
            return replay
        fields = row_fields(id=ev_id, ts=ts, user_id=uid, username=uname, kind=kind,
                            carrier_id=cid, document_id=did, person_id=pid, payload=payload)
        if chain_hash(prev, fields) != h:
            report.problems.append(Problem(ev_id, cid, f"事件 #{ev_id}（{kind}）的内容被改动：哈希不符"))
            return replay
        if (cid is not None and kind.startswith("carrier.")
                and not _replay_one(report, replay, ev_id, cid, payload)):
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
    report: VerifyReport, replay: dict[int, tuple[str, int | None, int]], ev_id: int, cid: int,
    payload: str,
) -> bool:
    body = json.loads(payload)
    if "state_after" not in body:
        return True
    before = replay.get(cid)
    if (before[0] if before else None) != body.get("state_before"):
        report.problems.append(Problem(ev_id, cid, f"事件 #{ev_id}：载体 #{cid} 的前序状态与日志不符"))
        return False
    replay[cid] = (str(body["state_after"]), body.get("holder_after"), ev_id)
    return True


def _check_head(cur: Any, report: VerifyReport) -> None:
    row = cur.execute("SELECT value FROM settings WHERE key = 'chain_head'").fetchone()
    recorded = str(row[0]) if row else ""
    if recorded and recorded != f"{report.head_id}:{report.head_hash}":
        rid = recorded.split(":")[0]
        report.problems.append(Problem(
            int(rid) if rid.isdigit() else None, None,
            f"事件日志末尾被删除或改动：记录的链头为 #{rid}，日志止于 #{report.head_id}",
        ))


def _check_projection(cur: Any, report: VerifyReport, replay: dict[int, tuple[str, int | None, int]]) -> None:
    seen = 0
    for cid, state, holder in cur.execute("SELECT id, state, holder_id FROM carriers ORDER BY id"):
        seen += 1
        expect = replay.get(cid)
        if expect is None:
            report.problems.append(Problem(None, cid, f"载体 #{cid} 没有任何登记事件"))
            return
        if (state, holder) != (expect[0], expect[1]):
            report.problems.append(Problem(
                expect[2], cid,
                f"载体 #{cid} 的当前状态/保管人（{state}/{holder}）与事件日志推出的"
                f"（{expect[0]}/{expect[1]}，最后事件 #{expect[2]}）不符",
            ))
            return
    report.carriers = seen
    if seen != len(replay):
        missing = sorted(set(replay) - _ids(cur))[:1]
        report.problems.append(Problem(
            replay[missing[0]][2] if missing else None, missing[0] if missing else None,
            f"载体 #{missing[0] if missing else '?'} 在事件日志中存在，但载体表中缺失",
        ))


def _ids(cur: Any) -> set[int]:
    return {r[0] for r in cur.execute("SELECT id FROM carriers").fetchall()}
