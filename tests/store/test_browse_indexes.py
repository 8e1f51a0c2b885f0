"""The indexes the ledger browser's plans read in order exist in a new ledger and in one
upgraded from the revision before them (0007), with planner statistics once it has rows."""

from __future__ import annotations

from typing import Any

from secledger.services.ledger.session import open_ledger
from secledger.store import migrate
from secledger.store.keyslots import TEST_KDF

BROWSE_INDEXES = {
    "ix_carriers_copy_no", "ix_carriers_type", "ix_carriers_holder_state", "ix_people_name",
    "ix_documents_register_reg_no", "ix_documents_register_doc_no",
    "ix_documents_register_unit", "ix_documents_received", "ix_documents_year_title",
    "ix_documents_year_doc_no", "ix_documents_year_unit", "ix_documents_year_reg_no",
}


def _indexes(conn: Any) -> set[str]:
    return {r[0] for r in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()}


def test_a_new_ledger_has_the_browse_indexes(make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, led = make_ledger()
    with led.db.engine.connect() as conn:
        assert _indexes(conn) >= BROWSE_INDEXES


def test_an_upgraded_ledger_gains_them_and_statistics(make_ledger, register) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    path, admin = make_ledger()
    admin.close()
    with open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF) as led:
        register(led, title="升级前登记的文件", copies=2)
        cfg = migrate._config()
        with led.db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0007")
        with led.db.engine.connect() as conn:
            assert not BROWSE_INDEXES & _indexes(conn)
            conn.exec_driver_sql("DROP TABLE IF EXISTS sqlite_stat1")
        with led.db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with led.db.engine.connect() as conn:
            assert _indexes(conn) >= BROWSE_INDEXES
            stats = {r[0] for r in conn.exec_driver_sql("SELECT tbl FROM sqlite_stat1")}
        assert {"carriers", "documents", "people"} <= stats
        assert migrate.current_revision(led.db.engine) == migrate.head_revision()
