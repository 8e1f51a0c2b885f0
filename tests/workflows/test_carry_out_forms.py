"""Printed 携带外出审批单 and 携带外出登记簿 (pdftotext gives back the Chinese; output events)."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from secledger.services.approvals import requests as approvals
from secledger.services.custody import carry_out
from secledger.services.custody import carry_out_print as cp
from secledger.services.custody.carry_out import CarryOutInput
from secledger.store.models.events import Event

from .conftest import assert_verified
from .custody_helpers import pages, pdftotext
from .test_carry_out import TODAY

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")


def _carried(office: Any) -> Any:
    doc = office.register("关于重大项目布局的请示", mark="绝密★30年", copies=2)
    req = carry_out.request_carry_out(office.led, CarryOutInput(
        person_ids=(office.leaders[1].id, office.leaders[2].id),
        carrier_ids=tuple(c.id for c in doc.carriers), destination="省委办公厅",
        purpose="向省委汇报", out_on=TODAY, back_on=TODAY + timedelta(days=1),
        measures="密码包加锁，两人同行，全程不离身"))
    led = office.as_approver()
    approvals.decide(led, approval_id=req.approval.id, approve=True, reason="同意")
    office.as_clerk()
    carry_out.issue_carry_out(office.led, carry_out_id=req.id)
    carry_out.carry_back(office.led, carrier_id=doc.carriers[0].id)
    return req


def _last_kind(led: Any) -> str:
    with led.db.read() as s:
        return s.execute(select(Event.kind).order_by(Event.id.desc()).limit(1)).scalar_one()


def test_carry_out_form(office: Any, tmp_path: Path) -> None:
    req = _carried(office)
    assert cp.form_level(office.led, req.id).label == "绝密"
    out = cp.print_carry_out_form(office.led, req.id, tmp_path / "form.pdf")
    text = pdftotext(out)
    for needle in ("某某市保密局", "涉密载体携带外出审批单", "携2026-00001", "刘副局长（核心）",
                   "陈副局长（核心）", "省委办公厅", "向省委汇报", "密码包加锁", "涉外活动",
                   "关于重大项目布局的请示", "绝密★30年", "000001", "同意", "张局长",
                   "携带人（签字）", "审批人（签字）", "经办人（签字）", "第 1 页 共 1 页", "李机要",
                   "两名以上核心涉密人员"):
        assert needle in text, needle
    assert text.count("携带人（签字）") == 2
    assert _last_kind(office.led) == "report.printed"
    assert_verified(office.led)


def test_carry_out_register_pdf_and_xlsx(office: Any, tmp_path: Path) -> None:
    req = _carried(office)
    out = cp.print_carry_out_register(office.led, tmp_path / "reg.pdf")
    text = pdftotext(out)
    for needle in ("涉密载体携带外出登记簿", "携带外出号", "携2026-00001", "刘副局长",
                   "省委办公厅", "外出次数", "未带回", "第 1 页 共 1 页", "绝密"):
        assert needle in text, needle
    assert pages(out) == 1
    xlsx = cp.export_carry_out_register_xlsx(office.led, tmp_path / "reg.xlsx")
    cells = [c.value for row in load_workbook(xlsx).active.iter_rows() for c in row]
    assert req.reg_no in cells and "省委办公厅" in cells
    assert cp.register_level(office.led).label == "绝密"
    assert_verified(office.led)
