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
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from secledger.domain.enums import CarrierState, Classification
from secledger.services.audit import verify_classification as vclass
from secledger.services.audit import verify_departures as vdepart
from secledger.services.audit import verify_destruction as vdestroy
from secledger.services.audit import verify_documents as vdoc
from secledger.services.audit import verify_media as vmedia
from secledger.services.audit import verify_yearend as vyear
from secledger.services.audit.verify_replay import CarrierReplay, moved
from secledger.services.ledger.session import Ledger
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
    """Check the ledger in bounded memory: the chain is read once in id order, replaying
    the carriers into flat arrays (``verify_replay``) and the documents against their rows
    as it goes (``verify_documents.DocumentStream``); then the carriers table is read once
    in id order against the replay. *progress(done, total)* counts events, then carriers."""
    if led.server:  # a server checks its own pages (data checksums)
        return _replay_log(led, progress)
    with ThreadPoolExecutor(1, thread_name_prefix="verify-pages") as pool:
        # every page's HMAC is checked by SQLite on another core meanwhile (C code: the
        # GIL is released); damaged pages make the page check the one answer
        pages = pool.submit(_bad_pages, led)
        try:
            report = _replay_log(led, progress)
        except Exception:
            if pages.result():
                return _pages_report(pages.result())
            raise
        bad = pages.result()
    return _pages_report(bad) if bad else report


def _bad_pages(led: Ledger) -> list[Any]:
    with led.db.scanning() as conn:
        return [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]


def _pages_report(bad: list[Any]) -> VerifyReport:
    pages = "; ".join(map(str, bad[:5]))
    return VerifyReport(problems=[Problem(None, None, "数据库页校验失败：" + pages,
                                          "The database pages fail their check: " + pages)])


def _replay_log(led: Ledger, progress: Progress | None) -> VerifyReport:
    report = VerifyReport()
    with led.db.scanning() as conn:
        cur = conn.cursor()
        cur.execute("BEGIN")  # one snapshot for every read below, whatever is written meanwhile
        total = int(cur.execute("SELECT count(*) FROM events").fetchone()[0])
        carriers = int(cur.execute("SELECT count(*) FROM carriers").fetchone()[0])
        replay = CarrierReplay(_max_id(cur, "carriers"))
        docs = vdoc.DocumentStream(conn.cursor().execute(
            f"SELECT id, {', '.join(vdoc.COLUMNS)} FROM documents ORDER BY id"),
            _changed_later(cur), _max_id(cur, "documents"))
        _check_chain(cur, report, _Tick(progress, total + carriers), replay, docs)
        if report.ok:
            _check_head(cur, report)
        if report.ok:
            _check_projection(conn, report, replay, docs, _Tick(progress, total + carriers,
                                                                   total))
        if report.ok:
            _check_documents(conn, report, docs)
        if report.ok:
            report.problems.extend(Problem(*found) for found in vclass.problems(cur))
        if report.ok:
            media = vmedia.problems(cur) or vdestroy.problems(cur)
            report.problems.extend(Problem(*found) for found in media)
            report.problems.extend(Problem(*found) for found in vyear.problems(cur))
        if report.ok:
            report.problems.extend(Problem(*found) for found in vdepart.problems(cur))
    return report


class _Tick:
    """Progress every 50,000 items, counted from *start* of *total*."""

    def __init__(self, progress: Progress | None, total: int, start: int = 0) -> None:
        self.progress, self.total, self.start = progress, total, start

    def __call__(self, done: int) -> None:
        if self.progress is not None and done % 50000 == 0:
            self.progress(self.start + done, self.total)


def _max_id(cur: Any, table: str) -> int:
    return int(cur.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])


def _changed_later(cur: Any) -> set[int]:
    """Documents some event changes after their registration: their facts are kept until
    the end (from ``ix_events_kind``; a small part of the ledger)."""
    kinds = sorted(vdoc.KINDS - {"document.registered"})
    marks = ", ".join("?" for _ in kinds)
    return {int(r[0]) for r in cur.execute(
        f"SELECT DISTINCT document_id FROM events WHERE kind IN ({marks})"
        " AND document_id IS NOT NULL", kinds)}


_CHAIN_SQL = ("SELECT id, ts, user_id, username, kind, carrier_id, document_id, person_id,"
              " payload, prev_hash, hash FROM events ORDER BY id")


