"""Failed unlock attempts slow the next ones down and are recorded at the next success.

Time is injected (``clock=``): nothing sleeps.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from secledger.domain.errors import AuthError
from secledger.services.ledger import open_ledger
from secledger.services.throttle import seconds_until_allowed, throttle_delay
from secledger.store.keyslots import TEST_KDF
from secledger.store.models import Event

T0 = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)


class FakeClock:
    """An injectable clock (``clock=``): the test moves time, nothing sleeps."""

    def __init__(self, start: datetime) -> None:
        self.t = start

    def __call__(self) -> datetime:
        return self.t


def _try(path, clock, password: str, username: str = "clerk"):  # type: ignore[no-untyped-def]
    return open_ledger(path, username=username, password=password, clock=clock, kdf=TEST_KDF)


def _fail(path, clock, password: str = "Wrong12345") -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(AuthError) as exc:
        _try(path, clock, password)
    return exc.value.code


def test_throttle_delay_grows_and_is_capped() -> None:
    assert [throttle_delay(n) for n in range(8)] == [0, 0, 0, 5, 10, 20, 40, 80]
    assert throttle_delay(50) == 300
    assert all(throttle_delay(n) <= throttle_delay(n + 1) for n in range(40))


def test_failures_slow_down_then_are_logged_at_the_next_success(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    admin.close()
    clock = FakeClock(T0)
    for _ in range(3):
        assert _fail(path, clock) == "auth.wrong_password"
    assert seconds_until_allowed(path, clock()) == (5, 3)
    clock.t = T0 + timedelta(seconds=2)
    # Even the right password waits: the slow-down is per ledger, not per guess.
    with pytest.raises(AuthError) as exc:
        _try(path, clock, "Clerk1234")
    assert exc.value.code == "auth.throttled"
    assert exc.value.params == {"seconds": 3, "failures": 3}
    assert "3秒" in exc.value.message()
    clock.t = T0 + timedelta(seconds=5)
    assert _fail(path, clock) == "auth.wrong_password"
    assert seconds_until_allowed(path, clock()) == (10, 4)
    clock.t += timedelta(seconds=9)
    assert _fail(path, clock, "Clerk1234") == "auth.throttled"
    clock.t += timedelta(seconds=1)
    with _try(path, clock, "Clerk1234") as led, led.db.read() as s:
        rows = s.execute(select(Event.kind, Event.payload, Event.username)
                         .order_by(Event.id.desc()).limit(2)).all()
    assert [r[0] for r in rows] == ["auth.unlocked", "auth.failed_attempts"]
    attempts = json.loads(rows[1][1])["attempts"]
    assert len(attempts) == 4
    assert {a["username"] for a in attempts} == {"clerk"}
    assert attempts[0]["ts"] == T0.isoformat()
    assert rows[1][2] == "clerk"
    # recorded once: the counter starts again
    assert seconds_until_allowed(path, clock()) == (0, 0)
    assert not (path / "failures.json").exists()


def test_failures_under_the_threshold_are_still_logged(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    admin.close()
    clock = FakeClock(T0)
    _fail(path, clock)
    with pytest.raises(AuthError):
        _try(path, clock, "Admin1234", username="nobody")
    with _try(path, clock, "Admin1234", username="admin") as led, led.db.read() as s:
        payload = s.execute(select(Event.payload).where(Event.kind == "auth.failed_attempts")
                            ).scalar_one()
    assert [a["username"] for a in json.loads(payload)["attempts"]] == ["clerk", "nobody"]


def test_unlock_session_after_idle_lock_is_throttled_too(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    admin.close()
    clock = FakeClock(T0)
    led = _try(path, clock, "Clerk1234")
    try:
        led.lock_session()
        assert led.locked
        for _ in range(3):
            with pytest.raises(AuthError):
                led.unlock_session("clerk", "Wrong12345")
        with pytest.raises(AuthError) as exc:
            led.unlock_session("clerk", "Clerk1234")
        assert exc.value.code == "auth.throttled"
        clock.t += timedelta(seconds=5)
        assert led.unlock_session("clerk", "Clerk1234").username == "clerk"
        with led.db.read() as s:
            kinds = list(s.execute(select(Event.kind).order_by(Event.id)).scalars())
        assert kinds[-4:] == ["auth.unlocked", "auth.locked", "auth.failed_attempts", "auth.unlocked"]
    finally:
        led.close()


def test_a_clock_set_back_does_not_lock_people_out_for_longer(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    admin.close()
    clock = FakeClock(T0)
    for _ in range(3):
        _fail(path, clock)
    clock.t = T0 - timedelta(days=1)  # someone corrected the PC clock
    wait, count = seconds_until_allowed(path, clock())
    assert count == 3
    assert wait <= throttle_delay(3)
