"""台账校验报告: one page stating what the chain verification checked and found, signed by
the auditor (审计员). Takes plain data; ``services/audit.py`` gathers it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from secledger.reports.kit.pdf import FormDocument, FormMeta, kv_block, paragraph, signature_block

TITLE = "台账校验报告"
SIGNERS = ["审计员"]
SCOPE = ("校验内容：数据库页完整性（SQLCipher 页校验）；事件日志哈希链逐条重算"
         "（每条事件的哈希 = SHA-256（前序哈希 ‖ 事件内容））；以事件日志回放核对全部载体的"
         "当前状态与保管人、全部文件的登记号、标题、文号、密级与作废情况。")


@dataclass(frozen=True)
class VerificationSheet:
    checked_at: datetime  # local time
    checked_by: str
    events: int
    carriers: int
    head_id: int
    head_hash: str
    ok: bool
    problem: str = ""
    problem_count: int = 0


def result_text(sheet: VerificationSheet) -> str:
    return "通过" if sheet.ok else "未通过"


def render_verification_pdf(path: str | Path, meta: FormMeta, sheet: VerificationSheet) -> Path:
    meta = replace(meta, title=meta.title or TITLE)
    doc = FormDocument(meta)
    pairs: list[tuple[str, object]] = [
        ("校验时间", sheet.checked_at), ("校验人", sheet.checked_by),
        ("校验事件数", f"{sheet.events} 条"), ("校验载体数", f"{sheet.carriers} 件"),
        ("链头事件", f"#{sheet.head_id}" if sheet.head_hash else "—（哈希链中断，未能确认）"),
        ("链头哈希", sheet.head_hash or "—"),
        ("校验结果", result_text(sheet)),
    ]
    if not sheet.ok:
        more = f"（共发现 {sheet.problem_count} 处问题，此为第一处）" if sheet.problem_count > 1 else ""
        pairs.append(("首个问题*", sheet.problem + more))
    doc.add(paragraph(SCOPE, 10.5), Spacer(1, 4 * mm))
    doc.add(kv_block(pairs, doc.frame_width, columns=1, label_ratio=0.2), Spacer(1, 6 * mm))
    verdict = ("结论：事件日志完整连续，未发现台账外的改动，载体与文件的当前记录与事件日志一致。"
               if sheet.ok else
               "结论：台账未通过校验。请保护现场，不要继续在本机登记或修改，"
               "及时报告保密工作负责人，并用最近一次通过校验的备份核对。")
    doc.add(paragraph(verdict, 12), Spacer(1, 10 * mm))
    doc.add(signature_block(SIGNERS, doc.frame_width, per_row=1))
    return doc.build(path)
