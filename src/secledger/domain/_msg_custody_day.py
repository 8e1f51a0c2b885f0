"""Messages of the custody day (stocktake scopes and checkers, input limits, dates and
dispatch channels passed through the API); merged into messages.MESSAGES."""

from __future__ import annotations

# code: (zh_CN, en)
MESSAGES: dict[str, tuple[str, str]] = {
    "stocktake.empty_scope": (
        "盘点范围（{scope}）内没有在管的载体，未开始盘点。请核对存放位置、保管人或密级；"
        "存放位置写到上一级（如“档案室C柜”）即包括其下各层各盒。{known}",
        "Nothing held falls in the scope ({scope_en}), so no stocktake was started. Check the "
        "location, holder or level; a location (a cabinet, say) includes every shelf and box in "
        "it. "
        "{known_en}",
    ),
    "stocktake.two_checkers": (
        "清查盘点须由两名以上盘点人共同进行，请填写至少两名盘点人（现有{count}名）。",
        "A stocktake is done by at least two checkers; enter two or more names ({count} given).",
    ),
    "date.too_early": (
        "{what}{date}早于1949年10月1日，请核对（年份是否输错）。",
        "{what_en} {date} is before 1 October 1949; check the year.",
    ),
    "dispatch.unknown_channel": (
        "无法识别发送方式“{channel}”：请用机要交通、机要通信或专人递送。",
        "Unknown dispatch channel “{channel}”: use confidential courier, confidential post or "
        "designated staff.",
    ),
    "label.carrier_gone": (
        "载体{carrier}{state_label}，不再由本单位保管，不打印标签（所选载体中共{count}件如此）。",
        "Carrier {carrier} is {state_en}; it is no longer held here and gets no label "
        "({count} of those chosen).",
    ),
}
