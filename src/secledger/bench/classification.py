"""Timing figures for the classification workflow (not a test):
``python -m secledger.bench.classification --ledger PATH [--repeat 5] [--json FILE]``.

Works on COPIES of the ledger at PATH (``secledger demo PATH --documents 200000`` gives ~1M
carriers, the default ``bench-results/ledger-1m`` of ``python -m secledger.bench``), so the
first end-of-period pass is timed again and again: the ledger is copied once and opened
(which migrates it, behind its own backup), then for each of *repeat* runs a fresh copy of
that is opened and the pass run twice (the first pass, and the idempotent second one that
every later login makes). On the last copy every worklist's first page (200 rows, what the
pane shows), its next page by keyset and its count, and the start screen's summary, are
timed *repeat* times each. Medians are printed in the table of ``python -m secledger.bench``
and written as JSON. Targets: the first pass ≤ 2 s (on a worker thread in the app), a
worklist's first page ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from secledger.bench.figures import Figure, table
from secledger.services.classification import read
from secledger.services.classification.expiry import run_auto_declassification
from secledger.services.classification.worklists import Worklist
from secledger.services.ledger.session import Ledger, open_ledger

PASS_TARGET_MS = 2000.0
PAGE_TARGET_MS = 50.0
PAGE = 200
DEFAULT_LEDGER = Path("bench-results") / "ledger-1m"
DEFAULT_JSON = Path("bench-results") / "classification.json"
_SKIP = shutil.ignore_patterns("backups", "*.lock")


def _ms(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn()
    return (time.perf_counter() - t0) * 1000, out


def _median(times: list[float]) -> float:
    return statistics.median(times)


def _copy(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst, ignore=_SKIP)
    os.sync()  # the copy's write-back would otherwise compete with the timing
    return dst


def _later(days: int) -> Callable[[], datetime]:
    """A clock *days* ahead of now (0: now)."""
    return lambda: datetime.now(UTC) + timedelta(days=days)


def _pass_runs(base: Path, user: str, password: str, repeat: int,
               later_days: int) -> dict[str, Any]:
    """On *repeat* fresh copies of *base*: the first pass, the second (idempotent) one, then
    the pass of a ledger left unopened for *later_days* (its clock moved on)."""
    first, cpu, again, later, later_cpu = [], [], [], [], []
    found = found_later = 0
    for i in range(repeat):
        run = _copy(base, base.parent / f"run{i}")
        with open_ledger(run, username=user, password=password) as led:
            c0 = time.process_time()
            ms, res = _ms(partial(run_auto_declassification, led))
            cpu.append((time.process_time() - c0) * 1000)
            first.append(ms)
            found = res.documents
            again.append(_ms(partial(run_auto_declassification, led))[0])
        if later_days:
            with open_ledger(run, username=user, password=password,
                             clock=_later(later_days)) as led:
                c0 = time.process_time()
                ms, res = _ms(partial(run_auto_declassification, led))
                later_cpu.append((time.process_time() - c0) * 1000)
                later.append(ms)
                found_later = res.documents
        if i < repeat - 1:
            shutil.rmtree(run)
    return {"first_ms": first, "cpu_ms": cpu, "again_ms": again, "documents": found,
            "later_ms": later, "later_cpu_ms": later_cpu, "later_documents": found_later,
            "last": base.parent / f"run{repeat - 1}"}


def _worklist_times(led: Ledger, which: Worklist, repeat: int) -> dict[str, Any]:
    firsts: list[float] = []
    nexts: list[float] = []
    counts: list[float] = []
    rows: list[Any] = []
    n = 0
    for _ in range(repeat):
        ms, rows = _ms(partial(read.page, led, which, limit=PAGE))
        firsts.append(ms)
        if rows:
            nexts.append(_ms(partial(read.page, led, which, limit=PAGE, after=rows[-1].key))[0])
        ms, n = _ms(lambda: read.count(led, which))
        counts.append(ms)
    return {"first_page_ms": _median(firsts), "next_page_ms": _median(nexts) if nexts else 0.0,
            "count_ms": _median(counts), "count": n, "first_page_rows": len(rows),
            "first_page_runs_ms": [round(x, 2) for x in firsts]}


def run(ledger: Path, user: str, password: str, repeat: int,
        later_days: int = 365) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="classif-bench-") as tmp:
        base = _copy(ledger, Path(tmp) / "base")
        open_ms, _ = _ms(lambda: open_ledger(base, username=user, password=password).close())
        passes = _pass_runs(base, user, password, repeat, later_days)
        with open_ledger(passes["last"], username=user, password=password,
                         clock=_later(later_days)) as led:
            with led.db.read() as s:
                carriers = s.connection().exec_driver_sql(
                    "SELECT count(*) FROM carriers").scalar_one()
            lists = {w.value: _worklist_times(led, w, repeat) for w in Worklist}
            summary = [_ms(lambda: read.summary(led))[0] for _ in range(repeat)]
    return {
        "ledger": str(ledger), "carriers": int(carriers), "cpus": os.cpu_count(),
        "repeat": repeat, "open_and_migrate_ms": round(open_ms, 1),
        "pass_documents": passes["documents"],
        "pass_first_median_ms": round(_median(passes["first_ms"]), 1),
        "pass_first_cpu_median_ms": round(_median(passes["cpu_ms"]), 1),
        "pass_first_runs_ms": [round(x, 1) for x in passes["first_ms"]],
        "pass_again_median_ms": round(_median(passes["again_ms"]), 2),
        "later_days": later_days, "pass_later_documents": passes["later_documents"],
        "pass_later_median_ms": round(_median(passes["later_ms"]), 1) if passes["later_ms"]
        else None,
        "pass_later_runs_ms": [round(x, 1) for x in passes["later_ms"]],
        "pass_later_cpu_median_ms": round(_median(passes["later_cpu_ms"]), 1)
        if passes["later_cpu_ms"] else None,
        "worklists": lists, "summary_median_ms": round(_median(summary), 1),
        "targets_ms": {"pass_first": PASS_TARGET_MS, "first_page": PAGE_TARGET_MS},
    }


def figures(out: dict[str, Any]) -> list[Figure]:
    figs = [Figure(f"end-of-period pass, first ({out['pass_documents']:,} documents; median "
                   f"of {out['repeat']}, worker thread)", out["pass_first_median_ms"], None,
                   PASS_TARGET_MS, out["pass_documents"]),
            Figure("the same, CPU time of the process", out["pass_first_cpu_median_ms"], None,
                   PASS_TARGET_MS, out["pass_documents"]),
            Figure("end-of-period pass again (every later login)", out["pass_again_median_ms"],
                   None, None, 0)]
    if out["pass_later_median_ms"] is not None:
        figs.append(Figure(f"end-of-period pass after {out['later_days']} days unopened "
                           f"({out['pass_later_documents']:,} documents)",
                           out["pass_later_median_ms"], None, PASS_TARGET_MS,
                           out["pass_later_documents"]))
        figs.append(Figure("the same, CPU time of the process", out["pass_later_cpu_median_ms"],
                           None, PASS_TARGET_MS, out["pass_later_documents"]))
    for name, w in out["worklists"].items():
        figs.append(Figure(f"worklist {name}: first page ({w['first_page_rows']} rows)",
                           w["first_page_ms"], None, PAGE_TARGET_MS, w["first_page_rows"]))
        figs.append(Figure(f"worklist {name}: next page (keyset)", w["next_page_ms"], None,
                           PAGE_TARGET_MS, PAGE))
        figs.append(Figure(f"worklist {name}: count = {w['count']:,} (worker thread)",
                           w["count_ms"], None, None, w["count"]))
    figs.append(Figure("every count for the status bar (worker thread)",
                       out["summary_median_ms"], None, None, 0))
    return figs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m secledger.bench.classification",
                                 description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ledger", type=Path, default=DEFAULT_LEDGER,
                    help="demo ledger to copy (default %(default)s)")
    ap.add_argument("--user", default="demo")
    ap.add_argument("--password", default="demo12345")
    ap.add_argument("--repeat", type=int, default=5, help="runs per figure (median; default 5)")
    ap.add_argument("--later-days", type=int, default=365,
                    help="also time the pass of a ledger unopened this long (0: not)")
    ap.add_argument("--json", type=Path, default=DEFAULT_JSON, help="JSON output file")
    args = ap.parse_args(argv)
    out = run(args.ledger, args.user, args.password, max(1, args.repeat), args.later_days)
    figs = figures(out)
    out["figures"] = [{**asdict(f), "ok": f.ok} for f in figs]
    out["ok"] = all(f.ok is not False for f in figs)
    print(table(figs, out["carriers"]))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(out, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"\nwrote {args.json}")
    return 0 if out["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
