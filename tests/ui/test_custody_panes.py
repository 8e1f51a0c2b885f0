"""Handover, recall and loss panes: the main paths through the widgets (issue 7)."""

from __future__ import annotations

from typing import Any

from secledger.domain.enums import Clearance
from secledger.domain.states import Action
from secledger.services.audit.verify import verify
from secledger.services.carriers.transition import get_carrier, transition
from secledger.services.custody import loss, recall
from secledger.services.ledger.session import open_ledger
from secledger.services.people import persons as people
from secledger.store.keyslots import TEST_KDF
from secledger.ui.panes.custody.common import select_data
from secledger.ui.panes.custody.handover import HandoverPane
from secledger.ui.panes.custody.loss import LossDialog, LossPane
from secledger.ui.panes.custody.recall import RecallPane


def _office(make_ledger: Any) -> tuple[Any, list[Any]]:
    path, admin = make_ledger()
    dept = people.list_departments(admin)[0]
    leaders = [people.create_person(admin, name=n, department_id=dept.id,
                                    clearance=Clearance.CORE, post="领导")
               for n in ("张局长", "刘副局长", "陈副局长")]
    admin.close()
    return open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF), leaders


def test_handover_pane(qtbot, shell_ctx, make_ledger, register_doc, tmp_path) -> None:  # type: ignore[no-untyped-def]
    led, leaders = _office(make_ledger)
    doc = register_doc(led, "领导阅存文件", copies=2)
    for c in doc.carriers:
        with led.db.write() as s:
            transition(s, led, get_carrier(s, c.id), Action.ISSUE_TO, holder_id=leaders[0].id)
    ctx = shell_ctx(led)
    pane = HandoverPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    assert select_data(pane.giver, leaders[0].id)
    assert pane.items_model.rowCount() == 2 and "张局长" in pane.summary.text()
    select_data(pane.receiver, leaders[0].id)
    select_data(pane.witness, leaders[2].id)
    assert pane.confirm() is None and pane.error.isVisible()  # same person: refused inline
    select_data(pane.receiver, leaders[1].id)
    h = pane.confirm()
    assert h is not None and h.item_count == 2 and pane.register_model.rowCount() == 1
    out = tmp_path / "list.pdf"
    pane.print_selected(str(out))
    qtbot.waitUntil(lambda: out.exists() and not ctx.busy, timeout=20000)
    pane.resize(1100, 700)
    pane.grab().save(str(tmp_path / "handover_pane.png"))
    assert verify(led).ok
    led.close()


def test_recall_and_loss_panes(qtbot, shell_ctx, make_ledger, register_doc, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from secledger.domain.enums import Register
    from secledger.domain.marks import parse_mark
    from secledger.services.registration.register import DocumentInput, register_document

    led, _leaders = _office(make_ledger)
    doc = register_document(led, DocumentInput(
        register=Register.RECEIPT, title="须清退的文件", mark=parse_mark("机密★10年"),
        copy_nos=(1, 2), unit="省委办公厅", recall_required=True))
    ctx = shell_ctx(led)
    pane = RecallPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    assert pane.model.rowCount() == 2 and pane.issuer.count() == 2
    pane.issuer.setCurrentIndex(1)
    assert pane.unit.text() == "省委办公厅"
    pane.view.selectRow(0)
    pane.receipt.setText("回执-1")
    ret = pane.record_return()
    assert ret is not None and pane.model.rowCount() == 1
    assert pane.returns_model.rowCount() == 1
    pane.resize(1100, 700)
    pane.grab().save(str(tmp_path / "recall_pane.png"))

    dlg = LossDialog(ctx, [doc.carriers[1].id])
    qtbot.addWidget(dlg)
    assert not dlg.save()  # circumstances are required
    dlg.circumstances.setPlainText("清点时发现缺失")
    assert dlg.save() and dlg.report is not None
    lp = LossPane(ctx)
    qtbot.addWidget(lp)
    lp.show()
    lp.refresh()
    assert lp.model.rowCount() == 1
    assert lp.mark_found(dlg.report.id, doc.carriers[1].id) is not None
    assert loss.get_report(led, dlg.report.id).status == "found"
    lp.resize(1000, 300)
    lp.grab().save(str(tmp_path / "loss_pane.png"))
    assert recall.recall_list(led) == [] or len(recall.recall_list(led)) == 1
    assert verify(led).ok
    led.close()


def test_recall_pane_returns_a_batch_with_one_carrier_out(qtbot, shell_ctx, make_ledger,  # type: ignore[no-untyped-def]
                                                         tmp_path) -> None:
    from secledger.domain.enums import Register
    from secledger.domain.marks import parse_mark
    from secledger.services.registration.register import DocumentInput, register_document

    led, leaders = _office(make_ledger)
    doc = register_document(led, DocumentInput(
        register=Register.RECEIPT, title="年终清退文件", mark=parse_mark("秘密★5年"),
        copy_nos=tuple(range(1, 8)), unit="省委办公厅", recall_required=True))
    out = doc.carriers[3]
    with led.db.write() as s:
        transition(s, led, get_carrier(s, out.id), Action.ISSUE_TO, holder_id=leaders[0].id)
    ctx = shell_ctx(led)
    pane = RecallPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1100, 750)
    pane.show()
    pane.refresh()
    assert pane.model.rowCount() == 7 and "1" in pane.count.text()
    pane.issuer.setCurrentIndex(1)  # 省委办公厅: the unit to return to
    pane.view.selectAll()  # the clerk takes the whole batch
    pane.receipt.setText("回执-9")
    ret = pane.record_return()
    assert ret is not None and len(ret.items) == 6 and not pane.error.isVisible()
    assert pane.left_out.isVisible() and "张局长" in pane.left_out.text()
    assert "000004" in pane.left_out.text() and "领用" in pane.left_out.text()
    assert pane.model.rowCount() == 1  # only the carrier out is still to return
    assert [r.carrier_id for r in pane._target()] == [out.id]
    pane.grab().save(str(tmp_path / "recall_left_out.png"))
    assert verify(led).ok
    led.close()
