"""People pane: models (qtmodeltester), add person, deactivation refusal, accounts."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from secledger.domain.enums import Clearance, Role
from secledger.services.ledger.session import open_ledger
from secledger.services.people import accounts as users
from secledger.services.people import persons as people
from secledger.store.keyslots import TEST_KDF
from secledger.ui.panes.people.dialogs import AccountDialog, PersonDialog, ResetPasswordDialog
from secledger.ui.panes.people.models import DepartmentsModel, PeopleModel, UsersModel
from secledger.ui.panes.people.people import PeoplePane


def _pane(qtbot, ctx) -> PeoplePane:  # type: ignore[no-untyped-def]
    pane = PeoplePane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    return pane


def _select(view, row: int) -> None:  # type: ignore[no-untyped-def]
    view.selectionModel().select(
        view.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def _row_of(model, text: str) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == text)


def test_models_pass_qtmodeltester(qtmodeltester, shell_ctx, make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, admin = make_ledger()
    for model in (PeopleModel(people.list_people(admin)), UsersModel(users.list_users(admin)),
                  DepartmentsModel(people.list_departments(admin)), PeopleModel()):
        qtmodeltester.check(model, force_py=True)
    model = PeopleModel(people.list_people(admin))
    row = _row_of(model, "李机要")
    assert [model.index(row, c).data() for c in range(5)] == ["李机要", "办公室", "机要员", "核心",
                                                              "在用"]
    assert model.headerData(3, Qt.Orientation.Horizontal) == "涉密等级"
    users_model = UsersModel(users.list_users(admin))
    clerk = users_model.index(_row_of(users_model, "clerk"), 2).data()
    assert clerk == "机要员、档案员、审批人、审计员"


def test_add_a_person_through_the_dialog(qtbot, shell_ctx, make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, admin = make_ledger()
    ctx = shell_ctx(admin)
    pane = _pane(qtbot, ctx)
    before = pane.people_model.rowCount()
    seen: list[object] = []
    ctx.changed.connect(seen.append)
    dlg = PersonDialog(ctx, people.list_departments(admin),
                       lambda **kw: people.create_person(admin, **kw), parent=pane)
    qtbot.addWidget(dlg)
    dlg.name.setText("   ")
    assert not dlg.submit()
    assert dlg.error.text() == "请填写姓名。"
    dlg.name.setText("赵档案")
    dlg.department.setCurrentIndex(dlg.department.findText("办公室"))
    dlg.post.setText("档案员")
    dlg.clearance.setCurrentIndex(dlg.clearance.findData(Clearance.IMPORTANT.value))
    assert dlg.submit()
    pane.refresh()
    assert pane.people_model.rowCount() == before + 1
    row = _row_of(pane.people_model, "赵档案")
    assert pane.people_model.index(row, 3).data() == "重要"


def test_deactivating_a_holder_is_refused_with_what_they_hold(qtbot, shell_ctx, make_ledger, register_doc) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    admin.close()
    clerk = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    doc = register_doc(clerk, copies=2)
    clerk.close()
    admin = open_ledger(path, username="admin", password="Admin1234", kdf=TEST_KDF)
    ctx = shell_ctx(admin)
    errors: list[BaseException] = []
    ctx.show_error = lambda exc, parent=None: errors.append(exc)  # type: ignore[method-assign]
    pane = _pane(qtbot, ctx)
    row = _row_of(pane.people_model, "李机要")
    _select(pane.people_view, row)
    person = pane.selected_person()
    assert not pane.deactivate(person.id, "调离")
    assert len(errors) == 1
    text = ctx.error_text(errors[0])
    assert "李机要仍保管2件载体" in text and doc.reg_no in text and "移交" in text
    assert pane.people_model.index(row, 4).data() == "在用"

    other = people.create_person(admin, name="钱一般", department_id=None,
                                 clearance=Clearance.GENERAL)
    pane.refresh()
    assert pane.deactivate(other.id, "退休")
    assert pane.people_model.index(_row_of(pane.people_model, "钱一般"), 4).data() == "已停用"


def test_accounts_create_reset_disable(qtbot, shell_ctx, make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, admin = make_ledger()
    ctx = shell_ctx(admin)
    pane = _pane(qtbot, ctx)
    person = people.create_person(admin, name="孙审计", department_id=None,
                                  clearance=Clearance.GENERAL)
    dlg = AccountDialog(ctx, people.list_people(admin, active_only=True),
                        lambda **kw: users.create_user(admin, **kw), parent=pane)
    qtbot.addWidget(dlg)
    dlg.username.setText("sun")
    dlg.person.setCurrentIndex(dlg.person.findData(person.id))
    dlg.password.setText("Audit1234")
    dlg.confirm.setText("Audit1234")
    assert not dlg.submit()
    assert "账户至少须有一个角色" in dlg.error.text()  # the service's refusal, inline
    dlg.role_boxes[Role.AUDITOR].setChecked(True)
    assert dlg.submit()
    pane.refresh()
    row = _row_of(pane.users_model, "sun")
    assert pane.users_model.index(row, 2).data() == "审计员"
    assert pane.users_model.index(row, 4).data() == "是"

    _select(pane.users_view, row)
    user = pane.selected_user()
    reset = ResetPasswordDialog(ctx, user.username, lambda **kw: users.reset_password(
        admin, user_id=user.id, **kw), parent=pane)
    qtbot.addWidget(reset)
    reset.password.setText("Temp1234")
    reset.confirm.setText("Temp1234")
    assert reset.submit()
    assert pane._run(lambda: users.disable_user(admin, user_id=user.id, reason="调离"))
    assert pane.users_model.index(_row_of(pane.users_model, "sun"), 3).data() == "是"
