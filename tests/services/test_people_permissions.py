"""Deactivating people who hold carriers; who may do what (DESIGN.md §1 roles)."""

from __future__ import annotations

import pytest

from secledger.domain.enums import Clearance, Role
from secledger.domain.errors import PermissionDenied, RuleViolation
from secledger.domain.states import Action
from secledger.services.carriers.transition import get_carrier, transition
from secledger.services.ledger.session import open_ledger
from secledger.services.people import accounts as users
from secledger.services.people import persons as people
from secledger.store.keyslots import TEST_KDF


def _clerk_person(led) -> int:  # type: ignore[no-untyped-def]
    return next(p.id for p in people.list_people(led) if p.name == "李机要")


def test_a_person_holding_carriers_cannot_be_deactivated(make_ledger, register) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    admin.close()
    with open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF) as clerk:
        docs = [register(clerk, title=f"文件{i}", copies=4) for i in range(2)]
    with open_ledger(path, username="admin", password="Admin1234", kdf=TEST_KDF) as admin:
        pid = _clerk_person(admin)
        with pytest.raises(RuleViolation) as exc:
            people.deactivate_person(admin, person_id=pid, reason="调离")
        assert exc.value.code == "person.holds_carriers"
        assert exc.value.params["count"] == 8
        examples = exc.value.params["examples"].split("、")
        assert len(examples) == 5  # a few examples, not the whole list
        assert examples[0] == f"{docs[0].reg_no}/000001"
        msg = exc.value.message()
        assert msg.startswith("李机要仍保管8件载体") and "移交" in msg
        assert next(p for p in people.list_people(admin) if p.id == pid).active


def test_a_person_whose_carriers_left_custody_can_be_deactivated(make_ledger, register) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    admin.close()
    with open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF) as clerk:
        doc = register(clerk, copies=2)
        with clerk.db.write() as s:
            for c in doc.carriers:
                transition(s, clerk, get_carrier(s, c.id), Action.DESTROY)
    with open_ledger(path, username="admin", password="Admin1234", kdf=TEST_KDF) as admin:
        dto = people.deactivate_person(admin, person_id=_clerk_person(admin), reason="退休")
        assert not dto.active
        assert [p.name for p in people.list_people(admin, active_only=True)] == ["王保密"]


def test_a_person_holding_nothing_can_be_deactivated(make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, admin = make_ledger()
    p = people.create_person(admin, name="孙一般", department_id=None, clearance=Clearance.GENERAL)
    assert not people.deactivate_person(admin, person_id=p.id).active


def test_a_clerk_cannot_manage_users_or_people(clerk_ledger) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    with pytest.raises(PermissionDenied) as exc:
        users.create_user(led, username="eve", password="Eve123456", person_id=led.user.person_id,
                          roles={Role.SECURITY_OFFICER})
    assert exc.value.params["role"] == "security_officer"
    assert exc.value.message() == "当前用户没有“保密员”权限，不能创建账户。"
    with pytest.raises(PermissionDenied):
        users.reset_password(led, user_id=led.user.id, new_password="Eve123456")
    with pytest.raises(PermissionDenied):
        users.set_roles(led, user_id=led.user.id, roles={Role.SECURITY_OFFICER})
    with pytest.raises(PermissionDenied):
        people.create_person(led, name="某人", department_id=None, clearance=Clearance.CORE)
    with pytest.raises(PermissionDenied):
        people.deactivate_person(led, person_id=led.user.person_id)
    assert not led.slots.has_user("eve")


def test_a_security_officer_cannot_register_documents(make_ledger, register) -> None:  # type: ignore[no-untyped-def]
    _path, admin = make_ledger()
    with pytest.raises(PermissionDenied) as exc:
        register(admin)
    assert "不能登记文件" in exc.value.message()


def test_roles_are_a_set_per_user(make_ledger, register) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    p = people.create_person(admin, name="周双岗", department_id=None, clearance=Clearance.CORE)
    u = users.create_user(admin, username="zhou", password="Zhou12345", person_id=p.id,
                          roles={Role.AUDITOR}, must_change_password=False)
    users.set_roles(admin, user_id=u.id, roles={Role.AUDITOR, Role.CLERK})
    admin.close()
    with open_ledger(path, username="zhou", password="Zhou12345", kdf=TEST_KDF) as led:
        assert led.user.roles == frozenset({Role.AUDITOR, Role.CLERK})
        assert register(led).carriers[0].holder_name == "周双岗"
        with pytest.raises(PermissionDenied):
            led.require(Role.ARCHIVIST, "归档")
