"""Random sequences of real service calls, valid and invalid, on one ledger (Hypothesis).

Every step calls a service the way a clerk, an archivist, a leader or a script would: with
the right carrier most of the time, otherwise a carrier in the wrong state, an unknown id,
the wrong person, someone not cleared, a bad mark, the wrong account or a locked ledger.
After every step (``fuzz_machine``): ``verify`` passes, every live carrier has exactly one
active holder, registration and record numbers are gapless per register and year, open
workflow records match the carriers' states, and a refused call changed no row at all.

CI (``CI=true``) runs a derandomized profile without the example database, so a failure
there repeats; the printed steps (``state.circulate(k=3, valid=True, reader=5)``) replay it.
"""

from __future__ import annotations

import itertools
import os
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import precondition, rule, run_state_machine_as_test
from tests.services.fuzz_machine import UNKNOWN, srule
from tests.services.fuzz_office import build_template, password, pick
from tests.services.fuzz_workflows import (
    APPROVERS,
    ARCHIVED,
    IN_STORE,
    LOCKED_CALLS,
    USERS,
    VALID,
    WRONG_ROLE_CALLS,
    WRONG_USERS,
    CustodyRules,
    K,
)

from secledger.domain.access import NeedToKnow
from secledger.domain.copying import CopyMedium
from secledger.domain.enums import CarrierType, Register
from secledger.domain.errors import DomainError
from secledger.domain.marks import parse_mark
from secledger.services.approvals import requests as approvals
from secledger.services.custody import archive, circulation, loans, retention
from secledger.services.disposal import copying
from secledger.services.people import persons as people
from secledger.services.registration import corrections
from secledger.services.registration import register as registration

MARKS = ["机密★10年", "秘密★6个月", "绝密★长期", "机密", "秘密★2030年6月30日", "内部"]
BAD_MARKS = ["机密★", "绝密★100年", "★10年", "公开★5年", ""]


