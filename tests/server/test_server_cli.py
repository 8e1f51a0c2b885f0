"""``secledger init --server URL`` then ``verify`` on the server ledger, as an office would."""

from __future__ import annotations


def test_init_server_then_verify(cli, server_db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    cluster, admin = server_db
    url = cluster.dba_url(admin.config.database).replace(f":{cluster.dba_password}@", "@")
    monkeypatch.setenv("SECLEDGER_DBA_PASSWORD", cluster.dba_password)
    code, out, err = cli("init", tmp_path / "office", "--admin", "admin", "--unit", "某局",
                         "--server", url, "--role", admin.config.role, "--lang", "en")
    assert code == 0, err
    assert "RECOVERY CODE" in out
    code, out, err = cli("verify", tmp_path / "office" / "server.json", "--lang", "en")
    assert code == 0, err + out
    code, out, err = cli("server-upgrade", url, "--role", admin.config.role)
    assert code == 0, err


def test_move_to_server_from_the_command_line(cli, make_ledger, server_db, tmp_path,  # type: ignore[no-untyped-def]
                                               monkeypatch) -> None:
    path, led = make_ledger()
    led.close()
    cluster, admin = server_db
    url = cluster.dba_url(admin.config.database).replace(f":{cluster.dba_password}@", "@")
    monkeypatch.setenv("SECLEDGER_DBA_PASSWORD", cluster.dba_password)
    code, out, err = cli("move-to-server", path, tmp_path / "server", "--server", url,
                         "--role", admin.config.role, "--lang", "en")
    assert code == 0, err
    assert "Moved to the server" in out
    code, out, err = cli("verify", tmp_path / "server", "--lang", "en")
    assert code == 0, err + out


def test_demo_on_a_server(cli, server_db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    cluster, admin = server_db
    url = cluster.dba_url(admin.config.database).replace(f":{cluster.dba_password}@", "@")
    monkeypatch.setenv("SECLEDGER_DBA_PASSWORD", cluster.dba_password)
    monkeypatch.setenv("SECLEDGER_PASSWORD", "demo12345")
    code, out, err = cli("demo", tmp_path / "demo", "--documents", "10", "--server", url,
                         "--role", admin.config.role, "--lang", "en")
    assert code == 0, err
    assert (tmp_path / "demo" / "server.json").is_file()
    code, out, err = cli("verify", tmp_path / "demo", "--user", "demo", "--lang", "en")
    assert code == 0, err + out
