"""The planner's statistics are refreshed now and then on a worker thread while the app
runs: never on the GUI thread, nothing while locked, and only when the ledger changed
enough (``store.statistics``)."""

from __future__ import annotations

import threading
from typing import Any

from secledger.store import statistics
from secledger.ui.statistics import StatisticsKeeper


def test_a_refresh_runs_on_a_worker_and_analyses_a_ledger_never_analysed(
        qtbot: Any, shell_ctx: Any, clerk_ledger: Any, register_doc: Any,
        monkeypatch: Any) -> None:
    led = clerk_ledger
    register_doc(led, copies=3)
    assert statistics.analysed_rows(led.db) is None and statistics.stale(led.db)
    threads: list[bool] = []
    real = statistics.refresh

    def refresh(db: Any, *, full: bool = False) -> bool:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(db, full=full)

    monkeypatch.setattr(statistics, "refresh", refresh)
    keeper = StatisticsKeeper(shell_ctx(led))
    keeper.refresh_now()
    assert keeper.wait_idle()
    assert threads == [False]
    assert statistics.analysed_rows(led.db) == 3 and not statistics.stale(led.db)
    keeper.refresh_now()  # nothing changed: a quick check, no analysis
    assert keeper.wait_idle() and statistics.analysed_rows(led.db) == 3


def test_nothing_runs_while_the_ledger_is_locked(shell_ctx: Any, clerk_ledger: Any) -> None:
    keeper = StatisticsKeeper(shell_ctx(clerk_ledger))
    clerk_ledger.lock_session()
    keeper.refresh_now()
    assert keeper.runs == 0
    keeper.clear_for_lock()


def test_a_bulk_load_leaves_current_statistics(tmp_path: Any) -> None:
    from secledger.demo.build import build_demo
    from secledger.services.ledger.session import open_ledger
    from secledger.store.keyslots import TEST_KDF

    build_demo(tmp_path / "demo", documents=30, kdf=TEST_KDF)
    led = open_ledger(tmp_path / "demo", username="demo", password="demo12345", kdf=TEST_KDF)
    try:
        with led.db.read() as s:
            n = s.connection().exec_driver_sql("SELECT count(*) FROM carriers").scalar_one()
        assert statistics.analysed_rows(led.db) == n and not statistics.stale(led.db)
    finally:
        led.close()
