"""The demo's last week, done through the real services (``build_demo`` runs it after the
bulk load): every workflow pane has open and finished work to show.

The clock is injected (the five working days before the demo's last day, Beijing office
hours) and each step runs as the account a real office would use: ``demo`` (机要员 +
档案员 + 审批人) does the clerk's and archivist's work, ``leader`` decides what ``demo``
asked for (nobody approves their own request). The week registers its own incoming
documents, so it works on any size of demo. Everything is reproducible for a seed except
the random label ids that registration and copying give new carriers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Protocol

from sqlalchemy import text

from secledger.demo.model import PersonRef
from secledger.domain.access import NeedToKnow
from secledger.domain.custody import HandoverReason
from secledger.domain.destruction import DestructionMethod
from secledger.domain.enums import Clearance, DispatchChannel, Register, Urgency
from secledger.domain.marks import parse_mark
from secledger.services.approvals import requests as approvals
from secledger.services.custody import (
    archive,
    circulation,
    distribution,
    handover,
    loans,
    loss,
    recall,
    retention,
    stocktake,
)
from secledger.services.disposal import copying, copying_read, destruction, destruction_read
from secledger.services.ledger.session import Ledger
from secledger.services.people import persons as people
from secledger.services.registration import dispatch
from secledger.services.registration.register import DocumentInput, register_document

BEIJING = timedelta(hours=8)


class Clock(Protocol):
    moment: datetime


@dataclass(frozen=True, slots=True)
class Cast:
    """Who does what in the week."""

    clerk: PersonRef
    archivist: PersonRef
    leader: PersonRef
    core: tuple[PersonRef, ...]  # 核心 staff (readers of 绝密)
    cleared: tuple[PersonRef, ...]  # staff cleared for 机密 (核心 or 重要)
    heads: dict[int, PersonRef]

    @classmethod
    def of(cls, staff: list[PersonRef], accounts: dict[str, PersonRef],
           heads: dict[int, PersonRef]) -> Cast:
        core = tuple(p for p in staff if p.clearance is Clearance.CORE and p.user_id is None)
        return cls(accounts["demo"], accounts["archivist"], accounts["leader"], core,
                   tuple(p for p in staff if p.user_id is None
                         and p.clearance in (Clearance.CORE, Clearance.IMPORTANT)), heads)


def unused_doc_no(led: Ledger, unit: str, doc_no: str) -> str:
    """*doc_no*, or the sender's next 文号 that year when the bulk history (a big demo
    ledger) already holds it: a second receipt of one document would be refused."""
    head, sep, tail = doc_no.rpartition("〕")
    if not sep or not tail.endswith("号") or not tail[:-1].isdigit():
        return doc_no
    n = int(tail[:-1])
    with led.db.read() as s:
        while s.execute(text("SELECT 1 FROM documents WHERE doc_no = :d AND unit = :u"),
                        {"d": f"{head}〕{n}号", "u": unit}).first() is not None:
            n += 1
    return f"{head}〕{n}号"


class _Week:
    def __init__(self, led: Ledger, clock: Clock, days: list[date], cast: Cast,
                 password: str) -> None:
        self.led, self.clock, self.days, self.cast, self.password = led, clock, days, cast, password

    def at(self, day: int, hh: int, mm: int = 0) -> None:
        local = datetime.combine(self.days[day], time(hh, mm), UTC) - BEIJING
        self.clock.moment = max(local, self.clock.moment + timedelta(seconds=1))

    def as_user(self, username: str) -> None:
        self.led.lock_session()
        self.led.unlock_session(username, self.password)

    def register(self, title: str, mark: str, copies: int, unit: str, doc_no: str, *,
                 register: Register = Register.RECEIPT, recall_required: bool = False,
                 urgency: Urgency = Urgency.NORMAL, readers: tuple[int, ...] = ()) -> list[int]:
        ntk = NeedToKnow.of(persons=list(readers), note="主要领导及分管领导") if readers \
            else NeedToKnow.everyone()
        doc_no = unused_doc_no(self.led, unit, doc_no)
        dto = register_document(self.led, DocumentInput(
            register=register, title=title, mark=parse_mark(mark), copy_nos=tuple(range(1, copies + 1)),
            doc_no=doc_no, unit=unit, issued_on=self.days[0] - timedelta(days=3), urgency=urgency,
            pages=12, need_to_know=ntk, recall_required=recall_required,
            signed_by_id=self.cast.clerk.id,
            drafting_department_id=self.cast.clerk.department_id
            if register is Register.PRODUCTION else None))
        return [c.id for c in dto.carriers]

    def old_in_store(self, n: int) -> list[int]:
        """Carriers in store the longest (not due for 清退): what a destruction list takes."""
        with self.led.db.read() as s:
            return [int(r[0]) for r in s.execute(text(
                "SELECT c.id FROM carriers c JOIN documents d ON d.id = c.document_id"
                " WHERE c.state = 'in_store' AND d.recall_required = 0 AND d.voided = 0"
                " AND c.carrier_type = 'paper' ORDER BY c.id LIMIT :n"), {"n": n})]


def run_week(led: Ledger, *, password: str, last_day: date, clock: Clock, people: Cast,
             seed: int) -> None:
    """Run the scripted week on *led* (open as admin); leaves it open as ``demo``.
    Order of accounts: admin, demo (days 1–3), leader and archivist (day 4 morning), demo."""
    days = [d for d in (last_day - timedelta(days=i) for i in range(6, -1, -1)) if d.weekday() < 5]
    w = _Week(led, clock, days, people, password)
    w.at(0, 8, 40)
    mover = _newcomer(w, seed)
    w.as_user("demo")
    docs = _monday(w, mover)
    _circulate(w, docs["top"])
    _lend_and_copy(w, docs)
    w.as_user("leader")
    _approve(w)
    w.as_user("archivist")
    w.at(2, 15, 15)  # a request by someone else: waits in demo's own approval queue
    loans.request_loan(w.led, borrower_id=people.cleared[3].id, carrier_ids=[docs["conf"][1]],
                       purpose="查阅年度自查要求")
    w.as_user("demo")
    _finish(w, docs, mover)


def _newcomer(w: _Week, seed: int) -> PersonRef:
    """A colleague leaving on transfer this week (created by the security officer)."""
    dept = w.cast.cleared[-1].department_id
    p = people.create_person(w.led, name="方志远" if seed % 2 == 0 else "欧阳晨",
                             department_id=dept, clearance=Clearance.IMPORTANT, post="主任科员")
    return PersonRef(p.id, p.name, dept, Clearance.IMPORTANT, None)


def _monday(w: _Week, mover: PersonRef) -> dict[str, list[int]]:
    year = w.days[0].year
    readers = (*tuple(p.id for p in w.cast.core[:3]), w.cast.leader.id)
    w.at(0, 9, 0)
    docs = {
        "top": w.register("关于重大活动安全保卫工作的绝密通报", "绝密★长期", 2, "国家保密局",
                          f"国保发〔{year}〕21号", urgency=Urgency.URGENT, readers=readers),
        "secret": w.register("关于国防动员准备工作的通知", "机密★10年", 6, "省委办公厅",
                             f"省委办发〔{year}〕88号"),
        "conf": w.register("关于做好年度保密自查自评工作的通知", "秘密★5年", 8, "市政府办公室",
                           f"滨政办发〔{year}〕131号"),
        "recall": w.register("关于重要经济数据报送工作的意见", "机密★5年", 2, "省保密局",
                             f"省保发〔{year}〕17号", recall_required=True),
    }
    w.at(0, 9, 40)
    docs["out"] = w.register("关于重点项目前期工作情况的报告", "秘密★3年", 4, "省发展和改革委员会",
                             "", register=Register.PRODUCTION)
    sec, conf, cast = docs["secret"], docs["conf"], w.cast
    w.at(0, 10, 15)
    for cid, box in zip(conf[:4], ("1层01盒", "1层01盒", "1层02盒", "1层02盒"), strict=True):
        archive.archive_carrier(w.led, carrier_id=cid, cabinet="档案室A柜", box=box)
    w.at(0, 10, 40)
    distribution.distribute(w.led, carrier_id=sec[0], person_id=cast.cleared[1].id, purpose="承办",
                            due_on=w.days[-1] + timedelta(days=10))
    for cid in (sec[1], conf[4]):
        distribution.distribute(w.led, carrier_id=cid, person_id=mover.id, purpose="承办")
    w.at(0, 11, 0)
    for cid, who, due in ((sec[2], cast.cleared[5], w.days[1]), (sec[3], cast.cleared[9], None),
                          (conf[5], cast.cleared[13], None)):
        retention.issue_to(w.led, carrier_id=cid, person_id=who.id, purpose="起草文件参考",
                           approver_person_id=_approver(cast, who).id, due_on=due)
    w.at(0, 14, 30)
    out = docs["out"]
    sent = dispatch.dispatch_carriers(w.led, carrier_ids=out[1:3], unit="省发展和改革委员会",
                                      channel=DispatchChannel.CONFIDENTIAL_COURIER)
    dispatch.dispatch_carriers(w.led, carrier_ids=out[3:], unit="市政府办公室",
                               channel=DispatchChannel.BY_HAND)
    docs["dispatch"] = [sent.id]
    return docs


def _approver(cast: Cast, who: PersonRef) -> PersonRef:
    """领用 is approved by the 分管领导, who holds the approver role (demo typed it)."""
    assert who.id != cast.leader.id
    return cast.leader


def _circulate(w: _Week, top: list[int]) -> None:
    """绝密: three readers in turn, the third reading now; copy 2 overdue with a reader."""
    readers = [p.id for p in w.cast.core[:3]]
    w.at(0, 15, 0)
    circulation.plan_circulation(w.led, carrier_id=top[0], reader_ids=readers,
                                 note="请主要领导、分管领导阅")
    circulation.send_next(w.led, carrier_id=top[0])
    w.at(0, 16, 50)
    circulation.return_carrier(w.led, carrier_id=top[0], comment="已阅")
    w.at(1, 9, 5)
    circulation.send_next(w.led, carrier_id=top[0])
    w.at(1, 16, 0)
    circulation.return_carrier(w.led, carrier_id=top[0], comment="已阅，请按要求落实")
    w.at(1, 16, 20)
    circulation.send(w.led, carrier_id=top[1], reader_id=w.cast.leader.id)


def _lend_and_copy(w: _Week, docs: dict[str, list[int]]) -> None:
    conf, sec, cast = docs["conf"], docs["secret"], w.cast
    w.at(1, 10, 0)
    loans.request_loan(w.led, borrower_id=cast.cleared[2].id, carrier_ids=[conf[0]],
                       purpose="起草年度自查报告参考", take_out=True, due_on=w.days[2])
    loans.request_loan(w.led, borrower_id=cast.cleared[6].id, carrier_ids=[conf[2]],
                       purpose="核对数据", take_out=True, due_on=w.days[-1] + timedelta(days=7))
    w.at(2, 9, 30)
    loans.request_loan(w.led, borrower_id=cast.cleared[10].id, carrier_ids=[conf[3]],
                       purpose="阅览室查阅")
    for copies, reason, hh in ((2, "下发承办处室", 10), (1, "会议学习", 11)):
        w.at(2, hh, 0)
        copying.request_copy(w.led, copying.CopyRequestInput(
            requester_id=cast.cleared[1].id, copies=copies, reason=reason,
            source_carrier_id=sec[4], needed_by=w.days[-1]))
    w.at(2, 14, 0)
    for items, checker in ((w.old_in_store(3), cast.cleared[4]), (w.old_in_store(7)[3:], cast.cleared[8]),
                           (w.old_in_store(10)[7:], cast.cleared[12])):
        m = destruction.new_manifest(w.led, note="到期文件清理")
        if items:
            destruction.add_items(w.led, manifest_id=m.id, carrier_ids=items)
        destruction.set_checker(w.led, manifest_id=m.id, checker_id=checker.id)
        if checker is not cast.cleared[4] and items:
            destruction.submit(w.led, manifest_id=m.id)


def _approve(w: _Week) -> None:
    """The leader decides the loans, the first copy request and both destruction lists."""
    w.at(2, 15, 0)
    pending = approvals.queue(w.led)
    first_copy = min((a.id for a in pending if a.subject_kind == "copy"), default=None)
    for a in pending:
        keep_waiting = (a.subject_kind == "loan" and "阅览室" in a.summary) or \
            (a.subject_kind == "copy" and a.id != first_copy)
        if not keep_waiting and a.subject_kind in ("loan", "copy", "destruction"):
            approvals.decide(w.led, approval_id=a.id, approve=True, reason="同意")


def _finish(w: _Week, docs: dict[str, list[int]], mover: PersonRef) -> None:
    cast, led, last = w.cast, w.led, len(w.days) - 1
    w.at(2, 15, 30)
    for loan in loans.list_loans(led, status="approved"):
        loans.issue_loan(led, loan_id=loan.id)
    w.at(3, 10, 30)
    dispatch.record_receipt(led, docs["dispatch"][0], received_on=w.days[3], receipt_no="回2026-0412")
    retention.take_back(led, carrier_id=docs["secret"][3])
    w.at(3, 11, 0)
    done = [r for r in copying_requests(led) if r.status == "approved"]
    if done:
        copying.execute_copy(led, request_id=done[0].id, copier_id=cast.clerk.id)
    w.at(3, 15, 0)
    approved = [m for m in destruction_manifests(led) if m.status == "approved"]
    if approved:
        destruction.execute(led, manifest_id=approved[0].id, inp=destruction.ExecutionInput(
            method=DestructionMethod.CENTER, site="市保密局涉密载体销毁中心",
            escort_ids=(cast.clerk.id, cast.cleared[4].id),
            witness_ids=(cast.cleared[8].id, cast.cleared[9].id),  # two: the list may hold 绝密
            destroyer="销毁中心工作人员", destroyed_on=w.days[3],
            certificate_no=f"销证{w.days[3].year}-0087"))
    w.at(last, 9, 10)
    circulation.send_next(led, carrier_id=docs["top"][0])  # the third reader reads it now
    w.at(last, 9, 40)
    handover.confirm_handover(led, giver_id=mover.id, receiver_id=cast.cleared[-2].id,
                              witness_id=cast.clerk.id, reason=HandoverReason.TRANSFER,
                              note="调任市财政局，经办文件移交")
    _stocktake_loss_recall(w, docs)


def _stocktake_loss_recall(w: _Week, docs: dict[str, list[int]]) -> None:
    led, last, conf = w.led, len(w.days) - 1, docs["conf"]
    w.at(last, 10, 0)
    st = stocktake.start_stocktake(led, scope=stocktake.Scope(location="档案室A柜/1层01盒"),
                                   checkers=(w.cast.clerk.name, w.cast.archivist.name),
                                   leader=w.cast.leader.name, note="年度清查核对")
    labels = _labels(w, [conf[1], conf[6]])
    for label in labels:
        stocktake.scan(led, st.id, label, location="档案室A柜/1层01盒")
    w.at(last, 11, 0)
    report = loss.report_loss(led, loss.LossInput(
        carrier_ids=(conf[6], conf[7]), discovered_at=w.clock.moment - timedelta(hours=1),
        reporter_id=w.cast.clerk.id, circumstances="清查时发现未在原存放位置，正在查找"))
    w.at(last, 15, 30)
    loss.record_found(led, report_id=report.id, carrier_id=conf[6], found_at=w.clock.moment,
                      note="夹在档案室待归档文件中找到")
    recall.record_request(led, issuer="省保密局", received_on=w.days[last],
                          document_ids=[_document_of(w, docs["recall"][0])],
                          reference=f"省保发〔{w.days[0].year}〕19号",
                          due_on=w.days[last] + timedelta(days=20), note="年底前清退")


def _labels(w: _Week, ids: list[int]) -> list[str]:
    with w.led.db.read() as s:
        rows = s.execute(text(f"SELECT label_id FROM carriers WHERE id IN ({','.join(map(str, ids))})"))
        return [str(r[0]) for r in rows]


def _document_of(w: _Week, carrier_id: int) -> int:
    with w.led.db.read() as s:
        return int(s.execute(text("SELECT document_id FROM carriers WHERE id = :i"),
                             {"i": carrier_id}).scalar_one())


def copying_requests(led: Ledger) -> list[Any]:
    return list(copying_read.list_requests(led))


def destruction_manifests(led: Ledger) -> list[Any]:
    return list(destruction_read.list_manifests(led))
