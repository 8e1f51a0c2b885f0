"""Dialogs of the people pane: person, account, password reset."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.enums import Clearance, Role
from secledger.services.dto import DepartmentDTO, PersonDTO
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
        self.role_boxes: dict[Role, QCheckBox] = {}
        roles = QVBoxLayout()
        for role in Role:
            box = named(QCheckBox(label_for(role)), f"role_{role.value}")
            self.role_boxes[role] = box
            roles.addWidget(box)
        self.must_change = named(QCheckBox(self.tr("Must change the password at first login")), "mustChange")
        self.must_change.setChecked(True)
        self.form.addRow(self.tr("User name:"), self.username)
        self.form.addRow(self.tr("Person:"), self.person)
        self.form.addRow(self.tr("Initial password:"), self.password)
        self.form.addRow(self.tr("Repeat password:"), self.confirm)
        self.form.addRow(self.tr("Roles:"), roles)
        self.form.addRow("", self.must_change)

    def roles(self) -> set[Role]:
        return {r for r, box in self.role_boxes.items() if box.isChecked()}

    def save(self) -> Any:
        from secledger.domain.errors import ValidationError
        from secledger.services.users import check_password_rules

        check_password_rules(self.password.text(), self.confirm.text())
        if self.person.currentData() is None:
            raise ValidationError("validation", field="person",
                                  detail=self.tr("choose the person who uses the account"))
        if not self.roles():
            raise ValidationError("validation", field="roles",
                                  detail=self.tr("give the account at least one role"))
        self._save(username=self.username.text().strip(), password=self.password.text(),
                   person_id=self.person.currentData(), roles=self.roles(),
                   must_change_password=self.must_change.isChecked())


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
        from secledger.services.users import check_password_rules

        check_password_rules(self.password.text(), self.confirm.text())
        self._save(new_password=self.password.text())
