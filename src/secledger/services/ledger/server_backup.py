"""Backups of a server ledger: ``pg_dump`` of the ledger's database, sealed on the way to
disk (``store.sealed_stream``), beside a copy of the key slots that open it.

The dump runs as the application's role (it may read every table) while this desktop
holds the writers' lock (``ServerDatabase.begin_write``), so no desktop can append an event
between the head read here and the dump's snapshot: the ``ledger.backed_up`` event records
the head the dump contains. The sealed file is checked (every chunk opens) before it and
the slot copy are renamed into place. The DBA's own backups (``pg_basebackup``, WAL
archiving) are the server's business and need no key (README, "Server ledger").

Restoring: ``restore_server`` streams the opened dump into ``pg_restore`` in the DBA's new
database and makes it a server ledger again (``secledger server-restore``);
``restore_dump`` writes the plain archive for a DBA's own use.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from sqlalchemy import text

from secledger import durable
from secledger.domain.errors import LedgerError
from secledger.services.ledger.session import BACKUPS, SLOTS_NAME, Ledger, check_new_folder
from secledger.store import migrate, sealed_stream, server_setup, snapshot
from secledger.store.keyslots import USER, KeySlotFile
from secledger.store.server import SERVER_NAME, AdminUrl

DUMP_PATTERN = "ledger-{stamp}-server.dump"
SLOTS_PATTERN = "keyslots-{stamp}-backup.json"


def pg_tool(name: str) -> str:
    """``pg_dump`` / ``pg_restore`` of this machine, or a refusal that says it is missing."""
    found = server_setup.find_pg_tool(name)
    if found is None:
        raise LedgerError("server.unsupported", action="备份",
                          reason=f"本机没有 {name}（PostgreSQL 客户端工具）。")
    return str(found)


def _env(led: Ledger) -> dict[str, str]:
    c = led.server
    assert c is not None
    env = {**os.environ, "PGHOST": c.host, "PGPORT": str(c.port), "PGDATABASE": c.database,
           "PGUSER": c.role, "PGSSLMODE": c.tls_mode, "PGPASSWORD": led.master_key.hex(),
           "PGCONNECT_TIMEOUT": "15"}
    if c.sslrootcert:
        env["PGSSLROOTCERT"] = c.sslrootcert
    return env


def write_dump(led: Ledger, folder: Path) -> tuple[Path, Path, int]:
    """The sealed dump and the slot copy in *folder* (called holding the writers' lock):
    their paths and their size together."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        slots_bytes = (led.path / SLOTS_NAME).read_bytes()
    except OSError as exc:
        raise snapshot.write_error(exc, folder) from exc
    stamp = snapshot.stamp(folder, led.now(), [DUMP_PATTERN, SLOTS_PATTERN])
    dump, slots = folder / DUMP_PATTERN.format(stamp=stamp), folder / SLOTS_PATTERN.format(stamp=stamp)
    try:
        _dump_sealed(led, snapshot.part(dump))
        durable.write_synced(snapshot.part(slots), slots_bytes)
        snapshot.publish([(snapshot.part(slots), slots), (snapshot.part(dump), dump)])
    except BaseException as exc:
        snapshot.discard(snapshot.part(dump), snapshot.part(slots))
        err = snapshot.write_error(exc, folder)
        if err is exc:
            raise
        raise err from exc
    return dump, slots, dump.stat().st_size + len(slots_bytes)


def _dump_sealed(led: Ledger, target: Path) -> None:
    cmd = [pg_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
           "--no-password"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(led))
    assert proc.stdout is not None and proc.stderr is not None
    with open(target, "wb") as out:
        sealed_stream.seal(proc.stdout, out, led.master_key)
        out.flush()
        os.fsync(out.fileno())
    err = proc.stderr.read().decode(errors="replace").strip()
    if proc.wait() != 0:
        raise LedgerError("server.unsupported", action="备份", reason=f"pg_dump: {err}")
    with open(target, "rb") as sealed:
        for _chunk in sealed_stream.unseal(sealed, led.master_key):
            pass  # every chunk opens: the file is whole


def restore_dump(led: Ledger, dump: Path, target: Path) -> Path:
    """The plain ``pg_restore`` archive of a sealed dump of this ledger, written to *target*
    (for the DBA: ``pg_restore -d <new database> target``). Classified: delete it after."""
    try:
        with open(dump, "rb") as sealed, open(target, "wb") as out:
            for chunk in sealed_stream.unseal(sealed, led.master_key):
                out.write(chunk)
    except sealed_stream.SealError as exc:
        raise LedgerError("server.unsupported", action="恢复", reason=str(exc)) from exc
    return target


def restore_server(dump: Path, target: Path, *, admin: AdminUrl, username: str, password: str,
                   keyslots: Path | None = None) -> None:
    """A sealed dump restored into the DBA's new, empty database and reached from the new
    folder *target*: opened with *username*'s password in the key slots of the dump's time
    (``keyslots-<UTC>-backup.json`` beside it unless given), streamed into ``pg_restore``
    without touching the disk in the clear, the schema brought to this program's head, the
    role's password set to the dump's secret, grants and trigger renewed."""
    check_new_folder(target)
    slots_file = keyslots or dump.with_name(
        dump.name.replace("ledger-", "keyslots-", 1).replace("-server.dump", "-backup.json"))
    slots = KeySlotFile.load(slots_file)
    secret = slots.unwrap(USER, username, password)
    role = server_setup.check_name(admin.config.role, "role")
    _pg_restore(dump, admin, secret)
    engine = server_setup.admin_engine(admin)
    try:
        with engine.begin() as conn:
            migrate.upgrade_on(conn)
            server_setup.prepare(conn, role, secret.hex(), admin.config.database)
            found = conn.execute(text("SELECT value FROM settings WHERE key = 'ledger_id'")
                                 ).scalar()
    finally:
        engine.dispose()
    if found != slots.ledger_id:
        raise LedgerError("server.foreign", database=admin.config.database, found=found or "-",
                          expected=slots.ledger_id)
    target.mkdir(parents=True, exist_ok=True)
    (target / BACKUPS).mkdir(exist_ok=True)
    durable.write_synced(target / SLOTS_NAME, slots_file.read_bytes())
    admin.config.with_ledger(slots.ledger_id, role).save(target / SERVER_NAME)


def _pg_restore(dump: Path, admin: AdminUrl, secret: bytes) -> None:
    c = admin.config
    env = {**os.environ, "PGHOST": c.host, "PGPORT": str(c.port), "PGDATABASE": c.database,
           "PGUSER": admin.user, "PGPASSWORD": admin.password, "PGSSLMODE": c.tls_mode}
    if c.sslrootcert:
        env["PGSSLROOTCERT"] = c.sslrootcert
    cmd = [pg_tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error",
           "-d", c.database]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdin is not None and proc.stderr is not None
    try:
        with open(dump, "rb") as sealed:
            for chunk in sealed_stream.unseal(sealed, secret):
                proc.stdin.write(chunk)
    except sealed_stream.SealError as exc:
        proc.kill()
        raise LedgerError("server.unsupported", action="恢复", reason=str(exc)) from exc
    finally:
        proc.stdin.close()
    err = proc.stderr.read().decode(errors="replace").strip()
    if proc.wait() != 0:
        raise LedgerError("server.unsupported", action="恢复", reason=f"pg_restore: {err}")
