"""发文/发出 and 登记簿 panes: dispatch refused by ordinary post beside the button, scanning
adds a carrier, registers print and export off the GUI thread, voids struck through."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from secledger.domain.enums import DispatchChannel, Register

from .test_receipt_pane import clerk_led  # noqa: F401  (fixture)


def _ctx(shell_ctx: Any, led: Any) -> Any:
    ctx = shell_ctx(ledger=led)
    ctx.errors = []
    ctx.show_error = lambda exc, parent=None: ctx.errors.append(exc)
    return ctx


def _produce(pane: Any) -> Any:
    form = pane.form
    form.department.setCurrentIndex(1)
    form.approver.setText("张局长")
    form.title.setText("关于报送年度保密工作总结的报告")
    form.mark.set_text("秘密★5年")
    form.copies.setValue(3)
    form.issued.setText("2026-11-23")
    doc = form.save()
    assert doc is not None and doc.reg_no == "发2026-00001"
    return doc


def test_dispatch_pane(qtbot: Any, shell_ctx: Any, clerk_led: Any) -> None:  # noqa: F811
    from secledger.services.registration.register import get_document
    from secledger.ui.panes.registration.dispatch import DispatchPane

    ctx = _ctx(shell_ctx, clerk_led)
    pane = DispatchPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    assert not pane.labels_button.isEnabled()
    doc = _produce(pane)
    assert pane.labels_button.isEnabled()  # labels right after registering
    pane.tabs.setCurrentIndex(1)
    assert pane.handle_scan(doc.carriers[1].label_id)
    assert pane.checked() == [doc.carriers[1].id]
    pane.unit.setText("省保密局")
    pane.channel.setCurrentIndex(pane.channel.findData(DispatchChannel.ORDINARY_POST.value))
    assert pane.send() is None
    assert "机要交通、机要通信或专人递送" in pane.send_error.text()
    assert get_document(clerk_led, doc.id).carriers[1].state == "in_store"
    pane.channel.setCurrentIndex(pane.channel.findData(DispatchChannel.CONFIDENTIAL_POST.value))
    sent = pane.send()
    assert sent is not None and sent.copies_text == "000002"
    assert get_document(clerk_led, doc.id).carriers[1].state == "dispatched"
    from secledger.services.registration.printing import document_carrier_ids

    assert doc.carriers[1].id not in document_carrier_ids(clerk_led, [doc.id])  # no label
    pane.tabs.setCurrentIndex(2)
    pane.refresh()
    assert pane.model.rowCount() == 1
    pane.view.selectRow(0)
    pane.record_receipt(received_on=date(2026, 11, 24), receipt_no="HZ-7")
    assert pane.model.row_at(0).receipt_on == date(2026, 11, 24)
    assert ctx.errors == []


def test_registers_pane_prints_exports_and_voids(qtbot: Any, shell_ctx: Any,
                                                 clerk_led: Any, tmp_path: Path,  # noqa: F811
                                                 monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QInputDialog

    from secledger.services.registration.form import DocumentDraft, submit_draft
    from secledger.ui.panes.registration.registers import RegistersPane

    for i in range(3):
        submit_draft(clerk_led, DocumentDraft(register=Register.RECEIPT, title=f"通知{i}",
                                              unit="省保密局", mark_text="机密★10年", copies=2))
    ctx = _ctx(shell_ctx, clerk_led)
    pane = RegistersPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    assert pane.model.rowCount() == 3
    pane.view.selectRow(1)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("重复登记", True))
    pane.void()
    assert ctx.errors == []
    row = pane.model.row_at(1)
    assert row.voided
    font = pane.model.data(pane.model.index(1, 0), Qt.ItemDataRole.FontRole)
    assert font.strikeOut()
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    pane.print_pdf(pdf)
    pane.export_xlsx(xlsx)
    qtbot.waitUntil(lambda: pdf.exists() and xlsx.exists() and not ctx.busy, timeout=20000)
    assert ctx.errors == []
