"""销毁清单 pane: manifests by status; build the open draft by scanning (each
scan appends one row and updates the totals, nothing is recomputed): carriers, and devices
and storage media marked for destruction (their ``M…`` labels, or chosen from a list);
checker, approval, print, export, and the execution dialog."""

from __future__ import annotations

from collections import Counter
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area, Changes
from secledger.domain.destruction import ManifestStatus, Medium
from secledger.domain.enums import Classification, Role
from secledger.domain.lookup import Use
from secledger.services.audit import output_levels as olv
from secledger.services.disposal import destruction, destruction_media
from secledger.services.disposal import destruction_print as dp
from secledger.services.disposal.destruction_media_read import MediaLine
from secledger.services.disposal.destruction_read import ManifestDTO, ManifestLine
from secledger.ui.context import AppContext
from secledger.ui.labels import label_for, label_of
from secledger.ui.panes.custody.common import fill_people, select_data, table
from secledger.ui.panes.custody.routing import ButtonsMixin
from secledger.ui.panes.disposal.destruction_dialogs import (
    ExecuteDialog,
    PickCarriersDialog,
    PickMediaDialog,
)
from secledger.ui.panes.disposal.destruction_models import Line, LinesModel, ManifestsModel
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.widgets.carrier_picker import CarrierPicker
from secledger.ui.widgets.forms import ErrorLabel, named
from secledger.ui.widgets.saving import write_file

#: what the pane shows as it happens, without a reload: a scan appends its row
APPENDED = frozenset({"destruction.item_added", "destruction.media_added"})


