"""Dialogs of the meetings pane: a new meeting, more attendees, a document registered for the
meeting, and the copies an attendee keeps as 领用. Each submits through ``ctx.write``
(``FormDialog``); a refusal shows under the form and nothing is lost."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from secledger.domain.enums import CarrierType, Classification, Clearance
from secledger.domain.marks import parse_mark
from secledger.services.approvals import requests as approvals
from secledger.services.custody import meetings as mt
from secledger.services.custody import meetings_issue as mi
from secledger.services.custody.meetings_read import IssueDTO, MeetingDTO
from secledger.services.ledger.timing import local_now, policy_int
from secledger.services.people import persons as people
from secledger.ui.context import AppContext
from secledger.ui.labels import label_for, label_of
from secledger.ui.panes.custody.routing import fill_people
from secledger.ui.widgets.forms import FormDialog, named, pydate, qdate
from secledger.ui.widgets.mark_edit import MarkEdit


def people_list(ctx: AppContext, name: str, *, skip: Sequence[int] = ()) -> QListWidget:
    """Active people, each a checkable row ``name（department，clearance）`` (data: id)."""
    box = named(QListWidget(), name)
    for p in people.list_people(ctx.ledger, active_only=True):
        if p.id in skip:
            continue
        it = QListWidgetItem(f"{p.name}（{p.department or '—'}，"
                             f"{label_of(Clearance, p.clearance)}）")
        it.setData(Qt.ItemDataRole.UserRole, p.id)
        it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        it.setCheckState(Qt.CheckState.Unchecked)
        box.addItem(it)
    return box


def checked_ids(box: QListWidget) -> tuple[int, ...]:
    return tuple(int(box.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(box.count())
                 if box.item(i).checkState() == Qt.CheckState.Checked)


def check_ids(box: QListWidget, ids: Sequence[int]) -> None:
    for i in range(box.count()):
        if box.item(i).data(Qt.ItemDataRole.UserRole) in ids:
            box.item(i).setCheckState(Qt.CheckState.Checked)


def _date(ctx: AppContext, name: str, days: int = 0) -> QDateEdit:
    edit = named(QDateEdit(), name)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setDate(qdate(local_now(ctx.ledger).date() + timedelta(days=days)))
    return edit


class MeetingDialog(FormDialog):
    """登记涉密会议: name, dates, place, host department, highest level, attendees."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New classified meeting"), parent, min_width=560)
        self.name = named(QLineEdit(), "meetingName")
        self.starts = _date(ctx, "meetingStarts")
        self.ends = _date(ctx, "meetingEnds")
        self.place = named(QLineEdit(), "meetingPlace")
        self.host = named(QComboBox(), "meetingHost")
        self.host.addItem(self.tr("— choose —"), None)
        for d in people.list_departments(ctx.ledger):
            if d.active:
                self.host.addItem(d.name, d.id)
        self.level = named(QComboBox(), "meetingLevel")
        for c in (Classification.SECRET, Classification.CONFIDENTIAL, Classification.TOP_SECRET):
            self.level.addItem(label_for(c), c.value)
        self.attendees = people_list(ctx, "meetingAttendees")
        self.note = named(QLineEdit(), "meetingNote")
        f = self.form
        f.addRow(self.tr("Name:"), self.name)
        f.addRow(self.tr("Starts:"), self.starts)
        f.addRow(self.tr("Ends:"), self.ends)
        f.addRow(self.tr("Place:"), self.place)
        f.addRow(self.tr("Host department:"), self.host)
        f.addRow(self.tr("Highest level:"), self.level)
        f.addRow(self.tr("Attendees:"), self.attendees)
        f.addRow(self.tr("Note:"), self.note)

    def save(self) -> Any:
        return mt.create_meeting(self.ctx.ledger, mt.MeetingInput(
            name=self.name.text(), starts_on=pydate(self.starts.date()),
            ends_on=pydate(self.ends.date()), host_department_id=self.host.currentData(),
            level=Classification(self.level.currentData()), place=self.place.text(),
            attendee_ids=checked_ids(self.attendees), note=self.note.text()))


