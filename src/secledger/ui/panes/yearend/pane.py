"""年度统计与自查自评 pane: the year's statistics with their charts, the self-inspection
checklist with the ledger's proposals and evidence, and the 整改 items, in three tabs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from secledger.domain.enums import Role
from secledger.ui.context import AppContext
from secledger.ui.panes.yearend.checklist_tab import ChecklistTab
from secledger.ui.panes.yearend.rectification_tab import RectificationTab
from secledger.ui.panes.yearend.stats_tab import StatsTab
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.widgets.forms import named


class YearEndPane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("yearendPane")
        self.stats = StatsTab(ctx)
        self.checklist = ChecklistTab(ctx)
        self.rectification = RectificationTab(ctx, self.checklist)
        self.tabs = named(QTabWidget(), "yearendTabs")
        self.tabs.addTab(self.stats, self.tr("Statistics"))
        self.tabs.addTab(self.checklist, self.tr("Self-inspection"))
        self.tabs.addTab(self.rectification, self.tr("Rectification"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)

    def refresh(self) -> None:
        self.stats.refresh()
        self.checklist.refresh()
        self.rectification.refresh()

    def _refresh_current(self) -> None:
        tab = self.tabs.currentWidget()
        refresh = getattr(tab, "refresh", None)
        if callable(refresh):
            refresh()


register_pane(PaneSpec(
    key="yearend", title=str(QT_TRANSLATE_NOOP("Panes", "Year-end")),
    icon="SP_FileDialogInfoView",
    roles=frozenset({Role.SECURITY_OFFICER, Role.AUDITOR, Role.CLERK}), order=95,
    factory=lambda ctx: YearEndPane(ctx),
))
