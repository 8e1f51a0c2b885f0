"""The ledger browser's query layer (台账查询): filter, sort and page carriers in SQL.

Nothing here loads the whole ledger. A page is fetched in two steps: first the ids of the
page (a narrow query that runs on one index: the sort's index read in order with the
filters checked on each row, or the filters' indexes with a sort of the few rows they
select — ``services/browse/sql.py`` writes both plans), then the display columns of just
those ids. The plan follows the count when it is known; before that both plans race, each
on its own connection (SQLite leaves Python's lock while it reads), and the first to finish
stops the other: a page costs what the better plan costs, whatever the data. Pages
past the middle are read in the reverse order from the end, so the last page costs what
the first does. ``page(..., after=key)`` continues from a known row (keyset paging), which
is how the windowed model reads the page after (or before) one it already holds;
``positions`` reads every id of a query in its order once (in the background), after which
any page is a slice of them.

Search uses ``doc_search`` (one FTS5 token per character, see ``domain/search.py``): any
substring of title, 文号 or unit is a phrase query, so 1- and 2-character Chinese queries
are served by the index; with the default order the newest matches stream out of the
index in descending rowid order and the query stops after one page. A label id, 登记号
(with 份号) or registration number typed there selects its carriers by index instead
(``services/browse/numbers.py``).
"""

from __future__ import annotations

import contextlib
import threading
from array import array
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from secledger.services.browse.criteria import SORTS as SORTS
from secledger.services.browse.criteria import BrowseQuery as BrowseQuery
from secledger.services.browse.detail import CarrierDetail, EventRow, carrier_detail
from secledger.services.browse.numbers import is_number
from secledger.services.browse.rows import CarrierRow, rows_of
from secledger.services.browse.sql import (
    FTS_SOURCE,
    Arm,
    Sql,
    arms,
    direction,
    filters,
    has_filters,
    keyset,
    keyset_params,
    order,
    streams,
    terms,
    utc_bound,
)
from secledger.services.ledger.session import Ledger
from secledger.store.dialect import driver_connection

SORT_SQL = {k: v[0] for k, v in SORTS.items()}
#: At or above this many matches a page is read in index order, checking the filters on
#: each row (a page costs ~limit x total/matches rows); below it the filters' indexes
#: select the rows and SQLite sorts them (a sort of at most this many rows). Before the
#: count is known both plans race (``_race``).
ORDER_DRIVEN_MIN = 20000
#: the threads that run the filter-driven plan of a race (the caller's thread runs the
#: order-driven one); a race waits for both before it returns
_RACERS = ThreadPoolExecutor(4, thread_name_prefix="browse-plan")
#: seconds the order-driven plan runs alone before the filter-driven one joins the race: most
#: pages take less, and then the second plan never starts (no second core taken)
HEAD_START = 0.004


# -- public API -----------------------------------------------------------------
def count(led: Ledger, q: BrowseQuery) -> int:
    """Number of carriers *q* selects (one SQL count; callers cache it per query)."""
    found = _count_sql(q)
    if found is None:
        return 0
    with led.db.scanning() as conn:
        return int(conn.execute(f"SELECT count(*) FROM ({found[0]})", found[1]).fetchone()[0])


def _count_sql(q: BrowseQuery) -> tuple[str, dict[str, Any]] | None:
    """``SELECT 1`` per carrier *q* selects, by the filters' indexes (None: nothing)."""
    sql = filters(q)
    if sql is None:
        return None
    if sql.fts:
        sql.where.append("doc_search MATCH :match")
        src = f"{FTS_SOURCE} {' '.join(sql.joins)}"
    else:
        src = f"carriers c {' '.join(sql.joins)}"
    return f"SELECT 1 FROM {src}{sql.clause()}", sql.params


@dataclass(frozen=True, slots=True)
class Positions:
    """The carrier ids of *query* in its order: any page is a slice of them."""

    query: BrowseQuery
    ids: array[int]

    def __len__(self) -> int:
        return len(self.ids)


def page(
    led: Ledger,
    q: BrowseQuery,
    offset: int,
    limit: int,
    *,
    total: int | None = None,
    after: tuple[Any, ...] | None = None,
    before: tuple[Any, ...] | None = None,
    positions: Positions | None = None,
) -> list[CarrierRow]:
    """Rows ``offset .. offset+limit`` of *q* in its order.

    *total* is the query's count (from ``count``): pages past the middle are then read
    backwards from the end, and the plan is chosen by how many rows match (without it the
    plans race). With *after* (the ``key`` of the
    row just before ``offset``) or *before* (the ``key`` of the row at ``offset + limit``)
    the page is read by keyset from that row, whatever the offset. With *positions* (from
    ``positions``) a page anywhere is a slice of the known ids.
    """
    if limit <= 0 or offset < 0:
        return []
    if positions is not None and positions.query == q:
        return rows_of(led, q, list(positions.ids[offset:offset + limit]))
    driven = _plan(q, total)
    if after is not None:
        return _fetch(led, q, 0, limit, reverse=False, anchor=after, driven=driven)
    if streams(q):
        return _fetch(led, q, offset, limit, reverse=False, anchor=None, driven=driven)
    if before is not None:
        return _fetch(led, q, 0, limit, reverse=True, anchor=before, driven=driven)[::-1]
    if total is not None and offset > total // 2:
        end = min(total, offset + limit)
        if end <= offset:
            return []
        rows = _fetch(led, q, total - end, end - offset, reverse=True, anchor=None,
                      driven=driven)
        return rows[::-1]
    return _fetch(led, q, offset, limit, reverse=False, anchor=None, driven=driven)


