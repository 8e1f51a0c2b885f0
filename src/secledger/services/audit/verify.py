"""``verify``: SQLCipher page integrity, the whole hash chain, and a replay of the event
log against the carrier projection (state, holder, document, level, carrier type), the
documents (``verify_documents``), the classification tables, the devices and media
(``verify_media``) and their destruction (``verify_destruction``), the finalised
self-inspections (``verify_yearend``) and the departures (``verify_departures``). The first
bad event is named; problems read in words (Chinese, with English in ``message_en``), never
by column name."""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
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
from secledger.store.chaincheck import CHAIN_SQL, ChainProcess, ChainState, checked, merged
from secledger.store.eventlog import GENESIS

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
    in id order against the replay. On a big file ledger a second process recomputes the
    hashes meanwhile (``store.chaincheck``). *progress(done, total)* counts events, then
    carriers."""
    with _collector_paused():
        if led.server:  # a server checks its own pages (data checksums)
            return _replay_log(led, progress)
        return _pages_and_replay(led, progress)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while verify runs (on again after, if it was on): the
    replay allocates millions of short-lived objects, which set off full collections of
    70-76 ms each on the 1M demo ledger, and a full collection stops every thread, the
    window's too. Nothing the replay builds is cyclic garbage."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _pages_and_replay(led: Ledger, progress: Progress | None) -> VerifyReport:
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


#: events from which the hashes are recomputed in a second process (``store.chaincheck``)
#: while this one replays: below it, starting a process costs more than it saves
CHILD_FROM = 200_000


def _replay_log(led: Ledger, progress: Progress | None) -> VerifyReport:
    """The chain and the replay; on a big file ledger the hashes in a child process."""
    with led.db.scanning() as conn:  # the last event's number: the log's size, at once
        last = int(conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0])
    chain = led.db.chain_check() if last >= CHILD_FROM else None  # a server: never
    if chain is not None:
        try:
            report = _replay(led, progress, chain)
        finally:
            chain.close()
        if report is not None:
            return report
    report = _replay(led, progress, None)
    assert report is not None
    return report


def _replay(led: Ledger, progress: Progress | None,
            chain: ChainProcess | None) -> VerifyReport | None:
    """Everything ``verify`` checks but the pages; the hashes by *chain* when given (None
    when its answer does not fit this snapshot: then check again without it)."""
    with led.db.scanning() as conn:
        cur = conn.cursor()
        cur.execute("BEGIN")  # one snapshot for every read below, whatever is written meanwhile
        report = _replay_events(conn, cur, progress, chain)
        if report is None:
            return None
        # the replay's arrays are gone by now: the tables below are checked in their room
        if report.ok:
            report.problems.extend(Problem(*found) for found in vclass.problems(cur))
        if report.ok:
            media = vmedia.problems(cur) or vdestroy.problems(cur)
            report.problems.extend(Problem(*found) for found in media)
            report.problems.extend(Problem(*found) for found in vyear.problems(cur))
        if report.ok:
            report.problems.extend(Problem(*found) for found in vdepart.problems(cur))
    return report


def _replay_events(conn: Any, cur: Any, progress: Progress | None,
                   chain: ChainProcess | None) -> VerifyReport | None:
    """The chain read once and replayed into the carriers and documents, then both tables
    against the replay."""
    report = VerifyReport()
    total = int(cur.execute("SELECT count(*) FROM events").fetchone()[0])
    carriers = int(cur.execute("SELECT count(*) FROM carriers").fetchone()[0])
    replay = CarrierReplay(_max_id(cur, "carriers"))
    docs = vdoc.DocumentStream(conn.cursor().execute(
        f"SELECT id, {', '.join(vdoc.COLUMNS)} FROM documents ORDER BY id"),
        _changed_later(cur), _max_id(cur, "documents"))
    state = _check_chain(cur, _Tick(progress, total + carriers), replay, docs,
                         hashing=chain is None)
    if chain is not None:
        both = merged(state, chain.result())
        if both is None:
            return None
        state = both
    _chain_report(report, state)
    if report.ok:
        _check_head(cur, report)
    if report.ok:
        _check_projection(conn, report, replay, docs, _Tick(progress, total + carriers, total))
    if report.ok:
        _check_documents(conn, report, docs)
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


def _check_chain(cur: Any, tick: _Tick, replay: CarrierReplay, docs: vdoc.DocumentStream,
                 hashing: bool) -> ChainState:
    """Read the log in order (``chaincheck.checked``: numbers, previous hashes and, with
    *hashing*, the hashes) and replay each event into *replay* and *docs*."""
    state = ChainState()
    loads, move, carrier_kinds = json.loads, replay.move, _carrier_kinds()
    for row in checked(cur.execute(CHAIN_SQL), state, hashing):
        ev_id, _ts, _uid, _uname, kind, cid, did, _pid, payload, _prev, _h = row
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
                state.problem, state.at, state.carrier_id = "state", ev_id, cid
                break
        if did is not None and kind in vdoc.KINDS:
            docs.replay(kind, did, ev_id, payload)
        tick(ev_id)
    return state


def _chain_report(report: VerifyReport, state: ChainState) -> None:
    """The chain's problem in words, or its head."""
    report.events = state.events
    ev_id, cid = state.at, state.carrier_id
    if state.problem == "gap":
        report.problems.append(Problem(
            ev_id, None, f"事件 #{ev_id} 缺失（日志从 #{ev_id - 1} 跳到 #{state.seen}）",
            f"Event #{ev_id} is missing (the log jumps from #{ev_id - 1} to #{state.seen})"))
    elif state.problem == "prev":
        report.problems.append(Problem(
            ev_id, cid, f"事件 #{ev_id} 的前序哈希与 #{ev_id - 1} 不接续",
            f"The previous hash of event #{ev_id} does not follow event #{ev_id - 1}"))
    elif state.problem == "hash":
        report.problems.append(Problem(
            ev_id, cid, f"事件 #{ev_id}（{state.kind}）的内容被改动：哈希不符",
            f"Event #{ev_id} ({state.kind}) was changed: its hash does not match"))
    elif state.problem == "state":
        report.problems.append(_state_before_problem(ev_id, int(cid or 0)))
    else:
        report.head_id, report.head_hash = state.head_id, state.head_hash


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
