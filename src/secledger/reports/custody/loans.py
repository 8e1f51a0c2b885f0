"""借阅审批单 (to be signed) and 借阅登记簿 (PDF + XLSX columns). Plain data in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import Column, RowData
from secledger.reports.kit.fonts import CJK
from secledger.reports.kit.longtable import LongTable
from secledger.reports.kit.pdf import (
    FormDocument,
    FormMeta,
    kv_block,
    paragraph,
    signature_block,
    style,
)

LOAN_RULES = ("借阅涉密载体须经审批；在阅览室查阅，不得摘抄、复制、拍照；确需外借的须经批准，"
              "妥善保管，不得转借，按期归还。")


@dataclass(frozen=True)
class LoanFormItem:
    reg_no: str
    title: str
    mark: str
    copy_no: str
    location: str = ""


@dataclass(frozen=True)
class LoanFormData:
    loan_no: str
    borrower: str
    department: str
    clearance: str
    purpose: str
    mode: str  # 阅览室查阅 / 外借
    requested_at: datetime
    due_text: str  # 2026年12月1日 17:30, or the rule when not yet fixed
    items: Sequence[LoanFormItem] = field(default_factory=tuple)
    decision: str = ""  # "" → blank for the approver to write
    approver: str = ""
    decided: str = ""  # date / via / form number
    issued_at: datetime | None = None
    returned_at: datetime | None = None


ITEM_COLUMNS = [Column("序号", 4, "int", "CENTER"), Column("登记号", 12), Column("标题", 30),
                Column("密级", 12), Column("份号", 7, align="CENTER"), Column("存放位置", 12)]


def render_loan_form(path: str | Path, meta: FormMeta, form: LoanFormData,
                     progress: Progress | None = None) -> Path:
    """借阅审批单 with the signatures of borrower, approver and archivist."""
    doc = FormDocument(meta, progress=progress, total=len(form.items))
    w = doc.frame_width
    doc.add(kv_block([
        ("借阅人", form.borrower), ("部门", form.department), ("涉密等级", form.clearance),
        ("申请时间", form.requested_at), ("借阅目的*", form.purpose), ("方式", form.mode),
        ("借阅期限", form.due_text or None),
    ], w))
    doc.add(Spacer(1, 3 * mm), paragraph("借阅载体", 11), Spacer(1, 1 * mm))
    rows = [RowData([i, x.reg_no, x.title, x.mark, x.copy_no, x.location])
            for i, x in enumerate(form.items, 1)]
    doc.add(LongTable(ITEM_COLUMNS, rows, font_size=9.5), Spacer(1, 3 * mm))
    decision = "\n".join(p for p in (form.decision, form.approver, form.decided) if p)
    doc.add(_opinion_box(decision, w), kv_block([("借出时间", form.issued_at),
                                                 ("归还时间", form.returned_at)], w))
    doc.add(Spacer(1, 2 * mm), paragraph(LOAN_RULES, 10))
    doc.add(signature_block(["借阅人", "审批人", "档案员"], w, per_row=1))
    return doc.build(path)


def _opinion_box(text: str, width: float) -> Table:
    """审批意见: a tall box for the approver's hand, or the decision recorded."""
    body = Paragraph(escape(text).replace("\n", "<br/>"), style(10.5, leading=15))
    t = Table([["审批意见", body]], colWidths=[width * 0.16, width * 0.84],
              rowHeights=[26 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), CJK, 10.5, 14),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (0, 0), colors.Color(0.93, 0.93, 0.93)),
        ("ALIGN", (0, 0), (0, 0), "CENTER"),
        ("VALIGN", (0, 0), (0, 0), "MIDDLE"),
        ("VALIGN", (1, 0), (1, 0), "TOP"),
    ]))
    return t


LOAN_REGISTER_COLUMNS = [
    Column("借阅号", 11), Column("借阅人", 9), Column("部门", 9), Column("载体", 28),
    Column("密级", 10), Column("方式", 8, align="CENTER"), Column("借出", 12, "datetime"),
    Column("应还", 12, "datetime"), Column("实还", 12, "datetime"), Column("审批人", 10),
    Column("备注", 12),
]


def loan_register_row(*, loan_no: str, borrower: str, department: str, carrier: str,
                      mark: str, mode: str, issued: datetime | None, due: datetime | None,
                      returned: datetime | None, approver: str, remarks: str) -> list[object]:
    return [loan_no, borrower, department, carrier, mark, mode, issued, due, returned,
            approver, remarks]
