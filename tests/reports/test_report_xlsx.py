"""XLSX export: reads back with real dates, frozen header, autofilter; atomic and cancellable."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from secledger.reports.kit.atomic import Cancelled
from secledger.reports.kit.columns import Column
from secledger.reports.kit.xlsx import write_table_xlsx

from .report_helpers import folder_listing

COLS = [Column("收文号", 10), Column("收文日期", 12, "date"), Column("标题", 40),
        Column("份数", 6, "int"), Column("签收时间", 18, "datetime")]


def rows(n: int) -> list[list[object]]:
    return [[f"SW{i:05d}", date(2026, 3, 1 + i % 28), f"关于第{i}号事项的通知", i % 5 + 1,
             datetime(2026, 3, 1, 9, i % 60)] for i in range(1, n + 1)]


def write(path: Path, data: list[list[object]], **kw: object) -> Path:
    return write_table_xlsx(path, title="收文登记簿", unit_name="某某市国家保密局办公室",
                            period="2026年1月1日至2026年12月31日", columns=COLS, rows=data, **kw)  # type: ignore[arg-type]


def test_reads_back_with_title_header_dates_freeze_and_filter(tmp_path: Path) -> None:
    path = write(tmp_path / "收文.xlsx", rows(30))
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == "收文登记簿"
    assert "某某市国家保密局办公室" in ws["A2"].value and "2026年1月1日至2026年12月31日" in ws["A2"].value
    assert [c.value for c in ws[3]] == [c.header for c in COLS]
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref == "A3:E33"
    assert ws.print_title_rows == "$3:$3"
    first = [c.value for c in ws[4]]
    assert first[0] == "SW00001" and first[3] == 2
    assert isinstance(first[1], datetime) and first[1].date() == date(2026, 3, 2)
    assert ws["B4"].number_format == "yyyy-mm-dd"
    assert first[4] == datetime(2026, 3, 1, 9, 1) and ws["E4"].number_format == "yyyy-mm-dd hh:mm"
    assert abs(ws.column_dimensions["C"].width - 40) < 1  # Excel's width, padding included
    assert ws.max_row == 33


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    data = rows(2)
    data[0][2] = "=HYPERLINK(\"http://x\")"
    data[1][2] = "含控制字符\x07的标题"
    ws = openpyxl.load_workbook(write(tmp_path / "f.xlsx", data)).active
    assert ws["C4"].data_type == "s" and ws["C4"].value == "=HYPERLINK(\"http://x\")"
    assert ws["C5"].value == "含控制字符\ufffd的标题"


def test_blank_and_mistyped_values(tmp_path: Path) -> None:
    data: list[list[object]] = [["SW1", None, None, None, None], ["SW2", "不详", "x", "三", ""]]
    ws = openpyxl.load_workbook(write(tmp_path / "b.xlsx", data)).active
    assert [c.value for c in ws[4]] == ["SW1", None, None, None, None]
    assert [c.value for c in ws[5]] == ["SW2", "不详", "x", "三", None]


def test_empty_table_still_has_header_and_filter(tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(write(tmp_path / "e.xlsx", [])).active
    assert [c.value for c in ws[3]] == [c.header for c in COLS]
    assert ws.auto_filter.ref == "A3:E4"


def test_generator_rows_with_total_report_progress(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    write(tmp_path / "g.xlsx", (r for r in rows(2500)), total=2500,  # type: ignore[arg-type]
          progress=lambda d, t: calls.append((d, t)) is None)
    assert calls == [(1000, 2500), (2000, 2500), (2500, 2500)]


def test_cancel_raises_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        write(tmp_path / "c.xlsx", rows(3000), progress=lambda d, t: d < 2000)
    assert folder_listing(tmp_path) == [], "no file, no temporary file, no sheet scratch file"


def test_success_leaves_only_the_file(tmp_path: Path) -> None:
    write(tmp_path / "ok.xlsx", rows(10))
    assert folder_listing(tmp_path) == ["ok.xlsx"]


def test_the_level_is_in_the_title_rows_and_the_printed_page_header(tmp_path: Path) -> None:
    out = write(tmp_path / "r.xlsx", rows(3), mark="机密")
    ws = openpyxl.load_workbook(out).active
    assert ws.cell(1, 1).value == "机密\u3000收文登记簿"
    assert "密级：机密" in str(ws.cell(2, 1).value)
    assert ws.oddHeader.left.text == "机密"  # every page (no different first or even page)
    assert ws.oddHeader.center.text == "收文登记簿"
    assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"
    assert ws.cell(4, 3).value == "关于第1号事项的通知"  # data still starts on row 4


def test_without_a_level_nothing_claims_one(tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(write(tmp_path / "r.xlsx", rows(2))).active
    assert ws.cell(1, 1).value == "收文登记簿"
    assert "密级" not in str(ws.cell(2, 1).value)
    assert ws.oddHeader.left.text is None


def test_a_sheet_scratch_file_gets_a_big_write_buffer(tmp_path: Path) -> None:
    """XlsxWriter's row scratch file is reopened with a 1 MiB buffer (a small one makes the
    exporting thread leave Python's lock so often that the GUI thread waits 100+ ms); if
    XlsxWriter's internals change, this fails instead of the GUI quietly stalling again."""
    import xlsxwriter

    from secledger.reports.kit.xlsx import _big_buffer

    wb = xlsxwriter.Workbook(str(tmp_path / "b.xlsx"), {"constant_memory": True,
                                                        "tmpdir": str(tmp_path)})
    ws = wb.add_worksheet("s")
    before = ws.row_data_fh
    _big_buffer(ws)
    assert ws.row_data_fh is not before and ws.fh is ws.row_data_fh
    ws.write_string(0, 0, "文")
    wb.close()
    assert openpyxl.load_workbook(tmp_path / "b.xlsx").active["A1"].value == "文"
