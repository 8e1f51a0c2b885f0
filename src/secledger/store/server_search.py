"""The search index on PostgreSQL, behind the same SQL the services write for SQLite.

On SQLite ``doc_search`` is an FTS5 table and the services ask ``doc_search MATCH :m``
with a phrase of single characters (``domain/search.phrase_query``: ``"保 密"``). On
PostgreSQL the same table holds the same body plus a stored ``tsvector`` (the 'simple'
parser, one token per character, with positions) under a GIN index (migration 0001).
This module turns each ``doc_search MATCH <param>`` into a lookup of that index, as the
statement goes to the server: ``rowid IN (SELECT rowid FROM doc_search WHERE tsv @@
phraseto_tsquery('simple', <param>))``. ``phraseto_tsquery`` reads the quoted phrase as
consecutive characters (``'保' <-> '密'``), so a query of one or two Chinese characters
is answered from the index like a longer one, never by a scan of the documents; the
browser and the carrier lookup keep their one query text for both backends. The browser's
``CROSS JOIN … ON`` (SQLite's join-order hint) becomes the inner join it means.
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


def rewrite(statement: str) -> str:
    """*statement* with every FTS5 ``MATCH`` as a lookup of the tsvector index, and
    SQLite's join-order ``CROSS JOIN … ON`` as the inner join it means."""
    if "MATCH" in statement:
        statement = _MATCH.sub(_LOOKUP, statement)
    if "CROSS JOIN" in statement:
        statement = _CROSS.sub(r"JOIN\1", statement)
    return statement


def install(engine: Engine) -> None:
    """Rewrite the search predicate in every statement of *engine* (a server engine)."""

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _search(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
                executemany: bool) -> tuple[str, Any]:
        return rewrite(statement), parameters
