"""载体标签: carrier labels with the mark, 登记号, 份号, unit and a barcode + QR code; a copy
made here says 复制件 beside its mark.

The codes hold ONLY the opaque label id (``C0123456789A``), never a title or anything
secret, so a scanner types the id and the ledger looks the carrier up. Two layouts: an
A4 sheet of labels (3 × 8 of 70 × 37 mm by default, optionally starting at a given
position of a partly used sheet) and one label per page (60 × 40 mm) for label printers.
Classified devices and media get the same labels (their 设备编号 where a carrier has its
登记号, an ``M`` label id).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from secledger.reports.kit.atomic import Progress, Ticker, atomic_output
from secledger.reports.kit.fonts import CJK, MONO, register_fonts
from secledger.reports.kit.pdf import draw_bold
from secledger.reports.kit.textwrap_cjk import text_width

PAD = 3 * mm


@dataclass(frozen=True)
class LabelData:
    label_id: str  # opaque id: the only thing in the barcode and QR code
    mark: str  # 机密★10年
    reg_no: str
    copy_no_text: str  # 000012 (six digits) or blank
    unit_name: str
    carrier_type_label: str = ""  # 纸质文件, 光盘, U盘 ...
    copy_mark: str = ""  # 复制件 on a copy made here
    reg_caption: str = "登记号"  # 设备编号 on a device's or medium's label


@dataclass(frozen=True)
class SheetLayout:
    cols: int = 3
    rows: int = 8
    label_w: float = 70 * mm
    label_h: float = 37 * mm

    @property
    def per_page(self) -> int:
        return self.cols * self.rows

    def origin(self, slot: int) -> tuple[float, float]:
        """Bottom-left corner of label *slot* (0 = top left, row by row), centred on A4."""
        pw, ph = A4
        left = (pw - self.cols * self.label_w) / 2
        top = ph - (ph - self.rows * self.label_h) / 2
        r, c = divmod(slot, self.cols)
        return left + c * self.label_w, top - (r + 1) * self.label_h


SINGLE = (60 * mm, 40 * mm)


def _fit(text: str, size: float, width: float, smallest: float = 6) -> float:
    while size > smallest and text_width(text, CJK, size) > width:
        size -= 0.5
    return size


def _clip(text: str, size: float, width: float) -> str:
    if text_width(text, CJK, size) <= width:
        return text
    while text and text_width(text + "…", CJK, size) > width:
        text = text[:-1]
    return text + "…"


def draw_label(c: Canvas, x: float, y: float, w: float, h: float, d: LabelData, *, outline: bool = False) -> None:
    """Draw one label with its bottom-left corner at (x, y)."""
    c.saveState()
    c.translate(x, y)
    if outline:
        c.setStrokeColor(colors.Color(0.7, 0.7, 0.7))
        c.setLineWidth(0.3)
        c.rect(0, 0, w, h)
    c.setFillColor(colors.black)
    qr = min(h * 0.42, 16 * mm)
    text_w = w - 2 * PAD - qr - 1.5 * mm
    top = h - PAD
    size = _fit(d.mark, 13, text_w, 8)
    draw_bold(c, PAD, top - size * 0.9, d.mark, size)
    if d.copy_mark:  # boxed, beside the mark: what a copying unit stamps on a copy
        _draw_copy_mark(c, PAD + text_width(d.mark, CJK, size) + 2 * mm, top - size * 0.9,
                        d.copy_mark, text_w)
    y_line = top - size * 0.9 - 4.2 * mm
    c.setFont(CJK, 8)
    for line in (f"{d.reg_caption}：{d.reg_no}", f"份号：{d.copy_no_text}" if d.copy_no_text else "", d.carrier_type_label):
        if line:
            c.drawString(PAD, y_line, _clip(line, 8, text_w))
            y_line -= 3.4 * mm
    _draw_qr(c, w - PAD - qr, top - qr, qr, d.label_id)
    bar_h = min(7 * mm, h * 0.19)
    bar_y = PAD + 2.4 * mm
    c.setFont(CJK, 7)
    c.drawString(PAD, bar_y + bar_h + 1.2 * mm, _clip(d.unit_name, 7, w - 2 * PAD))
    _draw_code128(c, PAD, bar_y, w - 2 * PAD, bar_h, d.label_id)
    c.setFont(MONO, 6.5)
    c.drawCentredString(w / 2, PAD, d.label_id)
    c.restoreState()


def _draw_copy_mark(c: Canvas, x: float, y: float, text: str, text_w: float) -> None:
    size = 8.5
    w = text_width(text, CJK, size) + 2 * mm
    x = min(x, PAD + text_w - w)
    c.saveState()
    c.setLineWidth(0.8)
    c.rect(x, y - 1.2 * mm, w, size + 1.6 * mm)
    draw_bold(c, x + 1 * mm, y, text, size)
    c.restoreState()


def _draw_code128(c: Canvas, x: float, y: float, width: float, height: float, value: str) -> None:
    probe = Code128(value, barWidth=1, barHeight=height, quiet=True)
    bw = min(0.33 * mm, width / probe.width)
    bc = Code128(value, barWidth=bw, barHeight=height, quiet=True)
    bc.drawOn(c, x + (width - bc.width) / 2, y)


def _draw_qr(c: Canvas, x: float, y: float, size: float, value: str) -> None:
    widget = QrCodeWidget(value, barLevel="M", barBorder=2)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, c, x, y)


def render_label_sheet(
    path: str | Path,
    labels: Sequence[LabelData],
    *,
    layout: SheetLayout = SheetLayout(),
    start: int = 0,
    outline: bool = False,
    progress: Progress | None = None,
    title: str = "载体标签",
) -> Path:
    """A4 sheets of labels; *start* skips the first slots of a partly used first sheet."""

    def draw(c: Canvas, ticker: Ticker) -> None:
        slot = start % layout.per_page
        for i, d in enumerate(labels):
            if i and slot == 0:
                c.showPage()
            ticker(i)
            x, y = layout.origin(slot)
            draw_label(c, x, y, layout.label_w, layout.label_h, d, outline=outline)
            slot = (slot + 1) % layout.per_page
        c.showPage()

    return _write_labels(path, A4, len(labels), progress, draw, title)


def render_single_labels(
    path: str | Path,
    labels: Sequence[LabelData],
    *,
    size: tuple[float, float] = SINGLE,
    progress: Progress | None = None,
    title: str = "载体标签",
) -> Path:
    """One label per page of *size* (default 60 × 40 mm), for label printers."""

    def draw(c: Canvas, ticker: Ticker) -> None:
        for i, d in enumerate(labels):
            ticker(i)
            draw_label(c, 0, 0, size[0], size[1], d)
            c.showPage()

    return _write_labels(path, size, len(labels), progress, draw, title)


def _write_labels(path: str | Path, pagesize: tuple[float, float], count: int,
                  progress: Progress | None, draw: Callable[[Canvas, Ticker], None],
                  title: str = "载体标签") -> Path:
    """A PDF of *count* labels titled *title*, written atomically; *draw* fills its pages."""
    register_fonts()
    ticker = Ticker(progress, count)
    target = Path(path)
    with atomic_output(target) as tmp:
        c = Canvas(str(tmp), pagesize=pagesize, invariant=1)
        c.setTitle(title)
        draw(c, ticker)
        c.save()
        ticker(count, force=True)
    return target
