"""A grouped bar chart drawn with QPainter (no web engine; Qt Charts is not in
PySide6-Essentials): one group per row of a statistics table (a month, a level, a carrier
type), one bar per column the chart names, a legend, whole-number ticks. The printed 统计表
draws the same charts with reportlab (``reports/yearend/charts``)."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from secledger.domain.yearend import ChartData
from secledger.ui.labels import english

#: the printed charts' colours (``reports/yearend/charts.PALETTE``)
PALETTE = (QColor(31, 74, 135), QColor(217, 115, 33), QColor(115, 158, 204), QColor(204, 204, 204))


def nice_step(top: float, ticks: int = 5) -> float:
    """A tick step of 1, 2 or 5 × 10^n that gives about *ticks* ticks up to *top*."""
    if top <= ticks:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    return float(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


class BarChart(QWidget):
    """Shows one ``ChartData`` (or an empty frame with its title until there is one)."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ChartData | None = None
        self.title = title
        self.setMinimumSize(300, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(460, 200)

    def set_data(self, data: ChartData | None) -> None:
        self.data = data
        if data is not None:
            self.title = data.spec.en if english() else data.spec.zh
        self.update()

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        fm = QFontMetrics(self.font())
        p.drawText(QRectF(0, 4, self.width(), fm.height() + 4),
                   int(Qt.AlignmentFlag.AlignHCenter), self.title)
        if self.data is None:
            p.end()
            return
        legend_w = self._legend(p, fm)
        plot = QRectF(fm.horizontalAdvance("000000") + 8, fm.height() + 14,
                      self.width() - legend_w - fm.horizontalAdvance("000000") - 20,
                      self.height() - 2 * fm.height() - 26)
        top = max((v for _zh, _en, values in self.data.series for v in values), default=0.0)
        step = nice_step(top)
        ceiling = max(step, math.ceil(top / step) * step)
        self._axes(p, fm, plot, step, ceiling)
        self._bars(p, fm, plot, ceiling)
        p.end()

    def _legend(self, p: QPainter, fm: QFontMetrics) -> int:
        assert self.data is not None
        names = [en if english() else zh for zh, en, _v in self.data.series]
        width = max((fm.horizontalAdvance(n) for n in names), default=0) + 24
        y = fm.height() + 18
        for i, name in enumerate(names):
            x = self.width() - width
            p.fillRect(QRectF(x, y + 2, 10, 10), PALETTE[i % len(PALETTE)])
            p.drawText(int(x + 14), int(y + fm.ascent()), name)
            y += fm.height() + 4
        return width

    def _axes(self, p: QPainter, fm: QFontMetrics, plot: QRectF, step: float,
              ceiling: float) -> None:
        p.setPen(QPen(self.palette().mid().color()))
        value = 0.0
        while value <= ceiling + 1e-9:
            y = plot.bottom() - plot.height() * value / ceiling
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            label = f"{int(value):,}"
            p.drawText(int(plot.left() - fm.horizontalAdvance(label) - 4),
                       int(y + fm.ascent() / 2 - 1), label)
            value += step
        p.setPen(QPen(self.palette().text().color()))
        p.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom()))

    def _bars(self, p: QPainter, fm: QFontMetrics, plot: QRectF, ceiling: float) -> None:
        assert self.data is not None
        groups = len(self.data.categories)
        if not groups:
            return
        per = len(self.data.series)
        slot = plot.width() / groups
        bar = max(1.0, (slot - 6) / max(per, 1))
        every = max(1, math.ceil(groups * fm.horizontalAdvance("00月") / plot.width()))
        for g, (zh, en) in enumerate(self.data.categories):
            x0 = plot.left() + g * slot + 3
            for i, (_zh, _en, values) in enumerate(self.data.series):
                h = plot.height() * values[g] / ceiling
                p.fillRect(QRectF(x0 + i * bar, plot.bottom() - h, bar - 1, h),
                           PALETTE[i % len(PALETTE)])
            if g % every == 0:
                name = fm.elidedText(en if english() else zh, Qt.TextElideMode.ElideRight,
                                     int(slot * every))
                p.drawText(QRectF(x0 - 3, plot.bottom() + 2, slot * every, fm.height()),
                           int(Qt.AlignmentFlag.AlignLeft), name)
