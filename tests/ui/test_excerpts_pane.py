"""摘录/汇编 in the copying pane: choose the kind, scan the sources, request, approve on
paper, register the 派生 document through its dialog; a mark lower than the sources' is
refused under the form."""

from __future__ import annotations

from datetime import date

from secledger.domain.copying import CopyKind
from secledger.domain.enums import Clearance
from secledger.services.approvals import requests as approvals
from secledger.services.audit.verify import verify
from secledger.services.disposal import copying_read
from secledger.services.people import persons as people
from secledger.ui.panes.disposal.copying import CopyingPane
from secledger.ui.panes.disposal.copying_dialogs import DerivedExecuteDialog


def test_compilation_in_the_pane(qtbot, shell_ctx, make_ledger, register_doc,  # type: ignore[no-untyped-def]
                                 tmp_path) -> None:
    from secledger.services.ledger.session import open_ledger
    from secledger.store.keyslots import TEST_KDF

    path, admin = make_ledger()
    dept = people.list_departments(admin)[0]
    leader = people.create_person(admin, name="张局长", department_id=dept.id,
                                  clearance=Clearance.CORE, post="局领导")
    requester = people.create_person(admin, name="刘处长", department_id=dept.id,
                                     clearance=Clearance.CORE, post="处长")
    admin.close()
    led = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    a = register_doc(led, "年度保密工作要点", copies=1)
    b = register_doc(led, "保密检查通报", copies=1)
    ctx = shell_ctx(led)
    pane = CopyingPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1100, 700)
    pane.show()
    pane.refresh()
    assert not pane.more.isVisible()  # only a compilation lists further sources
    pane.kind.setCurrentIndex(pane.kind.findData(CopyKind.COMPILE.value))
    assert pane.more.isVisible()
    assert pane.handle_scan(a.carriers[0].label_id)
    assert pane.handle_scan(b.carriers[0].label_id)
    assert pane.handle_scan(b.carriers[0].label_id)  # the same carrier is listed once
    assert "年度保密工作要点" in pane.source_text.text() and pane.more.count() == 1
    assert "保密检查通报" in pane.more.item(0).text()
    assert "new document" in pane.rule.text() or "新文件" in pane.rule.text()
    pane.requester.setCurrentIndex(pane.requester.findData(requester.id))
    pane.copies.setValue(1)
    pane.reason.setText("编印学习材料")
    req = pane.submit()
    assert req is not None and req.kind == "compile" and len(req.sources) == 2
    assert pane.more.count() == 0
    assert pane.model.index(0, 1).data() == "汇编" and pane.model.index(0, 2).data() == "待审批"
    approvals.record_paper_decision(led, approval_id=req.approval.id,
                                    approver_person_id=leader.id, approve=True,
                                    decided_on=date.today(), form_no="HB-1")
    pane.refresh()
    pane.view.selectRow(0)
    assert pane.buttons["execute"].text() in ("登记汇编件…", "Register the compilation…")
    dlg = DerivedExecuteDialog(ctx, pane.selected(), pane)
    qtbot.addWidget(dlg)
    assert dlg.mark.text() == "机密★10年"  # the highest source's mark to start from
    dlg.title_edit.setText("保密工作学习材料汇编")
    dlg.mark.set_text("秘密★10年")
    assert not dlg.submit()  # lower than the sources: refused, under the form
    assert "机密" in dlg.error.text()
    dlg.mark.set_text("机密★10年")
    assert dlg.submit()
    done = dlg.result_dto
    assert done.derived_reg_no.startswith("发") and done.status_label == "已汇编"
    pane.refresh()
    assert pane.model.index(0, 10).data() == done.derived_reg_no
    pane.grab().save(str(tmp_path / "compile_pane.png"))
    assert [x.title for x in copying_read.derived_sources(led, done.derived_document_id)] == [
        "年度保密工作要点", "保密检查通报"]
    assert verify(led).ok
