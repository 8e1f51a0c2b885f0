"""Create, open, lock and unlock a ledger folder; the ``Ledger`` handle scripts use.

A ledger folder holds ``ledger.db`` (SQLCipher), ``keyslots.json``, ``ledger.lock``,
``failures.json`` (failed unlock attempts, for the slow-down) and ``backups/``. A server
ledger's folder has ``server.json`` instead of ``ledger.db`` (``store/server.py``; created by
``services/ledger/server.py``); everything else here works the same on it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from secledger.domain.credentials import check_password_rules, validate_username
from secledger.domain.duties import session_roles
from secledger.domain.enums import Role
from secledger.domain.errors import AuthError, LedgerError, LedgerLocked, PermissionDenied
from secledger.services.ledger.dto import UserInfo
from secledger.services.ledger.throttle import (
    pop_failures,
    unwrap_recovery_with_throttle,
    unwrap_with_throttle,
)
from secledger.services.people.rules import check_duties
from secledger.store import dbcheck, eventlog, keyslot_backups, migrate, rekeying
from secledger.store import server as srv
from secledger.store.engine import Database, make_engine
from secledger.store.keyholder import MasterKey
from secledger.store.keyslots import (
    DEFAULT_KDF,
    RECOVERY,
    USER,
    KdfParams,
    KeySlotFile,
    discard_leftovers,
    new_master_key,
    new_recovery_code,
)
from secledger.store.lock import LedgerLock
from secledger.store.models.events import Event
from secledger.store.models.ledger import Setting
from secledger.store.models.people import Person, User

DB_NAME = "ledger.db"
SLOTS_NAME = "keyslots.json"
LOCK_NAME = "ledger.lock"
BACKUPS = "backups"

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


def is_ledger(path: Path) -> bool:
    """A file ledger's folder, or a server ledger's (its connection file and key slots)."""
    return ((path / DB_NAME).is_file() or (path / srv.SERVER_NAME).is_file()) and (
        path / SLOTS_NAME).is_file()


class Ledger:
    """An unlocked ledger, logged in as one user. Pass it to the service functions.

    Locked (``lock_session``, ``close``) it holds no key and no connection: the master key
    (a ``MasterKey`` buffer) is zeroed, every engine it made is disposed, and ``db``,
    ``engine``, ``user``, ``master_key``, ``setting()`` and ``event()`` raise
    ``LedgerLocked``, so every service refuses without checking by itself.
    """

    def __init__(
        self,
        path: Path,
        slots: KeySlotFile,
        lock: LedgerLock,
        master_key: bytes,
        clock: Clock = utcnow,
        kdf: KdfParams = DEFAULT_KDF,
        server: srv.ServerConfig | None = None,
    ) -> None:
        self.path = path
        self.server = server
        self.slots = slots
        self.clock = clock
        self.kdf = kdf
        self._lock = lock
        self._key = MasterKey(master_key)
        self._db: Database | None = self._new_db(self._key)
        self._script_engine: Engine | None = None
        self._user: UserInfo | None = None
        #: on a server: the last event this desktop has seen, and the ids it wrote since
        self.seen_event = 0
        self.own_events: set[int] = set()

    # -- identity ---------------------------------------------------------------
    @property
    def ledger_id(self) -> str:
        return self.slots.ledger_id

    @property
    def user(self) -> UserInfo:
        if self._user is None:
            raise LedgerLocked()
        return self._user

    @property
    def locked(self) -> bool:
        return not self._key.present

    @property
    def db(self) -> Database:
        if self._db is None:
            raise LedgerLocked()
        return self._db

    @property
    def master_key(self) -> bytes:
        """A copy of the key for one call (re-wrapping a key slot); never keep it."""
        return self._key.copy()

    @property
    def engine(self) -> Engine:
        """The read-only engine for scripts (``PRAGMA query_only``): made on first use, the
        same one after, disposed (its connections closed) on lock."""
        if self.locked:
            raise LedgerLocked()
        if self._script_engine is None:
            self._script_engine = (
                make_engine(self.path / DB_NAME, self._key, query_only=True) if self.server is None
                else srv.make_server_engine(self.server, self._key, read_only=True))
        return self._script_engine

    def _new_db(self, key: MasterKey) -> Database:
        """The ledger's database: the SQLCipher file, or the server (``store.server``)."""
        if self.server is not None:
            return srv.ServerDatabase(self.server, key)
        return Database(self.path / DB_NAME, key)

    def switch_key(self, key: bytes) -> None:
        """After a rekey: zero the old key, close its connections and go on with *key*."""
        user = self._user
        self._drop_key()
        self._key = MasterKey(key)
        self._db = self._new_db(self._key)
        self._user = user

    def now(self) -> datetime:
        return self.clock()

    def setting(self, key: str, default: str = "") -> str:
        with self.db.read() as s:
            row = s.get(Setting, key)
            return row.value if row is not None else default

    @property
    def unit_name(self) -> str:
        return self.setting("unit_name")

    def require(self, role: Role, action: str) -> UserInfo:
        """Refuse unless the current user has *role* (and has set their own password)."""
        user = self.user
        if user.must_change_password:
            raise AuthError("auth.must_change_password")
        if role not in user.roles:
            raise PermissionDenied(role=role.value, role_label=role.label, action=action)
        return user

    def require_any(self, roles: tuple[Role, ...], action: str) -> UserInfo:
        user = self.user
        if user.must_change_password:
            raise AuthError("auth.must_change_password")
        if not user.roles.intersection(roles):
            raise PermissionDenied(
                role=roles[0].value, role_label="/".join(r.label for r in roles), action=action
            )
        return user

    def event(
        self, s: Session, kind: str, payload: dict[str, Any] | None = None, **ids: Any
    ) -> Event:
        """Append an event as the current user, in the caller's transaction."""
        if self.locked:
            raise LedgerLocked()
        u = self._user
        ev = eventlog.append(
            s,
            kind=kind,
            user_id=u.id if u else None,
            username=u.username if u else "",
            payload=payload,
            ts=eventlog.utc_ts(self.now()),
            **ids,
        )
        if self.server is not None:
            self.own_events.add(ev.id)
        return ev

    def mark_seen(self, event_id: int) -> None:
        """This desktop has shown everything up to *event_id* (``services.ledger.feed``)."""
        if event_id > self.seen_event:
            self.seen_event = event_id
            self.own_events = {i for i in self.own_events if i > event_id}

    # -- lock / unlock ---------------------------------------------------------
    def lock_session(self) -> None:
        """Drop the key and every connection (idle lock). The file lock stays held."""
        if self.locked:
            return
        try:
            with self.db.write() as s:
                self.event(s, "auth.locked", {})
        finally:
            self._drop_key()

    def unlock_session(self, username: str, password: str) -> UserInfo:
        """Unlock as *username* (the same user or another one): the key is derived again
        from the password and the connections are opened anew."""
        self.lock_session()
        raw = unwrap_with_throttle(self.path, self.slots, username, password, self.now())
        # The file may have been replaced while locked: the same checks as at open, before a
        # connection (which switches on WAL, a write) touches it.
        key = MasterKey(raw if self.server else checked_key(self.path, self.slots, raw))
        self._key, self._db = key, self._new_db(key)
        try:
            self._login(username)
        except BaseException:
            self._drop_key()  # e.g. a disabled account: stay locked
            raise
        return self.user

    def close(self) -> None:
        self._drop_key()
        self._lock.release()

    def _drop_key(self) -> None:
        """Forget the user, dispose every engine, close every connection, zero the key."""
        db, self._db, self._user = self._db, None, None
        if db is not None:
            db.dispose()
        engine, self._script_engine = self._script_engine, None
        if engine is not None:
            engine.dispose()
        self._key.wipe()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals ---------------------------------------------------------------
    def _login(self, username: str) -> None:
        with self.db.write() as s:
            user = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
            if user is None:
                raise AuthError("auth.wrong_password")
            if user.disabled:
                raise AuthError("auth.disabled", username=username)
            person = s.get(Person, user.person_id)
            if person is not None and not person.active:
                raise AuthError("auth.person_inactive", username=username, person=person.name)
            self._user = user_info(user, person.name if person else username)
            failures = pop_failures(self.path, s)
            if failures:
                self.event(s, "auth.failed_attempts", failures)
            ev = self.event(s, "auth.unlocked", {"username": username})
        self.mark_seen(ev.id)

    def reload_user(self) -> None:
        if self._user is not None:
            with self.db.read() as s:
                user = s.get(User, self._user.id)
                person = s.get(Person, user.person_id) if user else None
                if user is not None:
                    self._user = user_info(user, person.name if person else user.username)


