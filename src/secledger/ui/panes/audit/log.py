"""审计: the auditor's pane — the event log (filters, a windowed table, the full payload of the
chosen event), the chain verification run off the GUI thread, the log as XLSX and the
台账校验报告. Nothing here changes a carrier or a document; a print or an export records its
output event, so it goes through ``AppContext.write_long`` like every write."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area, Changes
from secledger.domain.enums import Role
from secledger.services.audit import log as audit
from secledger.services.audit import output_levels as olv
from secledger.services.audit import printing as audit_print
from secledger.services.audit.log import AuditEvent, EventQuery, VerificationResult
from secledger.services.ledger.timing import format_local
from secledger.ui.models.events import ROW_ROLE, EventTableModel
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.widgets.columns import keep_in_view
from secledger.ui.widgets.forms import NO_DATE, bound_date, bound_date_edit
from secledger.ui.widgets.saving import write_file

SEARCH_DELAY_MS = 300
SPLIT_KEY = "audit/splitter"
OK_STYLE = "color: #1b7a1b; font-weight: bold;"
BAD_STYLE = "color: #b00020; font-weight: bold;"


class AuditPane(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pane_audit")
        self.ctx = ctx
        self.result: VerificationResult | None = None
        self.model = EventTableModel(lambda: self.ctx.ledger, parent=self)
        self._build_filters()
        self._build_table()
        self._build_actions()
        self.detail = QPlainTextEdit(readOnly=True)
        self.detail.setObjectName("audit_detail")
        self.detail.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.detail.setPlaceholderText(self.tr("Choose an event to see everything it recorded."))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([720, 330])
        lay = QVBoxLayout(self)
        lay.addLayout(self.filter_row)
        lay.addWidget(self.splitter, 1)
        lay.addLayout(self.verify_row)
        lay.addLayout(self.status_row)
        self.model.counted.connect(self._show_count)
        self._select_later: int | None = None
        self.model.rowsInserted.connect(lambda *_a: self._rows_arrived())
        self.model.modelReset.connect(lambda: setattr(self, "_select_later", None))
        ctx.changed.connect(self._changed)
        state = ctx.settings.value(SPLIT_KEY)
        if state is not None:
            self.splitter.restoreState(state)

    # -- building -------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.group = QComboBox()
        self.group.setObjectName("audit_group")
        for text, key in ((self.tr("All events"), ""), (self.tr("Carrier movements"), "flow"),
                          (self.tr("Registration and corrections"), "registration"),
                          (self.tr("Approvals"), "approval"),
                          (self.tr("Classification"), "classification"),
                          (self.tr("Accounts and sign-in"), "accounts"),
                          (self.tr("People"), "people"), (self.tr("Other"), audit.OTHER)):
            self.group.addItem(text, key)
        self.user = QComboBox()
        self.user.setObjectName("audit_user")
        self.user.addItem(self.tr("All users"), "")
        self.date_from = bound_date_edit(self.tr("From"), self.apply_filters)
        self.date_to = bound_date_edit(self.tr("To"), self.apply_filters)
        self.search = QLineEdit()
        self.search.setObjectName("audit_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Label, reg. no. or text in the event"))
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.clicked.connect(self.reset_filters)
        for box in (self.group, self.user):
            box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Kind:")))
        row.addWidget(self.group)
        row.addWidget(QLabel(self.tr("User:")))
        row.addWidget(self.user)
        row.addWidget(self.date_from)
        row.addWidget(QLabel("—"))
        row.addWidget(self.date_to)
        row.addWidget(self.search, 1)
        row.addWidget(self.reset_button)
        self.filter_row = row

    def _build_table(self) -> None:
        t = QTableView()
        t.setObjectName("audit_table")
        t.setModel(self.model)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setWordWrap(False)
        t.setAlternatingRowColors(True)
        t.verticalHeader().setVisible(False)
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 8)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        number = t.fontMetrics().horizontalAdvance("00000000") + 16  # a big ledger's 2,545,000
        for col, width in enumerate((max(56, number), 140, 120, 100, 120, 64, 340, 110)):
            header.resizeSection(col, width)
        keep_in_view(t)
        t.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_event(cur.row()))
        self.table = t

    def _build_actions(self) -> None:
        self.verify_button = QPushButton(self.tr("Verify ledger"))
        self.verify_button.setObjectName("audit_verify")
        self.verify_button.setToolTip(self.tr(
            "Recompute the whole hash chain and replay the log against every carrier"))
        self.verify_button.clicked.connect(self.run_verify)
        self.result_label = QLabel(self.tr("The ledger has not been verified in this session."))
        self.result_label.setObjectName("audit_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.jump_button = QPushButton()
        self.jump_button.setObjectName("audit_jump")
        self.jump_button.clicked.connect(self.jump_to_problem)
        self.jump_button.hide()
        self.print_button = QPushButton(self.tr("Print verification report"))
        self.print_button.setEnabled(False)
        self.print_button.setToolTip(self.tr("Verify the ledger first"))
        self.print_button.clicked.connect(lambda: self.print_report())
        self.export_button = QPushButton(self.tr("Export XLSX"))
        self.export_button.setToolTip(self.tr("The events the filters show, newest first"))
        self.export_button.clicked.connect(lambda: self.export_xlsx())
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addWidget(self.result_label, 1)
        row.addWidget(self.jump_button)
        row.addWidget(self.print_button)
        row.addWidget(self.export_button)
        self.verify_row = row
        self.count_label = QLabel()
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance("共 0,000,000 条事件") + 24)
        self.message = QLabel()
        status = QHBoxLayout()
        self.message.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        status.addWidget(self.count_label)
        status.addWidget(self.message, 1)
        self.status_row = status

    # -- data -------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.has_ledger:
            return
        self._load_users()
        self.model.refresh()
        self._after_reload()

    def _load_users(self) -> None:
        current = self.user.currentData()
        self.user.blockSignals(True)
        while self.user.count() > 1:
            self.user.removeItem(1)
        for username, name in self.ctx.read(lambda: audit.accounts(self.ctx.ledger),
                                            parent=self) or []:
            self.user.addItem(f"{name}（{username}）" if name else username, username)
        i = self.user.findData(current)
        self.user.setCurrentIndex(max(i, 0))
        self.user.blockSignals(False)

    def query(self) -> EventQuery:
        return EventQuery(group=self.group.currentData() or "", username=self.user.currentData() or "",
                          date_from=bound_date(self.date_from), date_to=bound_date(self.date_to),
                          text=self.search.text().strip())

    def apply_filters(self) -> None:
        self.search_timer.stop()
        q = self.query()
        if q != self.model.query or self.model.total is None:
            self.model.set_query(q)
            self._after_reload()

    def reset_filters(self) -> None:
        for w in (self.group, self.user, self.date_from, self.date_to, self.search):
            w.blockSignals(True)
        self.group.setCurrentIndex(0)
        self.user.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.search.clear()
        for w in (self.group, self.user, self.date_from, self.date_to, self.search):
            w.blockSignals(False)
        self.apply_filters()

    def _after_reload(self) -> None:
        self.detail.clear()
        if self.model.total is None:
            self.count_label.setText(self.tr("Counting…"))

    def _show_count(self, n: int) -> None:
        self.count_label.setText(self.tr("%n event(s)", "", n))

    def _changed(self, changes: object) -> None:
        if (isinstance(changes, Changes) and changes.touches(Area.EVENTS) and self.isVisible()
                and self.ctx.has_ledger):
            self.model.refresh()
            self._after_reload()

    def selected_event(self) -> AuditEvent | None:
        idx = self.table.currentIndex()
        ev = idx.data(ROW_ROLE) if idx.isValid() else None
        return ev if isinstance(ev, AuditEvent) else None

    def _show_event(self, row: int) -> None:
        ev = self.model.event_at(row) if row >= 0 else None
        self.detail.setPlainText(event_text(ev, self.ctx.lang) if ev is not None else "")

    # -- verification -------------------------------------------------------------------
    def run_verify(self) -> None:
        led = self.ctx.ledger
        self.verify_button.setEnabled(False)
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Verifying…"))
        op = self.ctx.write_long(lambda progress: audit.verify_ledger(led, progress),
                                 title=self.tr("Verifying the ledger…"), parent=self,
                                 on_done=self._show_result)
        op.finished.connect(lambda: self.verify_button.setEnabled(True))

    def _show_result(self, result: VerificationResult) -> None:
        self.result = result
        when = format_local(self.ctx.ledger, result.checked_at)  # the ledger's time zone
        if result.ok:
            self.result_label.setStyleSheet(OK_STYLE)
            self.result_label.setText(self.tr(
                "Passed ({when}): {events} events and {carriers} carriers checked; "
                "chain head #{head} {hash}").format(
                when=when, events=result.events, carriers=result.carriers,
                head=result.head_id, hash=result.head_hash[:16]))
            self.jump_button.hide()
        else:
            self.result_label.setStyleSheet(BAD_STYLE)
            self.result_label.setText(self.tr("FAILED ({when}): {problem}").format(
                when=when, problem=result.problem_in(self.ctx.lang)))
            if result.problem_event_id is not None:
                self.jump_button.setText(self.tr("Show event #{id}").format(
                    id=result.problem_event_id))
                self.jump_button.show()
            else:
                self.jump_button.hide()
        self.model.bad_event_id = None if result.ok else result.problem_event_id
        self.table.viewport().update()
        self.print_button.setEnabled(True)
        self.print_button.setToolTip("")

    def jump_to_problem(self) -> bool:
        """Select the first bad event in the table (clearing filters that hide it)."""
        ev_id = self.result.problem_event_id if self.result is not None else None
        if ev_id is None:
            return False
        row = self.model.row_of(ev_id)
        if row is None:
            self.reset_filters()
            row = self.model.row_of(ev_id)
        if row is None:
            self.message.setText(self.tr("Event #{id} is not in the log.").format(id=ev_id))
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        """Select *row* now, or once the model holds that many rows (a new query's rows
        arrive from its worker)."""
        if row >= self.model.rowCount():
            self._select_later = row
            return
        self._select_later = None
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setFocus()

    def _rows_arrived(self) -> None:
        if self._select_later is not None and self._select_later < self.model.rowCount():
            self._select_row(self._select_later)

    # -- output -----------------------------------------------------------------------
    def print_report(self, path: str | Path | None = None) -> None:
        result = self.result
        if result is None:
            return
        led = self.ctx.ledger
        write_file(self.ctx, self, path, ask=self.tr("Save the verification report"),
                   name=f"台账校验报告-{date.today():%Y%m%d}.pdf", busy=self.tr("Printing…"),
                   write=lambda target, _p: audit_print.print_verification(led, result, target),
                   on_done=self._saved)

    def export_xlsx(self, path: str | Path | None = None) -> None:
        led, q = self.ctx.ledger, self.model.query
        write_file(self.ctx, self, path, ask=self.tr("Export the audit log"),
                   name=f"审计日志-{date.today():%Y%m%d}.xlsx", busy=self.tr("Exporting…"),
                   write=lambda target, progress: audit_print.export_events_xlsx(
                       led, q, target, progress),
                   level=olv.of_events(led, q), on_done=self._saved, cancellable=True)

    def _saved(self, path: Any) -> None:
        self.message.setText(self.tr("Saved {path}").format(path=str(path)))

    def hideEvent(self, event: Any) -> None:
        self.ctx.settings.setValue(SPLIT_KEY, self.splitter.saveState())
        super().hideEvent(event)


#: the detail area's words (the log is data: it is worded in the UI's language here)
_WORDS: dict[str, tuple[str, str]] = {
    "event": ("事件", "Event"), "time": ("时间", "Time"), "user": ("用户", "User"),
    "reg_no": ("登记号", "Reg. no."), "copy_no": ("份号", "copy no."), "label": ("标签", "label"),
    "person": ("人员", "Person"), "what": ("说明", "Description"),
    "changes": ("变更前 → 变更后：", "Before → after:"), "payload": ("记录内容：", "Recorded:"),
    "prev": ("前序哈希", "Previous hash"), "hash": ("本条哈希", "This hash"),
}


def event_text(ev: AuditEvent, lang: str = "zh_CN") -> str:
    """The detail area: who, when, what, the carrier, before/after, the payload, the hashes,
    in *lang*."""
    en = lang.lower().startswith("en")

    def w(key: str) -> str:
        return _WORDS[key][1 if en else 0]

    colon = ": " if en else "："
    user = f"{ev.user_name}（{ev.username}）" if ev.user_name else (ev.username or "—")
    lines = [
        f"{w('event')} #{ev.id}　{ev.kind_label_in(lang)}（{ev.kind}）",
        f"{w('time')}{colon}{ev.local_time:%Y-%m-%d %H:%M:%S}",
        f"{w('user')}{colon}{user}",
    ]
    if ev.reg_no:
        carrier = f"　{w('copy_no')} {ev.copy_no}　{w('label')} {ev.label_id}" if ev.copy_no else ""
        lines.append(f"{w('reg_no')}{colon}{ev.reg_no}{carrier}")
    if ev.person_name:
        lines.append(f"{w('person')}{colon}{ev.person_name}")
    lines.append(f"{w('what')}{colon}{ev.description_in(lang)}")
    changes = audit.changes(ev, lang)
    if changes:
        lines += ["", w("changes")]
        lines += [f"  {what}{colon}{before} → {after}" for what, before, after in changes]
    lines += ["", w("payload"), ev.pretty_payload, "", f"{w('prev')}{colon}{ev.prev_hash}",
              f"{w('hash')}{colon}{ev.hash}"]
    return "\n".join(lines)


register_pane(PaneSpec(
    key="audit",
    title=str(QT_TRANSLATE_NOOP("Panes", "Audit log")),
    icon="SP_FileDialogInfoView",
    roles=frozenset({Role.AUDITOR, Role.SECURITY_OFFICER}),
    order=85,
    factory=lambda ctx: AuditPane(ctx),
))
