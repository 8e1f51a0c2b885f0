"""A server ledger: created through the DBA once, then opened, used, locked and reopened
with nothing but the user's password (the role's password lives in the key slots)."""

from __future__ import annotations

import json

import pytest

from secledger.domain.errors import AuthError, LedgerError, LedgerLocked
from secledger.services.ledger.server import create_server_ledger
from secledger.services.ledger.session import is_ledger, open_ledger
from secledger.store.keyslots import TEST_KDF


def _create(tmp_path, server_db):  # type: ignore[no-untyped-def]
    _cluster, admin = server_db
    return create_server_ledger(tmp_path / "office", admin=admin, unit_name="某某市保密局",
                                admin_username="admin", admin_password="Admin1234",
                                kdf=TEST_KDF)


def test_create_writes_no_secret_and_reopens(tmp_path, server_db) -> None:  # type: ignore[no-untyped-def]
    cluster, _admin = server_db
    led, _code = _create(tmp_path, server_db)
    ledger_id = led.ledger_id
    led.close()
    folder = tmp_path / "office"
    assert is_ledger(folder) and not (folder / "ledger.db").exists()
    conn = json.loads((folder / "server.json").read_text())
    assert conn["host"] == cluster.socket_dir and conn["ledger_id"] == ledger_id
    for f in folder.iterdir():
        if f.is_file():
            assert cluster.dba_password not in f.read_text(errors="replace")
    with open_ledger(folder / "server.json", username="admin", password="Admin1234",
                     kdf=TEST_KDF) as again:
        assert again.unit_name == "某某市保密局"
        assert again.server is not None
    with pytest.raises(AuthError):
        open_ledger(folder, username="admin", password="wrong-one1", kdf=TEST_KDF)


def test_lock_closes_every_server_connection(tmp_path, server_db) -> None:  # type: ignore[no-untyped-def]
    cluster, admin = server_db
    led, _code = _create(tmp_path, server_db)
    try:
        assert led.setting("unit_name")
        led.lock_session()
        with pytest.raises(LedgerLocked):
            led.setting("unit_name")
        with cluster.dba_connect() as dba:
            n = dba.execute("SELECT count(*) FROM pg_stat_activity WHERE usename = %s",
                            (admin.config.role,)).fetchone()[0]
        assert n == 0
        led.unlock_session("admin", "Admin1234")
        assert led.setting("unit_name") == "某某市保密局"
    finally:
        led.close()


def test_a_database_with_a_ledger_is_not_overwritten(tmp_path, server_db) -> None:  # type: ignore[no-untyped-def]
    _cluster, admin = server_db
    led, _code = _create(tmp_path, server_db)
    led.close()
    with pytest.raises(LedgerError) as err:
        create_server_ledger(tmp_path / "second", admin=admin, unit_name="x",
                             admin_username="admin", admin_password="Admin1234", kdf=TEST_KDF)
    assert err.value.code == "server.not_empty"


def test_rekey_changes_the_roles_password(tmp_path, server_db) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from secledger.domain.enums import Clearance, Role
    from secledger.services.ledger.rekey import rekey_ledger
    from secledger.services.people import accounts, persons

    led, _code = _create(tmp_path, server_db)
    folder = tmp_path / "office"
    try:
        clerk = persons.create_person(led, name="李机要", department_id=None,
                                      clearance=Clearance.CORE)
        accounts.create_user(led, username="clerk", password="Clerk1234", person_id=clerk.id,
                             roles={Role.CLERK}, must_change_password=False)
        old = tmp_path / "old-desk"
        old.mkdir()
        for name in ("server.json", "keyslots.json"):
            shutil.copy(folder / name, old / name)  # a copy made before: a revoked user's
        result = rekey_ledger(led, password="Admin1234")
        assert "clerk" in result.users
        assert led.setting("unit_name") == "某某市保密局"  # goes on with the new password
    finally:
        led.close()
    with pytest.raises(LedgerError) as err:
        open_ledger(old, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    assert err.value.code == "server.unreachable"
    with open_ledger(folder, username="clerk", password="Clerk1234", kdf=TEST_KDF) as again:
        assert again.user.username == "clerk"


def test_locked_means_locked_on_a_server(tmp_path, server_db, key_scan) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    led, _code = _create(tmp_path, server_db)
    try:
        key = led.master_key  # the role's password, as bytes (its hex is the password)
        engine = led.engine
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM events")).scalar()
            with pytest.raises(Exception, match="read-only"):
                conn.execute(text("INSERT INTO settings(key, value) VALUES ('x', 'y')"))
        with led.db.read() as s:
            assert s.execute(text("SELECT count(*) FROM events")).scalar()
        roots: list[object] = [led, engine]
        assert key_scan(roots, key), "the scan must see the key while unlocked"
        led.lock_session()
        assert key_scan(roots, key) == []
        with pytest.raises(LedgerLocked):
            engine.connect()
    finally:
        led.close()
