"""Backups you can trust: written to temporaries, checked, renamed; verified; restored
into a new folder; listed with the rekey note; the reminder after N days."""

from __future__ import annotations

import errno
import json
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from sqlalchemy import text

from secledger import durable
from secledger.domain.errors import AuthError, LedgerError
from secledger.services.audit.verify import chain_digest, verify
from secledger.services.ledger import backup, timing
from secledger.services.ledger import restore as backup_restore
from secledger.services.ledger.backup import backup_ledger, backup_reminder, list_backups
from secledger.services.ledger.restore import Secret, check_backup, restore_backup, verify_backup
from secledger.services.ledger.session import open_ledger, utcnow
from secledger.store import eventlog, snapshot
from secledger.store.engine import Database
from secledger.store.keyslots import TEST_KDF

ADMIN = Secret("admin", "Admin1234")


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _events(led: Any, kind: str) -> list[tuple[int, dict[str, Any]]]:
    with led.db.read() as s:
        rows = s.execute(text("SELECT id, payload FROM events WHERE kind = :k ORDER BY id"), {"k": kind})
        return [(r[0], json.loads(r[1])) for r in rows]


def test_a_backup_is_a_checked_pair_whose_head_is_the_live_head(make_ledger, register) -> None:  # type: ignore[no-untyped-def]
    path, led = make_ledger()
    clerk = None
    head_before = chain_digest(led)
    result = backup_ledger(led)
    assert (result.head_id, result.head_hash) == head_before
    assert _files(path / "backups") == sorted([result.database.name, result.keyslots.name])
    assert result.database.name.startswith("ledger-") and result.database.name.endswith("-backup.db")
    assert result.keyslots.name == result.database.name.replace("ledger-", "keyslots-").replace(".db", ".json")
    assert not result.database.read_bytes().startswith(b"SQLite format 3")
    assert result.keyslots.read_bytes() == (path / "keyslots.json").read_bytes()
    (ev_id, payload), = _events(led, "ledger.backed_up")
    assert payload["head"] == f"{result.head_id}:{result.head_hash}" and ev_id == result.head_id + 1
    check = check_backup(result.database, ADMIN)
    assert check.ok and (check.head_id, check.head_hash) == head_before
    assert clerk is None and verify(led).ok


