"""Benchmark of the ledger browser on a big demo ledger: ``python -m secledger.bench``.

Builds (or reuses) a demo ledger of ~1,000,000 carriers with ``services.demo.build_demo``,
then measures, as a user meets them: unlock (key derivation included) to the first page
painted; search, newest 100 matches, for 1-, 2-, 3- and 5-character Chinese queries; a
filtered, sorted page at several positions including the last; jump to the last row and
paint; the longest GUI-thread stall while browsing (``bench.browsing``); peak RSS. Beside
each figure it times the raw ``sqlcipher3`` query that returns the same rows, interleaved
in the same run, and prints the ratio; every figure is a median of ``--repeat`` runs. Then
the browser's filter × sort matrix (``bench.browse_matrix``), ``verify`` against its raw
floor (``bench.verify``), the workflow figures and how fast ``--version``/``--help``
answer (``bench.start``). Prints a table and writes the same figures as JSON.

    python -m secledger.bench                       # 200,000 documents ≈ 1M carriers
    python -m secledger.bench --documents 2000 --ledger /tmp/small --json out.json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from functools import partial
from pathlib import Path
from typing import Any

from secledger.bench import browsing
from secledger.bench import start as bench_start
from secledger.bench.browse_matrix import median_pair
from secledger.bench.figures import Figure, peak_rss_mb, table
from secledger.bench.raw import (
    raw_connect,
    raw_last_page,
    raw_newest_page,
    raw_search,
    raw_title_page,
)

DEFAULT_LEDGER = Path("bench-results") / "ledger-1m"
DEFAULT_JSON = Path("bench-results") / "bench.json"
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


# -- the measurements --------------------------------------------------------------------
def ensure_ledger(path: Path, documents: int, kdf: Any) -> None:
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


def run(path: Path, *, kdf: Any = None, repeat: int = REPEAT) -> list[Figure]:
    """Measure the browser on the ledger at *path* (opened as the demo user)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from secledger.store.keyslots import DEFAULT_KDF

    app = QApplication.instance() or QApplication([])
    kdf = kdf or DEFAULT_KDF
    figures: list[Figure] = [_unlock_figure(app, path, kdf, repeat)]
    led, ctx, pane, _fig = _unlock_and_paint(app, path, kdf)
    try:
        conn = raw_connect(path, led.master_key)
        figures += _searches(led, conn, repeat)
        figures += _filtered_pages(led, conn, repeat)
        figures += browsing.figures(browsing.measure(app, pane))
        _unfiltered(app, pane)
        figures.append(_jump_to_end(app, pane, conn, repeat))
        conn.close()
    finally:
        pane.model.wait_idle(120)
        pane.close()
        pane.deleteLater()
        app.processEvents()
        led.close()
        del ctx
    return figures


