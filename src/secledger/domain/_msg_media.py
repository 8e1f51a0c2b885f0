"""Messages of the classified devices and storage media (domain.media, services.media);
merged into messages.MESSAGES."""

from __future__ import annotations

# code: (zh_CN, en)
MESSAGES: dict[str, tuple[str, str]] = {
    "media.transition_not_allowed": (
        "{state_label}的涉密设备或介质不能{action_label}。",
        "A classified device or medium that is {state_en} cannot be {action_en}.",
    ),
    "media.level_required": (
        "请选择密级（绝密、机密或秘密）。",
        "Choose the classification (绝密, 机密 or 秘密).",
    ),
    "media.level_not_secret": (
        "涉密设备和存储介质的密级须为绝密、机密或秘密，不能是“{level}”。",
        "A classified device or medium is 绝密, 机密 or 秘密, not “{level}”.",
    ),
    "media.level_lowered": (
        "不能把密级从{before}降为{after}：{rule}。",
        "The level cannot go down from {before} to {after}: a storage medium keeps the "
        "highest level it ever held.",
    ),
    "media.level_not_raised": (
        "该设备或介质已是{level}级：提升密级须选择更高的密级。",
        "The item is already {level}: choose a higher level to raise it.",
    ),
    "media.device_no_required": (
        "请填写设备编号（本单位的设备编号）。",
        "Enter the unit's device number.",
    ),
    "media.device_no_taken": (
        "设备编号“{device_no}”已登记（{type}，{state}），不能重复。",
        "Device number “{device_no}” is already registered ({type}, {state}).",
    ),
    "media.holder_required": (
        "请选择责任人：每件涉密设备和存储介质都必须有一名责任人。",
        "Choose the accountable holder: every classified device and medium has one.",
    ),
    "media.holder_clearance": (
        "{person}的涉密等级为“{clearance}”，不能保管或使用{level}级设备和介质。",
        "{person} is cleared “{clearance}” and may not hold a {level} device or medium.",
    ),
    "media.same_holder": (
        "{person}已是该设备或介质的责任人。",
        "{person} is already its accountable holder.",
    ),
    "media.reason_required": (
        "请填写原因。",
        "Enter the reason.",
    ),
    "media.closed": (
        "{device_no}{state_label}，其登记信息不能再修改。",
        "{device_no} is {state_en}; its entry can no longer be changed.",
    ),
    "media.nothing_changed": (
        "没有修改任何内容。",
        "Nothing was changed.",
    ),
    "media.not_lendable": (
        "{type}不是移动存储介质，不能借用：涉密计算机和办公设备改由他人使用的，须办理责任人变更。",
        "A {type} is not a removable medium and cannot be lent: give the device a new "
        "accountable holder instead.",
    ),
    "media.due_required": (
        "请填写借用的归还期限。",
        "Enter the date the medium is due back.",
    ),
    "media.borrower_is_holder": (
        "{person}是该介质的责任人，不需要借用。",
        "{person} is the medium's accountable holder and need not borrow it.",
    ),
    "media.already_requested": (
        "{device_no}已有未完成的{what}（{number}），不能重复申请。",
        "{device_no} already has an open {what_en} ({number}).",
    ),
    "media.not_approved": (
        "{what}{number}尚未批准（{status}），须经批准后才能办理。",
        "{what_en} {number} is not approved ({status}); it needs approval first.",
    ),
    "media.wrong_status": (
        "{what}{number}当前为“{status}”，不能{action}。",
        "{what_en} {number} is “{status}”; it cannot be {action_en}.",
    ),
    "media.fault_required": (
        "请填写故障情况。",
        "Describe the fault.",
    ),
    "media.repairer_required": (
        "外来人员维修须填写维修单位。",
        "A repair by outsiders names the repairer's unit.",
    ),
    "media.repair_agreement": (
        "{mode}须与维修单位签订保密协议，未签订的不能维修。",
        "{mode}: the repairer must sign a confidentiality agreement first.",
    ),
    "media.repair_storage_leaves": (
        "送外维修须先拆除{type}中的存储部件：存储部件不得离开本单位。",
        "Remove the storage from the {type} before it leaves for repair: storage never "
        "leaves the office.",
    ),
    "media.repair_unwatched": (
        "{mode}未拆除存储部件的，须由本单位人员全程现场旁站陪同：请选择陪同人，或先拆除存储部件。",
        "{mode} with the storage still inside needs an on-site escort from the unit: choose "
        "the escort or remove the storage first.",
    ),
    "media.storage_is_the_item": (
        "{type}本身就是存储介质，没有可拆除的存储部件。",
        "A {type} is itself a storage medium: there is no storage to remove.",
    ),
    "media.escort_clearance": (
        "陪同人{person}的涉密等级为“{clearance}”，不能陪同维修{level}级设备。",
        "The escort {person} is cleared “{clearance}” and may not watch over a {level} device.",
    ),
    "media.return_before_send": (
        "返回时间不能早于送修时间（{sent}）。",
        "The return time cannot be before the time it was sent ({sent}).",
    ),
    "media.future_time": (
        "{what}不能晚于现在。",
        "The date or time entered ({what}) cannot be in the future.",
    ),
    "media.work_required": (
        "请填写维修情况（所做的维修工作）。",
        "Describe the work done.",
    ),
    "media.not_a_media_label": (
        "“{label}”不是涉密设备或介质的标签：设备标签为 M 加 11 位字母或数字。",
        "“{label}” is not a device label: a device label is M followed by 11 letters or digits.",
    ),
    "handover.media_borrowed": (
        "{person}借用的{count}件涉密介质（{items}）须先归还其责任人，才能办理移交。",
        "{person} has {count} borrowed medium/media ({items}); return them to their "
        "accountable holder before the handover.",
    ),
    "person.holds_media": (
        "{person}仍是{count}件涉密设备或介质的责任人（{items}），须先移交或交回才能停用。",
        "{person} is still accountable for {count} classified device(s) or medium/media "
        "({items}); hand them over first.",
    ),
    "user.holds_media": (
        "{person}仍是{count}件涉密设备或介质的责任人（{items}），须先移交或交回才能停用其账户"
        "“{username}”。",
        "{person} is still accountable for {count} classified device(s) or medium/media "
        "({items}); hand them over or take them back before disabling the account "
        "“{username}”.",
    ),
}
