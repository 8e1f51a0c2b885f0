"""清查盘点 pane: start a session (of the carriers, the classified devices and storage media,
or both), scan labels (the barcode scanner types the label and Enter; ``handle_scan``, and
``handle_media_scan`` for an ``M…`` label), watch the live counts, finish, print and export
each group, and turn missing items (carriers, devices and media) into a loss report."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area
from secledger.domain.enums import CarrierState, Classification, Role
from secledger.domain.lookup import Use
from secledger.services.audit import output_levels as olv
from secledger.services.custody import printing_records as cp
from secledger.services.custody import stocktake as stk
from secledger.ui.context import AppContext
from secledger.ui.labels import english, label_for, label_of
from secledger.ui.panes.custody.common import (
    CTX,
    ItemModel,
    changed_in,
    fill_people,
    selected_rows,
    table,
)
from secledger.ui.panes.custody.routing import ButtonsMixin
from secledger.ui.panes.custody.stocktake_media import (
    MediaCheckModel,
    check_rows,
    describe,
    what_box,
)
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.statuses import STOCKTAKE, status_text
from secledger.ui.widgets.carrier_picker import CarrierPicker
from secledger.ui.widgets.forms import ErrorLabel, named
from secledger.ui.widgets.saving import write_file
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

AREAS = (Area.CARRIERS, Area.STOCKTAKES, Area.MEDIA)
SCOPE_DELAY_MS = 250
GROUP_KEYS = ["missing", "unexpected", "misplaced", "found", "expected"]


def _title(st: stk.StocktakeDTO) -> str:
    """``盘2026-00001 · 存放位置：档案室A柜 · 进行中`` in the UI's language."""
    scope = st.scope_label
    if english():
        parts = [f"location {st.scope.location}" if st.scope.location else "",
                 "one holder" if st.scope.holder_id is not None else "",
                 label_of(Classification, st.scope.level.value) if st.scope.level else ""]
        scope = ", ".join(p for p in parts if p) or "the whole ledger"
    return f"{st.reg_no} · {scope} · {status_text(STOCKTAKE, st.status)}"


class CheckModel(DtoTableModel[tuple[Any, str]]):
    """The frozen expected list with each item's status (已核 / 不符 / 未见 / 缺失)."""

    CONTEXT = CTX
    COLUMNS = (
        Column[tuple[Any, str]](QT_TRANSLATE_NOOP("CustodyColumns", "Status"), lambda r: r[1]),
        *(Column[tuple[Any, str]](c.header, (lambda f: lambda r: f(r[0]))(c.text))
          for c in ItemModel.COLUMNS[:9]),
    )


