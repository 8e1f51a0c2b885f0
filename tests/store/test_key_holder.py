"""The master key lives in one buffer that lock zeroes; connections are keyed from it and
closed with it."""

from __future__ import annotations

import gc
import secrets

import pytest
import sqlcipher3
from sqlalchemy import text

from secledger.domain.errors import LedgerLocked
from secledger.store.engine import Database, make_engine
from secledger.store.keyholder import MasterKey


def test_wipe_zeroes_the_buffer_in_place_and_refuses_the_key_afterwards() -> None:
    key = secrets.token_bytes(32)
    holder = MasterKey(key)
    view = memoryview(holder._buf)  # the very memory the key was in
    assert holder.present and holder.copy() == key
    holder.wipe()
    assert not holder.present
    assert bytes(view) == bytes(32)
    with pytest.raises(LedgerLocked):
        holder.copy()
    view.release()


def test_connections_are_keyed_at_connect_time_and_closed_by_wipe(tmp_path) -> None:  # type: ignore[no-untyped-def]
    holder = MasterKey(secrets.token_bytes(32))
    db = Database(tmp_path / "ledger.db", holder)
    with db.write() as s:
        s.execute(text("CREATE TABLE t (x)"))
    checked_out = db.raw_connection()  # e.g. a worker thread in the middle of a count
    script_engine = make_engine(tmp_path / "ledger.db", holder, query_only=True)
    with script_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM t")).scalar() == 0
    holder.wipe()
    with pytest.raises(sqlcipher3.ProgrammingError):  # closed under the worker's feet
        checked_out.driver_connection.execute("SELECT 1")
    db.dispose()
    script_engine.dispose()
    for engine in (db.engine, script_engine):  # a new connection needs the key: refused
        with pytest.raises(LedgerLocked):
            engine.connect()
    checked_out.invalidate()
    del checked_out
    # Collect the pool's cyclic garbage now: CPython 3.11.7 fails ast.parse (pytest's
    # assertion rewriting of a later import) when a finalizer runs during it (gh-106905).
    gc.collect()


def test_the_pragma_key_text_is_not_kept_by_the_connection(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``execute`` would keep ``PRAGMA key = "x'…'"`` in the statement cache; the holder keys
    with ``executescript``: the statement text is dropped after the call."""
    import sys

    from secledger.store import engine

    holder = MasterKey(secrets.token_bytes(32))
    seen: list[str] = []

    class Spy(engine._Connection):  # type: ignore[misc, name-defined]
        def executescript(self, sql: str):  # type: ignore[no-untyped-def]
            seen.append(sql)
            return super().executescript(sql)

    conn = sqlcipher3.connect(str(tmp_path / "x.db"), factory=Spy)
    holder.key_connection(conn)
    sql = seen.pop()
    assert holder.copy().hex() in sql
    assert sys.getrefcount(sql) == 2  # this local and getrefcount's argument: nobody else
    conn.close()
