"""定密责任人 tab of the people pane: the security officer designates who may decide 定密,
变更 and 解密 of the unit's own secrets, each up to a highest level (never above the
person's clearance), and revokes a designation with a reason. A designation is a fact about
a person: he decides through an approver account, or signs the paper form the clerk
records. The auditor sees the list read-only."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area
from secledger.domain.enums import Classification, Role
from secledger.services.classification import designations
from secledger.services.classification.designations import DesignationDTO
from secledger.services.ledger.timing import local_now
from secledger.ui.context import AppContext
from secledger.ui.labels import label_for
from secledger.ui.panes.custody.common import changed_in, fit_columns, table
from secledger.ui.panes.custody.routing import fill_people, selected
from secledger.ui.widgets.dates import DateLine, parse_when
from secledger.ui.widgets.forms import FormDialog, named
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

D = DesignationDTO


def _in_app(d: D) -> str:
    if d.can_approve_in_app:
        return QCoreApplication.translate("PeopleColumns", "yes")
    return QCoreApplication.translate("PeopleColumns", "on paper")


def _status(d: D) -> str:
    if d.active:
        return QCoreApplication.translate("PeopleColumns", "active")
    return QCoreApplication.translate("PeopleColumns", "revoked")


def _level(d: D) -> str:
    return label_for(Classification(d.max_level))


class DesignationsModel(DtoTableModel[D]):
    CONTEXT = "PeopleColumns"
    COLUMNS = (
        Column[D](QT_TRANSLATE_NOOP("PeopleColumns", "Name"), lambda d: d.name),
        Column[D](QT_TRANSLATE_NOOP("PeopleColumns", "Department"), lambda d: d.department),
        Column[D](QT_TRANSLATE_NOOP("PeopleColumns", "Highest level"), _level),
        Column[D](QT_TRANSLATE_NOOP("PeopleColumns", "Designated on"),
                  lambda d: d.designated_on.isoformat()),
        Column[D](QT_TRANSLATE_NOOP("PeopleColumns", "Reference"), lambda d: d.reference),
        Column[D](QT_TRANSLATE_NOOP("PeopleColumns", "Decides in the app"), _in_app),
        Column[D](QT_TRANSLATE_NOOP("PeopleColumns", "Status"), _status),
        Column[D](QT_TRANSLATE_NOOP("PeopleColumns", "Remarks"),
                  lambda d: d.revoke_reason or d.scope_note),
    )


class DesignateDialog(FormDialog):
    """指定定密责任人: the person, the highest level, the designating document, the day."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Designate a classifier"), parent, min_width=460)
        self.setObjectName("designateDialog")
        self.person = named(QComboBox(), "classifierPerson")
        fill_people(self.person, ctx.ledger, placeholder=self.tr("— choose —"))
        self.level = named(QComboBox(), "classifierLevel")
        for c in (Classification.TOP_SECRET, Classification.SECRET, Classification.CONFIDENTIAL):
            self.level.addItem(label_for(c), c)
        self.reference = named(QLineEdit(), "classifierReference")
        self.reference.setPlaceholderText(self.tr("No. of the designating document"))
        self.note = named(QLineEdit(), "classifierNote")
        self.on = DateLine("classifierOn")
        self.on.set_date(local_now(ctx.ledger).date())
        self.form.addRow(self.tr("Person:"), self.person)
        self.form.addRow(self.tr("May decide up to:"), self.level)
        self.form.addRow(self.tr("Designated by (document no.):"), self.reference)
        self.form.addRow(self.tr("Scope of authority:"), self.note)
        self.form.addRow(self.tr("Designated on:"), self.on)

    def save(self) -> Any:
        got = parse_when(self.on.text(), "指定日期", "designated_on")
        day: date | None = got[0] if got else None
        return designations.designate(
            self.ctx.ledger, person_id=self.person.currentData() or 0,
            max_level=Classification(self.level.currentData()), reference=self.reference.text(),
            scope_note=self.note.text(), designated_on=day)


class ClassifiersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("classifiersTab")
        self.model = DesignationsModel(parent=self)
        self.view = table(self.model, "classifiersTable")
        self.revoked = named(QCheckBox(self.tr("Show revoked")), "showRevoked")
        self.revoked.toggled.connect(lambda _on: self.refresh())
        self.designate_button = named(QPushButton(self.tr("Designate…")), "designate")
        self.designate_button.clicked.connect(lambda _=False: self.designate())
        self.revoke_button = named(QPushButton(self.tr("Revoke…")), "revokeDesignation")
        self.revoke_button.clicked.connect(lambda _=False: self.revoke())
        row = QHBoxLayout()
        for w in (self.designate_button, self.revoke_button):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.revoked)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.view, 1)
        ctx.changed.connect(self._changed)

    def refresh(self) -> None:
        led = self.ctx.ledger
        if led.locked:
            return
        shown = designations.designations(led, active_only=not self.revoked.isChecked())
        self.model.set_rows(shown)
        fit_columns(self.view)
        officer = Role.SECURITY_OFFICER in led.user.roles
        self.designate_button.setEnabled(officer)
        self.revoke_button.setEnabled(officer)

    def _changed(self, changes: object) -> None:
        if changed_in(changes, Area.CLASSIFICATION, Area.PEOPLE, Area.USERS) and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown (its tab chosen): what changed while hidden is read now."""
        super().showEvent(event)
        if self.ctx.has_ledger and not self.ctx.ledger.locked:
            self.refresh()

    def designate(self) -> Any:
        dlg = DesignateDialog(self.ctx, self)
        dlg.exec()  # writes through ctx.write: its Changes refresh the list
        return dlg.result_dto

    def revoke(self, reason: str | None = None) -> None:
        d = selected(self.view, self.model)
        if d is None or not d.active:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Revoke the designation of {name}").format(name=d.name),
                self.tr("Reason:"))
            if not ok:
                return
        self.ctx.write(lambda: designations.revoke(self.ctx.ledger, designation_id=d.id,
                                                   reason=reason or ""), parent=self)
