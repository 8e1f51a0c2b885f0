"""会议文件发放回收登记表 and 文件目录单 (FORMS.md), PDF from plain meeting data.

The 登记表 lists every copy issued at the meeting (文件编号, 标题, 密级, 份号, 领取人, the
signatures to be written by hand, 收回时间, 未收回说明), then, while the meeting is open, the
copies not yet issued as blank rows to be filled in at the door. The 文件目录单 lists what one
attendee keeps after the meeting, as 领用, with the date each is due back.

Plain data in: *m* has the attributes of ``services.custody.meetings_read.MeetingDTO``;
issued rows those of ``IssueDTO``; blank rows ``(unified_no, title, level_label, copy_no)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from secledger.domain.meetings import RULES
from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import Column, RowData
from secledger.reports.kit.pdf import FormDocument, FormMeta, kv_block, paragraph, signature_block
from secledger.reports.registration.register import register_flowables

ISSUE_COLUMNS = [
    Column("序号", 4, "int", "CENTER"), Column("文件编号", 13), Column("标题", 21),
    Column("密级", 5, align="CENTER"), Column("份号", 7, align="CENTER"),
    Column("领取人", 8), Column("领取时间", 11), Column("领取签字", 9),
    Column("收回时间", 11), Column("收回签字", 9), Column("未收回说明", 20),
]
KEPT_COLUMNS = [
    Column("序号", 5, "int", "CENTER"), Column("文件编号", 15), Column("登记号", 12),
    Column("标题", 24), Column("密级标志", 13), Column("份号", 7, align="CENTER"),
    Column("应交回日期", 15, align="CENTER"),
]
Blank = tuple[str, str, str, str]


def _when(moment: datetime | None) -> str:
    """``11-24 09:05``: the meeting's dates are in the header."""
    return f"{moment:%m-%d %H:%M}" if moment is not None else ""


def _outcome(x: Any) -> str:
    if x.collected_at is not None:
        return ""
    if x.retention_id is not None:
        due = x.due_at.date().isoformat() if x.due_at else ""
        return f"留存（领用，{due}前交回）"
    return x.note or "未收回"


def issue_values(n: int, x: Any) -> list[Any]:
    c = x.carrier
    return [n, x.unified_no, c.title, c.level_label, c.copy_no_text, x.person,
            _when(x.issued_at), "", _when(x.collected_at), "", _outcome(x)]


def _header(m: Any, width: float) -> Any:
    return kv_block([
        ("会议名称*", m.name), ("会议编号", m.meeting_no), ("会议时间", m.dates_text),
        ("会议地点", m.place), ("主办部门", m.host_department), ("最高密级", m.level_label),
        ("参会人数", f"{len(m.attendees)} 人"), ("状态", m.status_label),
    ], width, columns=3)


def render_issue_register(path: str | Path, meta: FormMeta, m: Any, issued: Sequence[Any],
                          blanks: Sequence[Blank] = (), *,
                          progress: Progress | None = None) -> Path:
    """会议文件发放回收登记表 of meeting *m*."""
    meta = replace(meta, title=meta.title or "会议文件发放回收登记表", form_no=m.meeting_no,
                   landscape=True, mark=meta.mark or m.level_label)
    rows = [RowData(issue_values(i, x)) for i, x in enumerate(issued, 1)]
    start = len(rows) + 1
    rows += [RowData([start + i, no, title, level, copy_no, "", "", "", "", "", ""])
             for i, (no, title, level, copy_no) in enumerate(blanks)]
    doc = FormDocument(meta, progress=progress, total=2 * max(1, len(rows)))
    doc.add(_header(m, doc.frame_width), Spacer(1, 3 * mm))
    collected = sum(1 for x in issued if x.collected_at is not None)
    kept = sum(1 for x in issued if x.collected_at is None and x.retention_id is not None)
    totals = [("发放", f"{len(issued)} 份"), ("已收回", f"{collected} 份"),
              ("留存", f"{kept} 份"), ("未收回", f"{len(issued) - collected - kept} 份")]
    doc.add(*register_flowables(doc, ISSUE_COLUMNS, rows, totals=totals))
    doc.add(Spacer(1, 2 * mm), paragraph(RULES, 9.5))
    doc.add(signature_block(["发放人", "回收人"], doc.frame_width, per_row=2))
    return doc.build(path)


def render_kept_list(path: str | Path, meta: FormMeta, m: Any, person: str, department: str,
                     kept: Sequence[Any], *, progress: Progress | None = None) -> Path:
    """文件目录单: what *person* keeps after meeting *m*, each with its due date."""
    levels = {x.carrier.level_label for x in kept}
    mark = next((lv for lv in ("绝密", "机密", "秘密") if lv in levels), "")
    meta = replace(meta, title=meta.title or "会议文件目录单", form_no=m.meeting_no,
                   mark=meta.mark or mark)
    doc = FormDocument(meta, progress=progress, total=max(1, len(kept)))
    w = doc.frame_width
    doc.add(kv_block([("会议名称*", m.name), ("会议编号", m.meeting_no),
                      ("会议时间", m.dates_text), ("留存人", person), ("部门", department)], w),
            Spacer(1, 3 * mm))
    rows = [RowData([i, x.unified_no, x.carrier.reg_no, x.carrier.title, x.carrier.mark,
                     x.carrier.copy_no_text, x.due_at.date() if x.due_at else None])
            for i, x in enumerate(kept, 1)]
    doc.add(*register_flowables(doc, KEPT_COLUMNS, rows,
                                totals=[("合计", f"{len(kept)} 份")]))
    statement = ("以上会议文件经批准由留存人按领用保管，不得擅自复制、摘录、转借，"
                 "不得带出办公场所；到期或工作完毕即交回机要室。")
    doc.add(Spacer(1, 2 * mm),
            signature_block(["留存人", "经办人", "审批人"], w, per_row=1, note=statement))
    return doc.build(path)
