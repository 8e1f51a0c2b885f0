"""The ledger browser's query layer (台账查询): filter, sort and page carriers in SQL.

Nothing here loads the whole ledger. A page is fetched in two steps: first the ids of the
page (a narrow query that usually runs on one index: ``(state, id)``, ``(level_rank, id)``,
``(registered_at, id)``, the FTS5 index …), then the display columns of just those ids.
Pages past the middle are read in the reverse order from the end, so the last page costs
what the first does. ``page(..., after=key)`` continues from a known row (keyset paging),
which is how the windowed model reads the page after (or before) one it already holds.

Search uses ``doc_search`` (one FTS5 token per character, see ``domain/search.py``): any
substring of title, 文号 or unit is a phrase query, so 1- and 2-character Chinese queries
are served by the index; with the default order the newest matches stream out of the
index in descending rowid order and the query stops after one page. A label id, 登记号
(with 份号) or registration number typed there selects its carriers by index instead
(``services/browse/numbers.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import text

from secledger.domain.copyno import format_copy_no
from secledger.domain.enums import CarrierState, CarrierType, Classification, Register
from secledger.domain.search import phrase_query
from secledger.services.browse.detail import CarrierDetail, EventRow, carrier_detail
from secledger.services.browse.numbers import is_number, number_clause
from secledger.services.ledger.session import Ledger

#: Sortable columns: key -> ORDER BY terms; the later terms make the order total. A term
#: ending in "+" is always ascending (copies of one document stay in 份号 order); the others
#: follow the chosen direction. ``newest`` is registration order, newest document first.
SORTS: dict[str, tuple[str, ...]] = {
    "newest": ("d.id", "c.copy_no+"),
    "reg_no": ("d.reg_no", "c.copy_no+"),
    "doc_no": ("d.doc_no", "d.id", "c.copy_no+"),
    "title": ("d.title", "d.id", "c.copy_no+"),
    "mark": ("c.level_rank", "c.id"),
    "copy_no": ("c.copy_no", "c.id"),
    "carrier_type": ("c.carrier_type", "c.id"),
    "state": ("c.state", "c.id"),
    "holder": ("coalesce(p.name, '')", "c.id"),
    "unit": ("d.unit", "d.id", "c.copy_no+"),
    "registered": ("c.registered_at", "c.id"),
}
SORT_SQL = {k: v[0] for k, v in SORTS.items()}
#: At or above this many matches a page is read in index order, checking the filters on
#: each row (a page costs ~limit x total/matches rows); below it the filters' indexes
#: select the rows and SQLite sorts them (a sort of at most this many rows).
ORDER_DRIVEN_MIN = 20000


@dataclass(frozen=True, slots=True)
class BrowseQuery:
    """What the browser shows: filters plus one sort column (ties broken by carrier id)."""

    text: str = ""
    levels: frozenset[Classification] = frozenset()
    states: frozenset[CarrierState] = frozenset()
    holder_id: int | None = None
    register: Register | None = None
    year: int | None = None
    date_from: date | None = None  # local calendar dates, inclusive
    date_to: date | None = None
    sort: str = "newest"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.sort not in SORT_SQL:
            raise ValueError(f"unknown sort column {self.sort!r}")


@dataclass(frozen=True, slots=True)
class CarrierRow:
    id: int
    document_id: int
    label_id: str
    reg_no: str
    register: str
    doc_no: str
    title: str
    mark: str
    level: str
    copy_no: str  # six digits
    carrier_type: str
    carrier_type_label: str
    state: str
    state_label: str
    holder_id: int | None
    holder_name: str
    unit: str
    registered_at: datetime  # aware, UTC
    voided: bool
    key: tuple[Any, ...] = field(default=(), compare=False)  # position in the sort (keyset)


# -- SQL building ---------------------------------------------------------------
@dataclass
class _Sql:
    joins: list[str] = field(default_factory=list)
    where: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)
    fts: bool = False

    def join(self, clause: str) -> None:
        if clause not in self.joins:
            self.joins.append(clause)

    def clause(self) -> str:
        return f" WHERE {' AND '.join(self.where)}" if self.where else ""


_JOIN_DOC = "JOIN documents d ON d.id = c.document_id"
_JOIN_PERSON = "LEFT JOIN people p ON p.id = c.holder_id"
_FTS_SOURCE = "doc_search s JOIN carriers c ON c.document_id = s.rowid"


def _utc_bound(day: date) -> str:
    moment = datetime.combine(day, time.min).astimezone().astimezone(UTC)
    return f"{moment:%Y-%m-%d %H:%M:%S.%f}"


def _filters(q: BrowseQuery, order_driven: bool = False) -> _Sql | None:
    """The WHERE clause of *q*; None when the search text can match nothing.

    *order_driven* writes the carrier filters as ``+col`` so that SQLite reads the rows in
    the sort index's order and checks the filters on each, instead of selecting by filter
    and sorting everything it selected.
    """
    sql = _Sql()
    u = "+" if order_driven else ""
    number = number_clause(q.text) if q.text.strip() else None
    if number is not None:  # a label, 登记号 or number: by index (services/browse/numbers)
        sql.where.append(number[0])
        sql.params.update(number[1])
    elif q.text.strip():
        match = phrase_query(q.text)
        if match is None:
            return None
        sql.params["match"] = match
        sql.fts = True
    if q.levels:
        ranks = sorted(lv.rank for lv in q.levels)
        sql.where.append(f"{u}c.level_rank IN ({', '.join(str(r) for r in ranks)})")
    if q.states:
        names = [f":st{i}" for i in range(len(q.states))]
        sql.where.append(f"{u}c.state IN ({', '.join(names)})")
        sql.params.update({f"st{i}": s.value for i, s in enumerate(sorted(q.states))})
    if q.holder_id is not None:
        sql.where.append(f"{u}c.holder_id = :holder")
        sql.params["holder"] = q.holder_id
    if q.register is not None:
        sql.join(_JOIN_DOC)
        sql.where.append(f"{u}d.register = :register")
        sql.params["register"] = q.register.value
    _date_filters(q, sql, u)
    return sql


def _date_filters(q: BrowseQuery, sql: _Sql, u: str) -> None:
    if q.year is not None:  # registration year as numbered (UTC, like documents.year)
        sql.where.append(f"{u}c.registered_at >= :y0 AND {u}c.registered_at < :y1")
        sql.params["y0"] = f"{q.year:04d}-01-01 00:00:00.000000"
        sql.params["y1"] = f"{q.year + 1:04d}-01-01 00:00:00.000000"
    if q.date_from is not None:
        sql.where.append(f"{u}c.registered_at >= :d0")
        sql.params["d0"] = _utc_bound(q.date_from)
    if q.date_to is not None:
        sql.where.append(f"{u}c.registered_at < :d1")
        sql.params["d1"] = _utc_bound(date.fromordinal(q.date_to.toordinal() + 1))


def _streams(q: BrowseQuery) -> bool:
    """True when FTS5 delivers the order itself (search, registration order).

    FTS5 only streams when the ORDER BY is its rowid alone; the copies of one document
    then come from ``ix_carriers_document`` in 份号 order. Such queries are read forwards
    only (no reverse reads from the end), since reversing would not reverse the copies.
    """
    return q.sort == "newest" and phrase_query(q.text) is not None and not is_number(q.text)


def _terms(q: BrowseQuery, sql: _Sql) -> tuple[str, ...]:
    if sql.fts and q.sort == "newest":
        return ("s.rowid", "c.copy_no+")
    return SORTS[q.sort]


def _source(q: BrowseQuery, sql: _Sql, driven: bool) -> str:
    """FROM clause. Order-driven plans fix the join order (CROSS JOIN) so that the outer
    table is read in the sort index's order and the inner one by equality."""
    terms = SORTS[q.sort]
    by_doc = terms[0].startswith("d.")
    people = _JOIN_PERSON if any("p." in t for t in terms) else ""
    if sql.fts and q.sort == "newest":  # newest matches stream out of the index
        sql.where.append("doc_search MATCH :match")
        return f"doc_search s CROSS JOIN carriers c ON c.document_id = s.rowid {_doc(sql)} {people}"
    if sql.fts:
        sql.where.append(
            "c.document_id IN (SELECT rowid FROM doc_search WHERE doc_search MATCH :match)"
        )
    join = "CROSS JOIN" if driven else "JOIN"
    if by_doc:
        return f"documents d {join} carriers c ON c.document_id = d.id {people}"
    docs = f"{join} documents d ON d.id = c.document_id" if _JOIN_DOC in sql.joins else ""
    return f"carriers c {docs} {people}"


