"""Fixtures for the issue-5 pane tests: a small office opened as the clerk."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from secledger.domain.access import NeedToKnow
from secledger.domain.enums import Clearance, Register, Role
from secledger.domain.marks import parse_mark


class Clock:
    def __init__(self, t: datetime) -> None:
        self.t = t

    def __call__(self) -> datetime:
        return self.t


@pytest.fixture(name="office_ledger")
def office_ledger_fixture(tmp_path: Path) -> Any:
    """A ledger opened as the clerk, three core-cleared leaders and a 绝密 document."""
    from secledger.services.ledger.session import create_ledger, open_ledger
    from secledger.services.ledger.timing import set_workflow_policy
    from secledger.services.people import accounts as users
    from secledger.services.people import persons as people
    from secledger.services.registration.register import DocumentInput, register_document
    from secledger.store.keyslots import TEST_KDF

    clock = Clock(datetime(2026, 11, 24, 1, 0, tzinfo=UTC))
    admin, _ = create_ledger(tmp_path / "l", unit_name="某某市保密局", admin_username="admin",
                             admin_password="Admin1234", clock=clock, kdf=TEST_KDF)
    set_workflow_policy(admin, "timezone", "Asia/Shanghai")
    dept = people.create_department(admin, name="办公室")
    clerk = people.create_person(admin, name="李机要", department_id=dept.id,
                                 clearance=Clearance.CORE)
    users.create_user(admin, username="clerk", password="Clerk1234", person_id=clerk.id,
                      roles={Role.CLERK, Role.ARCHIVIST}, must_change_password=False)
    leaders = [people.create_person(admin, name=n, department_id=dept.id,
                                    clearance=Clearance.CORE) for n in ("张局长", "刘副局长", "陈副局长")]
    users.create_user(admin, username="leader", password="Leader1234",
                      person_id=leaders[0].id, roles={Role.APPROVER},
                      must_change_password=False)
    low = people.create_person(admin, name="赵科员", department_id=dept.id,
                               clearance=Clearance.GENERAL)
    admin.close()
    led = open_ledger(tmp_path / "l", username="clerk", password="Clerk1234", clock=clock,
                      kdf=TEST_KDF)
    doc = register_document(led, DocumentInput(
        register=Register.RECEIPT, title="关于某重大事项的请示", mark=parse_mark("绝密★长期"),
        copy_nos=(1,), unit="省委办公厅", doc_no="省委〔2026〕3号",
        need_to_know=NeedToKnow.of(departments=[dept.id])))
    led.fixture = (doc, leaders, low, clock)  # type: ignore[attr-defined]
    yield led
    led.close()
