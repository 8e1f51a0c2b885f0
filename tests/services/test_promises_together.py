"""Where the security promises meet: unlock checks the file like open does, a backup cut
short keeps no revoked slot, a rekey that took effect despite an error still hands out its
new code, and recovery cannot bring back an account that 三员分立 forbids."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from secledger.domain.enums import Clearance, Role
from secledger.domain.errors import AuthError, DatabaseDamaged, DomainError, LedgerLocked
from secledger.services.ledger import backup, rekey
from secledger.services.ledger.session import open_ledger, open_with_recovery
from secledger.services.people import accounts as users
from secledger.services.people import persons as people
from secledger.store import rekeying, snapshot
from secledger.store.keyslots import TEST_KDF
from secledger.store.models.events import Event

from .keyslot_probe import slots_opened_by


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("damage", ["empty", "missing", "garbage"])
def test_unlock_checks_the_file_as_open_does(make_ledger: Any, damage: str) -> None:
    path, led = make_ledger()
    db = path / "ledger.db"
    led.lock_session()
    os.replace(db, path / "saved.db")
    if damage == "empty":
        db.write_bytes(b"")
    elif damage == "garbage":
        db.write_bytes(os.urandom(8192))
    before = _digest(db) if db.exists() else None
    with pytest.raises(DatabaseDamaged):
        led.unlock_session("admin", "Admin1234")
    assert (_digest(db) if db.exists() else None) == before  # nothing written, nothing created
    assert not (path / "ledger.db-wal").exists() and not (path / "ledger.db-shm").exists()
    assert led.locked
    with pytest.raises(LedgerLocked):
        led.setting("unit_name")
    os.replace(path / "saved.db", db)
    assert led.unlock_session("admin", "Admin1234").username == "admin"


def test_a_backup_cut_short_leaves_no_revoked_slot(make_ledger: Any, monkeypatch: Any) -> None:
    path, led = make_ledger()

    def power_cut(*_a: Any, **_k: Any) -> None:
        raise KeyboardInterrupt  # the process dies between writing and renaming

    monkeypatch.setattr(snapshot, "publish", power_cut)
    with pytest.raises(KeyboardInterrupt):
        backup.backup_ledger(led)
    monkeypatch.undo()
    led.close()
    # simulate the kill: whatever the interrupted backup left stays, as after a power cut
    led = open_ledger(path, username="admin", password="Admin1234", kdf=TEST_KDF)
    assert not [p for p in (path / "backups").rglob("*") if p.suffix in (".part", ".tmp")]
    clerk = next(u for u in users.list_users(led) if u.username == "clerk")
    users.disable_user(led, user_id=clerk.id, reason="调离")
    led.close()
    assert slots_opened_by(path, "Clerk1234") == []


def test_leftover_parts_are_removed_at_open(make_ledger: Any) -> None:
    path, led = make_ledger()
    part = path / "backups" / "keyslots-20260101T000000Z-backup.json.part"
    part.write_bytes((path / "keyslots.json").read_bytes())
    led.close()
    assert slots_opened_by(path, "Clerk1234")  # the probe sees the stray copy …
    open_ledger(path, username="admin", password="Admin1234", kdf=TEST_KDF).close()
    assert not part.exists()  # … and opening the ledger removed it


def test_a_rekey_that_took_effect_despite_an_error_still_returns_its_code(
        make_ledger: Any, monkeypatch: Any) -> None:
    path, led = make_ledger()
    old_code = led.recovery_code
    real = rekeying.key_opens
    calls = {"n": 0}

    def flaky(db: Path, key: bytes) -> bool:  # the check at the end of rekey_database fails
        calls["n"] += 1
        return False if calls["n"] == 1 else real(db, key)

    monkeypatch.setattr(rekeying, "key_opens", flaky)
    result = rekey.rekey_ledger(led, password="Admin1234")
    monkeypatch.undo()
    assert result.recovery_code and result.recovery_code != old_code
    led.close()
    again = open_with_recovery(path, code=result.recovery_code, username="admin",
                               new_password="Admin5678", kdf=TEST_KDF)
    with again.db.read() as s:
        kinds = set(s.execute(select(Event.kind)).scalars())
    again.close()
    assert "ledger.rekeyed" in kinds
    with pytest.raises(DomainError):
        open_with_recovery(path, code=old_code, username="admin", new_password="Admin9999",
                           kdf=TEST_KDF)


def test_recovery_cannot_bring_back_a_forbidden_account(make_ledger: Any) -> None:
    """One person with a disabled officer account and an enabled clerk account: recovery
    into the officer account would give that person both duties."""
    path, led = make_ledger()
    dept = people.create_department(led, name="保密办")
    p = people.create_person(led, name="周双岗", department_id=dept.id,
                             clearance=Clearance.CORE, post="科员")
    officer = users.create_user(led, username="officer2", password="Officer1234", person_id=p.id,
                                roles={Role.SECURITY_OFFICER}, must_change_password=False)
    users.disable_user(led, user_id=officer.id, reason="转岗")
    users.create_user(led, username="zhou", password="Zhou12345", person_id=p.id,
                      roles={Role.CLERK}, must_change_password=False)
    code = led.recovery_code
    led.close()
    slots_before = (path / "keyslots.json").read_bytes()
    with pytest.raises((AuthError, DomainError)):
        open_with_recovery(path, code=code, username="officer2", new_password="Officer5678",
                           kdf=TEST_KDF)
    assert (path / "keyslots.json").read_bytes() == slots_before
    led = open_ledger(path, username="admin", password="Admin1234", kdf=TEST_KDF)
    assert next(u for u in users.list_users(led) if u.username == "officer2").disabled
    led.close()
