"""Year-end figures (not a test): ``python -m secledger.bench yearend --ledger PATH``.

On a demo ledger of about a million carriers (``secledger demo PATH --documents 200000``):
opening it (the first open after an upgrade builds the statistics indexes, behind the usual
backup), then, for the last complete year and the current year, a full year's statistics
(``services/yearend/statistics.compute``) run the way the pane runs it — on a worker thread
with a progress callback — *repeat* times (≥ 5); the median wall and CPU time, against the
3 s target, and the longest the main thread waited for the interpreter meanwhile (a 5 ms
heartbeat: what would stall the GUI). Then one gathering of the self-inspection evidence.
Prints a table and writes the same figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics as stats
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

TARGET_S = 3.0
HEARTBEAT_S = 0.005


@dataclass(frozen=True)
class YearFigure:
    year: int
    runs: int
    median_s: float
    median_cpu_s: float
    worst_s: float
    stall_ms: float  # the longest main-thread wait while the worker counted
    progress_ticks: int
    carriers_held: int

    @property
    def ok(self) -> bool:
        return self.median_s <= TARGET_S

    def text(self) -> str:
        return (f"{self.year} full-year statistics: median {self.median_s:.2f} s "
                f"(cpu {self.median_cpu_s:.2f} s, worst {self.worst_s:.2f} s, {self.runs} runs; "
                f"≤ {TARGET_S:g} s {'ok' if self.ok else 'NOT OK'}), main thread stalled at "
                f"most {self.stall_ms:.0f} ms, {self.progress_ticks} progress reports, "
                f"{self.carriers_held:,} carriers held at the end")


def _once(led: Any, year: int) -> tuple[float, float, float, int, Any]:
    """One computation on a worker thread; (wall, cpu of the worker, longest stall, ticks)."""
    from secledger.domain.yearend import Period
    from secledger.services.yearend import statistics

    ticks: list[tuple[int, int]] = []
    box: dict[str, Any] = {}

    def work() -> None:
        cpu = time.thread_time()
        box["stats"] = statistics.compute(led, Period.of_year(year),
                                          progress=lambda d, n: ticks.append((d, n)))
        box["cpu"] = time.thread_time() - cpu

    worker = threading.Thread(target=work, daemon=True)
    started = time.perf_counter()
    worker.start()
    stall = 0.0
    while worker.is_alive():
        beat = time.perf_counter()
        time.sleep(HEARTBEAT_S)
        stall = max(stall, time.perf_counter() - beat - HEARTBEAT_S)
    wall = time.perf_counter() - started
    worker.join()
    if "stats" not in box:
        raise RuntimeError("the statistics failed on the worker thread")
    return wall, float(box["cpu"]), stall * 1000, len(ticks), box["stats"]


def measure_year(led: Any, year: int, repeat: int) -> YearFigure:
    _once(led, year)  # warm the page cache as a first look at the pane does
    runs = [_once(led, year) for _ in range(max(repeat, 5))]
    last = runs[-1][4]
    held = last.table("by_level").total.values[-1]
    return YearFigure(year, len(runs), stats.median(r[0] for r in runs),
                      stats.median(r[1] for r in runs), max(r[0] for r in runs),
                      max(r[2] for r in runs), runs[-1][3], int(held))


def run(ledger: Path, user: str, password: str, repeat: int, years: list[int],
        kdf: Any = None) -> dict[str, Any]:
    from secledger.domain.yearend import Period
    from secledger.services.ledger.session import open_ledger
    from secledger.services.ledger.timing import local_now
    from secledger.services.yearend import evidence
    from secledger.store.keyslots import DEFAULT_KDF

    started = time.perf_counter()
    led = open_ledger(ledger, username=user, password=password, kdf=kdf or DEFAULT_KDF)
    out: dict[str, Any] = {"open_s": round(time.perf_counter() - started, 2), "years": []}
    print(f"open (and migrate)        {out['open_s']:.2f} s")
    try:
        this_year = local_now(led).year
        for year in years or [this_year - 1, this_year]:
            fig = measure_year(led, year, repeat)
            print(fig.text())
            out["years"].append({**asdict(fig), "ok": fig.ok})
        wall = time.perf_counter()
        evidence.gather(led, Period.of_year(this_year))
        out["evidence_s"] = round(time.perf_counter() - wall, 2)
        print(f"self-inspection evidence, every item: {out['evidence_s']:.2f} s")
    finally:
        led.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m secledger.bench yearend", description=__doc__)
    ap.add_argument("--ledger", required=True, type=Path)
    ap.add_argument("--user", default="demo")
    ap.add_argument("--password", default="demo12345")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--year", type=int, action="append", default=[])
    ap.add_argument("--json", type=Path, default=Path("bench-results") / "yearend.json")
    args = ap.parse_args(argv)
    out = run(args.ledger, args.user, args.password, args.repeat, args.year)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(out, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"wrote {args.json}")
    return 0 if all(y["ok"] for y in out["years"]) else 1


if __name__ == "__main__":
    raise SystemExit(main())
