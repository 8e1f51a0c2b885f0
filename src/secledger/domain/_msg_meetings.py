"""Messages of 摘录/引用/汇编 (kinds of the copy request) and of classified meetings; merged
into messages.MESSAGES."""

from __future__ import annotations

# code: (zh_CN, en)
MESSAGES: dict[str, tuple[str, str]] = {
    # 摘录、引用、汇编
    "excerpt.one_source": (
        "{kind}申请只能有一份原件，现选了{count}份；几份材料合编成册请选“汇编”。",
        "A {kind_en} request has exactly one source ({count} chosen); choose compilation to "
        "put several together.",
    ),
    "excerpt.compile_sources": (
        "汇编须列明至少两份来源载体（最多{limit}份），现为{count}份；只用一份的请选“摘录”。",
        "A compilation lists at least two sources (at most {limit}); {count} given. Choose "
        "excerpt for one source.",
    ),
    "excerpt.duplicate_source": (
        "{reg_no}《{title}》已列为来源，同一文件不能重复列入。",
        "{reg_no} “{title}” is already a source; a document is listed once.",
    ),
    "excerpt.no_copy": (
        "《{title}》（{reg_no}）标有“不得复制”，其内容也不得{kind}。",
        "“{title}” ({reg_no}) is marked “do not copy”; its content cannot be taken into "
        "a {kind_en} either.",
    ),
    "excerpt.origin_required": (
        "{kind}绝密级国家秘密须经原定密机关或其上级机关同意（实施条例第二十九条）：请填写同意机关、"
        "文号和日期，再提交单位领导审批。",
        "A {kind_en} of 绝密 content needs the consent of the original classifying body or its "
        "superior: enter the body, its reference and date, then ask the unit's leader.",
    ),
    "excerpt.mark_too_low": (
        "{kind}件属于国家秘密的，按派生定密标注，密级不得低于所依据的原件：原件最高为{source_level}，"
        "不能标为“{level}”（实施条例第二十七条，派生定密从其来源）。内容确不涉及国家秘密的，"
        "请选择“不涉密”并写明理由。",
        "A classified {kind_en} is marked as derived from its sources, never lower than the "
        "highest of them ({source_level_en}); it cannot be marked {level_en}. If it holds no "
        "state secret, choose “not classified” and give the reason.",
    ),
    "excerpt.note_required": (
        "{kind}内容不涉及国家秘密、不作为涉密文件登记的，须写明理由（例如仅摘录已公开的内容）。",
        "A {kind_en} registered as holding no state secret needs the reason (e.g. only "
        "published content was taken).",
    ),
    "excerpt.kind_mismatch": (
        "申请{request_no}是{kind}申请：{hint}",
        "Request {request_no} is a {kind_en} request: {hint_en}",
    ),
    "excerpt.mark_required": (
        "请填写{kind}件的密级标志，例如“机密★10年”，或选择“不涉密”。",
        "Enter the {kind_en}'s classification mark (e.g. 机密★10年), or choose “not "
        "classified”.",
    ),
    # 涉密会议
    "meeting.name_required": ("请填写会议名称。", "Enter the meeting's name."),
    "meeting.department_required": (
        "请选择会议的主办部门。", "Choose the department hosting the meeting."),
    "meeting.level_required": (
        "涉密会议须确定会议的最高密级：绝密、机密或秘密。",
        "A classified meeting has a highest level: 绝密, 机密 or 秘密.",
    ),
    "meeting.dates": (
        "会议结束日期{ends}早于开始日期{starts}，请核对。",
        "The meeting ends ({ends}) before it starts ({starts}); check the dates.",
    ),
    "meeting.too_long": (
        "会议时间最长{limit}天，请核对开始和结束日期。",
        "A meeting lasts at most {limit} days; check the dates.",
    ),
    "meeting.document_above": (
        "《{title}》为{level}级，高于会议的最高密级{meeting_level}，不能作为本次会议文件发放；"
        "请核对文件密级，或调整会议的最高密级。",
        "“{title}” is {level_en}, above the meeting's highest level ({meeting_level_en}); it "
        "cannot be issued at this meeting.",
    ),
    "meeting.attendee_clearance": (
        "{person}的涉密等级为“{clearance}”，不能参加最高密级为{level}的会议（参会人员的涉密等级"
        "须与会议密级相适应）。",
        "{person} is cleared “{clearance_en}” and cannot attend a meeting whose highest level "
        "is {level_en}.",
    ),
    "meeting.attendee_listed": (
        "{person}已在会议{meeting_no}的参会人员名单中。",
        "{person} is already on the attendee list of meeting {meeting_no}.",
    ),
    "meeting.attendee_holds": (
        "{person}还持有会议{meeting_no}的文件{count}份，不能从名单中移除；请先收回。",
        "{person} still holds {count} document(s) of meeting {meeting_no}; collect them "
        "before removing the attendee.",
    ),
    "meeting.not_attendee": (
        "{person}不在会议{meeting_no}的参会人员名单中，不能领取会议文件；请先将其列入名单。",
        "{person} is not on the attendee list of meeting {meeting_no} and cannot receive its "
        "documents; add the person first.",
    ),
    "meeting.closed": (
        "会议{meeting_no}已结束，不能{action}。",
        "Meeting {meeting_no} is closed; it cannot be {action_en}.",
    ),
    "meeting.ended": (
        "会议{meeting_no}已于{ends_on}结束，不能再发放会议文件。",
        "Meeting {meeting_no} ended on {ends_on}; its documents can no longer be issued.",
    ),
    "meeting.document_elsewhere": (
        "{reg_no}《{title}》已是会议{meeting_no}的文件，不能再列入其他会议。",
        "{reg_no} “{title}” is already a document of meeting {meeting_no}.",
    ),
    "meeting.not_its_document": (
        "{reg_no}第{copy_no}份不是会议{meeting_no}的文件，不能在本次会议发放或收回；"
        "会议文件须先登记并编入本次会议。",
        "{reg_no} copy {copy_no} is not a document of meeting {meeting_no}; register or add "
        "it to the meeting first.",
    ),
    "meeting.not_out": (
        "{reg_no}第{copy_no}份没有在会议{meeting_no}上发出待收回（{status}），不能{action}。",
        "{reg_no} copy {copy_no} is not out at meeting {meeting_no} ({status_en}); it cannot "
        "be {action_en}.",
    ),
    "meeting.not_held_by": (
        "{reg_no}第{copy_no}份是发给{holder}的，不是{person}，不能为{person}办理留存。",
        "{reg_no} copy {copy_no} was issued to {holder}, not to {person}.",
    ),
    "meeting.open_items": (
        "会议{meeting_no}还有{count}份文件未收回且未写明原因（{first}等）：请扫描收回、办理留存，"
        "或写明未收回原因后再结束会议。",
        "Meeting {meeting_no} still has {count} document(s) out without a note ({first} …): "
        "collect them, record them as kept, or write why they are not back before closing.",
    ),
    "meeting.not_in_store": (
        "{reg_no}第{copy_no}份当前“{state_label}”，不在库，不能作为会议文件发放；请先收回。",
        "{reg_no} copy {copy_no} is {state_en}, not in store; it cannot be issued at the "
        "meeting.",
    ),
    "meeting.no_attendees": (
        "请先列出参会人员：会议文件的知悉范围为本次会议的参会人员。",
        "List the attendees first: a meeting document's need-to-know scope is the meeting's "
        "attendees.",
    ),
    "meeting.note_required": (
        "请写明未收回的原因和追回措施。", "Write why it is not back and how it will be recovered."),
    "meeting.no_documents": (
        "请扫描要发放的会议文件。", "Scan the meeting documents to issue."),
}
