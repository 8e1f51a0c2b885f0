"""The import benchmark runs (tiny size here; ``python -m secledger.bench import`` measures
10,000 rows against the 20 s target) and writes its medians as JSON."""

from __future__ import annotations

import json
from pathlib import Path

from secledger.bench.__main__ import main


def test_the_import_benchmark_writes_medians(tmp_path: Path) -> None:
    out = tmp_path / "importing.json"
    assert main(["import", "--rows", "40", "--repeat", "2", "--json", str(out)]) == 0
    got = json.loads(out.read_text(encoding="utf-8"))
    assert got["rows"] == 40 and len(got["runs"]) == 2
    assert got["median_total_s"] <= got["target_s"] and got["ok"] is True
    assert {"median_preview_s", "median_commit_s", "median_cpu_s"} <= got.keys()
