"""The carry-out request form: the people (the holder first, then who goes with them), the
carriers by scanned label (one a line), destination, purpose, the period out, the 涉外/出境
flags and the protective measures. Saves through ``ctx.write``: a refusal (绝密 with one
person, to a foreign-affairs activity …) stays under the form, which keeps its input."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from secledger.domain.lookup import Use
from secledger.services.carriers import lookup
from secledger.services.custody import carry_out
from secledger.services.custody.carry_out import CarryOutInput
from secledger.services.ledger.timing import local_now
from secledger.ui.context import AppContext
from secledger.ui.panes.custody.routing import fill_people
from secledger.ui.widgets.forms import FormDialog, named, pydate, qdate
from secledger.ui.widgets.people_checklist import PeopleChecklist


class CarryOutDialog(FormDialog):
    """携带外出申请."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New carry-out request"), parent, min_width=560)
        led = ctx.ledger
        self.holder = named(QComboBox(), "carryHolder")
        fill_people(self.holder, led, placeholder=self.tr("— choose —"))
        self.companions = PeopleChecklist("carryCompanions")
        self.companions.fill(led)
        self.labels = named(QPlainTextEdit(), "carryLabels")
        self.labels.setPlaceholderText(self.tr("Scan the labels, one per line"))
        self.labels.setTabChangesFocus(True)
        self.labels.setMaximumHeight(90)
        self.destination = named(QLineEdit(), "carryDestination")
        self.purpose = named(QLineEdit(), "carryPurpose")
        today = qdate(local_now(led).date())
        self.out_on = named(QDateEdit(today), "carryOutOn")
        self.back_on = named(QDateEdit(today), "carryBackOn")
        period = QHBoxLayout()
        for w in (self.out_on, self.back_on):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
        period.addWidget(self.out_on)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.back_on)
        self.foreign = named(QCheckBox(self.tr("Foreign-affairs activity")),
                             "carryForeign")
        self.abroad = named(QCheckBox(self.tr("Goes abroad")), "carryAbroad")
        self.measures = named(QPlainTextEdit(), "carryMeasures")
        self.measures.setPlaceholderText(self.tr(
            "e.g. locked secure bag, never out of the bearer's hands, not left in hotels"))
        self.measures.setTabChangesFocus(True)
        self.measures.setMaximumHeight(70)
        rule = QLabel(self.tr("Top secret: two or more Core-cleared people carry it together, "
                              "approved by the post the policy names; never to a "
                              "foreign-affairs activity or abroad."))
        rule.setWordWrap(True)
        f = self.form
        f.addRow(self.tr("Carried by:"), self.holder)
        f.addRow(self.tr("Going with them:"), self.companions)
        f.addRow(self.tr("Carriers:"), self.labels)
        f.addRow(self.tr("Destination:"), self.destination)
        f.addRow(self.tr("Purpose:"), self.purpose)
        f.addRow(self.tr("Period out:"), period)
        f.addRow("", self.foreign)
        f.addRow("", self.abroad)
        f.addRow(self.tr("Protective measures:"), self.measures)
        f.addRow("", rule)

    def person_ids(self) -> tuple[int, ...]:
        first = self.holder.currentData()
        rest = [i for i in self.companions.checked_ids() if i != first]
        return tuple(([int(first)] if first else []) + rest)

    def save(self) -> Any:
        led = self.ctx.ledger
        ids = lookup.resolve_lines(led, self.labels.toPlainText().splitlines(), use=Use.CARRY_OUT)
        return carry_out.request_carry_out(led, CarryOutInput(
            person_ids=self.person_ids(), carrier_ids=tuple(ids),
            destination=self.destination.text(), purpose=self.purpose.text(),
            out_on=pydate(self.out_on.date()), back_on=pydate(self.back_on.date()),
            measures=self.measures.toPlainText(), foreign_affairs=self.foreign.isChecked(),
            abroad=self.abroad.isChecked()))
