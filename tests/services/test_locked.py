"""Locked means locked: after ``lock_session`` no copy of the master key is reachable from
the ledger, every connection is closed, and every service call raises ``LedgerLocked``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import sqlcipher3
from sqlalchemy import text

from secledger.domain.enums import Clearance, Role
from secledger.domain.errors import AuthError, LedgerLocked
from secledger.services.audit import log as audit
from secledger.services.audit.log import EventQuery
from secledger.services.browse import query as browse
from secledger.services.browse.query import BrowseQuery
from secledger.services.ledger import policy
from secledger.services.people import accounts as users
from secledger.services.people import persons as people


def test_no_copy_of_the_master_key_is_reachable_after_lock(clerk_ledger, register, key_scan) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    register(led)
    key = led.master_key
    engine = led.engine  # handed to a script
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM carriers")).scalar() == 3
    with led.db.read() as s:  # sessions and pools have been used
        assert s.execute(text("SELECT count(*) FROM events")).scalar()
    roots: list[object] = [led, engine]
    assert key_scan(roots, key), "the scan must see the key while unlocked"
    led.lock_session()
    assert key_scan(roots, key) == []
    assert led._key._buf == bytearray()  # zeroed, then emptied


def test_every_connection_is_closed_on_lock(clerk_ledger) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    busy = led.db.raw_connection()  # checked out, as by a background count
    busy.driver_connection.execute("SELECT count(*) FROM events").fetchone()
    engine = led.engine
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    pooled = engine.pool.checkedin()
    assert pooled >= 1
    led.lock_session()
    with pytest.raises(sqlcipher3.ProgrammingError):
        busy.driver_connection.execute("SELECT 1")
    assert engine.pool.checkedin() == 0
    with pytest.raises(LedgerLocked):
        engine.connect()
    busy.invalidate()


def test_the_script_engine_is_made_once_and_disposed_on_lock(clerk_ledger) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    engine = led.engine
    assert led.engine is engine  # one keyed engine, not a new one per access
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    led.lock_session()
    assert engine.pool.checkedin() == 0
    led.unlock_session("clerk", "Clerk1234")
    again = led.engine  # the old engine's key is gone: a new one for the new session
    assert again is not engine and led.engine is again
    with again.connect() as conn:
        assert conn.execute(text("SELECT 1")).scalar() == 1


def _calls(register: Callable[..., Any]) -> dict[str, Callable[[Any], Any]]:
    return {
        "registration": lambda led: register(led, title="锁定后登记"),
        "browse page": lambda led: browse.page(led, BrowseQuery(), 0, 50),
        "browse count": lambda led: browse.count(led, BrowseQuery()),
        "users": lambda led: users.list_users(led),
        "people": lambda led: people.create_person(led, name="王五", department_id=None,
                                                  clearance=Clearance.IMPORTANT),
        "audit": lambda led: audit.page(led, EventQuery(), limit=10),
        "verify": lambda led: audit.verify_ledger(led),
        "policy": lambda led: policy.auto_lock_minutes(led),
        "setting": lambda led: led.setting("unit_name"),
        "unit name": lambda led: led.unit_name,
        "db": lambda led: led.db.read(),
        "engine": lambda led: led.engine,
        "user": lambda led: led.user,
        "master key": lambda led: led.master_key,
        "event": lambda led: led.event(None, "carrier.noted", {}),
        "require": lambda led: led.require(Role.CLERK, "登记"),
    }


def test_every_service_call_on_a_locked_ledger_is_refused(clerk_ledger, register) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    for name, call in _calls(register).items():  # they all work while unlocked
        if name not in {"people", "event"}:
            call(led)
    led.lock_session()
    for name, call in _calls(register).items():
        with pytest.raises(LedgerLocked) as exc:
            call(led)
        assert exc.value.code == "auth.locked", name
        assert isinstance(exc.value, AuthError)
    assert exc.value.message() == "台账已锁定，请输入密码解锁。"
    assert "unlock it with your password" in exc.value.message("en")


def test_unlock_derives_the_key_again_and_rebuilds_the_connections(clerk_ledger, register) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    key = led.master_key
    old_db = led.db
    led.lock_session()
    with pytest.raises(AuthError):
        led.unlock_session("clerk", "Wrong12345")
    assert led.locked
    led.unlock_session("clerk", "Clerk1234")
    assert led.db is not old_db and led.master_key == key
    assert register(led).carriers[0].holder_name == "李机要"
    with pytest.raises(LedgerLocked), old_db.read() as s:  # the old Database stays dead
        s.execute(text("SELECT 1"))


def test_a_refused_unlock_stays_locked(make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, admin = make_ledger()
    clerk_id = next(u.id for u in users.list_users(admin) if u.username == "clerk")
    users.disable_user(admin, user_id=clerk_id, reason="调离")
    admin.lock_session()
    with pytest.raises(AuthError):
        admin.unlock_session("clerk", "Clerk1234")
    assert admin.locked
    with pytest.raises(LedgerLocked):
        admin.setting("unit_name")


def test_close_wipes_the_key_too(make_ledger, key_scan) -> None:  # type: ignore[no-untyped-def]
    _path, led = make_ledger()
    key = led.master_key
    led.close()
    assert led.locked and key_scan([led], key) == []
    with pytest.raises(LedgerLocked):
        _ = led.db
