"""The demo generator's own guarantees: rows identical to the event log's, reproducible,
and a killed or failed run leaves a sound ledger of whole documents."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secledger.demo import build as demo
from secledger.demo.rows import FastChainer, same_as_reference, stamps
from secledger.services.audit.verify import verify
from secledger.services.ledger.session import open_ledger
from secledger.store.eventlog import EventChainer, Head, canonical, utc_ts
from secledger.store.keyslots import TEST_KDF

_json = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**12), 10**12) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(
    payload=st.dictionaries(st.text(max_size=12), _json, max_size=8),
    username=st.text(max_size=12),
    ids=st.tuples(*(st.none() | st.integers(0, 10**9) for _ in range(3))),
    ts=st.text(min_size=1, max_size=30),
)
def test_fast_chainer_makes_the_reference_rows(
    payload: dict[str, Any], username: str, ids: tuple[int | None, ...], ts: str
) -> None:
    args: dict[str, Any] = {"ts": ts, "user_id": ids[0], "username": username, "kind": "k.ind",
                            "carrier_id": ids[1], "document_id": ids[2], "person_id": None,
                            "payload": payload}
    start = Head(7, "f" * 64)
    fast, ref = FastChainer(start), EventChainer(start)
    assert fast.make(**args) == ref.make(**args)
    assert fast.make(**args) == ref.make(**args)  # chained on
    assert same_as_reference(payload)


def test_stamps_match_the_event_log_and_sqlalchemy() -> None:
    from datetime import UTC, datetime

    for moment in (datetime(2024, 1, 2, 0, 30, tzinfo=UTC), datetime(2026, 11, 20, 9, 5, 7, 120, tzinfo=UTC)):
        ts, naive = stamps(moment)
        assert ts == utc_ts(moment)
        assert naive == str(moment.replace(tzinfo=None)) + ("" if moment.microsecond else ".000000")


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> demo.DemoSummary:
    return demo.build_demo(tmp_path_factory.mktemp("gen") / "a", documents=300, kdf=TEST_KDF,
                           week=False)


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    with open_ledger(path, username="auditor", password=demo.DEMO_PASSWORD) as led:
        conn = led.db.raw_connection()
        try:
            return list(conn.cursor().execute(sql).fetchall())
        finally:
            conn.close()


def test_every_payload_is_canonical_json(small: demo.DemoSummary) -> None:
    payloads = _rows(small.path, "SELECT kind, payload FROM events")
    assert len(payloads) >= small.events
    for kind, body in payloads:
        assert canonical(json.loads(body)) == body, kind


def test_follow_up_events_carry_what_the_services_record(small: demo.DemoSummary) -> None:
    """The payload keys ``transition()`` callers write (registration, distribution,
    retention, archive, dispatch, recall) — and nothing they do not."""
    by_kind: dict[str, set[str]] = {}
    for kind, body in _rows(small.path, "SELECT kind, payload FROM events WHERE kind LIKE"
                                        " 'carrier.%' OR kind LIKE 'approval.%' OR kind LIKE 'dispatch.%'"):
        by_kind.setdefault(kind, set()).update(json.loads(body))
    base = {"action", "state_before", "state_after", "holder_before", "holder_after"}
    assert base | {"reg_no", "copy_no", "label_id", "carrier_type", "serial_no"} == by_kind["carrier.register"]
    distribution, retention = {"distribution_id", "person_id"}, {"retention_id", "person_id"}
    assert base | distribution | retention | {"purpose", "due_on", "due_at", "approval_id"} \
        == by_kind["carrier.issue_to"]
    assert base | distribution | retention == by_kind["carrier.take_back"]
    assert base | {"location_before", "location_after", "cabinet", "box"} == by_kind["carrier.archive"]
    assert base | {"dispatch_id", "dispatch_reg_no", "unit", "channel", "dispatch_no",
                   "copy_no"} == by_kind["carrier.dispatch"]
    assert base | {"return_no", "unit", "receipt_no", "unit_handler", "returned_on"} \
        == by_kind["carrier.return_to_issuer"]
    assert {"approval_id", "subject_kind", "subject_id", "summary", "rule", "required_role"} \
        == by_kind["approval.requested"]
    assert {"approval_id", "subject", "rule", "decision", "via", "reason", "form_no",
            "paper_date"} == by_kind["approval.decided"]
    assert {"dispatch_id", "dispatch_reg_no", "unit", "receipt_on", "receipt_no", "note"} \
        == by_kind["dispatch.receipt_recorded"]


def test_same_seed_same_ledger(small: demo.DemoSummary, tmp_path: Path) -> None:
    again = demo.build_demo(tmp_path / "b", documents=300, kdf=TEST_KDF, week=False)
    assert (again.documents, again.carriers, again.events) == (small.documents, small.carriers,
                                                                small.events)
    for sql in ("SELECT * FROM documents ORDER BY id", "SELECT * FROM carriers ORDER BY id",
                "SELECT id, ts, kind, carrier_id, payload FROM events"
                " WHERE kind LIKE 'carrier.%' OR kind LIKE 'document.%' ORDER BY id"):
        assert _rows(again.path, sql) == _rows(small.path, sql)
    other = demo.build_demo(tmp_path / "c", documents=300, kdf=TEST_KDF, seed=7, week=False)
    assert _rows(other.path, "SELECT title FROM documents") != _rows(
        small.path, "SELECT title FROM documents")


def _assert_sound_whole_documents(path: Path) -> int:
    with open_ledger(path, username="demo", password=demo.DEMO_PASSWORD) as led:
        report = verify(led)
        assert report.ok, report.first
        conn = led.db.raw_connection()
        try:
            cur = conn.cursor()
            docs = cur.execute("SELECT count(*) FROM documents").fetchone()[0]
            registered = cur.execute(
                "SELECT count(*) FROM events WHERE kind = 'document.registered'").fetchone()[0]
            assert docs == registered == cur.execute("SELECT count(*) FROM doc_search").fetchone()[0]
            assert cur.execute(
                "SELECT count(*) FROM documents d WHERE NOT EXISTS"
                " (SELECT 1 FROM carriers c WHERE c.document_id = d.id)").fetchone()[0] == 0
            tables = {"receipt": "documents", "production": "documents",
                      "dispatch": "dispatches", "recall": "recall_returns"}
            for register, year, last in cur.execute("SELECT register, year, last FROM counters").fetchall():
                where = " AND register = ?" if tables[register] == "documents" else ""
                numbers = cur.execute(f"SELECT number FROM {tables[register]} WHERE year = ?{where}"
                                      " ORDER BY number", (year, register)[: 2 if where else 1]).fetchall()
                assert [n for (n,) in numbers] == list(range(1, last + 1))
            return int(docs)
        finally:
            conn.close()


def test_a_failed_batch_leaves_earlier_batches_sound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo, "BATCH_DOCUMENTS", 40)
    real_write, calls = demo._write, []

    def failing(cur: Any, batch: Any) -> None:
        calls.append(1)
        if len(calls) == 3:  # documents and carriers go in, then an event row is refused
            batch.events.append(batch.events[0])
        real_write(cur, batch)

    monkeypatch.setattr(demo, "_write", failing)
    with pytest.raises(Exception):  # noqa: B017 - any database error aborts the run
        demo.build_demo(tmp_path / "f", documents=200, kdf=TEST_KDF)
    assert _assert_sound_whole_documents(tmp_path / "f") == 80


@pytest.mark.slow
def test_killed_run_leaves_a_sound_ledger(tmp_path: Path) -> None:
    folder = tmp_path / "killed"
    code = textwrap.dedent(f"""
        import sys
        from secledger.demo import build as demo
        from secledger.store.keyslots import TEST_KDF
        demo.BATCH_DOCUMENTS = 100
        def progress(done, total):
            if done == 300:
                print("ready", flush=True)
        demo.build_demo({str(folder)!r}, documents=200000, kdf=TEST_KDF, progress=progress)
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    from secledger.store.lock import LedgerLock

    lock = LedgerLock(folder / "ledger.lock")
    lock.acquire()  # the generating child let go of the ledger with its parent
    lock.release()
    assert _assert_sound_whole_documents(folder) >= 200


def test_no_copy_is_received_twice(tmp_path: Path) -> None:
    """The bulk generator writes rows directly, so it must keep the rule the services keep:
    the same sender's 文号 never carries the same 份号 twice (重复收文). 4,000 documents: at
    random 文号 a repeat is certain."""
    made = demo.build_demo(tmp_path / "d", documents=4000, kdf=TEST_KDF, week=False)
    twice = _rows(made.path, """
        SELECT d.unit, d.doc_no, c.copy_no, count(*) FROM documents d
        JOIN carriers c ON c.document_id = d.id
        WHERE d.register = 'receipt' AND d.doc_no != '' AND c.is_copy = 0
        GROUP BY d.unit, d.doc_no, c.copy_no HAVING count(*) > 1""")
    assert twice == []