class LedgerMachine(CustodyRules):
    doc_nos = itertools.count(12)  # 文号 of the registrations (each its own)

    # -- registration, correction, void ---------------------------------------------------
    @srule(mark=st.sampled_from(MARKS), copies=st.integers(1, 3),
          book=st.sampled_from([Register.RECEIPT, Register.PRODUCTION]),
          office_only=st.booleans(), recall_required=st.booleans(), no_copy=st.booleans(),
          usb=st.booleans(), days_ago=st.sampled_from([0, 0, 1, 400]))
    def register(self, mark: str, copies: int, book: Register, office_only: bool,
                 recall_required: bool, no_copy: bool, usb: bool, days_ago: int) -> None:
        ntk = NeedToKnow.of(departments=[self.template.departments[0]]) if office_only \
            else NeedToKnow.everyone()
        inp = registration.DocumentInput(
            register=book, title="关于做好年终保密检查的通知", mark=parse_mark(mark),
            copy_nos=tuple(range(1, copies + 1)), unit="省保密局",
            doc_no=f"省保〔2026〕{next(self.doc_nos)}号",  # each its own: no duplicate receipt
            need_to_know=ntk, recall_required=recall_required, no_copy=no_copy,
            carrier_type=CarrierType.USB if usb else CarrierType.PAPER,
            serial_nos=tuple(f"SN{i}" for i in range(copies)) if usb else (),
            received_at=self.now() - timedelta(days=days_ago))
        doc = self.call("register", lambda: registration.register_document(self.led, inp))
        if doc is not None:
            for c in doc.carriers:
                assert self.chk.carrier(c.id)[:2] == (IN_STORE, self.led.user.person_id)

    @srule(kind=st.sampled_from(["empty_title", "control_char", "no_copies", "twice",
                                "future", "bad_signer", "usb_no_serial"]))
    def register_invalid(self, kind: str) -> None:
        args: dict[str, object] = {"register": Register.RECEIPT, "title": "错误的登记",
                                   "mark": parse_mark("秘密★5年"), "copy_nos": (1,),
                                   "unit": "省保密局"}
        args.update({
            "empty_title": {"title": "  "}, "control_char": {"title": "标题\x07"},
            "no_copies": {"copy_nos": ()}, "twice": {"copy_nos": (2, 2)},
            "future": {"issued_on": self.local_today() + timedelta(days=3)},
            "bad_signer": {"signed_by_id": UNKNOWN},
            "usb_no_serial": {"carrier_type": CarrierType.USB},
        }[kind])
        inp = registration.DocumentInput(**args)  # type: ignore[arg-type]
        self.call("register_invalid", lambda: registration.register_document(self.led, inp),
                  invalid=True)

    @srule(mark=st.sampled_from(BAD_MARKS))
    def bad_mark_is_refused(self, mark: str) -> None:
        with_mark = [d for d in self.ids("SELECT id FROM documents WHERE voided = 0")]
        if not with_mark:
            return
        self.call("correct_bad_mark", lambda: corrections.correct_document(
            self.led, with_mark[0], reason="密级标志录入错误", changes={"mark": mark}),
            invalid=True)

    @srule(k=K, change=st.sampled_from([
        ("title", "关于做好年终保密检查工作的通知"), ("mark", "机密★5年"), ("pages", 12),
        ("unit", "市委办公室"), ("issued_on", date(2026, 11, 1)), ("reg_no", "收2026-09999"),
        ("urgency", "urgent"), ("title", "")]), reason=st.sampled_from(["录入错误", ""]))
    def correct_document(self, k: int, change: tuple[str, object], reason: str) -> None:
        doc = pick([*self.ids("SELECT id FROM documents"), UNKNOWN], k)
        field, value = change
        invalid = not reason or field == "reg_no" or value == ""
        self.call("correct_document", lambda: corrections.correct_document(
            self.led, doc, reason=reason, changes={field: value}), invalid=invalid)

    @srule(k=K, pages=st.integers(-1, 30))
    def correct_carrier(self, k: int, pages: int) -> None:
        cid = pick([*self.carriers(), UNKNOWN], k)
        self.call("correct_carrier", lambda: corrections.correct_carrier(
            self.led, cid, reason="页数清点有误", pages=pages), invalid=pages < 0)

    @srule(k=K, reason=st.sampled_from(["重复登记", ""]))
    def void(self, k: int, reason: str) -> None:
        doc = pick([*self.ids("SELECT id FROM documents"), UNKNOWN], k)
        got = self.call("void", lambda: corrections.void_document(self.led, doc, reason=reason),
                        invalid=not reason)
        if got is not None:
            assert all(self.chk.carrier(c.id)[0] == "voided" for c in got.carriers)

    # -- circulation, retention, archive --------------------------------------------------
    @srule(k=K, valid=VALID, reader=K)
    def circulate(self, k: int, valid: bool, reader: int) -> None:
        cid, pid = self.carrier(k, valid, IN_STORE), self.person(reader)
        if self.call("circulate", lambda: circulation.send(
                self.led, reader_id=pid, carrier_id=cid)) is not None:
            assert self.chk.carrier(cid)[:2] == ("circulating", pid)

    @srule(k=K, valid=VALID, via=st.sampled_from(["slip", "app", "fax"]))
    def circulation_return(self, k: int, valid: bool, via: str) -> None:
        cid = self.carrier(k, valid, "circulating")
        if self.call("circulation_return", lambda: circulation.return_carrier(
                self.led, carrier_id=cid, sign_via=via), invalid=via == "fax") is not None:
            assert self.chk.carrier(cid)[:2] == (IN_STORE, self.led.user.person_id)

    @srule(k=K, valid=VALID, who=K, approver=K)
    def issue_to(self, k: int, valid: bool, who: int, approver: int) -> None:
        cid, pid, aid = self.carrier(k, valid, IN_STORE), self.person(who), self.person(approver)
        if self.call("issue_to", lambda: retention.issue_to(
                self.led, person_id=pid, approver_person_id=aid, purpose="承办",
                carrier_id=cid)) is not None:
            assert self.chk.carrier(cid)[:2] == ("with_holder", pid)

    @srule(k=K, valid=VALID)
    def take_back(self, k: int, valid: bool) -> None:
        cid = self.carrier(k, valid, "with_holder")
        if self.call("take_back", lambda: retention.take_back(self.led, carrier_id=cid)):
            assert self.chk.carrier(cid)[:2] == (IN_STORE, self.led.user.person_id)

    @srule(k=K, valid=VALID, box=st.sampled_from(["第1盒", ""]))
    def archive(self, k: int, valid: bool, box: str) -> None:
        cid = self.carrier(k, valid, IN_STORE)
        if self.call("archive", lambda: archive.archive_carrier(
                self.led, cabinet="1号柜", box=box, carrier_id=cid), invalid=not box):
            assert self.chk.carrier(cid) == (ARCHIVED, self.led.user.person_id, f"1号柜/{box}")

    # -- loans ----------------------------------------------------------------------------
    @srule(k=K, valid=VALID, borrower=K, take_out=st.booleans())
    def request_loan(self, k: int, valid: bool, borrower: int, take_out: bool) -> None:
        cid, pid = self.carrier(k, valid, ARCHIVED), self.person(borrower)
        self.call("request_loan", lambda: loans.request_loan(
            self.led, borrower_id=pid, carrier_ids=[cid], purpose="查阅", take_out=take_out))

    def loan(self, k: int, valid: bool, *status: str) -> int:
        marks = ", ".join(f"'{s}'" for s in status)
        return self.record(f"SELECT id FROM loans WHERE status IN ({marks}) ORDER BY id", k,
                           valid, "SELECT id FROM loans ORDER BY id")

    @srule(k=K, valid=VALID)
    def issue_loan(self, k: int, valid: bool) -> None:
        lid = self.loan(k, valid, "approved")
        self.call("issue_loan", lambda: loans.issue_loan(self.led, loan_id=lid))

    @srule(k=K, valid=VALID)
    def renew_loan(self, k: int, valid: bool) -> None:
        lid = self.loan(k, valid, "issued")
        self.call("renew_loan", lambda: loans.renew_loan(self.led, loan_id=lid))

    @srule(k=K, valid=VALID)
    def return_loan(self, k: int, valid: bool) -> None:
        cid = self.carrier(k, valid, "on_loan")
        if self.call("return_loan", lambda: loans.return_item(self.led, carrier_id=cid)):
            assert self.chk.carrier(cid)[:2] == (ARCHIVED, self.led.user.person_id)

    @srule(k=K, valid=VALID)
    def cancel_loan(self, k: int, valid: bool) -> None:
        lid = self.loan(k, valid, "requested", "approved")
        self.call("cancel_loan", lambda: loans.cancel_loan(self.led, loan_id=lid, reason="不借了"))

    # -- approvals (decided by another account, or transcribed from paper) ----------------
    @srule(k=K, valid=VALID, who=st.sampled_from(APPROVERS), approve=st.booleans() | st.just(True))
    def decide(self, k: int, valid: bool, who: str, approve: bool) -> None:
        aid = self.pending(k, valid)
        with self.as_user(who):
            self.call("decide", lambda: approvals.decide(
                self.led, approval_id=aid, approve=approve, reason="" if approve else "不同意"))

    @srule(k=K, valid=VALID, approver=K, form=st.sampled_from(["审批单001", ""]))
    def paper_decision(self, k: int, valid: bool, approver: int, form: str) -> None:
        aid, pid = self.pending(k, valid), self.person(approver)
        on = self.local_today()  # the date the leader wrote on the form, local
        self.call("paper_decision", lambda: approvals.record_paper_decision(
            self.led, approval_id=aid, approver_person_id=pid, approve=True, decided_on=on,
            form_no=form), invalid=not form)

    # -- copying --------------------------------------------------------------------------
    @srule(k=K, valid=VALID, requester=K, copies=st.integers(0, 2), origin=st.booleans(),
           medium=st.sampled_from(list(CopyMedium)))
    def request_copy(self, k: int, valid: bool, requester: int, copies: int, origin: bool,
                     medium: CopyMedium) -> None:
        cid, pid = self.carrier(k, valid, IN_STORE, ARCHIVED), self.person(requester)
        body = {"origin_body": "省保密局", "origin_ref": "省保〔2026〕3号",
                "origin_date": self.local_today()} if origin else {}
        inp = copying.CopyRequestInput(requester_id=pid, copies=copies, reason="工作需要",
                                       source_carrier_id=cid, medium=medium,
                                       **body)  # type: ignore[arg-type]
        self.call("request_copy", lambda: copying.request_copy(self.led, inp),
                  invalid=copies == 0)

    def copy_request(self, k: int, valid: bool, status: str) -> int:
        return self.record(f"SELECT id FROM copy_requests WHERE status = '{status}' ORDER BY id",
                           k, valid, "SELECT id FROM copy_requests ORDER BY id")

    @srule(k=K, valid=VALID, copier=K, numbers=st.sampled_from(["", "", "1", "7-8", "甲"]),
           serials=st.integers(0, 2))
    def execute_copy(self, k: int, valid: bool, copier: int, numbers: str,
                     serials: int) -> None:
        """Copies numbered after the highest 份号, or in the unit's own scheme (a 份号
        already taken, or not a number, is refused); electronic copies need serials."""
        rid, pid = self.copy_request(k, valid, "approved"), self.person(copier)
        self.call("execute_copy", lambda: copying.execute_copy(
            self.led, request_id=rid, copier_id=pid, copy_nos=numbers, scheme_note="本单位编号",
            serial_nos=("SN-C1", "SN-C2")[:serials]), invalid=numbers in ("1", "甲"))

    @srule(k=K, valid=VALID)
    def cancel_copy(self, k: int, valid: bool) -> None:
        rid = self.copy_request(k, valid, "pending")
        self.call("cancel_copy", lambda: copying.cancel_copy(self.led, request_id=rid,
                                                              reason="不需要了"))

    # -- people, accounts, lock ---------------------------------------------------------------
    @srule(who=K)
    def deactivate_person(self, who: int) -> None:
        """停用 someone (as the security officer): refused while they hold a carrier."""
        # Not the registry clerk the machine works as (it must log in again after each
        # step); 周机要 (clerk2) may be deactivated, and from then on cannot log in.
        holders = self.ids("SELECT DISTINCT holder_id FROM carriers WHERE holder_id IS NOT NULL"
                           " AND holder_id NOT IN (SELECT person_id FROM users)")
        pid = pick([self.pid("赵科员"), self.pid("马群众"), self.pid("孙重要"), self.pid("clerk2"),
                    UNKNOWN, *holders], who)
        with self.as_user("admin"):
            self.call("deactivate_person", lambda: people.deactivate_person(
                self.led, person_id=pid, reason="调离"))

    @srule(who=st.sampled_from(USERS))
    def switch_user(self, who: str) -> None:
        if not self.switch(who):  # a deactivated person's account: refused, as it must be
            self.back_to(self.user)

    @srule(who=st.sampled_from(WRONG_USERS), which=st.sampled_from(sorted(WRONG_ROLE_CALLS)))
    def wrong_account(self, who: str, which: str) -> None:
        """A leader, the auditor or the security officer cannot do the clerk's work."""
        fn = WRONG_ROLE_CALLS[which]
        with self.as_user(who):
            self.call(f"{which}_by_{who}", lambda: fn(self), invalid=True)

    @srule()
    def lock(self) -> None:
        self.led.lock_session()
        self.locked = True
        self.call_while_locked("register")

    @precondition(lambda self: self.locked)
    @rule(which=st.sampled_from(sorted(LOCKED_CALLS)))
    def call_while_locked(self, which: str) -> None:
        """Every service call on a locked ledger is refused with an AuthError."""
        fn = LOCKED_CALLS[which]
        self.call(f"{which}_while_locked", lambda: fn(self), invalid=True)

    @precondition(lambda self: self.locked)
    @rule(who=st.sampled_from(USERS), right=st.booleans() | st.just(True),
          wait=st.sampled_from([0, 5, 301]))
    def unlock(self, who: str, right: bool, wait: int) -> None:
        """Unlock as a clerk; a wrong password (or a throttled attempt) changes nothing."""
        self.clock.t += timedelta(seconds=wait)
        before = self.chk.snapshot()
        try:
            self.led.unlock_session(who, password(who) if right else "Wrong-pass9")
        except DomainError as exc:
            assert exc.code in ("auth.throttled", "auth.failed", "auth.wrong_password", "auth.person_inactive") or \
                not right, exc.code
            assert self.chk.snapshot() == before, "a failed unlock changed the ledger"
            self.stats["unlock:refused"] += 1
            return
        assert right, "unlocked with a wrong password"
        self.locked, self.user = False, who
        self.stats["unlock"] += 1

    @rule(minutes=st.sampled_from([1, 30, 240, 60 * 24, 60 * 24 * 40]))
    def advance_clock(self, minutes: int) -> None:
        self.clock.t += timedelta(minutes=minutes)


CI = os.environ.get("CI") == "true"
FUZZ = settings(
    max_examples=int(os.environ.get("SECLEDGER_FUZZ_EXAMPLES", "20")),
    stateful_step_count=int(os.environ.get("SECLEDGER_FUZZ_STEPS", "100")),
    deadline=None,
    derandomize=CI,
    database=None if CI else settings.default.database,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    print_blob=True,
)


def test_random_service_sequences_keep_the_ledger_sound(tmp_path: Path) -> None:
    LedgerMachine.template = build_template(tmp_path / "template")
    LedgerMachine.root = tmp_path
    LedgerMachine.stats.clear()
    run_state_machine_as_test(LedgerMachine, settings=FUZZ)
    print(sorted(LedgerMachine.stats.items()))  # shown with -s, or when the test fails
    print(sorted(LedgerMachine.codes.items()))
    if FUZZ.max_examples >= 10:  # the calls got through, not only refusals (about 30 do)
        done = {k for k, n in LedgerMachine.stats.items() if ":" not in k and n}
        assert len(done) >= 15, sorted(done)