def _check_chain(cur: Any, report: VerifyReport, tick: _Tick, replay: CarrierReplay,
                 docs: vdoc.DocumentStream) -> None:
    prev = GENESIS
    expected = 1
    cur.execute(_CHAIN_SQL)
    loads, move, carrier_kinds = json.loads, replay.move, _carrier_kinds()
    for row in cur:
        ev_id, ts, uid, uname, kind, cid, did, pid, payload, prev_hash, h = row
        if ev_id != expected:
            report.problems.append(Problem(
                expected, None, f"事件 #{expected} 缺失（日志从 #{expected - 1} 跳到 #{ev_id}）",
                f"Event #{expected} is missing (the log jumps from #{expected - 1} to #{ev_id})"))
            return
        if prev_hash != prev:
            report.problems.append(Problem(
                ev_id, cid, f"事件 #{ev_id} 的前序哈希与 #{ev_id - 1} 不接续",
                f"The previous hash of event #{ev_id} does not follow event #{ev_id - 1}"))
            return
        fields = row_fields(id=ev_id, ts=ts, user_id=uid, username=uname, kind=kind,
                            carrier_id=cid, document_id=did, person_id=pid, payload=payload)
        if chain_hash(prev, fields) != h:
            report.problems.append(Problem(
                ev_id, cid, f"事件 #{ev_id}（{kind}）的内容被改动：哈希不符",
                f"Event #{ev_id} ({kind}) was changed: its hash does not match"))
            return
        if cid is not None and kind in carrier_kinds:
            change = moved(payload)
            if change is None:
                body = loads(payload)
                if "state_after" in body:
                    change = (body["state_after"], body.get("state_before"),
                              body.get("holder_after"), body.get("carrier_type"))
                else:
                    _replay_other(replay, cid, kind, body)
            if change is not None and not move(cid, ev_id, did, *change):
                report.problems.append(_state_before_problem(ev_id, cid))
                return
        if did is not None and kind in vdoc.KINDS:
            docs.replay(kind, did, ev_id, payload)
        prev = h
        expected += 1
        report.events += 1
        tick(ev_id)
    report.head_id, report.head_hash = expected - 1, prev


def _check_documents(conn: Any, report: VerifyReport, docs: vdoc.DocumentStream) -> None:
    cols = ", ".join(vdoc.COLUMNS)

    def fetch(ids: list[int]) -> Any:
        cur = conn.cursor()
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            yield from cur.execute(f"SELECT id, {cols} FROM documents WHERE id IN"
                                   f" ({', '.join(map(str, chunk))}) ORDER BY id").fetchall()

    docs.finish(fetch)
    if docs.first is not None:
        _did, ev_id, zh, en = docs.first
        report.problems.append(Problem(ev_id, None, zh, en))


class _CarrierKinds(dict[str, bool]):
    """kind -> whether it is a carrier's event (``carrier.``…), remembered per kind."""

    def __missing__(self, kind: str) -> bool:
        self[kind] = kind.startswith("carrier.")
        return self[kind]

    def __contains__(self, kind: object) -> bool:
        return isinstance(kind, str) and self[kind]


def _carrier_kinds() -> _CarrierKinds:
    return _CarrierKinds()


def _replay_other(replay: CarrierReplay, cid: int, kind: str, body: Any) -> None:
    """A carrier's event that moves nothing: a correction may change its type."""
    after = body.get("after") or {}
    if kind == "carrier.corrected" and replay.get(cid) is not None and "carrier_type" in after:
        replay.set_type(cid, sys.intern(str(after["carrier_type"])))


def _state_before_problem(ev_id: int, cid: int) -> Problem:
    return Problem(ev_id, cid, f"事件 #{ev_id}：载体 #{cid} 的前序状态与日志不符",
                   f"Event #{ev_id}: the state before of carrier #{cid} does not follow the log")


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


def _check_projection(conn: Any, report: VerifyReport, replay: CarrierReplay,
                      docs: vdoc.DocumentStream, tick: _Tick) -> None:
    seen = 0
    agrees, level = replay.agrees, docs.level
    for cid, state, holder, did, rank, ctype in conn.cursor().execute(
            "SELECT id, state, holder_id, document_id, level_rank, carrier_type FROM carriers"
            " ORDER BY id"):
        seen += 1
        tick(seen)
        if agrees(cid, state, holder, did, ctype) and (
                (lv := level(did)) is None or rank == _RANKS.get(lv, rank)):
            continue
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
    if seen != replay.count:
        missing = _first_missing(conn, replay)
        expect = replay.get(missing) if missing is not None else None
        report.problems.append(Problem(
            expect[2] if expect else None, missing,
            f"载体 #{missing if missing is not None else '?'} 在事件日志中存在，但载体表中缺失",
            f"Carrier #{missing if missing is not None else '?'} is in the event log but"
            " missing from the carriers",
        ))


def _first_missing(conn: Any, replay: CarrierReplay) -> int | None:
    """The lowest carrier id the log registered that the table lacks (both read in order)."""
    table = (int(r[0]) for r in conn.cursor().execute("SELECT id FROM carriers ORDER BY id"))
    have = next(table, None)
    for cid in replay.ids():
        while have is not None and have < cid:
            have = next(table, None)
        if have != cid:
            return cid
    return None


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


def _document_problem(cid: int, did: Any, rank: Any, expect: tuple[Any, ...],
                      docs: vdoc.DocumentStream) -> Problem | None:
    """A carrier stays with the document it was registered to, and sorts by its level."""
    if did != expect[3]:
        return Problem(expect[2], cid, f"载体 #{cid} 的所属文件与事件日志不符（登记时为文件 #{expect[3]}）",
                       f"Carrier #{cid}: the event log registered it to document #{expect[3]},"
                       f" not #{did}")
    level = docs.level(int(did)) if did is not None else None
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
