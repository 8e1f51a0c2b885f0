"""The accounts pane's master-key change: button, off-thread rekey, the new code once, sheet."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QInputDialog, QMessageBox

from secledger.services.audit import verify
from secledger.store.keyslots import RECOVERY, KeySlotFile, normalise_recovery_code
from secledger.store.rekeying import key_opens
from secledger.ui.panes.ledger.rekey_dialogs import NewRecoveryCodeDialog, RekeyDialog
from secledger.ui.panes.people import people as people_pane
from secledger.ui.panes.people.people import PeoplePane


def _pane(qtbot, ctx) -> PeoplePane:  # type: ignore[no-untyped-def]
    pane = PeoplePane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    return pane


def _answer_dialogs(monkeypatch, password: str) -> list[NewRecoveryCodeDialog]:  # type: ignore[no-untyped-def]
    """RekeyDialog gets *password* typed and OK pressed; the new-code dialog is kept."""
    shown: list[NewRecoveryCodeDialog] = []

    def rekey_exec(dlg: RekeyDialog) -> int:
        dlg.password.setText(password)
        return 1 if dlg.submit() else 0

    def code_exec(dlg: NewRecoveryCodeDialog) -> int:
        shown.append(dlg)
        return 1

    monkeypatch.setattr(RekeyDialog, "exec", rekey_exec)
    monkeypatch.setattr(NewRecoveryCodeDialog, "exec", code_exec)
    return shown


def test_the_rekey_button_changes_the_key_and_shows_the_new_code(qtbot, shell_ctx, make_ledger, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    old_key = admin.master_key
    pane = _pane(qtbot, shell_ctx(admin))
    shown = _answer_dialogs(monkeypatch, "Admin1234")
    button = pane.buttons["rekey"]
    assert button.isEnabled() and button.text() == "更换主密钥…"
    button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    dlg = shown[0]
    qtbot.addWidget(dlg)
    code = normalise_recovery_code(dlg.findChild(type(dlg.saved), "recoveryCode").text())
    assert code == dlg.rekey_result.recovery_code
    assert not key_opens(path / "ledger.db", old_key)
    key = KeySlotFile.load(path / "keyslots.json").unwrap(RECOVERY, "recovery", code)
    assert key == admin.master_key and verify.verify(admin).ok
    assert not dlg.close_button.isEnabled()
    assert dlg.save_sheet(tmp_path / "sheet.pdf")
    pdf = subprocess.run(["pdftotext", str(tmp_path / "sheet.pdf"), "-"], capture_output=True,
                         text=True, check=True).stdout
    assert code.split("-")[0] in pdf
    dlg.stored.setChecked(True)
    assert dlg.close_button.isEnabled()
    pane.refresh()  # the pane keeps working on the new key


def test_a_wrong_password_is_refused_in_the_dialog(qtbot, shell_ctx, make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, admin = make_ledger()
    ctx = shell_ctx(admin)
    key = admin.master_key
    dlg = RekeyDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.password.setText("Wrong12345")
    assert not dlg.submit()
    assert "密码错误" in dlg.error.text() and admin.master_key == key


def test_disabling_an_account_offers_the_rekey(qtbot, shell_ctx, make_ledger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    old_key = admin.master_key
    pane = _pane(qtbot, shell_ctx(admin))
    shown = _answer_dialogs(monkeypatch, "Admin1234")
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("调离", True))
    monkeypatch.setattr(people_pane.QMessageBox, "question", lambda _p, _t, text: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    row = next(r for r in range(pane.users_model.rowCount())
               if pane.users_model.index(r, 0).data() == "clerk")
    pane.users_view.selectionModel().select(
        pane.users_model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    pane.disable_selected()
    assert asked and "clerk" in asked[0]
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    qtbot.addWidget(shown[0])
    assert shown[0].rekey_result.users == ("admin",)
    assert not key_opens(path / "ledger.db", old_key)


def test_a_disclosed_password_is_replaced_then_the_key_changed(qtbot, shell_ctx, make_ledger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tests.services.keyslot_probe import slots_opened_by

    from secledger.ui.panes.people.dialogs import ResetPasswordDialog

    path, admin = make_ledger()
    old_key = admin.master_key
    pane = _pane(qtbot, shell_ctx(admin))
    shown = _answer_dialogs(monkeypatch, "Admin1234")

    def reset_exec(dlg: ResetPasswordDialog) -> int:
        dlg.password.setText("Temp12345")
        dlg.confirm.setText("Temp12345")
        return 1 if dlg.submit() else 0

    monkeypatch.setattr(ResetPasswordDialog, "exec", reset_exec)
    row = next(r for r in range(pane.users_model.rowCount())
               if pane.users_model.index(r, 0).data() == "clerk")
    pane.users_view.selectionModel().select(
        pane.users_model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    pane.buttons["password_disclosed"].click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    qtbot.addWidget(shown[0])
    assert shown[0].rekey_result.users == ("admin", "clerk")
    assert not key_opens(path / "ledger.db", old_key)
    assert slots_opened_by(path, "Clerk1234") == []
    assert len(slots_opened_by(path, "Temp12345")) == 1  # the new slot, in keyslots.json


def test_the_new_code_holds_the_lock_off_until_it_is_stored(qtbot, shell_ctx, make_ledger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The officer steps away while the new code is shown: neither the idle lock nor
    Ctrl+L takes it down before it is confirmed as stored (the old code is void)."""
    from PySide6.QtCore import QTimer

    from secledger.ui.main_window import MainWindow

    _path, admin = make_ledger()
    ctx = shell_ctx(admin)
    ctx.idle_timeout_ms = 600_000
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    pane = win.show_pane("people")
    monkeypatch.setattr(RekeyDialog, "exec", lambda dlg: (dlg.password.setText("Admin1234"),
                                                          1 if dlg.submit() else 0)[1])
    seen: dict[str, object] = {}
    real_exec = NewRecoveryCodeDialog.exec

    def code_exec(dlg: NewRecoveryCodeDialog) -> int:
        def step_away() -> None:
            win.lock_idle()
            win.lock()
            seen["locked_while_shown"] = win.locked
            dlg.stored.setChecked(True)
            dlg.close_button.click()
        QTimer.singleShot(0, step_away)
        return int(real_exec(dlg))

    monkeypatch.setattr(NewRecoveryCodeDialog, "exec", code_exec)
    pane.start_rekey()
    qtbot.waitUntil(lambda: "locked_while_shown" in seen and not ctx.busy, timeout=20000)
    assert seen["locked_while_shown"] is False
    win.lock()  # confirmed: now the lock works again
    assert win.locked
