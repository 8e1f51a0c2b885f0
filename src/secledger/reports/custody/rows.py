"""Rows, columns and totals shared by the custody-record forms (移交清单, 清退清单, 清查盘点报告,
遗失报告). Reports take plain data: any object with the attributes of a carrier item
(``reg_no``, ``doc_no``, ``title``, ``level``, ``level_label``, ``copy_no``,
``carrier_type``, ``state_label``, ``location``, ``holder_name``), and for the classified
devices and storage media listed beside them any object with the attributes of a media item
(``device_no``, ``media_type``, ``type_label``, ``brand_model``, ``serial_no``, ``level``,
``level_label``, ``state_label``, ``location``, ``holder_name``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from secledger.domain.enums import Classification
from secledger.domain.media import MediaType
from secledger.reports.kit.columns import Column, RowData

ITEM_COLUMNS = [
    Column("序号", 4, "int", "CENTER"), Column("登记号", 12), Column("文号", 15),
    Column("标题", 30), Column("密级", 6, align="CENTER"), Column("份号", 8, align="CENTER"),
    Column("载体类型", 7, align="CENTER"), Column("状态/位置", 14), Column("备注", 12),
]


def state_place(item: Any) -> str:
    return str(item.state_label) + (f"／{item.location}" if item.location else "")


def item_values(n: int, item: Any, remark: str = "") -> list[Any]:
    return [n, item.reg_no, item.doc_no, item.title, item.level_label, item.copy_no,
            item.carrier_type, state_place(item), remark]


def item_rows(items: Sequence[Any], remarks: Sequence[str] | None = None) -> list[RowData]:
    rem = list(remarks or [])
    return [RowData(item_values(i, it, rem[i - 1] if i - 1 < len(rem) else ""))
            for i, it in enumerate(items, start=1)]


def level_totals(items: Iterable[Any]) -> list[tuple[str, str]]:
    """``[("合计", "5 件"), ("绝密", "1 件"), ("机密", "2 件") ...]``, highest level first."""
    counts: dict[str, int] = {}
    for it in items:
        counts[it.level] = counts.get(it.level, 0) + 1
    order = sorted(counts, key=lambda lv: -Classification(lv).rank)
    total = sum(counts.values())
    return [("合计", f"{total} 件"),
            *((Classification(lv).label, f"{counts[lv]} 件") for lv in order)]


def form_mark(items: Iterable[Any]) -> str:
    """A list naming classified carriers is marked with the highest level it names."""
    levels = [Classification(it.level) for it in items]
    top = max(levels, key=lambda c: c.rank, default=None)
    return top.label if top is not None and top.is_state_secret else ""


# -- classified devices and storage media on a custody list --------------------------------
MEDIA_COLUMNS = [
    Column("序号", 4, "int", "CENTER"), Column("设备编号", 14), Column("类型", 12),
    Column("品牌型号", 16), Column("序列号", 16), Column("密级", 6, align="CENTER"),
    Column("状态/位置", 16), Column("备注", 14),
]


def media_values(n: int, item: Any, remark: str = "") -> list[Any]:
    return [n, item.device_no, item.type_label, item.brand_model, item.serial_no,
            item.level_label, state_place(item), remark]


def media_rows(items: Sequence[Any]) -> list[RowData]:
    return [RowData(media_values(i, it)) for i, it in enumerate(items, start=1)]


def type_totals(items: Iterable[Any]) -> list[tuple[str, str]]:
    """``[("合计", "3 件"), ("涉密计算机", "1 件"), ("U盘", "2 件")]``, types in their order."""
    counts: dict[str, int] = {}
    for it in items:
        counts[it.media_type] = counts.get(it.media_type, 0) + 1
    order = [t for t in MediaType if t.value in counts]
    return [("合计", f"{sum(counts.values())} 件"),
            *((t.label, f"{counts[t.value]} 件") for t in order)]
