"""The preview of a messy register: every row sorted (ok, problem, excluded, skipped), every
problem beside its row with column, what is wrong and how to fix it; duplicates within the
file and against the ledger; the mapping remembered per layout."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from secledger.domain.enums import CarrierType, Register
from secledger.domain.importing import BY_CLERK, NON_SECRET, TOTAL, VOIDED, ImportFileError
from secledger.services import importing

from .conftest import doc_input
from .import_helpers import COLUMN, HEAD, entry, write_xlsx

LONG = "很长的标题" * 120
SQL = "'; DROP TABLE documents; -- 关于\"保密\"的通知"


def messy_rows() -> list[list[object]]:
    """File rows 4.. (title on 1, blank 2, heading 3)."""
    return [
        entry(1, 收文日期="2024.3.5", 份号="1-2", 份数="2"),                         # 4 ok
        entry(2, 收文日期="2024/03/06", 密级及保密期限="机密 ★ 5年", 份号="0012", 份数=1),  # 5 ok
        entry(3, 收文日期="2024年3月7日", 密级及保密期限="秘密", 份号="001-003", 份数="3"),  # 6 ok
        entry(4, 收文日期=45361, 密级及保密期限="绝密★长期", 份号="5", 份数=None),      # 7 ok
        entry(5, 密级及保密期限="内部"),                                              # 8 excluded
        entry(6, 密级及保密期限="工作秘密"),                                          # 9 excluded
        [None] * len(HEAD),                                                            # 10 blank
        entry(7, 文件标题=""),                                                         # 11 title
        entry(8, 收文日期="2024.2.30"),                                                # 12 date
        entry(9, 密级及保密期限="秘密★20年"),                                         # 13 period
        entry(1, 收文日期="2024.3.9", 份号="2-3", 份数="2"),                          # 14 dup of 4
        entry(10, 备注="U盘，序列号：U-001、U-002"),                                  # 15 USB
        entry(11, 文件标题=SQL),                                                       # 16 ok
        entry(12, 文件标题=LONG),                                                      # 17 too long
        entry(13, 备注="作废：重复登记"),                                             # 18 voided
        entry(14, 收文日期="2099-01-01"),                                              # 19 future
        entry(15, 备注="光盘"),                                                        # 20 no serial
        ["合计", None, None, None, None, None, None, "16"] + [None] * 4,              # 21 total
    ]


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "收文登记簿2024.xlsx", messy_rows())


def test_every_row_is_sorted_with_its_reason(office, messy: Path) -> None:  # type: ignore[no-untyped-def]
    _path, led = office
    p = importing.preview_import(led, str(messy), register=Register.RECEIPT)
    assert p.layout.header_row == 3 and p.layout.sheet == "收文登记簿"
    status = {r.row: (r.status, r.reason) for r in p.rows}
    assert [n for n, (s, _r) in status.items() if s == "ok"] == [4, 5, 6, 7, 15, 16]
    assert status[8] == ("excluded", NON_SECRET) and status[9] == ("excluded", NON_SECRET)
    assert status[18] == ("excluded", VOIDED)
    assert status[10] == ("skipped", "blank") and status[21] == ("skipped", TOTAL)
    assert {r.row for r in p.error_rows} == {11, 12, 13, 14, 17, 19, 20}
    assert "工作秘密" in importing.reason_text(p.row(9)) and "not a state secret" in \
        importing.reason_text(p.row(9), "en")


def test_each_problem_names_row_column_what_and_how(office, messy: Path) -> None:  # type: ignore[no-untyped-def]
    _path, led = office
    p = importing.preview_import(led, str(messy), register=Register.RECEIPT)
    by_row = {r.row: r.problems for r in p.error_rows}
    (title,) = by_row[11]
    assert (title.column, title.header, title.code) == ("E", "文件标题", "import.title_missing")
    assert title.text().startswith("第 11 行 E 列（文件标题）：没有标题。")
    assert "补上标题" in title.fix() and title.fix("en")
    (day,) = by_row[12]
    assert day.column == "B" and "2024年2月没有30日" in day.message()
    (period,) = by_row[13]
    assert period.code == "mark.period_too_long" and period.column == "F"
    assert "最长10年" in period.message()
    (dup,) = by_row[14]
    assert dup.code == "import.duplicate_in_file" and dup.params["other"] == 4
    assert dup.params["copies"] == "2" and dup.column == "D"
    assert by_row[17][0].code == "doc.text_too_long"
    assert by_row[19][0].code == "import.future_date"
    assert by_row[20][0].code == "doc.serial_required" and by_row[20][0].column == "L"
    assert all(pr.message("en") and pr.fix("en") for pr in p.problems)


def test_parsed_rows_hold_the_facts(office, messy: Path) -> None:  # type: ignore[no-untyped-def]
    _path, led = office
    p = importing.preview_import(led, str(messy), register=Register.RECEIPT)
    inp = {r.row: r.entry.inp for r in p.ok_rows if r.entry}
    assert inp[4].copy_nos == (1, 2) and inp[4].pages == 6
    assert inp[5].mark.format() == "机密★5年" and inp[5].copy_nos == (12,)
    assert inp[6].mark.defaulted and inp[6].copy_nos == (1, 2, 3)
    assert inp[7].copy_nos == (5,) and inp[7].received_at is not None
    assert inp[7].received_at.date().isoformat() == "2024-03-10"  # Excel serial 45361
    assert inp[15].carrier_type is CarrierType.USB and inp[15].serial_nos == ("U-001", "U-002")
    assert inp[16].title == SQL
    assert inp[4].extra["original_reg_no"] == "2024-001"


def test_rows_the_clerk_excludes_carry_their_problems_as_the_reason(office, messy: Path) -> None:  # type: ignore[no-untyped-def]
    _path, led = office
    p = importing.exclude(importing.preview_import(led, str(messy), register=Register.RECEIPT),
                          [11, 12])
    r = p.row(11)
    assert r is not None and (r.status, r.reason) == ("excluded", BY_CLERK)
    assert "没有标题" in importing.reason_text(r)
    with pytest.raises(Exception) as exc:
        importing.exclude(p, [10])  # a blank row is not an entry
    assert getattr(exc.value, "code", "") == "import.row_not_in_sheet"


def test_duplicates_against_the_ledger(office, register, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _path, led = office
    register(led, title="已登记", doc_no="省保发〔2024〕2号", unit="省国家保密局", copies=3)
    path = write_xlsx(tmp_path / "r.xlsx", [entry(1), entry(2, 份号="3-4"), entry(2, 份号="4-5",
                                                                                   来文单位="别的单位")])
    p = importing.preview_import(led, str(path), register=Register.RECEIPT)
    assert [r.row for r in p.error_rows] == [5]
    (dup,) = p.row(5).problems  # type: ignore[union-attr]
    assert dup.code == "import.duplicate_in_ledger" and dup.params["copies"] == "3"
    assert "收" in dup.params["reg_no"]


def test_the_mapping_is_adjustable_and_remembered_per_layout(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _path, led = office
    head = ["序号", "日期", "发件方", "字", "题目", "密级", "份号", "附记"]
    rows = [["1", "2024-01-02", "省局", "省〔2024〕1号", "通知", "秘密", "1", "备用"]]
    path = write_xlsx(tmp_path / "a.xlsx", rows, head=head)
    layout = importing.detect_layout(led, str(path), register=Register.RECEIPT)
    assert not layout.remembered and 2 not in layout.mapping and 7 not in layout.mapping
    mapping = {**layout.mapping, 2: "unit", 3: "doc_no", 7: "remarks"}
    p = importing.preview_import(led, str(path), register=Register.RECEIPT, mapping=mapping)
    assert p.ok_rows[0].entry.inp.unit == "省局"  # type: ignore[union-attr]
    importing.commit_import(led, p)
    again = write_xlsx(tmp_path / "b.xlsx", [["2", "2024-01-03", "市局", "市〔2024〕2号", "纪要",
                                              "机密", "1", ""]], head=head)
    layout = importing.detect_layout(led, str(again), register=Register.RECEIPT)
    assert layout.remembered and layout.mapping == mapping
    assert not importing.detect_layout(led, str(again), register=Register.PRODUCTION).remembered


def test_the_sheet_with_a_heading_is_chosen_and_a_sheet_without_one_refused(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _path, led = office
    path = write_xlsx(tmp_path / "r.xlsx", [entry(1)], extra_sheets=["封面"])
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.move_sheet("封面", offset=-1)
    wb.save(path)
    layout = importing.detect_layout(led, str(path), register=Register.RECEIPT)
    assert layout.sheet == "收文登记簿" and layout.source.sheets[0] == "封面"
    with pytest.raises(ImportFileError) as exc:
        importing.detect_layout(led, str(path), register=Register.RECEIPT, sheet="封面")
    assert exc.value.code == "import.no_header"
    assert "封面" in exc.value.message() and "heading" in exc.value.message("en")


def test_a_sheet_without_a_title_column_is_refused(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _path, led = office
    path = write_xlsx(tmp_path / "r.xlsx", [["1", "2024-01-01", "秘密", "标题"]],
                      head=["收文号", "收文日期", "文件标题", "份号"])
    with pytest.raises(ImportFileError) as exc:
        importing.preview_import(led, str(path), register=Register.RECEIPT)
    assert exc.value.code == "import.required_column" and "密级" in exc.value.message()


def test_non_secrets_can_be_included_on_request(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _path, led = office
    path = write_xlsx(tmp_path / "r.xlsx", [entry(1, 密级及保密期限="工作秘密")])
    p = importing.preview_import(led, str(path), register=Register.RECEIPT,
                                 include_non_secret=True)
    assert p.ok_rows and p.ok_rows[0].entry.inp.mark.format() == "工作秘密"  # type: ignore[union-attr]


def test_signers_decide_the_holder_notes(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _path, led = office
    path = write_xlsx(tmp_path / "r.xlsx", [
        entry(1, 签收人="张处长"), entry(2, 签收人="王五"), entry(3, 签收人="赵干事"),
        entry(4, 签收人="李机要"), entry(5, 签收人="")])
    p = importing.preview_import(led, str(path), register=Register.RECEIPT)
    notes = {r.row: [c for c, _ in r.notes] for r in p.ok_rows}
    assert notes == {4: [], 5: ["import.note.signer_unknown"],
                     6: ["import.note.signer_not_cleared"], 7: [], 8: []}


def test_documents_date_without_time_is_local_midnight(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _path, led = office
    path = write_xlsx(tmp_path / "r.xlsx", [entry(1, 收文日期=datetime(2024, 5, 6, 0, 0))])
    got = importing.preview_import(led, str(path), register=Register.RECEIPT).ok_rows[0]
    assert got.entry is not None and got.entry.inp.received_at is not None
    assert (got.entry.inp.received_at.hour, got.entry.inp.received_at.day) == (0, 6)
    assert doc_input  # the shared registration helper stays importable beside these
    assert COLUMN["备注"] == 11