def _doc(sql: _Sql) -> str:
    return _JOIN_DOC if _JOIN_DOC in sql.joins else ""


def _dir(term: str, desc: bool, reverse: bool) -> tuple[str, bool]:
    """(SQL expression, descending?) of one sort term; *reverse* reads from the end."""
    if term.endswith("+"):
        return term[:-1], reverse
    return term, desc != reverse


def _order(terms: tuple[str, ...], desc: bool, reverse: bool) -> str:
    parts = [_dir(t, desc, reverse) for t in terms]
    return ", ".join(e + (" DESC" if d else "") for e, d in parts)


def _keyset(
    terms: tuple[str, ...], sql: _Sql, key: tuple[Any, ...], desc: bool, reverse: bool
) -> None:
    """Rows strictly after *key* in the order of *terms* (directions as in ``_order``)."""
    parts = [_dir(t, desc, reverse) for t in terms]
    sql.params.update({f"k{i}": v for i, v in enumerate(key)})
    first, first_desc = parts[0]
    # the first term alone lets SQLite seek the sort index; the rest makes it exact
    sql.where.append(f"{first} {'<=' if first_desc else '>='} :k0")
    ors = []
    for i, (expr, d) in enumerate(parts):
        eq = [f"{parts[j][0]} = :k{j}" for j in range(i)]
        ors.append("(" + " AND ".join([*eq, f"{expr} {'<' if d else '>'} :k{i}"]) + ")")
    sql.where.append("(" + " OR ".join(ors) + ")")


