"""复制审批 pane (issue 6 §1): scan the original, request, approve on paper, register copies."""

from __future__ import annotations

from datetime import date

from secledger.services.approvals import requests as approvals
from secledger.services.audit.verify import verify
from secledger.services.disposal import copying
from secledger.services.people import persons as people
from secledger.ui.panes.disposal.copying import CopyingPane
from secledger.ui.panes.disposal.copying_dialogs import CopyExecuteDialog


def test_copy_request_in_the_pane(qtbot, shell_ctx, make_ledger, register_doc,  # type: ignore[no-untyped-def]
                                  tmp_path) -> None:
    from secledger.domain.enums import Clearance
    from secledger.services.ledger.session import open_ledger
    from secledger.store.keyslots import TEST_KDF

    path, admin = make_ledger()
    dept = people.list_departments(admin)[0]
    leader = people.create_person(admin, name="张局长", department_id=dept.id,
                                  clearance=Clearance.CORE, post="局领导")
    requester = people.create_person(admin, name="刘处长", department_id=dept.id,
                                     clearance=Clearance.CORE, post="处长")  # not the approver
    admin.close()
    led = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    doc = register_doc(led, "年度保密工作要点", copies=2)
    ctx = shell_ctx(led)
    pane = CopyingPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1000, 650)
    pane.show()
    pane.refresh()
    assert pane.handle_scan(doc.carriers[0].label_id)
    assert "年度保密工作要点" in pane.source_text.text() and "第000001份" in pane.source_text.text()
    assert "分管领导" in pane.rule.text() and not pane.origin_ref.isEnabled()
    assert pane.submit() is None and pane.error.isVisible()  # no requester chosen
    pane.requester.setCurrentIndex(pane.requester.findData(requester.id))
    pane.copies.setValue(2)
    pane.reason.setText("党组会学习")
    req = pane.submit()
    assert req is not None and pane.model.rowCount() == 1
    assert pane.model.index(0, 2).data() == "待审批"
    pane.view.selectRow(0)
    out = tmp_path / "form.pdf"
    pane.print_form(str(out))
    qtbot.waitUntil(lambda: out.exists() and not ctx.busy, timeout=20000)
    approvals.record_paper_decision(led, approval_id=req.approval.id,
                                    approver_person_id=leader.id, approve=True,
                                    decided_on=date.today(), form_no="FZ-1")
    pane.refresh()
    pane.view.selectRow(0)
    assert pane.selected().status == "approved"
    dlg = CopyExecuteDialog(ctx, pane.selected(), pane)
    qtbot.addWidget(dlg)
    dlg.submit()
    assert dlg.result_dto is not None and dlg.result_dto.copy_nos == (3, 4)
    pane.refresh()
    assert pane.model.index(0, 9).data() == "000003-000004"
    pane.grab().save(str(tmp_path / "copying_pane.png"))
    assert copying.copy_register(led)[0].copy_reg_no.startswith("复")
    assert verify(led).ok


def test_labels_of_the_copies_right_after_they_are_made(qtbot, shell_ctx, make_ledger,  # type: ignore[no-untyped-def]
                                                        register_doc, tmp_path) -> None:
    import subprocess

    from secledger.domain.enums import Clearance
    from secledger.services.ledger.session import open_ledger
    from secledger.store.keyslots import TEST_KDF
    from secledger.ui.panes.registration import label_print

    path, admin = make_ledger()
    dept = people.list_departments(admin)[0]
    leader = people.create_person(admin, name="张局长", department_id=dept.id,
                                  clearance=Clearance.CORE, post="局领导")
    requester = people.create_person(admin, name="刘处长", department_id=dept.id,
                                     clearance=Clearance.CORE, post="处长")
    admin.close()
    led = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    doc = register_doc(led, "年度保密工作要点", copies=2)
    req = copying.request_copy(led, copying.CopyRequestInput(
        requester_id=requester.id, copies=2, reason="学习", source_label=doc.carriers[0].label_id))
    approvals.record_paper_decision(led, approval_id=req.approval.id, approver_person_id=leader.id,
                                    approve=True, decided_on=date.today(), form_no="FZ-2")
    ctx = shell_ctx(led)
    pane = CopyingPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1000, 650)
    pane.show()
    pane.refresh()
    pane.view.selectRow(0)
    assert not pane.buttons["labels"].isEnabled()  # nothing copied yet
    dlg = CopyExecuteDialog(ctx, pane.selected(), pane)
    qtbot.addWidget(dlg)
    dlg.submit()
    pane.select_request(req.id)
    assert pane.buttons["labels"].isEnabled()
    # the options: an A4 sheet from its 8th free label (row 3, column 2)
    options = label_print.LabelOptions(2, pane)
    qtbot.addWidget(options)
    options.start.setValue(8)
    assert options.start_slot == 7 and "3" in options.where.text() and "2" in options.where.text()
    options.layout_box.setCurrentIndex(1)
    assert options.single and options.start_slot == 0 and not options.start.isEnabled()
    out = tmp_path / "copies.pdf"
    pane.print_labels(path=str(out), single=False, start=7)
    qtbot.waitUntil(lambda: out.exists() and not ctx.busy, timeout=20000)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert text.count("复制件") == 2 and "000003" in text and "000004" in text
    assert verify(led).ok