def user_info(user: User, person_name: str) -> UserInfo:
    roles = session_roles(Role(r) for r in user.roles.split(",") if r)
    return UserInfo(
        id=user.id,
        username=user.username,
        person_id=user.person_id,
        person_name=person_name,
        roles=roles,
        must_change_password=user.must_change_password,
    )


# -- create / open --------------------------------------------------------------
def check_ledger_folder(path: Path) -> None:
    """Refuse, before any password is asked, a folder that is no ledger or whose database is
    missing, empty or a plain SQLite file (each its own error; nothing is written)."""
    if not (path / SLOTS_NAME).is_file():
        missing = [n for n in (DB_NAME, SLOTS_NAME) if not (path / n).is_file()]
        raise LedgerError("ledger.not_a_ledger", path=str(path), missing=", ".join(missing))
    dbcheck.check_file(path / DB_NAME)


def check_new_folder(path: Path) -> None:
    """Refuse to create a ledger anywhere but in an empty or a new folder: nothing is overwritten."""
    if any((path / n).exists() for n in (DB_NAME, SLOTS_NAME, srv.SERVER_NAME)):
        raise LedgerError("ledger.exists", path=str(path))
    if path.exists() and not path.is_dir():
        raise LedgerError("ledger.not_a_folder", path=str(path))
    entries = sorted(p.name for p in path.iterdir()) if path.is_dir() else []
    if entries:
        shown = ", ".join(entries[:5]) + (" …" if len(entries) > 5 else "")
        raise LedgerError("ledger.folder_not_empty", path=str(path), entries=shown)


