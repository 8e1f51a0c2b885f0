"""QA walkthrough polish: enum labels in English, the empty destruction manifest, people's
names in the history, focus after picking a copy, empty tables that look like forms."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from secledger.domain.errors import RuleViolation
from secledger.services.browse import query as browse
from secledger.services.disposal import destruction
from secledger.services.people import persons as people
from secledger.ui import app as uiapp
from secledger.ui import labels


def _show(qtbot: Any, widget: Any, size: tuple[int, int] = (1200, 760)) -> Any:
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _browser(qtbot: Any, ctx: Any) -> Any:
    from secledger.ui.panes.browse.browser import BrowserPane

    pane = _show(qtbot, BrowserPane(ctx))
    pane.refresh()
    qtbot.waitUntil(lambda: pane.model.count_known)
    return pane


def _receipt(qtbot: Any, ctx: Any) -> Any:
    from secledger.ui.panes.registration.receipt import ReceiptPane

    pane = _show(qtbot, ReceiptPane(ctx))
    pane.refresh()
    return pane


def _cells(model: Any, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


# -- 1. enum labels follow the interface language ----------------------------------------
def test_english_interface_shows_english_enum_labels(qtbot, qapp, shell_ctx, clerk_ledger,  # type: ignore[no-untyped-def]
                                                     register_doc) -> None:
    from secledger.ui.models import carriers as cm

    register_doc(clerk_ledger, copies=1)
    uiapp.install_translators(qapp, "en")
    try:
        assert labels.language() == "en"
        ctx = shell_ctx(clerk_ledger, lang="en")
        browser = _browser(qtbot, ctx)
        assert _cells(browser.model, cm.STATE) == ["In store"]
        assert _cells(browser.model, cm.TYPE) == ["Paper"]
        receipt = _receipt(qtbot, ctx)
        combo = receipt.form.mark.level
        assert "Secret" in [combo.itemText(i) for i in range(combo.count())]
        browser.model.wait_idle()
    finally:
        uiapp.install_translators(qapp, "zh_CN")


def test_chinese_interface_keeps_chinese_labels(qtbot, shell_ctx, clerk_ledger,  # type: ignore[no-untyped-def]
                                                register_doc) -> None:
    from secledger.ui.models import carriers as cm

    register_doc(clerk_ledger, copies=1)
    ctx = shell_ctx(clerk_ledger)
    assert labels.language() == "zh_CN"
    browser = _browser(qtbot, ctx)
    assert _cells(browser.model, cm.STATE) == ["在库"]
    receipt = _receipt(qtbot, ctx)
    combo = receipt.form.mark.level
    items = [combo.itemText(i) for i in range(combo.count())]
    assert "机密" in items and "Secret" not in items
    browser.model.wait_idle()


# -- 2. an empty destruction manifest ---------------------------------------------------
def test_empty_manifest_totals_and_submit(qtbot, shell_ctx, clerk_ledger, register_doc) -> None:  # type: ignore[no-untyped-def]
    from secledger.ui.panes.disposal.destruction import DestructionPane

    doc = register_doc(clerk_ledger, copies=1)
    pane = _show(qtbot, DestructionPane(shell_ctx(clerk_ledger)))
    pane.refresh()
    assert pane.new_manifest() is not None
    assert pane.totals_label.text() == "合计 0 件"
    assert not pane.buttons["submit"].isEnabled()
    pane.scan.setText(doc.carriers[0].label_id)
    qtbot.keyClick(pane.scan, Qt.Key.Key_Return)
    assert pane.lines.rowCount() == 1
    assert pane.totals_label.text() == "合计 1 件：机密 1，纸质 1"
    assert pane.buttons["submit"].isEnabled()
    pane.line_view.selectRow(0)
    pane.remove_selected()
    assert pane.lines.rowCount() == 0 and pane.totals_label.text() == "合计 0 件"
    assert not pane.buttons["submit"].isEnabled()


def test_service_refuses_an_emptied_manifest(clerk_ledger, register_doc) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    doc = register_doc(led, copies=1)
    m = destruction.new_manifest(led)
    cid = doc.carriers[0].id
    destruction.add_item(led, manifest_id=m.id, carrier_id=cid)
    destruction.remove_items(led, manifest_id=m.id, carrier_ids=[cid])
    admin = next(p for p in people.list_people(led) if p.name == "王保密")
    destruction.set_checker(led, manifest_id=m.id, checker_id=admin.id)
    with pytest.raises(RuleViolation) as exc:
        destruction.submit(led, manifest_id=m.id)
    assert exc.value.code == "destruction.empty"
    assert m.reg_no in exc.value.message() and "扫描或选择" in exc.value.message()
    assert "scan or pick" in exc.value.message("en")
    assert destruction.get_manifest(led, m.id).status == "draft"


# -- 3. history names the person, not the account ----------------------------------------
def test_history_shows_the_persons_name(qtbot, clerk_ledger, register_doc) -> None:  # type: ignore[no-untyped-def]
    from secledger.ui.widgets.detail_panel import DetailPanel

    doc = register_doc(clerk_ledger, copies=1)
    detail = browse.carrier_detail(clerk_ledger, doc.carriers[0].id)
    first = detail.events[0]
    assert (first.username, first.actor_name, first.actor) == ("clerk", "李机要", "李机要")
    panel = _show(qtbot, DetailPanel())
    panel.show_detail(detail)
    user = panel.events.index(0, 1)
    assert user.data() == "李机要"
    assert user.data(Qt.ItemDataRole.ToolTipRole) == "clerk"


# -- 4. after picking a copy the clerk types on in the reader field ------------------------
def test_picking_a_copy_moves_focus_to_the_reader(qtbot, shell_ctx, clerk_ledger,  # type: ignore[no-untyped-def]
                                                  register_doc) -> None:
    from secledger.ui.panes.custody.circulation import CirculationPane

    doc = register_doc(clerk_ledger, copies=2)
    pane = _show(qtbot, CirculationPane(shell_ctx(clerk_ledger)))
    pane.refresh()
    pane.activateWindow()
    pane.find_edit.setFocus()
    qtbot.keyClicks(pane.find_edit, doc.reg_no[1:])
    qtbot.keyClick(pane.find_edit, Qt.Key.Key_Return)
    assert pane.matches.count() == 2
    popup = pane.matches.view()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert pane.carrier is not None and pane.carrier.carrier_id == doc.carriers[1].id
    assert pane.focusWidget() is pane.reader


# -- 5. empty tables look like forms with columns -----------------------------------------
def test_empty_tables_keep_useful_column_widths(qtbot, shell_ctx, clerk_ledger) -> None:  # type: ignore[no-untyped-def]
    from secledger.ui.panes.custody.circulation import CirculationPane
    from secledger.ui.panes.custody.handover import HandoverPane
    from secledger.ui.widgets.columns import MIN_WIDTH, source_header

    ctx = shell_ctx(clerk_ledger)
    for pane in (CirculationPane(ctx), HandoverPane(ctx)):
        _show(qtbot, pane, (1400, 800))
        pane.refresh()
        from PySide6.QtWidgets import QTableView

        for view in pane.findChildren(QTableView):
            model, header = view.model(), view.horizontalHeader()
            assert model.rowCount() == 0
            widths = {source_header(model, c): header.sectionSize(c) for c in range(header.count())}
            assert min(widths.values()) >= MIN_WIDTH, widths
            if "Title" in widths:
                assert widths["Title"] >= 250, widths
            last = source_header(model, header.count() - 1)
            assert header.stretchLastSection() == (last in ("Title", "Remarks", "Reason",
                                                            "Purpose")), last
