"""The demo's 携带外出 work, done through the real services after the classification work
(``build_demo`` runs it): the carry-out pane, its forms and 未归还 have rows to show.

- the security officer names the post that approves carrying 绝密 out (the leader's) and
  designates the registry clerk for 绝密 收发;
- a 机密 carry-out out for a month (not overdue), a 绝密 one carried by two 核心 colleagues that
  was due back at the end of the last day (overdue in the evening), a 秘密 one already back,
  and a foreign-affairs request still waiting in the leader's queue.

Every step runs as the account a real office would use at the week's last moment (the clock
only moves forward), so it is reproducible for a seed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from secledger.demo.scripted import Clock, ScriptRun
from secledger.demo.week import Cast
from secledger.domain.access import NeedToKnow
from secledger.domain.carry_out import TOP_POSTS_KEY
from secledger.domain.enums import Register
from secledger.domain.marks import parse_mark
from secledger.services.approvals import posts as approval_posts
from secledger.services.approvals import requests as approvals
from secledger.services.custody import carry_out, two_person
from secledger.services.custody.carry_out import CarryOutInput
from secledger.services.custody.carry_out_read import CarryOutDTO
from secledger.services.ledger.session import Ledger
from secledger.services.registration.register import DocumentInput, register_document

MEASURES = "装入专用密码包加锁，专人携带，全程不离身，不在宾馆等无保密条件的场所存放"


@dataclass
class _Run(ScriptRun):
    def carriers(self, title: str, mark: str, copies: int, doc_no: str) -> tuple[int, ...]:
        self.tick()
        dto = register_document(self.led, DocumentInput(
            register=Register.RECEIPT, title=title, mark=parse_mark(mark),
            copy_nos=tuple(range(1, copies + 1)), doc_no=doc_no, unit="省发展和改革委员会",
            issued_on=self.today - timedelta(days=5), pages=8,
            need_to_know=NeedToKnow.everyone(), signed_by_id=self.cast.clerk.id))
        return tuple(c.id for c in dto.carriers)

    def request(self, carriers: tuple[int, ...], people: tuple[int, ...], where: str, why: str,
                days: int, *, foreign: bool = False) -> CarryOutDTO:
        self.tick()
        return carry_out.request_carry_out(self.led, CarryOutInput(
            person_ids=people, carrier_ids=carriers, destination=where, purpose=why,
            out_on=self.today, back_on=self.today + timedelta(days=days), measures=MEASURES,
            foreign_affairs=foreign))


def run(led: Ledger, password: str, clock: Clock, cast: Cast) -> None:
    """Add the carry-out work (see the module docstring); leaves *led* open as demo."""
    r = _Run(led, clock, cast, password)
    r.as_user("admin")
    r.tick()
    approval_posts.set_posts(led, TOP_POSTS_KEY, "分管副主任")
    two_person.set_registrars(led, [cast.clerk.id])
    r.as_user("demo")
    year = r.today.year
    month = r.request(r.carriers("关于重点项目前期工作的评审材料", "机密★10年", 2,
                                 f"省发改发〔{year}〕21号"),
                      (cast.cleared[4].id,), "省发展和改革委员会", "参加重点项目评审会", 30)
    top = r.request(r.carriers("关于重大项目布局调整的请示", "绝密★30年", 1,
                               f"省发改发〔{year}〕3号"),
                    (cast.core[0].id, cast.core[1].id), "省委办公厅", "向省委专题汇报", 0)
    back = r.request(r.carriers("关于年度投资计划执行情况的通报", "秘密★5年", 1,
                                f"省发改发〔{year}〕30号"),
                     (cast.cleared[5].id,), "市政府办公室", "参加市政府专题会议", 1)
    r.request(r.carriers("关于对外经贸合作项目的情况说明", "秘密★3年", 1,
                         f"省发改发〔{year}〕33号"),
              (cast.cleared[6].id,), "市外事办公室", "参加外事接待活动", 2, foreign=True)
    r.as_user("leader")
    for req in (month, top, back):
        r.tick()
        assert req.approval is not None
        approvals.decide(led, approval_id=req.approval.id, approve=True,
                         reason="同意，按所列保护措施执行")
    r.as_user("demo")
    for req in (month, top, back):
        r.tick()
        carry_out.issue_carry_out(led, carry_out_id=req.id)
    r.tick(20)
    for item in back.items:
        carry_out.carry_back(led, carrier_id=item.carrier.carrier_id)
