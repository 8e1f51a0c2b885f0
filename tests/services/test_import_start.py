"""The wizard's first look at a sheet: its first rows and the layout found there in one read;
a heading that was not recognised is a guess with the reason, not a refusal; another heading
row takes that row's remembered or proposed mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from secledger.domain.enums import Register
from secledger.domain.importing import ImportFileError
from secledger.services import importing

from .import_helpers import entry, write_xlsx


def test_the_first_rows_and_the_layout_found(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _path, led = office
    path = write_xlsx(tmp_path / "r.xlsx", [entry(1), entry(2)])
    start = importing.open_sheet(led, str(path), register=Register.RECEIPT)
    assert start.problem is None and start.rows == 5 and start.sheet == "收文登记簿"
    assert start.top[0][0] == "某某市保密局2024年收文登记簿" and start.top[2][4] == "文件标题"
    assert start.layout.header_row == 3 and start.layout.mapping[4] == "title"
    moved = importing.with_header_row(led, start, register=Register.RECEIPT, header_row=1)
    assert moved.layout.header_row == 1 and moved.layout.mapping == {}
    with pytest.raises(ImportFileError):
        importing.with_header_row(led, start, register=Register.RECEIPT, header_row=99)


def test_a_heading_not_recognised_is_a_guess_with_its_reason(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _path, led = office
    path = write_xlsx(tmp_path / "r.xlsx", [["1", "2024-01-02", "通知"]],
                      head=["号码", "收到", "事项名"])
    start = importing.open_sheet(led, str(path), register=Register.RECEIPT)
    assert start.problem is not None and start.problem.code == "import.no_header"
    assert start.layout.header_row == 1 and not start.layout.mapping
    at = importing.with_header_row(led, start, register=Register.RECEIPT, header_row=3)
    assert at.layout.headings[:3] == ("号码", "收到", "事项名")
    with pytest.raises(ImportFileError) as exc:  # a file that cannot be read is still refused
        importing.open_sheet(led, str(tmp_path / "x.et"), register=Register.RECEIPT)
    assert exc.value.code == "import.wps_et"


def test_a_heading_short_of_a_column_is_found_past_a_cover_sheet(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _path, led = office
    path = write_xlsx(tmp_path / "r.xlsx", [["1", "2024-01-01", "通知", "1"]],
                      head=["收文号", "收文日期", "文件标题", "份号"], extra_sheets=["封面"])
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.move_sheet("封面", offset=-1)
    wb.save(path)
    start = importing.open_sheet(led, str(path), register=Register.RECEIPT)
    assert start.sheet == "收文登记簿" and start.source.sheets[0] == "封面"
    assert start.problem is not None and start.problem.code == "import.required_column"
    assert start.layout.header_row == 3 and "mark" not in start.layout.mapping.values()
