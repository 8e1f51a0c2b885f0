"""Random sequences of real service calls on the devices and media register (Hypothesis
state machine): register, raise or lower the level, new 责任人 (cleared or not, active or
not), lend and return, repair (with or without escort, storage removed or not, sent out),
out of service, scrap, void — valid and invalid alike.

After every step: each item's level is at least the highest it ever had ("the level never
goes down"), every live item has exactly one active holder and a gone one none ("one holder
at all times"), a refused call changed no row, and ``verify`` replays the log against the
register."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from tests.services.fuzz_office import START, Clock, Template, build_template, copy_template
from tests.services.fuzz_office import password as pw
from tests.workflows.media_helpers import snapshot

from secledger.domain.enums import Classification
from secledger.domain.errors import DomainError
from secledger.domain.media import LoanStatus, MediaType, RepairMode, RepairStatus
from secledger.services.approvals import requests as approvals
from secledger.services.audit.verify import verify
from secledger.services.media import items, lending, read, records, repair
from secledger.services.media.items import MediaInput

LEVELS = [Classification.TOP_SECRET, Classification.SECRET, Classification.CONFIDENTIAL,
          Classification.WORK_SECRET]
#: everyone, including 赵科员 (一般), 马群众 (非涉密) and 郑退休 (left)
PEOPLE = ["李机要", "周机要", "陈副局长", "赵科员", "孙重要", "钱会计", "马群众", "郑退休"]
TYPES = [MediaType.COMPUTER, MediaType.USB, MediaType.PORTABLE_DISK, MediaType.LAPTOP]
K = st.integers(0, 5)
#: every example starts with these (type, level, holder)
STARTING = [(MediaType.USB, Classification.CONFIDENTIAL, "孙重要"),
            (MediaType.PORTABLE_DISK, Classification.SECRET, "陈副局长"),
            (MediaType.COMPUTER, Classification.SECRET, "李机要"),
            (MediaType.USB, Classification.CONFIDENTIAL, "周机要")]


class MediaMachine(RuleBasedStateMachine):
    template: ClassVar[Template]
    root: ClassVar[Path]
    examples: ClassVar[int] = 0

    def __init__(self) -> None:
        from secledger.services.ledger.session import open_ledger
        from secledger.store.keyslots import TEST_KDF

        super().__init__()
        type(self).examples += 1
        path = copy_template(self.template, self.root / f"ex{self.examples}")
        self.clock = Clock(START)
        self.led = open_ledger(path, username="clerk", password=pw("clerk"), clock=self.clock,
                               kdf=TEST_KDF)
        self.highest: dict[int, int] = {}  # item -> highest rank ever seen
        self.serial = 0
        for kind, level, holder in STARTING:
            self.register(kind, level, holder)

    def teardown(self) -> None:
        self.led.close()

    def pid(self, name: str) -> int:
        return self.template.people.get(name) or self.template.user_person["clerk"]

    def call(self, fn: Any) -> Any:
        """Run *fn*; a refusal must leave every row as it was."""
        before = snapshot(self.led)
        try:
            return fn()
        except DomainError:
            assert snapshot(self.led) == before
            return None

    def ids(self) -> list[int]:
        return sorted(self.highest)

    def item(self, k: int) -> int:
        ids = self.ids()
        return ids[k % len(ids)] if ids else 999_999

    # -- rules -----------------------------------------------------------------------------------
    @rule(kind=st.sampled_from(TYPES), level=st.sampled_from(LEVELS),
          holder=st.sampled_from(PEOPLE))
    def register(self, kind: MediaType, level: Classification, holder: str) -> None:
        self.serial += 1
        got = self.call(lambda: items.register_item(self.led, MediaInput(
            media_type=kind, device_no=f"BM-{self.serial:03d}", level=level,
            holder_id=self.pid(holder))))
        if got is not None:
            self.highest[got.id] = level.rank

    @rule(k=K, level=st.sampled_from(LEVELS))
    def raise_level(self, k: int, level: Classification) -> None:
        self.call(lambda: items.raise_level(self.led, self.item(k), level))

    @rule(k=K, holder=st.sampled_from(PEOPLE))
    def change_holder(self, k: int, holder: str) -> None:
        self.call(lambda: items.change_holder(self.led, self.item(k), self.pid(holder)))

    @rule(k=K, which=st.sampled_from(["out", "back", "scrap", "unscrap", "void"]))
    def state_change(self, k: int, which: str) -> None:
        fn = {"out": items.take_out_of_service, "back": items.return_to_service,
              "scrap": items.mark_for_destruction, "unscrap": items.cancel_destruction,
              "void": items.void_item}[which]
        self.call(lambda: fn(self.led, self.item(k), reason="原因"))

    @rule(k=K, borrower=st.sampled_from(PEOPLE), days=st.integers(-1, 5))
    def ask_loan(self, k: int, borrower: str, days: int) -> None:
        self.call(lambda: lending.request_loan(
            self.led, media_id=self.item(k), borrower_id=self.pid(borrower),
            due_on=date(2026, 11, 24) + timedelta(days=days), purpose="开会"))

    @rule(k=K, mode=st.sampled_from(list(RepairMode)), escort=st.sampled_from([None, *PEOPLE]),
          removed=st.booleans(), agreement=st.booleans())
    def ask_repair(self, k: int, mode: RepairMode, escort: str | None, removed: bool,
                   agreement: bool) -> None:
        self.call(lambda: repair.request_repair(self.led, repair.RepairInput(
            media_id=self.item(k), requester_id=self.pid("孙重要"), fault="故障", mode=mode,
            repairer_unit="某公司", agreement=agreement, storage_removed=removed,
            escort_id=self.pid(escort) if escort else None)))

    @rule(approve=st.booleans())
    def decide(self, approve: bool) -> None:
        """The leader's signed form, transcribed by the clerk, for the oldest pending one."""
        pending = [a for a in approvals.mine(self.led) if a.is_pending]
        if pending:
            self.call(lambda: approvals.record_paper_decision(
                self.led, approval_id=pending[-1].id,
                approver_person_id=self.template.user_person["leader"], approve=approve,
                decided_on=date(2026, 11, 24), form_no="SP-1",
                reason="" if approve else "不同意"))

    @rule(k=K)
    def whole_loan(self, k: int) -> None:
        """The usual path in one step: asked for a core borrower, approved, lent."""
        loan = self.call(lambda: lending.request_loan(
            self.led, media_id=self.item(k), borrower_id=self.pid("钱会计"),
            due_on=date(2026, 11, 25), purpose="开会"))
        if loan is not None:
            self._approve(loan.approval.id)
            self.call(lambda: lending.lend(self.led, loan_id=loan.id))

    @rule(k=K, send=st.booleans())
    def whole_repair(self, k: int, send: bool) -> None:
        """An in-house repair asked for and approved (and sent)."""
        r = self.call(lambda: repair.request_repair(self.led, repair.RepairInput(
            media_id=self.item(k), requester_id=self.pid("孙重要"), fault="故障",
            mode=RepairMode.IN_HOUSE)))
        if r is not None:
            self._approve(r.approval.id)
            if send:
                self.call(lambda: repair.send_repair(self.led, repair_id=r.id))

    def _approve(self, approval_id: int) -> None:
        self.call(lambda: approvals.record_paper_decision(
            self.led, approval_id=approval_id,
            approver_person_id=self.template.user_person["leader"], approve=True,
            decided_on=date(2026, 11, 24), form_no="SP-2"))

    @rule(k=st.integers(0, 9), step=st.sampled_from(["lend", "return", "cancel"]))
    def loan_step(self, k: int, step: str) -> None:
        loans = records.list_loans(self.led)
        if not loans:
            return
        loan = loans[k % len(loans)]
        fn = {"lend": lambda: lending.lend(self.led, loan_id=loan.id),
              "return": lambda: lending.return_loan(self.led, loan_id=loan.id),
              "cancel": lambda: lending.cancel_loan(self.led, loan_id=loan.id)}[step]
        self.call(fn)

    @rule(k=st.integers(0, 9), step=st.sampled_from(["send", "return", "disk", "cancel"]))
    def repair_step(self, k: int, step: str) -> None:
        repairs = records.list_repairs(self.led)
        if not repairs:
            return
        r = repairs[k % len(repairs)]
        disk = [repair.ReplacedStorage(serial_no="WD")] if step == "disk" else []
        fn = {"send": lambda: repair.send_repair(self.led, repair_id=r.id),
              "cancel": lambda: repair.cancel_repair(self.led, repair_id=r.id),
              "return": lambda: repair.return_repair(self.led, repair_id=r.id,
                                                     work_done="修好", replaced_storage=disk),
              "disk": lambda: repair.return_repair(self.led, repair_id=r.id,
                                                   work_done="换盘", replaced_storage=disk)}
        got = self.call(fn[step])
        for device_no in getattr(got, "replaced", ()):
            new = read.list_items(self.led, read.MediaFilter(text=device_no))[0]
            self.highest.setdefault(new.id, Classification(new.level).rank)

    # -- invariants ------------------------------------------------------------------------------
    @invariant()
    def the_level_never_goes_down(self) -> None:
        for it in read.list_items(self.led):
            rank = Classification(it.level).rank
            assert rank >= self.highest.get(it.id, rank), it
            self.highest[it.id] = rank

    @invariant()
    def one_holder_at_all_times(self) -> None:
        active = {p.id for p in _people(self.led)}
        for it in read.list_items(self.led):
            if it.live:
                assert it.holder_id is not None and it.holder_id in active, it
            else:
                assert it.holder_id is None, it

    @invariant()
    def records_follow_the_items(self) -> None:
        states = {it.id: it.state for it in read.list_items(self.led)}
        lent = {loan.item.id for loan in records.list_loans(self.led)
                if loan.status == LoanStatus.LENT}
        assert lent == {i for i, state in states.items() if state == "on_loan"}
        for r in records.list_repairs(self.led):
            if r.status == RepairStatus.IN_REPAIR:
                assert states[r.item.id] == "in_repair"

    @invariant()
    def the_log_replays(self) -> None:
        report = verify(self.led)
        assert report.ok, report.first


def _people(led: Any) -> list[Any]:
    from secledger.services.people import persons

    return persons.list_people(led, active_only=True)


@pytest.mark.slow
def test_media_register_under_random_use(tmp_path: Path) -> None:
    MediaMachine.template = build_template(tmp_path / "template")
    MediaMachine.root = tmp_path
    run_state_machine_as_test(MediaMachine, settings=settings(
        max_examples=10, stateful_step_count=30, deadline=None, derandomize=True,
        database=None, suppress_health_check=list(HealthCheck)))
