"""Messages of the ledger's security promises (duties); merged into messages.MESSAGES."""

from __future__ import annotations

# code: (zh_CN, en)
MESSAGES: dict[str, tuple[str, str]] = {
    # 三员分立 (services/users.py, domain/duties.py)
    "user.no_roles": (
        "账户至少须有一个角色，请勾选角色后再保存。",
        "An account needs at least one role: tick a role, then save.",
    ),
    "user.duties_conflict": (
        "三员分立：保密员不得同时担任{roles}（{person}）。请去掉冲突的角色，或由其他人员担任。",
        "Separation of duties: the security officer may not also be {roles} ({person}). "
        "Remove the conflicting role or give the duty to someone else.",
    ),
    "user.self_grant": (
        "三员分立：不能给自己的账户增加角色（{roles}），须由另一名保密员办理。",
        "Separation of duties: you cannot grant your own account a role ({roles}); "
        "another security officer must do it.",
    ),
    "user.holds_carriers": (
        "{person}仍保管{count}件载体（{examples}），须先移交或交回才能停用其账户“{username}”。",
        "{person} still holds {count} carriers ({examples}); hand them over or take them back "
        "before disabling the account “{username}”.",
    ),
    "auth.person_inactive": (
        "{person}已停用，账户“{username}”不能登录。如确需使用，请联系保密员。",
        "{person} is inactive: the account “{username}” cannot log in. Ask the security officer.",
    ),
    # 回避: nobody approves a request that benefits himself (services/approvals.py)
    "approval.own_benefit": (
        "回避原则：{person}是该申请的申请人、借阅人或领用人，不能审批本人受益的申请（{summary}），请由其他审批人审批。",
        "Conflict of interest: {person} is the requester, borrower or recipient of this request "
        "({summary}) and cannot approve it; another approver must decide.",
    ),
    "retention.approver_role": (
        "{person}没有有效的“审批人”账户，不能批准领用。领用须由持有审批人角色的部门负责人或分管领导批准。",
        "{person} holds no active approver account and cannot approve a personal retention; "
        "choose a department head or leader holding the approver role.",
    ),
}
