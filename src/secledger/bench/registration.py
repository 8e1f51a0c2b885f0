"""Registration figures for ``python -m secledger.bench`` (not a test), on the benchmark ledger.

On the same ~1M-carrier demo ledger as the browser figures: registering a document with
10 copies (events and chain included, ≤ 30 ms) with the app's ``synchronous=FULL``, beside
``synchronous=NORMAL`` measured in the same run, interleaved, so the table shows what
durability costs; printing a 5,000-row 收文登记簿, its query included (≤ 3 s);
exporting register rows to XLSX, query included, against openpyxl's own write-only time for
the same rows, measured in the same run, alternating which goes first (≤ 1.15×); and the
longest GUI stall while a print and an export run
off the GUI thread (a 10 ms QTimer heartbeat, ≤ 100 ms).

The registrations made here stay in the benchmark ledger (it is a demo ledger).
"""

from __future__ import annotations

import itertools
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from secledger.bench.figures import Figure
from secledger.bench.reports import raw_xlsx_seconds, raw_xlsxwriter_seconds
from secledger.domain.enums import Register
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_tz
from secledger.services.registration.form import DocumentDraft, submit_draft
from secledger.services.registration.printing import export_register_xlsx, print_register
from secledger.services.registration.registers import RegisterFilter, iter_rows

SYNC_MODES = ("NORMAL", "FULL")


_RUNS = itertools.count(1)


