"""The one operation path, seen from the panes: a refusal shows its translated message, any
other exception is logged and shown plainly (never propagated), panes refresh from the
``Changes`` a write committed (and ignore old string payloads), and the app's
``sys.excepthook`` does the same for whatever escapes a slot."""

from __future__ import annotations

import logging
import sys
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from secledger.domain.changes import Area
from secledger.domain.enums import Clearance
from secledger.domain.errors import DomainError, RuleViolation
from secledger.services.disposal import destruction
from secledger.services.disposal import destruction_print as dp
from secledger.services.people import persons as people
from secledger.ui import app as uiapp
from secledger.ui import errors
from secledger.ui.panes.disposal.destruction import DestructionPane
from secledger.ui.panes.people.people import PeoplePane

PLAIN = "发生意外错误"  # the start of the plain message for a bug


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Every message box the app shows (closed at once, as if the user pressed OK)."""
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def _destruction_pane(qtbot: Any, shell_ctx: Any, led: Any, lang: str = "zh_CN") -> Any:
    ctx = shell_ctx(led, lang=lang)
    pane = DestructionPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    assert pane.new_manifest() is not None
    return ctx, pane


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_refusal_shows_its_translated_message_under_the_pane(  # type: ignore[no-untyped-def]
        qtbot, shell_ctx, clerk_ledger, boxes, lang: str) -> None:
    led = clerk_ledger
    _ctx, pane = _destruction_pane(qtbot, shell_ctx, led, lang)
    with pytest.raises(DomainError) as refused:  # what the service says about an empty list
        destruction.submit(led, manifest_id=pane.current.id)
    pane.submit()
    text = refused.value.message(lang)
    assert text and text != refused.value.code
    assert pane.error.isVisible() and pane.error.text() == text
    assert ("清单" in text) == (lang == "zh_CN")
    assert boxes == []  # inline, not a box
    assert pane.current.status == "draft"


def test_a_bug_in_a_service_is_logged_and_shown_plainly(  # type: ignore[no-untyped-def]
        qtbot, shell_ctx, clerk_ledger, boxes, monkeypatch, caplog) -> None:
    ctx, pane = _destruction_pane(qtbot, shell_ctx, clerk_ledger)
    seen: list[object] = []
    ctx.changed.connect(seen.append)

    def broken(*_a: Any, **_k: Any) -> None:
        raise RuntimeError("boom in the service")

    monkeypatch.setattr(destruction, "withdraw", broken)
    with caplog.at_level(logging.ERROR, logger="secledger"):
        pane.withdraw()  # returns: nothing propagates out of the slot
    assert len(boxes) == 1 and boxes[0].text().startswith(PLAIN)
    assert boxes[0].icon() == QMessageBox.Icon.Critical
    assert "boom in the service" in boxes[0].detailedText()
    assert "boom in the service" not in pane.error.text()
    assert any(r.exc_info and "boom in the service" in str(r.exc_info[1]) for r in caplog.records)
    assert seen == []  # nothing committed, nothing announced


def test_a_bug_in_a_print_is_logged_and_shown_plainly(  # type: ignore[no-untyped-def]
        qtbot, shell_ctx, clerk_ledger, boxes, monkeypatch, caplog, tmp_path) -> None:
    ctx, pane = _destruction_pane(qtbot, shell_ctx, clerk_ledger)

    def broken(*_a: Any, **_k: Any) -> None:
        raise KeyError("no such column")

    monkeypatch.setattr(dp, "print_manifest", broken)
    with caplog.at_level(logging.ERROR, logger="secledger"):
        pane.print_manifest(str(tmp_path / "m.pdf"))
        qtbot.waitUntil(lambda: not ctx.busy and bool(boxes), timeout=20000)
    assert boxes[0].text().startswith(PLAIN) and "no such column" in boxes[0].detailedText()
    assert any(r.exc_info for r in caplog.records)
    assert not (tmp_path / "m.pdf").exists()


def test_panes_refresh_from_the_changes_a_write_committed(  # type: ignore[no-untyped-def]
        qtbot, shell_ctx, make_ledger) -> None:
    _path, admin = make_ledger()
    ctx = shell_ctx(admin)
    pane = PeoplePane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    before = pane.people_model.rowCount()
    refreshes: list[int] = []
    real = pane.refresh
    pane.refresh = lambda: (refreshes.append(1), real())[1]  # type: ignore[method-assign]

    ctx.changed.emit(frozenset({"people"}))  # not a Changes: ignored
    ctx.announce_areas(Area.LOANS)  # not shown here: no reload
    assert refreshes == []
    # a write from elsewhere (another pane, a dialog): its event says PEOPLE
    made = ctx.write(lambda: people.create_person(admin, name="周新人", department_id=None,
                                                  clearance=Clearance.GENERAL), parent=None)
    assert made is not None and refreshes == [1]
    assert pane.people_model.rowCount() == before + 1


def test_the_app_installs_the_excepthook(  # type: ignore[no-untyped-def]
        qapp, monkeypatch, boxes, caplog, tmp_path) -> None:
    from secledger.ui.context import ini_settings

    earlier: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *a: earlier.append(a))
    monkeypatch.setattr(uiapp, "default_settings", lambda: ini_settings(tmp_path / "run.ini"))
    monkeypatch.setattr(uiapp, "start", lambda ctx, **_k: None)  # no login: run() returns
    assert uiapp.run() == 0
    hook = sys.excepthook
    assert hook is not None and earlier == []

    try:
        raise ValueError("escaped a slot")
    except ValueError as exc:
        bug = exc
    with caplog.at_level(logging.ERROR, logger="secledger"):
        hook(ValueError, bug, bug.__traceback__)
    assert len(boxes) == 1 and boxes[0].text().startswith(PLAIN)
    assert "escaped a slot" in boxes[0].detailedText()
    assert any(r.exc_info and r.exc_info[1] is bug for r in caplog.records)

    refusal = RuleViolation("destruction.empty", reg_no="销2026-001")
    hook(RuleViolation, refusal, None)  # a refusal: its own words, not logged as a bug
    assert boxes[1].text() == errors.error_text(refusal, "zh_CN")
    assert boxes[1].icon() == QMessageBox.Icon.Warning

    hook(KeyboardInterrupt, KeyboardInterrupt(), None)  # left to the previous hook
    assert len(earlier) == 1 and len(boxes) == 2


def test_a_file_error_gets_a_plain_sentence(shell_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = shell_ctx()
    target = str(tmp_path / "清单.pdf")
    text = ctx.error_text(PermissionError(13, "Permission denied", target))
    assert text.startswith("无法读写") and target in text and "Permission" in text
    assert not text.startswith(PLAIN)
