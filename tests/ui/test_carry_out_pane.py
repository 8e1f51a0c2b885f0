"""携带外出 pane: request in the form, approve on paper (service), issue, scan each carrier back."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt

from secledger.services.approvals import requests as approvals
from secledger.services.audit.verify import verify
from secledger.services.custody import carry_out_read, overdue
from secledger.services.people import persons as people
from secledger.ui.panes.custody.carry_out import CarryOutPane


def _setup(make_ledger: Any, register_doc: Any, *, top: bool = False) -> tuple[Any, Any, Any]:
    from secledger.domain.enums import Clearance
    from secledger.services.ledger.session import open_ledger
    from secledger.store.keyslots import TEST_KDF

    path, admin = make_ledger()
    dept = people.list_departments(admin)[0]
    leader = people.create_person(admin, name="张局长", department_id=dept.id,
                                  clearance=Clearance.CORE, post="局领导")
    bearers = [people.create_person(admin, name=n, department_id=dept.id,
                                    clearance=Clearance.CORE, post="处长")
               for n in ("刘处长", "王副处长")]
    admin.close()
    led = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    doc = register_doc(led, "项目评审材料", copies=2)
    return led, doc, (leader, *bearers)


def _fill(dlg: Any, doc: Any, bearer: int, companion: int | None = None) -> None:
    dlg.holder.setCurrentIndex(dlg.holder.findData(bearer))
    if companion is not None:
        dlg.companions.check(companion)
    dlg.labels.setPlainText("\n".join(c.label_id for c in doc.carriers))
    dlg.destination.setText("省发展和改革委员会")
    dlg.purpose.setText("参加项目评审会")
    dlg.back_on.setDate(dlg.back_on.date().addDays(2))
    dlg.measures.setPlainText("装入专用密码包，专人携带，不离身")


def test_carry_out_in_the_pane(qtbot, shell_ctx, make_ledger, register_doc,  # type: ignore[no-untyped-def]
                               tmp_path) -> None:
    led, doc, (leader, bearer, companion) = _setup(make_ledger, register_doc)
    ctx = shell_ctx(led)
    pane = CarryOutPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1100, 600)
    pane.show()
    pane.refresh()
    dlg = pane.new_request()
    qtbot.addWidget(dlg)
    dlg.labels.setPlainText(doc.carriers[0].label_id)
    assert not dlg.submit() and dlg.error.isVisible()  # nobody chosen: refused under the form
    assert "携带人" in dlg.error.text()
    _fill(dlg, doc, bearer.id, companion.id)
    dlg.foreign.setChecked(True)  # allowed below 绝密
    assert dlg.submit()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)  # refreshed from the Changes
    assert pane.model.index(0, 1).data() == "待审批"
    assert pane.model.index(0, 2).data() == "刘处长、王副处长"
    assert "携2026" in pane.status.text() or "待审批" in pane.status.text() or pane.status.text()
    pane.view.selectRow(0)
    pane.issue()
    assert pane.error.isVisible() and "须经审批" in pane.error.text()
    c = pane.selected_carry_out()
    approvals.record_paper_decision(led, approval_id=c.approval.id, approver_person_id=leader.id,
                                    approve=True, decided_on=date.today(), form_no="携审-1")
    pane.refresh()
    pane.view.selectRow(0)
    pane.issue()
    qtbot.waitUntil(lambda: pane.model.index(0, 1).data() == "外出中")
    assert not pane.error.isVisible()
    assert [i.kind for i in overdue.still_out(led)] == ["carry_out", "carry_out"]
    out = tmp_path / "form.pdf"
    pane.view.selectRow(0)
    pane.print_form(out)
    qtbot.waitUntil(lambda: out.exists() and not ctx.busy, timeout=20000)
    pane.grab().save(str(tmp_path / "carry_out_pane.png"))
    assert pane.handle_scan(doc.carriers[0].label_id)
    assert "1" in pane.status.text()
    assert pane.handle_scan(doc.carriers[0].label_id)  # not out any more: said so, nothing written
    assert pane.error.isVisible()
    assert pane.handle_scan(doc.carriers[1].label_id)
    qtbot.waitUntil(lambda: pane.model.index(0, 1).data() == "已带回")
    assert carry_out_read.list_carry_outs(led)[0].status == "returned"
    reg = tmp_path / "reg.pdf"
    pane.print_register(reg)
    qtbot.waitUntil(lambda: reg.exists() and not ctx.busy, timeout=20000)
    assert verify(led).ok


def test_top_secret_with_one_person_refused_in_the_form(qtbot, shell_ctx, make_ledger,  # type: ignore[no-untyped-def]
                                                        register_doc, tmp_path) -> None:
    from secledger.domain.enums import Register
    from secledger.domain.marks import parse_mark
    from secledger.services.registration.register import DocumentInput, register_document

    led, _doc, (_leader, bearer, _companion) = _setup(make_ledger, register_doc)
    top = register_document(led, DocumentInput(
        register=Register.RECEIPT, title="绝密文件", mark=parse_mark("绝密★30年"),
        copy_nos=(1,), unit="省委办公厅", issued_on=date.today() - timedelta(days=1)))
    ctx = shell_ctx(led, lang="en")
    pane = CarryOutPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    dlg = pane.new_request()
    qtbot.addWidget(dlg)
    _fill(dlg, top, bearer.id)
    assert not dlg.submit()
    assert "two or more" in dlg.error.text()
    assert pane.model.rowCount() == 0
    dlg.grab().save(str(tmp_path / "carry_out_dialog_en.png"))
    assert dlg.companions.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_designating_top_secret_registrars_and_couriers(qtbot, shell_ctx, make_ledger,  # type: ignore[no-untyped-def]
                                                       tmp_path) -> None:
    from secledger.domain.enums import Clearance, DispatchChannel, Register
    from secledger.domain.marks import parse_mark
    from secledger.services.custody import two_person
    from secledger.services.ledger.session import open_ledger
    from secledger.services.registration.register import DocumentInput, register_document
    from secledger.store.keyslots import TEST_KDF
    from secledger.ui.panes.people.registrars_dialog import RegistrarsDialog
    from secledger.ui.panes.registration.dispatch import DispatchPane

    path, admin = make_ledger()
    dept = people.list_departments(admin)[0]
    couriers = [people.create_person(admin, name=n, department_id=dept.id,
                                     clearance=Clearance.CORE, post="机要员")
                for n in ("周递送", "吴递送")]
    ctx = shell_ctx(admin)
    dlg = RegistrarsDialog(ctx)
    qtbot.addWidget(dlg)
    assert "李机要" in dlg.note.text()  # nobody designated: the clerks, said so
    clerk_id = next(p.id for p in people.list_people(admin) if p.name == "李机要")
    dlg.people.check(clerk_id)
    assert dlg.submit()
    assert [n for _i, n in two_person.registrars(admin).designated] == ["李机要"]
    dlg.grab().save(str(tmp_path / "registrars.png"))
    ctx.close_ledger()
    led = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    doc = register_document(led, DocumentInput(
        register=Register.RECEIPT, title="绝密来文", mark=parse_mark("绝密★30年"),
        copy_nos=(1,), unit="省委办公厅", issued_on=date.today() - timedelta(days=1)))
    ctx = shell_ctx(led, lang="en")
    pane = DispatchPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    pane.tabs.setCurrentIndex(1)
    assert pane.handle_scan(doc.carriers[0].label_id)
    pane.unit.setText("省委办公厅")
    pane.channel.setCurrentIndex(pane.channel.findData(DispatchChannel.BY_HAND.value))
    assert pane.couriers.isEnabled()
    pane.couriers.check(couriers[0].id)
    assert pane.send() is None and "two or more" in pane.send_error.text()
    pane.couriers.check(couriers[1].id)
    sent = pane.send()
    assert sent is not None and sent.couriers == ("周递送", "吴递送")
    assert verify(led).ok
