"""The ledger browser's filter × sort matrix on a big ledger:
``python -m secledger.bench matrix --ledger PATH``.

Every kind of filter the browser offers (state, level, holder, register, year, a date
range, searches of 1 to 5 characters, and pairs of them) meets the sortable columns in both
directions. For each combination it times, as the app asks for them, the first page (the
count not yet known), then — once the background work the app does for a new query is
done (the count, the position index) — the pages at ¼, ½, ¾ and the end. Each page is the
median of ``--repeat`` runs with the raw ``sqlcipher3`` query interleaved in the same run:
for the first and the last page the plain SQL a developer would write (``ORDER BY …
LIMIT``; the last page in the reverse order), for the pages inside the list the bare fetch
of the same 200 rows by id (nothing can read a page faster). The rows are checked against
the raw query. Prints one line per combination and the worst, writes everything as JSON.

    python -m secledger.bench matrix --ledger /tmp/ledger-1m --json matrix.json
    python -m secledger.bench matrix --ledger PATH --all     # every filter × every sort
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from secledger.bench.figures import Figure

USER, PASSWORD = "demo", "demo12345"
REPEAT = 5
LIMIT = 200
TARGET_MS = 30.0
POSITIONS = ("first", "1/4", "1/2", "3/4", "end")


@dataclass
class Result:
    name: str
    total: int
    count_ms: float
    index_ms: float
    ms: dict[str, float] = field(default_factory=dict)  # position -> median ms (app)
    raw_ms: dict[str, float] = field(default_factory=dict)  # position -> median ms (raw)
    same_rows: bool = True

    @property
    def worst(self) -> tuple[str, float]:
        pos = max(self.ms, key=lambda p: self.ms[p])
        return pos, self.ms[pos]


def median_pair(app: Callable[[], Any], raw: Callable[[], Any], repeat: int
                ) -> tuple[float, float, Any, Any]:
    """Median ms of *app* and of *raw*, run alternately (raw first every other round)."""
    a_times: list[float] = []
    r_times: list[float] = []
    a_out = r_out = None
    for i in range(repeat):
        order = ((app, a_times), (raw, r_times)) if i % 2 else ((raw, r_times), (app, a_times))
        for fn, times in order:
            t0 = time.perf_counter()
            out = fn()
            times.append((time.perf_counter() - t0) * 1000)
            if fn is app:
                a_out = out
            else:
                r_out = out
    return statistics.median(a_times), statistics.median(r_times), a_out, r_out


# -- the filters -------------------------------------------------------------------------
def filters(conn: Any) -> list[tuple[str, dict[str, Any]]]:
    """(name, BrowseQuery fields) of every filter kind, with values taken from the ledger."""
    from secledger.domain.enums import CarrierState, Classification, Register

    busiest, few = _holders(conn)
    year = int(conn.execute("SELECT max(year) FROM counters").fetchone()[0]) - 1
    top, in_store = frozenset({Classification.TOP_SECRET}), frozenset({CarrierState.IN_STORE})
    return [
        ("no filter", {}),
        ("在库", {"states": in_store}),
        ("领用", {"states": frozenset({CarrierState.WITH_HOLDER})}),
        ("已销毁", {"states": frozenset({CarrierState.DESTROYED})}),
        ("绝密", {"levels": top}),
        ("绝密 + 在库", {"levels": top, "states": in_store}),
        (f"holder #{busiest} (most carriers)", {"holder_id": busiest}),
        (f"holder #{few} (few carriers)", {"holder_id": few}),
        ("发文", {"register": Register.PRODUCTION}),
        (f"{year}", {"year": year}),
        (f"{year} 发文", {"year": year, "register": Register.PRODUCTION}),
        (f"{year}-03 (date range)", {"date_from": date(year, 3, 1), "date_to": date(year, 3, 31)}),
        ("search 密 (1 char)", {"text": "密"}),
        ("search 保密 (2 chars)", {"text": "保密"}),
        ("search 保密局 (3 chars)", {"text": "保密局"}),
        ("search 涉密载体管 (5 chars)", {"text": "涉密载体管"}),
        ("search 通知 + 在库", {"text": "通知", "states": in_store}),
    ]


def _holders(conn: Any) -> tuple[int, int]:
    rows = conn.execute("SELECT holder_id, count(*) AS n FROM carriers WHERE holder_id IS NOT"
                        " NULL GROUP BY holder_id ORDER BY n DESC").fetchall()
    few = next((h for h, n in rows if 20 <= n <= 2000), rows[-1][0])
    return int(rows[0][0]), int(few)


def cases(conn: Any, every: bool) -> list[tuple[str, Any]]:
    """(name, BrowseQuery): each filter with three sorts (rotating through all of them) in
    both directions, or (*every*) with every sort."""
    from secledger.services.browse.query import SORTS, BrowseQuery

    sorts = sorted(SORTS)
    out = []
    for i, (name, fields) in enumerate(filters(conn)):
        chosen = sorts if every else [sorts[(3 * i + j) % len(sorts)] for j in range(3)]
        for sort in chosen:
            for desc in (False, True):
                q = BrowseQuery(sort=sort, descending=desc, **fields)
                out.append((f"{name} · {sort} {'↓' if desc else '↑'}", q))
    return out


# -- the raw queries ------------------------------------------------------------------------
_RAW_ROW = (
    "SELECT c.id, c.document_id, c.label_id, d.reg_no, d.register, d.doc_no, d.title, d.mark,"
    " d.level, c.copy_no, c.carrier_type, c.state, c.holder_id, p.name, d.unit,"
    " c.registered_at, d.voided FROM carriers c JOIN documents d ON d.id = c.document_id"
    " LEFT JOIN people p ON p.id = c.holder_id"
)


def raw_where(q: Any) -> tuple[str, list[Any]]:
    """The plain WHERE clause of *q* (what a developer would write)."""
    from secledger.domain.search import phrase_query
    from secledger.services.browse.sql import utc_bound

    where, params = ["1"], []
    if q.text:
        where.append("d.id IN (SELECT rowid FROM doc_search WHERE doc_search MATCH ?)")
        params.append(phrase_query(q.text))
    if q.states:
        where.append(f"c.state IN ({', '.join('?' for _ in q.states)})")
        params += sorted(s.value for s in q.states)
    if q.levels:
        where.append(f"c.level_rank IN ({', '.join(str(lv.rank) for lv in q.levels)})")
    if q.holder_id is not None:
        where.append("c.holder_id = ?")
        params.append(q.holder_id)
    if q.register is not None:
        where.append("d.register = ?")
        params.append(q.register.value)
    if q.year is not None:
        where.append("c.registered_at >= ? AND c.registered_at < ?")
        params += [f"{q.year:04d}-01-01 00:00:00.000000", f"{q.year + 1:04d}-01-01 00:00:00.000000"]
    if q.date_from is not None:
        where.append("c.registered_at >= ?")
        params.append(utc_bound(q.date_from))
    if q.date_to is not None:
        where.append("c.registered_at < ?")
        params.append(utc_bound(date.fromordinal(q.date_to.toordinal() + 1)))
    return " AND ".join(where), params


def raw_order(q: Any, reverse: bool) -> str:
    from secledger.services.browse.query import SORTS

    parts = []
    for term in SORTS[q.sort]:
        desc = reverse if term.endswith("+") else q.descending != reverse
        parts.append(term.rstrip("+") + (" DESC" if desc else ""))
    return ", ".join(parts)


def raw_page(conn: Any, q: Any, reverse: bool) -> list[Any]:
    where, params = raw_where(q)
    rows: list[Any] = conn.execute(
        f"{_RAW_ROW} WHERE {where} ORDER BY {raw_order(q, reverse)} LIMIT ?",
        (*params, LIMIT)).fetchall()
    return rows[::-1] if reverse else rows


def raw_fetch(conn: Any, ids: list[int]) -> list[Any]:
    rows: list[Any] = conn.execute(
        f"{_RAW_ROW} WHERE c.id IN ({', '.join(map(str, ids))})").fetchall()
    return rows


# -- measuring ---------------------------------------------------------------------------------
def measure(led: Any, conn: Any, name: str, q: Any, repeat: int) -> Result:
    from secledger.services.browse import query as browse

    t0 = time.perf_counter()
    total = browse.count(led, q)
    count_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    index = browse.positions(led, q, total)
    index_ms = (time.perf_counter() - t0) * 1000
    res = Result(name, total, count_ms, index_ms)
    if total == 0:
        return res
    app, raw, rows, raw_rows = median_pair(lambda: browse.page(led, q, 0, LIMIT),
                                           lambda: raw_page(conn, q, False), repeat)
    res.ms["first"], res.raw_ms["first"] = app, raw
    res.same_rows &= [r.id for r in rows] == [r[0] for r in raw_rows]
    for label, pos in (("1/4", total // 4), ("1/2", total // 2), ("3/4", total * 3 // 4),
                       ("end", max(0, total - LIMIT))):
        ids = [r.id for r in browse.page(led, q, pos, LIMIT, total=total, positions=index)]
        raw_fn: Callable[[], Any] = (partial(raw_page, conn, q, True) if label == "end"
                                     else partial(raw_fetch, conn, ids))
        app, raw, rows, raw_rows = median_pair(
            partial(browse.page, led, q, pos, LIMIT, total=total, positions=index),
            raw_fn, repeat)
        res.ms[label], res.raw_ms[label] = app, raw
        if label == "end":
            res.same_rows &= [r.id for r in rows] == [r[0] for r in raw_rows]
    return res


def line(r: Result) -> str:
    cells = " / ".join(f"{r.ms[p]:.1f}" if p in r.ms else "—" for p in POSITIONS)
    raws = " / ".join(f"{r.raw_ms[p]:.1f}" if p in r.raw_ms else "—" for p in POSITIONS)
    flag = "" if r.same_rows else "  ROWS DIFFER"
    return (f"| {r.name} | {r.total:,} | {cells} | {raws} | {r.count_ms:.0f} | "
            f"{r.index_ms:.0f} |{flag}")


def run(led: Any, conn: Any, *, every: bool = False, repeat: int = REPEAT,
        only: str = "") -> list[Result]:
    out = []
    print("| combination | rows | first / ¼ / ½ / ¾ / end (ms, median) | raw (ms) | count ms"
          " | index ms |\n|---|---:|---|---|---:|---:|", flush=True)
    for name, q in cases(conn, every):
        if only and only not in name:
            continue
        r = measure(led, conn, name, q, repeat)
        out.append(r)
        print(line(r), flush=True)
    return out


def summary(results: list[Result]) -> list[Figure]:
    """The matrix in the benchmark's figures: the worst page and the median page."""
    pages = [(ms, r, p) for r in results for p, ms in r.ms.items()]
    if not pages:
        return []
    worst_ms, worst, pos = max(pages, key=lambda t: t[0])
    med = statistics.median(ms for ms, _r, _p in pages)
    raw_med = statistics.median(r.raw_ms[p] for _ms, r, p in pages)
    return [
        Figure(f"browser matrix: {len(results)} filter × sort combinations, worst page "
               f"({worst.name}, {pos})", worst_ms, worst.raw_ms.get(pos), TARGET_MS,
               worst.total),
        Figure(f"browser matrix: median page of {len(pages)}", med, raw_med, TARGET_MS,
               len(pages)),
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m secledger.bench matrix", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ledger", type=Path, required=True, help="a (big) demo ledger folder")
    ap.add_argument("--json", type=Path, default=Path("bench-results") / "matrix.json")
    ap.add_argument("--repeat", type=int, default=REPEAT, help="runs per page (median)")
    ap.add_argument("--all", action="store_true", help="every filter with every sort")
    ap.add_argument("--only", default="", help="only combinations whose name has this text")
    args = ap.parse_args(argv)
    from secledger.bench.raw import raw_connect
    from secledger.services.ledger.session import open_ledger

    led = open_ledger(args.ledger, username=USER, password=PASSWORD)
    conn = raw_connect(args.ledger, led.master_key)
    try:
        load = os.getloadavg()
        results = run(led, conn, every=args.all, repeat=args.repeat, only=args.only)
    finally:
        conn.close()
        led.close()
    figures = summary(results)
    for f in figures:
        print(f"{f.name}: {f.ms:.1f} ms (raw {f.raw_ms or 0:.1f} ms)")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({
        "cpus": os.cpu_count(), "load_before": load, "load_after": os.getloadavg(),
        "python": sys.version.split()[0], "repeat": args.repeat,
        "results": [{**r.__dict__, "worst": r.worst if r.ms else None} for r in results],
    }, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {args.json}")
    return 0 if all(f.ok is not False for f in figures) and all(r.same_rows for r in results) \
        else 1


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["Result", "cases", "filters", "main", "measure", "run", "summary"]
