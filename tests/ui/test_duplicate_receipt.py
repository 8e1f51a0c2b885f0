"""Duplicate receipts at the receipt form, as a clerk meets them: the same unit and 文号 again
shows the earlier registration with a link that opens it in the ledger browser; 份号 already
on the ledger are refused beside the copy numbers until recorded as a separate receipt with a
reason."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text


def _fill(form: Any, copies: int, copy_nos: str) -> None:
    form.unit.setText("国家保密局")
    form.doc_no.setText("国保发〔2026〕12号")
    form.doc_no.editingFinished.emit()  # the clerk tabs on from 文号
    form.title.setText("关于加强涉密载体管理的通知")
    form.mark.set_text("机密★10年")
    form.copies.setValue(copies)
    form.copy_nos.setText(copy_nos)


def test_a_repeated_receipt_is_warned_refused_and_recorded_apart(  # type: ignore[no-untyped-def]
        qtbot, shell_ctx, clerk_ledger) -> None:
    from secledger.ui.main_window import MainWindow

    led = clerk_ledger
    ctx = shell_ctx(ledger=led)
    errors: list[Exception] = []
    ctx.show_error = lambda exc, parent=None: errors.append(exc)  # type: ignore[method-assign]
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.show_pane("receipt")
    pane = win.current_pane()
    form = pane.form
    _fill(form, 3, "1-3")
    assert not form.repeat.isVisibleTo(form)  # nothing received before
    first = form.save()
    assert first is not None and errors == []

    # the same unit and 文号 again: the form says so at once, with a link
    _fill(form, 3, "3-5")
    assert form.repeat.isVisibleTo(form)
    note = form.repeat.note.text()
    assert first.reg_no in note and "000001-000003" in note and f'href="{first.reg_no}"' in note
    assert form.save() is None  # 份号 000003 is on the ledger already
    refusal = form.errors["copy_nos"].text()
    assert "000003" in refusal and first.reg_no in refusal and "另行登记" in refusal
    assert errors == []

    # a separate receipt needs a reason; with it, it is registered and the reason recorded
    form.separate.setChecked(True)
    assert form.separate_reason.isEnabled()
    assert form.save() is None and form.errors["separate_reason"].isVisible()
    form.separate_reason.setText("来文单位重发")
    second = form.save()
    assert second is not None and errors == []
    with led.db.read() as s:
        payload = s.execute(text("SELECT payload FROM events WHERE kind = 'document.registered'"
                                 " AND document_id = :d"), {"d": second.id}).scalar_one()
    assert json.loads(payload)["separate_receipt"]["reason"] == "来文单位重发"
    assert not form.repeat.isVisibleTo(form)  # the next entry starts clean

    # the link opens the earlier registration in the ledger browser
    _fill(form, 1, "9")
    form.repeat.note.linkActivated.emit(first.reg_no)
    qtbot.waitUntil(lambda: win.current_key == "browser")
    browser = win.current_pane()
    assert browser.search.text() == first.reg_no
    qtbot.waitUntil(lambda: browser.detail.detail is not None)
    assert browser.detail.detail.document.reg_no == first.reg_no
    qtbot.waitUntil(lambda: browser.model.count_known)
    assert browser.count_label.text() == "共 3 件"
