"""First-run wizard: creates the ledger, shows the recovery code, saves the sheet PDF."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtWidgets import QWizard

from secledger.services.ledger.session import is_ledger, open_with_recovery
from secledger.store.keyslots import TEST_KDF
from secledger.ui.session.wizard import FirstRunWizard


def _fill_to_account(wiz: FirstRunWizard, folder, unit="某某市统计局") -> None:  # type: ignore[no-untyped-def]
    next_button = wiz.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()  # the default folder counts as filled in
    wiz.location.folder.setText(str(folder))
    next_button.click()
    assert wiz.currentPage() is wiz.unit
    assert not next_button.isEnabled()  # the unit name is required
    wiz.unit.unit.setText(unit)
    next_button.click()
    assert wiz.currentPage() is wiz.account
    assert wiz.account.username.text() == "admin"
    wiz.account.person.setText("王保密")
    assert wiz.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_wizard_creates_a_ledger_and_requires_the_code_to_be_stored(qtbot, shell_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = shell_ctx()
    wiz = FirstRunWizard(ctx)
    qtbot.addWidget(wiz)
    wiz.show()
    folder = tmp_path / "台账"
    _fill_to_account(wiz, folder)

    wiz.account.password.setText("short1")
    wiz.account.confirm.setText("short1")
    wiz.button(QWizard.WizardButton.CommitButton).click()
    assert wiz.currentPage() is wiz.account
    assert "至少8位" in wiz.account.error.text()
    wiz.account.password.setText("Admin1234")
    wiz.account.confirm.setText("Admin1235")
    wiz.next()
    assert "不一致" in wiz.account.error.text()
    assert not is_ledger(folder)

    wiz.account.confirm.setText("Admin1234")
    wiz.next()
    assert wiz.currentPage() is wiz.recovery
    assert is_ledger(folder)
    assert wiz.ledger is not None and wiz.ledger.unit_name == "某某市统计局"
    assert wiz.recovery.code.text() == wiz.recovery_code and len(wiz.recovery_code) == 39
    finish = wiz.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    assert not wiz.button(QWizard.WizardButton.BackButton).isEnabled()
    wiz.reject()  # cancel/Escape cannot skip the confirmation once the ledger exists
    assert wiz.isVisible()
    wiz.recovery.stored.setChecked(True)
    assert finish.isEnabled()
    wiz.accept()
    assert ctx.settings.value("login/ledger_folder") == str(folder)
    assert ctx.settings.value("login/username") == "admin"
    code, led = wiz.recovery_code, wiz.ledger
    led.close()
    again = open_with_recovery(folder, code=code, username="admin", new_password="Neu12345",
                               kdf=TEST_KDF)
    again.close()


def test_wizard_refuses_a_folder_that_already_holds_a_ledger(qtbot, shell_ctx, make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, led = make_ledger()
    led.close()
    wiz = FirstRunWizard(shell_ctx())
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.location.folder.setText(str(path))
    wiz.next()
    assert wiz.currentPage() is wiz.location
    assert "已有台账" in wiz.location.error.text()


def test_wizard_saves_the_recovery_sheet_pdf(qtbot, shell_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("secledger.reports.ledger.recovery_sheet")
    wiz = FirstRunWizard(shell_ctx())
    qtbot.addWidget(wiz)
    wiz.show()
    _fill_to_account(wiz, tmp_path / "led", unit="某某县档案局")
    wiz.account.password.setText("Admin1234")
    wiz.account.confirm.setText("Admin1234")
    wiz.next()
    pdf = tmp_path / "应急恢复密钥.pdf"
    wiz.ask_sheet_path = lambda: pdf  # type: ignore[method-assign]
    wiz.recovery.save_button.click()
    assert pdf.is_file(), wiz.recovery.error.text()
    assert str(pdf) in wiz.recovery.saved.text()
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "应急恢复密钥" in text and "某某县档案局" in text
    assert wiz.recovery_code.replace("-", "")[:8] in text.replace("-", "").replace(" ", "")
    wiz.recovery.stored.setChecked(True)
    wiz.accept()
    assert wiz.ledger is not None
    wiz.ledger.close()
