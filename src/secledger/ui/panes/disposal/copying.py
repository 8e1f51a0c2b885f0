"""复制审批 pane: register a copy, excerpt (摘录) or compilation (汇编) request (sources by
scan; a compilation lists several), see the rule its level needs, print the 复制（摘录、
汇编）审批单, register the copies or the 派生 document once approved, the 复制登记簿."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area, Changes
from secledger.domain.copying import CopyKind, CopyMedium, CopyStatus, needs_origin_approval
from secledger.domain.enums import Classification, Role
from secledger.domain.lookup import Use
from secledger.services.audit import output_levels as olv
from secledger.services.carriers.items import CarrierItem
from secledger.services.disposal import copying
from secledger.services.disposal import copying_print as dp
from secledger.services.disposal.copying import CopyRequestDTO, CopyRequestInput
from secledger.services.ledger.timing import local_now
from secledger.ui.context import AppContext
from secledger.ui.labels import label_for
from secledger.ui.panes.custody.common import fill_people, table
from secledger.ui.panes.custody.routing import ButtonsMixin
from secledger.ui.panes.disposal.copying_dialogs import CopyExecuteDialog, DerivedExecuteDialog
from secledger.ui.panes.disposal.copying_models import RequestsModel
from secledger.ui.panes.registration.label_print import print_labels_for
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.widgets.carrier_picker import CarrierPicker
from secledger.ui.widgets.forms import ErrorLabel, named, pydate, qdate
from secledger.ui.widgets.saving import write_file


class CopyingPane(ButtonsMixin, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("copyingPane")
        self.source: CarrierItem | None = None
        self.sources: list[CarrierItem] = []  # a compilation's further sources
        self.kind = named(QComboBox(), "copyKind")
        for k in CopyKind:
            self.kind.addItem(label_for(k), k.value)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.more = named(QListWidget(), "copySources")
        self.more.setMaximumHeight(70)
        self.status = named(QComboBox(), "copyStatus")
        self.status.addItem(self.tr("All"), None)
        for st in CopyStatus:
            self.status.addItem(label_for(st), st.value)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model = RequestsModel(parent=self)
        self.view = table(self.model, "copyRequests")
        self.view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._execute_text())
        self.error = ErrorLabel(self)
        # the original (and a compilation's further sources): scan, 登记号 with 份号, or pick
        self.picker = CarrierPicker(ctx, Use.COPY, name="copySource", error=self.error)
        self.label = self.picker.edit
        self.picker.picked.connect(lambda item, _how: self.set_source(carrier_id=item.carrier_id))
        self.source_text = named(QLabel(), "copySourceText")
        self.source_text.setWordWrap(True)
        self.requester = named(QComboBox(), "copyRequester")
        self.copies = named(QSpinBox(), "copyCount")
        self.copies.setRange(1, 500)
        self.pages = named(QSpinBox(), "copyPages")
        self.pages.setRange(0, 100000)
        self.medium = named(QComboBox(), "copyMedium")
        for m in CopyMedium:
            self.medium.addItem(label_for(m), m.value)
        self.reason = named(QLineEdit(), "copyReason")
        self.needed = named(QDateEdit(), "copyNeeded")
        self.needed.setDisplayFormat("yyyy-MM-dd")
        self.needed.setCalendarPopup(True)
        self.origin_body = named(QLineEdit(), "copyOriginBody")
        self.origin_ref = named(QLineEdit(), "copyOriginRef")
        self.origin_date = named(QDateEdit(), "copyOriginDate")
        self.origin_date.setDisplayFormat("yyyy-MM-dd")
        self.rule = named(QLabel(), "copyRule")
        self.rule.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        self._layout()
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self._selection_changed()
        ctx.changed.connect(self._changed)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Original:"), self.picker)
        form.addRow("", self.source_text)
        more = QHBoxLayout()
        more.addWidget(self.more, 1)
        more.addWidget(self._button("removeSource", self.tr("Remove"), self.remove_source))
        self.more_label = QLabel(self.tr("Further sources:"))
        form.addRow(self.more_label, more)
        form.addRow(self.tr("Requester:"), self.requester)
        row = QHBoxLayout()
        for text, w in ((self.tr("Copies:"), self.copies), (self.tr("Pages each:"), self.pages),
                        (self.tr("Medium:"), self.medium), (self.tr("Needed by:"), self.needed)):
            row.addWidget(QLabel(text))
            row.addWidget(w)
        form.addRow(row)
        form.addRow(self.tr("Reason:"), self.reason)
        origin = QHBoxLayout()
        origin.addWidget(self.origin_body, 2)
        origin.addWidget(self.origin_ref, 2)
        origin.addWidget(self.origin_date, 1)
        self.origin_body.setPlaceholderText(self.tr("Original classifying body"))
        self.origin_ref.setPlaceholderText(self.tr("Its approval reference"))
        form.addRow(self.tr("Top secret — approval of the original classifying body:"), origin)
        form.addRow("", self.rule)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Status:")))
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(self._button("register", self.tr("Print copy register…"),
                                   self.print_register))
        top.addWidget(self._button("export", self.tr("Export copy register (XLSX)…"),
                                   self.export_register))
        actions = self._button_row(
            ("request", self.tr("Submit request"), self.submit),
            ("print", self.tr("Print approval form…"), self.print_form),
            ("execute", self.tr("Register copies…"), self.execute),
            ("labels", self.tr("Print labels of the copies…"), lambda: self.print_labels()),
            ("cancel", self.tr("Cancel request…"), self.cancel),
        )
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addLayout(actions)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        self._kind_changed()

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.has_ledger or self.ctx.ledger.locked:
            return
        fill_people(self.requester, self.ctx, blank=self.tr("— choose —"))
        today = local_now(self.ctx.ledger).date()
        if self.needed.date() < qdate(today):
            self.needed.setDate(qdate(today))
            self.origin_date.setDate(qdate(today))
        st = self.status.currentData()
        self.model.set_rows(copying.list_requests(self.ctx.ledger,
                                                  status=CopyStatus(st) if st else None))
        self._show_rule()

    def _changed(self, changes: object) -> None:
        if (isinstance(changes, Changes) and self.isVisible()
                and changes.touches(Area.COPYING, Area.CARRIERS, Area.APPROVALS)):
            self.refresh()

    def selected(self) -> CopyRequestDTO | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def handle_scan(self, label_id: str) -> bool:
        """A scanned label becomes the original of the next request."""
        return self.picker.take(label_id)

    def current_kind(self) -> CopyKind:
        return CopyKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        compile_ = self.current_kind() is CopyKind.COMPILE
        for w in (self.more, self.more_label, self.buttons["removeSource"]):
            w.setVisible(compile_)
        if not compile_:
            self.sources.clear()
            self.more.clear()
        self._show_rule()

    def set_source(self, label: str = "", *, carrier_id: int | None = None) -> CarrierItem | None:
        """The carrier picked (or scanned): the original; for a compilation that has one
        already, one more source. A refusal (不得复制, gone) is shown under the form."""
        kind, led = self.current_kind(), self.ctx.ledger
        item = self.ctx.read(lambda: copying.source_preview(led, label, kind, carrier_id=carrier_id),
                             parent=self, error=self.error)
        if item is not None and kind is CopyKind.COMPILE and self.source is not None:
            if item.carrier_id != self.source.carrier_id and all(
                    x.carrier_id != item.carrier_id for x in self.sources):
                self.sources.append(item)
                self.more.addItem(self._describe(item))
            self.label.clear()
            self._show_rule()
            return item
        self.source = item
        if item is None:
            self.source_text.clear()
        else:
            self.source_text.setText(self._describe(item))
            self.pages.setValue(item.pages)
        self._show_rule()
        return item

    def _describe(self, item: CarrierItem) -> str:
        return self.tr("{reg}  “{title}”  {mark}  copy {copy}  {ctype}").format(
            reg=item.reg_no, title=item.title, mark=item.mark, copy=item.copy_no,
            ctype=item.carrier_type)

    def remove_source(self) -> None:
        row = self.more.currentRow()
        if 0 <= row < len(self.sources):
            del self.sources[row]
            self.more.takeItem(row)
            self._show_rule()

    def _all_sources(self) -> list[CarrierItem]:
        return ([self.source] if self.source is not None else []) + self.sources

    def _show_rule(self) -> None:
        found = self._all_sources()
        top = any(needs_origin_approval(Classification(x.level)) for x in found)
        for w in (self.origin_body, self.origin_ref, self.origin_date):
            w.setEnabled(top)
        derives = self.current_kind().derives
        if not found:
            self.rule.setText("")
        elif top:
            self.rule.setText(self.tr("Top secret: needs the original classifying body's consent "
                                      "(reference and date) and the unit leader's.") if derives
                              else self.tr("Top secret: needs the original classifying body's "
                                           "approval (reference and date) and the unit "
                                           "leader's."))
        elif derives:
            self.rule.setText(self.tr("Approved like a copy, by the unit's responsible leader; "
                                      "a classified result is registered as a new document "
                                      "marked at least at its sources' level."))
        else:
            self.rule.setText(self.tr("Approved by the unit's responsible leader."))

    def _execute_text(self) -> None:
        r = self.selected()
        kind = CopyKind(r.kind) if r is not None else CopyKind.COPY
        self.buttons["execute"].setText(
            {CopyKind.COPY: self.tr("Register copies…"),
             CopyKind.EXCERPT: self.tr("Register the excerpt…"),
             CopyKind.COMPILE: self.tr("Register the compilation…")}[kind])

    # -- actions -----------------------------------------------------------------------------
    def submit(self) -> CopyRequestDTO | None:
        top = any(needs_origin_approval(Classification(x.level)) for x in self._all_sources())
        first = self.source.label_id if self.source is not None else self.label.text()
        out = self.ctx.write(lambda: copying.request_copy(
            self.ctx.ledger, CopyRequestInput(
                requester_id=self.requester.currentData() or 0, copies=self.copies.value(),
                reason=self.reason.text(), medium=CopyMedium(self.medium.currentData()),
                source_carrier_id=self.source.carrier_id if self.source is not None else None,
                source_label="" if self.source is not None else first,
                pages=self.pages.value(), kind=self.current_kind(),
                more_sources=tuple(x.carrier_id for x in self.sources),
                needed_by=pydate(self.needed.date()),
                origin_body=self.origin_body.text() if top else "",
                origin_ref=self.origin_ref.text() if top else "",
                origin_date=pydate(self.origin_date.date()) if top else None)),
            parent=self, error=self.error)
        if out is not None:
            self.reason.clear()
            self.sources.clear()
            self.more.clear()
        return out

    def execute(self) -> None:
        r = self.selected()
        if r is None:
            return
        dialog = (DerivedExecuteDialog if CopyKind(r.kind).derives else CopyExecuteDialog)
        dlg = dialog(self.ctx, r, self)
        dlg.exec()  # writes through ctx.write: Changes refresh
        if dlg.result_dto is not None:
            self.select_request(r.id)  # the labels of the copies are one click away

    def select_request(self, request_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == request_id:
                self.view.selectRow(row)
                return

    def _selection_changed(self) -> None:
        r = self.selected()
        self.buttons["labels"].setEnabled(r is not None and bool(r.copy_carrier_ids))

    def print_labels(self, *, path: str | None = None, single: bool | None = None,
                     start: int = 0) -> None:
        """Labels of the copies the selected request made (each says 复制件)."""
        r = self.selected()
        if r is not None and r.copy_carrier_ids:
            print_labels_for(self.ctx, self, r.copy_carrier_ids,
                             path=Path(path) if path else None, single=single, start=start)

    def cancel(self, reason: str | None = None) -> None:
        r = self.selected()
        if r is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Cancel request"), self.tr("Reason:"))
            if not ok:
                return
        self.ctx.write(lambda: copying.cancel_copy(self.ctx.ledger, request_id=r.id,
                                                   reason=reason or ""),
                       parent=self, error=self.error)

    def print_form(self, path: str | None = None) -> None:
        r, led = self.selected(), self.ctx.ledger
        if r is not None:
            write_file(self.ctx, self, path, ask=self.tr("Print approval form"),
                       name=f"{r.request_no}.pdf", busy=self.tr("Printing…"),
                       write=lambda p, _progress: dp.print_copy_form(led, r.id, p),
                       level=olv.of_copy_form(led, r.id))

    def print_register(self, path: str | None = None) -> None:
        led = self.ctx.ledger
        write_file(self.ctx, self, path, ask=self.tr("Print copy register"),
                   name="复制登记簿.pdf", busy=self.tr("Printing…"),
                   write=lambda p, progress: dp.print_copy_register(led, p, progress=progress),
                   level=olv.of_copy_register(led), cancellable=True)

    def export_register(self, path: str | None = None) -> None:
        led = self.ctx.ledger
        write_file(self.ctx, self, path, ask=self.tr("Export copy register"),
                   name="复制登记簿.xlsx", busy=self.tr("Exporting…"),
                   write=lambda p, _progress: dp.export_copy_register_xlsx(led, p),
                   level=olv.of_copy_register(led))


register_pane(PaneSpec(
    key="copying", title=str(QT_TRANSLATE_NOOP("Panes", "Copying")),
    icon="SP_FileDialogNewFolder", roles=frozenset({Role.CLERK}), order=55,
    factory=lambda ctx: CopyingPane(ctx),
))
