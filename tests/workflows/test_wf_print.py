"""Printed forms of issue 5: pdftotext gives back the Chinese headings, rows and digest."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from secledger.services.approvals import requests as approvals
from secledger.services.audit.output_log import KINDS
from secledger.services.audit.verify import chain_digest
from secledger.services.custody import archive, circulation, loans, retention
from secledger.services.custody import printing as wf_print
from secledger.store.models.events import Event

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def _digest(led: Any) -> str:
    """The digest the last form printed carries: the chain head just before the form's own
    ``report.printed`` event (which is appended once the file is written)."""
    n, h = chain_digest(led)
    with led.db.read() as s:
        last = s.execute(select(Event).order_by(Event.id.desc()).limit(1)).scalar_one()
        if last.kind in KINDS:
            prev = s.get(Event, last.id - 1)
            assert last.prev_hash == prev.hash
            n, h = prev.id, prev.hash
    return f"#{n} {h[:12]}"


def test_circulation_slip(office: Any, tmp_path: Path) -> None:
    led = office.led
    doc = office.register("关于某重大事项的请示", mark="绝密★长期")
    c = doc.carriers[0]
    circulation.plan_circulation(led, carrier_id=c.id, reader_ids=[p.id for p in office.leaders],
                                 note="请局领导阅示")
    circulation.send_next(led, carrier_id=c.id)
    office.clock.set(office.clock.t + timedelta(hours=1))
    circulation.return_carrier(led, carrier_id=c.id, sign_via="app", comment="同意")
    circulation.send_next(led, carrier_id=c.id)
    pdf = wf_print.print_circulation_slip(led, carrier_id=c.id, path=tmp_path / "slip.pdf")
    text = _text(pdf)
    for s in ["文件传阅单", "某某市保密局", "绝密★长期", "关于某重大事项的请示", "省保〔2026〕12号",
              "000001", "请局领导阅示", "张局长", "刘副局长", "陈副局长", "送阅时间", "退回时间",
              "签名", "批示/意见", "当日17:30前退回", "不得横传", "系统内确认", "同意",
              "第 1 页 共 1 页", _digest(led)]:
        assert s in text, s


def test_loan_form_and_register(office: Any, tmp_path: Path) -> None:
    led = office.led
    doc = office.register("2025年度档案材料", mark="机密★20年")
    archive.archive_carrier(led, carrier_id=doc.carriers[0].id, cabinet="3号柜", box="第12盒")
    loan = loans.request_loan(led, borrower_id=office.leaders[1].id,
                              carrier_ids=[doc.carriers[0].id], purpose="起草年度总结")
    blank = _text(wf_print.print_loan_form(led, loan_id=loan.id, path=tmp_path / "a.pdf"))
    for s in ["借阅审批单", "借2026-00001", "刘副局长", "办公室", "核心", "起草年度总结",
              "阅览室查阅", "3号柜/第12盒", "借阅人（签字）", "审批人（签字）", "档案员（签字）",
              "不得摘抄", _digest(led)]:
        assert s in blank, s
    assert loan.approval is not None
    approvals.record_paper_decision(led, approval_id=loan.approval.id,
                                    approver_person_id=office.approver_person.id, approve=True,
                                    decided_on=date(2026, 11, 24), form_no="借审-9")
    loans.issue_loan(led, loan_id=loan.id)
    filled = _text(wf_print.print_loan_form(led, loan_id=loan.id, path=tmp_path / "b.pdf"))
    assert "已批准" in filled and "张局长" in filled and "借审-9" in filled
    reg = _text(wf_print.print_loan_register(led, path=tmp_path / "r.pdf"))
    for s in ["借阅登记簿", "借阅号", "应还", "实还", "审批人", "借2026-00001", "机密★20年",
              "张局长"]:
        assert s in reg, s
    x = wf_print.export_loan_register_xlsx(led, path=tmp_path / "r.xlsx")
    ws = load_workbook(x).active
    values = [c.value for row in ws.iter_rows() for c in row]
    assert "借2026-00001" in values and "借阅人" in values


def test_knowledge_and_retention_registers(office: Any, tmp_path: Path) -> None:
    led = office.led
    doc = office.register("机密通知", mark="机密★10年", copies=2)
    circulation.send(led, carrier_id=doc.carriers[0].id, reader_id=office.leaders[0].id)
    retention.issue_to(led, carrier_id=doc.carriers[1].id, person_id=office.leaders[2].id,
                       approver_person_id=office.approver_person.id, purpose="起草材料")
    text = _text(wf_print.print_knowledge_register(led, path=tmp_path / "k.pdf"))
    for s in ["知悉人员登记表", "机密通知", "机密★10年", "张局长", "陈副局长", "传阅", "领用",
              "知悉方式", "000001、000002", "2026年11月24日 09:00", _digest(led)]:
        assert s in text, s
    ws = load_workbook(wf_print.export_knowledge_xlsx(led, path=tmp_path / "k.xlsx")).active
    assert "陈副局长" in [c.value for row in ws.iter_rows() for c in row]
    ret = _text(wf_print.print_retention_register(led, path=tmp_path / "ret.pdf"))
    for s in ["个人留存（领用）登记簿", "陈副局长", "起草材料", "张局长", "未交回", "应交回"]:
        assert s in ret, s
