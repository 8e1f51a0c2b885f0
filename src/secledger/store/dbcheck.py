"""Look at ``ledger.db`` before anything may write to it; each kind of damage has its own error.

Opening a ledger never creates or changes its database: ``check_file`` looks at the file
without the key (missing, empty, a plain SQLite file, unreadable) and ``inspect`` opens it
with the key read-only (``immutable=1``, or ``mode=ro`` when a ``-wal`` is there to be read)
before the app's own connections switch to WAL mode, which writes. A sound file is a ledger
database: the ledger tables, a schema version and this ledger's id. Anything else raises a
``DatabaseDamaged`` whose message names the latest backup; no ``-wal``/``-shm`` file is left
behind and no connection stays open.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from secledger.domain.errors import DatabaseDamaged, LedgerError
from secledger.store.keyholder import apply_key

SQLITE_HEADER = b"SQLite format 3\x00"
LEDGER_TABLES = ("alembic_version", "settings", "people", "users", "documents", "carriers",
                 "events")
_CORRUPT, _NOTADB = 11, 26
_SIDECARS = ("-wal", "-shm")


def latest_backup(backups: Path) -> Path | None:
    """The newest backup in *backups* (by modification time) that `restore` can take:
    a `ledger-*-backup.db` (the copies before a migration have no key slots beside them)."""
    try:
        found = [p for p in backups.glob("ledger-*-backup.db") if p.is_file()]
    except OSError:
        return None
    return max(found, key=lambda p: (p.stat().st_mtime, p.name), default=None)


def damaged(code: str, db: Path, **params: Any) -> DatabaseDamaged:
    backups = db.parent / "backups"
    latest = latest_backup(backups)
    return DatabaseDamaged(code, db=str(db), path=str(db.parent), backups=str(backups),
                           backup=latest.name if latest else "", **params)


def check_file(db: Path) -> None:
    """Refuse, before any key is used, a database that is missing, empty, unreadable or plain."""
    if not db.is_file():
        raise damaged("ledger.db_missing", db)
    try:
        with open(db, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
            size = os.fstat(fh.fileno()).st_size
    except OSError as exc:
        raise LedgerError("ledger.db_unreadable", db=str(db), detail=exc.strerror or exc) from exc
    if size == 0:
        raise damaged("ledger.db_empty", db)
    if head == SQLITE_HEADER:
        raise damaged("ledger.db_foreign", db, reason="ledger.why.plain_sqlite")


def inspect(db: Path, key: bytes, ledger_id: str) -> str:
    """Open *db* read-only with *key*; return its schema revision or raise DatabaseDamaged."""
    check_file(db)
    with _read_only(db, key) as conn:
        try:
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            _check_size(conn, db)
            return _check_ledger(conn, db, tables, ledger_id)
        except sqlcipher3.DatabaseError as exc:
            raise _classify(conn, db, exc) from exc


@contextlib.contextmanager
def _read_only(db: Path, key: bytes) -> Iterator[Any]:
    """A keyed read-only connection; closed, and any ``-wal``/``-shm`` it made removed, after."""
    wal = Path(f"{db}-wal")
    absent = [Path(f"{db}{s}") for s in _SIDECARS if not Path(f"{db}{s}").exists()]
    mode = "mode=ro" if wal.exists() else "immutable=1"
    conn = None
    try:
        try:
            conn = sqlcipher3.connect(f"{db.resolve().as_uri()}?{mode}", uri=True,
                                      check_same_thread=False)
            apply_key(conn, key)
            conn.execute("PRAGMA query_only = ON")
        except sqlcipher3.Error as exc:
            raise LedgerError("ledger.db_unreadable", db=str(db), detail=str(exc)) from exc
        yield conn
    finally:
        if conn is not None:
            conn.close()
        for p in absent:
            with contextlib.suppress(FileNotFoundError):
                p.unlink()


def _code(exc: BaseException) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def _check_size(conn: Any, db: Path) -> None:
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    size = db.stat().st_size
    if size % page:
        raise damaged("ledger.db_truncated", db, reason="ledger.why.partial_page", size=size,
                      page_size=page)


def _check_ledger(conn: Any, db: Path, tables: set[str], ledger_id: str) -> str:
    missing = [t for t in LEDGER_TABLES if t not in tables]
    if missing:
        raise damaged("ledger.db_foreign", db, reason="ledger.why.no_tables",
                      tables=", ".join(missing))
    version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if version is None:
        raise damaged("ledger.db_foreign", db, reason="ledger.why.no_version")
    row = conn.execute("SELECT value FROM settings WHERE key = 'ledger_id'").fetchone()
    if row is None:
        raise damaged("ledger.db_foreign", db, reason="ledger.why.no_ledger_id")
    if str(row[0]) != ledger_id:
        raise damaged("ledger.db_foreign", db, reason="ledger.why.other_ledger",
                      found=str(row[0]), expected=ledger_id)
    return str(version[0])


def _classify(conn: Any, db: Path, exc: sqlcipher3.DatabaseError) -> LedgerError:
    """What a failing read means: page 1 does not decrypt, the file is cut short, or worse."""
    code = _code(exc)
    if code == _NOTADB:
        return damaged("ledger.db_not_database", db)
    if code != _CORRUPT:
        return LedgerError("ledger.db_unreadable", db=str(db), detail=str(exc))
    try:
        page = int(conn.execute("PRAGMA cipher_page_size").fetchone()[0])
        size = db.stat().st_size
        if size % page:
            return damaged("ledger.db_truncated", db, reason="ledger.why.partial_page",
                           size=size, page_size=page)
        bad = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
    except (sqlcipher3.Error, OSError) as again:
        return damaged("ledger.db_damaged", db, detail=f"{exc}; {again}")
    if not bad:  # every page there is intact: the end of the file is missing
        return damaged("ledger.db_truncated", db, reason="ledger.why.short", size=size,
                       pages=size // page)
    return damaged("ledger.db_damaged", db, detail=f"{exc}; {bad[0]}")
