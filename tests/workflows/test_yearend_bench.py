"""Smoke test of ``python -m secledger.bench yearend`` on the small ledger of known figures
(the real run on a million carriers is not part of CI; see the README)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from secledger.bench import __main__ as bench_main
from secledger.bench import yearend as bench
from secledger.store.keyslots import TEST_KDF

from .yearend_helpers import build


def test_bench_measures_both_years(office: Any, tmp_path: Path, monkeypatch: Any) -> None:
    build(office)
    office.led.close()
    out = bench.run(office.path, "clerk", "Clerk1234", 5, [2025, 2026], kdf=TEST_KDF)
    years = {y["year"]: y for y in out["years"]}
    assert set(years) == {2025, 2026} and all(y["runs"] == 5 for y in years.values())
    assert years[2025]["carriers_held"] == 3 and years[2026]["carriers_held"] == 3
    assert all(y["ok"] and y["progress_ticks"] > 5 for y in years.values())
    assert out["evidence_s"] >= 0
    monkeypatch.setattr(bench, "run", lambda *a, **k: {"open_s": 0.1, "years": [
        {"year": 2026, "ok": True}], "evidence_s": 0.2})
    target = tmp_path / "yearend.json"
    assert bench_main.main(["yearend", "--ledger", str(office.path), "--json", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["years"][0]["year"] == 2026
