"""Copy a folder ledger's database, row for row, into a server ledger's new database.

The target has the schema at head already (the DBA's ``prepare``); every table of the
models and the search table are copied with ``COPY … FROM STDIN`` in the DBA's
transaction, with foreign keys and triggers held back for the load
(``session_replication_role = replica``, a superuser's setting) since tables arrive one at
a time; then each table's id sequence is moved past the copied ids. The rows are the
same, the hash chain is the same, so ``verify`` on the server says what it said before.
"""

from __future__ import annotations

from typing import Any

from secledger.store.schema import metadata

_SEARCH = ("doc_search", ("rowid", "body"))


def _tables() -> list[tuple[str, tuple[str, ...]]]:
    out = [(t.name, tuple(c.name for c in t.columns)) for t in metadata.sorted_tables]
    return [*out, _SEARCH]


def copy_rows(source: Any, target: Any) -> dict[str, int]:
    """Every row of *source* (a sqlite3/SQLCipher connection) into *target* (a psycopg
    connection in a transaction, as the DBA). Returns the rows copied per table."""
    counts: dict[str, int] = {}
    cur = target.cursor()
    cur.execute("SET LOCAL session_replication_role = replica")
    for name, cols in _tables():
        names = ", ".join(cols)
        rows = source.execute(f"SELECT {names} FROM {name}")
        n = 0
        with cur.copy(f"COPY {name} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
                n += 1
        counts[name] = n
        if "id" in cols:
            cur.execute(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'),"
                        f" (SELECT max(id) FROM {name})) WHERE EXISTS (SELECT 1 FROM {name})"
                        f" AND pg_get_serial_sequence('{name}', 'id') IS NOT NULL")
    cur.execute("SET LOCAL session_replication_role = origin")
    cur.execute("ANALYZE")  # the planner's statistics now, not when autovacuum comes by
    return counts
