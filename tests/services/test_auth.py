"""Passwords, the recovery code, resets, disabled accounts and key-slot binding."""

from __future__ import annotations

import json

import pytest

from secledger.domain.enums import Clearance, Role
from secledger.domain.errors import AuthError
from secledger.services.ledger.session import create_ledger, open_ledger, open_with_recovery
from secledger.services.people import accounts as users
from secledger.services.people import persons as people
from secledger.store.keyslots import TEST_KDF


def _open(path, username: str, password: str):  # type: ignore[no-untyped-def]
    return open_ledger(path, username=username, password=password, kdf=TEST_KDF)


def _user_id(led, username: str) -> int:  # type: ignore[no-untyped-def]
    return next(u.id for u in users.list_users(led) if u.username == username)


def test_each_users_password_opens_and_a_wrong_one_does_not(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    admin.close()
    for name, pw in (("admin", "Admin1234"), ("clerk", "Clerk1234")):
        with _open(path, name, pw) as led:
            assert led.user.username == name
    for name, pw in (("admin", "Clerk1234"), ("clerk", "clerk1234"), ("nobody", "Admin1234")):
        with pytest.raises(AuthError) as exc:
            _open(path, name, pw)
        assert exc.value.code == "auth.wrong_password"
    assert "用户名或密码错误" in exc.value.message()


def test_failed_open_releases_the_lock(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    admin.close()
    with pytest.raises(AuthError):
        _open(path, "clerk", "wrong-pass1")
    with _open(path, "clerk", "Clerk1234") as led:
        assert led.user.username == "clerk"


@pytest.mark.parametrize("variant", ["same", "lower", "spaces", "no_dashes"])
def test_recovery_code_opens_and_sets_a_new_password(make_ledger, variant: str) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    code: str = admin.recovery_code  # type: ignore[attr-defined]
    admin.close()
    typed = {
        "same": code,
        "lower": code.lower(),
        "spaces": "  " + code.replace("-", " ") + " ",
        "no_dashes": code.replace("-", "").lower(),
    }[variant]
    led = open_with_recovery(path, code=typed, username="admin", new_password="Recovered99",
                             kdf=TEST_KDF)
    try:
        assert led.user.username == "admin"
        assert not led.user.must_change_password
        with led.db.read() as s:
            from sqlalchemy import select

            from secledger.store.models.events import Event

            kinds = list(s.execute(select(Event.kind).order_by(Event.id)).scalars())
        assert "auth.recovered" in kinds
    finally:
        led.close()
    with _open(path, "admin", "Recovered99") as led:
        assert led.user.username == "admin"
    with pytest.raises(AuthError):
        _open(path, "admin", "Admin1234")


def test_a_wrong_recovery_code_is_refused(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    code: str = admin.recovery_code  # type: ignore[attr-defined]
    admin.close()
    wrong = ("0" if code[0] != "0" else "1") + code[1:]
    with pytest.raises(AuthError) as exc:
        open_with_recovery(path, code=wrong, username="admin", new_password="Recovered99",
                           kdf=TEST_KDF)
    assert exc.value.code == "auth.bad_recovery_code"
    with _open(path, "admin", "Admin1234") as led:  # lock released, old password intact
        assert led.user.username == "admin"


def test_recovery_with_an_unknown_user_releases_the_lock(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    code: str = admin.recovery_code  # type: ignore[attr-defined]
    admin.close()
    with pytest.raises(AuthError):
        open_with_recovery(path, code=code, username="ghost", new_password="Recovered99",
                           kdf=TEST_KDF)
    with _open(path, "admin", "Admin1234") as led:
        assert led.user.username == "admin"


def test_changed_password_works_and_the_old_one_does_not(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    admin.close()
    with _open(path, "clerk", "Clerk1234") as led:
        users.change_password(led, old_password="Clerk1234", new_password="NewClerk5678",
                              confirm="NewClerk5678")
    with _open(path, "clerk", "NewClerk5678") as led:
        assert led.user.username == "clerk"
    with pytest.raises(AuthError) as exc:
        _open(path, "clerk", "Clerk1234")
    assert exc.value.code == "auth.wrong_password"


def test_change_password_needs_the_old_one(clerk_ledger) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AuthError):
        users.change_password(clerk_ledger, old_password="nope12345", new_password="NewClerk5678")


def test_reset_password_forces_a_change_before_any_work(make_ledger, register) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    users.reset_password(admin, user_id=_user_id(admin, "clerk"), new_password="Temp12345")
    admin.close()
    with pytest.raises(AuthError):
        _open(path, "clerk", "Clerk1234")
    with _open(path, "clerk", "Temp12345") as led:
        assert led.user.must_change_password
        with pytest.raises(AuthError) as exc:
            register(led)
        assert exc.value.code == "auth.must_change_password"
        users.change_password(led, old_password="Temp12345", new_password="Mine12345")
        assert not led.user.must_change_password
        assert register(led).reg_no
    with _open(path, "clerk", "Mine12345") as led:
        assert not led.user.must_change_password


def test_new_users_must_change_their_first_password(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    p = people.create_person(admin, name="赵档案", department_id=None, clearance=Clearance.IMPORTANT)
    users.create_user(admin, username="zhao", password="Zhao12345", person_id=p.id,
                      roles={Role.ARCHIVIST})
    admin.close()
    with _open(path, "zhao", "Zhao12345") as led:
        with pytest.raises(AuthError) as exc:
            led.require(Role.ARCHIVIST, "归档")
        assert exc.value.code == "auth.must_change_password"


def test_disable_user_removes_the_key_slot(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    users.disable_user(admin, user_id=_user_id(admin, "clerk"), reason="调离")
    assert not admin.slots.has_user("clerk")
    admin.close()
    data = json.loads((path / "keyslots.json").read_text(encoding="utf-8"))
    assert [s["name"] for s in data["slots"] if s["type"] == "user"] == ["admin"]
    with pytest.raises(AuthError) as exc:
        _open(path, "clerk", "Clerk1234")
    assert exc.value.code == "auth.wrong_password"


def test_reset_password_re_enables_a_disabled_user(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    uid = _user_id(admin, "clerk")
    users.disable_user(admin, user_id=uid)
    users.reset_password(admin, user_id=uid, new_password="Back12345")
    admin.close()
    with _open(path, "clerk", "Back12345") as led:
        assert led.user.must_change_password


def test_the_last_security_officer_cannot_be_disabled(make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, admin = make_ledger()
    p = people.create_person(admin, name="钱保密", department_id=None, clearance=Clearance.CORE)
    other = users.create_user(admin, username="qian", password="Qian12345", person_id=p.id,
                              roles={Role.SECURITY_OFFICER}, must_change_password=False)
    users.set_roles(admin, user_id=other.id, roles={Role.AUDITOR})
    with pytest.raises(AuthError) as exc:
        users.set_roles(admin, user_id=_user_id(admin, "admin"), roles={Role.AUDITOR})
    assert exc.value.code == "auth.last_officer"


def test_a_slot_copied_into_another_ledger_does_not_open_it(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path_a, a = make_ledger("a")
    path_b, b = make_ledger("b")
    a.close()
    b.close()
    slots_a = json.loads((path_a / "keyslots.json").read_text(encoding="utf-8"))
    slots_b = json.loads((path_b / "keyslots.json").read_text(encoding="utf-8"))
    foreign = next(s for s in slots_a["slots"] if s["type"] == "user" and s["name"] == "clerk")
    # Ledger A's clerk slot replaces ledger B's: A's password must not open B.
    slots_b["slots"] = [s for s in slots_b["slots"] if s["name"] != "clerk"] + [foreign]
    (path_b / "keyslots.json").write_text(json.dumps(slots_b), encoding="utf-8")
    with pytest.raises(AuthError) as exc:
        _open(path_b, "clerk", "Clerk1234")
    assert exc.value.code == "auth.wrong_password"
    # and B's own admin is unaffected
    with _open(path_b, "admin", "Admin1234") as led:
        assert led.user.username == "admin"


def test_a_slot_renamed_to_another_user_does_not_open(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    admin.close()
    data = json.loads((path / "keyslots.json").read_text(encoding="utf-8"))
    clerk = next(s for s in data["slots"] if s["name"] == "clerk")
    data["slots"] = [s for s in data["slots"] if s["name"] != "admin"] + [{**clerk, "name": "admin"}]
    (path / "keyslots.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(AuthError):
        _open(path, "admin", "Clerk1234")


def test_create_ledger_refuses_an_existing_ledger(make_ledger) -> None:  # type: ignore[no-untyped-def]
    from secledger.domain.errors import LedgerError

    path, admin = make_ledger()
    admin.close()
    with pytest.raises(LedgerError) as exc:
        create_ledger(path, unit_name="x", admin_username="admin", admin_password="Admin1234",
                      kdf=TEST_KDF)
    assert exc.value.code == "ledger.exists"


def test_idle_lock_drops_the_key_and_unlock_may_switch_user(clerk_ledger, register) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    led.lock_session()
    assert led.locked
    for attempt in (lambda: led.master_key, lambda: led.user, lambda: register(led)):
        with pytest.raises(AuthError) as exc:
            attempt()
        assert exc.value.code == "auth.locked"
    with pytest.raises(AuthError):
        led.unlock_session("clerk", "Wrong12345")
    assert led.locked
    assert led.unlock_session("admin", "Admin1234").username == "admin"
    assert led.user.roles == frozenset({Role.SECURITY_OFFICER})
    led.lock_session()
    led.unlock_session("clerk", "Clerk1234")
    assert register(led).carriers[0].holder_name == "李机要"


def test_key_slot_saves_replace_the_file_and_keep_no_previous_copy(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    before = (path / "keyslots.json").read_text(encoding="utf-8")
    users.reset_password(admin, user_id=_user_id(admin, "clerk"), new_password="Temp12345")
    assert (path / "keyslots.json").read_text(encoding="utf-8") != before
    assert sorted(p.name for p in path.iterdir() if p.name.startswith("keyslots")) == ["keyslots.json"]
