"""知悉人员登记表 and 个人留存登记簿 narrowed by document, person, department and period — the
same rows on screen, in the PDF and in the XLSX; the XLSX with the totals and the
printed-by / digest line of the PDF."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from secledger.domain.access import NeedToKnow
from secledger.services.audit.verify import chain_digest
from secledger.services.custody import circulation as circ
from secledger.services.custody import knowledge, retention
from secledger.services.custody import printing as wf_print
from secledger.services.custody.people_filter import PeopleFilter

from .custody_helpers import pdftotext


def _read(office: Any, doc: Any, reader: Any, day: datetime) -> None:
    office.clock.set(day)
    circ.send(office.led, reader_id=reader.id, carrier_id=doc.carriers[0].id)
    office.clock.set(day + timedelta(minutes=30))
    circ.return_carrier(office.led, carrier_id=doc.carriers[0].id, sign_via="app")


def _office_with_readers(office: Any) -> dict[str, Any]:
    everyone = NeedToKnow.everyone()
    a = office.register("关于甲项目的通知", need_to_know=everyone, doc_no="省保〔2026〕1号")
    b = office.register("关于乙项目的意见", need_to_know=everyone, doc_no="省保〔2026〕2号")
    zhang, liu = office.leaders[0], office.leaders[1]
    _read(office, a, zhang, datetime(2026, 3, 2, 1, 0, tzinfo=UTC))
    _read(office, a, office.outsider, datetime(2026, 6, 2, 1, 0, tzinfo=UTC))  # 财务处
    _read(office, b, liu, datetime(2026, 6, 3, 1, 0, tzinfo=UTC))
    office.clock.set(datetime(2026, 6, 4, 1, 0, tzinfo=UTC))
    for doc, who in ((a, liu), (b, office.outsider)):
        retention.issue_to(office.led, person_id=who.id, approver_person_id=zhang.id,
                           purpose="起草参考", carrier_id=doc.carriers[0].id)
    office.clock.set(datetime(2026, 11, 24, 1, 0, tzinfo=UTC))
    return {"a": a, "b": b, "zhang": zhang, "liu": liu}


def _names(sheets: list[Any]) -> list[tuple[str, str, str]]:
    return [(x.reg_no, k.name, k.way) for x in sheets for k in x.knowers]


def test_the_register_of_knowers_narrowed(office: Any) -> None:
    o = _office_with_readers(office)
    a, b, led = o["a"], o["b"], office.led
    everything = knowledge.register_of_knowers(led)
    assert len(_names(everything)) == 5
    by_doc = knowledge.register_of_knowers(led, filt=PeopleFilter(document="甲项目"))
    assert [x.reg_no for x in by_doc] == [a.reg_no] and len(by_doc[0].knowers) == 3
    assert [x.reg_no for x in knowledge.register_of_knowers(
        led, filt=PeopleFilter(document="〔2026〕2号"))] == [b.reg_no]
    by_person = knowledge.register_of_knowers(led, filt=PeopleFilter(person_id=o["liu"].id))
    assert _names(by_person) == [(a.reg_no, "刘副局长", "领用"), (b.reg_no, "刘副局长", "传阅")]
    by_dept = knowledge.register_of_knowers(led, filt=PeopleFilter(
        department_id=office.other_dept.id))
    assert {k for _r, k, _w in _names(by_dept)} == {"钱会计"}
    # the period is in local dates: 2 June 09:00 in Beijing
    june = knowledge.register_of_knowers(led, filt=PeopleFilter(
        date_from=date(2026, 6, 2), date_to=date(2026, 6, 3)))
    assert _names(june) == [(a.reg_no, "钱会计", "传阅"), (b.reg_no, "刘副局长", "传阅")]
    assert knowledge.register_of_knowers(led, filt=PeopleFilter(date_to=date(2026, 1, 1))) == []


def test_the_retention_register_narrowed(office: Any) -> None:
    o = _office_with_readers(office)
    led = office.led
    assert len(retention.retentions(led, limit=None)) == 2
    mine = retention.retentions(led, filt=PeopleFilter(department_id=office.other_dept.id))
    assert [(r.person, r.carrier.reg_no) for r in mine] == [("钱会计", o["b"].reg_no)]
    assert retention.retentions(led, filt=PeopleFilter(document="甲项目"))[0].person == "刘副局长"
    assert retention.retentions(led, filt=PeopleFilter(date_from=date(2026, 6, 5))) == []


def test_pdf_and_xlsx_hold_what_the_filter_shows(office: Any, tmp_path: Path) -> None:
    o = _office_with_readers(office)
    led = office.led
    f = PeopleFilter(person_id=o["liu"].id, date_from=date(2026, 1, 1))
    text = pdftotext(wf_print.print_knowledge_register(led, path=tmp_path / "k.pdf", filt=f))
    assert "人员：刘副局长" in text and "期间：2026年1月1日至今" in text
    assert "关于甲项目的通知" in text and "关于乙项目的意见" in text and "钱会计" not in text
    assert "知悉" in text and "2 人次" in text
    _n, digest = chain_digest(led)  # as the export sees the ledger
    wb = load_workbook(wf_print.export_knowledge_xlsx(led, path=tmp_path / "k.xlsx", filt=f))
    ws = wb.active
    rows = [[c for c in r if c is not None] for r in ws.iter_rows(values_only=True)]
    assert "人员：刘副局长" in rows[1][0]
    data = rows[3:-2]
    assert [r[4] for r in data] == ["刘副局长", "刘副局长"]
    assert rows[-2][:4] == ["文件", "2 件", "知悉", "2 人次"]  # the totals row
    assert rows[-1][0].startswith("打印：李机要") and digest[:12] in rows[-1][0]
    assert "打印：李机要" in ws.oddFooter.left.text and digest[:12] in ws.oddFooter.right.text

    dept = PeopleFilter(department_id=office.other_dept.id)
    text = pdftotext(wf_print.print_retention_register(led, path=tmp_path / "r.pdf", filt=dept))
    assert "部门：财务处" in text and "钱会计" in text and "刘副局长" not in text
    _n, digest = chain_digest(led)
    wb = load_workbook(wf_print.export_retention_xlsx(led, path=tmp_path / "r.xlsx", filt=dept))
    rows = [[c for c in r if c is not None] for r in wb.active.iter_rows(values_only=True)]
    assert rows[3][1] == "钱会计" and len(rows) == 6
    assert rows[-2] == ["合计", "1 件", "未交回", "1 件"] and digest[:12] in rows[-1][0]


def test_the_receipt_and_loan_registers_as_xlsx_carry_totals_and_the_footer(
        office: Any, tmp_path: Path) -> None:
    from secledger.services.registration.printing import export_register_xlsx
    from secledger.services.registration.registers import RegisterFilter

    _office_with_readers(office)
    led = office.led
    _n, digest = chain_digest(led)
    wb = load_workbook(export_register_xlsx(led, RegisterFilter(year=2026), tmp_path / "r.xlsx"))
    rows = [[c for c in r if c is not None] for r in wb.active.iter_rows(values_only=True)]
    assert rows[-2] == ["登记", "2 条", "载体", "2 份"]
    assert rows[-1][0].startswith("打印：李机要") and digest[:12] in rows[-1][0]
    _n, digest = chain_digest(led)
    wb = load_workbook(wf_print.export_loan_register_xlsx(led, path=tmp_path / "l.xlsx"))
    rows = [[c for c in r if c is not None] for r in wb.active.iter_rows(values_only=True)]
    assert rows[-2][0] == "合计" and digest[:12] in rows[-1][0]
