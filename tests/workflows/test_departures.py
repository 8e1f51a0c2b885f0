"""Departures (离岗、离职、调动) with their 脱密期: every refusal by its code, nothing
half-written; the person who leaves receives nothing through any workflow; completion
disables the accounts and starts the period; the chain verifies after each step."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from secledger.domain.custody import HandoverReason
from secledger.domain.departures import DepartureKind
from secledger.domain.errors import DomainError
from secledger.domain.states import Action
from secledger.services.custody import circulation, handover, retention
from secledger.services.media import items as media_items
from secledger.services.people import accounts as users
from secledger.services.people import departures, departures_read
from secledger.store.models.departures import Departure
from secledger.store.models.events import Event

from .conftest import assert_verified
from .custody_helpers import move, register, state
from .media_helpers import add_item

TODAY = date(2026, 11, 24)


def _counts(led: Any) -> tuple[int, int]:
    with led.db.read() as s:
        return (s.execute(select(func.count()).select_from(Departure)).scalar_one(),
                s.execute(select(func.max(Event.id))).scalar_one())


def _refused(led: Any, code: str, fn: Any) -> DomainError:
    before = _counts(led)
    with pytest.raises(DomainError) as info:
        fn()
    assert info.value.code == code, info.value.message()
    assert _counts(led) == before  # nothing half-written
    return info.value


def _open(office: Any, led: Any, **kw: Any) -> Any:
    args: dict[str, Any] = dict(
        person_id=office.leaders[0].id, kind=DepartureKind.TRANSFER, departs_on=TODAY,
        reason="调任市委办公室", destination="市委办公室", receiver_id=office.leaders[1].id,
        witness_id=office.leaders[2].id, cooling_months=36)
    args.update(kw)
    return departures.open_departure(led, **args)


def _boss_holds(office: Any) -> list[int]:
    led, boss = office.led, office.leaders[0].id
    a = register(led, "关于年度保密工作的报告", mark="机密★10年", copies=2)
    ids = [c.id for c in a.carriers]
    move(led, ids[0], Action.ISSUE_TO, boss)
    move(led, ids[1], Action.CIRCULATE, boss)
    return ids


def test_a_departure_from_opening_to_the_end_of_its_cooling_off(office: Any) -> None:
    ids = _boss_holds(office)
    boss = office.leaders[0].id
    add_item(office, "BM-JSJ-009", holder_id=boss)
    admin = office.login("admin", "Admin1234")
    d = _open(office, admin)
    assert (d.reg_no, d.status_label, d.kind_label) == ("离2026-00001", "办理中", "调动")
    assert (d.person_name, d.receiver, d.witness) == ("张局长", "刘副局长", "陈副局长")
    assert d.opened_by == "王保密"

    left = departures_read.remaining(admin, boss)
    assert left.total == 3 and [m.device_no for m in left.media] == ["BM-JSJ-009"]
    err = _refused(admin, "departure.still_holds",
                   lambda: departures.complete_departure(admin, departure_id=d.id))
    assert "张局长" in err.message() and "第四十六条" in err.message()
    assert "BM-JSJ-009" in err.message()

    clerk = office.as_clerk()
    handover.confirm_handover(clerk, giver_id=boss, receiver_id=office.leaders[1].id,
                              witness_id=office.leaders[2].id, reason=HandoverReason.TRANSFER)
    assert state(clerk, ids[0])[1] == office.leaders[1].id  # the handover took the device too
    assert departures_read.remaining(clerk, boss).total == 0

    admin = office.login("admin", "Admin1234")
    assert admin.slots.has_user("leader")
    done = departures.complete_departure(admin, departure_id=d.id)
    assert done.status_label == "已离岗" and done.accounts == ("leader",)
    assert (done.cooling_from, done.cooling_until) == (TODAY, date(2029, 11, 23))
    assert done.in_cooling_off and done.days_left == (date(2029, 11, 23) - TODAY).days + 1
    assert not admin.slots.has_user("leader")
    assert [u.disabled for u in users.list_users(admin) if u.username == "leader"] == [True]
    with admin.db.read() as s:
        returned = departures_read.returned_rows(s, boss, 0, 10**9)
    assert [(r.how, r.to) for r in returned] == [("移交", "刘副局长"), ("移交", "刘副局长"),
                                                 ("变更责任人", "刘副局长")]
    listed = departures_read.list_departures(admin, cooling_off_only=True)
    assert [x.person_name for x in listed] == ["张局长"]
    assert_verified(admin)

    _refused(admin, "departure.not_open",
             lambda: departures.complete_departure(admin, departure_id=d.id))
    _refused(admin, "departure.cooling_off_running",
             lambda: departures.end_cooling_off(admin, departure_id=d.id))
    _refused(admin, "person.inactive", lambda: _open(office, admin,
                                                             receiver_id=office.leaders[2].id,
                                                             witness_id=office.clerk_person_id))
    office.clock.set(datetime(2029, 11, 24, 2, 0, tzinfo=UTC))
    assert departures_read.list_departures(admin, cooling_off_only=True) == []
    ended = departures.end_cooling_off(admin, departure_id=d.id)
    assert ended.ended_at is not None and not ended.in_cooling_off
    assert [x.reg_no for x in departures_read.list_departures(admin)] == ["离2026-00001"]
    _refused(admin, "departure.not_open",
             lambda: departures.end_cooling_off(admin, departure_id=d.id))
    assert_verified(admin)


def test_nobody_gives_a_departing_person_anything(office: Any) -> None:
    """Issue (领用), circulation, a handover to them and a device's holder change all pass
    the one transition function, which refuses with one code."""
    boss = office.leaders[2].id
    doc = register(office.led, "关于某项目的请示", mark="机密★10年", copies=3)
    item = add_item(office, "BM-U-001")
    admin = office.login("admin", "Admin1234")
    _open(office, admin, person_id=boss, receiver_id=office.leaders[1].id,
          witness_id=office.clerk_person_id)
    clerk = office.as_clerk()
    cid = doc.carriers[0].id
    err = _refused(clerk, "departure.no_custody", lambda: retention.issue_to(
        clerk, carrier_id=cid, person_id=boss, approver_person_id=office.leaders[0].id,
        purpose="阅办"))
    assert "正在办理离岗" in err.message() and "离2026-00001" in err.message()
    assert "is leaving the post" in err.message("en")
    _refused(clerk, "departure.no_custody",
             lambda: circulation.send(clerk, reader_id=boss, carrier_id=cid))
    move(clerk, doc.carriers[1].id, Action.ISSUE_TO, office.leaders[1].id)
    _refused(clerk, "departure.no_custody", lambda: handover.confirm_handover(
        clerk, giver_id=office.leaders[1].id, receiver_id=boss, witness_id=office.leaders[0].id,
        reason=HandoverReason.DUTY_CHANGE))
    _refused(clerk, "departure.no_custody",
             lambda: media_items.change_holder(clerk, item.id, boss, reason="配发"))
    assert state(clerk, cid) == ("in_store", office.clerk_person_id)
    # somebody else still receives, and the departing person may give back
    circulation.send(clerk, reader_id=office.leaders[1].id, carrier_id=cid)
    assert_verified(clerk)


def test_voided_departure_lifts_the_bar(office: Any) -> None:
    boss = office.leaders[0].id
    doc = register(office.led, "会议纪要", mark="秘密★5年")
    admin = office.login("admin", "Admin1234")
    d = _open(office, admin)
    _refused(admin, "departure.already_open", lambda: _open(office, admin, cooling_months=30))
    _refused(admin, "departure.field_required",
             lambda: departures.void_departure(admin, departure_id=d.id, reason=" "))
    v = departures.void_departure(admin, departure_id=d.id, reason="人员选错")
    assert v.status_label == "已作废"
    _refused(admin, "departure.not_open",
             lambda: departures.complete_departure(admin, departure_id=d.id))
    clerk = office.as_clerk()
    circulation.send(clerk, reader_id=boss, carrier_id=doc.carriers[0].id)
    assert state(clerk, doc.carriers[0].id) == ("circulating", boss)
    assert_verified(clerk)


@pytest.mark.parametrize(("who", "months"), [("core", 23), ("core", 37), ("general", 13),
                                             ("general", 5), ("important", 0)])
def test_cooling_off_outside_the_range_of_the_clearance(office: Any, who: str,
                                                        months: int) -> None:
    from secledger.domain.enums import Clearance
    from secledger.services.people import persons

    admin = office.login("admin", "Admin1234")
    person = {"core": office.leaders[0],
              "general": office.general_staff,
              "important": persons.create_person(admin, name="孙主任", department_id=office.dept.id,
                                                 clearance=Clearance.IMPORTANT)}[who]
    err = _refused(admin, "departure.cooling_off_range",
                   lambda: _open(office, admin, person_id=person.id, cooling_months=months))
    assert "实施条例第五十三条" in err.message()


def test_other_refusals(office: Any) -> None:
    admin = office.login("admin", "Admin1234")
    boss = office.leaders[0].id
    _refused(admin, "departure.field_required", lambda: _open(office, admin, reason=""))
    _refused(admin, "departure.self", lambda: _open(office, admin, person_id=admin.user.person_id))
    _refused(admin, "handover.same_person", lambda: _open(office, admin, receiver_id=boss))
    _refused(admin, "handover.witness_party",
             lambda: _open(office, admin, witness_id=office.leaders[1].id))
    _refused(admin, "departure.day_too_late",
             lambda: _open(office, admin, departs_on=TODAY + timedelta(days=400)))
    _refused(admin, "date.too_early", lambda: _open(office, admin, departs_on=date(1900, 1, 1)))
    clerk = office.as_clerk()
    _refused(clerk, "auth.permission_denied", lambda: _open(office, clerk))


def _sql(led: Any, statement: str, params: tuple[Any, ...] = ()) -> None:
    conn = led.db.raw_connection()
    try:
        conn.cursor().execute(statement, params)
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize("statement", [
    "UPDATE departures SET status = 'voided'",
    "UPDATE departures SET cooling_until = '2027-01-01'",
    "UPDATE departures SET person_id = 2",
])
def test_verify_finds_a_departure_changed_outside_the_app(office: Any, statement: str) -> None:
    from secledger.services.audit.verify import verify

    admin = office.login("admin", "Admin1234")
    d = _open(office, admin)
    departures.complete_departure(admin, departure_id=d.id)
    assert_verified(admin)
    _sql(admin, statement)
    report = verify(admin)
    assert not report.ok and "离岗记录" in report.first.message, report.first


def test_verify_finds_a_holder_given_around_the_rule(office: Any,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A carrier handed to a departing person by writing around the rule."""
    from secledger.services.audit.verify import verify
    from secledger.services.carriers import transition as tr

    doc = register(office.led, "统计报表", mark="秘密")
    admin = office.login("admin", "Admin1234")
    d = _open(office, admin)
    clerk = office.as_clerk()
    monkeypatch.setattr(tr, "refuse_new_holder", lambda *_a, **_k: None)
    with clerk.db.write() as s:
        tr.transition(s, clerk, tr.get_carrier(s, doc.carriers[0].id), Action.ISSUE_TO,
                      holder_id=d.person_id)
    report = verify(clerk)
    assert not report.ok and "已办理离岗" in report.first.message, report.first


