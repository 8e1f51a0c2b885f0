"""遗失/泄密: the loss report dialog (from a carrier, from devices and media chosen or
scanned, or from a stocktake's missing list) and a pane of loss reports with their 24-hour
deadline, found-again and upstream-report records."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area
from secledger.domain.custody import LossKind, LossStatus
from secledger.domain.enums import Classification, Role
from secledger.domain.lookup import Use
from secledger.domain.media import MediaType
from secledger.services.audit import output_levels as olv
from secledger.services.custody import loss, stocktake
from secledger.services.custody import loss_media as lm
from secledger.services.custody import printing_records as cp
from secledger.services.ledger.timing import format_local, local_tz
from secledger.services.media import read
from secledger.ui.context import AppContext
from secledger.ui.labels import label_for, label_of
from secledger.ui.panes.custody.common import (
    CTX,
    changed_in,
    fill_people,
    select_data,
    selected_rows,
    table,
)
from secledger.ui.panes.disposal.destruction_dialogs import PickMediaDialog
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.widgets.carrier_picker import pick_carrier
from secledger.ui.widgets.forms import ErrorLabel, named
from secledger.ui.widgets.saving import write_file
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

R = loss.LossReportDTO


class LossDialog(QDialog):
    """Report carriers, devices and media lost: what, when discovered, circumstances,
    measures, who reports."""

    def __init__(self, ctx: AppContext, carrier_ids: Sequence[int], *,
                 stocktake_id: int | None = None, parent: QWidget | None = None,
                 media_ids: Sequence[int] = ()) -> None:
        super().__init__(parent)
        self.ctx, self.carrier_ids, self.stocktake_id = ctx, list(carrier_ids), stocktake_id
        self.media_ids = list(media_ids)
        self.report: R | None = None
        self.setObjectName("lossDialog")
        self.setWindowTitle(self.tr("Report lost carriers") if not media_ids
                            else self.tr("Report lost carriers, devices and media"))
        tz = local_tz(ctx.ledger)
        now = ctx.ledger.now().astimezone(tz)
        self.discovered = named(QDateTimeEdit(QDateTime(
            QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))), "lossDiscovered")
        self.discovered.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.reporter = named(QComboBox(), "lossReporter")
        fill_people(self.reporter, ctx)
        select_data(self.reporter, ctx.ledger.user.person_id)
        self.kind = named(QComboBox(), "lossKind")
        for k in LossKind:
            self.kind.addItem(label_for(k), k.value)
        self.circumstances = named(QPlainTextEdit(), "lossCircumstances")
        self.measures = named(QPlainTextEdit(), "lossMeasures")
        self.error = ErrorLabel(self)
        form = QFormLayout()
        if carrier_ids or not media_ids:
            form.addRow(self.tr("Carriers:"),
                        QLabel(self.tr("%n carrier(s)", "", len(carrier_ids))))
        if media_ids:
            form.addRow(self.tr("Devices and media:"), named(QLabel(self._media_text()),
                                                             "lossMedia"))
        form.addRow(self.tr("Discovered at:"), self.discovered)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Reported by:"), self.reporter)
        form.addRow(self.tr("Circumstances:"), self.circumstances)
        form.addRow(self.tr("Measures taken:"), self.measures)
        note = QLabel(self.tr("A loss must be reported upstream within 24 hours of discovery."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def _media_text(self) -> str:
        """The devices and media named: 设备编号 and type of each."""
        led, ids = self.ctx.ledger, self.media_ids
        found = self.ctx.read(lambda: [read.get_item(led, i) for i in ids], parent=self) or []
        return "、".join(f"{x.device_no}（{label_of(MediaType, x.media_type)}）" for x in found)

    def _discovered_utc(self) -> datetime:
        local: datetime = self.discovered.dateTime().toPython()  # type: ignore[assignment]
        return local.replace(tzinfo=local_tz(self.ctx.ledger)).astimezone(UTC)

    def save(self) -> bool:
        led, when = self.ctx.ledger, self._discovered_utc()
        text, measures = self.circumstances.toPlainText(), self.measures.toPlainText()
        kind, reporter = LossKind(self.kind.currentData()), self.reporter.currentData()
        if self.stocktake_id is not None:
            sid = self.stocktake_id
            rep = self.ctx.write(lambda: stocktake.report_missing_as_lost(
                led, sid, carrier_ids=self.carrier_ids, reporter_id=reporter,
                circumstances=text, measures=measures, discovered_at=when, kind=kind,
                media_ids=self.media_ids), parent=self, error=self.error)
        else:
            rep = self.ctx.write(lambda: loss.report_loss(led, loss.LossInput(
                carrier_ids=tuple(self.carrier_ids), discovered_at=when, reporter_id=reporter,
                circumstances=text, measures=measures, kind=kind,
                media_ids=tuple(self.media_ids))), parent=self, error=self.error)
        if rep is None:
            return False
        self.report = rep
        self.accept()
        return True


class ReportsModel(DtoTableModel[R]):
    CONTEXT = CTX
    COLUMNS: Sequence[Column[R]] = ()


def report_loss_for_carrier(ctx: AppContext, carrier_id: int, parent: QWidget | None) -> Any:
    """Open the loss dialog for one carrier (for the browser's carrier actions)."""
    dlg = LossDialog(ctx, [carrier_id], parent=parent)
    return dlg.report if dlg.exec() else None


def report_loss_for_media(ctx: AppContext, media_ids: Sequence[int],
                          parent: QWidget | None) -> Any:
    """Open the loss dialog for devices and media (from the media register or a pick list)."""
    dlg = LossDialog(ctx, [], media_ids=media_ids, parent=parent)
    return dlg.report if dlg.exec() else None


class LossPane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("lossPane")
        self.model = ReportsModel(parent=self)
        self.model.COLUMNS = self._columns()
        self.view = table(self.model, "lossReports")
        self.error = ErrorLabel(self)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in [
            ("new", self.tr("New loss report…"), self.new_by_label),
            ("new_media", self.tr("Devices and media lost…"), self.new_for_media),
            ("found", self.tr("Record found…"), self.record_found),
            ("upstream", self.tr("Record upstream report…"), self.record_upstream),
            ("print", self.tr("Print report…"), self.print_selected),
        ]:
            b = named(QPushButton(text), key)
            b.clicked.connect(lambda _=False, s=slot: s())
            self.buttons[key] = b
            row.addWidget(b)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.error)
        lay.addWidget(self.view, 1)
        ctx.changed.connect(self._changed)

    def _columns(self) -> list[Column[R]]:
        led = self.ctx.ledger

        def when(m: datetime | None) -> str:
            return format_local(led, m)

        def c(h: object, f: Any) -> Column[R]:
            return Column[R](h, f)

        return [
            c(QT_TRANSLATE_NOOP("CustodyColumns", "Report no."), lambda r: r.reg_no),
            c(QT_TRANSLATE_NOOP("CustodyColumns", "Kind"), lambda r: label_of(LossKind, r.kind)),
            c(QT_TRANSLATE_NOOP("CustodyColumns", "Level"), lambda r: label_of(Classification, r.level)),
            c(QT_TRANSLATE_NOOP("CustodyColumns", "Carriers"), lambda r: str(len(r.items))),
            c(QT_TRANSLATE_NOOP("CustodyColumns", "Devices and media"),
              lambda r: str(len(r.media))),
            c(QT_TRANSLATE_NOOP("CustodyColumns", "Discovered"), lambda r: when(r.discovered_at)),
            c(QT_TRANSLATE_NOOP("CustodyColumns", "Report due by"), lambda r: when(r.deadline_at)),
            c(QT_TRANSLATE_NOOP("CustodyColumns", "Reported upstream"),
              lambda r: when(r.reported_upstream_at) or (self.tr("Overdue") if r.overdue(led.now())
                                                         else "")),
            c(QT_TRANSLATE_NOOP("CustodyColumns", "Status"), lambda r: label_of(LossStatus, r.status)),
        ]

    def refresh(self) -> None:
        if not self.ctx.ledger.locked:
            self.model.set_rows(loss.list_reports(self.ctx.ledger))

    def _changed(self, changes: object) -> None:
        if changed_in(changes, Area.CARRIERS, Area.LOSSES, Area.MEDIA) and self.isVisible():
            self.refresh()

    def selected(self) -> R | None:
        rows = selected_rows(self.view)
        return rows[0] if rows else None

    def new_by_label(self) -> None:
        """Ask for the carrier (scan, 登记号 with 份号, or search and pick), then report it."""
        item = pick_carrier(self.ctx, Use.LOSS, self.tr("Report a loss"), self)
        if item is not None:
            report_loss_for_carrier(self.ctx, item.carrier_id, self)

    def new_for_media(self) -> None:
        """Choose (or scan) the lost devices and media, then report them."""
        led = self.ctx.ledger
        dlg = PickMediaDialog(self.ctx, self, title=self.tr("Choose the lost devices and media"),
                              source=lambda text: lm.losable_media(led, text=text))
        if dlg.exec() and dlg.result_dto:
            report_loss_for_media(self.ctx, dlg.result_dto, self)

    def record_found(self) -> None:
        r = self.selected()
        if r is None:
            return
        open_items: list[tuple[str, Any]] = [
            (f"{x.item.reg_no} {x.item.copy_no} {x.item.title}", x.item.carrier_id)
            for x in r.items if x.found_at is None]
        open_items += [(f"{m.item.device_no} {label_of(MediaType, m.item.media_type)}",
                        ("media", m.item.id)) for m in r.media if m.found_at is None]
        if not open_items:
            return
        labels = [text for text, _ in open_items]
        pick, ok = QInputDialog.getItem(self, self.tr("Record found"),
                                        self.tr("Carrier, device or medium:"), labels, 0, False)
        if ok:
            key = open_items[labels.index(pick)][1]
            if isinstance(key, tuple):
                self.mark_media_found(r.id, key[1])
            else:
                self.mark_found(r.id, key)

    def mark_found(self, report_id: int, carrier_id: int, note: str = "") -> Any:
        led = self.ctx.ledger
        return self.ctx.write(lambda: loss.record_found(
            led, report_id=report_id, carrier_id=carrier_id, found_at=led.now(), note=note),
            parent=self, error=self.error)

    def mark_media_found(self, report_id: int, media_id: int, note: str = "") -> Any:
        """Found again: out of service with its 责任人 until checked."""
        led = self.ctx.ledger
        return self.ctx.write(lambda: loss.record_media_found(
            led, report_id=report_id, media_id=media_id, found_at=led.now(), note=note),
            parent=self, error=self.error)

    def record_upstream(self) -> None:
        r = self.selected()
        if r is None:
            return
        ref, ok = QInputDialog.getText(self, self.tr("Reported upstream"),
                                       self.tr("Reference of the report:"))
        if ok:
            led = self.ctx.ledger
            self.ctx.write(lambda: loss.mark_reported_upstream(
                led, report_id=r.id, reported_at=led.now(), reference=ref),
                parent=self, error=self.error)

    def print_selected(self, path: str | None = None) -> None:
        r, led = self.selected(), self.ctx.ledger
        if r is not None:
            write_file(self.ctx, self, path,
                       ask=self.tr("Print loss report"), name=f"{r.reg_no}.pdf",
                       busy=self.tr("Printing…"), level=olv.of_loss(led, r.id),
                       write=lambda p, _progress: cp.print_loss(led, r.id, p))


register_pane(PaneSpec(
    key="loss", title=str(QT_TRANSLATE_NOOP("Panes", "Loss reports")),
    icon="SP_MessageBoxWarning", roles=frozenset({Role.CLERK, Role.ARCHIVIST, Role.AUDITOR}),
    order=62, factory=lambda ctx: LossPane(ctx),
))
