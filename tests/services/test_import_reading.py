"""Reading messy registers: the heading under a merged title, synonyms, every kind of date,
mark, 份号 and number, .xls through xlrd, and the one clear message for a file that cannot
be imported (.et, encrypted, damaged, too big, no heading)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from secledger.domain.enums import CarrierType, Classification
from secledger.domain.errors import ValidationError
from secledger.domain.importing import ImportFileError
from secledger.domain.messages import MESSAGES
from secledger.services.importing import cells, columns, reading

from .import_helpers import FIXTURES, entry, head_row, write_csv, write_xlsx


@pytest.mark.parametrize("blank_before", [0, 1, 2])
def test_the_heading_is_found_under_a_merged_title_row(tmp_path: Path, blank_before: int) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [entry(1), entry(2)], blank_before=blank_before)
    _src, sheet = reading.open_file(path, None)
    guess = columns.detect_header(sheet.rows)
    assert guess is not None
    assert guess.row == head_row(blank_before=blank_before)  # rows 2 to 4
    assert guess.mapping[4] == "title" and guess.mapping[5] == "mark"


@pytest.mark.parametrize("heading, field", [
    ("收文号", "reg_no"), ("收文编号", "reg_no"), ("登记号", "reg_no"), ("编号", "reg_no"),
    ("来文单位", "unit"), ("发文机关", "unit"), ("文件标题", "title"), ("标题", "title"),
    ("文件名称", "title"), ("密级", "mark"), ("密级及保密期限", "mark"), ("密级(标志)", "mark"),
    ("保密期限", "period"), ("份号", "copy_nos"), ("份数", "copies"), ("页数", "pages"),
    ("处理情况", "handling"), ("签收人", "signed_by"), ("备注", "remarks"),
    (" 文 号 ", "doc_no"), ("标题（文件名称）", "title"), ("收文日期", "date"),
])
def test_headings_are_mapped_by_their_synonyms(heading: str, field: str) -> None:
    got = columns.field_of(heading)
    assert got is not None and got[0] == field


def test_each_field_is_mapped_once_preferring_the_usual_heading() -> None:
    mapping = columns.propose_mapping(["序号", "收文号", "标题", "名称", "密级", "保密期限", "日期",
                                       "发送方式", "回执", "无关的列"])
    assert mapping == {1: "reg_no", 2: "title", 4: "mark", 5: "period", 6: "date",
                       7: "keep", 8: "keep"}


def test_no_heading_is_found_in_a_sheet_of_something_else() -> None:
    assert columns.detect_header([["姓名", "电话"], ["张三", "123"]]) is None


@pytest.mark.parametrize("value", [
    datetime(2024, 3, 5), date(2024, 3, 5), "2024.3.5", "2024/03/05", "2024年3月5日",
    "2024-03-05", " 2024 年 3 月 5 日 ", 45356, 45356.0, "45356", "20240305",
    "2024-03-05 00:00:00", "２０２４．３．５",
])
def test_dates_are_read_however_they_were_written(value: object) -> None:
    assert cells.parse_date(value) == date(2024, 3, 5)


def test_an_impossible_date_is_named_with_the_reason() -> None:
    with pytest.raises(ValidationError) as exc:
        cells.parse_date("2024.2.30")
    assert exc.value.code == "import.impossible_date"
    assert "2024年2月没有30日" in exc.value.message()
    for bad in ("下周一", "2024.13.1", "12345678", 3.5):
        with pytest.raises(ValidationError) as exc:
            cells.parse_date(bad)
        assert exc.value.code == "import.bad_date"


@pytest.mark.parametrize("level, period, text, years", [
    ("机密★10年", None, "机密★10年", 10), ("机密 ★ 5年", "", "机密★5年", 5),
    ("秘密", None, "秘密", 10), ("绝密★长期", None, "绝密★长期", None),
    ("机密", "10年", "机密★10年", 10), ("机密", 10, "机密★10年", 10),
])
def test_marks_in_one_column_or_level_and_period_in_two(level: str, period: object, text: str,
                                                       years: int | None) -> None:
    mark = cells.parse_mark_cells(level, period, None)
    assert mark.format() == text
    assert (mark.retention.years if mark.retention else None) == years


def test_a_period_beyond_the_maximum_is_refused() -> None:
    with pytest.raises(ValidationError) as exc:
        cells.parse_mark_cells("秘密", "20年", None)
    assert exc.value.code == "mark.period_too_long"


@pytest.mark.parametrize("copy_nos, copies, expected", [
    ("1-2", None, (1, 2)), ("0012", None, (12,)), ("001-003", "3", (1, 2, 3)), ("5", None, (5,)),
    (5, None, (5,)), (5.0, 1, (5,)), ("", "3", (1, 2, 3)), (None, None, (1,)), ("3,5", 2, (3, 5)),
])
def test_copy_numbers_as_clerks_write_them(copy_nos: object, copies: object,
                                           expected: tuple[int, ...]) -> None:
    assert cells.parse_copies(copy_nos, copies) == expected


def test_copy_numbers_must_agree_with_the_count() -> None:
    with pytest.raises(ValidationError) as exc:
        cells.parse_copies("1-2", "3")
    assert exc.value.code == "copy_no.count_mismatch"


@pytest.mark.parametrize("value, n", [("12", 12), (12, 12), (12.0, 12), ("12页", 12), ("", None),
                                      (None, None), (" ３ ", 3)])
def test_numbers_stored_as_text(value: object, n: int | None) -> None:
    assert cells.parse_count(value, "pages") == n


def test_media_and_serial_numbers_noted_in_remarks() -> None:
    assert cells.media_in_remarks("U盘，序列号：U-001、U-002") == (CarrierType.USB, ("U-001", "U-002"))
    assert cells.media_in_remarks("光盘 编号:GP-9") == (CarrierType.DISC, ("GP-9",))
    assert cells.media_in_remarks("请阅后退回") == (None, ())


def test_an_xls_file_is_read_through_xlrd() -> None:
    src, sheet = reading.open_file(FIXTURES / "receipts_2024.xls", None)
    assert src.kind == "xls" and src.sheets == ("收文登记",)
    guess = columns.detect_header(sheet.rows)
    assert guess is not None and guess.row == 3
    assert sheet.rows[3][1] == datetime(2024, 1, 8)  # a real date cell
    assert cells.parse_date(sheet.rows[5][1]) == date(2024, 1, 19)  # a serial number


def test_csv_in_utf8_and_gb18030(tmp_path: Path) -> None:
    for encoding in ("utf-8-sig", "gb18030"):
        path = write_csv(tmp_path / f"{encoding}.csv", [entry(1)], encoding=encoding)
        src, sheet = reading.open_file(path, None)
        assert src.kind == "csv"
        assert sheet.rows[1][4] == "关于做好第1批保密工作的通知"


def _refusal(path: Path) -> ImportFileError:
    with pytest.raises(ImportFileError) as exc:
        reading.inspect_file(path)
    return exc.value


def test_a_wps_et_file_says_how_to_save_it_as_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "收文登记簿.et"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    err = _refusal(path)
    assert err.code == "import.wps_et"
    assert "另存为" in err.message() and ".xlsx" in err.message()
    assert "Save As" in err.message("en")


def test_a_password_protected_workbook_is_named_as_such() -> None:
    err = _refusal(FIXTURES / "encrypted_password_Secret123.xlsx")
    assert err.code == "import.encrypted"
    assert "密码" in err.message() and "password" in err.message("en")


@pytest.mark.parametrize("name, data", [
    ("broken.xlsx", b"PK\x03\x04" + b"\x00garbage" * 50), ("broken.xls", b"not a workbook" * 20),
    ("broken2.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x01" * 600),
])
def test_a_damaged_file_gives_one_message(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    err = _refusal(path)
    assert err.code == "import.corrupt"
    assert "损坏" in err.message() and "damaged" in err.message("en")


def test_a_file_over_50_mb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024 + 1)  # sparse: nothing to write
    err = _refusal(path)
    assert err.code == "import.too_big" and "50 MB" in err.message()


def test_other_formats_and_missing_files(tmp_path: Path) -> None:
    (tmp_path / "a.docx").write_bytes(b"hello")
    assert _refusal(tmp_path / "a.docx").code == "import.unsupported"
    assert _refusal(tmp_path / "missing.xlsx").code == "import.no_file"


def test_an_unknown_sheet_lists_the_sheets(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [entry(1)], extra_sheets=["封面"])
    with pytest.raises(ImportFileError) as exc:
        reading.open_file(path, "2023年")
    assert exc.value.code == "import.no_sheet" and "收文登记簿" in exc.value.message()


def test_every_import_message_has_chinese_and_english() -> None:
    codes = [c for c in MESSAGES if c.startswith(("import.", "export."))]
    assert len(codes) > 40
    for code in codes:
        zh, en = MESSAGES[code]
        assert zh.strip() and en.strip(), code
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in en.replace("收文", "")
                       .replace("发文", "")) or code in _EN_WITH_CHINESE, code


_EN_WITH_CHINESE = {"import.no_header", "import.fix.import.bad_date", "import.fix.field.mark",
                    "import.fix.field.period", "import.fix.import.bad_urgency",
                    "import.fix.import.bad_carrier_type", "import.fix.import.mark_missing",
                    "import.fix.field.serial_nos", "import.required_column",
                    "import.fix.doc.serial_required"}


def test_classification_words_that_are_not_state_secrets() -> None:
    from secledger.domain.importing import is_non_secret

    assert all(is_non_secret(w) for w in ("内部", "工作秘密", "非密", "公开", " 内 部 "))
    assert not any(is_non_secret(w) for w in ("秘密", "机密★10年", "绝密"))
    assert Classification.WORK_SECRET.label == "工作秘密"
