"""Messages of the year-end work (statistics periods, the self-inspection and its 整改
items); merged into messages.MESSAGES."""

from __future__ import annotations

# code: (zh_CN, en)
MESSAGES: dict[str, tuple[str, str]] = {
    "yearend.period_backwards": (
        "统计期间的截止日期{end}早于起始日期{start}，请核对。",
        "The period ends on {end}, before it starts on {start}; check the dates.",
    ),
    "yearend.period_too_long": (
        "统计期间最长{months}年，请缩短期间或分段统计。",
        "A period covers at most {months} years; shorten it or count in parts.",
    ),
    "selfinspection.unknown_item": (
        "自查自评项目“{item}”不在清单中。",
        "There is no self-inspection item “{item}”.",
    ),
    "selfinspection.override_reason": (
        "台账依据记录建议评定为“{proposed}”，改评为“{result}”须写明理由。",
        "The ledger proposes “{proposed_en}” from its records; giving “{result_en}” instead "
        "needs a reason.",
    ),
    "selfinspection.final": (
        "{year}年度自查自评第{version}版{status}，不能再修改；如需更正，请新建一个版本，定稿后取代它。",
        "Version {version} of the {year} self-inspection is {status_en} and cannot change any "
        "more; to correct it, start a new version, which replaces it when finalised.",
    ),
    "selfinspection.incomplete": (
        "还有{count}项未评定（如{items}），全部评定后才能定稿。",
        "{count} items have no result yet (such as {items}); every item needs one before the "
        "report is finalised.",
    ),
    "selfinspection.draft_exists": (
        "{year}年度已有未定稿的第{version}版，请继续编辑它或先定稿。",
        "Version {version} of {year} is still a draft: go on with it or finalise it first.",
    ),
    "selfinspection.bad_year": (
        "年度{year}无效，请填写1949年至{last}年之间的年度。",
        "The year {year} is not valid; give a year from 1949 to {last}.",
    ),
    "rectification.closed": (
        "整改事项{reg_no}已于{closed_on}完成，不能再修改。",
        "Rectification {reg_no} was closed on {closed_on} and cannot change any more.",
    ),
    "rectification.due_before_opened": (
        "整改期限{due}早于提出日期{opened}，请核对。",
        "The due date {due} is before the day the rectification was opened ({opened}).",
    ),
    "selfinspection.no_evidence": (
        "{item}由台账依据记录提出建议，请先“收集台账依据”，再评定。",
        "The ledger proposes a result for {item} from its records: gather the evidence first, "
        "then assess it.",
    ),
}
