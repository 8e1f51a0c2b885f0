"""The office of the 定密管理 pane tests: a ledger on a movable clock with a clerk, a
leader designated 定密责任人 (机密) with an approver account, an auditor, an own document
and a received one; opened as the clerk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from secledger.domain.access import NeedToKnow
from secledger.domain.classification import Basis, BasisKind, DecisionKind
from secledger.domain.enums import Classification, Clearance, Register, Role
from secledger.domain.marks import parse_mark


class Clock:
    def __init__(self, t: datetime) -> None:
        self.t = t

    def __call__(self) -> datetime:
        return self.t


@dataclass
class ClassifOffice:
    path: Path
    clock: Clock
    led: Any  # opened as the clerk
    dept_id: int
    clerk_id: int
    leader_id: int  # 张局长: approver account "leader", 定密责任人 up to 机密
    reader_id: int  # 陈副局长: in scope of the documents
    officer_id: int  # 赵科员: the 承办人
    opened: list[Any]

    def login(self, username: str, password: str) -> Any:
        """Close the ledger and open it as *username* (one writer at a time)."""
        from secledger.services.ledger.session import open_ledger
        from secledger.store.keyslots import TEST_KDF

        if self.led is not None:
            self.led.close()
        self.led = open_ledger(self.path, username=username, password=password,
                               clock=self.clock, kdf=TEST_KDF)
        self.opened.append(self.led)
        return self.led

    def as_clerk(self) -> Any:
        return self.login("clerk", "Clerk1234")

    def own(self, title: str = "关于年度保密检查的通知", mark: str = "秘密★5年",
            copies: int = 2, issued_on: date = date(2026, 11, 20)) -> Any:
        from secledger.services.registration.register import DocumentInput, register_document

        return register_document(self.led, DocumentInput(
            register=Register.PRODUCTION, title=title, mark=parse_mark(mark),
            copy_nos=tuple(range(1, copies + 1)), unit="", doc_no="某保〔2026〕7号",
            issued_on=issued_on, need_to_know=NeedToKnow.of(persons=[self.reader_id]),
            drafting_department_id=self.dept_id))

    def _next_no(self) -> int:
        self._received = getattr(self, "_received", 11) + 1
        return self._received

    def received(self, title: str = "省里的来文", mark: str = "机密★10年", copies: int = 1,
                 issued_on: date = date(2026, 3, 1)) -> Any:
        from secledger.services.registration.register import DocumentInput, register_document

        return register_document(self.led, DocumentInput(
            register=Register.RECEIPT, title=title, mark=parse_mark(mark),
            copy_nos=tuple(range(1, copies + 1)), unit="省保密局",
            doc_no=f"省保〔2026〕{self._next_no()}号",  # each its own: no repeated receipt
            issued_on=issued_on, need_to_know=NeedToKnow.of(persons=[self.reader_id])))

    def decided(self, doc_id: int, kind: DecisionKind, **kw: Any) -> Any:
        """A proposal by the 承办人, approved by the leader in the app; the decision."""
        from secledger.services.approvals import requests as approvals
        from secledger.services.classification import proposals, read

        args: dict[str, Any] = {"document_id": doc_id, "kind": kind,
                                "proposer_id": self.officer_id, "opinion": "工作需要"}
        if kind is DecisionKind.DESIGNATE:
            args |= {"mark": parse_mark("秘密★5年"), "basis": Basis(BasisKind.ITEM, "第三条"),
                     "need_to_know": NeedToKnow.of(persons=[self.reader_id])}
        args.update(kw)
        p = proposals.propose(self.led, proposals.ProposalInput(**args))
        approvals.decide(self.login("leader", "Leader1234"), approval_id=p.approval_id,
                         approve=True)
        self.as_clerk()
        return read.get_decision(self.led, read.get_proposal(self.led, p.id).decision_id or 0)


START = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)  # 09:00 in Beijing


@pytest.fixture(name="classif_office")
def classif_office_fixture(tmp_path: Path) -> Any:
    from secledger.services.classification import designations
    from secledger.services.ledger.session import create_ledger
    from secledger.services.ledger.timing import set_workflow_policy
    from secledger.services.people import accounts as users
    from secledger.services.people import persons as people
    from secledger.store.keyslots import TEST_KDF

    clock = Clock(START)
    path = tmp_path / "office"
    admin, _code = create_ledger(path, unit_name="某某市保密局", admin_username="admin",
                                 admin_password="Admin1234", admin_name="王保密", clock=clock,
                                 kdf=TEST_KDF)
    set_workflow_policy(admin, "timezone", "Asia/Shanghai")
    dept = people.create_department(admin, name="办公室")
    clerk = people.create_person(admin, name="李机要", department_id=dept.id,
                                 clearance=Clearance.CORE, post="机要员")
    users.create_user(admin, username="clerk", password="Clerk1234", person_id=clerk.id,
                      roles={Role.CLERK, Role.ARCHIVIST}, must_change_password=False)
    leader = people.create_person(admin, name="张局长", department_id=dept.id,
                                  clearance=Clearance.CORE, post="局领导")
    users.create_user(admin, username="leader", password="Leader1234", person_id=leader.id,
                      roles={Role.APPROVER}, must_change_password=False)
    reader = people.create_person(admin, name="陈副局长", department_id=dept.id,
                                  clearance=Clearance.CORE, post="局领导")
    officer = people.create_person(admin, name="赵科员", department_id=dept.id,
                                   clearance=Clearance.IMPORTANT, post="科员")
    auditor = people.create_person(admin, name="孙审计", department_id=dept.id,
                                   clearance=Clearance.CORE, post="审计员")
    users.create_user(admin, username="auditor", password="Auditor1234", person_id=auditor.id,
                      roles={Role.AUDITOR}, must_change_password=False)
    designations.designate(admin, person_id=leader.id, max_level=Classification.SECRET,
                           reference="市保发〔2026〕3号")
    admin.close()
    o = ClassifOffice(path, clock, None, dept.id, clerk.id, leader.id, reader.id, officer.id,
                      [])
    o.as_clerk()
    yield o
    for led in o.opened:
        led.close()
