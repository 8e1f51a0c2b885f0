"""SQLite's planner and full-text spellings, said the PostgreSQL way as statements go out.

Services write their SQL once, tuned for SQLite: ``INDEXED BY`` and ``+column`` (hints for
SQLite's planner, which has no statistics), ``CROSS JOIN … ON`` (its way to fix the join
order), unnamed subqueries in FROM, and FTS5's ``MATCH``. On a server the hints are
dropped (PostgreSQL plans from statistics), the join is the inner join it means, each
subquery gets a name, and ``MATCH`` becomes a lookup of the search index, below.

On SQLite ``doc_search`` is an FTS5 table and the services ask ``doc_search MATCH :m``
with a phrase of single characters (``domain/search.phrase_query``: ``"保 密"``). On
PostgreSQL the same table holds the same body plus a stored ``tsvector`` (the 'simple'
parser, one token per character, with positions) under a GIN index (migration 0001).
This module turns each ``doc_search MATCH <param>`` into a lookup of that index, as the
statement goes to the server: ``rowid IN (SELECT rowid FROM doc_search WHERE tsv @@
phraseto_tsquery('simple', <param>))``. ``phraseto_tsquery`` reads the quoted phrase as
consecutive characters (``'保' <-> '密'``), so a query of one or two Chinese characters
is answered from the index like a longer one, never by a scan of the documents; the
browser and the carrier lookup keep their one query text for both backends.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Engine, event

_MATCH = re.compile(r"\bdoc_search\s+MATCH\s+(%\(\w+\)s|%s)")
_LOOKUP = (r"rowid IN (SELECT z.rowid FROM doc_search z"
           r" WHERE z.tsv @@ phraseto_tsquery('simple'::regconfig, \1))")


#: SQLite's way to fix the join order (``CROSS JOIN … ON``): an inner join elsewhere
_CROSS = re.compile(r"\bCROSS JOIN(\s+\w+(?:\s+\w+)?\s+ON)\b")


_INDEXED = re.compile(r"\s+INDEXED BY\s+\w+")

#: ``julianday(<parameter>)``: the parameter is a moment. PostgreSQL gives a parameter one
#: type for the whole statement, from its first use; said as a timestamp here, it still
#: compares with the date and timestamp columns it is used against elsewhere.
_JULIAN_PARAM = re.compile(r"\bjulianday\((%\(\w+\)s|%s)\)")

#: whole days between two moments, ``CAST(julianday(a) - julianday(b) AS INTEGER)``: SQLite's
#: CAST truncates toward zero, PostgreSQL's rounds, so the difference is truncated first
_NEST = r"(?:[^()]|\((?:[^()]|\([^()]*\))*\))*?"
_DAYS = re.compile(r"CAST\((\s*julianday\(" + _NEST + r"\)\s*-\s*julianday\(" + _NEST
                   + r"\))\s+AS INTEGER\)")


#: SQLite's unary ``+`` that keeps a column from using its index (``WHERE +c.state …``,
#: ``ORDER BY +d.title``)
_NO_INDEX = re.compile(r"(\bWHERE|\bAND|\bOR|\bON|\bBY|\(|,)(\s*)\+(?=[A-Za-z_]\w*\.\w)")
_KEYWORD_AFTER = re.compile(r"\s*(WHERE|ORDER|GROUP|LIMIT|UNION|JOIN|LEFT|CROSS|INNER|ON|\)|$)",
                            re.IGNORECASE)


def _alias_subqueries(statement: str) -> str:
    """Name every unnamed subquery in FROM (``FROM (SELECT …)``), which SQLite allows and
    PostgreSQL before 16 does not."""
    out, pos, n = [], 0, 0
    while (start := statement.find("FROM (SELECT", pos)) >= 0:
        depth, i = 0, start + 5
        for i in range(start + 5, len(statement)):
            depth += {"(": 1, ")": -1}.get(statement[i], 0)
            if depth == 0:
                break
        out.append(statement[pos:i + 1])
        pos = i + 1
        if _KEYWORD_AFTER.match(statement, pos):
            n += 1
            out.append(f" AS _sub{n}")
    out.append(statement[pos:])
    return "".join(out)


def rewrite(statement: str) -> str:
    """*statement* without SQLite's hints, its subqueries named, and every FTS5 ``MATCH``
    as a lookup of the tsvector index."""
    if "INDEXED BY" in statement:
        statement = _INDEXED.sub("", statement)
    if "+" in statement:
        statement = _NO_INDEX.sub(r"\1\2", statement)
    if "FROM (SELECT" in statement:
        statement = _alias_subqueries(statement)
    if "MATCH" in statement:
        statement = _MATCH.sub(_LOOKUP, statement)
    if "CROSS JOIN" in statement:
        statement = _CROSS.sub(r"JOIN\1", statement)
    if "julianday(%" in statement:
        statement = _JULIAN_PARAM.sub(r"julianday(\1::timestamp)", statement)
    if "julianday" in statement and "AS INTEGER" in statement:
        statement = _DAYS.sub(r"CAST(trunc(\1) AS INTEGER)", statement)
    return statement


def install(engine: Engine) -> None:
    """``rewrite`` every statement of *engine* (a server engine)."""

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _rewrite(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
                executemany: bool) -> tuple[str, Any]:
        return rewrite(statement), parameters