def _plan(q: BrowseQuery, total: int | None) -> bool | None:
    """Order-driven (True), filter-driven (False) or to be tried (None)."""
    if is_number(q.text):  # a number selects few rows by index
        return False
    if not has_filters(q):
        return True
    return None if total is None else total >= ORDER_DRIVEN_MIN


def positions(led: Ledger, q: BrowseQuery, total: int | None = None) -> Positions:
    """Every carrier id of *q* in its order, read once off the GUI thread (about the cost
    of a count); afterwards ``page(..., positions=…)`` reads any page, the middle of a
    million rows included, as a slice of them."""
    n = count(led, q) if total is None else total
    sql = filters(q, order_driven=_plan(q, n) is not False)
    ids: array[int] = array("q")
    if sql is None or n == 0:
        return Positions(q, ids)
    driven = _plan(q, n) is not False
    with led.db.scanning() as conn:
        cur = conn.cursor()
        cur.execute("BEGIN")  # the arms read one snapshot
        for arm in _ordered_arms(q, sql, driven, reverse=False):
            by = _arm_order(q, arm, reverse=False, driven=driven, server=led.server is not None)
            stmt = f"SELECT c.id FROM {arm.source}{sql.clause(arm.where)} ORDER BY {by}"
            cur.execute(stmt, sql.params)
            while chunk := cur.fetchmany(50_000):
                ids.extend(r[0] for r in chunk)
    return Positions(q, ids)


def page_ids(
    led: Ledger, q: BrowseQuery, offset: int, limit: int, *, reverse: bool = False,
    anchor: tuple[Any, ...] | None = None, driven: bool | None = True,
) -> list[tuple[int, tuple[Any, ...]]]:
    """(carrier id, sort key) of one page: the narrow first step of ``page``. With
    *driven* None (the count is not known yet) both plans race (``_race``)."""
    with led.db.read() as s:
        conn = _raw(s)
        if driven is None:
            if hasattr(conn, "set_progress_handler"):
                return _race(led, conn, q, offset, limit, reverse, anchor)
            driven = True  # a server plans by its own statistics: one statement
        return _ids(conn, q, offset, limit, reverse, anchor, driven, server=led.server is not None)


def _race(led: Ledger, conn: Any, q: BrowseQuery, offset: int, limit: int, reverse: bool,
          anchor: tuple[Any, ...] | None) -> list[tuple[int, tuple[Any, ...]]]:
    """The page by whichever plan finishes first: the order-driven one here, the
    filter-driven one on another connection in ``_RACERS``; each stops when the other is
    done (SQLite's progress handler, every 1,000 steps). Returns after both have stopped,
    so no read outlives the call."""
    won = threading.Event()

    def by_filters() -> list[tuple[int, tuple[Any, ...]]]:
        if won.wait(HEAD_START):
            raise _Stopped
        with led.db.read() as s:
            return _ids(_raw(s), q, offset, limit, reverse, anchor, False, stop=won.is_set)

    other = _RACERS.submit(by_filters)
    try:
        return _ids(conn, q, offset, limit, reverse, anchor, True, stop=other.done)
    except _Stopped:
        if other.exception() is None:
            return other.result()
        # the other plan failed: this one, to its end
        return _ids(conn, q, offset, limit, reverse, anchor, True)
    finally:
        won.set()
        with contextlib.suppress(Exception):  # wait for the loser (stopped, or its error)
            other.result()


class _Stopped(Exception):
    """A plan stopped because the other plan of a race finished first."""


def _raw(session: Any) -> Any:
    return driver_connection(session)


def _ordered_arms(q: BrowseQuery, sql: Sql, driven: bool, *, reverse: bool) -> list[Arm]:
    parts = arms(q, sql, driven)
    first_desc = direction(terms(q, sql)[0], q.descending, reverse)[1]
    return parts[::-1] if first_desc else parts


def _arm_order(q: BrowseQuery, arm: Arm, *, reverse: bool, driven: bool,
               server: bool = False) -> str:
    """ORDER BY of an arm. A search in registration order is ordered by the document alone
    on SQLite, so that FTS5 streams it (the copies follow from ``ix_carriers_document``); a
    server orders by every term."""
    if streams(q) and not server:
        return order(arm.terms[:1], q.descending, reverse)
    return order(arm.sort_by or arm.terms, q.descending, reverse, sorted_here=not driven)


