"""Benchmark of the ledger browser on a big demo ledger: ``python -m secledger.bench``.

Builds (or reuses) a demo ledger of ~1,000,000 carriers with ``services.demo.build_demo``,
then measures, as a user meets them: unlock (key derivation included) to the first page
painted; search, newest 100 matches, for 1-, 2-, 3- and 5-character Chinese queries; a
filtered, sorted page at several positions including the last; jump to the last row and
paint; the longest GUI-thread stall while browsing (``bench.browsing``); peak RSS. The
browser itself is driven by ``secledger.ui.benchmark`` (Qt stays in ``ui/``), which returns
plain timings; this module makes the figures. Beside each figure it times the raw
``sqlcipher3`` query that returns the same rows, interleaved in the same run, and prints
the ratio; every figure is a median of ``--repeat`` runs. Then the browser's filter × sort
matrix (``bench.browse_matrix``), ``verify`` against its raw floor (``bench.verify``), the
workflow figures and how fast ``--version``/``--help`` answer (``bench.start``). Prints a
table and writes the same figures as JSON.

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
from dataclasses import asdict
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secledger.bench import browsing
from secledger.bench import start as bench_start
from secledger.bench.browse_matrix import median_pair
from secledger.bench.common import (
    DEFAULT_LEDGER,
    PASSWORD,
    QUERIES,
    REPEAT,
    USER,
    carrier_count,
    ensure_ledger,
    median_of,
)
from secledger.bench.figures import Figure, peak_rss_mb, table
from secledger.bench.raw import (
    raw_connect,
    raw_last_page,
    raw_newest_page,
    raw_search,
    raw_title_page,
)

if TYPE_CHECKING:
    from secledger.ui.benchmark.browser import BenchBrowser

DEFAULT_JSON = Path("bench-results") / "bench.json"


# -- the measurements --------------------------------------------------------------------
def run(path: Path, *, kdf: Any = None, repeat: int = REPEAT) -> list[Figure]:
    """Measure the browser on the ledger at *path* (opened as the demo user)."""
    from secledger.store.keyslots import DEFAULT_KDF

    kdf = kdf or DEFAULT_KDF
    figures: list[Figure] = [_unlock_figure(path, kdf, repeat)]
    browser, _fig = _unlock_and_paint(path, kdf)
    try:
        led = browser.ledger
        conn = raw_connect(path, led.master_key)
        figures += _searches(led, conn, repeat)
        figures += _filtered_pages(led, conn, repeat)
        figures += browsing.figures(browser.stalls())
        browser.show_everything()
        figures.append(_jump_to_end(browser, conn, repeat))
        conn.close()
    finally:
        browser.close()
    return figures


def browse_only(path: Path, kdf: Any = None) -> float:
    """What a user does (unlock, search, filter, sort, jump to the end), without any raw
    connection: the peak RSS of this, in a fresh process, is the RSS figure."""
    from secledger.store.keyslots import DEFAULT_KDF

    browser, _fig = _unlock_and_paint(path, kdf or DEFAULT_KDF)
    try:
        browser.browse_like_a_user(QUERIES)
    finally:
        browser.close()
    return peak_rss_mb()


def rss_in_child(path: Path) -> Figure:
    import subprocess

    out = subprocess.run([sys.executable, "-m", "secledger.bench", "--browse-only",
                          "--ledger", str(path)], capture_output=True, text=True, check=True)
    mb = float(out.stdout.strip().splitlines()[-1])
    return Figure("peak RSS while browsing (MB, separate process)", mb, None, 300, 0)


def _unlock_and_paint(path: Path, kdf: Any) -> tuple[BenchBrowser, Figure]:
    """Unlock to the first page painted (``ui.benchmark``), then its raw reference: key
    derivation and the same first page on ``sqlcipher3``; the browser settled after."""
    from secledger.store.keyslots import USER as SLOT_USER
    from secledger.store.keyslots import KeySlotFile
    from secledger.ui.benchmark.browser import BenchBrowser

    browser, ms = BenchBrowser.unlock_and_paint(path, USER, PASSWORD, kdf)
    t1 = time.perf_counter()
    key = KeySlotFile.load(path / "keyslots.json").unwrap(SLOT_USER, USER, PASSWORD)
    conn = raw_connect(path, key)
    rows = raw_newest_page(conn, 0, 200)
    raw = (time.perf_counter() - t1) * 1000
    conn.close()
    browser.settle()  # let the lazy count land before measuring on
    return browser, Figure("unlock (KDF) to first page painted", ms, raw, 500, len(rows))


def _unlock_figure(path: Path, kdf: Any, repeat: int) -> Figure:
    """Unlock to the first page painted, the median of *repeat* fresh unlocks (each with
    the raw reference: key derivation and the same first page on ``sqlcipher3``)."""
    ours, raws, fig = [], [], None
    for _ in range(repeat):
        browser, fig = _unlock_and_paint(path, kdf)
        ours.append(fig.ms)
        raws.append(fig.raw_ms or 0.0)
        browser.close()
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


def _jump_to_end(browser: BenchBrowser, conn: Any, repeat: int) -> Figure:
    """Scroll to the last row until it is painted with its data (the page read by the
    worker meanwhile): median of *repeat*, each after the pages were dropped."""
    jump = browser.jump_to_end(repeat)
    raw, rows = median_of(lambda: raw_last_page(conn, 200), repeat)
    assert jump.last_id == rows[-1][0]
    return Figure("jump to the last row and paint", statistics.median(jump.ms), raw, 100,
                  len(rows))


# -- output ---------------------------------------------------------------------------------
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
