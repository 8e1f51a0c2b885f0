"""A carrier lost while out (传阅, 领用, 借阅) and found again is back in store: the leg,
retention or loan it was lost on is closed, so no list shows it still out and it can be
sent, issued or lent again (found by the state-machine fuzz: the records stayed open, the
loan stayed 借出中 forever and the carrier could never be lent again)."""

from __future__ import annotations

from typing import Any

from secledger.services.approvals import requests as approvals
from secledger.services.custody import archive, circulation, loans, loss, retention

from .conftest import assert_verified
from .custody_helpers import register, state


def _lose_and_find(o: Any, cid: int) -> None:
    rep = loss.report_loss(o.led, loss.LossInput(
        carrier_ids=(cid,), discovered_at=o.clock.t, reporter_id=o.clerk_person_id,
        circumstances="清点时未找到"))
    loss.record_found(o.led, report_id=rep.id, carrier_id=cid, found_at=o.clock.t)
    assert state(o.led, cid) == ("in_store", o.clerk_person_id)


def test_found_closes_the_leg_and_the_retention(office: Any) -> None:
    o = office
    doc = register(o.led, "传阅中遗失的文件", copies=2)
    sent, kept = (c.id for c in doc.carriers)
    boss = o.leaders[0].id
    circulation.send(o.led, reader_id=boss, carrier_id=sent)
    # 领用 by 刘副局长, approved by 张局长 (the approver account; nobody approves his own)
    retention.issue_to(o.led, person_id=o.leaders[1].id, approver_person_id=boss,
                       purpose="承办", carrier_id=kept)
    for cid in (sent, kept):
        _lose_and_find(o, cid)
    assert circulation.out_now(o.led) == []
    assert retention.retentions(o.led, open_only=True) == []
    circulation.send(o.led, reader_id=o.leaders[1].id, carrier_id=sent)
    assert [leg.reader_id for leg in circulation.out_now(o.led)] == [o.leaders[1].id]
    retention.issue_to(o.led, person_id=o.leaders[1].id, approver_person_id=boss,
                       purpose="再次承办", carrier_id=kept)
    assert [r.carrier.carrier_id for r in retention.retentions(o.led, open_only=True)] == [kept]
    assert_verified(o.led)


def test_found_closes_the_loan_and_the_carrier_can_be_lent_again(office: Any) -> None:
    o = office
    cid = register(o.led, "借出后遗失的档案").carriers[0].id
    archive.archive_carrier(o.led, cabinet="1号柜", box="第1盒", carrier_id=cid)
    borrower = o.leaders[1].id

    def lend(purpose: str) -> Any:
        ln = loans.request_loan(o.led, borrower_id=borrower, carrier_ids=[cid], purpose=purpose)
        o.as_approver()
        approvals.decide(o.led, approval_id=ln.approval.id, approve=True)
        o.as_clerk()
        return loans.issue_loan(o.led, loan_id=ln.id)

    first = lend("查阅")
    _lose_and_find(o, cid)
    assert loans.get_loan(o.led, first.id).status == "returned"
    archive.archive_carrier(o.led, cabinet="1号柜", box="第1盒", carrier_id=cid)
    second = lend("再次查阅")
    assert state(o.led, cid) == ("on_loan", borrower)
    assert loans.return_item(o.led, carrier_id=cid).id == second.id
    assert_verified(o.led)