def browse_only(path: Path, kdf: Any = None) -> float:
    """What a user does (unlock, search, filter, sort, jump to the end), without any raw
    connection: the peak RSS of this, in a fresh process, is the RSS figure."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from secledger.domain.enums import CarrierState
    from secledger.store.keyslots import DEFAULT_KDF
    from secledger.ui.models.carriers import REGISTERED, TITLE

    app = QApplication.instance() or QApplication([])
    led, _ctx, pane, _fig = _unlock_and_paint(app, path, kdf or DEFAULT_KDF)
    try:
        steps: list[Callable[[], None]] = [
            *[partial(pane.search.setText, t) for t in QUERIES],
            partial(pane.search.setText, ""),
            partial(pane.state.setCurrentIndex, pane.state.findData(CarrierState.IN_STORE)),
            partial(pane.table.sortByColumn, TITLE, _qt_order(True)),
            partial(pane.table.sortByColumn, REGISTERED, _qt_order(False)),
        ]
        for step in steps:
            step()
            pane.apply_filters()
            while not pane.model.count_known:
                app.processEvents()
            pane.model.wait_idle(120)
            app.processEvents()
            for pos in (0.5, 1.0, 0.25):
                pane.table.verticalScrollBar().setValue(
                    int(pane.table.verticalScrollBar().maximum() * pos))
                app.processEvents()
                pane.table.viewport().grab()  # asks for the pages on screen
                while pane.model.loading:
                    app.processEvents()
                pane.table.viewport().grab()
    finally:
        pane.model.wait_idle(120)
        pane.close()
        led.close()
    return peak_rss_mb()


def _qt_order(ascending: bool) -> Any:
    from PySide6.QtCore import Qt

    return Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder


def rss_in_child(path: Path) -> Figure:
    import subprocess

    out = subprocess.run([sys.executable, "-m", "secledger.bench", "--browse-only",
                          "--ledger", str(path)], capture_output=True, text=True, check=True)
    mb = float(out.stdout.strip().splitlines()[-1])
    return Figure("peak RSS while browsing (MB, separate process)", mb, None, 300, 0)


def _unlock_and_paint(app: Any, path: Path, kdf: Any) -> tuple[Any, Any, Any, Figure]:
    from secledger.services.ledger.session import open_ledger
    from secledger.store.keyslots import USER as SLOT_USER
    from secledger.store.keyslots import KeySlotFile
    from secledger.ui.context import AppContext, ini_settings
    from secledger.ui.panes.browse.browser import BrowserPane

    settings = ini_settings(Path(os.environ.get("TMPDIR", "/tmp")) / "secledger-bench.ini")
    settings.clear()
    t0 = time.perf_counter()
    led = open_ledger(path, username=USER, password=PASSWORD, kdf=kdf)
    ctx = AppContext(settings=settings, ledger=led, kdf=kdf)
    pane = BrowserPane(ctx)
    pane.resize(1400, 800)
    pane.show()
    pane.refresh()
    while pane.model.held_row(0) is None:  # the first page arrives from the page worker
        app.processEvents()
    pane.table.viewport().grab()  # paints the visible rows
    ms = (time.perf_counter() - t0) * 1000
    t1 = time.perf_counter()
    key = KeySlotFile.load(path / "keyslots.json").unwrap(SLOT_USER, USER, PASSWORD)
    conn = raw_connect(path, key)
    rows = raw_newest_page(conn, 0, 200)
    raw = (time.perf_counter() - t1) * 1000
    conn.close()
    while not pane.model.count_known:  # let the lazy count land before measuring on
        app.processEvents()
    pane.model.wait_idle(120)
    app.processEvents()
    return led, ctx, pane, Figure("unlock (KDF) to first page painted", ms, raw, 500, len(rows))


def _unlock_figure(app: Any, path: Path, kdf: Any, repeat: int) -> Figure:
    """Unlock to the first page painted, the median of *repeat* fresh unlocks (each with
    the raw reference: key derivation and the same first page on ``sqlcipher3``)."""
    ours, raws, fig = [], [], None
    for _ in range(repeat):
        led, ctx, pane, fig = _unlock_and_paint(app, path, kdf)
        ours.append(fig.ms)
        raws.append(fig.raw_ms or 0.0)
        pane.model.wait_idle(120)
        pane.close()
        pane.deleteLater()
        app.processEvents()
        led.close()
        del ctx
    assert fig is not None
    return Figure(f"unlock (KDF) to first page painted (median of {repeat})",
                  statistics.median(ours), statistics.median(raws), 500, fig.rows)


def _searches(led: Any, conn: Any, repeat: int) -> list[Figure]:
    from secledger.domain.search import phrase_query
    from secledger.services.browse import query as browse

    out = []
    for text in QUERIES:
        q = browse.BrowseQuery(text=text)
        match = phrase_query(text) or ""
        ms, raw, rows, raw_rows = median_pair(partial(browse.page, led, q, 0, 100),
                                              partial(raw_search, conn, match, 100), repeat)
        assert [r.id for r in rows] == [r[0] for r in raw_rows], text
        out.append(Figure(f"search “{text}” ({len(text)} char), newest 100", ms, raw, 50,
                          len(rows)))
        cms, n = median_of(partial(browse.count, led, q), 1)
        out.append(Figure(f"  count of “{text}” matches (lazy, once per query)", cms, None,
                          None, n))
    return out


def _filtered_pages(led: Any, conn: Any, repeat: int) -> list[Figure]:
    from secledger.domain.enums import CarrierState
    from secledger.services.browse import query as browse

    q = browse.BrowseQuery(states=frozenset({CarrierState.IN_STORE}), sort="title",
                           descending=False)
    cms, total = median_of(lambda: browse.count(led, q), 1)
    out = [Figure("filter 在库 + sort 标题: count (lazy, once)", cms, None, None, total)]
    ims, index = median_of(partial(browse.positions, led, q, total), 1)
    out.append(Figure("filter 在库 + sort 标题: position index (background, once)",
                      ims, None, None, len(index)))
    for label, pos in (("first", 0), ("1/4", total // 4), ("middle", total // 2),
                       ("3/4", total * 3 // 4), ("last", max(0, total - 200))):
        ms, raw, rows, raw_rows = median_pair(
            partial(browse.page, led, q, pos, 200, total=total, positions=index),
            partial(raw_title_page, conn, pos, 200, total), repeat)
        assert [r.id for r in rows] == [r[0] for r in raw_rows], label
        out.append(Figure(f"filter 在库 + sort 标题: page at {label}", ms, raw, 30,
                          len(rows)))
    first = browse.page(led, q, total // 2, 200, total=total)
    ms, rows = median_of(lambda: browse.page(led, q, 0, 200, after=first[-1].key), repeat)
    out.append(Figure("filter 在库 + sort 标题: next page (keyset, scrolling)", ms, None, 30,
                      len(rows)))
    return out


def _unfiltered(app: Any, pane: Any) -> None:
    """Back to every carrier, newest first (as after unlocking)."""
    from PySide6.QtCore import Qt

    pane.reset_filters()
    pane.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
    pane.model.sort(-1)
    while pane.model.held_row(0) is None:
        app.processEvents()


def _jump_to_end(app: Any, pane: Any, conn: Any, repeat: int) -> Figure:
    """Scroll to the last row until it is painted with its data (the page read by the
    worker meanwhile): median of *repeat*, each after the pages were dropped."""
    from secledger.ui.models.carriers import ID_ROLE

    times = []
    for _ in range(repeat):
        pane.table.scrollToTop()
        pane.model.refresh()  # drop the cached pages (the count is recounted)
        while not pane.model.count_known or pane.model.held_row(0) is None:
            app.processEvents()
        pane.model.wait_idle(120)
        app.processEvents()
        pane.table.viewport().grab()
        t0 = time.perf_counter()
        pane.table.scrollToBottom()
        last = pane.model.rowCount() - 1
        while pane.model.held_row(last) is None:
            app.processEvents()
        pane.table.viewport().grab()
        times.append(time.perf_counter() - t0)
    raw, rows = median_of(lambda: raw_last_page(conn, 200), repeat)
    last = pane.model.index(pane.model.rowCount() - 1, 0).data(ID_ROLE)
    assert last == rows[-1][0]
    return Figure("jump to the last row and paint", statistics.median(times) * 1000, raw, 100,
                  len(rows))


# -- output ---------------------------------------------------------------------------------
def carrier_count(path: Path, key: bytes) -> int:
    conn = raw_connect(path, key)
    try:
        return int(conn.execute("SELECT count(*) FROM carriers").fetchone()[0])
    finally:
        conn.close()


def _workflow_figures(path: Path) -> list[Figure]:
    """Registration, register print/export and GUI stall on the same ledger, and a
    5,000-item destruction manifest, built by scanning and printed."""
    import tempfile

    from secledger.bench import destruction as bench_destruction
    from secledger.bench import registration as bench_registration
    from secledger.services.ledger.session import open_ledger

    led = open_ledger(path, username=USER, password=PASSWORD)
    try:
        figures = bench_registration.run(led)
    finally:
        led.close()
    with tempfile.TemporaryDirectory() as d:
        m = bench_destruction.run(Path(d) / "ledger", 5000)
    figures += [
        Figure("destruction manifest: one scan, last 100 of 5,000 (mean)", m.last_scans_ms,
               None, bench_destruction.SCAN_TARGET_MS, m.items),
        Figure(f"print a 5,000-item 销毁清单 ({m.pages} pages)", m.print_s * 1000, None,
               bench_destruction.PRINT_TARGET_S * 1000, m.items),
    ]
    return figures


def _scale_figures(path: Path, repeat: int) -> tuple[list[Figure], list[dict[str, Any]]]:
    """The browser's filter × sort matrix (its worst and median page) and ``verify``
    against its raw floor, on the same ledger; the matrix rows for the JSON."""
    from secledger.bench import browse_matrix
    from secledger.bench import verify as bench_verify
    from secledger.services.ledger.session import open_ledger

    led = open_ledger(path, username=USER, password=PASSWORD)
    conn = raw_connect(path, led.master_key)
    try:
        results = browse_matrix.run(led, conn, repeat=repeat)
    finally:
        conn.close()
        led.close()
    figures = browse_matrix.summary(results)
    figures += bench_verify.run(path, repeat)[0]
    return figures, [{**r.__dict__, "worst": r.worst if r.ms else None} for r in results]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m secledger.bench", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--documents", type=int, default=200_000,
                    help="documents when building (≈5 carriers each; default 200,000)")
    ap.add_argument("--ledger", type=Path, default=DEFAULT_LEDGER,
                    help="ledger folder, reused when it exists (default %(default)s)")
    ap.add_argument("--json", type=Path, default=DEFAULT_JSON, help="JSON output file")
    ap.add_argument("--repeat", type=int, default=REPEAT, help="median of N (default 5)")
    ap.add_argument("--browse-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.browse_only:
        print(f"{browse_only(args.ledger):.1f}")
        return 0
    from secledger.store.keyslots import DEFAULT_KDF, KeySlotFile
    from secledger.store.keyslots import USER as SLOT_USER

    ensure_ledger(args.ledger, args.documents, DEFAULT_KDF)
    key = KeySlotFile.load(args.ledger / "keyslots.json").unwrap(SLOT_USER, USER, PASSWORD)
    n = carrier_count(args.ledger, key)
    load = os.getloadavg()
    figures = run(args.ledger, repeat=args.repeat)
    figures.append(rss_in_child(args.ledger))
    scale, matrix = _scale_figures(args.ledger, args.repeat)
    figures += scale
    figures += _workflow_figures(args.ledger)
    figures += bench_start.run(args.repeat)
    print(table(figures, n))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({
        "carriers": n, "cpus": os.cpu_count(), "python": sys.version.split()[0],
        "load_before": load, "load_after": os.getloadavg(), "repeat": args.repeat,
        "figures": [{**asdict(f), "ratio": f.ratio, "ok": f.ok} for f in figures],
        "matrix": matrix,
    }, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"\nwrote {args.json}")
    return 0 if all(f.ok is not False for f in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
