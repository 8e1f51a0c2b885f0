"""文件传阅单, 知悉人员登记表 and the personal retention register (领用登记簿).

Plain data in (no services/store imports); times are local (naive) datetimes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import Column, RowData
from secledger.reports.kit.fonts import CJK
from secledger.reports.kit.longtable import LongTable
from secledger.reports.kit.pdf import (
    FormDocument,
    FormMeta,
    kv_block,
    paragraph,
    style,
    totals_block,
)

SLIP_RULES = ("传阅须直进直出：阅后退回机要员，由机要员送下一位传阅人，不得横传；"
              "不得擅自复制、摘抄，不得带出办公场所。")


@dataclass(frozen=True)
class SlipReader:
    name: str
    department: str = ""
    sent_at: datetime | None = None
    due_at: datetime | None = None
    returned_at: datetime | None = None
    signed: str = ""  # "" → a box to sign by hand; else e.g. "系统内确认 11月24日 10:40"
    comment: str = ""


@dataclass(frozen=True)
class SlipData:
    unit: str  # 来文单位
    doc_no: str
    title: str
    mark: str
    copy_no: str
    reg_no: str
    received_on: date | None
    due_rule: str  # e.g. 当日17:30前退回（绝密）
    note: str = ""  # 拟办意见
    readers: Sequence[SlipReader] = field(default_factory=tuple)
    remarks: str = ""


def render_circulation_slip(path: str | Path, meta: FormMeta, slip: SlipData,
                            progress: Progress | None = None) -> Path:
    """文件传阅单: document details, reading order, a signature box per reader."""
    doc = FormDocument(meta, progress=progress, total=len(slip.readers))
    w = doc.frame_width
    doc.add(kv_block([
        ("来文单位", slip.unit), ("文号", slip.doc_no), ("标题*", slip.title),
        ("密级标志", slip.mark), ("份号", slip.copy_no), ("收文日期", slip.received_on),
        ("登记号", slip.reg_no), ("退回期限*", slip.due_rule), ("拟办意见*", slip.note),
    ], w))
    doc.add(Spacer(1, 4 * mm), _reader_table(slip.readers, w), Spacer(1, 3 * mm))
    remarks = f"备注：{slip.remarks}\n" if slip.remarks else "备注：\n"
    doc.add(paragraph(remarks + SLIP_RULES, 10))
    return doc.build(path)


def _reader_table(readers: Sequence[SlipReader], width: float) -> Table:
    body = style(9.5, leading=12)
    head = ["序号", "传阅人", "部门", "送阅时间", "应退回时间", "退回时间", "签名", "批示/意见"]
    rows: list[list[Any]] = [head]
    for i, r in enumerate(readers, 1):
        rows.append([str(i), r.name, Paragraph(r.department, body), _t(r.sent_at), _t(r.due_at),
                     _t(r.returned_at), Paragraph(r.signed, body), Paragraph(r.comment, body)])
    for _ in range(max(0, 3 - len(readers))):  # spare lines to write in by hand
        rows.append([""] * len(head))
    ratios = [0.06, 0.11, 0.12, 0.13, 0.13, 0.13, 0.14, 0.18]
    t = Table(rows, colWidths=[width * x for x in ratios],
              rowHeights=[9 * mm] + [16 * mm] * (len(rows) - 1), repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), CJK, 9.5, 12),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (0, 1), (1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return t


def _t(value: datetime | None) -> str:
    """Two lines (date, time) so the time columns stay narrow."""
    if value is None:
        return ""
    return f"{value.month}月{value.day}日\n{value:%H:%M}"


# -- 知悉人员登记表 ------------------------------------------------------------------------
@dataclass(frozen=True)
class KnowerRow:
    name: str
    department: str
    way: str
    copy_no: str
    at: datetime
    notices: str = ""  # 密级变更（解密）通知 received, and whether signed


@dataclass(frozen=True)
class KnowledgeSheet:
    reg_no: str
    doc_no: str
    title: str
    mark: str
    copy_nos: str
    knowers: Sequence[KnowerRow]


KNOWER_COLUMNS = [Column("序号", 4, "int", "CENTER"), Column("姓名", 8), Column("部门", 12),
                  Column("知悉方式", 7, align="CENTER"), Column("份号", 7, align="CENTER"),
                  Column("时间", 14, "datetime"), Column("变更（解密）通知", 18)]
KNOWER_XLSX_COLUMNS = [Column("登记号", 12), Column("文号", 16), Column("标题", 30),
                       Column("密级", 12), Column("姓名", 8), Column("部门", 12),
                       Column("知悉方式", 8), Column("份号", 8), Column("时间", 16, "datetime"),
                       Column("变更（解密）通知", 30)]


def render_knowledge_register(path: str | Path, meta: FormMeta,
                              sheets: Sequence[KnowledgeSheet],
                              progress: Progress | None = None,
                              totals: Sequence[tuple[str, str]] = ()) -> Path:
    """知悉人员登记表: per document its details and everyone who has seen it; *totals*
    (文件, 知悉人次 …) at the end."""
    doc = FormDocument(meta, progress=progress, total=len(sheets))
    w = doc.frame_width
    if not sheets:
        doc.add(paragraph("（无记录）"))
    for n, sh in enumerate(sheets):
        head: list[Flowable] = [] if n == 0 else [Spacer(1, 6 * mm)]
        head.append(kv_block([("登记号", sh.reg_no), ("文号", sh.doc_no), ("标题*", sh.title),
                              ("密级", sh.mark), ("份号", sh.copy_nos)], w))
        rows = [RowData([i, k.name, k.department, k.way, k.copy_no, k.at, k.notices])
                for i, k in enumerate(sh.knowers, 1)]
        doc.add(KeepTogether([*head, Spacer(1, 2 * mm)]),
                LongTable(KNOWER_COLUMNS, rows, font_size=9.5))
    if totals:
        doc.add(Spacer(1, 4 * mm), totals_block(list(totals), w, per_row=4))
    return doc.build(path)


def knowledge_rows(sheets: Sequence[KnowledgeSheet]) -> list[list[Any]]:
    """Flat rows for the XLSX export (KNOWER_XLSX_COLUMNS)."""
    return [[sh.reg_no, sh.doc_no, sh.title, sh.mark, k.name, k.department, k.way, k.copy_no,
             k.at, k.notices] for sh in sheets for k in sh.knowers]


# -- 个人留存（领用）登记簿 ----------------------------------------------------------------
RETENTION_COLUMNS = [
    Column("序号", 3, "int", "CENTER"), Column("领用人", 9), Column("部门", 8),
    Column("登记号", 12), Column("文号", 12), Column("标题", 20), Column("密级标志", 11),
    Column("份号", 7.5, align="CENTER"), Column("用途", 10), Column("批准人", 9),
    Column("领用时间", 12, "datetime"), Column("应交回", 12, "datetime"),
    Column("交回时间", 12, "datetime"), Column("领用人签字", 9),
]


def retention_row(i: int, *, person: str, department: str, reg_no: str, doc_no: str,
                  title: str, mark: str, copy_no: str, purpose: str, approver: str,
                  issued: datetime, due: datetime, returned: datetime | None) -> RowData:
    return RowData([i, person, department, reg_no, doc_no, title, mark, copy_no, purpose,
                    approver, issued, due, returned, ""])

