"""移交清单 and 移交登记簿 (FORMS.md): PDF and XLSX from plain handover data. The classified
devices and storage media handed over have their own section (设备编号, type, serial number,
密级, with totals by type) after the carriers, and their own sheet in the XLSX."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from secledger.reports.custody.rows import (
    ITEM_COLUMNS,
    MEDIA_COLUMNS,
    form_mark,
    item_rows,
    item_values,
    media_rows,
    media_values,
    type_totals,
)
from secledger.reports.custody.rows import level_totals as totals
from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import Column, RowData
from secledger.reports.kit.pdf import FormDocument, FormMeta, kv_block, paragraph, signature_block
from secledger.reports.kit.xlsx import Sheet, write_sheets_xlsx, write_table_xlsx
from secledger.reports.registration.register import register_flowables, render_register_pdf

SIGNERS = ["移交人", "接收人", "监交人"]
REGISTER_COLUMNS = [
    Column("移交编号", 12), Column("移交日期", 16, "datetime"), Column("事由", 9),
    Column("移交人", 8), Column("接收人", 8), Column("监交人", 8), Column("件数", 5, "int"),
    Column("设备介质", 6, "int"), Column("说明", 30),
]
CARRIERS_HEADING = "一、涉密载体"
MEDIA_HEADING = "二、涉密计算机、设备和存储介质"


def render_handover_pdf(path: str | Path, meta: FormMeta, h: Any, *,
                        progress: Progress | None = None) -> Path:
    """*h*: reg_no, handed_at (local), reason_label, note, giver, receiver, witness, items,
    and the devices and media (``media``, possibly empty)."""
    media = tuple(getattr(h, "media", ()))
    meta = replace(meta, title=meta.title or "涉密载体移交清单", form_no=h.reg_no,
                   landscape=True, mark=meta.mark or form_mark(h.items))
    doc = FormDocument(meta, progress=progress, total=2 * (len(h.items) + len(media)))
    doc.add(kv_block([
        ("移交编号", h.reg_no), ("移交日期", h.handed_at), ("移交事由", h.reason_label),
        ("移交人", h.giver), ("接收人", h.receiver), ("监交人", h.witness),
        ("说明*", h.note or ""),
    ], doc.frame_width, columns=3), Spacer(1, 4 * mm))
    if media:
        doc.add(paragraph(CARRIERS_HEADING, 12, spaceAfter=4))
    if h.items:
        doc.add(*register_flowables(doc, ITEM_COLUMNS, item_rows(h.items),
                                    totals=totals(h.items)))
    else:
        doc.add(paragraph("移交人名下无涉密载体。"))
    if media:
        doc.add(paragraph(MEDIA_HEADING, 12, spaceBefore=8, spaceAfter=4),
                *register_flowables(doc, MEDIA_COLUMNS, media_rows(media),
                                    totals=type_totals(media)))
    counted = f"涉密载体共 {len(h.items)} 件" + (
        f"、涉密设备和存储介质共 {len(media)} 件" if media else "")
    statement = (f"以上{counted}，经移交人、接收人当面清点核对无误，在监交人"
                 "监督下办理移交，自移交之日起由接收人负责保管。")
    doc.add(signature_block(SIGNERS, doc.frame_width, per_row=3, note=statement))
    return doc.build(path)


def handover_xlsx(path: str | Path, *, unit_name: str, h: Any, mark: str = "") -> Path:
    """The carriers on one sheet, the devices and media (if any) on a second one."""
    rows = [item_values(i, it) for i, it in enumerate(h.items, start=1)]
    period = f"移交编号 {h.reg_no}  移交人 {h.giver}  接收人 {h.receiver}  监交人 {h.witness}"
    mark = mark or form_mark(h.items)
    media = tuple(getattr(h, "media", ()))
    if not media:
        return write_table_xlsx(path, title="涉密载体移交清单", unit_name=unit_name,
                                period=period, columns=ITEM_COLUMNS, rows=rows,
                                sheet_title=h.reg_no, mark=mark)
    sheets = [
        Sheet("涉密载体移交清单", ITEM_COLUMNS, rows, period=period, totals=totals(h.items),
              name=h.reg_no),
        Sheet("涉密计算机、设备和存储介质移交清单", MEDIA_COLUMNS,
              [media_values(i, m) for i, m in enumerate(media, start=1)], period=period,
              totals=type_totals(media), name="设备和介质"),
    ]
    return write_sheets_xlsx(path, sheets, unit_name=unit_name, mark=mark)


def _register_rows(handovers: Sequence[Any]) -> list[list[Any]]:
    return [[h.reg_no, h.handed_at, h.reason_label, h.giver, h.receiver, h.witness,
             h.item_count, getattr(h, "media_count", 0), h.note] for h in handovers]


def render_handover_register_pdf(path: str | Path, meta: FormMeta, handovers: Sequence[Any],
                                 *, progress: Progress | None = None) -> Path:
    meta = replace(meta, title=meta.title or "移交登记簿", landscape=True)
    rows = [RowData(r) for r in _register_rows(handovers)]
    count = sum(h.item_count for h in handovers)
    media = sum(getattr(h, "media_count", 0) for h in handovers)
    return render_register_pdf(path, meta, REGISTER_COLUMNS, rows,
                               totals=[("移交次数", f"{len(handovers)} 次"),
                                       ("移交载体", f"{count} 件"),
                                       ("移交设备和介质", f"{media} 件")], progress=progress)


def handover_register_xlsx(path: str | Path, *, unit_name: str, period: str,
                           handovers: Sequence[Any], mark: str = "") -> Path:
    return write_table_xlsx(path, title="移交登记簿", unit_name=unit_name, period=period,
                            columns=REGISTER_COLUMNS, rows=_register_rows(handovers), mark=mark)
