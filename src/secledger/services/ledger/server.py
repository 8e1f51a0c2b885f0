"""Create a server ledger: the shared database on PostgreSQL (or a compatible server) for an
office with several desktops, and on this desktop the folder that reaches it.

The DBA's credentials (from the URL, or typed) are used once, here, and never stored: they
bring the schema to head, create the application's role with a new random password, grant
it what the app needs and make the event log append-only (``store.server_setup``). The
role's password is then wrapped like a file ledger's master key, in the security
officer's key slot and the recovery slot of ``keyslots.json``; ``server.json`` says where the
database is. Opening, locking and every service then work as on a file ledger
(``open_ledger`` takes the folder, or the ``server.json`` in it).

Another desktop gets a copy of the folder (``server.json`` and ``keyslots.json``); the
key slots of accounts made later travel the same way.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import text

from secledger.domain.credentials import check_password_rules, validate_username
from secledger.domain.errors import LedgerError
from secledger.services.ledger.session import (
    BACKUPS,
    SLOTS_NAME,
    Clock,
    Ledger,
    _acquire,
    _seed,
    check_new_folder,
    utcnow,
)
from secledger.store import migrate, server_setup
from secledger.store.keyslots import (
    DEFAULT_KDF,
    RECOVERY,
    USER,
    KdfParams,
    KeySlotFile,
    new_master_key,
    new_recovery_code,
)
from secledger.store.server import SERVER_NAME, AdminUrl, ServerConfig, parse_url


def admin_url(url: str, password: str = "") -> AdminUrl:
    """The DBA's URL (``postgresql://dba@host:port/database?…``), with *password* when the
    URL has none; a bad URL is refused (``server.bad_url``)."""
    given = parse_url(url)
    return AdminUrl(given.config, given.user, given.password or password)


def prepare_server(admin: AdminUrl, role: str, app_password: str | None) -> None:
    """As the DBA: schema to head, the role (a new password unless None), grants, trigger.
    Refuses a database that already holds a ledger when a new password is asked for."""
    engine = server_setup.admin_engine(admin)
    try:
        with engine.begin() as conn:
            if app_password is not None and migrate.current_revision_on(conn) is not None:
                found = conn.execute(text(
                    "SELECT value FROM settings WHERE key = 'ledger_id'")).scalar()
                if found:
                    raise LedgerError("server.not_empty", database=admin.config.database)
            migrate.upgrade_on(conn)
            server_setup.prepare(conn, role, app_password, admin.config.database)
    except LedgerError:
        raise
    except Exception as exc:
        raise LedgerError("server.unreachable", host=admin.config.host,
                          database=admin.config.database,
                          detail=str(getattr(exc, "orig", None) or exc).strip()) from exc
    finally:
        engine.dispose()


def create_server_ledger(
    path: Path | str,
    *,
    admin: AdminUrl,
    unit_name: str,
    admin_username: str,
    admin_password: str,
    admin_name: str = "",
    clock: Clock = utcnow,
    kdf: KdfParams = DEFAULT_KDF,
) -> tuple[Ledger, str]:
    """A new server ledger reached from the empty or new folder *path*; returns (ledger
    logged in as the security officer, recovery code), as ``create_ledger`` does."""
    folder = Path(path)
    check_new_folder(folder)
    validate_username(admin_username)
    check_password_rules(admin_password)
    role = server_setup.check_name(admin.config.role, "role")
    key = new_master_key()
    prepare_server(admin, role, key.hex())
    folder.mkdir(parents=True, exist_ok=True)
    (folder / BACKUPS).mkdir(exist_ok=True)
    lock = _acquire(folder)
    led: Ledger | None = None
    try:
        code = new_recovery_code()
        now = clock()
        slots = KeySlotFile.create(folder / SLOTS_NAME, str(uuid.uuid4()), now.isoformat())
        slots.put(USER, admin_username, admin_password, key, kdf)
        slots.put(RECOVERY, "recovery", code, key, kdf)
        config: ServerConfig = admin.config.with_ledger(slots.ledger_id, role)
        led = Ledger(folder, slots, lock, key, clock=clock, kdf=kdf, server=config)
        _seed(led, unit_name, admin_username, admin_name or admin_username, now)
        slots.save()
        config.save(folder / SERVER_NAME)
        led._login(admin_username)
    except BaseException:
        if led is not None:
            led._drop_key()
        lock.release()
        raise
    return led, code


def move_to_server(
    source: Path | str,
    target: Path | str,
    *,
    admin: AdminUrl,
    username: str,
    password: str,
    kdf: KdfParams = DEFAULT_KDF,
) -> dict[str, int]:
    """Copy the folder ledger *source* (opened by its security officer) into a new server
    ledger reached from the new folder *target*: the same rows, chain, accounts and key
    slots (the role's password is the folder ledger's master key, so every slot opens it).
    *source* is left as it is. Returns the rows copied per table."""
    from secledger.domain.enums import Role
    from secledger.services.ledger.session import open_ledger
    from secledger.store import server_copy

    folder = Path(target)
    check_new_folder(folder)
    led = open_ledger(source, username=username, password=password, kdf=kdf)
    try:
        led.require(Role.SECURITY_OFFICER, "迁移到服务器")
        role = server_setup.check_name(admin.config.role, "role")
        prepare_server(admin, role, led.master_key.hex())
        raw = led.db.raw_connection()
        engine = server_setup.admin_engine(admin)
        try:
            with engine.begin() as conn:
                counts = server_copy.copy_rows(raw.driver_connection, conn.connection.driver_connection)
        finally:
            raw.close()
            engine.dispose()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / BACKUPS).mkdir(exist_ok=True)
        (folder / SLOTS_NAME).write_bytes((led.path / SLOTS_NAME).read_bytes())
        admin.config.with_ledger(led.ledger_id, role).save(folder / SERVER_NAME)
    finally:
        led.close()
    return counts
