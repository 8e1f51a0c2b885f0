"""年度统计与自查自评 pane, driven as the security officer does it: the year counted off the GUI
thread with its charts and tables, printed; a version started, the ledger's evidence
gathered, an item overridden (refused without a reason, kept with one), the rest accepted,
finalised, printed; a 整改 item opened and closed; the clerk reads without writing."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.workflows import conftest as workflows
from tests.workflows.yearend_helpers import build

from secledger.domain.selfinspection import InspectionStatus, Result
from secledger.services.yearend import rectification, selfinspection
from secledger.ui import app as uiapp
from secledger.ui.panes.yearend.pane import YearEndPane

office = workflows.office  # the workflow tests' office, as a fixture here too
SHOTS = os.environ.get("SECLEDGER_SHOTS")  # a folder: save screenshots there to look at


def _pane(qtbot: Any, ctx: Any) -> YearEndPane:
    pane = YearEndPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1366, 768)
    pane.show()
    pane.refresh()
    return pane


def _shot(pane: Any, name: str) -> None:
    if SHOTS:
        QApplication.processEvents()
        pane.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _item(pane: YearEndPane, code: str) -> None:
    tree = pane.checklist.tree
    for i in range(tree.topLevelItemCount()):
        head = tree.topLevelItem(i)
        for k in range(head.childCount()):
            if head.child(k).data(0, 257) == code:
                tree.setCurrentItem(head.child(k))
                return
    raise AssertionError(code)


def test_the_officer_through_the_year_end(qtbot, shell_ctx, office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    build(office)
    led = office.login("admin", "Admin1234")
    ctx = shell_ctx(led)
    pane = _pane(qtbot, ctx)
    stats = pane.stats
    assert stats.year.value() == 2026 and not stats.print_button.isEnabled()
    stats.compute()
    qtbot.waitUntil(lambda: stats.stats is not None and not ctx.busy, timeout=20000)
    level = stats.tables.widget(0).model()
    assert level.headerData(2, Qt.Orientation.Horizontal) == "制作"
    assert level.index(1, 2).data() == "3"
    assert stats.charts[0].data is not None and not stats.charts[0].data.empty
    assert "2026年度" in stats.status.text()
    _shot(pane, "yearend_stats_zh")
    stats.print_statistics(str(tmp_path / "统计表.pdf"))
    qtbot.waitUntil(lambda: (tmp_path / "统计表.pdf").exists() and not ctx.busy, timeout=20000)

    pane.tabs.setCurrentIndex(1)
    check = pane.checklist
    check.start()
    assert check.inspection is not None and check.inspection.version.version == 1
    check.gather()
    qtbot.waitUntil(lambda: check.inspection is not None and check.inspection.evidence_at
                    is not None and not ctx.busy, timeout=20000)
    _item(pane, "12.1")
    panel = check.panel
    assert "不符合" in panel.proposal.text() and panel.accept_button.isEnabled()
    assert panel.findings.rowCount() == 1
    panel.result.setCurrentIndex(panel.result.findData(Result.MOSTLY.value))
    assert panel.save() is None and "理由" in panel.error.text()
    panel.reason.setText("迟报2小时，已说明情况")
    assert panel.save() is not None
    _item(pane, "12.1")
    assert "基本符合" in check.tree.currentItem().text(3)
    _shot(pane, "yearend_checklist_zh")
    iid = check.inspection.version.id
    for i in selfinspection.get(led, iid).items:  # the rest as the ledger proposes
        if i.result is None:
            selfinspection.assess(led, inspection_id=iid, item_code=i.item.code,
                                  result=i.proposed or Result.CONFORMS)
    check.refresh()
    check.finalise(confirm=False)
    qtbot.waitUntil(lambda: check.inspection is not None and check.inspection.version.status
                    is InspectionStatus.FINAL and not ctx.busy, timeout=20000)
    assert not panel.save_button.isEnabled() and check.versions.rowCount() == 1
    check.print_report(str(tmp_path / "报告.pdf"))
    qtbot.waitUntil(lambda: (tmp_path / "报告.pdf").exists() and not ctx.busy, timeout=20000)

    pane.tabs.setCurrentIndex(2)
    rect = pane.rectification
    dlg = rect.open_item()
    assert dlg.item.currentData() == "12.1"
    dlg.problem.setPlainText("遗失上报超过24小时")
    dlg.owner.setCurrentIndex(1)
    assert dlg.submit()
    assert rect.model.rowCount() == 1 and rect.model.row_at(0).reg_no == "改2026-00001"
    rect.view.selectRow(0)
    close = rect.close_item()
    assert close is not None
    close.note.setText("已通报")
    assert close.submit()
    assert rect.model.rowCount() == 0  # the open ones only
    assert rectification.list_items(led)[0].closed_on is not None


def test_the_clerk_reads_in_english(qtbot, shell_ctx, office, qapp) -> None:  # type: ignore[no-untyped-def]
    build(office)
    admin = office.login("admin", "Admin1234")
    v = selfinspection.start(admin, year=2026)
    selfinspection.gather_evidence(admin, v.id)
    clerk = office.as_clerk()
    uiapp.install_translators(qapp, "en")
    try:
        ctx = shell_ctx(clerk, lang="en")
        pane = _pane(qtbot, ctx)
        assert pane.tabs.tabText(0) == "Statistics"
        pane.stats.compute()
        qtbot.waitUntil(lambda: pane.stats.stats is not None and not ctx.busy, timeout=20000)
        assert pane.stats.tables.tabText(0) == "By level"
        _shot(pane, "yearend_stats_en")
        pane.tabs.setCurrentIndex(1)
        check = pane.checklist
        assert not check.buttons["start"].isVisible() and not check.save_summary.isVisible()
        _item(pane, "6.5")
        assert "proposes" in check.panel.proposal.text()
        assert not check.panel.save_button.isEnabled()
        _shot(pane, "yearend_checklist_en")
        pane.tabs.setCurrentIndex(2)
        assert not pane.rectification.open_button.isVisible()
    finally:
        uiapp.install_translators(qapp, "zh_CN")
