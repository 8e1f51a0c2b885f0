"""On the server the application's role may add to the event log but never change it; only
the DBA, switching the trigger off on purpose, can rewrite history, and ``verify`` finds it."""

from __future__ import annotations

import psycopg
import pytest

from secledger.services.audit.verify import verify
from secledger.services.ledger.server import create_server_ledger
from secledger.store.keyslots import TEST_KDF


@pytest.fixture
def server_ledger(tmp_path, server_db):  # type: ignore[no-untyped-def]
    _cluster, admin = server_db
    led, _code = create_server_ledger(tmp_path / "office", admin=admin, unit_name="某局",
                                      admin_username="admin", admin_password="Admin1234",
                                      kdf=TEST_KDF)
    yield led
    led.close()


def _as_app(led, sql: str) -> None:  # type: ignore[no-untyped-def]
    raw = led.db.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute(sql)
        raw.commit()
    finally:
        raw.rollback()
        raw.close()


@pytest.mark.parametrize("sql", [
    "UPDATE events SET username = 'x' WHERE id = 1",
    "DELETE FROM events WHERE id = 3",
    "TRUNCATE events",
])
def test_the_app_role_cannot_change_the_log(server_ledger, sql: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _as_app(server_ledger, sql)
    assert verify(server_ledger).ok


def test_the_trigger_stops_even_the_owner(server_ledger, server_db) -> None:  # type: ignore[no-untyped-def]
    cluster, admin = server_db
    with cluster.dba_connect(admin.config.database) as dba, pytest.raises(
            psycopg.errors.InsufficientPrivilege, match="append-only"):
        dba.execute("UPDATE events SET username = 'x' WHERE id = 1")


def test_the_dba_can_rewrite_history_and_verify_finds_it(server_ledger, server_db) -> None:  # type: ignore[no-untyped-def]
    cluster, admin = server_db
    assert verify(server_ledger).ok
    with cluster.dba_connect(admin.config.database) as dba:
        dba.execute("ALTER TABLE events DISABLE TRIGGER events_append_only")
        dba.execute("UPDATE events SET payload = replace(payload, '某局', '别局') WHERE id = 1")
        dba.execute("ALTER TABLE events ENABLE TRIGGER events_append_only")
    report = verify(server_ledger)
    assert not report.ok
    assert report.first is not None and report.first.event_id == 1


def test_a_big_server_log_is_verified_in_one_process(server_ledger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A server ledger has no file a second process could read: however big the log,
    ``verify`` hashes it itself (``ServerDatabase.chain_check`` starts nothing)."""
    from secledger.services.audit import verify as verify_module

    monkeypatch.setattr(verify_module, "CHILD_FROM", 0)
    assert server_ledger.db.chain_check() is None
    assert verify(server_ledger).ok
