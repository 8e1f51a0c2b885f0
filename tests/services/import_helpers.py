"""Messy registers for the import tests, made at run time: a merged title row naming the unit
and year, blank rows, the heading on row 2-4, headings worded variously, dates of every kind,
marks in one column or two, 份号 as clerks write them, numbers stored as text, a 合计 row.

The checked-in ``tests/fixtures/import/receipts_2024.xls`` was made once from such a sheet
with ``soffice --headless --convert-to xls``; ``encrypted_password_Secret123.xlsx`` is a real
password-protected workbook (Office "agile" encryption, password Secret123)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
HEAD = ["收文编号", "收文日期", "来文单位", "文号", "文件标题", "密级及保密期限", "份号", "份数",
        "页数", "处理情况", "签收人", "备注"]
COLUMN = {h: i for i, h in enumerate(HEAD)}


def entry(n: int, **kw: Any) -> list[Any]:
    """A good row of the HEAD layout; keyword arguments by heading replace cells."""
    values: dict[str, Any] = {
        "收文编号": f"2024-{n:03d}", "收文日期": datetime(2024, 3, 1 + n % 28),
        "来文单位": "省国家保密局", "文号": f"省保发〔2024〕{n}号",
        "文件标题": f"关于做好第{n}批保密工作的通知", "密级及保密期限": "机密★10年",
        "份号": "1-2", "份数": "2", "页数": "6", "处理情况": "", "签收人": "", "备注": "",
    }
    for key, value in kw.items():
        values[key] = value
    return [values[h] for h in HEAD]


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], *, head: Sequence[str] = HEAD,
               title: str | None = "某某市保密局2024年收文登记簿", blank_before: int = 1,
               sheet: str = "收文登记簿", extra_sheets: Sequence[str] = ()) -> Path:
    """A workbook: a merged title row, *blank_before* blank rows, the heading, *rows*."""
    wb = Workbook()
    for name in extra_sheets:
        wb.create_sheet(name).append(["说明", "本表为封面"])
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    if title is not None:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(head))
    for _ in range(blank_before):
        ws.append([])
    ws.append(list(head))
    for r in rows:
        ws.append(list(r))
    wb.move_sheet(sheet, offset=-len(extra_sheets))
    wb.save(path)
    return path


def head_row(title: str | None = "x", blank_before: int = 1) -> int:
    """The file row of the heading that ``write_xlsx`` writes."""
    return (1 if title is not None else 0) + blank_before + 1


def write_csv(path: Path, rows: Sequence[Sequence[Any]], *, head: Sequence[str] = HEAD,
              encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        w = csv.writer(f)
        w.writerow(head)
        for r in rows:
            w.writerow(["" if v is None else (v.strftime("%Y-%m-%d") if isinstance(v, datetime)
                                              else v) for v in r])
    return path


@pytest.fixture
def office(make_ledger):  # type: ignore[no-untyped-def]
    """(path, ledger as the clerk 李机要) with two more people: 张处长 (重要) and 赵干事 (一般)."""
    from secledger.domain.enums import Clearance
    from secledger.services.ledger.session import open_ledger
    from secledger.services.people import persons as people
    from secledger.store.keyslots import TEST_KDF

    path, admin = make_ledger()
    dept = people.list_departments(admin)[0]
    people.create_person(admin, name="张处长", department_id=dept.id,
                         clearance=Clearance.IMPORTANT, post="处长")
    people.create_person(admin, name="赵干事", department_id=dept.id,
                         clearance=Clearance.GENERAL, post="干事")
    admin.close()
    led = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    yield path, led
    led.close()


def counts(led: Any) -> dict[str, int]:
    """Rows of the tables an import writes to (nothing written = all unchanged)."""
    from sqlalchemy import text

    with led.db.read() as s:
        return {t: int(s.execute(text(f"SELECT count(*) FROM {t}")).scalar() or 0)
                for t in ("documents", "carriers", "events", "counters", "retentions",
                          "import_records", "import_excluded_rows", "units", "settings")}
