"""领用/个人留存 pane: issue a carrier in store to a person for work, with the
approver who signed and a due date; take it back by selecting or scanning; the list of what
is out per person; print the personal retention register (个人留存（领用）登记簿).

A scanned label goes to the issue form; in "take back" mode it is taken back at once. In
issue mode a scanned carrier that is out with someone is selected in the list and the focus
moves to "Take back", so Enter records its return. Refusals (not cleared, outside 知悉范围,
not in store) are shown in red under the form, which keeps what was typed, and the focus
goes to the field at fault.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area
from secledger.domain.enums import CarrierState, Role
from secledger.domain.errors import DomainError, ValidationError
from secledger.domain.lookup import Use
from secledger.services.approvals import requests as approvals
from secledger.services.audit import output_levels as olv
from secledger.services.carriers.items import CarrierItem
from secledger.services.carriers.refs import CarrierRef
from secledger.services.custody import circulation as circ
from secledger.services.custody import printing as wf_print
from secledger.services.custody import retention
from secledger.services.custody.retention import RetentionDTO
from secledger.services.ledger.timing import local_now, policy_int, utc_naive
from secledger.ui.context import AppContext
from secledger.ui.labels import label_of
from secledger.ui.panes.custody.common import changed_in
from secledger.ui.panes.custody.people_registers import RETENTION, open_register
from secledger.ui.panes.custody.retention_model import RetentionModel, Row
from secledger.ui.panes.custody.routing import (
    ButtonsMixin,
    fill_people,
    printing,
    selected,
    table,
    when,
)
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.statuses import overdue_text
from secledger.ui.widgets.carrier_picker import CarrierPicker
from secledger.ui.widgets.columns import fit_columns
from secledger.ui.widgets.forms import ErrorLabel, named, qdate
from secledger.ui.widgets.saving import write_file

AREAS = (Area.CARRIERS, Area.RETENTION, Area.PEOPLE)
APPROVER_KEY = "retention/last_approver"
T = TypeVar("T")


class FormErrors:
    """The issue form's error line (an ``ErrorSink`` for ``ctx.write``): a refusal is shown
    under the form, which keeps its input, and the focus goes to the field at fault
    (``ctx.write`` hands the refusal itself to ``show_refusal``)."""

    def __init__(self, pane: RetentionPane) -> None:
        self.pane = pane

    def show_text(self, text: str) -> None:
        self.pane.error.show_text(text)

    def show_refusal(self, exc: DomainError, text: str) -> None:
        self.show_text(text)
        code = exc.code
        if code.startswith(("access.", "person.", "retention.person")):
            self.pane.person.setFocus()
        elif code == "retention.approver_required" or code.startswith("approval"):
            self.pane.approver.setFocus()

    def clear_text(self) -> None:
        self.pane.error.clear_text()


class RetentionPane(ButtonsMixin, QWidget):
    AUTO_DEFAULT = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("retentionPane")
        self.carrier: CarrierRef | None = None
        self.info = named(QLabel(self.tr("No carrier chosen.")), "carrierInfo")
        self.info.setWordWrap(True)
        self.person = named(QComboBox(), "personCombo")
        self.approver = named(QComboBox(), "approverCombo")
        self.due = named(QDateEdit(), "dueDate")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.form_no = named(QLineEdit(), "formNo")
        self.form_no.setPlaceholderText(self.tr("Number of the signed paper approval, if any"))
        self.purpose = named(QLineEdit(), "purposeEdit")
        self.purpose.setPlaceholderText(self.tr("What the person needs it for; remarks"))
        self.error = ErrorLabel(self)
        self.form_errors = FormErrors(self)
        # scan, 登记号 (with 份号) or words; what can neither be issued nor taken back says why
        self.picker = CarrierPicker(ctx, Use.RETENTION, error=self.error)
        self.find_edit, self.matches = self.picker.edit, self.picker.matches
        self.issue_mode = named(QRadioButton(self.tr("Scan to issue")), "scanIssue")
        self.back_mode = named(QRadioButton(self.tr("Scan to take back")), "scanTakeBack")
        self.issue_mode.setChecked(True)
        self.filter = named(QComboBox(), "personFilter")
        self.show_returned = named(QCheckBox(self.tr("Include returned")), "showReturned")
        self.status = named(QLabel(""), "retentionStatus")
        self.status.setWordWrap(True)
        self.model = RetentionModel(parent=self)
        self.view = table(self.model, "retentionTable")
        self.buttons: dict[str, QPushButton] = {}
        self._due_set = False
        self._layout()
        self._connect()

    def _layout(self) -> None:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Carrier:")), 0, 0)
        grid.addWidget(self.picker, 0, 1, 1, 3)
        grid.addWidget(self.info, 1, 1, 1, 3)
        for row, col, text, w in (
                (2, 0, self.tr("Issued to:"), self.person),
                (2, 2, self.tr("Approved by:"), self.approver),
                (3, 0, self.tr("Due back on:"), self.due),
                (3, 2, self.tr("Approval form no.:"), self.form_no)):
            grid.addWidget(QLabel(text), row, col)
            grid.addWidget(w, row, col + 1)
        grid.addWidget(QLabel(self.tr("Purpose:")), 4, 0)
        grid.addWidget(self.purpose, 4, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        actions = QHBoxLayout()
        actions.addWidget(self._button("issueButton", self.tr("Issue to this person"), self.issue))
        actions.addStretch(1)
        form = QVBoxLayout()
        form.addLayout(grid)
        form.addLayout(actions)
        form.addWidget(self.error)
        group = QGroupBox(self.tr("Issue for personal retention"))
        group.setLayout(form)
        bar = QHBoxLayout()
        bar.addWidget(self.issue_mode)
        bar.addWidget(self.back_mode)
        bar.addSpacing(24)
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.show_returned)
        bar.addWidget(self._button("takeBackButton", self.tr("Take back selected"), self.take_back))
        bar.addWidget(self._button("printRegister", self.tr("Retention register…"),
                                   self.print_register))
        lay = QVBoxLayout(self)
        lay.addWidget(group)
        lay.addLayout(bar)
        lay.addWidget(self.status)
        lay.addWidget(self.view, 1)
        self.setTabOrder(self.find_edit, self.matches)
        for a, b in ((self.matches, self.person), (self.person, self.approver),
                     (self.approver, self.due), (self.due, self.form_no),
                     (self.form_no, self.purpose), (self.purpose, self.buttons["issueButton"])):
            self.setTabOrder(a, b)

    def _connect(self) -> None:
        self.picker.picked.connect(self._picked)
        self.form_no.returnPressed.connect(self.issue)
        self.purpose.returnPressed.connect(self.issue)
        self.filter.activated.connect(lambda _i: self._load_rows())
        self.show_returned.toggled.connect(lambda _on: self._load_rows())
        self.view.doubleClicked.connect(lambda _i: self.take_back())
        self.ctx.changed.connect(self._changed)

    # -- data -------------------------------------------------------------------------------
    def refresh(self) -> None:
        led = self.ctx.ledger
        if led.locked:
            return
        fill_people(self.person, led, placeholder=self.tr("— choose —"))
        had_approver = self.approver.count() > 0
        fill_people(self.approver, led, placeholder=self.tr("— choose —"),
                    only=approvals.approvers(led))  # 领用 is approved by an approver
        if not had_approver:
            self._restore_approver()
        fill_people(self.filter, led, placeholder=self.tr("Everyone"))
        if not self._due_set:
            self.reset_due()
        self._load_rows()
        if self.carrier is not None:  # its state may have changed elsewhere
            self.carrier = circ.carrier_status(led, self.carrier.carrier_id)[0]
        self._show_info()
        clerk = Role.CLERK in led.user.roles
        for b in self.buttons.values():
            b.setEnabled(clerk)

    def reset_due(self) -> None:
        """The due date back to the policy default (today + retention_days)."""
        led = self.ctx.ledger
        self.due.setDate(qdate(local_now(led).date() + timedelta(days=policy_int(led, "retention_days"))))
        self._due_set = True

    def _load_rows(self) -> None:
        led = self.ctx.ledger
        pid = self.filter.currentData()
        items = retention.retentions(led, person_id=int(pid) if pid is not None else None,
                                     open_only=not self.show_returned.isChecked())
        now = utc_naive(led.now())
        self.model.set_rows([self._row(x, now) for x in items])
        fit_columns(self.view)
        out = sum(1 for x in items if x.is_out)
        late = sum(1 for r in self.model.rows() if r.overdue)
        self.status.setText(self.tr("{n} out on personal retention, {late} overdue.")
                            .format(n=out, late=late))

    def _row(self, x: RetentionDTO, now: Any) -> Row:
        led = self.ctx.ledger
        if x.returned_at is not None:
            status, late = self.tr("Returned"), False
        else:
            secs = int((now - x.due_at).total_seconds())
            status, late = overdue_text(secs), secs > 0
        return Row(x, when(led, x.issued_at), when(led, x.due_at), when(led, x.returned_at),
                   status, late)

    def _changed(self, changes: object) -> None:
        if changed_in(changes, *AREAS) and self.isVisible():
            self.refresh()

    def _try(self, fn: Callable[[], T]) -> T | None:
        """Run a service call through ``ctx.write``; a refusal is shown under the form."""
        return self.ctx.write(fn, parent=self, error=self.form_errors)

    # -- choosing a carrier -----------------------------------------------------------------
    def _picked(self, item: CarrierItem, how: str) -> None:
        if how == "label":
            self._scanned(item)
        else:
            self.choose(item.carrier_id)

    def choose(self, carrier_id: int) -> None:
        got = self._try(lambda: circ.carrier_status(self.ctx.ledger, carrier_id))
        if got is None:
            return
        self.carrier = got[0]
        self._show_info()
        (self.person if self.person.currentData() is None else self.buttons["issueButton"]).setFocus()

    def _show_info(self) -> None:
        c = self.carrier
        if c is None:
            self.info.setText(self.tr("No carrier chosen."))
            return
        self.info.setText(f"{c.reg_no}　《{c.title}》　{c.mark}　第{c.copy_no_text}份"
                          f"　— {label_of(CarrierState, c.state)}")

    def handle_scan(self, label_id: str) -> bool:
        """Issue mode: choose the carrier (or select it in the list when it is out);
        take-back mode: take it back now. One that is neither says why."""
        return self.picker.take(label_id)

    def _scanned(self, ref: CarrierItem) -> None:
        cid = ref.carrier_id
        if self.back_mode.isChecked():
            self._take_back(carrier_id=cid)
            self.find_edit.setFocus()
            return
        if ref.state == CarrierState.WITH_HOLDER.value and self._select_out(cid):
            self.status.setText(self.tr("{reg_no} copy {copy} is out with {person}; "
                                        "press Enter to take it back.").format(
                reg_no=ref.reg_no, copy=ref.copy_no, person=self._selected_person()))
            self.buttons["takeBackButton"].setFocus()
            return
        self.choose(cid)

    def _select_out(self, carrier_id: int) -> bool:
        for attempt_all in (False, True):
            if attempt_all and self.filter.currentData() is not None:
                self.filter.setCurrentIndex(0)
                self._load_rows()
            for i, r in enumerate(self.model.rows()):
                if r.item.carrier.carrier_id == carrier_id and r.item.is_out:
                    self.view.selectRow(i)
                    return True
        return False

    def _selected_person(self) -> str:
        row = selected(self.view, self.model)
        return row.item.person if row is not None else ""

    # -- issue / take back ------------------------------------------------------------------
    def issue(self) -> None:
        c, led = self.carrier, self.ctx.ledger
        pid, aid = self.person.currentData(), self.approver.currentData()
        q = self.due.date()

        def call() -> RetentionDTO:
            if c is None:
                raise ValidationError("wf.carrier_required", field="carrier")
            if pid is None:
                raise ValidationError("retention.person_required", field="person")
            return retention.issue_to(
                led, carrier_id=c.carrier_id, person_id=int(pid),
                approver_person_id=int(aid) if aid is not None else None,
                purpose=self.purpose.text(), due_on=date(q.year(), q.month(), q.day()),
                form_no=self.form_no.text())

        got = self._try(call)
        if got is None:
            return
        self.ctx.settings.setValue(APPROVER_KEY, int(aid))
        self._issued(got)

    def _issued(self, r: RetentionDTO) -> None:
        self.carrier = None
        self.form_no.clear()
        self.purpose.clear()
        self._show_info()
        self.status.setText(self.tr("Issued {reg_no} copy {copy} to {person}; due back {due}.")
                            .format(reg_no=r.carrier.reg_no, copy=r.carrier.copy_no_text,
                                    person=r.person, due=when(self.ctx.ledger, r.due_at)))
        self.find_edit.setFocus()  # ready for the next scan

    def take_back(self) -> None:
        row = selected(self.view, self.model)
        if row is None or not row.item.is_out:
            self.status.setText(self.tr("Choose a carrier that is out in the list, or scan it."))
            return
        self._take_back(carrier_id=row.item.carrier.carrier_id)

    def _take_back(self, *, carrier_id: int) -> None:
        led = self.ctx.ledger
        got = self._try(lambda: retention.take_back(led, carrier_id=carrier_id))
        if got is None:
            return
        self.status.setText(self.tr("Taken back from {person}: {reg_no} copy {copy}.").format(
            person=got.person, reg_no=got.carrier.reg_no, copy=got.carrier.copy_no_text))

    def _restore_approver(self) -> None:
        last = self.ctx.settings.value(APPROVER_KEY)
        i = self.approver.findData(int(last)) if last not in (None, "") else -1
        if i >= 0:
            self.approver.setCurrentIndex(i)

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("Saved {path}").format(path=str(path)))

    # -- printing ----------------------------------------------------------------------------
    def print_register(self, path: Path | None = None) -> None:
        """The register of the person chosen to *path*; without one, the register to narrow
        (by document, person, department, period), print and export."""
        pid = self.filter.currentData()
        if path is None:
            open_register(self.ctx, RETENTION, self, person_id=pid)
            return
        who = self.filter.currentText().split("（")[0] if pid is not None else ""
        name = f"个人留存登记簿_{who}.pdf" if who else "个人留存登记簿.pdf"
        led = self.ctx.ledger
        write_file(self.ctx, self, path, ask=self.tr("Save personal retention register"), name=name,
                   busy=printing(), level=olv.of_retention_register(led, pid), cancellable=True,
                   write=lambda target, p: wf_print.print_retention_register(
                       led, path=target, person_id=int(pid) if pid is not None else None,
                       progress=p),
                   on_done=self._saved)


register_pane(PaneSpec(
    key="retention", title=str(QT_TRANSLATE_NOOP("Panes", "Personal retention")),
    icon="SP_FileDialogInfoView", roles=frozenset({Role.CLERK}), order=35,
    factory=lambda ctx: RetentionPane(ctx),
))
