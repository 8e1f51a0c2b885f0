"""The custody half of the state-machine fuzz (destruction, handover, recall, stocktake,
loss, people) and whole workflows in one step; ``test_state_machine_fuzz`` adds the rest."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import strategies as st
from tests.services.fuzz_machine import UNKNOWN, LedgerMachineBase, srule
from tests.services.fuzz_office import pick

from secledger.domain.custody import HandoverReason
from secledger.domain.destruction import DestructionMethod
from secledger.domain.enums import Register
from secledger.domain.marks import parse_mark
from secledger.services.approvals import requests as approvals
from secledger.services.custody import (
    archive,
    circulation,
    handover,
    loans,
    loss,
    recall,
    stocktake,
)
from secledger.services.disposal import copying, destruction
from secledger.services.registration import corrections
from secledger.services.registration import register as registration

K = st.integers(0, 40)  # an index into whatever list the rule picks from
VALID = st.booleans() | st.just(True)  # mostly the right kind of record
APPROVERS = ["leader", "leader2", "leader", "leader2", "clerk", "clerk2", "auditor"]
#: who works at the keyboard between steps (other accounts come in for one call)
USERS = ["clerk", "clerk", "clerk2"]
WRONG_USERS = ["leader", "auditor", "admin"]
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
    "start_stocktake": lambda m: stocktake.start_stocktake(m.led, checkers=["李机要", "周机要"]),
    "decide": lambda m: approvals.decide(m.led, approval_id=m.pending(0, True), approve=True),
    "get_document": lambda m: registration.get_document(m.led, 1),
    "list_loans": lambda m: loans.list_loans(m.led),
    "holdings": lambda m: handover.holdings(m.led, m.pid("clerk")),
}
#: Clerk work a leader, the auditor or the security officer must be refused.
WRONG_ROLE_CALLS = {k: v for k, v in LOCKED_CALLS.items()
                    if k not in ("decide", "get_document", "list_loans", "holdings")}


class CustodyRules(LedgerMachineBase):
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
        """Approve the newest request as *who*, or ``"paper"``: transcribe 陈副局长's form."""
        aid = self.pending(-1, True)
        if who == "paper":
            self.call("paper_decision", lambda: approvals.record_paper_decision(
                self.led, approval_id=aid, approver_person_id=self.pid("陈副局长"),
                approve=True, decided_on=self.now().date(), form_no="审批单002"))
            return
        with self.as_user(who):
            self.call("decide", lambda: approvals.decide(self.led, approval_id=aid,
                                                         approve=True))

    @srule(k=K, borrower=K, who=st.sampled_from([*APPROVERS, "paper"]), stage=st.integers(0, 2))
    def loan_workflow(self, k: int, borrower: int, who: str, stage: int) -> None:
        """Archive if needed, request; *stage* 1: approve as *who*; 2: issue."""
        cid, pid = self.carrier(k, True, ARCHIVED, IN_STORE), self.cleared(borrower)
        if self.chk.carrier(cid)[0] == IN_STORE:
            self.call("archive", lambda: archive.archive_carrier(
                self.led, cabinet="2号柜", box="第3盒", carrier_id=cid))
        got = self.call("request_loan", lambda: loans.request_loan(
            self.led, borrower_id=pid, carrier_ids=[cid], purpose="查阅"))
        if got is None or stage < 1:
            return
        self.approve_latest(who)
        if stage > 1:
            self.call("issue_loan", lambda: loans.issue_loan(self.led, loan_id=got.id))

    @srule(k=K, requester=K, who=st.sampled_from([*APPROVERS, "paper"]), stage=st.integers(0, 2),
           copier=K)
    def copy_workflow(self, k: int, requester: int, who: str, stage: int, copier: int) -> None:
        """Request (with the originator's approval for 绝密); *stage* 1: approve as *who*;
        2: execute."""
        cid, pid = self.carrier(k, True, IN_STORE, ARCHIVED), self.cleared(requester)
        inp = copying.CopyRequestInput(
            requester_id=pid, copies=2, reason="会议需要", source_carrier_id=cid,
            origin_body="省保密局", origin_ref="省保〔2026〕3号", origin_date=self.local_today())
        got = self.call("request_copy", lambda: copying.request_copy(self.led, inp))
        if got is None or stage < 1:
            return
        self.approve_latest(who)
        if stage > 1:
            self.call("execute_copy", lambda: copying.execute_copy(
                self.led, request_id=got.id, copier_id=self.person(copier, unknown=False),
                serial_nos=("SN-C1", "SN-C2")))

    @srule(ks=st.lists(K, min_size=1, max_size=3), checker=K,
           who=st.sampled_from([*APPROVERS, "paper"]), stage=st.integers(0, 3))
    def destruction_workflow(self, ks: list[int], checker: int, who: str, stage: int) -> None:
        """Draft, add carriers, count; *stage* 1: submit; 2: approve as *who*; 3: destroy."""
        m = self.call("new_manifest", lambda: destruction.new_manifest(self.led))
        if m is None:
            return
        for k in ks:
            cid = self.carrier(k, True, IN_STORE, ARCHIVED)
            self.call("add_to_manifest", lambda cid=cid: destruction.add_item(
                self.led, manifest_id=m.id, carrier_id=cid))
        self.call("set_checker", lambda: destruction.set_checker(
            self.led, manifest_id=m.id, checker_id=self.person(checker, unknown=False)))
        if stage < 1 or self.call("submit_manifest", lambda: destruction.submit(
                self.led, manifest_id=m.id)) is None or stage < 2:
            return
        self.approve_latest(who)
        if stage > 2:
            self.execute_manifest(m=-1, valid=True, escorts=2, witnesses=2,
                                  method=DestructionMethod.SHRED)

    @srule(ks=st.lists(K, max_size=4), mine=st.booleans(), report=st.booleans())
    def stocktake_workflow(self, ks: list[int], mine: bool, report: bool) -> None:
        """Start, scan some carriers, finish, report one missing carrier as lost."""
        scope = stocktake.Scope(holder_id=self.pid(self.user) if mine else None)
        st_ = self.call("start_stocktake", lambda: stocktake.start_stocktake(
            self.led, scope=scope, checkers=["李机要", "周机要"]))
        if st_ is None:
            return
        for k in ks:
            cid = self.carrier(k, True)
            self.call("tick", lambda cid=cid: stocktake.tick(self.led, st_.id, cid))
        self.finish_stocktake(s=-1, valid=True, report=report)
