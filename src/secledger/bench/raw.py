"""The raw ``sqlcipher3`` queries the browser figures are measured against: the same rows,
hand-written the way a developer would, on a connection keyed and cached like the app's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

_RAW_ROW = (
    "SELECT c.id, c.document_id, c.label_id, d.reg_no, d.register, d.doc_no, d.title, d.mark,"
    " d.level, c.copy_no, c.carrier_type, c.state, c.holder_id, p.name, d.unit,"
    " c.registered_at, d.voided"
)


def raw_connect(path: Path, key: bytes) -> Any:
    import sqlcipher3

    from secledger.store.engine import CACHE_KIB

    conn = sqlcipher3.connect(str(path / "ledger.db"))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")  # as the app's connections
    return conn


def raw_search(conn: Any, match: str, limit: int) -> list[Any]:
    return list(conn.execute(
        f"{_RAW_ROW} FROM doc_search s CROSS JOIN carriers c ON c.document_id = s.rowid"
        " JOIN documents d ON d.id = c.document_id LEFT JOIN people p ON p.id = c.holder_id"
        " WHERE doc_search MATCH ? ORDER BY s.rowid DESC LIMIT ?", (match, limit)))


def raw_title_page(conn: Any, offset: int, limit: int, total: int) -> list[Any]:
    """in_store carriers by title (ascending), the page at *offset*; hand-tuned like ours."""
    src = (f"{_RAW_ROW} FROM documents d CROSS JOIN carriers c ON c.document_id = d.id"
           " LEFT JOIN people p ON p.id = c.holder_id WHERE +c.state = 'in_store'")
    if offset > total // 2:
        end = min(total, offset + limit)
        rows = list(conn.execute(f"{src} ORDER BY d.title DESC, d.id DESC, c.copy_no DESC"
                                 " LIMIT ? OFFSET ?", (end - offset, total - end)))
        return rows[::-1]
    return list(conn.execute(f"{src} ORDER BY d.title, d.id, c.copy_no LIMIT ? OFFSET ?",
                             (limit, offset)))


def raw_newest_page(conn: Any, offset: int, limit: int) -> list[Any]:
    return list(conn.execute(
        f"{_RAW_ROW} FROM documents d CROSS JOIN carriers c ON c.document_id = d.id"
        " LEFT JOIN people p ON p.id = c.holder_id ORDER BY d.id DESC, c.copy_no"
        " LIMIT ? OFFSET ?", (limit, offset)))


def raw_last_page(conn: Any, limit: int) -> list[Any]:
    return list(conn.execute(
        f"{_RAW_ROW} FROM documents d CROSS JOIN carriers c ON c.document_id = d.id"
        " LEFT JOIN people p ON p.id = c.holder_id ORDER BY d.id, c.copy_no DESC"
        " LIMIT ?", (limit,)))[::-1]
