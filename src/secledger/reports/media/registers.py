"""涉密计算机台账 and 涉密存储介质台账 (PDF, landscape, and XLSX), FORMS.md: 设备编号 · 类型 ·
品牌型号 · 序列号 · 密级 · 用途 · 位置 · 责任人 · 状态 · 启用日期 · 备注, with totals by level
and by state. Plain data in: any object with the attributes of a media item
(``services.media.read.MediaItemDTO``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from secledger.domain.enums import Classification
from secledger.domain.media import MediaState
from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import Column, RowData
from secledger.reports.kit.pdf import FormMeta
from secledger.reports.kit.xlsx import write_table_xlsx
from secledger.reports.registration.register import render_register_pdf

COLUMNS = [
    Column("序号", 4, "int", "CENTER"), Column("设备编号", 13), Column("类型", 9),
    Column("品牌型号", 14), Column("序列号", 13), Column("密级", 5, align="CENTER"),
    Column("用途", 13), Column("位置", 11), Column("责任人", 7), Column("状态", 7, align="CENTER"),
    Column("启用日期", 10, "date"), Column("备注", 14),
]


def remark(item: Any) -> str:
    """备注: the item's own remark, and where removed storage came from."""
    parts = [item.remarks] if item.remarks else []
    if item.source_item_id:
        parts.append(item.purpose)
    return "；".join(p for p in parts if p)


def values(n: int, item: Any) -> list[Any]:
    return [n, item.device_no, item.type_label, item.brand_model, item.serial_no,
            item.level_label, item.purpose if not item.source_item_id else "", item.location,
            item.holder_name, item.state_label, item.started_on, remark(item)]


def totals(items: Sequence[Any]) -> list[tuple[str, str]]:
    """合计, then by level (highest first), then by state (in the machine's order)."""
    levels = Counter(it.level for it in items)
    states = Counter(it.state for it in items)
    by_level = [(Classification(lv).label, f"{levels[lv]} 件")
                for lv in sorted(levels, key=lambda lv: -Classification(lv).rank)]
    by_state = [(st.label, f"{states[st.value]} 件") for st in MediaState if states[st.value]]
    return [("合计", f"{len(items)} 件"), *by_level, *by_state]


def render_register_pdf_of(path: str | Path, meta: FormMeta, items: Sequence[Any],
                           progress: Progress | None = None) -> Path:
    """The register as a landscape PDF (*meta* carries its title)."""
    meta = replace(meta, landscape=True)
    rows = [RowData(values(n, it), voided=it.state == MediaState.VOIDED)
            for n, it in enumerate(items, start=1)]
    return render_register_pdf(path, meta, COLUMNS, rows, totals=totals(items),
                               signatures=["登记人", "审核人"], progress=progress)


def register_xlsx(path: str | Path, *, title: str, unit_name: str, items: Sequence[Any],
                  period: str = "", mark: str = "") -> Path:
    return write_table_xlsx(path, title=title, unit_name=unit_name, period=period,
                            columns=COLUMNS,
                            rows=[values(n, it) for n, it in enumerate(items, start=1)],
                            mark=mark)
