"""Messages of the ledger's security promises (corrections); merged into messages.MESSAGES."""

from __future__ import annotations

# code: (zh_CN, en)
MESSAGES: dict[str, tuple[str, str]] = {
    "correct.governed": (
        "{reg_no}的“{field_label}”不能通过更正修改：密级、保密期限、知悉范围及不得复制/须清退标记的"
        "改变须由原定密机关或本单位定密责任人作出变更（解密）决定，并书面通知知悉范围内的人员，"
        "不能通过更正修改。只有登记后尚未办理任何事项（分发、传阅、领用、复制、打印标签等）时，"
        "才能更正登记时的录入错误；登记本身有误且各份均在库的，可作废后重新登记。"
        "本单位产生的文件，请在“定密管理”中提出变更（解密）申请，报定密责任人审批；收文请登记原定密机关的"
        "变更（解密）通知，或登记本单位向其提出的建议。",
        "The {field_en} of {reg_no} cannot be changed by a correction: the classification level, "
        "secrecy period, need-to-know scope and the do-not-copy / must-be-returned marks are "
        "changed only by a decision of the originating classification authority or the unit's "
        "designated classifier, notified in writing. A typing error made at registration can be "
        "corrected only while nothing else has happened to the document (no distribution, "
        "circulation, issue, copy or label print yet); a wrong registration whose copies are all "
        "in store can be voided and registered again. For the unit's own documents, propose the "
        "change or declassification to a designated classifier in Classification; for received "
        "documents, record the originator's notice, or the unit's proposal sent to it.",
    ),
    "correct.carrier_type_invalid": (
        "载体类型“{value}”无效：请选择纸质、光盘、U盘、移动硬盘或其他。",
        "Unknown carrier type “{value}”: choose paper, disc, USB stick, hard disk or other.",
    ),
    "correct.would_declassify": (
        "成文日期更正为{issued}后，{reg_no}的保密期限将于{declassify_on}届满，即已到期，"
        "等于通过更正提前解密。解密须由原定密机关或本单位定密责任人作出解密决定（在“定密管理”中办理），"
        "不能通过更正办理；请核对成文日期。",
        "With the date of issue corrected to {issued}, the secrecy period of {reg_no} would end "
        "on {declassify_on}, which has already come: that would declassify it by a correction. "
        "Declassification is decided by the originating classification authority or the unit's "
        "designated classifier, not by a correction (see Classification); check the date of "
        "issue.",
    ),
}
