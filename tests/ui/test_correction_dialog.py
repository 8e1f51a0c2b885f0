"""更正 dialog of the 登记簿 pane: descriptive facts are corrected with a reason; the mark and
the 不得复制/须清退 marks are read-only (with the reason) once anything happened to the
document; a refusal shows under the form and the dialog stays open."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from secledger.services.audit.verify import verify
from secledger.services.custody import distribution
from secledger.services.registration.register import get_document

from .test_receipt_pane import clerk_led  # noqa: F401  (fixture)


def _open(qtbot: Any, shell_ctx: Any, led: Any, register_doc: Any) -> Any:
    from secledger.ui.panes.registration.registers import RegistersPane

    ctx = shell_ctx(ledger=led)
    ctx.errors = []
    ctx.show_error = lambda exc, parent=None: ctx.errors.append(exc)
    doc = register_doc(led, title="关于加强保密管理的通")
    pane = RegistersPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    pane.view.selectRow(0)
    return ctx, pane, doc


def _shot(widget: Any, tmp_path: Path, name: str) -> None:
    if os.environ.get("SECLEDGER_SHOTS"):  # look at it: SECLEDGER_SHOTS=1 pytest ... then open the PNG
        widget.grab().save(str(tmp_path / f"{name}.png"))


def test_descriptive_correction_through_the_dialog(qtbot: Any, shell_ctx: Any, clerk_led: Any,  # noqa: F811
                                                   register_doc: Any, tmp_path: Path) -> None:
    ctx, pane, doc = _open(qtbot, shell_ctx, clerk_led, register_doc)
    distribution.distribute(clerk_led, person_id=doc.carriers[0].holder_id,
                            carrier_id=doc.carriers[1].id)
    dialog = pane.correct()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    # the governed facts are shown, read-only, with the reason
    assert dialog.mark.isReadOnly() and dialog.mark.text() == "机密★10年"
    assert not dialog.no_copy.isEnabled() and not dialog.recall.isEnabled()
    assert "定密责任人" in dialog.governed_note.text()
    _shot(dialog, tmp_path, "correction_closed")
    dialog.title_edit.setText("关于加强保密管理的通知")
    dialog.pages.setValue(7)
    dialog.issued.setDate(dialog.issued.date().addDays(2))
    assert dialog.changes() == {"title": "关于加强保密管理的通知", "pages": 7,
                                "issued_on": date(2026, 1, 7)}
    assert not dialog.submit()  # no reason yet: refused under the form, dialog still open
    assert dialog.error.isVisible() and "原因" in dialog.error.text() and dialog.isVisible()
    dialog.reason.setText("标题漏字")
    assert dialog.submit()
    assert not dialog.isVisible() and ctx.errors == []
    after = get_document(clerk_led, doc.id)
    assert (after.title, after.pages, after.issued_on) == ("关于加强保密管理的通知", 7,
                                                          date(2026, 1, 7))
    assert pane.model.row_at(0).title == "关于加强保密管理的通知"  # the pane refreshed
    assert verify(clerk_led).ok


def test_mark_refused_inline_and_editable_only_before_anything_happened(
        qtbot: Any, shell_ctx: Any, clerk_led: Any, register_doc: Any,  # noqa: F811
        tmp_path: Path) -> None:
    ctx, pane, doc = _open(qtbot, shell_ctx, clerk_led, register_doc)
    dialog = pane.correct()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    # nothing happened since the registration: a typing error in the mark can be fixed
    assert not dialog.mark.isReadOnly() and dialog.no_copy.isEnabled()
    _shot(dialog, tmp_path, "correction_open")
    # meanwhile the copy is handed out (another window, another clerk): the form is stale
    distribution.distribute(clerk_led, person_id=doc.carriers[0].holder_id,
                            carrier_id=doc.carriers[0].id)
    dialog.mark.setText("秘密★1年")
    dialog.reason.setText("录入错误")
    assert not dialog.submit()
    assert dialog.isVisible() and ctx.errors == []
    assert "原定密机关或本单位定密责任人" in dialog.error.text()
    assert "不能通过更正修改" in dialog.error.text()
    _shot(dialog, tmp_path, "correction_refused")
    assert get_document(clerk_led, doc.id).mark == "机密★10年"
    dialog.reject()
    assert verify(clerk_led).ok
