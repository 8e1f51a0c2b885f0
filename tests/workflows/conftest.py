"""Fixtures for the workflow tests (issue 5: circulation, retention, archive, approvals)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from secledger.domain.access import NeedToKnow
from secledger.domain.enums import Clearance, Register, Role, Urgency
from secledger.domain.marks import parse_mark


class Clock:
    """An injectable clock (``Ledger.clock``): tests move time without sleeping."""

    def __init__(self, start: datetime) -> None:
        self.t = start

    def __call__(self) -> datetime:
        return self.t

    def set(self, t: datetime) -> None:
        self.t = t


@dataclass
class Office:
    """A ledger with people and accounts, opened as the clerk, with a movable clock."""

    path: Path
    clock: Clock
    led: Any
    dept: Any
    other_dept: Any
    leaders: list[Any]  # three core-cleared leaders in 办公室
    clerk_person_id: int
    approver_person: Any
    general_staff: Any  # 一般 clearance, 办公室
    outsider: Any  # core clearance, 财务处
    opened: list[Any]

    def login(self, username: str, password: str) -> Any:
        from secledger.services.ledger.session import open_ledger
        from secledger.store.keyslots import TEST_KDF

        self.led.close()
        self.led = open_ledger(self.path, username=username, password=password,
                               clock=self.clock, kdf=TEST_KDF)
        self.opened.append(self.led)
        return self.led

    def as_clerk(self) -> Any:
        return self.login("clerk", "Clerk1234")

    def as_approver(self) -> Any:
        return self.login("leader", "Leader1234")

    def next_doc_no(self) -> str:
        """省保〔2026〕12号, 13号 …: each registration its own 文号 (the same unit's 文号 with
        the same 份号 twice is a duplicate receipt, refused)."""
        self.doc_nos = getattr(self, "doc_nos", 11) + 1
        return f"省保〔2026〕{self.doc_nos}号"

    def register(self, title: str = "关于加强保密管理的通知", *, mark: str = "机密★10年",
                 copies: int = 1, urgency: Urgency = Urgency.NORMAL,
                 need_to_know: NeedToKnow | None = None, **kw: Any) -> Any:
        from secledger.services.registration.register import DocumentInput, register_document

        inp = DocumentInput(register=Register.RECEIPT, title=title, mark=parse_mark(mark),
                            copy_nos=tuple(range(1, copies + 1)), unit=kw.pop("unit", "省保密局"),
                            doc_no=kw.pop("doc_no", None) or self.next_doc_no(), urgency=urgency,
                            need_to_know=need_to_know or NeedToKnow.of(
                                departments=[self.dept.id]), **kw)
        return register_document(self.led, inp)


START = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)  # 09:00 in Beijing


@pytest.fixture
def office(tmp_path: Path, ledger_backend: str, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    from tests.backends import creator_for

    create_ledger = creator_for(ledger_backend, request)
    from secledger.services.ledger.timing import set_workflow_policy
    from secledger.services.people import accounts as users
    from secledger.services.people import persons as people
    from secledger.store.keyslots import TEST_KDF

    clock = Clock(START)
    path = tmp_path / "office"
    led, _code = create_ledger(path, unit_name="某某市保密局", admin_username="admin",
                               admin_password="Admin1234", admin_name="王保密", clock=clock,
                               kdf=TEST_KDF)
    set_workflow_policy(led, "timezone", "Asia/Shanghai")
    dept = people.create_department(led, name="办公室")
    other = people.create_department(led, name="财务处")
    clerk = people.create_person(led, name="李机要", department_id=dept.id,
                                 clearance=Clearance.CORE, post="机要员")
    users.create_user(led, username="clerk", password="Clerk1234", person_id=clerk.id,
                      roles={Role.CLERK, Role.ARCHIVIST}, must_change_password=False)
    leaders = [people.create_person(led, name=n, department_id=dept.id,
                                    clearance=Clearance.CORE, post="局领导")
               for n in ("张局长", "刘副局长", "陈副局长")]
    approver = leaders[0]
    users.create_user(led, username="leader", password="Leader1234", person_id=approver.id,
                      roles={Role.APPROVER}, must_change_password=False)
    general = people.create_person(led, name="赵科员", department_id=dept.id,
                                   clearance=Clearance.GENERAL, post="科员")
    outsider = people.create_person(led, name="钱会计", department_id=other.id,
                                    clearance=Clearance.CORE, post="会计")
    opened = [led]
    o = Office(path, clock, led, dept, other, leaders, clerk.id, approver, general, outsider,
               opened)
    o.as_clerk()
    yield o
    for x in opened:
        x.close()


def assert_verified(led: Any) -> None:
    from secledger.services.audit.verify import verify

    report = verify(led)
    assert report.ok, report.first
