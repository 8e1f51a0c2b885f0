"""定密管理 pane: the classification lifecycle for the clerk, the 定密责任人 (through an
approver account) and the auditor (read-only): the worklists as tabs with their counts
(保密期限即将届满, 已解密待处理, 年度审核, 待换标, 待通知签收), the proposals, and the
定（解）密工作情况登记簿 of a year (PDF, XLSX).

It refreshes from the ``Changes`` of every write (classification, documents, carriers
coming back, approvals); the counts in the tab titles are read off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area
from secledger.services.classification import printing as class_print
from secledger.services.classification.worklists import Summary, Worklist
from secledger.services.ledger.timing import local_now
from secledger.ui.context import AppContext
from secledger.ui.panes.classification.counts import ROLES, SummaryWorker
from secledger.ui.panes.classification.proposals_tab import ProposalsTab
from secledger.ui.panes.classification.review_tab import ReviewTab
from secledger.ui.panes.classification.tabs import (
    AcknowledgeTab,
    ExpiringTab,
    MarkingTab,
    RelabelTab,
    tab_title,
)
from secledger.ui.panes.custody.common import changed_in
from secledger.ui.panes.custody.routing import printing
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.widgets.forms import named
from secledger.ui.widgets.saving import write_file

AREAS = (Area.CLASSIFICATION, Area.DOCUMENTS, Area.CARRIERS, Area.APPROVALS)


class ClassificationPane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("classificationPane")
        self.expiring = ExpiringTab(ctx)
        self.marking = MarkingTab(ctx)
        self.review = ReviewTab(ctx)
        self.relabel = RelabelTab(ctx)
        self.acknowledge = AcknowledgeTab(ctx)
        self.proposals = ProposalsTab(ctx)
        self.tabs = named(QTabWidget(), "classificationTabs")
        self.titles = (self.tr("Periods ending"), self.tr("Declassified: to mark"),
                       self.tr("Yearly review"), self.tr("New labels"), self.tr("Signatures"),
                       self.tr("Proposals"))
        for page, title in zip(self.pages, self.titles, strict=True):
            self.tabs.addTab(page, title)
        self.tabs.currentChanged.connect(lambda _i: self._show_current())
        self.year = named(QSpinBox(), "registerYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(local_now(ctx.ledger).year)
        self.print_button = named(QPushButton(self.tr("Print register…")),
                                  "printRegister")
        self.print_button.clicked.connect(lambda _=False: self.print_register())
        self.export_button = named(QPushButton(self.tr("Export register to Excel…")),
                                   "exportRegister")
        self.export_button.clicked.connect(lambda _=False: self.export_register())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Register of classification decisions, year:")))
        top.addWidget(self.year)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)
        self.counts = SummaryWorker(lambda: ctx.ledger, self)
        self.counts.ready.connect(self.show_counts)
        ctx.changed.connect(self._changed)

    @property
    def pages(self) -> tuple[Any, ...]:
        return (self.expiring, self.marking, self.review, self.relabel, self.acknowledge,
                self.proposals)

    # -- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.has_ledger or self.ctx.ledger.locked:
            return
        self._show_current()
        self.counts.start()

    def _show_current(self) -> None:
        refresh = getattr(self.tabs.currentWidget(), "refresh", None)
        if callable(refresh) and not self.ctx.ledger.locked:
            self.ctx.read(refresh, parent=self)

    def show_counts(self, s: Summary) -> None:
        counts = (s[Worklist.EXPIRING_90], s[Worklist.MARKING],
                  s[Worklist.REVIEW_OWN] + s[Worklist.REVIEW_RECEIVED], s[Worklist.RELABEL],
                  s[Worklist.ACKNOWLEDGE], s.proposals_pending)
        for i, (title, n) in enumerate(zip(self.titles, counts, strict=True)):
            self.tabs.setTabText(i, tab_title(title, n))

    def _changed(self, changes: object) -> None:
        if changed_in(changes, *AREAS) and self.isVisible():
            self.refresh()

    def handle_scan(self, label_id: str) -> bool:
        """A label scanned on 已解密待处理 confirms that carrier; on 待换标 selects it."""
        handler = getattr(self.tabs.currentWidget(), "handle_scan", None)
        return bool(callable(handler) and handler(label_id))

    def show_tab(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(page)

    # -- the register ---------------------------------------------------------------------
    def print_register(self, path: Path | None = None) -> None:
        led, year = self.ctx.ledger, self.year.value()
        write_file(self.ctx, self, path, ask=self.tr("Save the register"),
                   name=f"定（解）密工作情况登记簿{year}.pdf", busy=printing(), cancellable=True,
                   level=class_print.register_level(led, year),
                   write=lambda target, progress: class_print.print_register(
                       led, target, year=year, progress=progress))

    def export_register(self, path: Path | None = None) -> None:
        led, year = self.ctx.ledger, self.year.value()
        write_file(self.ctx, self, path, ask=self.tr("Export the register"),
                   name=f"定（解）密工作情况登记簿{year}.xlsx", busy=printing(), cancellable=True,
                   level=class_print.register_level(led, year),
                   write=lambda target, progress: class_print.export_register_xlsx(
                       led, target, year=year, progress=progress))


register_pane(PaneSpec(
    key="classification", title=str(QT_TRANSLATE_NOOP("Panes", "Classification")),
    icon="panes/classification.svg", roles=ROLES, order=47,
    factory=lambda ctx: ClassificationPane(ctx),
))
