"""Messages of the classification lifecycle (定密, 变更, 延期, 解密, notices); merged into
messages.MESSAGES."""

from __future__ import annotations

# code: (zh_CN, en)
MESSAGES: dict[str, tuple[str, str]] = {
    "classification.no_authority": (
        "{person}不是本单位的定密责任人，不能作出定密、变更或解密决定（保守国家秘密法第十六条）。"
        "请由保密员指定的定密责任人审批。",
        "{person} is not one of the unit's designated classifiers and cannot decide a "
        "classification, a change or a declassification. A classifier designated by the "
        "security officer must decide.",
    ),
    "classification.above_authority": (
        "{person}的定密权限为{max_level}级，不能对{level}级事项作出决定。请由权限达到{level}级的"
        "定密责任人审批。",
        "{person} may decide up to {max_level_en}, not a {level_en} matter. A classifier "
        "designated up to {level_en} must decide.",
    ),
    "classification.not_state_secret": (
        "{level}不是国家秘密，不作定密、变更或解密决定；国家秘密的密级只能是绝密、机密或秘密。",
        "{level} is not a state secret: no classification decision applies to it; a state "
        "secret is 绝密, 机密 or 秘密.",
    ),
    "classification.period_ended": (
        "{reg_no}的保密期限已于{end}届满，已自行解密（保守国家秘密法第二十四条），不能再作定密、"
        "变更或审核决定。台账将其记为已解密，请在“已解密待处理”中确认载体的解密标志。",
        "The secrecy period of {reg_no} ended on {end_iso}: it is declassified by itself and "
        "no decision can be made about it any more. Confirm its carriers' marking in the "
        "declassified worklist.",
    ),
    "classification.extension_after_expiry": (
        "{reg_no}的保密期限已于{end}届满，不能再延期：延长保密期限须在原保密期限届满前作出决定"
        "（保守国家秘密法第二十四条）。期满后已自行解密；如仍需保密，须重新定密。",
        "The secrecy period of {reg_no} ended on {end_iso}; it can no longer be extended: an "
        "extension must be decided before the period ends. It is now declassified; if it must "
        "stay secret it has to be classified anew.",
    ),
    "classification.extension_no_end": (
        "{reg_no}的保密期限（{mark}）没有届满日期，不适用延期；如需改变保密期限，请提出变更。",
        "The period of {reg_no} ({mark}) has no end date, so it cannot be extended; propose a "
        "change instead.",
    ),
    "classification.extension_not_longer": (
        "延期后的保密期限（{new}）须长于原期限（{mark}），并写明年数、月数、解密时间或“长期”。",
        "The extended period ({new}) must be longer than the current one ({mark}) and be "
        "years, months, a date or 长期.",
    ),
    "classification.nothing_changed": (
        "{reg_no}的变更没有改变任何事项：请填写新的密级、保密期限、知悉范围或不得复制/须清退标记。",
        "The change of {reg_no} changes nothing: give the new level, period, scope or "
        "instructions.",
    ),
    "classification.change_ends_period": (
        "按变更后的保密期限，{reg_no}将于{end}解密，即已到期：这等于解密，请提出解密，不要作为变更办理。",
        "With the changed period {reg_no} would have been declassified on {end}: that is a "
        "declassification; propose one instead of a change.",
    ),
    "classification.scope_empty": (
        "知悉范围不能为空：请选择可以知悉的人员或部门（或“不限”）。",
        "The need-to-know scope is empty: choose the people or departments who may know it "
        "(or unrestricted).",
    ),
    "classification.holder_not_notified": (
        "{person}持有{reg_no}第{copies}份，必须列入变更（解密）通知的签收人：持有载体的人员一律书面通知"
        "（保守国家秘密法第二十三条），不能省去。",
        "{person} holds copy {copies} of {reg_no} and must receive the written notice: every "
        "current holder is notified; none may be left out.",
    ),
    "classification.recipient_missing": (
        "{person}在{reg_no}的知悉范围内，必须列入变更（解密）通知的签收人（保守国家秘密法第二十三条）。",
        "{person} is within the need-to-know scope of {reg_no} and must receive the written "
        "notice.",
    ),
    "classification.received_document": (
        "{reg_no}是收文，其密级、保密期限和知悉范围由原定密机关（{unit}）决定，本单位只能提出建议"
        "（保守国家秘密法第二十三条）。请登记向原定密机关提出的建议，或登记其变更（解密）通知。",
        "{reg_no} was received: its originator ({unit}) decides its classification; the unit "
        "may only propose. Record the proposal sent to the originator, or its notice.",
    ),
    "classification.own_document": (
        "{reg_no}是本单位产生的文件，年度审核须由定密责任人作出决定（维持、变更或解密），"
        "不能以“未收到原定密机关通知”代替。",
        "{reg_no} is the unit's own document: its yearly review is a classifier's decision, "
        "not a confirmation that no originator notice came.",
    ),
    "classification.notice_required": (
        "缺少原定密机关的书面通知：请填写{missing}。收文的变更、延期、解密须依据原定密机关（或其上级机关）"
        "的通知登记。",
        "The originator's written notice is missing ({missing}): a change, extension or "
        "declassification of a received document is recorded from the originator's notice: "
        "issuing body, notice number and date.",
    ),
    "classification.already_declassified": (
        "{reg_no}已于{on}解密，不能再作决定；如需重新保密，须重新定密。",
        "{reg_no} was declassified on {on}; no further decision can be made about it.",
    ),
    "classification.already_designated": (
        "{reg_no}已经定密（决定{decision_no}）；如需改变密级、保密期限或知悉范围，请提出变更。",
        "{reg_no} is already classified (decision {decision_no}); propose a change instead.",
    ),
    "classification.proposal_pending": (
        "{reg_no}已有待审批的申请{proposal_no}：请等其审批完毕，或先撤回。",
        "{reg_no} already has a pending proposal {proposal_no}: wait for its decision or "
        "withdraw it first.",
    ),
    "classification.proposal_status": (
        "申请{proposal_no}的状态为“{status}”，不能办理此项操作。",
        "Proposal {proposal_no} is {status}; this cannot be done now.",
    ),
    "classification.designation_incomplete": (
        "定密须同时提出密级、保密期限、知悉范围和定密依据（保守国家秘密法第十九条）。",
        "A classification proposes the level, the period and the need-to-know scope together, "
        "with its basis.",
    ),
    "classification.basis_item_required": (
        "请填写定密依据：所依据的保密事项范围条目。",
        "Give the basis: the item of the scope of secret matters relied on.",
    ),
    "classification.basis_source_required": (
        "派生定密须写明所依据的已定密事项（来源文件的文号、标题及其密级）。",
        "A derived classification names the classified source it follows.",
    ),
    "classification.reason_required": (
        "请填写{kind}的理由（承办人意见）。",
        "Give the reason for the {kind} (the officer's opinion).",
    ),
    "classification.proposer_required": (
        "请选择承办人（提出定密意见的人员）。",
        "Choose the officer who makes the proposal.",
    ),
    "classification.decider_required": (
        "请选择在审核表上签署意见的定密责任人。",
        "Choose the designated classifier who signed the review list.",
    ),
    "classification.retention_required": (
        "请填写延长后的保密期限。",
        "Give the extended period.",
    ),
    "classification.kind_invalid": (
        "此处不能办理“{kind}”。",
        "“{kind}” cannot be recorded here.",
    ),
    "classification.sent_incomplete": (
        "请填写原定密机关和建议内容。",
        "Give the originator and what the unit proposes.",
    ),
    "classification.designation_clearance": (
        "{person}的涉密等级为{clearance}，不能担任{level}级定密责任人：定密权限不能高于本人可知悉的密级。",
        "{person} is cleared {clearance} and cannot decide {level} matters: a classifier's "
        "authority cannot exceed his own clearance.",
    ),
    "classification.designation_exists": (
        "{person}已是定密责任人；如需改变定密权限，请先撤销原指定，再重新指定。",
        "{person} is already a designated classifier; revoke the designation first to change "
        "it.",
    ),
    "classification.designation_revoked": (
        "{person}的定密责任人指定已经撤销。",
        "{person}'s designation has already been revoked.",
    ),
    "classification.no_recipients": (
        "请选择要登记签收的人员。",
        "Choose the recipients whose signatures to record.",
    ),
    "classification.already_acknowledged": (
        "{person}已签收通知{notice_no}，不能重复登记。",
        "{person} has already signed notice {notice_no}.",
    ),
    "classification.ack_before_notice": (
        "签收日期{date}早于通知发出日期{issued}，请核对。",
        "The signature date {date} is before the notice was issued ({issued}).",
    ),
    "classification.no_documents": (
        "请选择文件。",
        "Choose the documents.",
    ),
    "classification.reviewed_already": (
        "{reg_no}已完成{year}年度审核。",
        "{reg_no} has already been reviewed for {year}.",
    ),
    "classification.not_declassified": (
        "{reg_no}第{copy_no}份所属文件尚未解密，不能确认解密标志。",
        "The document of {reg_no} copy {copy_no} is not declassified; its carrier cannot be "
        "marked declassified.",
    ),
    "classification.not_in_custody": (
        "{reg_no}第{copy_no}份现为“{state_label}”（保管人：{holder}），须收回在库或归档后才能确认解密标志。",
        "{reg_no} copy {copy_no} is {state_en} (holder: {holder}); it must be back in store or "
        "the archive before its declassification marking is confirmed.",
    ),
    "classification.no_relabel": (
        "{reg_no}第{copy_no}份没有待换的标签（或其文件已解密），无需打印新标签。",
        "{reg_no} copy {copy_no} is not waiting for a new label (or its document is "
        "declassified).",
    ),
    "classification.declassified_document": (
        "{reg_no}已于{on}解密，不再作为国家秘密载体{action}。请在“已解密待处理”中确认其解密标志。",
        "{reg_no} was declassified on {on}; its carriers are no longer {action_en} as "
        "classified carriers. Confirm their declassification marking instead.",
    ),
}
