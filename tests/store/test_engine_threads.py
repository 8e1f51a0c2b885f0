"""The engine: reads from other threads while writing; the read-only engine refuses writes."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import QueuePool, SingletonThreadPool

from secledger.store.models.registry import Carrier, Document


def test_engine_uses_a_queue_pool(clerk_ledger) -> None:  # type: ignore[no-untyped-def]
    pool = clerk_ledger.db.engine.pool
    assert isinstance(pool, QueuePool)
    assert not isinstance(pool, SingletonThreadPool)


def test_concurrent_reads_from_two_threads_while_writing(clerk_ledger, register) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    register(led, title="起始文件", copies=2)
    stop = threading.Event()
    errors: list[BaseException] = []
    counts: dict[str, list[int]] = {"a": [], "b": []}

    def reader(name: str) -> None:
        try:
            while not stop.is_set() or not counts[name]:
                with led.db.read() as s:
                    docs = s.execute(select(Document.id)).scalars().all()
                    carriers = s.execute(select(Carrier.id).where(
                        Carrier.document_id.in_(docs))).scalars().all()
                    # a read transaction sees one consistent snapshot: 2 copies per document
                    assert len(carriers) == 2 * len(docs)
                    counts[name].append(len(docs))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=reader, args=(n,)) for n in counts]
    for t in threads:
        t.start()
    try:
        for i in range(15):
            register(led, title=f"并发文件{i}", copies=2)
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    assert errors == []
    assert all(counts[n] for n in counts)
    assert all(c == sorted(c) for c in counts.values())  # never goes backwards
    with led.db.read() as s:
        assert len(s.execute(select(Document.id)).all()) == 16


def test_writes_from_two_threads_are_serialised(clerk_ledger, register) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    errors: list[BaseException] = []

    def writer(prefix: str) -> None:
        try:
            for i in range(6):
                register(led, title=f"{prefix}{i}", copies=1)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(p,)) for p in ("甲", "乙")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    from secledger.services.audit.verify import verify

    report = verify(led)
    assert report.ok, report.problems
    with led.db.read() as s:
        numbers = sorted(s.execute(select(Document.number)).scalars())
    assert numbers == list(range(1, 13))


def test_the_read_only_engine_refuses_writes(clerk_ledger, register) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    register(led, title="只读检查", copies=1)
    engine = led.engine
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT title FROM documents")).scalar_one() == "只读检查"
        with pytest.raises(OperationalError, match="readonly database"), engine.begin() as conn:
            conn.execute(text("UPDATE documents SET title = 'x'"))
        with pytest.raises(OperationalError), engine.begin() as conn:
            conn.execute(text("DELETE FROM events"))
    finally:
        engine.dispose()
    with led.db.read() as s:
        assert s.execute(select(Document.title)).scalar_one() == "只读检查"
