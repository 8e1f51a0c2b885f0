"""Migrations agree with the models; backups before upgrading; head is a no-op."""

from __future__ import annotations

import shutil

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData, Table

from secledger.domain.errors import LedgerError
from secledger.services.ledger.session import open_ledger
from secledger.store import migrate
from secledger.store.engine import Database
from secledger.store.keyslots import TEST_KDF
from secledger.store.paths import migrations_dir
from secledger.store.schema import metadata

_FTS = "doc_search"


def _ignore_fts(diff: object) -> bool:
    text = repr(diff)
    return _FTS not in text


def test_migrations_match_the_models(make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, led = make_ledger()
    with led.db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = [d for d in compare_metadata(ctx, metadata) if _ignore_fts(d)]
        assert diffs == []
        # the comparison does see a difference when there is one
        extra = MetaData()
        for table in metadata.tables.values():
            table.to_metadata(extra)
        Table("not_migrated", extra, Column("id", Integer, primary_key=True))
        assert [d[0] for d in compare_metadata(ctx, extra) if _ignore_fts(d)] == ["add_table"]


def test_a_new_ledger_is_at_head(make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, led = make_ledger()
    assert migrate.current_revision(led.db.engine) == migrate.head_revision()


def test_upgrade_at_head_is_a_no_op_without_backup(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, led = make_ledger()
    before = sorted((path / "backups").iterdir())
    assert migrate.upgrade(led.db.engine, path / "ledger.db", path / "backups") is None
    assert sorted((path / "backups").iterdir()) == before


def test_backup_copy_is_an_encrypted_complete_copy(make_ledger, register) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    admin.close()
    with open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF) as led:
        register(led, title="备份前登记的文件", copies=2)  # still in the -wal until checkpoint
        target = migrate.backup_copy(led.db.engine, path / "ledger.db", path / "backups", "test")
        key = led.master_key
    assert target.parent == path / "backups"
    assert target.name.startswith("ledger-") and target.name.endswith("-test.db")
    data = target.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert "备份前登记的文件".encode() not in data
    copy = Database(target, key)
    try:
        with copy.engine.connect() as conn:
            titles = [r[0] for r in conn.exec_driver_sql("SELECT title FROM documents")]
            assert titles == ["备份前登记的文件"]
            assert conn.exec_driver_sql("SELECT count(*) FROM carriers").scalar() == 2
    finally:
        copy.dispose()


def test_a_newer_schema_is_refused_untouched(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, led = make_ledger()
    head = migrate.head_revision()
    with led.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(LedgerError) as exc:
        migrate.upgrade(led.db.engine, path / "ledger.db", path / "backups")
    assert exc.value.code == "ledger.newer_schema"
    assert exc.value.params["version"] == "9999_future"
    assert not list((path / "backups").iterdir())
    with led.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (head,))


def test_opening_an_older_ledger_backs_it_up_then_upgrades(make_ledger, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A program one revision ahead (a copy of migrations/ plus a test revision) opens a
    ledger at today's head: the old database is copied to backups/ first."""
    path, admin = make_ledger()
    admin.close()
    old_head = migrate.head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9001_test_next.py").write_text(NEXT_REVISION % old_head, encoding="utf-8")
    monkeypatch.setattr(migrate, "migrations_dir", lambda: scripts)
    assert migrate.head_revision() == "9001"

    with open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF) as led:
        assert migrate.current_revision(led.db.engine) == "9001"
        key = led.master_key
    backups = list((path / "backups").iterdir())
    assert len(backups) == 1 and backups[0].name.endswith("-pre-9001.db")
    old = Database(backups[0], key)
    try:
        with old.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == old_head
            assert conn.exec_driver_sql("SELECT count(*) FROM users").scalar() == 2
    finally:
        old.dispose()
    # opening again at the new head takes no further backup
    with open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF):
        pass
    assert len(list((path / "backups").iterdir())) == 1


NEXT_REVISION = """
from alembic import op

revision = "9001"
down_revision = "%s"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE test_next (id INTEGER PRIMARY KEY)")


def downgrade() -> None:
    op.execute("DROP TABLE test_next")
"""


def test_0006_keeps_the_copy_requests_of_an_older_ledger(make_ledger, register) -> None:  # type: ignore[no-untyped-def]
    """The copy request gains its kind in place (copy_items references copy_requests, so the
    table is not rebuilt); the requests and copies made before stay, as copies."""
    from alembic import command
    from sqlalchemy import text

    from secledger.services.disposal import copying
    from secledger.services.people import persons as people

    path, admin = make_ledger()
    requester = people.list_people(admin)[-1]
    admin.close()
    with open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF) as led:
        doc = register(led, title="复制过的文件", copies=1)
        req = copying.request_copy(led, copying.CopyRequestInput(
            requester_id=requester.id, copies=1, reason="学习",
            source_carrier_id=doc.carriers[0].id))
        cfg = migrate._config()
        with led.db.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO copy_items(carrier_id, request_id, "
                                 "source_carrier_id, copy_no) VALUES (?, ?, ?, 9)",
                                 (doc.carriers[0].id, req.id, doc.carriers[0].id))
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
        with led.db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with led.db.engine.connect() as conn:
            rows = conn.execute(text("SELECT kind, derived_document_id, derived_note "
                                     "FROM copy_requests")).all()
        assert rows == [("copy", None, "")]
        assert copying.get_request(led, req.id).kind == "copy"


def test_0012_keeps_the_loss_items_of_an_older_ledger(make_ledger, register) -> None:  # type: ignore[no-untyped-def]
    """Loss items are rebuilt with their own id, a nullable carrier and a medium; the carriers
    reported lost before stay on their reports, found or not, and a downgrade keeps them."""
    from datetime import UTC, datetime

    from alembic import command
    from sqlalchemy import text

    from secledger.services.custody import loss

    path, admin = make_ledger()
    admin.close()
    with open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF) as led:
        doc = register(led, title="遗失过的文件", copies=2)
        a, b = (c.id for c in doc.carriers)
        rep = loss.report_loss(led, loss.LossInput(
            carrier_ids=(a, b), discovered_at=datetime(2026, 1, 5, tzinfo=UTC),
            reporter_id=led.user.person_id, circumstances="丢失"))
        loss.record_found(led, report_id=rep.id, carrier_id=a, found_at=datetime.now(UTC))
        cfg = migrate._config()
        before = "SELECT report_id, carrier_id, state_before, found_at IS NULL FROM loss_items"
        with led.db.engine.begin() as conn:
            rows = conn.execute(text(before + " ORDER BY carrier_id")).all()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0011")
            assert conn.execute(text(before + " ORDER BY carrier_id")).all() == rows
        with led.db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            assert conn.execute(text(before + " ORDER BY carrier_id")).all() == rows
            assert conn.execute(text("SELECT id FROM loss_items ORDER BY id")).scalars().all() \
                == [1, 2]
        got = loss.get_report(led, rep.id)
        assert [x.found_at is None for x in got.items] == [False, True]
