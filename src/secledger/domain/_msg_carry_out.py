"""Messages of 携带外出 and of two-person custody of 绝密; merged into messages.MESSAGES."""

from __future__ import annotations

# code: (zh_CN, en)
MESSAGES: dict[str, tuple[str, str]] = {
    "carry_out.no_carriers": (
        "请至少扫描一件携带外出的载体。",
        "Scan at least one carrier to carry out.",
    ),
    "carry_out.no_people": (
        "请选择携带人（保管载体外出的人员）。",
        "Choose the person who carries the carriers out.",
    ),
    "carry_out.destination_required": (
        "请填写目的地（携带载体前往的单位或地点）。",
        "Enter the destination (the place or unit the carriers are taken to).",
    ),
    "carry_out.purpose_required": (
        "请填写携带外出事由。",
        "Enter the purpose of carrying the carriers out.",
    ),
    "carry_out.measures_required": (
        "请填写保护措施（如专用密码包、专人携带不离身、不在无保密条件的场所存放），审批人据此批准。",
        "Enter the protective measures (e.g. locked secure bag, never out of the bearer's "
        "hands, never left where it cannot be kept safe); the approval covers them.",
    ),
    "carry_out.start_in_past": (
        "外出日期{date}早于今天，请核对。",
        "The day out {date} is before today.",
    ),
    "carry_out.period_order": (
        "应回日期{back_on}早于外出日期{out_on}，请核对。",
        "The day due back {back_on} is before the day out {out_on}.",
    ),
    "carry_out.period_too_long": (
        "携带外出期限不能超过{days}天，请核对日期。",
        "A carry-out cannot last more than {days} days; check the dates.",
    ),
    "carry_out.top_secret_foreign": (
        "绝密级载体不得携带参加涉外活动（实施条例第二十九条、本单位保密制度第二十二条）。",
        "Top-secret carriers may not be taken to a foreign-affairs activity "
        "(Implementing Regulations art. 29).",
    ),
    "carry_out.top_secret_abroad": (
        "绝密级载体不得携带出境（实施条例第二十九条）。",
        "Top-secret carriers may not be taken abroad (Implementing Regulations art. 29).",
    ),
    "carry_out.not_in_store": (
        "{reg_no}第{copy_no}份当前“{state_label}”，只有在库的载体才能携带外出；请先收回。",
        "{reg_no} copy {copy_no} is {state_en}; only carriers in store can be carried out. "
        "Take it back first.",
    ),
    "carry_out.already_requested": (
        "{reg_no}第{copy_no}份已在携带外出申请{request_no}中，请勿重复申请。",
        "{reg_no} copy {copy_no} is already on carry-out request {request_no}.",
    ),
    "carry_out.wrong_status": (
        "携带外出申请{request_no}当前为“{status}”，不能{action}。",
        "Carry-out {request_no} is “{status}”; it cannot be {action_en}.",
    ),
    "carry_out.period_over": (
        "携带外出申请{request_no}的应回日期{back_on}已过，不能再外出；请撤销后重新申请。",
        "The period of carry-out {request_no} ended on {back_on}; cancel it and ask again.",
    ),
    "carry_out.not_out": (
        "载体{reg_no}（份号{copy_no}）当前{state_label}，不是携带外出状态，不能登记带回。",
        "Carrier {reg_no} (copy {copy_no}) is {state_en}, not carried out; nothing to bring back.",
    ),
    "carry_out.companion_approves": (
        "回避原则：{person}是携带外出申请{request_no}的携带人，不能审批本人参与的携带外出，请由其他审批人审批。",
        "Conflict of interest: {person} carries on request {request_no} and cannot approve it; "
        "another approver must decide.",
    ),
    # two people for 绝密 (实施条例 29; 机要收发岗位职责 7)
    "custody.two_person": (
        "绝密级载体{what}须由两名以上核心涉密人员共同进行（实施条例第二十九条）；现只有{count}人。"
        "请增加核心涉密人员同行。",
        "Top-secret carriers must be {what_en} by two or more people cleared Core together "
        "(Implementing Regulations art. 29); only {count} named. Add a Core-cleared colleague.",
    ),
    "custody.two_person_clearance": (
        "绝密级载体{what}须由两名以上核心涉密人员共同进行（实施条例第二十九条）；{names}不是核心涉密人员，"
        "请改由核心涉密人员同行。",
        "Top-secret carriers must be {what_en} by two or more people cleared Core together "
        "(Implementing Regulations art. 29); {names} is not cleared Core. Choose Core-cleared "
        "people.",
    ),
    "custody.top_secret_registrar": (
        "绝密级载体由本单位指定的人员收发；{person}不在绝密载体收发人员名单中，不能{action}。"
        "请由指定人员办理，或由保密员调整名单。",
        "Top-secret carriers are received and dispatched by the persons the unit designated; "
        "{person} is not on that list and cannot {action_en} them. Let a designated person do "
        "it, or ask the security officer to change the list.",
    ),
    "custody.top_secret_registrar_unset": (
        "绝密级载体由本单位指定的人员收发。本单位尚未指定名单，暂由持有机要员账户的人员收发；"
        "{person}不是机要员，不能{action}。请由机要员办理，或请保密员在“人员”中指定绝密载体收发人员。",
        "Top-secret carriers are received and dispatched by designated persons. No one is "
        "designated yet, so the registry clerks do it; {person} is not a registry clerk and "
        "cannot {action_en} them. Let a registry clerk do it, or ask the security officer to "
        "designate people under People.",
    ),
    "custody.registrar_clearance": (
        "{person}的涉密等级为{clearance}，只有核心涉密人员才能指定为绝密载体收发人员。",
        "{person} is cleared {clearance}; only Core-cleared people can be designated for "
        "top-secret receipt and dispatch.",
    ),
}
