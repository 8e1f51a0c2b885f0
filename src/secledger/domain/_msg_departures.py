"""Messages of departures (离岗、离职、调动) and the 脱密期; merged into messages.MESSAGES."""

from __future__ import annotations

# code: (zh_CN, en)
MESSAGES: dict[str, tuple[str, str]] = {
    "departure.field_required": (
        "请填写{what}。",
        "Enter the {what_en}.",
    ),
    "departure.cooling_off_range": (
        "{clearance}涉密人员的脱密期应为{low}至{high}，不能定为{months}（{rule}）。",
        "The cooling-off period of a {clearance_en} classified person is {low_en} to "
        "{high_en}, not {months_en} ({rule_en}).",
    ),
    "departure.already_open": (
        "{person}已有离岗记录{reg_no}（{status}），不能再办理一次；如记录有误，请先作废。",
        "{person} already has departure record {reg_no} ({status_en}); void it first if it "
        "was made in error.",
    ),
    "departure.not_open": (
        "离岗记录{reg_no}已是“{status}”，不能再{action}。",
        "Departure record {reg_no} is already {status_en}; it cannot be {action_en}.",
    ),
    "departure.still_holds": (
        "{person}仍持有{count}件涉密载体或涉密设备（{examples}），不能完成离岗：离岗前须清退"
        "或移交全部涉密载体和设备（{rule}）。请先由机要员办理移交或交回。",
        "{person} still holds {count} carriers or classified devices ({examples}); the "
        "departure cannot be completed until everything is returned or handed over ({rule_en}). "
        "Have the clerk hand them over or take them back first.",
    ),
    "departure.no_custody": (
        "{person}{state}（离岗记录{reg_no}），不能保管、领用、借阅或接收涉密载体和涉密设备"
        "（{rule}）。",
        "{person} {state_en} (departure record {reg_no}) and cannot be given, lent or made "
        "the holder of carriers or classified devices ({rule_en}).",
    ),
    "departure.cooling_off_running": (
        "{person}的脱密期至{until}，尚未届满，不能确认期满。",
        "The cooling-off period of {person} runs until {until}; it has not ended yet.",
    ),
    "departure.no_cooling_off": (
        "离岗记录{reg_no}没有脱密期。",
        "Departure record {reg_no} has no cooling-off period.",
    ),
    "departure.self": (
        "不能为当前登录的人员本人办理离岗，请由另一名保密员办理。",
        "You cannot record your own departure; another security officer records it.",
    ),
    "departure.day_too_late": (
        "离岗日期{date}晚于今天一年以上，请核对。",
        "The day of departure {date} is more than a year from today; check it.",
    ),
}
