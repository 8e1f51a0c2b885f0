"""The demo's 摘录 and 汇编, done through the real services after the classification work
(``build_demo`` runs it): the copying pane shows them beside the week's copies.

- an excerpt of a received 机密 notice, approved by the leader and registered as a 机密
  派生 document of the unit;
- a compilation of two received documents (秘密 and 机密) waiting in the leader's queue.
"""

from __future__ import annotations

from datetime import timedelta

from secledger.demo.classification import _Run as Steps
from secledger.demo.scripted import Clock
from secledger.demo.week import Cast
from secledger.domain.copying import CopyKind
from secledger.domain.marks import parse_mark
from secledger.services.approvals import requests as approvals
from secledger.services.disposal import copying, excerpts
from secledger.services.ledger.session import Ledger


def run(led: Ledger, password: str, clock: Clock, cast: Cast) -> None:
    """Add the excerpt and the compilation; leaves *led* open as demo."""
    r = Steps(led, clock, cast, password)
    r.as_user("demo")
    year, readers = r.today.year, tuple(p.id for p in cast.cleared[:3])
    issued = r.today - timedelta(days=10)
    notice = r.doc("关于开展保密自查自评工作的通知", "机密★10年", issued, own=False,
                   readers=readers, doc_no=f"省保发〔{year}〕21号")
    rules = r.doc("关于涉密载体管理情况的通报", "秘密★5年", issued, own=False, readers=readers,
                  doc_no=f"省保发〔{year}〕22号")
    requester = cast.cleared[1].id
    r.tick(1)
    excerpt = copying.request_copy(led, copying.CopyRequestInput(
        requester_id=requester, copies=2, reason="起草本单位自查自评工作方案",
        source_carrier_id=notice.carriers[0].id, kind=CopyKind.EXCERPT))
    r.tick(1)
    copying.request_copy(led, copying.CopyRequestInput(
        requester_id=requester, copies=1, reason="汇编年度保密工作学习材料",
        source_carrier_id=rules.carriers[0].id, more_sources=(notice.carriers[1].id,),
        kind=CopyKind.COMPILE))
    r.as_user("leader")
    r.tick(1)
    assert excerpt.approval is not None
    approvals.decide(led, approval_id=excerpt.approval.id, approve=True, reason="同意")
    r.as_user("demo")
    r.tick(1)
    excerpts.execute_derived(led, excerpts.DerivedInput(
        request_id=excerpt.id, maker_id=cast.clerk.id,
        title="保密自查自评工作要求（摘录）", mark=parse_mark("机密★10年")))
