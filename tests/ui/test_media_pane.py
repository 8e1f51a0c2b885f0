"""The devices and media pane: register an item, scan its label from anywhere, lend it and
take it back, a repair from request to return, the prints; read-only for the auditor."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from secledger.domain.enums import Classification, Clearance, Role
from secledger.domain.media import MediaType, RepairMode
from secledger.services.approvals import requests as approvals
from secledger.services.audit.verify import verify
from secledger.services.media import items, read
from secledger.services.media.items import MediaInput
from secledger.services.people import persons as people
from secledger.ui.panes.media.dialogs import (
    ItemDialog,
    LoanDialog,
    RepairDialog,
    RepairReturnDialog,
)
from secledger.ui.panes.media.pane import MediaPane


def _office(make_ledger: Any, username: str = "clerk") -> tuple[Any, Any, Any]:
    from secledger.services.ledger.session import open_ledger
    from secledger.services.people import accounts
    from secledger.store.keyslots import TEST_KDF

    path, admin = make_ledger()
    dept = people.list_departments(admin)[0]
    leader = people.create_person(admin, name="张局长", department_id=dept.id,
                                  clearance=Clearance.CORE, post="局领导")
    staff = people.create_person(admin, name="刘处长", department_id=dept.id,
                                 clearance=Clearance.CORE, post="处长")
    accounts.create_user(admin, username="auditor", password="Auditor1234", person_id=staff.id,
                         roles={Role.AUDITOR}, must_change_password=False)
    admin.close()
    secret = "Clerk1234" if username == "clerk" else "Auditor1234"
    return open_ledger(path, username=username, password=secret, kdf=TEST_KDF), leader, staff


def _pane(qtbot: Any, ctx: Any) -> MediaPane:
    pane = MediaPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1200, 760)
    pane.show()
    pane.refresh()
    return pane


def test_register_scan_lend_and_repair_in_the_pane(qtbot, shell_ctx, make_ledger,  # type: ignore[no-untyped-def]
                                                   tmp_path: Path) -> None:
    led, leader, staff = _office(make_ledger)
    ctx = shell_ctx(led)
    pane = _pane(qtbot, ctx)
    dlg = ItemDialog(ctx, pane)
    qtbot.addWidget(dlg)
    dlg.kind.setCurrentIndex(dlg.kind.findData(MediaType.USB.value))
    dlg.device_no.setText("BM-U-007")
    dlg.brand.setText("朗科 U208 32G")
    assert not dlg.submit() and "责任人" in dlg.error.text()  # no holder chosen
    dlg.holder.setCurrentIndex(dlg.holder.findData(led.user.person_id))
    assert dlg.submit()
    usb = dlg.result_dto
    assert usb.label_id.startswith("M") and pane.model.rowCount() == 1  # refreshed by Changes
    pc = items.register_item(led, MediaInput(
        media_type=MediaType.COMPUTER, device_no="BM-JSJ-001", level=Classification.TOP_SECRET,
        holder_id=staff.id, brand_model="联想 启天M430", location="机要室"))
    pane.refresh()
    assert pane.handle_scan(usb.label_id) and pane.selected().id == usb.id
    assert "BM-U-007" in pane.detail.fields["item"].text() and pane.detail.history.rowCount() == 1
    assert not pane.handle_scan("C0123456789A")  # a carrier's label is not the pane's

    loan = LoanDialog(ctx, pane.selected(), pane)
    qtbot.addWidget(loan)
    loan.borrower.setCurrentIndex(loan.borrower.findData(staff.id))
    loan.purpose.setText("外出开会拷贝材料")
    assert loan.submit()
    approvals.record_paper_decision(led, approval_id=loan.result_dto.approval.id,
                                    approver_person_id=leader.id, approve=True,
                                    decided_on=date.today(), form_no="JY-1")
    pane.loans.refresh()
    pane.loans.view.selectRow(0)
    assert pane.loans.lend() is not None
    assert read.get_item(led, usb.id).holder_id == staff.id
    pane.loans.view.selectRow(0)
    assert pane.loans.return_loan() is not None
    assert read.get_item(led, usb.id).holder_id == led.user.person_id

    pane.select(pc.id)
    rep = RepairDialog(ctx, pane.selected(), pane)
    qtbot.addWidget(rep)
    rep.requester.setCurrentIndex(rep.requester.findData(staff.id))
    rep.fault.setPlainText("硬盘异响")
    rep.mode.setCurrentIndex(rep.mode.findData(RepairMode.ON_SITE.value))
    rep.unit.setText("某某信息技术有限公司")
    rep.agreement.setChecked(True)
    assert not rep.submit() and "旁站陪同" in rep.error.text()  # no escort, storage inside
    rep.escort.setCurrentIndex(rep.escort.findData(led.user.person_id))
    assert rep.submit()
    approvals.record_paper_decision(led, approval_id=rep.result_dto.approval.id,
                                    approver_person_id=leader.id, approve=True,
                                    decided_on=date.today(), form_no="WX-1")
    pane.repairs.refresh()
    pane.repairs.view.selectRow(0)
    assert pane.repairs.send() is not None
    back = RepairReturnDialog(ctx, pane.repairs.selected_repair(), pane)
    qtbot.addWidget(back)
    back.work.setPlainText("更换硬盘")
    back.replaced.setPlainText("WD-123456")
    assert back.submit() and back.result_dto.replaced == ("BM-JSJ-001-拆1",)
    out = tmp_path / "form.pdf"
    pane.repairs.view.selectRow(0)
    pane.repairs.print_form(out)
    qtbot.waitUntil(lambda: out.exists() and not ctx.busy, timeout=20000)
    pane.tabs.setCurrentIndex(0)
    pane.refresh()
    assert pane.model.rowCount() == 3
    pane.view.selectAll()
    labels = tmp_path / "labels.pdf"
    pane.print_labels(labels, single=False)
    qtbot.waitUntil(lambda: labels.exists() and not ctx.busy, timeout=20000)
    for register in (read.COMPUTERS, read.STORAGE):
        target = tmp_path / f"{register}.pdf"
        pane.print_register(register, target)
        qtbot.waitUntil(lambda t=target: t.exists() and not ctx.busy, timeout=20000)
    pane.select(pc.id)
    pane.grab().save(str(tmp_path / "media_pane.png"))
    assert verify(led).ok


def test_read_only_for_the_auditor(qtbot, shell_ctx, make_ledger) -> None:  # type: ignore[no-untyped-def]
    led, _leader, _staff = _office(make_ledger, "auditor")
    ctx = shell_ctx(led)
    pane = _pane(qtbot, ctx)
    assert not any(b.isEnabled() for b in pane.buttons.values()) and not pane.more.isEnabled()
    assert not any(b.isEnabled() for b in pane.loans.buttons.values())
    assert all(b.isEnabled() for b in pane.repairs.print_buttons.values())


def test_a_device_label_scanned_anywhere_opens_the_item(qtbot, shell_ctx, make_ledger) -> None:  # type: ignore[no-untyped-def]
    from secledger.ui.main_window import MainWindow

    led, _leader, staff = _office(make_ledger)
    usb = items.register_item(led, MediaInput(media_type=MediaType.USB, device_no="BM-U-001",
                                              level=Classification.SECRET, holder_id=staff.id))
    ctx = shell_ctx(led)
    ctx.idle_timeout_ms = 600_000
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.show_pane("receipt")  # another pane is current
    assert win.handle_scan(usb.label_id)
    assert win.current_key == "media"
    pane = win.current_pane()
    assert isinstance(pane, MediaPane) and pane.selected().id == usb.id
    assert win.handle_scan("M0000000000A")  # no such device: the pane says so
    assert "M0000000000A" in pane.error.text()
    win.close()
