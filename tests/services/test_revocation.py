"""Revoked means revoked: a disabled account's or an old password's slot opens no file."""

from __future__ import annotations

import json

import pytest
from tests.services.keyslot_probe import backup_opens, key_slot_files, slots_opened_by

from secledger.domain.enums import Clearance, Role
from secledger.services.ledger import backup
from secledger.services.ledger.session import open_ledger, open_with_recovery
from secledger.services.people import accounts as users
from secledger.services.people import persons as people
from secledger.store.keyslots import RECOVERY, TEST_KDF, USER, KeySlotFile


def _open(path, username: str, password: str):  # type: ignore[no-untyped-def]
    return open_ledger(path, username=username, password=password, kdf=TEST_KDF)


def _uid(led, username: str) -> int:  # type: ignore[no-untyped-def]
    return next(u.id for u in users.list_users(led) if u.username == username)


def _backup_slots(admin, sub: str = ""):  # type: ignore[no-untyped-def]
    to = admin.path / "backups" / sub if sub else None
    return backup.backup_ledger(admin, to=to).keyslots


def test_the_probe_sees_every_slot(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    _backup_slots(admin)
    assert len(key_slot_files(path)) == 2
    assert len(slots_opened_by(path, "Clerk1234")) == 2  # the guard below would notice


def test_a_disabled_accounts_password_opens_no_file_in_the_ledger_folder(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    code = admin.recovery_code
    first = _backup_slots(admin, "older")
    zhou = people.create_person(admin, name="周审计", department_id=None, clearance=Clearance.GENERAL)
    users.create_user(admin, username="zhou", password="Zhou12345", person_id=zhou.id,
                      roles={Role.AUDITOR}, must_change_password=False)
    second = _backup_slots(admin)
    users.disable_user(admin, user_id=_uid(admin, "clerk"), reason="调离")
    assert slots_opened_by(path, "Clerk1234") == []
    assert not admin.slots.has_user("clerk")
    data = json.loads((path / "keyslots.json").read_text(encoding="utf-8"))
    assert "clerk" not in [s["name"] for s in data["slots"]]
    for slots in (first, second):  # the backups still open for the others and the code
        assert backup_opens(slots, USER, "admin", "Admin1234")
        assert backup_opens(slots, RECOVERY, "recovery", code)
    assert backup_opens(second, USER, "zhou", "Zhou12345")


def test_an_old_password_opens_no_file_after_a_change(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    before = _backup_slots(admin)
    admin.close()
    with _open(path, "clerk", "Clerk1234") as clerk:
        users.change_password(clerk, old_password="Clerk1234", new_password="Newer1234")
    assert slots_opened_by(path, "Clerk1234") == []
    assert backup_opens(before, USER, "clerk", "Newer1234")  # the backup follows the change
    assert backup_opens(before, USER, "admin", "Admin1234")
    with _open(path, "clerk", "Newer1234") as clerk:
        assert clerk.user.username == "clerk"


def test_a_reset_password_opens_no_file(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    before = _backup_slots(admin)
    users.reset_password(admin, user_id=_uid(admin, "clerk"), new_password="Temp12345")
    assert slots_opened_by(path, "Clerk1234") == []
    assert backup_opens(before, USER, "admin", "Admin1234")
    assert not KeySlotFile.load(before).has_user("clerk")


def test_recovery_revokes_the_forgotten_password_in_the_backups(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    code = admin.recovery_code
    _backup_slots(admin)
    admin.close()
    led = open_with_recovery(path, code=code, username="admin", new_password="Again12345",
                             kdf=TEST_KDF)
    led.close()
    assert slots_opened_by(path, "Admin1234") == []


def test_opening_deletes_leftover_copies_of_old_slots(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    old = (path / "keyslots.json").read_text(encoding="utf-8")
    users.disable_user(admin, user_id=_uid(admin, "clerk"))
    admin.close()
    for leftover in ("keyslots.json.bak", "keyslots.json.tmp"):  # as older versions left them
        (path / leftover).write_text(old, encoding="utf-8")
    assert len(slots_opened_by(path, "Clerk1234")) == 2
    with _open(path, "admin", "Admin1234"):
        pass
    assert slots_opened_by(path, "Clerk1234") == []
    assert not (path / "keyslots.json.bak").exists() and not (path / "keyslots.json.tmp").exists()


def test_a_failed_write_leaves_the_previous_file_whole(make_ledger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import os

    path, admin = make_ledger()
    before = (path / "keyslots.json").read_bytes()

    def broken_replace(src, dst):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device", str(dst))

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        users.reset_password(admin, user_id=_uid(admin, "clerk"), new_password="Temp12345")
    assert (path / "keyslots.json").read_bytes() == before
    assert sorted(p.name for p in path.iterdir() if p.name.startswith("keyslots")) == ["keyslots.json"]
