"""A server ledger's connection: the small connection file and the PostgreSQL engine.

A server ledger is a folder like a file ledger, without ``ledger.db``: ``server.json`` says
where the database is (host or Unix socket folder, port, database, TLS mode and CA, the
application's database role) and ``keyslots.json`` wraps the role's password in each
user's key slot exactly as a file ledger wraps its master key (the password *is* that
32-byte secret, as hex). No secret is ever written in plain text.

Connections go through psycopg 3 (``postgresql+psycopg``). The password is read from the
``MasterKey`` holder for each new connection, and each connection is remembered by it, so
locking closes them all. Write transactions are serialised across desktops by a row lock
on the chain head (``ServerDatabase.begin_write``), as ``BEGIN IMMEDIATE`` serialises them on SQLite.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from secledger.domain.errors import LedgerError
from secledger.store.engine import Database
from secledger.store.keyholder import MasterKey, as_master_key

SERVER_NAME = "server.json"
FORMAT = "secledger-server-ledger"
DEFAULT_ROLE = "secledger_app"
#: the row every write transaction locks first (``settings``, key ``chain_head``)
LOCK_HEAD = text("SELECT value FROM settings WHERE key = 'chain_head' FOR UPDATE")


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """Where the server ledger's database is. ``host`` is a host name or address, or the
    folder of a Unix socket (starting with ``/``). TLS is required to a host
    (``verify-full`` against ``sslrootcert``); a local socket needs none."""

    host: str
    database: str
    role: str = DEFAULT_ROLE
    port: int = 5432
    sslmode: str = ""
    sslrootcert: str = ""
    ledger_id: str = ""

    @property
    def tls_mode(self) -> str:
        return self.sslmode or ("disable" if self.host.startswith("/") else "verify-full")

    def connect_args(self) -> dict[str, Any]:
        args: dict[str, Any] = {"host": self.host, "port": self.port, "dbname": self.database,
                                "user": self.role, "sslmode": self.tls_mode,
                                "application_name": "secledger", "connect_timeout": 15}
        if self.sslrootcert:
            args["sslrootcert"] = self.sslrootcert
        return args

    def with_ledger(self, ledger_id: str, role: str) -> ServerConfig:
        return ServerConfig(self.host, self.database, role, self.port, self.sslmode,
                            self.sslrootcert, ledger_id)

    # -- the connection file ------------------------------------------------------------
    def save(self, path: Path) -> None:
        data = {"format": FORMAT, "version": 1, **asdict(self)}
        tmp = path.with_name(path.name + ".part")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> ServerConfig:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise LedgerError("server.bad_file", path=str(path), detail=str(exc)) from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise LedgerError("server.bad_file", path=str(path), detail="format")
        try:
            return cls(host=str(data["host"]), database=str(data["database"]),
                       role=str(data.get("role") or DEFAULT_ROLE), port=int(data.get("port", 5432)),
                       sslmode=str(data.get("sslmode", "")),
                       sslrootcert=str(data.get("sslrootcert", "")),
                       ledger_id=str(data.get("ledger_id", "")))
        except (KeyError, TypeError, ValueError) as exc:
            raise LedgerError("server.bad_file", path=str(path), detail=str(exc)) from exc


@dataclass(frozen=True, slots=True)
class AdminUrl:
    """``postgresql://dba[:password]@host[:port]/database?sslmode=…&sslrootcert=…&role=…``:
    what ``secledger init --server`` is given (``host=/socket/dir`` as a query works too)."""

    config: ServerConfig
    user: str
    password: str


def parse_url(url: str) -> AdminUrl:
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres", "postgresql+psycopg"):
        raise LedgerError("server.bad_url", url=_redacted(url))
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    host = query.get("host") or parts.hostname or ""
    database = unquote(parts.path.lstrip("/"))
    if not host or not database:
        raise LedgerError("server.bad_url", url=_redacted(url))
    config = ServerConfig(host=host, database=database, role=query.get("role", DEFAULT_ROLE),
                          port=int(query.get("port") or parts.port or 5432),
                          sslmode=query.get("sslmode", ""),
                          sslrootcert=query.get("sslrootcert", ""))
    return AdminUrl(config, unquote(parts.username or ""), unquote(parts.password or ""))


def _redacted(url: str) -> str:
    parts = urlsplit(url)
    if parts.password:
        return url.replace(f":{parts.password}@", ":***@", 1)
    return url


def _connector(config: ServerConfig, key: MasterKey, read_only: bool) -> Any:
    import psycopg
    from psycopg.types.string import StrDumperUnknown

    args = config.connect_args()
    if read_only:
        args["options"] = "-c default_transaction_read_only=on"

    def connect() -> Any:
        def with_password(password: str) -> Any:
            try:
                conn = psycopg.connect(password=password, **args)
            except psycopg.OperationalError as exc:
                raise LedgerError("server.unreachable", host=config.host,
                                  database=config.database, detail=str(exc).strip()) from None
            # a text parameter is typed by where it stands, as a quoted literal is: the
            # services compare stored days and moments with ISO text (as on SQLite)
            conn.adapters.register_dumper(str, StrDumperUnknown)
            return conn
        return key.open_connection(with_password)

    return connect


def make_server_engine(config: ServerConfig, key: MasterKey | bytes, *,
                       read_only: bool = False) -> Engine:
    """An engine on the server as the application's role, its password read from *key*."""
    from secledger.store import server_sql

    engine = create_engine("postgresql+psycopg://", creator=_connector(
        config, as_master_key(key), read_only), poolclass=QueuePool, pool_size=3,
        max_overflow=5, pool_pre_ping=True)
    server_sql.install(engine)
    return engine


