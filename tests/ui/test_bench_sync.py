"""The registration benchmark really registers under synchronous NORMAL and FULL, interleaved,
and leaves the ledger's connections at FULL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from secledger.bench import registration as bench_registration
from secledger.demo.build import build_demo
from secledger.services.ledger.session import open_ledger
from secledger.store.keyslots import TEST_KDF


def test_register_times_switches_synchronous_and_restores_full(tmp_path: Path, monkeypatch: Any) -> None:
    path = tmp_path / "tiny"
    build_demo(path, documents=20, kdf=TEST_KDF, week=False)
    led = open_ledger(path, username="demo", password="demo12345", kdf=TEST_KDF)
    seen: list[int] = []
    real = bench_registration.submit_draft

    def submit(led_: Any, draft: Any) -> Any:
        with led_.db.write() as s:
            seen.append(int(s.connection().exec_driver_sql("PRAGMA synchronous").scalar()))
        return real(led_, draft)

    monkeypatch.setattr(bench_registration, "submit_draft", submit)
    try:
        times = bench_registration.register_times(led, 3, warmup=0)
        assert {m: len(v) for m, v in times.items()} == {"NORMAL": 3, "FULL": 3}
        assert seen == [1, 2, 2, 1, 1, 2]  # NORMAL, FULL, then FULL, NORMAL …
        with led.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        figure = bench_registration.bench_register(led, 1)
        assert figure.target_ms == 30 and figure.raw_ms is not None and figure.ms > 0
    finally:
        led.close()