def _acquire(path: Path) -> LedgerLock:
    lock = LedgerLock(path / LOCK_NAME)
    lock.acquire()
    return lock


def _verify_key_and_migrate(led: Ledger) -> None:
    """Open the checked database with the app's own connections (WAL), then bring a known
    older schema to head after a backup; never creates a schema (only ``create_ledger`` does).
    A server ledger's database is only checked: its DBA upgrades the schema."""
    if led.server is not None:
        srv.check_database(led.db, led.ledger_id)
        return
    try:
        with led.db.engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
    except LedgerError:
        raise
    except Exception as exc:
        raise dbcheck.damaged(
            "ledger.db_damaged", led.path / DB_NAME, detail=str(getattr(exc, "orig", None) or exc)
        ) from exc
    migrate.upgrade(led.db.engine, led.path / DB_NAME, led.path / BACKUPS)


def _open_with(
    path: Path | str,
    clock: Clock,
    kdf: KdfParams,
    unwrap: Callable[[Path, KeySlotFile], bytes],
    after_open: Callable[[Ledger], None],
) -> Ledger:
    """Check the folder, take the lock, unwrap the key, check the database read-only with
    it, migrate, then *after_open*. A wrong password fails at the key slot (AuthError), a
    damaged database after it (DatabaseDamaged), before anything writes to the file.

    On any failure the keyed connections are dropped and the lock released."""
    folder, server = srv.locate(Path(path))
    if server is None:
        check_ledger_folder(folder)
    slots = KeySlotFile.load(folder / SLOTS_NAME)
    lock = _acquire(folder)
    led: Ledger | None = None
    try:
        discard_leftovers(folder / SLOTS_NAME)
        keyslot_backups.discard_partial(folder / BACKUPS)
        key = unwrap(folder, slots)
        key = key if server else checked_key(folder, slots, key)
        led = Ledger(folder, slots, lock, key, clock=clock, kdf=kdf, server=server)
        _verify_key_and_migrate(led)
        after_open(led)
    except BaseException:
        if led is not None:
            led._drop_key()
        lock.release()
        raise
    return led


def checked_key(folder: Path, slots: KeySlotFile, key: bytes) -> bytes:
    """The key the database has (an interrupted rekey settled), after checking the file
    read-only with it: a missing, empty, foreign or damaged file raises DatabaseDamaged."""
    dbcheck.check_file(folder / DB_NAME)
    key = rekeying.settle(folder / DB_NAME, slots, key)
    dbcheck.inspect(folder / DB_NAME, key, slots.ledger_id)
    return key


def open_ledger(
    path: Path | str,
    *,
    username: str,
    password: str,
    clock: Clock = utcnow,
    kdf: KdfParams = DEFAULT_KDF,
) -> Ledger:
    """Unlock the ledger at *path* as *username*. Raises LedgerError / AuthError."""

    def after_open(led: Ledger) -> None:
        led._login(username)
        _rewrap_if_params_changed(led, username, password)

    return _open_with(
        path, clock, kdf,
        lambda folder, slots: unwrap_with_throttle(folder, slots, username, password, clock()),
        after_open,
    )


