"""Form blocks for approval forms: label/value grid, totals and signatures on a FormDocument."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from secledger.reports.kit.columns import Column, RowData
from secledger.reports.kit.pdf import FormDocument, kv_block, paragraph
from secledger.reports.registration.register import register_flowables

from .report_helpers import meta, needs_poppler, page_count, pdftotext

pytestmark = needs_poppler


def test_approval_form_with_kv_grid_list_totals_and_signatures(tmp_path: Path) -> None:
    doc = FormDocument(meta(title="借阅审批单", form_no="JY-2026-0012", landscape=False, mark="机密"))
    w = doc.frame_width
    doc.add(
        kv_block([("借阅人", "赵六"), ("部门", "综合处"), ("借阅目的*", "起草年度总结 & 参阅<附件>"),
                  ("审批意见*", None), ("借出时间", None), ("归还时间", None)], w),
        Spacer(1, 4 * mm),
        paragraph("借阅载体："),
        *register_flowables(
            doc, [Column("序号", 4, "int"), Column("登记号", 10), Column("标题", 30)],
            [RowData([1, "SW-2026-0012", "关于做好保密自查自评工作的通知"])],
            totals=[("合计", "1 件")], signatures=["借阅人", "审批人", "档案员"],
        ),
    )
    path = doc.build(tmp_path / "jy.pdf")
    assert page_count(path) == 1
    flat = "".join(pdftotext(path).split())
    for part in ("机密", "借阅审批单", "编号：JY-2026-0012", "借阅人赵六", "部门综合处",
                 "起草年度总结&参阅<附件>", "审批意见", "SW-2026-0012", "合计1件",
                 "借阅人（签字）", "审批人（签字）", "档案员（签字）", "日期：", "第1页共1页"):
        assert part in flat, part
