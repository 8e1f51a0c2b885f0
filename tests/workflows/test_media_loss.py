"""遗失/泄密 of classified devices and storage media: on the same loss report as carriers
(24-hour deadline, kinds, form), lost through the media machine, found again out of service
with its 责任人 (a lent medium back to its 责任人, the loan closed), from a stocktake's
missing list, replayed by verify, counted by the year's statistics, and a person holding a
lost medium is not let go."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from typing import Any

import pytest

from secledger.domain.custody import LossKind
from secledger.domain.enums import Classification
from secledger.domain.errors import RuleViolation, TransitionNotAllowed
from secledger.domain.media import MediaType, RepairMode
from secledger.domain.states import Action
from secledger.domain.yearend import Period
from secledger.services.audit.verify import verify
from secledger.services.custody import loss
from secledger.services.custody import printing_records as cp
from secledger.services.custody import stocktake as stk
from secledger.services.media import items, lending, read, records, repair
from secledger.services.media.repair import RepairInput
from secledger.services.people import departures_read
from secledger.services.people import persons as people
from secledger.services.yearend import statistics

from .conftest import START, assert_verified
from .custody_helpers import move, register, state
from .media_helpers import add_item, decide

T = Classification.TOP_SECRET


def _lent(o: Any, device_no: str) -> Any:
    """A portable disk held by the clerk, lent to 刘副局长."""
    disk = add_item(o, device_no, kind=MediaType.PORTABLE_DISK)
    loan = lending.request_loan(o.led, media_id=disk.id, borrower_id=o.leaders[1].id,
                                due_on=o.clock.t.date() + timedelta(days=2), purpose="出差")
    decide(o, loan.approval.id)
    lending.lend(o.led, loan_id=loan.id)
    return disk, loan


def _item(o: Any, media_id: int) -> Any:
    return read.get_item(o.led, media_id)


def test_media_lost_with_a_carrier_and_found_again(office: Any, tmp_path: Any) -> None:
    o = office
    boss = o.leaders[0].id
    doc = register(o.led, "关于某项目的请示")
    cid = doc.carriers[0].id
    usb = add_item(o, "BM-U-001", kind=MediaType.USB, level=T, holder_id=boss)
    disk, loan = _lent(o, "BM-YP-001")
    rep = loss.report_loss(o.led, loss.LossInput(
        carrier_ids=(cid,), media_ids=(usb.id, disk.id), discovered_at=START - timedelta(hours=1),
        reporter_id=boss, kind=LossKind.LEAK, circumstances="出差途中公文包被盗",
        measures="已报警"))
    assert rep.reg_no == "失2026-00001" and rep.level_label == "绝密"
    assert rep.deadline_at - rep.discovered_at == timedelta(hours=24)
    assert [(x.item.device_no, x.item.state_label, x.item.holder_name) for x in rep.media] == [
        ("BM-U-001", "在用", "张局长"), ("BM-YP-001", "借用", "刘副局长")]
    assert len(rep.items) == 1 and state(o.led, cid)[0] == "lost"
    assert (_item(o, usb.id).state, _item(o, usb.id).holder_id) == ("lost", boss)
    assert (_item(o, disk.id).state, _item(o, disk.id).holder_id) == ("lost", o.leaders[1].id)
    assert [h.kind for h in read.history(o.led, usb.id)][-1] == "media.report_lost"
    with pytest.raises(RuleViolation) as again:
        loss.report_loss(o.led, loss.LossInput(media_ids=(usb.id,), carrier_ids=(),
                                               discovered_at=START, reporter_id=boss,
                                               circumstances="再报"))
    assert again.value.code == "loss.media_already_lost"
    with pytest.raises(TransitionNotAllowed):  # a lost medium is not lent, nor returned
        lending.return_loan(o.led, loan_id=loan.id)
    assert_verified(o.led)

    o.clock.set(START + timedelta(days=1))
    back = loss.record_media_found(o.led, report_id=rep.id, media_id=disk.id,
                                   found_at=o.clock.t, note="在酒店找回")
    assert back.status_label == "部分找回"
    now = _item(o, disk.id)
    assert (now.state, now.holder_id) == ("out_of_service", o.clerk_person_id)  # its 责任人
    assert records.get_loan(o.led, loan.id).status == "returned"
    with pytest.raises(RuleViolation) as twice:
        loss.record_media_found(o.led, report_id=rep.id, media_id=disk.id, found_at=o.clock.t)
    assert twice.value.code == "loss.media_already_found"
    loss.record_media_found(o.led, report_id=rep.id, media_id=usb.id, found_at=o.clock.t)
    assert (_item(o, usb.id).state, _item(o, usb.id).holder_id) == ("out_of_service", boss)
    done = loss.record_found(o.led, report_id=rep.id, carrier_id=cid, found_at=o.clock.t)
    assert done.status_label == "已找回"
    assert [r.reg_no for r in loss.reports_for_media(o.led, usb.id)] == ["失2026-00001"]
    assert items.return_to_service(o.led, usb.id, reason="检查无异常").state == "in_use"
    assert_verified(o.led)

    text = subprocess.run(["pdftotext", "-layout",
                           str(cp.print_loss(o.led, rep.id, tmp_path / "l.pdf")), "-"],
                          capture_output=True, text=True, check=True).stdout
    for word in ("涉密载体及设备和存储介质泄密报告", "遗失的涉密设备和存储介质", "BM-U-001",
                 "SN-BM-YP-001", "移动硬盘", "酒", "关于某项目的请示", "24小时"):
        assert word in text, word


def test_which_media_may_be_reported_lost(office: Any) -> None:
    o = office
    pc = add_item(o, "BM-JSJ-001")
    r = repair.request_repair(o.led, RepairInput(media_id=pc.id, requester_id=o.leaders[2].id,
                                                 fault="无法开机", mode=RepairMode.IN_HOUSE))
    decide(o, r.approval.id)
    repair.send_repair(o.led, repair_id=r.id)
    with pytest.raises(RuleViolation) as in_repair:
        loss.report_loss(o.led, loss.LossInput(carrier_ids=(), media_ids=(pc.id,),
                                               discovered_at=START, reporter_id=o.clerk_person_id,
                                               circumstances="维修中丢失"))
    assert in_repair.value.code == "loss.media_in_repair" and r.reg_no in in_repair.value.message()
    old = add_item(o, "BM-U-009", kind=MediaType.USB)
    items.void_item(o.led, old.id, reason="重复登记")
    with pytest.raises(TransitionNotAllowed):
        loss.report_loss(o.led, loss.LossInput(carrier_ids=(), media_ids=(old.id,),
                                               discovered_at=START, reporter_id=o.clerk_person_id,
                                               circumstances="丢失"))
    scrap = add_item(o, "BM-U-010", kind=MediaType.USB)
    items.mark_for_destruction(o.led, scrap.id, reason="损坏")
    rep = loss.report_loss(o.led, loss.LossInput(
        carrier_ids=(), media_ids=(scrap.id,), discovered_at=START,
        reporter_id=o.clerk_person_id, circumstances="待销毁时发现丢失"))
    assert rep.items == () and rep.media[0].item.state_label == "待销毁"
    assert rep.level_label == "机密"
    assert_verified(o.led)


def test_missing_media_of_a_stocktake_are_reported_lost(office: Any) -> None:
    o = office
    usb = add_item(o, "BM-U-001", kind=MediaType.USB, location="保密室")
    pc = add_item(o, "BM-JSJ-001", location="保密室")
    session = stk.start_stocktake(o.led, scope=stk.Scope(location="保密室", media=True),
                                  checkers=["李机要", "赵科员"])
    stk.scan(o.led, session.id, pc.label_id)
    res = stk.finish_stocktake(o.led, session.id)
    assert [m.id for m in res.media.missing] == [usb.id]
    with pytest.raises(RuleViolation) as stray:
        stk.report_missing_as_lost(o.led, session.id, carrier_ids=(), media_ids=(pc.id,),
                                   reporter_id=o.clerk_person_id, circumstances="盘点未见")
    assert stray.value.code == "stocktake.media_not_missing"
    rep = stk.report_missing_as_lost(o.led, session.id, carrier_ids=(), media_ids=(usb.id,),
                                     reporter_id=o.clerk_person_id, circumstances="盘点未见")
    assert rep.stocktake_id == session.id and [x.item.id for x in rep.media] == [usb.id]
    assert _item(o, usb.id).state == "lost"
    # a lost medium is no longer expected on the shelf
    assert stk.scope_size(o.led, stk.Scope(location="保密室", media=True, carriers=False)) == 1
    assert_verified(o.led)


def test_a_holder_of_a_lost_medium_is_not_let_go(office: Any) -> None:
    o = office
    who = o.leaders[2].id
    usb = add_item(o, "BM-U-030", kind=MediaType.USB, holder_id=who)
    loss.report_loss(o.led, loss.LossInput(carrier_ids=(), media_ids=(usb.id,),
                                           discovered_at=START, reporter_id=who,
                                           circumstances="丢失"))
    # what still holds up a departure, as a lost carrier does
    assert [m.device_no for m in departures_read.remaining(o.led, who).media] == ["BM-U-030"]
    admin = o.login("admin", "Admin1234")
    with pytest.raises(RuleViolation) as refused:
        people.deactivate_person(admin, person_id=who, reason="退休")
    assert refused.value.code == "person.holds_media" and "BM-U-030" in refused.value.message()


def _sql(o: Any, statement: str) -> None:
    conn = o.led.db.raw_connection()
    try:
        conn.cursor().execute(statement)
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize(("statement", "words"), [
    ("UPDATE media_items SET state = 'in_use' WHERE device_no = 'BM-U-001'", "状态"),
    ("UPDATE loss_items SET found_at = '2026-11-24 02:00:00.000000'"
     " WHERE media_id IS NOT NULL", "遗失报告"),
    ("UPDATE media_loans SET status = 'returned'", "借用记录"),
])
def test_verify_finds_a_lost_medium_changed_outside_the_app(office: Any, statement: str,
                                                            words: str) -> None:
    o = office
    usb, _loan = _lent(o, "BM-U-001")
    loss.report_loss(o.led, loss.LossInput(carrier_ids=(), media_ids=(usb.id,),
                                           discovered_at=START, reporter_id=o.clerk_person_id,
                                           circumstances="丢失"))
    assert_verified(o.led)
    _sql(o, statement)
    report = verify(o.led)
    assert not report.ok and words in report.first.message, report.first


def test_the_year_counts_media_losses(office: Any) -> None:
    o = office
    doc = register(o.led, "文件")
    move(o.led, doc.carriers[0].id, Action.ISSUE_TO, o.leaders[0].id)
    usb = add_item(o, "BM-U-001", kind=MediaType.USB, level=T)
    loss.report_loss(o.led, loss.LossInput(carrier_ids=(doc.carriers[0].id,),
                                           media_ids=(usb.id,), discovered_at=START,
                                           reporter_id=o.clerk_person_id, circumstances="丢失"))
    y = statistics.compute(o.led, Period.of_year(2026))
    row = {c.zh: v for c, v in zip(y.table("losses").columns, y.table("losses").rows[0].values,
                                   strict=True)}
    assert row["件数"] == 2 and row["其中设备和介质"] == 1
    lost = y.table("media_lost")
    usb_row = next(r for r in lost.rows if r.zh == "U盘")
    assert usb_row.values[0] == 1 and lost.total.values[-1] == 1
