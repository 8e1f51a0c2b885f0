"""Messages of classified devices and storage media on a loss report
(services.custody.loss, loss_media); merged into messages.MESSAGES."""

from __future__ import annotations

# code: (zh_CN, en)
MESSAGES: dict[str, tuple[str, str]] = {
    "loss.media_already_lost": (
        "{device_no}（{type}）已报告遗失，不能重复报告。",
        "{device_no} ({type}) is already reported lost.",
    ),
    "loss.media_in_repair": (
        "{device_no}（{type}）正在维修（{repair_no}）：请先在维修记录中登记返回并写明情况，"
        "再报告遗失。",
        "{device_no} ({type}) is in repair ({repair_no}): record the repair's return with what "
        "happened first, then report it lost.",
    ),
    "loss.media_already_found": (
        "{device_no}已在遗失报告{loss_no}中登记找回。",
        "{device_no} is already recorded as found in loss report {loss_no}.",
    ),
    "stocktake.media_not_missing": (
        "设备/介质#{media}不在清查盘点{reg_no}的缺失清单中，不能从此处报告遗失。",
        "Device/medium #{media} is not on the missing list of stocktake {reg_no}.",
    ),
}
