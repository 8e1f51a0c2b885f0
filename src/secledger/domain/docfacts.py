"""The facts of a registered document, how they are named to people, and which of them a
clerk's correction may change.

A correction fixes a typing error in a descriptive fact. 密级, 保密期限, 知悉范围 and the
不得复制 / 须清退 marks are classification decisions (保守国家秘密法 2024 art. 23; 实施条例 art.
21–22): only the 原定密机关 or the unit's 定密责任人 changes them, by a decision notified in
writing, never a clerk by a correction.
"""

from __future__ import annotations

#: every document fact the event log explains, as (中文, English) labels for messages
FACT_LABELS: dict[str, tuple[str, str]] = {
    "reg_no": ("登记号", "registration number"),
    "register": ("登记簿", "register"),
    "title": ("标题", "title"),
    "doc_no": ("文号", "document number"),
    "unit": ("单位", "unit"),
    "urgency": ("紧急程度", "urgency"),
    "issued_on": ("成文日期", "date of issue"),
    "pages": ("页数", "pages"),
    "remarks": ("备注", "remarks"),
    "mark": ("密级标志", "classification mark"),
    "level": ("密级", "classification level"),
    "retention": ("保密期限", "secrecy period"),
    "declassify_on": ("解密日期", "declassification date"),
    "need_to_know": ("知悉范围", "need-to-know scope"),
    "no_copy": ("不得复制标记", "do-not-copy mark"),
    "recall_required": ("须清退标记", "must-be-returned mark"),
    "voided": ("作废标记", "voided mark"),
    "void_reason": ("作废原因", "reason for voiding"),
}

#: typing errors in these are corrected by the clerk with a reason
DESCRIPTIVE: tuple[str, ...] = ("title", "doc_no", "unit", "issued_on", "urgency", "pages",
                                "remarks")

#: changed only by a classification decision (定密/变更/解密决定), never by a correction —
#: except a typing error made at registration, while nothing else has happened to the document
GOVERNED: tuple[str, ...] = ("mark", "need_to_know", "no_copy", "recall_required")


def label(key: str, lang: str = "zh_CN") -> str:
    """The people's name of fact *key* (the key itself only for an unknown fact)."""
    pair = FACT_LABELS.get(key)
    if pair is None:
        return key
    return pair[1] if lang.startswith("en") else pair[0]


def labels(keys: list[str] | tuple[str, ...], lang: str = "zh_CN") -> str:
    """Several facts' names joined as a sentence lists them (、 in Chinese)."""
    sep = ", " if lang.startswith("en") else "、"
    return sep.join(label(k, lang) for k in keys)


#: the dates people enter, by field: (中文, English)
DATE_FIELDS: dict[str, tuple[str, str]] = {
    "issued_on": ("成文日期", "Date of issue"),
    "received_at": ("收文日期", "Date received"),
    "dispatched_on": ("发出日期", "Dispatch date"),
    "receipt_on": ("回执日期", "Receipt date"),
    "decided_on": ("审批日期", "Decision date"),
    "departs_on": ("离岗日期", "Day of leaving the post"),
    "discovered_at": ("发现时间", "Time found missing"),
    "origin_date": ("批准日期", "Approval date"),
    "destroyed_on": ("销毁日期", "Destruction date"),
    "returned_on": ("清退日期", "Return date"),
    "received_on": ("收到日期", "Date received"),
    "reported_at": ("上报时间", "Time reported"),
    "found_at": ("找回时间", "Time found"),
    "signed_at": ("签收时间", "Time signed"),
    "due_on": ("期限", "Due date"),
    "closed_on": ("完成日期", "Date closed"),
}
