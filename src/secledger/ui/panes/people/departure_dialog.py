"""办理离岗: the dialog that opens a departure (离岗、离职、调动).

It shows what the person still holds (carriers, classified devices and media), takes the
kind, the day of leaving, the reason and destination, the receiver and the witness, and the
脱密期 (the range of the person's clearance beside it; the service refuses a length outside
it, naming the rule). A user who holds the clerk role can run the handover to the receiver
from here (the handover service, one event per carrier); otherwise the dialog says that the
clerk hands over in the 移交 pane. Every write goes through ``ctx.write``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QWidget,
)

from secledger.domain.custody import HandoverReason
from secledger.domain.departures import (
    COOLING_OFF_MONTHS,
    DepartureKind,
    default_months,
    months_label,
    months_label_en,
)
from secledger.domain.enums import Clearance, Role
from secledger.domain.errors import ValidationError
from secledger.services.custody import handover
from secledger.services.ledger.timing import local_now
from secledger.services.people import departures, departures_read
from secledger.services.people import persons as people
from secledger.services.people.departures_read import Remaining
from secledger.ui.context import AppContext
from secledger.ui.labels import english, label_for
from secledger.ui.panes.custody.common import fill_people, select_data
from secledger.ui.widgets.forms import FormDialog, named, pydate, qdate

#: the 移交事由 a departure's handover is recorded under
HANDOVER_REASON = {DepartureKind.LEAVE: HandoverReason.LEAVE,
                   DepartureKind.RESIGN: HandoverReason.LEAVE,
                   DepartureKind.TRANSFER: HandoverReason.TRANSFER}


def months_text(months: int) -> str:
    """``3 years``, ``6 months`` / ``3年``, ``6个月`` in the app's language."""
    return months_label_en(months) if english() else months_label(months)


