"""收文登记簿 and 发文登记簿 (FORMS.md columns, in order) as landscape PDF and as XLSX.

Rows are duck-typed register rows (``services.registers.RegisterRow``): reports import
nothing above ``domain``. Voided entries print struck through with the reason in 备注.
"""

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

RECEIPT_TITLE = "收文登记簿"
PRODUCTION_TITLE = "发文登记簿"

# widths: spreadsheet units, and proportions of the landscape table (13 columns fill 267 mm)
RECEIPT_COLUMNS = [
    Column("收文号", 12), Column("收文日期", 14.6, "date"), Column("来文单位", 11),
    Column("文号", 14), Column("标题", 26.4), Column("密级(标志)", 11), Column("份号", 12.8),
    Column("份数", 4.6, "int"), Column("页数", 4.6, "int"), Column("处理情况", 8.2),
    Column("签收人", 6.4), Column("清退/销毁情况", 13), Column("备注", 10),
]
PRODUCTION_COLUMNS = [
    Column("发文号", 12), Column("日期", 14.6, "date"), Column("文号", 14), Column("标题", 25.6),
    Column("密级及保密期限", 14.6), Column("印制份数", 8.2, "int"), Column("份号", 13),
    Column("主送/抄送单位", 14.2), Column("发送方式", 8.2), Column("经办人", 6.4),
    Column("回执", 6.6), Column("备注", 10),
]


def _pages(n: int) -> int | None:
    return n or None  # 0: not counted; printed blank


def receipt_values(r: Any) -> list[Any]:
    return [r.reg_no, r.registered_at.date(), r.unit, r.doc_no, r.title, r.mark, r.copy_nos,
            r.copies, _pages(r.pages), r.handling, r.signed_by, r.disposal, r.remarks_text]


def production_values(r: Any) -> list[Any]:
    return [r.reg_no, r.registered_at.date(), r.doc_no, r.title, r.mark_effective, r.copies,
            r.copy_nos, r.dispatch_units, r.channels, r.handler, r.receipts, r.remarks_text]


def _spec(production: bool) -> tuple[str, list[Column], Any]:
    if production:
        return PRODUCTION_TITLE, PRODUCTION_COLUMNS, production_values
    return RECEIPT_TITLE, RECEIPT_COLUMNS, receipt_values


def _totals(rows: Sequence[Any]) -> list[tuple[str, str]]:
    tally = _Tally()
    for r in rows:
        tally.add(r)
    return tally.totals()


class _Tally:
    """The register's totals, counted as its rows stream past (the XLSX export)."""

    def __init__(self) -> None:
        self.rows = self.copies = self.void = 0

    def add(self, r: Any) -> Any:
        self.rows += 1
        if r.voided:
            self.void += 1
        else:
            self.copies += r.copies
        return r

    def totals(self) -> list[tuple[str, str]]:
        out = [("登记", f"{self.rows} 条"), ("载体", f"{self.copies} 份")]
        if self.void:
            out.append(("其中作废", f"{self.void} 条"))
        return out


def render_register(path: str | Path, meta: FormMeta, rows: Sequence[Any], *,
                    production: bool = False, progress: Progress | None = None) -> Path:
    """The register as a landscape A4 PDF: headings on every page, totals at the end."""
    title, columns, values = _spec(production)
    meta = replace(meta, title=meta.title or title, landscape=True)
    data = [RowData(values(r), voided=bool(r.voided)) for r in rows]
    return render_register_pdf(path, meta, columns, data, totals=_totals(rows), progress=progress)


def register_xlsx(path: str | Path, *, unit_name: str, period: str, rows: Iterable[Any],
                  production: bool = False, total: int | None = None,
                  progress: Progress | None = None, mark: str = "",
                  signed: Sequence[str] = ()) -> Path:
    """The register as XLSX (title row with unit and period, frozen header, autofilter,
    real dates; the totals and *signed*, the printed-by / digest line, under it as on the
    PDF). *rows* may be a stream; *total* makes the progress meaningful."""
    title, columns, values = _spec(production)
    tally = _Tally()
    return write_table_xlsx(path, title=title, unit_name=unit_name, period=period,
                            columns=columns, rows=(values(tally.add(r)) for r in rows),
                            total=total, progress=progress, sheet_title=f"{title}{period}",
                            mark=mark, totals=tally.totals, signed=signed)
