"""定（解）密工作情况登记簿 (PDF + XLSX), FORMS.md: one row per decision of the year, with
totals by kind. Plain data in: any object with the attributes of
``services.classification.forms.RegisterRowDTO``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import Column, RowData
from secledger.reports.kit.pdf import FormMeta
from secledger.reports.kit.xlsx import write_table_xlsx
from secledger.reports.registration.register import render_register_pdf

TITLE = "定（解）密工作情况登记簿"
COLUMNS = [
    Column("序号", 4, "int", "CENTER"), Column("日期", 13, "date"), Column("文件标题", 22),
    Column("文号", 13), Column("原密级及期限", 12), Column("定密/变更/延期/解密", 7, align="CENTER"),
    Column("新密级及期限", 13), Column("决定文号", 13), Column("载体形式", 8, align="CENTER"),
    Column("数量", 5, "int"), Column("分发范围", 15), Column("决定人", 10),
]
#: the order of the totals line
KINDS = ("定密", "变更", "延期", "解密", "审核")


def values(n: int, r: Any) -> list[Any]:
    return [n, r.decided_on, r.title, r.doc_no or r.reg_no, r.mark_before, r.kind, r.mark_after,
            r.decision_ref, r.carrier_form, r.quantity, r.distribution, r.decided_by]


def totals(rows: Iterable[Any]) -> list[tuple[str, str]]:
    """``[("合计", "12 项"), ("定密", "2 项"), ("解密", "10 项")]`` (kinds that occur)."""
    counts: dict[str, int] = {}
    for r in rows:
        counts[r.kind] = counts.get(r.kind, 0) + 1
    return [("合计", f"{sum(counts.values())} 项"),
            *((k, f"{counts[k]} 项") for k in KINDS if counts.get(k))]


def render_register(path: str | Path, meta: FormMeta, rows: Sequence[Any],
                    progress: Progress | None = None) -> Path:
    meta = replace(meta, title=meta.title or TITLE, landscape=True)
    return render_register_pdf(path, meta, COLUMNS,
                               [RowData(values(i, r)) for i, r in enumerate(rows, 1)],
                               totals=totals(rows), signatures=["登记人", "定密责任人"],
                               progress=progress)


def register_xlsx(path: str | Path, *, unit_name: str, period: str, rows: Sequence[Any],
                  mark: str = "", progress: Progress | None = None) -> Path:
    return write_table_xlsx(path, title=TITLE, unit_name=unit_name, period=period,
                            columns=COLUMNS, mark=mark, progress=progress,
                            rows=[values(i, r) for i, r in enumerate(rows, 1)])
