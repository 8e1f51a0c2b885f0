"""传阅 (issue 5 §1): refusals naming the rule, a full three-reader plan, returns."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from tests.backends import ledger_backend  # noqa: F401  (each test on SQLite and PostgreSQL)

from secledger.domain.access import NeedToKnow
from secledger.domain.errors import RuleViolation
from secledger.services.audit.verify import verify
from secledger.services.custody import circulation as circ
from secledger.store.models.events import Event
from secledger.store.models.registry import Carrier

from .conftest import assert_verified


def _carrier(doc: Any, i: int = 0) -> Any:
    return doc.carriers[i]


def _holder(led: Any, cid: int) -> tuple[str, int | None]:
    with led.db.read() as s:
        c = s.get(Carrier, cid)
        return c.state, c.holder_id


def test_three_reader_plan_on_top_secret(office: Any) -> None:
    doc = office.register("关于某重大事项的请示", mark="绝密★长期")
    c = _carrier(doc)
    readers = [p.id for p in office.leaders]
    plan = circ.plan_circulation(office.led, carrier_id=c.id, reader_ids=readers,
                                 note="请各位领导阅示")
    assert [st.name for st in plan.steps] == ["张局长", "刘副局长", "陈副局长"]
    assert plan.next_step is not None and plan.next_step.person_id == readers[0]
    for i, reader in enumerate(readers):
        leg = circ.send_next(office.led, label=c.label_id.lower())  # scanners may type lower case
        assert leg.reader_id == reader
        assert _holder(office.led, c.id) == ("circulating", reader)
        # 绝密: due the same day at 17:30 Beijing time = 09:30 UTC
        assert leg.due_at == office.clock.t.replace(tzinfo=None, hour=9, minute=30)
        office.clock.set(office.clock.t + timedelta(minutes=40))
        res = circ.return_carrier(office.led, label=c.label_id, sign_via="app",
                                  comment=f"已阅{i}")
        assert res.leg.signed_at == office.clock.t.replace(tzinfo=None)
        assert _holder(office.led, c.id) == ("in_store", office.clerk_person_id)
        expected_next = readers[i + 1] if i + 1 < len(readers) else None
        assert (res.next_reader.person_id if res.next_reader else None) == expected_next
    plan = circ.current_plan(office.led, c.id)
    assert plan is not None and plan.status == "completed"
    assert all(st.leg is not None and st.leg.returned_at for st in plan.steps)
    with pytest.raises(RuleViolation) as e:
        circ.send_next(office.led, carrier_id=c.id)
    assert e.value.code == "circulation.no_next_reader"
    assert len(circ.legs_of(office.led, c.id)) == 3
    assert circ.out_now(office.led) == []
    assert_verified(office.led)


def test_no_horizontal_passing(office: Any) -> None:
    doc = office.register()
    c = _carrier(doc)
    a, b = office.leaders[0], office.leaders[1]
    circ.send(office.led, carrier_id=c.id, reader_id=a.id)
    with pytest.raises(RuleViolation) as e:
        circ.send(office.led, carrier_id=c.id, reader_id=b.id)
    assert e.value.code == "circulation.no_horizontal"
    msg = e.value.message()
    assert "不得横传" in msg and "张局长" in msg and "刘副局长" in msg
    assert _holder(office.led, c.id) == ("circulating", a.id)
    circ.return_carrier(office.led, carrier_id=c.id)
    leg = circ.send(office.led, carrier_id=c.id, reader_id=b.id)
    assert leg.reader_name == "刘副局长"
    assert_verified(office.led)


def test_refusals_name_the_rule(office: Any) -> None:
    doc = office.register(mark="机密★10年")
    c = _carrier(doc)
    with pytest.raises(RuleViolation) as e:
        circ.send(office.led, carrier_id=c.id, reader_id=office.general_staff.id)
    assert e.value.code == "access.clearance" and "赵科员" in e.value.message()
    with pytest.raises(RuleViolation) as e:
        circ.send(office.led, carrier_id=c.id, reader_id=office.outsider.id)
    assert e.value.code == "access.need_to_know" and "知悉范围" in e.value.message()
    with pytest.raises(RuleViolation) as e:  # the plan checks every reader up front
        circ.plan_circulation(office.led, carrier_id=c.id,
                              reader_ids=[office.leaders[0].id, office.outsider.id])
    assert e.value.code == "access.need_to_know"
    with pytest.raises(RuleViolation) as e:
        circ.return_carrier(office.led, carrier_id=c.id)
    assert e.value.code == "circulation.not_out" and "不在传阅中" in e.value.message()
    from secledger.services.custody import archive

    archive.archive_carrier(office.led, carrier_id=c.id, cabinet="A柜", box="3盒")
    with pytest.raises(RuleViolation) as e:
        circ.send(office.led, carrier_id=c.id, reader_id=office.leaders[0].id)
    assert e.value.code == "circulation.not_in_store" and "已归档" in e.value.message()
    assert "only carriers in store" in e.value.message("en")
    assert_verified(office.led)


def test_named_person_in_need_to_know_passes(office: Any) -> None:
    doc = office.register(need_to_know=NeedToKnow.of(persons=[office.outsider.id]))
    leg = circ.send(office.led, carrier_id=doc.carriers[0].id, reader_id=office.outsider.id)
    assert leg.department == "财务处"


def test_due_times_normal_and_after_hours(office: Any) -> None:
    normal = office.register("普通机密件", mark="机密★10年")
    leg = circ.send(office.led, carrier_id=normal.carriers[0].id, reader_id=office.leaders[0].id)
    # 2 days: 2026-11-26 17:30 Beijing = 09:30 UTC
    assert leg.due_at == datetime(2026, 11, 26, 9, 30)
    from secledger.domain.enums import Urgency

    office.clock.set(datetime(2026, 11, 24, 10, 0, tzinfo=UTC))  # 18:00 Beijing, after hours
    urgent = office.register("特急件", mark="秘密★6个月", urgency=Urgency.EXTRA_URGENT)
    leg2 = circ.send(office.led, carrier_id=urgent.carriers[0].id,
                     reader_id=office.leaders[1].id)
    assert leg2.due_at == datetime(2026, 11, 25, 9, 30)  # end of the next working day
    assert [x.id for x in circ.out_now(office.led)] == [leg2.id, leg.id]


def test_return_from_slip_records_sign_time(office: Any) -> None:
    doc = office.register()
    c = doc.carriers[0]
    circ.send(office.led, carrier_id=c.id, reader_id=office.leaders[2].id)
    signed = office.clock.t + timedelta(hours=2)
    office.clock.set(office.clock.t + timedelta(hours=5))
    res = circ.return_carrier(office.led, carrier_id=c.id, sign_via="slip", signed_at=signed)
    assert res.leg.signed_at == signed.replace(tzinfo=None)
    assert res.leg.returned_at == office.clock.t.replace(tzinfo=None)
    with office.led.db.read() as s:
        kinds = list(s.execute(select(Event.kind).where(Event.carrier_id == c.id)
                               .order_by(Event.id)).scalars())
    assert kinds == ["carrier.register", "carrier.circulate", "carrier.circulation_return"]
    assert verify(office.led).ok
