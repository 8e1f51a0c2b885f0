"""The destruction pane with devices and storage media beside carriers: a device's label
typed or scanned, media chosen from the 待销毁 list, a mixed manifest with totals by medium,
removal, the approver's view of the list, and a method per medium when recording it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from tests.ui.test_destruction_pane import _office, _person

from secledger.domain.destruction import DestructionMethod, Medium
from secledger.domain.enums import Classification
from secledger.domain.media import MediaState, MediaType
from secledger.services.approvals import detail as approval_detail
from secledger.services.approvals import requests as approvals
from secledger.services.audit.verify import verify
from secledger.services.media import items, read
from secledger.services.media.items import MediaInput
from secledger.services.people import persons as people
from secledger.ui.panes.disposal.destruction import DestructionPane
from secledger.ui.panes.disposal.destruction_dialogs import (
    ExecuteDialog,
    PickMediaDialog,
    check_people,
)


def _scrapped(led: Any, device_no: str, kind: MediaType, level: Classification) -> Any:
    holder = _person(led, "张局长")
    item = items.register_item(led, MediaInput(media_type=kind, device_no=device_no,
                                               level=level, holder_id=holder,
                                               serial_no="SN-" + device_no,
                                               brand_model="金士顿 DT-50"))
    return items.mark_for_destruction(led, item.id, reason="报废")


def test_a_mixed_manifest_in_the_pane(qtbot, shell_ctx, make_ledger, register_doc,  # type: ignore[no-untyped-def]
                                      tmp_path: Path) -> None:
    led = _office(make_ledger)
    doc = register_doc(led, "年度到期的会议文件", copies=2)
    usb = _scrapped(led, "BM-U-007", MediaType.USB, Classification.CONFIDENTIAL)
    hdd = _scrapped(led, "BM-YP-003", MediaType.PORTABLE_DISK, Classification.SECRET)
    pc = items.register_item(led, MediaInput(media_type=MediaType.COMPUTER, device_no="BM-JSJ-1",
                                             level=Classification.SECRET,
                                             holder_id=_person(led, "张局长")))
    ctx = shell_ctx(led)
    pane = DestructionPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1200, 720)
    pane.show()
    pane.refresh()
    m = pane.new_manifest()
    assert m is not None
    for c in doc.carriers:
        pane.scan.setText(c.label_id)
        qtbot.keyClick(pane.scan, Qt.Key.Key_Return)
    pane.scan.setText(usb.label_id.lower())  # a device's label typed into the field
    qtbot.keyClick(pane.scan, Qt.Key.Key_Return)
    assert pane.lines.rowCount() == 3 and pane.scan.text() == ""
    assert pane.handle_media_scan(usb.label_id)  # scanned twice: said, not added
    assert "BM-U-007" in pane.error.text() and pane.lines.rowCount() == 3
    assert pane.handle_media_scan(pc.label_id)  # in use: refused with the rule
    assert "报废" in pane.error.text() and pane.lines.rowCount() == 3

    dlg = PickMediaDialog(ctx, pane)
    qtbot.addWidget(dlg)
    assert [dlg.list.item(i).text().split("　")[0] for i in range(dlg.list.count())] == [
        "BM-YP-003"]
    dlg.list.item(0).setSelected(True)
    dlg.submit()
    pane.add_media_lines(dlg.result_dto)
    assert pane.lines.rowCount() == 4
    texts = [[pane.lines.index(r, c).data() for c in range(9)] for r in range(4)]
    assert texts[2][1:4] == ["BM-U-007", "SN-BM-U-007", "金士顿 DT-50"] and texts[2][6] == "U盘"
    assert texts[3][6] == "移动硬盘" and texts[3][4] == "机密"
    total = pane.totals_label.text()
    assert "合计 4" in total or "4" in total
    for s in ("纸质 2", "U盘 1", "移动硬盘 1", "机密 3", "秘密 1"):
        assert s in total, (s, total)
    pane.grab().save(str(tmp_path / "destruction_mixed.png"))

    pane.line_view.selectRow(3)
    pane.remove_selected()
    assert [ln.device_no for ln in pane.current.media_lines] == ["BM-U-007"]
    pane.add_media_lines([hdd.id])

    pane.checker.setCurrentIndex(pane.checker.findText("王保密"))
    pane.set_checker()
    pane.submit()
    assert pane.current.status == "submitted"
    d = approval_detail.detail(led, pane.current.approval.id)
    facts = dict(d.subject.facts)
    assert "BM-U-007（U盘，秘密" in facts["media"] and "BM-YP-003" in facts["media"]
    assert facts["by_medium"] == "纸质 2，U盘 1，移动硬盘 1"
    assert [(x.label, x.count) for x in d.by_level] == [("机密", 3), ("秘密", 1)]
    approvals.record_paper_decision(led, approval_id=pane.current.approval.id,
                                    approver_person_id=_person(led, "张局长"), approve=True,
                                    decided_on=date.today(), form_no="XH-SP-002")
    pane.refresh()
    exe = ExecuteDialog(ctx, pane.current.id, pane)
    qtbot.addWidget(exe)
    assert set(exe.per_medium) == {Medium.PAPER, Medium.USB, Medium.HDD}
    assert exe.method.findData(DestructionMethod.FORMAT.value) == -1  # never offered
    hdd_box = exe.per_medium[Medium.HDD]
    assert hdd_box.findData(DestructionMethod.BURN.value) == -1
    exe.method.setCurrentIndex(exe.method.findData(DestructionMethod.SHRED.value))
    hdd_box.setCurrentIndex(hdd_box.findData(DestructionMethod.DEGAUSS.value))
    exe.site.setText("本单位保密室")
    exe.equipment.setText("保密碎纸机 BS-1、消磁机 XC-1")
    exe.destroyer.setText("王保密")
    check_people(exe.escorts, {_person(led, "王保密"), _person(led, "李机要")})
    check_people(exe.witnesses, {_person(led, "张局长")})
    exe.show()
    exe.grab().save(str(tmp_path / "destruction_execute.png"))
    exe.submit()
    assert exe.result_dto is not None and exe.result_dto.status == "executed", exe.error.text()
    assert dict(exe.result_dto.methods) == {"paper": "shred", "usb": "shred", "hdd": "degauss"}
    assert read.get_item(led, hdd.id).state == MediaState.DESTROYED
    pane.refresh()
    assert "已销毁" in pane.heading.text()
    assert verify(led).ok


def test_a_device_label_scanned_in_the_window_goes_onto_the_open_manifest(  # type: ignore[no-untyped-def]
        qtbot, shell_ctx, make_ledger) -> None:
    from secledger.ui.main_window import MainWindow

    led = _office(make_ledger)
    usb = _scrapped(led, "BM-U-008", MediaType.USB, Classification.SECRET)
    ctx = shell_ctx(led)
    ctx.idle_timeout_ms = 600_000
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    pane = win.show_pane("destruction")
    assert isinstance(pane, DestructionPane)
    pane.new_manifest()
    assert win.handle_scan(usb.label_id)
    assert win.current_key == "destruction"
    assert [ln.device_no for ln in pane.lines.lines()] == ["BM-U-008"]  # type: ignore[union-attr]
    assert people.list_people(led)
    win.close()