def _half_then_full(source: Path):  # type: ignore[no-untyped-def]
    def fake(conn: Any, target: Path) -> None:
        data = source.read_bytes()
        target.write_bytes(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    return fake


def _real_then_sqlite_full(conn: Any, target: Path) -> None:
    conn.execute("VACUUM INTO ?", (str(target),))
    raise sqlcipher3.OperationalError("database or disk is full")


@pytest.mark.parametrize("failure", ["oserror", "sqlite"])
def test_a_full_disk_during_the_database_copy_leaves_nothing(make_ledger, monkeypatch, failure) -> None:  # type: ignore[no-untyped-def]
    path, led = make_ledger()
    fake = _half_then_full(path / "ledger.db") if failure == "oserror" else _real_then_sqlite_full
    monkeypatch.setattr(snapshot, "vacuum_into", fake)
    with pytest.raises(LedgerError) as exc:
        backup_ledger(led)
    assert exc.value.code == "backup.disk_full"
    assert "磁盘空间不足" in exc.value.message() and "full" in exc.value.message("en")
    assert _files(path / "backups") == []
    assert _events(led, "ledger.backed_up") == []
    assert verify(led).ok


def test_a_full_disk_during_the_slot_copy_removes_the_database_copy_too(make_ledger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path, led = make_ledger()

    def half(target: Path, data: bytes) -> None:
        target.write_bytes(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(durable, "write_synced", half)
    with pytest.raises(LedgerError) as exc:
        backup_ledger(led, to=path.parent / "usb")
    assert exc.value.code == "backup.disk_full"
    assert _files(path.parent / "usb") == []
    assert _events(led, "ledger.backed_up") == []


def test_a_zero_byte_slot_write_is_caught_and_nothing_is_left(make_ledger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path, led = make_ledger()
    monkeypatch.setattr(durable, "write_synced", lambda target, data: target.write_bytes(b""))
    with pytest.raises(LedgerError) as exc:
        backup_ledger(led)
    assert exc.value.code == "backup.slots_incomplete"
    assert exc.value.params["written"] == 0
    assert "密钥槽副本不完整" in exc.value.message() and "incomplete" in exc.value.message("en")
    assert _files(path / "backups") == []


def test_a_failing_rename_takes_back_the_first_file(make_ledger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path, led = make_ledger()
    real = snapshot.os.replace
    calls: list[str] = []

    def second_fails(src: Any, dst: Any) -> None:
        calls.append(str(dst))
        if len(calls) == 2:
            raise OSError(errno.EIO, "Input/output error", str(dst))
        real(src, dst)

    monkeypatch.setattr(snapshot.os, "replace", second_fails)
    with pytest.raises(LedgerError) as exc:
        backup_ledger(led)
    assert exc.value.code == "ledger.backup_failed"
    assert len(calls) == 2 and _files(path / "backups") == []


def test_a_damaged_copy_is_not_published(make_ledger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path, led = make_ledger()

    def flip(conn: Any, target: Path) -> None:
        conn.execute("VACUUM INTO ?", (str(target),))
        data = bytearray(target.read_bytes())
        data[4096 * 2 + 200] ^= 0xFF
        target.write_bytes(bytes(data))

    monkeypatch.setattr(snapshot, "vacuum_into", flip)
    with pytest.raises(LedgerError) as exc:
        backup_ledger(led)
    assert exc.value.code == "backup.copy_damaged"
    assert _files(path / "backups") == []


def test_a_write_racing_with_the_backup_waits_until_it_is_done(make_ledger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Another connection (its own engine, so only SQLite's lock stands in its way) tries
    to append an event while the copy runs: it can only commit after the backup."""
    path, led = make_ledger()
    other = Database(path / "ledger.db", led.master_key)
    trying, written = threading.Event(), threading.Event()

    def racer() -> None:
        trying.set()
        with other.write() as s:
            eventlog.append(s, kind="test.racing", user_id=None, username="racer", payload={})
        written.set()

    def copy_while_racing(conn: Any, target: Path) -> None:
        threading.Thread(target=racer, daemon=True).start()
        assert trying.wait(10)
        # Without the write transaction the racer commits at once and the copy's head
        # no longer matches the head read before (the backup fails).
        assert not written.wait(1.0)
        conn.execute("VACUUM INTO ?", (str(target),))

    monkeypatch.setattr(snapshot, "vacuum_into", copy_while_racing)
    result = backup_ledger(led)
    assert written.wait(30)
    other.dispose()
    (backed_id, payload), = _events(led, "ledger.backed_up")
    (racing_id, _), = _events(led, "test.racing")
    assert racing_id == backed_id + 1 and result.head_id == backed_id - 1
    check = check_backup(result.database, ADMIN)
    assert check.ok and f"{check.head_id}:{check.head_hash}" == payload["head"]


def test_restore_into_a_new_folder_opens_and_verifies(make_ledger, register, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, led = make_ledger()
    result = backup_ledger(led)
    live_files = _files(path)
    target = tmp_path / "restored"
    check = restore_backup(led, database=result.database, target=target, password="Admin1234")
    assert check.ok and check.head_id == result.head_id
    assert _files(target) == ["backups", "keyslots.json", "ledger.db"]
    assert _files(path) == live_files
    (_, payload), = _events(led, "ledger.restored_to")
    assert payload["target"] == str(target)
    with open_ledger(target, username="clerk", password="Clerk1234", kdf=TEST_KDF) as copy:
        register(copy, title="恢复后登记")
        assert verify(copy).ok
    # with the recovery code, into another new folder
    again = restore_backup(led, database=result.database, target=tmp_path / "r2",
                           recovery_code=led.recovery_code)
    assert again.ok


def test_restore_refuses_every_unsafe_target_and_secret(make_ledger, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, led = make_ledger()
    result = backup_ledger(led)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "note.txt").write_text("x")
    for target, code in ((busy, "backup.target_not_empty"), (path, "backup.target_is_live"),
                         (path / "backups" / "r", "backup.target_is_live")):
        with pytest.raises(LedgerError) as exc:
            restore_backup(led, database=result.database, target=target, password="Admin1234")
        assert exc.value.code == code
    with pytest.raises(AuthError) as auth:
        restore_backup(led, database=result.database, target=tmp_path / "new", password="Wrong1234")
    assert auth.value.code == "backup.wrong_password"
    assert "备份时有效的密码" in auth.value.message()
    assert not (tmp_path / "new").exists() and _files(busy) == ["note.txt"]


def test_a_tampered_backup_fails_verification_and_restores_nothing(make_ledger, register, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    admin.close()
    with open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF) as clerk:
        register(clerk, title="备份前登记")
    with open_ledger(path, username="admin", password="Admin1234", kdf=TEST_KDF) as led:
        result = backup_ledger(led)
        conn = sqlcipher3.connect(str(result.database))  # an edit made with the key, outside the app
        conn.execute(f"PRAGMA key = \"x'{led.master_key.hex()}'\"")
        conn.execute("UPDATE carriers SET state = 'destroyed' WHERE id = 1")
        conn.commit()
        conn.close()
        check = verify_backup(led, database=result.database, password="Admin1234")
        assert not check.ok and "载体 #1" in check.problem
        with pytest.raises(LedgerError) as exc:
            restore_backup(led, database=result.database, target=tmp_path / "r", password="Admin1234")
        assert exc.value.code == "backup.unsound"
        assert not (tmp_path / "r").exists()
        (_, payload), = _events(led, "ledger.backup_verified")
        assert payload["ok"] is False
        info, = list_backups(led)
        assert info.verified_ok is False


def test_the_list_notes_backups_made_before_the_key_changed(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, led = make_ledger()
    old = backup_ledger(led)
    verify_backup(led, database=old.database, password="Admin1234")
    head = chain_digest(led)
    with led.db.write() as s:
        led.event(s, "ledger.rekeyed", {"head": f"{head[0]}:{head[1]}", "users": ["admin"]})
    led.clock = lambda: utcnow() + timedelta(seconds=2)  # type: ignore[attr-defined]
    new = backup_ledger(led)
    orphan = path / "backups" / "ledger-20200101T000000Z-backup.db"
    orphan.write_bytes(old.database.read_bytes())
    rows = {r.database.name: r for r in list_backups(led)}
    assert rows[old.database.name].before_rekey and rows[old.database.name].rekeyed_at is not None
    assert rows[old.database.name].verified_ok is True
    assert not rows[new.database.name].before_rekey and rows[new.database.name].verified_ok is None
    assert rows[new.database.name].head_id == new.head_id and rows[new.database.name].size > 0
    assert not rows[orphan.name].complete and rows[orphan.name].before_rekey
    assert next(iter(rows)) == new.database.name  # newest first


def test_the_reminder_after_n_days_without_a_backup(make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, led = make_ledger()
    assert backup_reminder(led) is None
    later = utcnow() + timedelta(days=8)
    led.clock = lambda: later  # type: ignore[attr-defined]
    due = backup_reminder(led)
    assert due is not None and due.days == 8 and due.limit == 7 and due.last is None
    timing.set_workflow_policy(led, backup.REMINDER_KEY, "10")
    assert backup_reminder(led) is None
    timing.set_workflow_policy(led, backup.REMINDER_KEY, "7")
    backup_ledger(led)
    assert backup_reminder(led) is None
    led.clock = lambda: later + timedelta(days=7)  # type: ignore[attr-defined]
    assert backup_reminder(led) is not None
    timing.set_workflow_policy(led, backup.REMINDER_KEY, "0")
    assert backup_reminder(led) is None


def test_only_the_security_officer_backs_up_verifies_and_restores(clerk_ledger, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from secledger.domain.errors import PermissionDenied

    for call in (lambda: backup_ledger(clerk_ledger), lambda: list_backups(clerk_ledger),
                 lambda: backup_restore.verify_backup(clerk_ledger, database=tmp_path / "x.db"),
                 lambda: restore_backup(clerk_ledger, database=tmp_path / "x.db", target=tmp_path / "n")):
        with pytest.raises(PermissionDenied):
            call()


def test_two_backups_in_one_second_get_two_pairs(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, led = make_ledger()
    frozen = utcnow()
    led.clock = lambda: frozen  # type: ignore[attr-defined]
    first, second = backup_ledger(led), backup_ledger(led)
    assert first.database != second.database and first.keyslots != second.keyslots
    assert len(_files(path / "backups")) == 4
    assert check_backup(second.database, ADMIN).head_id == first.head_id + 1


def test_the_copy_before_a_migration_is_atomic_too(make_ledger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from secledger.store import migrate

    path, led = make_ledger()
    monkeypatch.setattr(snapshot, "vacuum_into", _half_then_full(path / "ledger.db"))
    with pytest.raises(LedgerError) as exc:
        migrate.backup_copy(led.db.engine, path / "ledger.db", path / "backups", "pre-test")
    assert exc.value.code == "backup.disk_full"
    assert _files(path / "backups") == []
    monkeypatch.undo()
    done = migrate.backup_copy(led.db.engine, path / "ledger.db", path / "backups", "pre-test")
    assert _files(path / "backups") == [done.name]
