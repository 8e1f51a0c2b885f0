"""Failed unlock attempts slow the next ones down and are recorded at the next success.

Time is injected (``clock=``): nothing sleeps.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from secledger.domain.errors import AuthError
from secledger.services.ledger.session import open_ledger
from secledger.services.ledger.throttle import seconds_until_allowed, throttle_delay
from secledger.store.keyslots import TEST_KDF
from secledger.store.models.events import Event

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
    payload = json.loads(rows[1][1])
    attempts = payload["attempts"]
    assert payload["count"] == len(attempts) == 4
    assert payload["first"] == attempts[0]["ts"] == T0.isoformat()
    assert {a["account"] for a in attempts} == {"clerk"}
    assert {a["via"] for a in attempts} == {"password"}
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
    attempts = json.loads(payload)["attempts"]
    # an account is named; a name that is no account is never kept, only its keyed hash
    assert [a["account"] for a in attempts] == ["clerk", ""]
    assert all(len(a["user_hash"]) == 16 for a in attempts)
    assert "nobody" not in payload


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


def test_failures_json_keeps_no_typed_name_or_password(make_ledger) -> None:  # type: ignore[no-untyped-def]
    """A password typed into the user-name box is not written to the folder in any form
    that can be read back (only a keyed hash under a random salt)."""
    path, admin = make_ledger()
    admin.close()
    clock = FakeClock(T0)
    typed = "Geheim-Pw-77"
    with pytest.raises(AuthError):
        _try(path, clock, "Clerk1234", username=typed)
    with pytest.raises(AuthError):
        _try(path, clock, "Wrong-Pw-99", username="clerk")
    raw = (path / "failures.json").read_bytes()
    for secret in (typed, "Wrong-Pw-99", "Clerk1234", "clerk"):
        assert secret.encode() not in raw
        assert secret.encode("utf-16-le") not in raw
    data = json.loads(raw)
    assert set(data) == {"format", "salt", "attempts"}
    assert [set(a) for a in data["attempts"]] == [{"ts", "user", "via"}] * 2
    assert seconds_until_allowed(path, clock()) == (0, 2)
    # the typed password reaches neither the event log nor any file of the folder
    with _try(path, clock, "Admin1234", username="admin") as led, led.db.read() as s:
        payload = s.execute(select(Event.payload).where(Event.kind == "auth.failed_attempts")
                            ).scalar_one()
    assert typed not in payload and "Wrong-Pw-99" not in payload
    assert [a["account"] for a in json.loads(payload)["attempts"]] == ["", "clerk"]


def test_two_ledgers_hash_the_same_name_differently(make_ledger) -> None:  # type: ignore[no-untyped-def]
    hashes = []
    for name in ("one", "two"):
        path, admin = make_ledger(name)
        admin.close()
        with pytest.raises(AuthError):
            _try(path, FakeClock(T0), "x", username="Same-Typed-Name")
        hashes.append(json.loads((path / "failures.json").read_text())["attempts"][0]["user"])
    assert hashes[0] != hashes[1]


def test_failures_json_is_replaced_atomically(make_ledger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A crash while writing leaves the previous file whole (temporary file, then rename)."""
    import os

    path, admin = make_ledger()
    admin.close()
    clock = FakeClock(T0)
    _fail(path, clock)
    before = (path / "failures.json").read_bytes()

    def crash(*_a: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        _fail(path, clock)
    monkeypatch.undo()
    assert (path / "failures.json").read_bytes() == before
    assert sorted(p.name for p in path.iterdir() if "failures" in p.name) == ["failures.json"]


def _wrong_code(code: str) -> str:
    return ("0" if code[0] != "0" else "1") + code[1:]


def test_wrong_recovery_codes_are_throttled_and_logged(make_ledger) -> None:  # type: ignore[no-untyped-def]
    from secledger.services.ledger.session import open_with_recovery

    path, admin = make_ledger()
    code: str = admin.recovery_code  # type: ignore[attr-defined]
    admin.close()
    clock = FakeClock(T0)

    def recover(c: str):  # type: ignore[no-untyped-def]
        return open_with_recovery(path, code=c, username="admin", new_password="Recovered99",
                                  clock=clock, kdf=TEST_KDF)

    for _ in range(3):
        with pytest.raises(AuthError) as exc:
            recover(_wrong_code(code))
        assert exc.value.code == "auth.bad_recovery_code"
    assert seconds_until_allowed(path, clock()) == (5, 3)
    with pytest.raises(AuthError) as exc:
        recover(code)  # even the right code waits
    assert exc.value.code == "auth.throttled"
    with pytest.raises(AuthError) as exc:
        _try(path, clock, "Clerk1234")  # and so does a password: one wait per ledger
    assert exc.value.code == "auth.throttled"
    assert code.encode() not in (path / "failures.json").read_bytes()
    clock.t += timedelta(seconds=5)
    with recover(code) as led, led.db.read() as s:
        payload = json.loads(s.execute(select(Event.payload).where(
            Event.kind == "auth.failed_attempts")).scalar_one())
    assert payload["count"] == 3
    assert [(a["via"], a["account"]) for a in payload["attempts"]] == [("recovery", "admin")] * 3
    assert _wrong_code(code) not in json.dumps(payload)
