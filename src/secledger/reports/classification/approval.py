"""国家秘密事项定密审批表 (and the same form for a 变更, 延期 or 解密 proposal), FORMS.md.

Plain data in: any object with the attributes of ``services.classification.forms
.ApprovalFormDTO``. The 承办人's proposal (密级, 保密期限, 知悉范围, 定密依据, opinion) on
top, the 定密责任人's decision below (the recorded one, or a box for his hand), signature
lines for both.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import cell_text
from secledger.reports.kit.pdf import (
    FormDocument,
    FormMeta,
    kv_block,
    opinion_boxes,
    paragraph,
    signature_block,
)

RULES = ("国家秘密的确定、变更和解除，由承办人依据保密事项范围提出具体意见，经定密责任人在其定密"
         "权限内审核批准（保守国家秘密法第十六条、第二十三条，实施条例第十七条）；"
         "本单位规定在提出之日起十日内作出决定。承办人提出的事项不得由其本人审批。")


def _proposed(f: Any) -> tuple[str, str]:
    """The label and text of what is asked: 拟定密级及保密期限 机密★10年, 拟提前解密 …"""
    if f.kind_label == "解密":
        return "拟作决定", "提前解密"
    label = {"定密": "拟定密级及期限", "延期": "拟延长为"}.get(f.kind_label, "拟变更为")
    return label, f.proposed_mark or "（不变）"


def _due(f: Any) -> str | None:
    if f.due_on is None:
        return None
    return f"{cell_text(f.due_on)}前"


def _decision_text(f: Any) -> str:
    """The decision recorded, else blank for the 定密责任人's hand."""
    if not f.classifier and f.decision in ("待审批", ""):
        return ""
    lines = [f.decision, f"意见：{f.decision_reason}" if f.decision_reason else ""]
    who = "　".join(x for x in (f"定密责任人：{f.classifier}" if f.classifier else "",
                               cell_text(f.decided_on) if isinstance(f.decided_on, date) else "",
                               f.via + (f"（编号{f.form_no}）" if f.form_no else ""))
                   if x)
    return "\n".join(x for x in (*lines, who) if x)


def render_approval_form(path: str | Path, meta: FormMeta, f: Any,
                         progress: Progress | None = None) -> Path:
    """The 审批表 of one proposal (``f``: an ``ApprovalFormDTO``)."""
    meta = replace(meta, title=meta.title or f.form_title, form_no=meta.form_no or f.proposal_no)
    doc = FormDocument(meta, progress=progress, total=1)
    w = doc.frame_width
    designate = f.kind_label == "定密"
    doc.add(kv_block([
        ("文件标题*", f.title), ("文号", f.doc_no or "—"), ("登记号", f.reg_no),
        ("申请日期", f.proposed_on), ("审批时限", _due(f)),
        ("登记时标志" if designate else "现密级及期限", f.mark_now), _proposed(f),
        ("知悉范围*", f.proposed_scope or ("" if designate else "（不变）")),
        ("定密依据*", f.basis or ("—" if not designate else None)),
    ], w, label_ratio=0.36))
    opinion = "\n".join(x for x in (f.opinion, f"承办人：{f.proposer}" if f.proposer else "") if x)
    doc.add(Spacer(1, 3 * mm), opinion_boxes(w, [("承办人意见", opinion),
                                                  ("定密责任人审批", _decision_text(f))]))
    doc.add(Spacer(1, 2 * mm), paragraph(RULES, 9.5))
    doc.add(signature_block(["承办人", "定密责任人"], w, per_row=2))
    return doc.build(path)
