"""Dialogs of the people pane: person, account, password reset."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.duties import conflicts
from secledger.domain.enums import Clearance, Role
from secledger.services.ledger.dto import DepartmentDTO, PersonDTO, UserDTO
from secledger.ui.context import AppContext
from secledger.ui.labels import label_for
from secledger.ui.widgets.forms import FormDialog, named, password_edit


class PersonDialog(FormDialog):
    def __init__(self, ctx: AppContext, departments: list[DepartmentDTO],
                 save: Callable[..., object], person: PersonDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Edit person") if person else self.tr("New person"), parent,
                         ok=QDialogButtonBox.StandardButton.Save, min_width=420)
        self.setObjectName("personDialog")
        self._save = save
        self.name = named(QLineEdit(person.name if person else ""), "name")
        self.department = named(QComboBox(), "department")
        self.department.addItem(self.tr("(none)"), None)
        for d in departments:
            if d.active:
                self.department.addItem(d.name, d.id)
        if person and person.department_id is not None:
            self.department.setCurrentIndex(max(0, self.department.findData(person.department_id)))
        self.post = named(QLineEdit(person.post if person else ""), "post")
        self.clearance = named(QComboBox(), "clearance")
        for c in Clearance:
            self.clearance.addItem(label_for(c), c.value)
        self.clearance.setCurrentIndex(self.clearance.findData(
            person.clearance if person else Clearance.GENERAL.value))
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Department:"), self.department)
        self.form.addRow(self.tr("Post:"), self.post)
        self.form.addRow(self.tr("Clearance:"), self.clearance)

    def save(self) -> Any:
        self._save(name=self.name.text(), department_id=self.department.currentData(),
                   post=self.post.text(), clearance=Clearance(self.clearance.currentData()))


class RoleBoxes(QWidget):
    """One check box per role. 三员分立: a box whose role cannot be held beside a ticked one
    is greyed out (the security officer's beside the clerk's, archivist's, approver's or
    auditor's), with a line saying why; a ticked box always stays enabled so that a
    conflict stored before the rule can be undone. The services refuse it anyway."""

    def __init__(self, roles: frozenset[Role] = frozenset(), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Role, QCheckBox] = {}
        for role in Role:
            box = named(QCheckBox(label_for(role)), f"role_{role.value}")
            box.setChecked(role in roles)
            box.toggled.connect(lambda _on: self._update())
            self.boxes[role] = box
            lay.addWidget(box)
        self.hint = named(QLabel(self.tr(
            "Separation of duties: the security officer cannot also be clerk, archivist, "
            "approver or auditor.")), "dutiesHint")
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        self._update()

    def roles(self) -> set[Role]:
        return {r for r, box in self.boxes.items() if box.isChecked()}

    def _update(self) -> None:
        held = self.roles()
        for role, box in self.boxes.items():
            box.setEnabled(box.isChecked() or not conflicts(held | {role}))
        self.hint.setStyleSheet("color: #b00020;" if conflicts(held) else "")


class AccountDialog(FormDialog):
    def __init__(self, ctx: AppContext, people: list[PersonDTO], save: Callable[..., object],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New account"), parent,
                         ok=QDialogButtonBox.StandardButton.Save, min_width=420)
        self.setObjectName("accountDialog")
        self._save = save
        self.username = named(QLineEdit(), "username")
        self.person = named(QComboBox(), "person")
        for p in people:
            if p.active:
                self.person.addItem(f"{p.name}（{p.department or '—'}）", p.id)
        self.password = password_edit(self, "password")
        self.confirm = password_edit(self, "confirm")
        self.role_chooser = RoleBoxes(parent=self)
        self.role_boxes = self.role_chooser.boxes
        self.must_change = named(QCheckBox(self.tr("Must change the password at first login")), "mustChange")
        self.must_change.setChecked(True)
        self.form.addRow(self.tr("User name:"), self.username)
        self.form.addRow(self.tr("Person:"), self.person)
        self.form.addRow(self.tr("Initial password:"), self.password)
        self.form.addRow(self.tr("Repeat password:"), self.confirm)
        self.form.addRow(self.tr("Roles:"), self.role_chooser)
        self.form.addRow("", self.must_change)

    def roles(self) -> set[Role]:
        return self.role_chooser.roles()

    def save(self) -> Any:
        from secledger.domain.errors import ValidationError
        from secledger.services.people.accounts import check_password_rules

        check_password_rules(self.password.text(), self.confirm.text())
        if self.person.currentData() is None:
            raise ValidationError("validation", field="person",
                                  detail=self.tr("choose the person who uses the account"))
        self._save(username=self.username.text().strip(), password=self.password.text(),
                   person_id=self.person.currentData(), roles=self.roles(),
                   must_change_password=self.must_change.isChecked())


class RolesDialog(FormDialog):
    """Change the roles of an account (the service records before and after)."""

    def __init__(self, ctx: AppContext, user: UserDTO, save: Callable[..., object],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Roles of {username}").format(username=user.username),
                         parent, ok=QDialogButtonBox.StandardButton.Save, min_width=420)
        self.setObjectName("rolesDialog")
        self._save = save
        self.role_chooser = RoleBoxes(user.roles, parent=self)
        self.form.addRow(self.tr("Person:"), QLabel(user.person_name))
        self.form.addRow(self.tr("Roles:"), self.role_chooser)

    def save(self) -> Any:
        return self._save(roles=self.role_chooser.roles())


class ResetPasswordDialog(FormDialog):
    def __init__(self, ctx: AppContext, username: str, save: Callable[..., object],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Reset password of {username}").format(username=username),
                         parent, ok=QDialogButtonBox.StandardButton.Save, min_width=420)
        self.setObjectName("resetPasswordDialog")
        self._save = save
        self.password = password_edit(self, "password")
        self.confirm = password_edit(self, "confirm")
        self.form.addRow(self.tr("Temporary password:"), self.password)
        self.form.addRow(self.tr("Repeat password:"), self.confirm)

    def save(self) -> Any:
        from secledger.services.people.accounts import check_password_rules

        check_password_rules(self.password.text(), self.confirm.text())
        self._save(new_password=self.password.text())
