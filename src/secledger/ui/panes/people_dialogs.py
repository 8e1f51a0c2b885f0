"""Dialogs of the people pane: person, account, password reset."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.enums import Clearance, Role
from secledger.domain.errors import DomainError
from secledger.services.dto import DepartmentDTO, PersonDTO
from secledger.ui.context import AppContext
from secledger.ui.labels import label_for
from secledger.ui.widgets.forms import ErrorLabel, named, password_edit


class _FormDialog(QDialog):
    """A form with an inline error line; ``save`` runs the service call."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = ErrorLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.setMinimumWidth(420)

    def call(self) -> None:
        raise NotImplementedError

    def save(self) -> bool:
        try:
            self.call()
        except DomainError as exc:
            self.error.show_text(self.ctx.error_text(exc))
            return False
        self.accept()
        return True


class PersonDialog(_FormDialog):
    def __init__(self, ctx: AppContext, departments: list[DepartmentDTO],
                 save: Callable[..., object], person: PersonDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Edit person") if person else self.tr("New person"), parent)
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

    def call(self) -> None:
        self._save(name=self.name.text(), department_id=self.department.currentData(),
                   post=self.post.text(), clearance=Clearance(self.clearance.currentData()))


class AccountDialog(_FormDialog):
    def __init__(self, ctx: AppContext, people: list[PersonDTO], save: Callable[..., object],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New account"), parent)
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

    def call(self) -> None:
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


class ResetPasswordDialog(_FormDialog):
    def __init__(self, ctx: AppContext, username: str, save: Callable[..., object],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Reset password of {username}").format(username=username),
                         parent)
        self.setObjectName("resetPasswordDialog")
        self._save = save
        self.password = password_edit(self, "password")
        self.confirm = password_edit(self, "confirm")
        self.form.addRow(self.tr("Temporary password:"), self.password)
        self.form.addRow(self.tr("Repeat password:"), self.confirm)

    def call(self) -> None:
        from secledger.services.users import check_password_rules

        check_password_rules(self.password.text(), self.confirm.text())
        self._save(new_password=self.password.text())
