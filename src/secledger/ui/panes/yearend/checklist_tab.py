"""自查自评 tab: the versions of every year (drafts, finals and the ones superseded), the
fourteen areas with their items (the ledger's proposal and the result given), the chosen
item's assessment, and the 总体情况. The security officer starts a version, gathers the
ledger's evidence (off the GUI thread), assesses, finalises and prints; the auditor and the
clerk read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area, Changes
from secledger.domain.enums import Role
from secledger.domain.selfinspection import AREAS, InspectionStatus
from secledger.services.ledger.timing import local_now
from secledger.services.yearend import finalising, printing, selfinspection
from secledger.services.yearend.selfinspection import InspectionDTO, VersionDTO
from secledger.ui.context import AppContext
from secledger.ui.labels import english, label_for
from secledger.ui.panes.custody.common import table
from secledger.ui.panes.yearend.item_panel import ItemPanel
from secledger.ui.panes.yearend.models import VersionsModel
from secledger.ui.widgets.forms import ErrorLabel, named
from secledger.ui.widgets.saving import write_file

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class ChecklistTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("yearendChecklist")
        self.inspection: InspectionDTO | None = None
        self.year = named(QSpinBox(), "checkYear")
        self.year.setRange(1949, 2100)
        self.buttons = {key: named(QPushButton(text), f"check_{key}") for key, text in (
            ("start", self.tr("New version")), ("gather", self.tr("Gather the ledger's evidence")),
            ("finalise", self.tr("Finalise…")), ("print", self.tr("Print report…")))}
        self.versions = VersionsModel(parent=self)
        self.versions_view = table(self.versions, "checkVersions")
        self.versions_view.setMaximumHeight(104)
        self.status = named(QLabel(), "checkStatus")
        self.status.setWordWrap(True)
        self.tree = named(QTreeWidget(), "checkItems")
        self.tree.setHeaderLabels([self.tr("No."), self.tr("Item"), self.tr("Ledger proposes"),
                                   self.tr("Result")])
        self.tree.setIndentation(14)
        self.tree.setColumnWidth(0, 96)
        self.tree.setColumnWidth(1, 430)
        self.panel = ItemPanel(ctx, self)
        self.summary = named(QPlainTextEdit(), "checkSummary")
        self.summary.setPlaceholderText(self.tr("Overall situation, in the officer's words"))
        self.summary.setMaximumHeight(90)
        self.save_summary = named(QPushButton(self.tr("Save the summary")), "checkSaveSummary")
        self.error = ErrorLabel(self)
        self._layout()
        self._connect()
        ctx.changed.connect(self._changed)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        for b in self.buttons.values():
            top.addWidget(b)
        top.addStretch(1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.panel, 1)
        rl.addWidget(QLabel(self.tr("Overall situation:")))
        rl.addWidget(self.summary)
        rl.addWidget(self.save_summary, 0, Qt.AlignmentFlag.AlignRight)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.versions_view)
        lay.addWidget(self.status)
        lay.addWidget(self.error)
        lay.addWidget(split, 1)

    def _connect(self) -> None:
        self.buttons["start"].clicked.connect(lambda: self.start())
        self.buttons["gather"].clicked.connect(lambda: self.gather())
        self.buttons["finalise"].clicked.connect(lambda: self.finalise())
        self.buttons["print"].clicked.connect(lambda: self.print_report())
        self.save_summary.clicked.connect(lambda: self.write_summary())
        self.versions_view.selectionModel().selectionChanged.connect(lambda *_: self._picked())
        self.tree.currentItemChanged.connect(lambda *_: self._show_item())

    @property
    def writer(self) -> bool:
        led = self.ctx.ledger
        return not led.locked and Role.SECURITY_OFFICER in led.user.roles

    # -- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.has_ledger or self.ctx.ledger.locked:
            return
        if self.year.value() == self.year.minimum():
            self.year.setValue(local_now(self.ctx.ledger).year)
        keep = self.inspection.version.id if self.inspection else None
        rows = self.ctx.read(lambda: selfinspection.versions(self.ctx.ledger), parent=self) or []
        self.versions.set_rows(rows)
        pick = next((i for i, v in enumerate(rows) if v.id == keep), None)
        if pick is None:
            pick = next((i for i, v in enumerate(rows) if v.year == self.year.value()), None)
        if pick is not None:
            self.versions_view.selectRow(pick)
            self.load(rows[pick].id)
        else:
            self.load(None)
        for key in ("start", "gather", "finalise"):
            self.buttons[key].setVisible(self.writer)
        self.save_summary.setVisible(self.writer)

    def _picked(self) -> None:
        rows = self.versions_view.selectionModel().selectedRows()
        if rows:
            v: VersionDTO = self.versions.row_at(rows[0].row())
            if self.inspection is None or self.inspection.version.id != v.id:
                self.load(v.id)

    def load(self, inspection_id: int | None) -> None:
        led = self.ctx.ledger
        self.inspection = None if inspection_id is None else self.ctx.read(
            lambda: selfinspection.get(led, inspection_id), parent=self)
        self._fill_tree()
        self._show_status()

    def _fill_tree(self) -> None:
        node = self.tree.currentItem()
        code = node.data(0, CODE_ROLE) if node is not None else None
        self.tree.clear()
        ins = self.inspection
        if ins is None:
            self.panel.show_item(None, None, editable=False)
            return
        current = None
        for area in AREAS:
            head = QTreeWidgetItem([area.numeral if not english() else str(area.no),
                                    area.en if english() else area.zh])
            self.tree.addTopLevelItem(head)
            for i in ins.items:
                if i.item.area != area.no:
                    continue
                row = QTreeWidgetItem([i.item.code if english() else i.item.printed_no,
                                       i.item.en if english() else i.item.zh,
                                       label_for(i.proposed) if i.proposed else "",
                                       label_for(i.result) if i.result else ""])
                row.setData(0, CODE_ROLE, i.item.code)
                row.setToolTip(1, i.item.en if english() else i.item.zh)
                head.addChild(row)
                if i.item.code == code:
                    current = row
            head.setExpanded(True)
        if current is not None:
            self.tree.setCurrentItem(current)
        self.summary.setPlainText(ins.summary)
        draft = ins.version.status is InspectionStatus.DRAFT
        self.summary.setReadOnly(not (draft and self.writer))
        self.save_summary.setEnabled(draft and self.writer)
        self._show_item()

    def _show_status(self) -> None:
        ins = self.inspection
        self.buttons["gather"].setEnabled(bool(ins and ins.version.status is InspectionStatus.DRAFT))
        self.buttons["finalise"].setEnabled(bool(ins and ins.version.status
                                                 is InspectionStatus.DRAFT))
        self.buttons["print"].setEnabled(ins is not None)
        if ins is None:
            self.status.setText(self.tr("No self-inspection of this year yet."))
            return
        v = ins.version
        done = sum(1 for i in ins.items if i.result is not None)
        text = self.tr("{year}, version {version}: {status}; {done} of {total} items "
                       "assessed.").format(year=v.year, version=v.version,
                                           status=label_for(v.status), done=done,
                                           total=len(ins.items))
        if ins.evidence_at is not None:
            text += " " + self.tr("Evidence gathered {time}.").format(
                time=ins.evidence_at.strftime("%Y-%m-%d %H:%M"))
        if v.digest:
            text += " " + self.tr("Digest {digest}.").format(digest=v.digest[:16])
        self.status.setText(text)

    def _show_item(self) -> None:
        node = self.tree.currentItem()
        code = node.data(0, CODE_ROLE) if node is not None else None
        ins = self.inspection
        if ins is None or code is None:
            self.panel.show_item(None, None, editable=False)
            return
        editable = self.writer and ins.version.status is InspectionStatus.DRAFT
        self.panel.show_item(ins.version.id, ins.item(str(code)), editable=editable)

    def _changed(self, changes: object) -> None:
        if isinstance(changes, Changes) and changes.touches(Area.YEAREND) and self.isVisible():
            self.refresh()

    # -- writing -------------------------------------------------------------------------
    def start(self) -> None:
        led, year = self.ctx.ledger, self.year.value()
        made = self.ctx.write(lambda: selfinspection.start(led, year=year), parent=self,
                              error=self.error)
        if made is not None:
            self.load(made.id)
            self.refresh()

    def gather(self) -> None:
        ins = self.inspection
        if ins is None:
            return
        led, iid = self.ctx.ledger, ins.version.id
        self.ctx.write_long(lambda progress: selfinspection.gather_evidence(
            led, iid, progress=progress), title=self.tr("Gathering the ledger's evidence…"),
            parent=self, error=self.error)

    def finalise(self, *, confirm: bool = True) -> None:
        ins = self.inspection
        if ins is None:
            return
        if confirm and QMessageBox.question(self, self.tr("Finalise"), self.tr(
                "Once finalised this version can no longer change; a later version can "
                "replace it. Finalise it now?")) != QMessageBox.StandardButton.Yes:
            return
        led, iid = self.ctx.ledger, ins.version.id
        self.ctx.write_long(lambda progress: finalising.finalise(led, iid, progress=progress),
                            title=self.tr("Finalising…"), parent=self, error=self.error)

    def write_summary(self) -> None:
        ins = self.inspection
        if ins is not None:
            led, text = self.ctx.ledger, self.summary.toPlainText()
            self.ctx.write(lambda: selfinspection.write_summary(
                led, inspection_id=ins.version.id, summary=text), parent=self, error=self.error)

    def print_report(self, path: str | None = None) -> None:
        ins = self.inspection
        if ins is None:
            return
        led, v = self.ctx.ledger, ins.version
        write_file(self.ctx, self, path, ask=self.tr("Print report"),
                   name=f"保密自查自评报告-{v.year}-第{v.version}版.pdf", busy=self.tr("Printing…"),
                   level=printing.report_level(ins),
                   write=lambda p, progress: printing.print_selfinspection(
                       led, v.id, p, progress=progress))
