"""离岗与脱密期 in 人员与账户: the dialog shows what the person holds and refuses a 脱密期
outside the range, the clerk hands over from it, the officer completes (accounts disabled,
the rekey offered) and prints the confirmation; the 脱密期中 list and the person's details."""

from __future__ import annotations

import os
import subprocess
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel

from secledger.domain.enums import Clearance, Role
from secledger.domain.states import Action
from secledger.services.carriers.transition import get_carrier, transition
from secledger.services.ledger.session import open_ledger
from secledger.services.people import accounts as users
from secledger.services.people import persons as people
from secledger.store.keyslots import TEST_KDF
from secledger.ui.panes.people.departure_dialog import DepartureDialog
from secledger.ui.panes.people.people import PeoplePane


def _pane(qtbot: Any, ctx: Any) -> PeoplePane:
    pane = PeoplePane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    return pane


def _select_person(pane: PeoplePane, name: str) -> None:
    model = pane.people_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    pane.people_view.selectionModel().select(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def _shot(widget: Any, name: str) -> None:
    folder = os.environ.get("DEPART_SHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, name))


def _office(make_ledger: Any, register_doc: Any) -> tuple[Any, Any, Any]:
    path, admin = make_ledger()
    dept = people.list_departments(admin)[0]
    leaver = people.create_person(admin, name="赵科员", department_id=dept.id,
                                  clearance=Clearance.GENERAL, post="文书")
    witness = people.create_person(admin, name="钱主任", department_id=dept.id,
                                   clearance=Clearance.CORE, post="办公室主任")
    users.create_user(admin, username="zhao", password="Zhao12345", person_id=leaver.id,
                      roles={Role.AUDITOR}, must_change_password=False)
    admin.close()
    clerk = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    doc = register_doc(clerk, copies=1)
    with clerk.db.write() as s:
        transition(s, clerk, get_carrier(s, doc.carriers[0].id), Action.ISSUE_TO,
                   holder_id=leaver.id)
    clerk.close()
    return path, leaver, witness


def test_a_departure_through_the_pane(qtbot: Any, shell_ctx: Any, make_ledger: Any,
                                      register_doc: Any, monkeypatch: Any, tmp_path: Any) -> None:
    path, leaver, witness = _office(make_ledger, register_doc)
    admin = open_ledger(path, username="admin", password="Admin1234", kdf=TEST_KDF)
    ctx = shell_ctx(admin)
    pane = _pane(qtbot, ctx)
    _select_person(pane, "赵科员")
    dlg = DepartureDialog(ctx, pane._selected_person_id(), parent=pane)
    qtbot.addWidget(dlg)
    assert dlg.holdings.count() == 1 and "关于加强保密管理的通知" in dlg.holdings.item(0).text()
    assert dlg.hand_over.isHidden() and "移交" in dlg.holdings_note.text()
    assert dlg.months.value() == 6 and "6个月" in dlg.range_hint.text()
    dlg.kind.setCurrentIndex(dlg.kind.findData("resign"))
    dlg.reason.setText("辞职")
    dlg.receiver.setCurrentIndex(dlg.receiver.findData(pane.people_model.rows()[1].id))
    dlg.witness.setCurrentIndex(dlg.witness.findData(witness.id))
    dlg.months.setValue(13)
    _shot(dlg, "departure_dialog.png")
    assert not dlg.submit()
    assert "第五十三条" in dlg.error.text() and "6个月至1年" in dlg.error.text()
    dlg.months.setValue(12)
    assert dlg.submit()
    opened = dlg.result_dto
    pane.refresh()
    errors: list[BaseException] = []
    ctx.show_error = lambda exc, parent=None: errors.append(exc)  # type: ignore[method-assign]
    assert pane.departures.complete(opened, ask=False) is None
    assert "仍持有1件" in ctx.error_text(errors[0])
    ctx.close_ledger()

    clerk = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    cctx = shell_ctx(clerk)
    from secledger.ui.panes.custody.handover import HandoverPane

    hp = HandoverPane(cctx)
    qtbot.addWidget(hp)
    hp.refresh()
    hp.giver.setCurrentIndex(hp.giver.findData(leaver.id))
    assert hp.receiver.currentData() == opened.receiver_id
    assert hp.witness.currentData() == witness.id and hp.reason.currentData() == "leave"
    assert "正在办理离岗（离2026-00001）" in hp.summary.text()
    handing = DepartureDialog(cctx, leaver.id)
    qtbot.addWidget(handing)
    handing.show()
    assert handing.hand_over.isVisible() and handing.hand_over.isEnabled()
    handing.receiver.setCurrentIndex(handing.receiver.findData(opened.receiver_id))
    handing.witness.setCurrentIndex(handing.witness.findData(witness.id))
    assert handing.hand_over_now()
    assert handing.holdings.count() == 0
    cctx.close_ledger()

    admin = open_ledger(path, username="admin", password="Admin1234", kdf=TEST_KDF)
    ctx = shell_ctx(admin)
    pane = _pane(qtbot, ctx)
    pane.departures.cooling_only.setChecked(False)
    assert pane.departures.select_reg_no(opened.reg_no)
    done = pane.departures.complete(pane.departures.selected(), ask=False)
    assert done is not None and done.accounts == ("zhao",)
    pane.departures.cooling_only.setChecked(True)
    model = pane.departures.model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in (1, 5, 6)] == ["赵科员", "脱密期中", "1年"]
    assert int(model.index(0, 9).data()) > 300
    pane.tabs.setCurrentWidget(pane.departures)
    pane.resize(1000, 400)
    _shot(pane, "departures_tab.png")
    pane.tabs.setCurrentIndex(0)
    _select_person(pane, "赵科员")
    assert "脱密期" in pane.person_detail.text() and "离2026-00001" in pane.person_detail.text()
    _shot(pane, "person_detail.png")
    assert [u.disabled for u in users.list_users(admin) if u.username == "zhao"] == [True]

    pane.departures.select_reg_no(opened.reg_no)
    target = tmp_path / "离岗.pdf"
    pane.departures.print_form(target)
    qtbot.waitUntil(lambda: target.exists() and "已保存" in pane.departures.status.text(),
                    timeout=20000)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "离岗保密承诺及清退确认书" in text and "赵科员" in text and "不擅自出境" in text


def test_completing_offers_the_rekey_and_the_form(qtbot: Any, shell_ctx: Any, make_ledger: Any,
                                                  monkeypatch: Any) -> None:
    """A person who holds nothing: opened, completed after the question, the master-key
    change offered (their account is disabled), the form offered."""
    from PySide6.QtWidgets import QMessageBox

    from secledger.domain.departures import DepartureKind
    from secledger.services.people import departures
    from secledger.ui.panes.people import departures as tab

    _path, admin = make_ledger()
    dept = people.list_departments(admin)[0]
    leaver = people.create_person(admin, name="孙干事", department_id=dept.id,
                                  clearance=Clearance.IMPORTANT)
    users.create_user(admin, username="sun", password="Sun123456", person_id=leaver.id,
                      roles={Role.AUDITOR}, must_change_password=False)
    clerk_id = next(p.id for p in people.list_people(admin) if p.name == "李机要")
    officer_id = next(p.id for p in people.list_people(admin) if p.name == "王保密")
    d = departures.open_departure(admin, person_id=leaver.id, kind=DepartureKind.LEAVE,
                                  departs_on=date.today(), reason="转非涉密岗位",
                                  receiver_id=clerk_id, witness_id=officer_id,
                                  cooling_months=12)
    ctx = shell_ctx(admin)
    pane = _pane(qtbot, ctx)
    asked: list[str] = []
    monkeypatch.setattr(tab.QMessageBox, "question", lambda _p, _t, text: (
        asked.append(text), QMessageBox.StandardButton.Yes if len(asked) == 1
        else QMessageBox.StandardButton.No)[1])
    offered: list[str] = []
    pane.departures.offer_rekey = offered.append  # type: ignore[method-assign]
    done = pane.departures.complete(d)
    assert done is not None and done.accounts == ("sun",)
    assert "孙干事" in asked[0] and len(asked) == 2  # complete?, then print?
    assert offered and "sun" in offered[0]
