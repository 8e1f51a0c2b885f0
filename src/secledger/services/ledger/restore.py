"""Verify a backup and restore it into a new folder; the live ledger is never touched.

A backup is a file pair (``ledger-<UTC>-backup.db`` + ``keyslots-<UTC>-backup.json``).
Its master key is unwrapped from the backup's own slot file, with the password of the
account (as it was when the backup was made) or with the 应急恢复密钥; then the copy is
opened read-only and checked as ``secledger verify`` checks the live ledger: every page's
HMAC, the b-trees, the whole hash chain, and the replay against the carrier projection.

Restoring copies both files into a new (absent or empty) folder under temporary names,
fsyncs them, verifies the copy there fully, and only then gives them their final names
``ledger.db`` and ``keyslots.json``. The ``check_backup`` / ``restore_files`` functions
need no open ledger (a backup taken elsewhere, the live ledger lost); ``verify_backup``
and ``restore_backup`` are the security officer's use cases on an open ledger and append
``ledger.backup_verified`` / ``ledger.restored_to`` to its event log.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from secledger.domain.enums import Role
from secledger.domain.errors import AuthError, LedgerError
from secledger.services.audit.verify import Problem, VerifyReport, verify
from secledger.services.ledger.backup import RESTORED, VERIFIED, slots_path_for
from secledger.services.ledger.session import BACKUPS, DB_NAME, SLOTS_NAME, Ledger, is_ledger
from secledger.store import snapshot
from secledger.store.engine import SCAN_CACHE_KIB
from secledger.store.keyslots import RECOVERY, USER, KeySlotFile, normalise_recovery_code

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class BackupCheck:
    database: Path
    keyslots: Path
    ok: bool
    events: int
    carriers: int
    head_id: int
    head_hash: str
    problem: str  # the first problem ("" when sound)
    problem_event: int | None


@dataclass(frozen=True, slots=True)
class Secret:
    """What opens the backup's slot: a user's password or the recovery code."""

    username: str = ""
    password: str = field(default="", repr=False)
    recovery_code: str = field(default="", repr=False)

    def unwrap(self, slots: KeySlotFile) -> bytes:
        try:
            if self.recovery_code:
                return slots.unwrap(RECOVERY, "recovery", normalise_recovery_code(self.recovery_code))
            return slots.unwrap(USER, self.username, self.password)
        except AuthError as exc:
            code = "backup.wrong_recovery_code" if self.recovery_code else "backup.wrong_password"
            raise AuthError(code, username=self.username) from exc


class _Copy:
    """Just enough of a Ledger for ``verify.verify``: ``db.raw_connection()`` and
    ``db.scanning()``, read-only connections to the copy."""

    server = None

    def __init__(self, path: Path, key: bytes) -> None:
        self.db = self
        self._path = path
        self._key = key

    def raw_connection(self) -> Any:
        return snapshot.open_read_only(self._path, self._key)

    @contextlib.contextmanager
    def scanning(self) -> Iterator[Any]:
        """A connection with a small page cache, as ``Database.scanning`` gives."""
        conn = self.raw_connection()
        try:
            conn.execute(f"PRAGMA cache_size = -{SCAN_CACHE_KIB}")
            yield conn
        finally:
            conn.close()


def _slots_of(database: Path, keyslots: Path | None) -> tuple[Path, KeySlotFile]:
    if not database.is_file():
        raise LedgerError("backup.missing", path=str(database))
    path = keyslots or slots_path_for(database)
    if not path.is_file():
        raise LedgerError("backup.no_keyslots", database=str(database), keyslots=str(path))
    return path, KeySlotFile.load(path)


def _verify_file(path: Path, key: bytes, progress: Progress | None) -> VerifyReport:
    conn = snapshot.open_read_only(path, key)
    try:
        problems = snapshot.page_problems(conn)
    finally:
        conn.close()
    if problems:
        report = VerifyReport()
        report.problems.append(Problem(None, None, "数据库页校验失败：" + "; ".join(problems[:3])))
        return report
    return verify(cast(Ledger, _Copy(path, key)), progress)


def _result(database: Path, keyslots: Path, report: VerifyReport) -> BackupCheck:
    first = report.first
    return BackupCheck(
        database=database, keyslots=keyslots, ok=report.ok, events=report.events,
        carriers=report.carriers, head_id=report.head_id, head_hash=report.head_hash,
        problem=first.message if first else "", problem_event=first.event_id if first else None,
    )


def check_backup(database: Path | str, secret: Secret, *, keyslots: Path | str | None = None,
                 ledger_id: str | None = None, progress: Progress | None = None) -> BackupCheck:
    """Open the backup with *secret* and verify it fully (no ledger needs to be open)."""
    db = Path(database).absolute()
    slots_path, slots = _slots_of(db, Path(keyslots) if keyslots else None)
    if ledger_id is not None and slots.ledger_id != ledger_id:
        raise LedgerError("backup.foreign", path=str(db))
    key = secret.unwrap(slots)
    return _result(db, slots_path, _verify_file(db, key, progress))


def verify_backup(led: Ledger, *, database: Path | str, keyslots: Path | str | None = None,
                  password: str = "", recovery_code: str = "",
                  progress: Progress | None = None) -> BackupCheck:
    """The security officer verifies a backup of this ledger with his password (as it was
    when the backup was made) or the recovery code; the result is an event."""
    user = led.require(Role.SECURITY_OFFICER, "校验备份")
    secret = Secret(user.username, password, recovery_code)
    result = check_backup(database, secret, keyslots=keyslots, ledger_id=led.ledger_id,
                          progress=progress)
    with led.db.write() as s:
        led.event(s, VERIFIED, {
            "database": str(result.database), "keyslots": str(result.keyslots), "ok": result.ok,
            "head": f"{result.head_id}:{result.head_hash}", "events": result.events,
            "with": "recovery_code" if recovery_code else "password",
            **({"problem": result.problem} if result.problem else {}),
        })
    return result


# -- restore ------------------------------------------------------------------------------
def _check_target(target: Path, live: Path | None) -> bool:
    """Refuse a folder that is not new; True when the folder must be created."""
    resolved = target.resolve()
    if live is not None:
        root = live.resolve()
        if resolved == root or root in resolved.parents:
            raise LedgerError("backup.target_is_live", path=str(target))
    if target.exists():
        if not target.is_dir() or any(target.iterdir()):
            raise LedgerError("backup.target_not_empty", path=str(target))
        return False
    return True


def restore_files(database: Path | str, target: Path | str, secret: Secret, *,
                  keyslots: Path | str | None = None, ledger_id: str | None = None,
                  live: Path | None = None, progress: Progress | None = None) -> BackupCheck:
    """Copy the backup into the new folder *target* as a ledger and verify it there.

    Nothing is left in *target* unless the restored ledger verified."""
    db, folder = Path(database).absolute(), Path(target).absolute()
    slots_path, slots = _slots_of(db, Path(keyslots) if keyslots else None)
    if ledger_id is not None and slots.ledger_id != ledger_id:
        raise LedgerError("backup.foreign", path=str(db))
    key = secret.unwrap(slots)
    if live is None and db.parent.name == BACKUPS and is_ledger(db.parent.parent):
        live = db.parent.parent  # the ledger the backup lies in is live as far as we know
    created = _check_target(folder, live)
    new_db, new_slots = folder / DB_NAME, folder / SLOTS_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        snapshot.copy_synced(db, snapshot.part(new_db))
        snapshot.copy_synced(slots_path, snapshot.part(new_slots))
        report = _verify_file(snapshot.part(new_db), key, progress)
        if not report.ok:
            raise LedgerError("backup.unsound", detail=report.first.message if report.first else "")
        KeySlotFile.load(snapshot.part(new_slots))
        snapshot.publish([(snapshot.part(new_slots), new_slots), (snapshot.part(new_db), new_db)])
        (folder / BACKUPS).mkdir(exist_ok=True)
    except BaseException as exc:
        _undo(folder, created, new_db, new_slots)
        err = snapshot.write_error(exc, folder)
        if isinstance(err, LedgerError) and err.code in ("ledger.backup_failed", "backup.disk_full"):
            err = LedgerError("backup.restore_failed", target=str(folder),
                              detail=err.params.get("detail", "No space left on device"))
        if err is exc:
            raise
        raise err from exc
    return _result(new_db, new_slots, report)


def _undo(folder: Path, created: bool, *files: Path) -> None:
    snapshot.discard(*files, *(snapshot.part(f) for f in files))
    if created:
        with contextlib.suppress(OSError):
            (folder / BACKUPS).rmdir()
        with contextlib.suppress(OSError):
            folder.rmdir()


def restore_backup(led: Ledger, *, database: Path | str, target: Path | str,
                   keyslots: Path | str | None = None, password: str = "",
                   recovery_code: str = "", progress: Progress | None = None) -> BackupCheck:
    """The security officer restores a backup of this ledger into a new folder (never
    into the live ledger); the restored copy is verified before success is reported."""
    user = led.require(Role.SECURITY_OFFICER, "恢复备份")
    result = restore_files(database, target, Secret(user.username, password, recovery_code),
                           keyslots=keyslots, ledger_id=led.ledger_id, live=led.path,
                           progress=progress)
    with led.db.write() as s:
        led.event(s, RESTORED, {
            "database": str(Path(database).absolute()), "target": str(Path(target).absolute()),
            "head": f"{result.head_id}:{result.head_hash}", "events": result.events,
            "with": "recovery_code" if recovery_code else "password",
        })
    return result