# -- public API -----------------------------------------------------------------
def count(led: Ledger, q: BrowseQuery) -> int:
    """Number of carriers *q* selects (one SQL count; callers cache it per query)."""
    sql = _filters(q)
    if sql is None:
        return 0
    if sql.fts:
        sql.where.append("doc_search MATCH :match")
        src = f"{_FTS_SOURCE} {' '.join(sql.joins)}"
    else:
        src = f"carriers c {' '.join(sql.joins)}"
    with led.db.read() as s:
        stmt = text(f"SELECT count(*) FROM {src}{sql.clause()}")
        return int(s.execute(stmt, sql.params).scalar_one())


def page(
    led: Ledger,
    q: BrowseQuery,
    offset: int,
    limit: int,
    *,
    total: int | None = None,
    after: tuple[Any, ...] | None = None,
    before: tuple[Any, ...] | None = None,
    anchors: Anchors | None = None,
) -> list[CarrierRow]:
    """Rows ``offset .. offset+limit`` of *q* in its order.

    *total* is the query's count (from ``count``): pages past the middle are then read
    backwards from the end, and the plan is chosen by how many rows match. With *after*
    (the ``key`` of the row just before ``offset``) or *before* (the ``key`` of the row at
    ``offset + limit``) the page is read by keyset from that row, whatever the offset.
    With *anchors* (from ``anchors``) a page anywhere is read by keyset from the nearest
    anchor before it, skipping fewer than ``anchors.every`` rows.
    """
    if limit <= 0 or offset < 0:
        return []
    # a number selects few rows by index: never read the whole ledger in sort order for them
    driven = (total is None or total >= ORDER_DRIVEN_MIN) and not is_number(q.text)
    if after is not None:
        return _fetch(led, q, 0, limit, reverse=False, anchor=after, driven=driven)
    if _streams(q):
        return _fetch(led, q, offset, limit, reverse=False, anchor=None, driven=driven)
    if before is not None:
        return _fetch(led, q, 0, limit, reverse=True, anchor=before, driven=driven)[::-1]
    if anchors is not None and anchors.query == q and offset >= anchors.every:
        i = min(offset // anchors.every, len(anchors.keys))
        if i > 0:
            return _fetch(led, q, offset - i * anchors.every, limit, reverse=False,
                          anchor=anchors.keys[i - 1], driven=driven)
    if total is not None and offset > total // 2:
        end = min(total, offset + limit)
        if end <= offset:
            return []
        rows = _fetch(led, q, total - end, end - offset, reverse=True, anchor=None,
                      driven=driven)
        return rows[::-1]
    return _fetch(led, q, offset, limit, reverse=False, anchor=None, driven=driven)


@dataclass(frozen=True, slots=True)
class Anchors:
    """Keys of every ``every``-th row of *query* (rows every-1, 2*every-1, …)."""

    query: BrowseQuery
    every: int
    keys: tuple[tuple[Any, ...], ...]


def anchors(led: Ledger, q: BrowseQuery, total: int, every: int = 1000) -> Anchors:
    """One scan of *q* in its order, keeping each ``every``-th key (SQL window function).

    Costs about one count; afterwards ``page(..., anchors=…)`` reads any page, the middle
    of a million rows included, by keyset. Run it off the GUI thread.
    """
    sql = _filters(q, order_driven=total >= ORDER_DRIVEN_MIN)
    if sql is None or total < every:
        return Anchors(q, every, ())
    src = _source(q, sql, total >= ORDER_DRIVEN_MIN)
    terms = _terms(q, sql)
    cols = [_dir(t, False, False)[0] for t in terms]
    names = ", ".join(f"k{i}" for i in range(len(cols)))
    order = _order(terms[:1] if _streams(q) else terms, q.descending, False)
    stmt = (f"SELECT {names} FROM (SELECT {', '.join(f'{c} AS k{i}' for i, c in enumerate(cols))},"
            f" row_number() OVER (ORDER BY {order}) AS rn FROM {src}{sql.clause()})"
            f" WHERE rn % :every = 0 ORDER BY rn")
    with led.db.read() as s:
        rows = s.execute(text(stmt), {**sql.params, "every": every})
        return Anchors(q, every, tuple(tuple(r) for r in rows))


def page_ids(
    led: Ledger, q: BrowseQuery, offset: int, limit: int, *, reverse: bool = False,
    anchor: tuple[Any, ...] | None = None, driven: bool = True,
) -> list[tuple[int, tuple[Any, ...]]]:
    """(carrier id, sort key) of one page: the narrow first step of ``page``."""
    sql = _filters(q, order_driven=driven)
    if sql is None:
        return []
    src = _source(q, sql, driven)
    terms = _terms(q, sql)
    if anchor is not None:
        _keyset(terms, sql, anchor, q.descending, reverse)
    cols = ", ".join(_dir(t, False, False)[0] for t in terms)
    stmt = (f"SELECT c.id, {cols} FROM {src}{sql.clause()} "
            f"ORDER BY {_order(terms[:1] if _streams(q) else terms, q.descending, reverse)} LIMIT :lim OFFSET :off")
    params = {**sql.params, "lim": limit, "off": offset}
    with led.db.read() as s:
        return [(int(r[0]), tuple(r[1:])) for r in s.execute(text(stmt), params)]


_ROW_SQL = (
    "SELECT c.id, c.document_id, c.label_id, d.reg_no, d.register, d.doc_no, d.title, d.mark,"
    " d.level, c.copy_no, c.carrier_type, c.state, c.holder_id, p.name, d.unit,"
    " c.registered_at, d.voided FROM carriers c JOIN documents d ON d.id = c.document_id"
    " LEFT JOIN people p ON p.id = c.holder_id WHERE c.id IN ({ids})"
)


def _fetch(
    led: Ledger, q: BrowseQuery, offset: int, limit: int, *, reverse: bool,
    anchor: tuple[Any, ...] | None, driven: bool,
) -> list[CarrierRow]:
    keys = page_ids(led, q, offset, limit, reverse=reverse, anchor=anchor, driven=driven)
    if not keys:
        return []
    ids = ", ".join(str(k[0]) for k in keys)
    with led.db.read() as s:
        found = {int(r[0]): r for r in s.execute(text(_ROW_SQL.format(ids=ids)))}
    return [_row(found[cid], key) for cid, key in keys if cid in found]


def _parse_ts(value: Any) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _label(enum: Any, value: str) -> str:
    try:
        return str(enum(value).label)
    except ValueError:
        return value


def _row(r: Any, key: tuple[Any, ...]) -> CarrierRow:
    state = str(r[11])
    return CarrierRow(
        id=int(r[0]), document_id=int(r[1]), label_id=str(r[2]), reg_no=str(r[3]),
        register=str(r[4]), doc_no=str(r[5] or ""), title=str(r[6]), mark=str(r[7]),
        level=str(r[8]), copy_no=format_copy_no(int(r[9])), carrier_type=str(r[10]),
        carrier_type_label=_label(CarrierType, str(r[10])), state=state,
        state_label=_label(CarrierState, state), holder_id=r[12], holder_name=str(r[13] or ""),
        unit=str(r[14] or ""), registered_at=_parse_ts(r[15]),
        voided=bool(r[16]) or state == CarrierState.VOIDED.value, key=key,
    )


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
    "Anchors",
    "BrowseQuery",
    "CarrierDetail",
    "CarrierRow",
    "EventRow",
    "anchors",
    "carrier_detail",
    "count",
    "find_by_label",
    "holders",
    "page",
    "page_ids",
    "years",
]
