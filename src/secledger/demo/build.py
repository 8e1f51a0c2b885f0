"""A demo ledger full of realistic Chinese data (``secledger demo``).

The ledger, departments, people and accounts are made through the normal services. The
documents, carriers and their history (2024 – 2026) are then bulk-inserted with raw
``executemany`` on one connection: one transaction per batch of whole documents, the
hash chain built in memory (``demo_rows.FastChainer``, row for row what ``EventChainer``
makes). Events have exactly the form ``transition()`` and ``register_document()`` write,
the counters stay gapless and the projection matches the log at every commit, so
``verify`` passes and a killed run leaves a smaller but sound ledger. ``PRAGMA
synchronous = OFF`` only while loading. The secondary indexes stay in place: with
append-like keys keeping them costs less than dropping and rebuilding them, and a
killed run leaves no ledger without its indexes. Where ``fork`` exists the rows are
made in a child process while this one writes (two cores).

Accounts (password ``DEMO_PASSWORD`` for all): ``admin`` 保密员; ``demo`` 机要员 + 档案员 +
审批人 + 审计员 (one account can try everything); ``archivist`` 档案员; ``leader`` 审批人
(分管领导); ``auditor`` 审计员.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from secledger.demo import approvals as demo_approvals
from secledger.demo import carry_out as demo_carry_out
from secledger.demo import classification as demo_classification
from secledger.demo import departures as demo_departures
from secledger.demo import excerpts as demo_excerpts
from secledger.demo import media as demo_media
from secledger.demo import meetings as demo_meetings
from secledger.demo import vocab as D
from secledger.demo import week as demo_week
from secledger.demo import yearend as demo_yearend
from secledger.demo.flows import TABLES
from secledger.demo.generator import Generator
from secledger.demo.model import Batch, PersonRef
from secledger.demo.rows import FastChainer, same_as_reference
from secledger.domain.enums import Role
from secledger.services.ledger.session import Ledger, create_ledger
from secledger.services.ledger.timing import set_workflow_policy
from secledger.services.people import accounts as users
from secledger.services.people import persons as people
from secledger.store import statistics
from secledger.store.eventlog import EventChainer, head
from secledger.store.keyslots import DEFAULT_KDF, KdfParams

DEMO_PASSWORD = "demo12345"
DEFAULT_DOCUMENTS = 2000
DEFAULT_SEED = 20240102
BATCH_DOCUMENTS = 5000
USE_CHILD_PROCESS = True  # tests may switch it off to monkeypatch the writer
FIRST_DAY = date(2024, 1, 2)
LAST_DAY = date(2026, 11, 20)
BEIJING = timedelta(hours=8)
TIMEZONE = "Asia/Shanghai"  # the office's; the bulk history is in Beijing office hours
WEEK_DAYS = 7  # the last days are a scripted week through the real services (demo_week)

Progress = Callable[[int, int], None]

ACCOUNTS: dict[str, frozenset[Role]] = {
    "demo": frozenset({Role.CLERK, Role.ARCHIVIST, Role.APPROVER, Role.AUDITOR}),
    "archivist": frozenset({Role.ARCHIVIST}),
    "leader": frozenset({Role.APPROVER}),
    "auditor": frozenset({Role.AUDITOR}),
}


@dataclass(frozen=True, slots=True)
class DemoSummary:
    path: Path
    documents: int
    carriers: int
    events: int
    recovery_code: str
    password: str
    usernames: tuple[str, ...]
    seconds: float


class _Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def last_day(today: date | None = None) -> date:
    """Data runs up to 20 November 2026, or to yesterday when that is earlier."""
    today = today or datetime.now(UTC).date()
    return max(FIRST_DAY + timedelta(days=30), min(LAST_DAY, today - timedelta(days=1)))


def build_demo(
    path: Path | str,
    *,
    documents: int = DEFAULT_DOCUMENTS,
    kdf: KdfParams = DEFAULT_KDF,
    progress: Progress | None = None,
    seed: int = DEFAULT_SEED,
    password: str = DEMO_PASSWORD,
    end: date | None = None,
    week: bool = True,
) -> DemoSummary:
    """Create a demo ledger at *path* with *documents* documents (≈5 carriers each): the
    history up to a week before *end* bulk-loaded, then (*week*) that week's work done
    through the real services (``demo_week``)."""
    started = time.perf_counter()
    rng = random.Random(seed)
    start = datetime.combine(FIRST_DAY, datetime.min.time(), UTC)  # 08:00 in Beijing
    last = end or last_day()
    clock = _Clock(start)
    led, code = create_ledger(path, unit_name=D.UNIT_NAME, admin_username="admin",
                              admin_password=password, admin_name="王保密", clock=clock, kdf=kdf)
    try:
        set_workflow_policy(led, "timezone", TIMEZONE)
        staff, accounts, heads = _setup_people(led, rng, password)
        gen = Generator(
            rng=rng, staff=staff, accounts=accounts, departments=_department_ids(led),
            start=start + timedelta(hours=1), end_day=last - timedelta(days=WEEK_DAYS),
            beijing=BEIJING, heads=heads,
        )
        counts = _bulk(led, gen, documents, progress)
        if week:
            demo_week.run_week(led, password=password, last_day=last, clock=clock,
                               people=demo_week.Cast.of(staff, accounts, heads), seed=seed)
            demo_classification.run(led, password, clock, demo_week.Cast.of(staff, accounts, heads))
            demo_excerpts.run(led, password, clock, demo_week.Cast.of(staff, accounts, heads))
            demo_meetings.run(led, password, clock, demo_week.Cast.of(staff, accounts, heads))
            demo_approvals.add_requests(led, password, clock, staff, accounts)
            demo_carry_out.run(led, password, clock, demo_week.Cast.of(staff, accounts, heads))
            demo_media.run(led, password, clock, demo_week.Cast.of(staff, accounts, heads), seed=seed)
            demo_yearend.run(led, password, clock, demo_week.Cast.of(staff, accounts, heads))
            demo_departures.run(led, password, clock, demo_week.Cast.of(staff, accounts, heads))
        with led.db.read() as s:
            events = head(s).id
        clock.moment = datetime.now(UTC)
        statistics.refresh(led.db, full=True)  # the planner's statistics of the bulk load
        led.db.checkpoint()
    finally:
        led.close()
    return DemoSummary(
        path=Path(path), documents=counts[0], carriers=counts[1], events=events,
        recovery_code=code, password=password, usernames=("admin", *ACCOUNTS),
        seconds=time.perf_counter() - started,
    )


def _department_ids(led: Ledger) -> dict[str, int]:
    return {d.name: d.id for d in people.list_departments(led)}


def _setup_people(
    led: Ledger, rng: random.Random, password: str
) -> tuple[list[PersonRef], dict[str, PersonRef], dict[int, PersonRef]]:
    depts = {name: people.create_department(led, name=name).id for name in D.DEPARTMENTS}
    people.update_person(led, person_id=led.user.person_id, department_id=depts["保密科"],
                         post="保密员")
    accounts: dict[str, PersonRef] = {}
    for username, spec in D.ACCOUNT_PEOPLE.items():
        p = people.create_person(led, name=spec.name, department_id=depts[spec.department],
                                 clearance=spec.clearance, post=spec.post)
        users.create_user(led, username=username, password=password, person_id=p.id,
                          roles=ACCOUNTS[username], must_change_password=False)
        accounts[username] = PersonRef(p.id, p.name, depts[spec.department], spec.clearance,
                                       _user_id(led, username), username)
    staff: list[PersonRef] = [accounts["leader"]]
    heads: dict[int, PersonRef] = {}
    for spec in D.make_people(rng):
        p = people.create_person(led, name=spec.name, department_id=depts[spec.department],
                                 clearance=spec.clearance, post=spec.post)
        staff.append(PersonRef(p.id, p.name, depts[spec.department], spec.clearance, None))
        if spec.post in ("处长", "主任"):
            heads.setdefault(depts[spec.department], staff[-1])
    return staff, accounts, heads


def _user_id(led: Ledger, username: str) -> int:
    return next(u.id for u in users.list_users(led) if u.username == username)


# -- the bulk load ------------------------------------------------------------------------
_SQL_DOC = (
    "INSERT INTO documents(id, register, year, number, reg_no, doc_no, title, level, mark,"
    " retention, issued_on, declassify_on, urgency, unit, drafting_department_id, pages,"
    " need_to_know, no_copy, recall_required, received_at, signed_by_id, seal_intact, remarks,"
    " extra, source_carrier_id, voided, void_reason) VALUES"
    " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_SQL_CARRIER = (
    "INSERT INTO carriers(id, document_id, label_id, copy_no, carrier_type, serial_no, pages,"
    " state, holder_id, location, is_copy, updated_at, level_rank, registered_at)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_SQL_UPDATE = "UPDATE carriers SET state = ?, holder_id = ?, location = ?, updated_at = ? WHERE id = ?"
_SQL_EVENT = f"INSERT INTO events({', '.join(EventChainer.COLUMNS)}) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
_SQL_SEARCH = "INSERT INTO doc_search(rowid, body) VALUES (?, ?)"
_SQL_COUNTER = (
    "INSERT INTO counters(register, year, last) VALUES (?, ?, ?)"
    " ON CONFLICT(register, year) DO UPDATE SET last = excluded.last"
)
_SQL_UNIT = (
    "INSERT INTO units(name, last_used) VALUES (?, ?)"
    " ON CONFLICT(name) DO UPDATE SET last_used = excluded.last_used"
)
_SQL_HEAD = (
    "INSERT INTO settings(key, value) VALUES ('chain_head', ?)"
    " ON CONFLICT(key) DO UPDATE SET value = excluded.value"
)
_INSERTS = {
    "approvals": "INSERT INTO approvals(id, subject_kind, subject_id, summary, rule,"
    " required_role, requested_by_user_id, requested_at, status, decided_by_person_id,"
    " decided_by_user_id, decided_at, reason, via, paper_form_no, paper_date, extra)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "retentions": "INSERT INTO retentions(id, carrier_id, document_id, person_id, purpose,"
    " approval_id, issued_by_user_id, issued_at, due_at, returned_at, received_by_user_id)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
    "distributions": "INSERT INTO distributions(id, carrier_id, document_id, person_id,"
    " department_id, purpose, issued_at, due_on, returned_at) VALUES (?,?,?,?,?,?,?,?,?)",
    "dispatches": "INSERT INTO dispatches(id, year, number, reg_no, document_id, unit, channel,"
    " dispatch_no, dispatched_on, handled_by_id, receipt_due_on, receipt_on, receipt_no,"
    " receipt_note, note, item_count, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "dispatch_items": "INSERT INTO dispatch_items(dispatch_id, carrier_id) VALUES (?,?)",
    "recall_returns": "INSERT INTO recall_returns(id, year, number, reg_no, unit, returned_on,"
    " receipt_no, unit_handler, returned_by_id, request_id, note, item_count, created_at)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "recall_return_items": "INSERT INTO recall_return_items(return_id, carrier_id, seq)"
    " VALUES (?,?,?)",
}
_UPDATES = {
    "retentions": "UPDATE retentions SET returned_at = ?, received_by_user_id = ? WHERE id = ?",
    "distributions": "UPDATE distributions SET returned_at = ? WHERE id = ?",
    "dispatches": "UPDATE dispatches SET receipt_on = ?, receipt_no = ? WHERE id = ?",
}
_ID_TABLES = ("approvals", "retentions", "distributions", "dispatches", "recall_returns")
assert set(_INSERTS) == set(TABLES)
_SAMPLE_PAYLOAD = {"action": "register", "state_before": None, "state_after": "in_store",
                   "holder_before": None, "holder_after": 3, "reg_no": "收2024-00001",
                   "title": "关于\"加强\"涉密载体管理\\工作的通知", "need_to_know": {"x": [1, 2]},
                   "no_copy": False, "pages": 12}


def _bulk(led: Ledger, gen: Generator, documents: int, progress: Progress | None) -> tuple[int, int]:
    if not same_as_reference(_SAMPLE_PAYLOAD):
        raise RuntimeError("FastChainer no longer matches EventChainer")
    conn = led.db.raw_connection()
    try:
        cur = conn.cursor()
        with led.db.read() as s:
            gen.chainer = FastChainer(head(s))
        gen.next_doc_id = _max_id(cur, "documents") + 1
        gen.next_carrier_id = _max_id(cur, "carriers") + 1
        gen._ids = {table: _max_id(cur, table) for table in _ID_TABLES}
        gen._counters = {(r, y): int(n) for r, y, n in
                         cur.execute("SELECT register, year, last FROM counters").fetchall()}
        cur.execute("PRAGMA synchronous = OFF")
        try:
            made = _load(cur, gen, documents, progress)
        finally:
            cur.execute("PRAGMA synchronous = NORMAL")
        return made[0], made[1]
    finally:
        conn.close()


def _max_id(cur: Any, table: str) -> int:
    return int(cur.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])


Message = tuple[Any, ...]


def _produce(gen: Generator, documents: int, send: Callable[[Message], None]) -> None:
    """The whole history in time order, one ``("batch", rows, done)`` per batch of documents."""
    times = gen.receipt_times(documents)
    step = BATCH_DOCUMENTS
    for first in range(0, documents, step):
        for moment in times[first : first + step]:
            gen.apply_due(moment)
            gen.register(moment)
        send(("batch", gen.take_batch(), min(first + step, documents)))
    while gen.apply_due(gen.end, limit=step * 5):
        send(("batch", gen.take_batch(), documents))
    send(("batch", gen.take_batch(), documents))
    send(("done", gen.documents_made, gen.carriers_made))


def _load(cur: Any, gen: Generator, documents: int, progress: Progress | None) -> tuple[int, int]:
    """Write what ``_produce`` makes. Where ``fork`` exists the rows are made in a child
    process so that generating (Python) and writing (SQLCipher) use both cores; each
    batch is still committed here, in order, as one transaction."""
    made: list[int] = []

    def handle(msg: Message) -> None:
        if msg[0] == "batch":
            _write(cur, msg[1])
            if progress is not None:
                progress(msg[2], documents)
        elif msg[0] == "done":
            made.extend(msg[1:])
        else:
            raise RuntimeError(f"演示数据生成失败：{msg[1]}")

    if not USE_CHILD_PROCESS or "fork" not in mp.get_all_start_methods():
        _produce(gen, documents, handle)
        return made[0], made[1]
    reader, writer = mp.get_context("fork").Pipe(duplex=False)
    child = mp.get_context("fork").Process(target=_child, args=(gen, documents, writer), daemon=True)
    child.start()
    writer.close()
    try:
        while not made:
            try:
                handle(reader.recv())
            except EOFError:
                raise RuntimeError("演示数据生成进程意外退出") from None
    finally:
        reader.close()
        child.join(timeout=5)
        if child.is_alive():
            child.kill()
    return made[0], made[1]


def _child(gen: Generator, documents: int, conn: Any) -> None:  # pragma: no cover - child
    # Drop every inherited descriptor but the pipe: the ledger lock and the database stay
    # the parent's alone, and a parent that dies breaks the pipe, which ends this process.
    keep = conn.fileno()
    os.closerange(3, keep)
    os.closerange(keep + 1, os.sysconf("SC_OPEN_MAX") if hasattr(os, "sysconf") else 4096)
    try:
        _produce(gen, documents, conn.send)
    except BrokenPipeError:
        return  # the writing process is gone: stop quietly
    except BaseException as exc:
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def _write(cur: Any, batch: Batch) -> None:
    """One transaction: whatever the generator produced since the last write."""
    if not batch.events:
        return
    cur.execute("BEGIN IMMEDIATE")
    try:
        cur.executemany(_SQL_DOC, batch.documents)
        cur.executemany(_SQL_SEARCH, batch.search)
        cur.executemany(_SQL_CARRIER, batch.carriers)
        cur.executemany(_SQL_UPDATE, batch.updates)
        for table in TABLES:
            if table in batch.rows:
                cur.executemany(_INSERTS[table], batch.rows[table])
        for table, rows in batch.updates_by_table.items():
            cur.executemany(_UPDATES[table], rows)
        cur.executemany(_SQL_EVENT, batch.events)
        cur.executemany(_SQL_COUNTER, batch.counters)
        cur.executemany(_SQL_UNIT, batch.units)
        cur.execute(_SQL_HEAD, (batch.head,))
        cur.execute("COMMIT")
    except BaseException:
        cur.execute("ROLLBACK")
        raise


__all__ = ["ACCOUNTS", "DEFAULT_DOCUMENTS", "DEMO_PASSWORD", "DemoSummary", "build_demo"]
