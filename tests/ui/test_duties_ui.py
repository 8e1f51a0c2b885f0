"""三员分立 in the GUI: the role boxes grey out what cannot be combined, the services'
refusals show inside the account dialogs, role changes read as roles in the audit pane and
the 领用 form offers only approvers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from secledger.domain.enums import Clearance, Role
from secledger.services.audit import log as audit
from secledger.services.people import accounts as users
from secledger.services.people import persons as people
from secledger.store.models.events import Event
from secledger.ui.panes.audit.log import event_text
from secledger.ui.panes.people.dialogs import AccountDialog, RoleBoxes, RolesDialog
from secledger.ui.panes.people.people import PeoplePane

from .wf5_helpers import office_ledger_fixture  # noqa: F401  (the office_ledger fixture)

LEDGER_ROLES = (Role.CLERK, Role.ARCHIVIST, Role.APPROVER, Role.AUDITOR)


def _events(led: Any) -> int:
    with led.db.read() as s:
        return int(s.execute(select(func.count()).select_from(Event)).scalar_one())


def test_role_boxes_offer_no_impossible_combination(qtbot: Any, shell_ctx: Any) -> None:
    shell_ctx()  # the Chinese UI
    boxes = RoleBoxes()
    qtbot.addWidget(boxes)
    assert all(b.isEnabled() for b in boxes.boxes.values())
    boxes.boxes[Role.SECURITY_OFFICER].setChecked(True)
    assert not any(boxes.boxes[r].isEnabled() for r in LEDGER_ROLES)
    boxes.boxes[Role.SECURITY_OFFICER].setChecked(False)
    boxes.boxes[Role.AUDITOR].setChecked(True)
    assert not boxes.boxes[Role.SECURITY_OFFICER].isEnabled()
    assert boxes.boxes[Role.CLERK].isEnabled()  # clerk + auditor is allowed
    assert "三员分立" in boxes.hint.text()
    # a conflict stored before the rule can be undone: its ticked boxes stay enabled
    old = RoleBoxes(frozenset({Role.SECURITY_OFFICER, Role.CLERK}))
    qtbot.addWidget(old)
    assert old.boxes[Role.SECURITY_OFFICER].isEnabled() and old.boxes[Role.CLERK].isEnabled()
    assert not old.boxes[Role.APPROVER].isEnabled()


def test_the_services_refusals_show_in_the_account_dialogs(qtbot, shell_ctx, make_ledger,
                                                          tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _path, admin = make_ledger()
    ctx = shell_ctx(admin)
    pane = PeoplePane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    assert pane.buttons["set_roles"].isEnabled()
    # a second account for the security officer's own person, as clerk: refused inline
    me = next(p for p in people.list_people(admin) if p.id == admin.user.person_id)
    dlg = AccountDialog(ctx, [me], lambda **kw: users.create_user(admin, **kw), parent=pane)
    qtbot.addWidget(dlg)
    dlg.username.setText("wang2")
    dlg.password.setText("Wang12345")
    dlg.confirm.setText("Wang12345")
    dlg.role_boxes[Role.CLERK].setChecked(True)
    before = _events(admin)
    assert not dlg.submit()
    assert "三员分立" in dlg.error.text() and "王保密" in dlg.error.text()
    assert _events(admin) == before
    # the officer cannot grant himself a role (another officer exists)
    p = people.create_person(admin, name="钱保密", department_id=None, clearance=Clearance.CORE)
    users.create_user(admin, username="qian", password="Qian12345", person_id=p.id,
                      roles={Role.SECURITY_OFFICER}, must_change_password=False)
    mine = next(u for u in users.list_users(admin) if u.username == "admin")
    roles = RolesDialog(ctx, mine, lambda **kw: users.set_roles(admin, user_id=mine.id, **kw),
                        parent=pane)
    qtbot.addWidget(roles)
    roles.role_chooser.boxes[Role.SECURITY_OFFICER].setChecked(False)
    roles.role_chooser.boxes[Role.APPROVER].setChecked(True)
    roles.resize(460, 320)
    roles.show()
    before = _events(admin)
    assert not roles.submit()
    assert "不能给自己的账户增加角色" in roles.error.text() and roles.isVisible()
    assert _events(admin) == before
    roles.grab().save(str(tmp_path / "roles_dialog.png"))


def test_a_role_change_reads_as_roles_in_the_audit_pane(make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, admin = make_ledger()
    clerk = next(u for u in users.list_users(admin) if u.username == "clerk")
    users.set_roles(admin, user_id=clerk.id, roles={Role.CLERK})
    ev = audit.page(admin, audit.EventQuery(kinds=("user.roles_changed",)))[0]
    text = event_text(ev)
    assert "角色：机要员、档案员、审批人、审计员 → 机要员" in text


def test_the_retention_form_offers_only_approvers(qtbot, shell_ctx, office_ledger) -> None:  # type: ignore[no-untyped-def]
    from secledger.ui.panes.custody.retention import RetentionPane

    pane = RetentionPane(shell_ctx(ledger=office_ledger))
    qtbot.addWidget(pane)
    pane.refresh()
    _doc, leaders, low, _clock = office_ledger.fixture
    offered = {pane.approver.itemData(i) for i in range(pane.approver.count())} - {None}
    assert offered == {leaders[0].id}  # 张局长 holds the approver role; 赵科员, the clerk do not
    assert low.id not in offered
