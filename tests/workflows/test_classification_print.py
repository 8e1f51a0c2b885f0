"""The classification forms as printed: 国家秘密事项定密审批表, 定（解）密工作情况登记簿 (PDF and
XLSX, by year) and 密级变更（解密）通知 — pdftotext gives back the Chinese, the pages are
counted and numbered, every print is an output event of the level it names; the 知悉人员
register shows the notices each person received."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from tests.workflows.classification_helpers import approve, designate, own, propose, sql

from secledger.domain.classification import DecisionKind
from secledger.domain.marks import parse_mark
from secledger.services.classification import notices, printing, read
from secledger.services.classification.worklists import Worklist
from secledger.services.custody import circulation
from secledger.services.custody import printing as wf_print

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return int(next(x for x in info.stdout.splitlines() if x.startswith("Pages:")).split()[1])


def _last_output(o: Any) -> tuple[str, str]:
    kind, payload = sql(o.led, "SELECT kind, payload FROM events ORDER BY id DESC LIMIT 1")[0]
    return kind, payload


def test_approval_form_before_and_after_the_decision(office: Any, tmp_path: Path) -> None:
    o = office
    designate(o)
    doc = own(o, "关于年度保密检查的通知", mark="秘密★5年")
    p = propose(o, doc.id, mark=parse_mark("机密★10年"))
    blank = _text(printing.print_approval_form(o.led, p.id, tmp_path / "a.pdf"))
    for s in ["国家秘密事项定密审批表", "编号：定审2026-00001", "某某市保密局", "关于年度保密检查的通知",
              "某保〔2026〕7号", "拟定密级及期限", "机密★10年", "知悉范围", "陈副局长",
              "定密依据", "保密事项范围：本机关保密事项范围第三条第（二）项", "2026年12月4日前",
              "承办人意见", "承办人：赵科员", "定密责任人审批", "承办人（签字）",
              "定密责任人（签字）", "日期：", "第 1 页 共 1 页", "台账校验", "打印：李机要"]:
        assert s in blank, s
    assert blank.lstrip().startswith("机密")  # marked with the level it names
    kind, payload = _last_output(o)
    assert kind == "report.printed" and '"level":"secret"' in payload
    assert printing.approval_form_level(o.led, p.id).value == "secret"  # type: ignore[union-attr]
    approve(o, p)
    done = _text(printing.print_approval_form(o.led, p.id, tmp_path / "b.pdf"))
    assert "同意" in done and "定密责任人：张局长" in done and "系统内审批" in done


def test_declassification_form_and_notice_with_signing_lines(office: Any,
                                                            tmp_path: Path) -> None:
    o = office
    designate(o)
    doc = own(o, "关于保密技术检查工作安排的通知", mark="秘密★5年", copies=2)
    p = propose(o, doc.id, DecisionKind.DECLASSIFY, opinion="相关工作已公开部署")
    form = _text(printing.print_approval_form(o.led, p.id, tmp_path / "p.pdf"))
    assert "国家秘密事项解密审批表" in form and "提前解密" in form and "相关工作已公开部署" in form
    approve(o, p)
    d = read.get_decision(o.led, read.get_proposal(o.led, p.id).decision_id or 0)
    assert d.notice_id is not None
    first = read.page(o.led, Worklist.ACKNOWLEDGE)[0]
    notices.acknowledge(o.led, recipient_ids=[first.id], signed_on=date(2026, 11, 24))
    path = printing.print_notice(o.led, d.notice_id, tmp_path / "n.pdf")
    text = _text(path)
    for s in ["密级变更（解密）通知", "编号：密通2026-00001", "决定类别：解密", "各有关人员",
              "经某某市保密局定密责任人张局长决定", f"决定文号：{d.decision_no}", "予以解密",
              "原密级标志", "秘密★5年", "新密级标志", "决定机关", "生效日期",
              "2026年11月24日", "签收（共 2 人）", "姓名", "通知原因", "持有载体（份号）",
              "签收（签字）", "签收日期", "李机要", "000001、000002", "陈副局长", "知悉范围",
              "已签收（已登记）", "通知经办人（签字）", "第 1 页 共 1 页"]:
        assert s in text, s
    assert _pages(path) == 1
    assert printing.notice_level(o.led, d.notice_id).value == "confidential"  # type: ignore[union-attr]


def test_register_by_year_in_pdf_and_xlsx(office: Any, tmp_path: Path) -> None:
    o = office
    designate(o)
    docs = [own(o, f"第{i}号内部文件", mark="秘密★5年") for i in range(1, 41)]
    for doc in docs:
        approve(o, propose(o, doc.id, DecisionKind.CHANGE, mark=parse_mark("秘密★3年")))
    pdf = printing.print_register(o.led, tmp_path / "r.pdf", year=2026)
    pages = _pages(pdf)
    text = _text(pdf)
    assert pages >= 2 and f"第 {pages} 页 共 {pages} 页" in text
    for s in ["定（解）密工作情况登记簿", "2026年度", "原密级及期限", "新密级及期限",
              "决定文号", "载体形式", "分发范围", "决定人", "第1号内部文件", "第40号内部文件",
              "秘密★3年", "定决2026-00040", "纸质", "变更", "合计", "40 项", "张局长",
              "登记人（签字）"]:
        assert s in text, s
    assert "第1号内部文件" not in _text(printing.print_register(o.led, tmp_path / "e.pdf",
                                                              year=2025))
    ws = load_workbook(printing.export_register_xlsx(o.led, tmp_path / "r.xlsx", year=2026)).active
    values = [c.value for row in ws.iter_rows() for c in row]
    assert "定（解）密工作情况登记簿" in str(values[0]) and "决定文号" in values
    assert "第40号内部文件" in values and "定决2026-00040" in values
    assert printing.register_level(o.led, 2026).value == "confidential"  # type: ignore[union-attr]
    assert printing.register_level(o.led, 2025) is None


def test_knowledge_register_shows_the_notices_each_person_received(office: Any,
                                                                  tmp_path: Path) -> None:
    o = office
    designate(o)
    doc = own(o, "机密内部文件", mark="机密★10年", copies=1)
    circulation.send(o.led, carrier_id=doc.carriers[0].id, reader_id=o.leaders[2].id)
    circulation.return_carrier(o.led, carrier_id=doc.carriers[0].id)
    approve(o, propose(o, doc.id, DecisionKind.CHANGE, mark=parse_mark("机密★5年")))
    text = _text(wf_print.print_knowledge_register(o.led, path=tmp_path / "k.pdf"))
    for s in ["变更（解密）通知", "陈副局长", "密通2026-00001（未签收）"]:
        assert s in text, s
    row = read.page(o.led, Worklist.ACKNOWLEDGE)
    notices.acknowledge(o.led, recipient_ids=[r.id for r in row], signed_on=date(2026, 11, 24))
    ws = load_workbook(wf_print.export_knowledge_xlsx(o.led, path=tmp_path / "k.xlsx")).active
    values = [c.value for r in ws.iter_rows() for c in r]
    assert "密通2026-00001（已签收 2026-11-24）" in values


def test_what_the_approver_sees_of_a_proposal(office: Any) -> None:
    from secledger.services.classification.approval_view import proposal_view

    o = office
    designate(o)
    doc = own(o, "关于年度保密检查的通知", mark="秘密★5年", copies=2)
    p = propose(o, doc.id, mark=parse_mark("机密★10年"))
    v = proposal_view(o.led, p.id)
    facts = dict(v.facts)
    assert (v.number, v.proposer, v.form) == ("定审2026-00001", "赵科员", "classification")
    assert v.carrier_ids == tuple(c.id for c in doc.carriers)
    assert facts["kind"] == "定密" and facts["mark_now"] == "秘密★5年"
    assert facts["proposed"] == "机密★10年" and facts["level_needed"] == "机密"
    assert facts["scope"] == "陈副局长" and "第三条" in facts["basis"]
    assert (facts["due"], facts["days_left"]) == ("2026-12-04", "10")
