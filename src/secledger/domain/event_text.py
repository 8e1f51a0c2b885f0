"""Every event kind in words: a short name and one sentence, in Chinese and in English.

The carrier history (台账查询), the audit log and its printout read an event through
``describe`` and ``kind_name``; nobody reads payload keys. ``复制2份（复印），申请号复申2026-00003``
instead of ``copies=2; medium=photocopy; …``.

How to add an event kind
------------------------
Add one entry to ``KINDS`` (keep the families together)::

    "loan.renewed": Kind("借阅续借", "Loan renewed",
                         "借阅{loan_no}续借至{due_after}[（第{renewal}次）]",
                         "Loan {loan_no} renewed until {due_after}[ (renewal {renewal})]"),

- ``{key}`` is a key of the event's payload, put into words by ``event_fields.FIELDS`` (person
  ids become names, carrier ids 登记号/份号, codes their labels, times the ledger's local time).
  A key the table does not know is shown as it is; give it a formatter in ``FIELDS`` (or, when
  the key means something special in this kind only, in ``Kind(..., fields={key: fmt})``).
- ``[...]`` is an optional part: it is left out when a key inside it is missing or empty.
- ``{key?}`` shows nothing; its part is kept only when the value is true (``[{overdue?}，已逾期]``).
- A key outside ``[...]`` whose value is missing or empty shows as ``—``.
- The English sentence has no Chinese of its own: data (titles, names, 登记号) come from keys.

``tests/domain/test_event_text.py`` finds every kind the code can emit (``led.event(s, "…")``,
``eventlog.append(kind="…")``, every carrier ``Action``) and fails for a kind missing here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from secledger.domain import event_fields as f
from secledger.domain.classification import DecisionKind
from secledger.domain.departures import DepartureKind, months_label, months_label_en
from secledger.domain.enums import Classification
from secledger.domain.media import MediaAction
from secledger.domain.selfinspection import ITEMS_BY_CODE, Result
from secledger.domain.states import Action


@dataclass(frozen=True)
class Kind:
    name: str  # short name, Chinese: 借阅续借
    name_en: str
    zh: str  # the sentence templates
    en: str
    fields: Mapping[str, f.Fmt] = field(default_factory=dict)  # this kind's own key meanings


_ACTION_SENTENCES: dict[Action, tuple[str, str]] = {
    Action.REGISTER: (
        "{reg_no}第{copy_no}份登记[（{carrier_type}）][，序列号{serial_no}]"
        "[；复制件，复制号{copy_reg_no}][，据复制申请{copy_request_no}]",
        "Copy {copy_no} of {reg_no} registered[ ({carrier_type})][, serial no. {serial_no}]"
        "[; a copy, copy register no. {copy_reg_no}][, under request {copy_request_no}]"),
    Action.ISSUE_TO: (
        "交{holder_after}[{retention_id?}个人领用][{distribution_id?}承办]"
        "[，{due_at}前交回][，{due_on}前交回][，用途：{purpose}]",
        "Issued to {holder_after}[{retention_id?} for personal retention]"
        "[{distribution_id?} to act on][, due back {due_at}][, due back {due_on}]"
        "[; purpose: {purpose}]"),
    Action.TAKE_BACK: ("{holder_before}交回[{retention_id?}（个人领用）][{distribution_id?}（承办）]",
                       "Taken back from {holder_before}"
                       "[{retention_id?} (personal retention)][{distribution_id?} (acted on)]"),
    Action.CIRCULATE: ("送{reader_id}阅[，{due_at}前退回][{plan_id?}（按传阅顺序）]",
                       "Sent to {reader_id} to read[, back by {due_at}][{plan_id?} (reading plan)]"),
    Action.CIRCULATION_RETURN: (
        "{reader_id}阅毕退回[，{sign_via}][，签收时间{signed_at}][，意见：{comment}]",
        "Returned by {reader_id}[, {sign_via}][ at {signed_at}][; comment: {comment}]"),
    Action.ARCHIVE: ("归档[，存放于{location_after}]", "Filed in the archive[ at {location_after}]"),
    Action.WITHDRAW_FROM_ARCHIVE: ("调出档案[，原存放于{location_before}]",
                                   "Withdrawn from the archive[ (was at {location_before})]"),
    Action.LEND: ("借给{holder_after}[，借阅号{loan_no}][，{take_out}][，{due_at}前归还]",
                  "Lent to {holder_after}[ on loan {loan_no}][, {take_out}][, due back {due_at}]"),
    Action.LOAN_RETURN: ("{holder_before}归还[借阅{loan_no}]",
                         "Returned by {holder_before}[ from loan {loan_no}]"),
    Action.CARRY_OUT: ("由{holder_after}携带外出[，前往{destination}][，{due_at}前带回]",
                       "Carried out by {holder_after}[ to {destination}][, back by {due_at}]"),
    Action.CARRY_BACK: ("携带外出后带回", "Brought back from outside"),
    Action.DISPATCH: ("以{channel}发往{unit}[，发出号{dispatch_reg_no}][，文号{dispatch_no}]",
                      "Dispatched to {unit} ({channel})[, dispatch no. {dispatch_reg_no}]"
                      "[, ref. {dispatch_no}]"),
    Action.RETURN_TO_ISSUER: (
        "清退至{unit}[，清退号{return_no}][，{returned_on}][，接收人{unit_handler}]"
        "[，回执号{receipt_no}]",
        "Returned to {unit}[, return no. {return_no}][ on {returned_on}]"
        "[, received by {unit_handler}][, receipt {receipt_no}]"),
    Action.DESTROY: ("销毁[，清单{destruction_no}][，{method}][，{destroyed_on}][，证明编号{certificate_no}]",
                     "Destroyed[ under list {destruction_no}][ ({method})][ on {destroyed_on}]"
                     "[, certificate {certificate_no}]"),
    Action.DECLASSIFY: ("解密[，决定文号{decision_no}][：{reason}]",
                        "Declassified[, decision {decision_no}][: {reason}]"),
    Action.REPORT_LOST: ("报告{kind}[，报告号{loss_no}][，发现于{discovered_at}]"
                         "[；携带外出{carry_out_no}中遗失]",
                         "Reported missing ({kind})[, report {loss_no}][, found missing {discovered_at}]"
                         "[; lost while carried out on {carry_out_no}]"),
    Action.FOUND: ("找回[，遗失报告{loss_no}][，{found_at}][：{note}]",
                   "Found[ (loss report {loss_no})][ {found_at}][: {note}]"),
    Action.VOID: ("作废[：{reason}]", "Voided[: {reason}]"),
    Action.HANDOVER: ("由{holder_before}移交{holder_after}[，移交号{handover_no}][，事由：{reason}]"
                      "[，监交人{witness_id}]",
                      "Handed over from {holder_before} to {holder_after}[, handover {handover_no}]"
                      "[, reason: {reason}][, witnessed by {witness_id}]"),
}
_ACTION_FIELDS: dict[Action, dict[str, f.Fmt]] = {
    Action.HANDOVER: {"reason": f.HANDOVER_REASON},
    Action.REPORT_LOST: {"kind": f.LOSS_KIND},
}


def _months(value: Any, _body: Mapping[str, Any], ctx: f.Ctx) -> str:
    months = int(value) if isinstance(value, int) else 0
    return months_label_en(months) if ctx.en else months_label(months)


#: the keys of the departure events
_DEPARTURE: dict[str, f.Fmt] = {
    "kind": f.labelled(DepartureKind), "departs_on": f.day, "cooling_from": f.day,
    "cooling_until": f.day, "cooling_months": _months,
}

KINDS: dict[str, Kind] = {
    f"carrier.{a.value}": Kind(a.label, a.label_en[:1].upper() + a.label_en[1:],
                               *_ACTION_SENTENCES[a], fields=_ACTION_FIELDS.get(a, {}))
    for a in Action
}
KINDS.update({
    f"media.{a.value}": Kind(
        a.label, a.label_en[:1].upper() + a.label_en[1:],
        "{device_no}" + a.label + "[，责任人{holder_before} → {holder_after}]"
        "[，密级{level_before} → {level_after}][；{reason}]",
        "{device_no} " + a.label_en + "[; holder {holder_before} → {holder_after}]"
        "[; level {level_before} → {level_after}][; {reason}]",
        fields={"level_before": f.labelled(Classification),
                "level_after": f.labelled(Classification)})
    for a in MediaAction
})
KINDS.update({
    # registration
    "document.registered": Kind(
        "文件登记", "Document registered",
        "{register}登记{reg_no}《{title}》[，{mark}][，文号{doc_no}][，单位：{unit}][{pages?}，{pages}页]",
        "{register} register: {reg_no} “{title}”[, {mark}][, ref. {doc_no}][, unit: {unit}]"
        "[{pages?}, {pages} pages]"),
    "document.corrected": Kind("登记更正", "Registration corrected",
                               "更正{reg_no}：{after}[；原因：{reason}]",
                               "{reg_no} corrected: {after}[; reason: {reason}]"),
    "document.updated": Kind("文件信息更正", "Document details corrected",
                             "更正文件信息[：{after}]", "Document details corrected[: {after}]"),
    "document.voided": Kind("文件作废", "Document voided", "{reg_no}作废[：{reason}]",
                            "{reg_no} voided[: {reason}]"),
    "document.recall_required": Kind("须清退标记", "Marked for return",
                                     "{issuer}要求清退[（{reference}）]",
                                     "{issuer} asks for its return[ ({reference})]"),
    "document.reclassified": Kind("密级变更", "Classification changed",
                                  "密级变更[：{mark_before} → {mark_after}][，决定文号{decision_no}]",
                                  "Classification changed[: {mark_before} → {mark_after}]"
                                  "[, decision {decision_no}]"),
    "document.declassified": Kind("解密", "Declassified", "文件解密[，决定文号{decision_no}]",
                                  "Document declassified[, decision {decision_no}]"),
    "document.classified": Kind("定密", "Classified",
                                "定密：{mark_after}[，决定文号{decision_no}][，定密依据：{basis}]",
                                "Classified as {mark_after}[, decision {decision_no}]"
                                "[; basis: {basis}]"),
    "document.secrecy_extended": Kind("保密期限延长", "Secrecy period extended",
                                      "保密期限延长[：{mark_before} → {mark_after}]"
                                      "[，决定文号{decision_no}]",
                                      "Secrecy period extended[: {mark_before} → {mark_after}]"
                                      "[, decision {decision_no}]"),
    "document.classification_reviewed": Kind(
        "定密年度审核", "Yearly classification review",
        "年度审核：维持{mark_after}[，决定文号{decision_no}]",
        "Yearly review: {mark_after} kept[, decision {decision_no}]"),
    "document.originator_silent": Kind(
        "年度审核（原定密机关无变更）", "Yearly review (no notice from the originator)",
        "{year}年度审核：未收到{unit}的变更或解密通知[；{note}]",
        "Yearly review {year}: no change or declassification notice from {unit}[; {note}]"),
    "carrier.mark_changed": Kind(
        "密级标志变更", "Mark changed",
        "{reg_no}第{copy_no}份密级标志[{mark_before} → {mark_after}][{declassified?}，已解密，待标注]"
        "[{relabel?}，待换标][（决定文号{decision_no}）]",
        "Copy {copy_no} of {reg_no}: mark[ {mark_before} → {mark_after}]"
        "[{declassified?}, declassified, marking due][{relabel?}, new label due]"
        "[ (decision {decision_no})]"),
    "classification.designated": Kind(
        "指定定密责任人", "Classifier designated",
        "指定{person_id}为定密责任人，最高可定{max_level}[，依据{reference}][；{scope_note}]",
        "{person_id} designated classifier up to {max_level}[ ({reference})][; {scope_note}]",
        fields={"max_level": f.labelled(Classification)}),
    "classification.designation_revoked": Kind(
        "撤销定密责任人", "Classifier designation ended",
        "撤销{person_id}的定密责任人指定[：{reason}]",
        "{person_id} no longer a classifier[: {reason}]"),
    "classification.proposed": Kind(
        "定密（变更、解密）申请", "Classification proposed",
        "{proposer_id}提出{kind}申请{proposal_no}[，定密依据：{basis}][，{due_on}前办结]",
        "{proposer_id} proposed {kind} ({proposal_no})[; basis: {basis}][; due by {due_on}]",
        fields={"kind": f.labelled(DecisionKind), "due_on": f.day, "proposer_id": f.person}),
    "classification.proposal_withdrawn": Kind(
        "撤回定密（变更、解密）申请", "Classification proposal withdrawn",
        "撤回申请{proposal_no}[：{reason}]", "Proposal {proposal_no} withdrawn[: {reason}]"),
    "classification.proposal_sent": Kind(
        "向原定密机关提出建议", "Proposal sent to the originator",
        "向{addressee}提出{kind}建议[（{sent_ref}）][，{sent_on}]",
        "{kind} proposed to {addressee}[ ({sent_ref})][ on {sent_on}]",
        fields={"kind": f.labelled(DecisionKind), "sent_on": f.day}),
    "classification.notice_acknowledged": Kind(
        "变更（解密）通知签收", "Notice acknowledged",
        "{person_id}签收通知{notice_no}[，{signed_on}]",
        "{person_id} acknowledged notice {notice_no}[ on {signed_on}]",
        fields={"signed_on": f.day}),
    "carry_out.requested": Kind(
        "携带外出申请", "Carry-out requested",
        "申请{carry_out_no}：{person_ids}携带{carrier_ids}外出[，前往{destination}][，事由：{purpose}]"
        "[，{out_on}至{back_on}][{foreign_affairs?}，涉外活动][{abroad?}，出境][；防护措施：{measures}]",
        "Request {carry_out_no}: {person_ids} to carry {carrier_ids} out[ to {destination}]"
        "[ for {purpose}][, {out_on} to {back_on}][{foreign_affairs?}, a foreign-affairs activity]"
        "[{abroad?}, abroad][; protective measures: {measures}]",
        fields={"out_on": f.day, "back_on": f.day}),
    "carry_out.returned": Kind("携带外出全部带回", "Carry-out all back",
                               "{carry_out_no}携带外出的载体已全部带回[（其中{lost_carrier_ids}"
                               "已报告遗失）]",
                               "Everything carried out on {carry_out_no} is back[ (except "
                               "{lost_carrier_ids}, reported lost)]",
                               fields={"lost_carrier_ids": f.carriers}),
    "carry_out.cancelled": Kind("携带外出撤销", "Carry-out withdrawn",
                                "撤销携带外出申请{carry_out_no}[：{reason}]",
                                "Carry-out request {carry_out_no} withdrawn[: {reason}]"),
    "media.edited": Kind("涉密设备信息更正", "Device details corrected",
                         "更正{device_no}：{after}[；原因：{reason}]",
                         "{device_no} corrected: {after}[; reason: {reason}]"),
    "media.label_printed": Kind("打印设备标签", "Device label printed",
                                "打印{device_no}的标签[（{layout}）]",
                                "Label of {device_no} printed[ ({layout})]"),
    "media.loan_requested": Kind(
        "借用申请", "Medium loan requested",
        "{borrower_id}申请借用{device_no}（{loan_no}）[，用途：{purpose}][，{due_at}前归还]",
        "{borrower_id} asked to borrow {device_no} ({loan_no})[ for {purpose}]"
        "[, due back {due_at}]"),
    "media.loan_cancelled": Kind("借用申请撤销", "Medium loan withdrawn",
                                 "撤销借用申请{loan_no}[：{reason}]",
                                 "Loan request {loan_no} withdrawn[: {reason}]"),
    "media.repair_requested": Kind(
        "维修申请", "Repair requested",
        "{device_no}申请维修（{repair_no}）[：{fault}][，维修单位：{repairer_unit}]"
        "[{storage_removed?}，存储部件已拆除][，现场监修：{escort_id}]",
        "Repair of {device_no} requested ({repair_no})[: {fault}][; repairer: {repairer_unit}]"
        "[{storage_removed?}; storage removed][; escort on site: {escort_id}]",
        fields={"escort_id": f.person}),
    "media.repair_cancelled": Kind("维修申请撤销", "Repair withdrawn",
                                   "撤销维修申请{repair_no}[：{reason}]",
                                   "Repair request {repair_no} withdrawn[: {reason}]"),
    "meeting.created": Kind(
        "涉密会议登记", "Classified meeting registered",
        "登记会议{meeting_no}《{name}》[，{starts_on}至{ends_on}][，地点：{place}][，最高密级{level}]",
        "Meeting {meeting_no} “{name}” registered[, {starts_on} to {ends_on}][ at {place}]"
        "[, up to {level}]",
        fields={"starts_on": f.day, "ends_on": f.day}),
    "meeting.attendees_added": Kind("增加参会人员", "Attendees added",
                                    "会议{meeting_no}增加参会人员{person_ids}",
                                    "Attendees added to meeting {meeting_no}: {person_ids}"),
    "meeting.attendee_removed": Kind("移除参会人员", "Attendee removed",
                                     "会议{meeting_no}移除参会人员{person_id}",
                                     "{person_id} removed from meeting {meeting_no}"),
    "meeting.document_added": Kind("会议文件登记", "Meeting document registered",
                                   "会议{meeting_no}文件{reg_no}[，统一编号{unified_no}]",
                                   "Meeting {meeting_no} document {reg_no}"
                                   "[, unified no. {unified_no}]"),
    "meeting.issued": Kind("会议文件发放", "Meeting documents issued",
                           "会议{meeting_no}向{person_id}发放{carrier_ids}[{signed?}，已签收]",
                           "Meeting {meeting_no}: {carrier_ids} issued to {person_id}"
                           "[{signed?}, signed for]"),
    "meeting.kept": Kind("会后留存", "Kept after the meeting",
                         "会议{meeting_no}文件由{person_id}留存（领用）[，{due_at}前交回]",
                         "Meeting {meeting_no}: kept by {person_id} (personal retention)"
                         "[, due back {due_at}]"),
    "meeting.not_back_noted": Kind("未收回说明", "Not back: explained",
                                   "会议{meeting_no}：{person_id}的文件未收回[：{note}]",
                                   "Meeting {meeting_no}: not back from {person_id}[: {note}]"),
    "meeting.closed": Kind("会议结束清点", "Meeting closed",
                           "会议{meeting_no}结束：发放{issued}份，收回{collected}份，留存{kept}份"
                           "[，未收回{not_back}份]",
                           "Meeting {meeting_no} closed: {issued} issued, {collected} collected, "
                           "{kept} kept[, {not_back} not back]"),
    "import.committed": Kind(
        "导入登记簿", "Register imported",
        "从{file}[（{sheet}）]导入{register}登记簿：文件{documents}件、载体{carriers}件"
        "[，{first_reg_no}至{last_reg_no}]",
        "Imported into the {register} register from {file}[ ({sheet})]: {documents} documents, "
        "{carriers} carriers[, {first_reg_no} to {last_reg_no}]"),
    "carrier.corrected": Kind("载体信息更正", "Carrier details corrected",
                              "更正{reg_no}第{copy_no}份：{after}[；原因：{reason}]",
                              "Copy {copy_no} of {reg_no} corrected: {after}[; reason: {reason}]"),
    "carrier.label_printed": Kind("打印标签", "Label printed", "打印标签[（{layout}）]",
                                  "Label printed[ ({layout})]"),
    "carrier.located": Kind("存放位置变更", "Location changed", "存放位置改为{location_after}",
                            "Moved to {location_after}"),
    "dispatch.receipt_recorded": Kind(
        "发出回执", "Dispatch receipt", "收到{unit}的回执[，回执号{receipt_no}][，{receipt_on}]"
        "[（发出号{dispatch_reg_no}）][：{note}]",
        "Receipt from {unit}[, no. {receipt_no}][ of {receipt_on}]"
        "[ (dispatch {dispatch_reg_no})][: {note}]"),
    # circulation, loans, copying
    "circulation.planned": Kind("传阅计划", "Reading plan", "传阅顺序：{readers}[；{note}]",
                                "Reading plan: {readers}[; {note}]"),
    "circulation.plan_completed": Kind("传阅计划完成", "Reading plan completed",
                                       "传阅顺序已读完", "Every reader of the plan has read it"),
    "circulation.plan_cancelled": Kind("传阅计划取消", "Reading plan cancelled",
                                       "传阅顺序已取消", "Reading plan cancelled"),
    "loan.requested": Kind(
        "借阅申请", "Loan requested",
        "{borrower_id}申请借阅{carrier_ids}[，{take_out}][，用途：{purpose}][，借阅号{loan_no}]",
        "{borrower_id} asks to borrow {carrier_ids}[ ({take_out})][; purpose: {purpose}]"
        "[, loan {loan_no}]"),
    "loan.renewed": Kind("借阅续借", "Loan renewed",
                         "借阅{loan_no}续借至{due_after}[（第{renewal}次）][{overdue?}，续借时已逾期]",
                         "Loan {loan_no} renewed until {due_after}[ (renewal {renewal})]"
                         "[{overdue?}, already overdue]"),
    "loan.returned": Kind("借阅归还", "Loan returned", "借阅{loan_no}已全部归还[{found?}（含找回的载体）]",
                          "Everything on loan {loan_no} is back[{found?} (with a found carrier)]"),
    "loan.cancelled": Kind("借阅撤销", "Loan cancelled", "借阅申请撤销[：{reason}]",
                           "Loan request cancelled[: {reason}]"),
    "copy.requested": Kind(
        "复制申请", "Copy requested",
        "{requester_id}申请复制{copies}（{medium}）[{pages?}，每份{pages}页]，申请号{request_no}"
        "[，事由：{reason}][，{needed_by}前用][；原定密机关{origin_body}批准，文号{origin_ref}]",
        "{requester_id} asks for {copies} ({medium})[{pages?}, {pages} pages each],"
        " request {request_no}[; reason: {reason}][; needed by {needed_by}]"
        "[; approved by the originator {origin_body}, ref. {origin_ref}]"),
    "copy.executed": Kind("复制完成", "Copies made",
                          "按复制申请{request_no}复制{carrier_ids}[，复制号{copy_reg_no}][，复制人{copier_id}]",
                          "Copied under request {request_no}: {carrier_ids}"
                          "[, copy register no. {copy_reg_no}][, copied by {copier_id}]"),
    "copy.cancelled": Kind("复制撤销", "Copy request cancelled", "复制申请{request_no}撤销[：{reason}]",
                           "Copy request {request_no} cancelled[: {reason}]"),
    # destruction
    "destruction.opened": Kind("销毁清单建立", "Destruction list opened",
                               "建立销毁清单{reg_no}[：{note}]",
                               "Destruction list {reg_no} opened[: {note}]"),
    "destruction.item_added": Kind("销毁清单增加载体", "Put on a destruction list",
                                   "列入销毁清单{reg_no}", "Put on destruction list {reg_no}"),
    "destruction.item_removed": Kind("销毁清单移除载体", "Taken off a destruction list",
                                     "移出销毁清单{reg_no}", "Taken off destruction list {reg_no}"),
    "destruction.submitted": Kind("销毁清单送审", "Destruction list submitted",
                                  "销毁清单{reg_no}送审[，共{count}件]",
                                  "Destruction list {reg_no} submitted for approval"
                                  "[ ({count} carriers)]"),
    "destruction.withdrawn": Kind("销毁清单撤回", "Destruction list withdrawn",
                                  "销毁清单{reg_no}撤回修改",
                                  "Destruction list {reg_no} withdrawn from approval"),
    "destruction.checked": Kind("销毁清点核对", "Destruction list counted",
                                "销毁清单{reg_no}由{checker_id}清点核对",
                                "Destruction list {reg_no} counted by {checker_id}"),
    "destruction.executed": Kind(
        "销毁执行", "Destroyed",
        "按清单{reg_no}销毁{carrier_ids}[，涉密设备和介质{device_nos}][，{method}][，地点：{site}]"
        "[，设备：{equipment}]"
        "[，{destroyed_on}][，送销人{escort_ids}][，监销人{witness_ids}][，销毁人{destroyer}]"
        "[，证明编号{certificate_no}]",
        "Destroyed under list {reg_no}: {carrier_ids}[; devices and media {device_nos}]"
        "[; {method}][; site: {site}]"
        "[; equipment: {equipment}][; on {destroyed_on}][; escorts {escort_ids}]"
        "[; witnesses {witness_ids}][; destroyed by {destroyer}][; certificate {certificate_no}]"),
    "destruction.media_added": Kind("销毁清单增加设备介质", "Device put on a destruction list",
                                    "{device_no}列入销毁清单{reg_no}",
                                    "{device_no} put on destruction list {reg_no}"),
    "destruction.media_removed": Kind("销毁清单移除设备介质", "Device taken off a destruction list",
                                      "{device_no}移出销毁清单{reg_no}",
                                      "{device_no} taken off destruction list {reg_no}"),
    "media.destroy": Kind(
        MediaAction.DESTROY.label, "Destroyed",
        "{device_no}销毁[，清单{destruction_no}][，{method}][，{destroyed_on}]"
        "[，证明编号{certificate_no}]",
        "{device_no} destroyed[ under list {destruction_no}][ ({method})][ on {destroyed_on}]"
        "[, certificate {certificate_no}]"),
    "media.report_lost": Kind(
        MediaAction.REPORT_LOST.label, "Reported lost",
        "{device_no}报告{kind}[，报告号{loss_no}][，发现于{discovered_at}]"
        "[，责任人{holder_before}]",
        "{device_no} reported missing ({kind})[, report {loss_no}]"
        "[, found missing {discovered_at}][, holder {holder_before}]",
        fields={"kind": f.LOSS_KIND}),
    "media.found": Kind(
        MediaAction.FOUND.label, "Found",
        "{device_no}找回，停用待查[，遗失报告{loss_no}][，{found_at}][，责任人{holder_after}]"
        "[：{note}]",
        "{device_no} found, out of service until checked[ (loss report {loss_no})]"
        "[ {found_at}][, holder {holder_after}][: {note}]"),
    "destruction.cancelled": Kind("销毁清单撤销", "Destruction list cancelled",
                                  "销毁清单{reg_no}撤销[：{reason}]",
                                  "Destruction list {reg_no} cancelled[: {reason}]"),
    # handover, recall, stocktake, loss
    "handover.confirmed": Kind(
        "移交确认", "Handover confirmed",
        "{giver_id}移交给{receiver_id}：{carrier_ids}[；设备和介质：{devices}][，事由：{reason}]"
        "[，监交人{witness_id}][，移交号{reg_no}][；{note}]",
        "{giver_id} handed over to {receiver_id}: {carrier_ids}[; devices and media: {devices}]"
        "[; reason: {reason}][; witnessed by {witness_id}][; handover {reg_no}][; {note}]",
        fields={"reason": f.HANDOVER_REASON}),
    "recall.requested": Kind("清退通知", "Return requested",
                             "{issuer}通知清退[{reference}][：{document_ids}][，{due_on}前]",
                             "{issuer} asks for the return[ ({reference})][ of {document_ids}]"
                             "[ by {due_on}]"),
    "stocktake.started": Kind("清查盘点开始", "Stocktake started",
                              "开始清查盘点{reg_no}：{scope}[，应在{expected}件]",
                              "Stocktake {reg_no} started: {scope}[, {expected} expected]"),
    "stocktake.finished": Kind("清查盘点完成", "Stocktake finished", "清查盘点{reg_no}结束：{counts}",
                               "Stocktake {reg_no} finished: {counts}"),
    "stocktake.cancelled": Kind("清查盘点撤销", "Stocktake cancelled",
                                "清查盘点{reg_no}撤销[：{reason}]",
                                "Stocktake {reg_no} cancelled[: {reason}]"),
    "loss.reported": Kind(
        "遗失报告", "Loss reported",
        "{reporter_id}报告{kind}{loss_no}：[{carrier_ids}][{carrier_ids?}{device_nos?}；]"
        "[涉密设备和介质{device_nos}][，{level}]"
        "[，发现于{discovered_at}]"
        "[，须于{deadline_at}前上报][；经过：{circumstances}][；措施：{measures}]",
        "{reporter_id} reported a loss ({kind}) {loss_no}: [{carrier_ids}]"
        "[{carrier_ids?}{device_nos?}; ][devices and media {device_nos}][; {level}]"
        "[; found missing {discovered_at}][; report upstream by {deadline_at}]"
        "[; circumstances: {circumstances}][; measures: {measures}]",
        fields={"kind": f.LOSS_KIND}),
    "loss.reported_upstream": Kind("遗失上报", "Loss reported upstream",
                                   "遗失报告{loss_no}已上报[，文号{reference}][，{reported_at}]"
                                   "[{late?}（超过24小时时限）]",
                                   "Loss {loss_no} reported upstream[, ref. {reference}]"
                                   "[ at {reported_at}][{late?} (after the 24-hour limit)]"),
    # approvals
    "approval.requested": Kind("提请审批", "Approval requested", "提请审批{subject_kind}：{summary}",
                               "Approval of {subject_kind} requested: {summary}"),
    "approval.decided": Kind("审批决定", "Approval decided",
                             "{decision}：{subject}[（{via}）][，意见：{reason}][，审批单{form_no}]"
                             "[，{paper_date}]",
                             "{decision}: {subject}[ ({via})][; comment: {reason}]"
                             "[; paper form {form_no}][ of {paper_date}]"),
    "approval.cancelled": Kind("审批撤销", "Approval withdrawn",
                               "撤回{subject_kind}审批申请[：{reason}]",
                               "Request for approval of {subject_kind} withdrawn[: {reason}]"),
    # accounts and sign-in
    "auth.unlocked": Kind("登录/解锁", "Signed in", "{username}登录", "{username} signed in"),
    "auth.locked": Kind("锁定", "Locked", "台账锁定", "Ledger locked"),
    "auth.failed_attempts": Kind(
        "登录失败记录", "Failed sign-ins", "此前有{count}次登录失败[（{first}至{last}）][，账户：{attempts}]",
        "{count} failed sign-ins before this one[ ({first} to {last})][; accounts: {attempts}]"),
    "auth.recovered": Kind("应急恢复密钥开启", "Opened with the recovery code",
                           "{username}用应急恢复密钥开启台账并重设密码",
                           "{username} opened the ledger with the recovery code and set a new "
                           "password"),
    "user.created": Kind("新建账户", "Account created", "新建账户{username}[，角色：{roles}]",
                         "Account {username} created[; roles: {roles}]"),
    "user.disabled": Kind("停用账户", "Account disabled", "停用账户{username}[：{reason}]",
                          "Account {username} disabled[: {reason}]"),
    "user.roles_changed": Kind("角色变更", "Roles changed", "账户{username}的角色由{before}改为{after}",
                               "Roles of {username} changed from {before} to {after}",
                               fields={"before": f.roles, "after": f.roles}),
    "user.password_changed": Kind("修改密码", "Password changed", "{username}修改了自己的密码",
                                  "{username} changed their own password"),
    "user.password_reset": Kind("重置密码", "Password reset", "重置账户{username}的密码",
                                "Password of {username} reset"),
    "person.created": Kind("新增人员", "Person added",
                           "新增人员{name}[，{department_id}][，{post}][，涉密等级{clearance}]",
                           "{name} added[, {department_id}][, {post}][, clearance {clearance}]"),
    "person.updated": Kind("人员信息变更", "Person changed", "人员信息变更：{after}",
                           "Person changed: {after}"),
    "person.deactivated": Kind("人员停用", "Person deactivated", "人员停用[：{reason}]",
                               "Person deactivated[: {reason}]"),
    "person.departure_opened": Kind(
        "办理离岗", "Departure opened",
        "{person_id}办理{kind}（离岗记录{reg_no}），离岗日期{departs_on}[，去向{destination}]"
        "[，原因：{reason}]；载体移交给{receiver_id}，{witness_id}监交；脱密期{cooling_months}",
        "Departure {reg_no} of {person_id} opened ({kind}), leaving on {departs_on}"
        "[, going to {destination}][; reason: {reason}]; carriers to {receiver_id}, witnessed by "
        "{witness_id}; cooling-off period {cooling_months}", fields=_DEPARTURE),
    "person.departed": Kind(
        "离岗完成", "Departed",
        "{person_id}离岗手续完成（{reg_no}，{kind}）[，停用账户{accounts}]"
        "[，脱密期{cooling_from}至{cooling_until}]",
        "{person_id} has departed ({reg_no}, {kind})[; accounts disabled: {accounts}]"
        "[; cooling-off period {cooling_from} to {cooling_until}]", fields=_DEPARTURE),
    "person.departure_voided": Kind(
        "离岗记录作废", "Departure voided", "离岗记录{reg_no}作废[：{reason}]",
        "Departure record {reg_no} voided[: {reason}]"),
    "person.cooling_off_ended": Kind(
        "脱密期满", "Cooling-off period ended",
        "{person_id}的脱密期已于{cooling_until}届满（{reg_no}）",
        "The cooling-off period of {person_id} ended on {cooling_until} ({reg_no})",
        fields=_DEPARTURE),
    "department.created": Kind("新增部门", "Department added", "新增部门{name}",
                               "Department {name} added"),
    # the ledger
    "policy.changed": Kind("制度设置变更", "Setting changed", "设置{key}由{before}改为{after}",
                           "Setting {key} changed from {before} to {after}",
                           fields={"key": f.setting, "before": f.plain, "after": f.plain}),
    "report.printed": Kind("打印表单", "Form printed", "打印{what}[，{rows}行][，{level}][，文件{file}]",
                           "Printed {what}[, {rows} rows][, {level}][, file {file}]"),
    "report.exported": Kind("导出表格", "Table exported",
                            "导出{what}[，{rows}行][，{level}][，文件{file}]",
                            "Exported {what}[, {rows} rows][, {level}][, file {file}]"),
    "ledger.created": Kind("台账建立", "Ledger created", "建立台账[：{unit_name}]",
                           "Ledger created[ for {unit_name}]"),
    "ledger.backed_up": Kind("台账备份", "Ledger backed up", "备份台账[至{database}][，{bytes}]",
                             "Ledger backed up[ to {database}][, {bytes}]"),
    "ledger.backup_verified": Kind("备份校验", "Backup verified", "校验备份{database}：{ok}[；{problem}]",
                                   "Backup {database} checked: {ok}[; {problem}]"),
    "ledger.restored_to": Kind("备份恢复到新文件夹", "Backup restored",
                               "将备份{database}恢复到新文件夹{target}",
                               "Backup {database} restored into the new folder {target}"),
    "ledger.rekeyed": Kind("更换主密钥", "Master key changed",
                           "更换主密钥[；须改密码的账户：{temporary_passwords}]",
                           "Master key changed[; accounts that must change their password: "
                           "{temporary_passwords}]"),
    # year-end: the self-inspection and its 整改 items
    "selfinspection.started": Kind(
        "开始自查自评", "Self-inspection started",
        "开始{year}年度保密自查自评第{version}版[（{period_start}至{period_end}）]",
        "Self-inspection of {year}, version {version} started[ ({period_start} to {period_end})]",
        fields={"period_start": f.day, "period_end": f.day, "year": f.plain}),
    "selfinspection.evidence_gathered": Kind(
        "收集自查自评依据", "Self-inspection evidence gathered",
        "收集{year}年度自查自评第{version}版的台账依据[：{exceptions}]",
        "Evidence gathered for the self-inspection of {year}, version {version}[: {exceptions}]",
        fields={"exceptions": lambda v, _b, ctx: ctx.pick(f"{len(v)}项有例外",
                                                         f"exceptions under {len(v)} items")}),
    "selfinspection.assessed": Kind(
        "评定自查自评项目", "Self-inspection item assessed",
        "{year}年度自查自评第{version}版{item}评定为“{result}”[（台账建议“{proposed}”）]"
        "[；理由：{reason}][；说明：{note}]",
        "Self-inspection of {year}, version {version}: item {item} assessed “{result}”"
        "[ (the ledger proposed “{proposed}”)][; reason: {reason}][; note: {note}]",
        fields={"item": lambda v, _b, ctx: ITEMS_BY_CODE[v].printed_no
                if v in ITEMS_BY_CODE and not ctx.en else str(v),
                "result": f.labelled(Result), "proposed": f.labelled(Result)}),
    "selfinspection.summary_written": Kind(
        "填写自查自评总体情况", "Self-inspection summary written",
        "填写{year}年度自查自评第{version}版的总体情况",
        "Summary of the self-inspection of {year}, version {version} written"),
    "selfinspection.finalised": Kind(
        "自查自评定稿", "Self-inspection finalised",
        "{year}年度自查自评第{version}版定稿[，取代第{supersedes_version}版]，内容摘要{digest}",
        "Self-inspection of {year}, version {version} finalised[, replacing version "
        "{supersedes_version}]; content digest {digest}",
        fields={"digest": lambda v, _b, _c: str(v)[:16]}),
    "rectification.opened": Kind(
        "提出整改事项", "Rectification opened",
        "整改事项{reg_no}：{problem}；责任人{owner_id}，{due_on}前完成[；措施：{measure}]",
        "Rectification {reg_no}: {problem}; {owner_id} to put it right by {due_on}"
        "[; measure: {measure}]", fields={"owner_id": f.person}),
    "rectification.closed": Kind(
        "整改完成", "Rectification closed", "整改事项{reg_no}于{closed_on}完成：{note}",
        "Rectification {reg_no} closed on {closed_on}: {note}", fields={"closed_on": f.day}),
})

_FIELD = re.compile(r"\{(\w+)(\?)?\}")
_PART = re.compile(r"\[([^\[\]]*)\]")


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _fill(template: str, body: Mapping[str, Any], ctx: f.Ctx, own: Mapping[str, f.Fmt]) -> str:
    """The template with every ``{key}`` in words; ``[...]`` parts whose keys are empty and
    ``{key?}`` flags whose values are false are left out."""
    cache: dict[str, str] = {}

    def words(key: str) -> str:
        if key not in cache:
            value = body.get(key)
            fmt = own.get(key) or f.FIELDS.get(key, f.plain)
            cache[key] = "" if _empty(value) else fmt(value, body, ctx)
        return cache[key]

    def part(m: re.Match[str]) -> str:
        inner = m.group(1)
        for key, flag in _FIELD.findall(inner):
            if (not body.get(key)) if flag else not words(key):
                return ""
        return inner

    text = _PART.sub(part, template)
    return _FIELD.sub(lambda m: "" if m.group(2) else words(m.group(1)) or "—", text)


def fallback(body: Mapping[str, Any], ctx: f.Ctx) -> str:
    """A kind nobody described yet: its payload, readable (never in a release: see the test)."""
    return "; ".join(f"{k}={json.dumps(v, ensure_ascii=False, sort_keys=True)}"
                     for k, v in sorted(body.items()) if not _empty(v))


def describe(kind: str, body: Mapping[str, Any], ctx: f.Ctx) -> str:
    """The event as one sentence in ``ctx.lang``."""
    k = KINDS.get(kind)
    if k is None:
        return fallback(body, ctx)
    text = _fill(k.en if ctx.en else k.zh, body, ctx, k.fields)
    return text[:1].upper() + text[1:] if ctx.en else text


def kind_name(kind: str, lang: str = "zh_CN") -> str:
    """The short name of *kind* (the kind itself when unknown)."""
    k = KINDS.get(kind)
    if k is None:
        return kind
    return k.name_en if lang.lower().startswith("en") else k.name
