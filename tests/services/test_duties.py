"""三员分立 in the account services: the security officer never holds a ledger-fact role nor
the auditor's, cannot grant himself a role; every account has a role; a deactivated
person's account cannot log in; an account whose person holds carriers is not disabled.
Each refusal leaves the ledger exactly as it was (same events, same key slots)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import func, select, update

from secledger.domain.enums import Clearance, Role
from secledger.domain.errors import AuthError, DomainError, PermissionDenied
from secledger.services.ledger.session import open_ledger
from secledger.services.people import accounts as users
from secledger.services.people import persons as people
from secledger.store.keyslots import TEST_KDF
from secledger.store.models.events import Event
from secledger.store.models.people import User

LEDGER_ROLES = (Role.CLERK, Role.ARCHIVIST, Role.APPROVER, Role.AUDITOR)


def _events(led: Any) -> int:
    with led.db.read() as s:
        return int(s.execute(select(func.count()).select_from(Event)).scalar_one())


def _refused(fn: Any, led: Any, code: str, kind: type[DomainError] = DomainError) -> DomainError:
    before, slots = _events(led), (led.path / "keyslots.json").read_bytes()
    with pytest.raises(kind) as exc:
        fn()
    assert exc.value.code == code
    assert _events(led) == before
    assert (led.path / "keyslots.json").read_bytes() == slots
    return exc.value


def _uid(led: Any, username: str) -> int:
    return next(u.id for u in users.list_users(led) if u.username == username)


def _person(led: Any, name: str = "钱某某", clearance: Clearance = Clearance.CORE) -> Any:
    return people.create_person(led, name=name, department_id=None, clearance=clearance)


def test_an_account_needs_a_role(make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, admin = make_ledger()
    p = _person(admin)
    _refused(lambda: users.create_user(admin, username="qian", password="Qian12345",
                                       person_id=p.id, roles=set()), admin, "user.no_roles")
    assert not admin.slots.has_user("qian")
    assert "qian" not in {u.username for u in users.list_users(admin)}
    _refused(lambda: users.set_roles(admin, user_id=_uid(admin, "clerk"), roles=set()), admin,
             "user.no_roles")


@pytest.mark.parametrize("role", LEDGER_ROLES, ids=lambda r: r.value)
def test_no_account_is_security_officer_and_more(make_ledger, role: Role) -> None:  # type: ignore[no-untyped-def]
    _path, admin = make_ledger()
    p = _person(admin)
    err = _refused(lambda: users.create_user(admin, username="qian", password="Qian12345",
                                             person_id=p.id, roles={Role.SECURITY_OFFICER, role}),
                   admin, "user.duties_conflict")
    assert "三员分立" in err.message() and role.label in err.message()
    assert not admin.slots.has_user("qian")
    officer = users.create_user(admin, username="qian", password="Qian12345", person_id=p.id,
                                roles={Role.SECURITY_OFFICER}, must_change_password=False)
    _refused(lambda: users.set_roles(admin, user_id=officer.id, roles={Role.SECURITY_OFFICER, role}),
             admin, "user.duties_conflict")
    _refused(lambda: users.set_roles(admin, user_id=_uid(admin, "clerk"),
                                     roles={Role.SECURITY_OFFICER, role}), admin,
             "user.duties_conflict")


def test_the_officer_gets_no_second_account_with_a_ledger_role(make_ledger) -> None:  # type: ignore[no-untyped-def]
    """Per person: a second account of the security officer's person cannot be a clerk."""
    _path, admin = make_ledger()
    _refused(lambda: users.create_user(admin, username="wang2", password="Wang12345",
                                       person_id=admin.user.person_id, roles={Role.CLERK}),
             admin, "user.duties_conflict")
    # nor can the clerk's person get a security officer's account
    clerk_person = next(u.person_id for u in users.list_users(admin) if u.username == "clerk")
    _refused(lambda: users.create_user(admin, username="li2", password="Li123456",
                                       person_id=clerk_person, roles={Role.SECURITY_OFFICER}),
             admin, "user.duties_conflict")


