"""The one place where error codes become sentences (zh_CN default, en available).

Each message says what is wrong and what to do. Templates use ``str.format`` fields
named after the error's params.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# code: (zh_CN, en)
MESSAGES: dict[str, tuple[str, str]] = {
    "error": ("操作失败。", "The operation failed."),
    "validation": ("输入有误：{detail}", "Invalid input: {detail}"),
    "rule": ("违反规定：{detail}", "Rule violated: {detail}"),
    "not_found": ("未找到{what}：{key}。", "{what} not found: {key}."),
    # reports and exports
    "report.cancelled": ("已取消，未生成文件。", "Cancelled; no file was written."),
    "report.write_failed": (
        "无法写入文件“{path}”：{detail}。请检查文件夹的写入权限和磁盘空间，或另选位置。",
        "Cannot write “{path}”: {detail}. Check the folder's permissions and free space, or choose another place.",
    ),
    "report.no_folder": (
        "文件夹“{folder}”不存在，无法保存“{name}”。请另选保存位置。",
        "The folder “{folder}” does not exist, so “{name}” cannot be saved. Choose another place.",
    ),
    # marks and periods
    "mark.empty": ("请填写密级标志，例如“机密★10年”。", "Enter a classification mark, e.g. 机密★10年."),
    "mark.unknown_level": (
        "无法识别密级“{level}”：密级只能是绝密、机密或秘密（或工作秘密/内部）。",
        "Unknown classification “{level}”: use 绝密, 机密 or 秘密 (or 工作秘密/内部).",
    ),
    "mark.bad_period": (
        "无法识别保密期限“{text}”：请写成“10年”“6个月”“长期”“2030年6月30日”或解密条件。",
        "Cannot read the period “{text}”: write 10年, 6个月, 长期, 2030年6月30日 or a condition.",
    ),
    "mark.period_too_long": (
        "{level}级事项的保密期限最长{max_years}年，不能标为{years}年。",
        "A {level} matter may be kept secret at most {max_years} years, not {years}.",
    ),
    "mark.months_too_many": (
        "不满一年的期限按月计算，月数应为1至11，不能是{months}个月；满一年请写成年。",
        "Periods under a year count in months 1–11, not {months}; write whole years instead.",
    ),
    "mark.zero_period": (
        "保密期限不能为0，请填写实际期限，例如“10年”或“6个月”。",
        "The period cannot be zero; enter the real period, e.g. 10年 or 6个月.",
    ),
    "mark.date_before_issue": (
        "解密时间{date}早于成文日期{issued}，请核对。",
        "Declassification date {date} is before the issue date {issued}.",
    ),
    "mark.date_too_late": (
        "解密时间{date}超过{level}级最长期限（{max_years}年，至{limit}）。",
        "Declassification date {date} exceeds the {level} maximum ({max_years} years, until {limit}).",
    ),
    "mark.bad_date": (
        "日期“{text}”无效，请核对年月日，例如“2030年6月30日”。",
        "The date “{text}” is not valid; check it, e.g. 2030年6月30日.",
    ),
    "mark.period_on_non_secret": (
        "工作秘密/内部事项不标国家秘密保密期限，请去掉★及期限，或改选绝密、机密、秘密。",
        "Work-secret/internal matters carry no state-secret period; remove it or choose a state-secret level.",
    ),
    "mark.condition_empty": (
        "解密条件不能为空，请在★后写明条件，例如“秘密★项目验收后”。",
        "The declassification condition is empty; write it after ★.",
    ),
    "mark.level_missing": (
        "密级标志缺少密级：请在“★”前写绝密、机密或秘密，例如“机密★10年”。",
        "The mark has no classification: put 绝密, 机密 or 秘密 before the ★, e.g. 机密★10年.",
    ),
    "mark.period_missing": (
        "“{level}★”后缺少保密期限：请补上期限，例如“{level}★10年”；未标期限的只写“{level}”（按最长期限计）。",
        "Nothing follows “{level}★”: add the period, e.g. {level}★10年, or write just {level} (maximum period applies).",
    ),
    "mark.star_missing": (
        "密级和解密条件之间缺少“★”：请写成“{level}★{rest}”。",
        "A ★ is missing between the classification and the condition: write {level}★{rest}.",
    ),
    # copy numbers
    "copy_no.empty": ("请填写份号，例如“1-5,8”。", "Enter copy numbers, e.g. 1-5,8."),
    "copy_no.bad_token": (
        "份号“{token}”无法识别：请用数字、连字符和逗号，例如“3-7,9”。",
        "Cannot read copy number “{token}”: use digits, hyphens and commas, e.g. 3-7,9.",
    ),
    "copy_no.reversed": (
        "份号范围“{token}”起止颠倒，请写成“{low}-{high}”。",
        "Copy range “{token}” is reversed; write {low}-{high}.",
    ),
    "copy_no.duplicate": ("份号{number}重复出现，每一份只能登记一次。", "Copy number {number} appears twice."),
    "copy_no.out_of_range": (
        "份号{number}超出范围：份号应为1至999999。",
        "Copy number {number} is out of range (1–999999).",
    ),
    "copy_no.count_mismatch": (
        "份号共{given}个，与份数{count}不符，请核对。",
        "{given} copy numbers given but the number of copies is {count}.",
    ),
    "copy_no.too_many": (
        "一次最多登记{limit}份，当前为{count}份。",
        "At most {limit} copies per registration ({count} given).",
    ),
    "copy_no.taken": (
        "份号{number}在本文件中已登记，不能重复。",
        "Copy number {number} is already registered for this document.",
    ),
    # state machine
    "state.transition_not_allowed": (
        "{state_label}的载体不能{action_label}。",
        "A carrier that is {state_en} cannot be {action_en}.",
    ),
    "state.terminal": (
        "载体{label}已{state_label}，不能再{action_label}。",
        "Carrier {label} is {state_en}; it cannot be {action_en}.",
    ),
    # access
    "access.clearance": (
        "{person}的涉密等级为“{clearance}”，不能知悉{level}级载体（核心可知悉绝密，重要可知悉机密，一般可知悉秘密）。",
        "{person} is cleared “{clearance}” and may not see a {level} carrier.",
    ),
    "access.need_to_know": (
        "{person}不在该文件的知悉范围内，不能知悉。请核对知悉范围或由审批人调整。",
        "{person} is outside the document's need-to-know list.",
    ),
    # authentication and permissions
    "auth.permission_denied": (
        "当前用户没有“{role_label}”权限，不能{action}。",
        "You lack the “{role_label}” role needed to {action}.",
    ),
    "auth.failed": ("登录失败。", "Login failed."),
    "auth.wrong_password": (
        "用户名或密码错误。请检查输入法和大小写后重试；连续失败后需等待才能再试。",
        "Wrong user name or password. Check the keyboard layout and Caps Lock; repeated failures add a waiting time.",
    ),
    "auth.throttled": (
        "密码连续错误{failures}次，请等待{seconds}秒后再试。",
        "{failures} failed attempts: wait {seconds} s before trying again.",
    ),
    "auth.bad_recovery_code": (
        "应急恢复密钥不正确，请核对打印的密钥单。",
        "The recovery code is not correct; check the printed sheet.",
    ),
    "auth.disabled": ("账户“{username}”已停用，请联系保密员。", "Account “{username}” is disabled."),
    "auth.must_change_password": (
        "首次登录或密码被重置，请先修改密码。",
        "You must change your password before continuing.",
    ),
    "auth.weak_password": (
        "密码至少{min_length}位，且须包含字母和数字。",
        "Passwords need at least {min_length} characters with letters and digits.",
    ),
    "auth.password_mismatch": ("两次输入的密码不一致。", "The two passwords differ."),
    "auth.locked": ("台账已锁定，请输入密码解锁。", "The ledger is locked; unlock it with your password."),
    "auth.user_exists": ("用户名“{username}”已存在。", "User name “{username}” already exists."),
    "auth.last_officer": (
        "不能停用最后一个保密员账户。",
        "The last security-officer account cannot be disabled.",
    ),
    # ledger folder
    "ledger.not_a_ledger": (
        "“{path}”不是台账文件夹（缺少{missing}）。请选择包含 ledger.db 和 keyslots.json 的文件夹，或新建台账。",
        "“{path}” is not a ledger folder (missing {missing}). Choose a folder with ledger.db and keyslots.json, or create a ledger.",
    ),
    "ledger.exists": (
        "“{path}”已有台账，不能覆盖。请另选一个空文件夹。",
        "“{path}” already holds a ledger; choose an empty folder.",
    ),
    "ledger.in_use": (
        "台账正被另一个程序使用（进程 {pid}）。请先关闭那个窗口；同一时间只能一处写入。",
        "The ledger is in use by another instance (process {pid}). Close it first.",
    ),
    "ledger.damaged": (
        "台账数据库已损坏或被改动：{detail}。请从 {backups} 中的备份恢复，并报告保密员。",
        "The ledger database is damaged: {detail}. Restore from a backup in {backups}.",
    ),
    "ledger.keyslots_damaged": (
        "密钥槽文件损坏：{detail}。请从备份恢复 keyslots.json。",
        "The key-slot file is damaged: {detail}. Restore keyslots.json from a backup.",
    ),
    "ledger.newer_schema": (
        "台账由更新版本的程序创建（结构版本 {version}），请升级本程序。",
        "The ledger was made by a newer version (schema {version}); upgrade the program.",
    ),
    # people and registration
    "person.holds_carriers": (
        "{person}仍保管{count}件载体（{examples}），须先移交或交回才能停用。",
        "{person} still holds {count} carriers ({examples}); hand them over first.",
    ),
    "person.inactive": ("{person}已停用，不能{action}。", "{person} is inactive and cannot {action}."),
    "doc.title_empty": ("标题不能为空。", "The title is empty."),
    "doc.unit_empty": ("请填写{what}。", "Enter the {what}."),
    "doc.future_date": ("{what}{date}晚于今天，请核对。", "{what_en} {date} is in the future."),
    "doc.serial_required": (
        "{ctype}为电子载体，须填写序列号/编号。",
        "{ctype} is an electronic medium: enter its serial number.",
    ),
    "doc.pages_invalid": ("页数应为0至100000之间的整数。", "Pages must be a whole number 0–100000."),
    "doc.copies_invalid": ("份数应为1至{limit}之间的整数。", "Copies must be 1–{limit}."),
    "doc.voided": ("登记{reg_no}已作废，不能再办理。", "Registration {reg_no} is voided."),
    "doc.reason_required": ("请写明{what}的原因。", "Give a reason for the {what}."),
    "doc.text_too_long": ("{what}过长（最多{limit}字）。", "{what} is too long (at most {limit})."),
    "doc.bad_characters": ("{what}含有控制字符，请删除后重试。", "{what} contains control characters."),
    "dispatch.channel": (
        "涉密载体只能通过机要交通、机要通信或专人递送，不得通过{channel}寄送。",
        "Classified carriers go only by confidential courier, confidential post or designated staff, never by {channel_en}.",
    ),
    "seal.note_required": (
        "封口不完好时须填写情况说明。",
        "When the seal is not intact a note is required.",
    ),
    # policy (services/policy.py)
    "policy.auto_lock_range": (
        "自动锁定时间应为{low}至{high}分钟，不能是{minutes}分钟。",
        "The auto-lock time must be {low}–{high} minutes, not {minutes}.",
    ),
    # approvals (services/approvals.py)
    "approval.own_request": (
        "不能审批自己提出的申请（{summary}），请由其他审批人审批。",
        "You cannot approve your own request ({summary}); another approver must decide.",
    ),
    "approval.not_pending": (
        "该审批（{summary}）已{status}，不能再次处理。",
        "This approval ({summary}) is already {status}; it cannot be decided again.",
    ),
    "approval.form_no_required": (
        "请填写纸质审批单的编号，以便核对原件。",
        "Enter the number of the signed paper form so the original can be traced.",
    ),
    "approval.reason_required": (
        "不批准时须写明理由。",
        "Give a reason when rejecting.",
    ),
    "approval.required": (
        "{what}须经审批后才能办理（当前状态：{status}）。",
        "{what} needs an approval first (status: {status}).",
    ),
    "policy.bad_value": (
        "设置“{key}”的值“{value}”无效，请核对。",
        "The value “{value}” is not valid for “{key}”.",
    ),
    # circulation, retention, archive and loans
    "wf.carrier_required": ("请扫描载体标签或选择载体。", "Scan a carrier label or pick a carrier."),
    "circulation.no_readers": ("请至少选择一名传阅人。", "Choose at least one reader."),
    "circulation.duplicate_reader": (
        "传阅顺序中同一人出现了两次，请删去重复的传阅人。",
        "A reader appears twice in the reading order; remove the duplicate.",
    ),
    "circulation.not_in_store": (
        "载体{reg_no}（份号{copy_no}）当前{state_label}，不在库，不能送阅。规定：只有在库的载体才能传阅，请先收回。",
        "Carrier {reg_no} (copy {copy_no}) is {state_en}, not in store; only carriers in store can be circulated.",
    ),
    "circulation.no_horizontal": (
        "载体{reg_no}（份号{copy_no}）正由{reader}传阅，须先退回机要员，才能送给{next}。规定：传阅直进直出，不得横传。",
        "Carrier {reg_no} (copy {copy_no}) is with {reader}: it must come back to the clerk before it goes to {next} (no reader-to-reader passing).",
    ),
    "circulation.not_out": (
        "载体{reg_no}（份号{copy_no}）当前{state_label}，不在传阅中，不能登记传阅退回。",
        "Carrier {reg_no} (copy {copy_no}) is {state_en}, not out for circulation; nothing to return.",
    ),
    "circulation.no_next_reader": (
        "文件{reg_no}没有待阅的下一位传阅人，请先安排传阅顺序或直接选择传阅人。",
        "{reg_no} has no next reader planned; plan a reading order or choose a reader.",
    ),
    "circulation.bad_sign_time": (
        "签阅时间应在送阅之后、不晚于现在，请核对传阅单上的时间。",
        "The sign-off time must be after sending and not in the future; check the slip.",
    ),
    "retention.not_in_store": (
        "载体{reg_no}（份号{copy_no}）当前{state_label}，不在库，不能领用。",
        "Carrier {reg_no} (copy {copy_no}) is {state_en}, not in store; it cannot be issued.",
    ),
    "retention.not_out": (
        "载体{reg_no}（份号{copy_no}）当前{state_label}，不是领用状态，不能登记交回。",
        "Carrier {reg_no} (copy {copy_no}) is {state_en}, not issued to a person; nothing to take back.",
    ),
    "retention.approver_required": (
        "领用须经审批，请选择批准领用的审批人。",
        "Issuing a carrier for personal retention needs an approver; choose one.",
    ),
    "wf.due_in_past": (
        "应还日期{date}早于今天，请核对。",
        "The due date {date} is before today.",
    ),
    "archive.not_in_store": (
        "载体{reg_no}（份号{copy_no}）当前{state_label}，不在库，不能归档。",
        "Carrier {reg_no} (copy {copy_no}) is {state_en}, not in store; it cannot be archived.",
    ),
    "archive.location_required": (
        "请填写存放位置（档案柜和档案盒）。",
        "Enter the location (cabinet and box).",
    ),
    "loan.not_archived": (
        "载体{reg_no}（份号{copy_no}）当前{state_label}，不在档案库中，不能出借。规定：只出借已归档的载体。",
        "Carrier {reg_no} (copy {copy_no}) is {state_en}, not archived; only archived carriers are lent.",
    ),
    "loan.already_requested": (
        "载体{reg_no}（份号{copy_no}）已在借阅单{loan_no}中，不能重复申请。",
        "Carrier {reg_no} (copy {copy_no}) is already on loan request {loan_no}.",
    ),
    "loan.no_carriers": ("请至少选择一件借阅载体。", "Choose at least one carrier to lend."),
    "loan.purpose_required": ("请填写借阅目的。", "Enter the purpose of the loan."),
    "loan.wrong_status": (
        "借阅单{loan_no}当前为“{status}”，不能{action}。",
        "Loan {loan_no} is “{status}”; it cannot be {action_en}.",
    ),
    "loan.renew_limit": (
        "借阅单{loan_no}已续借{count}次，达到上限{limit}次，须归还后重新申请。",
        "Loan {loan_no} was renewed {count} times, the limit is {limit}; return it and request again.",
    ),
    "loan.not_out": (
        "载体{reg_no}（份号{copy_no}）当前{state_label}，不是借出状态，不能登记借阅归还。",
        "Carrier {reg_no} (copy {copy_no}) is {state_en}, not on loan; nothing to return.",
    ),
    # handover, recall, stocktake, loss
    "handover.same_person": (
        "移交人和接收人不能是同一人（{person}），请另选接收人。",
        "The giver and the receiver cannot be the same person ({person}); choose another receiver.",
    ),
    "handover.witness_party": (
        "监交人{person}不能同时是移交人或接收人，请另选监交人。",
        "The witness {person} cannot also be the giver or the receiver; choose another witness.",
    ),
    "handover.receiver_clearance": (
        "接收人{person}的涉密等级为“{clearance}”，不能接收{level}级载体。请另选涉密等级足够的接收人。",
        "The receiver {person} has clearance “{clearance}” and cannot take {level} carriers; choose a receiver cleared for them.",
    ),
    "handover.list_changed": (
        "{person}保管的载体在核对后发生了变化，移交清单已过时。请重新列出清单、核对后再确认。",
        "What {person} holds changed after the list was checked; list it again, check it and confirm.",
    ),
    "recall.no_documents": ("请选择清退通知涉及的文件。", "Choose the documents the recall request names."),
    "recall.no_carriers": ("请选择要清退的载体。", "Choose the carriers to return."),
    "recall.not_in_custody": (
        "载体{carrier}当前{state_label}（保管人：{holder}），不在库，不能清退。请先收回入库再清退。",
        "Carrier {carrier} is {state_en} (holder: {holder}), not in custody; take it back before returning it to its issuer.",
    ),
    "loss.no_carriers": ("请选择遗失的载体或涉密设备、存储介质。",
                         "Choose the lost carriers, devices or storage media."),
    "loss.already_lost": (
        "载体{carrier}（份号{copy_no}）已报告遗失，不能重复报告。",
        "Carrier {carrier} (copy {copy_no}) is already reported lost.",
    ),
    "loss.already_found": (
        "该载体已在遗失报告{loss_no}中登记找回。",
        "This carrier is already recorded as found in loss report {loss_no}.",
    ),
    "stocktake.closed": (
        "清查盘点{reg_no}{status}，不能再扫描或修改；如需复查请新建一次清查盘点。",
        "Stocktake {reg_no} is closed ({status}); start a new stocktake to check again.",
    ),
    "stocktake.not_finished": (
        "清查盘点{reg_no}尚未完成：请先完成盘点，再将缺失载体报告遗失。",
        "Stocktake {reg_no} is not finished; finish it before reporting missing items lost.",
    ),
    "stocktake.not_missing": (
        "载体#{carrier}不在清查盘点{reg_no}的缺失清单中，不能从此处报告遗失。",
        "Carrier #{carrier} is not on the missing list of stocktake {reg_no}.",
    ),
    # copying and destruction
    "copy.no_copy": (
        "《{title}》（{reg_no}）标有“不得复制”，不能复制。",
        "“{title}” ({reg_no}) is marked do-not-copy; it cannot be copied.",
    ),
    "copy.origin_required": (
        "绝密级载体复制须经原定密机关或其上级机关批准：请填写批准机关、批准文号和批准日期，再提交单位领导审批。",
        "Copying 绝密 needs the approval of the original classifying body or its superior: enter the body, its approval reference and date, then ask the unit's leader.",
    ),
    "copy.copies_invalid": ("复制份数应为1至{limit}份。", "The number of copies must be 1–{limit}."),
    "copy.reason_required": ("请写明复制事由。", "Give the reason for copying."),
    "copy.source_gone": (
        "{reg_no}第{copy_no}份当前“{state_label}”，不能作为复制的原件。",
        "{reg_no} copy {copy_no} is {state_en}; it cannot be the source of a copy.",
    ),
    "copy.status": (
        "复制申请{request_no}{status}，不能{action}。",
        "Copy request {request_no} is {status}; it cannot be {action_en}.",
    ),
    "copy.not_approved": (
        "复制申请{request_no}{status}：须经批准后才能复制。",
        "Copy request {request_no} is {status}: it must be approved before copying.",
    ),
    "copy.serials_required": (
        "复制到{medium}为电子载体，须逐份填写载体编号（共{count}份，现填了{given}个）。",
        "Copies onto {medium} are electronic media: enter one serial number per copy ({count} copies, {given} given).",
    ),
    "approval.post": (
        "按本单位制度，{what}须由{posts}审批；{person}（职务：{post}）不能批准。",
        "Under the unit's policy {what} must be approved by {posts}; {person} ({post}) cannot approve it.",
    ),
    "destruction.not_in_custody": (
        "{reg_no}第{copy_no}份当前“{state_label}”（保管人：{holder}），不在本单位保管中：只有在库或已归档的载体才能列入销毁清单，请先收回。",
        "{reg_no} copy {copy_no} is {state_en} (holder: {holder}): only carriers in store or archived can go on a destruction manifest. Take it back first.",
    ),
    "destruction.gone": (
        "{reg_no}第{copy_no}份已“{state_label}”，不能再列入销毁清单。",
        "{reg_no} copy {copy_no} is already {state_en}; it cannot go on a destruction manifest.",
    ),
    "destruction.recall_required": (
        "{reg_no}第{copy_no}份须清退来文单位（{unit}），不得自行销毁：请办理清退。",
        "{reg_no} copy {copy_no} must be returned to its issuer ({unit}), not destroyed here: record a recall return instead.",
    ),
    "destruction.on_other": (
        "{reg_no}第{copy_no}份已列入销毁清单{other}，不能重复列入。",
        "{reg_no} copy {copy_no} is already on destruction manifest {other}.",
    ),
    "destruction.frozen": (
        "销毁清单{reg_no}{status}，清单已冻结，不能再增删载体。",
        "Destruction manifest {reg_no} is {status}; the list is frozen and cannot be edited.",
    ),
    "destruction.status": (
        "销毁清单{reg_no}{status}，不能{action}。",
        "Destruction manifest {reg_no} is {status}; it cannot be {action_en}.",
    ),
    "destruction.not_approved": (
        "销毁清单{reg_no}{status}：须经分管领导批准后才能销毁。",
        "Destruction manifest {reg_no} is {status}: it must be approved by the responsible leader before destruction.",
    ),
    "destruction.empty": (
        "销毁清单{reg_no}还没有载体，请先扫描或选择要销毁的载体。",
        "Destruction manifest {reg_no} lists no carriers yet; scan or pick the carriers to destroy.",
    ),
    "destruction.checker_required": (
        "提交审批前请指定清点人，由其当面清点核对清单与实物。",
        "Name the checker who counted the carriers against the list before submitting.",
    ),
    "destruction.checker_is_preparer": (
        "清点人不能是登记人本人（{person}），请另指定一人清点核对。",
        "The checker cannot be the preparer ({person}); name someone else to count.",
    ),
    "destruction.escorts_min": (
        "送销人至少两名（现为{count}名）。",
        "At least two escorts are required ({count} named).",
    ),
    "destruction.witnesses_min": (
        "{why}监销人至少{min}名（现为{count}名）。",
        "{why_en}at least {min} witnesses are required ({count} named).",
    ),
    "destruction.person_twice": (
        "{person}在{role}中重复出现，请每人只选一次。",
        "{person} appears twice among the {role}.",
    ),
    "destruction.method_media": (
        "“{method}”不适用于{ctype}（{item}）：{ctype}可用{fits}。{rule}。",
        "“{method}” does not fit {item} ({ctype}): choose a method that fits the medium.",
    ),
    "destruction.method_erase": (
        "{item}（{medium}）不能以格式化或删除数据代替销毁：{rule}。",
        "{item} ({medium}) cannot be formatted or erased instead of destroyed: storage media are destroyed physically.",
    ),
    "destruction.site_required": ("请填写销毁地点。", "Enter where the destruction took place."),
    "destruction.equipment_required": (
        "本单位自行销毁须在经批准的设备上进行：请填写销毁设备（型号/编号）。",
        "In-house destruction must use approved equipment: enter the equipment (model / number).",
    ),
    "destruction.certificate_required": (
        "送销毁中心销毁须填写销毁中心出具的证明/回执编号。",
        "For destruction at the destruction centre enter the number of its certificate / receipt.",
    ),
    "destruction.destroyer_required": ("请填写销毁人。", "Enter who carried out the destruction."),
    # command line and backups
    "cli.no_password": (
        "没有输入密码。请在提示时输入密码，或设置环境变量 SECLEDGER_PASSWORD。",
        "No password given. Type it when asked, or set SECLEDGER_PASSWORD.",
    ),
    "cli.cancelled": ("已取消。", "Cancelled."),
    "cli.bad_arguments": (
        "参数有误：{detail}。用 secledger --help 查看用法。",
        "Bad arguments: {detail}. See secledger --help.",
    ),
    "cli.io_error": (
        "无法读写“{path}”：{detail}。请检查路径、权限和磁盘空间。",
        "Cannot read or write “{path}”: {detail}. Check the path, permissions and free space.",
    ),
    "cli.unexpected": (
        "意外错误（{detail}）。请记下此信息并报告保密员；设置 SECLEDGER_DEBUG=1 可显示详细信息。",
        "Unexpected error ({detail}). Note it and tell the security officer; set SECLEDGER_DEBUG=1 for details.",
    ),
    "cli.demo_user": (
        "演示台账没有账户“{username}”，可用账户：{usernames}。",
        "The demo ledger has no account “{username}”; accounts: {usernames}.",
    ),
    "ledger.backup_failed": (
        "备份失败：无法写入“{target}”（{detail}）。请换一个有足够空间且可写的文件夹。",
        "Backup failed: cannot write “{target}” ({detail}). Choose a writable folder with enough space.",
    ),
    # receipt and dispatch registration
    "form.invalid": (
        "有{count}处输入有误（{fields}），请按各栏旁的提示改正后再保存；未保存任何内容。",
        "{count} entries are invalid ({fields}); correct them as shown beside each field. Nothing was saved.",
    ),
    "doc.level_missing": (
        "请选择密级，或在“密级标志”栏填写完整标志，例如“机密★10年”。",
        "Choose a classification, or type the whole mark, e.g. 机密★10年.",
    ),
    "doc.department_required": (
        "请选择制作（起草）部门。",
        "Choose the drafting department.",
    ),
    "doc.approver_required": (
        "请填写签发人（批准印发的领导）。",
        "Enter who approved the issuance.",
    ),
    "doc.serial_count": (
        "{ctype}共{count}份，须逐份填写序列号（每行一个），现填了{given}个。",
        "{count} copies of {ctype}: enter one serial number per copy (one per line); {given} given.",
    ),
    "doc.serial_duplicate": (
        "序列号“{serial}”重复，每件电子载体的序列号应不同。",
        "Serial number “{serial}” appears twice; every medium has its own.",
    ),
    "dispatch.no_carriers": (
        "请选择要发出的载体（份号）。",
        "Choose the carriers (copies) to dispatch.",
    ),
    "dispatch.not_in_store": (
        "{reg_no}第{copy_no}份当前“{state_label}”，只有在库的载体才能发出；请先收回。",
        "{reg_no} copy {copy_no} is {state_en}; only carriers in store can be dispatched. Take it back first.",
    ),
    "dispatch.receipt_recorded": (
        "发出登记{reg_no}的回执已于{date}登记，不能重复登记。",
        "The receipt for dispatch {reg_no} was already recorded on {date}.",
    ),
    "dispatch.receipt_before_dispatch": (
        "回执日期{date}早于发出日期{sent}，请核对。",
        "Receipt date {date} is before the dispatch date {sent}; check it.",
    ),
    "distribution.not_in_store": (
        "{reg_no}第{copy_no}份当前“{state_label}”，只有在库的载体才能分发；请先收回。",
        "{reg_no} copy {copy_no} is {state_en}; only carriers in store can be distributed.",
    ),
    "distribution.not_out": (
        "{reg_no}第{copy_no}份当前“{state_label}”，不在分发/承办中，无需收回。",
        "{reg_no} copy {copy_no} is {state_en}, not out for action; nothing to take back.",
    ),
    "void.carrier_out": (
        "{reg_no}不能作废：{copies}已不在库。请先收回这些载体；已发出、清退或销毁的登记不能作废，只能更正。",
        "{reg_no} cannot be voided: {copies} not in store. Take them back first; a registration whose carriers left for good can only be corrected.",
    ),
    "correct.nothing": (
        "没有需要更正的内容：填写的新值与原登记相同。",
        "Nothing to correct: the new values equal the registered ones.",
    ),
    "correct.field_not_allowed": (
        "“{field_label}”不能通过更正修改：{why}。",
        "“{field_label}” cannot be corrected: {why}.",
    ),
    "retention.person_required": (
        "请选择领用人（领用载体的人员）。",
        "Choose the person the carrier is issued to.",
    ),
}

def _merge_parts() -> None:
    """Merge every ``domain/_msg_*.py`` part (one per area, each with its own ``MESSAGES``):
    a new area adds its file and nothing here changes. A code defined twice is an error."""
    import importlib
    import pkgutil

    import secledger.domain as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
        if not info.name.startswith("_msg_"):
            continue
        part = importlib.import_module(f"secledger.domain.{info.name}")
        clash = MESSAGES.keys() & part.MESSAGES.keys()
        assert not clash, clash
        MESSAGES.update(part.MESSAGES)


_merge_parts()

_STATE_EN = {
    "in_store": "in store",
    "with_holder": "issued to a holder",
    "circulating": "in circulation",
    "archived": "archived",
    "on_loan": "on loan",
    "carried_out": "carried out",
    "dispatched": "dispatched",
    "returned_to_issuer": "returned to its issuer",
    "destroyed": "destroyed",
    "declassified": "declassified",
    "lost": "lost",
    "voided": "voided",
}


class _Default(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def in_english(value: Any) -> Any:
    from secledger.domain._words_en import in_english as words

    return words(value)


def render(code: str, lang: str, params: Mapping[str, Any]) -> str:
    """Message for *code* in *lang* ('zh_CN' or 'en'), falling back to the generic text."""
    pair = MESSAGES.get(code) or MESSAGES.get(code.split(".")[0]) or MESSAGES["error"]
    english = lang.startswith("en")
    template = pair[1] if english else pair[0]
    values = _Default({k: in_english(v) for k, v in params.items()} if english else params)
    if "state" in params and "state_en" not in params:
        values["state_en"] = _STATE_EN.get(str(params["state"]), str(params["state"]))
    for key in list(params):  # "{what_en}" from "what" when a caller gave only the Chinese
        if f"{key}_en" not in values:
            values[f"{key}_en"] = in_english(params[key])
    text = template.format_map(values)
    return text[:1].upper() + text[1:] if english else text
