"""Classified devices and storage media in 移交 and in leaving: a handover moves every
device and medium its giver is 责任人 for, through the one transition function, in the
handover's transaction; a medium lent to the giver goes back first; nobody who is still
责任人 of a device or medium is deactivated or loses his last account."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from secledger.domain.custody import HandoverReason
from secledger.domain.enums import Classification, Role
from secledger.domain.errors import RuleViolation
from secledger.domain.media import MediaState, MediaType
from secledger.domain.states import Action
from secledger.services.custody import handover
from secledger.services.media import items, lending, read
from secledger.services.people import accounts as users
from secledger.services.people import persons as people

from .conftest import assert_verified
from .custody_helpers import move, register
from .media_helpers import add_item, decide

SE = Classification.SECRET


def _boss_with_media(o: Any) -> tuple[int, Any, Any, Any]:
    """张局长 is 责任人 of a computer (in use), a USB stick (out of service) and a 绝密
    portable disk, and holds one carrier."""
    boss = o.leaders[0].id
    pc = add_item(o, "BM-JSJ-001", holder_id=boss)
    usb = add_item(o, "BM-U-001", kind=MediaType.USB, holder_id=boss)
    items.take_out_of_service(o.led, usb.id, reason="接口松动")
    disk = add_item(o, "BM-YP-001", kind=MediaType.PORTABLE_DISK, level=Classification.TOP_SECRET,
                    holder_id=boss)
    doc = register(o.led, "关于年度保密工作的报告", mark="机密★10年")
    move(o.led, doc.carriers[0].id, Action.ISSUE_TO, boss)
    return boss, pc, usb, disk


def _hand_over(o: Any, giver: int, listed: Any, **kw: Any) -> Any:
    return handover.confirm_handover(
        o.led, giver_id=giver, receiver_id=o.leaders[1].id, witness_id=o.leaders[2].id,
        reason=HandoverReason.TRANSFER, expected_ids=[i.carrier_id for i in listed.items],
        expected_media_ids=[m.id for m in listed.media_handed], **kw)


def test_holdings_show_carriers_and_media(office: Any) -> None:
    o = office
    boss, *_ = _boss_with_media(o)
    add_item(o, "BM-JSJ-009")  # the clerk's
    held = handover.holdings(o.led, boss)
    assert held.total == 1
    assert [m.device_no for m in held.media] == ["BM-JSJ-001", "BM-U-001", "BM-YP-001"]
    assert [(t.label, t.count) for t in held.media_by_type] == [
        ("涉密计算机", 1), ("移动硬盘", 1), ("U盘", 1)]
    assert held.media_borrowed == () and len(held.media_handed) == 3 and not held.empty


def test_handover_moves_media_in_one_transaction_and_verifies(office: Any) -> None:
    o = office
    boss, *_ = _boss_with_media(o)
    listed = handover.holdings(o.led, boss)
    h = _hand_over(o, boss, listed)
    assert h.item_count == 1 and h.media_count == 3
    assert [(m.device_no, m.state) for m in h.media] == [
        ("BM-JSJ-001", MediaState.IN_USE), ("BM-U-001", MediaState.OUT_OF_SERVICE),
        ("BM-YP-001", MediaState.IN_USE)]
    for listed_item in h.media:  # the state stays, the 责任人 is the receiver
        now = read.get_item(o.led, listed_item.id)
        assert (now.holder_id, now.state) == (o.leaders[1].id, listed_item.state)
        assert [x.kind for x in read.history(o.led, now.id)][-1] == "media.handover"
    again = handover.get_handover(o.led, h.id)
    assert again.media_count == 3 and again.media[0].device_no == "BM-JSJ-001"
    assert handover.list_handovers(o.led)[0].media_count == 3
    assert handover.holdings(o.led, boss).empty
    assert_verified(o.led)


def test_the_list_must_still_be_what_was_checked(office: Any) -> None:
    o = office
    boss, *_ = _boss_with_media(o)
    listed = handover.holdings(o.led, boss)
    add_item(o, "BM-U-002", kind=MediaType.USB, holder_id=boss)
    with pytest.raises(RuleViolation) as refused:
        _hand_over(o, boss, listed)
    assert refused.value.code == "handover.list_changed"
    assert read.get_item(o.led, listed.media[0].id).holder_id == boss


def test_the_receiver_must_be_cleared_for_the_media(office: Any) -> None:
    o = office
    boss, *_ = _boss_with_media(o)  # a 绝密 portable disk among them
    listed = handover.holdings(o.led, boss)
    with pytest.raises(RuleViolation) as refused:
        handover.confirm_handover(o.led, giver_id=boss, receiver_id=o.general_staff.id,
                                  witness_id=o.leaders[2].id, reason=HandoverReason.TRANSFER)
    assert refused.value.code == "handover.receiver_clearance"
    assert refused.value.params["level"] == "绝密"
    assert all(read.get_item(o.led, m.id).holder_id == boss for m in listed.media)


def _lend(o: Any, media_id: int, borrower: int) -> Any:
    loan = lending.request_loan(o.led, media_id=media_id, borrower_id=borrower,
                                due_on=date(2026, 12, 26), purpose="外出开会")
    decide(o, loan.approval.id)
    return lending.lend(o.led, loan_id=loan.id)


def test_a_borrowed_medium_goes_back_first(office: Any) -> None:
    o = office
    giver = o.leaders[2].id
    usb = add_item(o, "BM-U-010", kind=MediaType.USB)  # the clerk's
    _lend(o, usb.id, giver)
    listed = handover.holdings(o.led, giver)
    assert [m.device_no for m in listed.media_borrowed] == ["BM-U-010"]
    assert listed.media_handed == ()
    with pytest.raises(RuleViolation) as refused:
        handover.confirm_handover(o.led, giver_id=giver, receiver_id=o.leaders[1].id,
                                  witness_id=o.clerk_person_id, reason=HandoverReason.TRANSFER)
    assert refused.value.code == "handover.media_borrowed"
    assert "U盘 BM-U-010" in refused.value.message()
    lending.return_loan(o.led, label=usb.label_id)
    h = handover.confirm_handover(o.led, giver_id=giver, receiver_id=o.leaders[1].id,
                                  witness_id=o.clerk_person_id, reason=HandoverReason.TRANSFER)
    assert h.media_count == 0
    assert_verified(o.led)


def test_a_medium_the_giver_lent_out_comes_back_to_the_receiver(office: Any) -> None:
    o = office
    boss = o.leaders[1].id
    usb = add_item(o, "BM-U-020", kind=MediaType.USB, holder_id=boss)
    _lend(o, usb.id, o.leaders[2].id)
    h = handover.confirm_handover(o.led, giver_id=boss, receiver_id=o.clerk_person_id,
                                  witness_id=o.leaders[0].id, reason=HandoverReason.TRANSFER)
    assert h.media_count == 0  # the borrower holds it
    back = lending.return_loan(o.led, label=usb.label_id)
    assert back.item.holder_id == o.clerk_person_id
    assert_verified(o.led)


def test_nobody_who_holds_media_is_deactivated(office: Any) -> None:
    o = office
    who = o.leaders[2].id
    usb = add_item(o, "BM-U-030", kind=MediaType.USB, holder_id=who)
    admin = o.login("admin", "Admin1234")
    with pytest.raises(RuleViolation) as refused:
        people.deactivate_person(admin, person_id=who, reason="退休")
    assert refused.value.code == "person.holds_media"
    assert "U盘 BM-U-030" in refused.value.message()
    account = users.create_user(admin, username="chen", password="Chen12345", person_id=who,
                                roles={Role.AUDITOR}, must_change_password=False)
    with pytest.raises(RuleViolation) as kept:
        users.disable_user(admin, user_id=account.id)
    assert kept.value.code == "user.holds_media"
    o.as_clerk()
    items.change_holder(o.led, usb.id, o.clerk_person_id, reason="退休")
    admin = o.login("admin", "Admin1234")
    assert not people.deactivate_person(admin, person_id=who, reason="退休").active


def _pdf_text(path: Any) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_the_printed_handover_list_has_a_media_section(office: Any, tmp_path: Any) -> None:
    from openpyxl import load_workbook

    from secledger.services.custody import printing_records as cp

    o = office
    boss, *_ = _boss_with_media(o)
    h = _hand_over(o, boss, handover.holdings(o.led, boss))
    text = _pdf_text(cp.print_handover(o.led, h.id, tmp_path / "h.pdf"))
    assert "一、涉密载体" in text and "二、涉密计算机、设备和存储介质" in text
    for word in ("BM-JSJ-001", "SN-BM-U-001", "涉密计算机", "移动硬盘", "U盘", "绝密",
                 "涉密设备和存储介质共 3 件"):
        assert word in text, word
    book = load_workbook(cp.export_handover_xlsx(o.led, h.id, tmp_path / "h.xlsx"))
    assert book.sheetnames[1] == "设备和介质"
    cells = [c for row in book["设备和介质"].iter_rows(values_only=True) for c in row if c]
    assert "BM-YP-001" in cells and "U盘" in cells
    register = _pdf_text(cp.print_handover_register(o.led, tmp_path / "r.pdf"))
    assert "移交设备和介质" in register


def test_the_people_list_counts_carriers_and_media_held(office: Any) -> None:
    o = office
    boss, *_ = _boss_with_media(o)
    admin = o.login("admin", "Admin1234")
    rows = {p.id: p for p in people.list_people(admin, with_holdings=True)}
    assert (rows[boss].carriers_held, rows[boss].media_held) == (1, 3)
    assert (rows[o.leaders[2].id].carriers_held, rows[o.leaders[2].id].media_held) == (0, 0)
    assert people.list_people(admin)[0].carriers_held is None  # not read unless asked
