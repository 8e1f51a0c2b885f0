"""移交 (issue 7 §1): a departing leader's holdings in several states, one signed list."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from tests.backends import ledger_backend  # noqa: F401  (each test on SQLite and PostgreSQL)

from secledger.domain.custody import HandoverReason
from secledger.domain.errors import RuleViolation
from secledger.domain.states import Action
from secledger.services.custody import handover
from secledger.services.people import persons as people
from secledger.store.models.events import Event

from .conftest import assert_verified
from .custody_helpers import move, register, state


def _leader_with_items(office: Any) -> tuple[int, list[int]]:
    """张局长 holds: two issued (领用), one circulating, one archived, one lost."""
    led, boss = office.led, office.leaders[0].id
    a = register(led, "关于年度保密工作的报告", mark="机密★10年", copies=2)
    b = register(led, "关于某项目的请示", mark="绝密★长期")
    c = register(led, "会议纪要", mark="秘密★5年")
    d = register(led, "统计报表", mark="秘密")
    ids = [a.carriers[0].id, a.carriers[1].id, b.carriers[0].id, c.carriers[0].id,
           d.carriers[0].id]
    move(led, ids[0], Action.ISSUE_TO, boss)
    move(led, ids[1], Action.ISSUE_TO, boss)
    move(led, ids[2], Action.CIRCULATE, boss)
    move(led, ids[3], Action.ARCHIVE, boss, location="档案柜A")
    move(led, ids[4], Action.ISSUE_TO, boss)
    move(led, ids[4], Action.REPORT_LOST)
    return boss, ids


def test_departing_leader_hands_over_everything(office: Any) -> None:
    boss, ids = _leader_with_items(office)
    register(office.led, "留在机要室的文件")  # the clerk's, not on the list
    listed = handover.holdings(office.led, boss)
    assert listed.person_name == "张局长" and listed.total == 5
    assert [g.label for g in listed.groups] == ["领用", "传阅中", "已归档", "遗失"]
    assert [(lc.label, lc.count) for lc in listed.by_level] == [("绝密", 1), ("机密", 2),
                                                               ("秘密", 2)]
    admin = office.login("admin", "Admin1234")
    with pytest.raises(RuleViolation) as refused:
        people.deactivate_person(admin, person_id=boss, reason="调任")
    assert refused.value.code == "person.holds_carriers"

    led = office.as_clerk()
    receiver, witness = office.leaders[1].id, office.leaders[2].id
    h = handover.confirm_handover(
        led, giver_id=boss, receiver_id=receiver, witness_id=witness,
        reason=HandoverReason.TRANSFER, note="调任市委办公室",
        expected_ids=[i.carrier_id for i in listed.items])
    assert h.reg_no == "移2026-00001" and h.item_count == 5
    assert (h.giver, h.receiver, h.witness) == ("张局长", "刘副局长", "陈副局长")
    assert [i.state_label for i in h.items] == ["领用", "领用", "传阅中", "已归档", "遗失"]
    for cid, expected in zip(ids, ["with_holder", "with_holder", "circulating", "archived",
                                "lost"], strict=True):
        assert state(led, cid) == (expected, receiver)  # the state stays, the holder moves
    with led.db.read() as s:
        evs = s.execute(select(Event).where(Event.kind == "carrier.handover")
                        .order_by(Event.id)).scalars().all()
        assert sorted(e.carrier_id for e in evs) == sorted(ids)  # one event per carrier
        assert all('"handover_no":"移2026-00001"' in e.payload for e in evs)
        assert len({e.id for e in evs}) == 5
    assert handover.holdings(led, boss).total == 0
    assert [x.reg_no for x in handover.list_handovers(led, year=2026)] == ["移2026-00001"]
    assert handover.get_handover(led, h.id).items == h.items
    assert_verified(led)

    admin = office.login("admin", "Admin1234")
    assert people.deactivate_person(admin, person_id=boss, reason="调任").active is False
    assert_verified(admin)


def test_clerk_hands_over_the_registry(office: Any) -> None:
    led = office.led
    doc = register(led, "收文一", copies=3)
    move(led, doc.carriers[2].id, Action.ARCHIVE, office.clerk_person_id, location="柜B")
    new_clerk = office.leaders[1].id
    h = handover.confirm_handover(led, giver_id=office.clerk_person_id, receiver_id=new_clerk,
                                  witness_id=office.leaders[0].id,
                                  reason=HandoverReason.REGISTRY)
    assert h.reason_label == "机要员交接" and h.item_count == 3
    assert {state(led, c.id) for c in doc.carriers} == {("in_store", new_clerk),
                                                         ("archived", new_clerk)}
    assert_verified(led)


def test_handover_refusals_name_the_rule(office: Any) -> None:
    boss, _ids = _leader_with_items(office)
    led = office.led
    kw = {"giver_id": boss, "reason": HandoverReason.RETIREMENT}
    cases = [
        ({"receiver_id": boss, "witness_id": office.leaders[2].id}, "handover.same_person"),
        ({"receiver_id": office.leaders[1].id, "witness_id": office.leaders[1].id},
         "handover.witness_party"),
        ({"receiver_id": office.general_staff.id, "witness_id": office.leaders[2].id},
         "handover.receiver_clearance"),
        ({"receiver_id": office.leaders[1].id, "witness_id": office.leaders[2].id,
          "expected_ids": [1, 2]}, "handover.list_changed"),
    ]
    for extra, code in cases:
        with pytest.raises(RuleViolation) as exc:
            handover.confirm_handover(led, **kw, **extra)
        assert exc.value.code == code
        assert "{" not in exc.value.message("zh_CN") and "{" not in exc.value.message("en")
    assert handover.holdings(led, boss).total == 5  # nothing half-done
    assert handover.list_handovers(led) == []
    assert_verified(led)


def test_handover_of_someone_holding_nothing_is_recorded(office: Any) -> None:
    h = handover.confirm_handover(office.led, giver_id=office.general_staff.id,
                                  receiver_id=office.leaders[1].id,
                                  witness_id=office.leaders[2].id, reason=HandoverReason.LEAVE)
    assert h.item_count == 0 and h.items == () and h.reason_label == "离岗"
