"""The server benchmark runs end to end on a small demo ledger moved to the test cluster:
the moved demo verifies, and both backends answer every browser call with as many rows."""

from __future__ import annotations

from secledger.bench.server import compare, measure
from secledger.demo.build import build_demo
from secledger.services.audit.verify import verify
from secledger.services.ledger.server import move_to_server
from secledger.services.ledger.session import open_ledger
from secledger.store.keyslots import TEST_KDF


def test_the_browser_figures_on_both_backends(server_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _cluster, admin = server_db
    lite, server = tmp_path / "demo", tmp_path / "server"
    build_demo(lite, documents=40, kdf=TEST_KDF)
    move_to_server(lite, server, admin=admin, username="admin", password="demo12345",
                   kdf=TEST_KDF)
    rows = []
    for path in (lite, server):
        led = open_ledger(path, username="demo", password="demo12345", kdf=TEST_KDF)
        try:
            report = verify(led)
            assert report.ok, report.first
            rows.append([n for _name, _ms, n in measure(led, 1)])
        finally:
            led.close()
    assert rows[0] == rows[1] and any(rows[0])
    figures = compare(lite, server, kdf=TEST_KDF, repeat=1)
    assert len(figures) == len(rows[0]) and all(f.raw_ms is not None for f in figures)
