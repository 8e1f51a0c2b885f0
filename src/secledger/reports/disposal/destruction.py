"""销毁清单 and 销毁登记簿 (FORMS.md): PDF and XLSX from plain manifest data
(any object with the attributes of ``services.destruction_read.ManifestDTO``).

Classified devices and storage media on a manifest are listed in their own table (设备编号,
type, brand and model, serial number, 密级, 责任人), numbered on from the carriers; the
totals count both by level and by medium (纸质, 光盘, U盘, 移动硬盘, 涉密计算机 …)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from secledger.domain.destruction import MIN_ESCORTS, MIN_WITNESSES_TOP_SECRET
from secledger.reports.custody.rows import form_mark
from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import Column, RowData
from secledger.reports.kit.longtable import LongTable
from secledger.reports.kit.pdf import (
    FormDocument,
    FormMeta,
    kv_block,
    paragraph,
    signature_block,
    totals_block,
)
from secledger.reports.kit.xlsx import Sheet, write_sheets_xlsx, write_table_xlsx
from secledger.reports.registration.register import render_register_pdf

ITEM_COLUMNS = [
    Column("序号", 4, "int", "CENTER"), Column("登记号", 11), Column("文号", 14),
    Column("标题", 30), Column("密级", 5, align="CENTER"), Column("份号", 7, align="CENTER"),
    Column("载体类型", 6, align="CENTER"), Column("页数/容量", 6, align="CENTER"),
    Column("备注", 12),
]
MEDIA_COLUMNS = [
    Column("序号", 4, "int", "CENTER"), Column("设备编号", 14), Column("类型", 9, align="CENTER"),
    Column("品牌型号", 16), Column("序列号", 14), Column("密级", 5, align="CENTER"),
    Column("责任人", 7, align="CENTER"), Column("数量", 5, align="CENTER"), Column("用途", 15),
]
MEDIA_TITLE = "涉密设备和存储介质"
RULES = "销毁记录永久保存。"


def item_values(n: int, line: Any) -> list[Any]:
    it = line.item
    return [n, it.reg_no, it.doc_no, it.title, it.level_label, it.copy_no, it.carrier_type,
            line.size_text, line.remark]


def media_values(n: int, line: Any) -> list[Any]:
    return [n, line.device_no, line.type_label, line.brand_model, line.serial_no,
            line.level_label, line.holder, line.size_text, line.purpose]


def _all_items(m: Any) -> list[Any]:
    """Everything on the list with a ``level`` (carrier items and media lines)."""
    return [*(line.item for line in m.lines), *m.media_lines]


def _media_table(m: Any, first: int, ticker: Any) -> list[Flowable]:
    rows = [RowData(media_values(i, line)) for i, line in enumerate(m.media_lines, start=first)]
    return [paragraph(MEDIA_TITLE, 11), Spacer(1, 1 * mm),
            LongTable(MEDIA_COLUMNS, rows, ticker=ticker), Spacer(1, 2 * mm)]


def totals_pairs(t: Any) -> list[tuple[str, str]]:
    """合计, then by level (highest first), then by medium (with pages of paper)."""
    out = [("合计", f"{t.count} 件")]
    out += [(x.label, f"{x.count} 件") for x in t.by_level]
    out += [(x.label, f"{x.count} 件" + (f"（{x.pages}页）" if x.pages else ""))
            for x in t.by_type]
    return out


def _names(values: Sequence[str]) -> str | None:
    return "、".join(values) if values else None


def _execution(m: Any) -> list[tuple[str, Any]]:
    done = m.status == "executed"
    v = (lambda x: x) if done else (lambda _x: None)
    return [
        ("销毁方式", v(m.method_label)), ("销毁日期", v(m.destroyed_on)),
        ("销毁地点", v(m.site)), ("证明编号", v(m.certificate_no)),
        ("销毁设备", v(m.equipment or "—")), ("销毁人", v(m.destroyer)),
        ("送销人", v(_names(m.escorts))), ("监销人", v(_names(m.witnesses))),
    ]


def _approval(m: Any) -> list[tuple[str, Any]]:
    a = m.approval
    decided = a is not None and a.status == "approved"
    via = ""
    if decided:
        via = f"纸质审批单 {a.paper_form_no}" if a.via == "paper" else "系统内审批"
    when = a.decided_at.date() if decided and a.decided_at else None
    return [("审批人", a.decided_by if decided else None),
            ("审批日期", when), ("审批方式", via or None)]


def _signers(m: Any) -> list[str]:
    escorts = max(MIN_ESCORTS, len(m.escorts))
    witnesses = max(MIN_WITNESSES_TOP_SECRET, len(m.witnesses))
    return ["登记人", "清点人", "审批人", *["送销人"] * escorts, *["监销人"] * witnesses, "销毁人"]


def render_manifest_pdf(path: str | Path, meta: FormMeta, m: Any, *,
                        progress: Progress | None = None) -> Path:
    """销毁清单: header, carriers, devices and media, totals by level and medium, execution,
    signatures."""
    count = len(m.lines) + len(m.media_lines)
    meta = replace(meta, title=meta.title or "涉密载体销毁清单", form_no=m.reg_no,
                   landscape=True, mark=meta.mark or form_mark(_all_items(m)))
    doc = FormDocument(meta, progress=progress, total=2 * count)
    w = doc.frame_width
    doc.add(kv_block([
        ("清单编号", m.reg_no), ("编制日期", m.created_at.date()), ("状态", m.status_label),
        ("登记人", m.prepared_by), ("清点人", m.checked_by or None), *_approval(m),
        ("说明*", m.note or m.cancel_reason or ""),
    ], w, columns=4), Spacer(1, 3 * mm))
    if m.lines or not m.media_lines:
        rows = [RowData(item_values(i, line)) for i, line in enumerate(m.lines, start=1)]
        doc.add(LongTable(ITEM_COLUMNS, rows, ticker=doc.ticker), Spacer(1, 2 * mm))
    if m.media_lines:
        doc.add(*_media_table(m, len(m.lines) + 1, doc.ticker))
    if m.totals is not None:
        doc.add(totals_block(totals_pairs(m.totals), w, per_row=5), Spacer(1, 3 * mm))
    doc.add(kv_block(_execution(m), w, columns=4))
    statement = (f"以上涉密载体共 {count} 件，经清点与实物相符，经批准后在送销人、监销人"
                 "监督下全部销毁。" + RULES)
    doc.add(signature_block(_signers(m), w, per_row=3, note=statement))
    return doc.build(path)


def manifest_xlsx(path: str | Path, *, unit_name: str, m: Any,
                  progress: Progress | None = None, mark: str = "") -> Path:
    """The carriers on one sheet; devices and media, when listed, on a second."""
    rows = [item_values(i, line) for i, line in enumerate(m.lines, start=1)]
    period = f"清单编号 {m.reg_no}  状态 {m.status_label}  登记人 {m.prepared_by}"
    mark = mark or form_mark(_all_items(m))
    if not m.media_lines:
        return write_table_xlsx(path, title="涉密载体销毁清单", unit_name=unit_name,
                                period=period, columns=ITEM_COLUMNS, rows=rows,
                                total=len(rows), progress=progress, sheet_title=m.reg_no,
                                mark=mark)
    media = [media_values(i, line) for i, line in enumerate(m.media_lines, start=len(rows) + 1)]
    totals = totals_pairs(m.totals) if m.totals is not None else []
    sheets = [Sheet("涉密载体销毁清单", ITEM_COLUMNS, rows, period=period, name=m.reg_no),
              Sheet(f"涉密载体销毁清单（{MEDIA_TITLE}）", MEDIA_COLUMNS, media, period=period,
                    totals=totals, name=MEDIA_TITLE)]
    return write_sheets_xlsx(path, sheets, unit_name=unit_name, mark=mark, progress=progress,
                             total=len(rows) + len(media))


REGISTER_COLUMNS = [
    Column("销毁编号", 14), Column("销毁日期", 15, "date"), Column("件数", 5, "int"),
    Column("密级构成", 12), Column("载体构成", 12), Column("销毁方式", 12),
    Column("销毁地点", 14), Column("证明编号", 12), Column("审批人", 8), Column("送销人", 12),
    Column("监销人", 12), Column("销毁人", 10), Column("备注", 12),
]


def register_values(m: Any) -> list[Any]:
    t = m.totals
    levels = "，".join(f"{x.label}{x.count}" for x in t.by_level) if t else ""
    types = "，".join(f"{x.label}{x.count}" for x in t.by_type) if t else ""
    note = f"已撤销：{m.cancel_reason}" if m.status == "cancelled" else ""
    return [m.reg_no, m.destroyed_on, t.count if t else m.item_count,
            levels, types, m.method_label, m.site, m.certificate_no, m.approver,
            "、".join(m.escorts), "、".join(m.witnesses), m.destroyer, note]


def render_register(path: str | Path, meta: FormMeta, manifests: Sequence[Any], *,
                    progress: Progress | None = None) -> Path:
    """销毁登记簿: every executed manifest; cancelled numbers struck through."""
    meta = replace(meta, title=meta.title or "涉密载体销毁登记簿", landscape=True)
    done = [m for m in manifests if m.status == "executed"]
    count = sum(m.totals.count if m.totals else m.item_count for m in done)
    rows = [RowData(register_values(m), voided=m.status == "cancelled") for m in manifests]
    return render_register_pdf(path, meta, REGISTER_COLUMNS, rows,
                               totals=[("销毁次数", f"{len(done)} 次"),
                                       ("销毁载体", f"{count} 件")], progress=progress)


def register_xlsx(path: str | Path, *, unit_name: str, period: str,
                  manifests: Sequence[Any], mark: str = "") -> Path:
    return write_table_xlsx(path, title="涉密载体销毁登记簿", unit_name=unit_name, period=period,
                            columns=REGISTER_COLUMNS,
                            rows=[register_values(m) for m in manifests], mark=mark)
