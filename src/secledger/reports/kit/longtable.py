"""``LongTable``: a register table of any length that paginates itself cheaply.

Cells are pre-broken into lines (``textwrap_cjk``), so every row height is known before
layout; ``split`` then cuts exactly one page's worth of rows into a plain reportlab
``Table`` with the column headings on top (repeated on every page). Thousands of rows
lay out in linear time. Voided rows are drawn struck through (``StruckCell``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from secledger.reports.kit.atomic import Ticker
from secledger.reports.kit.columns import Column, RowData, cell_text
from secledger.reports.kit.fonts import CJK, register_fonts
from secledger.reports.kit.textwrap_cjk import wrap_text

PAD = 2.5
MAX_LINES = 20
GRID = colors.black
HEAD_BG = colors.Color(0.88, 0.88, 0.88)
ZEBRA_BG = colors.Color(0.95, 0.95, 0.95)
VOID_FG = colors.Color(0.35, 0.35, 0.35)


class StruckCell(Flowable):  # type: ignore[misc]
    """Lines of text with a line drawn through each: how a clerk strikes out a void entry."""

    def __init__(self, lines: list[str], size: float, leading: float, align: str) -> None:
        super().__init__()
        self.lines, self.size, self.leading, self.align = lines, size, leading, align
        self._widths: list[float] = []

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self._widths = [stringWidth(t, CJK, self.size) for t in self.lines]
        self.width = max(self._widths, default=0.0)
        self.height = self.leading * len(self.lines)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(VOID_FG)
        c.setStrokeColor(VOID_FG)
        c.setLineWidth(0.6)
        c.setFont(CJK, self.size)
        for i, (text, w) in enumerate(zip(self.lines, self._widths, strict=True)):
            y = self.height - (i + 1) * self.leading + (self.leading - self.size) / 2 + 1
            x = {"RIGHT": self.width - w, "CENTER": (self.width - w) / 2}.get(self.align, 0.0)
            c.drawString(x, y, text)
            if w:
                c.line(x, y + self.size * 0.35, x + w, y + self.size * 0.35)


@dataclass
class _Prepared:
    widths: list[float]
    header: list[str]
    header_h: float
    cells: list[list[Any]]
    heights: list[float]
    voided: list[bool]


class LongTable(Flowable):  # type: ignore[misc]
    """A long table; ``columns`` widths are proportions of the frame width."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[RowData],
        *,
        font_size: float = 9,
        zebra: bool = False,
        ticker: Ticker | None = None,
        _prepared: _Prepared | None = None,
        _start: int = 0,
    ) -> None:
        super().__init__()
        register_fonts()
        self.columns, self.rows = list(columns), rows
        self.size, self.leading = font_size, font_size * 1.25
        self.zebra, self.ticker = zebra, ticker
        self._prep, self._start = _prepared, _start

    # -- preparation: break every cell into lines once ---------------------------------
    def _prepare(self, avail_width: float) -> _Prepared:
        total = sum(c.width for c in self.columns) or 1.0
        widths = [avail_width * c.width / total for c in self.columns]
        inner = [w - 2 * PAD for w in widths]
        header = ["\n".join(wrap_text(c.header, CJK, self.size, iw)) for c, iw in zip(self.columns, inner, strict=True)]
        header_h = max(h.count("\n") + 1 for h in header) * self.leading + 2 * PAD
        cells: list[list[Any]] = []
        heights: list[float] = []
        voided: list[bool] = []
        for i, row in enumerate(self.rows):
            if self.ticker and i % 100 == 0:
                self.ticker(i)
            line_sets = [
                wrap_text(cell_text(v, c.kind), CJK, self.size, iw, MAX_LINES)
                for v, c, iw in zip(row.values, self.columns, inner, strict=False)
            ]
            n = max((len(ls) for ls in line_sets), default=1)
            heights.append(n * self.leading + 2 * PAD)
            voided.append(row.voided)
            if row.voided:
                cells.append([StruckCell(ls, self.size, self.leading, c.alignment) for ls, c in zip(line_sets, self.columns, strict=False)])
            else:
                cells.append(["\n".join(ls) for ls in line_sets])
        return _Prepared(widths, header, header_h, cells, heights, voided)

    def _prepared(self, avail_width: float) -> _Prepared:
        if self._prep is None or abs(sum(self._prep.widths) - avail_width) > 0.5:
            self._prep = self._prepare(avail_width)
        return self._prep

    # -- platypus protocol ---------------------------------------------------------------
    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        p = self._prepared(aw)
        self.width = aw
        self.height = p.header_h + sum(p.heights[self._start :])
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        p = self._prepared(aw)
        end, used = self._start, p.header_h
        while end < len(p.heights) and used + p.heights[end] <= ah:
            used += p.heights[end]
            end += 1
        if end == self._start:
            return []  # not even one row fits: the frame moves on to the next page
        page = self._page_table(p, self._start, end)
        if end == len(p.heights):
            return [page]
        rest = LongTable(self.columns, self.rows, font_size=self.size, zebra=self.zebra, ticker=self.ticker, _prepared=p, _start=end)
        return [page, rest]

    def draw(self) -> None:  # the whole rest fits on this page
        assert self._prep is not None
        page = self._page_table(self._prep, self._start, len(self._prep.heights))
        page.wrapOn(self.canv, self.width, self.height)
        page.drawOn(self.canv, 0, 0)

    # -- one page ---------------------------------------------------------------------------
    def _page_table(self, p: _Prepared, start: int, end: int) -> Table:
        data = [p.header, *p.cells[start:end]]
        heights = [p.header_h, *p.heights[start:end]]
        table = _PageTable(data, colWidths=p.widths, rowHeights=heights, repeatRows=0)
        table.setStyle(self._style(p, start, end))
        table.progress_mark = (self.ticker, len(self.rows) + end)
        return table

    def _style(self, p: _Prepared, start: int, end: int) -> TableStyle:
        cmds: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), CJK, self.size, self.leading),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BOX", (0, 0), (-1, -1), 1.0, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
        ]
        for j, col in enumerate(self.columns):
            if col.alignment != "LEFT":
                cmds.append(("ALIGN", (j, 1), (j, -1), col.alignment))
        if self.zebra:
            cmds += [("BACKGROUND", (0, r), (-1, r), ZEBRA_BG) for r in range(2, end - start + 1, 2)]
        return TableStyle(cmds)


class _PageTable(Table):  # type: ignore[misc]
    """A page of a LongTable; reports progress when drawn (drawing is the slow part)."""

    progress_mark: tuple[Ticker | None, int] = (None, 0)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        ticker, done = self.progress_mark
        if ticker is not None:
            ticker(done)
        super().drawOn(canvas, x, y, _sW)
