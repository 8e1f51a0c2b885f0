"""遗失 of devices and storage media in the panes: the media register reports the selected
item lost and filters by 遗失; the loss pane chooses (or scans) devices and media, lists
them beside carriers and records one found; a stocktake's missing media are reported lost
from its pane."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from tests.ui.test_media_custody_panes import SHOTS, _media, _office, _shot

from secledger.domain.media import MediaState
from secledger.services.audit.verify import verify
from secledger.services.custody import loss
from secledger.services.media import read
from secledger.ui.panes.custody.loss import LossDialog, LossPane
from secledger.ui.panes.custody.stocktake import StocktakePane
from secledger.ui.panes.disposal.destruction_dialogs import PickMediaDialog
from secledger.ui.panes.media.pane import MediaPane


def _fill_and_save(shown: list[Any], tmp_path: Path, name: str) -> Any:
    def run(dlg: LossDialog) -> int:
        shown.append(dlg)
        dlg.circumstances.setPlainText("清查时发现缺失")
        dlg.resize(620, 480)
        _shot(dlg, tmp_path, name)
        return 1 if dlg.save() else 0
    return run


def test_the_media_pane_reports_an_item_lost(qtbot, shell_ctx, make_ledger, monkeypatch,  # type: ignore[no-untyped-def]
                                             tmp_path) -> None:
    led, leaders = _office(make_ledger)
    _pc, usb, _disk = _media(led, leaders[0].id)
    ctx = shell_ctx(led)
    pane = MediaPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1300, 800)
    pane.show()
    pane.refresh()
    assert pane.select(usb.id)
    shown: list[Any] = []
    monkeypatch.setattr(LossDialog, "exec", _fill_and_save(shown, tmp_path, "loss_dialog.png"))
    report = pane.report_lost()
    assert report is not None and [m.item.device_no for m in report.media] == ["BM-U-001"]
    assert "BM-U-001（U盘）" in shown[0].findChild(QLabel, "lossMedia").text()
    assert shown[0].windowTitle() == "报告遗失的载体、设备和介质"
    assert read.get_item(led, usb.id).state == MediaState.LOST
    pane.state.setCurrentIndex(pane.state.findData(MediaState.LOST.value))
    assert pane.state.currentText() == "遗失"
    assert pane.model.rowCount() == 1 and pane.model.row_at(0).device_no == "BM-U-001"
    _shot(pane, tmp_path, "media_pane_lost.png")

    lp = LossPane(ctx)
    qtbot.addWidget(lp)
    lp.resize(1100, 320)
    lp.show()
    lp.refresh()
    assert lp.model.rowCount() == 1
    headers = [lp.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(lp.model.columnCount())]
    assert "设备介质" in headers
    lp.view.selectRow(0)
    assert lp.mark_media_found(report.id, usb.id) is not None
    assert loss.get_report(led, report.id).status == "found"
    assert read.get_item(led, usb.id).state == MediaState.OUT_OF_SERVICE
    _shot(lp, tmp_path, "loss_pane_media.png")
    assert verify(led).ok
    led.close()


def test_the_loss_pane_chooses_media(qtbot, shell_ctx, make_ledger, monkeypatch,  # type: ignore[no-untyped-def]
                                     tmp_path) -> None:
    led, leaders = _office(make_ledger)
    pc, usb, disk = _media(led, leaders[0].id)
    ctx = shell_ctx(led)
    lp = LossPane(ctx)
    qtbot.addWidget(lp)
    lp.show()
    lp.refresh()
    picked: list[PickMediaDialog] = []

    def choose(dlg: PickMediaDialog) -> int:
        picked.append(dlg)
        assert dlg.list.count() == 3 and dlg.windowTitle() == "选择遗失的设备和介质"
        dlg.search.setText(disk.label_id)  # a scanned label names its item
        dlg.reload()
        assert dlg.list.count() == 1 and dlg.list.item(0).isSelected()
        assert "移动硬盘" in dlg.list.item(0).text() and "在用" in dlg.list.item(0).text()
        return 1 if dlg.submit() else 0

    monkeypatch.setattr(PickMediaDialog, "exec", choose)
    shown: list[Any] = []
    monkeypatch.setattr(LossDialog, "exec", _fill_and_save(shown, tmp_path, "loss_dialog2.png"))
    lp.buttons["new_media"].click()
    assert picked and shown and shown[0].report is not None
    assert [m.item.id for m in shown[0].report.media] == [disk.id]
    assert lp.model.rowCount() == 1
    del pc, usb
    led.close()


def test_a_stocktake_reports_missing_media_lost(qtbot, shell_ctx, make_ledger, monkeypatch,  # type: ignore[no-untyped-def]
                                                tmp_path) -> None:
    led, leaders = _office(make_ledger)
    pc, usb, disk = _media(led, leaders[0].id, location="保密室")
    ctx = shell_ctx(led)
    pane = StocktakePane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1300, 900)
    pane.show()
    pane.refresh()
    pane.what.setCurrentIndex(2)  # devices and storage media only
    pane.location.setText("保密室")
    pane.checkers.setText("李机要，王保密")
    assert pane.start() is not None
    assert pane.handle_media_scan(pc.label_id) and pane.handle_media_scan(usb.label_id)
    res = pane.finish()
    assert res is not None and [m.device_no for m in res.media.missing] == ["BM-YP-001"]
    rows = [pane.media_model.index(r, 0).data() for r in range(pane.media_model.rowCount())]
    missing = rows.index("缺失")
    pane.media_view.selectRow(missing)
    shown: list[Any] = []
    monkeypatch.setattr(LossDialog, "exec", _fill_and_save(shown, tmp_path, "loss_dialog3.png"))
    pane.buttons["lost"].click()
    assert shown and shown[0].report is not None
    assert shown[0].report.stocktake_id == res.stocktake.id
    assert read.get_item(led, disk.id).state == MediaState.LOST
    if SHOTS:
        _shot(pane, tmp_path, "stocktake_pane_media_lost.png")
    assert verify(led).ok
    led.close()
