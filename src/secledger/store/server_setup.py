"""What the DBA's credentials do on a server ledger's database, once per install or upgrade:
bring the schema to head (the one set of Alembic revisions), create or update the
application's role, grant it what the app needs, and make the event log append-only.

The application's role may SELECT and INSERT the event log but never UPDATE, DELETE or
TRUNCATE it: the grants leave those out, and a trigger refuses them for every role (the
table's owner included), so rewriting history takes the DBA deliberately switching the
trigger off, which ``verify`` still finds. The role cannot change the schema either (no
CREATE on the schema; PostgreSQL 15 revokes it from PUBLIC), so upgrades need the DBA.

The role's password is given to the server as a SCRAM-SHA-256 verifier, never as text,
so it appears in no server log.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import shutil
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL

from secledger.domain.errors import LedgerError
from secledger.store.server import AdminUrl

_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
SCRAM_ITERATIONS = 4096

# statements go through exec_driver_sql (no bind parameters): "%%" reaches the server as "%"
_APPEND_ONLY = [
    """CREATE OR REPLACE FUNCTION secledger_events_append_only() RETURNS trigger
       LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'secledger: the event log is append-only (%% refused)', TG_OP
           USING ERRCODE = 'insufficient_privilege';
       END $$""",
    "DROP TRIGGER IF EXISTS events_append_only ON events",
    "CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events"
    " FOR EACH ROW EXECUTE FUNCTION secledger_events_append_only()",
    "DROP TRIGGER IF EXISTS events_no_truncate ON events",
    "CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events"
    " FOR EACH STATEMENT EXECUTE FUNCTION secledger_events_append_only()",
]


#: SQLite's functions the services use, as SQL functions of the ledger's database with the
#: same results (comma-joined values, a 1-based position, zero-padded numbers, true
#: comparisons counted, Julian days, a moment moved by '+1 day'-style modifiers, a JSON value)
_SQLITE_FUNCTIONS = [
    """CREATE OR REPLACE FUNCTION secledger_concat(acc text, v anyelement) RETURNS text
       LANGUAGE sql IMMUTABLE AS $$
       SELECT CASE WHEN v IS NULL THEN acc WHEN acc IS NULL THEN v::text
                   ELSE acc || ',' || v::text END $$""",
    "CREATE OR REPLACE AGGREGATE group_concat(anyelement)"
    " (SFUNC = secledger_concat, STYPE = text)",
    "CREATE OR REPLACE FUNCTION instr(text, text) RETURNS integer LANGUAGE sql IMMUTABLE"
    " AS $$ SELECT strpos($1, $2) $$",
    "CREATE OR REPLACE FUNCTION printf(fmt text, v bigint) RETURNS text LANGUAGE sql"
    " IMMUTABLE AS $$ SELECT lpad(v::text, substring(fmt from '^%%0([0-9]+)d$')::int, '0') $$",
    # SQLite counts true comparisons with sum(); here sum(boolean) does the same
    "CREATE OR REPLACE FUNCTION secledger_count_true(acc bigint, v boolean) RETURNS bigint"
    " LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN v IS NULL THEN acc"
    " ELSE coalesce(acc, 0) + CASE WHEN v THEN 1 ELSE 0 END END $$",
    "CREATE OR REPLACE AGGREGATE sum(boolean) (SFUNC = secledger_count_true, STYPE = bigint)",
    "CREATE OR REPLACE FUNCTION julianday(timestamp) RETURNS double precision LANGUAGE sql"
    " IMMUTABLE AS $$ SELECT extract(epoch FROM $1)::double precision / 86400 + 2440587.5 $$",
    "CREATE OR REPLACE FUNCTION julianday(text) RETURNS double precision LANGUAGE sql"
    " IMMUTABLE AS $$ SELECT julianday($1::timestamp) $$",
    "CREATE OR REPLACE FUNCTION datetime(t timestamp, VARIADIC mods text[]) RETURNS timestamp"
    " LANGUAGE sql IMMUTABLE AS $$ SELECT t + coalesce("
    "(SELECT sum(m::interval) FROM unnest(mods) AS m), interval '0') $$",
    "CREATE OR REPLACE FUNCTION datetime(t text, VARIADIC mods text[]) RETURNS timestamp"
    " LANGUAGE sql IMMUTABLE AS $$ SELECT datetime(t::timestamp, VARIADIC mods) $$",
    "CREATE OR REPLACE FUNCTION json_extract(doc text, path text) RETURNS text LANGUAGE sql"
    " IMMUTABLE AS $$ SELECT doc::jsonb #>> string_to_array(substr(path, 3), '.') $$",
]


def find_pg_tool(name: str) -> Path | None:
    """A PostgreSQL program (``pg_dump``, ``pg_restore``, ``initdb`` …) on PATH, else in
    Debian's versioned folder (the newest version), else None."""
    found = shutil.which(name)
    if found:
        return Path(found)
    cands = [p for p in Path("/usr/lib/postgresql").glob(f"*/bin/{name}")
             if p.parent.parent.name.isdigit()]
    return max(cands, key=lambda p: int(p.parent.parent.name), default=None)


def scram_verifier(password: str, *, salt: bytes | None = None,
                   iterations: int = SCRAM_ITERATIONS) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for *password* (RFC 5802/7677)."""
    salt = salt if salt is not None else os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(b: bytes) -> str:
        return base64.b64encode(b).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def check_name(name: str, what: str) -> str:
    if not _NAME.match(name):
        raise LedgerError("server.bad_name", what=what, name=name)
    return name


def admin_engine(admin: AdminUrl) -> Engine:
    """An engine as the DBA (the password from the URL or typed; never stored)."""
    c = admin.config
    query: dict[str, str] = {"host": c.host, "port": str(c.port), "sslmode": c.tls_mode}
    if c.sslrootcert:
        query["sslrootcert"] = c.sslrootcert
    url = URL.create("postgresql+psycopg", username=admin.user, password=admin.password or None,
                     database=c.database, query=query)
    return create_engine(url, poolclass=None)


def prepare(conn: Connection, role: str, app_password: str | None, database: str) -> None:
    """Role, grants and the append-only trigger, in the DBA's transaction *conn* (after the
    schema is at head). *app_password* None keeps the role's present password."""
    check_name(role, "role")
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    if exists is None:
        conn.execute(text(f"CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"))
    if app_password is not None:
        verifier = scram_verifier(app_password).replace("'", "''")
        conn.exec_driver_sql(f"ALTER ROLE {role} LOGIN PASSWORD '{verifier}'")
    for stmt in _APPEND_ONLY + _SQLITE_FUNCTIONS:
        conn.exec_driver_sql(stmt)
    for stmt in _grants(role, database):
        conn.exec_driver_sql(stmt)


def _grants(role: str, database: str) -> list[str]:
    db = '"' + database.replace('"', '""') + '"'
    return [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}",
        f"GRANT CONNECT ON DATABASE {db} TO {role}",
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON events FROM {role}",
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM {role}",
        # UPDATE: setval, for ids the app assigns itself (store.dialect.reserve_ids)
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}",
    ]
