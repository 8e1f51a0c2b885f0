"""The test cluster itself: it answers on its Unix socket only, with password auth."""

from __future__ import annotations

import pytest


def test_cluster_answers_on_its_socket(pg_cluster) -> None:  # type: ignore[no-untyped-def]
    with pg_cluster.dba_connect() as conn:
        version = conn.execute("SHOW server_version_num").fetchone()[0]
        listen = conn.execute("SHOW listen_addresses").fetchone()[0]
    assert int(version) >= 150000
    assert listen == ""


def test_cluster_wants_a_password(pg_cluster) -> None:  # type: ignore[no-untyped-def]
    import psycopg

    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(host=pg_cluster.socket_dir, port=pg_cluster.port, dbname="postgres",
                        user="secledger_dba", password="wrong")
