"""The few places where SQLite and PostgreSQL need different words, in one module.

Services write their SQL once. Where the two servers differ, they ask here: the sequence
behind ids the app hands out itself (``reserve_ids``), and DB-API cursors for bulk work
with SQLite's ``?`` placeholders (``driver_cursor``; psycopg speaks ``%s``). SQLite's
planner hints and FTS5 ``MATCH`` are translated on the server's engine itself
(``store/server_sql.py``); the SQLite functions services use (``group_concat``, ``instr``,
``printf('%06d', …)``) exist on the server as small SQL functions (``store/server_setup.py``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from secledger.store.server_sql import rewrite

POSTGRESQL = "postgresql"


def dialect_of(s: Session) -> str:
    return s.get_bind().dialect.name


def on_server(s: Session) -> bool:
    return dialect_of(s) == POSTGRESQL


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


def named(sql: str) -> str:
    """SQLite's ``:name`` placeholders as psycopg's ``%(name)s`` (``%`` doubled), outside
    quotes."""
    out: list[str] = []
    quote = ""
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if quote:
            out.append("%%" if ch == "%" else ch)
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == ":" and i + 1 < n and (sql[i + 1].isalpha() or sql[i + 1] == "_") \
                and (i == 0 or sql[i - 1] != ":"):
            j = i + 1
            while j < n and (sql[j].isalnum() or sql[j] == "_"):
                j += 1
            out.append(f"%({sql[i + 1:j]})s")
            i = j
            continue
        else:
            out.append("%%" if ch == "%" else ch)
        i += 1
    return "".join(out)


def _sqlite_shapes(cursor: Any) -> None:
    """Make *cursor* return values as sqlite3 returns a SQLAlchemy-written SQLite row:
    timestamps as ``YYYY-MM-DD HH:MM:SS.ffffff`` text, dates as ``YYYY-MM-DD``, booleans
    as 1/0, so code reading raw rows (verify, bulk passes) reads one shape on both."""
    from psycopg.adapt import Loader

    class Timestamp(Loader):
        def load(self, data: Any) -> str:
            text_ = bytes(data).decode("ascii")
            whole, _dot, frac = text_.partition(".")
            return f"{whole}.{frac.ljust(6, '0')[:6]}"

    class Day(Loader):
        def load(self, data: Any) -> str:
            return bytes(data).decode("ascii")

    class Flag(Loader):
        def load(self, data: Any) -> int:
            return 1 if bytes(data) == b"t" else 0

    for name, loader in (("timestamp", Timestamp), ("date", Day), ("bool", Flag)):
        cursor.adapters.register_loader(name, loader)


class QmarkCursor:
    """A psycopg cursor that takes SQL written for sqlite3 (``?`` or ``:name`` placeholders) and
    returns sqlite3's shapes of values (``_sqlite_shapes``)."""

    def __init__(self, cursor: Any) -> None:
        _sqlite_shapes(cursor)
        self._cur = cursor

    def execute(self, sql: str, params: Any = None) -> QmarkCursor:
        if params is None:
            self._cur.execute(rewrite(sql))
        elif isinstance(params, dict):
            self._cur.execute(rewrite(named(sql)), params)
        else:
            self._cur.execute(rewrite(qmark(sql)), params)
        return self

    def executemany(self, sql: str, rows: Any) -> QmarkCursor:
        self._cur.executemany(rewrite(qmark(sql)), list(rows))
        return self

    def fetchall(self) -> list[Any]:
        """As sqlite3: an empty list after a statement that returns no rows."""
        return [] if self._cur.description is None else list(self._cur.fetchall())

    def fetchone(self) -> Any:
        return None if self._cur.description is None else self._cur.fetchone()

    def __iter__(self) -> Any:
        return self

    @property
    def connection(self) -> QmarkConnection:
        """Its connection, whose cursors speak the same way."""
        return QmarkConnection(self._cur.connection)

    def __next__(self) -> Any:
        row = self.fetchone()
        if row is None:
            raise StopIteration
        return row

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


def driver_connection(s: Session) -> Any:
    """The session's DB-API connection, in its transaction, taking SQLite's ``?`` and
    ``:name`` placeholders and returning sqlite3's shapes of values on both servers."""
    raw = s.connection().connection.driver_connection
    assert raw is not None
    return QmarkConnection(raw) if on_server(s) else raw


def driver_cursor(s: Session) -> Any:
    """A DB-API cursor in the session's transaction that takes ``?`` placeholders."""
    raw = s.connection().connection.driver_connection
    assert raw is not None
    return QmarkCursor(raw.cursor()) if on_server(s) else raw.cursor()
