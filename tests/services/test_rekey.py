"""Master-key rotation: the old key opens nothing, every active account and the new code do."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from tests.services.keyslot_probe import backup_opens, slots_opened_by

from secledger.domain.enums import Clearance, Role
from secledger.domain.errors import AuthError, PermissionDenied
from secledger.services.audit import verify
from secledger.services.ledger import backup, rekey
from secledger.services.ledger.session import open_ledger, open_with_recovery
from secledger.services.people import accounts as users
from secledger.services.people import persons as people
from secledger.store import rekeying
from secledger.store.keyslots import TEST_KDF, USER, KeySlotFile
from secledger.store.models.events import Event


def _open(path, username: str, password: str):  # type: ignore[no-untyped-def]
    return open_ledger(path, username=username, password=password, kdf=TEST_KDF)


def _uid(led, username: str) -> int:  # type: ignore[no-untyped-def]
    return next(u.id for u in users.list_users(led) if u.username == username)


def _payloads(led, kind: str) -> list[dict]:  # type: ignore[no-untyped-def, type-arg]
    with led.db.read() as s:
        return [json.loads(p) for p in s.execute(select(Event.payload).where(Event.kind == kind)).scalars()]


def _as_version_1(path, username: str, password: str, key: bytes) -> None:  # type: ignore[no-untyped-def]
    """Give *username* a version-1 slot, as ledgers made before key pairs have."""
    f = KeySlotFile.load(path / "keyslots.json")
    f.remove(USER, username)
    f.data["slots"].append(f._wrap(USER, username, password, key, TEST_KDF))
    f.save()


def test_rekey_changes_the_key_and_everyone_active_still_opens(make_ledger, register) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    old_code, old_key = admin.recovery_code, admin.master_key
    old_backup = backup.backup_ledger(admin).keyslots
    p = people.create_person(admin, name="钱离职", department_id=None, clearance=Clearance.GENERAL)
    users.create_user(admin, username="qian", password="Qian12345", person_id=p.id,
                      roles={Role.AUDITOR}, must_change_password=False)
    users.disable_user(admin, user_id=_uid(admin, "qian"), reason="离岗")
    head = verify.chain_digest(admin)
    result = rekey.rekey_ledger(admin, password="Admin1234")
    assert result.users == ("admin", "clerk") and result.temporary_passwords == {}
    assert result.head == f"{head[0]}:{head[1]}"
    assert admin.master_key != old_key
    new_key = admin.master_key
    assert not rekeying.key_opens(path / "ledger.db", old_key)
    assert rekeying.key_opens(path / "ledger.db", admin.master_key)
    # the open handle carries on with the new key, without reopening
    people.create_person(admin, name="孙新人", department_id=None, clearance=Clearance.GENERAL)
    [payload] = _payloads(admin, "ledger.rekeyed")
    assert payload["head"] == result.head and payload["users"] == ["admin", "clerk"]
    assert verify.verify(admin).ok
    admin.close()
    assert slots_opened_by(path, "Qian12345") == []
    assert [s.split(":")[0] for s in slots_opened_by(path, old_code)] == [
        str(old_backup.relative_to(path))]  # the old code opens only the backup of its time
    assert backup_opens(old_backup, USER, "admin", "Admin1234")
    with _open(path, "clerk", "Clerk1234") as clerk:
        register(clerk)
        assert verify.verify(clerk).ok
    with _open(path, "admin", "Admin1234") as again:
        assert again.master_key == new_key
    led = open_with_recovery(path, code=result.recovery_code, username="admin",
                             new_password="Again12345", kdf=TEST_KDF)
    led.close()
    with pytest.raises(AuthError):
        open_with_recovery(path, code=old_code, username="admin", new_password="Again12345",
                           kdf=TEST_KDF)


def test_a_version_1_account_gets_a_temporary_password(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    _as_version_1(path, "clerk", "Clerk1234", admin.master_key)
    admin.slots = KeySlotFile.load(path / "keyslots.json")
    result = rekey.rekey_ledger(admin, password="Admin1234")
    temp = result.temporary_passwords["clerk"]
    admin.close()
    assert slots_opened_by(path, "Clerk1234") == []
    with _open(path, "clerk", temp) as clerk:
        assert clerk.user.must_change_password
        assert verify.verify(clerk).ok


def test_a_version_1_slot_becomes_a_key_pair_at_login(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    key = admin.master_key
    admin.close()
    _as_version_1(path, "clerk", "Clerk1234", key)
    assert KeySlotFile.load(path / "keyslots.json").version_of("clerk") == 1
    with _open(path, "clerk", "Clerk1234"):
        pass
    assert KeySlotFile.load(path / "keyslots.json").version_of("clerk") == 2


def test_only_the_security_officer_with_their_password_rekeys(make_ledger, clerk_ledger) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        rekey.rekey_ledger(clerk_ledger, password="Clerk1234")
    _path, admin = make_ledger("other")
    key = admin.master_key
    with pytest.raises(AuthError):
        rekey.rekey_ledger(admin, password="Wrong12345")
    assert admin.master_key == key


def test_a_failed_rekey_keeps_the_old_key(make_ledger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    key = admin.master_key

    def broken(*_a: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(rekeying, "rekey_database", broken)
    with pytest.raises(OSError):
        rekey.rekey_ledger(admin, password="Admin1234")
    assert admin.master_key == key and "next" not in admin.slots.data
    people.create_person(admin, name="孙新人", department_id=None, clearance=Clearance.GENERAL)
    admin.close()
    with _open(path, "clerk", "Clerk1234") as led:
        assert verify.verify(led).ok


def test_a_rekey_interrupted_after_the_database_changed_is_finished_at_open(make_ledger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    old_key = admin.master_key

    def crash(_slots: object) -> None:
        raise KeyboardInterrupt  # the process dies between the rekey and the final save

    monkeypatch.setattr(rekeying, "promote", crash)
    with pytest.raises(KeyboardInterrupt):
        rekey.rekey_ledger(admin, password="Admin1234")
    monkeypatch.undo()
    admin.db.dispose()
    admin._lock.release()
    assert not rekeying.key_opens(path / "ledger.db", old_key)
    with _open(path, "clerk", "Clerk1234") as led:
        assert led.master_key != old_key and "next" not in led.slots.data
        assert verify.verify(led).ok


def test_a_public_key_planted_in_the_file_is_not_sealed_to(make_ledger) -> None:  # type: ignore[no-untyped-def]
    import base64

    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    path, admin = make_ledger()
    attacker = X25519PrivateKey.generate()
    data = json.loads((path / "keyslots.json").read_text(encoding="utf-8"))
    slot = next(s for s in data["slots"] if s["name"] == "clerk")
    slot["public_key"] = base64.b64encode(attacker.public_key().public_bytes_raw()).decode()
    (path / "keyslots.json").write_text(json.dumps(data), encoding="utf-8")
    admin.slots = KeySlotFile.load(path / "keyslots.json")
    result = rekey.rekey_ledger(admin, password="Admin1234")
    assert list(result.temporary_passwords) == ["clerk"]
    assert KeySlotFile.load(path / "keyslots.json").open_sealed("clerk", attacker) is None
