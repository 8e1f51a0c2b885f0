"""Planner statistics (``sqlite_stat1``/``sqlite_stat4``) kept current.

Without them SQLite guesses how many rows an index selects, and with two filters it may
take the index that selects 363,000 carriers over the one that selects 19,500. They are
written after every bulk load (the demo ledger, an import, the migration that added the
browser's indexes) and refreshed now and then by the app (``ui/statistics.py``), never on
the GUI thread.

The indexes the ledger browser chooses between (carriers, documents, people) are analysed
in full: a sampled ANALYZE (``analysis_limit``) takes a few hundred rows of an index with
four distinct levels for all of it and reports one level per thousand carriers. One index
at a time, each in its own short write transaction, so a writer waits for one index at
most (about 0.2 s on a million carriers), never for the whole pass. The other tables get
``PRAGMA optimize``, which re-analyses, sampled, only those whose size changed a lot.
"""

from __future__ import annotations

from secledger.store.engine import Database

#: the tables whose indexes the browser's plans choose between: analysed in full
BROWSE_TABLES = ("carriers", "documents", "people")
#: re-analyse when the number of carriers moved by more than this fraction since
CHANGE = 0.1


def analysed_rows(db: Database, table: str = "carriers") -> int | None:
    """The row count the statistics hold for *table* (None: never analysed)."""
    with db.engine.connect() as conn:
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
                                ).first() is None:
            return None
        row = conn.exec_driver_sql("SELECT stat FROM sqlite_stat1 WHERE tbl = ? LIMIT 1",
                                   (table,)).first()
    return int(str(row[0]).split()[0]) if row and row[0] else None


def stale(db: Database) -> bool:
    """True when the carriers were never analysed or their number moved by over ``CHANGE``."""
    recorded = analysed_rows(db)
    with db.engine.connect() as conn:
        rows = int(conn.exec_driver_sql("SELECT count(*) FROM carriers").scalar_one())
    if recorded is None:
        return rows > 0
    return abs(rows - recorded) > CHANGE * max(recorded, 1)


def refresh(db: Database, *, full: bool = False) -> bool:
    """Bring the statistics up to date: the browser's tables in full when *full* (after a
    bulk load) or when ``stale``, then ``PRAGMA optimize`` for the rest. Returns whether
    the browser's tables were analysed."""
    if db.engine.dialect.name != "sqlite":
        return False  # PostgreSQL's autovacuum keeps its statistics current itself
    analyse = full or stale(db)
    if analyse:
        for index in _indexes(db):
            with db.write() as s:
                conn = s.connection()
                conn.exec_driver_sql("PRAGMA analysis_limit = 0")
                conn.exec_driver_sql(f'ANALYZE "{index}"')
    with db.write() as s:
        s.connection().exec_driver_sql("PRAGMA optimize(0x10002)")
    return analyse


def _indexes(db: Database) -> list[str]:
    marks = ", ".join("?" for _ in BROWSE_TABLES)
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            f"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({marks})"
            " ORDER BY tbl_name, name", BROWSE_TABLES).all()
    return [str(r[0]) for r in rows]
