"""What the benchmarks on the big demo ledger share: where that ledger lives, who opens it,
the search queries, how many runs a median takes, and building the ledger when missing.

Kept apart from the browser benchmark (``bench.gui``) so that benchmarks which never show a
window (``bench.server``) reach these without loading the GUI side.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from secledger.bench.raw import raw_connect

DEFAULT_LEDGER = Path("bench-results") / "ledger-1m"
USER, PASSWORD = "demo", "demo12345"
QUERIES = ("密", "保密", "保密局", "涉密载体管")  # 1, 2, 3 and 5 characters
REPEAT = 5


def median_of(fn: Callable[[], Any], repeat: int = REPEAT) -> tuple[float, Any]:
    """Median ms of *repeat* runs of *fn*, and its last result."""
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000, out


def ensure_ledger(path: Path, documents: int, kdf: Any) -> None:
    """Build a demo ledger of *documents* documents at *path* unless one is there."""
    from secledger.demo.build import build_demo
    from secledger.services.ledger.session import is_ledger

    if is_ledger(path):
        return
    print(f"building a demo ledger of {documents:,} documents at {path} …", flush=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    summary = build_demo(path, documents=documents, kdf=kdf,
                         progress=lambda a, b: print(f"  {a:,}/{b:,}", flush=True)
                         if a % 20000 == 0 else None)
    print(f"built {summary.carriers:,} carriers in {time.perf_counter() - t0:.0f} s", flush=True)


def carrier_count(path: Path, key: bytes) -> int:
    conn = raw_connect(path, key)
    try:
        return int(conn.execute("SELECT count(*) FROM carriers").fetchone()[0])
    finally:
        conn.close()
