"""携带外出审批单 (to be signed) and 携带外出登记簿 (PDF + XLSX), FORMS.md. Plain data in: any
object with the attributes of a carry-out (see ``services.custody.carry_out_read.CarryOutDTO``),
its times already local."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from secledger.domain.enums import Classification
from secledger.reports.custody.rows import form_mark
from secledger.reports.disposal.copying import _decision as decision_text
from secledger.reports.disposal.copying import _opinions as opinion_boxes
from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import Column, RowData
from secledger.reports.kit.longtable import LongTable
from secledger.reports.kit.pdf import FormDocument, FormMeta, kv_block, paragraph, signature_block
from secledger.reports.kit.xlsx import write_table_xlsx
from secledger.reports.registration.register import render_register_pdf

CARRY_RULES = ("携带涉密载体外出须经审批，采取保护措施，使涉密载体始终处于携带人的有效控制之下；"
               "绝密级载体须经保密办负责人或单位领导批准，由两名以上核心涉密人员共同携带，"
               "不得携带参加涉外活动或出境。按期带回，经办人扫描确认带回。")
ITEM_COLUMNS = [Column("序号", 4, "int", "CENTER"), Column("登记号", 12), Column("标题", 32),
                Column("密级标志", 13), Column("份号", 7, align="CENTER"),
                Column("带回", 12, "datetime")]


def _yes(flag: bool) -> str:
    return "是" if flag else "否"


def _back(item: Any) -> Any:
    """When the carrier came back, or 遗失 when it was reported lost while out."""
    if item.returned_at is None and getattr(item, "lost_at", None) is not None:
        return "遗失"
    return item.returned_at


def _people(r: Any) -> str:
    return "、".join(f"{p.name}（{p.clearance}）" for p in r.people)


def _signers(r: Any) -> list[str]:
    """Every bearer signs (two or more for 绝密), then the approver and the clerk."""
    return ["携带人"] * max(1, len(r.people)) + ["审批人", "经办人"]


def render_carry_out_form(path: str | Path, meta: FormMeta, r: Any,
                          progress: Progress | None = None) -> Path:
    """携带外出审批单 of one carry-out; the issue and return filled in when known."""
    level = Classification(r.level) if r.level else None
    meta = replace(meta, title=meta.title or "涉密载体携带外出审批单", form_no=r.reg_no,
                   mark=meta.mark or (level.label if level and level.is_state_secret else ""))
    doc = FormDocument(meta, progress=progress, total=len(r.items))
    w = doc.frame_width
    doc.add(kv_block([
        ("携带人*", _people(r)), ("部门", r.department), ("申请时间", r.requested_at),
        ("目的地", r.destination), ("涉外活动", _yes(r.foreign_affairs)),
        ("外出日期", r.out_on), ("应回日期", r.back_on),
        ("出境", _yes(r.abroad)), ("申请人", r.requested_by),
        ("事由*", r.purpose), ("保护措施*", r.measures),
    ], w))
    doc.add(Spacer(1, 3 * mm), paragraph("携带载体", 11), Spacer(1, 1 * mm))
    rows = [RowData([i, x.carrier.reg_no, x.carrier.title, x.carrier.mark,
                     x.carrier.copy_no_text, _back(x)]) for i, x in enumerate(r.items, 1)]
    doc.add(LongTable(ITEM_COLUMNS, rows, font_size=9.5), Spacer(1, 3 * mm))
    doc.add(opinion_boxes(w, [("审批意见", decision_text(r))]))
    doc.add(kv_block([("外出时间", r.issued_at), ("经办人", r.issued_by or None),
                      ("实回时间", r.returned_at), ("状态", r.status_label)], w))
    doc.add(Spacer(1, 2 * mm), paragraph(CARRY_RULES, 9.5))
    doc.add(signature_block(_signers(r), w, per_row=2))
    return doc.build(path)


REGISTER_COLUMNS = [
    Column("携带外出号", 13), Column("携带人", 12), Column("部门", 8), Column("载体", 25),
    Column("密级", 5, align="CENTER"), Column("目的地", 12), Column("事由", 13),
    Column("涉外", 5, align="CENTER"), Column("外出", 11, "datetime"),
    Column("应回", 11, "datetime"), Column("实回", 11, "datetime"), Column("审批人", 7),
    Column("保护措施", 15),
]


def register_values(r: Any) -> list[Any]:
    a = r.approval
    carriers = "；".join(f"{i.carrier.reg_no}/{i.carrier.copy_no_text}《{i.carrier.title}》"
                        for i in r.items)
    level = Classification(r.level).label if r.level else ""
    flags = _yes(r.foreign_affairs) + ("（出境）" if r.abroad else "")
    return [r.reg_no, r.people_text, r.department, carriers, level, r.destination, r.purpose,
            flags, r.issued_at, r.due_at, r.returned_at, a.decided_by if a is not None else "",
            r.measures]


def _marks(rows: Sequence[Any]) -> str:
    return form_mark([i.carrier for r in rows for i in r.items])


def render_carry_out_register_pdf(path: str | Path, meta: FormMeta, rows: Sequence[Any],
                                  progress: Progress | None = None) -> Path:
    meta = replace(meta, title=meta.title or "涉密载体携带外出登记簿", landscape=True,
                   mark=meta.mark or _marks(rows))
    carriers = sum(len(r.items) for r in rows)
    out = sum(1 for r in rows if r.returned_at is None)
    return render_register_pdf(path, meta, REGISTER_COLUMNS,
                               [RowData(register_values(r)) for r in rows],
                               totals=[("外出次数", f"{len(rows)} 次"), ("载体", f"{carriers} 件"),
                                       ("未带回", f"{out} 次")],
                               progress=progress)


def carry_out_register_xlsx(path: str | Path, *, unit_name: str, period: str,
                            rows: Sequence[Any], mark: str = "") -> Path:
    return write_table_xlsx(path, title="涉密载体携带外出登记簿", unit_name=unit_name,
                            period=period, columns=REGISTER_COLUMNS,
                            rows=[register_values(r) for r in rows], mark=mark or _marks(rows))