class ServerDatabase(Database):
    """``Database`` on the server: the same ``write()``/``read()`` discipline."""

    def __init__(self, config: ServerConfig, key: MasterKey | bytes) -> None:
        self.config = config
        super().__init__(Path(config.host) / config.database, key,
                         engine=make_server_engine(config, key))

    def chain_check(self) -> None:
        """A server's chain is checked in the one process (no SQLCipher file to share)."""
        return None

    @contextmanager
    def scanning(self, cache_kib: int = 0) -> Iterator[Any]:
        """A pooled connection for a long read (the server keeps its own buffers: no
        cache setting to change)."""
        conn = self.raw_connection()
        try:
            yield conn
        finally:
            try:
                conn.rollback()
            finally:
                conn.close()

    def begin_write(self, session: Session) -> None:
        """Each write transaction first locks the chain-head row: writers from every desktop
        take turns, so every read a workflow makes inside its transaction is current (READ
        COMMITTED reads what committed before the lock) and no update is lost. On SQLite,
        ``BEGIN IMMEDIATE`` does the same."""
        session.execute(LOCK_HEAD)

    def checkpoint(self) -> None:
        """Nothing to do: the server owns its write-ahead log."""

    def raw_connection(self) -> Any:
        """A pooled DB-API connection whose cursors take ``?`` placeholders, as sqlite3's."""
        from secledger.store.dialect import QmarkConnection

        return QmarkConnection(self.engine.raw_connection())


def locate(path: Path) -> tuple[Path, ServerConfig | None]:
    """The ledger folder *path* names and its server connection, if it is a server ledger:
    *path* is a folder (with ``server.json`` for a server ledger) or the connection file."""
    if path.is_file() and path.suffix == ".json" and path.name != "keyslots.json":
        return path.parent, ServerConfig.load(path)
    if (path / SERVER_NAME).is_file():
        return path, ServerConfig.load(path / SERVER_NAME)
    return path, None


def check_database(db: Database, ledger_id: str) -> None:
    """Refuse a server database that is not this ledger's, or whose schema this program
    cannot use: the application's role never changes the schema, the DBA upgrades it."""
    from secledger.store import migrate

    try:
        with db.engine.connect() as conn:
            current = migrate.current_revision_on(conn)
            found = conn.execute(text("SELECT value FROM settings WHERE key = 'ledger_id'")
                                 ).scalar() if current else None
    except LedgerError:
        raise
    except Exception as exc:  # a role without rights, a database without our tables
        raise LedgerError("server.not_a_ledger", database=db.path.name,
                          detail=str(getattr(exc, "orig", None) or exc).strip()) from exc
    head = migrate.head_revision()
    if current != head:
        raise LedgerError("server.schema_mismatch", database=db.path.name,
                          found=current or "-", expected=head)
    if found != ledger_id:
        raise LedgerError("server.foreign", database=db.path.name, found=found or "-",
                          expected=ledger_id)