def register_times(led: Ledger, n: int = 30, warmup: int = 4) -> dict[str, list[float]]:
    """ms to register one received document with 10 copies, *n* times under each
    ``PRAGMA synchronous`` mode, alternating (NORMAL, FULL, FULL, NORMAL …) so that both
    meet the same machine load and the same growing ledger; *warmup* registrations first
    (not counted) fill the page cache, as a clerk's first entries of the day do."""
    from sqlalchemy import event

    mode = ["FULL"]

    def set_mode(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        dbapi_conn.execute(f"PRAGMA synchronous = {mode[0]}")

    times: dict[str, list[float]] = {m: [] for m in SYNC_MODES}
    stamp = f"{time.strftime('%H%M%S')}-{next(_RUNS)}"  # each run its own 文号 (no duplicates)
    event.listen(led.db.engine, "checkout", set_mode)
    try:
        for i in range(-warmup, n):
            for m in SYNC_MODES if i % 2 == 0 else SYNC_MODES[::-1]:
                mode[0] = m
                draft = DocumentDraft(register=Register.RECEIPT, title=f"基准测试文件{stamp}-{i}{m}",
                                      unit="省保密局", doc_no=f"基〔2026〕{stamp}{i}{m[0]}号",
                                      mark_text="机密★10年", copies=10, copy_nos_text="1-10",
                                      pages=3)
                t = time.perf_counter()
                submit_draft(led, draft)
                if i >= 0:
                    times[m].append((time.perf_counter() - t) * 1000)
    finally:
        event.remove(led.db.engine, "checkout", set_mode)
        led.db.engine.dispose()  # the app's connections again: FULL (store.engine)
    return times


def bench_register(led: Ledger, n: int = 30) -> Figure:
    """Median ms to register a document with 10 copies with synchronous=FULL (the app's);
    its raw/reference column is the median with synchronous=NORMAL from the same run."""
    times = register_times(led, n)
    return Figure("register a document with 10 copies, synchronous=FULL (median; "
                  "reference: NORMAL, interleaved)", statistics.median(times["FULL"]),
                  statistics.median(times["NORMAL"]), 30, 10)


def busiest_year(led: Ledger) -> RegisterFilter:
    from sqlalchemy import text

    with led.db.read() as s:
        y = s.execute(text("SELECT year FROM documents WHERE register = 'receipt' GROUP BY year "
                           "ORDER BY count(*) DESC LIMIT 1")).scalar()
    return RegisterFilter(year=int(y or 2026))


def bench_print(led: Ledger, folder: Path, rows: int = 5000, repeat: int = 5) -> Figure:
    """The first *rows* rows of the busiest year's 收文登记簿 as PDF, the query included
    (median of *repeat*)."""
    from dataclasses import replace

    from secledger.reports.registration.registers import render_register
    from secledger.services.registration.printing import form_meta

    f = busiest_year(led)
    times, n = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        with led.db.read() as s:
            data = [r for _, r in zip(range(rows), iter_rows(s, f, local_tz(led)), strict=False)]
        meta = replace(form_meta(led, title="收文登记簿", subtitle=f.period_text()))
        render_register(folder / "reg.pdf", meta, data)
        times.append((time.perf_counter() - t) * 1000)
        n = len(data)
    return Figure(f"print the 收文登记簿, {n:,} rows (PDF, query included, median of {repeat})",
                  statistics.median(times), None, 3000, n)


def bench_xlsx(led: Ledger, folder: Path, repeat: int = 5) -> Figure:
    """The busiest year's 收文登记簿 to XLSX, query included, against raw openpyxl write-only
    writing the same values (the target's reference) and, for the record, raw XlsxWriter
    (what the export writes with). CPU time; medians of *repeat*, the three rotating which
    goes first."""
    from secledger.reports.registration.registers import receipt_values

    f = busiest_year(led)
    with led.db.read() as s:
        values = [receipt_values(r) for r in iter_rows(s, f, local_tz(led))]
    raw: list[float] = []
    bare: list[float] = []
    ours: list[float] = []

    def run_raw() -> None:
        raw.append(raw_xlsx_seconds(folder / "raw.xlsx", values))

    def run_bare() -> None:
        bare.append(raw_xlsxwriter_seconds(folder / "bare.xlsx", values))

    def run_ours() -> None:
        t = time.process_time()
        export_register_xlsx(led, f, folder / "ours.xlsx")
        ours.append(time.process_time() - t)

    runs = [run_ours, run_raw, run_bare]
    for i in range(repeat):
        for run_one in runs[i % 3:] + runs[:i % 3]:
            run_one()
    return Figure(f"export the 收文登记簿 to XLSX, {len(values):,} rows, query included (CPU, "
                  f"median of {repeat}, vs openpyxl write-only, interleaved; bare XlsxWriter "
                  f"on the same values: {statistics.median(bare):.2f} s)",
                  statistics.median(ours) * 1000, statistics.median(raw) * 1000, None,
                  len(values), max_ratio=1.15)


def bench_stall(led: Ledger, folder: Path) -> Figure:
    from secledger.ui.app import tune_interpreter
    from secledger.ui.benchmark.stalls import longest_stall

    tune_interpreter()  # as the app does once its main window is up
    f = busiest_year(led)

    def work() -> None:
        print_register(led, RegisterFilter(year=f.year, month=6), folder / "stall.pdf")
        export_register_xlsx(led, f, folder / "stall.xlsx")

    return Figure("longest GUI stall while printing and exporting", longest_stall(work),
                  None, 100, 0)


def run(led: Ledger) -> list[Figure]:
    from secledger.ui.benchmark import qt_app

    _app = qt_app()  # the stall figure's heartbeat needs an event loop
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        return [bench_register(led), bench_print(led, folder), bench_xlsx(led, folder),
                bench_stall(led, folder)]


def _stats(ms: list[float]) -> dict[str, Any]:
    ordered = sorted(ms)
    return {"median": statistics.median(ordered), "mean": statistics.fmean(ordered),
            "p90": ordered[int(0.9 * (len(ordered) - 1))], "min": ordered[0],
            "max": ordered[-1], "n": len(ordered), "ms": [round(x, 3) for x in ms]}


def main(argv: list[str] | None = None) -> int:
    """``python -m secledger.bench.registration --ledger PATH``: only the registration
    figure, NORMAL against FULL, printed and written as JSON."""
    import argparse
    import json
    import os

    from sqlalchemy import text

    from secledger.services.ledger.session import open_ledger

    ap = argparse.ArgumentParser(prog="python -m secledger.bench.registration")
    ap.add_argument("--ledger", type=Path, required=True, help="a demo ledger (user demo)")
    ap.add_argument("--json", type=Path, default=Path("bench-results") / "registration.json")
    ap.add_argument("-n", type=int, default=30, help="registrations per mode (default 30)")
    ap.add_argument("--warmup", type=int, default=4, help="uncounted first rounds (default 4)")
    args = ap.parse_args(argv)
    led = open_ledger(args.ledger, username="demo", password="demo12345")
    try:
        with led.db.read() as s:
            carriers = int(s.execute(text("SELECT count(*) FROM carriers")).scalar() or 0)
        times = register_times(led, args.n, args.warmup)
    finally:
        led.close()
    out = {"carriers": carriers, "cpus": os.cpu_count(),
           "db_bytes": (args.ledger / "ledger.db").stat().st_size,
           **{m.lower(): _stats(times[m]) for m in SYNC_MODES}}
    for m in SYNC_MODES:
        st = out[m.lower()]
        print(f"synchronous={m:<6} median {st['median']:.1f} ms  mean {st['mean']:.1f}  "
              f"p90 {st['p90']:.1f}  (n={st['n']}, {carriers:,} carriers)")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
    print(f"wrote {args.json}")
    return 0 if out["full"]["median"] <= 30 else 1


if __name__ == "__main__":
    raise SystemExit(main())
