"""Timing figures for the report toolkit (not a test): ``python -m secledger.bench.reports``.

Prints the time of a 5,000-row register PDF and of a 100,000-row XLSX export against
raw openpyxl write-only mode on the same rows. ``--rows-pdf`` / ``--rows-xlsx`` change sizes.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import xlsxwriter
from openpyxl import Workbook

from secledger.reports.kit.columns import Column, RowData
from secledger.reports.kit.pdf import FormMeta
from secledger.reports.kit.xlsx import write_table_xlsx
from secledger.reports.registration.register import render_register_pdf

COLUMNS = [
    Column("收文号", 10), Column("收文日期", 13, "date"), Column("来文单位", 14), Column("文号", 16),
    Column("标题", 28), Column("密级(标志)", 12), Column("份号", 7), Column("份数", 4, "int"),
    Column("页数", 4, "int"), Column("处理情况", 8), Column("签收人", 6), Column("清退/销毁情况", 9),
    Column("备注", 10),
]
TITLES = ["关于做好2026年度保密自查自评工作的通知", "会议纪要",
          "关于印发《国家秘密载体保密管理的规定》实施细则的通知（征求意见稿）"]
MARKS = ["机密★10年", "秘密★6个月", "绝密★长期"]


def sample(n: int) -> list[list[object]]:
    return [
        [f"SW{i:06d}", date(2026, 1 + i % 12, 1 + i % 28), "省国家保密局", f"国保发〔2026〕{i}号",
         TITLES[i % 3], MARKS[i % 3], f"{i % 999 + 1:06d}", 1, 12, "传阅", "张三", "", ""]
        for i in range(n)
    ]


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(t0: tuple[float, float]) -> str:
    wall, cpu = _clock()
    return f"{wall - t0[0]:.2f} s (CPU {cpu - t0[1]:.2f} s)"


def bench_pdf(folder: Path, n: int) -> str:
    rows = [RowData(v, voided=i % 97 == 0) for i, v in enumerate(sample(n))]
    meta = FormMeta("某某市国家保密局办公室", "收文登记簿", "SW-2026", "2026年度", "张三",
                    datetime(2026, 11, 24, 14, 5), (12345, "a1b2c3d4e5f6"), landscape=True)
    t = _clock()
    render_register_pdf(folder / "reg.pdf", meta, COLUMNS, rows, totals=[("合计", f"{n} 件")],
                        signatures=["登记人", "审核人"])
    return _since(t)


def raw_xlsx_seconds(path: Path, rows: Iterable[Sequence[Any]]) -> float:
    """CPU seconds of plain openpyxl write-only writing *rows* to *path* (the baseline)."""
    t = time.process_time()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("raw")
    for r in rows:
        ws.append(r)
    wb.save(path)
    return time.process_time() - t


def raw_xlsxwriter_seconds(path: Path, rows: Iterable[Sequence[Any]]) -> float:
    """CPU seconds of plain XlsxWriter (constant-memory, what the export writes with)
    writing *rows* to *path*: ``write_row`` with every value as it is, dates formatted."""
    t = time.process_time()
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "tmpdir": str(path.parent)})
    ws = wb.add_worksheet("raw")
    day = wb.add_format({"num_format": "yyyy-mm-dd"})
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if isinstance(v, date):
                ws.write_datetime(i, j, v, day)
            elif v is not None:
                ws.write(i, j, v)
    wb.close()
    return time.process_time() - t


def bench_xlsx(folder: Path, n: int) -> tuple[float, float]:
    """CPU seconds of raw openpyxl write-only and of write_table_xlsx (the machine may be shared)."""
    rows = sample(n)
    raw = raw_xlsx_seconds(folder / "raw.xlsx", rows)
    t = time.process_time()
    write_table_xlsx(folder / "ours.xlsx", title="收文登记簿", unit_name="某某市国家保密局办公室",
                     period="2026年度", columns=COLUMNS, rows=rows)
    return raw, time.process_time() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows-pdf", type=int, default=5000)
    ap.add_argument("--rows-xlsx", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        print(f"register PDF, {args.rows_pdf} rows: {bench_pdf(folder, args.rows_pdf)}")
        raw, ours = bench_xlsx(folder, args.rows_xlsx)
        print(f"XLSX, {args.rows_xlsx} rows (CPU): raw openpyxl write-only {raw:.2f} s, "
              f"write_table_xlsx {ours:.2f} s, ratio {ours / raw:.2f}")


if __name__ == "__main__":
    main()
