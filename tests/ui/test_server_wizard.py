"""The first-run wizard creates a server ledger when a database server is given; the DBA's
password typed there is used once and not kept in the wizard."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QWizard

from secledger.services.ledger.session import is_ledger
from secledger.ui.session.wizard import FirstRunWizard

_names = itertools.count(1)


def test_the_wizard_creates_a_server_ledger(qtbot, shell_ctx, pg_cluster, tmp_path) -> None:  # type: ignore[no-untyped-def]
    name = f"wizard_{next(_names)}"
    pg_cluster.create_database(name)
    url = pg_cluster.dba_url(name).replace(f":{pg_cluster.dba_password}@", "@")
    ctx = shell_ctx()
    wiz = FirstRunWizard(ctx)
    qtbot.addWidget(wiz)
    wiz.show()
    folder = tmp_path / "服务器台账"
    wiz.location.folder.setText(str(folder))
    wiz.location.server.setText(url + f"&role=app_{name}")
    wiz.location.dba_password.setText(pg_cluster.dba_password)
    wiz.button(QWizard.WizardButton.NextButton).click()
    wiz.unit.unit.setText("某某市保密局")
    wiz.button(QWizard.WizardButton.NextButton).click()
    wiz.account.person.setText("王保密")
    wiz.account.password.setText("Admin1234")
    wiz.account.confirm.setText("Admin1234")
    wiz.next()
    assert wiz.currentPage() is wiz.recovery, wiz.account.error.text()
    assert is_ledger(folder) and (folder / "server.json").is_file()
    assert wiz.ledger is not None and wiz.ledger.server is not None
    assert wiz.location.dba_password.text() == ""
    wiz.recovery.stored.setChecked(True)
    wiz.accept()
    wiz.ledger.close()


def test_a_bad_server_address_is_refused_on_the_first_page(qtbot, shell_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = shell_ctx(lang="en")
    wiz = FirstRunWizard(ctx)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.location.folder.setText(str(tmp_path / "x"))
    wiz.location.server.setText("http://example/ledger")
    wiz.button(QWizard.WizardButton.NextButton).click()
    assert wiz.currentPage() is wiz.location
    assert "postgresql://" in wiz.location.error.text()
