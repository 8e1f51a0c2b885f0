"""Backups: the still-encrypted database and the key-slot file, copied side by side.

A backup is only useful with a key slot that opens it, so ``keyslots.json`` is copied
with the database under the same time stamp: ``ledger-<UTC>-backup.db`` beside
``keyslots-<UTC>-backup.json``. Both are written to temporary names, fsynced and
checked (the copy's pages, its b-trees and its chain head against the live head; the
slot copy byte for byte), then renamed and the folder fsynced. Any failure removes both
temporaries and says why. The whole backup runs inside one write transaction
(``BEGIN IMMEDIATE`` under the in-process write lock), so no event can be appended
between reading the live head and copying; the ``ledger.backed_up`` event is appended in
that same transaction and records the head the backup contains.

Verifying and restoring a backup live in ``services.backup_restore``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger import durable
from secledger.domain.enums import Role
from secledger.domain.errors import LedgerError
from secledger.services.ledger import server_backup
from secledger.services.ledger.session import BACKUPS, SLOTS_NAME, Ledger
from secledger.services.ledger.timing import policy_int
from secledger.store import eventlog, snapshot
from secledger.store.models.events import Event
from secledger.store.models.ledger import Setting

DB_PATTERN = "ledger-{stamp}-backup.db"
SLOTS_PATTERN = "keyslots-{stamp}-backup.json"
LAST_KEY = "backup_last_at"
REMINDER_KEY = "backup_reminder_days"
BACKED_UP, VERIFIED, RESTORED, REKEYED = (
    "ledger.backed_up", "ledger.backup_verified", "ledger.restored_to", "ledger.rekeyed")


@dataclass(frozen=True, slots=True)
class BackupResult:
    database: Path
    keyslots: Path
    head_id: int
    head_hash: str
    size: int


def slots_path_for(database: Path) -> Path:
    """``…/ledger-<UTC>-backup.db`` → ``…/keyslots-<UTC>-backup.json``."""
    name = database.name.replace("ledger-", "keyslots-", 1).removesuffix(".db") + ".json"
    return database.with_name(name)


def backup_ledger(led: Ledger, *, to: Path | str | None = None) -> BackupResult:
    """Copy the ledger into *to* (default: the ledger's ``backups/`` folder)."""
    led.require(Role.SECURITY_OFFICER, "备份台账")
    folder = (Path(to) if to is not None else led.path / BACKUPS).absolute()
    with led.db.write() as s:
        s.connection()  # BEGIN IMMEDIATE now: from here on no write slips in
        h = eventlog.head(s)
        live = snapshot.CopyHead(h.id, h.hash)
        if led.server is not None:  # pg_dump, sealed (the writers wait meanwhile)
            dump, slots, size = server_backup.write_dump(led, folder)
            result = BackupResult(dump, slots, h.id, h.hash, size)
        else:
            result = _write_pair(led, folder, live)
        led.event(s, BACKED_UP, {
            "database": str(result.database), "keyslots": str(result.keyslots),
            "head": live.text, "bytes": result.size, "checked": True,
        })
        _set(s, LAST_KEY, eventlog.utc_ts(led.now()))
    return result


def _write_pair(led: Ledger, folder: Path, live: snapshot.CopyHead) -> BackupResult:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        slots_bytes = (led.path / SLOTS_NAME).read_bytes()
    except OSError as exc:
        raise snapshot.write_error(exc, folder) from exc
    stamp = snapshot.stamp(folder, led.now(), [DB_PATTERN, SLOTS_PATTERN])
    db = folder / DB_PATTERN.format(stamp=stamp)
    slots = folder / SLOTS_PATTERN.format(stamp=stamp)
    raw = led.db.raw_connection()
    try:
        snapshot.copy_database(raw.driver_connection, db, live)
    finally:
        raw.close()
    try:
        durable.write_synced(snapshot.part(slots), slots_bytes)
        check_slot_copy(snapshot.part(slots), slots_bytes, led.ledger_id)
        snapshot.publish([(snapshot.part(slots), slots), (snapshot.part(db), db)])
    except BaseException as exc:
        snapshot.discard(snapshot.part(db), snapshot.part(slots))
        err = snapshot.write_error(exc, folder)
        if err is exc:
            raise
        raise err from exc
    size = db.stat().st_size + slots.stat().st_size
    return BackupResult(db, slots, live.id, live.hash, size)


def check_slot_copy(path: Path, expected: bytes, ledger_id: str) -> None:
    """The slot copy reads back as exactly *expected*, a key-slot file of this ledger."""
    got = path.read_bytes()
    if got != expected:
        raise LedgerError("backup.slots_incomplete", written=len(got), expected=len(expected))
    try:
        data = json.loads(got.decode("utf-8"))
    except ValueError as exc:
        raise LedgerError("backup.slots_incomplete", written=len(got), expected=len(expected)) from exc
    if not isinstance(data, dict) or data.get("ledger_id") != ledger_id or not data.get("slots"):
        raise LedgerError("backup.slots_incomplete", written=len(got), expected=len(expected))


def _set(s: Session, key: str, value: str) -> None:
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value


# -- the list ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BackupInfo:
    database: Path
    keyslots: Path
    made_at: datetime | None  # aware UTC; None when unknown
    size: int  # bytes of both files (0 when missing)
    head_id: int | None
    head_hash: str
    exists: bool  # both files are there now
    complete: bool  # the slot file is beside the database
    verified_at: datetime | None  # the latest full verification
    verified_ok: bool | None  # its result; None: never verified
    before_rekey: bool  # made before the latest change of the master key
    rekeyed_at: datetime | None

    @property
    def head(self) -> str:
        return f"#{self.head_id} {self.head_hash[:12]}" if self.head_id is not None else ""


def list_backups(led: Ledger, *, folder: Path | None = None) -> list[BackupInfo]:
    """Backups recorded in the event log plus those lying in ``backups/`` (newest first)."""
    led.require(Role.SECURITY_OFFICER, "查看备份")
    made, checks, rekey = _backup_events(led)
    found = sorted((folder or led.path / BACKUPS).absolute().glob(DB_PATTERN.format(stamp="*")))
    paths = list(dict.fromkeys([*made, *(str(p) for p in found)]))
    rows = [_info(Path(p), made.get(p), checks.get(p), rekey) for p in paths]
    return sorted(rows, key=lambda r: r.made_at or datetime.min.replace(tzinfo=UTC), reverse=True)


def _backup_events(led: Ledger) -> tuple[dict[str, Any], dict[str, Any], Any]:
    made: dict[str, Any] = {}
    checks: dict[str, Any] = {}
    rekey: Any = None
    with led.db.read() as s:
        q = select(Event.id, Event.ts, Event.kind, Event.payload).where(
            Event.kind.in_((BACKED_UP, VERIFIED, REKEYED))).order_by(Event.id)
        for ev_id, ts, kind, payload in s.execute(q):
            body = json.loads(payload)
            if kind == REKEYED:
                rekey = (ev_id, _ts(ts))
            elif kind == BACKED_UP and body.get("database"):
                made[str(body["database"])] = (ev_id, _ts(ts), body)
            elif kind == VERIFIED and body.get("database"):
                checks[str(body["database"])] = (_ts(ts), body)
    return made, checks, rekey


def _ts(text: str) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _info(db: Path, made: Any, check: Any, rekey: Any) -> BackupInfo:
    slots = Path(made[2]["keyslots"]) if made else slots_path_for(db)
    head_id, head_hash = _head(made, check)
    when = made[1] if made else _stamp_time(db.name)
    if rekey is None:
        before = False
    elif made is not None:
        before = made[0] < rekey[0]
    else:
        before = head_id < rekey[0] if head_id is not None else bool(when and when < rekey[1])
    return BackupInfo(
        database=db, keyslots=slots, made_at=when, size=_size(db) + _size(slots),
        head_id=head_id, head_hash=head_hash, exists=db.is_file() and slots.is_file(),
        complete=slots.is_file(), verified_at=check[0] if check else None,
        verified_ok=bool(check[1].get("ok")) if check else None,
        before_rekey=before, rekeyed_at=rekey[1] if rekey and before else None,
    )


def _head(made: Any, check: Any) -> tuple[int | None, str]:
    text = str((made[2] if made else {}).get("head") or (check[1] if check else {}).get("head") or "")
    hid, _, hh = text.partition(":")
    return (int(hid), hh) if hid.isdigit() else (None, "")


def _stamp_time(name: str) -> datetime | None:
    try:
        return datetime.strptime(name.split("-")[1], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except (IndexError, ValueError):
        return None


def _size(p: Path) -> int:
    try:
        return p.stat().st_size
    except OSError:
        return 0


# -- the reminder ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BackupReminder:
    days: int  # whole days since the last backup (or since the ledger was made)
    limit: int  # the policy: remind after this many days
    last: datetime | None  # the last backup; None: never


def reminder_days(led: Ledger) -> int:
    """Remind the security officer after this many days without a backup (0: never)."""
    return policy_int(led, REMINDER_KEY)


def last_backup_at(led: Ledger) -> datetime | None:
    """The last checked backup (kept in a setting beside its event, so that the reminder
    after login does not scan the event log)."""
    text = led.setting(LAST_KEY)
    return _ts(text) if text else None


def backup_reminder(led: Ledger) -> BackupReminder | None:
    """A reminder when the last backup is N days old or more (the policy), else None."""
    limit = reminder_days(led)
    if limit <= 0:
        return None
    last = last_backup_at(led)
    since = last or _ts(led.setting("created_at") or eventlog.utc_ts(led.now()))
    now = led.now() if led.now().tzinfo else led.now().replace(tzinfo=UTC)
    days = (now - since).days
    return BackupReminder(days, limit, last) if days >= limit else None
