"""Smoke test of ``python -m secledger.bench`` on a tiny demo ledger (the real run on a
million carriers is not part of CI; see the README's Performance section)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from secledger.bench import gui as bench
from secledger.demo.build import build_demo
from secledger.store.keyslots import TEST_KDF


def test_bench_measures_every_figure_on_a_tiny_ledger(qapp: Any, tmp_path: Path) -> None:
    path = tmp_path / "tiny"
    build_demo(path, documents=40, kdf=TEST_KDF)
    figures = bench.run(path, kdf=TEST_KDF, repeat=1)
    names = [f.name for f in figures]
    assert names[0].startswith("unlock")
    assert sum(n.startswith("search") for n in names) == len(bench.QUERIES)
    assert any("page at last" in n for n in names)
    assert any(n.startswith("longest GUI stall while browsing") for n in names)
    assert names[-1].startswith("jump to the last row")
    assert all(f.ms >= 0 for f in figures)
    assert all(f.raw_ms is None or f.raw_ms > 0 for f in figures)
    text = bench.table(figures, 200)
    assert "| measurement |" in text and "raw / reference" in text


def test_bench_main_writes_json(qapp: Any, tmp_path: Path, monkeypatch: Any) -> None:
    path = tmp_path / "tiny"
    build_demo(path, documents=30, kdf=TEST_KDF)
    monkeypatch.setattr(bench, "run", lambda p, repeat: [
        bench.Figure("unlock (KDF) to first page painted", 12.0, 6.0, 500, 200)])
    # the RSS child is measured by test_bench_browse_only_reports_peak_rss; here only the
    # table/JSON plumbing is under test, so a machine-dependent figure must not decide it
    monkeypatch.setattr(bench, "rss_in_child", lambda p: bench.Figure(
        "peak RSS while browsing (MB, separate process)", 100.0, None, 300, 0))
    monkeypatch.setattr(bench, "_scale_figures", lambda p, repeat: ([bench.Figure(
        "browser matrix: worst page", 20.0, 1.0, 30, 200)], []))
    monkeypatch.setattr(bench, "_workflow_figures", lambda p: [bench.Figure(
        "export to XLSX (CPU, vs openpyxl)", 120.0, 100.0, None, 10, max_ratio=1.3)])
    out = tmp_path / "b.json"
    assert bench.main(["--ledger", str(path), "--json", str(out), "--repeat", "1"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["carriers"] > 0
    assert data["figures"][0]["ratio"] == 2.0 and data["figures"][0]["ok"] is True


def test_bench_browse_only_reports_peak_rss(qapp: Any, tmp_path: Path) -> None:
    path = tmp_path / "tiny"
    build_demo(path, documents=30, kdf=TEST_KDF)
    assert bench.browse_only(path, kdf=TEST_KDF) > 10


def test_registration_figures_on_a_small_ledger(qapp: Any, tmp_path: Path) -> None:
    from secledger.bench import registration as bench_registration
    from secledger.services.ledger.session import open_ledger

    path = tmp_path / "tiny"
    build_demo(path, documents=60, kdf=TEST_KDF)
    led = open_ledger(path, username="demo", password="demo12345", kdf=TEST_KDF)
    try:
        figures = bench_registration.run(led)
    finally:
        led.close()
    names = [f.name for f in figures]
    assert any("10 copies" in n for n in names) and any("XLSX" in n for n in names)
    assert all(f.ms > 0 for f in figures[:3])
    xlsx = next(f for f in figures if "XLSX" in f.name)
    assert xlsx.max_ratio == 1.15 and xlsx.ratio is not None


def test_gui_heartbeat_survives_a_worker_export(qapp: Any, tmp_path: Path) -> None:
    """The stall probe measures the event loop while work runs on a thread (smoke)."""
    from secledger.ui.benchmark.stalls import longest_stall

    gap = longest_stall(lambda: sum(i * i for i in range(200_000)))
    assert 0 <= gap < 5000


def test_matrix_and_verify_benchmarks_on_a_tiny_ledger(tmp_path: Path) -> None:
    """The matrix enumerates at least 40 filter × sort combinations, checks every page
    against the raw query and reports medians; verify is timed against its raw floor."""
    from secledger.bench import browse_matrix
    from secledger.bench import verify as bench_verify
    from secledger.bench.raw import raw_connect
    from secledger.services.ledger.session import open_ledger

    path = tmp_path / "tiny"
    build_demo(path, documents=40, kdf=TEST_KDF)
    led = open_ledger(path, username="demo", password="demo12345", kdf=TEST_KDF)
    conn = raw_connect(path, led.master_key)
    try:
        assert len(browse_matrix.cases(conn, every=False)) >= 40
        results = browse_matrix.run(led, conn, repeat=1, only="在库")
    finally:
        conn.close()
        led.close()
    assert results and all(r.same_rows for r in results)
    assert all(set(r.ms) == set(browse_matrix.POSITIONS) for r in results if r.total)
    worst, median = browse_matrix.summary(results)
    assert worst.ms >= median.ms > 0
    floor = bench_verify.floor(path)["events"]
    assert 0 < floor <= bench_verify.verify(path)["events"]  # logging in adds an event