def test_the_printed_confirmation(office: Any, tmp_path: Any) -> None:
    from secledger.services.people import departure_print

    from .custody_helpers import pages, pdftotext

    ids = _boss_holds(office)
    admin = office.login("admin", "Admin1234")
    d = _open(office, admin)
    clerk = office.as_clerk()
    handover.confirm_handover(clerk, giver_id=d.person_id, receiver_id=office.leaders[1].id,
                              witness_id=office.leaders[2].id, reason=HandoverReason.TRANSFER)
    admin = office.login("admin", "Admin1234")
    departures.complete_departure(admin, departure_id=d.id)
    assert departure_print.form_level(admin, d.id).label == "机密"
    out = departure_print.print_departure_form(admin, d.id, tmp_path / "离岗.pdf")
    text = pdftotext(out)
    for words in ("某某市保密局", "涉密人员离岗保密承诺及清退确认书", "离2026-00001", "张局长",
                  "局领导", "核心", "调动", "市委办公室", "3年", "2026年11月24日", "2029年11月23日",
                  "leader", "关于年度保密工作的报告", "移交", "刘副局长", "移2026-00001",
                  "不擅自出境", "本人（签字）", "监交人（签字）", "保密员（签字）", "部门负责人（签字）",
                  "第 1 页", "打印：王保密", "台账校验", "机密"):
        assert words in text, words
    assert pages(out) >= 1 and len(ids) == 2
    with admin.db.read() as s:
        kinds = [e.kind for e in s.execute(select(Event).order_by(Event.id)).scalars()]
    assert kinds[-1] == "report.printed"
    assert_verified(admin)
