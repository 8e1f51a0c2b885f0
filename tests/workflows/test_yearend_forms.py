"""The printed year-end forms give back their Chinese: the 统计表 with its charts and every
table, the XLSX with one sheet per table and typed cells, the 保密自查自评报告 of a finalised
version with its digest and of a draft marked 草稿; each with the chain digest and an output
event at the level it lists."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import select

from secledger.domain.selfinspection import Result
from secledger.domain.yearend import Period
from secledger.services.yearend import finalising, printing, selfinspection
from secledger.store.models.events import Event

from .custody_helpers import pages, pdftotext
from .yearend_helpers import build


def _events(led: Any) -> list[dict[str, Any]]:
    with led.db.read() as s:
        return [json.loads(p) for (p,) in s.execute(select(Event.payload).where(
            Event.kind.in_(("report.printed", "report.exported"))).order_by(Event.id))]


def test_statistics_pdf_and_xlsx(office: Any, tmp_path: Path) -> None:
    build(office)
    led = office.led
    pdf = printing.print_statistics(led, Period.of_year(2026), tmp_path / "统计表.pdf")
    text = pdftotext(pdf)
    for words in ("年度涉密载体管理情况统计表", "2026年度", "按月收发情况", "按密级统计", "期末在管",
                  "省政府办公厅", "失2026-00001", "逾期上报", "填报人", "负责人", "台账校验", "第 1 页 共"):
        assert words in text, words
    assert pages(pdf) >= 2
    xlsx = printing.export_statistics_xlsx(led, Period.of_year(2026), tmp_path / "统计表.xlsx")
    wb = load_workbook(xlsx)
    assert wb.sheetnames[:3] == ["按密级统计", "按载体类型统计", "按登记簿统计"]
    ws = wb["按密级统计"]
    assert [c.value for c in ws[3]][:3] == ["密级", "收文", "制作"]
    secret = next(r for r in ws.iter_rows(min_row=4, values_only=True) if r[0] == "机密")
    assert secret[2] == 3 and isinstance(secret[2], int)
    loss_row = next(r for r in wb["遗失与泄密报告"].iter_rows(min_row=4) if r[0].value)
    assert isinstance(loss_row[3].value, datetime)  # times are times
    assert [e["what"] for e in _events(led)] == ["年度涉密载体管理情况统计表"] * 2


def test_selfinspection_report_final_and_draft(office: Any, tmp_path: Path) -> None:
    build(office)
    led = office.login("admin", "Admin1234")
    v = selfinspection.start(led, year=2026)
    selfinspection.gather_evidence(led, v.id)
    draft_pdf = printing.print_selfinspection(led, v.id, tmp_path / "草稿.pdf")
    assert "草稿（未定稿）" in pdftotext(draft_pdf)
    for i in selfinspection.get(led, v.id).items:
        selfinspection.assess(led, inspection_id=v.id, item_code=i.item.code,
                              result=i.proposed or Result.CONFORMS,
                              note="已落实" if i.item.code == "1.1" else "")
    selfinspection.write_summary(led, inspection_id=v.id, summary="本年度保密工作总体平稳。")
    final = finalising.finalise(led, v.id)
    pdf = printing.print_selfinspection(led, v.id, tmp_path / "自查自评报告.pdf")
    text = pdftotext(pdf)
    for words in ("保密自查自评报告", "2026年度（第1版）", "已定稿", final.version.digest[:20],
                  "本年度保密工作总体平稳", "（六）国家秘密载体管理情况", "（十四）保密工作记录情况",
                  "遗失超过24小时才上报", "失2026-00001", "台账建议：不符合",
                  "发现问题与整改", "保密员", "分管领导", "台账校验"):
        assert words in " ".join(text.split()), words
    printed = _events(led)[-1]
    assert printed["what"] == "保密自查自评报告" and printed["level"] == "secret"
