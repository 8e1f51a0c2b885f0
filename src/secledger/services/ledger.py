"""Create, open, lock and unlock a ledger folder; the ``Ledger`` handle scripts use.

A ledger folder holds ``ledger.db`` (SQLCipher), ``keyslots.json``, ``ledger.lock``,
``failures.json`` (failed unlock attempts, for the slow-down) and ``backups/``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from secledger.domain.enums import Role
from secledger.domain.errors import AuthError, LedgerError, PermissionDenied
from secledger.services.dto import UserInfo
from secledger.services.throttle import (
    pop_failures,
    unwrap_recovery_with_throttle,
    unwrap_with_throttle,
)
from secledger.store import eventlog, migrate
from secledger.store.engine import Database, make_engine
from secledger.store.keyslots import (
    DEFAULT_KDF,
    RECOVERY,
    USER,
    KdfParams,
    KeySlotFile,
    new_master_key,
    new_recovery_code,
)
from secledger.store.lock import LedgerLock
from secledger.store.models import Event, Person, Setting, User

DB_NAME = "ledger.db"
SLOTS_NAME = "keyslots.json"
LOCK_NAME = "ledger.lock"
BACKUPS = "backups"

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


def is_ledger(path: Path) -> bool:
    return (path / DB_NAME).is_file() and (path / SLOTS_NAME).is_file()


class Ledger:
    """An unlocked ledger, logged in as one user. Pass it to the service functions."""

    def __init__(
        self,
        path: Path,
        slots: KeySlotFile,
        lock: LedgerLock,
        master_key: bytes,
        clock: Clock = utcnow,
        kdf: KdfParams = DEFAULT_KDF,
    ) -> None:
        self.path = path
        self.slots = slots
        self.clock = clock
        self.kdf = kdf
        self._lock = lock
        self._key: bytes | None = master_key
        self.db: Database = Database(path / DB_NAME, master_key)
        self._user: UserInfo | None = None

    # -- identity ---------------------------------------------------------------
    @property
    def ledger_id(self) -> str:
        return self.slots.ledger_id

    @property
    def user(self) -> UserInfo:
        if self._user is None:
            raise AuthError("auth.locked")
        return self._user

    @property
    def locked(self) -> bool:
        return self._key is None

    @property
    def master_key(self) -> bytes:
        if self._key is None:
            raise AuthError("auth.locked")
        return self._key

    @property
    def engine(self) -> Engine:
        """A read-only engine for scripts (``PRAGMA query_only``)."""
        return make_engine(self.path / DB_NAME, self.master_key, query_only=True)

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
        u = self._user
        return eventlog.append(
            s,
            kind=kind,
            user_id=u.id if u else None,
            username=u.username if u else "",
            payload=payload,
            ts=eventlog.utc_ts(self.now()),
            **ids,
        )

    # -- lock / unlock ---------------------------------------------------------
    def lock_session(self) -> None:
        """Drop the key and the connections (idle lock). The file lock stays held."""
        if self._key is None:
            return
        with self.db.write() as s:
            self.event(s, "auth.locked", {})
        self.db.dispose()
        self._key = None
        self._user = None

    def unlock_session(self, username: str, password: str) -> UserInfo:
        """Unlock as *username* (the same user or another one)."""
        key = unwrap_with_throttle(self.path, self.slots, username, password, self.now())
        self._key = key
        self.db = Database(self.path / DB_NAME, key)
        self._login(username)
        return self.user

    def close(self) -> None:
        if self._key is not None:
            self.db.dispose()
        self._key = None
        self._user = None
        self._lock.release()

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
            self._user = user_info(user, person.name if person else username)
            failures = pop_failures(self.path, s)
            if failures:
                self.event(s, "auth.failed_attempts", failures)
            self.event(s, "auth.unlocked", {"username": username})

    def reload_user(self) -> None:
        if self._user is not None:
            with self.db.read() as s:
                user = s.get(User, self._user.id)
                person = s.get(Person, user.person_id) if user else None
                if user is not None:
                    self._user = user_info(user, person.name if person else user.username)


def user_info(user: User, person_name: str) -> UserInfo:
    roles = frozenset(Role(r) for r in user.roles.split(",") if r)
    return UserInfo(
        id=user.id,
        username=user.username,
        person_id=user.person_id,
        person_name=person_name,
        roles=roles,
        must_change_password=user.must_change_password,
    )


# -- create / open --------------------------------------------------------------
def _check_folder(path: Path) -> None:
    missing = [n for n in (DB_NAME, SLOTS_NAME) if not (path / n).is_file()]
    if missing:
        raise LedgerError("ledger.not_a_ledger", path=str(path), missing=", ".join(missing))


def _acquire(path: Path) -> LedgerLock:
    lock = LedgerLock(path / LOCK_NAME)
    lock.acquire()
    return lock


def _verify_key_and_migrate(led: Ledger) -> None:
    try:
        with led.db.engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
    except LedgerError:
        raise
    except Exception as exc:
        raise LedgerError(
            "ledger.damaged", detail=str(getattr(exc, "orig", None) or exc), backups=str(led.path / BACKUPS)
        ) from exc
    migrate.upgrade(led.db.engine, led.path / DB_NAME, led.path / BACKUPS)


def _open_with(
    path: Path | str,
    clock: Clock,
    kdf: KdfParams,
    unwrap: Callable[[Path, KeySlotFile], bytes],
    after_open: Callable[[Ledger], None],
) -> Ledger:
    """Check the folder, take the lock, unwrap the key, migrate, then *after_open*.

    On any failure the keyed connections are dropped and the lock released."""
    folder = Path(path)
    _check_folder(folder)
    slots = KeySlotFile.load(folder / SLOTS_NAME)
    lock = _acquire(folder)
    led: Ledger | None = None
    try:
        key = unwrap(folder, slots)
        led = Ledger(folder, slots, lock, key, clock=clock, kdf=kdf)
        _verify_key_and_migrate(led)
        after_open(led)
    except BaseException:
        if led is not None:
            led.db.dispose()
        lock.release()
        raise
    return led


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
    if led.slots.kdf_of(USER, username) != led.kdf:
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
    from secledger.services.users import check_password_rules

    check_password_rules(new_password)

    def after_open(led: Ledger) -> None:
        with led.db.write() as s:
            user = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
            if user is None:
                raise AuthError("auth.wrong_password")
            user.disabled = False
            user.must_change_password = False
            led.slots.put(USER, username, new_password, led.master_key, kdf)
            led.slots.save()
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
    """Create a ledger folder with a security-officer account. Returns (ledger, recovery code)."""
    from secledger.services.users import check_password_rules, validate_username

    folder = Path(path)
    if is_ledger(folder) or (folder / DB_NAME).exists():
        raise LedgerError("ledger.exists", path=str(folder))
    validate_username(admin_username)
    check_password_rules(admin_password)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / BACKUPS).mkdir(exist_ok=True)
    lock = _acquire(folder)
    try:
        key = new_master_key()
        code = new_recovery_code()
        now = clock()
        slots = KeySlotFile.create(folder / SLOTS_NAME, str(uuid.uuid4()), now.isoformat())
        slots.put(USER, admin_username, admin_password, key, kdf)
        slots.put(RECOVERY, "recovery", code, key, kdf)
        led = Ledger(folder, slots, lock, key, clock=clock, kdf=kdf)
        migrate.upgrade(led.db.engine, folder / DB_NAME, folder / BACKUPS)
        _seed(led, unit_name, admin_username, admin_name or admin_username, now)
        slots.save()
        led._login(admin_username)
    except BaseException:
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
