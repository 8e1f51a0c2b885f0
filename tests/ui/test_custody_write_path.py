"""The custody and approvals panes write through the one operation path (``ctx.write`` /
``write_long``): a refusal shows its translated message, any other exception is logged and
shown with a plain message instead of escaping, and panes refresh from the ``Changes`` a
write broadcasts, not from a refresh call after it."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from secledger.domain.changes import Area, Changes

from .wf5_helpers import office_ledger_fixture  # noqa: F401  (the office_ledger fixture)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[BaseException, str]]:
    """Every message box the one error path would show: (exception, its text); none opens."""
    from secledger.ui import errors

    boxes: list[tuple[BaseException, str]] = []

    def fake(exc: BaseException, lang: str, parent: Any) -> None:
        boxes.append((exc, errors.error_box(exc, lang, parent).text()))

    monkeypatch.setattr(errors, "show_error", fake)
    return boxes


def _show(qtbot: Any, widget: Any) -> Any:
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


def _counting(pane: Any) -> list[int]:
    """Count the pane's refreshes (each still refreshes)."""
    calls: list[int] = []
    real = pane.refresh

    def refresh() -> None:
        calls.append(1)
        real()

    pane.refresh = refresh
    return calls


def _archived_label(led: Any) -> str:
    from secledger.services.custody import archive

    doc = led.fixture[0]
    label = str(doc.carriers[0].label_id)
    archive.archive_carrier(led, label=label, cabinet="A3", box="12")
    return label


def test_a_loan_request_refreshes_the_loans_and_approvals_panes(
        qtbot: Any, shell_ctx: Any, office_ledger: Any, shown: Any) -> None:
    from secledger.ui.panes.approvals.queue import ApprovalsPane
    from secledger.ui.panes.custody.loans import LoansPane
    from secledger.ui.panes.custody.loans_dialogs import LoanRequestDialog
    from secledger.ui.panes.custody.loss import LossPane

    led = office_ledger
    leaders = led.fixture[1]
    label = _archived_label(led)
    ctx = shell_ctx(ledger=led)
    loans_pane = _show(qtbot, LoansPane(ctx))
    approvals_pane = _show(qtbot, ApprovalsPane(ctx))
    loss_pane = _show(qtbot, LossPane(ctx))
    counts = [_counting(p) for p in (loans_pane, approvals_pane, loss_pane)]
    assert loans_pane.model.rowCount() == 0 and approvals_pane.mine_model.rowCount() == 0

    # strings from a pane not yet moved to ctx.write are ignored, not a crash
    ctx.changed.emit(frozenset({"loans", "approvals"}))
    assert [len(c) for c in counts] == [0, 0, 0]

    dlg = LoanRequestDialog(ctx, loans_pane)
    qtbot.addWidget(dlg)
    dlg.borrower.setCurrentIndex(dlg.borrower.findData(leaders[1].id))
    dlg.labels.setPlainText("C0000000000Z")  # no such label: refused under the form
    dlg.purpose.setText("查阅")
    assert dlg.submit() is False
    assert "C0000000000Z" in dlg.error.text() and "未找到" in dlg.error.text()
    dlg.labels.setPlainText(label)
    with qtbot.waitSignal(ctx.changed) as sent:
        assert dlg.submit() is True
    changes = sent.args[0]
    assert isinstance(changes, Changes) and changes.touches(Area.LOANS, Area.APPROVALS)
    assert not dlg.error.isVisible() and shown == []

    # no refresh was called by hand: the Changes refreshed the panes that show loans
    assert [len(c) for c in counts] == [1, 1, 0]  # the loss pane does not show loans
    assert loans_pane.model.rowCount() == 1
    assert approvals_pane.mine_model.rowCount() == 1


def test_a_refusal_shows_its_translated_message(qtbot: Any, shell_ctx: Any, office_ledger: Any,
                                                shown: Any) -> None:
    from secledger.services.custody import loans
    from secledger.ui.panes.custody.loans import LoansPane

    led = office_ledger
    leaders = led.fixture[1]
    _archived_label(led)
    loans.request_loan(led, borrower_id=leaders[1].id, carrier_ids=[led.fixture[0].carriers[0].id],
                       purpose="查阅", take_out=True)
    ctx = shell_ctx(ledger=led)
    pane = _show(qtbot, LoansPane(ctx))
    pane.view.selectRow(0)
    pane.issue()  # not approved yet
    [(exc, text)] = shown
    assert getattr(exc, "code", "") == "approval.required"
    assert text == exc.message("zh_CN") and "须经审批" in text  # the zh_CN sentence
    assert pane.status.text() == "" and loans.list_loans(led)[0].status == "requested"


def test_an_unexpected_error_is_logged_and_shown_plainly(
        qtbot: Any, shell_ctx: Any, make_ledger: Any, register_doc: Any, shown: Any,
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    from secledger.domain.enums import Clearance
    from secledger.services.custody import handover
    from secledger.services.custody import printing_records as cp
    from secledger.services.ledger.session import open_ledger
    from secledger.services.people import persons as people
    from secledger.store.keyslots import TEST_KDF
    from secledger.ui import errors
    from secledger.ui.panes.custody.common import select_data
    from secledger.ui.panes.custody.handover import HandoverPane

    path, admin = make_ledger()
    dept = people.list_departments(admin)[0]
    a, b = (people.create_person(admin, name=n, department_id=dept.id, clearance=Clearance.CORE)
            for n in ("张局长", "刘副局长"))
    admin.close()
    led = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    ctx = shell_ctx(led)
    pane = _show(qtbot, HandoverPane(ctx))
    select_data(pane.giver, a.id)
    select_data(pane.receiver, b.id)

    def broken(*_a: Any, **_k: Any) -> Any:
        raise RuntimeError("boom in the service")

    monkeypatch.setattr(handover, "confirm_handover", broken)
    caplog.set_level(logging.ERROR, logger="secledger")
    assert pane.confirm() is None  # not propagated
    [(exc, text)] = shown
    assert isinstance(exc, RuntimeError)
    assert text == errors.error_text(exc, "zh_CN") and "boom" not in text and "意外" in text
    assert any(r.exc_info and r.exc_info[1] is exc for r in caplog.records)
    assert not pane.error.isVisible()  # the form's line is for refusals

    # a long write (a print) takes the same path from its worker thread
    monkeypatch.setattr(cp, "print_handover_register", broken)
    pane.print_register(str(tmp_path / "register.pdf"))
    qtbot.waitUntil(lambda: len(shown) == 2 and not ctx.busy, timeout=10000)
    assert isinstance(shown[1][0], RuntimeError) and "boom" not in shown[1][1]
    assert not (tmp_path / "register.pdf").exists()
    led.close()