class AttendeesDialog(FormDialog):
    """More attendees for a meeting (those listed already are not offered)."""

    def __init__(self, ctx: AppContext, meeting: MeetingDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Add attendees"), parent, min_width=420)
        self.meeting = meeting
        self.people = people_list(ctx, "moreAttendees",
                                  skip=[a.person_id for a in meeting.attendees])
        self.form.addRow(self.tr("Attendees:"), self.people)

    def save(self) -> Any:
        return mt.add_attendees(self.ctx.ledger, meeting_id=self.meeting.id,
                                person_ids=checked_ids(self.people))


class MeetingDocumentDialog(FormDialog):
    """会议文件登记: registered in the 制作 register with the meeting's next unified number."""

    def __init__(self, ctx: AppContext, meeting: MeetingDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Register a meeting document"), parent, min_width=560)
        self.meeting = meeting
        self.title_edit = named(QLineEdit(), "meetingDocTitle")
        self.mark = MarkEdit(self)
        self.copies = named(QSpinBox(), "meetingDocCopies")
        self.copies.setRange(1, 10000)
        self.copies.setValue(max(1, len(meeting.attendees)))
        self.pages = named(QSpinBox(), "meetingDocPages")
        self.pages.setRange(0, 100000)
        self.ctype = named(QComboBox(), "meetingDocType")
        for t in CarrierType:
            self.ctype.addItem(label_for(t), t.value)
        self.doc_no = named(QLineEdit(), "meetingDocNo")
        self.doc_no.setPlaceholderText(self.tr("Blank: the meeting document number"))
        self.serials = named(QPlainTextEdit(), "meetingDocSerials")
        self.serials.setPlaceholderText(self.tr("Electronic media: one serial number per line"))
        self.serials.setTabChangesFocus(True)
        self.serials.setMaximumHeight(70)
        f = self.form
        f.addRow(self.tr("Title:"), self.title_edit)
        f.addRow(self.tr("Mark:"), self.mark)
        f.addRow(self.tr("Copies:"), self.copies)
        f.addRow(self.tr("Pages each:"), self.pages)
        f.addRow(self.tr("Carrier type:"), self.ctype)
        f.addRow(self.tr("Doc. no.:"), self.doc_no)
        f.addRow(self.tr("Serial numbers:"), self.serials)

    def save(self) -> Any:
        return mt.register_meeting_document(self.ctx.ledger, mt.MeetingDocumentInput(
            meeting_id=self.meeting.id, title=self.title_edit.text(),
            mark=parse_mark(self.mark.text()), copies=self.copies.value(),
            doc_no=self.doc_no.text(), pages=self.pages.value(),
            carrier_type=CarrierType(self.ctype.currentData()),
            serial_nos=tuple(self.serials.toPlainText().splitlines())))


class KeepDialog(FormDialog):
    """留存: the selected copies of one attendee become 领用 until a due date, approved."""

    def __init__(self, ctx: AppContext, meeting: MeetingDTO, items: Sequence[IssueDTO],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Keep after the meeting"), parent, min_width=460)
        self.meeting, self.items = meeting, list(items)
        led = ctx.ledger
        self.approver = named(QComboBox(), "keepApprover")
        fill_people(self.approver, led, placeholder=self.tr("— choose —"),
                    only=approvals.approvers(led))
        self.due = _date(ctx, "keepDue", policy_int(led, "retention_days"))
        self.form_no = named(QLineEdit(), "keepFormNo")
        who = self.items[0].person if self.items else ""
        self.form.addRow(self.tr("Attendee:"), named(QLineEdit(who), "keepPerson"))
        self.form.addRow(self.tr("Copies:"), named(QLineEdit("；".join(
            f"{x.unified_no} 第{x.carrier.copy_no_text}份" for x in self.items)), "keepCopies"))
        self.form.addRow(self.tr("Approved by:"), self.approver)
        self.form.addRow(self.tr("Due back:"), self.due)
        self.form.addRow(self.tr("Paper form no.:"), self.form_no)
        for w in ("keepPerson", "keepCopies"):
            edit = self.findChild(QLineEdit, w)
            if edit is not None:
                edit.setReadOnly(True)

    def save(self) -> Any:
        person = self.items[0].person_id if self.items else 0
        return mi.keep(self.ctx.ledger, meeting_id=self.meeting.id, person_id=person,
                       carrier_ids=[x.carrier.carrier_id for x in self.items],
                       approver_person_id=self.approver.currentData(),
                       due_on=pydate(self.due.date()), form_no=self.form_no.text())
