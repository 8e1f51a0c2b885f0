"""年度涉密载体管理情况统计表 (FORMS.md): the charts first (by month, level, carrier type,
custody), then every table — by 密级 × 收/制/复制/发/销毁/清退/解密/遗失/期末在管, by 载体类型,
by register, by month, units, departments, circulation and loans with their overdue and
average time out, stocktakes, losses, personal retention still out — signed by 填报人 and
负责人. As XLSX: one sheet per table, numbers as numbers and times as times."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table, TableStyle

from secledger.domain.selfinspection import NUMERALS
from secledger.domain.yearend import ChartData, StatColumn, StatRow, StatTable
from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import Column, RowData, cell_text
from secledger.reports.kit.longtable import LongTable
from secledger.reports.kit.pdf import FormDocument, FormMeta, paragraph, signature_block
from secledger.reports.kit.xlsx import Sheet, write_sheets_xlsx
from secledger.reports.yearend.charts import bar_chart

TITLE = "年度涉密载体管理情况统计表"
CHART_H = 68 * mm
#: a list table prints this many rows on paper (the XLSX has them all)
PDF_ROWS = 100


def _kind(c: StatColumn) -> Any:
    return {"int": "int", "float": "int", "date": "date", "datetime": "datetime"}.get(
        c.kind, "text")


def columns_of(t: StatTable, *, pdf: bool) -> list[Column]:
    """The table's columns as the kit lays them out (the heading column first)."""
    head = Column(t.head.zh, 16 if t.head.kind == "text" else 10)
    widths = {"text": 14, "datetime": 13, "date": 9}
    return [head, *(Column(c.zh, widths.get(c.kind, 6 if pdf else 9), _kind(c),
                           "RIGHT" if c.kind in ("int", "float") else None) for c in t.columns)]


def cell(value: object) -> object:
    """A value as a form cell holds it: words in Chinese, numbers and times as they are."""
    if value is None or isinstance(value, int | float | date | datetime):
        return value
    return str(value)


def _values(row: StatRow) -> list[object]:
    return [row.zh, *(cell(v) for v in row.values)]


def _printed(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.1f}"
    return cell_text(value)


def render_statistics_pdf(path: str | Path, meta: FormMeta, tables: Sequence[StatTable],
                          charts: Sequence[ChartData], *, progress: Progress | None = None
                          ) -> Path:
    """The 统计表: charts on the first page, then the tables, then the signatures."""
    doc = FormDocument(meta, progress=progress, total=sum(len(t.rows) for t in tables) + 1)
    doc.add(_chart_grid(doc, charts), PageBreak())
    for n, t in enumerate(tables):
        doc.add(*_section(doc, n, t))
    doc.add(signature_block(["填报人", "负责人"], doc.frame_width))
    return doc.build(path)


def _chart_grid(doc: FormDocument, charts: Sequence[ChartData]) -> Flowable:
    half = doc.frame_width / 2 - 3 * mm
    cells = [bar_chart(c, half, CHART_H) for c in charts]
    rows = [cells[i:i + 2] + [""] * (2 - len(cells[i:i + 2])) for i in range(0, len(cells), 2)]
    grid = Table(rows, colWidths=[doc.frame_width / 2] * 2, rowHeights=CHART_H + 4 * mm)
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return grid


def _section(doc: FormDocument, n: int, t: StatTable) -> list[Flowable]:
    numeral = NUMERALS[n] if n < len(NUMERALS) else str(n + 1)  # 一 … 十四
    head = paragraph(f"{numeral}、{t.zh}", 12, spaceBefore=8, spaceAfter=4)
    if not t.rows:
        return [CondPageBreak(14 * mm), head, paragraph("无。"), Spacer(1, 2 * mm)]
    rows = [RowData([_printed(v) for v in _values(r)]) for r in t.rows[:PDF_ROWS]]
    if t.total is not None:
        rows.append(RowData([_printed(v) for v in _values(t.total)]))
    cols = [Column(c.header, c.width, "text", c.alignment) for c in columns_of(t, pdf=True)]
    out: list[Flowable] = [CondPageBreak(30 * mm), head, LongTable(cols, rows, ticker=doc.ticker)]
    if len(t.rows) > PDF_ROWS:
        out.append(paragraph(f"共{len(t.rows)}行，此处列出前{PDF_ROWS}行，全部见导出的XLSX。", 9))
    return out


def statistics_xlsx(path: str | Path, *, unit_name: str, period: str,
                    tables: Sequence[StatTable], mark: str = "", signed: Sequence[str] = (),
                    progress: Progress | None = None) -> Path:
    """One sheet per table, with its 合计 row; typed cells."""
    sheets = [Sheet(f"{TITLE}：{t.zh}", columns_of(t, pdf=False),
                    [_values(r) for r in (*t.rows, *([t.total] if t.total else []))],
                    period=period, name=t.zh) for t in tables]
    return write_sheets_xlsx(path, sheets, unit_name=unit_name, mark=mark, signed=signed,
                             progress=progress, total=sum(len(t.rows) for t in tables))
