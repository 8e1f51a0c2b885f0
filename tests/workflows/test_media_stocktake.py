"""清查盘点 of the classified devices and storage media: a session may count them beside the
carriers (or alone); scanning an ``M…`` label counts the item; missing, unexpected and
misplaced media are reported like carriers, in their own lists of the printed report; every
stocktake that counts no media stays as it was."""

from __future__ import annotations

import json
import subprocess
from typing import Any

import pytest

from secledger.domain.enums import Classification
from secledger.domain.errors import RuleViolation
from secledger.domain.media import MediaType
from secledger.domain.states import Action
from secledger.services.custody import printing_records as cp
from secledger.services.custody import stocktake as stk
from secledger.services.media import items

from .conftest import assert_verified
from .custody_helpers import move, register
from .media_helpers import add_item

ROOM = "保密室"


def _room(o: Any) -> dict[str, Any]:
    """In 保密室: two archived carriers, a computer, two USB sticks (one voided), and a
    portable disk kept elsewhere."""
    doc = register(o.led, "2026年度档案", copies=2)
    for c in doc.carriers:
        move(o.led, c.id, Action.ARCHIVE, o.clerk_person_id, location=ROOM)
    pc = add_item(o, "BM-JSJ-001", location=ROOM)
    usb = add_item(o, "BM-U-001", kind=MediaType.USB, location=ROOM + "/2号柜")
    void = add_item(o, "BM-U-009", kind=MediaType.USB, location=ROOM)
    items.void_item(o.led, void.id, reason="重复登记")
    disk = add_item(o, "BM-YP-001", kind=MediaType.PORTABLE_DISK, location="办公室301")
    return {"c": doc.carriers, "pc": pc, "usb": usb, "void": void, "disk": disk}


def _start(o: Any, **scope: Any) -> Any:
    return stk.start_stocktake(o.led, scope=stk.Scope(location=ROOM, **scope),
                               checkers=["李机要", "赵科员"], leader="张局长")


def test_a_stocktake_counts_media_too(office: Any, tmp_path: Any) -> None:
    o = office
    r = _room(o)
    assert stk.scope_size(o.led, stk.Scope(location=ROOM)) == 2
    assert stk.scope_size(o.led, stk.Scope(location=ROOM, media=True)) == 4
    session = _start(o, media=True)
    assert session.scope_label == "存放位置：保密室；含涉密设备和存储介质"
    assert session.counts == stk.Counts(expected=4, found=0, remaining=4, unexpected=0)
    found = stk.scan(o.led, session.id, r["pc"].label_id)
    assert found.status == "found" and found.media.device_no == "BM-JSJ-001"
    assert found.item is None and found.counts.found == 1
    assert stk.scan(o.led, session.id, r["pc"].label_id).status == "again"
    assert stk.tick_media(o.led, session.id, r["usb"].id, location="机要室").status == "mismatch"
    assert stk.scan(o.led, session.id, r["disk"].label_id).status == "unexpected"
    assert stk.scan(o.led, session.id, "M00000000ZZZ").status == "unknown"
    assert stk.scan(o.led, session.id, r["c"][0].label_id).status == "found"
    flags = [(m.device_no, seen) for m, seen in stk.expected_media(o.led, session.id)]
    assert flags == [("BM-JSJ-001", True), ("BM-U-001", True)]
    res = stk.finish_stocktake(o.led, session.id)
    m = res.media
    assert [x.device_no for x in m.expected] == ["BM-JSJ-001", "BM-U-001"]
    assert [x.device_no for x in m.found] == ["BM-JSJ-001"]
    assert m.missing == () and [x.item.device_no for x in m.misplaced] == ["BM-U-001"]
    assert {(u.label_id, u.item.device_no if u.item else None) for u in m.unexpected} == {
        (r["disk"].label_id, "BM-YP-001"), ("M00000000ZZZ", None)}
    assert [c.carrier_id for c in res.found] == [r["c"][0].id]
    assert [c.carrier_id for c in res.missing] == [r["c"][1].id] and res.unexpected == ()
    stored = json.loads(_result_of(o, session.id))
    assert stored["media"]["counts"] == {"found": 1, "missing": 0, "misplaced": 1,
                                         "unexpected": 2}
    text = subprocess.run(["pdftotext", "-layout",
                           str(cp.print_stocktake(o.led, session.id, tmp_path / "s.pdf")), "-"],
                          capture_output=True, text=True, check=True).stdout
    for word in ("应在设备和介质", "已核设备和介质", "账外设备和介质", "设备和介质位置/责任人不符",
                 "BM-JSJ-001", "SN-BM-U-001", "涉密计算机", "应在设备介质", "不符设备介质",
                 "账物不符"):
        assert word in text, word
    assert_verified(o.led)


def _result_of(o: Any, stocktake_id: int) -> str:
    conn = o.led.db.raw_connection()
    try:
        row = conn.cursor().execute("SELECT result FROM stocktakes WHERE id = ?",
                                    (stocktake_id,)).fetchone()
        return str(row[0])
    finally:
        conn.close()


def test_media_alone_and_missing(office: Any) -> None:
    o = office
    r = _room(o)
    session = _start(o, media=True, carriers=False, level=Classification.SECRET)
    assert session.scope_label.endswith("仅涉密设备和存储介质")
    assert session.counts.expected == 2
    res = stk.finish_stocktake(o.led, session.id)
    assert res.expected == () and [x.device_no for x in res.media.missing] == [
        "BM-JSJ-001", "BM-U-001"]
    assert r["void"].id not in {x.id for x in res.media.expected}


def test_a_carriers_only_stocktake_is_as_before(office: Any, tmp_path: Any) -> None:
    o = office
    r = _room(o)
    session = _start(o)
    assert session.counts.expected == 2 and session.scope_label == "存放位置：保密室"
    res = stk.finish_stocktake(o.led, session.id)
    assert not res.media.any and "media" not in json.loads(_result_of(o, session.id))
    text = subprocess.run(["pdftotext", "-layout",
                           str(cp.print_stocktake(o.led, session.id, tmp_path / "s.pdf")), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "设备和介质" not in text
    del r


def test_an_empty_media_scope_is_refused(office: Any) -> None:
    o = office
    with pytest.raises(RuleViolation) as refused:
        stk.start_stocktake(o.led, scope=stk.Scope(media=True, carriers=False),
                            checkers=["李机要", "赵科员"])
    assert refused.value.code == "stocktake.empty_scope"