def test_the_officer_cannot_grant_himself_a_role(make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, admin = make_ledger()
    p = _person(admin)
    users.create_user(admin, username="qian", password="Qian12345", person_id=p.id,
                      roles={Role.SECURITY_OFFICER}, must_change_password=False)
    # another officer remains, so only the self-grant rule stands in the way
    err = _refused(lambda: users.set_roles(admin, user_id=admin.user.id, roles={Role.CLERK}),
                   admin, "user.self_grant")
    assert "机要员" in err.message()
    assert admin.user.roles == frozenset({Role.SECURITY_OFFICER})


def test_every_role_change_records_before_and_after(make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, admin = make_ledger()
    uid = _uid(admin, "clerk")
    users.set_roles(admin, user_id=uid, roles={Role.CLERK, Role.ARCHIVIST})
    p = _person(admin)
    users.create_user(admin, username="qian", password="Qian12345", person_id=p.id,
                      roles={Role.AUDITOR})
    with admin.db.read() as s:
        rows = s.execute(select(Event.kind, Event.payload).where(
            Event.kind.in_(("user.roles_changed", "user.created"))).order_by(Event.id)).all()
    changed = [json.loads(b) for k, b in rows if k == "user.roles_changed"]
    assert changed == [{"username": "clerk", "before": ["approver", "archivist", "auditor", "clerk"],
                        "after": ["archivist", "clerk"]}]
    created = json.loads(rows[-1][1])
    assert (created["username"], created["before"], created["after"]) == ("qian", [], ["auditor"])


def test_a_deactivated_persons_account_cannot_log_in(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    p = _person(admin, "赵离岗", Clearance.IMPORTANT)
    users.create_user(admin, username="zhao", password="Zhao12345", person_id=p.id,
                      roles={Role.CLERK}, must_change_password=False)
    people.deactivate_person(admin, person_id=p.id, reason="退休")
    before = _events(admin)
    admin.close()
    with pytest.raises(AuthError) as exc:
        open_ledger(path, username="zhao", password="Zhao12345", kdf=TEST_KDF)
    assert exc.value.code == "auth.person_inactive"
    assert "赵离岗" in exc.value.message() and "zhao" in exc.value.message()
    with open_ledger(path, username="admin", password="Admin1234", kdf=TEST_KDF) as led:
        assert _events(led) == before + 1  # admin's own unlock only: zhao left no trace
        led.lock_session()
        with pytest.raises(AuthError) as again:
            led.unlock_session("zhao", "Zhao12345")
        assert again.value.code == "auth.person_inactive"


def test_the_last_officers_person_cannot_be_deactivated(make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, admin = make_ledger()
    _refused(lambda: people.deactivate_person(admin, person_id=admin.user.person_id), admin,
             "auth.last_officer")


def test_an_account_whose_person_holds_carriers_is_not_disabled(make_ledger, register) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    admin.close()
    with open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF) as clerk:
        register(clerk, copies=2)
    admin = open_ledger(path, username="admin", password="Admin1234", kdf=TEST_KDF)
    try:
        err = _refused(lambda: users.disable_user(admin, user_id=_uid(admin, "clerk")), admin,
                       "user.holds_carriers")
        assert "2件" in err.message() and "移交" in err.message()
        assert admin.slots.has_user("clerk")
        assert not next(u for u in users.list_users(admin) if u.username == "clerk").disabled
        # with a second enabled account the person can still act: this one may go
        clerk_person = next(u.person_id for u in users.list_users(admin) if u.username == "clerk")
        users.create_user(admin, username="clerk2", password="Clerk12345", person_id=clerk_person,
                          roles={Role.CLERK})
        users.disable_user(admin, user_id=_uid(admin, "clerk"), reason="改用新账户")
    finally:
        admin.close()


def test_an_old_account_with_conflicting_roles_acts_as_officer_only(make_ledger, register) -> None:  # type: ignore[no-untyped-def]
    """Made before the rule: login works, the ledger-fact and audit roles are not usable,
    the account list shows the stored conflict, and a set_roles must resolve it."""
    path, admin = make_ledger()
    with admin.db.write() as s:
        s.execute(update(User).where(User.username == "admin")
                  .values(roles="auditor,clerk,security_officer"))
    admin.close()
    with open_ledger(path, username="admin", password="Admin1234", kdf=TEST_KDF) as led:
        assert led.user.roles == frozenset({Role.SECURITY_OFFICER})
        with pytest.raises(PermissionDenied):
            register(led)
        stored = next(u for u in users.list_users(led) if u.username == "admin")
        assert stored.roles == frozenset({Role.SECURITY_OFFICER, Role.CLERK, Role.AUDITOR})
        # another officer fixes it (the conflict cannot be kept by any change)
        p = _person(led)
        users.create_user(led, username="qian", password="Qian12345", person_id=p.id,
                          roles={Role.SECURITY_OFFICER}, must_change_password=False)
        with pytest.raises(DomainError) as exc:
            users.set_roles(led, user_id=led.user.id, roles={Role.SECURITY_OFFICER, Role.CLERK})
        assert exc.value.code == "user.duties_conflict"
        users.set_roles(led, user_id=led.user.id, roles={Role.SECURITY_OFFICER})
        fixed = next(u for u in users.list_users(led) if u.username == "admin")
        assert fixed.roles == frozenset({Role.SECURITY_OFFICER})


def test_re_enabling_an_account_cannot_bring_back_a_conflict(make_ledger) -> None:  # type: ignore[no-untyped-def]
    """A disabled officer's account is not re-enabled beside the same person's clerk account."""
    _path, admin = make_ledger()
    p = _person(admin)
    officer = users.create_user(admin, username="qian", password="Qian12345", person_id=p.id,
                                roles={Role.SECURITY_OFFICER}, must_change_password=False)
    users.disable_user(admin, user_id=officer.id, reason="转岗")
    users.create_user(admin, username="qian2", password="Qian12345", person_id=p.id,
                      roles={Role.CLERK})
    _refused(lambda: users.reset_password(admin, user_id=officer.id, new_password="Back12345"),
             admin, "user.duties_conflict")
    assert next(u for u in users.list_users(admin) if u.username == "qian").disabled
