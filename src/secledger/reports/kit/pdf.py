"""The form toolkit every printed form uses: page template, header, footer, blocks.

``FormDocument(meta)`` is an A4 page (landscape for registers and long lists) with the
form's header on every page (mark, title, unit, form number, subtitle) and a footer on
every page: printed-by and print time, ``第 x 页 共 y 页`` and the ledger chain digest.
Add flowables (``LongTable``, ``kv_block``, ``totals_block``, ``signature_block``,
``paragraph``) to ``doc.story`` and call ``doc.build(path)``: the file is written
atomically and the optional ``progress`` callback can cancel.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from secledger.reports.kit.atomic import Progress, Ticker, atomic_output
from secledger.reports.kit.columns import cell_text
from secledger.reports.kit.fonts import CJK, register_fonts

MARGIN: float = 15 * mm
HEADER_H: float = 24 * mm
FOOTER_H: float = 10 * mm


@dataclass(frozen=True)
class FormMeta:
    """What the header and footer of a printed form say."""

    unit_name: str
    title: str
    form_no: str = ""
    subtitle: str = ""  # e.g. the period: 2026年1月1日至2026年12月31日
    printed_by: str = ""
    printed_at: datetime | None = None
    chain_digest: tuple[int, str] = (0, "")
    landscape: bool = False
    mark: str = ""  # the form's own classification mark (a register listing 机密 titles ...)

    @property
    def pagesize(self) -> tuple[float, float]:
        w, h = landscape(A4) if self.landscape else A4
        return float(w), float(h)

    def digest_text(self) -> str:
        n, h = self.chain_digest
        return f"台账校验：#{n} {h[:12]}" if h else ""

    def printed_text(self) -> str:
        when = cell_text(self.printed_at) if self.printed_at else ""
        return f"打印：{self.printed_by} {when}".rstrip() if (self.printed_by or when) else ""


def style(size: float = 10.5, *, leading: float | None = None, align: int = 0, **kw: Any) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(
        f"cjk{size}", fontName=CJK, fontSize=size, leading=leading or size * 1.45,
        wordWrap="CJK", alignment=align, **kw,
    )


def paragraph(text: str, size: float = 10.5, **kw: Any) -> Paragraph:
    """Body text (plain text: &, < and > are escaped)."""
    from xml.sax.saxutils import escape

    return Paragraph(escape(text).replace("\n", "<br/>"), style(size, **kw))


def draw_bold(c: Canvas, x: float, y: float, text: str, size: float, align: str = "LEFT") -> None:
    """CJK fonts have no bold face: fill and stroke the outline (as Word's 加粗 does)."""
    w = stringWidth(text, CJK, size)
    x = {"CENTER": x - w / 2, "RIGHT": x - w}.get(align, x)
    t = c.beginText(x, y)
    t.setFont(CJK, size)
    t.setTextRenderMode(2)
    c.setLineWidth(size / 40)
    t.textOut(text)
    c.drawText(t)


def _draw_header(c: Canvas, meta: FormMeta) -> None:
    width, height = meta.pagesize
    top = height - MARGIN
    c.saveState()
    c.setFillColor(colors.black)
    c.setStrokeColor(colors.black)
    if meta.mark:
        draw_bold(c, MARGIN, top - 4 * mm, meta.mark, 12)
    if meta.form_no:
        c.setFont(CJK, 10)
        c.drawRightString(width - MARGIN, top - 4 * mm, f"编号：{meta.form_no}")
    draw_bold(c, width / 2, top - 11 * mm, meta.title, 18, "CENTER")
    c.setFont(CJK, 10.5)
    c.drawString(MARGIN, top - HEADER_H + 4 * mm, f"单位：{meta.unit_name}")
    if meta.subtitle:
        c.drawCentredString(width / 2, top - HEADER_H + 4 * mm, meta.subtitle)
    c.restoreState()


def _draw_footer(c: Canvas, meta: FormMeta, page: int, pages: int) -> None:
    width, _ = meta.pagesize
    y = MARGIN - 2 * mm
    c.saveState()
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.5)
    c.line(MARGIN, y + 4.5 * mm, width - MARGIN, y + 4.5 * mm)
    c.setFont(CJK, 9)
    c.drawString(MARGIN, y, meta.printed_text())
    c.drawCentredString(width / 2, y, f"第 {page} 页 共 {pages} 页")
    c.drawRightString(width - MARGIN, y, meta.digest_text())
    c.restoreState()


