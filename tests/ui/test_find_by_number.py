"""Find anything by its number, as a clerk does: the ledger browser's search box and every
pane's carrier field take a scanned label, a 登记号 with or without its 份号, digits, or
words with a pick list; a carrier a field cannot use is refused with its state and holder."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from secledger.services.custody import archive, distribution
from secledger.services.people import persons as people
from secledger.ui.models.carriers import ROW_ROLE


def _show(qtbot: Any, widget: Any, size: tuple[int, int] = (1300, 760)) -> Any:
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    if hasattr(widget, "refresh"):
        widget.refresh()
    return widget


def _type(qtbot: Any, edit: Any, text: str) -> None:
    """Type *text* and Enter into *edit* (QTest types ASCII only: anything else is pasted)."""
    edit.setFocus()
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


@pytest.fixture
def staff_ledger(make_ledger: Any) -> Any:
    """A ledger opened as the clerk, with 钱处长 and 孙科长 (核心) made by the security officer."""
    from secledger.domain.enums import Clearance
    from secledger.services.ledger.session import open_ledger
    from secledger.store.keyslots import TEST_KDF

    path, admin = make_ledger()
    dept = people.list_departments(admin)[0]
    staff = [people.create_person(admin, name=n, department_id=dept.id,
                                  clearance=Clearance.CORE, post="处长") for n in ("钱处长", "孙科长")]
    admin.close()
    led = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    led.staff = staff  # type: ignore[attr-defined]
    yield led
    led.close()


def _three_copies(led: Any, register_doc: Any) -> Any:
    register_doc(led, "无关的通知", copies=1)
    return register_doc(led, "关于年度保密检查的通知", copies=3)


def test_the_browser_finds_numbers_and_opens_a_label(qtbot, shell_ctx, clerk_ledger,  # type: ignore[no-untyped-def]
                                                     register_doc) -> None:
    from secledger.ui.panes.browse.browser import BrowserPane

    led = clerk_ledger
    doc = _three_copies(led, register_doc)
    pane = _show(qtbot, BrowserPane(shell_ctx(led)))
    qtbot.waitUntil(lambda: pane.model.count_known)
    digits = doc.reg_no.split("-")[1]  # 00002
    for typed, n in ((doc.reg_no, 3), (digits, 3), (doc.reg_no[1:], 3), (f"{doc.reg_no}/000003", 1),
                     (f"{doc.reg_no} 2", 1), (doc.carriers[1].label_id, 1), ("年度保密", 3),
                     ("年度保密检查 000002", 1), ("某发〔2026〕", 4)):
        _type(qtbot, pane.search, typed)
        qtbot.waitUntil(lambda: pane.model.count_known)
        assert pane.count_label.text() == f"共 {n} 件", typed
    # a label typed or scanned opens its carrier as soon as its row is read
    _type(qtbot, pane.search, doc.carriers[2].label_id.lower())
    qtbot.waitUntil(lambda: pane.detail.detail is not None)
    assert pane.detail.detail.carrier_id == doc.carriers[2].id
    assert pane.detail.heading.text() == "关于年度保密检查的通知"
    row = pane.model.index(0, 0).data(ROW_ROLE)
    assert row.id == doc.carriers[2].id
    assert pane.table.currentIndex().row() == 0
    # the link from an earlier registration leads here
    pane.open_registration(doc.reg_no)
    qtbot.waitUntil(lambda: pane.model.count_known)
    assert pane.count_label.text() == "共 3 件" and pane.search.text() == doc.reg_no


def test_copying_takes_a_registration_number_and_copy(qtbot, shell_ctx, clerk_ledger,  # type: ignore[no-untyped-def]
                                                      register_doc) -> None:
    from secledger.ui.panes.disposal.copying import CopyingPane

    led = clerk_ledger
    doc = _three_copies(led, register_doc)
    pane = _show(qtbot, CopyingPane(shell_ctx(led)))
    _type(qtbot, pane.label, f"{doc.reg_no}/000002")  # was: 未找到载体标签
    assert not pane.error.isVisible(), pane.error.text()
    assert pane.source is not None and pane.source.carrier_id == doc.carriers[1].id
    assert "第000002份" in pane.source_text.text() or "000002" in pane.source_text.text()
    # the registration alone drops its copies to pick from; a 份号 typed next picks there
    _type(qtbot, pane.label, doc.reg_no[1:])
    assert pane.picker.matches.count() == 3
    pane.picker.matches.hidePopup()
    _type(qtbot, pane.label, "3")
    assert pane.source.carrier_id == doc.carriers[2].id
    # words find it too, through the pick list
    _type(qtbot, pane.label, "年度保密")
    assert pane.picker.matches.count() == 3
    pane.picker.matches.hidePopup()
    pane.picker.matches.activated.emit(0)
    assert pane.source.carrier_id == doc.carriers[0].id


def test_a_loan_request_takes_numbers_and_picks(qtbot, shell_ctx, staff_ledger,  # type: ignore[no-untyped-def]
                                                register_doc) -> None:
    from secledger.ui.panes.custody.loans import LoansPane
    from secledger.ui.panes.custody.loans_dialogs import LoanRequestDialog

    led = staff_ledger
    doc = _three_copies(led, register_doc)
    ctx = shell_ctx(led)
    pane = _show(qtbot, LoansPane(ctx))
    # file two copies by typing their numbers into the archive field
    for copy in ("1", "2"):
        _type(qtbot, pane.label_edit, f"{doc.reg_no[1:]}/{copy}")
        assert pane.label_edit.text() == doc.carriers[int(copy) - 1].label_id
        pane.cabinet.setText("A柜")
        pane.box.setText("1盒")
        pane.archive_scanned()
        assert "A柜/1盒" in pane.status.text()
    borrower = led.staff[0]
    dlg = LoanRequestDialog(ctx, pane)
    qtbot.addWidget(dlg)
    dlg.borrower.setCurrentIndex(dlg.borrower.findData(borrower.id))
    dlg.purpose.setText("查阅")
    _type(qtbot, dlg.picker.edit, doc.reg_no[1:])  # only the archived copies can be lent
    assert dlg.picker.matches.count() == 2
    dlg.picker.matches.hidePopup()
    dlg.picker.matches.activated.emit(1)
    assert dlg.labels.toPlainText() == f"{doc.reg_no}/000002"
    dlg.labels.setPlainText(f"{doc.reg_no}/000003")  # in store, not in the archive
    assert dlg.submit() is False
    assert "在库" in dlg.error.text() and "已归档" in dlg.error.text()
    dlg.labels.setPlainText(f"{doc.reg_no} 1\n{doc.carriers[1].label_id}")
    assert dlg.submit() is True
    assert [i.carrier.carrier_id for i in dlg.result_dto.items] == [doc.carriers[0].id,
                                                                    doc.carriers[1].id]


def test_a_scan_that_cannot_circulate_says_why(qtbot, shell_ctx, staff_ledger,  # type: ignore[no-untyped-def]
                                               register_doc, tmp_path) -> None:
    from secledger.ui.panes.custody.circulation import CirculationPane

    led = staff_ledger
    doc = _three_copies(led, register_doc)
    distribution.distribute(led, carrier_id=doc.carriers[0].id, person_id=led.staff[1].id,
                            purpose="承办")
    pane = _show(qtbot, CirculationPane(shell_ctx(led)))
    assert pane.handle_scan(doc.carriers[0].label_id) is True  # used to do nothing
    assert pane.error.isVisible()
    text = pane.error.text()
    assert "领用" in text and "孙科长" in text and "在库、传阅中" in text, text
    assert pane.carrier is None
    pane.grab().save(str(tmp_path / "circulation_refusal.png"))
    # a registration lists only the copies that can circulate
    _type(qtbot, pane.find_edit, doc.reg_no[1:])
    assert pane.matches.count() == 2
    pane.matches.hidePopup()
    _type(qtbot, pane.find_edit, f"{doc.reg_no[1:]}/3")
    assert pane.carrier is not None and pane.carrier.carrier_id == doc.carriers[2].id
    assert not pane.error.isVisible()


def test_destruction_stocktake_handover_recall_and_loss_take_numbers(  # type: ignore[no-untyped-def]
        qtbot, shell_ctx, clerk_ledger, register_doc, monkeypatch) -> None:
    from secledger.domain.enums import Register
    from secledger.domain.marks import parse_mark
    from secledger.services.custody import stocktake as stk
    from secledger.services.registration.register import DocumentInput, register_document
    from secledger.ui.panes.custody.common import selected_rows
    from secledger.ui.panes.custody.handover import HandoverPane
    from secledger.ui.panes.custody.loss import LossPane
    from secledger.ui.panes.custody.recall import RecallPane
    from secledger.ui.panes.custody.stocktake import StocktakePane
    from secledger.ui.panes.disposal.destruction import DestructionPane
    from secledger.ui.widgets import carrier_picker

    led = clerk_ledger
    doc = _three_copies(led, register_doc)
    ctx = shell_ctx(led)
    dest = _show(qtbot, DestructionPane(ctx))
    assert dest.new_manifest() is not None
    _type(qtbot, dest.scan, f"{doc.reg_no}/000001")
    assert dest.lines.rowCount() == 1 and dest.scan.text() == ""

    for c in doc.carriers:
        archive.archive_carrier(led, carrier_id=c.id, cabinet="档案柜A", box="1盒")
    st = _show(qtbot, StocktakePane(ctx))
    st.location.setText("档案柜A/1盒")
    st.checkers.setText("李机要，王保密")
    started = st.start()
    assert started is not None
    _type(qtbot, st.label_edit, f"{doc.reg_no[1:]} 2")
    assert stk.counts(led, started.id).found == 1 and "000002" in st.last.text()
    _type(qtbot, st.label_edit, "CAAAAAAAAAAA")  # an unknown label is still recorded
    assert stk.counts(led, started.id).unexpected == 1

    hand = _show(qtbot, HandoverPane(ctx))
    assert hand.handle_scan(doc.carriers[1].label_id)
    assert hand.giver.currentData() == led.user.person_id
    assert hand.items_view.currentIndex().isValid()

    rec = _show(qtbot, RecallPane(ctx))
    assert rec.handle_scan(doc.carriers[0].label_id)
    assert "清退" in rec.error.text() and not rec.view.selectionModel().selectedRows()
    due = register_document(led, DocumentInput(
        register=Register.RECEIPT, title="须清退的文件", mark=parse_mark("机密★10年"),
        copy_nos=(1, 2), unit="省保密局", recall_required=True))
    rec.refresh()
    _type(qtbot, rec.picker.edit, f"{due.reg_no}/2")
    chosen = [i.carrier_id for i in selected_rows(rec.view)]
    assert chosen == [due.carriers[1].id] and not rec.error.isVisible()

    loss = _show(qtbot, LossPane(ctx))
    picked: list[Any] = []

    def fake_pick(ctx_: Any, use: Any, title: str, parent: Any) -> Any:
        dlg = carrier_picker.PickCarrierDialog(ctx_, use, title, parent)
        qtbot.addWidget(dlg)
        _type(qtbot, dlg.picker.edit, f"{doc.reg_no}/3")
        assert dlg.ok_button.isEnabled() and "000003" in dlg.chosen.text()
        picked.append(dlg.item)
        return None  # the clerk cancels the report itself

    monkeypatch.setattr("secledger.ui.panes.custody.loss.pick_carrier", fake_pick)
    loss.new_by_label()
    assert picked[0].carrier_id == doc.carriers[2].id


def test_dispatch_lists_the_registration_a_number_names(qtbot, shell_ctx, clerk_ledger,  # type: ignore[no-untyped-def]
                                                        register_doc) -> None:
    from secledger.ui.panes.registration.dispatch import DispatchPane

    led = clerk_ledger
    doc = _three_copies(led, register_doc)
    pane = _show(qtbot, DispatchPane(shell_ctx(led)))
    pane.tabs.setCurrentIndex(1)
    _type(qtbot, pane.label_edit, f"{doc.reg_no[1:]}/2")
    assert pane.copies.count() == 3 and pane.checked() == [doc.carriers[1].id]
    _type(qtbot, pane.label_edit, doc.reg_no.split("-")[1])  # 00002: the registration number
    assert pane.copies.count() == 3 and pane.checked() == []
    _type(qtbot, pane.label_edit, "收2031-00009")
    assert "收2031-00009" in pane.send_error.text()
