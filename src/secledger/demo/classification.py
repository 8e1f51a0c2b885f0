"""The demo's classification work, done through the real services after the scripted week
(``build_demo`` runs it): every classification worklist has rows to show.

- the security officer designates two 定密责任人 (the leader up to 绝密, a 核心 colleague
  without an account up to 机密);
- periods ending in 20 days (an own document) and in 80 days (a received one);
- a received document whose period has ended: the end-of-period pass records it, with the
  bulk history's ended periods (已解密待处理);
- an own document changed from 秘密 to 机密 (待换标, its notice partly signed), one declassified
  early with a copy still out (待通知签收, 已解密待处理), a 定密 proposal waiting in the
  leader's queue, a proposal sent to an originator, an originator's extension, and the
  yearly review started.

Every step runs as the account a real office would use and at the week's last moment (the
clock only moves forward), so it is reproducible for a seed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from secledger.demo.scripted import Clock, ScriptRun
from secledger.demo.week import Cast, unused_doc_no
from secledger.domain.access import NeedToKnow
from secledger.domain.classification import Basis, BasisKind, DecisionKind, OriginatorNotice
from secledger.domain.enums import Classification, Register
from secledger.domain.marks import Retention, add_months, add_years, parse_mark
from secledger.services.approvals import requests as approvals
from secledger.services.classification import (
    decisions,
    designations,
    notices,
    proposals,
    read,
    review,
)
from secledger.services.classification.expiry import run_auto_declassification
from secledger.services.classification.worklists import Worklist
from secledger.services.custody import distribution
from secledger.services.ledger.session import Ledger
from secledger.services.registration.register import DocumentInput, register_document


@dataclass
class _Run(ScriptRun):
    def doc(self, title: str, mark: str, issued: date, *, own: bool, copies: int = 2,
            readers: tuple[int, ...] = (), doc_no: str = "") -> Any:
        self.tick()
        ntk = NeedToKnow.of(persons=readers, note="承办处室") if readers else NeedToKnow.everyone()
        unit = "" if own else "省保密局"
        return register_document(self.led, DocumentInput(
            register=Register.PRODUCTION if own else Register.RECEIPT, title=title,
            mark=parse_mark(mark), copy_nos=tuple(range(1, copies + 1)),
            doc_no=unused_doc_no(self.led, unit, doc_no), unit=unit, issued_on=issued, pages=6, need_to_know=ntk,
            signed_by_id=self.cast.clerk.id,
            drafting_department_id=self.cast.clerk.department_id if own else None))

    def propose(self, doc_id: int, kind: DecisionKind, **kw: Any) -> Any:
        self.tick()
        return proposals.propose(self.led, proposals.ProposalInput(
            document_id=doc_id, kind=kind, proposer_id=self.cast.cleared[0].id, **kw))

    def approve_all(self) -> None:
        """The leader decides every classification proposal waiting for him but the last."""
        self.as_user("leader")
        waiting = [a for a in approvals.queue(self.led) if a.subject_kind == "classification"]
        for a in waiting[:-1]:
            self.tick()
            approvals.decide(self.led, approval_id=a.id, approve=True, reason="同意")
        self.as_user("demo")


def run(led: Ledger, password: str, clock: Clock, cast: Cast) -> None:
    """Add the classification work (see the module docstring); leaves *led* open as demo."""
    r = _Run(led, clock, cast, password)
    _designate(r)
    r.as_user("demo")
    _due_soon(r)
    _decided(r)
    r.approve_all()
    _after(r)
    r.tick()
    run_auto_declassification(led)


def _designate(r: _Run) -> None:
    r.as_user("admin")
    r.tick()
    ref = f"保密委〔{r.today.year}〕2号"
    designations.designate(r.led, person_id=r.cast.leader.id,
                           max_level=Classification.TOP_SECRET, reference=ref,
                           scope_note="本单位产生的绝密级及以下事项")
    designations.designate(r.led, person_id=r.cast.core[3].id, max_level=Classification.SECRET,
                           reference=ref, scope_note="本部门产生的机密级及以下事项")


def _due_soon(r: _Run) -> None:
    year = r.today.year
    r.doc("关于涉密网络安全保密检查情况的通报", "秘密★1年",
          add_years(r.today + timedelta(days=20), -1), own=True, doc_no=f"市保发〔{year}〕31号")
    r.doc("关于做好重要会议保密工作的通知", "机密★1年",
          add_years(r.today + timedelta(days=80), -1), own=False, doc_no=f"省保发〔{year}〕7号")
    r.doc("关于印发保密宣传教育月活动方案的通知", "秘密★6个月",
          add_months(r.today, -7), own=False, doc_no=f"省保发〔{year}〕3号")


def _decided(r: _Run) -> None:
    year, readers = r.today.year, tuple(p.id for p in r.cast.cleared[:3])
    issued = r.today - timedelta(days=30)
    early = r.doc("关于保密技术检查工作安排的通知", "秘密★3年", issued, own=True,
                  readers=readers, doc_no=f"市保发〔{year}〕41号")
    changed = r.doc("关于加强定密管理工作的意见", "秘密★5年", issued, own=True, copies=3,
                    readers=readers, doc_no=f"市保发〔{year}〕40号")
    fresh = r.doc("关于年度保密工作考核情况的报告", "机密★10年", r.today, own=True,
                  readers=readers, doc_no=f"市保发〔{year}〕45号")
    r.tick()
    distribution.distribute(r.led, person_id=r.cast.cleared[1].id, carrier_id=early.carriers[1].id)
    r.propose(changed.id, DecisionKind.CHANGE, mark=parse_mark("机密★10年"),
              opinion="涉及重要会议部署，密级应提升为机密")
    r.propose(early.id, DecisionKind.DECLASSIFY, opinion="相关工作已公开部署，建议提前解密")
    r.propose(fresh.id, DecisionKind.DESIGNATE, mark=parse_mark("机密★10年"),
              need_to_know=NeedToKnow.of(persons=readers, note="局领导及承办处室"),
              basis=Basis(BasisKind.ITEM, "本单位保密事项范围第二条第（三）项"),
              opinion="拟定为机密级，保密期限10年")


def _after(r: _Run) -> None:
    """Half of the first notice signed; the received documents' originator work."""
    first = read.page(r.led, Worklist.ACKNOWLEDGE, limit=2)
    if first:
        r.tick()
        notices.acknowledge(r.led, recipient_ids=[first[0].id])
    year = r.today.year
    asked = r.doc("关于保密要害部门部位确定情况的通报", "机密★10年",
                  r.today - timedelta(days=200), own=False, doc_no=f"省保发〔{year}〕11号")
    r.tick()
    proposals.record_sent_proposal(r.led, proposals.SentProposalInput(
        document_id=asked.id, kind=DecisionKind.CHANGE, addressee="省保密局",
        sent_on=r.today, sent_ref=f"市保函〔{year}〕9号", opinion="建议将知悉范围扩大至各处室负责人"))
    longer = r.doc("关于国家秘密载体管理的补充规定", "秘密★1年",
                   r.today - timedelta(days=300), own=False, doc_no=f"省保发〔{year}〕5号")
    r.tick()
    decisions.record_originator_decision(r.led, decisions.OriginatorDecisionInput(
        document_id=longer.id, kind=DecisionKind.EXTEND, retention=Retention.of_years(3),
        notice=OriginatorNotice("省保密局", f"省保通〔{year}〕12号", r.today)))
    r.tick()
    review.confirm_originator_silent(r.led, document_ids=[asked.id], note="本年度未收到变更通知")