def _numbered_canvas(meta: FormMeta) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Keeps every page until the end so the footer can say how many pages there are."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for i, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                _draw_footer(self, meta, i, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class FormDocument:
    """A printed form: fill ``story`` with flowables, then ``build(path)``."""

    def __init__(self, meta: FormMeta, *, progress: Progress | None = None, total: int = 0) -> None:
        register_fonts()
        self.meta = meta
        self.story: list[Flowable] = []
        self.ticker = Ticker(progress, total)

    @property
    def frame_width(self) -> float:
        return self.meta.pagesize[0] - 2 * MARGIN

    def add(self, *flowables: Flowable) -> None:
        self.story.extend(flowables)

    def _template(self, target: Path) -> BaseDocTemplate:
        w, h = self.meta.pagesize
        frame_h = h - 2 * MARGIN - HEADER_H - FOOTER_H
        frame = Frame(MARGIN, MARGIN + FOOTER_H, w - 2 * MARGIN, frame_h, 0, 0, 0, 0, id="body")
        doc = BaseDocTemplate(
            str(target), pagesize=self.meta.pagesize, title=self.meta.title,
            author=self.meta.unit_name, creator="SecLedger", subject=self.meta.form_no,
            leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
            invariant=1,
        )
        doc.addPageTemplates([PageTemplate("form", [frame], onPage=lambda c, d: _draw_header(c, self.meta))])
        return doc

    def build(self, path: str | Path) -> Path:
        """Lay out and write the PDF atomically; raises ``Cancelled`` if progress says stop."""
        target = Path(path)
        with atomic_output(target) as tmp:
            self._template(tmp).build(list(self.story), canvasmaker=_numbered_canvas(self.meta))
            self.ticker(self.ticker.total, force=True)
        return target


# -- blocks ------------------------------------------------------------------------------------
def _grid_style(extra: Sequence[tuple[Any, ...]] = (), *, grid: bool = True) -> TableStyle:
    lines = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)] if grid else []
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), CJK, 10.5, 14),
        *lines,
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        *extra,
    ])