class StocktakePane(ButtonsMixin, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("stocktakePane")
        self.session = named(QComboBox(), "stocktakeSession")
        self.session.setMinimumContentsLength(24)
        self.session.currentIndexChanged.connect(lambda _i: self.reload())
        self.location = named(QLineEdit(), "stocktakeLocation")
        self.location.setPlaceholderText(self.tr("e.g. Archive cabinet C (includes every shelf and box in it)"))
        self.places = QStringListModel(self)
        completer = QCompleter(self.places, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.location.setCompleter(completer)
        self.scope_hint = named(QLabel(), "stocktakeScopeHint")
        self._scope_timer = QTimer(self, singleShot=True, interval=SCOPE_DELAY_MS)
        self._scope_timer.timeout.connect(self._show_scope_size)
        self.holder = named(QComboBox(), "stocktakeHolder")
        self.level = named(QComboBox(), "stocktakeLevel")
        self.level.addItem(self.tr("All levels"), None)
        for lv in (Classification.TOP_SECRET, Classification.SECRET, Classification.CONFIDENTIAL):
            self.level.addItem(label_for(lv), lv.value)
        self.what = what_box()
        self.what.currentIndexChanged.connect(lambda _i: self._scope_timer.start())
        self.location.textChanged.connect(lambda _t: self._scope_timer.start())
        self.holder.currentIndexChanged.connect(lambda _i: self._scope_timer.start())
        self.level.currentIndexChanged.connect(lambda _i: self._scope_timer.start())
        self.checkers = named(QLineEdit(), "stocktakeCheckers")
        self.checkers.setPlaceholderText(self.tr("Names, separated by commas (at least two)"))
        self.leader = named(QLineEdit(), "stocktakeLeader")
        self.error = ErrorLabel(self)
        # labels are recorded as scanned (unknown ones too); a 登记号 with 份号 or a search
        # ticks the carrier found
        self.picker = CarrierPicker(ctx, Use.STOCKTAKE, name="stocktakeLabel", error=self.error,
                                    placeholder=self.tr("Scan or type a label, or a reg. no. "
                                                        "with copy, then Enter"),
                                    on_label=self.handle_scan)
        self.picker.picked.connect(lambda item, _how: self.tick(item.carrier_id))
        self.label_edit = self.picker.edit
        self.seen_at = named(QLineEdit(), "stocktakeSeenAt")
        self.seen_at.setPlaceholderText(self.tr("Where it was found (if not the scope)"))
        self.counts = named(QLabel(), "stocktakeCounts")
        self.last = named(QLabel(), "stocktakeLast")
        self.last.setWordWrap(True)
        self.check_model = CheckModel(parent=self)
        self.check_view = table(self.check_model, "stocktakeChecklist", multi=True)
        self.extra_model = ItemModel(parent=self)
        self.extra_view = table(self.extra_model, "stocktakeUnexpected")
        self.media_model = MediaCheckModel(parent=self)
        self.media_view = table(self.media_model, "stocktakeMedia", multi=True)
        self.buttons: dict[str, QPushButton] = {}
        self._layout()
        ctx.changed.connect(self._changed)

    # -- layout -----------------------------------------------------------------------
    def _layout(self) -> None:
        start = QFormLayout()
        start.addRow(self.tr("Count:"), self.what)
        start.addRow(self.tr("Location:"), self.location)
        start.addRow("", self.scope_hint)
        start.addRow(self.tr("Holder:"), self.holder)
        start.addRow(self.tr("Level:"), self.level)
        start.addRow(self.tr("Checkers:"), self.checkers)
        start.addRow(self.tr("Person in charge:"), self.leader)
        start.addRow(self._button("start", self.tr("Start stocktake"), self.start))
        new_box = named(QGroupBox(self.tr("New stocktake")), "stocktakeNew")
        new_box.setLayout(start)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Stocktake:")))
        top.addWidget(self.session, 1)
        for key, text, slot in [
            ("finish", self.tr("Finish"), self.finish),
            ("cancel", self.tr("Cancel stocktake…"), lambda: self.cancel()),
            ("print", self.tr("Print report…"), self.print_report),
            ("export", self.tr("Export missing (XLSX)…"), self.export_missing),
            ("lost", self.tr("Report selected missing items as lost…"), self.report_lost),
        ]:
            top.addWidget(self._button(key, text, slot))
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.picker, 2)
        scan_row.addWidget(self.seen_at, 1)
        lists = QSplitter()
        lists.addWidget(self._titled(self.tr("Expected (frozen at the start)"), self.check_view))
        lists.addWidget(self._titled(self.tr("Scanned but not expected (not on the list)"), self.extra_view))
        lists.setStretchFactor(0, 3)
        self.media_box = self._titled(self.tr("Devices and storage media (expected, then not "
                                              "expected)"), self.media_view)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(lists)
        split.addWidget(self.media_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addWidget(new_box)
        lay.addLayout(top)
        lay.addLayout(scan_row)
        lay.addWidget(self.counts)
        lay.addWidget(self.last)
        lay.addWidget(self.error)
        lay.addWidget(split, 1)

    @staticmethod
    def _titled(title: str, w: QWidget) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(QLabel(title))
        v.addWidget(w, 1)
        return box

    # -- data -------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        data = self.session.currentData()
        return int(data) if data is not None else None

    def refresh(self) -> None:
        led = self.ctx.ledger
        if led.locked:
            return
        fill_people(self.holder, self.ctx, blank=self.tr("Anyone"))
        self.places.setStringList(stk.known_locations(led))
        keep = self.current_id()
        self.session.blockSignals(True)
        self.session.clear()
        for st in reversed(stk.list_stocktakes(led)):
            self.session.addItem(_title(st), st.id)
        if keep is not None and self.session.findData(keep) >= 0:
            self.session.setCurrentIndex(self.session.findData(keep))
        self.session.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        sid = self.current_id()
        if sid is None:
            self.check_model.set_rows([])
            self.extra_model.set_rows([])
            self.media_model.set_rows([])
            self.media_box.hide()
            self.counts.setText(self.tr("No stocktake yet: choose a scope and start one."))
            self._enable(None)
            return
        res = stk.result(self.ctx.ledger, sid)
        done = res.stocktake.status == stk.FINISHED  # a cancelled one found nothing missing
        status = {i.carrier_id: self.tr("Checked") for i in res.found}
        status.update({m.item.carrier_id: self.tr("Mismatch") for m in res.misplaced})
        absent = self.tr("Missing") if done else self.tr("Not yet seen")
        self.check_model.set_rows([(i, status.get(i.carrier_id, absent)) for i in res.expected])
        self.extra_model.set_rows([u.item for u in res.unexpected if u.item is not None])
        self.media_model.set_rows(check_rows(res.media, done))
        self.media_box.setVisible(res.media.any)
        self._show_counts(res.stocktake.counts)
        self._enable(res.stocktake)

    def _show_counts(self, c: stk.Counts) -> None:
        self.counts.setText(self.tr("Found {found} of {expected} · still expected {remaining} · "
                                    "not expected {unexpected}").format(
            found=c.found, expected=c.expected, remaining=c.remaining, unexpected=c.unexpected))

    def _enable(self, st: stk.StocktakeDTO | None) -> None:
        is_open = st is not None and st.status == stk.OPEN
        self.buttons["finish"].setEnabled(is_open)
        self.picker.setEnabled(is_open)
        self.buttons["cancel"].setEnabled(is_open)
        for key in ("print", "export", "lost"):
            self.buttons[key].setEnabled(st is not None and st.status == stk.FINISHED)

    def _changed(self, changes: object) -> None:
        if changed_in(changes, *AREAS) and self.isVisible():
            self.refresh()

    def _scope(self) -> stk.Scope:
        level = self.level.currentData()
        carriers, media = self.what.currentData() or (True, False)
        return stk.Scope(location=self.location.text(), holder_id=self.holder.currentData(),
                         level=Classification(level) if level else None, carriers=carriers,
                         media=media)

    def _show_scope_size(self) -> None:
        """How many carriers the scope holds, before the clerk starts (0 says so)."""
        if not self.ctx.has_ledger or self.ctx.ledger.locked:
            return
        n = self.ctx.read(lambda: stk.scope_size(self.ctx.ledger, self._scope()), parent=self)
        if n is None:
            return
        held = (self.tr("This scope holds %n item(s): carriers, devices and media.", "", n)
                if self._scope().media else self.tr("This scope holds %n carrier(s).", "", n))
        self.scope_hint.setText(held if n else
                                self.tr("Nothing held is in this scope: check the location "
                                        "(a cabinet includes every shelf and box in it)."))
        self.scope_hint.setStyleSheet("" if n else "color: #b00020;")

    # -- actions -------------------------------------------------------------------------
    def start(self) -> stk.StocktakeDTO | None:
        scope = self._scope()
        names = [n.strip() for n in self.checkers.text().replace("，", ",").split(",")]
        st = self.ctx.write(lambda: stk.start_stocktake(
            self.ctx.ledger, scope=scope, checkers=names, leader=self.leader.text()),
            parent=self, error=self.error)
        if st is not None:
            if self.session.findData(st.id) < 0:  # not listed by a refresh (pane hidden)
                self.session.insertItem(0, _title(st), st.id)
            self.session.setCurrentIndex(self.session.findData(st.id))
            self.label_edit.setFocus()
        return st

    def handle_scan(self, label_id: str) -> bool:
        """A scanned label goes to the open session shown (True), else to other panes. A scan
        commits no event (nothing for ``ctx.changed``), so the pane reloads its lists itself."""
        sid = self.current_id()
        if sid is None or not self.label_edit.isEnabled():
            return False
        res: stk.ScanResult | None = self.ctx.write(lambda: stk.scan(
            self.ctx.ledger, sid, label_id, location=self.seen_at.text()),
            parent=self, error=self.error)
        if res is None:
            return True
        self._show_counts(res.counts)
        self.last.setText(self._describe(res))
        self.reload()
        return True

    def handle_media_scan(self, label_id: str) -> bool:
        """A device's or medium's label is counted by the open session shown (else the main
        window opens the item in the media pane)."""
        return self.handle_scan(label_id)

    def tick(self, carrier_id: int) -> stk.ScanResult | None:
        """Tick a carrier found by its 登记号 and 份号 (or picked) as if its label was scanned."""
        sid = self.current_id()
        if sid is None:
            return None
        res: stk.ScanResult | None = self.ctx.write(lambda: stk.tick(
            self.ctx.ledger, sid, carrier_id, location=self.seen_at.text()),
            parent=self, error=self.error)
        if res is not None:
            self._show_counts(res.counts)
            self.last.setText(self._describe(res))
            self.reload()
        return res

    def _describe(self, r: stk.ScanResult) -> str:
        what = f"{r.item.reg_no} {r.item.copy_no} {r.item.title}" if r.item else r.label_id
        state = label_of(CarrierState, r.item.state) if r.item else ""
        if r.media is not None:
            what, state = describe(r.media)
        text = {
            "found": self.tr("✔ {what}: checked."),
            "again": self.tr("{what}: already scanned (nothing changes)."),
            "mismatch": self.tr("⚠ {what}: found, but not where or with whom the ledger says."),
            "unexpected": self.tr("⚠ {what}: not on the expected list (ledger: {state})."),
            "unknown": self.tr("⚠ {what}: this label is not in the ledger."),
        }[r.status]
        return text.format(what=what, state=state)

    def finish(self) -> stk.StocktakeResult | None:
        sid = self.current_id()
        if sid is None:
            return None
        return self.ctx.write(lambda: stk.finish_stocktake(self.ctx.ledger, sid),
                              parent=self, error=self.error)

    def cancel(self, reason: str | None = None) -> stk.StocktakeDTO | None:
        """Cancel the open stocktake shown, with a reason (asked for when not given); it
        stays in the list, marked cancelled."""
        sid = self.current_id()
        if sid is None:
            return None
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Cancel stocktake"),
                                              self.tr("Why is this stocktake cancelled?"))
            if not ok:
                return None
        why = reason
        return self.ctx.write(lambda: stk.cancel_stocktake(self.ctx.ledger, sid, reason=why),
                              parent=self, error=self.error)

    def print_report(self, path: str | None = None) -> None:
        sid, led = self.current_id(), self.ctx.ledger
        if sid is not None:
            write_file(self.ctx, self, path,
                       ask=self.tr("Print stocktake report"), name="清查盘点报告.pdf",
                       busy=self.tr("Printing…"), level=olv.of_stocktake(led, sid),
                       write=lambda p, _progress: cp.print_stocktake(led, sid, p))

    def export_missing(self, path: str | None = None) -> None:
        sid, led = self.current_id(), self.ctx.ledger
        if sid is not None:
            write_file(self.ctx, self, path, ask=self.tr("Export missing items"), name="缺失载体.xlsx",
                       busy=self.tr("Exporting…"), level=olv.of_stocktake(led, sid, ["missing"]),
                       write=lambda p, _progress: cp.export_stocktake_xlsx(led, sid, p,
                                                                           group="missing"))

    def report_lost(self) -> None:
        from secledger.ui.panes.custody.loss import LossDialog

        sid, missing = self.current_id(), self.tr("Missing")
        ids = [row[0].carrier_id for row in selected_rows(self.check_view) if row[1] == missing]
        media = [row[0].id for row in selected_rows(self.media_view) if row[1] == missing]
        if sid is None or not (ids or media):
            self.error.show_text(self.tr("Select missing items on the list first."))
            return
        LossDialog(self.ctx, ids, stocktake_id=sid, parent=self, media_ids=media).exec()


register_pane(PaneSpec(
    key="stocktake", title=str(QT_TRANSLATE_NOOP("Panes", "Stocktake")),
    icon="SP_FileDialogDetailedView", roles=frozenset({Role.CLERK, Role.ARCHIVIST}), order=60,
    factory=lambda ctx: StocktakePane(ctx),
))