def _rewrap_if_params_changed(led: Ledger, username: str, password: str) -> None:
    """Re-wrap a slot made with other KDF parameters (like a password rehash on login)."""
    if led.slots.kdf_of(USER, username) != led.kdf or led.slots.version_of(username) != 2:
        led.slots.put(USER, username, password, led.master_key, led.kdf)
        led.slots.save()


def open_with_recovery(
    path: Path | str,
    *,
    code: str,
    username: str,
    new_password: str,
    clock: Clock = utcnow,
    kdf: KdfParams = DEFAULT_KDF,
) -> Ledger:
    """Reopen with the 应急恢复密钥 and set a new password for *username*."""
    check_password_rules(new_password)

    def after_open(led: Ledger) -> None:
        with led.db.write() as s:
            user = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
            if user is None:
                raise AuthError("auth.wrong_password")
            person = s.get(Person, user.person_id)
            if person is not None and not person.active:  # refused before any slot changes
                raise AuthError("auth.person_inactive", username=username, person=person.name)
            if user.disabled:  # re-enabled by recovery: 三员分立 holds as for reset_password
                user.disabled = False
                check_duties(s, user, person)
            user.must_change_password = False
            led.slots.put(USER, username, new_password, led.master_key, kdf)
            led.slots.save()
            keyslot_backups.remove_user(led.path / BACKUPS, username)
            eventlog.append(
                s, kind="auth.recovered", user_id=user.id, username=username,
                payload={"username": username}, ts=eventlog.utc_ts(clock()),
            )
        led._login(username)

    return _open_with(
        path, clock, kdf,
        lambda folder, slots: unwrap_recovery_with_throttle(folder, slots, username, code, clock()),
        after_open,
    )


def create_ledger(
    path: Path | str,
    *,
    unit_name: str,
    admin_username: str,
    admin_password: str,
    admin_name: str = "",
    clock: Clock = utcnow,
    kdf: KdfParams = DEFAULT_KDF,
) -> tuple[Ledger, str]:
    """Create a ledger, in an empty or new folder only, with a security-officer account.
    Returns (ledger, recovery code). The only function that creates a schema."""
    folder = Path(path)
    check_new_folder(folder)
    validate_username(admin_username)
    check_password_rules(admin_password)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / BACKUPS).mkdir(exist_ok=True)
    lock = _acquire(folder)
    led: Ledger | None = None
    try:
        key = new_master_key()
        code = new_recovery_code()
        now = clock()
        slots = KeySlotFile.create(folder / SLOTS_NAME, str(uuid.uuid4()), now.isoformat())
        slots.put(USER, admin_username, admin_password, key, kdf)
        slots.put(RECOVERY, "recovery", code, key, kdf)
        led = Ledger(folder, slots, lock, key, clock=clock, kdf=kdf)
        migrate.upgrade(led.db.engine, folder / DB_NAME, folder / BACKUPS, create=True)
        _seed(led, unit_name, admin_username, admin_name or admin_username, now)
        slots.save()
        led._login(admin_username)
    except BaseException:
        if led is not None:
            led._drop_key()
        lock.release()
        raise
    return led, code


def _seed(led: Ledger, unit_name: str, username: str, name: str, now: datetime) -> None:
    with led.db.write() as s:
        for k, v in {
            "ledger_id": led.ledger_id,
            "unit_name": unit_name,
            "created_at": now.isoformat(),
        }.items():
            s.add(Setting(key=k, value=v))
        person = Person(name=name, post="保密员", clearance="core", active=True)
        s.add(person)
        s.flush()
        user = User(
            username=username,
            person_id=person.id,
            roles=Role.SECURITY_OFFICER.value,
            created_at=now.replace(tzinfo=None),
        )
        s.add(user)
        s.flush()
        eventlog.append(
            s, kind="ledger.created", user_id=user.id, username=username,
            payload={"ledger_id": led.ledger_id, "unit_name": unit_name},
            ts=eventlog.utc_ts(now),
        )
        eventlog.append(
            s, kind="person.created", user_id=user.id, username=username, person_id=person.id,
            payload={"name": name, "clearance": "core", "post": "保密员"},
            ts=eventlog.utc_ts(now),
        )
        eventlog.append(
            s, kind="user.created", user_id=user.id, username=username, person_id=person.id,
            payload={"username": username, "roles": [Role.SECURITY_OFFICER.value]},
            ts=eventlog.utc_ts(now),
        )