def kv_block(pairs: Sequence[tuple[str, Any]], width: float, *, columns: int = 2, label_ratio: float = 0.32) -> Table:
    """Label/value grid for approval forms, *columns* pairs per row. A label ending in ``*``
    spans the whole row; a value of ``None`` prints blank, to be filled in by hand (a wide
    blank, e.g. ``审批意见*``, leaves room to write an opinion)."""
    register_fonts()
    body = style(10.5, leading=14)
    pair_w = width / columns
    col_w = [pair_w * label_ratio, pair_w * (1 - label_ratio)] * columns
    rows: list[list[Any]] = []
    heights: list[float | None] = []
    cmds: list[tuple[Any, ...]] = []
    cur: list[Any] = []

    def flush(row: list[Any], height: float | None = None) -> None:
        r = len(rows)
        rows.append(row + [""] * (2 * columns - len(row)))
        heights.append(height)
        cmds.extend(("BACKGROUND", (i, r), (i, r), LABEL_BG) for i in range(0, len(row), 2))
        cmds.extend(("ALIGN", (i, r), (i, r), "CENTER") for i in range(0, len(row), 2))
        cmds.extend(("FONTSIZE", (i, r), (i, r), _fit(str(row[i]), col_w[0] - 12))
                    for i in range(0, len(row), 2)  # a long label (原定密机关批准) shrinks
                    if stringWidth(str(row[i]), CJK, 10.5) > col_w[0] - 12)

    for label, value in pairs:
        cell = "" if value is None else Paragraph(_esc(cell_text(value)), body)
        if label.endswith("*"):
            if cur:
                flush(cur)
                cur = []
            flush([label.rstrip("*"), cell], 18 * mm if value is None else None)
            cmds.append(("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)))
            continue
        cur += [label, cell]
        if len(cur) == 2 * columns:
            flush(cur)
            cur = []
    if cur:
        flush(cur)
    t = Table(rows, colWidths=col_w, rowHeights=heights)
    t.setStyle(_grid_style(cmds))
    return t


LABEL_BG = colors.Color(0.93, 0.93, 0.93)


def _fit(label: str, room: float, size: float = 10.5) -> float:
    """The font size at which *label* fits in *room* points (never above *size*)."""
    return min(size, size * room / max(float(stringWidth(label, CJK, size)), 1.0))


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text).replace("\n", "<br/>")


def totals_block(pairs: Sequence[tuple[str, str]], width: float, *, per_row: int = 4) -> Table:
    """合计 lines: ``[("合计", "120 件"), ("机密", "30 件"), ...]``, *per_row* pairs a row."""
    register_fonts()
    per_row = max(1, min(per_row, len(pairs)))
    cw = width / max(per_row, 4)
    rows: list[list[str]] = []
    cmds: list[tuple[Any, ...]] = [("ALIGN", (0, 0), (-1, -1), "CENTER")]
    for i in range(0, len(pairs), per_row):
        chunk = list(pairs[i : i + per_row])
        r = len(rows)
        rows.append([x for kv in chunk for x in kv] + ["", ""] * (per_row - len(chunk)))
        last = 2 * len(chunk) - 1
        cmds += [("GRID", (0, r), (last, r), 0.5, colors.black)]
        cmds += [("BACKGROUND", (2 * k, r), (2 * k, r), LABEL_BG) for k in range(len(chunk))]
        cmds += [("FONTSIZE", (2 * k, r), (2 * k, r), _fit(label, cw * 0.4 - 12))
                 for k, (label, _v) in enumerate(chunk)
                 if stringWidth(label, CJK, 10.5) > cw * 0.4 - 12]
    t = Table(rows, colWidths=[cw * 0.4, cw * 0.6] * per_row, hAlign="LEFT")
    t.setStyle(_grid_style(cmds, grid=False))
    return t


def opinion_boxes(width: float, rows: Sequence[tuple[str, str]], *,
                  height: float = 24 * mm, label_ratio: float = 0.18) -> Table:
    """Tall boxes for opinions (部门负责人意见, 审批意见 …): a label and room for a hand, or
    the decision already recorded (plain text, lines kept)."""
    register_fonts()
    body = style(10.5, leading=15)
    data = [[label, Paragraph(_esc(text), body)] for label, text in rows]
    t = Table(data, colWidths=[width * label_ratio, width * (1 - label_ratio)],
              rowHeights=[height] * len(rows))
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), CJK, 10.5, 14),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("VALIGN", (0, 0), (0, -1), "MIDDLE"),
        ("VALIGN", (1, 0), (1, -1), "TOP"),
    ]))
    return t


def signature_block(roles: Sequence[str], width: float, *, per_row: int = 2, note: str = "") -> Flowable:
    """One signing place per role, ``登记人（签字）：______  日期：____年___月___日``, kept
    together on one page. Repeat a role for several signers (``["送销人", "送销人"]``)."""
    register_fonts()
    size = 10.5
    label_w: float = max(stringWidth(f"{r}（签字）：", CJK, size) for r in roles) + 4
    date_txt = "日期：_____年____月____日"
    date_w = float(stringWidth(date_txt, CJK, size)) + 6
    gap: float = 8 * mm

    def line_width(n: int) -> float:
        return (width - n * (label_w + date_w) - (n - 1) * gap) / n

    while per_row > 1 and line_width(per_row) < 30 * mm:  # fewer per row rather than cramped
        per_row -= 1
    line_w = max(line_width(per_row), 20 * mm)
    unit = [label_w, line_w, date_w]
    col_w = [w for k in range(per_row) for w in (unit if k == 0 else [gap, *unit])]
    rows: list[list[str]] = []
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), CJK, size, 14),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1),
    ]
    for i in range(0, len(roles), per_row):
        row: list[str] = []
        for k, role in enumerate(roles[i : i + per_row]):
            row += ([] if k == 0 else [""]) + [f"{role}（签字）：", "", date_txt]
            line_col = 1 if k == 0 else 4 * k + 1
            cmds.append(("LINEBELOW", (line_col, len(rows)), (line_col, len(rows)), 0.6, colors.black))
        rows.append(row + [""] * (len(col_w) - len(row)))
    t = Table(rows, colWidths=col_w, rowHeights=13 * mm, hAlign="LEFT")
    t.setStyle(TableStyle(cmds))
    parts: list[Flowable] = [Spacer(1, 5 * mm)]
    if note:
        parts.append(paragraph(note, 10))
    parts.append(t)
    return KeepTogether(parts)