def _ids(conn: Any, q: BrowseQuery, offset: int, limit: int, reverse: bool,
         anchor: tuple[Any, ...] | None, driven: bool,
         stop: Callable[[], bool] | None = None, *, server: bool = False,
         ) -> list[tuple[int, tuple[Any, ...]]]:
    sql = filters(q, order_driven=driven)
    if sql is None:
        return []
    out: list[tuple[int, tuple[Any, ...]]] = []
    stopped = [False]

    def over() -> int:
        stopped[0] = bool(stop and stop())
        return int(stopped[0])

    if stop is not None:
        if stop():
            raise _Stopped
        conn.set_progress_handler(over, 1000)
    try:
        for arm in _ordered_arms(q, sql, driven, reverse=reverse):
            if len(out) >= limit:
                break
            stmt, src, params = _arm_statement(q, sql, arm, reverse, anchor, driven, server)
            rows = conn.execute(stmt, {**params, "lim": limit - len(out), "off": offset})
            found = [(int(r[0]), tuple(r[1:])) for r in rows]
            if not found and offset:  # this arm ended before the offset: skip what it had
                offset -= int(conn.execute(f"SELECT count(*) {src}", params).fetchone()[0])
                offset = max(offset, 0)
            elif found:
                offset = 0
            out += found
    except Exception as exc:
        if stopped[0]:
            raise _Stopped from exc
        raise
    finally:
        if stop is not None:
            conn.set_progress_handler(None, 1000)
    return out


def _arm_statement(q: BrowseQuery, sql: Sql, arm: Arm, reverse: bool,
                   anchor: tuple[Any, ...] | None, driven: bool, server: bool = False,
                   ) -> tuple[str, str, dict[str, Any]]:
    """(page statement with ``:lim``/``:off``, its FROM … WHERE part, parameters)."""
    where, params = list(arm.where), dict(sql.params)
    if anchor is not None:
        where += keyset(arm.terms, anchor, q.descending, reverse)
        params.update(keyset_params(anchor))
    src = f"FROM {arm.source}{sql.clause(tuple(where))}"
    cols = ", ".join(direction(t, False, False)[0] for t in arm.terms)
    stmt = (f"SELECT c.id, {cols} {src}"
            f" ORDER BY {_arm_order(q, arm, reverse=reverse, driven=driven, server=server)}"
            " LIMIT :lim OFFSET :off")
    return stmt, src, params


def explain(led: Ledger, q: BrowseQuery, *, driven: bool, reverse: bool = False,
            anchor: tuple[Any, ...] | None = None) -> list[list[str]]:
    """SQLite's plan (``EXPLAIN QUERY PLAN`` details) of each arm of a page of *q* read by
    the order-driven or the filter-driven plan: what the tests check index use with."""
    sql = filters(q, order_driven=driven)
    if sql is None:
        return []
    out = []
    with led.db.read() as s:
        conn = _raw(s)
        for arm in _ordered_arms(q, sql, driven, reverse=reverse):
            stmt, _src, params = _arm_statement(q, sql, arm, reverse, anchor, driven)
            rows = conn.execute(f"EXPLAIN QUERY PLAN {stmt}", {**params, "lim": 1, "off": 0})
            out.append([str(r[3]) for r in rows])
    return out


def _fetch(
    led: Ledger, q: BrowseQuery, offset: int, limit: int, *, reverse: bool,
    anchor: tuple[Any, ...] | None, driven: bool | None,
) -> list[CarrierRow]:
    keys = page_ids(led, q, offset, limit, reverse=reverse, anchor=anchor, driven=driven)
    return rows_of(led, q, [k[0] for k in keys], [k[1] for k in keys])


def find_by_label(led: Ledger, label_id: str) -> int | None:
    """Carrier id for a scanned label code (case and spaces ignored), or None."""
    code = "".join(label_id.split()).upper()
    if not code:
        return None
    with led.db.read() as s:
        found = s.execute(text("SELECT id FROM carriers WHERE label_id = :c"), {"c": code}).first()
    return int(found[0]) if found else None


def holders(led: Ledger) -> list[tuple[int, str]]:
    """(person id, name) of everyone who holds at least one carrier, for the filter."""
    with led.db.read() as s:
        rows = s.execute(text(
            "SELECT p.id, p.name FROM people p WHERE EXISTS "
            "(SELECT 1 FROM carriers c WHERE c.holder_id = p.id) ORDER BY p.name, p.id"
        ))
        return [(int(r[0]), str(r[1])) for r in rows]


def years(led: Ledger) -> list[int]:
    """Registration years present in the ledger, newest first."""
    with led.db.read() as s:
        # the numbering counters hold one row per register and year: no scan of documents
        rows = s.execute(text("SELECT DISTINCT year FROM counters ORDER BY year DESC"))
        return [int(r[0]) for r in rows]


__all__ = [
    "SORTS",
    "SORT_SQL",
    "BrowseQuery",
    "CarrierDetail",
    "CarrierRow",
    "EventRow",
    "Positions",
    "carrier_detail",
    "count",
    "explain",
    "find_by_label",
    "holders",
    "page",
    "page_ids",
    "positions",
    "rows_of",
    "utc_bound",
    "years",
]