class DestructionPane(ButtonsMixin, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("destructionPane")
        self.current: ManifestDTO | None = None
        self.levels: Counter[str] = Counter()
        self.types: Counter[str] = Counter()
        self.status = named(QComboBox(), "destructionStatus")
        self.status.addItem(self.tr("All"), None)
        for st in ManifestStatus:
            self.status.addItem(label_for(st), st.value)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.manifests = ManifestsModel(parent=self)
        self.manifest_view = table(self.manifests, "destructionManifests")
        self.manifest_view.selectionModel().selectionChanged.connect(lambda *_: self._picked())
        self.lines = LinesModel(self)
        self.line_view = table(self.lines, "destructionLines", multi=True)  # type: ignore[arg-type]
        self.heading = named(QLabel(), "destructionHeading")
        self.totals_label = named(QLabel(), "destructionTotals")
        self.error = ErrorLabel(self)
        # scan, 登记号 with 份号, or search and pick; the service refuses what is not in custody
        self.picker = CarrierPicker(ctx, Use.DESTRUCTION, name="destructionScan",
                                    error=self.error, strict=False,
                                    on_media_label=self.add_media_label)
        self.picker.picked.connect(lambda item, _how: self.add_carrier(item.carrier_id))
        self.scan = self.picker.edit
        self.checker = named(QComboBox(), "destructionChecker")
        self.buttons: dict[str, QPushButton] = {}
        self._layout()
        ctx.changed.connect(self._changed)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Status:")))
        top.addWidget(self.status)
        top.addWidget(self._button("new", self.tr("New manifest"), self.new_manifest))
        top.addStretch(1)
        top.addWidget(self._button("register", self.tr("Print destruction register…"),
                                   self.print_register))
        scan = QHBoxLayout()
        scan.addWidget(QLabel(self.tr("Add:")))
        scan.addWidget(self.picker, 3)
        scan.addWidget(self._button("pick", self.tr("Choose carriers…"), self.pick))
        scan.addWidget(self._button("pick_media", self.tr("Choose devices and media…"),
                                    self.pick_media))
        scan.addWidget(self._button("remove", self.tr("Remove selected"), self.remove_selected))
        scan.addWidget(QLabel(self.tr("Checked by:")))
        scan.addWidget(self.checker, 1)
        scan.addWidget(self._button("set_checker", self.tr("Set"), self.set_checker))
        actions = self._button_row(
            ("submit", self.tr("Submit for approval"), self.submit),
            ("withdraw", self.tr("Withdraw"), self.withdraw),
            ("cancel", self.tr("Cancel manifest…"), self.cancel),
            ("print", self.tr("Print manifest…"), self.print_manifest),
            ("export", self.tr("Export (XLSX)…"), self.export_manifest),
            ("execute", self.tr("Record destruction…"), self.execute),
        )
        detail = QWidget()
        d = QVBoxLayout(detail)
        d.setContentsMargins(0, 0, 0, 0)
        for w in (self.heading, self.totals_label):
            d.addWidget(w)
        d.addLayout(scan)
        d.addWidget(self.line_view, 1)
        d.addWidget(self.error)
        d.addLayout(actions)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.manifest_view)
        split.addWidget(detail)
        split.setStretchFactor(1, 3)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        self._enable()

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.has_ledger or self.ctx.ledger.locked:
            return
        fill_people(self.checker, self.ctx, blank=self.tr("— choose —"))
        self.error.clear_text()
        keep = self.current.id if self.current else None
        st = self.status.currentData()
        self.manifests.set_rows(destruction.list_manifests(
            self.ctx.ledger, status=ManifestStatus(st) if st else None))
        self.show_manifest(keep)

    def show_manifest(self, manifest_id: int | None) -> None:
        """Load one manifest (its lines once); None clears the detail."""
        m = destruction.get_manifest(self.ctx.ledger, manifest_id) if manifest_id else None
        self.current = m
        self.lines.set_lines(m.all_lines if m else [])
        self.levels = Counter(_level(ln) for ln in self.lines.lines())
        self.types = Counter(_medium(ln) for ln in self.lines.lines())
        if m is not None:
            select_data(self.checker, m.checked_by_id)
            rows = self.manifests.rows()
            for r, x in enumerate(rows):
                if x.id == m.id:
                    self.manifest_view.selectRow(r)
        self._update_texts()
        self._enable()

    def _picked(self) -> None:
        idx = self.manifest_view.selectionModel().selectedRows()
        if idx:
            mid = self.manifests.row_at(idx[0].row()).id
            if self.current is None or self.current.id != mid:
                self.show_manifest(mid)

    def _update_texts(self) -> None:
        m = self.current
        if m is None:
            self.heading.setText(self.tr("No manifest selected: choose one or open a new one."))
            self.totals_label.clear()
            return
        self.heading.setText(self.tr("Manifest {no} — {status}").format(
            no=m.reg_no, status=label_for(ManifestStatus(m.status))))
        n = self.lines.rowCount()
        if not n:
            self.totals_label.setText(self.tr("Total {n}").format(n=n))
            return
        parts = [f"{label_of(Classification, k)} {v}" for k, v in sorted(
            self.levels.items(), key=lambda kv: -_rank(kv[0]))]
        parts += [f"{label_of(Medium, k.value)} {self.types[k.value]}" for k in Medium
                  if self.types[k.value]]
        self.totals_label.setText(self.tr("Total {n}: {parts}").format(
            n=n, parts="，".join(parts)))

    def _enable(self) -> None:
        st = self.current.status if self.current else None
        draft = st == ManifestStatus.DRAFT.value
        for key in ("pick", "pick_media", "remove", "set_checker"):
            self.buttons[key].setEnabled(draft)
        self.buttons["submit"].setEnabled(draft and self.lines.rowCount() > 0)
        self.picker.setEnabled(draft)
        self.buttons["withdraw"].setEnabled(st == ManifestStatus.SUBMITTED.value)
        self.buttons["cancel"].setEnabled(st in ("draft", "submitted", "approved"))
        self.buttons["execute"].setEnabled(st == ManifestStatus.APPROVED.value)
        for key in ("print", "export"):
            self.buttons[key].setEnabled(st is not None)

    def _changed(self, changes: object) -> None:
        if (isinstance(changes, Changes) and self.isVisible() and not changes.kinds <= APPENDED
                and changes.touches(Area.DESTRUCTION, Area.CARRIERS, Area.APPROVALS, Area.MEDIA)):
            self.refresh()

    # -- scanning ------------------------------------------------------------------------------
    def handle_scan(self, label_id: str) -> bool:
        """A scanned label goes onto the open draft (a refusal is shown, naming the rule)."""
        if self.current is None:
            return False
        if not self.picker.isEnabled():  # not a draft: the service says why
            self.add_label(label_id)
            return True
        return self.picker.take(label_id)

    def handle_media_scan(self, label_id: str) -> bool:
        """A device's or medium's label goes onto the open manifest like a carrier's."""
        if self.current is None:
            return False
        self.add_media_label(label_id)
        return True

    def add_media_label(self, label: str) -> MediaLine | None:
        m = self.current
        if m is None:
            return None
        return self._added(self.ctx.write(lambda: destruction_media.add_media(
            self.ctx.ledger, manifest_id=m.id, label=label), parent=self, error=self.error))

    def add_label(self, label: str) -> ManifestLine | None:
        m = self.current
        if m is None:
            return None
        return self._added(self.ctx.write(lambda: destruction.add_item(
            self.ctx.ledger, manifest_id=m.id, label=label), parent=self, error=self.error))

    def add_carrier(self, carrier_id: int) -> ManifestLine | None:
        m = self.current
        if m is None:
            return None
        return self._added(self.ctx.write(lambda: destruction.add_item(
            self.ctx.ledger, manifest_id=m.id, carrier_id=carrier_id), parent=self,
            error=self.error))

    def _added(self, line: _L | None) -> _L | None:
        if line is None:
            return None
        if line.duplicate and isinstance(line, MediaLine):
            self.error.show_text(self.tr("{device} is already on the list.").format(
                device=line.device_no))
        elif line.duplicate:
            self.error.show_text(self.tr("{reg} copy {copy} is already on the list.").format(
                reg=line.item.reg_no, copy=line.item.copy_no))
        else:
            self._append(line)
        return line

    def _append(self, line: Line) -> None:
        self.lines.append(line)
        self.levels[_level(line)] += 1
        self.types[_medium(line)] += 1
        self.line_view.scrollToBottom()
        if self.current is not None:
            self.manifests.update_count(self.current.id, self.lines.rowCount())
        self._update_texts()
        self._enable()

    # -- actions -------------------------------------------------------------------------------
    def new_manifest(self) -> ManifestDTO | None:
        m = self.ctx.write(lambda: destruction.new_manifest(self.ctx.ledger), parent=self,
                           error=self.error)
        if m is not None:  # the Changes reloaded the list; show the new draft
            self.current = m
            self.status.setCurrentIndex(0)
            self.show_manifest(m.id)
        return m

    def pick(self) -> None:
        dlg = PickCarriersDialog(self.ctx, self)
        if dlg.exec() and dlg.result_dto and self.current:
            self.add_ids(dlg.result_dto)

    def add_ids(self, ids: list[int]) -> None:
        m = self.current
        if m is None:
            return
        added = self.ctx.write(lambda: destruction.add_items(
            self.ctx.ledger, manifest_id=m.id, carrier_ids=ids), parent=self, error=self.error)
        for line in added or []:
            if not line.duplicate:
                self._append(line)

    def pick_media(self) -> None:
        dlg = PickMediaDialog(self.ctx, self)
        if dlg.exec() and dlg.result_dto:
            self.add_media_lines(list(dlg.result_dto))

    def add_media_lines(self, media_ids: list[int]) -> None:
        m = self.current
        if m is None:
            return
        added = self.ctx.write(lambda: destruction_media.add_media_items(
            self.ctx.ledger, manifest_id=m.id, media_ids=media_ids), parent=self,
            error=self.error)
        for line in added or []:
            if not line.duplicate:
                self._append(line)

    def remove_selected(self) -> None:
        m = self.current
        rows = sorted({i.row() for i in self.line_view.selectionModel().selectedRows()})
        chosen = [self.lines.lines()[r] for r in rows]
        ids = [ln.item.carrier_id for ln in chosen if isinstance(ln, ManifestLine)]
        media = [ln.media_id for ln in chosen if isinstance(ln, MediaLine)]
        if m is None or not chosen:
            return
        self.ctx.write(lambda: destruction.remove_items(
            self.ctx.ledger, manifest_id=m.id, carrier_ids=ids, media_ids=media),
            parent=self, error=self.error)

    def set_checker(self) -> None:
        m, pid = self.current, self.checker.currentData()
        if m is not None and pid is not None:
            self.ctx.write(lambda: destruction.set_checker(self.ctx.ledger, manifest_id=m.id,
                                                           checker_id=pid),
                           parent=self, error=self.error)

    def submit(self) -> None:
        m = self.current
        if m is not None:
            self.ctx.write(lambda: destruction.submit(self.ctx.ledger, manifest_id=m.id),
                           parent=self, error=self.error)

    def withdraw(self) -> None:
        m = self.current
        if m is not None:
            self.ctx.write(lambda: destruction.withdraw(self.ctx.ledger, manifest_id=m.id),
                           parent=self, error=self.error)

    def cancel(self, reason: str | None = None) -> None:
        m = self.current
        if m is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Cancel manifest"),
                                              self.tr("Reason:"))
            if not ok:
                return
        self.ctx.write(lambda: destruction.cancel_manifest(self.ctx.ledger, manifest_id=m.id,
                                                           reason=reason or ""),
                       parent=self, error=self.error)

    def execute(self) -> None:
        m = self.current
        if m is None:
            return
        ExecuteDialog(self.ctx, m.id, self).exec()  # writes through ctx.write: Changes refresh

    def print_manifest(self, path: str | None = None) -> None:
        m, led = self.current, self.ctx.ledger
        if m is not None:
            write_file(self.ctx, self, path, ask=self.tr("Print manifest"),
                       name=f"{m.reg_no}.pdf", busy=self.tr("Printing…"),
                       write=lambda p, progress: dp.print_manifest(led, m.id, p, progress),
                       level=olv.of_manifest(led, m.id), cancellable=True)

    def export_manifest(self, path: str | None = None) -> None:
        m, led = self.current, self.ctx.ledger
        if m is not None:
            write_file(self.ctx, self, path, ask=self.tr("Export manifest"),
                       name=f"{m.reg_no}.xlsx", busy=self.tr("Exporting…"),
                       write=lambda p, progress: dp.export_manifest_xlsx(led, m.id, p, progress),
                       level=olv.of_manifest(led, m.id), cancellable=True)

    def print_register(self, path: str | None = None) -> None:
        led = self.ctx.ledger
        write_file(self.ctx, self, path, ask=self.tr("Print destruction register"),
                   name="销毁登记簿.pdf", busy=self.tr("Printing…"),
                   write=lambda p, progress: dp.print_destruction_register(
                       led, p, progress=progress), cancellable=True)


_L = TypeVar("_L", ManifestLine, MediaLine)


def _level(line: Line) -> str:
    return line.item.level if isinstance(line, ManifestLine) else line.level


def _medium(line: Line) -> str:
    """The ``Medium`` a line counts under (a carrier type's value is its medium's)."""
    return line.carrier_type if isinstance(line, ManifestLine) else line.medium


def _rank(level: str) -> int:
    try:
        return Classification(level).rank
    except ValueError:
        return -1


register_pane(PaneSpec(
    key="destruction", title=str(QT_TRANSLATE_NOOP("Panes", "Destruction")),
    icon="SP_TrashIcon", roles=frozenset({Role.CLERK, Role.ARCHIVIST, Role.AUDITOR}), order=56,
    factory=lambda ctx: DestructionPane(ctx),
))
