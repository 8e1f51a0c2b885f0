"""The SQL of the ledger browser's pages (``services/browse/query.py``): the WHERE clause of
the filters, the sort orders, the two plans and the keyset conditions.

A page is read by one of two plans. *Order-driven*: the rows are read in the order of the
sort's index and each is checked against the filters (``+col`` keeps SQLite from using a
filter's index instead), so a page costs about ``limit × rows / matches`` rows — right when
many rows match. *Filter-driven*: the filters' indexes select the rows and SQLite sorts
them — right when few match. A filter on the sort's own column (a year or date range with
the sort by registration, a level with the sort by 密级, a state with the sort by state) is a
range of the sort's index in both plans.

Sorting by holder is sorting by the holder's name; no index of the carriers holds names, so
the order-driven plan reads it in two arms, each in index order: the carriers nobody holds
(an empty name; ``ix_carriers_holder_state`` with ``holder_id IS NULL``) and, person by person
in name order (``ix_people_name``), the carriers each holds (``ix_carriers_holder_state``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from secledger.domain.enums import format_reg_no
from secledger.domain.search import phrase_query
from secledger.services.browse.criteria import SORTS, BrowseQuery
from secledger.services.browse.numbers import is_number, number_clause

#: the carrier column a sort reads in index order (its filter is a range of that index)
_LEAD = {"mark": "c.level_rank", "state": "c.state", "registered": "c.registered_at"}
#: sorts of the documents with an index led by the register (ix_documents_register_*):
#: their key is written differently in each register, so the register filter is a range
_BY_REGISTER = frozenset({"reg_no", "doc_no", "unit"})
#: sorts of the documents with an index led by the year (ix_documents_year_*): a year's
#: documents in their order are a range (titles and 文号 often begin with a year, so in the
#: plain index a year's documents lie in one stretch that a read in order would reach late)
_BY_YEAR = frozenset({"reg_no", "doc_no", "unit", "title"})
#: the holder sort's arms in ascending order: (source, condition, terms, sorted by)
_HOLDER_ARMS = (
    ("carriers c", "c.holder_id IS NULL", ("''", "coalesce(c.holder_id, 0)", "c.id"),
     ("c.id",)),
    ("people p CROSS JOIN carriers c ON c.holder_id = p.id", "", ("p.name", "p.id", "c.id"),
     ()),
)

JOIN_DOC = "JOIN documents d ON d.id = c.document_id"
JOIN_PERSON = "LEFT JOIN people p ON p.id = c.holder_id"
FTS_SOURCE = "doc_search s JOIN carriers c ON c.document_id = s.rowid"
#: the documents a search matches, as a set SQLite builds once per statement
_FTS_SET = "{col} IN (SELECT rowid FROM doc_search WHERE doc_search MATCH :match)"


@dataclass
class Sql:
    joins: list[str] = field(default_factory=list)
    where: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)
    fts: bool = False

    def join(self, clause: str) -> None:
        if clause not in self.joins:
            self.joins.append(clause)

    def clause(self, extra: tuple[str, ...] = ()) -> str:
        parts = [*self.where, *(e for e in extra if e)]
        return f" WHERE {' AND '.join(parts)}" if parts else ""


@dataclass(frozen=True, slots=True)
class Arm:
    """One ordered part of a plan: its FROM clause, its own condition, its sort terms."""

    source: str
    where: tuple[str, ...]
    terms: tuple[str, ...]
    #: the terms it is sorted by, when its first terms are constant in it
    sort_by: tuple[str, ...] = ()


def utc_bound(day: date) -> str:
    moment = datetime.combine(day, time.min).astimezone().astimezone(UTC)
    return f"{moment:%Y-%m-%d %H:%M:%S.%f}"


def has_filters(q: BrowseQuery) -> bool:
    return bool(q.text.strip() or q.levels or q.states or q.holder_id is not None
                or q.register is not None or q.year is not None or q.date_from is not None
                or q.date_to is not None)


def filters(q: BrowseQuery, order_driven: bool = False) -> Sql | None:
    """The WHERE clause of *q*; None when the search text can match nothing.

    *order_driven* writes the carrier filters as ``+col`` (but not one on the column the
    sort reads in index order) so that SQLite reads the rows in the sort index's order and
    checks the filters on each, instead of selecting by filter and sorting the selection.
    """
    sql = Sql()
    lead = {_LEAD.get(q.sort, "")}
    if q.sort == "holder":  # each arm reads ix_carriers_holder_state: holder (and state)
        lead |= {"c.holder_id"} | ({"c.state"} if len(q.states) == 1 else set())
    if q.sort == "state" and q.holder_id is not None:  # one holder's carriers by state
        lead.add("c.holder_id")  # are a range of ix_carriers_holder_state

    def u(column: str) -> str:
        return "+" if order_driven and column not in lead else ""

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
        sql.where.append(f"{u('c.level_rank')}c.level_rank IN ({', '.join(map(str, ranks))})")
    if q.states:
        names = [f":st{i}" for i in range(len(q.states))]
        sql.where.append(f"{u('c.state')}c.state IN ({', '.join(names)})")
        sql.params.update({f"st{i}": s.value for i, s in enumerate(sorted(q.states))})
    if q.holder_id is not None:
        sql.where.append(f"{u('c.holder_id')}c.holder_id = :holder")
        sql.params["holder"] = q.holder_id
    if q.register is not None:
        sql.where.append(_register(q, order_driven, sql))
        sql.params["register"] = q.register.value
    _date_filters(q, sql, u("c.registered_at"), order_driven)
    if order_driven and q.sort == "newest" and not sql.fts:
        sql.where.extend(_registered_ids(sql))
    return sql


def _register(q: BrowseQuery, order_driven: bool, sql: Sql) -> str:
    """The register filter: on the documents read in order, or looked up per carrier read
    in order (a join would let SQLite build a Bloom filter over every document first), or
    on the documents joined to the carriers the other filters select."""
    if not order_driven:
        sql.join(JOIN_DOC)
        return "d.register = :register"
    if q.sort in _BY_REGISTER and not _year_ordered(q):
        return "d.register = :register"
    if _documents_read(q, sql):
        return "+d.register = :register"
    return "(SELECT register FROM documents WHERE id = c.document_id) = :register"


def _documents_read(q: BrowseQuery, sql: Sql) -> bool:
    """Whether the order-driven plan reads the documents (``d``) before the carriers."""
    return SORTS[q.sort][0].startswith("d.") and not (sql.fts and q.sort == "newest")


def _year_ordered(q: BrowseQuery) -> bool:
    return q.year is not None and q.sort in _BY_YEAR


def _date_filters(q: BrowseQuery, sql: Sql, u: str, order_driven: bool) -> None:
    if q.year is not None:
        _year(q, sql, u, order_driven)
    if q.date_from is not None:
        sql.where.append(f"{u}c.registered_at >= :d0")
        sql.params["d0"] = utc_bound(q.date_from)
    if q.date_to is not None:
        sql.where.append(f"{u}c.registered_at < :d1")
        sql.params["d1"] = utc_bound(date.fromordinal(q.date_to.toordinal() + 1))


def _year(q: BrowseQuery, sql: Sql, u: str, order_driven: bool) -> None:
    """A year is the documents numbered in it (``documents.year``: the year of the 登记号,
    in the ledger's time zone). Their carriers' registration lies within the year's UTC
    bounds widened by a day on each side, checked first (it is in the carriers row, and a
    range of ``ix_carriers_registered``); the year itself is checked on the document, which
    a carrier read in order looks up only within a day of the year's ends (no time zone is a
    day from UTC)."""
    assert q.year is not None
    sql.params["year"] = q.year
    if not order_driven:  # the year's documents (ix_documents_*_year) and their carriers
        sql.join(JOIN_DOC)
        sql.where.append("d.year = :year")
        return
    sql.where.append(f"{u}c.registered_at >= :y0 AND {u}c.registered_at < :y1")
    sql.params["y0"] = f"{q.year - 1:04d}-12-31 00:00:00.000000"
    sql.params["y1"] = f"{q.year + 1:04d}-01-02 00:00:00.000000"
    if _year_ordered(q):  # a range of ix_documents_year_<sort>
        sql.where.append("d.year = :year")
        if q.sort == "reg_no" and q.register is not None:  # the register's 登记号 prefix
            prefix = format_reg_no(q.register, q.year, 0).rsplit("-", 1)[0]
            sql.where.append("d.reg_no >= :rp0 AND d.reg_no < :rp1")
            sql.params.update(rp0=f"{prefix}-", rp1=f"{prefix}.")  # '.' follows '-'
    elif _documents_read(q, sql):
        sql.where.append("+d.year = :year")
    else:  # strictly inside the year's UTC bounds by a day, the year is certain
        sql.where.append(f"({u}c.registered_at >= :y0i AND {u}c.registered_at < :y1i OR"
                         " (SELECT year FROM documents WHERE id = c.document_id) = :year)")
        sql.params["y0i"] = f"{q.year:04d}-01-02 00:00:00.000000"
        sql.params["y1i"] = f"{q.year:04d}-12-31 00:00:00.000000"


#: the year and date filters' bounds on ``received_at``: (parameter, operator)
_BOUNDS = (("y0", ">="), ("y1", "<"), ("d0", ">="), ("d1", "<"))


def _registered_ids(sql: Sql) -> tuple[str, ...]:
    """A year or date range in registration order (newest): the documents registered in it
    are a range of ids. A carrier is registered with its document's ``received_at`` (a
    copy with its original's), so the range's first and last document ids, read from
    ``ix_documents_received``, bound the carriers' documents exactly; the order-driven
    read starts at them instead of passing every document registered after (or before)."""
    bounds = [f"received_at {op} :{name}" for name, op in _BOUNDS if name in sql.params]
    if not bounds:
        return ()
    src = f"documents INDEXED BY ix_documents_received WHERE {' AND '.join(bounds)}"
    return f"d.id >= (SELECT min(id) FROM {src})", f"d.id <= (SELECT max(id) FROM {src})"


def streams(q: BrowseQuery) -> bool:
    """True when FTS5 delivers the order itself (search, registration order).

    FTS5 only streams when the ORDER BY is its rowid alone; the copies of one document
    then come from ``ix_carriers_document`` in 份号 order. Such queries are read forwards
    only (no reverse reads from the end), since reversing would not reverse the copies.
    """
    return q.sort == "newest" and phrase_query(q.text) is not None and not is_number(q.text)


def terms(q: BrowseQuery, sql: Sql) -> tuple[str, ...]:
    if sql.fts and q.sort == "newest":
        return ("s.rowid", "c.copy_no+", "c.id+")
    return SORTS[q.sort]


def key_terms(q: BrowseQuery) -> tuple[str, ...]:
    """The sort key's expressions over ``carriers c``, ``documents d`` and ``people p``
    (what ``page_ids`` returns as a row's key, whatever the plan)."""
    return tuple("d.id" if t == "s.rowid" else t.rstrip("+") for t in SORTS[q.sort])


def arms(q: BrowseQuery, sql: Sql, driven: bool) -> list[Arm]:
    """The plan's arms in the order of an ascending read (usually one). Order-driven plans
    fix the join order (CROSS JOIN) so that the outer table is read in the sort index's
    order and the inner one by equality."""
    sort_terms = terms(q, sql)
    people = JOIN_PERSON if any("p." in t for t in sort_terms) else ""
    doc = JOIN_DOC if JOIN_DOC in sql.joins else ""
    if sql.fts and q.sort == "newest":  # newest matches stream out of the index
        src = f"doc_search s CROSS JOIN carriers c ON c.document_id = s.rowid {doc} {people}"
        return [Arm(src, ("doc_search MATCH :match",), sort_terms)]
    fts: tuple[str, ...] = ()
    if sql.fts:  # the matches as a set: each row checked against it, or (filter-driven)
        # the carriers of each match read by ix_carriers_document and sorted
        by_doc = sort_terms[0].startswith("d.")
        fts = (_FTS_SET.format(col=("+d.id" if by_doc else "+c.document_id") if driven
                               else "c.document_id"),)
    if driven and q.sort == "holder":
        return [Arm(f"{src} {doc}".strip(), (*fts, cond), arm_terms, sort_by)
                for src, cond, arm_terms, sort_by in _HOLDER_ARMS]
    join = "CROSS JOIN" if driven else "JOIN"
    if sort_terms[0].startswith("d."):
        return [Arm(f"documents d {join} carriers c ON c.document_id = d.id {people}", fts,
                    sort_terms)]
    docs = f"{join} documents d ON d.id = c.document_id" if doc else ""
    return [Arm(f"carriers c {docs} {people}", fts, sort_terms)]


def direction(term: str, desc: bool, reverse: bool) -> tuple[str, bool]:
    """(SQL expression, descending?) of one sort term; *reverse* reads from the end."""
    if term.endswith("+"):
        return term[:-1], reverse
    return term, desc != reverse


def order(sort_terms: tuple[str, ...], desc: bool, reverse: bool, *,
          sorted_here: bool = False) -> str:
    """ORDER BY terms; *sorted_here* writes columns as ``+col`` so that SQLite sorts what
    the filters' indexes selected rather than reading a sort index (filter-driven plan)."""
    parts = [direction(t, desc, reverse) for t in sort_terms]
    plus = "+" if sorted_here else ""
    return ", ".join((plus + e if e[:2] in ("c.", "d.") else e) + (" DESC" if d else "")
                     for e, d in parts)


def keyset(sort_terms: tuple[str, ...], key: tuple[Any, ...], desc: bool,
           reverse: bool) -> tuple[str, ...]:
    """Conditions for the rows strictly after *key* in the order of *sort_terms*
    (directions as in ``order``); parameters ``:k0``, ``:k1`` … (``keyset_params``)."""
    parts = [direction(t, desc, reverse) for t in sort_terms]
    first, first_desc = parts[0]
    # the first term alone lets SQLite seek the sort index; the rest makes it exact
    ors = []
    for i, (expr, d) in enumerate(parts):
        eq = [f"{parts[j][0]} = :k{j}" for j in range(i)]
        ors.append("(" + " AND ".join([*eq, f"{expr} {'<' if d else '>'} :k{i}"]) + ")")
    return f"{first} {'<=' if first_desc else '>='} :k0", "(" + " OR ".join(ors) + ")"


def keyset_params(key: tuple[Any, ...]) -> dict[str, Any]:
    return {f"k{i}": v for i, v in enumerate(key)}
