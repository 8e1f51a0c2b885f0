"""English for the Chinese nouns the services put into messages (``what``, ``role`` …:
标题, 载体, 接收人 …). ``messages.render`` uses it for the English UI, so that "标题 is too long"
reads "Title is too long"; a noun missing here stays Chinese (data, or to be added)."""

from __future__ import annotations

from secledger.domain.copying import CopyMedium, CopyStatus
from secledger.domain.custody import HandoverReason, LossKind, LossStatus
from secledger.domain.destruction import DestructionMethod, ManifestStatus
from secledger.domain.docfacts import DATE_FIELDS, FACT_LABELS
from secledger.domain.enums import (
    CarrierType,
    Classification,
    Clearance,
    DispatchChannel,
    Labelled,
    Role,
    Urgency,
)

#: enumerations whose labels appear inside messages (a state has its own ``state_en``)
_ENUMS: tuple[type[Labelled], ...] = (
    Classification, Clearance, CarrierType, DispatchChannel, Role, Urgency, CopyMedium,
    CopyStatus, DestructionMethod, ManifestStatus, HandoverReason, LossKind, LossStatus)


def _lower(text: str) -> str:
    """``By designated staff`` -> ``by designated staff`` (``USB stick`` stays)."""
    return text[0].lower() + text[1:] if len(text) > 1 and text[1].islower() else text

WORDS_EN: dict[str, str] = {
    # records and forms
    "人员": "person", "文件": "document", "载体": "carrier", "载体标签": "carrier label",
    "部门": "department", "账户": "account", "审批": "approval", "审批人": "approver",
    "撤销": "cancellation", "发出登记": "dispatch", "复制申请": "copy request",
    "清退通知": "recall notice", "遗失报告中的载体": "carrier of the loss report",
    "清查盘点": "stocktake", "清退记录": "return record", "移交记录": "handover record",
    "遗失报告": "loss report", "借阅单": "loan", "借阅审批单": "loan approval form",
    "借阅登记簿": "loan register", "台账校验报告": "verification report",
    "复制审批单": "copy approval form", "复制登记簿": "copy register", "审计日志": "audit log",
    "文件传阅单": "circulation slip", "涉密载体清退清单": "recall list",
    "涉密载体移交清单": "handover list", "涉密载体遗失报告": "loss report",
    "涉密载体销毁清单": "destruction list", "涉密载体销毁登记簿": "destruction register",
    "清查盘点报告": "stocktake report", "知悉人员登记表": "register of people who know",
    "移交登记簿": "handover register", "销毁清单": "destruction list",
    # people in a workflow
    "复制人": "copier", "报告人": "reporter", "接收人": "receiver", "清点人": "checker",
    "监交人": "witness", "移交人": "giver", "签收人": "signer", "盘点人": "checker",
    "负责人": "person in charge", "销毁人": "destroyer",
    # fields
    "上报文号": "report reference", "份号说明": "copy number note", "作废原因": "reason for voiding",
    "借阅目的": "purpose of the loan", "单位": "unit", "原因": "reason",
    "原定密机关": "original classifying body", "发往单位": "receiving unit",
    "发文单位": "issuing unit", "发送编号": "dispatch number", "回执号": "receipt number",
    "回执编号": "receipt number", "备注": "remarks", "复制事由": "reason for copying",
    "存放位置": "location", "已采取的措施": "measures taken", "序列号": "serial number",
    "批准文号": "approval reference", "批示/意见": "comment", "找回情况": "how it was found",
    "承办事项": "task", "拟办意见": "proposed handling", "接收单位": "receiving unit",
    "接收单位经手人": "handler at the receiving unit", "撤销原因": "reason for cancelling",
    "文号": "document number", "来函文号": "reference of the letter", "标题": "title",
    "档案柜": "cabinet", "档案盒": "box", "用途": "purpose", "移交说明": "handover note",
    "证明编号": "certificate number", "说明": "note", "遗失经过": "circumstances",
    "销毁地点": "destruction site", "销毁设备": "destruction equipment",
    "来文单位": "sender unit", "封口情况说明": "note on the seal", "签发人": "approver",
    # year-end
    "整改问题": "problem", "整改措施": "measure", "总体情况": "summary",
    "自查自评": "self-inspection", "整改事项": "rectification", "整改责任人": "owner",
    **{zh: en for zh, en in FACT_LABELS.values()},
    **{zh: en for zh, en in DATE_FIELDS.values()},
    **{m.label: _lower(m.label_en) for enum in _ENUMS for m in enum},
}


def in_english(value: object) -> object:
    """*value* in English when it is a noun of the table, else unchanged."""
    return WORDS_EN.get(value, value) if isinstance(value, str) else value
