"""清查盘点 pane driven by barcode-scanner input (issue 7 §5)."""

from __future__ import annotations

import subprocess
from typing import Any

from PySide6.QtCore import Qt

from secledger.domain.states import Action
from secledger.services.audit.verify import verify
from secledger.services.carriers.transition import get_carrier, transition
from secledger.services.custody import stocktake as stk
from secledger.ui.panes.custody.stocktake import StocktakePane
from secledger.ui.widgets.scanner import ScannerFilter


def _archive(led: Any, cid: int, where: str) -> None:
    with led.db.write() as s:
        c = get_carrier(s, cid)
        transition(s, led, c, Action.ARCHIVE, location=where)


def _scan(qtbot: Any, widget: Any, label: str) -> None:
    """What a scanner does: the label's characters and Enter, a few ms apart."""
    qtbot.keyClicks(widget, label)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_stocktake_by_scanner(qtbot, shell_ctx, clerk_ledger, register_doc, tmp_path) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    doc = register_doc(led, "档案柜A的文件", copies=3)
    other = register_doc(led, "别处的文件", copies=1)
    for c in doc.carriers:
        _archive(led, c.id, "档案柜A")
    _archive(led, other.carriers[0].id, "档案柜B")
    ctx = shell_ctx(led)
    pane = StocktakePane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    pane.location.setText("档案柜A")
    pane.checkers.setText("李机要，王保密")
    st = pane.start()
    assert st is not None and pane.check_model.rowCount() == 3
    assert "0" in pane.counts.text() and "3" in pane.counts.text()

    scanner = ScannerFilter(pane, clock=lambda: 0.0)  # every key "within a few ms"
    scanner.scanned.connect(pane.handle_scan)
    scanner.install()
    try:
        pane.activateWindow()
        pane.check_view.setFocus()  # not a text field: the filter takes the burst
        qtbot.waitUntil(pane.check_view.hasFocus)
        _scan(qtbot, pane.check_view, doc.carriers[0].label_id)
        qtbot.waitUntil(lambda: stk.counts(led, st.id).found == 1)
        _scan(qtbot, pane.check_view, doc.carriers[0].label_id)  # twice: harmless
        _scan(qtbot, pane.check_view, other.carriers[0].label_id)
        qtbot.waitUntil(lambda: stk.counts(led, st.id).unexpected == 1)
    finally:
        scanner.remove()
    assert stk.counts(led, st.id) == stk.Counts(3, 1, 2, 1)
    assert pane.extra_model.rowCount() == 1
    assert "档案柜B" in pane.extra_model.index(0, 8).data()
    # typing a label into the pane's own field works as well
    pane.label_edit.setText(doc.carriers[1].label_id)
    qtbot.keyClick(pane.label_edit, Qt.Key.Key_Return)
    assert stk.counts(led, st.id).found == 2
    assert "已核 2" in pane.counts.text() or "2" in pane.counts.text()
    statuses = [pane.check_model.index(r, 0).data() for r in range(3)]
    assert statuses.count("已核") == 2 and statuses.count("未见") == 1

    res = pane.finish()
    assert res is not None and [i.carrier_id for i in res.missing] == [doc.carriers[2].id]
    assert [pane.check_model.index(r, 0).data() for r in range(3)].count("缺失") == 1
    assert not pane.handle_scan(doc.carriers[2].label_id)  # closed: leave it to other panes
    out = tmp_path / "report.pdf"
    pane.print_report(str(out))
    qtbot.waitUntil(lambda: out.exists() and not ctx.busy, timeout=20000)
    pane.grab().save(str(tmp_path / "stocktake_pane.png"))
    assert verify(led).ok


def test_stocktake_of_a_cabinet_as_an_office_does_it(qtbot, shell_ctx, clerk_ledger,  # type: ignore[no-untyped-def]
                                                     register_doc, tmp_path) -> None:
    """A cabinet includes its boxes; two checkers; an empty scope says so; an open stocktake
    is cancelled with a reason; the report starts its lists on page 1."""
    led = clerk_ledger
    doc = register_doc(led, "C柜二层的文件", copies=2)
    _archive(led, doc.carriers[0].id, "档案室C柜/2层05盒")
    _archive(led, doc.carriers[1].id, "档案室C柜")
    ctx = shell_ctx(led)
    pane = StocktakePane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    pane.show()
    pane.refresh()
    assert "档案室C柜/2层05盒" in pane.places.stringList() and "档案室C柜" in pane.places.stringList()
    pane.location.setText("档案室X柜")
    qtbot.waitUntil(lambda: "档案室" in pane.scope_hint.text() or "没有" in pane.scope_hint.text())
    pane.checkers.setText("李机要，王保密")
    assert pane.start() is None and "档案室C柜" in pane.error.text()  # names the known places
    pane.location.setText("档案室C柜")
    qtbot.waitUntil(lambda: "2" in pane.scope_hint.text())
    pane.checkers.setText("李机要")
    assert pane.start() is None and "两名" in pane.error.text()
    pane.checkers.setText("李机要，王保密")
    st = pane.start()
    assert st is not None and pane.check_model.rowCount() == 2
    pane.label_edit.setText(doc.carriers[0].label_id)  # found in the box, inside the cabinet
    qtbot.keyClick(pane.label_edit, Qt.Key.Key_Return)
    assert "✔" in pane.last.text() and stk.counts(led, st.id).found == 1
    res = pane.finish()
    assert res is not None and not res.misplaced and not res.unexpected
    out = tmp_path / "report.pdf"
    pane.print_report(str(out))
    qtbot.waitUntil(lambda: out.exists() and not ctx.busy, timeout=20000)
    page1 = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", str(out), "-"],
                           capture_output=True, text=True, check=True).stdout
    assert "应在载体（2 件）" in page1 and "C柜二层的文件" in page1  # the lists start on page 1

    second = pane.start()
    assert second is not None and pane.buttons["cancel"].isEnabled()
    assert pane.cancel("") is None and pane.error.isVisible()  # a reason is required
    cancelled = pane.cancel("范围写错，重新盘点")
    assert cancelled is not None and cancelled.status == stk.CANCELLED
    assert not pane.buttons["cancel"].isEnabled() and not pane.label_edit.isEnabled()
    pane.grab().save(str(tmp_path / "stocktake_cabinet.png"))
    assert verify(led).ok
