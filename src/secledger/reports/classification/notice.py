"""密级变更（解密）通知, FORMS.md: what changes (old mark → new mark, or 解密), who decided
with the decision's reference and date, and one line per recipient (the people within the
知悉范围 and every holder of a copy) to sign and date. A signature the ledger has already
recorded prints as recorded. Plain data in: any object with the attributes of
``services.classification.read.NoticeDTO``."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import cell_text
from secledger.reports.kit.fonts import CJK
from secledger.reports.kit.pdf import (
    LABEL_BG,
    FormDocument,
    FormMeta,
    kv_block,
    paragraph,
    signature_block,
    style,
)

TITLE = "密级变更（解密）通知"
HEAD = ["序号", "姓名", "部门", "通知原因", "持有载体（份号）", "签收（签字）", "签收日期"]
RATIOS = [0.06, 0.12, 0.16, 0.14, 0.18, 0.18, 0.16]


def lead(d: Any) -> str:
    """The notice's opening sentence: who decided what, and what the reader must do."""
    who = d.authority + (f"定密责任人{d.decided_by}" if d.decided_by else "")
    doc = f"《{d.title}》" + (f"（{d.doc_no}）" if d.doc_no else "")
    if d.declassified:
        what, todo = "予以解密", "在所持载体上标注“解密”标志（注明解密日期），按非密件管理"
    elif d.kind == "extend":
        what, todo = f"保密期限延长，密级标志变更为“{d.mark_after}”", "更改所持载体的密级标志"
    else:
        what, todo = f"变更为“{d.mark_after}”", "更改所持载体的密级标志，并按新的知悉范围管理"
    day = cell_text(d.notice_on or d.decided_on)
    return (f"各有关人员：经{who}决定（决定文号：{d.decision_ref}），{doc}自{day}起{what}。"
            f"请据此{todo}，并在本通知上签收。")


def _changes(d: Any) -> str:
    return "、".join(d.changed) if d.changed else ("解密" if d.declassified else "—")


def _recipients(n: Any, width: float) -> Table:
    body = style(9.5, leading=12)
    rows: list[list[Any]] = [HEAD]
    for i, r in enumerate(n.recipients, 1):
        signed = "已签收（已登记）" if r.acknowledged_on is not None else ""
        day = cell_text(r.acknowledged_on) if isinstance(r.acknowledged_on, date) else ""
        rows.append([str(i), r.name, Paragraph(r.department, body), Paragraph(r.reason_label, body),
                     Paragraph(r.copies or "—", body), Paragraph(signed, body), day])
    t = Table(rows, colWidths=[width * x for x in RATIOS],
              rowHeights=[8 * mm] + [12 * mm] * (len(rows) - 1), repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), CJK, 9.5, 12),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_BG),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (0, 1), (1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return t


def render_notice(path: str | Path, meta: FormMeta, n: Any,
                  progress: Progress | None = None) -> Path:
    """The notice of one decision (``n``: a ``NoticeDTO``), to be signed by each recipient."""
    d = n.decision
    meta = replace(meta, title=meta.title or TITLE, form_no=meta.form_no or n.notice_no,
                   subtitle=meta.subtitle or f"决定类别：{d.kind_label}")
    doc = FormDocument(meta, progress=progress, total=len(n.recipients))
    w = doc.frame_width
    doc.add(paragraph(lead(d), 11, leading=17), Spacer(1, 3 * mm))
    doc.add(kv_block([
        ("文件标题*", d.title), ("文号", d.doc_no or "—"), ("登记号", d.reg_no),
        ("原密级标志", d.mark_before), ("新密级标志", "解密" if d.declassified else d.mark_after),
        ("变更事项*", _changes(d)), ("知悉范围*", d.scope_after or "（不变）"),
        ("决定机关", d.authority), ("决定人", d.decided_by or "—"),
        ("决定文号", d.decision_ref), ("生效日期", d.notice_on or d.decided_on),
        ("说明*", d.reason or "—"),
    ], w))
    doc.add(Spacer(1, 4 * mm), paragraph(f"签收（共 {len(n.recipients)} 人）", 11),
            Spacer(1, 1 * mm), _recipients(n, w))
    doc.add(signature_block(["通知经办人"], w, per_row=1))
    return doc.build(path)
