"""``backup`` of a server ledger: pg_dump sealed on its way to disk, with the key slots
beside it; the sealed file holds nothing in the clear and restores into a new database."""

from __future__ import annotations

import subprocess

import pytest

from secledger.services.ledger.backup import backup_ledger
from secledger.services.ledger.server_backup import pg_tool, restore_dump
from secledger.store import sealed_stream


@pytest.fixture
def ledger_backend() -> str:
    return "postgresql"


def test_a_sealed_dump_restores_into_a_new_database(make_ledger, pg_cluster, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _path, led = make_ledger()
    result = backup_ledger(led)
    assert result.database.name.endswith("-server.dump") and result.keyslots.is_file()
    sealed = result.database.read_bytes()
    assert sealed.startswith(sealed_stream.MAGIC)
    assert "王保密".encode() not in sealed and b"events" not in sealed
    plain = restore_dump(led, result.database, tmp_path / "plain.dump")
    pg_cluster.create_database("restored")
    env = {"PGPASSWORD": pg_cluster.dba_password}
    done = subprocess.run([pg_tool("pg_restore"), "--no-owner", "-h", pg_cluster.socket_dir,
                           "-p", str(pg_cluster.port), "-U", "secledger_dba", "-d", "restored",
                           str(plain)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    with pg_cluster.dba_connect("restored") as conn:
        n = conn.execute("SELECT max(id) FROM events").fetchone()[0]
    assert n == result.head_id


def test_a_damaged_dump_does_not_open(make_ledger, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from secledger.domain.errors import LedgerError

    _path, led = make_ledger()
    result = backup_ledger(led)
    data = bytearray(result.database.read_bytes())
    data[100] ^= 1
    result.database.write_bytes(bytes(data))
    with pytest.raises(LedgerError):
        restore_dump(led, result.database, tmp_path / "plain.dump")


def test_server_restore_makes_a_ledger_again(cli, make_ledger, pg_cluster, tmp_path,  # type: ignore[no-untyped-def]
                                             monkeypatch) -> None:
    from secledger.services.audit.verify import verify
    from secledger.services.ledger.session import open_ledger
    from secledger.store.keyslots import TEST_KDF

    _path, led = make_ledger()
    result = backup_ledger(led)
    led.close()
    pg_cluster.create_database("restored_ledger")
    url = pg_cluster.dba_url("restored_ledger").replace(f":{pg_cluster.dba_password}@", "@")
    monkeypatch.setenv("SECLEDGER_DBA_PASSWORD", pg_cluster.dba_password)
    code, out, err = cli("server-restore", result.database, tmp_path / "again", "--server", url,
                         "--role", "app_restored", "--lang", "en")
    assert code == 0, err
    assert "Restored to the server ledger" in out
    with open_ledger(tmp_path / "again", username="clerk", password="Clerk1234",
                     kdf=TEST_KDF) as again:
        report = verify(again)
        assert report.ok, report.first
        assert report.head_id >= result.head_id
