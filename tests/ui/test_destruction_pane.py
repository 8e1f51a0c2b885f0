"""销毁清单 pane driven by barcode-scanner input (issue 6 §4): build, approve, print, execute."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from secledger.domain.destruction import DestructionMethod
from secledger.domain.states import Action
from secledger.services.approvals import requests as approvals
from secledger.services.audit.verify import verify
from secledger.services.carriers.transition import get_carrier, transition
from secledger.services.disposal import destruction
from secledger.services.people import persons as people
from secledger.ui.panes.disposal.destruction import DestructionPane
from secledger.ui.panes.disposal.destruction_dialogs import ExecuteDialog, check_people
from secledger.ui.widgets.scanner import ScannerFilter


def _scan(qtbot: Any, widget: Any, label: str) -> None:
    """What a scanner does: the label's characters and Enter, a few ms apart."""
    qtbot.keyClicks(widget, label)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _pdftotext(path: Any) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def _office(make_ledger: Any) -> Any:
    """The clerk's ledger, with a leader (张局长, no account) who signs paper approvals."""
    from secledger.domain.enums import Clearance
    from secledger.services.ledger.session import open_ledger
    from secledger.store.keyslots import TEST_KDF

    path, admin = make_ledger()
    dept = people.list_departments(admin)[0]
    people.create_person(admin, name="张局长", department_id=dept.id, clearance=Clearance.CORE,
                         post="局领导")
    admin.close()
    return open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)


def test_manifest_by_scanner_then_print_and_execute(qtbot, shell_ctx, make_ledger,  # type: ignore[no-untyped-def]
                                                    register_doc, tmp_path) -> None:
    led = _office(make_ledger)
    doc = register_doc(led, "年度到期的会议文件", copies=3)
    out = register_doc(led, "传阅中的文件", copies=1)
    with led.db.write() as s:
        transition(s, led, get_carrier(s, out.carriers[0].id), Action.CIRCULATE)
    ctx = shell_ctx(led)
    pane = DestructionPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1100, 700)
    pane.show()
    pane.refresh()
    m = pane.new_manifest()
    assert m is not None and pane.current is not None and pane.current.id == m.id
    assert "编制中" in pane.heading.text()

    scanner = ScannerFilter(pane, clock=lambda: 0.0)  # every key "within a few ms"
    scanner.scanned.connect(pane.handle_scan)
    scanner.install()
    try:
        pane.activateWindow()
        pane.line_view.setFocus()  # not a text field: the filter takes the burst
        qtbot.waitUntil(pane.line_view.hasFocus)
        for c in doc.carriers[:2]:
            _scan(qtbot, pane.line_view, c.label_id)
        qtbot.waitUntil(lambda: pane.lines.rowCount() == 2)
        _scan(qtbot, pane.line_view, doc.carriers[0].label_id)  # twice: harmless
        qtbot.waitUntil(lambda: "已在清单中" in pane.error.text())
        _scan(qtbot, pane.line_view, out.carriers[0].label_id)  # out on circulation: refused
        qtbot.waitUntil(lambda: "传阅中" in pane.error.text())
    finally:
        scanner.remove()
    assert pane.lines.rowCount() == 2
    assert "不在本单位保管中" in pane.error.text()
    # typing the label into the pane's own field works as well
    pane.scan.setText(doc.carriers[2].label_id)
    qtbot.keyClick(pane.scan, Qt.Key.Key_Return)
    assert pane.lines.rowCount() == 3 and pane.scan.text() == ""
    assert "合计 3" in pane.totals_label.text() or "3" in pane.totals_label.text()
    assert "机密 3" in pane.totals_label.text()
    assert destruction.totals(led, m.id).count == 3
    pane.grab().save(str(tmp_path / "destruction_pane.png"))

    pane.checker.setCurrentIndex(pane.checker.findText("王保密"))
    pane.set_checker()
    pane.submit()
    assert pane.current.status == "submitted"
    assert not pane.buttons["pick"].isEnabled() and not pane.scan.isEnabled()
    assert pane.handle_scan(out.carriers[0].label_id)  # frozen: refused, shown
    assert "冻结" in pane.error.text() or "待审批" in pane.error.text()

    target = tmp_path / "manifest.pdf"
    pane.print_manifest(str(target))
    qtbot.waitUntil(lambda: target.exists() and not ctx.busy, timeout=20000)
    text = _pdftotext(target)
    for s in ("涉密载体销毁清单", m.reg_no, "年度到期的会议文件", "000003", "合计", "3 件",
              "监销人（签字）", "第 1 页 共 1 页", "台账校验"):
        assert s in text, s
    # another approver decides (the clerk is an approver too but cannot approve own request)
    approvals.record_paper_decision(led, approval_id=pane.current.approval.id,
                                    approver_person_id=_person(led, "张局长"), approve=True,
                                    decided_on=date.today(), form_no="XH-SP-001")
    pane.refresh()
    assert pane.current.status == "approved" and pane.buttons["execute"].isEnabled()

    dlg = ExecuteDialog(ctx, pane.current.id, pane)
    qtbot.addWidget(dlg)
    dlg.method.setCurrentIndex(dlg.method.findData(DestructionMethod.CENTER.value))
    dlg.site.setText("市保密局销毁中心")
    dlg.certificate.setText("XH-0001")
    dlg.destroyer.setText("孙师傅")
    check_people(dlg.escorts, {_person(led, "王保密")})
    dlg.submit()
    assert dlg.result_dto is None and "送销人至少两名" in dlg.error.text()
    check_people(dlg.escorts, {_person(led, "王保密"), _person(led, "李机要")})
    check_people(dlg.witnesses, {_person(led, "王保密")})
    dlg.submit()
    assert dlg.result_dto is not None and dlg.result_dto.status == "executed"
    pane.refresh()
    assert "已销毁" in pane.heading.text()
    with led.db.read() as s:
        assert {get_carrier(s, c.id).state for c in doc.carriers} == {"destroyed"}
    pane.grab().save(str(tmp_path / "destruction_pane_done.png"))
    assert verify(led).ok


def _person(led: Any, name: str) -> int:
    return next(p.id for p in people.list_people(led) if p.name == name)
