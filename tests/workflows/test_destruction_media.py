"""Classified devices and storage media on the destruction manifest, beside document
carriers: only items marked for destruction, one open list at a time, totals by medium, the
method fitting each medium, the same approval, witnesses and execution, the printed list,
a replaced disk from a repair, and ``verify`` afterwards."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.workflows.conftest import assert_verified
from tests.workflows.custody_helpers import pdftotext
from tests.workflows.media_helpers import add_item, decide
from tests.workflows.test_destruction import _approve, _exec, _ready

from secledger.domain.destruction import DestructionMethod, Medium
from secledger.domain.enums import CarrierType, Classification
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.media import MediaState, MediaType, RepairMode
from secledger.services.audit.verify import verify
from secledger.services.disposal import destruction, destruction_media
from secledger.services.media import items, read, repair
from secledger.services.media.repair import RepairInput, ReplacedStorage

SE, T, C = Classification.SECRET, Classification.TOP_SECRET, Classification.CONFIDENTIAL
D = DestructionMethod


def _scrapped(o: Any, device_no: str, kind: MediaType, level: Classification = SE) -> Any:
    item = add_item(o, device_no, kind=kind, level=level)
    return items.mark_for_destruction(o.led, item.id, reason="报废")


def _mixed(o: Any) -> tuple[Any, Any, Any, Any]:
    """A draft with two paper copies, one disc, a USB stick and a portable disk."""
    paper = o.register("机密文件", mark="机密★10年", copies=2, pages=5)
    disc = o.register("秘密光盘", mark="秘密★5年", carrier_type=CarrierType.DISC,
                      serial_nos=("GP-9",))
    usb = _scrapped(o, "BM-U-001", MediaType.USB, C)
    hdd = _scrapped(o, "BM-YP-001", MediaType.PORTABLE_DISK)
    m = destruction.new_manifest(o.led, note="设备报废与到期文件")
    destruction.add_items(o.led, manifest_id=m.id,
                          carrier_ids=[x.id for x in paper.carriers + disc.carriers])
    destruction_media.add_media(o.led, manifest_id=m.id, label=usb.label_id)
    destruction_media.add_media_items(o.led, manifest_id=m.id, media_ids=[hdd.id])
    return m, usb, hdd, paper


def test_media_share_the_manifest_with_its_refusals(office: Any) -> None:
    o = office
    led = o.led
    m, usb, hdd, _paper = _mixed(o)
    pc = add_item(o, "BM-JSJ-001")  # in use: not marked for destruction
    with pytest.raises(RuleViolation) as exc:
        destruction_media.add_media(led, manifest_id=m.id, media_id=pc.id)
    assert exc.value.code == "destruction.media_not_awaiting" and "在用" in exc.value.message()
    again = destruction_media.add_media(led, manifest_id=m.id, media_id=usb.id)
    assert again.duplicate and destruction.get_manifest(led, m.id).item_count == 5
    other = destruction.new_manifest(led)
    with pytest.raises(RuleViolation) as exc:
        destruction_media.add_media(led, manifest_id=other.id, media_id=hdd.id)
    assert exc.value.code == "destruction.media_on_other" and m.reg_no in exc.value.message()
    with pytest.raises(RuleViolation) as exc:  # a selection with one refused item adds nothing
        destruction_media.add_media_items(led, manifest_id=other.id, media_ids=[pc.id])
    assert destruction.get_manifest(led, other.id).item_count == 0
    with pytest.raises(RuleViolation) as exc:  # the register cannot take it off the list
        items.cancel_destruction(led, hdd.id, reason="还能用")
    assert exc.value.code == "media.on_manifest"
    assert [x.id for x in destruction_media.awaiting_destruction(led)] == []
    destruction_media.remove_media(led, manifest_id=m.id, media_ids=[hdd.id])
    assert [x.device_no for x in destruction_media.awaiting_destruction(led)] == ["BM-YP-001"]
    destruction_media.add_media(led, manifest_id=m.id, media_id=hdd.id)  # back, at the end
    got = destruction.get_manifest(led, m.id)
    assert [ln.seq for ln in got.all_lines] == [1, 2, 3, 4, 6]
    assert [(x.device_no, x.type_label, x.serial_no, x.level_label) for x in got.media_lines] == [
        ("BM-U-001", "U盘", "SN-BM-U-001", "秘密"), ("BM-YP-001", "移动硬盘", "SN-BM-YP-001", "机密")]
    t = destruction.totals(led, m.id)
    assert t == got.totals and t.count == 5 and t.pages == 10
    assert [(x.label, x.count) for x in t.by_type] == [
        ("纸质", 2), ("光盘", 1), ("U盘", 1), ("移动硬盘", 1)]
    assert [(x.label, x.count) for x in t.by_level] == [("机密", 3), ("秘密", 2)]


def test_each_medium_is_destroyed_by_a_method_that_fits(office: Any) -> None:
    o = office
    m, usb, hdd, _paper = _mixed(o)
    _approve(o, _ready(o, m))
    led = o.led
    inhouse = {"site": "本单位保密室", "equipment": "保密碎纸机 BS-1、消磁机 XC-1",
               "certificate_no": ""}
    for method, per, code in (
        (D.SHRED, ((Medium.HDD, D.BURN),), "destruction.method_media"),
        (D.SHRED, ((Medium.HDD, D.FORMAT),), "destruction.method_erase"),
        (D.DEGAUSS, (), "destruction.method_media"),  # paper is not degaussed
        (D.BURN, ((Medium.PAPER, D.SHRED),), "destruction.method_media"),  # nor a disc burnt
    ):
        with pytest.raises(RuleViolation) as exc:
            destruction.execute(led, manifest_id=m.id, inp=_exec(o, method=method, methods=per,
                                                                 **inhouse))
        assert exc.value.code == code, exc.value.code
        assert "销毁方式须与载体介质相适应" in exc.value.message()
    with pytest.raises(ValidationError) as exc:  # in-house needs the approved equipment
        destruction.execute(led, manifest_id=m.id, inp=_exec(
            o, method=D.SHRED, methods=((Medium.HDD, D.DEGAUSS),), **(inhouse | {"equipment": ""})))
    assert exc.value.code == "destruction.equipment_required"
    with pytest.raises(ValidationError) as exc:  # one medium to the centre needs its receipt
        destruction.execute(led, manifest_id=m.id, inp=_exec(
            o, method=D.SHRED, methods=((Medium.HDD, D.CENTER),), **inhouse))
    assert exc.value.code == "destruction.certificate_required"
    done = destruction.execute(led, manifest_id=m.id, inp=_exec(
        o, method=D.SHRED, methods=((Medium.HDD, D.DEGAUSS), (Medium.USB, D.CUT)), **inhouse))
    assert done.status == "executed"
    assert done.methods == (("paper", "shred"), ("disc", "shred"), ("usb", "cut"),
                            ("hdd", "degauss"))
    assert done.method_label == ("本单位经批准的设备粉碎（纸质、光盘）；切割剪碎（U盘）；"
                                 "消磁或物理销毁（移动硬盘）")
    for x in (usb, hdd):
        item = read.get_item(led, x.id)
        assert (item.state, item.holder_id) == (MediaState.DESTROYED, None)
        last = read.history(led, x.id)[-1]
        assert last.kind == "media.destroy" and done.reg_no in last.description
    assert destruction_media.awaiting_destruction(led) == []
    assert destruction.get_manifest(led, m.id).totals is not None
    assert_verified(led)


def test_a_replaced_disk_from_a_repair_goes_on_a_manifest(office: Any) -> None:
    """A 绝密 computer's replaced disk is its own 待销毁 item: two witnesses, physical
    destruction, and the computer itself stays in use."""
    o = office
    pc = add_item(o, "BM-JSJ-009", level=T, holder_id=o.leaders[1].id)
    r = repair.request_repair(o.led, RepairInput(media_id=pc.id, requester_id=o.leaders[2].id,
                                                 fault="硬盘坏道", mode=RepairMode.IN_HOUSE))
    decide(o, r.approval.id)
    repair.send_repair(o.led, repair_id=r.id)
    repair.return_repair(o.led, repair_id=r.id, work_done="更换硬盘", parts_replaced="硬盘",
                         replaced_storage=[ReplacedStorage(serial_no="WD-77")])
    disk = read.list_items(o.led, read.MediaFilter(text="BM-JSJ-009-拆1"))[0]
    assert disk.state == MediaState.AWAITING_DESTRUCTION
    m = destruction.new_manifest(o.led)
    line = destruction_media.add_media(o.led, manifest_id=m.id, label=disk.label_id)
    assert line.level_label == "绝密" and line.serial_no == "WD-77"
    _approve(o, _ready(o, m))
    led = o.led
    with pytest.raises(ValidationError) as exc:
        destruction.execute(led, manifest_id=m.id, inp=_exec(o))
    assert exc.value.code == "destruction.witnesses_min" and "绝密" in exc.value.message()
    done = destruction.execute(led, manifest_id=m.id, inp=_exec(  # the only medium: 其他
        o, method=D.SHRED, methods=((Medium.OTHER, D.CENTER),),
        witness_ids=(o.leaders[1].id, o.leaders[2].id)))
    assert (done.method, done.method_label) == ("center", "送销毁中心销毁")
    assert read.get_item(led, disk.id).state == MediaState.DESTROYED
    assert read.get_item(led, pc.id).state == MediaState.IN_USE
    assert_verified(led)


def test_the_printed_manifest_lists_media_with_totals_by_medium(office: Any,
                                                                 tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from secledger.services.disposal import destruction_print as dp

    o = office
    m, _usb, _hdd, _paper = _mixed(o)
    pc = _scrapped(o, "BM-JSJ-005", MediaType.COMPUTER, T)
    destruction_media.add_media(o.led, manifest_id=m.id, media_id=pc.id)
    text = pdftotext(dp.print_manifest(o.led, m.id, tmp_path / "m.pdf"))
    for s in ("涉密载体销毁清单", "机密文件", "涉密设备和存储介质", "设备编号", "BM-U-001",
              "BM-YP-001", "BM-JSJ-005", "SN-BM-YP-001", "涉密计算机", "移动硬盘", "U盘", "光盘",
              "纸质", "合计", "6 件", "绝密", "1台"):
        assert s in text, s
    _approve(o, _ready(o, m))
    destruction.execute(o.led, manifest_id=m.id, inp=_exec(
        o, method=D.SHRED, methods=((Medium.HDD, D.DEGAUSS), (Medium.COMPUTER, D.DEGAUSS)),
        site="本单位保密室", equipment="保密碎纸机 BS-1、消磁机 XC-1", certificate_no="",
        witness_ids=(o.leaders[1].id, o.leaders[2].id)))
    text = pdftotext(dp.print_manifest(o.led, m.id, tmp_path / "done.pdf"))
    flat = text.replace("\n", "").replace(" ", "")
    for s in ("已销毁", "本单位经批准的设备粉碎（纸质、光盘、U盘）",
              "消磁或物理销毁（移动硬盘、涉密计算机）", "XC-1", "BM-YP-001", "李机要"):
        assert s in flat, s
    text = pdftotext(dp.print_destruction_register(o.led, tmp_path / "reg.pdf", year=2026))
    for s in ("销2026-00001", "纸质2", "销毁载体", "6 件"):
        assert s in text, s
    reg = load_workbook(dp.export_destruction_register_xlsx(o.led, tmp_path / "reg.xlsx"))
    values = [c.value for row in reg.active.iter_rows() for c in row]
    assert "纸质2，光盘1，U盘1，移动硬盘1，涉密计算机1" in values
    book = load_workbook(dp.export_manifest_xlsx(o.led, m.id, tmp_path / "m.xlsx"))
    assert book.sheetnames == ["销2026-00001", "涉密设备和存储介质"]
    values = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row]
    for s in ("机密文件", "BM-JSJ-005", "涉密计算机", "SN-BM-U-001", "移动硬盘", "6 件"):
        assert s in values or any(s in str(v) for v in values), s


def test_verify_finds_a_destroyed_medium_no_manifest_holds(office: Any) -> None:
    o = office
    m, _usb, hdd, _paper = _mixed(o)
    _approve(o, _ready(o, m))
    destruction.execute(o.led, manifest_id=m.id, inp=_exec(o))
    assert_verified(o.led)
    conn = o.led.db.raw_connection()
    try:
        conn.execute("UPDATE destruction_items SET removed_at = added_at WHERE media_id = ?",
                     (hdd.id,))
        conn.commit()
    finally:
        conn.close()
    report = verify(o.led)
    assert not report.ok and "BM-YP-001" in report.first.message
    assert "销毁清单" in report.first.message


def test_an_item_is_a_carrier_or_a_medium_never_both(office: Any) -> None:
    import sqlite3

    o = office
    m, usb, _hdd, paper = _mixed(o)
    conn = o.led.db.raw_connection()
    try:
        with pytest.raises(Exception) as exc:
            conn.execute("INSERT INTO destruction_items (manifest_id, carrier_id, media_id, seq,"
                         " added_at) VALUES (?, ?, ?, 99, '2026-11-24 10:00:00')",
                         (m.id, paper.carriers[0].id, usb.id))
        assert ("CHECK" in str(exc.value) or "check constraint" in str(exc.value)
                or isinstance(exc.value, sqlite3.IntegrityError))
    finally:
        conn.close()


def test_the_method_table() -> None:
    from secledger.domain.destruction import METHOD_FIT, fitting_methods

    assert set(METHOD_FIT) == set(Medium)
    assert D.FORMAT not in set().union(*METHOD_FIT.values())
    assert fitting_methods(Medium.PAPER) == [D.CENTER, D.SHRED, D.BURN]
    assert D.BURN not in METHOD_FIT[Medium.HDD] and D.DEGAUSS in METHOD_FIT[Medium.HDD]
    assert Medium.of_media(MediaType.PORTABLE_DISK) is Medium.HDD
    assert Medium.of_carrier(CarrierType.USB) is Medium.of_media(MediaType.USB)
    assert all(Medium.of_media(t) in METHOD_FIT for t in MediaType)


def test_the_year_counts_media_destroyed_by_type_and_level(office: Any) -> None:
    from secledger.domain.yearend import Period
    from secledger.services.yearend import statistics

    o = office
    m, _usb, _hdd, _paper = _mixed(o)
    _approve(o, _ready(o, m))
    destruction.execute(o.led, manifest_id=m.id, inp=_exec(o))
    t = statistics.compute(o.led, Period.of_year(2026)).table("media_destroyed")
    rows = {r.zh: r.values for r in t.rows}
    assert rows["U盘"] == (0, 0, 1, 1) and rows["移动硬盘"] == (0, 1, 0, 1)
    assert rows["涉密计算机"] == (0, 0, 0, 0) and t.total is not None
    assert t.total.values == (0, 1, 1, 2)
    assert statistics.compute(o.led, Period.of_year(2025)).table("media_destroyed").total.values \
        == (0, 0, 0, 0)


def test_the_events_in_words_and_the_panes_they_refresh() -> None:
    from datetime import UTC

    from secledger.domain import event_fields as f
    from secledger.domain.changes import Area, Changes
    from secledger.domain.event_text import describe

    body = {"device_no": "BM-YP-001", "destruction_no": "销2026-00001", "method": "degauss",
            "destroyed_on": "2026-11-24", "action": "destroy"}
    zh = describe("media.destroy", body, f.Ctx("zh_CN", f.Lookup(), UTC))
    assert zh.startswith("BM-YP-001销毁，清单销2026-00001，消磁或物理销毁"), zh
    en = describe("media.destroy", body, f.Ctx("en", f.Lookup(), UTC))
    assert "under list 销2026-00001 (degaussed" in en, en
    added = describe("destruction.media_added", {"device_no": "BM-U-001", "reg_no": "销2026-00001"},
                     f.Ctx("zh_CN", f.Lookup(), UTC))
    assert added == "BM-U-001列入销毁清单销2026-00001"
    assert Changes.of_kinds(["destruction.media_added"]).touches(Area.MEDIA)
    assert Changes.of_kinds(["destruction.media_added"]).touches(Area.DESTRUCTION)
    assert Changes.of_kinds(["media.destroy"]).touches(Area.DESTRUCTION)
    assert Changes.of_kinds(["media.mark_for_destruction"]).touches(Area.DESTRUCTION, Area.MEDIA)
