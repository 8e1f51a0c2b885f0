"""涉密设备维修审批表 (to be signed) and 维修登记簿 (PDF + XLSX), FORMS.md: the device (编号,
类型, 密级), the fault, how it is repaired (本单位/外来/送外), the repairer's unit and
qualification, whether the storage is removed, the confidentiality agreement, the on-site
escort, sent and returned, the work done. Plain data in: any object with the attributes of
``services.media.records.MediaRepairDTO``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from secledger.domain.media import REPAIR_RULE, RepairMode
from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import Column, RowData, cell_text
from secledger.reports.kit.pdf import FormDocument, FormMeta, kv_block, paragraph, signature_block
from secledger.reports.kit.xlsx import write_table_xlsx
from secledger.reports.registration.register import render_register_pdf

FORM_TITLE = "涉密设备维修审批表"
REGISTER_TITLE = "涉密设备维修登记簿"
SIGNERS = ["申请人", "审批人", "陪同人", "维修人"]


def agreement_text(r: Any) -> str:
    if not RepairMode(r.mode).outsider:
        return "本单位维修，不需要"
    return f"已签订（{r.agreement_ref}）" if r.agreement and r.agreement_ref else (
        "已签订" if r.agreement else "未签订")


def storage_text(r: Any) -> str:
    if r.item.is_storage:
        return "本身为存储介质"
    if r.storage_removed:
        return "已拆除" + (f"（{r.storage_note}）" if r.storage_note else "")
    return "未拆除"


def repairer_text(r: Any) -> str:
    unit = r.repairer_unit or ("本单位" if not RepairMode(r.mode).outsider else "")
    return unit + (f"（资质：{r.repairer_qualification}）" if r.repairer_qualification else "")


def decision_text(r: Any) -> str | None:
    """审批意见 as decided (blank, to be written by hand, while pending)."""
    a = r.approval
    if a is None or a.status == "pending":
        return None
    verdict = {"approved": "同意。", "rejected": f"不同意。{a.reason}",
               "cancelled": "申请已撤销。"}.get(a.status, "")
    via = f"纸质审批单 {a.paper_form_no}" if a.via == "paper" else "系统内审批"
    return f"{verdict}\n{a.decided_by}　{cell_text(a.decided_at)}（{via}）".strip()


def work_text(r: Any) -> str:
    parts = [r.work_done] if r.work_done else []
    if r.parts_replaced:
        parts.append(f"更换部件：{r.parts_replaced}")
    if r.replaced:
        parts.append(f"拆换的存储部件另行登记待销毁：{'、'.join(r.replaced)}")
    return "\n".join(parts)


def render_repair_form(path: str | Path, meta: FormMeta, r: Any,
                       progress: Progress | None = None) -> Path:
    """涉密设备维修审批表 of one request; what happens later is blank until it happens."""
    it = r.item
    meta = replace(meta, title=meta.title or FORM_TITLE, form_no=r.reg_no)
    doc = FormDocument(meta, progress=progress, total=1)
    w = doc.frame_width
    returned = r.returned_at is not None
    doc.add(kv_block([
        ("申请人", r.requester), ("申请部门", r.department),
        ("申请时间", r.requested_at), ("责任人", it.holder_name),
        ("设备编号", it.device_no), ("设备类型", it.type_label),
        ("品牌型号", it.brand_model), ("序列号", it.serial_no),
        ("密级", it.level_label), ("存放位置", it.location),
        ("故障情况*", r.fault), ("维修方式", r.mode_label),
        ("保密协议", agreement_text(r)), ("维修单位及资质*", repairer_text(r) or None),
        ("存储部件", storage_text(r)), ("旁站陪同人", r.escort or "—"),
        ("审批意见*", decision_text(r)),
        ("送修时间", r.sent_at), ("返回时间", r.returned_at),
        ("维修人", r.repairer_name if returned else None), ("状态", r.status_label),
        ("维修情况*", work_text(r) if returned else None),
    ], w))
    doc.add(Spacer(1, 2 * mm), paragraph(REPAIR_RULE + "。", 9.5))
    doc.add(signature_block(SIGNERS, w, per_row=2))
    return doc.build(path)


REGISTER_COLUMNS = [
    Column("维修号", 13), Column("设备编号", 12), Column("类型", 9), Column("密级", 5, align="CENTER"),
    Column("故障情况", 15), Column("维修方式", 8, align="CENTER"), Column("维修单位及资质", 14),
    Column("存储部件", 8, align="CENTER"), Column("保密协议", 10), Column("陪同人", 7),
    Column("送修时间", 11, "datetime"), Column("返回时间", 11, "datetime"),
    Column("维修情况及更换部件", 19), Column("审批人", 7), Column("状态", 6, align="CENTER"),
]


def register_values(r: Any) -> list[Any]:
    a = r.approval
    return [r.reg_no, r.item.device_no, r.item.type_label, r.item.level_label, r.fault,
            r.mode_label, repairer_text(r), storage_text(r), agreement_text(r), r.escort,
            r.sent_at, r.returned_at, work_text(r),
            a.decided_by if a is not None and a.status == "approved" else "", r.status_label]


def register_totals(rows: Sequence[Any]) -> list[tuple[str, str]]:
    modes = Counter(r.mode for r in rows)
    return [("合计", f"{len(rows)} 次"),
            *((m.label, f"{modes[m.value]} 次") for m in RepairMode if modes[m.value])]


def render_repair_register_pdf(path: str | Path, meta: FormMeta, rows: Sequence[Any],
                               progress: Progress | None = None) -> Path:
    meta = replace(meta, title=meta.title or REGISTER_TITLE, landscape=True)
    data = [RowData(register_values(r), voided=r.status == "cancelled") for r in rows]
    return render_register_pdf(path, meta, REGISTER_COLUMNS, data,
                               totals=register_totals(rows), progress=progress)


def repair_register_xlsx(path: str | Path, *, unit_name: str, period: str,
                         rows: Sequence[Any], mark: str = "") -> Path:
    return write_table_xlsx(path, title=REGISTER_TITLE, unit_name=unit_name, period=period,
                            columns=REGISTER_COLUMNS, rows=[register_values(r) for r in rows],
                            mark=mark)
