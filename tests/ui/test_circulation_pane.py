"""The 传阅 pane driven by keyboard and scanner input (issue 5 §6)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from .wf5_helpers import office_ledger_fixture  # noqa: F401  (the office_ledger fixture)


def _press_enter_on_focus(qtbot: Any, pane: Any) -> None:
    """Enter on the pane's focus widget (offscreen windows may not be active)."""
    w = pane.focusWidget()
    assert w is not None
    qtbot.keyClick(w, Qt.Key.Key_Return)


def test_three_readers_by_keyboard_and_scanner(qtbot: Any, shell_ctx: Any, office_ledger: Any,
                                                tmp_path: Path) -> None:
    from secledger.services.custody import circulation
    from secledger.ui.panes.custody.circulation import CirculationPane

    doc, leaders, low, clock = office_ledger.fixture
    label = doc.carriers[0].label_id
    ctx = shell_ctx(ledger=office_ledger)
    errors: list[Exception] = []
    ctx.show_error = lambda exc, parent=None: errors.append(exc)  # type: ignore[method-assign]
    pane = CirculationPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    pane.refresh()
    pane.activateWindow()

    # choose the carrier by typing (the digits of) its 登记号 and Enter
    pane.find_edit.setFocus()
    qtbot.keyClicks(pane.find_edit, doc.reg_no[1:])  # QTest types ASCII only
    qtbot.keyClick(pane.find_edit, Qt.Key.Key_Return)
    assert pane.carrier is not None and pane.carrier.carrier_id == doc.carriers[0].id
    assert "绝密★长期" in pane.info.text()

    # a reader without clearance is refused, naming the rule
    pane.reader.setCurrentIndex(pane.reader.findData(low.id))
    pane.buttons["sendButton"].setFocus()
    _press_enter_on_focus(qtbot, pane)
    assert [getattr(e, "code", "") for e in errors] == ["access.clearance"]

    # plan three readers from the keyboard, save with Enter
    for p in leaders:
        pane.reader.setCurrentIndex(pane.reader.findData(p.id))
        pane.buttons["addToPlan"].setFocus()
        _press_enter_on_focus(qtbot, pane)
    assert pane.plan_ids() == [p.id for p in leaders]
    pane.buttons["savePlan"].setFocus()
    _press_enter_on_focus(qtbot, pane)
    assert pane.focusWidget() is pane.buttons["sendNext"]
    _press_enter_on_focus(qtbot, pane)  # → 张局长
    assert pane.model.rowCount() == 1 and pane.model.row_at(0).leg.reader_name == "张局长"
    pane.resize(1200, 700)
    pane.grab().save(str(tmp_path / "circulation.png"))

    for i, nxt in enumerate(["刘副局长", "陈副局长", None]):
        clock.t = clock.t.replace(minute=clock.t.minute + 10)
        # the scanner types the label and Enter into the focused field
        assert pane.focusWidget() is pane.find_edit
        qtbot.keyClicks(pane.find_edit, label)
        qtbot.keyClick(pane.find_edit, Qt.Key.Key_Return)
        assert pane.model.rowCount() == 0, (i, errors, pane.status.text())
        if nxt is None:
            assert "Next reader" not in pane.status.text() and "下一位" not in pane.status.text()
            break
        assert nxt in pane.status.text()
        assert pane.focusWidget() is pane.buttons["sendNext"]
        _press_enter_on_focus(qtbot, pane)
        assert pane.model.row_at(0).leg.reader_name == nxt
    assert errors[1:] == []
    legs = circulation.legs_of(office_ledger, doc.carriers[0].id)
    assert [x.reader_name for x in legs] == ["张局长", "刘副局长", "陈副局长"]
    assert all(x.returned_at is not None for x in legs)

    # a scan while another pane would handle it: handle_scan takes it too
    assert pane.handle_scan(label) is True
    assert pane.carrier is not None and pane.carrier.state == "in_store"

    out = tmp_path / "slip.pdf"
    pane.print_slip(out)
    qtbot.waitUntil(lambda: out.exists() and not ctx.busy, timeout=10000)
