"""The SQLCipher engine: raw 256-bit key, big page cache, WAL, serialised writers.

Connections come from ``sqlcipher3`` through a creator, one connection per thread at a
time (QueuePool, never SingletonThreadPool shared across threads). Each connection is
keyed with the raw master key (``x'…'``), so no KDF runs at open. Write transactions use
``BEGIN IMMEDIATE`` and an in-process lock so that concurrent writers never interleave.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from secledger.domain.errors import LedgerError
from secledger.store.chaincheck import ChainProcess
from secledger.store.keyholder import MasterKey, as_master_key

# 64 MiB page cache per connection. Each pooled connection (GUI reads, background counts)
# keeps its own cache: 256 MiB each put browsing a 1M-carrier ledger at 560 MB peak RSS,
# 64 MiB keeps it near 235 MB with the same page times (secledger.bench).
CACHE_KIB = 65536
# PRAGMA cipher_memory_security stays OFF, by measurement. ON makes SQLCipher wipe (and
# mlock) every SQLite allocation of the whole process, once on for good; it does not guard
# the master key, whose key material SQLCipher zeroes itself when a connection closes (and
# on lock every connection is closed, see store/keyholder.py). Median ms on a demo ledger
# of 20,000 documents / 97,163 carriers, 2 shared cores, three alternating process pairs
# (services.browse; OFF vs ON): page of 200 newest 13/20/8 vs 16/29/44; 在库 sorted by
# title, page in the middle 19/49/13 vs 21/51/33, last page 9/32/11 vs 13/45/46; search
# 保密 4/23/5 vs 13/33/29; anchors every 1,000 rows (background) 209/636/196 vs
# 1598/3524/2936; registering 10 copies 49/92/76 vs 44/41/207 (noise). The GUI benchmark
# (ui.bench) agreed: anchors 964/843 vs 3280/2366 ms. ON costs 1.2-4x on pages and 7-15x
# on big sorts, for wiping freed decrypted pages only.
MEMORY_SECURITY = "OFF"
#: page cache while a connection reads much of the ledger once (``Database.scanning``)
SCAN_CACHE_KIB = 4096
_WRITE_OPT = "secledger_write"


def silence_cipher_log() -> None:
    """Stop SQLCipher logging decryption failures to stderr itself (its log level is
    process-wide, so any connection sets it); the caller reports the failure its own way."""
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()


class _Connection(sqlcipher3.Connection):  # type: ignore[misc]
    """A sqlcipher3 connection that can be weakly referenced (``MasterKey`` tracks them)."""


def _connect(db_path: Path, key: MasterKey, query_only: bool = False) -> Any:
    conn = sqlcipher3.connect(str(db_path), check_same_thread=False, timeout=30,
                              factory=_Connection)
    conn.isolation_level = None  # we issue BEGIN ourselves
    try:
        key.key_connection(conn)  # read from the holder now; LedgerLocked once it is wiped
    except BaseException:
        conn.close()
        raise
    conn.execute(f"PRAGMA cipher_memory_security = {MEMORY_SECURITY}")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA busy_timeout = 30000")
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
    except sqlcipher3.DatabaseError as exc:  # wrong key or not a database
        conn.close()
        raise LedgerError("ledger.damaged", detail=str(exc), backups=str(db_path.parent / "backups")) from exc
    if mode is None:
        conn.close()
        raise LedgerError("ledger.damaged", detail="journal mode", backups=str(db_path.parent / "backups"))
    conn.execute("PRAGMA synchronous = FULL")  # committed means durable: WAL fsynced per commit
    if query_only:
        conn.execute("PRAGMA query_only = ON")
    return conn


def make_engine(db_path: Path, key: MasterKey | bytes, *, query_only: bool = False) -> Engine:
    """An engine whose connections are keyed from *key* at connect time (never a copy)."""
    holder = as_master_key(key)
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,  # so driver errors surface as sqlalchemy.exc.* (IntegrityError ...)
        creator=lambda: _connect(db_path, holder, query_only),
        poolclass=QueuePool,
        pool_size=3,
        max_overflow=5,
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        if conn.get_execution_options().get(_WRITE_OPT):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


class Database:
    """Engine plus the write discipline: ``with db.write() as s:`` is one transaction."""

    def __init__(self, db_path: Path, key: MasterKey | bytes, *, engine: Engine | None = None) -> None:
        self.path = db_path
        self._key = as_master_key(key)
        self.engine = engine if engine is not None else make_engine(db_path, self._key)
        self._write_engine = self.engine.execution_options(**{_WRITE_OPT: True})
        self._write_lock = threading.RLock()

    @contextmanager
    def write(self) -> Iterator[Session]:
        with (
            self._write_lock,
            Session(self._write_engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            self.begin_write(session)
            yield session

    def begin_write(self, session: Session) -> None:
        """First statement of every write transaction (a server takes its writers' lock)."""

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session
            session.rollback()

    def raw_connection(self) -> Any:
        """A DB-API connection from the pool (for bulk work and benchmarks)."""
        return self.engine.raw_connection()

    @contextmanager
    def scanning(self, cache_kib: int = SCAN_CACHE_KIB) -> Iterator[Any]:
        """A pooled DB-API connection with a small page cache while it reads a large part
        of the ledger once (a count, every id of a sorted list, a verification): a full
        cache would only hold pages not read again, in memory for as long as the connection
        lives. The cache is as before when the connection goes back to the pool."""
        conn = self.raw_connection()
        try:
            conn.execute(f"PRAGMA cache_size = -{cache_kib}")
            conn.execute("PRAGMA shrink_memory")
            yield conn
        finally:
            try:
                if conn.in_transaction:
                    conn.rollback()
                conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            finally:
                conn.close()

    def chain_check(self) -> ChainProcess | None:
        """The hash chain checked by a child process (``store.chaincheck``) keyed from this
        ledger's key, for ``verify`` on a big ledger; None when none could start."""
        try:
            return ChainProcess.start(self.path, self._key)
        except OSError:
            return None

    def checkpoint(self) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def dispose(self) -> None:
        """Close the pooled connections (``MasterKey.wipe`` closes checked-out ones too)."""
        self.engine.dispose()
