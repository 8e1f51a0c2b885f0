"""年度统计 tab: a year (or any period) counted off the GUI thread with progress, its charts
drawn with QPainter and every table in its own tab; printed as the 统计表 (PDF with the same
charts) or exported (XLSX, one sheet per table). A change to the ledger marks the figures as
out of date rather than counting a million carriers again unasked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area, Changes
from secledger.domain.yearend import CHARTS, Period, chart_data
from secledger.services.ledger.timing import local_now
from secledger.services.yearend import printing, statistics
from secledger.services.yearend.statistics import YearStats
from secledger.ui.context import AppContext
from secledger.ui.labels import english
from secledger.ui.panes.yearend.charts import BarChart
from secledger.ui.panes.yearend.models import StatTableModel
from secledger.ui.widgets.forms import ErrorLabel, named, pydate, qdate
from secledger.ui.widgets.saving import write_file


class StatsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("yearendStats")
        self.stats: YearStats | None = None
        self.year = named(QSpinBox(), "statsYear")
        self.year.setRange(1949, 2100)
        self.custom = named(QCheckBox(self.tr("Other period")), "statsCustom")
        self.start = named(QDateEdit(), "statsFrom")
        self.end = named(QDateEdit(), "statsTo")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.compute_button = named(QPushButton(self.tr("Compute")), "statsCompute")
        self.print_button = named(QPushButton(self.tr("Print statistics…")), "statsPrint")
        self.export_button = named(QPushButton(self.tr("Export (XLSX)…")), "statsExport")
        self.status = named(QLabel(self.tr("Choose a year and press Compute.")), "statsStatus")
        self.error = ErrorLabel(self)
        self.charts = [BarChart(spec.en if english() else spec.zh) for spec in CHARTS]
        self.tables = named(QTabWidget(), "statsTables")
        self._layout()
        self.year.valueChanged.connect(self._year_changed)
        self.custom.toggled.connect(self._custom_toggled)
        self.compute_button.clicked.connect(lambda: self.compute())
        self.print_button.clicked.connect(lambda: self.print_statistics())
        self.export_button.clicked.connect(lambda: self.export_statistics())
        self._custom_toggled(False)
        self._enable()
        ctx.changed.connect(self._changed)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        top.addWidget(self.custom)
        top.addWidget(self.start)
        top.addWidget(QLabel("—"))
        top.addWidget(self.end)
        top.addWidget(self.compute_button)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        grid = QGridLayout()
        for i, chart in enumerate(self.charts):
            grid.addWidget(chart, i // 2, i % 2)
        charts = QWidget()
        charts.setLayout(grid)
        split = named(QSplitter(Qt.Orientation.Vertical), "statsSplit")
        split.addWidget(charts)
        split.addWidget(self.tables)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([330, 370])  # the tables get room too on a 768-pixel screen
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.status)
        lay.addWidget(self.error)
        lay.addWidget(split, 1)

    # -- the period --------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.has_ledger or self.ctx.ledger.locked:
            return
        if self.stats is None and self.year.value() == self.year.minimum():
            self.year.setValue(local_now(self.ctx.ledger).year)

    def _year_changed(self, year: int) -> None:
        if not self.custom.isChecked():
            self.start.setDate(qdate(date(year, 1, 1)))
            self.end.setDate(qdate(date(year, 12, 31)))

    def _custom_toggled(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)
        if not on:
            self._year_changed(self.year.value())

    def period(self) -> Period:
        if self.custom.isChecked():
            return Period(pydate(self.start.date()), pydate(self.end.date()))
        return Period.of_year(self.year.value())

    # -- computing ---------------------------------------------------------------------
    def compute(self) -> None:
        led, period = self.ctx.ledger, self.period()
        self.compute_button.setEnabled(False)
        op = self.ctx.write_long(lambda progress: statistics.compute(led, period,
                                                                     progress=progress),
                                 title=self.tr("Counting the year…"), parent=self,
                                 on_done=self.show_stats, error=self.error)
        op.finished.connect(lambda: self.compute_button.setEnabled(True))

    def show_stats(self, stats: YearStats) -> None:
        self.stats = stats
        by_key = {t.key: t for t in stats.tables}
        for chart, spec in zip(self.charts, CHARTS, strict=True):
            chart.set_data(chart_data(spec, by_key))
        current = self.tables.currentIndex()
        self.tables.clear()
        for t in stats.tables:
            view = named(QTableView(), f"stats_{t.key}")
            view.setModel(StatTableModel(t, view))
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().setVisible(False)
            view.resizeColumnsToContents()
            self.tables.addTab(view, t.en if english() else t.zh)
        self.tables.setCurrentIndex(max(current, 0))
        label = stats.period.label_en() if english() else stats.period.label()
        self.status.setText(self.tr("{period}: counted in {seconds:.1f} s at {time}.").format(
            period=label, seconds=stats.seconds, time=stats.computed_at.strftime("%H:%M")))
        self.status.setStyleSheet("")
        self._enable()

    def _enable(self) -> None:
        done = self.stats is not None
        self.print_button.setEnabled(done)
        self.export_button.setEnabled(done)

    def _changed(self, changes: object) -> None:
        if (isinstance(changes, Changes) and self.stats is not None
                and changes.touches(Area.CARRIERS, Area.DOCUMENTS, Area.LOSSES, Area.STOCKTAKES)):
            self.status.setText(self.tr("The ledger has changed since these figures were "
                                        "counted: press Compute to count again."))
            self.status.setStyleSheet("color: #8a5a00;")

    # -- printing ----------------------------------------------------------------------
    def print_statistics(self, path: str | None = None) -> None:
        if self.stats is None:
            return
        led, stats = self.ctx.ledger, self.stats
        write_file(self.ctx, self, path, ask=self.tr("Print statistics"),
                   name=f"年度涉密载体管理情况统计表-{stats.period.label()}.pdf",
                   busy=self.tr("Printing…"), level=printing.statistics_level(stats),
                   write=lambda p, progress: printing.print_statistics(
                       led, stats.period, p, stats=stats, progress=progress))

    def export_statistics(self, path: str | None = None) -> None:
        if self.stats is None:
            return
        led, stats = self.ctx.ledger, self.stats
        write_file(self.ctx, self, path, ask=self.tr("Export statistics"),
                   name=f"年度涉密载体管理情况统计表-{stats.period.label()}.xlsx",
                   busy=self.tr("Exporting…"), level=printing.statistics_level(stats),
                   write=lambda p, progress: printing.export_statistics_xlsx(
                       led, stats.period, p, stats=stats, progress=progress))

    def clear_for_lock(self) -> None:
        self.stats = None
        self.tables.clear()
        for chart in self.charts:
            chart.set_data(None)
        self._enable()
