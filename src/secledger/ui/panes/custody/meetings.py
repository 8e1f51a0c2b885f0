"""涉密会议 pane: the meetings; for the one selected, its attendees, its documents (registered
with the meeting's unified numbers and 份号) and the copies issued at it.

At the door the clerk chooses the attendee, scans the copies he receives and, once he has
signed the 发放回收登记表, issues them in one step. Before the meeting ends every copy is
scanned back (collect mode: each scan collects at once); what is not back is listed, kept as
领用 by those allowed (with a 文件目录单), or explained, and the meeting is closed. The
existing label-scan pattern is used for carriers (a scanner types the label and Enter)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QRadioButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area
from secledger.domain.enums import Role
from secledger.domain.meetings import IssueOutcome, MeetingStatus
from secledger.services.audit import output_levels as olv
from secledger.services.browse import query as browse
from secledger.services.custody import circulation as circ
from secledger.services.custody import meetings as mt
from secledger.services.custody import meetings_issue as mi
from secledger.services.custody import meetings_print as mp
from secledger.services.custody import meetings_read as mr
from secledger.services.custody.meetings_read import MeetingDTO
from secledger.services.registration.register import find_document
from secledger.ui.context import AppContext
from secledger.ui.labels import label_for
from secledger.ui.panes.custody.common import changed_in, selected_rows
from secledger.ui.panes.custody.meetings_dialogs import (
    AttendeesDialog,
    KeepDialog,
    MeetingDialog,
    MeetingDocumentDialog,
)
from secledger.ui.panes.custody.meetings_models import (
    AttendeesModel,
    DocumentsModel,
    IssueRow,
    IssuesModel,
    MeetingsModel,
)
from secledger.ui.panes.custody.routing import ButtonsMixin, printing, selected, table, when
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.widgets.columns import fit_columns
from secledger.ui.widgets.forms import ErrorLabel, named
from secledger.ui.widgets.saving import write_file

AREAS = (Area.MEETINGS, Area.CARRIERS, Area.DOCUMENTS, Area.RETENTION, Area.PEOPLE)


class MeetingsPane(ButtonsMixin, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("meetingsPane")
        self.buttons = {}
        self.pending: list[int] = []  # copies scanned for the attendee at the door
        self.status = named(QComboBox(), "meetingStatus")
        self.status.addItem(self.tr("All"), None)
        for st in MeetingStatus:
            self.status.addItem(label_for(st), st.value)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.meetings = MeetingsModel(parent=self)
        self.meetings_view = table(self.meetings, "meetingsTable")
        self.meetings_view.selectionModel().selectionChanged.connect(lambda *_: self._show())
        self.attendees = AttendeesModel(parent=self)
        self.attendees_view = table(self.attendees, "attendeesTable")
        self.documents = DocumentsModel(parent=self)
        self.documents_view = table(self.documents, "meetingDocsTable")
        self.issues = IssuesModel(parent=self)
        self.issues_view = table(self.issues, "meetingIssuesTable")
        self.issues_view.setSelectionMode(self.issues_view.SelectionMode.ExtendedSelection)
        self.attendee = named(QComboBox(), "issueAttendee")
        self.issue_mode = named(QRadioButton(self.tr("Issue")), "issueMode")
        self.collect_mode = named(QRadioButton(self.tr("Collect")), "collectMode")
        self.issue_mode.setChecked(True)
        self.scan = named(QLineEdit(), "meetingScan")
        self.scan.setPlaceholderText(self.tr("Scan or type a copy's label"))
        self.scan.returnPressed.connect(lambda: self.handle_scan(self.scan.text()))
        self.scanned = named(QListWidget(), "meetingPending")
        self.scanned.setMaximumHeight(80)
        self.only_out = named(QCheckBox(self.tr("Only what is not back")), "onlyNotBack")
        self.only_out.toggled.connect(lambda _on: self._show())
        self.summary = named(QLabel(), "meetingSummary")
        self.error = ErrorLabel(self)
        self._layout()
        ctx.changed.connect(self._changed)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Status:")))
        top.addWidget(self.status)
        for key, text, slot in (
            ("newMeeting", self.tr("New meeting…"), self.new_meeting),
            ("printRegister", self.tr("Print issue and collection register…"),
             self.print_register),
            ("closeMeeting", self.tr("Close the meeting"), self.close_meeting),
        ):
            top.addWidget(self._button(key, text, slot))
        top.addStretch(1)
        tabs = named(QTabWidget(), "meetingTabs")
        tabs.addTab(self._tab(self.attendees_view, self._button_row(
            ("addAttendees", self.tr("Add attendees…"), self.add_attendees),
            ("removeAttendee", self.tr("Remove attendee"), self.remove_attendee))),
            self.tr("Attendees"))
        tabs.addTab(self._tab(self.documents_view, self._button_row(
            ("registerDoc", self.tr("Register a meeting document…"), self.register_document),
            ("addDoc", self.tr("Add a registered document…"), self.add_document))),
            self.tr("Documents"))
        tabs.addTab(self._issue_tab(), self.tr("Issue and collect"))
        self.tabs = tabs
        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(self.meetings_view)
        split.addWidget(tabs)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.error)
        lay.addWidget(split, 1)

    def _tab(self, view: QWidget, buttons: QHBoxLayout) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addLayout(buttons)
        lay.addWidget(view, 1)
        return w

    def _issue_tab(self) -> QWidget:
        w = QWidget()
        mode = QHBoxLayout()
        for x in (self.issue_mode, self.collect_mode):
            mode.addWidget(x)
        mode.addWidget(QLabel(self.tr("Attendee:")))
        mode.addWidget(self.attendee, 1)
        mode.addWidget(self.scan, 2)
        pending = QHBoxLayout()
        pending.addWidget(self.scanned, 1)
        pending.addLayout(self._button_row(
            ("issue", self.tr("Signed: issue"), self.issue),
            ("clearPending", self.tr("Clear"), self.clear_pending)))
        actions = self._button_row(
            ("keep", self.tr("Keep as issued for work…"), self.keep),
            ("explain", self.tr("Why not back…"), self.explain),
            ("printKept", self.tr("Print document list for the attendee…"), self.print_kept))
        actions.insertWidget(0, self.only_out)
        lay = QVBoxLayout(w)
        lay.addLayout(mode)
        lay.addLayout(pending)
        lay.addLayout(actions)
        lay.addWidget(self.issues_view, 1)
        return w

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.has_ledger or self.ctx.ledger.locked:
            return
        keep = self.current()
        st = self.status.currentData()
        self.meetings.set_rows(mr.list_meetings(self.ctx.ledger,
                                                status=MeetingStatus(st) if st else None))
        fit_columns(self.meetings_view)
        rows = self.meetings.rows()
        at = next((i for i, m in enumerate(rows) if keep and m.id == keep.id), 0 if rows else -1)
        if at >= 0:
            self.meetings_view.selectRow(at)
        self._show()

    def _changed(self, changes: object) -> None:
        if self.isVisible() and changed_in(changes, *AREAS):
            self.refresh()

    def current(self) -> MeetingDTO | None:
        return selected(self.meetings_view, self.meetings)

    def _show(self) -> None:
        m = self.current()
        self.attendees.set_rows(m.attendees if m else [])
        self.documents.set_rows(m.documents if m else [])
        led = self.ctx.ledger
        items = mr.issues(led, m.id, outcome=IssueOutcome.OUT if self.only_out.isChecked()
                          else None) if m else []
        self.issues.set_rows([IssueRow(x, when(led, x.issued_at), when(led, x.collected_at),
                                       when(led, x.due_at)) for x in items])
        keep = self.attendee.currentData()
        self.attendee.clear()
        for a in m.attendees if m else ():
            self.attendee.addItem(f"{a.name}（{a.department or '—'}）", a.person_id)
        if keep is not None and self.attendee.findData(keep) >= 0:
            self.attendee.setCurrentIndex(self.attendee.findData(keep))
        for v in (self.attendees_view, self.documents_view, self.issues_view):
            fit_columns(v)
        self._enable(m)
        self.summary.setText(self.tr(
            "{no} “{name}”: {issued} issued, {collected} collected, {kept} kept, "
            "{out} not back").format(no=m.meeting_no, name=m.name, issued=m.issued,
                                     collected=m.collected, kept=m.kept, out=m.out)
            if m else self.tr("No meeting chosen."))

    def _enable(self, m: MeetingDTO | None) -> None:
        """Changes to the list, the documents and issuing only while the meeting is open."""
        for key in ("closeMeeting", "addAttendees", "removeAttendee", "registerDoc", "addDoc",
                    "issue"):
            self.buttons[key].setEnabled(m is not None and m.is_open)
        for key in ("printRegister", "keep", "explain", "printKept"):
            self.buttons[key].setEnabled(m is not None)
        self.issue_mode.setEnabled(m is not None and m.is_open)
        if m is not None and not m.is_open:
            self.collect_mode.setChecked(True)  # a late return is still collected

    def selected_issues(self) -> list[Any]:
        return [r.item for r in selected_rows(self.issues_view)]

    # -- scanning ---------------------------------------------------------------------------
    def handle_scan(self, label_id: str) -> bool:
        """Issue mode: the copy joins the attendee's batch; collect mode: it is collected."""
        m, text = self.current(), label_id.strip()
        self.scan.clear()
        if m is None or not text:
            return False
        cid = browse.find_by_label(self.ctx.ledger, text)
        if cid is None:
            self.error.show_text(self.tr("No carrier has the label {label}.").format(label=text))
            return True
        self.error.clear_text()
        if self.collect_mode.isChecked():
            self.ctx.write(lambda: mi.collect(self.ctx.ledger, meeting_id=m.id, carrier_id=cid),
                           parent=self, error=self.error)
        elif cid not in self.pending:
            ref = self.ctx.read(lambda: circ.carrier_status(self.ctx.ledger, cid)[0],
                                parent=self, error=self.error)
            if ref is not None:
                self.pending.append(cid)
                self.scanned.addItem(f"{ref.reg_no}　第{ref.copy_no_text}份　《{ref.title}》"
                                     f"　{ref.mark}")
        return True

    def clear_pending(self) -> None:
        self.pending.clear()
        self.scanned.clear()

    # -- actions ----------------------------------------------------------------------------
    def new_meeting(self) -> MeetingDialog:
        dialog = MeetingDialog(self.ctx, self)
        dialog.open()
        return dialog

    def add_attendees(self) -> AttendeesDialog | None:
        m = self.current()
        if m is None:
            return None
        dialog = AttendeesDialog(self.ctx, m, self)
        dialog.open()
        return dialog

    def remove_attendee(self) -> None:
        m, a = self.current(), selected(self.attendees_view, self.attendees)
        if m is not None and a is not None:
            self.ctx.write(lambda: mt.remove_attendee(self.ctx.ledger, meeting_id=m.id,
                                                      person_id=a.person_id),
                           parent=self, error=self.error)

    def register_document(self) -> MeetingDocumentDialog | None:
        m = self.current()
        if m is None:
            return None
        dialog = MeetingDocumentDialog(self.ctx, m, self)
        dialog.open()
        return dialog

    def add_document(self, reg_no: str | None = None) -> None:
        m = self.current()
        if m is None:
            return
        if reg_no is None:
            reg_no, ok = QInputDialog.getText(self, self.tr("Add a registered document"),
                                              self.tr("Registration no. (e.g. 收2026-00012):"))
            if not ok:
                return
        doc_id = find_document(self.ctx.ledger, reg_no)
        if doc_id is None:
            self.error.show_text(self.tr("No document is registered as {reg_no}.")
                                 .format(reg_no=reg_no.strip()))
            return
        self.ctx.write(lambda: mt.add_document(self.ctx.ledger, meeting_id=m.id,
                                               document_id=doc_id),
                       parent=self, error=self.error)

    def issue(self) -> None:
        m = self.current()
        if m is None:
            return
        ids = list(self.pending)
        done = self.ctx.write(lambda: mi.issue(
            self.ctx.ledger, meeting_id=m.id, person_id=self.attendee.currentData() or 0,
            carrier_ids=ids), parent=self, error=self.error)
        if done is not None:
            self.clear_pending()

    def keep(self) -> KeepDialog | None:
        m, items = self.current(), self.selected_issues()
        if m is None or not items:
            return None
        dialog = KeepDialog(self.ctx, m, items, self)
        dialog.open()
        return dialog

    def explain(self, note: str | None = None) -> None:
        m, items = self.current(), self.selected_issues()
        if m is None or not items:
            return
        if note is None:
            note, ok = QInputDialog.getText(self, self.tr("Why not back"),
                                            self.tr("Why it is not back and how it will be "
                                                    "recovered:"))
            if not ok:
                return
        ids = [x.carrier.carrier_id for x in items]
        self.ctx.write(lambda: mi.explain(self.ctx.ledger, meeting_id=m.id, carrier_ids=ids,
                                          note=note or ""), parent=self, error=self.error)

    def close_meeting(self) -> None:
        m = self.current()
        if m is not None:
            self.ctx.write(lambda: mi.close(self.ctx.ledger, meeting_id=m.id), parent=self,
                           error=self.error)

    def print_register(self, path: str | None = None) -> None:
        m, led = self.current(), self.ctx.ledger
        if m is not None:
            write_file(self.ctx, self, path, ask=self.tr("Print issue and collection register"),
                       name=f"会议文件发放回收登记表-{m.meeting_no}.pdf", busy=printing(),
                       write=lambda p, progress: mp.print_issue_register(led, m.id, p,
                                                                         progress=progress),
                       level=olv.of_meeting_register(led, m.id))

    def print_kept(self, path: str | None = None) -> None:
        m, items, led = self.current(), self.selected_issues(), self.ctx.ledger
        if m is None or not items:
            return
        pid = items[0].person_id
        write_file(self.ctx, self, path, ask=self.tr("Print document list"),
                   name=f"文件目录单-{m.meeting_no}-{items[0].person}.pdf", busy=printing(),
                   write=lambda p, _progress: mp.print_kept_list(led, m.id, pid, p),
                   level=olv.of_kept_list(led, m.id, pid))


register_pane(PaneSpec(
    key="meetings", title=str(QT_TRANSLATE_NOOP("Panes", "Meetings")),
    icon="SP_FileDialogListView", roles=frozenset({Role.CLERK}), order=53,
    factory=lambda ctx: MeetingsPane(ctx),
))
