"""保密自查自评报告 (FORMS.md): the report's identity (year, version, status, the digest of its
finalised content), 总体情况, the count of results, the fourteen areas with every item's
result, note and evidence (the exceptions the ledger found listed under the item), 发现问题
与整改 (owner, due date, status), the year's carriers by level, and the signatures of the
保密员 and the 分管领导. A draft prints with 草稿 in its status."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import Column, RowData
from secledger.reports.kit.fonts import CJK
from secledger.reports.kit.longtable import LongTable
from secledger.reports.kit.pdf import (
    LABEL_BG,
    FormDocument,
    FormMeta,
    kv_block,
    paragraph,
    signature_block,
    style,
    totals_block,
)

TITLE = "保密自查自评报告"
EXCEPTION_COLUMNS = [
    Column("类别", 13), Column("登记号/编号", 14), Column("标题/说明", 26), Column("密级", 5),
    Column("人员/单位", 9), Column("日期", 9, align="CENTER"), Column("天数", 4, align="RIGHT"),
]
RECTIFICATION_COLUMNS = [
    Column("编号", 11), Column("项目", 6, align="CENTER"), Column("问题", 22),
    Column("整改措施", 20), Column("责任人", 7), Column("期限", 9, align="CENTER"),
    Column("状态", 8, align="CENTER"),
]


@dataclass(frozen=True)
class ItemLine:
    no: str  # （六）4
    text: str
    result: str  # 符合 …, "" while a draft leaves it open
    note: str
    proposed: str  # the ledger's proposal, "" when it makes none
    reason: str  # why the result differs from the proposal
    evidence: str  # counts and exceptions in words, "" for items the officer alone judges
    exceptions: Sequence[Sequence[str]] = ()
    more: int = 0  # exceptions there are beyond those listed


@dataclass(frozen=True)
class AreaBlock:
    title: str  # （六）国家秘密载体管理情况
    items: Sequence[ItemLine]


@dataclass(frozen=True)
class ReportSheet:
    year: int
    version: int
    status: str  # 已定稿 / 草稿（未定稿） / 已被第2版取代
    period: str
    summary: str
    finalised: str  # 2026-12-20 10:00 王保密, "" for a draft
    digest: str
    results: Sequence[tuple[str, int]]
    areas: Sequence[AreaBlock]
    rectifications: Sequence[Sequence[str]]
    stats_columns: Sequence[str]
    stats_rows: Sequence[Sequence[str]]


def render_selfinspection_pdf(path: str | Path, meta: FormMeta, r: ReportSheet, *,
                              progress: Progress | None = None) -> Path:
    doc = FormDocument(meta, progress=progress, total=len(r.areas) + 3)
    w = doc.frame_width
    doc.add(kv_block([("年度", f"{r.year}年度"), ("版本", f"第{r.version}版"),
                      ("期间", r.period), ("状态", r.status),
                      ("定稿", r.finalised or "—"), ("评定项目", f"{sum(n for _k, n in r.results)}项"),
                      ("内容摘要（SHA-256）*", r.digest or "定稿时生成")], w))
    doc.add(_heading("一、总体情况"), paragraph(r.summary or "（未填写）"))
    doc.add(_heading("二、评定结果"), totals_block([(k, f"{n} 项") for k, n in r.results], w))
    doc.add(_heading("三、自查项目"))
    for n, area in enumerate(r.areas, 1):
        doc.add(*_area(doc, area))
        doc.ticker(n)
    doc.add(_heading("四、发现问题与整改"))
    doc.add(LongTable(RECTIFICATION_COLUMNS, [RowData(x) for x in r.rectifications])
            if r.rectifications else paragraph("无。"))
    doc.add(_heading("五、涉密载体年度统计（按密级）"))
    if r.stats_rows:
        cols = [Column(c, 12 if i == 0 else 6, align="LEFT" if i == 0 else "RIGHT")
                for i, c in enumerate(r.stats_columns)]
        doc.add(LongTable(cols, [RowData(x) for x in r.stats_rows], font_size=8))
    doc.add(signature_block(["保密员", "分管领导"], w))
    return doc.build(path)


def _heading(text: str) -> Flowable:
    return paragraph(text, 12.5, spaceBefore=9, spaceAfter=4)


def _para(text: str, size: float = 9.5) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style(size, leading=size * 1.4))


def _explained(it: ItemLine) -> str:
    parts = [it.note] if it.note else []
    if it.proposed:
        parts.append(f"台账建议：{it.proposed}")
    if it.reason:
        parts.append(f"改评理由：{it.reason}")
    if it.evidence:
        parts.append(f"依据：{it.evidence}")
    return "\n".join(parts)


def _area(doc: FormDocument, area: AreaBlock) -> list[Flowable]:
    """The area's heading and its items, each item's exceptions listed right under it."""
    out: list[Flowable] = [CondPageBreak(25 * mm), paragraph(area.title, 11, spaceBefore=5,
                                                             spaceAfter=3)]
    rows: list[list[object]] = []

    def flush() -> None:
        if rows:
            out.append(_items_table(doc.frame_width, rows))
            rows.clear()

    for it in area.items:
        rows.append([_para(it.no), _para(it.text), _para(it.result or "—", 10),
                     _para(_explained(it))])
        if it.exceptions:
            flush()
            out.append(LongTable(EXCEPTION_COLUMNS, [RowData(x) for x in it.exceptions],
                                 font_size=7.5))
            if it.more:
                out.append(paragraph(f"另有{it.more}件例外未列出，见台账。", 8.5))
            out.append(Spacer(1, 2 * mm))
    flush()
    return out


def _items_table(width: float, rows: list[list[object]]) -> Table:
    head = [_para(h, 9.5) for h in ("编号", "自查内容", "结果", "说明与依据")]
    t = Table([head, *rows], colWidths=[w * width for w in (0.09, 0.43, 0.10, 0.38)],
              repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), CJK, 9.5),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t