class DepartureDialog(FormDialog):
    def __init__(self, ctx: AppContext, person_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Departure from a classified post"), parent,
                         ok=QDialogButtonBox.StandardButton.Save, min_width=620)
        self.setObjectName("departureDialog")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Open the departure"))
        self.clearances = {p.id: Clearance(p.clearance)
                           for p in people.list_people(ctx.ledger, active_only=True)}
        self.remaining: Remaining | None = None
        self._build()
        if person_id is not None:
            select_data(self.person, person_id)
        self.person.currentIndexChanged.connect(lambda _i: self.person_changed())
        self.person_changed()

    def _build(self) -> None:
        self.person = named(QComboBox(), "departurePerson")
        fill_people(self.person, self.ctx, blank=self.tr("— choose a person —"))
        self.kind = named(QComboBox(), "departureKind")
        for k in DepartureKind:
            self.kind.addItem(label_for(k), k.value)
        self.departs_on = named(QDateEdit(), "departsOn")
        self.departs_on.setCalendarPopup(True)
        self.departs_on.setDisplayFormat("yyyy-MM-dd")
        self.departs_on.setDate(qdate(local_now(self.ctx.ledger).date()))
        self.reason = named(QLineEdit(), "departureReason")
        self.reason.setPlaceholderText(self.tr("e.g. transferred to the municipal office"))
        self.destination = named(QLineEdit(), "departureDestination")
        self.receiver = named(QComboBox(), "departureReceiver")
        self.witness = named(QComboBox(), "departureWitness")
        fill_people(self.receiver, self.ctx)
        fill_people(self.witness, self.ctx)
        self.months = named(QSpinBox(), "coolingMonths")
        self.months.setRange(0, 120)
        self.months.setSuffix(self.tr(" months"))
        self.range_hint = named(QLabel(), "coolingRange")
        months_row = QHBoxLayout()
        months_row.addWidget(self.months)
        months_row.addWidget(self.range_hint, 1)
        self.holdings = named(QListWidget(), "departureHoldings")
        self.holdings.setMinimumHeight(110)
        self.holdings_note = named(QLabel(), "departureHoldingsNote")
        self.holdings_note.setWordWrap(True)
        self.hand_over = named(QPushButton(self.tr("Hand over to the receiver now")),
                               "departureHandOver")
        self.hand_over.clicked.connect(self.hand_over_now)
        f = self.form
        f.addRow(self.tr("Person:"), self.person)
        f.addRow(self.tr("Kind:"), self.kind)
        f.addRow(self.tr("Day of leaving the post:"), self.departs_on)
        f.addRow(self.tr("Reason:"), self.reason)
        f.addRow(self.tr("Going to (unit or post):"), self.destination)
        f.addRow(self.tr("Receives the carriers:"), self.receiver)
        f.addRow(self.tr("Witness:"), self.witness)
        f.addRow(self.tr("Cooling-off period:"), months_row)
        f.addRow(self.tr("Still holds:"), self.holdings)
        f.addRow("", self.holdings_note)
        f.addRow("", self.hand_over)

    # -- the person ------------------------------------------------------------------------
    def person_id(self) -> int | None:
        value = self.person.currentData()
        return int(value) if value is not None else None

    def person_changed(self) -> None:
        pid = self.person_id()
        clearance = self.clearances.get(pid) if pid is not None else None
        if clearance is not None:
            low, high = COOLING_OFF_MONTHS[clearance]
            self.months.setValue(default_months(clearance))
            self.range_hint.setText(self.tr("{clearance}: {low} to {high} (Law art. 46, "
                                            "Regulations art. 53)").format(
                clearance=label_for(clearance), low=months_text(low), high=months_text(high)))
        else:
            self.range_hint.setText("")
        self.load_holdings()

    def load_holdings(self) -> None:
        pid, led = self.person_id(), self.ctx.ledger
        self.holdings.clear()
        self.remaining = None
        if pid is not None:
            self.remaining = self.ctx.read(lambda: departures_read.remaining(led, pid),
                                           parent=self, error=self.error)
        left = self.remaining
        for c in left.carriers if left else ():
            self.holdings.addItem(f"{c.reg_no}/{c.copy_no}  {c.title}  {c.level_label}  "
                                  f"{c.state_label}")
        for m in left.media if left else ():
            self.holdings.addItem(f"{m.device_no}  {m.type_label} {m.brand_model}  "
                                  f"{m.level_label}")
        self._note(left)

    def _note(self, left: Remaining | None) -> None:
        clerk = Role.CLERK in self.ctx.ledger.user.roles
        has_carriers = bool(left and left.carriers)
        self.hand_over.setVisible(clerk)
        self.hand_over.setEnabled(clerk and has_carriers)
        if left is None:
            self.holdings_note.setText("")
        elif not left.total:
            self.holdings_note.setText(self.tr("Holds nothing: the departure can be completed "
                                               "as soon as it is opened."))
        elif clerk:
            self.holdings_note.setText(self.tr(
                "{count} item(s) to return or hand over before the departure can be completed."
            ).format(count=left.total))
        else:
            self.holdings_note.setText(self.tr(
                "{count} item(s) to return or hand over before the departure can be completed: "
                "the clerk hands the carriers over in the Handover pane (reason: leaving the "
                "post or transfer) and the devices in the Devices and media pane.").format(
                count=left.total))

    # -- writes ------------------------------------------------------------------------------
    def hand_over_now(self) -> bool:
        """移交 of every carrier the person holds to the receiver, in front of the witness."""
        left, led = self.remaining, self.ctx.ledger
        pid = self.person_id()
        if left is None or pid is None or not left.carriers:
            return False
        kind = DepartureKind(self.kind.currentData())
        expected = [c.carrier_id for c in left.carriers]
        receiver, witness = self.receiver.currentData(), self.witness.currentData()
        done = self.ctx.write(lambda: handover.confirm_handover(
            led, giver_id=pid, receiver_id=receiver, witness_id=witness,
            reason=HANDOVER_REASON[kind], note=self.reason.text(), expected_ids=expected),
            parent=self, error=self.error)
        self.load_holdings()
        return done is not None

    def save(self) -> Any:
        pid = self.person_id()
        if pid is None:
            raise ValidationError("departure.field_required", field="person", what="离岗人员",
                                  what_en="person who leaves")
        return departures.open_departure(
            self.ctx.ledger, person_id=pid,
            kind=DepartureKind(self.kind.currentData()), departs_on=pydate(self.departs_on.date()),
            reason=self.reason.text(), destination=self.destination.text(),
            receiver_id=self.receiver.currentData(), witness_id=self.witness.currentData(),
            cooling_months=self.months.value())
