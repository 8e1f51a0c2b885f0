"""The approvals, archive & loans and still-out panes (issue 5), with screenshots."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .wf5_helpers import office_ledger_fixture  # noqa: F401  (the office_ledger fixture)


def _shot(widget: Any, folder: Path, name: str) -> None:
    widget.resize(1200, 600)
    widget.grab().save(str(folder / f"{name}.png"))


def test_loan_through_the_panes(qtbot: Any, shell_ctx: Any, office_ledger: Any,
                                tmp_path: Path) -> None:
    from secledger.services.custody import circulation, loans
    from secledger.ui.panes.approvals.queue import ApprovalsPane
    from secledger.ui.panes.custody.loans import LoansPane
    from secledger.ui.panes.custody.overdue import OverduePane, needs_attention

    led = office_ledger
    doc, leaders, _low, clock = led.fixture
    label = doc.carriers[0].label_id
    ctx = shell_ctx(ledger=led)
    errors: list[Exception] = []
    ctx.show_error = lambda exc, parent=None: errors.append(exc)  # type: ignore[method-assign]
    pane = LoansPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    # scan → label waits in the archive field; cabinet and box typed; file it
    assert pane.handle_scan(label)
    assert pane.label_edit.text() == label
    qtbot.keyClicks(pane.cabinet, "A3")
    qtbot.keyClicks(pane.box, "12")
    pane.archive_scanned()
    assert errors == [] and "A3/12" in pane.status.text()
    loan = loans.request_loan(led, borrower_id=leaders[1].id, carrier_ids=[doc.carriers[0].id],
                              purpose="查阅", take_out=True)
    pane.refresh()
    assert pane.model.rowCount() == 1
    pane.view.selectRow(0)
    pane.issue()  # not approved yet: refused, naming the rule
    assert [getattr(e, "code", "") for e in errors] == ["approval.required"]

    # the approver decides in the approvals pane
    led.lock_session()  # one ledger handle at a time: the approver logs in at this PC
    led.unlock_session("leader", "Leader1234")
    actx = ctx
    ap = ApprovalsPane(actx)
    qtbot.addWidget(ap)
    ap.show()
    ap.refresh()
    assert ap.queue_model.rowCount() == 1
    _shot(ap, tmp_path, "approvals")
    assert loan.approval is not None
    assert ap.decide(loan.approval.id, True, "同意外借")
    assert ap.queue_model.rowCount() == 0
    led.lock_session()
    led.unlock_session("clerk", "Clerk1234")

    pane.refresh()
    pane.view.selectRow(0)
    pane.issue()
    assert "2026-12-01 17:30" in pane.status.text(), (errors, pane.status.text())
    clock.t = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)
    pane.refresh()
    pane.view.selectRow(0)
    pane.renew()
    assert "逾期" in pane.status.text() or "overdue" in pane.status.text()
    _shot(pane, tmp_path, "loans")

    # something out and a circulation overdue: the still-out pane lists them
    other = circulation.find_carriers(led, doc.reg_no)
    assert other == []  # the only carrier is on loan, not in store
    assert needs_attention(ctx) is False  # the renewed loan is not due today
    clock.t = datetime(2026, 12, 11, 2, 0, tzinfo=UTC)
    assert needs_attention(ctx) is True
    op = OverduePane(ctx)
    qtbot.addWidget(op)
    op.show()
    op.refresh()
    assert op.model.rowCount() == 1 and op.model.row_at(0).item.is_overdue
    _shot(op, tmp_path, "overdue")
    op.print_knowers(tmp_path / "knowers.pdf")
    qtbot.waitUntil(lambda: (tmp_path / "knowers.pdf").exists() and not ctx.busy, timeout=10000)

    # take back by scanning
    assert pane.handle_scan(label)
    assert loans.get_loan(led, loan.id).status == "returned"
    pane.view.selectRow(0)
    pane.print_form(tmp_path / "form.pdf")
    qtbot.waitUntil(lambda: (tmp_path / "form.pdf").exists() and not ctx.busy, timeout=10000)
    assert errors == [errors[0]]


def test_main_window_shows_still_out_after_login(qtbot: Any, shell_ctx: Any,
                                                 office_ledger: Any) -> None:
    from secledger.services.custody import circulation
    from secledger.ui.main_window import MainWindow

    led = office_ledger
    doc, leaders, _low, _clock = led.fixture
    ctx = shell_ctx(ledger=led)
    ctx.idle_timeout_ms = 600_000
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    assert win.current_key != "overdue"  # nothing out
    circulation.send(led, carrier_id=doc.carriers[0].id, reader_id=leaders[0].id)  # 绝密: today
    win.build_panes()  # as after a login
    assert win.current_key == "overdue"
    pane = win.current_pane()
    assert pane is not None and pane.model.rowCount() == 1  # type: ignore[attr-defined]
