"""Printed issue-7 forms: 移交清单, 移交登记簿, 清退清单, 清查盘点报告, 遗失报告 (pdftotext)."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from secledger.domain.custody import HandoverReason
from secledger.domain.states import Action
from secledger.services.audit.output_log import KINDS
from secledger.services.audit.verify import chain_digest
from secledger.services.custody import handover, loss, recall, stocktake
from secledger.services.custody import printing_records as cp
from secledger.store.models.events import Event

from .conftest import START
from .custody_helpers import move, pages, pdftotext, register

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")


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


def test_handover_list_and_register(office: Any, tmp_path: Path) -> None:
    led, boss = office.led, office.leaders[0].id
    docs = [register(led, f"关于第{i}季度保密检查情况的通报", mark=m, copies=2)
            for i, m in enumerate(["绝密★长期", "机密★10年", "秘密★5年"] * 10, start=1)]
    for d in docs:
        for c in d.carriers:
            move(led, c.id, Action.ISSUE_TO, boss)
    h = handover.confirm_handover(led, giver_id=boss, receiver_id=office.leaders[1].id,
                                  witness_id=office.leaders[2].id,
                                  reason=HandoverReason.RETIREMENT, note="退休离岗")
    pdf = cp.print_handover(led, h.id, tmp_path / "移交清单.pdf")
    text = pdftotext(pdf)
    for s in ["涉密载体移交清单", "移2026-00001", "退休", "张局长", "刘副局长", "陈副局长",
              "登记号", "状态/位置", "关于第1季度保密检查情况的通报", "000002", "合计", "60 件",
              "绝密", "20 件", "移交人（签字）", "接收人（签字）", "监交人（签字）",
              "某某市保密局", "2026年11月24日"]:
        assert s in text, s
    n = pages(pdf)
    assert n >= 2 and f"第 {n} 页 共 {n} 页" in text and _digest(led) in text
    assert text.lstrip().startswith("绝密")  # the list is marked with its highest level
    xlsx = cp.export_handover_xlsx(led, h.id, tmp_path / "移交清单.xlsx")
    ws = load_workbook(xlsx).active
    assert ws.max_row == 3 + 60 and ws.cell(4, 4).value == "关于第1季度保密检查情况的通报"
    reg = pdftotext(cp.print_handover_register(led, tmp_path / "登记簿.pdf", year=2026))
    assert "移交登记簿" in reg and "移2026-00001" in reg and "退休离岗" in reg
    cp.export_handover_register_xlsx(led, tmp_path / "登记簿.xlsx", year=2026)


def test_recall_list_and_return(office: Any, tmp_path: Path) -> None:
    led = office.led
    doc = register(led, "2025年度工作要点", copies=3, recall_required=True,
                   unit="省委办公厅", doc_no="省委办发〔2025〕1号")
    rows = recall.recall_list(led, issuer="省委办公厅")
    text = pdftotext(cp.print_recall_list(led, tmp_path / "清退清单.pdf", unit="省委办公厅",
                                          items=rows))
    for s in ["涉密载体清退清单", "退往单位", "省委办公厅", "省委办发〔2025〕1号",
              "2025年度工作要点", "000003", "3 件", "清退人（签字）", "接收单位经手人（签字）"]:
        assert s in text, s
    ret = recall.record_return(led, recall.ReturnInput(
        carrier_ids=tuple(c.id for c in doc.carriers), unit="省委办公厅", receipt_no="回执-77",
        returned_on=date(2026, 11, 24), unit_handler="孙秘书"))
    text = pdftotext(cp.print_return(led, ret.id, tmp_path / "清退.pdf"))
    assert "退2026-00001" in text and "回执-77" in text and "孙秘书" in text
    assert _digest(led) in text
    cp.export_recall_xlsx(led, tmp_path / "清退.xlsx", unit="省委办公厅", items=rows)


def test_stocktake_report(office: Any, tmp_path: Path) -> None:
    led = office.led
    doc = register(led, "档案柜A的文件", copies=4)
    stray = register(led, "柜B的文件")
    for c in doc.carriers:
        move(led, c.id, Action.ARCHIVE, office.clerk_person_id, location="档案柜A")
    move(led, stray.carriers[0].id, Action.ARCHIVE, office.clerk_person_id, location="档案柜B")
    st = stocktake.start_stocktake(led, scope=stocktake.Scope(location="档案柜A"),
                                   checkers=["李机要", "赵科员"], leader="张局长")
    stocktake.scan(led, st.id, doc.carriers[0].label_id)
    stocktake.scan(led, st.id, doc.carriers[1].label_id, holder_id=office.leaders[1].id)
    stocktake.scan(led, st.id, stray.carriers[0].label_id)
    stocktake.scan(led, st.id, "CNOTINLEDGER")
    stocktake.finish_stocktake(led, st.id)
    text = pdftotext(cp.print_stocktake(led, st.id, tmp_path / "盘点.pdf"))
    for s in ["清查盘点报告", "盘2026-00001", "存放位置：档案柜A", "应在", "已核", "缺失", "账外",
              "位置/保管人不符", "缺失载体（应在未见）（2 件）", "CNOTINLEDGER", "台账中无此标签",
              "档案柜B", "刘副局长", "盘点人（签字）", "负责人（签字）", "李机要、赵科员"]:
        assert s in text, s
    assert text.count("盘点人（签字）") == 2
    only = pdftotext(cp.print_stocktake(led, st.id, tmp_path / "缺失.pdf", groups=["missing"]))
    assert "清查盘点 · 缺失载体（应在未见）" in only and "账外载体" not in only
    xlsx = cp.export_stocktake_xlsx(led, st.id, tmp_path / "缺失.xlsx", group="missing")
    assert load_workbook(xlsx).active.max_row == 3 + 2


def test_loss_report_shows_the_deadline(office: Any, tmp_path: Path) -> None:
    led = office.led
    doc = register(led, "某工程绝密报告", mark="绝密★长期")
    rep = loss.report_loss(led, loss.LossInput(
        carrier_ids=(doc.carriers[0].id,), discovered_at=START - timedelta(hours=1),
        reporter_id=office.leaders[0].id, circumstances="出差途中公文包遗失",
        measures="已报警并组织查找"))
    text = pdftotext(cp.print_loss(led, rep.id, tmp_path / "遗失报告.pdf"))
    # discovered 08:00 Beijing time: due upstream by 08:00 the next day
    for s in ["涉密载体遗失报告", "失2026-00001", "24小时", "2026年11月25日 08:00", "绝密",
              "出差途中公文包遗失", "已报警并组织查找", "张局长", "尚未上报", "未找回",
              "报告人（签字）", "负责人（签字）", "某工程绝密报告"]:
        assert s in text, s
    assert _digest(led) in text
