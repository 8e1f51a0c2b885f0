"""携带外出 and two-person custody of 绝密: every rule refused with its code, nothing
half-written; the chain verifies after each legitimate operation."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from secledger.domain.access import NeedToKnow
from secledger.domain.enums import DispatchChannel
from secledger.domain.errors import DomainError, RuleViolation, ValidationError
from secledger.services.approvals import posts as approval_posts
from secledger.services.approvals import requests as approvals
from secledger.services.custody import archive, carry_out, carry_out_read, overdue, two_person
from secledger.services.custody.carry_out import CarryOutInput
from secledger.services.registration import dispatch
from secledger.store.models.carry_out import CarryOut, DispatchCourier
from secledger.store.models.events import Event
from secledger.store.models.registry import Carrier

from .conftest import assert_verified

TODAY = date(2026, 11, 24)  # the office clock's local day


def _state(led: Any, cid: int) -> tuple[str, int | None]:
    with led.db.read() as s:
        c = s.get(Carrier, cid)
        return c.state, c.holder_id


def _counts(led: Any) -> tuple[int, int, int]:
    with led.db.read() as s:
        return (s.execute(select(func.count()).select_from(CarryOut)).scalar_one(),
                s.execute(select(func.count()).select_from(DispatchCourier)).scalar_one(),
                s.execute(select(func.max(Event.id))).scalar_one())


def _inp(office: Any, carriers: list[int], people: list[int] | None = None, **kw: Any) -> Any:
    fields: dict[str, Any] = dict(
        person_ids=tuple(people or [office.leaders[1].id]), carrier_ids=tuple(carriers),
        destination="省发展和改革委员会", purpose="参加项目评审会", out_on=TODAY,
        back_on=TODAY + timedelta(days=2), measures="装入专用密码包，专人携带，不离身")
    fields.update(kw)
    return CarryOutInput(**fields)


def _refused(office: Any, code: str, fn: Any, *args: Any, **kw: Any) -> DomainError:
    before = _counts(office.led)
    with pytest.raises(DomainError) as info:
        fn(*args, **kw)
    assert info.value.code == code, info.value.message()
    assert _counts(office.led) == before  # nothing half-written
    return info.value


def _top(office: Any, copies: int = 2) -> Any:
    return office.register("关于重大项目布局的请示", mark="绝密★30年", copies=copies)


def _approve(office: Any, approval_id: int) -> None:
    led = office.as_approver()
    approvals.decide(led, approval_id=approval_id, approve=True, reason="同意，按保护措施执行")
    office.as_clerk()


def test_carry_out_request_approve_issue_overdue_and_back(office: Any) -> None:
    doc = office.register("关于项目评审的材料", copies=2)
    ids = [c.id for c in doc.carriers]
    holder = office.leaders[1]
    req = carry_out.request_carry_out(office.led, _inp(office, ids))
    assert req.reg_no == "携2026-00001" and req.status == "requested"
    assert req.approval is not None and req.approval.is_pending
    assert "专用密码包" in req.approval.summary and "保护措施" in req.approval.rule
    assert_verified(office.led)
    _refused(office, "approval.required", carry_out.issue_carry_out, office.led,
             carry_out_id=req.id)
    _approve(office, req.approval.id)
    assert carry_out_read.get_carry_out(office.led, req.id).status == "approved"
    out = carry_out.issue_carry_out(office.led, carry_out_id=req.id)
    assert out.status == "out" and out.due_at == datetime(2026, 11, 26, 9, 30)  # 17:30 Beijing
    assert {_state(office.led, i) for i in ids} == {("carried_out", holder.id)}
    assert_verified(office.led)
    listed = [i for i in overdue.still_out(office.led) if i.kind == "carry_out"]
    assert [i.ref_no for i in listed] == ["携2026-00001"] * 2 and not listed[0].is_overdue
    assert listed[0].kind_label == "携带外出" and listed[0].holder == holder.name
    office.clock.set(datetime(2026, 11, 27, 2, 0, tzinfo=UTC))
    assert {i.carrier.carrier_id for i in overdue.overdue(office.led)} == set(ids)
    half = carry_out.carry_back(office.led, label=doc.carriers[0].label_id)
    assert half.status == "out" and half.outstanding == 1
    done = carry_out.carry_back(office.led, carrier_id=ids[1])
    assert done.status == "returned" and done.returned_at is not None
    assert {_state(office.led, i) for i in ids} == {("in_store", office.clerk_person_id)}
    assert not [i for i in overdue.still_out(office.led) if i.kind == "carry_out"]
    assert [r.reg_no for r in carry_out_read.carry_out_register(office.led)] == [req.reg_no]
    assert_verified(office.led)
    _refused(office, "carry_out.not_out", carry_out.carry_back, office.led, carrier_id=ids[1])


def test_top_secret_needs_two_core_people_and_never_goes_abroad(office: Any) -> None:
    doc = _top(office)
    ids = [c.id for c in doc.carriers]
    e = _refused(office, "custody.two_person", carry_out.request_carry_out, office.led,
                 _inp(office, ids))
    assert "两名以上核心涉密人员" in e.message() and "two or more" in e.message("en")
    e = _refused(office, "custody.two_person_clearance", carry_out.request_carry_out,
                 office.led, _inp(office, ids, [office.leaders[1].id, office.general_staff.id]))
    assert office.general_staff.name in e.message()
    two = [office.leaders[1].id, office.leaders[2].id]
    _refused(office, "custody.two_person", carry_out.request_carry_out, office.led,
             _inp(office, ids, [office.leaders[1].id, office.leaders[1].id]))
    _refused(office, "carry_out.top_secret_foreign", carry_out.request_carry_out, office.led,
             _inp(office, ids, two, foreign_affairs=True))
    _refused(office, "carry_out.top_secret_abroad", carry_out.request_carry_out, office.led,
             _inp(office, ids, two, abroad=True, destination="香港"))
    req = carry_out.request_carry_out(office.led, _inp(office, ids, two))
    assert [p.name for p in req.people] == [office.leaders[1].name, office.leaders[2].name]
    assert "两名以上核心涉密人员" in req.approval.rule
    assert_verified(office.led)


def test_foreign_affairs_allowed_below_top_secret(office: Any) -> None:
    doc = office.register("对外交流材料", mark="秘密★5年")
    req = carry_out.request_carry_out(office.led, _inp(office, [doc.carriers[0].id],
                                                       foreign_affairs=True))
    assert req.foreign_affairs and "涉外活动" in req.approval.summary


def test_top_secret_approver_post_from_policy(office: Any) -> None:
    doc = _top(office)
    req = carry_out.request_carry_out(office.led, _inp(
        office, [doc.carriers[0].id], [office.leaders[1].id, office.leaders[2].id]))
    admin = office.login("admin", "Admin1234")
    approval_posts.set_posts(admin, "carry_out_top_approver_posts", "保密办主任")
    led = office.as_approver()
    with pytest.raises(RuleViolation) as e:
        approvals.decide(led, approval_id=req.approval.id, approve=True)
    assert e.value.code == "approval.post" and "保密办主任" in e.value.message()
    assert approvals.get(led, req.approval.id).is_pending  # rolled back whole
    admin = office.login("admin", "Admin1234")
    approval_posts.set_posts(admin, "carry_out_top_approver_posts", "保密办主任，局领导")
    led = office.as_approver()
    approvals.decide(led, approval_id=req.approval.id, approve=True)
    assert carry_out_read.get_carry_out(led, req.id).status == "approved"
    assert_verified(led)


def test_a_bearer_may_not_approve_and_rejection_closes(office: Any) -> None:
    doc = office.register("会议材料")
    req = carry_out.request_carry_out(office.led, _inp(
        office, [doc.carriers[0].id], [office.leaders[1].id, office.approver_person.id]))
    led = office.as_approver()
    with pytest.raises(RuleViolation) as e:
        approvals.decide(led, approval_id=req.approval.id, approve=True)
    assert e.value.code == "carry_out.companion_approves"
    assert approvals.get(led, req.approval.id).is_pending
    office.as_clerk()
    other = office.register("另一份会议材料")
    req2 = carry_out.request_carry_out(office.led, _inp(office, [other.carriers[0].id]))
    led = office.as_approver()
    approvals.decide(led, approval_id=req2.approval.id, approve=False, reason="不宜外出")
    led = office.as_clerk()
    assert carry_out_read.get_carry_out(led, req2.id).status == "rejected"
    _refused(office, "carry_out.wrong_status", carry_out.issue_carry_out, led,
             carry_out_id=req2.id)


def test_input_and_state_refusals(office: Any) -> None:
    doc = office.register("评审材料", copies=3)
    ids = [c.id for c in doc.carriers]
    led = office.led
    for code, kw in (
        ("carry_out.no_people", {"person_ids": ()}),
        ("carry_out.no_carriers", {"carrier_ids": ()}),
        ("carry_out.no_carriers", {"carrier_ids": (ids[0], ids[0])}),
        ("carry_out.destination_required", {"destination": " "}),
        ("carry_out.purpose_required", {"purpose": ""}),
        ("carry_out.measures_required", {"measures": ""}),
        ("carry_out.start_in_past", {"out_on": TODAY - timedelta(days=1)}),
        ("carry_out.period_order", {"back_on": TODAY - timedelta(days=1)}),
        ("carry_out.period_too_long", {"back_on": TODAY + timedelta(days=400)}),
    ):
        e = _refused(office, code, carry_out.request_carry_out, led,
                     _inp(office, [ids[0]], **kw))
        assert isinstance(e, ValidationError)
    archive.archive_carrier(led, carrier_id=ids[2], cabinet="1", box="1")
    _refused(office, "carry_out.not_in_store", carry_out.request_carry_out, led,
             _inp(office, [ids[2]]))
    _refused(office, "access.clearance", carry_out.request_carry_out, led,
             _inp(office, [ids[0]], [office.general_staff.id]))
    _refused(office, "access.need_to_know", carry_out.request_carry_out, led,
             _inp(office, [ids[0]], [office.outsider.id]))
    req = carry_out.request_carry_out(led, _inp(office, [ids[0]]))
    _refused(office, "carry_out.already_requested", carry_out.request_carry_out, led,
             _inp(office, [ids[0], ids[1]]))
    _approve(office, req.approval.id)
    office.clock.set(datetime(2026, 11, 28, 2, 0, tzinfo=UTC))  # after the day due back
    _refused(office, "carry_out.period_over", carry_out.issue_carry_out, office.led,
             carry_out_id=req.id)
    _refused(office, "doc.reason_required", carry_out.cancel_carry_out, office.led,
             carry_out_id=req.id, reason=" ")
    gone = carry_out.cancel_carry_out(office.led, carry_out_id=req.id, reason="会议取消")
    assert gone.status == "cancelled"
    _refused(office, "carry_out.wrong_status", carry_out.cancel_carry_out, office.led,
             carry_out_id=req.id, reason="再次撤销")
    again = carry_out.request_carry_out(office.led, _inp(
        office, [ids[0]], out_on=date(2026, 11, 28), back_on=date(2026, 11, 29)))
    assert again.reg_no == "携2026-00002"
    assert_verified(office.led)


def test_cancel_withdraws_the_pending_approval(office: Any) -> None:
    doc = office.register("材料")
    req = carry_out.request_carry_out(office.led, _inp(office, [doc.carriers[0].id]))
    carry_out.cancel_carry_out(office.led, carry_out_id=req.id, reason="不再需要")
    assert approvals.get(office.led, req.approval.id).status == "cancelled"
    assert_verified(office.led)


# -- 专人递送 of 绝密 -----------------------------------------------------------------------
def test_top_secret_by_hand_needs_two_core_couriers(office: Any) -> None:
    doc = _top(office, copies=3)
    ids = [c.id for c in doc.carriers]
    send = dispatch.dispatch_carriers
    _refused(office, "custody.two_person", send, office.led, carrier_ids=[ids[0]],
             unit="省委办公厅", channel=DispatchChannel.BY_HAND)
    _refused(office, "custody.two_person_clearance", send, office.led, carrier_ids=[ids[0]],
             unit="省委办公厅", channel=DispatchChannel.BY_HAND,
             courier_ids=[office.leaders[1].id, office.general_staff.id])
    sent = send(office.led, carrier_ids=[ids[0]], unit="省委办公厅",
                channel=DispatchChannel.BY_HAND,
                courier_ids=[office.leaders[1].id, office.leaders[2].id])
    assert sent.couriers == (office.leaders[1].name, office.leaders[2].name)
    assert _state(office.led, ids[0])[0] == "dispatched"
    by_courier = send(office.led, carrier_ids=[ids[1]], unit="省委办公厅",
                      channel=DispatchChannel.CONFIDENTIAL_COURIER)
    assert by_courier.couriers == ()
    assert_verified(office.led)


# -- 绝密 收发 by designated persons ----------------------------------------------------------
def test_top_secret_receipt_and_dispatch_by_designated_persons(office: Any) -> None:
    # none designated: the registry clerks receive and dispatch; anyone else is refused
    office.register("绝密来文", mark="绝密★30年")
    e = _refused(office, "custody.top_secret_registrar_unset", office.register, "绝密来文二",
                 mark="绝密★30年", signed_by_id=office.leaders[1].id)
    assert "指定绝密载体收发人员" in e.message() and "designate" in e.message("en")
    office.register("机密来文", mark="机密★10年", signed_by_id=office.leaders[1].id)
    admin = office.login("admin", "Admin1234")
    _refused(office, "custody.registrar_clearance", two_person.set_registrars, admin,
             [office.general_staff.id])
    got = two_person.set_registrars(admin, [office.leaders[2].id])
    assert got.is_set and got.designated == ((office.leaders[2].id, office.leaders[2].name),)
    led = office.as_clerk()
    e = _refused(office, "custody.top_secret_registrar", office.register, "绝密来文三",
                 mark="绝密★30年")
    assert "李机要不在绝密载体收发人员名单中" in e.message()
    office.register("机密来文二", mark="机密★10年")  # other levels: anyone
    admin = office.login("admin", "Admin1234")
    two_person.set_registrars(admin, [office.clerk_person_id])
    led = office.as_clerk()
    doc = office.register("绝密来文四", mark="绝密★30年",
                          need_to_know=NeedToKnow.of(departments=[office.dept.id]))
    admin = office.login("admin", "Admin1234")
    two_person.set_registrars(admin, [office.leaders[2].id])
    led = office.as_clerk()
    _refused(office, "custody.top_secret_registrar", dispatch.dispatch_carriers, led,
             carrier_ids=[doc.carriers[0].id], unit="省委办公厅",
             channel=DispatchChannel.CONFIDENTIAL_COURIER)
    assert_verified(led)


def test_issue_checks_the_rules_again(office: Any) -> None:
    """A bearer who left, or a clearance lowered, after the approval stops the issue."""
    from secledger.services.people import persons as people

    doc = _top(office, copies=1)
    req = carry_out.request_carry_out(office.led, _inp(
        office, [doc.carriers[0].id], [office.leaders[1].id, office.leaders[2].id]))
    _approve(office, req.approval.id)
    admin = office.login("admin", "Admin1234")
    people.deactivate_person(admin, person_id=office.leaders[2].id, reason="调离")
    led = office.as_clerk()
    e = _refused(office, "person.inactive", carry_out.issue_carry_out, led, carry_out_id=req.id)
    assert office.leaders[2].name in e.message()
    assert _state(led, doc.carriers[0].id)[0] == "in_store"


def test_a_carrier_lost_while_carried_out_is_no_longer_out(office: Any, tmp_path: Any) -> None:
    """Reported lost while out: the loss report follows it, not 未归还 on the carry-out; the
    carry-out closes when the other carrier is back."""
    from secledger.services.custody import loss

    doc = office.register("关于项目评审的材料", copies=2)
    ids = [c.id for c in doc.carriers]
    req = carry_out.request_carry_out(office.led, _inp(office, ids))
    _approve(office, req.approval.id)
    carry_out.issue_carry_out(office.led, carry_out_id=req.id)
    report = loss.report_loss(office.led, loss.LossInput(
        carrier_ids=(ids[0],), discovered_at=office.clock.t, reporter_id=office.leaders[1].id,
        circumstances="返程途中遗失"))
    assert report.items[0].item.state == "carried_out"
    out = [i for i in overdue.still_out(office.led) if i.kind == "carry_out"]
    assert [i.carrier.carrier_id for i in out] == [ids[1]]
    half = carry_out_read.get_carry_out(office.led, req.id)
    assert half.status == "out" and half.outstanding == 1 and half.items[0].lost_at is not None
    done = carry_out.carry_back(office.led, carrier_id=ids[1])
    assert done.status == "returned"
    with office.led.db.read() as s:
        body = s.execute(select(Event.payload).where(Event.kind == "carry_out.returned")
                         ).scalar_one()
    assert f'"lost_carrier_ids":[{ids[0]}]' in body
    from secledger.services.custody import carry_out_print

    from .custody_helpers import pdftotext

    form = pdftotext(carry_out_print.print_carry_out_form(office.led, req.id,
                                                          tmp_path / "form.pdf"))
    assert "遗失" in form
    loss.record_found(office.led, report_id=report.id, carrier_id=ids[0],
                      found_at=office.clock.t, note="在车上找到")
    again = carry_out.request_carry_out(office.led, _inp(office, [ids[0]]))  # free again
    assert again.status == "requested"
    assert_verified(office.led)


def test_a_carry_out_lost_whole_closes(office: Any) -> None:
    from secledger.services.custody import loss

    doc = office.register("关于项目评审的材料")
    req = carry_out.request_carry_out(office.led, _inp(office, [doc.carriers[0].id]))
    _approve(office, req.approval.id)
    carry_out.issue_carry_out(office.led, carry_out_id=req.id)
    loss.report_loss(office.led, loss.LossInput(
        carrier_ids=(doc.carriers[0].id,), discovered_at=office.clock.t,
        reporter_id=office.leaders[1].id, circumstances="遗失"))
    assert carry_out_read.get_carry_out(office.led, req.id).status == "returned"
    assert not [i for i in overdue.still_out(office.led) if i.kind == "carry_out"]
    assert_verified(office.led)
