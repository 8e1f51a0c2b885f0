"""复制审批单 (to be signed) and 复制登记簿 (PDF + XLSX), FORMS.md. Plain data in: any object
with the attributes of a copy request (see ``services.copying.CopyRequestDTO``).

An excerpt or a compilation request prints as 摘录审批单 / 汇编审批单 with its sources listed
and the 派生 document it registered; the 复制登记簿 has a 类别 column (复制/摘录/汇编)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from secledger.domain.enums import Classification
from secledger.reports.custody.rows import form_mark
from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import Column, RowData, cell_text
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
)
from secledger.reports.kit.xlsx import write_table_xlsx
from secledger.reports.registration.register import render_register_pdf

COPY_RULES = ("复制涉密载体须经审批：绝密级须经原定密机关或其上级机关批准，并经单位领导审批；"
              "机密、秘密级由单位分管领导审批。复制件与原件密级、保密期限和知悉范围相同，"
              "加盖本单位复制戳记，视同原件登记管理。标有“不得复制”的不得复制。")
SIGNERS = ["申请人", "部门负责人", "审批人", "复制人"]
DERIVED_RULES = ("摘录、引用、汇编属于国家秘密的内容，按复制的规定报批：绝密级须经原定密机关或其上级机关同意，"
                 "并经单位领导审批；机密、秘密级由单位分管领导审批（实施条例第二十七条、第二十九条）。"
                 "摘录件、汇编件属于国家秘密的，按派生定密标注，密级不得低于所依据的原件，"
                 "作为本单位文件登记管理。")
SOURCE_COLUMNS = [Column("序号", 4, "int", "CENTER"), Column("登记号", 12), Column("文号", 14),
                  Column("标题", 30), Column("密级标志", 14), Column("份号", 7, align="CENTER")]


def _opinions(width: float, rows: Sequence[tuple[str, str]]) -> Table:
    """Tall boxes for 部门负责人意见 and 单位领导审批 (or the decision recorded)."""
    body = style(10.5, leading=15)
    data = [[label, Paragraph(escape(text).replace("\n", "<br/>"), body)] for label, text in rows]
    t = Table(data, colWidths=[width * 0.18, width * 0.82], rowHeights=[24 * mm] * len(rows))
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), CJK, 10.5, 14),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("VALIGN", (0, 0), (0, -1), "MIDDLE"),
        ("VALIGN", (1, 0), (1, -1), "TOP"),
    ]))
    return t


def _decision(r: Any) -> str:
    a = r.approval
    if a is None or a.status == "pending":
        return ""
    verdict = {"approved": "同意。", "rejected": f"不同意。{a.reason}", "cancelled": "申请已撤销。"}
    when = cell_text(a.decided_at) if a.decided_at else ""
    via = f"（纸质审批单 {a.paper_form_no}）" if a.via == "paper" else "（系统内审批）"
    who = f"{a.decided_by}　{when}{via if a.decided_by else ''}"
    return f"{verdict.get(a.status, '')}\n{who}".strip()


def render_copy_form(path: str | Path, meta: FormMeta, r: Any,
                     progress: Progress | None = None) -> Path:
    """复制（摘录、汇编）审批单 of one request; execution fields blank until it is done."""
    src = r.source
    level = Classification(max((x.level for x in r.sources or (src,)),
                               key=lambda v: Classification(v).rank))
    meta = replace(meta, title=meta.title or r.form_title, form_no=r.request_no,
                   mark=meta.mark or (level.label if level.is_state_secret else ""))
    doc = FormDocument(meta, progress=progress, total=1)
    w = doc.frame_width
    origin = r.origin_text or ("（绝密级须填写）" if level is Classification.TOP_SECRET
                               else "（机密、秘密级不需要）")
    head = [("申请部门", r.department), ("申请人", r.requester),
            ("申请时间", r.requested_at), ("需用日期", r.needed_by)]
    derived = r.kind != "copy"
    if derived:
        doc.add(kv_block(head, w), Spacer(1, 2 * mm), paragraph(f"{r.kind_label}所依据的原件", 11),
                Spacer(1, 1 * mm))
        doc.add(LongTable(SOURCE_COLUMNS, [RowData([i, x.reg_no, x.doc_no, x.title, x.mark,
                                                    x.copy_no])
                                           for i, x in enumerate(r.sources, 1)], font_size=9.5))
        doc.add(kv_block([
            ("载体类型", r.made_type),
            (f"{r.kind_label}份数", f"{r.copies} 份"),
            ("每份页数", f"{r.pages} 页" if r.pages else None),
            (f"{r.kind_label}事由*", r.reason), ("原定密机关同意*", origin),
        ], w))
    else:
        doc.add(kv_block([*head,
            ("载体标题*", src.title), ("文号", src.doc_no), ("登记号", src.reg_no),
            ("密级标志", src.mark), ("原件份号", src.copy_no),
            ("复制方式", r.medium_label), ("复制份数", f"{r.copies} 份"),
            ("每份页数", f"{r.pages} 页" if r.pages else None), ("载体类型", src.carrier_type),
            ("复制事由*", r.reason), ("原定密机关批准*", origin),
        ], w))
    doc.add(Spacer(1, 3 * mm), _opinions(w, [("部门负责人意见", ""),
                                             ("单位领导审批", _decision(r))]))
    doc.add(kv_block(_done_rows(r) if derived else _copy_done_rows(r), w))
    doc.add(Spacer(1, 2 * mm), paragraph(DERIVED_RULES if derived else COPY_RULES, 9.5))
    signers = [*SIGNERS[:3], f"{r.kind_label}人"] if derived else SIGNERS
    doc.add(signature_block(signers, w, per_row=2))
    return doc.build(path)


def _copy_done_rows(r: Any) -> list[tuple[str, Any]]:
    done = bool(r.copy_reg_no)
    return [
        ("复制号", r.copy_reg_no if done else None), ("复制人", r.copier if done else None),
        ("复制日期", r.executed_at if done else None),
        ("复制件份号", r.copy_nos_text if done else None),
        ("复制戳记*", r.stamp_text if done else None),
    ]


def _done_rows(r: Any) -> list[tuple[str, Any]]:
    """The 派生 document made (登记号, title, mark, 份号), or why none was registered."""
    done = bool(r.copy_reg_no)
    kind = r.kind_label
    made: str | None
    if done and not r.derived_reg_no:
        made = f"不涉及国家秘密，未作为涉密文件登记：{r.derived_note}"
    else:
        made = (f"{r.derived_reg_no}《{r.derived_title}》{r.derived_mark}，份号 {r.copy_nos_text}"
                if done else None)
    return [
        ("复制号", r.copy_reg_no if done else None), (f"{kind}人", r.copier if done else None),
        (f"{kind}日期", r.executed_at if done else None), ("", None),
        (f"{kind}件（派生文件）*", made),
    ]


REGISTER_COLUMNS = [
    Column("复制号", 11), Column("日期", 11, "date"), Column("类别", 5, align="CENTER"),
    Column("原件登记号", 11), Column("标题", 20), Column("密级", 5, align="CENTER"),
    Column("原件份号", 7, align="CENTER"), Column("复制份数", 5, "int"), Column("复制件份号", 13),
    Column("复制方式", 5, align="CENTER"), Column("审批人", 7), Column("复制人", 7),
    Column("备注", 24),
]


def register_values(r: Any) -> list[Any]:
    a = r.approval
    more = len(r.sources) - 1 if r.sources else 0
    made = ""
    if r.kind != "copy":
        made = (f"派生文件{r.derived_reg_no}《{r.derived_title}》{r.derived_mark}"
                if r.derived_reg_no else f"不涉密：{r.derived_note}")
    note = "；".join(x for x in (
        f"申请{r.request_no}", more and f"另有原件{more}件：" + "、".join(
            f"{x.reg_no}第{x.copy_no}份" for x in r.sources[1:]), made,
        r.origin_text and f"原定密机关批准：{r.origin_text}",
        r.scheme_note and f"份号：{r.scheme_note}") if x)
    level = max((x.level for x in r.sources or (r.source,)),
                key=lambda v: Classification(v).rank)
    return [r.copy_reg_no, r.executed_at.date() if r.executed_at else None, r.kind_label,
            r.source.reg_no, r.source.title + (f"等{more + 1}件" if more else ""),
            Classification(level).label, r.source.copy_no, r.copies, r.copy_nos_text,
            r.medium_label, a.decided_by if a is not None else "", r.copier, note]


def render_copy_register_pdf(path: str | Path, meta: FormMeta, rows: Sequence[Any],
                             progress: Progress | None = None) -> Path:
    meta = replace(meta, title=meta.title or "复制登记簿", landscape=True,
                   mark=meta.mark or form_mark([x for r in rows for x in r.sources]))
    copies = sum(r.copies for r in rows)
    return render_register_pdf(path, meta, REGISTER_COLUMNS,
                               [RowData(register_values(r)) for r in rows],
                               totals=[("复制次数", f"{len(rows)} 次"), ("复制件", f"{copies} 份")],
                               progress=progress)


def copy_register_xlsx(path: str | Path, *, unit_name: str, period: str,
                       rows: Sequence[Any], mark: str = "") -> Path:
    return write_table_xlsx(path, title="复制登记簿", unit_name=unit_name, period=period,
                            columns=REGISTER_COLUMNS, rows=[register_values(r) for r in rows],
                            mark=mark or form_mark([x for r in rows for x in r.sources]))
