"""Copies of the encrypted database that are either complete and checked, or absent.

A copy is written under a temporary name (``….part``), fsynced, checked, and only then
renamed to its final name; the folder is fsynced after the rename. On any failure every
temporary is removed, so a full disk never leaves a half-written ``.db`` behind.

The database is copied with ``VACUUM INTO`` on a connection of the live database:
SQLite reads one consistent snapshot (the WAL's committed frames included, so no
checkpoint has to wait for the GUI's background readers) and writes a fresh,
self-contained rollback-journal file. SQLCipher attaches the target with the main
database's key, so the copy is encrypted with the same master key without the key
passing through this code. Every b-tree is rebuilt, so a damaged page of the live file
fails the copy instead of being copied silently. The check re-reads the copy through
SQLCipher: every page's HMAC (``cipher_integrity_check``), the b-tree structure
(``quick_check``) and the chain head.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3

from secledger.domain.errors import LedgerError
from secledger.durable import fsync_file, fsync_folder
from secledger.store.keyholder import apply_key

PART = ".part"
GENESIS = "0" * 64
CHUNK = 1 << 20
_SIDE_FILES = ("-journal", "-wal", "-shm")


@dataclass(frozen=True, slots=True)
class CopyHead:
    id: int
    hash: str

    @property
    def text(self) -> str:
        return f"{self.id}:{self.hash}"


def stamp(folder: Path, now: datetime, names: Iterable[str]) -> str:
    """A UTC time stamp ``20261202T161000Z`` for which none of *names* (``{stamp}``
    templates) exists in *folder*; a taken second moves on to the next one."""
    moment = now.astimezone(UTC) if now.tzinfo else now
    for _ in range(3600):
        text = moment.strftime("%Y%m%dT%H%M%SZ")
        if not any((folder / n.format(stamp=text)).exists()
                   or (folder / (n.format(stamp=text) + PART)).exists() for n in names):
            return text
        moment += timedelta(seconds=1)
    raise LedgerError("ledger.backup_failed", target=str(folder), detail="no free file name")


def part(path: Path) -> Path:
    return path.with_name(path.name + PART)


def head_of(conn: Any, schema: str = "main") -> CopyHead:
    row = conn.execute(f"SELECT id, hash FROM {schema}.events ORDER BY id DESC LIMIT 1").fetchone()
    return CopyHead(0, GENESIS) if row is None else CopyHead(int(row[0]), str(row[1]))


def vacuum_into(conn: Any, target: Path) -> None:
    """The copy itself (module-level so tests can simulate a disk that fills up)."""
    conn.execute("VACUUM INTO ?", (str(target),))


def page_problems(conn: Any, schema: str = "main") -> list[str]:
    """Pages whose HMAC fails, then b-tree problems; empty when the file is sound."""
    bad = [str(r[0]) for r in conn.execute(f"PRAGMA {schema}.cipher_integrity_check").fetchall()]
    if bad:
        return bad
    rows = [str(r[0]) for r in conn.execute(f"PRAGMA {schema}.quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


def copy_database(conn: Any, target: Path, expected: CopyHead) -> None:
    """Write a checked copy of *conn*'s database to ``target.part`` (fsynced).

    *expected* is the live chain head, read in the write transaction the caller holds
    so that no event can be appended between reading it and copying. Raises LedgerError
    (and leaves no temporary) when the copy fails or does not check out."""
    tmp = part(target)
    try:
        vacuum_into(conn, tmp)
        fsync_file(tmp)
        _check(conn, tmp, expected)
    except BaseException as exc:
        discard(tmp)
        err = write_error(exc, target.parent)
        if err is exc:
            raise
        raise err from exc


def _check(conn: Any, tmp: Path, expected: CopyHead) -> None:
    """Re-read the copy through SQLCipher, attached to the live connection (so with the
    master key, which this code never sees) and only read: a plain path, since URI
    file names depend on how SQLite was built."""
    conn.execute("ATTACH DATABASE ? AS backup_check", (str(tmp),))
    try:
        problems = page_problems(conn, "backup_check")
        if problems:
            raise LedgerError("backup.copy_damaged", detail="; ".join(problems[:3]))
        got = head_of(conn, "backup_check")
    finally:
        conn.execute("DETACH DATABASE backup_check")
    if got != expected:
        raise LedgerError("backup.head_mismatch", copy=got.id, live=expected.id)


def copy_synced(source: Path, target: Path) -> None:
    """Copy a file in chunks and fsync it (restore)."""
    with open(source, "rb") as src, open(target, "wb") as dst:
        while chunk := src.read(CHUNK):
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())


def publish(pairs: list[tuple[Path, Path]]) -> None:
    """Rename each temporary to its final name, in order, then fsync the folder(s).

    A final name that exists is never replaced; on failure the names already given are
    taken back (removed) and the temporaries removed, so either every file appears or none."""
    done: list[Path] = []
    try:
        for tmp, final in pairs:
            if final.exists():
                raise FileExistsError(errno.EEXIST, "exists", str(final))
            os.replace(tmp, final)
            done.append(final)
        for folder in {final.parent for _tmp, final in pairs}:
            fsync_folder(folder)
    except BaseException:
        discard(*done, *(tmp for tmp, _final in pairs))
        raise


def discard(*paths: Path) -> None:
    """Remove files (and SQLite's side files of them); missing ones are fine."""
    for p in paths:
        for name in (p, *(p.with_name(p.name + s) for s in _SIDE_FILES)):
            with contextlib.suppress(OSError):
                name.unlink()


def open_read_only(path: Path, key: bytes) -> Any:
    """A read-only SQLCipher connection to *path* keyed with *key*; creates no file."""
    conn = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                              check_same_thread=False)
    conn.isolation_level = None
    apply_key(conn, key)
    conn.execute("PRAGMA query_only = ON")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise LedgerError("backup.not_openable", path=str(path), detail=str(exc)) from exc
    return conn


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return isinstance(exc, sqlcipher3.Error) and "full" in str(exc).lower()


def write_error(exc: BaseException, folder: Path) -> BaseException:
    """The LedgerError that says why writing into *folder* failed (others pass through)."""
    if isinstance(exc, LedgerError):
        return exc
    if is_disk_full(exc):
        return LedgerError("backup.disk_full", target=str(folder))
    if isinstance(exc, OSError | sqlcipher3.Error):
        detail = getattr(exc, "strerror", None) or str(exc)
        return LedgerError("ledger.backup_failed", target=str(folder), detail=detail)
    return exc
