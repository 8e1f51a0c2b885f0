"""SQLite's planner and full-text spellings, said the PostgreSQL way as statements go out.

Services write their SQL once, tuned for SQLite: ``INDEXED BY`` (SQLite's planner has no
statistics), ``CROSS JOIN … ON`` (its way to fix the join order) and FTS5's ``MATCH``.
On a server the first is dropped (PostgreSQL plans from statistics), the second is the
inner join it means, and the third becomes a lookup of the search index, below.

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


def rewrite(statement: str) -> str:
    """*statement* without SQLite's hints and with every FTS5 ``MATCH`` as a lookup of the
    tsvector index."""
    if "INDEXED BY" in statement:
        statement = _INDEXED.sub("", statement)
    if "MATCH" in statement:
        statement = _MATCH.sub(_LOOKUP, statement)
    if "CROSS JOIN" in statement:
        statement = _CROSS.sub(r"JOIN\1", statement)
    return statement


def install(engine: Engine) -> None:
    """``rewrite`` every statement of *engine* (a server engine)."""

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _rewrite(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
                executemany: bool) -> tuple[str, Any]:
        return rewrite(statement), parameters
