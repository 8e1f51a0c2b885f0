"""Apply Alembic migrations when a ledger is opened, after backing the database up."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine

from secledger.domain.errors import LedgerError
from secledger.store import snapshot
from secledger.store.dbcheck import damaged
from secledger.store.paths import migrations_dir


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return current_revision_on(conn)


def current_revision_on(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def upgrade_on(conn: Connection) -> None:
    """Bring the schema to head in the caller's transaction (a server ledger's DBA: the
    server's own backups, ``pg_dump``, come before, not a file copy)."""
    script = ScriptDirectory.from_config(_config())
    current = current_revision_on(conn)
    if current is not None and not _known(script, current):
        raise LedgerError("ledger.newer_schema", version=current)
    cfg = _config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")


def upgrade(engine: Engine, db_path: Path, backups: Path, *, create: bool = False) -> str | None:
    """Bring the schema to head. Returns the backup path written, if any.

    A database without a schema version gets the schema only when *create* (a new ledger);
    otherwise it is refused as foreign, and left as it is."""
    script = ScriptDirectory.from_config(_config())
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    if current is None and not create:
        raise damaged("ledger.db_foreign", db_path, reason="ledger.why.no_version")
    if current is not None and not _known(script, current):
        raise LedgerError("ledger.newer_schema", version=current)
    backup: str | None = None
    if current is not None:
        backup = str(backup_copy(engine, db_path, backups, f"pre-{head}"))
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


def _known(script: ScriptDirectory, revision: str) -> bool:
    """Whether this program knows *revision* (alembic raises for unknown ids)."""
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def backup_copy(engine: Engine, db_path: Path, backups: Path, tag: str) -> Path:
    """A checked copy of the (still encrypted) database in *backups* (``store.snapshot``):
    written to a temporary, fsynced, checked, then renamed. *db_path* names the live file."""
    try:
        backups.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise snapshot.write_error(exc, backups) from exc
    name = f"ledger-{{stamp}}-{tag}.db"
    target = backups / name.format(stamp=snapshot.stamp(backups, datetime.now(UTC), [name]))
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        snapshot.copy_database(conn, target, snapshot.head_of(conn))
        snapshot.publish([(snapshot.part(target), target)])
    finally:
        raw.close()
    return target
