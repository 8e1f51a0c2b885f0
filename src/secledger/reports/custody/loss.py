"""遗失报告 (FORMS.md): what, level, when discovered, circumstances, measures, reporter and
the 24-hour upstream reporting deadline; signed by 报告人 and 负责人. The classified devices
and storage media on the report are listed in their own table after the carriers."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from secledger.reports.custody.rows import MEDIA_COLUMNS, state_place
from secledger.reports.kit.columns import Column, RowData, cell_text
from secledger.reports.kit.longtable import LongTable
from secledger.reports.kit.pdf import FormDocument, FormMeta, kv_block, paragraph, signature_block

SIGNERS = ["报告人", "负责人"]
COLUMNS = [
    Column("序号", 5, "int", "CENTER"), Column("登记号", 14), Column("文号", 14),
    Column("标题", 22), Column("密级", 6, align="CENTER"), Column("份号", 8, align="CENTER"),
    Column("载体类型", 7, align="CENTER"), Column("遗失前状态/保管人", 15),
    Column("找回情况", 14),
]
MEDIA_LOST_COLUMNS = [Column("序号", 5, "int", "CENTER"), *MEDIA_COLUMNS[1:6],
                      Column("遗失前状态/责任人", 15), Column("找回情况", 14)]
CARRIERS_HEADING, MEDIA_HEADING = "一、遗失的涉密载体", "二、遗失的涉密设备和存储介质"


def _before(it: Any) -> str:
    return state_place(it) + (f"（{it.holder_name}）" if it.holder_name else "")


def _found(x: Any) -> str:
    return f"{cell_text(x.found_at)}找回 {x.found_note}".strip() if x.found_at else "未找回"


def _row(n: int, x: Any) -> RowData:
    it = x.item
    return RowData([n, it.reg_no, it.doc_no, it.title, it.level_label, it.copy_no,
                    it.carrier_type, _before(it), _found(x)])


def _media_row(n: int, x: Any) -> RowData:
    it = x.item
    return RowData([n, it.device_no, it.type_label, it.brand_model, it.serial_no,
                    it.level_label, _before(it), _found(x)])


def _title(r: Any, media: tuple[Any, ...]) -> str:
    if not media:
        return f"涉密载体{r.kind_label}报告"
    return f"涉密{'载体及' if r.items else ''}设备和存储介质{r.kind_label}报告"


def render_loss_pdf(path: str | Path, meta: FormMeta, r: Any) -> Path:
    """*r*: a loss report with local times (discovered_at, deadline_at, reported_upstream_at,
    and each item's found_at); its devices and media in ``media`` (possibly empty)."""
    media = tuple(getattr(r, "media", ()))
    meta = replace(meta, title=meta.title or _title(r, media), form_no=r.reg_no,
                   mark=meta.mark or r.level_label)
    doc = FormDocument(meta)
    upstream = (f"{cell_text(r.reported_upstream_at)} {r.upstream_ref}".strip()
                if r.reported_upstream_at else "尚未上报")
    doc.add(paragraph(f"报告时限：发现后24小时内，即须于 {cell_text(r.deadline_at)} 前"
                      "向上级保密行政管理部门报告。", 12), Spacer(1, 3 * mm))
    doc.add(kv_block([
        ("报告编号", r.reg_no), ("类别", r.kind_label), ("最高密级", r.level_label),
        ("载体件数", f"{len(r.items)} 件"),
        *((("设备和介质", f"{len(media)} 件"),) if media else ()),
        ("发现时间", r.discovered_at),
        ("报告时限", r.deadline_at), ("报告人", r.reporter), ("上报情况", upstream),
        ("当前状态*", r.status_label),
        ("遗失经过*", r.circumstances), ("已采取的措施*", r.measures or "（无）"),
    ], doc.frame_width, columns=2, label_ratio=0.3), Spacer(1, 4 * mm))
    if media and r.items:
        doc.add(paragraph(CARRIERS_HEADING, 12, spaceAfter=4))
    if r.items:
        doc.add(LongTable(COLUMNS, [_row(i, x) for i, x in enumerate(r.items, start=1)],
                          ticker=doc.ticker))
    if media:
        if r.items:
            doc.add(paragraph(MEDIA_HEADING, 12, spaceBefore=8, spaceAfter=4))
        doc.add(LongTable(MEDIA_LOST_COLUMNS,
                          [_media_row(i, x) for i, x in enumerate(media, start=1)],
                          ticker=doc.ticker))
    doc.add(signature_block(SIGNERS, doc.frame_width, per_row=2))
    return doc.build(path)
