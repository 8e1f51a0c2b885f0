"""People, departments and accounts (人员与账户), for the security officer.

The auditor sees the same tables read-only; the services refuse changes anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area, Changes
from secledger.domain.departures import DepartureKind, DepartureStatus
from secledger.domain.enums import Role
from secledger.services.people import accounts as users
from secledger.services.people import departures_read
from secledger.services.people import persons as people
from secledger.ui.context import AppContext
from secledger.ui.labels import label_for
from secledger.ui.panes.ledger.rekey_dialogs import NewRecoveryCodeDialog, RekeyDialog
from secledger.ui.panes.people.classifiers import ClassifiersTab
from secledger.ui.panes.people.departures import DeparturesTab
from secledger.ui.panes.people.dialogs import (
    AccountDialog,
    PersonDialog,
    ResetPasswordDialog,
    RolesDialog,
)
from secledger.ui.panes.people.models import DepartmentsModel, PeopleModel, UsersModel
from secledger.ui.panes.people.registrars_dialog import RegistrarsDialog
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.widgets.columns import preset_columns
from secledger.ui.widgets.forms import named
from secledger.ui.widgets.tablemodel import DtoTableModel


def _table(model: DtoTableModel[Any], name: str) -> QTableView:
    view = named(QTableView(), name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    preset_columns(view)
    return view


class PeoplePane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("peoplePane")
        self.people_model = PeopleModel(parent=self)
        self.users_model = UsersModel(parent=self)
        self.departments_model = DepartmentsModel(parent=self)
        self.people_view = _table(self.people_model, "peopleTable")
        self.users_view = _table(self.users_model, "usersTable")
        self.departments_view = _table(self.departments_model, "departmentsTable")
        self.buttons: dict[str, QPushButton] = {}
        self.tabs = named(QTabWidget(), "peopleTabs")
        self.person_detail = named(QLabel(), "personDeparture")  # the selected one's departures
        self.person_detail.setWordWrap(True)
        self.tabs.addTab(self._tab(self.people_view, [
            ("add_person", self.tr("New person…"), self.add_person),
            ("edit_person", self.tr("Edit…"), self.edit_person),
            ("deactivate_person", self.tr("Deactivate…"), self.deactivate_selected),
            ("depart_person", self.tr("Departure…"), self.depart_selected),
            ("top_secret_registrars", self.tr("Top-secret receipt and dispatch…"),
             self.edit_registrars),
        ], below=self.person_detail), self.tr("People"))
        self.tabs.addTab(self._tab(self.users_view, [
            ("add_user", self.tr("New account…"), self.add_user),
            ("set_roles", self.tr("Roles…"), self.edit_roles),
            ("reset_password", self.tr("Reset password…"), self.reset_selected),
            ("disable_user", self.tr("Disable…"), self.disable_selected),
            ("password_disclosed", self.tr("Password disclosed…"), self.password_disclosed),
            ("rekey", self.tr("Change master key…"), lambda: self.start_rekey()),
        ]), self.tr("Accounts"))
        self.buttons["rekey"].setToolTip(self.tr(
            "Re-encrypt the ledger under a new master key and issue a new recovery code: after "
            "an account is disabled, or when a password or the recovery code may be known to "
            "someone else."))
        self.rekey_dialog: NewRecoveryCodeDialog | None = None
        self.tabs.addTab(self._tab(self.departments_view, [
            ("add_department", self.tr("New department…"), self.add_department),
        ]), self.tr("Departments"))
        self.classifiers = ClassifiersTab(ctx)
        self.tabs.addTab(self.classifiers, self.tr("Designated classifiers"))
        self.departures = DeparturesTab(ctx, self._selected_person_id, self.offer_rekey)
        self.tabs.addTab(self.departures, self.tr("Departures and cooling-off"))
        self.people_view.selectionModel().selectionChanged.connect(
            lambda *_a: self.show_person_detail())
        QVBoxLayout(self).addWidget(self.tabs)
        ctx.changed.connect(self._changed)

    def _tab(self, view: QTableView, buttons: list[tuple[str, str, Callable[[], Any]]], *,
             below: QWidget | None = None) -> QWidget:
        page = QWidget()
        row = QHBoxLayout()
        for key, text, slot in buttons:
            button = named(QPushButton(text), key)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        lay = QVBoxLayout(page)
        lay.addLayout(row)
        lay.addWidget(view, 1)
        if below is not None:
            lay.addWidget(below)
        return page

    # -- data ---------------------------------------------------------------------------
    @property
    def can_edit(self) -> bool:
        led = self.ctx.ledger
        return not led.locked and Role.SECURITY_OFFICER in led.user.roles

    def refresh(self) -> None:
        led = self.ctx.ledger
        if led.locked:
            return
        self._reload(self.people_view, self.people_model,
                     people.list_people(led, with_holdings=True))
        self._reload(self.users_view, self.users_model, users.list_users(led))
        self._reload(self.departments_view, self.departments_model, people.list_departments(led))
        self.classifiers.refresh()
        self.departures.refresh()
        for button in self.buttons.values():
            button.setEnabled(self.can_edit)
        self.show_person_detail()

    @staticmethod
    def _reload(view: QTableView, model: DtoTableModel[Any], rows: list[Any]) -> None:
        """Replace the rows and keep the selected row (by id) selected."""
        selected = _selected(view, model)
        model.set_rows(rows)
        if selected is None:
            return
        for i, item in enumerate(rows):
            if item.id == selected.id:
                view.selectionModel().select(
                    model.index(i, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                view.setCurrentIndex(model.index(i, 0))

    def _changed(self, changes: object) -> None:
        if (isinstance(changes, Changes) and self.isVisible()
                and changes.touches(Area.PEOPLE, Area.USERS, Area.HANDOVERS, Area.MEDIA)):
            self.refresh()

    def _run(self, fn: Callable[[], object]) -> bool:
        """A write; True when it succeeded (its Changes refreshed the tables)."""
        def call() -> bool:
            fn()
            return True
        return bool(self.ctx.write(call, parent=self))

    # -- people -------------------------------------------------------------------------
    def selected_person(self) -> Any:
        return _selected(self.people_view, self.people_model)

    def add_person(self) -> None:
        led = self.ctx.ledger
        dlg = PersonDialog(self.ctx, people.list_departments(led),
                           lambda **kw: people.create_person(led, **kw), parent=self)
        dlg.exec()  # the dialog writes through ctx.write: its Changes refresh the tables

    def _selected_person_id(self) -> int | None:
        person = self.selected_person()
        return int(person.id) if person is not None else None

    def depart_selected(self) -> None:
        """办理离岗 for the selected person (on the departures tab, which lists it)."""
        self.tabs.setCurrentWidget(self.departures)
        self.departures.open_departure()

    def show_person_detail(self) -> None:
        """The selected person's departures and 脱密期, under the table."""
        person, led = self.selected_person(), self.ctx.ledger
        if person is None or led.locked:
            self.person_detail.setText("")
            return
        rows = departures_read.list_departures(led, person_id=person.id)
        self.person_detail.setText("\n".join(self._departure_line(d) for d in rows))

    def _departure_line(self, d: Any) -> str:
        line = self.tr("{reg_no}: {kind} on {day}, {status}").format(
            reg_no=d.reg_no, kind=label_for(DepartureKind(d.kind)), day=d.departs_on.isoformat(),
            status=label_for(DepartureStatus(d.status)))
        if d.cooling_from is not None and d.cooling_until is not None:
            line += self.tr("; cooling-off period {start} to {end}").format(
                start=d.cooling_from.isoformat(), end=d.cooling_until.isoformat())
            if d.in_cooling_off:
                line += self.tr(", {days} days left").format(days=d.days_left)
        return line

    def edit_registrars(self) -> None:
        RegistrarsDialog(self.ctx, self).exec()  # writes through ctx.write (policy.changed)

    def edit_person(self) -> None:
        person, led = self.selected_person(), self.ctx.ledger
        if person is None:
            return
        dlg = PersonDialog(self.ctx, people.list_departments(led),
                           lambda **kw: people.update_person(led, person_id=person.id, **kw),
                           person=person, parent=self)
        dlg.exec()

    def deactivate_selected(self) -> None:
        person = self.selected_person()
        if person is None or not person.active:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Deactivate {name}").format(name=person.name),
            self.tr("Reason (e.g. retired, transferred):"))
        if ok:
            self.deactivate(person.id, reason)

    def deactivate(self, person_id: int, reason: str) -> bool:
        """Deactivate; a person still holding carriers is refused with the list."""
        return self._run(lambda: people.deactivate_person(
            self.ctx.ledger, person_id=person_id, reason=reason))

    # -- accounts -------------------------------------------------------------------------
    def selected_user(self) -> Any:
        return _selected(self.users_view, self.users_model)

    def add_user(self) -> None:
        led = self.ctx.ledger
        dlg = AccountDialog(self.ctx, people.list_people(led, active_only=True),
                            lambda **kw: users.create_user(led, **kw), parent=self)
        dlg.exec()

    def edit_roles(self) -> None:
        """Change the selected account's roles; a refusal (三员分立) shows in the dialog."""
        user, led = self.selected_user(), self.ctx.ledger
        if user is None:
            return
        dlg = RolesDialog(self.ctx, user, lambda **kw: users.set_roles(
            led, user_id=user.id, **kw), parent=self)
        dlg.exec()

    def reset_selected(self) -> None:
        user, led = self.selected_user(), self.ctx.ledger
        if user is None:
            return
        dlg = ResetPasswordDialog(self.ctx, user.username, lambda **kw: users.reset_password(
            led, user_id=user.id, **kw), parent=self)
        dlg.exec()

    def disable_selected(self) -> None:
        user = self.selected_user()
        if user is None or user.disabled:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Disable {username}").format(username=user.username),
            self.tr("Reason:"))
        if ok and self._run(lambda: users.disable_user(self.ctx.ledger, user_id=user.id,
                                                       reason=reason)):
            self.offer_rekey(self.tr("The account {username} is disabled and its key slot is "
                                     "gone from the ledger folder and its backups.")
                             .format(username=user.username))

    # -- master key ---------------------------------------------------------------------
    def offer_rekey(self, reason: str) -> None:
        """Ask whether to change the master key now (after a disable or a reset)."""
        answer = QMessageBox.question(
            self, self.tr("Change the master key?"),
            reason + "\n\n" + self.tr("Whoever used that account or password may have copied "
                                       "the master key. Change the master key now?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.start_rekey(reason)

    def password_disclosed(self) -> None:
        """A password is known to someone else: replace it, then change the master key."""
        user = self.selected_user()
        me = self.ctx.ledger.user
        if user is None or user.disabled or user.id == me.id:
            self.start_rekey(self.tr("If it is your own password that was disclosed, cancel, change "
                                     "your password first, then change the master key."))
            return
        dlg = ResetPasswordDialog(self.ctx, user.username, lambda **kw: users.reset_password(
            self.ctx.ledger, user_id=user.id, **kw), parent=self)
        if dlg.exec():
            self.start_rekey(self.tr("The password of {username} was replaced by a temporary "
                                     "one.").format(username=user.username))

    def start_rekey(self, reason: str = "") -> None:
        """Confirm with the officer's password, then rekey off the GUI thread."""
        from secledger.services.ledger.rekey import rekey_ledger

        dlg = RekeyDialog(self.ctx, reason, parent=self)
        if not dlg.exec():
            return
        led, password = self.ctx.ledger, dlg.result_dto
        self.ctx.write_long(lambda _progress: rekey_ledger(led, password=password),
                            title=self.tr("Changing the master key…"), parent=self,
                            on_done=self.show_new_code)

    def show_new_code(self, result: Any) -> None:
        """The ledger is keyed anew (its event refreshed the accounts): show the new code."""
        self.rekey_dialog = NewRecoveryCodeDialog(self.ctx, self.ctx.ledger, result, parent=self)
        self.rekey_dialog.exec()

    # -- departments ------------------------------------------------------------------------
    def add_department(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New department"),
                                        self.tr("Department name:"))
        if ok and name.strip():
            self._run(lambda: people.create_department(self.ctx.ledger, name=name))


def _selected(view: QTableView, model: DtoTableModel[Any]) -> Any:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return model.row_at(rows[0].row()) if rows else None


register_pane(PaneSpec(
    key="people",
    title=str(QT_TRANSLATE_NOOP("Panes", "People and accounts")),
    icon="SP_DirHomeIcon",
    roles=frozenset({Role.SECURITY_OFFICER, Role.AUDITOR}),
    order=80,
    factory=lambda ctx: PeoplePane(ctx),
))
