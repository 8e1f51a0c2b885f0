"""The few places where SQLite and PostgreSQL need different words, in one module.

Services write their SQL once. Where the two servers differ, they ask here: a planner hint
only SQLite has (``indexed_by``), an aggregate with another name (``group_concat``), the
sequence behind ids the app hands out itself (``reserve_ids``), and DB-API cursors for
bulk work with SQLite's ``?`` placeholders (``driver_cursor``; psycopg speaks ``%s``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

POSTGRESQL = "postgresql"


def dialect_of(s: Session) -> str:
    return s.get_bind().dialect.name


def on_server(s: Session) -> bool:
    return dialect_of(s) == POSTGRESQL


def indexed_by(s: Session, index: str) -> str:
    """SQLite's ``INDEXED BY`` hint (its planner has no statistics); PostgreSQL plans by its
    own statistics and has no such clause."""
    return "" if on_server(s) else f" INDEXED BY {index}"


def group_concat(s: Session, expr: str, *, distinct: bool = False) -> str:
    """Comma-joined values of a group: ``group_concat`` on SQLite, ``string_agg`` elsewhere."""
    d = "DISTINCT " if distinct else ""
    if on_server(s):
        return f"string_agg({d}({expr})::text, ',')"
    return f"group_concat({d}{expr})"


def reserve_ids(s: Session, table: str, count: int) -> int:
    """The first of *count* new ids of *table* the caller assigns itself (the next rowids
    SQLite would give). Writers take turns, so the ids stay free until the commit; on
    PostgreSQL the table's sequence is moved past them so its own next value is free too."""
    first = int(s.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar_one()) + 1
    if count > 0 and on_server(s):
        s.execute(text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :last)"),
                  {"t": table, "last": first + count - 1})
    return first


def qmark(sql: str) -> str:
    """SQLite's ``?`` placeholders as psycopg's ``%s`` (``%`` doubled), outside quotes."""
    out: list[str] = []
    quote = ""
    for ch in sql:
        if quote:
            out.append("%%" if ch == "%" else ch)
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        else:
            out.append("%%" if ch == "%" else ch)
    return "".join(out)


class QmarkCursor:
    """A psycopg cursor that takes SQL written for sqlite3 (``?`` placeholders)."""

    def __init__(self, cursor: Any) -> None:
        self._cur = cursor

    def execute(self, sql: str, params: Any = None) -> QmarkCursor:
        if params is None:
            self._cur.execute(sql)
        else:
            self._cur.execute(qmark(sql), params)
        return self

    def executemany(self, sql: str, rows: Any) -> QmarkCursor:
        self._cur.executemany(qmark(sql), list(rows))
        return self

    def __iter__(self) -> Any:
        return iter(self._cur)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cur, name)


class QmarkConnection:
    """A pooled DB-API connection whose cursors are ``QmarkCursor``s."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def cursor(self) -> QmarkCursor:
        return QmarkCursor(self._conn.cursor())

    def execute(self, sql: str, params: Any = None) -> QmarkCursor:
        return self.cursor().execute(sql, params)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def driver_cursor(s: Session) -> Any:
    """A DB-API cursor in the session's transaction that takes ``?`` placeholders."""
    raw = s.connection().connection.driver_connection
    assert raw is not None
    return QmarkCursor(raw.cursor()) if on_server(s) else raw.cursor()
